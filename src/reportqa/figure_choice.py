"""Of several figures, dates or names in a quote, the one the question is about.

The scopes of `figure_scope.py` say which words describe which figure; this module weighs them
against the question: the year asked, what is counted, what the part asked did, the question
without the whole it gives first, and the figures it gives. A journalist pastes the short
answer, so the choice reads the sentence's structure, not just the words near each figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from reportqa.answer_types import FIGURE, NUMBER, NUMBER_SPAN, quantity_units
from reportqa.counting import counted_words, part_predicate
from reportqa.figure_scope import figure_scopes, scope_support
from reportqa.lexical import tokenize
from reportqa.support import FORM_WORDS, YEAR
from reportqa.word_families import same_word


def described_figure(
    quote: str,
    spans: list[re.Match[str]],
    question: str,
    weights: Mapping[str, float] | None,
    support: Callable[[re.Match[str]], tuple[int, int]],
    *,
    kind: str,
) -> re.Match[str] | None:
    """Of several figures (or dates, `kind`), the one in the year asked that counts what is
    counted ("4,857 emergency medical care" for "how many emergency cases"), whose own phrase
    says what the part asked did ("of whom 12 were identified"), and says most of the
    question: "holders of national passports — with 20 countries", not the 50 of service
    passports before it, though both stand among the question's words. `support` breaks ties:
    the question's words in a window around each. None when only their order in the quote
    would tell the first two apart: which figure is meant is then the reader's to see."""
    scopes = figure_scopes(quote, [m.span() for m in spans])
    asked = [t for t in dict.fromkeys(tokenize(question)) if t not in FORM_WORDS]
    counted = [t for w in counted_words(question) for t in tokenize(w)]
    did = [t for w in part_predicate(question) for t in tokenize(w.split()[0])]
    # "Of the foreign nationals reported missing, how many were identified": the whole given
    # first is the larger figure's phrase; the rest of the question says which part.
    rest = [t for t in tokenize(_GIVEN_WHOLE.sub(" ", question)) if t not in FORM_WORDS]
    # The year asked tells figures apart; a date asked is itself a year.
    years = set(YEAR.findall(question)) if kind == NUMBER else set()
    # "What is the most recent headcount": of "from 17,918.2 … to 19,125.6", the later one.
    latest = _LATEST.search(question) is not None

    def rank(i: int) -> tuple[bool, int, int, float, float, float, tuple[int, int]]:
        scope = scopes[i]
        unit = set(tokenize(unit_of(quote, spans[i], spans)))
        return (
            bool(years) and scope.year not in years,
            -sum(any(same_word(t, u) for u in unit) for t in counted),
            -spans[i].start() if latest else 0,
            -scope_support(scope, did, weights),
            -scope_support(scope, rest, weights),
            -scope_support(scope, asked, weights),
            support(spans[i]),
        )

    ranked = sorted(range(len(spans)), key=rank)
    if len(ranked) > 1 and _unordered(rank(ranked[0])) == _unordered(rank(ranked[1])):
        return None
    return spans[ranked[0]]


def _unordered(rank: tuple) -> tuple:
    """A figure's rank without its place in the quote (the last item of `support`)."""
    *criteria, (found, _start) = rank
    return (*criteria, found)


_LATEST = re.compile(r"\b(?:most recent|latest|at the end of the)\b", re.IGNORECASE)
_GIVEN_WHOLE = re.compile(r"^\s*(?:of|among)\s+[^,?]+,", re.IGNORECASE)


def standing_with_given_figures(
    quote: str, names: list[re.Match[str]], question: str
) -> list[re.Match[str]]:
    """ "Nationals of which country made up 15%": the names whose own phrase holds a figure
    the question gives ("Tajikistan — 15%"), when one does."""
    given = {t for n in FIGURE.findall(question) if not YEAR.fullmatch(n) for t in tokenize(n)}
    if not given:
        return names
    scopes = figure_scopes(quote, [m.span() for m in names])
    return [m for m, scope in zip(names, scopes, strict=True) if given & scope.words] or names


def date_of_given_figure(
    quote: str, dates: list[re.Match[str]], question: str
) -> re.Match[str] | None:
    """ "In which year were 5,201 foreigners treated": the year that sets the time of the
    figure the question gives ("In 2021, 2,990 …  (in 2020, 5,201 …)")."""
    given = {n.replace(",", "") for n in FIGURE.findall(question) if not YEAR.fullmatch(n)}
    if not given or len(dates) < 2:
        return None
    figures = [
        m
        for m in NUMBER_SPAN.finditer(quote)
        if m.group().strip() and not YEAR.fullmatch(m.group().strip())
    ]
    scopes = figure_scopes(quote, [m.span() for m in figures])
    for m, scope in zip(figures, scopes, strict=True):
        if m.group().strip().rstrip("%").replace(",", "") in given and scope.year:
            before = [d for d in dates if scope.year in d.group() and d.start() < m.start()]
            after = [d for d in dates if scope.year in d.group()]
            return before[-1] if before else after[0] if after else None
    return None


def unit_of(quote: str, figure: re.Match[str], spans: list[re.Match[str]]) -> str:
    """What this figure counts ("96 consular establishments in 70 countries": establishments),
    not what the figures after it count."""
    end = min((m.start() for m in spans if m.start() > figure.start()), default=len(quote))
    return quantity_units(quote[figure.start() : end])
