"""The on-disk index: build it, write it atomically as a new version, load and verify it.

Layout (plain files, no pickle)::

    index/CURRENT                 name of the live version (replaced atomically)
    index/versions/<name>/        manifest.json, documents.jsonl, sources/<doc>.txt,
                                  sentences.jsonl, chunks.jsonl, dense.faiss and
                                  vectors.npy (one row per distinct sentence text),
                                  vector_rows.npy (sentence id → row), bm25/ (bm25s files)

A build writes a temporary directory, fsyncs it, renames it into versions/ and then swaps
CURRENT; the previous version stays until the next build completes, so a crash at any
moment leaves a complete old or new index.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import numpy as np

from reportqa import __version__
from reportqa.chunk import chunk_sentences
from reportqa.config import Settings
from reportqa.embed import Embedder, model_identity
from reportqa.ingest import SUPPORTED_SUFFIXES, load_document_within
from reportqa.lexical import TOKENIZER_VERSION, build_bm25
from reportqa.model import Chunk, Document, Sentence
from reportqa.records import (
    chunk_from_json,
    chunk_json,
    document_from_json,
    document_json,
    read_jsonl,
    sentence_from_json,
    sentence_json,
    write_jsonl,
)
from reportqa.segment import segment_document
from reportqa.storage import (
    IndexUnavailable,
    build_lock,
    fsync_dir,
    fsync_tree,
    point_current,
    prune_versions,
    sha256_file,
    versions_newest_first,
)
from reportqa.vectors import build_dense, embed_unique, kind_of, tune

log = logging.getLogger(__name__)

FORMAT_VERSION = 3


@dataclass(slots=True)
class BuildSummary:
    path: Path
    documents: int
    pages: int
    sentences: int
    chunks: int
    seconds: float

    def line(self) -> str:
        return (
            f"indexed {self.documents} document(s), {self.pages} page(s), "
            f"{self.sentences} sentences, {self.chunks} chunks in {self.seconds:.1f} s "
            f"→ {self.path}"
        )


@dataclass(slots=True)
class Index:
    path: Path
    manifest: dict
    documents: dict[str, Document]
    sentences: list[Sentence]
    chunks: list[Chunk]
    dense: object  # faiss.Index over the distinct sentence vectors
    vectors: np.ndarray  # those vectors, memory-mapped; the composer reads rows of it
    vector_rows: np.ndarray  # sentence id → row of `vectors` and of `dense`

    def sentence_vector(self, sid: int) -> np.ndarray:
        return self.vectors[self.vector_rows[sid]]

    bm25: object  # bm25s.BM25 over chunk texts

    def document_of(self, sentence: Sentence) -> Document:
        return self.documents[sentence.doc_id]


# ---------------------------------------------------------------- sources and staleness


def source_files(paths: Iterable[str | Path]) -> list[Path]:
    """Supported files under the given files or folders, sorted for a stable build."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*")) if p.suffix.lower() in SUPPORTED_SUFFIXES
            )
        else:
            found.append(path)
    return sorted(dict.fromkeys(p.resolve() for p in found))


def fingerprint(sources: Sequence[Path], *, settings: Settings, model_id: str) -> str:
    """Everything whose change must trigger a rebuild, hashed."""
    state = {
        "format": FORMAT_VERSION,
        "pipeline": __version__,
        "words": TOKENIZER_VERSION,  # the BM25 index stores the words tokenize made
        "model": model_id,
        "chunk_size": settings.chunk_size,
        "chunk_overlap": settings.chunk_overlap,
        "sources": sorted((p.name, sha256_file(p)) for p in sources),
    }
    return hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()


def index_status(sources: Sequence[Path], *, settings: Settings) -> str:
    """ "missing", "stale" or "fresh" for the version load_index would serve (the live one,
    or the newest good one when the live one is damaged), without loading the model."""
    manifest = None
    for candidate in versions_newest_first(Path(settings.index_dir)):
        try:
            manifest = _verified_manifest(candidate)
            break
        except IndexUnavailable:
            continue
    if manifest is None:
        return "missing"
    current = fingerprint(sources, settings=settings, model_id=model_identity(settings.model))
    return "fresh" if manifest.get("fingerprint") == current else "stale"


