"""`reportqa eval --calibrate`: sweep the composer's rule thresholds on the dev split."""

from __future__ import annotations

import itertools
from dataclasses import replace

from reportqa.assistant import Assistant
from reportqa.metrics import score


def calibrate_thresholds(
    assistant: Assistant, dev: list[dict], source_texts: dict[str, str]
) -> int:
    """Sweep the composer's thresholds on dev only and print the trade-off; the chosen point
    maximises answer accuracy + refusal recall with at most 5 % false refusals. Ties go to
    the strictest point (higher thresholds: refuse rather than guess), so the grid runs from
    strict to lenient and a later point must do strictly better."""
    base = assistant.composer.settings
    grid = itertools.product(
        [0.75, 0.7, 0.65, 0.6, 0.55], [0.8, 0.7, 0.6], [0.55, 0.5, 0.45, 0.4, 0.35]
    )
    print(
        "| paraphrase_similarity | name_similarity | min_score | answer acc | refusal recall "
        "| false refusals |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    best = None
    for para, name, threshold in grid:
        assistant.composer.settings = replace(
            base, paraphrase_similarity=para, name_similarity=name, min_score=threshold
        )
        res = [
            {**a.to_json(), "latency_ms": 0.0, "_evidence_rank": None}
            for a in map(assistant.ask, (q["question"] for q in dev))
        ]
        s = score(dev, res, source_texts)
        print(
            f"| {para:.2f} | {name:.2f} | {threshold:.2f} | {s['answer_acc']:.3f} | "
            f"{s['refusal_recall']:.3f} | {s['false_refusal']:.3f} |",
            flush=True,
        )
        value = s["answer_acc"] + s["refusal_recall"]
        if s["false_refusal"] <= 0.05 and (best is None or value > best[0] + 1e-9):
            best = (value, para, name, threshold)
    assistant.composer.settings = base
    if best:
        print(
            f"chosen: paraphrase_similarity={best[1]} name_similarity={best[2]} min_score={best[3]}"
        )
    return 0
