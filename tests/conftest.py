"""Shared fixtures: a deterministic fake embedder, temporary settings, the seed and the PDFs."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from reportqa.config import Settings

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEED_NAME = "000_297a8c00ba7ed4e2.txt"
SEED_PATH = PROJECT_ROOT / "seeds" / SEED_NAME
SHARED_PDFS = PROJECT_ROOT.parent / "shared" / "pdfs"

_WORD = re.compile(r"\w+")


class FakeEmbedder:
    """Hashing-trick embedder: lower-cased word tokens hashed into 64 buckets, L2-normalised.

    Deterministic across processes (sha1, not `hash`), no model to load; texts that share
    words get similar vectors, which is enough to exercise dense retrieval.
    """

    model_id = "fake-hash-64"
    dimension = 64

    def __init__(self) -> None:
        self.calls: list[int] = []

    def encode(self, texts: list[str], *, show_progress: bool = False) -> np.ndarray:
        self.calls.append(len(texts))
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _WORD.findall(text.lower()):
                bucket = int.from_bytes(hashlib.sha1(word.encode()).digest()[:4], "little")
                vectors[row, bucket % self.dimension] += 1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return (vectors / norms).astype(np.float32)


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED_PATH.is_file():
        pytest.skip(f"the seed report {SEED_PATH} is missing")
    return SEED_PATH


@pytest.fixture
def tmp_settings(tmp_path: Path, seed_path: Path) -> Settings:
    """Settings whose index and seeds live in tmp_path; the seed report is copied in.

    `model` names the fake embedder, so index_status() computes the same model identity as
    an index built with FakeEmbedder and Assistant.open(..., embedder=fake) never rebuilds.
    """
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy2(seed_path, seeds / SEED_NAME)
    return Settings(index_dir=tmp_path / "index", seeds_dir=seeds, model=FakeEmbedder.model_id)


@pytest.fixture(scope="session")
def shared_pdfs() -> Path:
    if not SHARED_PDFS.is_dir():
        pytest.skip(f"real-world PDFs not available: {SHARED_PDFS} is absent")
    return SHARED_PDFS


@pytest.fixture(scope="session")
def real_embedder():
    """The real all-MiniLM-L6-v2 model, loaded once per test session."""
    from reportqa.embed import shared_embedder

    return shared_embedder(model=Settings().model)


@pytest.fixture(scope="session")
def real_assistant(tmp_path_factory: pytest.TempPathFactory, seed_path: Path, real_embedder):
    """An Assistant over an index of the seed report built with the real model in a tmp dir."""
    from reportqa.assistant import Assistant
    from reportqa.index import build_index, load_index

    root = tmp_path_factory.mktemp("real-index")
    seeds = root / "seeds"
    seeds.mkdir()
    shutil.copy2(seed_path, seeds / SEED_NAME)
    settings = Settings(index_dir=root / "index", seeds_dir=seeds)
    build_index([seeds / SEED_NAME], settings=settings, embedder=real_embedder, progress=False)
    return Assistant(index=load_index(settings.index_dir), embedder=real_embedder)


def run_cli(
    args: list[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: int = 300
) -> subprocess.CompletedProcess:
    """`python -m reportqa ARGS` in a subprocess, offline, with extra environment variables."""
    full_env = dict(os.environ, HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "reportqa", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def file_line(text: str, offset: int) -> int:
    """1-based line number of the character at `offset`, counted independently of reportqa."""
    return text[:offset].count("\n") + 1


# End-to-end server fixtures (tests/server_fixture.py), shared by every module in the session.
from server_fixture import (  # noqa: E402, F401
    api_key_server,
    hostile_seeds,
    live_server,
    overload_server,
)
