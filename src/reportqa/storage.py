"""Crash-safe file operations for the index: one writer lock, fsync, atomic pointer swap, and
the versions directory (which version is live, which to keep)."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

KEEP_VERSIONS = 2


class IndexUnavailable(Exception):
    """The index is missing, damaged or incompatible; the message names the fix."""


@contextlib.contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """One writer at a time per index folder (CLI, server and uploads may race)."""
    Path(index_dir).mkdir(parents=True, exist_ok=True)
    with open(Path(index_dir) / "build.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def point_current(index_dir: Path, name: str) -> None:
    tmp = index_dir / f".CURRENT.{os.getpid()}"
    with open(tmp, "w") as fh:
        fh.write(name + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / "CURRENT")
    fsync_dir(index_dir)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fsync_tree(root: Path) -> None:
    for path in sorted(root.rglob("*"), reverse=True):
        if path.is_file():
            with open(path, "rb") as fh:
                os.fsync(fh.fileno())
        else:
            fsync_dir(path)
    fsync_dir(root)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def prune_versions(versions: Path, *, keep: str) -> None:
    """Keep the new version and the one before it; drop older ones and stray temp dirs."""
    names = sorted((p.name for p in versions.iterdir() if not p.name.startswith(".")), reverse=True)
    for old in names[KEEP_VERSIONS:]:
        if old != keep:
            shutil.rmtree(versions / old, ignore_errors=True)
    for stray in versions.glob(".tmp-*"):
        if not stray.name.endswith(f"-{os.getpid()}"):
            shutil.rmtree(stray, ignore_errors=True)


def versions_newest_first(index_dir: Path) -> list[Path]:
    versions = index_dir / "versions"
    if not versions.is_dir():
        return []
    found = sorted(
        (p for p in versions.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.name,
        reverse=True,
    )
    try:
        live = live_version(index_dir)
    except IndexUnavailable:
        return found
    return [live, *[p for p in found if p != live]]


def live_version(index_dir: Path) -> Path:
    pointer = Path(index_dir) / "CURRENT"
    try:
        name = pointer.read_text().strip()
    except OSError as exc:
        raise IndexUnavailable(f"no index in {index_dir}") from exc
    path = Path(index_dir) / "versions" / name
    if not name or "/" in name or not path.is_dir():
        raise IndexUnavailable(f"{pointer} names a missing version {name!r}")
    return path
