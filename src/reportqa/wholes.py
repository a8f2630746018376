"""A part of a whole the question gives ("of the 96 consular establishments, how many …"): the
answer is a figure smaller than the whole, of the same kind of thing, not the whole itself nor
a count of the places the whole is in.
"""

from __future__ import annotations

import re

from reportqa.answer_types import quantities

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
    if figure is None or re.fullmatch(r"(?:19|20)\d\d", figure):
        return None  # "how many of the 2021 arrivals": a year, not a whole
    return float(figure.replace(",", ""))


# "96 consular establishments in 70 countries": a count of the places they are in is no part
# of the establishments, however small.
_PLACES = r"(?:countries|states|nations|regions|cities|oblasts|provinces)"
_COUNT_OF_PLACES = re.compile(rf"\b(\d[\d,]*)\s+(?:[a-z-]+\s+)?{_PLACES}\b")
_WHOLE_OF_PLACES = re.compile(rf"\b\d[\d,]*\s+(?:[\w-]+\s+){{0,2}}?{_PLACES}\b", re.IGNORECASE)


def counts_places_only(text: str, quantities: list[str], question: str) -> bool:
    """Every figure of the sentence smaller than the whole counts places ("in 70 countries"),
    while the whole asked of is not places."""
    if _WHOLE_OF_PLACES.search(question):
        return False
    places = {m.group(1) for m in _COUNT_OF_PLACES.finditer(text)}
    return bool(quantities) and all(q.strip() in places for q in quantities)


def states_a_part(quantities: list[str], whole: float) -> bool:
    """A figure smaller than the whole, a share or a number in words: a part of 96
    establishments is not 106 consuls, nor the 2,990 patients of whom 2,858 were asked."""
    for q in quantities:
        digits = q.strip().rstrip("%").strip()
        if "%" in q or not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", digits):
            return True
        if float(digits.replace(",", "")) < whole:
            return True
    return False


def smaller_figures(text: str, whole: float) -> list[str]:
    """The figures of the sentence smaller than the whole the question gives."""
    found = [q for q in quantities(text) if re.fullmatch(r"\s*\d[\d,]*\s*", q)]
    return [q for q in found if float(q.replace(",", "")) < whole]
