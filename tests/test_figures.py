"""Questions that ask for a figure or a date: what is counted or measured must be said where
the figure is, and a figure for another year, milestone, part or kind does not answer. Each
test builds a tiny report with the fake embedder."""

from __future__ import annotations

from reportqa.counting import counted_words, measured_noun
from reportqa.milestones import asked_events
from reportqa.requirements import funding_requirement, name_requirements
from tiny_report import candidates, tiny_assistant


def test_a_figure_counting_something_else_is_refused(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "There are 106 Honorary Consuls of the country working abroad.\n\n"
        "Its diplomats held talks on visas in the capital.\n",
    )
    counted = assistant.ask("How many Honorary Consuls work abroad?")
    assert not counted.refused and counted.short_answer == "106"
    # "diplomats" is a word the text uses, but no figure counts them.
    assert assistant.ask("How many diplomats work abroad?").refused


def test_a_date_beside_another_place_is_refused(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Consulate General in Busan was established on 20 August 2021.\n\n"
        "Negotiations are underway to open a Consulate General in Xi'an.\n",
    )
    busan = assistant.ask("When was the Consulate General in Busan established?")
    assert not busan.refused and "20 August 2021" in busan.answer
    assert assistant.ask("When will the Consulate General in Xi'an open?").refused


def test_a_date_of_another_milestone_is_refused(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "On 6 September 2021, in Bern, a visa exemption agreement was signed with Switzerland.\n\n"
        "Talks on labour mobility continue with several partners.\n",
    )
    signed = assistant.ask("When was the visa exemption agreement with Switzerland signed?")
    assert not signed.refused and signed.short_answer == "6 September 2021"
    # The text dates the signing; it never says when the agreement entered into force.
    assert assistant.ask(
        "When did the visa exemption agreement with Switzerland enter into force?"
    ).refused


def test_a_measured_figure_must_be_said_of_what_is_measured(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2020, the negative balance of migration amounted to 17.7 thousand people.\n\n"
        "In 2021, migration outflow amounted to 21.2 thousand people.\n",
    )
    balance = assistant.ask("What was the migration balance in 2020?")
    assert not balance.refused and "17.7" in balance.answer
    # 2021 has an outflow figure, not a balance; and the 2020 sentence states its own year.
    assert assistant.ask("What was the migration balance in 2021?").refused


def test_measured_nouns_and_milestones_are_read_from_the_question() -> None:
    assert measured_noun("What was Kazakhstan's net migration balance for 2021?") == "balance"
    assert measured_noun("What was the total number of visas?") is None
    assert asked_events("When did the agreement enter into force?")
    assert asked_events("When was it signed?") != asked_events("When did it enter into force?")
    assert len(asked_events("When did he sign the order creating the consulate?")) == 2
    assert asked_events("When did the census take place?") == []


def test_a_count_of_people_takes_any_kind_of_person_but_not_a_share(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "About 80 citizens were evacuated from unstable regions by military aircraft.\n\n"
        "One third of children live with the respondents in the capital.\n",
    )
    people = assistant.ask("How many people were evacuated from unstable regions?")
    assert not people.refused and people.short_answer == "80"
    # "One third of children" is a share of them, not a count.
    assert assistant.ask("How many children live with the respondents in the capital?").refused


def test_who_paid_needs_a_sentence_about_money(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        'The campaign "Stop Trafficking" was held in support of the World Day.\n\n'
        "The hotline was funded by the Soros Foundation in 2021.\n",
    )
    funded = assistant.ask("Who funded the hotline?")
    assert not funded.refused and "Soros Foundation" in funded.answer
    assert assistant.ask('Who funded the campaign "Stop Trafficking"?').refused


def test_another_of_a_series_does_not_answer(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Human trafficking is punished with imprisonment for up to 18 years.\n\n"
        "In 2021 the second phase of the pilot project of mobile groups continued.\n",
    )
    maximum = assistant.ask("What is the maximum prison term for human trafficking?")
    assert not maximum.refused and maximum.short_answer == "18"
    # "up to 18 years" is the maximum; the text gives no minimum, and dates only phase two.
    assert assistant.ask("What is the minimum prison term for human trafficking?").refused
    assert assistant.ask("When was the first phase of the pilot project of mobile groups?").refused


