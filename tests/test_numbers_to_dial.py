"""A number to dial: what counts as one, what the line asked for is for, and the one sentence
that gives it answers a question worded far from it."""

from __future__ import annotations

from reportqa.titles import number_to_dial
from tiny_report import tiny_assistant

_HELPLINE = (
    'There was arranged the national 24/7 helpline line "116 16", the operators of which '
    "provide advice on any issues related to labour migration and human trafficking.\n\n"
    "The museum opened in 2019 and houses 106 paintings.\n"
)


def test_a_number_to_dial_is_said_as_one() -> None:
    assert number_to_dial('the national 24/7 helpline line "116 16", the operators') == "116 16"
    assert number_to_dial("Call 112 for help.") == "112"
    assert number_to_dial("The hotline 8-800-080-7777 works.") == "8-800-080-7777"
    for text in (
        "(implementation of GCM Objective 14 (d)).",
        "the Law “On Migration” (22 July 2011)",
        "Along with this, there are 106 Honorary Consuls of Zembla working abroad.",
        "nationalise SDG targets (SDG 7-11).",
        "The portal provides 18 different types of services.",
    ):
        assert number_to_dial(text) is None, text


def test_what_the_line_is_for_must_be_the_lines_purpose(tmp_path, fake_embedder) -> None:
    from reportqa.titles import line_topic_words

    assert line_topic_words("What is the emergency hotline number in Zembla?") == ["emergency"]
    assert line_topic_words("What is the helpline number for victims of domestic violence?") == [
        "domestic",
        "violence",
    ]
    assert line_topic_words("What is the number of the national 24/7 helpline?") == []
    assistant = tiny_assistant(tmp_path, fake_embedder, _HELPLINE)
    assert assistant.ask("What is the emergency hotline number in Zembla?").refused
    answer = assistant.ask("What is the helpline number for human trafficking?")
    assert not answer.refused and answer.short_answer == "116 16"


def test_the_number_to_dial_answers_below_the_usual_floor(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(tmp_path, fake_embedder, _HELPLINE)
    question = "If a listener suspects someone is being trafficked, what number can they ring?"
    explanation = assistant.explain(question)
    assert explanation.candidates[0].score < explanation.min_score
    answer = assistant.ask(question)
    assert not answer.refused and answer.short_answer == "116 16"


def test_a_volume_of_calls_counts_calls_not_the_lines_number(tmp_path, fake_embedder) -> None:
    from reportqa.shorthand import spelled_out

    assert spelled_out("What volume of calls did the line handle?") == (
        "How many calls did the line handle?"
    )
    assert spelled_out("So what number of victims were found?") == (
        "So how many victims were found?"
    )
    assistant = tiny_assistant(tmp_path, fake_embedder, _HELPLINE)
    explanation = assistant.explain(
        "What volume of calls did the national helpline on human trafficking handle?"
    )
    assert explanation.candidates == []
