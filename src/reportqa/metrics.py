"""The metrics of `reportqa eval`: how a system's answers to a question set are scored.

Apart from `evaluate.py` so that the threshold sweep (`calibrate.py`) and the benchmark can
score answers without importing the eval runner.
"""

from __future__ import annotations

import statistics
import unicodedata
from collections.abc import Callable

from reportqa.model import Passage, normalize_quote


def matchable(text: str | None) -> str:
    """Case-, width- and whitespace-insensitive form used to compare gold strings and quotes."""
    return normalize_quote(unicodedata.normalize("NFKC", text or "")).lower()


def holds_gold(question: dict, answer: str) -> bool:
    """An acceptable gold string of the question is in the answer text: what answer accuracy
    counts, and what the confidence check is fitted to tell."""
    return any(matchable(a) in matchable(answer) for a in question["answers"])


def _words(text: str) -> set[str]:
    return {w.strip(",.;:()\"“”'") for w in matchable(text).split()} - {""}


def _overlaps(short: str, gold: str) -> bool:
    """The short answer is the gold, part of it ("2%" of "less than 2%") or holds it, word
    for word: "1" is no part of "7,140"."""
    a, b = _words(short), _words(gold)
    return bool(a) and bool(b) and (a <= b or b <= a)


def evidence_rank(
    passages: list[Passage], evidence: str, source_texts: dict[str, str]
) -> int | None:
    """1-based rank of the first passage holding the evidence phrase, in its cleaned text or
    its source span."""
    wanted = matchable(evidence)
    for rank, p in enumerate(passages, start=1):
        if wanted in matchable(p.chunk.text) or wanted in matchable(_source_span(p, source_texts)):
            return rank
    return None


def _source_span(p: Passage, source_texts: dict[str, str]) -> str:
    text = source_texts.get(p.source, "")
    lines = text.split("\n")
    return "\n".join(lines[p.lines[0] - 1 : p.lines[1]])


def quote_is_verbatim(citation: dict, source_texts: dict[str, str]) -> bool:
    text = source_texts.get(citation["source"])
    if text is None:
        return False
    return normalize_quote(text[citation["start"] : citation["end"]]) == normalize_quote(
        citation["quote"]
    )


def score(rows: list[dict], results: list[dict], source_texts: dict[str, str]) -> dict[str, float]:
    """The metrics of one system on one set of questions."""
    answerable = [(q, r) for q, r in zip(rows, results, strict=True) if q["answerable"]]
    unanswerable = [(q, r) for q, r in zip(rows, results, strict=True) if not q["answerable"]]
    ranks = [r["_evidence_rank"] for _, r in answerable]
    citations = [c for r in results for c in r["citations"]]

    def share(pairs: list, test: Callable[[dict, dict], bool]) -> float:
        return sum(test(q, r) for q, r in pairs) / len(pairs) if pairs else float("nan")

    def correct(q: dict, r: dict) -> bool:
        return not r["refused"] and holds_gold(q, r["answer"])

    latencies = sorted(r["latency_ms"] for r in results)
    # How much a reader must read: the quoted answer text, refusals left out.
    lengths = sorted(float(len(r["answer"])) for r in results if not r["refused"])
    return {
        "n": len(rows),
        "hit@1": sum(1 for k in ranks if k == 1) / len(ranks) if ranks else float("nan"),
        "hit@5": sum(1 for k in ranks if k and k <= 5) / len(ranks) if ranks else float("nan"),
        "mrr": sum(1 / k for k in ranks if k) / len(ranks) if ranks else float("nan"),
        "answer_acc": share(answerable, correct),
        "short_em": share(
            answerable,
            lambda q, r: matchable(r["short_answer"]) in {matchable(a) for a in q["answers"]},
        ),
        # A short answer a journalist would paste that is not the answer at all: neither a
        # gold variant nor part of one nor holding one, word for word.
        "short_wrong": share(
            [(q, r) for q, r in answerable if correct(q, r) and r["short_answer"] is not None],
            lambda q, r: not any(_overlaps(r["short_answer"], a) for a in q["answers"]),
        ),
        "citation_acc": share(
            answerable,
            lambda q, r: (
                not r["refused"]
                and any(matchable(q["evidence"]) in matchable(c["quote"]) for c in r["citations"])
            ),
        ),
        "quote_fidelity": (
            sum(quote_is_verbatim(c, source_texts) for c in citations) / len(citations)
        )
        if citations
        else 1.0,
        "refusal_recall": share(unanswerable, lambda q, r: r["refused"]),
        "false_refusal": share(answerable, lambda q, r: r["refused"]),
        "chars_p50": _percentile(lengths, 50),
        "chars_p95": _percentile(lengths, 95),
        "p50_ms": _percentile(latencies, 50),
        "p95_ms": _percentile(latencies, 95),
    }


def _percentile(values: list[float], pct: int) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]
