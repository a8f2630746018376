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
        # Plurals that name kinds, and heads that count nothing, ask no number.
        ("Topics recommended for information materials?", None),
        ("Chief cause cited for the fall in migration flows?", None),
        ("2021 migration outflow: percent change year on year?", NUMBER),
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
