"""What a question singles out of a group ("evacuated from Syria alone", "in 2021 alone") or
sets aside from it ("not counting Syria").

A figure said of two together ("evacuated from … Afghanistan and Syria", "from 2017 to 2021")
is not the figure of one of them, however close the rest of the sentence is to the question:
the report does not say how the total divides.
"""

from __future__ import annotations

import re

from reportqa.questions import SETTING_ASIDE_WORDS
from reportqa.support import YEAR

_NAME = rf"[A-Z][\w'’-]+|{YEAR.pattern}"
# "from Syria alone", "Afghanistan specifically", "in 2021 by itself"
_NAME_THEN_ALONE = re.compile(
    # Not a verb that starts the question: "Counting only Afghanistan".
    # "the Afghanistan-only number"
    rf"\b(?![A-Z][a-z]+ing\b)({_NAME})(?:\s+|-)(?:alone|only|solely|specifically|by itself|"
    r"on its own)\b"
)
# "not counting Syria", "excluding 2020": a figure of the one set aside together with
# another includes it, so it is not the figure asked for either.
_SET_ASIDE = re.compile(
    rf"\b(?:not counting|excluding|except(?: for)?|leaving out|leaving aside)\s+(?:the\s+)?"
    rf"({_NAME})\b"
    # "Counting only Afghanistan, not Syria", "Afghan evacuation alone (not Syria)"
    rf"|[,(]\s*not\s+(?:the\s+)?({_NAME})\b"
)
# "specifically from Afghanistan", "only in 2021"
_ALONE_THEN_NAME = re.compile(
    rf"\b(?:specifically|only|solely)\s+(?:(?:from|in|to|for|during)\s+)?(?:the\s+)?({_NAME})\b"
)


# "stateless persons, as distinct from foreigners": a group told apart from another by a
# common noun; a figure of the two together ("foreigners and stateless persons") is neither's.
_TOLD_APART = re.compile(
    r"\b(?:as distinct from|as opposed to|separately from|not counting|excluding)\s+"
    r"(?:the\s+)?(?!(?:the|a|an|its|their)\b)([a-z][\w'’-]+)\b"
)


# "Of those evacuated from Afghanistan and Syria, how many came out of Syria?": a pair told,
# then one of it asked.
_ONE_OF_A_PAIR = re.compile(
    rf"^(?:[Oo]f|[Aa]mong|[Oo]ut of)\b[^?]*?\b({_NAME})\s*(?:,|and|or|&)\s*(?:the\s+)?({_NAME})\b"
    r"[^?]*?,\s*(?:how many|how much|what|which|who)\b([^?]*)"
)


def _one_of_a_pair(question: str) -> set[str]:
    m = _ONE_OF_A_PAIR.search(question.strip())
    if m is None:
        return set()
    asked = {name for name in m.group(1, 2) if re.search(rf"\b{re.escape(name)}\b", m.group(3))}
    return asked if len(asked) == 1 else set()


def singled_out(question: str) -> frozenset[str]:
    """The names or years the question asks about apart from the others of their group."""
    found = _one_of_a_pair(question)
    found |= {m.group(1) for m in _NAME_THEN_ALONE.finditer(question)}
    found |= {m.group(1) for m in _ALONE_THEN_NAME.finditer(question)}
    found |= {m.group(1) or m.group(2) for m in _SET_ASIDE.finditer(question)}
    found |= {m.group(1) for m in _TOLD_APART.finditer(question)}
    return frozenset(found)


def joined_with_another(text: str, name: str) -> bool:
    """The sentence says `name` together with another of its kind: "Afghanistan and Syria",
    "Syria, Iraq", or a span of years that ends or starts with the year asked."""
    n = re.escape(name)
    if YEAR.fullmatch(name):
        other = YEAR.pattern
        link = r"\s*(?:-|–|to|and|,)\s*"
    elif name.islower():  # "foreigners and stateless persons"
        other = r"[a-z][\w'’-]+"
        link = r"\s*(?:,|and|&|or)\s*"
    else:
        other = r"[A-Z][\w'’-]+"
        link = r"\s*(?:,|and|&)\s*(?:the\s+)?"
    together = rf"\b{n}\b{link}{other}\b|\b{other}{link}{n}\b"
    return re.search(together, text) is not None


# "Alongside Uzbekistan, Tajikistan and Russia, what share were Kyrgyz?": names set aside
# before the question proper, which the answer is not about.
_ASIDE_FIRST = re.compile(
    rf"^(?:{SETTING_ASIDE_WORDS}|alongside|not counting|excluding)\s+(.+?),\s*"
    r"(?=(?:what|which|how|who|whom|where|when|is|are|was|were|do|does|did)\b)",
    re.IGNORECASE,
)


def set_aside_first(question: str) -> str:
    """The words of a phrase that sets names aside before the question proper; "" if none."""
    m = _ASIDE_FIRST.match(question.strip())
    return m.group(1) if m else ""


# "How many consular posts, not counting honorary consuls?": what the count leaves out.
_ASIDE_FROM_COUNT = re.compile(
    rf"\b(?:{SETTING_ASIDE_WORDS}|not counting|not including|excluding|leaving (?:aside|out))\s+"
    r"(?:the |all |any )?((?:[\w'’-]+ ){0,3}?[\w'’-]+s)\b(?=\s*(?:[,?.;)]|$))",
    re.IGNORECASE,
)


def set_aside_from_count(question: str) -> str:
    """The plural a "how many" question leaves out of its count ("honorary consuls"); "" if
    none: a figure of those is not the count asked."""
    if not re.search(r"\bhow many\b", question, re.IGNORECASE):
        return ""
    m = _ASIDE_FROM_COUNT.search(question)
    return m.group(1) if m else ""
