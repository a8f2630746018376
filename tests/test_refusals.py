"""A refusal says why, in one plain sentence that quotes nothing from the report."""

from __future__ import annotations

from reportqa.verify import REFUSAL_CLOSING, REFUSAL_OPENING
from tiny_report import tiny_assistant

REPORT = (
    "IOM's mapping of 1,000 stranded migrants found that 72% were male.\n\n"
    "The Law on Migration was adopted on 22 July 2011.\n\n"
    "The helpline is run by the Union of Crisis Centres.\n"
)


def _reason(answer) -> str:
    assert answer.refused and answer.citations == []
    assert answer.answer.startswith(REFUSAL_OPENING) and answer.answer.endswith(REFUSAL_CLOSING)
    reason = answer.answer[len(REFUSAL_OPENING) : -len(REFUSAL_CLOSING)].strip()
    assert "\u201c" not in reason and "\u201d" not in reason  # nothing shown as a quote
    return reason


def test_a_refusal_names_the_word_the_closest_sentence_lacks(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(tmp_path, fake_embedder, REPORT)
    reason = _reason(assistant.ask("What share of the stranded migrants were divorced?"))
    assert reason == (
        "The closest sentence (tiny.txt, line 1) does not say 'divorced', "
        "and no sentence near it does."
    )


def test_a_refusal_says_what_kind_of_answer_is_missing(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(tmp_path, fake_embedder, REPORT)
    reason = _reason(assistant.ask("How many staff does the Union of Crisis Centres have?"))
    assert reason == "The closest sentence (tiny.txt, line 5) gives no figure for what is asked."


def test_a_refusal_off_the_subject_says_so(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(tmp_path, fake_embedder, REPORT)
    assert _reason(assistant.ask("What is the capital of France?")) == (
        "No sentence of the report is on this subject."
    )


def test_the_word_named_is_the_questions_own_without_a_possessive() -> None:
    from reportqa.refusals import _question_words

    assert _question_words("What did Zembla's divorced migrants say?", ["zembla"]) == ["Zembla"]


def test_every_reason_a_sentence_is_rejected_for_has_a_plain_refusal_sentence() -> None:
    """A refusal says why in words a reader understands, whichever check decided."""
    import inspect
    import re

    from reportqa import demands
    from reportqa.refusals import _LACKS

    source = inspect.getsource(demands.Demands.form_fault)
    fixed = set(re.findall(r'return "([^"{]+)"', source))
    assert fixed, "form_fault returns its reasons as plain strings"
    assert fixed <= set(_LACKS), sorted(fixed - set(_LACKS))


def test_one_of_the_options_asked_must_be_said(tmp_path, fake_embedder) -> None:
    from reportqa.requirements import options_requirement

    mapping = "The mapping of stranded migrants in Zembla found that most of them were men.\n\n"
    assistant = tiny_assistant(
        tmp_path, fake_embedder, f"{mapping}The survey of returnees was done by phone.\n"
    )
    discourse = assistant.composer.discourse
    (either,) = options_requirement(discourse, "Was it done by phone or face to face?", **SIM)
    assert either.holds(discourse.tokens[1]) and not either.holds(discourse.tokens[0])
    # An open option or a change asks nothing of the sentence.
    assert options_requirement(discourse, "Who set it, the state or someone else?", **SIM) == []
    assert options_requirement(discourse, "Is the number growing or shrinking?", **SIM) == []
    assert not assistant.ask("Was the survey of returnees done by phone or face to face?").refused
    (tmp_path / "other").mkdir()
    unrelated = tiny_assistant(
        tmp_path / "other", fake_embedder, f"{mapping}Visas are issued within five days.\n"
    )
    asked = "Was the mapping of stranded migrants in Zembla done by phone or face to face?"
    assert unrelated.ask(asked).refused


SIM = {"paraphrase_similarity": 2.0}
