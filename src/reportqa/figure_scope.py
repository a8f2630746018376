"""Which words of a sentence describe which of its figures (or dates, or names).

A sentence that states several figures ("71 countries …, for holders of service passports —
with 50 countries, and for holders of national passports — with 20 countries") answers a
question about one of them; the short answer must be that one. Each figure owns the words of
its own phrase: the text between two figures is cut at the strongest punctuation between them
(a semicolon before a colon, a bracket, a comma, an "and"), a figure in brackets belongs to
the words before the bracket ("male respondents (72%)"), and the words that name what a figure
counts follow it ("2,858 emergency medical care"). A year sets the time of the figures after
it ("(in 2020, 5,201 …, including 4,857 …)") until another year is named; a change "from 2017
to 2021 … from 17,918.2 to 19,125.6" pairs the figures with the years in order; a date that
opens its clause ("In 2019, the World Bank prepared …") is said of the whole clause. The same
cuts tell apart the dates or the names of a sentence ("Uzbekistan — 51%, Tajikistan — 15%").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from reportqa.answer_types import UNIT_END, YEAR_WORD
from reportqa.lexical import tokenize
from reportqa.support import YEAR
from reportqa.word_families import same_word

# Strength of each cut between two figures: the strongest one present separates them.
_CUTS = (
    (re.compile(r";"), 5),
    (re.compile(r":"), 4),
    (re.compile(r"[()]"), 3),
    (re.compile(r","), 2),
    (re.compile(r"\s(?:and|or|including|of whom|of which|among them|while|whereas)\s"), 1),
)
_MAX_UNIT_WORDS = 4
# A phrase reaches this many words either side of its figure at most: the opening of a long
# sentence ("IOM's mapping of stranded migrants found that …") is said of all its figures.
_MAX_BEFORE = 6
_MAX_AFTER = 8
_MAX_CLAUSE = 20  # words of the clause a fronted date is said of
# At most two words ("In", "As of") between the start of a clause and a fronted date.
_OPENING_WORDS = re.compile(r"(?:^|[;:]\s*)(?:[A-Za-z]+\s+){0,2}$")
_WORD = re.compile(r"[^\W_][\w'’-]*")
_FROM_TO_YEARS = re.compile(
    r"\bfrom\s+((?:19|20)\d\d)\s+(?:to|till|until)\s+((?:19|20)\d\d)\b", re.IGNORECASE
)
_FROM_TO = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+)?([\d.,]+)[^.;]*?\bto\s+(?:about\s+)?([\d.,]+)"
)


@dataclass(frozen=True, slots=True)
class FigureScope:
    """What one figure of a sentence is said of: the words of its phrase and its year."""

    start: int
    end: int
    words: frozenset[str]  # stems
    # The year that sets its time: one in its phrase, else the last before it, else the first
    # after it; None when the sentence names no year.
    year: str | None


def figure_scopes(text: str, figures: list[tuple[int, int]]) -> list[FigureScope]:
    """The scope of each figure (its start and end in `text`), in the order given."""
    if not figures:
        return []
    order = sorted(range(len(figures)), key=lambda i: figures[i][0])
    spans = [figures[i] for i in order]
    left = [_left_edge(text, spans, n) for n in range(len(spans))]
    # "In 2019, the World Bank prepared a roadmap for 2020-2022": a date that opens its clause
    # is said of the whole clause.
    fronted = [_opens_its_clause(text, span) for span in spans]
    right = [
        _clause_end(text, spans[n][1]) if fronted[n] else _right_edge(text, spans, n)
        for n in range(len(spans))
    ]
    paired = _paired_years(text, spans)
    # The sentence's opening, before the first figure's own words, is said of every figure.
    opening = frozenset(tokenize(_all_but_last_words(text[: spans[0][0]], _MAX_BEFORE)))
    scopes: dict[int, FigureScope] = {}
    for n, i in enumerate(order):
        start, end = spans[n]
        before = _last_words(text[left[n] : start], _MAX_BEFORE)
        after = _first_words(text[end : right[n]], _MAX_CLAUSE if fronted[n] else _MAX_AFTER)
        words = frozenset(tokenize(f"{before} {after}")) - opening
        own = YEAR_WORD.findall(text[left[n] : right[n]])
        year = paired.get(n) or (own[-1] if own else _year_near(text, start, end))
        scopes[i] = FigureScope(start, end, words, year)
    return _with_elided_complements(text, [scopes[i] for i in range(len(figures))])


def _with_elided_complements(text: str, scopes: list[FigureScope]) -> list[FigureScope]:
    """ "18 types of public services for entering …, and 13 types for travelling abroad": a
    figure counting the same unit as another, without saying of what, counts the same thing
    (public services); the words of that complement are its too."""
    units = [_unit_and_complement(text, s.end) for s in scopes]
    complements: dict[str, frozenset[str]] = {}
    for head, complement in units:
        if head and complement:
            complements.setdefault(head, complement)
    out = []
    for scope, (head, complement) in zip(scopes, units, strict=True):
        elided = complements.get(head, frozenset()) if head and not complement else frozenset()
        out.append(FigureScope(scope.start, scope.end, scope.words | elided, scope.year))
    return out


def _unit_and_complement(text: str, end: int) -> tuple[str, frozenset[str]]:
    """The noun a figure counts ("types", the last word of its unit, see `_unit_end`) and the
    words of its "of" complement ("public services"), as stems."""
    unit_end = _unit_end(text, end, len(text))
    unit = _WORD.findall(text[end:unit_end])
    stems = [t for word in unit for t in tokenize(word)[:1]]
    head = stems[-1] if stems else ""
    following = _WORD.findall(text[unit_end : unit_end + 120])
    if not head or len(unit) == _MAX_UNIT_WORDS or [w.lower() for w in following[:1]] != ["of"]:
        return head, frozenset()
    complement = []
    for word in following[1:4]:
        if word.lower() in UNIT_END:
            break
        complement.append(word)
    return head, frozenset(tokenize(" ".join(complement)))


def scope_support(
    scope: FigureScope, asked: list[str], weights: Mapping[str, float] | None = None
) -> float:
    """How much of the question (its content stems, years left out) the figure's own phrase
    says, each word weighted by the rarity of the report's word it matches ("Tajik" is the
    report's rare "Tajikistan")."""
    total = 0.0
    for stem in asked:
        if YEAR.fullmatch(stem):
            continue
        matched = [w for w in scope.words if same_word(stem, w)]
        if matched:
            total += max(weights.get(w, 1.0) for w in matched) if weights is not None else 1.0
    return total


