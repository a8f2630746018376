"""Terse questions with no wh-word ("Evacuees from Afghanistan alone?") are typed like the
wh-questions they stand for, and questions that ask whether, why or how are not."""

from __future__ import annotations

import pytest

from reportqa.answer_types import DATE, ENTITY, NUMBER, PLACE
from reportqa.questions import expected_type
from tiny_report import tiny_assistant


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Repatriation flights organised in 2021?", NUMBER),
        ("Human trafficking convictions in 2021?", NUMBER),
        # The counted plural may be the fourth word.
        ("Human trafficking criminal cases registered in 2021?", NUMBER),
        ("Number of Ruritanian citizens who got medical care?", NUMBER),
        ("Migrant children assisted in Shymkent?", NUMBER),
        ("Nationalised SDG indicators: total number?", NUMBER),
        ("Republican budget transfers to NGOs: amount?", NUMBER),
        ("Kazakh population in 2021, in thousands?", NUMBER),
        ("Stateless people — latest count?", NUMBER),
        ("Give the figure for stateless persons.", NUMBER),
        ("Year the Almaty Process was launched?", DATE),
        ("Launch date of the Eurasian Labour Exchange?", DATE),
        ("Foreigners' legal-status statute: date adopted?", DATE),
        ("Confirm the date of the Law on Migration", DATE),
        ("Working name of the planned jobs ecosystem?", ENTITY),
        ("Agency in charge of work permits?", ENTITY),
        ("Need the name of the body that runs the helpline", ENTITY),
        ("Signing venue of the visa waiver?", PLACE),
        ("Diaspora support plan: start and end years", DATE),
        ("Years of lawful residence needed before naturalisation — confirm", NUMBER),
        ("Mobile teams against forced labour: oblasts in the pilot", PLACE),
        ("Decree setting up the consulate general in Busan — its number", None),
        ("Info packs for job-seekers abroad: subjects to be covered", None),
        # Plurals that name kinds, and heads that count nothing, ask no number.
        ("Topics recommended for information materials?", None),
        ("Chief cause cited for the fall in migration flows?", None),
        ("2021 migration outflow: percent change year on year?", NUMBER),
        # One word is a search, not a question to type.
        ("Visas?", None),
        # Whether, why and how are no terse questions.
        ("Are refugees entitled to free medical care?", None),
        ("Headline check: '80 airlifted'. Does the review's figure match?", None),
        ("People without citizenship: can they use their rights?", None),
    ],
)
def test_a_terse_question_asks_what_its_words_name(question: str, kind: str | None) -> None:
    assert expected_type(question) == kind


def test_a_terse_question_gets_the_checks_of_its_type(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Almaty Process is a regional consultative platform on migration.\n\n"
        "About 80 citizens were evacuated from Afghanistan and Syria.\n",
    )
    assert assistant.ask("Year the Almaty Process was launched?").refused
    assert assistant.ask("Evacuees from Afghanistan alone?").refused
    assert not assistant.ask("Evacuees from Afghanistan and Syria?").refused


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "Migrant children assisted in Shymkent?",
            "How many migrant children were assisted in Shymkent?",
        ),
        ("Foreigners deported in 2021: figure?", "How many foreigners were deported in 2021?"),
        (
            "Police reports on missing foreigners, 2021 total?",
            "How many police reports on missing foreigners in 2021?",
        ),
        (
            "Human trafficking convictions in 2021?",
            "How many human trafficking convictions in 2021?",
        ),
        (
            "Visa deals for ordinary passports: number of countries?",
            "Visa deals for ordinary passports: how many countries?",
        ),
        ("Uzbek nationals assisted in 2021?", "How many Uzbek nationals were assisted in 2021?"),
        (
            "Residence required before naturalising, years?",
            "Residence required before naturalising: how many years?",
        ),
        ("Share of men among stranded migrants?", "What share of men among stranded migrants?"),
        # Not a count, or not terse: unchanged.
        ("Countries named as bilateral partners?", "Countries named as bilateral partners?"),
        (
            "Darmen app gets information out within 5 seconds?",
            "Darmen app gets information out within 5 seconds?",
        ),
        ("How many flights were organised?", "How many flights were organised?"),
    ],
)
def test_a_terse_count_is_asked_as_how_many(question: str, asked: str) -> None:
    from reportqa.terse import as_asked

    assert as_asked(question) == asked


def test_a_terse_count_needs_what_it_counts(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, 2,990 foreigners arrived in Kazakhstan for medical care.\n\n"
        "In 2021, 14 reports of missing foreigners were received.\n\n"
        "Students from abroad study at universities in Almaty.\n",
    )
    # Read as "How many foreign students were enrolled …?": the 2,990 foreigners are no students.
    assert assistant.ask("Foreign students enrolled in Kazakhstan in 2021?").refused
    assert not assistant.ask("Foreigners arrived in Kazakhstan in 2021: figure?").refused


def test_the_passive_verb_after_a_figure_names_what_it_counts(tmp_path, fake_embedder) -> None:
    # "80 citizens … were evacuated" counts evacuees.
    evacuated = tiny_assistant(
        tmp_path,
        fake_embedder,
        "About 80 citizens were evacuated from Afghanistan and Syria.\n\n"
        "In 2021, 40 flights were organised.\n\n"
        "The evacuees received medical help on arrival.\n",
    )
    assert not evacuated.ask("Evacuees from Afghanistan and Syria — figure?").refused


def test_questions_typed_by_people_who_drop_words() -> None:
    from reportqa.rankings import asks_for_top

    # "The latest count" asks for the figure now, not which of several came last.
    assert asks_for_top("Need latest official count of stateless persons?") == ""
    assert asks_for_top("Which consulate opened most recently?") != ""
    # A missing article still asks for a date.
    assert expected_type("Consulate in Xi'an - what is opening date for it?") == DATE


def test_a_small_number_in_words_is_the_figure_asked(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Over the past five years, more than 700 victims were given special social services.\n\n"
        "In 2021, 40 flights were organised.\n",
    )
    answer = assistant.ask("How many victims got special social services in the last 5 years?")
    assert not answer.refused and "700" in answer.answer
