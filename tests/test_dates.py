"""Questions about when and how long: the asked milestone (signed is not in force, adopted is
not amended), a month, a year or a span of years, how often; and the years a question names.
Each test builds a tiny report with the fake embedder."""

from __future__ import annotations

from reportqa.counting import measured_noun
from reportqa.milestones import asked_events
from reportqa.requirements import name_requirements
from tiny_report import candidate_ids, candidates, rejections, tiny_assistant


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
    # "Signed in Bern" describes the agreement; the milestone asked is its entry into force.
    assert assistant.ask(
        "From what date has the agreement signed in Bern with Switzerland been in force?"
    ).refused


def test_another_of_a_series_does_not_answer(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Human trafficking is punished with imprisonment for up to 18 years.\n\n"
        "In 2021 the second phase of the pilot project of mobile groups continued.\n",
    )
    maximum = assistant.ask("What is the maximum prison term for human trafficking?")
    assert not maximum.refused and maximum.short_answer == "up to 18 years"
    # "up to 18 years" is the maximum; the text gives no minimum, and dates only phase two.
    assert assistant.ask("What is the minimum prison term for human trafficking?").refused
    # The shortest term is the minimum, the longest the maximum.
    assert assistant.ask("What is the shortest jail term for human trafficking?").refused
    assert not assistant.ask("What is the longest jail term for human trafficking?").refused
    assert assistant.ask("When was the first phase of the pilot project of mobile groups?").refused


def test_the_largest_is_the_first_of_a_ranking_not_the_second(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "By countries, the largest number of patients given medical care are from Russia.\n",
    )
    second = "Which country ranked second among the patients given medical care?"
    assert ("is about another of a series", 0) in rejections(assistant.explain(second))
    largest = "Which country had the largest number of patients given medical care?"
    assert candidate_ids(assistant.explain(largest)) == [0]


def test_a_waiver_for_one_kind_of_passport_is_none_for_another(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In Bern, a visa waiver for holders of diplomatic or service passports was signed "
        "between Zembla and Switzerland.\n",
    )
    ordinary = "Which countries let ordinary Zemblan passport holders in without a visa?"
    assert assistant.explain(ordinary).candidates == []
    assert ("is about another of a series", 0) in rejections(assistant.explain(ordinary))
    diplomatic = "Which country waived visas for Zemblan diplomatic passport holders?"
    assert candidate_ids(assistant.explain(diplomatic)) == [0]
    # When the kind of passport is what is asked, the one the question rules out is no given.
    which = "The Swiss waiver isn't for ordinary passports: which passport holders does it cover?"
    assert candidate_ids(assistant.explain(which)) == [0]


def test_a_sentence_continuing_another_of_a_series_does_not_answer(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Human trafficking is punished with imprisonment for a term of up to 18 years. "
        "This punishment for human trafficking is severe, as for other crimes.\n",
    )
    # "This punishment" goes on about the maximum: it says nothing of a minimum.
    assert assistant.ask("What is the minimal prison term for human trafficking?").refused
    assert not assistant.ask("What is the maximal prison term for human trafficking?").refused


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
    assert candidate_ids(explanation) == [0]
    explanation = assistant.explain("Which area covers SDG 9?")
    assert [r.reason for r in explanation.rejected if r.sentence.id == 0] == [
        "lacks a figure or year the question names"
    ]


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


def test_a_prison_term_is_a_span_of_time(tmp_path, fake_embedder) -> None:
    from reportqa.asked_details import asks_for_duration

    assert asks_for_duration("What prison sentence can a person convicted of forced labour get?")
    assert asks_for_duration("What is the maximum term of imprisonment for trafficking?")
    assert not asks_for_duration("How many sentences were appealed?")
    assert asks_for_duration("Prison term for trafficking?")  # terse, no wh-word
    assert not asks_for_duration("Does how long a worker has stayed affect their rights?")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, 5,500 materials on forced labour were published.\n\n"
        "Forced labour is punished with imprisonment for up to 12 years.\n",
    )
    explanation = assistant.explain("What prison sentence is given for forced labour?")
    assert candidate_ids(explanation) == [1]


def test_an_exact_date_earnings_and_a_development_are_read_from_the_question() -> None:
    from reportqa.asked_details import asked_date_unit
    from reportqa.questions import expected_type

    exact = "On what exact date was the mapping of stranded migrants published?"
    assert expected_type(exact) == "date" and asked_date_unit(exact) == "day"
    assert measured_noun("What were the average monthly earnings of the migrants?") == "earnings"
    events = asked_events("In what year was the Standard developed?", dated=True)
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