# ---------------------------------------------------------------- build


def build_index(
    sources: Sequence[Path],
    *,
    settings: Settings,
    embedder: Embedder,
    progress: bool = True,
    on_stage: Callable[[str], None] | None = None,
) -> BuildSummary:
    """Ingest, segment, chunk, embed and write a new index version, then make it live."""
    from tqdm import tqdm

    started = time.perf_counter()
    if not sources:
        raise IndexUnavailable(
            "nothing to index: give PDF, .txt or .md files or a folder holding them"
        )
    documents: list[Document] = []
    sentences: list[Sentence] = []
    chunks: list[Chunk] = []
    for path in tqdm(sources, desc="reading", unit="doc", disable=not progress):
        doc = load_document_within(path, settings)
        doc_sentences = segment_document(doc, first_id=len(sentences))
        documents.append(doc)
        sentences.extend(doc_sentences)
        chunks.extend(
            chunk_sentences(
                doc_sentences, chunk_size=settings.chunk_size, chunk_overlap=settings.chunk_overlap
            )
        )
    if not chunks:
        raise IndexUnavailable("the given files hold no sentences to index")
    if on_stage:
        on_stage("embedding")
    vectors, vector_rows = embed_unique(
        embedder.encode, [s.search_text for s in sentences], show_progress=progress
    )
    manifest = {
        "format_version": FORMAT_VERSION,
        "fingerprint": fingerprint(sources, settings=settings, model_id=embedder.model_id),
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "embedding": {"model": embedder.model_id, "dimension": embedder.dimension},
        "chunker": {
            "splitter": "RecursiveCharacterTextSplitter",
            "chunk_size": settings.chunk_size,
            "chunk_overlap": settings.chunk_overlap,
        },
        "sources": [
            {"name": Path(d.path).name, "path": d.path, "sha256": d.sha256, "doc_id": d.id}
            for d in documents
        ],
        "libraries": _library_versions(),
        "counts": {
            "documents": len(documents),
            "pages": sum(len(d.pages) for d in documents),
            "sentences": len(sentences),
            "chunks": len(chunks),
        },
    }
    with build_lock(settings.index_dir):
        path = _write_version(
            settings.index_dir,
            manifest,
            documents,
            sentences,
            chunks,
            vectors,
            vector_rows,
        )
    counts = manifest["counts"]
    return BuildSummary(
        path,
        counts["documents"],
        counts["pages"],
        counts["sentences"],
        counts["chunks"],
        time.perf_counter() - started,
    )


def _write_version(
    index_dir: Path,
    manifest: dict,
    documents: list[Document],
    sentences: list[Sentence],
    chunks: list[Chunk],
    vectors: np.ndarray,
    vector_rows: np.ndarray,
) -> Path:
    import faiss

    versions = index_dir / "versions"
    versions.mkdir(parents=True, exist_ok=True)
    # A sequence number first: names sort in build order and never collide with a live one.
    existing = [p.name.split("-", 1)[0] for p in versions.iterdir() if not p.name.startswith(".")]
    sequence = max((int(n) for n in existing if n.isdigit()), default=0) + 1
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    name = f"{sequence:08d}-{stamp}-{manifest['fingerprint'][:8]}"
    tmp = versions / f".tmp-{name}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "sources").mkdir(parents=True)
    write_jsonl(tmp / "documents.jsonl", (document_json(d) for d in documents))
    for doc in documents:
        (tmp / "sources" / f"{doc.id}.txt").write_text(
            doc.source_text, encoding="utf-8", newline=""
        )
    write_jsonl(tmp / "sentences.jsonl", (sentence_json(s) for s in sentences))
    write_jsonl(tmp / "chunks.jsonl", (chunk_json(c) for c in chunks))
    dense = build_dense(vectors)
    manifest["dense_index"] = kind_of(dense)
    manifest["counts"]["vectors"] = len(vectors)
    faiss.write_index(dense, str(tmp / "dense.faiss"))
    np.save(tmp / "vectors.npy", vectors, allow_pickle=False)
    np.save(tmp / "vector_rows.npy", vector_rows, allow_pickle=False)
    build_bm25([c.text for c in chunks]).save(str(tmp / "bm25"), show_progress=False)
    manifest["files"] = {
        str(p.relative_to(tmp)): sha256_file(p) for p in sorted(tmp.rglob("*")) if p.is_file()
    }
    (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True))
    fsync_tree(tmp)
    final = versions / name
    os.rename(tmp, final)
    fsync_dir(versions)
    point_current(index_dir, name)
    prune_versions(versions, keep=name)
    return final


