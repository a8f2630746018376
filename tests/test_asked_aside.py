"""What a question says beside what it asks: why the asker wants it ("I need the number for my
essay"), where they read it ("per its GCM review"), a share asked by its sign alone, and a
member of a group ("one of the activities") that counts nothing."""

from __future__ import annotations

from reportqa.answer_types import quantities
from reportqa.asked_details import asks_for_duration, asks_for_share
from reportqa.context import asked_sentence
from reportqa.counting import counts_items
from reportqa.questions import expected_type, without_source_words
from reportqa.shorthand import spelled_out
from reportqa.singled_out import singled_out
from tiny_report import tiny_assistant

_POPULATION = (
    "From 2017 to 2021, the population of Zembla grew from 17,918.2 thousand people to "
    "19,125.6 thousand people.\n\n"
    "Visas are issued in five days.\n"
)


def test_why_the_asker_wants_it_is_not_what_is_asked(tmp_path, fake_embedder) -> None:
    question = "What was the population of Zembla in 2015? I need to compare it with 2021."
    assert asked_sentence(question) == "What was the population of Zembla in 2015?"
    # A sentence after the question that still asks, or says again what is meant, is kept.
    assert asked_sentence("How many? Give the figure.") == "Give the figure."
    assert asked_sentence("Who signed it? I mean the pact with Austria.") == (
        "I mean the pact with Austria."
    )
    assistant = tiny_assistant(tmp_path, fake_embedder, _POPULATION)
    # The year asked is 2015; 2021 is only what the asker will compare it with.
    assert assistant.ask(question).refused
    answer = assistant.ask("How many people was living in Zembla in 2017? It is for my essay.")
    assert not answer.refused and answer.short_answer == "17,918.2 thousand"


def test_the_review_named_as_the_source_is_no_topic(tmp_path, fake_embedder) -> None:
    assert without_source_words("How many countries, per its GCM review?") == (
        "How many countries?"
    )
    assert without_source_words("What did Zembla's voluntary review say?") == (
        "What did Zembla's voluntary review say?"
    )
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla has signed visa exemption agreements for holders of diplomatic passports with "
        "71 countries.\n\nVisas are issued in five days.\n",
    )
    answer = assistant.ask(
        "How many countries does Zembla have diplomatic-passport visa exemption agreements "
        "with, per its GCM review?"
    )
    assert not answer.refused and answer.short_answer == "71"


def test_a_name_joined_to_only_singles_it_out() -> None:
    assert singled_out("What was the Afghanistan-only number of evacuees?") == {"Afghanistan"}


def test_a_percent_sign_asks_for_a_share() -> None:
    assert asks_for_share("Stranded migrants: how many male respondents %?")
    assert not counts_items("Stranded migrants: how many male respondents %?")
    assert counts_items("Stranded migrants: how many male respondents?")


def test_years_required_ask_how_many_years() -> None:
    question = "Stateless naturalisation — residence years required?"
    assert expected_type(question) == "number"
    assert asks_for_duration(question)
    assert expected_type("Concept of Migration Policy — years covered?") == "date"


def test_one_of_a_group_is_no_count() -> None:
    assert quantities("Legal aid is one of the activities to reduce statelessness.") == []
    assert quantities("It is one of 20 countries.") == ["one", "20"]


def test_a_sample_size_is_how_many_were_asked(tmp_path, fake_embedder) -> None:
    assert spelled_out("What was the sample size of the mapping?") == (
        "What was the number of respondents of the mapping?"
    )
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The mapping of stranded migrants found mainly male respondents (72%) aged 25 to 44 "
        "(68%) from three countries.\n\nVisas are issued in five days.\n",
    )
    assert assistant.ask("What was the sample size of the mapping of stranded migrants?").refused
    answer = assistant.ask("Stranded migrants mapping: male respondents %?")
    assert not answer.refused and answer.short_answer == "72%"


def test_a_share_of_a_group_is_no_share_of_the_population(tmp_path, fake_embedder) -> None:
    from reportqa.counting import measured_noun
    from reportqa.shares import shares_of_another

    assert shares_of_another("One third of children (32.5%) live in Zembla.", "population")
    assert not shares_of_another("One third of children (32.5%) live in Zembla.", "children")
    # A survey's respondents, or shares of things, are left to meaning.
    assert not shares_of_another("More than half of respondents (60%) have children.", "people")
    assert not shares_of_another("94% of public services were online.", "people")
    assert measured_noun("What was Zembla's population density in 2021?") == "density"
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "One third of children (32.5%) live in Zembla with the respondents.\n\n"
        "Visas are issued in five days.\n",
    )
    assert assistant.ask("What share of Zembla's residents live in Zembla's cities?").refused
    answer = assistant.ask("What share of the children live in Zembla with the respondents?")
    assert not answer.refused and answer.short_answer == "32.5%"


def test_a_persons_age_asked_needs_an_age(tmp_path, fake_embedder) -> None:
    from reportqa.asked_details import asks_for_a_persons_age

    assert asks_for_a_persons_age("What is the minimum age at which a foreigner may marry?")
    assert asks_for_a_persons_age("What age range did the children fall into?")
    assert not asks_for_a_persons_age("How old is the law on foreigners?")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Since the programme started, more than 350 children were provided with protection.\n\n"
        "The stranded migrants were mainly aged 25 to 44 (68%).\n\n"
        "Visas are issued in five days.\n",
    )
    assert assistant.ask("What age range did the children in the programme fall into?").refused
    answer = assistant.ask("What age range were the stranded migrants mainly aged?")
    assert not answer.refused and "aged 25 to 44" in answer.answer


