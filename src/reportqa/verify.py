"""The enforcement step every answer passes before it leaves the composer.

Each quote is re-read from the source text at its offsets, its lines and page re-derived,
and every quoted piece of the answer and the short answer must lie inside a surviving
citation. What fails is dropped; if nothing survives, the answer is a refusal. No fuzzy
matching: a quote is a character-exact span of the source or it is not shown.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reportqa.index import Index
from reportqa.model import Answer, Citation, Passage, Sentence, normalize_quote

REFUSAL_OPENING = "The report does not answer this question."
REFUSAL_CLOSING = "The closest passages are listed as related."
REFUSAL = f"{REFUSAL_OPENING} {REFUSAL_CLOSING}"


def cite(index: Index, n: int, sentence: Sentence, role: str = "answer") -> Citation:
    """The citation of one sentence: its file, page, lines, offsets and exact text."""
    doc = index.documents[sentence.doc_id]
    return Citation(
        n=n,
        source=doc.name,
        page=sentence.page,
        lines=sentence.lines,
        start=sentence.start,
        end=sentence.end,
        quote=sentence.text,
        role=role,
    )


def cite_in_runs(index: Index, quoted: list[tuple[Sentence, str]]) -> list[Citation]:
    """The citations of sentences quoted in reading order: sentences that follow one another
    in the source with nothing but whitespace between them, with the same role, are one
    quote ("Chart No. 1. Comparison of …"), so what the report says across them is quoted
    whole; any other sentence is a quote of its own."""
    runs: list[list[tuple[Sentence, str]]] = []
    for sentence, role in quoted:
        last = runs[-1][-1] if runs else None
        if last is not None and last[1] == role and _follows(index, last[0], sentence):
            runs[-1].append((sentence, role))
        else:
            runs.append([(sentence, role)])
    return [_cite_run(index, n, run) for n, run in enumerate(runs, start=1)]


def _follows(index: Index, before: Sentence, sentence: Sentence) -> bool:
    if (before.doc_id, before.page) != (sentence.doc_id, sentence.page):
        return False
    between = index.documents[sentence.doc_id].source_text[before.end : sentence.start]
    return sentence.start >= before.end and not between.strip()


def _cite_run(index: Index, n: int, run: list[tuple[Sentence, str]]) -> Citation:
    first, last = run[0][0], run[-1][0]
    if len(run) == 1:
        return cite(index, n, first, run[0][1])
    doc = index.documents[first.doc_id]
    return Citation(
        n=n,
        source=doc.name,
        page=first.page,
        lines=doc.lines_of(first.start, last.end),
        start=first.start,
        end=last.end,
        quote=normalize_quote(doc.source_text[first.start : last.end]),
        role=run[0][1],
    )


def refusal(question: str, passages: list[Passage], *, reason: str | None = None) -> Answer:
    """A refusal; `reason` (one plain sentence, quoting nothing) says why when it is known."""
    text = f"{REFUSAL_OPENING} {reason} {REFUSAL_CLOSING}" if reason else REFUSAL
    return Answer(question, text, None, True, [], passages)


def verify_answer(answer: Answer, index: Index) -> Answer:
    """Drop every citation whose quote is not the exact source span, and every quoted piece
    not backed by a surviving citation; refuse if nothing survives. Runs on every answer."""
    if answer.refused:
        return answer
    survivors = [c for c in answer.citations if citation_is_exact(c, index)]
    pieces = _quoted_pieces(answer.answer)
    quotes = {c.n: c.quote for c in survivors}
    kept = [(quote, n) for quote, n in pieces if quotes.get(n) == quote]
    if not kept:
        return refusal(answer.question, answer.passages)
    numbering = {old: new for new, (_, old) in enumerate(kept, start=1)}
    citations = [replace(c, n=numbering[c.n]) for c in survivors if c.n in numbering]
    text = " ".join(f"\u201c{quote}\u201d [{numbering[n]}]" for quote, n in kept)
    short = answer.short_answer
    if short is not None and not any(short in c.quote for c in citations):
        short = None
    return Answer(
        answer.question, text, short, False, citations, answer.passages, answer.timings_ms
    )


def citation_is_exact(citation: Citation, index: Index) -> bool:
    """Re-read the cited span from the source text and compare it character for character."""
    doc = next((d for d in index.documents.values() if d.name == citation.source), None)
    if doc is None or not 0 <= citation.start < citation.end <= len(doc.source_text):
        return False
    if normalize_quote(doc.source_text[citation.start : citation.end]) != citation.quote:
        return False
    if tuple(citation.lines) != doc.lines_of(citation.start, citation.end):
        return False
    page = doc.page_of(citation.start).number if doc.paginated else None
    return page == citation.page


def _quoted_pieces(text: str) -> list[tuple[str, int]]:
    """The (quote, marker) pairs an answer is made of; anything else makes it unverifiable."""
    pieces = []
    pattern = re.compile(r"\u201c(.*?)\u201d\s*\[(\d+)\]", re.DOTALL)
    pos = 0
    for m in pattern.finditer(text):
        if text[pos : m.start()].strip():
            return []  # words outside a quote: not something the report said
        pieces.append((m.group(1), int(m.group(2))))
        pos = m.end()
    if text[pos:].strip():
        return []
    return pieces
