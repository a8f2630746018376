"""Faults: an indexer killed at random moments, rebuilds under live queries, bad uploads,
load shedding, Gradio's file route, and fuzzed PDF bytes."""

from __future__ import annotations

import html
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportqa.admission import Admission, Busy
from reportqa.assistant import Assistant, LiveAssistant
from reportqa.index import build_index, fingerprint, load_index, source_files
from reportqa.ingest import IngestError, load_document

HERE = Path(__file__).resolve().parent


def test_sigkilled_indexer_always_leaves_a_complete_index(tmp_settings, fake_embedder):
    sources = source_files([tmp_settings.seeds_dir])
    build_index(sources, settings=tmp_settings, embedder=fake_embedder, progress=False)
    expected = {
        fingerprint(
            sources,
            settings=replace(tmp_settings, chunk_size=size),
            model_id=fake_embedder.model_id,
        )
        for size in (500, 700, 900)
    }
    rng = random.Random(1234)
    env = dict(os.environ, PYTHONPATH=str(HERE.parent / "src"))
    kills, loads = 0, set()
    for n in range(30):
        child = subprocess.Popen(
            [
                sys.executable,
                str(HERE / "indexer_child.py"),
                str(tmp_settings.index_dir),
                str(tmp_settings.seeds_dir),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        if n % 3 == 0:
            # Every third kill lands after a build has completed, however slow the machine:
            # the child says "built" after each one.
            _wait_for_a_line(child, timeout=120)
        time.sleep(rng.uniform(0.3, 2.5))
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        kills += 1
        index = load_index(tmp_settings.index_dir)  # verifies checksums and counts
        assert index.manifest["fingerprint"] in expected
        assert len(index.chunks) == index.manifest["counts"]["chunks"]
        assert (
            len(index.sentences) == len(index.vector_rows) == index.manifest["counts"]["sentences"]
        )
        loads.add(index.manifest["chunker"]["chunk_size"])
    assert kills == 30
    # The kills landed both before and after builds completed: more than one version served.
    assert len(loads) >= 2, loads


def _wait_for_a_line(child: subprocess.Popen, *, timeout: float) -> None:
    """Block until the child writes a line, or fail after `timeout` seconds."""
    import select

    ready, _, _ = select.select([child.stdout], [], [], timeout)
    assert ready, f"the indexer built nothing in {timeout:.0f} s"
    child.stdout.readline()


def test_queries_during_a_rebuild_keep_answering(tmp_settings, fake_embedder, tmp_path):
    assistant = Assistant.open(tmp_settings, embedder=fake_embedder)
    live = LiveAssistant(assistant, settings=tmp_settings)
    extra = tmp_path / "extra.txt"
    extra.write_text("The Zarnitsa observatory has 42 telescopes on its hill.\n")
    answers, errors, stop = [], [], threading.Event()

    def ask_forever() -> None:
        while not stop.is_set():
            try:
                answers.append(live.current().search("consular establishments", k=3))
            except Exception as exc:  # any failure during the swap is a defect
                errors.append(exc)

    threads = [threading.Thread(target=ask_forever) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        summary = live.add([extra])
    finally:
        stop.set()
        for t in threads:
            t.join(10)
    assert not errors
    assert len(answers) > 10
    assert summary.documents == 2
    assert live.current() is not assistant
    assert {d.name for d in live.current().index.documents.values()} == {
        "000_297a8c00ba7ed4e2.txt",
        "extra.txt",
    }
    found = live.current().mentions("Zarnitsa")
    assert found and found[0].source == "extra.txt"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("fake.pdf", b"just text, not a pdf", "not a PDF"),
        ("binary.txt", b"\x00\x01\x02" * 100, "binary"),
        ("notes.docx", b"PK\x03\x04", "unsupported"),
    ],
)
def test_a_bad_upload_leaves_the_index_answering(
    tmp_settings, fake_embedder, tmp_path, name, content, message
):
    live = LiveAssistant(
        Assistant.open(tmp_settings, embedder=fake_embedder), settings=tmp_settings
    )
    before = live.current()
    bad = tmp_path / name
    bad.write_bytes(content)
    with pytest.raises(IngestError, match=message):
        live.add([bad])
    assert live.current() is before
    assert load_index(tmp_settings.index_dir).path == before.index.path
    assert not (tmp_settings.index_dir / "documents" / name).exists()
    assert live.current().search("stateless persons", k=2)


def test_limits_refuse_before_anything_is_indexed(tmp_settings, fake_embedder, tmp_path):
    live = LiveAssistant(
        Assistant.open(tmp_settings, embedder=fake_embedder),
        settings=replace(tmp_settings, max_chars=100),
    )
    big = tmp_path / "big.txt"
    big.write_text("A sentence about migration. " * 50)
    with pytest.raises(IngestError, match="REPORTQA_MAX_CHARS"):
        live.add([big])


def test_admission_sheds_load_beyond_the_queue():
    admission = Admission(max_concurrent=1, max_queue=1)
    inside, release = threading.Event(), threading.Event()

    def hold() -> None:
        with admission.admit():
            inside.set()
            release.wait(5)

    holders = [threading.Thread(target=hold) for _ in range(2)]
    for t in holders:
        t.start()
    inside.wait(5)
    time.sleep(0.1)  # the second holder is now waiting in the queue
    with pytest.raises(Busy, match="busy"), admission.admit():
        pass
    release.set()
    for t in holders:
        t.join(5)
    with admission.admit():  # capacity is back once the holders leave
        pass


def _mutate(data: bytes, rng: random.Random, count: int) -> bytes:
    buf = bytearray(data)
    for _ in range(count):
        action = rng.randrange(3)
        pos = rng.randrange(len(buf))
        if action == 0:
            buf[pos] = rng.randrange(256)
        elif action == 1:
            del buf[pos : pos + rng.randrange(1, 64)]
        else:
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16)))
    return bytes(buf)


