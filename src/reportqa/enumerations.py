"""Questions that ask for the members of a set, and sentences that list them.

"Name the 20 countries whose agreements cover national passports" is not answered by the
sentence that counts them ("with 20 countries"), nor by the list of another set beside it
("negotiations are underway with other countries (Austria, …)"): the sentence must list, and
list a set of the size asked.
"""

from __future__ import annotations

import re

from reportqa.answer_types import COUNT_WORDS, FIGURE, is_share
from reportqa.support import Discourse

_SIZES = "ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred"
# "Name the 20 countries …", "list the host cities", "which specific rights …", "what are the 15
# categories": the members of a set are asked, which a count of them does not give.
_ENUMERATION_QUESTION = re.compile(
    r"^(?:(?:can|could) you )?(?:please )?(?:name|list|enumerate) (?:the |all (?:the )?)"
    r"(?:\d[\d,]*|other|various|different)\b"
    r"|^(?:(?:can|could) you )?(?:please )?(?:list|enumerate)\b"
    r"|\bwhich specific [a-z-]+s\b"
    # "Which diseases are on the list", "what nationalities were the 14 missing foreigners"
    r"|^(?:what|which) [a-z-]+(?<!s)s (?:are|were) (?:on|in|among) the\b"
    r"|^(?:what|which) [a-z-]+(?<!s)s (?:are|were) the \d[\d,]* "
    # not "what were the 14 reports about": their topic
    r"|^(?:what|which) (?:are|were) (?:the )?\d[\d,]* (?![^?]*\babout\s*\??$)"
    # "Which 20 countries have …", "which are the twenty countries", "the names of the 20
    # countries", "Visa-free countries — list them."
    # A set of ten or more: "which two codes" is answered by "the Criminal and the … Codes".
    rf"|^(?:what|which) (?:are (?:the )?)?(?!(?:19|20)\d\d\b)(?:\d\d[\d,]*|{_SIZES}) [a-z-]+s\b"
    rf"|\bnames of (?:the |all (?:the )?)(?:\d[\d,]*|{_SIZES})\b"
    r"|[—–:,-]\s*(?:please )?list (?:them|all|each)\b",
    re.IGNORECASE,
)


def asks_to_enumerate(question: str) -> bool:
    return _ENUMERATION_QUESTION.search(" ".join(question.split())) is not None


_WORDS_OF_COUNTS = dict(enumerate(COUNT_WORDS))
_COUNTS_OF_WORDS = {w: str(n) for n, w in _WORDS_OF_COUNTS.items()}
# "the 20 countries", "the three regions": a count before a plural noun.
_COUNT_OF_SET = re.compile(
    rf"\b(\d[\d,]*|{'|'.join(list(_WORDS_OF_COUNTS.values())[2:])})\s+"
    r"(?:[\w'’-]+\s+){0,2}?[a-z][\w'’-]*s\b",
    re.IGNORECASE,
)


def enumerated_count(question: str) -> tuple[str, ...]:
    """The size of the set whose members an enumeration question asks for ("name the 20
    countries"), in figures and in words, or () when it gives none: a list of another set is no
    answer."""
    m = _COUNT_OF_SET.search(question)
    if m is None or re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
        return ()
    count = m.group(1).lower().replace(",", "")
    figure = _COUNTS_OF_WORDS.get(count, count)
    word = _WORDS_OF_COUNTS.get(int(figure), "") if figure.isdigit() else ""
    return tuple(f for f in (figure, word) if f)


# Three or more short items in a row ("origin, social, property status, occupation, sex"):
# each item at most six words, so that clauses set off by commas are no list.
_ENUMERATION = re.compile(
    r"(?:[\w'’()-]+(?:\s+[\w'’()-]+){0,5}\s*[,;]\s*){2,}(?:(?:and|or)\s+)?[\w'’()-]+"
)


def holds_enumeration(sentence: str) -> bool:
    """The sentence lists items, in a row or after a colon. Openers set off by commas ("In
    general, to date, Kazakhstan has signed …") are no items."""
    return ":" in sentence or _ENUMERATION.search(_OPENERS.sub("", sentence)) is not None


_OPENERS = re.compile(
    r"^(?:(?:in general|to date|in addition|thus|however|therefore|moreover|furthermore|"
    r"at the same time|in particular|as a result|nowadays|currently|in (?:19|20)\d\d)\s*,\s*)+",
    re.IGNORECASE,
)


def says_size(size: tuple[str, ...], sid: int, text: str, discourse: Discourse) -> bool:
    """The set's size in the sentence, or in the lead-in of the list it is an item of: the
    sentence next to it may count another set."""
    lead = discourse.lead_in(sid)
    if lead is not None:
        text = f"{discourse.index.sentences[lead].text} {text}"
    # A share is no size of a set: "Kyrgyzstan — 14%" does not list the 14 missing foreigners.
    figures = {m.group().replace(",", "") for m in FIGURE.finditer(text) if not is_share(text, m)}
    words = set(re.findall(r"[a-z]+", text.lower()))
    return size[0] in figures or any(w in words for w in size[1:])
