"""Details a question asks that the sentence itself must state: what is left ("still"), a
part of a year, an average, a span of time, how often, a unit of measure, a change, who paid,
a penalty. A sentence close in meaning that does not state them does not answer.
"""

from __future__ import annotations

import re

from reportqa.answer_types import NUMBER, asked_measure_unit
from reportqa.asked_details import (
    CHANGE_WORDS,
    DURATION_WORDS,
    FREQUENCY_WORDS,
    FUNDING_WORDS,
    asks_for_change,
    asks_for_duration,
    asks_how_often,
    asks_who_paid,
)
from reportqa.counting import equivalents
from reportqa.lexical import tokenize
from reportqa.questions import asked_clause, without_source_words
from reportqa.requirements import Requirement, any_word_of, said_in_the_sentence
from reportqa.support import BEFORE, NEIGHBOURS, SENTENCE, Discourse

# "In the first half of 2021", "in Q1": a part of a year, which a figure for the whole year
# does not give.
_PART_OF_A_YEAR = re.compile(
    r"\b(?:first|second|1st|2nd) half\b|\b(?:first|second|third|fourth|1st|2nd|3rd|4th) "
    r"quarter\b|\b[hq][1-4]\b|\bsemester\b",
    re.IGNORECASE,
)


# "How many citizens remain in Syria", "how many were still stuck abroad": those left, which
# a count of those evacuated or returned does not give.
_STILL_QUESTION = re.compile(
    r"\bhow many\b[^?]*\b(?:remain|remained|remaining|still)\b", re.IGNORECASE
)


# "What does the name Darmen mean in translation": a sentence that gives the meaning.
_MEANING_QUESTION = re.compile(
    r"\bwhat does (?:the |its |their )?(?:name|word|term|title)\b[^?]*\bmean\b"
    r"|\bmean(?:s|ing)? in translation\b|\btranslat(?:e|es|ed|ion)\b",
    re.IGNORECASE,
)


def meaning_requirement(question: str) -> list[Requirement]:
    """What a name means must be said: "developed the Darmen mobile application" does not."""
    asked = _MEANING_QUESTION.search(question) is not None
    return said_in_the_sentence(asked, "mean means meaning meant translation translated stands")


# "What was the maximum term before the legislation increased liability": the state before a
# change, which a sentence on how things are "nowadays" does not give.
_BEFORE_A_CHANGE = re.compile(
    r"\bbefore (?:the |its |their )?(?:[\w-]+ ){0,3}?(?:was|were|had been)?\s?(?:raised|"
    r"increased|changed|introduced|amended|tightened|toughened|abolished|replaced)\b",
    re.IGNORECASE,
)
_NOW = re.compile(r"\b(?:nowadays|now|currently|at present|today)\b", re.IGNORECASE)


def asks_before_a_change(question: str) -> bool:
    return _BEFORE_A_CHANGE.search(question) is not None


def speaks_of_now(text: str) -> bool:
    """The sentence says how things are now ("nowadays … up to 18 years")."""
    return _NOW.search(text) is not None


def still_requirement(question: str) -> list[Requirement]:
    """What is left must be said: "remain", "still", "left", "outstanding", "pending"."""
    asked = _STILL_QUESTION.search(question) is not None
    return said_in_the_sentence(asked, "remain remained remaining still left outstanding pending")


# "What crimes had they been convicted of", "which documents must they submit": a sentence
# that names none of the kind (only who was convicted, only that they may apply) does not say.
_KIND_ASKED = re.compile(
    r"\b(?:what|which) (?:[\w-]+ ){0,2}?(crimes?|offen[cs]es?|documents?|papers)\b", re.IGNORECASE
)
_CRIMES = (
    "crime crimes criminal offence offences offense trafficking exploitation smuggling fraud "
    "theft murder robbery prostitution beggary"
)
# Papers a person holds, and the documents a state adopts or signs, named by their kind.
_DOCUMENTS = (
    "document documents passport passports certificate certificates card cards permit permits "
    "visa visas identity papers concept statement constitution recommendations law laws code "
    "decree plan programme strategy agreement convention declaration guidelines standard rules "
    "resolution order report decision protocol"
)


