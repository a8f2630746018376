"""A term a report defines in passing ('ethnic Kazakhs - "Kandas"') answers both "What do they
call ethnic Kazakhs who come back?" and "Who are the Kandas?", with the term or its meaning as
the short answer."""

from __future__ import annotations

from reportqa.definitions import asked_term, defined_terms, definition_short_answer
from tiny_report import tiny_assistant

_SENTENCE = (
    "The Ministry of Internal Affairs has taken consistent steps to facilitate the acceptance "
    'of citizenship by ethnic Kazakhs - "Kandas" (Objective 4).'
)
_REPORT = (
    f"{_SENTENCE}\n\n"
    "Article 83 of the Code stipulates that Kandas, refugees and permanent residents are "
    "entitled to free medical care in the same way as citizens.\n\n"
    "Most emigrants from Zembla to the CIS countries move for work.\n"
)


def test_a_term_defined_by_a_dash_is_read() -> None:
    assert defined_terms(_SENTENCE) == [("of citizenship by ethnic Kazakhs", "Kandas")]
    assert asked_term("Who are the Kandas the report talks about?") == "Kandas"
    assert asked_term("I keep saying it on air. What does Kandas mean?") == "Kandas"
    assert asked_term("Who are the 'Kandas' the report talks about?") == "Kandas"
    assert asked_term("Who are the main incoming migrants?") is None
    assert definition_short_answer("Who are the Kandas?", _SENTENCE) == "ethnic Kazakhs"
    assert (
        definition_short_answer("What do they call ethnic Kazakhs who come back?", _SENTENCE)
        == "Kandas"
    )


def test_the_defining_sentence_answers(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(tmp_path, fake_embedder, _REPORT)
    answer = assistant.ask("Who are the Kandas the report talks about?")
    assert not answer.refused and answer.short_answer == "ethnic Kazakhs"
    assert answer.citations[0].quote.startswith("The Ministry of Internal Affairs")
    answer = assistant.ask("What do they call ethnic Kazakhs who come back home for good?")
    assert not answer.refused and answer.short_answer == "Kandas"


def test_the_short_answer_is_the_definition_that_answers() -> None:
    # Two terms defined in one sentence: the one the question's words define is the answer.
    text = 'It helps the stateless - "apatrides" and ethnic Kazakhs returning home - "Kandas".'
    assert (
        definition_short_answer("What do they call ethnic Kazakhs returning home?", text)
        == "Kandas"
    )
