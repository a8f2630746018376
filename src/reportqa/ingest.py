"""Load a PDF, text or Markdown file into a Document, and clean it for retrieval.

Cleaning (unwrapping lines, re-joining hyphenated words, dropping bullet glyphs and lone
page numbers, NFKC) never loses track of the source: every cleaned character carries the
source offsets it came from, so any cleaned span maps back to an exact source span.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from array import array
from dataclasses import dataclass
from pathlib import Path

from reportqa.config import Settings
from reportqa.model import Document, Page

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES

# A lone printed page number, "Page 12", "- 12 -", "14." or a line of glyphs only.
_PAGE_NUMBER_LINE = re.compile(r"^\s*(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—.]?\s*$", re.IGNORECASE)
_GLYPH_ONLY_LINE = re.compile(r"^\s*[|•●▪■◦·*»)(\]\[lI1_~=-]{1,3}\s*$")
# Bullet or OCR glyph at the start of a paragraph, before a lower-case word ("| introduction",
# "1 planning", ")l reducing"), and Markdown list/heading marks.
_LEADING_GLYPH = re.compile(r"^(?:[|•●▪■◦·*»\-–—]|\)l|\)|l|1|o)\s+(?=[a-z])")
_MARKDOWN_MARK = re.compile(r"^(?:#{1,6}|[-*+]|\d{1,3}[.)])\s+")
_WORD = re.compile(r"\w+")
_HYPHEN_END = re.compile(r"(\w+)-$")
_WORD_START = re.compile(r"^([^\W\d_]\w*)")
_INVISIBLE = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


class IngestError(Exception):
    """A file the user gave cannot be indexed; the message says why and what to do."""


@dataclass(slots=True)
class Paragraph:
    """Cleaned text of one paragraph; `starts[i]:ends[i]` is the source span of text[i]."""

    page: int
    text: str
    starts: array
    ends: array

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


def load_document(
    path: str | Path,
    *,
    max_file_mb: float = 50.0,
    max_pages: int = 2000,
    max_chars: int = 20_000_000,
    pdf_timeout_s: float = 60.0,
    pdf_memory_mb: int = 1024,
) -> Document:
    """Read one file into a Document, or raise IngestError with a message for the user."""
    path = Path(path)
    if not path.is_file():
        raise IngestError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"{path.name}: unsupported file type {suffix!r}; use PDF, .txt or .md")
    size = path.stat().st_size
    if size == 0:
        raise IngestError(f"{path.name}: the file is empty")
    if size > max_file_mb * 1024 * 1024:
        raise IngestError(
            f"{path.name}: {size / 1e6:.1f} MB is over the {max_file_mb:g} MB limit "
            "(set REPORTQA_MAX_FILE_MB to raise it)"
        )
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if suffix in PDF_SUFFIXES:
        from reportqa.pdf import read_pdf_isolated  # pypdf only when a PDF is ingested

        texts, labels = read_pdf_isolated(
            data,
            name=path.name,
            max_pages=max_pages,
            timeout_s=pdf_timeout_s,
            memory_mb=pdf_memory_mb,
        )
        source, pages = _join_pages(texts, labels)
        kind, paginated = "pdf", True
    else:
        source = _decode_text(data, path.name)
        texts = source.split("\f")
        source, pages = _join_pages(texts, [None] * len(texts))
        kind, paginated = "text", len(texts) > 1
    if len(source) > max_chars:
        raise IngestError(
            f"{path.name}: {len(source):,} characters of text is over the {max_chars:,} limit "
            "(set REPORTQA_MAX_CHARS to raise it)"
        )
    if not any(ch.isalnum() for ch in source):
        raise IngestError(f"{path.name}: no extractable text")
    return Document(
        id=digest[:16],
        path=str(path),
        title=_title_of(source, path),
        kind=kind,
        sha256=digest,
        source_text=source,
        pages=pages,
        paginated=paginated,
    )


def load_document_within(path: str | Path, settings: Settings) -> Document:
    """load_document with the ingestion limits of the settings."""
    return load_document(
        path,
        max_file_mb=settings.max_file_mb,
        max_pages=settings.max_pages,
        max_chars=settings.max_chars,
        pdf_timeout_s=settings.pdf_timeout_s,
        pdf_memory_mb=settings.pdf_memory_mb,
    )


def _decode_text(data: bytes, name: str) -> str:
    if b"\x00" in data[:8192]:
        raise IngestError(f"{name}: looks like a binary file, not text; use PDF, .txt or .md")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        log.warning("%s is not UTF-8; decoding it as Windows-1252", name)
        return data.decode("cp1252", errors="replace")


def _join_pages(texts: list[str], labels: list[str | None]) -> tuple[str, list[Page]]:
    """Join page texts with form feeds, recording where each page starts and ends."""
    pages, offset = [], 0
    for number, (text, label) in enumerate(zip(texts, labels, strict=True), start=1):
        pages.append(Page(number=number, label=label, start=offset, end=offset + len(text)))
        offset += len(text) + 1
    return "\f".join(texts), pages


def _title_of(source: str, path: Path) -> str:
    for line in source.splitlines():
        words = line.strip().lstrip("#").strip()
        if len(words) >= 8 and any(ch.isalpha() for ch in words):
            return words[:120]
    return path.stem


def clean_document(doc: Document) -> list[Paragraph]:
    """Cleaned paragraphs of every page, in reading order, each mapped back to the source."""
    vocabulary = {w.lower() for w in _WORD.findall(doc.source_text) if len(w) > 2}
    paragraphs: list[Paragraph] = []
    for page in doc.pages:
        for block in _paragraph_lines(doc.source_text, page.start, page.end, doc.kind):
            paragraph = _clean_block(doc.source_text, block, page.number, vocabulary)
            if paragraph is not None:
                paragraphs.append(paragraph)
    return paragraphs


def _paragraph_lines(source: str, start: int, end: int, kind: str) -> list[list[tuple[int, int]]]:
    """Group the content lines of a page into paragraphs as (start, end) source spans.

    A paragraph ends at a blank line, a lone page number, a glyph-only line, and in text files
    at a line that starts with whitespace (in OCR text that marks a cut fragment).
    """
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = source.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        line = source[pos:line_end]
        stripped = line.strip()
        boundary = (
            not stripped
            or _PAGE_NUMBER_LINE.match(line) is not None
            or _GLYPH_ONLY_LINE.match(line) is not None
        )
        if boundary or (kind == "text" and line[:1] in (" ", "\t") and current):
            if current:
                blocks.append(current)
            current = []
        if not boundary:
            lead = len(line) - len(line.lstrip())
            current.append((pos + lead, pos + len(line.rstrip())))
        pos = line_end + 1
    if current:
        blocks.append(current)
    return blocks


def _clean_block(
    source: str, lines: list[tuple[int, int]], page: int, vocabulary: set[str]
) -> Paragraph | None:
    text: list[str] = []
    starts, ends = array("q"), array("q")
    first_start, first_end = lines[0]
    first = source[first_start:first_end]
    for pattern in (_LEADING_GLYPH, _MARKDOWN_MARK):
        mark = pattern.match(first)
        if mark:
            lines = [(first_start + mark.end(), first_end), *lines[1:]]
            break
    for i, (a, b) in enumerate(lines):
        line = source[a:b]
        if i + 1 < len(lines):
            joined = _rejoin_hyphen(line, source[lines[i + 1][0] : lines[i + 1][1]], vocabulary)
            if joined is not None:
                _emit(source, a, b - 1 if joined else b, text, starts, ends)
                continue
        _emit(source, a, b, text, starts, ends)
        if i + 1 < len(lines):
            text.append(" ")  # the line break becomes one space, mapped to the break itself
            starts.append(b)
            ends.append(lines[i + 1][0])
    cleaned = "".join(text)
    if not any(ch.isalnum() for ch in cleaned):
        return None
    return Paragraph(page=page, text=cleaned, starts=starts, ends=ends)


def _rejoin_hyphen(line: str, next_line: str, vocabulary: set[str]) -> bool | None:
    """For a line ending in "word-" before a word: True to drop the hyphen ("inter-" +
    "national" when "international" occurs in the document), False to keep it with no space
    ("program-" + "targeted", "Nur-" + "Sultan"); None when there is no hyphenated break."""
    head, tail = _HYPHEN_END.search(line), _WORD_START.match(next_line)
    if head is None or tail is None or not head.group(1)[-1].isalpha():
        return None
    if not tail.group(1)[0].islower():
        return False
    return (head.group(1) + tail.group(1)).lower() in vocabulary


def _emit(source: str, a: int, b: int, text: list[str], starts: array, ends: array) -> None:
    """Append source[a:b] NFKC-normalised, whitespace collapsed, each char mapped to its span."""
    i = a
    while i < b:
        j = i + 1
        while j < b and unicodedata.combining(source[j]):
            j += 1
        cluster = source[i:j]
        if cluster in _INVISIBLE:
            i = j
            continue
        if cluster.isspace() or (len(cluster) == 1 and unicodedata.category(cluster) == "Cc"):
            if text and text[-1] != " ":
                text.append(" ")
                starts.append(i)
                ends.append(j)
            i = j
            continue
        for ch in unicodedata.normalize("NFKC", cluster):
            text.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