def _strongest_cut(between: str) -> tuple[int, int] | None:
    """Where to cut the text between two figures (start, end of the cut), or None."""
    for pattern, _strength in _CUTS:
        found = list(pattern.finditer(between))
        if found:
            # "(in 2020, 5,201": of two equal cuts, the one nearest the later figure, since
            # what stands before that cut still belongs to the earlier figure's phrase.
            m = found[-1] if pattern.pattern != "[()]" else _bracket_cut(found)
            return m.start(), m.end()
    return None


def _bracket_cut(found: list[re.Match[str]]) -> re.Match[str]:
    """ "Planet (SDGs 6,12-15), Prosperity": a bracket closed before the next figure annotates
    what stands before it; "care (in 2020, 5,201": one left open holds the next figure."""
    opening = [m for m in found if m.group() == "("]
    closing = [m for m in found if m.group() == ")"]
    if opening and closing and closing[-1].start() > opening[0].start():
        return closing[-1]
    return opening[0] if opening else found[-1]


def _unit_end(text: str, end: int, limit: int) -> int:
    """Where the words naming what a figure counts end ("thousand people", "emergency medical
    care"): at a function word or after a few words, never past `limit`."""
    pos = end
    for n, m in enumerate(_WORD.finditer(text[end:limit])):
        if m.group().lower() in UNIT_END or n == _MAX_UNIT_WORDS:
            break
        pos = end + m.end()
    return pos


