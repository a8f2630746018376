"""`reportqa eval`: each metric counted the way the README says, a forged quote caught, a bad
question file named by line, and the whole run writing its results, table and chart."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reportqa.evaluate import DatasetError, _splits, load_dataset
from reportqa.metrics import matchable, score

SOURCE = "Line one.\nAs of 1 January 2022, 7,140 persons were officially stateless.\n"
NAME = "report.txt"


def _citation(start: int, end: int, quote: str | None = None) -> dict:
    return {"source": NAME, "start": start, "end": end, "quote": quote or SOURCE[start:end]}


def _result(answer: str, *, refused: bool = False, citations: list | None = None) -> dict:
    return {
        "answer": answer,
        "refused": refused,
        "short_answer": None,
        "citations": citations or [],
        "latency_ms": 5.0,
        "_evidence_rank": None if refused else 1,
    }


def _question(qid: str, *, answers: list[str], evidence: str | None) -> dict:
    return {
        "id": qid,
        "question": "?",
        "answers": answers,
        "evidence": evidence,
        "answerable": bool(answers),
        "split": "dev",
    }


def test_each_metric_counts_what_it_says() -> None:
    start = SOURCE.index("As of")
    quote = _citation(start, len(SOURCE) - 1)
    rows = [
        _question("right", answers=["7,140"], evidence="7,140 persons were officially stateless"),
        _question("wrong", answers=["7,118"], evidence="7,118 persons hold stateless status"),
        _question("refused", answers=["7,140"], evidence="officially stateless"),
        _question("near_miss", answers=[], evidence=None),
        _question("near_miss_answered", answers=[], evidence=None),
    ]
    results = [
        _result(f"\u201c{quote['quote']}\u201d [1]", citations=[quote]),
        _result(f"\u201c{quote['quote']}\u201d [1]", citations=[quote]),
        _result("The report does not answer this.", refused=True),
        _result("The report does not answer this.", refused=True),
        _result(f"\u201c{quote['quote']}\u201d [1]", citations=[quote]),
    ]
    s = score(rows, results, {NAME: SOURCE})
    assert s["answer_acc"] == pytest.approx(1 / 3)  # gold in the answer, on answerable ones
    assert s["citation_acc"] == pytest.approx(1 / 3)  # evidence inside a cited quote
    assert s["false_refusal"] == pytest.approx(1 / 3)
    assert s["refusal_recall"] == pytest.approx(1 / 2)
    assert s["quote_fidelity"] == 1.0


def test_a_short_answer_is_wrong_only_when_it_matches_no_gold_even_in_part() -> None:
    start = SOURCE.index("As of")
    quote = _citation(start, len(SOURCE) - 1)
    answer = f"\u201c{quote['quote']}\u201d [1]"
    rows = [_question(q, answers=["7,140"], evidence="officially stateless") for q in "abcd"]
    results = [_result(answer, citations=[quote]) for _ in rows]
    for result, short in zip(results, ["7,140", "7,140 persons", "1", None], strict=True):
        result["short_answer"] = short
    s = score(rows, results, {NAME: SOURCE})
    assert s["short_em"] == pytest.approx(1 / 4)
    # Of the three given, only "1" (the day of the date) is no part of the answer.
    assert s["short_wrong"] == pytest.approx(1 / 3)


def test_a_forged_or_shifted_quote_lowers_fidelity() -> None:
    start = SOURCE.index("As of")
    good = _citation(start, len(SOURCE) - 1)
    forged = _citation(start, len(SOURCE) - 1, quote="As of 1 January 2022, 9,999 persons")
    shifted = _citation(start + 3, len(SOURCE) + 2, quote=good["quote"])
    rows = [_question("q", answers=["7,140"], evidence="officially stateless")] * 3
    results = [_result("a", citations=[c]) for c in (good, forged, shifted)]
    assert score(rows, results, {NAME: SOURCE})["quote_fidelity"] == pytest.approx(1 / 3)
    # A citation of a file the index does not hold is not verbatim either.
    missing = _result("a", citations=[{**good, "source": "other.txt"}])
    assert score(rows[:1], [missing], {NAME: SOURCE})["quote_fidelity"] == 0.0


def test_gold_strings_match_regardless_of_case_width_and_spacing() -> None:
    assert matchable("7,140  Persons\n") == matchable("7,140 persons")
    assert matchable("ＵＮＨＣＲ") == "unhcr"  # full-width letters


def test_a_bad_question_file_is_named_by_its_line(tmp_path: Path) -> None:
    path = tmp_path / "questions.jsonl"
    good = _question("q", answers=["7,140"], evidence="officially stateless")
    path.write_text(json.dumps(good) + "\n" + json.dumps({"id": "x"}) + "\n")
    with pytest.raises(DatasetError, match=r"questions.jsonl:2: missing field\(s\) question"):
        load_dataset(path)
    path.write_text("{not json\n")
    with pytest.raises(DatasetError, match=r":1: not JSON"):
        load_dataset(path)


def test_splits_come_in_the_order_they_were_written() -> None:
    splits = ["fresh10", "test", "fresh2", "dev", "holdout", "test_v1", "fresh"]
    rows = [{"split": s} for s in splits]
    assert _splits(rows) == [
        "dev",
        "test",
        "test_v1",
        "holdout",
        "fresh",
        "fresh2",
        "fresh10",
        "all",
    ]


@pytest.mark.slow
def test_a_run_writes_results_a_table_and_a_chart(
    tmp_path: Path, seed_path: Path, capsys, monkeypatch
):
    from reportqa.config import Settings
    from reportqa.evaluate import run_eval

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy2(seed_path, seeds / seed_path.name)
    dataset = tmp_path / "questions.jsonl"
    rows = [
        _question(
            "stateless",
            answers=["7,140"],
            evidence="7,140 persons were officially stateless",
        ),
        _question("gibberish", answers=[], evidence=None),
    ]
    rows[0]["question"] = "How many persons were officially stateless as of 1 January 2022?"
    rows[1]["question"] = "qwrtzp qwrtzp qwrtzp?"
    dataset.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out, report = tmp_path / "out" / "results.jsonl", tmp_path / "out" / "report.md"
    settings = Settings(index_dir=tmp_path / "index", seeds_dir=seeds)
    code = run_eval(settings, dataset=dataset, out=out, report=report, baseline=False)
    assert code == 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in lines] == ["stateless", "gibberish"]
    assert "7,140" in lines[0]["answer"] and lines[1]["refused"]
    assert all("latency_ms" in r and "citations" in r for r in lines)
    table = capsys.readouterr().out
    assert "| answer accuracy | 1.000 |" in table
    assert "| refusal recall (unanswerable) | 1.000 |" in table
    # The rules without the confidence check are scored in the same run, for comparison.
    assert "| metric | reportqa | dense-only | sparse-only | no-confidence-check |" in table
    assert report.read_text().startswith("# reportqa eval")
    assert report.with_suffix(".png").stat().st_size > 10_000
    # The run fails when a quote is not verbatim (here: every quote is judged forged).
    monkeypatch.setattr("reportqa.metrics.quote_is_verbatim", lambda c, texts: False)
    assert run_eval(settings, dataset=dataset, out=out, report=report, baseline=False) == 1
