"""Titles, web addresses and phone numbers: a quoted campaign title the report uses must be
said where the answer is (a campaign with similar words is another one), and a web address or
a number to dial asked must be given, not the name of the site or of the service.
"""

from __future__ import annotations

import re

from reportqa.requirements import Requirement
from reportqa.support import NEIGHBOURS, Discourse, plain_words

_WEB_ADDRESS_QUESTION = re.compile(
    r"\b(?:web ?(?:site )?address|website address|internet address|url|domain name)\b",
    re.IGNORECASE,
)
_WEB_ADDRESS = re.compile(
    r"\bhttps?://\S+|\bwww\.[\w-]+\.\w+|\b[\w-]+\.(?:gov\.)?(?:kz|com|org|int|net|ru)\b"
)


# Double quotes, guillemets, or single quotes around a capitalised title ('Stop Trafficking!'),
# never an apostrophe inside a word ("Kazakhstan's").
_QUOTED = re.compile(
    r"[\"“”«]([^\"“”«»]{3,120})[\"“”»]|(?<!\w)['‘]([A-Z][^'‘’\"]{2,120}?)['’](?!\w)"
)


def quoted_titles(question: str, discourse: Discourse) -> tuple[str, ...]:
    """Titles the question quotes ("Together against human trafficking!") and the report
    uses word for word: a campaign with similar words is another campaign."""
    titles = (plain_words(m.group(1) or m.group(2)) for m in _QUOTED.finditer(question))
    return tuple(t for t in titles if " " in t and t in discourse.plain_text)


def says_titles(titles: tuple[str, ...], sid: int, discourse: Discourse) -> bool:
    # The sentence, or the one before when it goes on about it ("It was held in July"): the
    # title in the sentence after is another event's, and so is one in a sentence before
    # that this one does not refer back to ("In November, a marathon …").
    sentences = discourse.index.sentences
    ids = [sid]
    if sid > 0 and discourse.continues(sentences[sid], sentences[sid - 1]):
        ids.insert(0, sid - 1)
    near = " ".join(discourse.plain[i] for i in ids)
    return all(t in near for t in titles)


def asks_for_a_web_address(question: str) -> bool:
    return _WEB_ADDRESS_QUESTION.search(question) is not None


def gives_a_web_address(text: str) -> bool:
    return _WEB_ADDRESS.search(text) is not None


# "What phone number should people dial", "what are the digits": digits answer, not a sentence
# about the hotline.
_PHONE_QUESTION = re.compile(
    r"\b(?:phone|telephone|hotline|helpline|emergency|contact) numbers?\b"
    r"|\bwhat are the digits\b|\bwhat number\b[^?]*\b(?:dial|call|ring)\b"
    # "the number of the national 24/7 telephone line of trust": the number that names the line
    r"|\bnumber of (?:the |a |an |its )?(?:[\w/-]+ ){0,4}?(?:helpline|hotline|(?:tele)?phone "
    r"line|line of trust|trust line|call cent(?:re|er))\b"
)


def asks_for_a_phone_number(question: str) -> bool:
    return _PHONE_QUESTION.search(" ".join(question.lower().split())) is not None


# A number to dial ("116 16", "112", "8-800-080-7777"): digits that are not a figure of
# something ("94%", "24/7") nor a year.
_NUMBER_TO_DIAL = re.compile(
    r"(?<![\d,./])(?!(?:19|20)\d\d\b)(?:\d{1,4}(?:[ -]\d{2,4})+|\d{2,4})(?!\d|[,.]\d|%|/)"
)


# What a line is for: "the emergency hotline", "a helpline for victims of domestic violence".
_LINE = (
    r"(?:hot ?line|help ?line|phone line|telephone line|line of trust|trust line|"
    r"call cent(?:re|er))"
)
_LINE_TOPICS = (
    re.compile(rf"\b((?:[\w/-]+ ){{1,2}}?){_LINE}\b"),
    re.compile(
        rf"\b{_LINE}s?(?: number)? (?:for|on|about|dealing with|covering) "
        rf"((?:[\w/-]+ ){{0,3}}[\w/-]+)"
    ),
)
# Words that say nothing of what a line is for: how it works, who calls, what they get.
_NOT_A_TOPIC = frozenset(
    """
    the a an its their this that national state official government free toll-free 24/7
    24-hour round-the-clock around-the-clock day night number phone telephone what which is
    whats what's s and or of in for on about any all kind people callers issues questions
    problems matters advice help support information victims migrants workers citizens
    foreigners kazakhstan country i can you we they should could does do
    """.split()
)


