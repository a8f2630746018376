"""Sentence embeddings: the model is loaded once per process, offline, and injected where needed."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)


class ModelUnavailable(Exception):
    """The configured embedding model cannot be loaded; the message says what to set."""


class Embedder(Protocol):
    """What the index and the retriever need from an embedding model."""

    model_id: str  # stable identity recorded in the manifest; a change makes the index stale
    dimension: int

    def encode(self, texts: list[str], *, show_progress: bool = False) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text."""
        ...


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 (or another local model directory) through sentence-transformers."""

    def __init__(self, *, model: str, batch_size: int = 64, device: str = "cpu") -> None:
        # Never reach for a hub: the model must be a local directory or already cached.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # "Loading weights" bars say nothing to a user

        self.model_path = model
        self.batch_size = batch_size
        try:
            self._model = SentenceTransformer(model, device=device, local_files_only=True)
        except Exception as exc:
            raise ModelUnavailable(
                f"cannot load the embedding model from {model!r} ({exc}); set REPORTQA_MODEL "
                "to a local sentence-transformers directory, or reinstall with `make install`"
            ) from exc
        self.dimension = int(self._model.get_embedding_dimension())
        self.model_id = model_identity(model)
        self._lock = threading.Lock()  # torch modules are not safe to call from many threads

    def encode(self, texts: list[str], *, show_progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:
            vectors = self._model.encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=show_progress,
            )
        return np.ascontiguousarray(vectors, dtype=np.float32)


def model_identity(model: str) -> str:
    """A location-independent id: the directory name plus a hash of its config and weights
    sizes, so a fresh clone with the venv elsewhere does not look like a different model."""
    path = Path(model)
    if not path.is_dir():
        return model
    digest = hashlib.sha256()
    for name in ("config.json", "modules.json", "sentence_bert_config.json", "tokenizer.json"):
        file = path / name
        if file.is_file():
            digest.update(file.read_bytes())
    for weights in sorted(path.glob("*.safetensors")) + sorted(path.glob("*.bin")):
        digest.update(f"{weights.name}:{weights.stat().st_size}".encode())
    config = path / "config.json"
    name = path.name
    if config.is_file():
        name = json.loads(config.read_text()).get("_name_or_path") or name
    return f"{Path(str(name)).name}@{digest.hexdigest()[:12]}"


_shared: dict[tuple[str, int, str], Embedder] = {}
_shared_lock = threading.Lock()


def shared_embedder(
    *,
    model: str,
    batch_size: int = 32,
    backend: str = "torch",
    cache_dir: Path | None = None,
) -> Embedder:
    """One model per process: every face of the app asks here instead of loading its own.

    backend "onnx" runs the same model with ONNX Runtime (exported once into `cache_dir`);
    where the model cannot be run that way it falls back to torch."""
    with _shared_lock:
        key = (model, batch_size, backend)
        if key not in _shared:
            log.info("loading embedding model %s (%s)", model, backend)
            _shared[key] = _load(model, batch_size, backend, cache_dir)
        return _shared[key]


def _load(model: str, batch_size: int, backend: str, cache_dir: Path | None) -> Embedder:
    if backend == "onnx":
        from reportqa.onnx_embed import OnnxEmbedder, supports_onnx

        if supports_onnx(model):
            cache = cache_dir or Path(tempfile.gettempdir()) / "reportqa-onnx"
            return OnnxEmbedder(model=model, cache_dir=cache, batch_size=batch_size)
        log.warning("%s cannot run on ONNX Runtime; using torch", model)
    elif backend != "torch":
        raise ModelUnavailable(f"REPORTQA_BACKEND must be onnx or torch, not {backend!r}")
    return SentenceTransformerEmbedder(model=model, batch_size=batch_size)


def embedder_for(settings) -> Embedder:  # type: ignore[no-untyped-def]
    """The shared embedder the settings ask for (model, batch size, backend)."""
    return shared_embedder(
        model=settings.model,
        batch_size=settings.batch_size,
        backend=settings.backend,
        cache_dir=Path(settings.index_dir) / "models",
    )
