"""A part of a whole the question gives ("of the 96 consular establishments, how many …"): the
answer is a figure smaller than the whole, of the same kind of thing, not the whole itself nor
a count of the places the whole is in.
"""

from __future__ import annotations

import re

from reportqa.support import YEAR

# "How many of the 2,858 emergency cases …", "Of the 96 consular establishments, how many …":
# the whole the question gives, of which a part is asked.
_WHOLE_FIGURE = (
    r"(?:the |these |those |its |their |[a-z]+['’]s )?(?:more than |over |about |some )?"
    r"(\d[\d,]*)\b"
)
_PART_OF_GIVEN_WHOLE = re.compile(
    rf"\bhow many of {_WHOLE_FIGURE}|^(?:of|among|out of) {_WHOLE_FIGURE}[^?]*\bhow many\b",
    re.IGNORECASE,
)


def given_whole(question: str) -> float | None:
    """The figure of the whole a part is asked of, if the question gives one."""
    m = _PART_OF_GIVEN_WHOLE.search(" ".join(question.split()))
    figure = None if m is None else m.group(1) or m.group(2)
    if figure is None or YEAR.fullmatch(figure):
        return None  # "how many of the 2021 arrivals": a year, not a whole
    return float(figure.replace(",", ""))


# "96 consular establishments in 70 countries": a count of the places they are in is no part
# of the establishments, however small.
_PLACES = r"(?:countries|states|nations|regions|cities|oblasts|provinces)"
_COUNT_OF_PLACES = re.compile(rf"\b(\d[\d,]*)\s+(?:[a-z-]+\s+)?{_PLACES}\b")
_WHOLE_OF_PLACES = re.compile(rf"\b\d[\d,]*\s+(?:[\w-]+\s+){{0,2}}?{_PLACES}\b", re.IGNORECASE)


def asks_of_places(question: str) -> bool:
    """The whole the question gives is places ("of the 70 countries"): its parts may be too."""
    return _WHOLE_OF_PLACES.search(question) is not None


def counts_places_only(text: str, figures: list[str], whole: float) -> bool:
    """Every figure of the sentence smaller than the whole (`figures`: its quantities) counts
    places ("in 70 countries"): none is a part of a whole that is not places."""
    smaller = [f for f in figures if re.fullmatch(r"\s*\d[\d,]*\s*", f)]
    smaller = [f for f in smaller if float(f.replace(",", "")) < whole]
    places = {m.group(1) for m in _COUNT_OF_PLACES.finditer(text)}
    return bool(smaller) and all(f.strip() in places for f in smaller)


def states_a_part(figures: list[str], whole: float) -> bool:
    """A figure smaller than the whole, a share or a number in words: a part of 96
    establishments is not 106 consuls, nor the 2,990 patients of whom 2,858 were asked."""
    for f in figures:
        digits = f.strip().rstrip("%").strip()
        if "%" in f or not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", digits):
            return True
        if float(digits.replace(",", "")) < whole:
            return True
    return False


# "How many of the foreign nationals reported missing in 2021 were citizens of Uzbekistan":
# the whole is described, and a breakdown of another whole ("eight convicted foreign
# nationals: three citizens of Uzbekistan …") is no part of it.
_DESCRIBED_WHOLE = re.compile(
    r"\bhow many of (?:the|these|those|all the|all) ((?:[\w'’-]+ ){1,8}?)"
    r"(?:were|are|was|is|had|have|has|did|do|does)\b",
    re.IGNORECASE,
)
_NOT_DESCRIBING = frozenset(
    "in on at by for from of to with during since until before after over the a an and or "
    "who that which whose".split()
)


def described_whole(question: str) -> list[str]:
    """The words that describe the whole a part is counted of ("foreign nationals reported
    missing in 2021" → foreign, nationals, reported, missing); figures and years left out."""
    m = _DESCRIBED_WHOLE.search(" ".join(question.split()))
    if m is None:
        return []
    # "the convicted foreigners whose sentences prosecutors contested": the clause describes
    # them further, in the asker's words.
    described = re.split(r"\b(?:who|whom|whose|that|which)\b", m.group(1), maxsplit=1)[0]
    words = re.findall(r"[A-Za-z][\w'’-]*", described)
    return [w.lower() for w in words if w.lower() not in _NOT_DESCRIBING]
