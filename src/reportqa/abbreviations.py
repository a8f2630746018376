"""Abbreviations and the names they stand for: "Sustainable Development Goals" is SDG, and a
sentence that says "the GAFMC" says "Guaranteed Amount of Free Medical Care", which the report
spelled out once. Read from the report's own text, not from any list."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from reportqa.answer_types import ACRONYM
from reportqa.lexical import tokenize
from reportqa.model import Sentence

CAPITALISED_RUN = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|on|the|in)\s+)*[A-Z][\w'’-]*)+"
)
_HYPHENATED_PAIR = re.compile(r"\b([a-z]{2,})-([a-z]{3,}) ([a-z]{3,})\b")
ACRONYM_OR_PLURAL = re.compile(r"\b([A-Z]{2,})s?\b")  # "NGOs" uses the abbreviation NGO


def spelled_out_names(
    sentences: Iterable[Sentence], acronyms: frozenset[str]
) -> dict[str, list[frozenset[str]]]:
    """Runs of capitalised words by the abbreviation their initials spell ("Sustainable
    Development Goals" → sdg, "Ministry of Foreign Affairs" → mfa), as the stems of their
    words: a question may abbreviate a name the report spells out, or the reverse.
    `acronyms`: the abbreviations the report uses, which a lower-case pair may spell."""
    found: dict[str, set[frozenset[str]]] = {}
    for sentence in sentences:
        for run in CAPITALISED_RUN.finditer(sentence.text):
            words = [w for w in run.group().split() if w[:1].isupper()]
            if any(ACRONYM.fullmatch(w) for w in words):
                continue  # "UN New York": an abbreviation is not spelled out by itself
            for first in range(len(words) - 1):
                for last in range(first + 2, min(first + 7, len(words)) + 1):
                    initials = "".join(w[0] for w in words[first:last]).lower()
                    stems = frozenset(tokenize(" ".join(words[first:last])))
                    found.setdefault(initials, set()).add(stems)
        # "non-governmental organizations" spells NGO in lower case.
        for m in _HYPHENATED_PAIR.finditer(sentence.text):
            initials = "".join(part[0] for part in m.groups()).lower()
            if initials in acronyms:
                found.setdefault(initials, set()).add(frozenset(tokenize(m.group())))
    return {a: sorted(forms, key=sorted) for a, forms in found.items()}


def spelled_words(
    text: str, spelled_out: Mapping[str, list[frozenset[str]]]
) -> list[frozenset[str]]:
    """The stems of the names the text's abbreviations stand for, where the report spells an
    abbreviation out one way only."""
    forms = (spelled_out.get(a.lower(), []) for a in ACRONYM_OR_PLURAL.findall(text))
    return [f[0] for f in forms if len(f) == 1]
