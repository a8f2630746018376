"""Which names are places: a question asking "where" or "in which city" is answered by a
place's name, not by a body's ("Red Crescent Society") or a month's. A name is a place when
it is a country's or an ISO 3166-2 region's, a continent, a name the report itself puts where
a place goes ("in Busan", "from Uzbekistan"), or one followed by a word for a place
("Turkestan region").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reportqa.answer_types import ACRONYM, MONTH
from reportqa.gazetteer import (
    GENERIC,
    countries_in,
    is_country,
    subdivision_stems,
    world_region_stems,
)
from reportqa.index import Index
from reportqa.lexical import tokenize
from reportqa.proper_names import BODY_WORDS, names_in

if TYPE_CHECKING:
    from reportqa.support import Discourse

_AFTER_A_PLACE_PREPOSITION = re.compile(r"\b(?:in|to|from|near)\s+([A-Z][\w'’-]+)(?!\s+[A-Z])")
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:regions?|city|cities|oblasts?|districts?|provinces?|borders?|sections?|towns?|"
    r"villages?|checkpoints?|airports?)\b"
)
# "the CIS countries", "EU member states": an abbreviation that groups countries is a place.
_GROUPED_COUNTRIES_AFTER = re.compile(r"\s+(?:countries|member states)\b")
# Capitalised words joined by "of", "the", "and", "for" (not "in": "Centre … in Nur-Sultan"
# names a place after the body).
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w'’.-]*)*")


def may_be_a_place(name: str) -> bool:
    """Not the word of a body ("Internal Affairs authorities"), a month, an abbreviation
    ("IOM's") or a word every country's name may have ("Republic"): those name no place."""
    word = re.sub(r"['’]s$", "", name.strip('"“.,'))
    if _is_body_word(word) or MONTH.fullmatch(word):
        return False
    return not set(tokenize(word)) <= GENERIC  # "Republic" alone is not a place


def groups_countries(name: str, text: str) -> bool:
    """An abbreviation followed by "countries" or "member states" in `text` ("the CIS
    countries") names a group of places, not a body."""
    if ACRONYM.fullmatch(name) is None:
        return False
    return _GROUPED_COUNTRIES_AFTER.match(_after(name, text)) is not None


def names_a_body_in_lower_case(stems: list[str], new: list[bool]) -> bool:
    """A body's word among the stems of a text, itself `new` or after a new one: "internal
    affairs agencies", "civil protection authorities" when "authorities" is asked."""
    return any(t in _BODY_STEMS and (new[i] or (i > 0 and new[i - 1])) for i, t in enumerate(stems))


# Words that name a body in lower case too; a law, a plan, a fund ("funding") or a group is a
# thing a body makes, or a word with other senses.
_NOT_BODIES_IN_LOWER_CASE = frozenset(
    "law code programme program project plan action statement objective article day decree "
    "strategy concept fund group internal affairs".split()
)
_BODY_STEMS = frozenset(tokenize(" ".join(BODY_WORDS - _NOT_BODIES_IN_LOWER_CASE)))


def words_of_bodies(text: str) -> set[str]:
    """The capitalised words of the names of bodies ("Ministry of Emergency Situations",
    "Union of Crisis Centres"): none of them names a place."""
    words: set[str] = set()
    for m in _NAME_RUN.finditer(text):
        if names_a_body(m.group()):
            words.update(m.group().split())
    return words


def names_a_body(name: str) -> bool:
    """One of the name's words is a body's ("Prosecutor's Office", "Union of Crisis Centres")."""
    return any(w.lower().strip('"“”.,') in BODY_WORDS for w in name.split())


def places_used(index: Index) -> frozenset[str]:
    """The stems of the names the report puts where a place goes ("in Busan")."""
    return frozenset(
        t
        for s in index.sentences
        for m in _AFTER_A_PLACE_PREPOSITION.finditer(s.text)
        if not _is_body_word(m.group(1))
        for t in tokenize(m.group(1))
        if t not in GENERIC
    )


def is_place(name: str, text: str, *, used: frozenset[str]) -> bool:
    """A country's or a region's name (ISO 3166), a continent, a name the report puts after
    "in", "to" or "from" somewhere (`used`), or a name followed by a word for a place in
    `text`, the sentence it is in."""
    stems = {t for t in tokenize(name) if t not in GENERIC}
    if not stems:
        return False
    if is_country(name) or stems & (subdivision_stems() | world_region_stems()) or stems & used:
        return True
    return _PLACE_NOUN_AFTER.match(_after(name, text)) is not None


def _after(name: str, text: str) -> str:
    """What follows the name's first mention in `text` ("" when it is not there)."""
    at = text.find(name)
    return text[at + len(name) :] if at >= 0 else ""


def names_a_place(
    name: str, text: str, *, used: frozenset[str], below: bool, settlement: bool = False
) -> bool:
    """A place's name in `text`: one that may be a place and is one (`is_place`), or a group of
    countries ("the CIS countries") unless a place `below` a country is asked ("which region").
    A `settlement` asked ("which city") is no country, continent or world region."""
    if not below and groups_countries(name, text):
        return True
    if settlement and (is_country(name) or set(tokenize(name)) & world_region_stems()):
        return False
    return may_be_a_place(name) and is_place(name, text, used=used)


def _is_body_word(word: str) -> bool:
    """A word of a body's name or an abbreviation: neither names a place."""
    return word.lower() in BODY_WORDS or ACRONYM.fullmatch(word) is not None


def names_only_countries(text: str, given: frozenset[str], discourse: Discourse) -> bool:
    """The names the sentence adds to the question (`given`: its stems) are all countries'."""
    added = [n for n in names_in(text) if not set(tokenize(n)) <= given]
    added = [n for n in added if may_be_a_place(n)]
    added = [n for n in added if not all(discourse.common(t) for t in tokenize(n))]
    return bool(added) and all(is_country(n) for n in added if tokenize(n))


def countries_named(text: str, discourse: Discourse) -> set[str]:
    """The countries a text names, less the one the report is about (found everywhere)."""
    return {c for c in countries_in(text) if not discourse.common(c)}