def kind_named_requirement(question: str) -> list[Requirement]:
    """The kind of thing asked ("what crimes", "which documents") must be named in the
    sentence, by its word or by one of its kind."""
    m = _KIND_ASKED.search(question)
    if m is None:
        return []
    crimes = m.group(1).lower().startswith(("crime", "offen"))
    return said_in_the_sentence(True, _CRIMES if crimes else _DOCUMENTS)


# "What was the male-female split", "split between girls and boys": a breakdown, which a
# sentence naming neither side (one total) does not give.
_SPLIT = re.compile(
    r"\b([a-z]+)[-–/]([a-z]+) (?:split|breakdown|ratio)\b"
    r"|\b(?:split|breakdown|divided) (?:between|into) (?:the )?(?:[a-z]+ )?([a-z]+) "
    r"(?:and|vs\.?|versus) (?:the )?(?:[a-z]+ )?([a-z]+)"
    r"(?=\s*(?:[?,.;]|$|\s(?:among|in|of|for|who|that|during|from|at|by|served|on)\b))",
    re.IGNORECASE,
)


def split_requirement(discourse: Discourse, question: str) -> list[Requirement]:
    """Either side of the breakdown asked must be named in the sentence, in any of its words
    ("male" or "men")."""
    m = _SPLIT.search(question)
    if m is None:
        return []
    sides = [w.lower() for w in m.groups() if w]
    forms = discourse.forms(sorted(set().union(*(equivalents(w) for w in sides))))
    return [Requirement(forms, 2.0, scope=SENTENCE)] if forms else []


def newly_requirement(question: str) -> list[Requirement]:
    """ "How many were newly recognised as stateless in 2021": those added, which a stock
    ("7,118 persons hold stateless status") does not count; the sentence must say they are new."""
    asked = re.search(r"\bnewly\b", question, re.IGNORECASE) is not None
    return said_in_the_sentence(asked, "new newly first")


# "UNHCR's global estimate of stateless people worldwide": a figure for the world, which one
# for a single country is not. "Global" naming a thing ("the Global Compact") is no scope.
_WORLDWIDE = re.compile(
    # "the world", not "the World Bank"
    r"\bworld-?wide\b|\bglobally\b|\b(?:in|around|across|throughout) the (?-i:world)\b"
    r"|\bglobal (?:estimate|figure|number|total|count|population|level|scale)\b",
    re.IGNORECASE,
)


def world_requirement(question: str) -> list[Requirement]:
    """A figure asked for the whole world: the sentence must speak of the world."""
    asked = _WORLDWIDE.search(question) is not None
    return said_in_the_sentence(asked, "world worldwide globally")


def part_of_year_requirement(question: str) -> list[Requirement]:
    """ "How many flights in the first half of 2021": the sentence must speak of a half or a
    quarter; "in 2021, about 100 flights" counts the whole year."""
    asked = _PART_OF_A_YEAR.search(question) is not None
    return said_in_the_sentence(asked, "half halves quarter quarters semester")


# "mean" only as a measure ("the mean age"), not the verb ("what does the name mean").
_AVERAGE_QUESTION = re.compile(r"\b(?:average|median)\b|\b(?:the|their|its) mean\b", re.IGNORECASE)


def average_requirement(question: str) -> list[Requirement]:
    """ "What was the average age of the migrants": the sentence must state an average; "aged
    25 to 44 (68%)" gives a range, not its mean."""
    asked = _AVERAGE_QUESTION.search(question) is not None
    return said_in_the_sentence(asked, "average averaged averages median mean typical")


def duration_requirement(question: str) -> list[Requirement]:
    """ "How long had they been stuck": the sentence must speak of a span of time ("5
    years", "since 2016"); a share or a head count does not say how long. "How long is the
    permit valid", "how long does the decision take": a span of that, not of residence."""
    out = said_in_the_sentence(asks_for_duration(question), DURATION_WORDS)
    if out:
        # "How long must they have lived there, according to the review?" asks of no review.
        asked = set(tokenize(without_source_words(question)))
        for family in _SPANS_OF:
            if asked & family:
                out.append(Requirement([frozenset([w]) for w in sorted(family)], 2.0, SENTENCE))
    return out


