"""What a question tells before it asks: a claim being checked ("A story says …"), a scenario
("My neighbour has no nationality …"), figures offered as options ("one of 50 or one of 103").
What is told gives the topic; only what is asked is required of the answer.
"""

from __future__ import annotations

import re

from reportqa.answer_types import DATE, MONTH, NUMBER
from reportqa.counting import counted_words
from reportqa.milestones import EVENTS
from reportqa.support import YEAR

_CLAIM = re.compile(
    r"^(?:an?|the|one|our|my|this|that|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:story|draft|copy|"
    r"notes|script|caption|graphic|chart|newsletter|"
    r"piece|report|reporter|article|profile|post|headline|source|blog|journalist|writer|"
    r"briefing|memo|summary|tweet|presentation|slide|factsheet|brochure|colleague|editor|"
    r"reader|caller|viewer|listener|press release|speech|op-ed|column|columnist|"
    r"commentator|pundit|claim|rumou?r|statement|website|site|leaflet|flyer|poster|"
    r"spokes(?:man|woman|person)|official|minister|ministry|campaigner|activist|politician|"
    r"textbook|friend|neighbou?r|teacher|student)\b[^.?!]*?\b(?:says?|said|writes?|"
    r"wrote|claims?|claimed|states?|stated|reports?|reported|places?|puts?|ties?|suggests?|"
    r"asserts?|credits?|attributes?|names?|lists?|dates?|calls?|gives?|gave|mentions?|cites?|"
    r"links?|has|had|prints?|printed|rounds?|rounded|quotes?|quoted|uses?|used|estimates?|"
    r"counts?)\b"
    # "We printed 16.", "I wrote that …": the asker tells what they have.
    r"|^(?:we|i)\s+(?:[\w-]+\s+){0,2}?(?:printed|wrote|said|ran|used|published|reported|"
    r"quoted|stated|claimed|have|had)\b",
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
    (2020): how many flights …" asks about 2020. A claim told after the ask ("How many …?
    Our draft says 150.") is not the last sentence that asks."""
    parts = [p for p in _SENTENCE_END.split(question.strip()) if p]
    while len(parts) > 1 and not parts[-1].rstrip().endswith("?"):
        # "How many …? I need the number for my essay.": why they ask, after the ask.
        if _CLAIM.match(parts[-1]) or (
            any(p.rstrip().endswith("?") for p in parts[:-1]) and not _STILL_ASKS.match(parts[-1])
        ):
            parts.pop()
        else:
            break
    return parts[-1] if parts else question


# A sentence after a question that still asks: "Give the figure.", "Please name them."
_STILL_ASKS = re.compile(
    r"^(?:(?:please|and|also|just|only|but|so|or)\s+)*(?:give|name|list|tell|quote|state|"
    r"provide|cite|say|show|spell|explain|describe|identify|specify|confirm|check|include|"
    r"what|which|how|who|whom|whose|when|where|why|is|are|was|were|do|does|did|can|could|"
    # "I mean the agreement with Austria.": what the question asks of, said again.
    r"I mean|that is|namely)\b",
    re.IGNORECASE,
)


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

# Words before a colon that tells who asks or why, then the question proper; or, when the
# words say who asks ("Quick number for my piece on …:"), any ask ("the balance for 2020").
_PREFACE = re.compile(
    r"^[^:?]{8,}:\s+(?=(?:about |roughly |approximately )?(?:how|what|which|who|whom|whose|"
    r"when|where|why|is|are|was|were|do|does|did|can|could|has|have)\b)"
    r"|^[^:?]*\b(?:my|I|I'm|I’m|we|our|us|me)\b[^:?]*:\s+(?=\S)",
    re.IGNORECASE,
)


# A full stop before a capital ends a sentence, unless it ends an abbreviation ("e.g. TV").
_SENTENCE_END = re.compile(
    r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bNo\.)(?<!\bvs\.)(?<!\bv\.)(?<!\bDr\.)(?<!\bMr\.)"
    r"(?<!\bSt\.)"
    r"(?<=[.!?])\s+(?=[A-Z])"
)


def tells_a_claim(question: str) -> bool:
    """The question starts by telling a claim being checked ("A draft says …", "We printed …")."""
    return _CLAIM.search(question) is not None


