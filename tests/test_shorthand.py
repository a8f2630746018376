"""Chat shorthand is read as the words it stands for; addresses and the asker's text are kept."""

from __future__ import annotations

from reportqa.shorthand import spelled_out
from tiny_report import tiny_assistant


def test_shorthand_is_spelled_out_as_whole_words_only() -> None:
    assert spelled_out("how many yrs must ppl wait in KZ?") == (
        "how many years must people wait in Kazakhstan?"
    )
    assert spelled_out("whats the latest info?") == "what is the latest information?"
    # An address, a hyphenated word and a longer word are not shorthand.
    assert spelled_out("Who runs vmp.gov.kz and the e-gov portal?") == (
        "Who runs vmp.gov.kz and the e-gov portal?"
    )
    assert spelled_out("How many kzt or years?") == "How many kzt or years?"


def test_a_question_in_shorthand_is_answered_and_echoed_as_asked(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Stateless persons may apply for naturalisation after 5 years of residence.\n\n"
        "Visas are issued within five days by the consulates.\n",
    )
    asked = "how many yrs must stateless ppl live here before applying for naturalisation?"
    answer = assistant.ask(asked)
    assert not answer.refused
    assert "after 5 years of residence" in answer.answer
    assert answer.question == asked


def test_a_contracted_who_asks_for_a_person(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Government established the Coordinating Council for Sustainable Development.\n\n"
        "Visas are issued within five days by the consulates.\n",
    )
    assert assistant.ask("who's the head of the coordinating council for development?").refused
    assert spelled_out("who's the head? What’s it called?") == "who is the head? what is it called?"


def test_a_year_named_by_another_is_read_as_that_year() -> None:
    assert spelled_out("What was the loss in the year before 2021?") == "What was the loss in 2020?"
    assert spelled_out("How many were treated the year before 2021?") == (
        "How many were treated in 2020?"
    )
    assert spelled_out("And the year after 2019?") == "And in 2020?"
    # Not a year before a year: left as asked.
    assert spelled_out("Did it rise over the year before?") == "Did it rise over the year before?"


def test_an_office_is_spelled_out_as_the_report_names_it() -> None:
    # The report writes "Operation Headquarters of the Ministry of Foreign Affairs" in full.
    assert spelled_out("Which MFA unit ran the HQ?") == (
        "Which Ministry of Foreign Affairs unit ran the headquarters?"
    )


def test_a_un_body_described_is_read_as_the_name_the_report_uses() -> None:
    assert spelled_out("When did the UN migration agency survey them?") == (
        "When did IOM survey them?"
    )
    assert spelled_out("What does the UN refugee agency count?") == "What does UNHCR count?"
    assert spelled_out("Who tracks the UN's development goals?") == (
        "Who tracks the Sustainable Development Goals?"
    )
    # "which UN agency" asks for one: it is not a description of any.
    assert spelled_out("Which UN agency defines it?") == "Which UN agency defines it?"


def test_more_leaving_than_arriving_is_read_as_the_negative_balance(
    tmp_path, fake_embedder
) -> None:
    assert spelled_out("In 2020, how many more people left Kazakhstan than moved in?") == (
        "In 2020, what was the negative balance of migration?"
    )
    assert spelled_out("By how many people did departures outnumber arrivals in 2020?") == (
        "what was the negative balance of migration in 2020?"
    )
    assert spelled_out("How many people left in 2021?") == "How many people left in 2021?"
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2020, the negative balance of migration amounted to 17.7 thousand people.\n\n"
        "Visas are issued within five days by the consulates.\n",
    )
    answer = assistant.ask("In 2020, how many more people left the country than moved in?")
    assert not answer.refused
    assert answer.short_answer == "17.7 thousand"


def test_a_month_cut_short_beside_a_day_or_year_is_spelled_out() -> None:
    assert spelled_out("Stateless headcount, 1 Jan 2022?") == "Stateless headcount, 1 January 2022?"
    assert spelled_out("Signed in Sept. 2021 or on 20 aug?") == (
        "Signed in September 2021 or on 20 August?"
    )
    # Alone, "Mar" or "dec" may be a word or a name: left as asked.
    assert spelled_out("What did the Mar report say about dec?") == (
        "What did the Mar report say about dec?"
    )


def test_a_phone_app_is_a_mobile_application() -> None:
    assert spelled_out("What's the phone app called?") == "what is the mobile application called?"
    assert spelled_out("Which apps?") == "Which apps?"


