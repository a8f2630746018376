"""Words for BM25: lower-cased, stemmed, English stop words removed (bm25s + PyStemmer)."""

from __future__ import annotations

import functools
import re

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
    words = [w for w in _TOKEN.findall(text) if w not in _stopwords()]
    return _stemmer().stemWords(words)


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
