"""What the asking sentence says, beside what the rest of the question tells: a "how many"
that leaves out what it counts, the number that names a decree, a measure said in other
words, a term asked by "referred to", a plan still sought, money in a scenario only."""

from __future__ import annotations

from reportqa.answer_types import asked_measure_unit
from reportqa.asked_details import asks_for_a_term
from reportqa.assistant import as_read
from reportqa.counting import measured_noun
from tiny_report import candidate_ids, preferred_order, rejections, tiny_assistant

_SDG = (
    "The Council coordinates measures to nationalise SDG targets and indicators in five key "
    "areas: People, Planet, Prosperity, Peace and Partnership.\n\n"
    "In total, more than 5,500 materials on trafficking were published in 2021.\n"
)


def test_a_how_many_that_leaves_out_what_it_counts_counts_what_came_before() -> None:
    from reportqa.context import count_left_out_filled

    assert count_left_out_filled(
        "How many honorary consuls are there? How many were appointed in 2021?"
    ) == ("How many honorary consuls are there? How many honorary consuls were appointed in 2021?")
    assert as_read(
        "Is it true Zembla has adopted more than 200 national SDG indicators? "
        "How many does the report say have been nationalised?"
    ).endswith("How many national SDG indicators does the report say have been nationalised?")
    # Nothing counted before: nothing to fill in.
    question = "Zembla is large. How many were appointed?"
    assert count_left_out_filled(question) == question


def test_five_key_areas_are_no_count_of_indicators(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(tmp_path, fake_embedder, _SDG)
    explanation = assistant.explain(
        "Is it true Zembla has adopted more than 200 national SDG indicators? "
        "How many does the report say have been nationalised?"
    )
    assert candidate_ids(explanation) == []
    assert ("lacks 'indic' (units)", 0) in rejections(explanation)
    # "What count does the report give?" names nothing: the claim says what is counted,
    # and 5,500 materials on trafficking are no trafficking crimes.
    explanation = assistant.explain(
        "Is it true that police registered over 100 trafficking crimes in 2021? "
        "What count does the report give?"
    )
    assert candidate_ids(explanation) == []


def test_a_claim_told_by_any_teller_is_a_claim(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The portal provides 18 different types of public services for entering the country, "
        "and 13 types for travelling abroad.\n\nThe museum opened in 2019.\n",
    )
    answer = assistant.ask(
        "A claim says the portal has 15 types of services for travelling abroad. "
        "What number does the report give?"
    )
    assert not answer.refused and answer.short_answer == "13"


def test_the_number_of_a_decree_names_it(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Consulate General of Zembla in Busan was established by Presidential Decree "
        "No. 642 dated 20 August 2021.\n\nThe museum opened in 2019.\n",
    )
    answer = assistant.ask(
        "The consulate in Busan was opened by Presidential Decree — what is the number of "
        "this decree?"
    )
    assert not answer.refused and answer.short_answer == "No. 642"


def test_a_measure_said_in_a_claim_must_be_named(tmp_path, fake_embedder) -> None:
    assert measured_noun("zembla's jobless rate was under what percentage in 2021?") == "jobless"
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "According to UNHCR, 7,118 persons hold stateless status in Zembla at the beginning of "
        "2021, of whom less than 2% are children.\n\nThe museum opened in 2019.\n",
    )
    assert assistant.ask("Is it true that Zembla's jobless rate was under 5% in 2021?").refused


def test_a_land_area_is_measured_in_square_kilometres(tmp_path, fake_embedder) -> None:
    assert "km" in (asked_measure_unit("What is the total land area of Zembla?") or "")
    assert asked_measure_unit("In which area of Zembla do most migrants live?") is None
    assistant = tiny_assistant(tmp_path, fake_embedder, _SDG)
    assert assistant.ask("What is the total land area of the country?").refused


def test_a_term_referred_to_asks_for_the_term() -> None:
    assert asks_for_a_term(
        "By what term are ethnic Kazakhs returning to the country referred to in the review?"
    )
    assert asks_for_a_term("What are ethnic Kazakhs who come back to Zembla called?")
    assert not asks_for_a_term("What are ethnic Kazakhs who come back entitled to?")


def test_a_consulate_wanted_is_one_still_in_talks(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Bilateral negotiations are underway to open a Consulate General in Xi’an (PRC).\n\n"
        "The museum opened in 2019.\n",
    )
    answer = assistant.ask("In which city in China they want to open new consulate?")
    assert not answer.refused and answer.short_answer == "Xi’an"


def test_money_in_the_scenario_is_not_money_asked(tmp_path, fake_embedder) -> None:
    from reportqa.question_demands import demands_of

    assistant = tiny_assistant(
        tmp_path, fake_embedder, 'The national 24/7 helpline "116 16" gives advice.\n'
    )
    demands = demands_of(
        "My boss take my passport and don't pay me. How much does a call to the helpline cost?",
        "number",
        assistant.composer.discourse,
        paraphrase_similarity=0.5,
        name_similarity=0.5,
    )
    assert demands.money or demands.price
    demands = demands_of(
        "My boss does not pay me. What is the phone number of the helpline I can call?",
        "number",
        assistant.composer.discourse,
        paraphrase_similarity=0.5,
        name_similarity=0.5,
    )
    assert not demands.money and not demands.price