def test_a_month_question_needs_a_month_the_question_does_not_give(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Comparison of external migration balance for 2020 and 2021 by month (BNS data)\n\n"
        "In November 2021, an informational marathon was held on the border.\n",
    )
    marathon = assistant.ask("In which month of 2021 was the informational marathon held?")
    assert not marathon.refused and "November 2021" in marathon.answer

    def caption_can_answer(question: str) -> bool:
        found = candidates(assistant, question, "date")
        return any(c.sentence.text.startswith("Comparison") for c in found)

    # The caption holds years; a year question may take it, a month question may not.
    assert caption_can_answer("Besides 2021, which year does the migration balance cover?")
    assert not caption_can_answer("In which month of 2021 was the migration balance lowest?")


def test_a_fine_or_an_investment_needs_a_currency(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Code of Administrative Offences sets the liability of 200 employers for minors.\n\n"
        "Stateless persons may apply for naturalisation after 5 years of residence.\n",
    )
    assert assistant.ask("What fine can employers get under the Code for minors?").refused
    assert assistant.ask("What minimum investment is required for naturalisation?").refused


def test_a_count_qualified_by_its_words_when_its_noun_is_everywhere(tmp_path, fake_embedder):
    # "Kazakh" is in most sentences; what a count of "ethnic Kazakhs" counts is "ethnic".
    filler = "".join(
        f"Kazakhstan reports on topic number {n} in region {n}.\n\n" for n in range(24)
    )
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "About 80 citizens of Kazakhstan were evacuated by air to Kazakhstan.\n\n"
        "Kazakhstan supports 2,000 ethnic Kazakhs in Kazakhstan every year.\n\n" + filler,
    )
    supported = assistant.ask("How many ethnic Kazakhs does Kazakhstan support every year?")
    assert not supported.refused and supported.short_answer == "2,000"
    found = candidates(assistant, "How many ethnic Kazakhs were evacuated by air?", "number")
    assert all("ethnic" in c.sentence.text for c in found)


def test_how_long_needs_a_span_of_time(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The mapping found that 72% of stranded migrants were male.\n\n"
        "Stateless persons may apply for naturalisation after 5 years of residence.\n",
    )
    waited = assistant.ask("How long must stateless persons wait to apply for naturalisation?")
    assert not waited.refused and "5 years" in waited.answer
    found = candidates(assistant, "How long had the stranded migrants been stuck?", "number")
    # "72%" is a figure, not a span of time (and the other sentence shares no word).
    assert found == []


def test_a_short_range_names_each_number_in_it_and_a_span_of_years_does_not(
    tmp_path, fake_embedder
) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The goals fall into two areas: People (SDG 1-5) and Planet (SDG 6,12-15).\n\n"
        "From 2017-2021 the population grew by 1.2 million.\n",
    )
    discourse = assistant.composer.discourse
    assert {"3", "13", "6"} <= discourse.numbers_near(0)
    assert "7" not in discourse.numbers_near(0)  # "6,12" lists 6 and 12, not 6 to 12
    assert "2019" not in discourse.numbers_near(1)
    explanation = assistant.explain("Which area covers SDG 3?")
    assert [c.sentence.id for c in explanation.candidates] == [0]
    explanation = assistant.explain("Which area covers SDG 9?")
    assert [r.reason for r in explanation.rejected if r.sentence.id == 0] == [
        "lacks a figure or year the question names"
    ]


def test_an_approximate_figure_in_the_question_need_not_be_found_as_written() -> None:
    from reportqa.demands import exact_figures

    asked = (
        "Over how many years did it rise from about 17.9 million to roughly 19.1 million by 2021?"
    )
    assert exact_figures(asked) == {"2021"}
    assert exact_figures("Which 7,140 persons were stateless in 2022?") == {"7140", "2022"}


