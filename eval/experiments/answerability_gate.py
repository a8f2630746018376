"""Experiment (session 19, not adopted): a learned answerability gate after the rules.

    .venv/bin/python eval/experiments/answerability_gate.py   # about 30 min on 2 cores

The question: can the bundled all-MiniLM-L6-v2, fine-tuned as a cross-encoder on the read
splits, tell a quote that answers from a near-miss better than the composer's rules and score,
so that refusing below a threshold gains refusals without losing answers?

Pairs: for every question of eval/questions.jsonl outside the held-out splits (`test`,
`test_v1`), the candidates the rules let through, best first (at most four), each as it would
be quoted (the sentences it continues, itself, the line that completes it). A pair is positive
when a gold answer of the question is in the quote; every candidate of an unanswerable question
is negative. Layers 3-5 and a linear head over the mean token are trained.

The splits are dealt into two folds by a hash of their names; a model trained on one fold
scores the best candidate of every question of the other, so every score comes from a model
that never saw the question's split. The script prints answer accuracy, refusal recall and
false refusals of the rules alone and with the gate at each threshold, over these
out-of-fold scores, and the AUC of the model's score and of the composer's score between the
right and the wrong answers the rules give. Nothing is written into the product.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import random
import time
import zlib
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from reportqa.assistant import Assistant, clean_question
from reportqa.config import Settings
from reportqa.evaluate import load_dataset
from reportqa.metrics import matchable
from reportqa.shorthand import spelled_out

HELD_OUT = {"test", "test_v1"}
TRAIN_FROM_LAYER = 3  # layers 3-5 of six are fine-tuned; 0-2 stay those of the bundled model
MAX_LENGTH = 192
BATCH = 32


def build_pairs(assistant: Assistant, rows: list[dict]) -> list[dict]:
    """Per question: what the rules-only composer answered, and its candidates with labels."""
    composer = assistant.composer
    out = []
    for n, q in enumerate(rows, start=1):
        answer = assistant.ask(q["question"])
        asked = spelled_out(clean_question(q["question"]))  # as the composer reads it
        candidates = []
        for c in assistant.explain(q["question"]).candidates[:4]:
            follow = composer.discourse.continuation(c.sentence)
            parts = [*c.lead, c.sentence, *([follow] if follow is not None else [])]
            text = " ".join(p.text for p in parts)
            gold = q["answerable"] and any(matchable(g) in matchable(text) for g in q["answers"])
            candidates.append({"text": text, "y": float(gold), "score": c.score})
        correct = not answer.refused and any(
            matchable(g) in matchable(answer.answer) for g in q["answers"]
        )
        out.append(
            {
                "split": q["split"],
                "asked": asked,
                "answerable": q["answerable"],
                "refused": answer.refused,
                "correct": q["answerable"] and correct,
                "candidates": candidates,
            }
        )
        if n % 500 == 0:
            print(f"  pairs: {n}/{len(rows)} questions", flush=True)
    return out


class CrossEncoder:
    """The bundled MiniLM read as a cross-encoder, with a linear head over its mean token."""

    def __init__(self, model: str, *, seed: int = 0) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        torch.manual_seed(seed)
        self.torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(model)
        self.encoder = AutoModel.from_pretrained(model)
        self.head = torch.nn.Linear(self.encoder.config.hidden_size, 1)
        self.trained: dict = {}
        for prm in self.encoder.parameters():
            prm.requires_grad = False
        for i, layer in enumerate(self.encoder.encoder.layer):
            if i >= TRAIN_FROM_LAYER:
                for name, prm in layer.named_parameters():
                    prm.requires_grad = True
                    self.trained[f"encoder.layer.{i}.{name}"] = prm

    def logits(self, questions: list[str], texts: list[str]):  # type: ignore[no-untyped-def]
        batch = self.tokenizer(
            questions,
            texts,
            truncation="only_second",
            max_length=MAX_LENGTH,
            padding=True,
            return_tensors="pt",
        )
        hidden = self.encoder(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        return self.head((hidden * mask).sum(1) / mask.sum(1)).squeeze(-1)

    def fit(self, pairs: list[tuple[str, str, float]], *, epochs: int, label: str) -> None:
        torch = self.torch
        optimiser = torch.optim.AdamW(
            [
                {"params": list(self.trained.values()), "lr": 4e-5},
                {"params": self.head.parameters(), "lr": 1e-3},
            ],
            weight_decay=0.01,
        )
        batches = _batches(pairs, epochs)
        steps = len(batches)
        warmup = max(1, int(0.06 * steps))
        schedule = torch.optim.lr_scheduler.LambdaLR(
            optimiser, lambda s: min(1.0, (s + 1) / warmup) * max(0.0, 1 - s / steps)
        )
        loss_of = torch.nn.BCEWithLogitsLoss()
        self.encoder.train()
        started = time.time()
        for step, batch in enumerate(batches, start=1):
            logits = self.logits([q for q, _, _ in batch], [t for _, t, _ in batch])
            loss = loss_of(logits, torch.tensor([y for _, _, y in batch]))
            loss.backward()
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            if step % 50 == 0 or step == steps:
                took = time.time() - started
                print(f"  {label}: step {step}/{steps} loss {loss.item():.3f} {took:.0f}s")
        self.encoder.eval()

    def scores(self, question: str, texts: list[str]) -> list[float]:
        if not texts:
            return []
        with self.torch.inference_mode():
            return self.torch.sigmoid(self.logits([question] * len(texts), texts)).tolist()


def _batches(pairs: list[tuple[str, str, float]], epochs: int) -> list[list]:
    """Shuffled, then sorted by length within runs of eight batches: less padding, still
    mixed."""
    rng = random.Random(0)
    out = []
    for _ in range(epochs):
        order = list(pairs)
        rng.shuffle(order)
        for i in range(0, len(order), BATCH * 8):
            run = sorted(order[i : i + BATCH * 8], key=lambda p: len(p[0]) + len(p[1]))
            chunk = [run[j : j + BATCH] for j in range(0, len(run), BATCH)]
            rng.shuffle(chunk)
            out.extend(chunk)
    return out


def training_pairs(questions: list[dict]) -> list[tuple[str, str, float]]:
    return [(q["asked"], c["text"], c["y"]) for q in questions for c in q["candidates"]]


def outcomes(questions: list[dict], threshold: float) -> dict[str, float]:
    """Answer accuracy, refusal recall and false refusals when the best candidate must also
    score `threshold` (the rules' refusals stay refusals)."""
    answerable = [q for q in questions if q["answerable"]]
    unanswerable = [q for q in questions if not q["answerable"]]

    def answered(q: dict) -> bool:
        return not q["refused"] and q["p"] >= threshold

    return {
        "answer_acc": sum(answered(q) and q["correct"] for q in answerable) / len(answerable),
        "refusal": sum(not answered(q) for q in unanswerable) / len(unanswerable),
        "false_refusal": sum(not answered(q) for q in answerable) / len(answerable),
    }


def auc(positive: list[float], negative: list[float]) -> float:
    """The chance that a random right answer scores above a random wrong one."""
    ordered = sorted(negative)
    below = sum(bisect.bisect_left(ordered, p) for p in positive)
    return below / (len(positive) * len(negative)) if positive and negative else float("nan")


def fold_of(split: str, folds: int) -> int:
    return zlib.crc32(split.encode()) % folds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--questions", type=Path, default=Path("eval/questions.jsonl"))
    parser.add_argument("--folds", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None, help="write the scored rows (JSONL)")
    args = parser.parse_args(argv)
    import torch

    torch.set_num_threads(2)
    settings = Settings.from_env()
    rows = [q for q in load_dataset(args.questions) if q["split"] not in HELD_OUT]
    print(f"{len(rows)} read questions; held out: {', '.join(sorted(HELD_OUT))}")
    assistant = Assistant.open(settings, progress=True)
    questions = build_pairs(assistant, rows)
    for fold in range(args.folds):
        train = [q for q in questions if fold_of(q["split"], args.folds) != fold]
        model = CrossEncoder(settings.model)
        model.fit(training_pairs(train), epochs=args.epochs, label=f"fold {fold}")
        for q in questions:
            if fold_of(q["split"], args.folds) == fold:
                texts = [c["text"] for c in q["candidates"][:1]]
                q["p"] = (model.scores(q["asked"], texts) or [1.0])[0]  # no candidate: not asked
    answered = [q for q in questions if not q["refused"] and q["candidates"]]
    right = [q for q in answered if q["correct"]]
    wrong = [q for q in answered if not q["correct"]]
    print(f"AUC, right vs wrong answers of the rules ({len(right)} / {len(wrong)}):")
    print(f"  model {auc([q['p'] for q in right], [q['p'] for q in wrong]):.3f}")
    score_of = [q["candidates"][0]["score"] for q in right]
    print(f"  composer score {auc(score_of, [q['candidates'][0]['score'] for q in wrong]):.3f}")
    print("| gate threshold | answer accuracy | refusal recall | false refusals |")
    print("|---:|---:|---:|---:|")
    for step in (0, 2, 5, 10, 15, 20, 25, 30, 35, 40, 50):
        o = outcomes(questions, step / 100)
        cells = " | ".join(f"{o[k]:.3f}" for k in ("answer_acc", "refusal", "false_refusal"))
        print(f"| {step / 100:.2f} | {cells} |")
    if args.out is not None:
        with open(args.out, "w", encoding="utf-8") as fh:
            for q in questions:
                fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
