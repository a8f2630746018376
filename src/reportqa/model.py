"""Typed records that flow through the pipeline: ingest → segment → chunk → index → compose."""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field
from typing import Any

_HYPHEN_BREAK = re.compile(r"-[ \t]*\r?\n\s*(?=\w)")


def normalize_quote(text: str) -> str:
    """Whitespace-normalise a source span into the form a quote is shown in.

    Runs of whitespace become one space, and a line break right after a hyphen is removed
    ("Nur-\\nSultan" → "Nur-Sultan"). No other character is touched, so a quote stays a
    character-exact copy of the source apart from whitespace.
    """
    return " ".join(_HYPHEN_BREAK.sub("-", text).split())


@dataclass(frozen=True, slots=True)
class Page:
    number: int  # 1-based
    label: str | None  # printed page label when the PDF carries one
    start: int  # offsets of the page inside the document's source text
    end: int


@dataclass(slots=True)
class Document:
    id: str  # sha256 of the file bytes, shortened
    path: str
    title: str
    kind: str  # "pdf" | "text"
    sha256: str
    source_text: str  # decoded text (text files) or pypdf pages joined by form feeds
    pages: list[Page]
    paginated: bool  # False for a text file without form feeds: citations carry page=None
    # Offsets of every line break, found once: line numbers are then a binary search instead
    # of a count from the top of the file for each sentence (quadratic on a long text file).
    _newlines: list[int] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    def page_of(self, offset: int) -> Page:
        """The page whose text holds the offset (pages are in order and do not overlap)."""
        index = bisect.bisect_right([p.start for p in self.pages], offset) - 1
        return self.pages[max(0, index)]

    def lines_of(self, start: int, end: int) -> tuple[int, int]:
        """1-based line range of a span: file lines for text files, page lines for PDFs."""
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.source_text)]
        breaks = self._newlines
        base = self.page_of(start).start if self.kind == "pdf" else 0
        before = bisect.bisect_left(breaks, start)
        first = before - bisect.bisect_left(breaks, base) + 1
        last = first + bisect.bisect_left(breaks, max(start, end - 1)) - before
        return first, last


@dataclass(frozen=True, slots=True)
class Sentence:
    """The unit of citation: `source_text[start:end]` of its document, exactly."""

    id: int
    doc_id: str
    page: int | None
    start: int
    end: int
    lines: tuple[int, int]
    text: str  # the quote: normalize_quote(source_text[start:end])
    search_text: str  # cleaned for retrieval: glyphs dropped, words re-joined, NFKC


@dataclass(frozen=True, slots=True)
class Chunk:
    """The unit of retrieval: a run of sentences, a view rather than a copy with its own offsets."""

    id: str
    doc_id: str
    sentence_ids: tuple[int, ...]
    text: str


@dataclass(slots=True)
class Passage:
    chunk: Chunk
    source: str
    page: int | None
    lines: tuple[int, int]
    score: float  # fused reciprocal-rank score
    dense_rank: int | None = None
    dense_score: float | None = None
    sparse_rank: int | None = None
    sparse_score: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "chunk_id": self.chunk.id,
            "source": self.source,
            "page": self.page,
            "lines": list(self.lines),
            "text": self.chunk.text,
            "score": round(self.score, 6),
            "dense_rank": self.dense_rank,
            "dense_score": None if self.dense_score is None else round(self.dense_score, 6),
            "sparse_rank": self.sparse_rank,
            "sparse_score": None if self.sparse_score is None else round(self.sparse_score, 6),
        }


@dataclass(frozen=True, slots=True)
class Citation:
    n: int
    source: str
    page: int | None
    lines: tuple[int, int]
    start: int
    end: int
    quote: str
    # "answer": the quote holds the answer; "context": it only says what the answer sentence
    # refers to ("The programme …" before "It covers three regions …").
    role: str = "answer"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["lines"] = list(self.lines)
        return data


@dataclass(slots=True)
class Answer:
    question: str
    answer: str
    short_answer: str | None
    refused: bool
    citations: list[Citation] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "short_answer": self.short_answer,
            "refused": self.refused,
            "citations": [c.to_json() for c in self.citations],
            "passages": [p.to_json() for p in self.passages],
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
        }


def locator(source: str, page: int | None, lines: tuple[int, int] | list[int]) -> str:
    """ "report.pdf, p. 14, lines 3–5": where a citation or a passage is, as every face shows it."""
    first, last = lines
    span = f"line {first}" if first == last else f"lines {first}–{last}"
    return f"{source}, p. {page}, {span}" if page is not None else f"{source}, {span}"