def test_a_span_of_years_states_when_it_ends(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Since 2018, Zembla has implemented an Action Plan for its diaspora for 2018-2022.\n\n"
        "The Concept of Zembla was adopted in 2016.\n",
    )
    ends = assistant.explain("In what year is the Action Plan for the diaspora due to end?")
    assert candidate_ids(ends) == [0]
    concept = assistant.explain("When does the Concept of Zembla end?")
    assert "is about another milestone" in [r.reason for r in concept.rejected]


def test_a_renewal_is_a_stated_milestone_and_24_7_counts_nothing() -> None:
    from reportqa.answer_types import quantities

    (renewed,) = asked_events("When was the memorandum with IOM last renewed?", dated=True)
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
    assert candidate_ids(explanation) == [0]


def test_how_often_is_answered_by_a_frequency(tmp_path, fake_embedder) -> None:
    from reportqa.asked_details import asks_how_often
    from reportqa.questions import expected_type

    assert asks_how_often("How often are the seminars held?")
    assert expected_type("How often are the seminars held?") is None  # not a figure
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Seminars on trafficking are held with NGOs on an ongoing basis.\n\n"
        "Seminars on trafficking were held with NGOs in Almaty.\n",
    )
    explanation = assistant.explain("How often are seminars on trafficking held with NGOs?")
    assert candidate_ids(explanation) == [0]


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
    assert candidate_ids(explanation)[:1] == [0]


def test_a_closing_or_reopening_is_a_milestone_of_its_own(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla signed the Joint Statement on COVID-19 on 12 June 2020.\n\n"
        "Zembla closed its borders because of COVID-19 on 16 March 2020.\n",
    )
    closed = assistant.explain("On what date did Zembla close its borders because of COVID-19?")
    assert candidate_ids(closed) == [1]
    reopened = assistant.explain("On what date did Zembla reopen its borders after COVID-19?")
    assert reopened.candidates == []


def test_a_start_asked_is_dated_only_by_a_sentence_that_states_a_start(
    tmp_path, fake_embedder
) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, about 100 repatriation flights were organised by Zembla.\n\n"
        "Since 2016, the Red Crescent has been running a tracing programme.\n",
    )
    began = assistant.explain("In which year did Zembla begin organising repatriation flights?")
    assert began.candidates == []
    assert "is about another milestone" in [r.reason for r in began.rejected]
    tracing = assistant.explain("In which year did the Red Crescent start its tracing programme?")
    assert candidate_ids(tracing) == [1]
    # Not asked for a start, the year of the flights answers.
    flights = assistant.explain("In which year were 100 repatriation flights organised?")
    assert candidate_ids(flights)[:1] == [0]


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
    assert 0 in candidate_ids(people)


def test_the_names_of_a_claim_being_checked_are_not_required(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "About 80 citizens of Zembla were evacuated from Afghanistan and Syria.\n\n"
        "Zembla opened a consulate in Busan.\n",
    )
    checked = (
        "A story says Zembla evacuated its people from Iraq and Libya. "
        "From which countries does the review say they were evacuated?"
    )
    explanation = assistant.explain(checked)
    assert candidate_ids(explanation)[:1] == [0]
    # Without a claim to check, the names asked about are required as before.
    plain = assistant.explain("How many people did Zembla evacuate from Iraq and Libya?")
    assert plain.candidates == []


def test_the_names_of_a_scenario_before_the_question_are_not_required(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Persons who are not citizens and lack proof of another citizenship are stateless.\n\n"
        "Zembla opened a consulate in Busan.\n",
    )
    # The asker's situation ("in Almaty") is not what the answer must name.
    scenario = (
        "A man in Almaty is not a citizen and cannot prove another citizenship. "
        "What status does the law give him?"
    )
    assert [c.sentence.id for c in assistant.explain(scenario).candidates][:1] == [0]
    # Asked in one sentence, the place is part of what is asked.
    plain = assistant.explain("What status does the law give non-citizens in Almaty?")
    assert 0 not in candidate_ids(plain)


def test_a_scenario_says_what_is_asked_when_the_asking_sentence_does_not(
    tmp_path, fake_embedder
) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, 7,140 persons were officially registered as stateless in Zembla.\n\n"
        "Zembla opened a consulate in Busan.\n",
    )
    # "What figure does the review give?" asks nothing of its own: the students are asked.
    scenario = (
        "An official asks how many foreign students were registered in Zembla in 2021. "
        "What figure does the review give?"
    )
    assert assistant.ask(scenario).refused
    # A claim's words may be the wrong ones: they are still not required.
    claim = (
        "A briefing says 9,000 stateless persons were registered in Zembla in 2021. "
        "What figure does the review give?"
    )
    assert "7,140" in assistant.ask(claim).answer


