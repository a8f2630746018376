"""The checks that decide whether a sentence can answer: what a question counts, what a
sentence counts, and when a figure is a year or a reference rather than a quantity."""

from __future__ import annotations

import pytest

from reportqa.answer_types import (
    DATE,
    ENTITY,
    NUMBER,
    PLACE,
    acronym_expansion,
    holds_money,
    holds_share,
    holds_type,
    quantities,
    quantity_units,
)
from reportqa.asked_details import asks_for_duration, asks_for_money, asks_for_share
from reportqa.asked_names import (
    asked_acronym,
    asks_for_a_name,
    name_phrases,
)
from reportqa.counting import counted_noun, counted_words, equivalents
from reportqa.questions import expected_type
from reportqa.short_answers import short_answer


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("How many victims of trafficking were identified?", "victims"),
        ("Against how many convicted foreign nationals did procurators appeal?", "nationals"),
        ("How many flights bringing citizens home were arranged?", "flights"),
        ("How many Kazakh nationals stuck abroad were brought home?", "nationals"),
        ("How many officially recognised stateless persons are there?", "persons"),
        ("How many children were helped?", "children"),
        ("How much crude oil did it export?", "oil"),
        # an adverb ends the counted phrase, as a verb does
        ("Is the number of stateless people actually going down?", "people"),
        # after the noun an adverb ends the phrase; before it, it qualifies the adjective
        ("How many people officially had no nationality?", "people"),
        ("How many officially stateless persons are there?", "persons"),
        ("What fraction of those with stateless status were minors?", None),
        # "entry- and citizenship-related": the pair's second half says what is counted
        ("How many entry- and citizenship-related service types are there?", "types"),
        ("What is Darmen?", None),
        # a verb right after "how many" leaves nothing counted: the sentence's unit is its own
        ("Of the materials published, how many came from the police?", None),
    ],
)
def test_counted_noun_is_the_head_of_the_counted_phrase(question: str, noun: str | None) -> None:
    assert counted_noun(question) == noun


def test_generic_units_have_equivalents_and_specific_ones_do_not() -> None:
    assert "population" in equivalents("inhabitants")
    assert "types" in equivalents("kinds")
    assert equivalents("diplomats") == frozenset(["diplomats"])


def test_years_dates_and_references_are_not_quantities() -> None:
    assert quantities("In 2021, about 100 flights were organised.") == ["100"]
    assert quantities("Decree No. 642 dated 20 August 2021 implements Objective 7.") == []
    assert quantities("One third of children (32.5%) live here.") == ["One", "third", "32.5"]
    assert not holds_type("The Concept for 2017-2021 was adopted on 1 March 2017.", NUMBER)
    # A figure the question itself names does not answer it.
    text = "There are 96 consular establishments in 70 countries."
    assert holds_type(text, NUMBER, known=frozenset({"96"}))
    assert not holds_type("There are 96 consular establishments.", NUMBER, known=frozenset({"96"}))


def test_quantity_units_are_the_words_after_each_figure() -> None:
    units = quantity_units("Along with this, there are 106 Honorary Consuls of Kazakhstan abroad.")
    assert units == "Honorary Consuls"
    units = quantity_units("It informs the population within 5 seconds, in 2021 more than 2 times.")
    assert "seconds" in units and "times" in units and "population" not in units
    # What follows a preposition is not what is counted; a partitive "of our" is skipped.
    assert quantity_units("It received 14 reports of foreign nationals.") == "reports"
    assert quantity_units("About 3,000 of our citizens were returned home.") == "citizens"
    # The noun may stand after a run of adjectives.
    units = quantity_units(
        "It has ratified more than 180 basic international normative legal acts."
    )
    assert units.endswith("legal acts")


def test_questions_with_a_preposition_or_a_unit_still_ask_for_a_number() -> None:
    assert expected_type("In how many countries are the consulates located?") == NUMBER
    assert expected_type("What is the average fee, in percent, for a transfer?") == NUMBER
    assert expected_type("What is the quota for foreign workers in 2022?") == NUMBER


def test_what_the_nationalities_were_asks_for_countries() -> None:
    from reportqa.asked_names import asks_for_a_country

    asked = "What were the nationalities of the 14 foreign nationals reported missing?"
    assert expected_type(asked) == ENTITY and asks_for_a_country(asked)
    assert expected_type("What were the reasons for the decline?") is None


def test_a_second_question_word_opens_a_clause_not_the_kind_asked() -> None:
    # "what banks charge" is the thing determined, not a bank to name.
    assert expected_type("What determines what banks charge to send money?") is None
    assert expected_type("What determines how banks set the cost of transfers?") is None
    assert expected_type("Which two banks are named?") == ENTITY
    assert expected_type("Which state banks take part?") == ENTITY