def _opens_its_clause(text: str, span: tuple[int, int]) -> bool:
    """ "In 2019, …", "Since 2016, …": at most two words before it in its clause, a comma
    after it."""
    return bool(_OPENING_WORDS.search(text[: span[0]])) and text[span[1] :].lstrip().startswith(",")


def _clause_end(text: str, start: int) -> int:
    end = text.find(";", start)
    return end if end >= 0 else len(text)


def _alone_in_brackets(text: str, span: tuple[int, int]) -> bool:
    """ "(72%)": a figure alone in brackets annotates the words before them; "(four citizens
    of …, three citizens of …)" opens phrases of its own."""
    return text[: span[0]].rstrip().endswith("(") and text[span[1] :].lstrip().startswith(")")


def _left_edge(text: str, spans: list[tuple[int, int]], n: int) -> int:
    """Where the words of figure `n` begin."""
    start = spans[n][0]
    floor = spans[n - 1][1] if n > 0 else 0
    head = text[floor:start]
    bracket = head.rstrip().rfind("(") if _alone_in_brackets(text, spans[n]) else -1
    if bracket >= 0:
        # "aged 25 to 44 (68%)", "male respondents (72%)": a figure in brackets is said of
        # the words before the bracket, back to the last cut, whatever figures they hold.
        before = text[: floor + bracket]
        cuts = [m.end() for p, _ in _CUTS for m in p.finditer(before)]
        return max(cuts) if cuts else 0
    if n == 0:
        cuts = [m.end() for p, s in _CUTS if s >= 2 for m in p.finditer(head)]
        return max(cuts) if cuts else 0
    cut = _strongest_cut(head)
    if cut is not None:
        return floor + cut[1]
    return _unit_end(text, floor, start)


def _right_edge(text: str, spans: list[tuple[int, int]], n: int) -> int:
    """Where the words of figure `n` end: at the cut before the next figure, or (before a
    figure in brackets) at the cut before the words that figure is said of."""
    end = spans[n][1]
    if n + 1 < len(spans):
        between = text[end : spans[n + 1][0]]
        if _alone_in_brackets(text, spans[n + 1]):
            between = between[: between.rstrip().rfind("(")]
            cuts = [m.start() for p, _ in _CUTS for m in p.finditer(between)]
            return end + min(cuts) if cuts else end + len(between)
        cut = _strongest_cut(between)
        return end + cut[0] if cut is not None else _unit_end(text, end, spans[n + 1][0])
    # "more than half of respondents (60%) have children": what follows the bracket is said
    # of the phrase the last figure stands in.
    skip = 1 if _alone_in_brackets(text, spans[n]) and text[end:].startswith(")") else 0
    tail = text[end + skip :]
    cuts = [m.start() for p, s in _CUTS if s >= 2 for m in p.finditer(tail)]
    return end + skip + (min(cuts) if cuts else len(tail))


def _all_but_last_words(text: str, n: int) -> str:
    return " ".join(m.group() for m in list(_WORD.finditer(text))[:-n])


def _last_words(text: str, n: int) -> str:
    return " ".join(m.group() for m in list(_WORD.finditer(text))[-n:])


def _first_words(text: str, n: int) -> str:
    return " ".join(m.group() for m in list(_WORD.finditer(text))[:n])


def _year_near(text: str, start: int, end: int) -> str | None:
    """The year named last before the figure, or else first after it ("7,118 persons hold
    stateless status … at the beginning of 2021")."""
    before = YEAR_WORD.findall(text[:start])
    after = YEAR_WORD.search(text, end)
    return before[-1] if before else after.group() if after else None


def _paired_years(text: str, spans: list[tuple[int, int]]) -> dict[int, str]:
    """ "From 2017 to 2021, … grown from 17,918.2 … to 19,125.6": the first figure is 2017's,
    the second 2021's."""
    years = _FROM_TO_YEARS.search(text)
    if years is None:
        return {}
    out: dict[int, str] = {}
    for m in _FROM_TO.finditer(text, years.end()):
        for group, year in ((1, years.group(1)), (2, years.group(2))):
            for n, (a, _b) in enumerate(spans):
                if a == m.start(group):
                    out[n] = year
    return out
