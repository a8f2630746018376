"""What a sentence holds: quantities, dates, names, shares, amounts of money, definitions.

The composer only quotes a sentence as the answer to "how many …" if it holds a quantity,
to "when …" if it holds a date, and so on; these checks are deliberately simple and
transparent so that a refusal can be explained. What a question asks is in `questions.py`;
which names a sentence holds, and whether one is a person's, in `proper_names.py`.
"""

from __future__ import annotations

import re

NUMBER, DATE, ENTITY, PLACE = "number", "date", "entity", "place"

# A number that names a thing (Objective 7, Article 21, SDG 16, No. 642) is not a quantity.
_REFERENCE_NUMBER = re.compile(
    r"\b(?:Objectives?|Articles?|SDGs?|No\.|Chart|Table|Code|Goals?|Decree|Part|Clause|Annex)"
    r"\s*\(?\d[\d,.()\s-]*",
    re.IGNORECASE,
)
# The kinds of things a number names rather than counts: "the number of the decree".
REFERENCED_KINDS = (
    "decree|law|resolution|order|article|objective|goal|chart|table|annex|convention|protocol|code"
)
# Number words for small counts, by value: "five" is 5.
COUNT_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million|billion|half|third|quarter|dozen|double|twice"
)
# A comma groups thousands only before exactly three digits: "SDGs 6,12-15" lists 6 and 12.
FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?")
_HAS_QUANTITY = re.compile(rf"{FIGURE.pattern}|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
_MONTHS = "|".join(MONTH_NAMES)
_HAS_DATE = re.compile(rf"\b(?:1[89]|20)\d\d\b|\b(?:{_MONTHS})\b")
# An abbreviation: two or more capitals ("IOM", "EAEU").
ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
HAS_NAME = re.compile(r"\b[A-Z][\w'’.-]+|\"[A-Z]|“[A-Z]")
# The figure, date or name a short answer can be; searched for inside a cited quote only.
NUMBER_SPAN = re.compile(
    # not the number of a name ("COVID-19")
    r"(?<![\w.,])(?<![A-Za-z]-)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?%?(?:-\d+(?:\.\d+)?%?)?(?![\w])"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred)\b(?![\w-])",
    re.IGNORECASE,
)
# A year standing as a word of its own, as found in running text ("in 2021").
YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")
DATE_SPAN = re.compile(
    rf"\b(?:\d{{1,2}} (?:{_MONTHS}) (?:1[89]|20)\d\d|(?:{_MONTHS}) (?:1[89]|20)\d\d"
    rf"|(?:1[89]|20)\d\d(?:-(?:1[89]|20)\d\d)?)\b"
)
NAME_SPAN = re.compile(
    r"(?:[A-Z][\w'’.-]*|\"[A-Z][^\"]{1,60}\"|“[^”]{1,60}”)"
    r"(?:\s+(?:(?:of|the|and|for|on|in|de)\s+)*(?:[A-Z][\w'’.-]*|\"[^\"]{1,60}\"|“[^”]{1,60}”))*"
)


def reference_spans(text: str) -> list[tuple[int, int]]:
    """Where numbers name things (Objective 7, Article 21) rather than count them."""
    return [m.span() for m in _REFERENCE_NUMBER.finditer(text)]


def names_a_reference(text: str, given: frozenset[str], kind: str) -> bool:
    """A reference number ("No. 642", "Article 83") the question does not give, of the
    `kind` asked: "Decree No. 642" for a decree's number, not "GCM Objective 14"."""
    return any(
        set(FIGURE.findall(text[a:b])) - given and kind in text[max(0, a - 30) : b].lower()
        for a, b in reference_spans(text)
    )