def tells_before_asking(question: str) -> bool:
    """A claim or a scenario comes before the sentence that asks."""
    return tells_a_claim(question) or asked_sentence(question) != question.strip()


def asks_through_what_it_tells(question: str) -> bool:
    """ "A researcher wants the number of children housed in 2021. What is it?": the asking
    sentence holds nothing of its own, so the scenario before it says what is asked. A claim
    being checked never does: its figures and names may be the ones that are wrong."""
    if tells_a_claim(question):
        return False
    words = re.findall(r"[a-z]+", asked_sentence(question).lower())
    return bool(words) and all(w in _FORM_ONLY for w in words)


def claim_as_question(question: str) -> str | None:
    """ "A draft says 60 victims were identified in 2021. What figure does the report give?":
    the claim asked as a question ("how many victims were identified in 2021?"), when the
    asking sentence names nothing of its own; the claim's first figure that is not a year is
    the one asked. None when there is none. What is counted must still be what the report
    counts; the claimed figure need not be."""
    words = re.findall(r"[a-z]+", asked_sentence(question).lower())
    if not words or not all(w in _FORM_ONLY for w in words):
        return None
    return claim_topic(question, NUMBER)


def claim_topic(question: str, kind: str | None) -> str | None:
    """ "A draft says Kazakhstan and Austria signed an agreement in March 2021. What signing
    date does the report give?": the claim with what is asked left open ("Kazakhstan and
    Austria signed an agreement when?"). The rest is what the asker takes as given, so the
    answer must be about it: the report's date for Switzerland does not check a claim about
    Austria. None when no claim is told, or the ask is for neither a figure nor a date."""
    told = _claim_told(question)
    pattern = {NUMBER: _CLAIMED_FIGURE, DATE: _CLAIMED_DATE}.get(kind or "")
    if told is None or pattern is None:
        return None
    doubted = pattern.search(told)
    if doubted is None:
        return None
    if kind == DATE:
        ask = "when"
    else:
        ask = "what percentage" if re.search(r"%|per ?cent", doubted.group()) else "how many"
    return f"{told[: doubted.start()]}{ask} {told[doubted.end() :].lstrip()}".strip() + "?"


def _claim_told(question: str) -> str | None:
    """What a claim told before the ask says, without its teller ("60 victims were
    identified in 2021")."""
    claim = _CLAIM.search(question)
    asked = asked_sentence(question)
    end = question.rfind(asked)
    if claim is None or end <= claim.end():
        return None
    told = question[claim.end() : end].strip(" .;:—–-")
    return re.sub(r"^that\s+", "", told) or None


# A claimed date: "on 1 October 2021", "in March 2021", "in 2018".
_CLAIMED_DATE = re.compile(
    rf"\b(?:(?:on|in|since|from|by|as of)\s+)?(?:\d{{1,2}}\s+)?(?:{MONTH.pattern}\s+)?"
    r"(?:19|20)\d\d\b"
)


# A claimed figure, not a year nor a day of a month: "60", "about 2,000", "18 million", "5%".
_CLAIMED_FIGURE = re.compile(
    r"\b(?:(?:about|around|roughly|some|over|more than|nearly|almost|approximately|just over|"
    r"just under|fewer than|less than|only|exactly)\s+)?(?!(?:19|20)\d\d\b)"
    rf"(?!\d{{1,2}}\s+{MONTH.pattern})\d[\d,.]*\b"
    r"(?:\s*(?:%|per ?cent\b|thousand\b|million\b|billion\b))?\s*"
    # "several hundred stateless people", "dozens of consulates": a figure in words
    r"|\b(?:(?:about|around|roughly|some|over|more than|nearly|almost|only|just)\s+)?"
    r"(?:(?:(?:several|a few|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|fifty|a) )?(?:hundred|thousand|million)s?(?: of)?|dozens of|scores of)\s+"
)


# The words of a sentence that asks for "it" and nothing more ("What figure does it give?").
_FORM_ONLY = frozenset(
    "what which how many much is it was the figure number date year does do did review report "
    "say says give gives state states it they that this its value amount total count tally exactly "
    "actual actually correct real right true precise exact".split()
)


