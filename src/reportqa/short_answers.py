"""The short answer: the exact span inside the cited quote that answers — a figure, a date or
a name — or nothing. A journalist pastes it, so a wrong one is worse than none: a year is never
the figure asked, a share is a percentage, a count is the figure before the counted word, and a
name is one the question does not give and the report does not use everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from reportqa.answer_types import (
    ACRONYM,
    APPROXIMATE_WORDS,
    BOUND_WORDS,
    DATE,
    DATE_SPAN,
    ENTITY,
    FIGURE,
    MONTH,
    MONTH_NAMES,
    NAME_SPAN,
    NUMBER,
    NUMBER_SPAN,
    PLACE,
    ROUND_THE_CLOCK,
    reference_spans,
    says_free,
)
from reportqa.asked_details import asks_for_a_price, asks_for_duration, asks_for_share
from reportqa.asked_names import (
    asks_below_country,
    asks_for_a_body,
    asks_for_a_country,
    asks_for_a_settlement,
    ministry_in_other_words,
)
from reportqa.counting import (
    counted_equivalents,
    counted_noun,
    counted_words,
    counts_items,
    measured_noun,
)
from reportqa.figure_choice import (
    date_of_given_figure,
    described_figure,
    standing_with_given_figures,
    unit_of,
)
from reportqa.gazetteer import GENERIC, is_country
from reportqa.lexical import tokenize
from reportqa.named_answers import numbered_reference, passive_agent
from reportqa.places import may_be_a_place, names_a_body
from reportqa.proper_names import BODY_WORDS, FUNCTION_START
from reportqa.questions import as_wh_question
from reportqa.support import FORM_WORDS, YEAR
from reportqa.titles import asks_for_a_phone_number, number_to_dial
from reportqa.word_families import same_word

# ", Name" or " and Name" continuing a list of names.
_NEXT_IN_LIST = re.compile(
    rf"(?:,?\s+(?:and|or)\s+(?:the\s+)?|,\s+)(?:{NAME_SPAN.pattern})"
    r"(?:\s+(?:regions?|city|cities|oblasts?|districts?|provinces?|areas?|republics?))?"
)


def short_answer(
    question: str,
    kind: str | None,
    quote: str,
    *,
    lower_case: frozenset[str] = frozenset(),
    everywhere: frozenset[str] = frozenset(),
    weights: Mapping[str, float] | None = None,
) -> str | None:
    """The figure, date or name inside the quote that stands among the question's words.
    `lower_case`: words the text writes in lower case, so that a capital that only opens the
    quote ("Bilateral negotiations …") is no name; `everywhere`: stems found nearly everywhere
    (the country a national report is about), which answer no "which" question; `weights`:
    each stem's rarity, so that a rare word of the question says more about which figure is
    asked than a common one."""
    agent = passive_agent(quote, question)
    if agent is not None:
        return agent
    if kind is None:
        return None
    numbered = numbered_reference(quote, question) if kind == ENTITY else None
    if numbered is not None:
        return numbered
    if kind == NUMBER and asks_for_a_phone_number(question):
        dialled = number_to_dial(quote)  # "116 16", whole, not its first group of digits
        if dialled is not None:
            return dialled
    pattern = {NUMBER: NUMBER_SPAN, DATE: DATE_SPAN}.get(kind, NAME_SPAN)
    if pattern is NAME_SPAN:
        spans = _names(quote, question, kind, lower_case=lower_case, everywhere=everywhere)
    else:
        spans = [m for m in pattern.finditer(quote) if m.group().strip()]
        q_lower = question.lower()
        spans = [m for m in spans if m.group().strip('"“”').lower() not in q_lower]
    if kind == NUMBER:
        spans = _figures(spans, quote, question)
    if not spans:
        # "How much are they charged": "free of charge" is the price.
        return says_free(quote) if kind == NUMBER and asks_for_a_price(question) else None
    wanted = set(tokenize(question)) - FORM_WORDS
    words = [(m.start(), set(tokenize(m.group()))) for m in re.finditer(r"[^\W_]+", quote)]

    def support(m: re.Match[str]) -> tuple[int, int]:
        # Question words in a window around the span: the figure the question is about
        # stands among its words ("18 different types of public services for entering").
        before = [w for pos, w in words if pos < m.start()][-5:]
        # "male respondents (72%) aged 25 to 44 (68%)": a figure in brackets belongs to the
        # words before it.
        after = (
            []
            if quote[: m.start()].endswith("(")
            else [w for pos, w in words if pos >= m.end()][:8]
        )
        near = set().union(*before, *after)
        found = sum(any(same_word(q, t) for t in near) for q in wanted)  # "Uzbek": "Uzbekistan"
        return (-found, m.start())

    if pattern is NAME_SPAN and len(spans) > 1:
        spans = standing_with_given_figures(quote, spans, question)
    dated = date_of_given_figure(quote, spans, question) if kind == DATE else None
    if dated is not None:
        best = dated
    elif kind in (NUMBER, DATE) and len(spans) > 1:
        if kind == DATE and _ASKS_FOR_YEARS.search(question):
            # "Which years does the plan span": a span of years, when the quote gives one.
            spans = [m for m in spans if "-" in m.group() or "–" in m.group()] or spans
        described = described_figure(quote, spans, question, weights, support, kind=kind)
        if described is None:
            return None  # several figures, and nothing in the question says which
        best = described
    else:
        best = min(spans, key=support)
    if pattern is NAME_SPAN:
        found = _whole_list(quote, best)  # starts where `best` does
        return _unquoted(_numbered(quote, found, best.start() + len(found)))
    qualifier = _QUALIFIER_BEFORE.search(quote[: best.start()]) if kind == NUMBER else None
    # "less than 2%", "about 3,000": a figure without its qualifier says more than the report.
    start = qualifier.start(1) if qualifier is not None else best.start()
    end = best.end()
    if asks_for_duration(question) and (unit := _TIME_SPAN_AFTER.match(quote, end)):
        end = unit.end()  # "up to 18 years": a span of time is said with its unit
    if kind == NUMBER and (magnitude := _MAGNITUDE_AFTER.match(quote, end)):
        end = magnitude.end()  # "17.7 thousand": without its magnitude, a figure is wrong
    return quote[start:end].strip()


_ASKS_FOR_YEARS = re.compile(
    r"\b(?:which|what) years\b|\bover what (?:years|period)\b|\bspan\b|\bperiod\b"
    r"|\buntil\b|\bto an end\b|\bdue to end\b|\bend date\b",
    re.IGNORECASE,
)
_QUALIFIER_BEFORE = re.compile(rf"\b((?:{APPROXIMATE_WORDS}|{BOUND_WORDS}))\s+$", re.IGNORECASE)


def _numbered(quote: str, name: str, end: int) -> str:
    """ "Presidential Decree No. 642": the number a name ends on is part of it."""
    m = _NUMBER_AFTER_NO.match(quote, end) if name.endswith("No") else None
    return name + m.group() if m else name


_NUMBER_AFTER_NO = re.compile(r"\.\s?\d[\d/-]*")


def _unquoted(name: str) -> str:
    """The name without the quotation marks around it ("Eurasian Labour Exchange"), or
    without one left unpaired; marks inside (Law “On Migration”) are the name's."""
    inner = name[1:-1]
    if len(name) > 2 and name[0] in '"“' and name[-1] in '"”' and not _QUOTES.search(inner):
        return inner
    if name[:1] in '"“' and not _QUOTES.search(name[1:]):
        return name[1:]
    return name