def test_the_period_a_count_covers_is_no_span_asked(tmp_path, fake_embedder) -> None:
    from reportqa.answer_types import states_a_span

    assert not states_a_span("Over the past five years, more than 700 victims were covered.")
    assert states_a_span("Victims may stay in the shelter for up to 30 days.")
    assert states_a_span("It was an Action Plan for 2018-2022.")
    assert states_a_span("The permit is valid for 5 years.")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Over the past five years, more than 700 victims of trafficking have been covered by "
        "special social services.\n\nVisas are issued in five days.\n",
    )
    asked = "For how long can victims of trafficking stay covered by special social services?"
    assert assistant.ask(asked).refused


def test_those_newly_added_are_not_the_stock(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "According to UNHCR, 7,118 persons hold stateless status in Zembla in 2021.\n\n"
        "In 2021, 412 persons were newly recognised as stateless in Zembla.\n\n"
        "Visas are issued in five days.\n",
    )
    answer = assistant.ask("How many persons were newly recognised as stateless in Zembla in 2021?")
    assert not answer.refused and answer.short_answer == "412"
    (tmp_path / "stock").mkdir()
    stock_only = tiny_assistant(
        tmp_path / "stock",
        fake_embedder,
        "According to UNHCR, 7,118 persons hold stateless status in Zembla in 2021.\n\n"
        "Visas are issued in five days.\n",
    )
    assert stock_only.ask("How many persons were newly granted stateless status in 2021?").refused


def test_a_term_asked_is_given_by_a_sentence_that_names_one(tmp_path, fake_embedder) -> None:
    from reportqa.answer_types import states_a_term
    from reportqa.asked_details import asks_for_a_term

    assert asks_for_a_term("What's the term the report uses for ethnic Kazakhs?".lower())
    assert asks_for_a_term("Ethnic Kazakh returnees — official term?")
    assert not asks_for_a_term("On what terms may they stay?")
    assert states_a_term('The Ministry helps ethnic Zemblans - "Kandas" - to settle.')
    assert not states_a_term("The Action Plan supports ethnic Zemblans abroad.")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The report uses the term of the Action Plan for ethnic Zemblans abroad.\n\n"
        'The Ministry helps ethnic Zemblans - "Kandas" - to acquire citizenship.\n\n'
        "Visas are issued in five days.\n",
    )
    answer = assistant.ask("What term does the report use for ethnic Zemblans?")
    assert not answer.refused and '"Kandas"' in answer.answer


def test_the_kind_asked_must_be_named(tmp_path, fake_embedder) -> None:
    from reportqa.stated_details import kind_named_requirement

    assert kind_named_requirement("What crimes had the eight foreigners been convicted of?")
    assert kind_named_requirement("Which policy document sets out state support?")
    assert not kind_named_requirement("Which ministry runs the portal?")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, the procurators appealed for eight convicted foreign nationals (four citizens "
        "of Zembla and four of Ruritania).\n\nVisas are issued in five days.\n",
    )
    asked = "What crimes had the eight convicted foreign nationals been convicted of in 2021?"
    assert assistant.ask(asked).refused
    answer = assistant.ask("Which citizens were the eight convicted foreign nationals in 2021?")
    assert not answer.refused


def test_a_split_asked_needs_a_side_of_it(tmp_path, fake_embedder) -> None:
    from reportqa.stated_details import _SPLIT

    found = _SPLIT.search("What was the split between girls and boys among the children?")
    assert found is not None and [g for g in found.groups() if g] == ["girls", "boys"]
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, 2,990 foreigners were provided medical care in Zembla.\n\n"
        "Of the foreigners provided medical care in Zembla in 2020, 60% were women.\n\n"
        "Visas are issued in five days.\n",
    )
    asked = "What was the male-female split among foreigners provided medical care in 2021?"
    assert assistant.ask(asked).refused
    asked = "What was the male-female split among foreigners provided medical care in 2020?"
    answer = assistant.ask(asked)
    assert not answer.refused and answer.short_answer == "60%"


def test_people_without_citizenship_are_stateless_and_survivors_victims(
    tmp_path, fake_embedder
) -> None:
    from reportqa.counting import equivalents

    assert spelled_out("How many people without any citizenship were on record?") == (
        "How many stateless people were on record?"
    )
    assert spelled_out("Do persons with no nationality at all get care?") == (
        "Do stateless persons get care?"
    )
    assert "victims" in equivalents("survivors")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Over the past five years, more than 700 victims of human trafficking have been covered "
        "by special social services in Zembla.\n\nVisas are issued in five days.\n",
    )
    answer = assistant.ask(
        "How many trafficking survivors were covered by special social services in Zembla?"
    )
    assert not answer.refused and answer.short_answer == "more than 700"


def test_time_in_jail_asks_for_a_prison_term() -> None:
    question = "What is the longest time in jail for human trafficking now?"
    assert expected_type(question) == "number"
    assert asks_for_duration(question)
    assert asks_for_duration("How many years behind bars can a trafficker get?")


def test_everyday_words_for_the_reports_terms() -> None:
    assert spelled_out("For what illnesses is care free?") == "For what diseases is care free?"
    assert spelled_out("Which illness is covered?") == "Which disease is covered?"
    assert spelled_out("Which states are in visa-waiver talks?") == (
        "Which states are in visa exemption talks?"
    )
    assert spelled_out("Besides spotting victims, what is covered?") == (
        "Besides identifying victims, what is covered?"
    )


def test_the_report_named_as_source_is_read_away_first() -> None:
    from reportqa.assistant import as_read

    assert as_read("By 2021, roughly how many people lived in Zembla according to the review?") == (
        "By 2021, roughly what was the population of Zembla?"
    )
    assert as_read("Which countries does Zembla have agreements with, as named in the report?") == (
        "Which countries does Zembla have agreements with?"
    )