def test_a_question_on_paying_is_answered_by_a_sentence_on_charges(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Emergency care is provided to visitors free of charge and in full.\n\n"
        "Emergency care is provided to visitors in every region.\n",
    )
    discourse = assistant.composer.discourse
    (paid,) = funding_requirement("Do visitors have to pay for emergency care?", None)
    assert paid.holds(discourse.tokens[0])
    assert not paid.holds(discourse.tokens[1])


def test_a_measured_noun_of_something_else_does_not_answer(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The population of stranded migrants was mostly male (72%) in 2021.\n\n"
        "In 2021 the population grew to 19,125.6 thousand people in Zembla.\n",
    )
    explanation = assistant.explain("What was the population of Zembla in 2021?")
    assert [c.sentence.id for c in explanation.candidates] == [1]
    assert [r.reason for r in explanation.rejected] == ["gives the population of something else"]


def test_a_measure_the_text_never_names_is_not_given(tmp_path, fake_embedder) -> None:
    from reportqa.counting import measured_noun

    assert measured_noun("What was Kazakhstan's unemployment rate in 2021?") == "unemployment"
    assert measured_noun("What population had Kazakhstan reached by 2021?") == "population"
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, 7,118 persons held stateless status.\n\n"
        "The population of stranded migrants was 72% male in 2021.\n",
    )
    rate = assistant.explain("What was the unemployment rate in 2021?")
    assert rate.candidates == []
    assert "lacks 'unemploy' (sentence)" in [r.reason for r in rate.rejected]
    share = assistant.explain("What share of Zembla's population are men?")
    reasons = [r.reason for r in share.rejected if r.sentence.id == 1]
    assert reasons == ["gives the population of something else"]


def test_the_number_of_a_decree_is_a_reference_number(tmp_path, fake_embedder) -> None:
    from reportqa.compose import reference_number

    quote = "The consulate was established by Presidential Decree No. 642 dated 20 August 2021."
    assert reference_number(quote, "What is the number of the decree?") == "No. 642"
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        f"{quote}\n\nThe consulate has 12 staff members in 2021.\n",
    )
    asked = "What is the number of the Presidential Decree that established the consulate?"
    explanation = assistant.explain(asked)
    assert [c.sentence.id for c in explanation.candidates] == [0]
    assert [r.reason for r in explanation.rejected] == ["gives no reference number"]


def test_a_part_of_a_whole_the_question_gives_must_be_named(tmp_path, fake_embedder) -> None:
    from reportqa.requirements import counted_requirement

    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Over five years, more than 700 victims of trafficking received social services.\n\n"
        "The services included 40 shelters for children.\n",
    )
    discourse = assistant.composer.discourse
    part = "How many of the 700 victims were children?"
    (required,) = counted_requirement(discourse, part, "number", paraphrase_similarity=0.7)
    assert required.excuse > 1  # never excused by closeness in meaning
    (whole,) = counted_requirement(
        discourse, "How many kids received services?", "number", paraphrase_similarity=0.7
    )
    assert whole.excuse == 0.7  # a generic unit said in other words may be excused


def test_paying_asks_for_money_unless_the_question_counts_something() -> None:
    from reportqa.questions import asks_for_money

    assert asks_for_money("Did they have to pay for their tickets, and how much?")
    assert asks_for_money("How much did the state spend on medical care?")
    assert not asks_for_money("For how many categories of people does the state pay?")


def test_a_question_on_a_change_needs_a_sentence_on_a_change(tmp_path, fake_embedder) -> None:
    from reportqa.questions import asks_for_change

    assert asks_for_change("By how much did the outflow grow in 2021?")
    assert asks_for_change("How many more left in 2021 than a year earlier?")
    assert not asks_for_change("How many people left in 2021?")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021 the migration outflow increased by 20.2% compared to the previous year.\n\n"
        "In 2021 the migration outflow amounted to 21.2 thousand people.\n",
    )
    explanation = assistant.explain("By how much did the migration outflow change in 2021?")
    assert [c.sentence.id for c in explanation.candidates] == [0]
    assert [r.reason[:20] for r in explanation.rejected] == ["lacks 'increas' or '"]


