"""Hybrid retrieval: dense (FAISS) and sparse (BM25) rankings fused by reciprocal rank."""

from __future__ import annotations

import numpy as np

from reportqa.embed import Embedder
from reportqa.index import Index
from reportqa.lexical import tokenize
from reportqa.model import Passage

RRF_K = 60  # the constant of Cormack et al.; damps the weight of the very first ranks
CANDIDATES = 50  # how deep each ranking is read before fusing
SENTENCES_PER_CHUNK = 4  # sentences read from the dense index per chunk wanted


class Retriever:
    """Reads one loaded index; the embedder is injected so the model is loaded once."""

    def __init__(self, index: Index, embedder: Embedder, *, mode: str = "hybrid") -> None:
        if mode not in ("hybrid", "dense", "sparse"):
            raise ValueError(f"mode must be hybrid, dense or sparse, not {mode!r}")
        self.index = index
        self.embedder = embedder
        self.mode = mode
        # A vector stands for every sentence with its text, and overlapping chunks share
        # sentences: a vector's score goes to every chunk holding one of its sentences.
        self._chunks_of: list[list[int]] = [[] for _ in range(index.dense.ntotal)]
        for row, chunk in enumerate(index.chunks):
            for sid in chunk.sentence_ids:
                self._chunks_of[int(index.vector_rows[sid])].append(row)

    def search(
        self, query: str, *, k: int = 8, query_vector: np.ndarray | None = None
    ) -> list[Passage]:
        """Top-k passages, each with its dense and sparse rank and score and the fused score."""
        depth = min(max(CANDIDATES, k), len(self.index.chunks))
        dense: dict[int, tuple[int, float]] = {}
        sparse: dict[int, tuple[int, float]] = {}
        if self.mode in ("hybrid", "dense"):
            if query_vector is None:
                query_vector = self.embedder.encode([query])[0]
            dense = self._dense(query_vector, depth)
        if self.mode in ("hybrid", "sparse"):
            sparse = self._sparse(query, depth)
        fused: dict[int, float] = {}
        for ranking in (dense, sparse):
            for row, (rank, _) in ranking.items():
                fused[row] = fused.get(row, 0.0) + 1.0 / (RRF_K + rank)
        # Ties broken by chunk order so the same question always gives the same passages.
        order = sorted(fused, key=lambda row: (-fused[row], row))[:k]
        return [self._passage(row, fused[row], dense.get(row), sparse.get(row)) for row in order]

    def _dense(self, vector: np.ndarray, depth: int) -> dict[int, tuple[int, float]]:
        """Chunks ranked by their best sentence (max-sim over the distinct sentence vectors)."""
        wanted = min(depth * SENTENCES_PER_CHUNK, self.index.dense.ntotal)
        scores, rows = self.index.dense.search(vector.reshape(1, -1).astype(np.float32), wanted)
        best: dict[int, float] = {}
        for vector_row, score in zip(rows[0], scores[0], strict=True):
            if vector_row < 0:
                continue
            for chunk_row in self._chunks_of[vector_row]:
                best.setdefault(chunk_row, float(score))  # rows come best first
            if len(best) >= depth:
                break
        order = sorted(best, key=lambda row: (-best[row], row))
        return {row: (rank, best[row]) for rank, row in enumerate(order, start=1)}

    def _sparse(self, query: str, depth: int) -> dict[int, tuple[int, float]]:
        tokens = [t for t in tokenize(query) if t in self.index.bm25.vocab_dict]
        if not tokens:
            return {}
        scores = self.index.bm25.get_scores(tokens)
        top = np.argpartition(-scores, min(depth, len(scores) - 1))[:depth]
        top = sorted(top, key=lambda row: (-scores[row], row))
        return {
            int(row): (rank, float(scores[row]))
            for rank, row in enumerate(top, start=1)
            if scores[row] > 0
        }

    def _passage(
        self,
        row: int,
        score: float,
        dense: tuple[int, float] | None,
        sparse: tuple[int, float] | None,
    ) -> Passage:
        chunk = self.index.chunks[row]
        first = self.index.sentences[chunk.sentence_ids[0]]
        last = self.index.sentences[chunk.sentence_ids[-1]]
        doc = self.index.documents[chunk.doc_id]
        same_page = first.page == last.page
        return Passage(
            chunk=chunk,
            source=doc.name,
            page=first.page,
            lines=(first.lines[0], last.lines[1] if same_page else first.lines[1]),
            score=score,
            dense_rank=dense[0] if dense else None,
            dense_score=dense[1] if dense else None,
            sparse_rank=sparse[0] if sparse else None,
            sparse_score=sparse[1] if sparse else None,
        )