# "How long does the procedure for being recognised as stateless take", "how long does it
# take a spouse to get a residence permit": what takes the time.
# ("how long does it take …" is read with "it" as what takes, a word left out below)
_TAKES_TIME = re.compile(
    r"\bhow long (?:does|did|will|would|do|can|could) (?:it )?(.+?) take\b(.*)", re.IGNORECASE
)
_NOT_WHAT_TAKES = frozenset(
    "a an the for to of in on at by from with it its their his her them they get got getting "
    "usually normally typically generally really actually".split()
)


def process_requirement(discourse: Discourse, question: str) -> list[Requirement]:
    """What a "how long does it take" question times must be said in the sentence that gives
    the span, in the report's words: "after 5 years of residence" is a wait before applying
    for naturalisation, not the length of a procedure or of getting a permit. The span of
    another process is close in meaning, so nothing excuses it."""
    m = _TAKES_TIME.search(" ".join(question.split()).rstrip("?"))
    if m is None:
        return []
    said = " ".join(g for g in m.groups() if g)
    words = [w for w in re.findall(r"[a-z][\w'’-]*", said.lower()) if w not in _NOT_WHAT_TAKES]
    return [Requirement([form], 2.0, scope=SENTENCE) for form in discourse.used_forms(words)]


# What a span of time may be of: a validity, an extension, a decision, a prison term (a wait
# is said by "after 5 years of residence").
_SPANS_OF = tuple(
    frozenset(tokenize(words))
    for words in (
        "valid validity expires expiry",
        "extend extended extension renew renewed renewal prolong prolonged",
        "decide decided decision consider considered consideration examine examined review",
        "prison imprisonment imprisoned jail custodial sentence sentenced",
    )
)


def frequency_requirement(question: str) -> list[Requirement]:
    """ "How often": the sentence must say how often ("on an ongoing basis", "annually")."""
    return said_in_the_sentence(asks_how_often(question), FREQUENCY_WORDS)


def measure_unit_requirement(question: str) -> list[Requirement]:
    """ "What is the area in square kilometres": the figure must be given in that unit; "five
    key areas" is not an area."""
    unit = asked_measure_unit(question)
    return said_in_the_sentence(bool(unit), unit)


def change_requirement(question: str) -> list[Requirement]:
    """ "By how much did it grow": the sentence must speak of a change; a level does not say
    by how much it moved."""
    return said_in_the_sentence(asks_for_change(question), CHANGE_WORDS)


def funding_requirement(question: str, kind: str | None) -> list[Requirement]:
    """ "Who funded the campaign": the sentence (or the one before) must speak of money;
    "held in support of" is close in meaning and still does not say who paid."""
    if kind == NUMBER or not asks_who_paid(question):
        return []  # an amount question is checked for a currency instead
    # No paraphrase of money is excused.
    return [Requirement(any_word_of(FUNDING_WORDS), 2.0, scope=BEFORE)]


# The penalty is what is asked, not the context ("convicts whose sentences were contested").
_PENALTY_QUESTION = re.compile(
    r"^(?:what|which)(?: (?:is|are|was|were))? (?:the )?(?:[\w'’-]+ ){0,2}?"
    r"(?:penalt(?:y|ies)|punishments?|fines?|sanctions?|sentences?)\b"
    r"|^(?:the )?(?:[\w'’-]+ )?(?:penalt(?:y|ies)|punishments?|fines?|sanctions?) for\b"
    r"|^how (?:much|big|large|heavy|severe|harsh) (?:a |is the |are the )?"
    r"(?:penalt(?:y|ies)|punishments?|fines?|sanctions?)\b"
)
PENALTY_WORDS = (
    "penalty penalties punish punishment punishable punished fine fines fined imprisonment "
    "imprisoned prison sentence sentenced liability liable sanction sanctions deportation "
    "deported expulsion expelled arrest arrested confiscation"
)


def penalty_requirement(question: str) -> list[Requirement]:
    """A question on a penalty needs a sentence that states one."""
    q = " ".join(question.lower().split())
    asked = _PENALTY_QUESTION.search(asked_clause(q) or q) is not None
    return said_in_the_sentence(asked, PENALTY_WORDS)


