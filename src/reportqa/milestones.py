"""Milestones and series: which one a question asks for, so that a sentence about another
one is not taken as its answer ("signed" is not "entered into force"; "up to 18 years" is not
the minimum; "the second phase" does not date the first).

The lists are generic English, not drawn from any one report.
"""

from __future__ import annotations

import re

from reportqa.support import YEAR

# Milestones of an agreement, a law or a programme, in generic English. A date question asks
# for one of them; the report may date another (signed, not in force). Named, so that the
# sets below say which milestones they mean.
_EVENT = {
    name: re.compile(rf"\b(?:{pattern})", re.IGNORECASE)
    for name, pattern in (
        (
            "in_force",
            r"(?:enter(?:s|ed|ing)?|c[oa]me|comes|coming) into (?:force|effect)|in force\b|"
            r"t[oa]ke?s? effect|took effect|taking effect|entry[ -]into[ -]force|in-force\b|"
            r"effective\b|"
            # "From what date does the waiver apply": when it is applied, not when signed.
            r"(?:from|since) (?:what|which) (?:date|day)\b[^?]*\bappl(?:y|ies)\b(?! (?:for|to)\b)",
        ),
        # Not "where they end up", not "ending poverty" (a goal, not the end of a term).
        (
            "end",
            r"end(?:s|ed)?\b(?! up)|ending\b(?!\s+(?:up\b|(?!date\b)\w))|expir|terminat|finish|"
            r"complet|until\b|valid(?:ity)?\b",
        ),
        ("amend", r"amend|revis|renew|prolong"),
        # "Decree No. 642 dated 20 August 2021": a decree's date is the day it was signed, the
        # day it was "decided to open" the consulate it established.
        (
            "sign",
            r"sign(?:s|ed|ing)?\b|conclud|(?:decree|order|resolution)s? (?:no\. ?\d+,? )?dated\b|"
            r"decid(?:e|es|ed|ing) to\b",
        ),
        ("ratify", r"ratif"),
        ("adopt", r"adopt|approv|enact|passed\b"),
        (
            "establish",
            r"establish|found(?:ed|ing)\b|creat|set (?:it |them |this |that )?up\b|"
            r"develop(?:s|ed|ing)?\b",
        ),
        (
            "launch",
            r"launch|start|beg[au]n\b|begin|initiat|commenc|open(?:s|ed|ing)?\b|"
            r"(?:go|goes|going|gone|went) live\b|roll(?:s|ed|ing)? out\b",
        ),
        (
            "join",
            r"join(?:s|ed|ing)?\b|acce(?:ded|ssion)\b|bec(?:a|o)me (?:a |an )?(?:full )?member|"
            r"membership\b|"
            # "first placed on the watch list": when it joined the list
            r"(?:placed|put|added|included) (?:on|to|in) (?:the |its |a )?"
            r"(?:[\w'’-]+ ){0,5}?lists?\b",
        ),
        ("close", r"clos(?:e|ed|es|ing|ure)\b|shut|suspen(?:d|ded|sion)\b"),
        ("reopen", r"reopen|resum(?:e|ed|es|ing|ption)\b|restor(?:e|ed|ation)\b"),
        # When an event was held is not when it was decided on or its results published.
        (
            "held",
            r"held\b|conduct(?:s|ed|ing)?\b|carr(?:y|ied|ies) out\b|t[oa]ke?s? place\b|"
            r"took place\b|taking place\b",
        ),
        # "When were the cards scrapped": the day they were abolished, not another.
        ("abolish", r"abolish|scrap(?:s|ped|ping)?\b|cancel(?:s|led|ed|ling|ing|lation)?\b"),
        # "Since which year had it been on the list": when a state of things began.
        ("since", r"since (?:which|what) (?:year|date|month)|since when"),
    )
}
EVENTS: tuple[re.Pattern[str], ...] = tuple(_EVENT.values())
# Milestones a text never implies: a law's date is the day it was adopted, not the day it came
# into force nor the day it was amended or abolished; a start date is not an end date. The
# sentence must name them.
STATED_EVENTS = (_EVENT["in_force"], _EVENT["end"], _EVENT["amend"], _EVENT["abolish"])
# A date asked for a start (founded, began, joined) is not the year of anything else done:
# "In 2021, about 100 flights were organised" does not say when they began.
SINCE_ASKED = _EVENT["since"]
# Holding an event: only a date question asks when ("how long can they be held" asks no date).
HELD = _EVENT["held"]
START_EVENTS = frozenset(_EVENT[name] for name in ("establish", "launch", "join", "since"))
_FOUNDING = frozenset([_EVENT["establish"], _EVENT["launch"]])
# The milestones a span of years states: "for 2018-2022" says when it starts and ends.
SPAN_EVENTS = frozenset([_EVENT["end"], _EVENT["launch"]])


# Words that pick one of a series: a sentence that names another one of the series and not
# the asked one is about that other one ("the second phase" does not date the first; "up to 18
# years" is not the minimum).
def _series(*members: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rf"\b(?:{member})\b") for member in members)


