"""`reportqa eval`: score retrieval, answers, citations and refusals per split, beside the
naive LangChain baseline run in the same process, and write results, a table and a chart."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

from reportqa.assistant import Assistant
from reportqa.baseline import NaiveBaseline
from reportqa.calibrate import calibrate_thresholds, fit_confidence
from reportqa.compose import ComposerSettings
from reportqa.config import Settings
from reportqa.embed import shared_embedder
from reportqa.metrics import evidence_rank, holds_gold, score
from reportqa.model import Answer

FIELDS = ("id", "question", "answers", "evidence", "answerable", "split")
METRICS = [
    ("hit@1", "retrieval hit@1"),
    ("hit@5", "retrieval hit@5"),
    ("mrr", "retrieval MRR"),
    ("answer_acc", "answer accuracy"),
    ("short_em", "short-answer exact match"),
    ("short_wrong", "short answers matching no gold"),
    ("citation_acc", "citation accuracy"),
    ("quote_fidelity", "quote fidelity"),
    ("refusal_recall", "refusal recall (unanswerable)"),
    ("false_refusal", "false refusals (answerable)"),
    ("chars_p50", "answer length p50 chars"),
    ("chars_p95", "answer length p95 chars"),
    ("p50_ms", "latency p50 ms"),
    ("p95_ms", "latency p95 ms"),
]


class DatasetError(ValueError):
    """A question file that does not follow the schema of DESIGN.md."""


def load_dataset(path: Path) -> list[dict]:
    rows = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DatasetError(f"cannot read {path}: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise DatasetError(f"{path}:{number}: not JSON ({exc})") from exc
        missing = [f for f in FIELDS if f not in row]
        if missing:
            raise DatasetError(f"{path}:{number}: missing field(s) {', '.join(missing)}")
        rows.append(row)
    return rows


def answer_all(
    ask: Callable[[str], Answer], rows: list[dict], source_texts: dict[str, str], *, label: str
) -> list[dict]:
    from tqdm import tqdm

    results = []
    for q in tqdm(rows, desc=label, unit="q", file=sys.stderr):
        answer = ask(q["question"])
        data = answer.to_json()
        data["id"] = q["id"]
        data["latency_ms"] = round(answer.timings_ms.get("total", 0.0), 2)
        rank = (
            evidence_rank(answer.passages, q["evidence"], source_texts) if q["evidence"] else None
        )
        data["_evidence_rank"] = rank
        results.append(data)
    return results


def run_eval(
    settings: Settings,
    *,
    dataset: Path,
    out: Path,
    report: Path,
    baseline: bool = True,
    calibrate: bool = False,
    fit: bool = False,
) -> int:
    rows = load_dataset(dataset)
    assistant = Assistant.open(settings, progress=True)
    source_texts = {d.name: d.source_text for d in assistant.index.documents.values()}
    if fit:
        return fit_confidence(assistant, rows)
    if calibrate:
        return calibrate_thresholds(
            assistant, [q for q in rows if q["split"] == "dev"], source_texts
        )
    k = max(5, assistant.top_k)
    systems: dict[str, list[dict]] = {
        "reportqa": answer_all(
            lambda q: assistant.ask(q, k=k), rows, source_texts, label="reportqa"
        ),
    }
    for mode in ("dense", "sparse"):
        only = Assistant(index=assistant.index, embedder=assistant.embedder, top_k=k, mode=mode)
        systems[f"{mode}-only"] = answer_all(only.ask, rows, source_texts, label=f"{mode}-only")
    # The rules alone, to show in the same run what the fitted confidence check adds.
    rules = ComposerSettings(use_confidence=False)
    unchecked = Assistant(
        index=assistant.index, embedder=assistant.embedder, top_k=k, composer=rules
    )
    systems["no-confidence-check"] = answer_all(
        unchecked.ask, rows, source_texts, label="no-confidence-check"
    )
    if baseline:
        paths = [Path(d.path) for d in assistant.index.documents.values() if d.kind == "text"]
        # The tutorial pipeline runs the model through sentence-transformers' torch backend.
        torch_model = shared_embedder(model=settings.model, backend="torch")
        naive = NaiveBaseline(paths, embedder=torch_model)
        systems["baseline"] = answer_all(naive.ask, rows, source_texts, label="baseline")
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for r in systems["reportqa"]:
            fh.write(
                json.dumps(
                    {k: v for k, v in r.items() if not k.startswith("_")}, ensure_ascii=False
                )
                + "\n"
            )
    table = _tables(rows, systems, source_texts)
    print(table)
    _write_report(report, table, rows, systems, source_texts, dataset)
    fidelity = score(rows, systems["reportqa"], source_texts)["quote_fidelity"]
    if fidelity < 1.0:
        print(f"quote fidelity {fidelity:.3f} is below 1.000", file=sys.stderr)
        return 1
    return 0


def _splits(rows: list[dict]) -> list[str]:
    """dev and test first, the retired test_v1 next, then the others in the order they were
    written (fresh2 before fresh10)."""
    order = {"dev": 0, "test": 1, "test_v1": 2, "holdout": 3}

    def key(split: str) -> tuple[int, int, str]:
        number = re.search(r"(\d+)$", split) if split not in order else None
        return (order.get(split, 4), int(number.group(1)) if number else 1, split)

    return [*sorted({q["split"] for q in rows}, key=key), "all"]


def _select(rows: list[dict], results: list[dict], split: str) -> tuple[list[dict], list[dict]]:
    pairs = [(q, r) for q, r in zip(rows, results, strict=True) if split in ("all", q["split"])]
    return [q for q, _ in pairs], [r for _, r in pairs]


def _tables(rows: list[dict], systems: dict[str, list[dict]], source_texts: dict[str, str]) -> str:
    out = []
    for split in _splits(rows):
        scores = {
            name: score(*_select(rows, res, split), source_texts) for name, res in systems.items()
        }
        n = scores["reportqa"]["n"]
        out.append(f"\n### split: {split} ({n} questions)\n")
        out.append("| metric | " + " | ".join(scores) + " |")
        out.append("|---|" + "---:|" * len(scores))
        for key, label in METRICS:
            cells = [_fmt(key, s[key]) for s in scores.values()]
            out.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def _fmt(key: str, value: float) -> str:
    if value != value:  # NaN: the split has no question of that kind
        return "–"
    if key.startswith("chars"):
        return f"{value:.0f}"
    return f"{value:.1f}" if key.endswith("_ms") else f"{value:.3f}"


def _failures(rows: list[dict], results: list[dict]) -> list[str]:
    lines = []
    for q, r in zip(rows, results, strict=True):
        if q["answerable"]:
            ok = not r["refused"] and holds_gold(q, r["answer"])
            if not ok:
                what = "refused" if r["refused"] else f"answered: {r['answer'][:150]}"
                lines.append(f"- `{q['id']}` ({q['split']}) {q['question']} — {what}")
        elif not r["refused"]:
            lines.append(
                f"- `{q['id']}` ({q['split']}) unanswerable but answered: {r['answer'][:150]}"
            )
    return lines


def _write_report(
    path: Path,
    table: str,
    rows: list[dict],
    systems: dict[str, list[dict]],
    source_texts: dict[str, str],
    dataset: Path,
) -> None:
    chart = path.with_suffix(".png")
    _plot(chart, rows, systems, source_texts)
    failures = _failures(rows, systems["reportqa"])
    text = [
        "# reportqa eval",
        "",
        f"Dataset: `{dataset}`. Produced by `make eval` (`reportqa eval`). Systems: reportqa "
        "(hybrid retrieval + citation-enforcing composer), dense-only and sparse-only retrieval "
        "with the same composer, reportqa without its fitted confidence check "
        "(no-confidence-check), and the naive LangChain-tutorial baseline, in one process.",
        table,
        "",
        f"![metrics]({chart.name})",
        "",
        f"## Questions reportqa gets wrong ({len(failures)})",
        "",
        *failures,
        "",
    ]
    path.write_text("\n".join(text), encoding="utf-8")


def _plot(
    path: Path, rows: list[dict], systems: dict[str, list[dict]], source_texts: dict[str, str]
) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    keys = ["hit@1", "hit@5", "answer_acc", "citation_acc", "quote_fidelity", "refusal_recall"]
    splits = [s for s in _splits(rows) if s != "all"] or ["all"]
    columns = min(4, len(splits))  # a grid, so that many splits stay readable
    rows_n = -(-len(splits) // columns)
    fig, axes = plt.subplots(rows_n, columns, figsize=(5 * columns, 3.6 * rows_n), squeeze=False)
    cells = [ax for row in axes for ax in row]
    for ax in cells[len(splits) :]:
        ax.set_visible(False)
    for ax, split in zip(cells, splits, strict=False):
        width = 0.8 / len(systems)
        for i, (name, res) in enumerate(systems.items()):
            s = score(*_select(rows, res, split), source_texts)
            values = [0 if s[k] != s[k] else s[k] for k in keys]
            ax.bar([x + i * width for x in range(len(keys))], values, width, label=name)
        ax.set_xticks(
            [x + 0.4 - width / 2 for x in range(len(keys))], keys, rotation=30, ha="right"
        )
        ax.set_ylim(0, 1.05)
        ax.set_title(f"split: {split}")
    cells[0].legend(loc="lower left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


__all__ = ["ComposerSettings", "load_dataset", "run_eval", "score"]
