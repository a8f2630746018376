"""Why the report does not answer: one plain sentence added to a refusal.

Read from the composer's own rejections, so the reason is the one that decided. It points to
the closest sentence by its locator and quotes nothing: a refusal shows no words of the report
as if they answered, and the question's own words are set in plain single quotes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reportqa.lexical import tokenize
from reportqa.model import locator

if TYPE_CHECKING:
    from reportqa.candidates import Explanation
    from reportqa.index import Index
    from reportqa.model import Sentence

# What the closest sentence lacks, by the rejection reason the composer gave.
_LACKS = {
    "holds no number": "gives no figure for what is asked",
    "holds no date": "gives no date for what is asked",
    "holds no place": "names no place for what is asked",
    "holds no entity": "names no one beyond what the question names",
    "names nothing the question does not": "names no one beyond what the question names",
    "names no person": "names no person",
    "names another code": "names another code of law than the one asked",
    "gives no share": "gives no share or percentage",
    "gives a share of another whole": "gives a share of another whole than the one asked",
    "gives only a span of time": "gives only a span of time, not the figure asked",
    "gives no sum of money": "gives no sum of money",
    "gives no day": "gives no exact day",
    "gives no month": "gives no month",
    "is about another milestone": "dates another step than the one asked",
    "is about another of a series": "is about another one of the series than the one asked",
    "lacks a figure or year the question names": "is not about the figure or year asked",
    "is about other countries": "is about other countries",
    "says nothing was not done": "does not say that anything was not done",
    "says how it is now": "says how things are now, not how they were before the change asked",
    "names countries, not a city or region": "names countries, not a city or region",
    "names no country the question does not": "names no country beyond those asked",
    "gives no reference number": "gives no reference number",
    "gives no web address": "gives no web address",
    "names no language": "names no language",
    "counts what is asked together with another": "gives one figure for it together with another",
    "gives no number to call": "gives no number to call",
    "counts what the question leaves out": "counts what the question leaves out",
    "dates only the documents it cites": "dates only the documents it cites",
    "gives no estimate": "gives no estimate",
    "gives no age": "gives no age",
    "gives no span of time": "gives no span of time for what is asked",
    "names no site": "names no website or portal",
    "counts the places the whole is in": "counts the places the whole is in, not a part of it",
    "speaks only of the past": "speaks of the past, not of what is to come",
    "is about talks not concluded": "is about talks still under way, not about what is agreed",
    "does not name the quoted title": "does not name the title quoted",
    "does not say which leads": "does not say which one leads",
    "gives no part of the whole asked": "gives no part of the whole asked",
    "lists another set": "lists another set than the one asked",
    "lists nothing": "lists none of them",
    "names no currency": "names no currency",
}


def refusal_reason(question: str, explanation: Explanation, *, index: Index) -> str:
    """One sentence on why no sentence answers, for the refusal text."""
    if explanation.candidates:
        return "The closest sentences are not close enough in meaning to answer it."
    if not explanation.rejected:
        return "No sentence of the report is on this subject."
    closest = explanation.rejected[0]
    where = f"The closest sentence ({_where(closest.sentence, index)})"
    reason = closest.reason
    if reason in _LACKS:
        return f"{where} {_LACKS[reason]}."
    if reason == "shares no word":
        return "No sentence of the report shares the question's subject."
    if closest.missing:
        words = _question_words(question, sorted(closest.missing))
        if words:
            listed = " or ".join(f"'{w}'" for w in words[:3])
            return f"{where} does not say {listed}, and no sentence near it does."
    if reason.startswith("names no "):
        return f"{where} {reason}."
    return f"{where} does not say what is asked."


def unsure_reason(sentence: Sentence, index: Index) -> str:
    """The confidence check refused what the rules let through (confidence.py)."""
    return (
        f"The closest sentence ({_where(sentence, index)}) is on the subject, but it is "
        "unlikely to say what is asked."
    )


def _where(sentence: Sentence, index: Index) -> str:
    """ "report.pdf, p. 14, lines 3–5", as citations are located."""
    return locator(index.documents[sentence.doc_id].name, sentence.page, sentence.lines)


def _question_words(question: str, stems: list[str]) -> list[str]:
    """The question's words behind the stems a rejection names ('divorced' for "divorc"):
    the reader sees their own words, not a stemmer's."""
    found: list[str] = []
    for word in re.findall(r"[\w'’-]+", question):
        word = re.sub(r"['’]s$", "", word)  # "IOM's": IOM
        if set(tokenize(word)) & set(stems) and word not in found:
            found.append(word)
    return found
