"""Short answers that are not a figure's or a date's: a thing named by its class and number
("Article 83" for "which article"), and the agent after "by" ("social workers" for "who
carries out the process") — answers the capitalised-name checks of `short_answers.py` do not
find, each a span of the quote.
"""

from __future__ import annotations

import re

from reportqa.lexical import tokenize
from reportqa.questions import as_wh_question
from reportqa.support import YEAR
from reportqa.word_families import same_word

# "Which article of the code", "which GCM objective": a thing named by its class and number.
_NUMBERED_CLASS = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,3}?(article|objective|clause|paragraph|chapter|annex|"
    r"section|resolution)s?\b",
    re.IGNORECASE,
)


def numbered_reference(quote: str, question: str) -> str | None:
    """ "Article 83" for "under which article …": the first of the asked class in the quote
    whose number the question does not give."""
    asked = _NUMBERED_CLASS.search(as_wh_question(question))
    if asked is None:
        return None
    given = set(re.findall(r"\d+", question))
    for m in re.finditer(rf"\b{asked.group(1)}s?\s+(\d+)(?:\s?\([a-z]\))?", quote, re.IGNORECASE):
        if m.group(1) not in given:
            return m.group()
    return None


# "Who carries out the process", "transfers made by whom": the agent of what the question does.
_AGENT_QUESTION = re.compile(r"(?:^|[,:]\s*)(?:who|whom|whose)\b|\bby whom\b", re.IGNORECASE)
_BY_AGENT = re.compile(
    r"\b([a-z]+)\s+(?:out\s+)?by\s+(?:the\s+)?([A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})"
)
_AGENT_END = frozenset(
    "as at in on for to from with that which who whose based and or of than under".split()
)


def passive_agent(quote: str, question: str) -> str | None:
    """ "A process carried out by social workers" for "who carries out the process": the
    agent after "by", when the verb before it is the question's own; a common noun ("banks",
    "international experts") is an answer no name check finds."""
    if not _AGENT_QUESTION.search(question):
        return None
    asked = tokenize(question)
    for m in _BY_AGENT.finditer(quote):
        verb = tokenize(m.group(1))
        if not verb or not any(same_word(verb[0], t) for t in asked):
            continue
        words: list[str] = []
        for w in m.group(2).split():
            if w.lower() in _AGENT_END:
                break
            words.append(w)
        rest = m.group(2).split()[len(words) :]
        if rest and rest[0].lower() == "of":
            continue  # "by specialists of the Association …": whose specialists is the answer
        agent = " ".join(words)
        if agent and not set(tokenize(agent)) <= set(asked) and not YEAR.search(agent):
            start = m.start(2) + m.group(2).index(words[0])
            return quote[start : start + len(agent)]
    return None