# The kinds of passport: a waiver for diplomatic ones is none for ordinary ones.
_PASSPORT_KINDS = _series(
    r"(?:ordinary|national|regular|civil(?:ian)?)[ -](?:[\w-]+ )?passports?",
    "diplomatic",
    "service passports?|official passports?",
)
_BOUNDS = _series(
    "minimum|minimal|at least|no less than|not less than|shortest",
    "maximum|maximal|up to|at most|no more than|longest",
)
_HIGH_OR_LOW = _series("lowest", "highest")
CONTRASTS: tuple[tuple[re.Pattern[str], ...], ...] = (
    _BOUNDS,
    _HIGH_OR_LOW,
    # "the largest number … are from Russia" names the first, not the second
    _series("first|largest|biggest", "second", "third", "fourth", "fifth"),
    _PASSPORT_KINDS,
    # legal statuses: a count of the stateless is none of refugees
    _series(r"refugees?|asylum", r"stateless|statelessness"),
    # persons with no papers against those a state has recognised: a count of the stateless
    # the state recognises is none of the undocumented
    _series(
        r"undocumented|without (?:any )?(?:identity )?documents|paperless",
        r"officially|de jure|recogni[sz]ed|hold(?:s|ing)? (?:\w+ )?status",
    ),
)


# "The most prison time they can get", "the lowest sentence a court can hand down": the bound
# of one penalty (a maximum or a minimum), not a leader among many.
_BOUND_OF_ONE = re.compile(
    r"\b(?:(most|longest|highest|greatest)|least|shortest|lowest)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sentences?|terms?|penalt(?:y|ies)|punishments?|fines?|time|years)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:can|could|may|might)\b",
    re.IGNORECASE,
)


def bound_of_one(question: str) -> str:
    """ "max" or "min" when the question asks for the bound of one penalty, else ""."""
    m = _BOUND_OF_ONE.search(question)
    return "" if m is None else "max" if m.group(1) else "min"


def asked_contrasts(question: str) -> list[tuple[int, tuple[re.Pattern[str], ...]]]:
    """Each series member the question names ("the minimum sentence", "the first phase"),
    as its place in its series."""
    q = question.lower()
    asked = [(i, series) for series in CONTRASTS for i, m in enumerate(series) if m.search(q)]
    bound = bound_of_one(q)
    if bound:
        asked = [(i, s) for i, s in asked if s is not _HIGH_OR_LOW]
        asked.append((0 if bound == "min" else 1, _BOUNDS))
    if _ASKS_WHICH_PASSPORTS.search(q):
        # "It isn't for ordinary passports — which holders does it cover?": the kind of
        # passport is what is asked, not a given that picks one of the series.
        asked = [(i, series) for i, series in asked if series is not _PASSPORT_KINDS]
    return asked


_ASKS_WHICH_PASSPORTS = re.compile(
    r"\b(?:which|what|whose) (?:kinds? of |types? of )?(?:passports?|(?:passport )?holders)\b"
    r"|\bwhom does it cover\b"
)


def asked_events(question: str, *, dated: bool) -> list[re.Pattern[str]]:
    """The milestones a question names ("when did it enter into force"; "sign the order
    creating …" names two): a sentence naming any of them may answer. `dated`: a date is
    asked."""
    return [e for e in EVENTS if e.search(question) and (dated or e is not HELD)]


# "The results of the census will be published in 2022" does not date the census itself.
_PUBLISHED = re.compile(r"\b(?:publish|releas)", re.IGNORECASE)
_STATES_A_START = re.compile(r"\bsince\b|\bfor the first time\b", re.IGNORECASE)
_YEAR_SPAN = re.compile(r"\b(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d\b")


def names_another_event(text: str, events: list[re.Pattern[str]], *, dated: bool = False) -> bool:
    """The sentence names a milestone other than the asked ones and none of them: "signed
    on 6 September" does not say when it entered into force, nor who initiated it.
    `dated`: a date is asked, so a start must be stated ("since 2016") to be dated."""
    # Where or by whom a consulate was "opened" is where or by whom it was "established";
    # when it opened to the public is not when a decree established it.
    if not dated and _FOUNDING.intersection(events):
        events = [*events, *(e for e in _FOUNDING if e not in events)]
    # "Since when has the waiver signed in Bern been in force": a milestone a text never
    # implies is the one asked; the others describe what it is about.
    stated = [e for e in events if e in STATED_EVENTS]
    if any(e.search(text) for e in stated or events):
        return False
    if SPAN_EVENTS.intersection(events) and _YEAR_SPAN.search(text):
        return False  # "an Action Plan for 2018-2022" states when it starts and ends
    if stated:
        return True  # "(22 July 2011)" after a law's name is not its entry into force
    if HELD in events and _PUBLISHED.search(text):
        return True
    if dated and START_EVENTS.intersection(events):
        if _STATES_A_START.search(text) is None:
            return True  # "In 2021, about 100 flights were organised" dates no beginning
        if set(events) == {_EVENT["establish"]}:
            return True  # "since 2016 it has been running a programme": not when it was founded
        if SINCE_ASKED in events:
            return False  # "effective since 2012" says since when, whatever else it says
    return any(e.search(text) for e in EVENTS if e not in events)


