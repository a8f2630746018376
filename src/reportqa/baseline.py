"""The naive pipeline from the LangChain tutorial, kept as the yardstick for eval and bench.

RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200) over the raw file text,
all-MiniLM-L6-v2, a flat inner-product FAISS index, top-4, the top chunk as the answer,
never refuses. It shares our embedder instance (same model, same process) so the
comparison measures the pipelines, not the model loading.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from reportqa.embed import Embedder
from reportqa.model import Answer, Chunk, Citation, Passage, normalize_quote


@dataclass(slots=True)
class _Piece:
    source: str
    start: int
    text: str


class NaiveBaseline:
    """Embed, take the nearest chunk, return it whole. No quotes chosen, no refusals."""

    top_k = 4

    def __init__(self, paths: list[Path], *, embedder: Embedder) -> None:
        import faiss
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(
            chunk_size=1000, chunk_overlap=200, add_start_index=True
        )
        self.embedder = embedder
        self.sources: dict[str, str] = {}
        self.pieces: list[_Piece] = []
        for path in paths:
            text = Path(path).read_text(encoding="utf-8")
            self.sources[Path(path).name] = text
            for doc in splitter.create_documents([text]):
                self.pieces.append(
                    _Piece(Path(path).name, doc.metadata["start_index"], doc.page_content)
                )
        vectors = embedder.encode([p.text for p in self.pieces])
        self.index = faiss.IndexFlatIP(vectors.shape[1])
        self.index.add(vectors)

    def ask(self, question: str) -> Answer:
        started = time.perf_counter()
        vector = self.embedder.encode([question])[0]
        _, rows = self.index.search(vector.reshape(1, -1).astype(np.float32), self.top_k)
        retrieved = time.perf_counter()
        passages = [self._passage(int(row), rank) for rank, row in enumerate(rows[0]) if row >= 0]
        top = self.pieces[int(rows[0][0])]
        citation = Citation(
            n=1,
            source=top.source,
            page=None,
            lines=self._lines(top),
            start=top.start,
            end=top.start + len(top.text),
            quote=normalize_quote(top.text),
        )
        done = time.perf_counter()
        return Answer(
            question=question,
            answer=top.text,
            short_answer=None,
            refused=False,
            citations=[citation],
            passages=passages,
            timings_ms={
                "retrieve": (retrieved - started) * 1000,
                "compose": (done - retrieved) * 1000,
                "total": (done - started) * 1000,
            },
        )

    def _passage(self, row: int, rank: int) -> Passage:
        piece = self.pieces[row]
        chunk = Chunk(id=f"baseline-{row}", doc_id=piece.source, sentence_ids=(), text=piece.text)
        return Passage(chunk, piece.source, None, self._lines(piece), 1.0 / (rank + 1), rank + 1)

    def _lines(self, piece: _Piece) -> tuple[int, int]:
        text = self.sources[piece.source]
        first = text.count("\n", 0, piece.start) + 1
        return first, first + piece.text.count("\n")