def test_how_much_higher_is_answered_by_a_ratio(tmp_path, fake_embedder) -> None:
    from reportqa.questions import asks_for_change

    asked = "How much higher is the risk of violence for migrant children than for adults?"
    assert counted_words(asked) == []  # "higher" is the comparison, not what is counted
    assert counted_words("How many more migrants were there?") == ["migrants"]
    assert asks_for_change(asked)
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Migrant children face double the risk of violence than adults.\n\n"
        "Migrant children face a risk of violence in 3 regions.\n",
    )
    explanation = assistant.explain(asked)
    assert [c.sentence.id for c in explanation.candidates] == [0]


def test_a_year_of_a_dated_event_in_the_next_sentence_is_not_lent(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "There are 106 Honorary Consuls working abroad.\n\n"
        "A consulate was opened by Decree No. 642 dated 20 August 2021.\n\n"
        "Help to citizens abroad is continued.\n\n"
        "In 2021, about 100 flights were organised.\n",
    )
    consuls = assistant.explain("How many honorary consuls were appointed in 2021?")
    assert consuls.candidates == []
    reasons = [r.reason for r in consuls.rejected if r.sentence.id == 0]
    assert reasons == ["lacks a figure or year the question names"]
    # "In 2021, …" after a sentence still frames the passage it belongs to.
    assert "2021" in assistant.composer.discourse.numbers_near(2)


def test_an_amendment_is_not_dated_by_the_adoption(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Stays are governed by the Law On Foreigners (19 June 1995).\n\n"
        "Foreigners may stay in Zembla for 30 days.\n",
    )
    assert not assistant.ask("When was the Law On Foreigners adopted?").refused
    # A law's date after its name is the day it was adopted: it never dates an amendment.
    amended = assistant.explain("When was the Law On Foreigners last amended?")
    assert amended.candidates == []
    assert [r.reason for r in amended.rejected if r.sentence.id == 0] == [
        "is about another milestone"
    ]


def test_a_question_on_what_was_not_done_needs_a_negation(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla is one of 103 states that signed the Joint Statement on migrants.\n\n"
        "Of the 120 states invited, 17 did not sign the Joint Statement.\n",
    )
    declined = assistant.explain("How many states declined to sign the Joint Statement?")
    assert [c.sentence.id for c in declined.candidates] == [1]
    assert [r.reason for r in declined.rejected] == ["says nothing was not done"]
    signed = assistant.explain("How many states signed the Joint Statement?")
    assert 0 in [c.sentence.id for c in signed.candidates]


def test_a_holder_is_one_who_holds() -> None:
    from reportqa.support import same_word

    assert same_word("hold", "holder") and same_word("worker", "work")
    assert not same_word("ord", "order")  # too short to be a verb's stem
    assert not same_word("hold", "holding")  # the stemmer's business, not this rule's


def test_a_prison_term_is_a_span_of_time(tmp_path, fake_embedder) -> None:
    from reportqa.questions import asks_for_duration

    assert asks_for_duration("What prison sentence can a person convicted of forced labour get?")
    assert asks_for_duration("What is the maximum term of imprisonment for trafficking?")
    assert not asks_for_duration("How many sentences were appealed?")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, 5,500 materials on forced labour were published.\n\n"
        "Forced labour is punished with imprisonment for up to 12 years.\n",
    )
    explanation = assistant.explain("What prison sentence is given for forced labour?")
    assert [c.sentence.id for c in explanation.candidates] == [1]


def test_an_exact_date_earnings_and_a_development_are_read_from_the_question() -> None:
    from reportqa.questions import asked_date_unit, expected_type

    exact = "On what exact date was the mapping of stranded migrants published?"
    assert expected_type(exact) == "date" and asked_date_unit(exact) == "day"
    assert measured_noun("What were the average monthly earnings of the migrants?") == "earnings"
    events = asked_events("In what year was the Standard developed?")
    assert events and events[0].search("the ministry developed standard procedures")
    assert not events[0].search("the development of manuals")  # a noun, not a milestone