def test_money_questions_need_a_currency_or_budget() -> None:
    assert asks_for_money("What budget was allocated to the programme?")
    assert not asks_for_money("How many children did the programme help?")
    assert holds_money("The programme received 12 million tenge.")
    assert not holds_money("More than 350 children were provided with services.")


def test_possessives_are_cut_from_names() -> None:
    question = "Which years does the World Bank's roadmap cover?"
    assert name_phrases(question) == [["World", "Bank"]]


def test_an_abbreviation_question_names_the_abbreviation() -> None:
    assert asked_acronym("What does the abbreviation GAFMC stand for?") == "GAFMC"
    assert asked_acronym("What is the full name of the CIS?") == "CIS"
    assert asked_acronym("What is NBK?") == "NBK"
    assert asked_acronym("What does the report say about visas?") is None
    assert asked_acronym("GAFMC, full form?") == "GAFMC"
    # The full name of the body asked about, not of the abbreviation in its description.
    assert (
        asked_acronym("Body coordinating the nationalisation of SDG targets — full name?") is None
    )


def test_the_expansion_is_the_words_whose_initials_spell_it() -> None:
    text = "are entitled to the Guaranteed Amount of Free Medical Care (GAFMC) as citizens"
    assert acronym_expansion(text, "GAFMC") == "Guaranteed Amount of Free Medical Care"
    assert acronym_expansion("the National Bank of Kazakhstan (NBK) forms", "NBK") == (
        "National Bank of Kazakhstan"
    )
    # Mentioned, not defined; or defined by words that do not spell it.
    assert acronym_expansion("receive the GAFMC for diseases", "GAFMC") is None
    assert acronym_expansion("the central bank (NBK) forms", "NBK") is None


def test_a_percentage_is_a_share_not_a_count() -> None:
    assert asks_for_share("What share of state services were online?")
    assert asks_for_share("What is the average fee, in percent, for a transfer?")
    assert not asks_for_share("How many public services are online?")
    assert holds_share("94% of public services were accessible.")
    assert holds_share("One third of children live in Kazakhstan.")
    assert not holds_share("The portal provides 18 types of services.")
    # "94% of public services" does not count services.
    assert "services" not in quantity_units("94% of public services were accessible online.")
    assert "types" in quantity_units("The portal provides 18 types of services.")


def test_only_which_questions_ask_for_a_name() -> None:
    assert asks_for_a_name("In which city was the consulate opened?", PLACE)
    assert asks_for_a_name("Which organisation runs the helpline?", ENTITY)
    assert not asks_for_a_name("Where is the passport stamp put?", PLACE)
    assert not asks_for_a_name("Who forms the cost of transfers?", ENTITY)


def test_consecutive_capitalised_words_form_one_name() -> None:
    question = "Since when has the Interior Ministry worked with the OSCE office in Nur-Sultan?"
    assert name_phrases(question) == [["Interior", "Ministry"], ["OSCE"], ["Nur-Sultan"]]
    # "I'm" is the asker, "New Year" a day of the calendar: neither is a name to find.
    assert name_phrases("If I'm going abroad, which Zembla services help?") == [["Zembla"]]
    assert name_phrases("How many were stateless in Zembla at New Year 2022?") == [["Zembla"]]


def test_a_partitive_question_counts_its_predicate() -> None:
    assert counted_words("How many of the 7,140 stateless persons are women?") == ["women"]
    assert counted_words("How many of them were identified?") == []


def test_a_figure_that_is_only_a_span_of_time_counts_nothing(tmp_path, fake_embedder) -> None:
    from reportqa.answer_types import only_spans_of_time
    from reportqa.asked_details import asks_about_time
    from tiny_report import tiny_assistant

    assert only_spans_of_time("The app warns the population within 5 seconds.")
    assert not only_spans_of_time("The app has 2,000 users and warns within 5 seconds.")
    assert not only_spans_of_time("The app was launched in 2021.")  # no figure at all
    assert asks_about_time("How fast does the app warn people?")
    assert not asks_about_time("How many people have downloaded the app?")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Darmen app warns the population within 5 seconds.\n\n"
        "Visas are issued to 300 students.\n",
    )
    answer = assistant.ask("What user count has the Darmen app reached?")
    assert answer.refused and "span of time" in answer.answer
    answer = assistant.ask("How fast does the Darmen app warn the population?")
    assert not answer.refused and "5 seconds" in answer.answer


def test_an_age_may_be_given_in_words(tmp_path, fake_embedder) -> None:
    from tiny_report import tiny_assistant

    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The authorities teach life safety skills to children from an early age.\n\n"
        "The authorities teach life safety rules in schools.\n",
    )
    answer = assistant.ask("From what age do the authorities teach children life safety skills?")
    assert not answer.refused and "early age" in answer.answer
    assert "rules in schools" not in answer.answer