def holds_type(sentence: str, kind: str | None, *, known: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence can hold an answer of the given type. A year or a date is not a
    quantity, and neither is a figure the question itself names (`known`)."""
    if kind is None:
        return True
    if kind == NUMBER:
        return any(q.replace(",", "") not in known for q in quantities(sentence))
    if kind == DATE:
        return holds_date(sentence, known=known)
    return HAS_NAME.search(sentence) is not None


MONTH = re.compile(rf"\b(?:{_MONTHS})\b")
_MONTH_RANGE = re.compile(rf"\b(?:{_MONTHS})\s?[-–]\s?(?:{_MONTHS})\b")
_DAY_MONTH = re.compile(rf"\b\d{{1,2}} (?:{_MONTHS})\b|\b(?:{_MONTHS}) \d{{1,2}}\b")


def holds_date(sentence: str, *, known: frozenset[str] = frozenset(), unit: str = "") -> bool:
    """A year or month the question does not give (`known`: its figures and month names); a
    month when one is asked ("in which month"), a day when a date is asked ("on what day")."""
    if unit == "month":
        # "January-December 2021" is a period: it names no month in which anything happened.
        months = MONTH.finditer(_MONTH_RANGE.sub(" ", sentence))
        return any(m.group().lower() not in known for m in months)
    if unit == "day":
        return _DAY_MONTH.search(sentence) is not None
    return any(m.group().lower() not in known for m in _HAS_DATE.finditer(sentence))


def _without_dates_and_references(sentence: str) -> str:
    """The sentence with years, dates and references blanked: what is left of its numbers
    are quantities."""
    blanked = ORDINAL.sub(" ", _NAMED_NUMBER.sub(" ", ROUND_THE_CLOCK.sub(" ", sentence)))
    return DATE_SPAN.sub(" ", _REFERENCE_NUMBER.sub(" ", _ONE_OF.sub(" ", blanked)))


# Words before a figure that say it is not exact ("about 3,000", "less than 2%"): a figure
# the question gives so is not required as written, and a short answer keeps them. A bound
# ("up to 18", "at least") is exact in a question but still qualifies a figure quoted.
APPROXIMATE_WORDS = (
    "about|around|roughly|approximately|nearly|almost|some|circa|close to|just over|"
    "just under|over|more than|less than|fewer than|under"
)
BOUND_WORDS = "up to|at least|at most"

# "a 24/7 helpline" says when it works, not how many of anything there are.
ROUND_THE_CLOCK = re.compile(r"\b24\s?/\s?7\b")
# A number that is part of a name ("COVID-19") counts nothing.
_NAMED_NUMBER = re.compile(r"\b[A-Z][A-Za-z]*-\d+\b")
# "is one of the activities" says what it is among others, not how many of anything.
_ONE_OF = re.compile(
    r"\bone of (?=(?:the|its|their|his|her|our|these|those|them|many|several|most)\b)",
    re.IGNORECASE,
)
# "the 55th meeting" says which one, not how many.
ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b")


def quantities(sentence: str) -> list[str]:
    """The counts and amounts a sentence states: numbers that are not years, dates or
    references ("Objective 7"), and number words ("one third")."""
    return [m.group() for m in _HAS_QUANTITY.finditer(_without_dates_and_references(sentence))]


_TIME_UNIT_AFTER = re.compile(
    r"\s*-?\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b", re.IGNORECASE
)


def only_spans_of_time(sentence: str, *, known: frozenset[str] = frozenset()) -> bool:
    """Every figure the sentence states is a span of time ("within 5 seconds"): it says how
    fast or how long, not how many or how much."""
    text = _without_dates_and_references(sentence)
    found = [m for m in _HAS_QUANTITY.finditer(text) if m.group().replace(",", "") not in known]
    return bool(found) and all(_TIME_UNIT_AFTER.match(text, m.end()) for m in found)


def states_a_span(sentence: str) -> bool:
    """The sentence gives how long something lasts or takes ("up to 18 years", "within five
    days", "since 2016"); "over the past five years" only says what period it speaks of."""
    for m in _HAS_QUANTITY.finditer(sentence):
        if _TIME_UNIT_AFTER.match(sentence, m.end()) and not _PERIOD_FRAME.search(
            sentence[max(m.start() - 30, 0) : m.start()]
        ):
            return True
    return _SINCE_YEAR.search(sentence) is not None or _YEAR_RANGE.search(sentence) is not None


_PERIOD_FRAME = re.compile(r"\b(?:past|last|previous|recent|next|coming|first)\s+$", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b|\bfrom (?:19|20)\d\d to\b")
_SINCE_YEAR = re.compile(r"\bsince\s+(?:\w+\s+)?(?:19|20)\d\d\b", re.IGNORECASE)


def is_share(text: str, figure: re.Match[str]) -> bool:
    """The figure found in `text` is a share ("94%", "one third of"), not a count."""
    return bool(_PERCENT_AFTER.match(text, figure.end()) or _FRACTION.fullmatch(figure.group()))


def quantity_units(sentence: str, *, words: int = 5) -> str:
    """What each quantity counts: the words right after it, up to a preposition or a verb
    ("106 Honorary Consuls of Kazakhstan" → Honorary Consuls; "14 reports of foreign
    nationals" → reports; "about 3,000 of our citizens" → citizens). Five words reach the
    noun past its adjectives ("180 basic international normative legal acts")."""
    text = _without_dates_and_references(sentence)
    units = []
    for m in _HAS_QUANTITY.finditer(text):
        if is_share(text, m):
            continue  # "94% of services", "one third of children": a share, not a count
        following = re.findall(r"[^\W_][\w'’-]*", text[m.end() :])[: words + 3]
        while following and following[0].lower() in _PARTITIVE:
            following.pop(0)  # "3,000 of our citizens"
        unit = _unit_phrase(following, words)
        units += [unit, _victims_of(following, unit, words)]
    return " ".join(u for u in units if u)


# "700 victims of human trafficking": the victims are the trafficked; what they are victims
# of says what was done to those counted.
_VICTIMS = frozenset(["victims", "survivors"])


def _victims_of(following: list[str], unit: str, longest: int) -> str:
    """What the victims a quantity counts are victims of, or nothing."""
    n = len(unit.split())
    if n == 0 or unit.split()[-1].lower() not in _VICTIMS or following[n : n + 1] != ["of"]:
        return ""
    return _unit_phrase(following[n + 1 :], longest)


def _unit_phrase(following: list[str], longest: int) -> str:
    """The words of a unit: up to a preposition or a verb, at most `longest` of them."""
    unit: list[str] = []
    for word in following:
        if word.lower() in UNIT_END or len(unit) == longest:
            break
        unit.append(word)
    return " ".join(unit)


# "The number of recognised stateless persons remains at around 7,000": what the number
# counts is named before its figure.
_NUMBER_OF = re.compile(r"\bnumber of ((?:[\w'’-]+ ?){1,5})", re.IGNORECASE)


def numbered_units(sentence: str) -> str:
    """What "the number of …" counts in a sentence that gives a figure for it, up to a
    preposition or a verb ("number of officially recognised stateless persons remains" →
    officially recognised stateless persons)."""
    if not _HAS_QUANTITY.search(_without_dates_and_references(sentence)):
        return ""
    return " ".join(_unit_phrase(m.group(1).split(), 5) for m in _NUMBER_OF.finditer(sentence))


# "80 citizens … were evacuated": the verb of what was counted says what they are (evacuees).
_PASSIVE_AFTER = re.compile(
    r"^[^.;:]{0,80}?\b(?:were|was|have been|has been|had been)\s+([a-z]+ed)\b", re.IGNORECASE
)


def passive_after_quantities(sentence: str) -> str:
    """The participles of the passive verbs that follow the quantities of a sentence ("80
    citizens of Kazakhstan were evacuated" → evacuated): what was done to what is counted."""
    text = _without_dates_and_references(sentence)
    found = (_PASSIVE_AFTER.match(text[m.end() :]) for m in _HAS_QUANTITY.finditer(text))
    return " ".join(m.group(1) for m in found if m is not None)


_PARTITIVE = frozenset(["of", "the", "our", "their", "its", "these", "those", "them"])
UNIT_END = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "with",
        "by",
        "about",
        "around",
        "into",
        "among",
        "and",
        "or",
        "who",
        "which",
        "that",
        "whom",
        "whose",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "do",
        "does",
        "did",
        "per",
        "than",
        "as",
    ]
)


_FRACTION = re.compile(r"half|third|quarter", re.IGNORECASE)
# After a figure, what makes it a share rather than a count ("94%", "one third of").
_PERCENT_AFTER = re.compile(
    r"\s?(?:%|per ?cent\b)|\s(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b", re.IGNORECASE
)
_HAS_SHARE = re.compile(
    r"%|\bper ?cent\b|\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|majority|"
    r"minority|share|proportion)\b|\b\d+ (?:in|out of) \d+\b",
    re.IGNORECASE,
)


def holds_share(sentence: str) -> bool:
    return _HAS_SHARE.search(sentence) is not None


_HAS_MONEY = re.compile(
    r"\b(?:tenge|KZT|USD|EUR|dollars?|euros?|roubles?|rubles?|budget|funds?|funding|financ\w*)\b"
    r"|[$€£₸]",
    re.IGNORECASE,
)


def holds_money(sentence: str) -> bool:
    return _HAS_MONEY.search(sentence) is not None


# "How much are they charged": "free of charge" says how much, with no figure.
_FREE = re.compile(
    r"\bfree of (?:charge|cost)\b|\bat no (?:cost|charge)\b|\bwithout (?:charge|payment)\b"
    r"|\bgratuitous(?:ly)?\b",
    re.IGNORECASE,
)


def says_free(sentence: str) -> str | None:
    """The words that say something costs nothing, or None."""
    m = _FREE.search(sentence)
    return m.group() if m else None


_SMALL_WORDS = frozenset(["of", "and", "for", "the", "on", "in", "to", "&"])


def acronym_expansion(sentence: str, acronym: str) -> str | None:
    """The words a sentence defines an abbreviation with: "Guaranteed Amount of Free Medical
    Care (GAFMC)" — the words right before "(GAFMC)" whose initials spell it."""
    for m in re.finditer(rf"\(\s*{re.escape(acronym)}s?\s*\)", sentence):
        words = list(re.finditer(r"[\w'’-]+|&", sentence[: m.start()]))
        letters = [c for c in acronym.upper() if c != "&"]
        start = None
        for word in reversed(words):
            text = word.group()
            if not letters:
                break
            if text.lower() in _SMALL_WORDS:
                continue
            if text[0].upper() != letters[-1]:
                break
            letters.pop()
            start = word.start()
        if not letters and start is not None:
            return sentence[start : m.start()].strip()
    return None


# A purpose stated: "The goal is to …", "aimed at …", "in order to …".
_PURPOSE = re.compile(
    r"\b(?:aim(?:s|ed)? (?:at|to)|goal|purpose|objective|in order to|so as to|so that|"
    r"designed to|intended to|with a view to|to ensure|to increase|to improve|to prevent)\b",
    re.IGNORECASE,
)


def states_a_purpose(sentence: str) -> bool:
    return _PURPOSE.search(sentence) is not None


# A term given: a short phrase in quotes ("Kandas"), or one a sentence says something is
# called.
_TERM = re.compile(
    r"[\"“«]\s*[\w'’-]+(?:\s+[\w'’-]+){0,3}\s*[\"”»]|\b(?:called|termed|known as|referred to as|"
    r"so-called|designated as)\b",
    re.IGNORECASE,
)


def states_a_term(sentence: str) -> bool:
    return _TERM.search(sentence) is not None


# Units of measure a question may ask its figure in ("in square kilometres"): the figure that
# answers is given in that unit. Generic English, with the usual abbreviations.
MEASURE_UNITS: dict[str, str] = {
    "kilometres": "kilometres kilometers km",
    "kilometers": "kilometres kilometers km",
    "metres": "metres meters",
    "meters": "metres meters",
    "hectares": "hectares ha",
    "tonnes": "tonnes tons",
    "tons": "tonnes tons",
    "kilograms": "kilograms kg",
    "litres": "litres liters",
    "dollars": "dollars usd us$ $",
    "euros": "euros eur €",
    "tenge": "tenge kzt",
    "roubles": "roubles rubles rub",
    "rubles": "roubles rubles rub",
}
_IN_UNIT = re.compile(r"\bin (?:square |cubic |us |thousands of |millions of )?([a-z]+)\b")


# "What is the total land area": an area of land is measured in square kilometres or
# hectares, whatever unit the question leaves unsaid; "five key areas" is no area.
_LAND_AREA = re.compile(
    r"\b(?:land|surface|total|territorial) area\b|\barea of (?:the )?(?:country|territory|land)\b"
    r"|\bhow (?:big|large) is (?:the |its )?(?:country|territory)\b"
)


def asked_measure_unit(question: str) -> str | None:
    """The words a figure asked "in square kilometres" is given in, or None."""
    q = question.lower()
    for m in _IN_UNIT.finditer(q):
        if m.group(1) in MEASURE_UNITS:
            return MEASURE_UNITS[m.group(1)]
    if _LAND_AREA.search(q):
        return f"{MEASURE_UNITS['kilometres']} {MEASURE_UNITS['hectares']}"
    return None
