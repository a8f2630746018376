"""Split cleaned paragraphs into sentences with pysbd, each mapped to its exact source span."""

from __future__ import annotations

import functools

from reportqa.ingest import Paragraph, clean_document
from reportqa.model import Document, Sentence, normalize_quote


@functools.cache
def _segmenter():  # type: ignore[no-untyped-def]
    import pysbd

    # clean=False keeps segments as substrings of the input, so they can be located in it.
    return pysbd.Segmenter(language="en", clean=False)


def segment_document(doc: Document, *, first_id: int = 0) -> list[Sentence]:
    """Sentences of a document in reading order, numbered from `first_id`."""
    sentences: list[Sentence] = []
    for paragraph in clean_document(doc):
        for start, end in sentence_spans(paragraph.text):
            sentences.append(_make_sentence(doc, paragraph, start, end, first_id + len(sentences)))
    return sentences


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in _segmenter().segment(text):
        stripped = piece.strip()
        if not stripped:
            continue
        found = text.find(stripped, cursor)
        if found < 0:  # pysbd altered the text: keep the rest of the paragraph whole
            rest = text[cursor:]
            lead = len(rest) - len(rest.lstrip())
            if rest.strip():
                spans.append((cursor + lead, cursor + len(rest.rstrip())))
            return spans
        if found > cursor and spans and text[cursor:found].strip():
            # Text pysbd skipped belongs to the previous sentence.
            spans[-1] = (spans[-1][0], found)
        spans.append((found, found + len(stripped)))
        cursor = found + len(stripped)
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        # pysbd sometimes cuts inside enumerations ("(b), (c), (f))."): a piece that starts
        # lower-case or with punctuation continues the sentence before it.
        if merged and (
            text[a].islower() or (text[a] in ",;:)]}(" and text[a + 1 : a + 2].islower())
        ):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    # A lone OCR letter ("T") is not a sentence anyone can cite.
    return [(a, b) for a, b in merged if sum(ch.isalnum() for ch in text[a:b]) >= 2]


def _make_sentence(doc: Document, paragraph: Paragraph, start: int, end: int, sid: int) -> Sentence:
    src_start, src_end = paragraph.source_span(start, end)
    return Sentence(
        id=sid,
        doc_id=doc.id,
        page=paragraph.page if doc.paginated else None,
        start=src_start,
        end=src_end,
        lines=doc.lines_of(src_start, src_end),
        text=normalize_quote(doc.source_text[src_start:src_end]),
        search_text=paragraph.text[start:end],
    )


def abbreviations_hold(text: str) -> bool:
    """True when `text` comes back as one sentence (a check used by tests and diagnostics)."""
    return len(sentence_spans(text)) == 1
