"""The one facade every face uses (CLI, UI, HTTP API): ask(question) → Answer, search(term)."""

from __future__ import annotations

import logging
import re
import threading
import time
import unicodedata
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import numpy as np

from reportqa.answer_types import DATE
from reportqa.collection import collection_sources
from reportqa.compare import (
    Comparison,
    compared_options,
    comparison_answer,
    dated,
    dating_question,
    order,
)
from reportqa.compose import Composer, ComposerSettings, Explanation
from reportqa.confidence import Evidence
from reportqa.config import Settings
from reportqa.context import claim_as_figure_question
from reportqa.embed import Embedder, embedder_for
from reportqa.index import (
    BuildSummary,
    Index,
    build_index,
    index_status,
    load_index,
)
from reportqa.model import Answer, Passage, Sentence
from reportqa.questions import without_named_source, without_source_words
from reportqa.retrieve import Retriever
from reportqa.short_answers import short_answer
from reportqa.shorthand import spelled_out
from reportqa.terse import as_asked
from reportqa.verify import cite, verify_answer

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000


class QuestionError(ValueError):
    """A question that cannot be asked as given; the message says what to change."""


@dataclass(slots=True)
class Mention:
    """A sentence that contains a searched term, with its locator."""

    source: str
    page: int | None
    lines: tuple[int, int]
    start: int
    end: int
    text: str


def clean_question(question: str) -> str:
    """Reject empty or over-long questions; drop control characters (NUL included)."""
    if not isinstance(question, str):
        raise QuestionError("the question must be text")
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in question)
    text = " ".join(text.split())
    if not text:
        raise QuestionError("ask a question: the question is empty")
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"the question is {len(text):,} characters long; keep it under {MAX_QUESTION_CHARS:,}"
        )
    return text


def as_read(question: str) -> str:
    """A clean question as the composer reads it: shorthand spelled out ("ppl", "yrs"), a
    terse count asked as "how many" (terse.py), a figure being checked ("Is it true that 120
    consuls …?") asked as the figure the report gives (context.py). A phrase that names the
    report as the source ("according to the review") goes first: it is no topic."""
    return as_asked(claim_as_figure_question(spelled_out(without_named_source(question))))


def ensure_index(
    settings: Settings, *, embedder: Embedder | None = None, progress: bool = True
) -> BuildSummary | None:
    """Build the index of the collection when it is missing or stale; None when it is fresh."""
    sources = collection_sources(settings)
    status = index_status(sources, settings=settings)
    if status == "fresh":
        return None
    log.info("index is %s; building it from %d file(s)", status, len(sources))
    embedder = embedder or embedder_for(settings)
    return build_index(sources, settings=settings, embedder=embedder, progress=progress)