# ---------------------------------------------------------------- load and verify


def load_index(index_dir: Path) -> Index:
    """Load the live version; if it is damaged, fall back to the newest good one."""
    index_dir = Path(index_dir)
    candidates = versions_newest_first(index_dir)
    if not candidates:
        raise IndexUnavailable(
            f"no index in {index_dir}; build it with `reportqa index` (or `make run`)"
        )
    problems = []
    for candidate in candidates:
        try:
            return _load_version(candidate)
        except IndexUnavailable as exc:
            log.error("index version %s is unusable: %s", candidate.name, exc)
            problems.append(f"{candidate.name}: {exc}")
    raise IndexUnavailable(
        f"the index in {index_dir} is damaged ({'; '.join(problems)}); "
        f"delete {index_dir} and rebuild with `reportqa index` (or `make run`)"
    )


def _read_manifest(path: Path) -> dict:
    try:
        manifest = json.loads((path / "manifest.json").read_text())
    except (OSError, ValueError) as exc:
        raise IndexUnavailable(f"manifest.json is missing or unreadable ({exc})") from exc
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexUnavailable(
            f"index format {manifest.get('format_version')} is not {FORMAT_VERSION}"
        )
    return manifest


def _verified_manifest(path: Path) -> dict:
    """The manifest of a version whose every file is present and matches its checksum."""
    manifest = _read_manifest(path)
    files = manifest.get("files")
    if not files:
        raise IndexUnavailable("manifest.json lists no files")
    for name, digest in files.items():
        file = path / name
        if not file.is_file():
            raise IndexUnavailable(f"{name} is missing")
        if sha256_file(file) != digest:
            raise IndexUnavailable(f"{name} does not match its checksum")
    return manifest


def _load_version(path: Path) -> Index:
    import bm25s
    import faiss

    manifest = _verified_manifest(path)
    try:
        documents = {}
        for row in read_jsonl(path / "documents.jsonl"):
            source = (path / "sources" / f"{row['id']}.txt").read_text(encoding="utf-8")
            documents[row["id"]] = document_from_json(row, source)
        sentences = [sentence_from_json(r) for r in read_jsonl(path / "sentences.jsonl")]
        chunks = [chunk_from_json(r) for r in read_jsonl(path / "chunks.jsonl")]
        dense = faiss.read_index(str(path / "dense.faiss"))
        tune(dense)
        vectors = np.load(path / "vectors.npy", mmap_mode="r")
        vector_rows = np.load(path / "vector_rows.npy", allow_pickle=False)
        # Memory-mapped: the sparse matrix stays in the page cache, not in the heap.
        bm25 = bm25s.BM25.load(str(path / "bm25"), mmap=True, show_progress=False, verbosity=0)
    except (OSError, ValueError, KeyError, RuntimeError) as exc:
        raise IndexUnavailable(f"cannot read the index files ({exc})") from exc
    counts = manifest["counts"]
    if (
        len(sentences) != counts["sentences"]
        or len(chunks) != counts["chunks"]
        or len(documents) != counts["documents"]
        or dense.ntotal != len(vectors)
        or len(vector_rows) != len(sentences)
        or (len(vector_rows) and int(vector_rows.max()) >= len(vectors))
    ):
        raise IndexUnavailable("record counts do not match the manifest")
    return Index(path, manifest, documents, sentences, chunks, dense, vectors, vector_rows, bm25)


def _library_versions() -> dict[str, str]:
    names = [
        "sentence-transformers",
        "faiss-cpu",
        "bm25s",
        "pypdf",
        "pysbd",
        "langchain-text-splitters",
        "torch",
        "numpy",
    ]
    return {name: version(name) for name in names}
