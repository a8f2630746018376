"""Words for BM25: lower-cased, stemmed, English stop words removed (bm25s + PyStemmer)."""

from __future__ import annotations

import functools
import itertools
import re

# Raised whenever tokenize makes other words, so that a stored BM25 index is rebuilt.
TOKENIZER_VERSION = 2

_TOKEN = re.compile(r"[^\W_]+(?:[.,][0-9]+)*")


@functools.cache
def _stemmer():  # type: ignore[no-untyped-def]
    import Stemmer

    return Stemmer.Stemmer("english")


@functools.cache
def _stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN

    return frozenset(STOPWORDS_EN)


# The possessive ending is no word: "IOM's" must not share an "s" with "Kazakhstan's".
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


def tokenize(text: str) -> list[str]:
    """Stemmed content words; numbers keep their separators ("7,140", "20.2")."""
    text = _POSSESSIVE.sub("", text.lower())
    words = [one_spelling(w) for w in _TOKEN.findall(text) if w not in _stopwords()]
    return _stemmer().stemWords(words)


# British and American spellings of one word, as one word. The report itself writes both
# ("Labour Code", "Ministry of Labor"; "organisations", "organizations"), and so do the people
# who ask: the stemmer keeps "organis" apart from "organ" and "labour" from "labor".
_OUR = re.compile(r"^(\w+?)our(s|ed|ing|ers?|able|ably|ful|less|ite|ites|hood)?$")
_NOT_OUR = frozenset(
    "our your hour four tour pour sour flour dour detour contour devour scour velour amour "
    "paramour troubadour glamour".split()
)
_ISE = re.compile(r"^(\w{3,}?)is(e|es|ed|ing|er|ers|ation|ations)$")
# Words whose "-ise" is no "-ize": "precise" must keep its stem with "precisely".
_NOT_ISE = re.compile(
    r"(?:un|re|sun|up|like|other|clock|counter|dis|over|mis)?"
    r"(?:advert|adv|appr|chast|circumc|compr|comprom|conc|dem|desp|dev|disgu|enterpr|entrepr|"
    r"exc|exerc|expert|franch|impr|improv|inc|merchand|parad|pra|prec|prem|prom|repr|rev|r|"
    r"superv|surm|surpr|telev|treat|w|gu|cru|bru|val|chem|mort|torto|porpo|turquo)"
)
_ENDINGS = (
    (re.compile(r"(?<=[a-z]{2})tre(s?)$"), r"ter\1"),  # centre, metre
    (re.compile(r"(?<=[a-z]{2})tred$"), "tered"),
    (re.compile(r"(?<=gra)mme(s?)$"), r"m\1"),  # programme
    (re.compile(r"^(lic|def|off|pret)ence(s?)$"), r"\1ense\2"),  # licence, defence
    (re.compile(r"(?<=[a-z]{2})ogue(s?)$"), r"og\1"),  # dialogue, catalogue
    (re.compile(r"(?<=[a-z]{3})ys(e|es|ed|ing)$"), r"yz\1"),  # analyse
)


def one_spelling(word: str) -> str:
    """A lower-cased word in its American spelling, so that either spelling finds the other."""
    m = _OUR.match(word)
    if m is not None and f"{m.group(1)}our" not in _NOT_OUR:
        return f"{m.group(1)}or{m.group(2) or ''}"
    m = _ISE.match(word)
    if m is not None and _NOT_ISE.fullmatch(m.group(1)) is None:
        return f"{m.group(1)}iz{m.group(2)}"
    for pattern, american in _ENDINGS:
        word = pattern.sub(american, word)
    return word


def build_bm25(texts: list[str]):  # type: ignore[no-untyped-def]
    """A bm25s index over the given texts, in the order given."""
    import bm25s

    quiet_bm25s()
    retriever = bm25s.BM25()
    # An empty text still needs a row, so that row numbers stay chunk numbers.
    retriever.index([tokenize(t) or ["\u2205"] for t in texts], show_progress=False)
    return retriever


def quiet_bm25s() -> None:
    """bm25s sets its logger to DEBUG when imported; its build notes say nothing to a user."""
    import logging

    logging.getLogger("bm25s").setLevel(logging.WARNING)


def misspellings(texts: list[str], *, min_length: int = 6) -> dict[str, str]:
    """OCR slips in a text, each as stems: the stem of a word that is another word of the
    text with one letter more ("obijective", "objective") and follows the same word somewhere
    ("GCM Obijective 4 (a)", "GCM Objective 14 (d)"), to the stem of that other word. Two real
    words one letter apart ("contract", "contact") seldom share the word before them; a slip
    repeats the phrase it was made in."""
    sequences = [[w for w in _TOKEN.findall(t.lower()) if w not in _stopwords()] for t in texts]
    words = {w for sequence in sequences for w in sequence}
    after: dict[str, set[str]] = {}
    for sequence in sequences:
        for before, word in itertools.pairwise(sequence):
            after.setdefault(word, set()).add(before)
    found: dict[str, str] = {}
    for word in sorted(words):  # one answer whatever the hash seed
        for i in range(len(word)):
            shorter = word[:i] + word[i + 1 :]
            if len(shorter) < min_length or shorter not in words or shorter.isdigit():
                continue
            if after.get(word, set()) & after.get(shorter, set()):
                slip, meant = tokenize(word), tokenize(shorter)
                if len(slip) == len(meant) == 1 and slip != meant:
                    found[slip[0]] = meant[0]
                break
    return found
