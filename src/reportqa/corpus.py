"""Synthetic corpora for scaling: the seed report plus perturbed copies of it.

Copy i keeps the seed's sentences but every figure is changed (digits redrawn, same shape),
and it gets its own title line and file name, so a copy is not a duplicate: questions that
name a figure, a year or a date must still find the original.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

_DIGITS = re.compile(r"\d+")


def perturb(text: str, rng: random.Random) -> str:
    """Redraw every run of digits, keeping its length (and so the look of dates and figures)."""

    def redraw(m: re.Match[str]) -> str:
        digits = m.group()
        first = str(rng.randint(1, 9)) if len(digits) > 1 else str(rng.randint(0, 9))
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

    return _DIGITS.sub(redraw, text)


def write_corpus(seed: Path, target: Path, *, copies: int, rng_seed: int = 7) -> list[Path]:
    """`copies` documents in `target`: the seed itself and copies-1 perturbed ones."""
    target.mkdir(parents=True, exist_ok=True)
    text = seed.read_text(encoding="utf-8")
    rng = random.Random(rng_seed)
    paths = [target / seed.name]
    paths[0].write_text(text, encoding="utf-8")
    for i in range(1, copies):
        path = target / f"synthetic-{i:04d}.txt"
        path.write_text(f"Synthetic report {i:04d}\n\n" + perturb(text, rng), encoding="utf-8")
        paths.append(path)
    return paths