_QUOTES = re.compile('["“”]')


def reference_number(quote: str, question: str) -> str | None:
    """ "No. 642" in "Decree No. 642 of 18 August 2021": the first reference number in the
    quote that the question does not give."""
    for a, b in reference_spans(quote):
        m = re.search(r"(?:No\.\s*)?\d(?:[\d,.]*\d)?", quote[a:b])
        if m is not None and m.group() not in question:
            return m.group().strip()
    return None


def _whole_list(quote: str, name: re.Match[str]) -> str:
    """A name with the names listed after it ("Kyrgyzstan, Uzbekistan and Tajikistan"): the
    first of a list alone would answer "which countries" wrongly."""
    end = name.end()
    while m := _NEXT_IN_LIST.match(quote, end):
        end = m.end()
    found = quote[name.start() : end].strip()
    # The sentence's full stop is not part of the last name ("… and Tajikistan.").
    return found[:-1] if re.search(r"[a-z]\.$", found) else found


_MAGNITUDE_AFTER = re.compile(
    r"\s+(?:thousand|million|billion|trillion|mln|bn)\b(?!\s*(?:times|fold)\b)", re.IGNORECASE
)
_TIME_SPAN_AFTER = re.compile(
    r"\s+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|seconds?)\b", re.IGNORECASE
)
_COUNTS_TIME = re.compile(r"\bhow many (?:years|months|weeks|days|decades)\b", re.IGNORECASE)