class Assistant:
    """Answers questions from one loaded index with one loaded model."""

    def __init__(
        self,
        *,
        index: Index,
        embedder: Embedder,
        top_k: int = 8,
        composer: ComposerSettings | None = None,
        mode: str = "hybrid",
    ) -> None:
        self.index = index
        self.embedder = embedder
        self.top_k = top_k
        self.retriever = Retriever(index, embedder, mode=mode)
        self.composer = Composer(index, settings=composer)
        self._by_span: dict[tuple[str, int, int], Sentence] | None = None

    @classmethod
    def open(
        cls,
        settings: Settings | None = None,
        *,
        embedder: Embedder | None = None,
        build: bool = True,
        progress: bool = False,
    ) -> Assistant:
        """Load the model once, build the index if missing or stale, and load it."""
        settings = settings or Settings.from_env()
        embedder = embedder or embedder_for(settings)
        if build:
            ensure_index(settings, embedder=embedder, progress=progress)
        return cls(
            index=load_index(settings.index_dir),
            embedder=embedder,
            top_k=settings.top_k,
            composer=ComposerSettings(use_confidence=settings.confidence_check),
        )

    def ask(self, question: str, *, k: int | None = None) -> Answer:
        question = clean_question(question)
        asked = as_read(question)
        k = self._k(k)
        started = time.perf_counter()
        comparison = compared_options(asked)
        answer = self._compare(comparison, asked, k) if comparison else None
        retrieved = time.perf_counter()
        if answer is None:
            vector, passages = self._retrieve(asked, k)
            retrieved = time.perf_counter()
            answer = self.composer.compose(asked, passages, vector)
        done = time.perf_counter()
        answer.question = question  # as the asker wrote it
        answer.timings_ms = {
            "retrieve": (retrieved - started) * 1000,
            "compose": (done - retrieved) * 1000,
            "total": (done - started) * 1000,
        }
        return answer

    def _compare(self, comparison: Comparison, question: str, k: int) -> Answer | None:
        """ "Which came first: A or B?": the sentence dating each, and the date asked for; None
        (and the question is read as any other) unless both are dated and the dates differ."""
        sides, passages = [], []
        for option in comparison.options:
            asked = dating_question(option)
            vector, found = self._retrieve(asked, k)
            candidates = self.composer.rank_candidates(asked, found, vector, kind=DATE)
            if not candidates or candidates[0].score < self.composer.settings.min_score:
                return None
            sentence = candidates[0].sentence
            side = dated(option, sentence, short_answer(asked, DATE, sentence.text))
            if side is None:
                return None
            sides.append(side)
            passages += found[:2]
        try:
            chosen = order(comparison, *sides)
        except ValueError:
            return None
        cited = partial(cite, self.index)
        answer = comparison_answer(question, chosen, sides, cited, passages)
        return verify_answer(answer, self.index)

    def explain(self, question: str, *, k: int | None = None) -> Explanation:
        """Why `ask` answers as it does: the scored candidates and the rejected sentences."""
        question = as_read(clean_question(question))
        vector, passages = self._retrieve(question, self._k(k))
        return self.composer.explain(question, passages, vector)

    def evidence(self, question: str, *, k: int | None = None) -> Evidence | None:
        """What the confidence check reads for the answer `ask` gives (for fitting it); None
        when the rules decide alone or the question compares two dates."""
        asked = as_read(clean_question(question))
        if compared_options(asked) is not None:
            return None
        vector, passages = self._retrieve(asked, self._k(k))
        return self.composer.gated_evidence(asked, passages, vector)

    def _retrieve(self, question: str, k: int) -> tuple[np.ndarray, list[Passage]]:
        """The question's vector (the composer compares sentences with it) and its passages."""
        vector = self.embedder.encode([without_source_words(question)])[0]
        return vector, self.retriever.search(question, k=k, query_vector=vector)

    def search(self, query: str, *, k: int | None = None) -> list[Passage]:
        return self.retriever.search(clean_question(query), k=self._k(k))

    def mentions(self, term: str, *, limit: int = 500) -> list[Mention]:
        """Every sentence that contains the term (case-insensitive), not only the top-k."""
        term = clean_question(term)
        pattern = re.compile(re.escape(term), re.IGNORECASE)
        found = []
        for s in self.index.sentences:
            if pattern.search(s.search_text) or pattern.search(s.text):
                doc = self.index.documents[s.doc_id]
                found.append(Mention(doc.name, s.page, s.lines, s.start, s.end, s.text))
                if len(found) >= limit:
                    break
        return found

    def cited_sentence(self, source: str, start: int, end: int) -> Sentence | None:
        """The indexed sentence a citation points at; the lookup is built on first use (the UI
        opens citations one at a time, a large collection need not pay for it at start)."""
        if self._by_span is None:
            names = {doc_id: d.name for doc_id, d in self.index.documents.items()}
            self._by_span = {(names[s.doc_id], s.start, s.end): s for s in self.index.sentences}
        return self._by_span.get((source, start, end))

    def _k(self, k: int | None) -> int:
        k = self.top_k if k is None else int(k)
        if not 1 <= k <= 50:
            raise QuestionError("k must be between 1 and 50")
        return k


class LiveAssistant:
    """The Assistant a server answers from, swapped whole when documents are added.

    Questions in flight keep the Assistant they started with (its index stays in memory), so
    answers during a rebuild come from the old index; the next question sees the new one.
    """

    def __init__(self, assistant: Assistant, *, settings: Settings) -> None:
        self._current = assistant
        self._settings = settings
        self._adding = threading.Lock()

    def current(self) -> Assistant:
        return self._current

    def add(self, paths: list[Path], *, names: list[str] | None = None) -> BuildSummary:
        """Add documents to the collection, rebuild, and switch to the new index."""
        from reportqa.collection import add_documents

        with self._adding:
            old = self._current
            summary = add_documents(
                paths, settings=self._settings, embedder=old.embedder, names=names
            )
            fresh = Assistant(
                index=load_index(self._settings.index_dir),
                embedder=old.embedder,
                top_k=old.top_k,
                composer=old.composer.settings,
            )
            self._current = fresh  # one reference assignment: readers see old or new
            return summary