def test_an_abbreviation_does_not_end_the_asking_sentence() -> None:
    from reportqa.context import asked_sentence

    asked = "Did the MIA count its 5,000 publications by media, e.g. TV versus print?"
    assert asked_sentence(asked) == asked
    assert asked_sentence("A story says it began in 2020. Since when?") == "Since when?"
    # A preface before a colon says who asks, not what: "an NGO" is no name to find.
    asked = "I'm writing a briefing for an NGO: how many acts has Zembla ratified?"
    assert asked_sentence(asked) == "how many acts has Zembla ratified?"
    assert asked_sentence("Dates: when was it signed?") == "Dates: when was it signed?"


def test_what_a_claim_says_is_not_required_of_the_answer(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla's Action Plan for its diaspora provides teaching manuals for schools abroad.\n",
    )
    # The claim speaks of paying grants; what the review says the plan provides is asked.
    checked = (
        "An article says Zembla's Action Plan for its diaspora is about paying relocation "
        "grants. What does the review say the plan provides?"
    )
    assert [c.sentence.id for c in assistant.explain(checked).candidates] == [0]
    paid = assistant.explain("How much does Zembla's Action Plan pay in relocation grants?")
    assert paid.candidates == []


def test_a_claim_may_credit_or_name_rather_than_say(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Since 2016, the Red Crescent Society has been running a family-links programme.\n\n"
        "Zembla opened a consulate in Busan.\n",
    )
    checked = (
        "An article credits UNICEF with the family-links programme. "
        "Which organisation does the review say runs it?"
    )
    assert [c.sentence.id for c in assistant.explain(checked).candidates][:1] == [0]
    plain = assistant.explain("Which organisation runs the UNICEF family-links programme?")
    assert plain.candidates == []


def test_a_decree_dated_a_day_was_signed_that_day() -> None:
    from reportqa.milestones import EVENTS, asked_events

    (signed,) = asked_events("On which day was the decree signed?", dated=True)
    assert signed is EVENTS[3]
    assert signed.search("It was established by Presidential Decree No. 642 dated 20 August 2021.")
    assert not signed.search("The Law on Migration dated 22 July 2011 was amended.")


def test_where_people_end_up_or_ending_poverty_names_no_end_of_a_term() -> None:
    assert asked_events("Where do most emigrants end up?", dated=False) == []
    assert asked_events("Which area does SDG 1 on ending poverty belong to?", dated=False) == []
    assert asked_events("When does the agreement end?", dated=True)
    assert asked_events("What is the ending date of the plan?", dated=True)


def test_a_figure_for_the_whole_year_gives_none_for_half_of_it(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, about 100 repatriation flights were organized.\n\n"
        "Visas are issued within five days.\n",
    )
    assert assistant.ask(
        "How many repatriation flights were organised in the first half of 2021?"
    ).refused
    assert not assistant.ask("How many repatriation flights were organised in 2021?").refused


def test_a_range_of_months_names_no_month_in_which_something_happened() -> None:
    from reportqa.answer_types import holds_date

    period = "In January-December 2021, the outflow grew by 20.2%."
    assert not holds_date(period, unit="month")
    assert holds_date(period)  # the year is still a date
    assert holds_date("The outflow peaked in December 2021.", unit="month")


def test_since_when_is_answered_by_a_sentence_that_says_since(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "As a result of the measures taken in 2021, Zembla moved off the watch list.\n\n"
        "The memoranda with the OSCE office are effective since 2016.\n",
    )
    watch = assistant.explain("Since which year had Zembla been on the watch list?")
    assert 0 not in candidate_ids(watch)  # 2021 dates no beginning
    memoranda = assistant.explain("Since when have the memoranda with the OSCE office applied?")
    assert candidate_ids(memoranda) == [1]


def test_a_degree_alone_is_no_shared_topic(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "It covers the three regions that receive the largest flow of irregular migrants.\n\n"
        "Zembla opened a consulate in Busan.\n",
    )
    oil = assistant.explain("What is the largest oil field?")
    assert 0 not in candidate_ids(oil)
    assert "shares no word" in [r.reason for r in oil.rejected if r.sentence.id == 0]
    flows = assistant.explain("What receives the largest flow of irregular migrants?")
    assert 0 in candidate_ids(flows)


