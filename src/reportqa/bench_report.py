"""Render bench results: a Markdown table (stdout and bench/report.md), JSON and a PNG plot."""

from __future__ import annotations

import json
from pathlib import Path


def _f(value: object, digits: int = 1) -> str:
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return "–" if value is None else str(value)


def table(results: dict) -> str:
    b, w, h = results["build"], results["warm"], results["http"]
    ratio = w["total"]["p50_ms"] / w["baseline"]["p50_ms"]
    lines = [
        "## reportqa bench",
        "",
        f"{results['machine']['cpus']} CPU(s); {results['questions']} questions; latencies are "
        "medians (p50) and p95 over every question and round.",
        "",
        "| measure | reportqa | naive baseline | ours / theirs |",
        "|---|---:|---:|---:|",
        f"| seed index build (s) | {_f(b['seconds'], 2)} | – | – |",
        f"| indexing throughput (sentences/s, chunks/s) | {_f(b['sentences_per_s'])}, "
        f"{_f(b['chunks_per_s'])} | – | – |",
        f"| peak RSS while indexing (MB) | {_f(b['peak_rss_mb'])} | – | – |",
        f"| cold start → first answer (s) | {_f(results['cold_ask_seconds'], 2)} | – | – |",
        f"| cold start → server accepting (s) | {_f(h['ready_seconds'], 2)} | – | – |",
        f"| warm retrieve p50 / p95 (ms) | {_f(w['retrieve']['p50_ms'])} / "
        f"{_f(w['retrieve']['p95_ms'])} | – | – |",
        f"| warm compose p50 / p95 (ms) | {_f(w['compose']['p50_ms'])} / "
        f"{_f(w['compose']['p95_ms'])} | – | – |",
        f"| warm total p50 / p95 (ms) | {_f(w['total']['p50_ms'])} / {_f(w['total']['p95_ms'])} "
        f"| {_f(w['baseline']['p50_ms'])} / {_f(w['baseline']['p95_ms'])} | {ratio:.2f} |",
        f"| HTTP /api/ask p50 / p95 (ms) | {_f(h['p50_ms'])} / {_f(h['p95_ms'])} | – | – |",
        "",
        "### Scaling (synthetic corpora: the report + perturbed copies)",
        "",
        "| size | documents | sentences (distinct) | build (s) | sentences/s | index on disk (MB) "
        "| peak RSS build (MB) | RSS serving (MB) | dense index | query p50 / p95 (ms) "
        "| hit@5 (original) | hit@5 (any copy) | HNSW recall@50 vs exact |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|",
    ]
    for row in results["scaling"]:
        b, q = row["build"], row["query"]
        lines.append(
            f"| {row['size']}× | {b['documents']:,} | {b['sentences']:,} ({q.get('vectors', 0):,}) "
            f"| {_f(b['seconds'])} "
            f"| {_f(b['sentences_per_s'])} | {_f(b['index_mb'])} | {_f(b['peak_rss_mb'])} "
            f"| {_f(q['rss_mb'])} | {q['dense_index']} | {_f(q['p50_ms'])} / {_f(q['p95_ms'])} "
            f"| {_f(q['hit@5'], 3)} | {_f(q.get('hit@5_any_copy'), 3)} "
            f"| {_f(q.get('dense_recall@50'), 3)} |"
        )
    return "\n".join(lines)


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = results["scaling"]
    if not rows:
        return
    sizes = [r["size"] for r in rows]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    left.plot(sizes, [r["query"]["p50_ms"] for r in rows], "o-", label="query p50")
    left.plot(sizes, [r["query"]["p95_ms"] for r in rows], "s--", label="query p95")
    left.axhline(
        results["warm"]["baseline"]["p50_ms"], color="grey", ls=":", label="naive baseline p50 (1×)"
    )
    left.set(
        xscale="log", xlabel="corpus size (× the report)", ylabel="ms", title="warm query latency"
    )
    left.legend()
    right.plot(sizes, [r["query"]["rss_mb"] for r in rows], "o-", label="RSS serving")
    right.plot(sizes, [r["build"]["peak_rss_mb"] for r in rows], "s--", label="peak RSS build")
    right.set(xscale="log", xlabel="corpus size (× the report)", ylabel="MB", title="memory")
    right.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def write_outputs(results: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    text = table(results)
    print(text)
    (out / "results.json").write_text(json.dumps(results, indent=2))
    (out / "report.md").write_text(text + "\n\n![scaling](scaling.png)\n")
    plot(results, out / "scaling.png")