# The date of a document the sentence cites ("the Decision … of 8 September 2016", "the
# Recommendations for the 2020 Censuses", "(UN New York and Geneva, 2015)") dates the document,
# not what the sentence says was done according to it.
_DOCUMENT_WORDS = (
    "recommendations?|decisions?|resolutions?|decrees?|orders?|conventions?|statements?|"
    "protocols?|declarations?|guidelines|standards?|laws?|codes?"
)
_DOCUMENT_DATE = re.compile(
    rf"\b(?:{_DOCUMENT_WORDS})\b[^;:.()]{{0,120}}?\b(?:of|dated|for the|from)\s+"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
    # "the Joint Statement on the Impact of COVID-19 on Migrants (of 12 June 2020)"
    rf"|\b(?:{_DOCUMENT_WORDS})\b[^;:.()]{{0,120}}?\(\s*(?:of|dated)\s+"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\s+)?(?:19|20)\d\d\s*\)"
    r"|\([^()]*,\s*(?:19|20)\d\d\)",
    re.IGNORECASE,
)
# A meeting's date is that of the decision it took: "the Decision of the 55th meeting … of
# 8 September 2016" dates the meeting.
_DOCUMENT_QUESTION = re.compile(rf"\b(?:{_DOCUMENT_WORDS}|meetings?|sessions?)\b", re.IGNORECASE)
_A_YEAR = re.compile(rf"\b{YEAR.pattern}\b")


# "When was the census held, whose questions follow the CES Recommendations?": a document
# named in a clause that describes what is asked is not the thing dated.
_DESCRIBING = re.compile(r",\s*(?:whose|which|that|who|where)\b|\baccording to\b", re.IGNORECASE)


def asks_of_a_document(question: str) -> bool:
    return _DOCUMENT_QUESTION.search(_DESCRIBING.split(question)[0]) is not None


def dates_only_documents(text: str) -> bool:
    """Every year the sentence names is the date of a document it cites."""
    rest = _DOCUMENT_DATE.sub(" ", text)
    return _A_YEAR.search(text) is not None and _A_YEAR.search(rest) is None


# "When is the next election", "when will the Kurultai be held": a future event is asked; a
# sentence that dates a past one ("established by Decree … dated 20 August 2021") says nothing
# of when the next will be.
_FUTURE_QUESTION = re.compile(
    r"\b(?:next|upcoming|forthcoming|future)\b|\bwill\b|\bis (?:to|due to|expected to|scheduled "
    r"to|planned to) be\b|\bare (?:to|due to|expected to|scheduled to) be\b",
    re.IGNORECASE,
)
_FUTURE_TEXT = re.compile(
    r"\b(?:will|shall|plan(?:s|ned)?|expected|scheduled|due|next|upcoming|forthcoming|intend|"
    r"aim|is to|are to|to be (?:held|opened|adopted|published|signed|launched))\b|\bunderway\b|"
    r"\bwork is (?:being|under)",
    re.IGNORECASE,
)


def asks_about_the_future(question: str) -> bool:
    return _FUTURE_QUESTION.search(question) is not None


def speaks_of_the_future(text: str) -> bool:
    return _FUTURE_TEXT.search(text) is not None


# Talks under way are no agreement: "negotiations are underway with other countries (…)" does
# not say which countries a visa waiver already covers, unless talks are what is asked.
_IN_TALKS = re.compile(
    r"\bnegotiations? (?:are|is|were|was) (?:under ?way|ongoing|in progress|being (?:held|"
    r"conducted))|\bunder negotiation\b|\bbeing negotiated\b|\btalks (?:are|were) "
    r"(?:under ?way|ongoing|in progress)",
    re.IGNORECASE,
)
_ASKS_ABOUT_TALKS = re.compile(
    r"\b(?:negotiat\w*|talks?|talking|discuss\w*|drafts?|pending|under ?way|in progress|"
    r"planned|plans?|proposed|future|upcoming|prospective|potential|working on|pipeline|"
    r"not yet|yet to|still|being prepared|considered|considering|could|would|will|next|"
    r"slated|expected|scheduled|intend\w*|already|status|to be|going to|soon|"
    # "which city is it trying to get a consulate in": what is sought is not yet had
    r"try|tries|trying|seek|seeks|seeking|hope|hopes|hoping|aim|aims|aiming|"
    # "In which city in China Kazakhstan want to open new consulate?"
    r"wants?|wanting|wish|wishes|would like|looking to)\b",
    re.IGNORECASE,
)


def only_in_talks(sentence: str) -> bool:
    """The sentence says talks are under way: nothing it lists is agreed yet."""
    return _IN_TALKS.search(sentence) is not None


def asks_about_talks(question: str) -> bool:
    """The question asks about talks, plans or what is not yet done."""
    return _ASKS_ABOUT_TALKS.search(question) is not None