def _figures(spans: list[re.Match[str]], quote: str, question: str) -> list[re.Match[str]]:
    """Figures that can answer: not a reference ("Objective 7"), not a year ("the February
    2021 mapping"), not a figure the question gives; a percentage for "what share"; the
    figure before the counted word for "how many X" when one is."""
    skip = reference_spans(quote)
    given = {n.replace(",", "") for n in FIGURE.findall(question)}  # as Demands.given
    skip += [m.span() for m in ROUND_THE_CLOCK.finditer(quote)]  # "a 24/7 helpline"
    skip += [m.span() for m in DATE_SPAN.finditer(quote)]  # "as of 1 January 2022": a day
    spans = [
        m
        for m in spans
        if not any(a <= m.start() < b for a, b in skip)
        and not YEAR.fullmatch(m.group().strip())
        and m.group().strip().rstrip("%").replace(",", "") not in given
    ]
    shares = [m for m in spans if "%" in m.group() or quote[m.end() : m.end() + 2] == " %"]
    if asks_for_share(question):
        return shares or spans
    measured = measured_noun(question) and not _ASKS_FOR_CHANGE.search(question)
    if (counts_items(question) or measured) and "percent" not in question.lower():
        # "How many stateless-status holders": "7,118 persons …, of whom less than 2% are
        # children" gives the count; a percentage counts no one. "What was the negative
        # balance of migration": "increased by 20.2% … amounted to 21.2 thousand" gives it
        # as the amount, not the change.
        spans = [m for m in spans if m not in shares] or spans
    if not asks_for_duration(question) and not _COUNTS_TIME.search(question):
        # "Over the past five years, the population grew to 19,125.6 thousand": a span of
        # time says when, not how many, unless how long is asked.
        spans = [m for m in spans if not _TIME_SPAN_AFTER.match(quote, m.end())] or spans
    noun = counted_noun(question)
    if noun and counts_items(question):
        stems = {t for w in counted_equivalents(noun, counted_words(question)) for t in tokenize(w)}
        counted = [m for m in spans if stems & set(tokenize(unit_of(quote, m, spans)))]
        return counted or spans
    return spans


# "By how much did the outflow grow": a change, which a percentage may give.
_ASKS_FOR_CHANGE = re.compile(
    r"\bby how much\b|\b(?:increase|increased|grow|grew|rise|rose|fall|fell|drop|dropped|"
    r"change|changed|growth|decline|declined|compared)\b",
    re.IGNORECASE,
)


_IN_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")


def _names(
    quote: str, question: str, kind: str, *, lower_case: frozenset[str], everywhere: frozenset[str]
) -> list[re.Match[str]]:
    """Names that can answer: not one the question gives, not the word of a body alone, not
    a capital that only opens the sentence, not a name found everywhere; a place name for
    "where / which city"."""
    asked = set(tokenize(question)) | everywhere | ministry_in_other_words(question)
    below_country = kind == PLACE and asks_below_country(question)
    out = []
    for m in _name_parts(quote):
        words = m.group().strip('"“”')
        stems = {t for t in tokenize(MONTH.sub(" ", words)) if t not in GENERIC}
        if not stems or all(any(same_word(t, a) for a in asked) for t in stems):
            continue  # "Kazakhstan(i)", "Republic of …", "February", a name the question gives
        if below_country and is_country(words):
            continue  # "which city": Busan, not South Korea
        first = m.group().split()[0].lower()
        if m.start() == 0 and (first in FUNCTION_START or m.group().lower() in lower_case):
            continue  # "These are the cities …", "Bilateral negotiations …"
        if " " not in words and (words.lower() in lower_case or words.lower() in BODY_WORDS):
            continue  # "the Rules", "the Association of legal entities": a common word alone
        if _NUMBER_FOLLOWS.match(quote, m.end()) and not _NUMBER_SIGN.search(m.group()):
            continue  # "GCM Objective 4", "Article 26": a reference, asked for by its class
        out.append(m)
    if kind == PLACE:  # "Xi'an", not "Consulate General" or "PRC"
        out = [m for m in out if may_be_a_place(m.group())] or out
        # "in Karaganda", not "General Prosecutor's Office" or the campaign "Together …".
        out = [m for m in out if not _names_a_body_or_title(m.group())] or out
        if asks_for_a_settlement(question):  # "which city": "in Bern", not "RoK and Switzerland"
            out = [m for m in out if _IN_BEFORE.search(quote, 0, m.start())] or out
    elif asks_for_a_body(question):  # "which department": the Ministry, not "Kandas"
        out = [m for m in out if names_a_body(m.group()) or ACRONYM.fullmatch(m.group())] or out
    elif asks_for_a_country(question):
        out = [m for m in out if is_country(m.group().strip('"“”'))] or out
    if _CALLED.search(question):
        # "What will it be called": the name after "called", in quotes or said to be a thing
        # of some kind ("the Darmen mobile application"), or none.
        kinds = "|".join(_CLASS_WORDS[k] for k in ("portal", "website", "app", "platform"))
        out = [
            m
            for m in out
            if _IS_CALLED.search(quote[: m.start()])
            or m.group()[:1] in '"“'
            or _is_one_of(quote, m, kinds, beside=True)
        ]
    named = _NAMED_THING.search(as_wh_question(question))
    if named is not None:
        # "Which app": a name said to be one ("the Darmen mobile application", the "Restoring
        # Family Links" programme); "which code": a name that says it is one ("Labour Code").
        asked = named.group(1).lower()
        words = _CLASS_WORDS[asked]
        beside = asked in _NAMED_BESIDE
        if not beside:
            every = [
                m for m in NAME_SPAN.finditer(quote) if _is_one_of(quote, m, words, beside=False)
            ]
            if len(every) > 1:
                return []  # two laws in the quote: which one is meant is the reader's to see
        out = [m for m in out if _is_one_of(quote, m, words, beside=beside)]
    return out