def test_when_an_event_was_held_is_not_when_a_cited_document_is_dated_or_results_published(
    tmp_path, fake_embedder
):
    from reportqa.milestones import dates_only_documents

    assert dates_only_documents(
        "Questions follow the Recommendations for the 2020 Censuses (UN Geneva, 2015) and "
        "the Decision of the council of 8 September 2016."
    )
    assert not dates_only_documents("The Law of 22 July 2011 entered into force in 2012.")
    # A date in brackets after the document's title dates the document too.
    assert dates_only_documents("Zembla signed the Joint Statement on Migrants (of 12 June 2020).")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The census asked questions following the Decision of the statistics council of "
        "8 September 2016.\n\n"
        "The results of the census will be published on the website in 2022.\n\n"
        "The informational marathon was held in November 2021.\n",
    )
    census = assistant.explain("In which year was the population census carried out?")
    assert census.candidates == []
    reasons = {r.sentence.id: r.reason for r in census.rejected}
    assert reasons[0] == "dates only the documents it cites"
    assert reasons[1] == "is about another milestone"
    decision = assistant.explain("What is the date of the statistics council's Decision?")
    assert candidate_ids(decision)[:1] == [0]
    # The meeting that took the decision is dated by it.
    meeting = assistant.explain("On what date did the statistics council's meeting take place?")
    assert candidate_ids(meeting)[:1] == [0]
    marathon = assistant.explain("When was the informational marathon held?")
    assert candidate_ids(marathon)[:1] == [2]


def test_becoming_a_member_is_joining_and_needs_a_stated_start(tmp_path, fake_embedder) -> None:
    assert asked_events("When did Zembla become a member state of IOM?", dated=True)
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, the IOM Mission in Zembla presented a report on trafficking.\n\n"
        "Zembla has been a member of IOM since 1998.\n",
    )
    joined = assistant.explain("In which year did Zembla become a member state of IOM?")
    assert 0 not in candidate_ids(joined)  # 2021 dates a report


def test_a_future_event_is_not_dated_by_a_past_one(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla held its presidential election on 20 August 2021.\n\n"
        "The next congress of the diaspora will be held in Zembla City in 2023.\n",
    )
    election = assistant.explain("When is the next presidential election in Zembla?")
    assert 0 not in candidate_ids(election)
    assert ("speaks only of the past", 0) in rejections(election)
    congress = assistant.explain("When will the next congress of the diaspora be held?")
    assert 1 in candidate_ids(congress)
    held = assistant.explain("When did Zembla hold its presidential election?")
    assert 0 in candidate_ids(held)


def test_talks_under_way_do_not_say_what_is_agreed(tmp_path, fake_embedder) -> None:
    from reportqa.milestones import asks_about_talks, only_in_talks

    listed = (
        "In addition, negotiations are underway on visa-free travel for ordinary passport "
        "holders with other countries (Austria, Albania)."
    )
    assert only_in_talks(listed)
    assert not only_in_talks("Kazakhstan signed visa exemption agreements with 20 countries.")
    assert asks_about_talks("Which countries is Kazakhstan in visa talks with?")
    assert asks_about_talks("Which city could get the next consulate?")
    assert not asks_about_talks("Which countries let ordinary passport holders in visa-free?")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        f"Diplomats travel abroad visa-free. {listed}\n\n"
        "The consulates issue visas within five days.\n",
    )
    refused = assistant.ask("Which countries allow visa-free travel for ordinary passport holders?")
    assert refused.refused
    answered = assistant.ask("With which countries are negotiations on visa-free travel underway?")
    assert not answered.refused
    assert "Austria" in answered.answer


def test_the_turn_of_a_year_is_named_from_either_side(tmp_path, fake_embedder) -> None:
    from reportqa.year_frames import years_at_the_turn

    said = "By the end of 2021, 94% of public services were accessible through the portal."
    assert years_at_the_turn("Going into 2022, what share of services was online?", said) == {
        "2022"
    }
    assert years_at_the_turn("At the end of 2020, how many?", "as of 1 January 2021, 7,140") == {
        "2020"
    }
    # Only a turn asked is read from the other side: "in 2022" is not "by the end of 2021".
    assert years_at_the_turn("In 2022, what share of services was online?", said) == set()
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        f"{said}\n\nVisas are issued within five days by the consulates.\n",
    )
    turn = assistant.ask("Going into 2022, what percent of public services were accessible?")
    assert not turn.refused and "94%" in turn.answer
    assert assistant.ask("In 2023, what percent of public services were accessible?").refused