def test_a_word_or_name_used_for_something_asks_for_a_term() -> None:
    for question in (
        "What Kazakh word does the report use for ethnic Kazakhs returning home?",
        "What's the name used for ethnic Kazakhs who come back to settle in the country?",
        "Which word, in quotation marks, does the report attach to ethnic Kazakhs?",
        "What name is planned for the EAEU's digital ecosystem for job services?",
        "Working name of the planned EAEU jobs digital ecosystem?",
    ):
        assert asks_for_a_term(question), question
    assert not asks_for_a_term("What's the name of the app the ministry built?")


def test_laws_that_rest_on_something_are_based_on_it() -> None:
    from reportqa.shorthand import spelled_out

    assert spelled_out("What does Zembla's migration legislation rest on?") == (
        "What does Zembla's migration laws based on?"
    )
    assert spelled_out("What is the migration legislation founded on?") == (
        "What is the migration laws based on?"
    )
    # Legislation on anything else is not the migration laws.
    assert spelled_out("What labour legislation applies?") == "What labour legislation applies?"


def test_a_preferred_answer_below_the_floor_does_not_displace_one_above_it(
    tmp_path, fake_embedder
) -> None:
    from reportqa.candidates import Candidate, preferred

    assistant = tiny_assistant(tmp_path, fake_embedder, "One.\n\nTwo.\n")
    composer = assistant.composer
    sentences = assistant.index.sentences
    floor = composer.settings.min_score
    best = Candidate(sentences[0], 0.6, 0.5, 1.0, floor + 0.05)
    weak = Candidate(sentences[1], 0.5, 0.5, 0.5, floor - 0.02)
    ratio = composer.settings.preferred_ratio
    assert preferred([best, weak], lambda c: c is weak, ratio=ratio, min_score=floor) == [
        best,
        weak,
    ]
    # Above the floor, the one that gives what is asked goes first.
    close = Candidate(sentences[1], 0.5, 0.5, 0.5, floor + 0.01)
    assert preferred([best, close], lambda c: c is close, ratio=ratio, min_score=floor) == [
        close,
        best,
    ]


def test_people_without_papers_are_undocumented() -> None:
    from reportqa.shorthand import spelled_out

    assert spelled_out(
        "What other name is used for stateless people who don't have any papers?"
    ) == ("What other name is used for stateless people who are undocumented?")
    assert spelled_out("What are stateless people without identity papers unable to enjoy?") == (
        "What are stateless people undocumented unable to enjoy?"
    )
    # Documents asked for are no people without them.
    question = "What documents must a foreign child present?"
    assert spelled_out(question) == question


_STUDY = (
    "In 2021, the IOM Mission in the Republic of Zembla, together with the Human Rights "
    "Commissioner in the Republic of Zembla, presented a report prepared by international "
    "experts as part of the IOM Project assessing the effectiveness of measures to identify "
    "(potential) victims of human trafficking and prosecute crimes related to human trafficking "
    "in the Republic of Zembla, with the support of the donors of the project.\n\n"
    "The results of the study show that Zembla has made significant efforts and progress in "
    "combating trafficking. However, its legal framework and practice still have gaps in the "
    "identification of victims, especially foreigners, and in the prosecution of human "
    "trafficking.\n"
)


def test_what_a_study_found_is_said_after_the_sentence_presenting_it(
    tmp_path, fake_embedder
) -> None:
    from reportqa.asked_details import asks_what_a_study_found

    assert asks_what_a_study_found("In what area did the IOM-commissioned study find gaps?")
    assert not asks_what_a_study_found("Who presented the IOM-commissioned study?")
    assistant = tiny_assistant(tmp_path, fake_embedder, _STUDY)
    question = (
        "Besides identifying victims, in what other area did the IOM Project study of measures "
        "to identify victims of trafficking find gaps?"
    )
    best = assistant.explain(question).candidates[0]
    assert best.sentence.text.startswith("However, its legal framework")
    answer = assistant.ask(question)
    assert not answer.refused and "prosecution of human trafficking" in answer.answer


def test_what_a_study_found_is_the_sentence_that_says_what_its_presenter_does_not(
    tmp_path, fake_embedder
) -> None:
    from reportqa.questions import expected_type

    question = "Where did the IOM-backed expert study find gaps in the fight against trafficking?"
    assert expected_type(question) is None  # in what respect, not in which place
    assert expected_type("Where did the study find the most stranded migrants?") == "place"
    assistant = tiny_assistant(tmp_path, fake_embedder, _STUDY)
    presented, results, gaps = assistant.index.sentences
    scored = [(presented, 0.73), (results, 0.65), (gaps, 0.63)]
    # "The results of the study show …" goes on about it too, but says no gaps.
    assert preferred_order(assistant, question, None, scored) == [gaps, presented, results]


def test_who_asks_before_a_colon_is_no_topic_of_a_terse_ask() -> None:
    from reportqa.context import asked_sentence

    question = "Quick number for my piece on migration: the negative balance for 2020, please."
    assert asked_sentence(question) == "the negative balance for 2020, please."
    # Without the asker, what comes before the colon is the topic of a terse ask.
    question = "Emigration to Russia: the share in 2021?"
    assert asked_sentence(question) == question


def test_what_a_level_rose_to_is_a_figure() -> None:
    from reportqa.questions import expected_type

    assert expected_type("What had Zembla's headcount risen to by 2021, in thousands?") == "number"
    assert expected_type("What did the outflow amount to in 2021?") == "number"
    assert expected_type("What has the Government turned to?") is None