def _names_a_body_or_title(name: str) -> bool:
    return name[:1] in '"“' or names_a_body(name)


_NUMBER_FOLLOWS = re.compile(r"\s*\(?\d(?!\d{3}\b)")  # a number, not a year
_NUMBER_SIGN = re.compile(r"\bNo\.?$")  # "Decree No. 642" is the decree's name
_CALLED = re.compile(r"\b(?:called|named|known as)\s*\??\s*$", re.IGNORECASE)
_IS_CALLED = re.compile(r"\b(?:called|named|known as)\s*[\"“]?$")
_CLASS_WORDS = {
    "portal": "portal",
    "website": "website|site|portal|resource",
    "app": "app|application",
    "platform": "platform|exchange|portal",
    "law": "law|act",
    "code": "code",
    "decree": "decree",
    "treaty": "treaty|agreement|convention",
    "agreement": "agreement|treaty",
    "convention": "convention",
    "programme": "programme|program",
    "program": "programme|program",
    "campaign": "campaign|marathon",
    "ministry": "ministry",
    "council": "council",
    "committee": "committee",
    "commission": "commission",
    "bank": "bank",
    "court": "court",
}
_NAMED_THING = re.compile(
    rf"\b(?:which|what) (?:[\w-]+ ){{0,2}}?({'|'.join(_CLASS_WORDS)})s?\b", re.IGNORECASE
)


# Things named beside their class word; a legal text's name holds it ("Labour Code"), and a
# name beside "law" in a list of laws may be the wrong one's.
_NAMED_BESIDE = frozenset(
    ["portal", "website", "app", "platform", "programme", "program", "campaign"]
)


def _is_one_of(quote: str, name: re.Match[str], words: str, *, beside: bool) -> bool:
    """The name holds the class word ("Labour Code"), or (`beside`) stands right after it
    (the programme "Restoring Family Links") or right before it ("Darmen mobile
    application")."""
    word = rf"(?:{words})s?\b"
    if re.fullmatch(rf"\W*{word}\W*", name.group(), re.IGNORECASE):
        return False  # "Plans to develop …": the class word alone names nothing
    if re.search(rf"\b{word}", name.group(), re.IGNORECASE):
        return True
    if not beside:
        return False
    after = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{word}", re.IGNORECASE)
    before = re.compile(rf"\b{word}\s+(?:of\s+)?(?:the\s+)?[\"“]?$", re.IGNORECASE)
    return bool(after.match(quote, name.end()) or before.search(quote[: name.start()]))


_NAME_BREAK = re.compile(rf"(\s+in\s+|['’]s\s+(?=(?:{'|'.join(MONTH_NAMES)})\b))")


def _name_parts(quote: str) -> list[re.Match[str]]:
    """Names, a body's apart from the place after "in" ("the Consulate General of Zembla in
    Busan" holds the body and Busan), with "The" that opens the sentence left off."""
    parts = []
    for m in NAME_SPAN.finditer(quote):
        start = m.start()
        # A name in quotation marks is one name ("Union of Crisis Centres in Kazakhstan").
        # "IOM's February 2021 mapping": the owner's name ends at its possessive before a month.
        pieces = [m.group()] if m.group()[:1] in '"“' else _NAME_BREAK.split(m.group())
        for n, piece in enumerate(pieces):
            text = piece if n % 2 == 0 else ""  # split() puts each break at an odd index
            if text:
                lead = re.match(r"The\s+", text) if start == 0 else None
                offset = start + (lead.end() if lead else 0)
                found = re.compile(re.escape(text[lead.end() :] if lead else text)).match(
                    quote, offset
                )
                if found is not None:
                    parts.append(found)
            start += len(piece)
    return parts
