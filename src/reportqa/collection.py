"""The collection: the seeds folder plus documents added later (CLI `index FILE`, UI upload).

Added files are copied into `<index_dir>/documents/` so that the collection can be rebuilt and
checked for staleness like the seeds. A file is validated before it is added; if it or the
rebuild fails, it is removed again and the live index is left as it was.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
from collections.abc import Sequence
from pathlib import Path

from reportqa.config import Settings
from reportqa.embed import Embedder
from reportqa.index import BuildSummary, build_index, source_files
from reportqa.ingest import IngestError, load_document_within

log = logging.getLogger(__name__)


def added_dir(settings: Settings) -> Path:
    return Path(settings.index_dir) / "documents"


def collection_sources(settings: Settings) -> list[Path]:
    """Every file the live index should cover: the seeds and the added documents."""
    roots = [settings.seeds_dir]
    if added_dir(settings).is_dir():
        roots.append(added_dir(settings))
    return source_files(roots)


def add_documents(
    paths: Sequence[str | Path],
    *,
    settings: Settings,
    embedder: Embedder,
    progress: bool = False,
    names: Sequence[str] | None = None,
) -> BuildSummary:
    """Validate, copy in and re-index. Raises IngestError (nothing indexed) on a bad file.

    `names` gives the file names to keep (an upload arrives under a temporary name)."""
    paths = [Path(p) for p in paths]
    names = list(names) if names is not None else [p.name for p in paths]
    for path, name in zip(paths, names, strict=True):
        # Raises IngestError with the reason, before anything is copied.
        load_document_within(path, settings)
        if Path(name).suffix.lower() != path.suffix.lower():
            raise IngestError(f"{name}: the file name and its type do not agree")
    target = added_dir(settings)
    target.mkdir(parents=True, exist_ok=True)
    copied: list[Path] = []
    try:
        for path, name in zip(paths, names, strict=True):
            destination = _destination(target, path, Path(name).name, settings)
            if destination is not None:
                shutil.copyfile(path, destination)
                copied.append(destination)
        return build_index(
            collection_sources(settings), settings=settings, embedder=embedder, progress=progress
        )
    except BaseException:
        for path in copied:
            path.unlink(missing_ok=True)
        raise


def _destination(target: Path, path: Path, name: str, settings: Settings) -> Path | None:
    """Where to copy a new document; None when the same file is already in the collection."""
    if not name or name.startswith(".") or "/" in name or "\\" in name:
        raise IngestError(f"{name!r}: not a usable file name")
    digest = _sha256(path)
    for existing in collection_sources(settings):
        if existing.name == name:
            if _sha256(existing) == digest:
                return None
            raise IngestError(
                f"{name}: a different file with this name is already in the collection; "
                "rename it and add it again"
            )
    return target / name


def _sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
