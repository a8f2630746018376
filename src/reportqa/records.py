"""Index records as plain JSON lines: documents, sentences and chunks, no pickle."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from reportqa.model import Chunk, Document, Page, Sentence


def document_json(doc: Document) -> dict:
    return {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "kind": doc.kind,
        "sha256": doc.sha256,
        "paginated": doc.paginated,
        "pages": [[p.number, p.label, p.start, p.end] for p in doc.pages],
    }


def document_from_json(row: dict, source: str) -> Document:
    pages = [Page(number=n, label=label, start=a, end=b) for n, label, a, b in row["pages"]]
    return Document(
        id=row["id"],
        path=row["path"],
        title=row["title"],
        kind=row["kind"],
        sha256=row["sha256"],
        source_text=source,
        pages=pages,
        paginated=row["paginated"],
    )


def sentence_json(s: Sentence) -> dict:
    return {
        "id": s.id,
        "doc_id": s.doc_id,
        "page": s.page,
        "start": s.start,
        "end": s.end,
        "lines": list(s.lines),
        "text": s.text,
        "search_text": s.search_text,
    }


def sentence_from_json(r: dict) -> Sentence:
    return Sentence(
        id=r["id"],
        doc_id=r["doc_id"],
        page=r["page"],
        start=r["start"],
        end=r["end"],
        lines=tuple(r["lines"]),
        text=r["text"],
        search_text=r["search_text"],
    )


def chunk_json(c: Chunk) -> dict:
    return {"id": c.id, "doc_id": c.doc_id, "sentence_ids": list(c.sentence_ids), "text": c.text}


def chunk_from_json(r: dict) -> Chunk:
    return Chunk(
        id=r["id"], doc_id=r["doc_id"], sentence_ids=tuple(r["sentence_ids"]), text=r["text"]
    )


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
