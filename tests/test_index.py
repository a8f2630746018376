"""The on-disk index: atomic versions, staleness, verification and fallback on damage."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from conftest import SEED_NAME, FakeEmbedder, run_cli
from reportqa.index import (
    IndexUnavailable,
    build_index,
    fingerprint,
    index_status,
    load_index,
    source_files,
)


def _build(settings, embedder, **changes):
    settings = replace(settings, **changes) if changes else settings
    sources = source_files([settings.seeds_dir])
    return build_index(sources, settings=settings, embedder=embedder, progress=False)


def _live(settings) -> Path:
    name = (settings.index_dir / "CURRENT").read_text().strip()
    return settings.index_dir / "versions" / name


def _versions(settings) -> list[Path]:
    return sorted((settings.index_dir / "versions").iterdir())


def _two_versions(settings, embedder) -> tuple[Path, Path]:
    """An older good version (chunk_size 600) and the live one (default settings)."""
    old = _build(settings, embedder, chunk_size=600).path
    new = _build(settings, embedder).path
    assert old != new and _live(settings) == new
    return old, new


def test_build_and_load(tmp_settings, fake_embedder):
    summary = _build(tmp_settings, fake_embedder)
    assert summary.documents == 1 and summary.sentences > 100 and summary.chunks > 10
    assert "indexed 1 document(s)" in summary.line()
    index = load_index(tmp_settings.index_dir)
    assert index.path == summary.path == _live(tmp_settings)
    assert len(index.sentences) == summary.sentences
    assert len(index.chunks) == summary.chunks
    assert index.dense.ntotal == len(index.vectors) <= summary.sentences  # distinct texts
    assert index.vectors.shape[1] == 64 and len(index.vector_rows) == summary.sentences
    manifest = index.manifest
    assert manifest["embedding"] == {"model": "fake-hash-64", "dimension": 64}
    assert manifest["chunker"]["chunk_size"] == tmp_settings.chunk_size
    assert manifest["sources"][0]["name"] == SEED_NAME
    assert set(manifest["files"]) >= {"chunks.jsonl", "sentences.jsonl", "dense.faiss"}
    (doc,) = index.documents.values()
    assert doc.source_text == (tmp_settings.seeds_dir / SEED_NAME).read_bytes().decode("utf-8")


def test_status_fresh_and_stale(tmp_settings, fake_embedder):
    sources = source_files([tmp_settings.seeds_dir])
    assert index_status(sources, settings=tmp_settings) == "missing"
    _build(tmp_settings, fake_embedder)
    assert index_status(sources, settings=tmp_settings) == "fresh"
    assert index_status(sources, settings=tmp_settings) == "fresh"  # unchanged stays fresh
    changed = replace(tmp_settings, chunk_size=500)
    assert index_status(sources, settings=changed) == "stale"
    assert index_status(sources, settings=replace(tmp_settings, chunk_overlap=10)) == "stale"
    assert index_status(sources, settings=replace(tmp_settings, model="other")) == "stale"
    seed = tmp_settings.seeds_dir / SEED_NAME
    with open(seed, "a", encoding="utf-8") as fh:
        fh.write("\nA new sentence about migration was appended.\n")
    assert index_status(sources, settings=tmp_settings) == "stale"
    _build(tmp_settings, fake_embedder)
    assert index_status(sources, settings=tmp_settings) == "fresh"
    index = load_index(tmp_settings.index_dir)
    assert index.sentences[-1].text == "A new sentence about migration was appended."


def test_fingerprint_ignores_source_location(tmp_path, tmp_settings):
    seed = tmp_settings.seeds_dir / SEED_NAME
    other = tmp_path / "elsewhere"
    other.mkdir()
    copy = other / SEED_NAME
    copy.write_bytes(seed.read_bytes())
    a = fingerprint([seed], settings=tmp_settings, model_id="m")
    assert a == fingerprint([copy], settings=tmp_settings, model_id="m")
    assert a != fingerprint([seed], settings=tmp_settings, model_id="n")


def test_assistant_open_does_not_rebuild_fresh(tmp_settings, fake_embedder):
    from reportqa.assistant import Assistant

    first = Assistant.open(tmp_settings, embedder=fake_embedder)
    builds = len(fake_embedder.calls)
    assert builds >= 1  # the sentences were embedded
    second = Assistant.open(tmp_settings, embedder=fake_embedder)
    assert len(fake_embedder.calls) == builds
    assert second.index.path == first.index.path


def _fake_clock(monkeypatch, stamps):
    """Make version names use the given timestamps, one per build."""
    import reportqa.index as index_module

    real_strftime = index_module.time.strftime
    stamps = iter(stamps)
    monkeypatch.setattr(
        index_module.time,
        "strftime",
        lambda fmt, *t: next(stamps) if fmt == "%Y%m%dT%H%M%S" else real_strftime(fmt, *t),
    )


def test_atomic_build_leaves_no_temp_and_keeps_two_versions(
    tmp_settings, fake_embedder, monkeypatch
):
    _fake_clock(monkeypatch, [f"20260101T0000{i:02d}" for i in range(10)])
    paths = [
        _build(tmp_settings, fake_embedder, chunk_size=size).path for size in (500, 600, 700, 800)
    ]
    names = [p.name for p in _versions(tmp_settings)]
    assert not [n for n in names if n.startswith(".")], names
    assert names == sorted(p.name for p in paths[-2:])
    assert _live(tmp_settings) == paths[-1]
    assert not [p for p in tmp_settings.index_dir.iterdir() if p.name.startswith(".")]
    assert load_index(tmp_settings.index_dir).manifest["chunker"]["chunk_size"] == 800


def test_stray_temp_dir_is_cleaned(tmp_settings, fake_embedder):
    stray = tmp_settings.index_dir / "versions" / ".tmp-20200101T000000-deadbeef-1"
    stray.mkdir(parents=True)
    (stray / "half-written").write_text("x")
    _build(tmp_settings, fake_embedder)
    assert not stray.exists()
    assert load_index(tmp_settings.index_dir).path != stray


def test_prune_keeps_two_newest_within_one_second(tmp_settings, fake_embedder, monkeypatch):
    sources = source_files([tmp_settings.seeds_dir])
    sizes = sorted(
        (500, 600, 700),
        key=lambda size: fingerprint(
            sources, settings=replace(tmp_settings, chunk_size=size), model_id="fake-hash-64"
        ),
        reverse=True,
    )  # build order whose last build has the smallest fingerprint: it sorts oldest
    _fake_clock(monkeypatch, ["20260101T000000"] * 3)
    paths = [_build(tmp_settings, fake_embedder, chunk_size=size).path for size in sizes]
    assert sorted(p.name for p in _versions(tmp_settings)) == sorted(p.name for p in paths[-2:])


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _garble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(0, len(data), 7):
        data[i] = (data[i] + 13) % 256
    path.write_bytes(bytes(data))


DAMAGE = {
    "truncate dense.faiss": lambda v: _truncate(v / "dense.faiss"),
    "garble dense.faiss": lambda v: _garble(v / "dense.faiss"),
    "truncate chunks.jsonl": lambda v: _truncate(v / "chunks.jsonl"),
    "garble chunks.jsonl": lambda v: _garble(v / "chunks.jsonl"),
    "delete manifest.json": lambda v: (v / "manifest.json").unlink(),
    "garble manifest.json": lambda v: _garble(v / "manifest.json"),
    "delete sentences.jsonl": lambda v: (v / "sentences.jsonl").unlink(),
    "delete bm25 dir": lambda v: [p.unlink() for p in (v / "bm25").iterdir()],
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_live_version_falls_back(tmp_settings, fake_embedder, damage):
    old, new = _two_versions(tmp_settings, fake_embedder)
    DAMAGE[damage](new)
    index = load_index(tmp_settings.index_dir)
    assert index.path == old
    assert index.manifest["chunker"]["chunk_size"] == 600
    assert len(index.sentences) == len(index.vector_rows)


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_only_version_damaged_raises_with_fix(tmp_settings, fake_embedder, damage):
    version = _build(tmp_settings, fake_embedder).path
    DAMAGE[damage](version)
    with pytest.raises(IndexUnavailable) as info:
        load_index(tmp_settings.index_dir)
    message = str(info.value)
    assert "damaged" in message
    assert "reportqa index" in message
    assert version.name in message


def test_garbage_current_uses_a_good_version(tmp_settings, fake_embedder):
    old, new = _two_versions(tmp_settings, fake_embedder)
    (tmp_settings.index_dir / "CURRENT").write_bytes(b"\x00garbage/../..\n")
    index = load_index(tmp_settings.index_dir)
    assert index.path in (old, new)
    sources = source_files([tmp_settings.seeds_dir])
    # The newest good version covers the current sources and settings: nothing to rebuild.
    assert index_status(sources, settings=tmp_settings) == "fresh"


def test_current_naming_missing_version(tmp_settings, fake_embedder):
    _build(tmp_settings, fake_embedder)
    (tmp_settings.index_dir / "CURRENT").write_text("no-such-version\n")
    assert load_index(tmp_settings.index_dir).path.name != "no-such-version"


def test_no_index(tmp_path):
    with pytest.raises(IndexUnavailable, match="reportqa index"):
        load_index(tmp_path / "nothing")
    (tmp_path / "half" / "versions" / ".tmp-20260101T000000-abc-1").mkdir(parents=True)
    with pytest.raises(IndexUnavailable, match="reportqa index"):
        load_index(tmp_path / "half")


def test_nothing_to_index(tmp_settings, fake_embedder):
    with pytest.raises(IndexUnavailable, match="nothing to index"):
        build_index([], settings=tmp_settings, embedder=fake_embedder, progress=False)


def test_wrong_format_version(tmp_settings, fake_embedder):
    import json

    version = _build(tmp_settings, fake_embedder).path
    manifest = json.loads((version / "manifest.json").read_text())
    manifest["format_version"] = 999
    (version / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexUnavailable, match="format 999"):
        load_index(tmp_settings.index_dir)


def test_rebuild_in_same_second_is_atomic(tmp_settings, fake_embedder, monkeypatch):
    import reportqa.index as index_module

    _fake_clock(monkeypatch, ["20260101T000000"] * 2)
    _build(tmp_settings, fake_embedder)

    def crash(src, dst):
        raise OSError("simulated crash during rename")

    monkeypatch.setattr(index_module.os, "rename", crash)
    with pytest.raises(OSError, match="simulated crash"):
        _build(tmp_settings, fake_embedder)
    monkeypatch.undo()
    load_index(tmp_settings.index_dir)  # the old, complete version must still be there


def test_open_with_damaged_live_version_serves_current_sources(tmp_settings, fake_embedder):
    from reportqa.assistant import Assistant

    _build(tmp_settings, fake_embedder, chunk_size=600)  # an older version, other settings
    live = _build(tmp_settings, fake_embedder).path
    _truncate(live / "dense.faiss")
    assistant = Assistant.open(tmp_settings, embedder=fake_embedder)
    sources = source_files([tmp_settings.seeds_dir])
    expected = fingerprint(sources, settings=tmp_settings, model_id=fake_embedder.model_id)
    assert assistant.index.manifest["fingerprint"] == expected


def _cli(args, env_extra, cwd):
    return run_cli(args, cwd=cwd, env=env_extra)


@pytest.mark.slow
def test_cli_damaged_index_rebuilds(tmp_settings, tmp_path):
    """A damaged only-version: the CLI says nothing alarming, rebuilds, and answers."""
    from reportqa.config import Settings
    from reportqa.embed import model_identity

    real_model = Settings().model
    embedder = FakeEmbedder()
    embedder.model_id = model_identity(real_model)  # looks fresh to the real CLI
    settings = replace(tmp_settings, model=real_model)
    version = _build(settings, embedder).path
    _garble(version / "chunks.jsonl")
    result = _cli(
        ["search", "consular establishments"],
        {
            "REPORTQA_INDEX_DIR": str(settings.index_dir),
            "REPORTQA_SEEDS_DIR": str(settings.seeds_dir),
        },
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "96 consular establishments" in result.stdout
    live = (settings.index_dir / "CURRENT").read_text().strip()
    assert live != version.name


@pytest.mark.slow
def test_cli_bad_model_gives_one_line_message(tmp_settings, tmp_path):
    result = _cli(
        ["search", "foo"],
        {
            "REPORTQA_MODEL": str(tmp_path / "no-such-model"),
            "REPORTQA_INDEX_DIR": str(tmp_settings.index_dir),
            "REPORTQA_SEEDS_DIR": str(tmp_settings.seeds_dir),
        },
        tmp_path,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("reportqa:")]
    assert len(lines) == 1 and "REPORTQA_MODEL" in lines[0], result.stderr