def line_topic_words(question: str) -> list[str]:
    """The words that say what the line asked for is for ("emergency", "domestic violence"):
    the report's helpline on trafficking is not the emergency line. Empty when the question
    asks no number to dial or says nothing of the line's purpose."""
    q = " ".join(question.lower().split())
    if not asks_for_a_phone_number(q):
        return []
    words: list[str] = []
    for m in (m for pattern in _LINE_TOPICS for m in pattern.finditer(q)):
        words += [w for w in m.group(1).split() if w not in _NOT_A_TOPIC and not w.isdigit()]
    return list(dict.fromkeys(words))


def line_topic_requirement(
    discourse: Discourse, question: str, *, paraphrase_similarity: float
) -> list[Requirement]:
    """A number to dial asked for a line with a purpose ("the emergency hotline") must be
    given where one of the purpose's words is said, or the sentence must be close in meaning."""
    forms = discourse.forms(line_topic_words(question))
    return [Requirement(forms, paraphrase_similarity, scope=NEIGHBOURS)] if forms else []


def gives_a_number_to_dial(text: str) -> bool:
    return number_to_dial(text) is not None


def number_to_dial(text: str) -> str | None:
    """The first number to dial the text gives, whole ("116 16"): one said as a line's number
    (in quotes, or after "helpline", "call", "phone" …) or written in groups as numbers to
    dial are, and not followed by what it counts. "Objective 14 (d)", "22 July 2011" and "106
    Honorary Consuls" are none."""
    for m in _NUMBER_TO_DIAL.finditer(text):
        quoted = text[m.start() - 1 : m.start()] in ('"', "“", "«")
        # "116 16", "8-800-080-7777"; "SDG 7-11" is a range
        grouped = " " in m.group() or m.group().count("-") >= 2
        counts = re.match(r"\s+[a-z]", text[m.end() :]) is not None  # "18 types"
        said = _DIALLED_AFTER.search(text[max(m.start() - 40, 0) : m.start()]) is not None
        if said or ((quoted or grouped) and not counts):
            return m.group()
    return None


_DIALLED_AFTER = re.compile(
    r"\b(?:line|helpline|hotline|number|call|calling|dial|dialling|ring|phone|telephone|tel\.?|"
    r"toll-free)\W+(?:[\w/-]+\W+){0,2}$",
    re.IGNORECASE,
)


# "Where online can people find the guidance", "where can students look up updates": a site
# answers (a portal, a website, an Internet resource), not a sentence saying the guidance exists.
_WHERE_ONLINE_QUESTION = re.compile(
    r"\bwhere\b[^?]*\b(?:online|on the (?:internet|web)|look (?:it |them )?up|read up|"
    r"find (?:the |official |updated |up-to-date )*"
    r"(?:information|guidance|updates|details|news))\b",
    re.IGNORECASE,
)
_SITE = re.compile(
    r"\b(?:portal|web ?sites?|internet resources?|web ?pages?|social networks?|resources? of)\b",
    re.IGNORECASE,
)


def asks_where_online(question: str) -> bool:
    return _WHERE_ONLINE_QUESTION.search(question) is not None


def names_a_site(text: str) -> bool:
    return _SITE.search(text) is not None or gives_a_web_address(text)


# A code of law named by what it governs ("the Criminal Code", "the Labour Code").
_CODE_NAME = re.compile(r"\b((?:[A-Z][\w'’-]+\s+){1,3})Code\b")


def codes_named(question: str) -> tuple[str, ...]:
    """The codes of law the question names, by the words before "Code" ("criminal")."""
    return tuple(
        " ".join(m.group(1).split()).lower()
        for m in _CODE_NAME.finditer(question)
        if m.group(1).split()[0].lower() not in ("the", "which", "what", "whose", "its")
    )


def names_another_code(text: str, codes: tuple[str, ...]) -> bool:
    """The sentence names a code that starts like the asked one but is another: the Criminal
    Procedure Code is not the Criminal Code, which the question asks about."""
    named = [" ".join(m.group(1).split()).lower() for m in _CODE_NAME.finditer(text)]
    return any(code not in named and any(n.startswith(f"{code} ") for n in named) for code in codes)