def test_a_date_of_development_does_not_date_an_adoption(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, the ministry developed standard procedures for victims of trafficking.\n\n"
        "Victims of trafficking are helped in 12 shelters.\n",
    )
    adopted = assistant.explain("In what year was the Standard for victims of trafficking adopted?")
    assert adopted.candidates == []
    assert "is about another milestone" in [r.reason for r in adopted.rejected]


def test_youngsters_are_children_and_a_decree_number_may_be_asked_what_it_carried() -> None:
    from reportqa.counting import equivalents
    from reportqa.questions import asks_for_a_reference

    assert "children" in equivalents("youngsters")
    assert asks_for_a_reference("What number did the presidential decree setting it up carry?")
    assert not asks_for_a_reference("What number of decrees were signed?")


def test_a_month_in_the_question_may_be_said_otherwise(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "By the end of 2021, 94% of public services were accessible to nationals online.\n\n"
        "In 2021, 18 types of public services were offered to foreigners by Zembla.\n\n"
        "The portal was updated in December 2020.\n",
    )
    discourse = assistant.composer.discourse
    asked = "What percentage of public services were accessible online by December 2021?"
    (december,) = name_requirements(discourse, asked, name_similarity=0.7)
    assert december.excuse == 0.7  # "by the end of 2021" may say "by December 2021"
    named = name_requirements(discourse, "How many services did Zembla offer?", name_similarity=0.7)
    assert named and all(r.excuse > 1 for r in named)  # a one-word name is never excused
    assert not discourse.new_name("as of 1 January 2022, 7,140 persons", "Who won in November?")


def test_a_figure_asked_in_a_unit_is_given_in_it(tmp_path, fake_embedder) -> None:
    from reportqa.questions import asked_measure_unit

    assert "km" in asked_measure_unit("What is the total area of Zembla in square kilometres?")
    assert asked_measure_unit("How many people live in Zembla?") is None
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla coordinates its total policy in five key areas.\n\n"
        "The total area of Zembla is 2,724,900 square kilometres.\n",
    )
    explanation = assistant.explain("What is the total area of Zembla in square kilometres?")
    assert [c.sentence.id for c in explanation.candidates] == [1]


def test_a_sentence_sharing_no_word_with_the_question_does_not_answer(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "As of 1 January 2022, 7,140 persons were stateless.\n\n"
        "The country became independent in 1991.\n",
    )
    explanation = assistant.explain("In which year did the country become independent?")
    assert [c.sentence.id for c in explanation.candidates] == [1]
    assert "shares no word" in [r.reason for r in explanation.rejected if r.sentence.id == 0]


def test_those_who_live_somewhere_are_its_people_and_a_count_is_no_noun() -> None:
    from reportqa.counting import counted_noun, equivalents

    assert {"people", "population"} <= equivalents("lived")
    assert "lived" not in equivalents("people")  # a count of people still counts people
    assert counted_noun("What proportion of UNHCR's stateless count are children?") == "stateless"


def test_a_counted_noun_the_text_never_uses_is_met_by_its_qualifier(tmp_path, fake_embedder):
    from reportqa.requirements import counted_requirement

    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla has ratified more than 180 basic international normative legal acts.\n\n"
        "Zembla has signed 12 memoranda with neighbours.\n",
    )
    discourse = assistant.composer.discourse
    asked = "How many international legal instruments has Zembla ratified?"
    (required,) = counted_requirement(discourse, asked, "number", paraphrase_similarity=0.7)
    assert required.excuse > 1 and required.scope == "units"
    assert required.holds(discourse.tokens[0])
    assert not required.holds(discourse.tokens[1])
    # A noun the text never uses, with nothing it does use, is still not found.
    (unknown,) = counted_requirement(
        discourse, "How many diplomats has Zembla?", "number", paraphrase_similarity=0.7
    )
    assert not unknown.holds(discourse.tokens[0])


