"""What a question tells before it asks: a claim being checked ("A story says …"), a scenario
("My neighbour has no nationality …"), figures offered as options ("one of 50 or one of 103").
What is told gives the topic; only what is asked is required of the answer.
"""

from __future__ import annotations

import re

from reportqa.support import YEAR

_CLAIM = re.compile(
    r"^(?:an?|the|one|our|my|this|that|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:story|draft|"
    r"piece|report|reporter|article|profile|post|headline|source|blog|journalist|writer|"
    r"briefing|memo|summary|tweet|presentation|slide|factsheet|brochure|colleague|editor|"
    r"reader|caller|viewer|listener|press release|speech|op-ed|column|columnist|"
    r"commentator|pundit)\b[^.?!]*?\b(?:says?|writes?|"
    r"wrote|claims?|states?|reports?|places?|puts?|ties?|suggests?|asserts?|credits?|"
    r"attributes?|names?|lists?|dates?|calls?|gives?|mentions?|cites?|links?|has)\b",
    re.IGNORECASE,
)


def offered_figures(question: str) -> frozenset[str]:
    """ "One of 50 or one of 103 signatories?": figures offered as options, of which the
    answer holds one, not both."""
    # Two years are not options: "more in 2020 or in 2021" compares them.
    return frozenset(
        n.replace(",", "")
        for m in _FIGURE_OR_FIGURE.finditer(question)
        if not all(YEAR.fullmatch(n) for n in m.groups())
        for n in m.groups()
    )


_FIGURE_OR_FIGURE = re.compile(
    r"(\d[\d,.]*\d|\d)\b[^.?!\d]{0,20}?\bor\b[^.?!\d]{0,20}?(\d[\d,.]*\d|\d)\b"
)


def last_sentence(question: str) -> str:
    """The question's last sentence, with any preface before a colon: "Pandemic year one
    (2020): how many flights …" asks about 2020."""
    parts = [p for p in _SENTENCE_END.split(question.strip()) if p]
    return parts[-1] if parts else question


def asked_sentence(question: str) -> str:
    """The sentence that asks: "A story says the plan began in 2020. Since when has it run?"
    asks the second; the figures of a claim before it are not required of the answer. A
    preface before a colon ("I'm writing for an NGO: how many …") is told, not asked."""
    last = last_sentence(question)
    if _CLAIM.search(last):
        # "A colleague wrote that 96% … — what share does the report state?": the claim and
        # the ask in one sentence, apart by a dash or a semicolon.
        parts = _CLAIM_THEN_ASK.split(last, maxsplit=1)
        if len(parts) == 2:
            return parts[1]
    return _PREFACE.sub("", last, count=1) if _PREFACE.match(last) else last


_CLAIM_THEN_ASK = re.compile(
    r"\s*(?:[—–;]|\s-)\s+(?=(?:so |but |and )?(?:how|what|which|who|whom|whose|when|where|is|"
    r"are|was|were|does|did|do)\b)",
    re.IGNORECASE,
)

# Words before a colon that tells who asks or why, then the question proper.
_PREFACE = re.compile(
    r"^[^:?]{8,}:\s+(?=(?:about |roughly |approximately )?(?:how|what|which|who|whom|whose|"
    r"when|where|why|is|are|was|were|do|does|did|can|could|has|have)\b)",
    re.IGNORECASE,
)


# A full stop before a capital ends a sentence, unless it ends an abbreviation ("e.g. TV").
_SENTENCE_END = re.compile(
    r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bNo\.)(?<!\bvs\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bSt\.)"
    r"(?<=[.!?])\s+(?=[A-Z])"
)


def tells_before_asking(question: str) -> bool:
    """A claim or a scenario comes before the sentence that asks."""
    return _CLAIM.search(question) is not None or asked_sentence(question) != question.strip()


def asks_through_what_it_tells(question: str) -> bool:
    """ "A researcher wants the number of children housed in 2021. What is it?": the asking
    sentence holds nothing of its own, so the scenario before it says what is asked. A claim
    being checked never does: its figures and names may be the ones that are wrong."""
    if _CLAIM.search(question) is not None:
        return False
    words = re.findall(r"[a-z]+", asked_sentence(question).lower())
    return bool(words) and all(w in _FORM_ONLY for w in words)


def claim_as_question(question: str) -> str | None:
    """ "A draft says 60 victims were identified in 2021. What figure does the report give?":
    the claim asked as a question ("how many victims were identified in 2021?"), when the
    asking sentence names nothing of its own; the claim's first figure that is not a year is
    the one asked. None when there is none. What is counted must still be what the report
    counts; the claimed figure need not be."""
    claim = _CLAIM.search(question)
    asked = asked_sentence(question)
    words = re.findall(r"[a-z]+", asked.lower())
    if claim is None or not words or not all(w in _FORM_ONLY for w in words):
        return None
    told = question[claim.end() : len(question) - len(asked)].strip(" .;:—–-")
    told = re.sub(r"^that\s+", "", told)
    figure = _CLAIMED_FIGURE.search(told)
    if figure is None:
        return None
    share = re.search(r"%|per ?cent", figure.group()) is not None
    ask = "what percentage" if share else "how many"
    return f"{told[: figure.start()]}{ask} {told[figure.end() :].lstrip()}".strip() + "?"


# A claimed figure, not a year: "60", "about 2,000", "18 million", "5%".
_CLAIMED_FIGURE = re.compile(
    r"\b(?:(?:about|around|roughly|some|over|more than|nearly|almost|approximately|just over|"
    r"just under|fewer than|less than|only|exactly)\s+)?(?!(?:19|20)\d\d\b)\d[\d,.]*\b"
    r"(?:\s*(?:%|per ?cent\b|thousand\b|million\b|billion\b))?\s*"
)


# The words of a sentence that asks for "it" and nothing more ("What figure does it give?").
_FORM_ONLY = frozenset(
    "what which how many much is it was the figure number date year does do did review report "
    "say says give gives state states it they that this its value amount total exactly "
    "actual actually correct real right true precise exact".split()
)