# "Is it true that 120 honorary consuls work abroad?", "Did the report say 46% were women?":
# a figure being checked, asked as the figure the report gives ("how many honorary consuls
# work abroad?"), since the claimed one may be the one that is wrong. A year stays: it says
# which figure is meant.
_CHECKED_CLAIM = re.compile(
    r"^(?:(?:so|and|but|ok|okay),?\s+)?(?:is it (?:really |actually )?(?:true|correct|right|"
    r"accurate|the case)|(?:did|does) (?:the|this|its) (?:report|review|document|paper)"
    r"(?: really| actually)? (?:say|claim|state|report|show|find)|is the (?:report|review) right)"
    r"(?: that)?\s+",
    re.IGNORECASE,
)
# "Article 83", "Objective 7", "No. 642", "24/7": a number that names or times, not a count.
_NAMES_A_NUMBER = re.compile(r"(?:\b[A-Z][\w.-]*|\b(?i:no\.?|number)|[#/\d])\s*$")


def claim_as_figure_question(question: str) -> str:
    """A claim checked for its figure, as the question for the figure ("Is it true that
    Kazakhstan has 120 honorary consuls?" → "Kazakhstan has how many honorary consuls?");
    any other question as it is."""
    return count_left_out_filled(_claim_asked(question))


def _claim_asked(question: str) -> str:
    m = _CHECKED_CLAIM.match(question.strip())
    if m is None:
        return question
    claim = question.strip()[m.end() :].rstrip(" ?.")
    for figure in _CLAIMED_FIGURE.finditer(claim):
        before, after = claim[: figure.start()], claim[figure.end() :]
        if _NAMES_A_NUMBER.search(before) or re.match(r"/|\s*\d", after):
            continue  # "Article 83 …", "a 24/7 line", the number "116 16"
        share = re.search(r"%|per ?cent", figure.group()) is not None
        ask = "what percentage" if share else "how many"
        asked = f"{before}{ask} {after.lstrip()}".strip()
        return asked[:1].upper() + asked[1:] + "?"
    return _claimed_date_asked(claim) or question


# "… how many national SDG indicators? How many does the report say have been nationalised?":
# the second ask leaves out what it counts, which the first says.
_COUNT_LEFT_OUT = re.compile(
    r"([?.!]\s+)how many\s+(?=(?:does|do|did|has|have|had|is|are|was|were|will|would|can|"
    r"could)\b)",
    re.IGNORECASE,
)


def count_left_out_filled(question: str) -> str:
    """A "how many" that leaves out what it counts, given the counted words of the "how many"
    before it; any other question as it is. Else "five key areas" would answer how many
    indicators were nationalised, since the ask itself names nothing counted."""
    m = _COUNT_LEFT_OUT.search(question)
    before = question[: m.start() + 1] if m is not None else ""
    words = counted_words(before) if m is not None else []
    if m is None or not words:
        return question
    # The words as the asker wrote them ("SDG"), not as counted (lower case).
    said = (re.search(rf"\b{re.escape(w)}\b", before, re.IGNORECASE) for w in words)
    counted = " ".join(f.group() if f else w for f, w in zip(said, words, strict=True))
    return f"{question[: m.end(1)]}How many {counted} {question[m.end() :]}"


# A claimed date that ends the claim: "… was established in 2019", "… runs until 2025".
_DATE_AT_END = re.compile(
    rf"\s+(?:(?:in|on|since|from|by|until|till|as of)\s+)?(?:\d{{1,2}}\s+)?"
    rf"(?:{MONTH.pattern}\s+)?(?:19|20)\d\d$"
)


def _claimed_date_asked(claim: str) -> str | None:
    """ "The Busan consulate was established in 2019" checks when a milestone was: asked as
    "The Busan consulate was established when?". A date of a state ("stateless in 2019")
    says which figure is meant; it is no milestone and stays."""
    m = _DATE_AT_END.search(claim)
    if m is None:
        return None
    until = re.match(r"\s+(?:until|till)\b", m.group()) is not None  # an end, a milestone
    if not until and not any(event.search(claim[: m.start()]) for event in EVENTS):
        return None
    asked = f"{claim[: m.start()]} {'until ' if until else ''}when?"
    return asked[:1].upper() + asked[1:]
