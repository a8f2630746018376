"""Questions that ask for the top (or the first) of a ranking, and sentences that rank.

"Which bank handled the largest volume of transfers" is not answered by a sentence that names
a bank: the sentence must say which one leads ("mainly", "the majority", "especially") or give
the figures that rank them ("Uzbekistan — 51%, Tajikistan — 15%"). "Which country signed most
recently" needs a sentence that orders in time. A sentence on the topic that does not rank is
the near-miss a journalist would otherwise print as the answer.
"""

from __future__ import annotations

import re

from reportqa.answer_types import YEAR_WORD, quantities
from reportqa.lexical import tokenize
from reportqa.milestones import bound_of_one

SIZE = "size"
TIME = "time"

# Words of degree, which say how much of a topic, not which topic.
DEGREE_STEMS = frozenset(
    tokenize(
        "largest biggest highest lowest smallest greatest most least main first second third "
        "last latest newest oldest"
    )
)

# "the most", "the largest share", "most often"; not "at most" (a bound on one figure) nor
# "most recent" (a time, see _ASKS_FOR_FIRST).
_ASKS_FOR_TOP = re.compile(
    r"\b(?<!at )(?:most|largest|biggest|highest|greatest|lowest|smallest|fewest|least)\b"
    r"(?!\s+(?:recent|recently|developed)\b)"
    # "in which year did the number peak": the year of the highest figure
    r"|\bpeak(?:ed|s)?\b|\brecord (?:high|level|number)\b"
    # "ranks second", "the third-largest share": a place in a ranking.
    r"|\brank(?:s|ed)?\s+(?:second|third|fourth|fifth|last)\b"
    r"|\b(?:second|third|fourth|fifth)[-\s](?:largest|biggest|highest|most|lowest)\b",
    re.IGNORECASE,
)
# Words by which a sentence singles out the leader of a group.
_SINGLES_OUT = re.compile(
    r"\b(?:most|mostly|largest|biggest|highest|greatest|lowest|smallest|fewest|least|main|"
    r"mainly|majority|leading|leader|predominantly|predominant|primarily|chiefly|bulk|top|"
    r"especially|particularly|in particular|notably|above all|first place|half|record)\b",
    re.IGNORECASE,
)
# "the first consul", "most recently"; "the first half of 2021" is a time, not a ranking.
# "the latest official count", "the most recent figures": the figure now, no ranking.
_ASKS_FOR_FIRST = re.compile(
    r"\b(?:(?:most recent(?:ly)?|newest|latest)(?!\s+(?:[\w-]+\s+)?(?:counts?|figures?|"
    r"numbers?|data|statistics|stats|tally|estimates?|headcount|totals?|available)\b)"
    r"|earliest|the first(?!\s+(?:day|half|quarter|phase|stage|time|pandemic)\b))",
    re.IGNORECASE,
)
_ORDERS_IN_TIME = re.compile(
    r"\b(?:first|new|newly|newest|latest|recent(?:ly)?|last|earliest|initially|originally|"
    r"established|opened|created|founded|launched)\b",
    re.IGNORECASE,
)


def asks_for_top(question: str) -> str:
    """How the question ranks: SIZE ("which bank handled the most"), TIME ("which signed
    most recently"), or "" when it asks for no leader."""
    if _ASKS_FOR_TOP.search(question) and not bound_of_one(question):
        return SIZE
    return TIME if _ASKS_FOR_FIRST.search(question) else ""


def ranks(text: str, by: str) -> bool:
    """The text singles out a leader, or gives what ranks them: two figures for SIZE, two
    years for TIME."""
    if by == TIME:
        return _ORDERS_IN_TIME.search(text) is not None or len(set(YEAR_WORD.findall(text))) >= 2
    return _SINGLES_OUT.search(text) is not None or len(quantities(text)) >= 2


# "Which country supplies the largest number of foreign workers": what is ranked. A sentence
# that ranks something else ("the largest number of citizens provided with medical care") does
# not say who leads in it.
_RANKED = re.compile(
    r"\b(?:the )?(?:largest|biggest|highest|greatest|most) (?:number|share|count|group|"
    r"numbers) of ([a-z][\w'’-]*(?: [a-z][\w'’-]*){0,3}?)"
    r"(?= (?:in|into|from|to|at|on|among|during|by|for|who|that|were|was|are|is|come|came|"
    r"employed|living|working)\b|\s*[?,.]|$)",
    re.IGNORECASE,
)

# "Which country received the most emigrants", "treated the most foreign patients": the
# plural after "the most" is what is ranked ("the most popular destination" ranks nothing).
_MOST_OF_A_PLURAL = re.compile(
    r"\bthe (?:most|largest number of|highest number of) (?!recent)((?:[a-z][\w'’-]* ){0,2}?"
    r"(?:[a-z][\w'’-]*[^su\W]s|people|children))\b(?! of\b)",
    re.IGNORECASE,
)


def ranked_words(question: str) -> list[str]:
    """The words of what the question ranks ("foreign workers"), or []. A participle after
    the noun says how they were counted, not what ("foreign nationals treated")."""
    text = " ".join(question.split())
    m = _RANKED.search(text) or _MOST_OF_A_PLURAL.search(text)
    words = m.group(1).lower().split() if m else []
    while words and words[-1].endswith("ed"):
        words.pop()
    return words
