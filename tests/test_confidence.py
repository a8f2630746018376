"""The confidence check: the fitted last check before an answer (confidence.py)."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from reportqa.confidence import (
    FEATURES,
    SHIPPED,
    ConfidenceModel,
    Evidence,
    asked_head,
    choose_threshold,
    fit_logistic,
    out_of_fold,
    predict,
    shipped_model,
)
from reportqa.config import Settings
from tiny_report import tiny_assistant

TINY = (
    "Migration review\n\n"
    "In 2021, 7,140 persons were recognised as stateless persons in Kazakhstan.\n"
    "The helpline 116 16 gives advice on labour migration.\n"
)


def flat_model(threshold: float) -> ConfidenceModel:
    """Zero weights and bias: every answer has probability 0.5."""
    n = len(FEATURES)
    return ConfidenceModel(
        features=FEATURES,
        mean=(0.0,) * n,
        scale=(1.0,) * n,
        weights=(0.0,) * n,
        bias=0.0,
        threshold=threshold,
        fitted_on={},
    )


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("What kind of housing were the stranded migrants living in?", ["hous"]),
        ("Which IT company built the Darmen app?", ["compani", "built"]),
        ("What is the administrative centre of the Turkestan region?", ["administr", "center"]),
        ("How many months had they been unable to leave?", ["month"]),
        ("Who funds the programme?", []),
        ("Stateless persons in 2021: how many?", []),
    ],
)
def test_asked_head_is_the_thing_a_wh_question_asks_for(question, head):
    assert asked_head(question) == head


def test_fit_logistic_learns_the_informative_feature_and_is_deterministic():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 3))
    y = (x[:, 1] + 0.3 * rng.normal(size=400) > 0).astype(float)
    first, second = fit_logistic(x, y), fit_logistic(x, y)
    for a, b in zip(first[:3], second[:3], strict=True):
        assert np.array_equal(a, b)
    weights = first[2]
    assert abs(weights[1]) > 5 * max(abs(weights[0]), abs(weights[2]))
    p = predict(x, *first)
    assert ((p > 0.5) == (y == 1)).mean() > 0.85


def test_out_of_fold_never_predicts_a_split_with_a_model_that_saw_it():
    # Split "b" alone has the opposite pattern: a model that saw it could not predict its
    # own labels wrongly, one fitted without it must.
    x = np.array([[v] for v in (-2, -1, 1, 2) * 10], dtype=float)
    y = np.array([0, 0, 1, 1] * 10, dtype=float)
    groups = ["a"] * 36 + ["b"] * 4
    y[36:] = 1 - y[36:]
    p = out_of_fold(x, y, groups, folds=2)
    assert ((p[36:] > 0.5) != (y[36:] == 1)).all()


def test_choose_threshold_trades_refused_unanswerable_against_twice_the_right_ones():
    p = np.array([0.1, 0.2, 0.3, 0.35, 0.5, 0.6, 0.9])
    outcomes = ["unanswerable", "unanswerable", "right", "unanswerable", "right", "right", "right"]
    threshold, sweep = choose_threshold(p, outcomes)
    # Up to 0.21 refuses two unanswerable and nothing right; raising it to 0.36 adds one
    # unanswerable for one right answer, which costs two: not worth it.
    assert threshold == pytest.approx(0.21)
    assert (0.21, 0, 0, 2) in sweep
    assert choose_threshold(p, ["right"] * 7)[0] == 0.0  # nothing to gain: the check is off


def test_a_saved_model_loads_back_and_a_model_for_other_features_is_refused(tmp_path):
    model = replace(flat_model(0.3), fitted_on={"splits": ["dev"]})
    path = tmp_path / "confidence.json"
    model.save(path)
    assert ConfidenceModel.load(path) == model
    data = json.loads(path.read_text())
    data["features"] = data["features"][:-1]
    path.write_text(json.dumps(data))
    with pytest.raises(ValueError, match="--fit-confidence"):
        ConfidenceModel.load(path)


def test_the_shipped_model_reads_these_features_and_never_saw_the_held_out_splits():
    assert SHIPPED.exists()
    model = shipped_model()
    assert model is not None
    assert model.features == FEATURES
    assert 0.0 < model.threshold < 1.0
    splits = set(model.fitted_on["splits"])
    assert "dev" in splits
    assert not splits & {"test", "test_v1"}
    answers = model.fitted_on["answers"]
    assert answers["right"] > 1000 and answers["unanswerable"] > 100


def test_the_composer_refuses_what_the_check_does_not_trust(tmp_path, fake_embedder):
    assistant = tiny_assistant(tmp_path, fake_embedder, TINY)
    question = "How many persons were recognised as stateless persons in 2021?"
    assistant.composer.confidence = flat_model(0.4)
    assert not assistant.ask(question).refused
    evidence = assistant.evidence(question)
    assert isinstance(evidence, Evidence) and evidence.vector().shape == (len(FEATURES),)
    assistant.composer.confidence = flat_model(0.6)
    assert assistant.explain(question).confidence == (0.5, 0.6)  # `--explain` shows it
    refused = assistant.ask(question)
    assert refused.refused and refused.citations == []
    assert "unlikely to say what is asked" in refused.answer
    assert "tiny.txt" in refused.answer  # it points to the closest sentence by its locator
    assistant.composer.settings = replace(assistant.composer.settings, use_confidence=False)
    assert not assistant.ask(question).refused
    assert assistant.explain(question).confidence is None


def test_the_check_can_be_switched_off_by_environment(monkeypatch):
    monkeypatch.setenv("REPORTQA_CONFIDENCE_CHECK", "off")
    assert Settings.from_env().confidence_check is False
    monkeypatch.setenv("REPORTQA_CONFIDENCE_CHECK", "1")
    assert Settings.from_env().confidence_check is True
    monkeypatch.setenv("REPORTQA_CONFIDENCE_CHECK", "maybe")
    with pytest.raises(SystemExit, match="on/off"):
        Settings.from_env()


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "What was the gross number of people who moved to Kazakhstan from abroad in 2021?",
        "Which government agency led the preparation of Kazakhstan's GCM review?",
    ],
)
def test_near_misses_the_rules_let_through_are_refused(real_assistant, question):
    """Both are on a subject of the report, which gives neither figure nor agency; the rules
    alone quote the closest sentence."""
    assert real_assistant.ask(question).refused
    real_assistant.composer.settings = replace(
        real_assistant.composer.settings, use_confidence=False
    )
    try:
        assert not real_assistant.ask(question).refused
    finally:
        real_assistant.composer.settings = replace(
            real_assistant.composer.settings, use_confidence=True
        )


@pytest.mark.slow
def test_a_plain_answer_passes_the_check(real_assistant):
    answer = real_assistant.ask("How many persons were officially stateless as of 1 January 2022?")
    assert not answer.refused and answer.short_answer == "7,140"


def test_fitting_skips_the_held_out_splits_and_writes_a_model_that_loads(
    tmp_path, fake_embedder, capsys
):
    from reportqa.calibrate import fit_confidence

    assistant = tiny_assistant(tmp_path, fake_embedder, TINY)
    # The last two are answered by the rules; labelled unanswerable, they are what the check
    # learns to refuse (the labels only exercise the fitting here).
    asked = [
        ("How many persons were recognised as stateless persons in 2021?", True, ["7,140"]),
        ("Which helpline gives advice on labour migration?", True, ["116 16"]),
        ("How many persons were recognised as stateless in Kazakhstan?", False, []),
        ("What advice does the helpline give?", False, []),
    ]
    rows = [
        {"id": f"{split}{n}", "question": q, "answerable": a, "answers": g, "split": split}
        for split in ("dev", "fresh1", "fresh2", "test")
        for n, (q, a, g) in enumerate(asked)
    ]
    out = tmp_path / "confidence.json"
    assert fit_confidence(assistant, rows, out=out) == 0
    assert "| threshold | right refused |" in capsys.readouterr().out
    model = ConfidenceModel.load(out)
    assert model.features == FEATURES
    assert model.fitted_on["splits"] == ["dev", "fresh1", "fresh2"]
    # Three splits of four questions each: the test split's four are never read.
    assert model.fitted_on["answers"] == {"right": 6, "wrong": 0, "unanswerable": 6}


def test_fitting_with_nothing_to_learn_from_says_what_to_do(tmp_path, fake_embedder, capsys):
    from reportqa.calibrate import fit_confidence

    assistant = tiny_assistant(tmp_path, fake_embedder, TINY)
    rows = [
        {
            "id": "t1",
            "question": "How many persons were recognised as stateless persons in 2021?",
            "answerable": True,
            "answers": ["7,140"],
            "split": "test",
        }
    ]
    assert fit_confidence(assistant, rows, out=tmp_path / "c.json") == 2
    assert "at least two splits" in capsys.readouterr().err
    assert not (tmp_path / "c.json").exists()