# "The maximum prison term for inducing a minor into prostitution": the offence punished.
_OFFENCE = re.compile(
    r"\b(?:penalt(?:y|ies)|punishments?|fines?|sanctions?|sentences?|terms?|liability)\s+"
    r"(?:is |are |was |were |applies |apply )?(?:[a-z]+ly )?for\s+(?!how\b|what\b|a term\b)"
    r"([^?,;]+?)\s*(?:\?|$|,|;|\b(?:in|under|before|after|since|according|now|today)\b)",
    re.IGNORECASE,
)
_PRISON = re.compile(r"\b(?:prison|jail|imprisonment|custodial)\b", re.IGNORECASE)
# Words that say when, or whom, in any offence: "trafficking people these days".
_NO_OFFENCE = frozenset(
    "crime crimes offence offences offense committing the a an these days nowadays now today "
    "currently still people persons person someone somebody anyone human humans".split()
)


def offence_requirement(
    discourse: Discourse, question: str, *, paraphrase_similarity: float
) -> list[Requirement]:
    """The offence a penalty is asked for must be said in the sentence that states the
    penalty: "up to 18 years" for human trafficking is not the term for inducing a minor into
    prostitution, which the sentence before lists among the articles made stricter."""
    q = " ".join(question.split())
    m = _OFFENCE.search(q)
    if m is None or not (penalty_requirement(q) or _PRISON.search(q)):
        return []
    words = [w for w in re.findall(r"[\w'’-]+", m.group(1).lower()) if w not in _NO_OFFENCE]
    return [
        Requirement([form], paraphrase_similarity, scope=SENTENCE)
        for form in discourse.forms(words)
    ]


# "What population did the census count": the figure must be the source's; the same figure
# from other statistics was not counted by it.
_SOURCE = re.compile(r"\b(census|poll|audit)(?:es|s)?\b", re.IGNORECASE)


def source_requirement(
    discourse: Discourse, question: str, kind: str | None, *, paraphrase_similarity: float
) -> list[Requirement]:
    """A figure asked of a count the report names (the census) is said near it, or in a
    sentence close in meaning. Not a study or a mapping: its figures are told in the
    sentences after it, which need not name it again."""
    if kind != NUMBER:
        return []
    words = [m.group(1).lower() for m in _SOURCE.finditer(question)]
    forms = discourse.used_forms(words)
    return [Requirement(forms, paraphrase_similarity, scope=NEIGHBOURS)] if forms else []


# "Who chairs the Council": who set it up, or what it does, does not say who chairs it.
_ROLE_QUESTION = re.compile(
    r"\bwho (?:is |was |actually |currently )*(?:chair(?:s|ed|ing)?|head(?:s|ed|ing)?|"
    r"lead(?:s|ing)?|led|presid(?:es|ed|ing))\b"
    r"|\bwho (?:is|was) (?:the )?(?:chair|chairman|chairwoman|chairperson|head|leader)\b"
)
ROLE_WORDS = (
    "chair chairs chaired chairing chairman chairwoman chairperson head heads headed heading "
    "lead leads led leader leading leadership preside presides presided presiding"
)


def role_requirement(question: str) -> list[Requirement]:
    """ "Who chairs / heads / leads it" needs a sentence that says who does."""
    asked = _ROLE_QUESTION.search(" ".join(question.lower().split())) is not None
    return said_in_the_sentence(asked, ROLE_WORDS)


# "How many stateless people became citizens", "got citizenship", "were naturalised": those
# who acquired it, which a count of those who hold another status does not give.
_CITIZENSHIP_ACQUIRED = re.compile(
    r"\b(?:bec[ao]me|becoming) (?:[\w-]+ )?(?:citizens|nationals)\b"
    r"|\b(?:got|get|gained|gain|obtained|obtain|acquired|acquire|received|receive|granted|"
    r"given) (?:[\w-]+ )?(?:citizenship|nationality)\b|\bnaturali[sz](?:ed|ation)\b"
)
CITIZENSHIP_WORDS = (
    "citizenship nationality naturalisation naturalised naturalization naturalized "
    "acquisition acquired admitted admission"
)


def citizenship_requirement(question: str) -> list[Requirement]:
    """A count of those who acquired citizenship needs a sentence that speaks of acquiring it."""
    q = " ".join(question.lower().split())
    asked = re.search(r"\bhow many\b", q) is not None and _CITIZENSHIP_ACQUIRED.search(q)
    return said_in_the_sentence(bool(asked), CITIZENSHIP_WORDS)