@pytest.mark.slow
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 2**32 - 1), count=st.integers(1, 40))
def test_mutated_pdf_bytes_give_a_document_or_a_clear_error(shared_pdfs, tmp_path, seed, count):
    rng = random.Random(seed)
    original = (
        shared_pdfs
        / rng.choice(["minimal-document.pdf", "pdflatex-4-pages.pdf", "crazyones-pdfa.pdf"])
    ).read_bytes()
    path = tmp_path / f"mutated-{seed}-{count}.pdf"
    path.write_bytes(_mutate(original, rng, count))
    try:
        doc = load_document(path, pdf_timeout_s=20)
    except IngestError as exc:
        assert str(exc).startswith(path.name)
    else:
        assert doc.pages and doc.kind == "pdf"


def test_a_pdf_parse_over_its_time_budget_is_stopped(tmp_path):
    from reportqa import pdf

    path = tmp_path / "slow.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"0" * 100)
    with pytest.raises(IngestError, match="longer than"):
        pdf.read_pdf_isolated(path.read_bytes(), name="slow.pdf", max_pages=10, timeout_s=0.0)


def test_a_pdf_parse_over_its_memory_limit_is_stopped(shared_pdfs):
    from reportqa import pdf

    data = (shared_pdfs / "pdflatex-4-pages.pdf").read_bytes()
    # 40 MB of address space cannot even hold the child's interpreter and pypdf: it dies,
    # and the caller gets a message instead of a crash.
    with pytest.raises(IngestError, match="memory limit"):
        pdf.read_pdf_isolated(data, name="big.pdf", max_pages=10, timeout_s=30, memory_mb=40)
    texts, _ = pdf.read_pdf_isolated(data, name="ok.pdf", max_pages=10, timeout_s=30)
    assert len(texts) == 4


def test_real_pdfs_through_the_upload_path(tmp_settings, fake_embedder, shared_pdfs):
    from reportqa.ui import upload

    live = LiveAssistant(
        Assistant.open(tmp_settings, embedder=fake_embedder), settings=tmp_settings
    )
    refused = {
        "libreoffice-writer-password.pdf": "encrypted",
        "grayscale-image.pdf": "no extractable text",
        "imagemagick-images.pdf": "almost no text",
    }
    for pdf in sorted(shared_pdfs.glob("*.pdf")):
        before = live.current()
        message = upload(live.add, [str(pdf)])
        if pdf.name in refused:
            assert message.startswith("Not added"), message
            assert refused[pdf.name] in html.unescape(message)
            assert live.current() is before
        else:
            assert message.startswith("Added"), message
            names = {d.name for d in live.current().index.documents.values()}
            assert pdf.name in names
    # Answers now cite across documents with the right file names and pages.
    hits = live.current().mentions("crazy ones")
    assert hits and all(h.source == "crazyones-pdfa.pdf" and h.page == 1 for h in hits)
    pages = {h.page for h in live.current().mentions("Hello, here is some text")}
    assert pages and pages <= {1, 2, 3, 4}
    assert live.current().mentions("consular establishments")[0].source.startswith("000_")
