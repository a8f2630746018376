"""`reportqa eval --calibrate`: sweep the composer's rule thresholds on the dev split.
`reportqa eval --fit-confidence`: fit the last check (confidence.py) on the read splits."""

from __future__ import annotations

import itertools
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from reportqa.assistant import Assistant
from reportqa.confidence import (
    FEATURES,
    SHIPPED,
    ConfidenceModel,
    choose_threshold,
    fit_logistic,
    out_of_fold,
    shipped_model,
)
from reportqa.metrics import holds_gold, score

# Scored, never fitted on: the held-out split and the one it replaced.
HELD_OUT = frozenset({"test", "test_v1"})


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


def fit_confidence(assistant: Assistant, rows: list[dict], *, out: Path = SHIPPED) -> int:
    """Fit the confidence model on every split but the held-out ones, choose its threshold on
    predictions made without each answer's own split, and write it to `out`."""
    from tqdm import tqdm

    tuning = [q for q in rows if q["split"] not in HELD_OUT]
    assistant.composer.settings = replace(assistant.composer.settings, use_confidence=False)
    vectors, outcomes, groups = [], [], []
    for q in tqdm(tuning, desc="fit-confidence", unit="q", file=sys.stderr):
        answer = assistant.ask(q["question"])
        evidence = None if answer.refused else assistant.evidence(q["question"])
        if evidence is None:
            continue
        vectors.append(evidence.vector())
        outcomes.append(_outcome(q, answer.answer))
        groups.append(q["split"])
    if len(set(outcomes)) < 2 or len(set(groups)) < 2:
        print(
            "--fit-confidence needs answers both right and not, from at least two splits other "
            "than test and test_v1; add questions to the dataset",
            file=sys.stderr,
        )
        return 2
    x = np.array(vectors)
    y = np.array([o == "right" for o in outcomes], dtype=np.float64)
    threshold, sweep = choose_threshold(out_of_fold(x, y, groups), outcomes)
    print("| threshold | right refused | wrong refused | unanswerable refused |")
    print("|---:|---:|---:|---:|")
    for t, right, wrong, unanswerable in sweep[::5]:
        print(f"| {t:.2f} | {right} | {wrong} | {unanswerable} |")
    mean, scale, weights, bias = fit_logistic(x, y)
    chosen = next(row for row in sweep if row[0] == threshold) if threshold else (0.0, 0, 0, 0)
    model = ConfidenceModel(
        features=FEATURES,
        mean=tuple(mean.tolist()),
        scale=tuple(scale.tolist()),
        weights=tuple(weights.tolist()),
        bias=bias,
        threshold=threshold,
        fitted_on={
            "splits": sorted(set(groups)),
            "answers": {k: outcomes.count(k) for k in ("right", "wrong", "unanswerable")},
            "cross_validated_refusals": dict(
                zip(("right", "wrong", "unanswerable"), chosen[1:], strict=True)
            ),
        },
    )
    model.save(out)
    shipped_model.cache_clear()
    print(f"threshold {threshold:.2f}; written to {out}")
    return 0


def _outcome(q: dict, answer: str) -> str:
    if not q["answerable"]:
        return "unanswerable"
    return "right" if holds_gold(q, answer) else "wrong"