def test_a_span_of_years_states_when_it_ends(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Since 2018, Zembla has implemented an Action Plan for its diaspora for 2018-2022.\n\n"
        "The Concept of Zembla was adopted in 2016.\n",
    )
    ends = assistant.explain("In what year is the Action Plan for the diaspora due to end?")
    assert [c.sentence.id for c in ends.candidates] == [0]
    concept = assistant.explain("When does the Concept of Zembla end?")
    assert "is about another milestone" in [r.reason for r in concept.rejected]


def test_a_renewal_is_a_stated_milestone_and_24_7_counts_nothing() -> None:
    from reportqa.answer_types import quantities

    (renewed,) = asked_events("When was the memorandum with IOM last renewed?")
    assert renewed.search("the memorandum was prolonged in 2021")
    assert quantities("the national 24/7 helpline line") == []
    assert quantities("a helpline with 24 operators") == ["24"]


def test_the_previous_year_names_the_year_before(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, the migration outflow increased by 20.2% compared to the previous year.\n\n"
        "In 2021, the migration outflow amounted to 21.2 thousand people.\n",
    )
    asked = "By how much did the migration outflow grow in 2021 compared with 2020?"
    explanation = assistant.explain(asked)
    assert [c.sentence.id for c in explanation.candidates] == [0]


def test_how_often_is_answered_by_a_frequency(tmp_path, fake_embedder) -> None:
    from reportqa.questions import asks_how_often, expected_type

    assert asks_how_often("How often are the seminars held?")
    assert expected_type("How often are the seminars held?") is None  # not a figure
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Seminars on trafficking are held with NGOs on an ongoing basis.\n\n"
        "Seminars on trafficking were held with NGOs in Almaty.\n",
    )
    explanation = assistant.explain("How often are seminars on trafficking held with NGOs?")
    assert [c.sentence.id for c in explanation.candidates] == [0]


def test_the_last_word_of_a_question_is_read_and_a_span_is_counted_in_its_unit(
    tmp_path, fake_embedder
) -> None:
    from reportqa.counting import counted_noun, equivalents
    from reportqa.questions import asks_for_duration
    from reportqa.requirements import counted_requirement

    assert counted_noun("The ministry has assisted how many trafficking victims?") == "victims"
    assert "male" in equivalents("men")
    assert asks_for_duration("Alerts reach the population in how much time?")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Trafficking is punished with imprisonment for up to 18 years.\n\n"
        "In 2021, 5,500 materials on trafficking were published behind schedule.\n",
    )
    discourse = assistant.composer.discourse
    asked = "Traffickers face up to how many years behind bars?"
    (years,) = counted_requirement(discourse, asked, "number", paraphrase_similarity=0.7)
    assert years.scope == "units" and years.holds(frozenset(["year"]))
    assert not years.holds(frozenset(["behind"]))


def test_the_figures_of_a_claim_before_the_question_are_not_required(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Since 2018, Zembla has run an Action Plan to support its diaspora.\n\n"
        "In 2020, Zembla published manuals for its diaspora.\n",
    )
    asked = (
        "A story says Zembla's Action Plan for its diaspora began in 2020. Since when has it run?"
    )
    explanation = assistant.explain(asked)
    assert [c.sentence.id for c in explanation.candidates][:1] == [0]


def test_a_closing_or_reopening_is_a_milestone_of_its_own(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla signed the Joint Statement on COVID-19 on 12 June 2020.\n\n"
        "Zembla closed its borders because of COVID-19 on 16 March 2020.\n",
    )
    closed = assistant.explain("On what date did Zembla close its borders because of COVID-19?")
    assert [c.sentence.id for c in closed.candidates] == [1]
    reopened = assistant.explain("On what date did Zembla reopen its borders after COVID-19?")
    assert reopened.candidates == []


def test_a_year_alone_is_no_shared_word_but_an_equivalent_is(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, 7,118 persons held stateless status.\n\n"
        "In 2021, 12 people were found by volunteers.\n",
    )
    expectancy = assistant.explain("What was life expectancy at birth in 2021?")
    assert expectancy.candidates == []
    assert {r.reason for r in expectancy.rejected} == {"shares no word"}
    people = assistant.explain("How many people held stateless status in 2021?")
    assert 0 in [c.sentence.id for c in people.candidates]
