"""Terms a report defines in passing: 'ethnic Kazakhs - "Kandas"' names what the Kandas are.
A question that asks for the term ("What do they call ethnic Kazakhs who come back?") or for
what a term means ("Who are the Kandas?") is answered by that sentence, however far its other
words are from the question's."""

from __future__ import annotations

import re

from reportqa.asked_details import asks_for_a_term
from reportqa.context import last_sentence
from reportqa.lexical import tokenize
from reportqa.support import FORM_WORDS

# The words before a dash, then the quoted term: 'ethnic Kazakhs - "Kandas"'.
_DEFINED_BY_A_DASH = re.compile(
    r"((?:[\w'’-]+\s+){1,4}?[\w'’-]+)\s*[-–—]\s*[\"“«]\s*([^\"”»]{2,40}?)\s*[\"”»]"
)
# "Who are the Kandas", "what does 'Kandas' mean", "what is meant by Kandas".
_ASKED_TERM = re.compile(
    r"^(?i:who|what) (?:are|is|were|was) (?:the |a |an )?[\"“'‘]?([A-Z][\w'’-]+)[\"”'’]?"
    r"(?:\s|\?|$)"
    r"|^(?i:what) (?:does|do) (?:the (?:word|term) )?[\"“'‘]?([A-Z][\w'’-]+)[\"”'’]? mean\b"
    r"|^(?i:what) is meant by (?:the (?:word|term) )?[\"“'‘]?([A-Z][\w'’-]+)"
)


def defined_terms(text: str) -> list[tuple[str, str]]:
    """(the defining words, the term) of each term the text defines by a dash."""
    return [(m.group(1), m.group(2)) for m in _DEFINED_BY_A_DASH.finditer(text)]


def asked_term(question: str) -> str | None:
    """The term whose meaning the question asks ("Who are the Kandas …?"), or None."""
    m = _ASKED_TERM.search(" ".join(last_sentence(question).split()))
    term = next((g for g in m.groups() if g), None) if m else None
    return term.strip("'’") if term else None  # "the 'Kandas'"


def _definition(question: str, text: str, term: str | None) -> tuple[str, str] | None:
    """(the defining words, the term) of the text's definition that answers the question:
    of the `term` it asks about, or, when it asks for a term, one defined by at least two of
    its words ("What do they call ethnic Kazakhs who return?")."""
    wanted = set(tokenize(question)) - FORM_WORDS
    for words, defined in defined_terms(text):
        if term is not None and defined.lower() == term.lower():
            return words, defined
        if term is None and len(set(tokenize(words)) & wanted) >= 2:
            return words, defined
    return None


def defines_the_term(question: str, text: str) -> bool:
    """The text defines the term the question asks about, or the term it asks for."""
    return _definition(question, text, asked_term(question)) is not None


def asks_a_definition(question: str) -> bool:
    """ "What do they call …?", "Who are the Kandas?": a term, or what a term means."""
    return asks_for_a_term(question) or asked_term(question) is not None


# The last words of a defining phrase after its preposition: "citizenship by ethnic Kazakhs"
# defines by "ethnic Kazakhs".
_LAST_PREPOSITION = re.compile(r"^.*\b(?:by|of|for|to|from|with|among|as)\s+", re.IGNORECASE)


def definition_short_answer(question: str, text: str) -> str | None:
    """The term asked for ("Kandas"), or what the asked term stands for ("ethnic Kazakhs")."""
    term = asked_term(question)
    found = _definition(question, text, term)
    if found is None:
        return None
    words, defined = found
    return _LAST_PREPOSITION.sub("", words) if term is not None else defined
