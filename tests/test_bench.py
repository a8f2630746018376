"""`make bench` end to end on a tiny size: it runs and writes its table, JSON and plot.
(Not a timed test: the numbers are the bench's business, not the test's.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reportqa.corpus import perturb, write_corpus

PROJECT_ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def test_perturbed_copies_keep_shape_but_change_figures(tmp_path, seed_path):
    import random

    text = "As of 1 January 2022, 7,140 persons were stateless; 20.2% more."
    changed = perturb(text, random.Random(1))
    assert changed != text
    assert [len(w) for w in changed.split()] == [len(w) for w in text.split()]
    paths = write_corpus(seed_path, tmp_path / "corpus", copies=3)
    assert paths[0].read_text() == seed_path.read_text()
    assert len({p.read_text() for p in paths}) == 3


def test_bench_runs_on_a_tiny_size_and_writes_its_table(tmp_path):
    out = tmp_path / "bench"
    # A sample of the eval set: the bench asks every question several times per size, and the
    # whole set (7,000 questions and growing) would make this test minutes long.
    questions = tmp_path / "questions.jsonl"
    lines = (PROJECT_ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    questions.write_text("\n".join(lines[:80]) + "\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "reportqa.bench",
            "--sizes",
            "1,2",
            "--rounds",
            "1",
            "--questions",
            str(questions),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "| warm total p50 / p95 (ms) |" in result.stdout
    assert "| 2× |" in result.stdout
    data = json.loads((out / "results.json").read_text())
    assert [row["size"] for row in data["scaling"]] == [1, 2]
    assert data["warm"]["total"]["p50_ms"] > 0 and data["warm"]["baseline"]["p50_ms"] > 0
    assert data["build"]["sentences"] > 100
    assert data["questions"] == 80
    assert (out / "report.md").read_text().startswith("## reportqa bench")
    assert (out / "scaling.png").stat().st_size > 1000
    assert not (out / "work").exists()
