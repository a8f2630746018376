"""Group sentences into retrieval chunks with langchain-text-splitters, cut between sentences."""

from __future__ import annotations

import bisect
import hashlib
import logging
from collections.abc import Sequence

from langchain_text_splitters import RecursiveCharacterTextSplitter

from reportqa.model import Chunk, Sentence

log = logging.getLogger(__name__)

# A separator no report contains: the splitter may only cut where it stands, between sentences.
_SEPARATOR = "\u2029"


def chunk_sentences(
    sentences: Sequence[Sentence], *, chunk_size: int = 700, chunk_overlap: int = 150
) -> list[Chunk]:
    """Chunks of one document's sentences; a chunk is a list of sentence ids, never a copy.

    RecursiveCharacterTextSplitter merges whole sentences up to `chunk_size` characters and
    repeats up to `chunk_overlap` characters of trailing sentences at the start of the next
    chunk. A single sentence longer than `chunk_size` becomes a chunk of its own.
    """
    if not sentences:
        return []
    if len({s.doc_id for s in sentences}) != 1:
        raise ValueError("chunk_sentences takes the sentences of one document")
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=chunk_size,
        chunk_overlap=min(chunk_overlap, max(0, chunk_size - 1)),
        separators=[_SEPARATOR],
        keep_separator=False,
        strip_whitespace=True,
        add_start_index=True,
    )
    texts = [s.search_text.replace(_SEPARATOR, " ") for s in sentences]
    joined = _SEPARATOR.join(texts)
    starts, offset = [], 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + 1
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for piece in splitter.create_documents([joined]):
        first = piece.metadata["start_index"]
        last = first + len(piece.page_content)
        # Sentences starting inside the piece: a binary search, not a scan per chunk.
        members = range(bisect.bisect_left(starts, first), bisect.bisect_left(starts, last))
        chunks.append(_make_chunk([sentences[i] for i in members], seen))
    return chunks


def _make_chunk(members: list[Sentence], seen: set[str]) -> Chunk:
    text = " ".join(s.search_text for s in members)
    digest = hashlib.sha256(f"{members[0].doc_id}\n{text}".encode()).hexdigest()[:16]
    chunk_id, n = digest, 1
    while chunk_id in seen:  # the same text twice in one document: keep ids unique and stable
        n += 1
        chunk_id = f"{digest}-{n}"
    seen.add(chunk_id)
    return Chunk(
        id=chunk_id,
        doc_id=members[0].doc_id,
        sentence_ids=tuple(s.id for s in members),
        text=text,
    )