def test_how_far_leavers_exceed_arrivals_is_the_negative_balance() -> None:
    asked = "In 2021, by how much did the number of people leaving Zembla exceed those coming in?"
    assert spelled_out(asked) == "In 2021, what was the negative balance of migration?"
    assert spelled_out("By how much did wages exceed prices?") == (
        "By how much did wages exceed prices?"
    )


def test_the_state_that_reports_is_no_word_the_report_must_use() -> None:
    assert spelled_out("What does the State identify as the cause?") == (
        "What does the country identify as the cause?"
    )
    # A name that starts with "the State" is kept.
    assert spelled_out("When did the State Border Service open? The State of Qatar?") == (
        "When did the State Border Service open? The State of Qatar?"
    )


def test_everyday_phrases_are_said_in_the_words_of_a_report() -> None:
    assert spelled_out("Who sets the fees to wire money home?") == (
        "Who sets the fees to money transfers?"
    )
    assert spelled_out("Is there a hotline to call day and night?") == (
        "Is there a helpline to call 24/7?"
    )
    assert spelled_out("Chief cause of the fall?") == "Chief reason of the fall?"
    assert spelled_out("Where are kids with no parent looking after them placed?") == (
        "Where are kids without parental care placed?"
    )
    # A cause alone, or money not sent, is left as asked.
    assert spelled_out("What caused the money shortage?") == "What caused the money shortage?"


def test_stuck_is_stranded_and_ringing_is_calling() -> None:
    assert spelled_out("What share of migrants who got stuck were men?") == (
        "What share of migrants who were stranded were men?"
    )
    assert spelled_out("What number can they ring day or night?") == (
        "What number can they call 24/7?"
    )
    # A ring that is no call is kept.
    assert spelled_out("Which ring road was built?") == "Which ring road was built?"


def test_guys_are_men_and_laws_built_on_something_are_based_on_it() -> None:
    assert spelled_out("What percent of them were guys?") == "What percent of them were men?"
    assert spelled_out("What are the laws built on?") == "What are the laws based on?"
    assert spelled_out("What is it founded upon?") == "What is it based upon?"
    # Built without "on" is left as asked.
    assert spelled_out("When was the centre built?") == "When was the centre built?"


def test_how_many_people_a_country_had_is_its_population() -> None:
    assert spelled_out("How many people did Zembla have by 2021?") == (
        "What was the population of Zembla by 2021?"
    )
    assert spelled_out("So, how many people lived in Zembla as of 2021?") == (
        "So, what was the population of Zembla as of 2021?"
    )
    # Words after the country narrow who is counted: not the whole population.
    assert spelled_out("How many people lived in Zembla without citizenship?") == (
        "How many people lived in Zembla without citizenship?"
    )
    assert spelled_out("How many people were actually living in Zembla?") == (
        "What was the population of Zembla?"
    )
    assert spelled_out("How many inhabitants did Zembla have at the start of the period?") == (
        "What was the population of Zembla at the start of the period?"
    )
    # "actually", "really" say nothing of who is counted.
    assert spelled_out("How many people actually lived in Zembla by 2021?") == (
        "What was the population of Zembla by 2021?"
    )


def test_a_country_headcount_is_its_population_and_brought_back_is_returned() -> None:
    assert spelled_out("Zembla headcount 2017 — figure?") == "Zembla population 2017 — figure?"
    assert spelled_out("What exact headcount does it give?") == (
        "What exact population does it give?"
    )
    # A headcount of a group counts that group.
    assert spelled_out("Stateless headcount 2015?") == "Stateless headcount 2015?"
    assert spelled_out("Kandas naturalised, 2021 — headcount?") == (
        "Kandas naturalised, 2021 — headcount?"
    )
    assert spelled_out("What was the headcount of migrants?") == (
        "What was the headcount of migrants?"
    )
    assert spelled_out("How many citizens were brought back home?") == (
        "How many citizens were returned home?"
    )


def test_patients_treated_were_given_medical_care(tmp_path, fake_embedder) -> None:
    assert spelled_out("Which nationals were the biggest group of foreign patients treated?") == (
        "Which nationals were the biggest group of foreigners provided with medical care?"
    )
    for question in (
        "How are migrants treated as workers?",
        "Were foreign citizens treated equally?",
    ):
        assert spelled_out(question) == question
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "By countries, the largest number of foreigners provided with medical care are from "
        "Russia.\n\nVisas are issued in five days.\n",
    )
    answer = assistant.ask("The largest number of foreign patients treated are from which country?")
    assert not answer.refused and answer.short_answer == "Russia"