def test_a_head_count_in_percentage_terms_asks_for_a_share() -> None:
    from reportqa.counting import counts_items

    assert counts_items("How many of the respondents were married?")
    assert not counts_items("How many of the respondents were married, in percentage terms?")
    assert not counts_items("How many of them, as a percentage, were women?")
    assert not counts_items("What share of the respondents were married?")


def test_a_number_in_a_name_counts_nothing() -> None:
    from reportqa.answer_types import quantities

    assert quantities("Due to the COVID-19 pandemic, compatriots were helped home.") == []
    assert quantities("During COVID-19, 3,000 citizens were returned.") == ["3,000"]


def test_a_figure_is_asked_by_its_measure_however_qualified() -> None:
    assert expected_type("What is Kazakhstan's current annual inflation rate?") == NUMBER
    assert expected_type("ok but what exact number moved to CIS countries in 2021?") == NUMBER
    assert expected_type("What estimate does the review give for the number of X?") == NUMBER
    assert expected_type("What value of property has been confiscated?") == NUMBER
    assert expected_type("What was the gross domestic product in US dollars?") == NUMBER
    # "value" without "of", and a unit after "which", ask no figure.
    assert expected_type("What value does the review place on cooperation?") is None
    assert expected_type("Which agency reports in tenge?") != NUMBER


def test_a_figure_in_a_unit_is_not_answered_by_a_sentence_without_one(
    tmp_path, fake_embedder
) -> None:
    from tiny_report import tiny_assistant

    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Kazakhstan reports its gross domestic product in US dollars to the World Bank.\n\n"
        "Visas are issued within five days by the consulates.\n",
    )
    answer = assistant.ask("What was Kazakhstan's gross domestic product in US dollars?")
    assert answer.refused


def test_remittances_and_a_sum_in_a_currency_are_money() -> None:
    assert asks_for_money("What volume of remittances did Zembla receive in 2021?")
    assert asks_for_money("In dollar terms, what did households send abroad in 2021?")
    assert not asks_for_money("How many remittance channels are there?")


def test_a_relative_who_after_a_terse_head_asks_nothing_itself() -> None:
    # "who" opens a relative clause: the head asks for a number.
    assert expected_type("Number of Russian citizens who got medical care in Zembla?") == NUMBER
    assert expected_type("Who got medical care in Zembla?") == ENTITY
    # A break before "whose" makes it the question.
    assert expected_type("Chart 1 compares 2020 and 2021 - whose numbers is it built on?") == (
        ENTITY
    )


def test_dates_names_and_sums_asked_in_longer_forms() -> None:
    from reportqa.asked_details import asked_date_unit

    assert expected_type("What is the planned opening date for the consulate?") == DATE
    assert expected_type("Which are the countries with which Zembla has visa agreements?") == (
        ENTITY
    )
    # "the country's" is no question for a country.
    assert expected_type("What was the country's net migration loss in 2020?") != ENTITY
    allocation = "What financial allocation has been made for the programme?"
    assert expected_type(allocation) == NUMBER and asks_for_money(allocation)
    assert expected_type("What call volume did the helpline handle in 2021?") == NUMBER
    # "As whom" asks: no relative clause.
    assert expected_type("Stateless persons have the same rights as whom?") == ENTITY
    # "By which decree": the document's name; "in what order" asks no name.
    assert expected_type("The Concept: by which decree was it approved?") == ENTITY
    assert expected_type("In what order were they listed?") is None
    assert expected_type("Name an offence for which the law raised liability.") is None
    # How old a law is: the day it was adopted; how old people are: an age.
    old_law = "How old is the law on foreigners' legal status?"
    assert expected_type(old_law) == DATE and not asks_for_duration(old_law)
    assert expected_type("How old are the migrants, mostly?") == NUMBER
    assert asks_for_duration("How old are the migrants, mostly?")
    # "How quickly" asks within how long; a span of seconds is said with its unit.
    quickly = "How quickly does the app inform people?"
    assert expected_type(quickly) == NUMBER and asks_for_duration(quickly)
    quote = "The app provides timely information to the population within 5 seconds."
    assert short_answer(quickly, NUMBER, quote) == "5 seconds"
    # Terse: the span asked by its unit, "years of residence".
    assert asks_for_duration("Years of lawful residence a stateless person needs — confirm")
    assert not asks_for_duration("Years of the census, and the reference date?")
    exact = "Exact day the memorandums were signed?"
    assert expected_type(exact) == DATE and asked_date_unit(exact) == "day"
