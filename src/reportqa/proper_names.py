"""The names a sentence holds: its capitalised words and quoted titles (less a function word
that only starts the sentence), the words that make a name a body's rather than a place's,
and whether a name is a person's.
"""

from __future__ import annotations

import re

from reportqa.answer_types import HAS_NAME

FUNCTION_START = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "in",
        "on",
        "at",
        "as",
        "for",
        "from",
        "by",
        "with",
        "since",
        "during",
        "after",
        "before",
        "under",
        "over",
        "according",
        "along",
        "however",
        "thus",
        "therefore",
        "moreover",
        "also",
        "there",
        "here",
        "such",
        "all",
        "each",
        "every",
        "some",
        "many",
        "most",
        "one",
        "two",
        "three",
        "our",
        "their",
        "his",
        "her",
        "we",
        "they",
    ]
)


def names_in(sentence: str) -> list[str]:
    """Capitalised words and quoted titles; a capital that only starts the sentence with a
    function word ("The", "In") is not a name."""
    found = []
    for m in HAS_NAME.finditer(sentence):
        word = m.group().strip('"“.,').lower()
        if m.start() == 0 and word in FUNCTION_START:
            continue
        found.append(m.group())
    return found


# Capitalised words of bodies, laws and documents: never the name of a place.
BODY_WORDS = frozenset(
    """
    ministry office programme program council centre center mission law code agency department
    society union association organization organisation commission commissioner committee bank
    service fund group government internal affairs authorities authority police court assembly
    parliament senate project plan action statement objective article day decree strategy
    concept headquarters secretariat institute university foundation
    """.split()
)
# Capitalised words that belong to bodies, titles and places rather than to people's names.
_NOT_PERSON = BODY_WORDS | frozenset(
    """
    minister republic state states national international human rights general prosecutor
    university institute goals development united nations world joint president the of and for
    on in emergency emergencies situations labour labor social protection health education
    justice foreign economic crisis centres red crescent
    roadmap plan programme program report strategy concept review statement
    new san santa saint st los las port fort mount north south east west upper lower central
    """.split()  # the last line: words that open places' names ("New York", "South Korea")
)
_PERSON_MARK = re.compile(r"\b[A-Z]\.\s?[A-Z][a-z]+|\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s[A-Z]")
# Overlapping pairs: "Minister Marat Beketayev" holds "Marat Beketayev".
_TWO_CAPITALS = re.compile(
    r"(?=\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)"
)


_QUOTED_TITLE = re.compile(r"[\"“«][^\"“”«»]{1,120}[\"”»]")


def holds_person_name(sentence: str, *, given: frozenset[str] = frozenset()) -> bool:
    """A person's name: an initial and a surname, a title and a name, or two capitalised
    words that name no body, title or place the question gives (`given`: its words)."""
    if _PERSON_MARK.search(sentence):
        return True
    # A title in quotes ("Restoring Family Links", the Law "On Migration") names no one.
    sentence = _QUOTED_TITLE.sub(lambda m: " " * len(m.group()), sentence)
    for m in _TWO_CAPITALS.finditer(sentence):
        words = {w.lower() for w in m.groups()}
        joined = _IN_A_LONGER_NAME.search(sentence[: m.start()] + "|") is not None
        if m.start() > 0 and not words & _NOT_PERSON and not words & given and not joined:
            return True
    return False


# "Organization of Individual Entrepreneurs": capitalised words joined to a name by "of" or
# "and" belong to that name, not to a person.
_IN_A_LONGER_NAME = re.compile(r"[A-Z][\w'’-]*\s+(?:of|and|for)\s+(?:the\s+)?\|$")