def test_where_a_consulate_opened_is_where_it_was_established(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Consulate General of Zembla in Busan was established by Decree No. 642 dated "
        "20 August 2021.\n\nVisas are issued within five days by the consulates.\n",
    )
    where = assistant.ask("Where did Zembla open a new consulate general in 2021?")
    assert not where.refused and where.short_answer == "Busan"
    # When it opened its doors is not when a decree established it.
    assert assistant.ask("When did the consulate general in Busan open to the public?").refused


def test_a_minimal_term_is_the_minimum_of_its_series() -> None:
    from reportqa.milestones import asked_contrasts

    assert [i for i, _ in asked_contrasts("What is the minimal prison term?")] == [0]
    assert [i for i, _ in asked_contrasts("What is the maximal prison term?")] == [1]


def test_the_date_a_waiver_applies_from_is_its_entry_into_force() -> None:
    from reportqa.milestones import EVENTS, asked_events, names_another_event

    (in_force,) = asked_events("From what date does the visa waiver actually apply?", dated=True)
    assert in_force is EVENTS[0]
    signed = "On 6 September 2021, in Bern, a visa waiver agreement was signed."
    assert names_another_event(signed, [in_force], dated=True)
    # Applying for something is no milestone of it.
    assert (
        asked_events("From what date can stateless persons apply for citizenship?", dated=True)
        == []
    )


def test_milestones_said_in_other_forms_are_the_same_milestones() -> None:
    from reportqa.milestones import asked_events, names_another_event

    signed = "On 6 September 2021, in Bern, a visa waiver agreement was signed."
    for asked in (
        "Visa waiver — entry-into-force date?",
        "Waiver signed in Bern: date it took effect",
    ):
        events = asked_events(asked, dated=True)
        assert events and names_another_event(signed, events, dated=True)
    # Going live or being rolled out is a launch: a year of something else does not date it.
    live = asked_events("Year the portal went live?", dated=True)
    rolled = asked_events("When were the algorithms rolled out to police?", dated=True)
    assert live and rolled
    dated_otherwise = "By the end of 2021, 94% of services were accessible on the portal."
    assert names_another_event(dated_otherwise, live, dated=True)
    # Scrapping is abolishing: a sentence that does not say so does not date it.
    scrapped = asked_events("In what year were the arrival cards scrapped?", dated=True)
    assert names_another_event("In 2021, 14 reports were received.", scrapped, dated=True)
    assert not names_another_event("In 2019 the cards were abolished.", scrapped, dated=True)


def test_a_peak_asks_for_a_top_and_a_place_on_a_list_is_joined() -> None:
    from reportqa.milestones import names_another_event
    from reportqa.rankings import SIZE, asks_for_top

    assert asks_for_top("In which year did the number of stateless persons peak?") == SIZE
    placed = asked_events(
        "When was Zembla first placed on the US State Department's watch list?", dated=True
    )
    assert placed and names_another_event(
        "In 2021, the mission presented a report.", placed, dated=True
    )
    assert not names_another_event(
        "Since 2016, Zembla has been on the watch list.", placed, dated=True
    )


def test_how_long_it_takes_is_timed_for_what_takes_the_time(tmp_path, fake_embedder) -> None:
    from tiny_report import tiny_assistant

    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Stateless persons residing in Zembla may apply for naturalisation after 5 years of "
        "residence.\n\n"
        "The procedure for a residence permit is described in the rules.\n\n"
        "Visas are issued in five days.\n",
    )
    # A wait before applying is not the length of a procedure.
    asked = "How long does the procedure for stateless persons residing in Zembla take?"
    assert assistant.ask(asked).refused
    answer = assistant.ask(
        "How long must stateless persons reside in Zembla before naturalisation?"
    )
    assert not answer.refused and answer.short_answer == "5 years"


def test_since_when_something_runs_is_not_when_its_runner_was_founded() -> None:
    from reportqa.milestones import asked_events, names_another_event

    founded = asked_events("In what year was the Red Crescent Society founded?", dated=True)
    started = asked_events("Since when has the Red Crescent run the programme?", dated=True)
    running = "Since 2016, the Red Crescent Society has been running a programme for detainees."
    assert names_another_event(running, founded, dated=True)
    assert not names_another_event(running, started, dated=True)
    assert not names_another_event("The Society was founded in 1992.", founded, dated=True)
