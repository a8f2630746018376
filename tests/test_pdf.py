"""PDF ingestion: page numbers and offsets exact, clear messages for unusable PDFs."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from conftest import FakeEmbedder, run_cli
from reportqa.config import Settings
from reportqa.index import build_index, load_index
from reportqa.ingest import IngestError, load_document
from reportqa.lexical import tokenize
from reportqa.model import normalize_quote
from reportqa.segment import segment_document

PAGES = [
    "Kazakhstan borders Russia and China. The steppe covers most of the country.",
    "The river Ishim floods every April. Its water reaches the capital in spring.",
    "Apples grow near Almaty in the south. Almaty hosts an orchard festival.",
]


def make_pdf(path: Path, pages: list[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    pdf.output(str(path))
    return path


@pytest.fixture
def three_page_pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "three.pdf", PAGES)


def _page_of(doc, offset: int) -> int:
    return next(p.number for p in doc.pages if p.start <= offset < p.end)


def test_three_page_pdf_pages_and_offsets(tmp_path, three_page_pdf, fake_embedder):
    settings = Settings(index_dir=tmp_path / "index", seeds_dir=tmp_path)
    summary = build_index(
        [three_page_pdf], settings=settings, embedder=fake_embedder, progress=False
    )
    assert summary.pages == 3 and summary.documents == 1
    index = load_index(settings.index_dir)
    (doc,) = index.documents.values()
    assert doc.kind == "pdf" and doc.paginated
    assert [p.number for p in doc.pages] == [1, 2, 3]
    assert doc.source_text.count("\f") == 2
    expected = {}
    for number, text in enumerate(PAGES, start=1):
        for sentence in re.split(r"(?<=\.) ", text):
            expected[sentence] = number
    got = {s.text: s.page for s in index.sentences}
    assert got == expected
    for s in index.sentences:
        span = doc.source_text[s.start : s.end]
        assert span == s.text  # single-line sentences: exact, not only normalised
        assert _page_of(doc, s.start) == s.page
        assert _page_of(doc, s.end - 1) == s.page
        page = doc.pages[s.page - 1]
        first = doc.source_text.count("\n", page.start, s.start) + 1
        assert s.lines[0] == first
    (ishim,) = [s for s in index.sentences if "Ishim" in s.text]
    assert ishim.page == 2
    assert ishim.text == "The river Ishim floods every April."


def test_pdf_title_and_identity(three_page_pdf):
    doc = load_document(three_page_pdf)
    assert doc.title.startswith("Kazakhstan borders Russia")
    assert doc.name == "three.pdf"


def test_not_a_pdf(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_text("This is plain text pretending to be a PDF document.\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"fake\.pdf: not a PDF"):
        load_document(path)


def test_damaged_pdf(tmp_path, three_page_pdf):
    data = three_page_pdf.read_bytes()
    path = tmp_path / "damaged.pdf"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(IngestError) as info:
        load_document(path)
    assert "damaged.pdf" in str(info.value)


def test_image_only_pdf_made_here(tmp_path):
    path = make_pdf(tmp_path / "blank.pdf", ["", ""])
    with pytest.raises(IngestError, match="no extractable text") as info:
        load_document(path)
    assert "OCR" in str(info.value)


def test_max_pages(three_page_pdf):
    with pytest.raises(IngestError, match="REPORTQA_MAX_PAGES"):
        load_document(three_page_pdf, max_pages=2)


@pytest.mark.slow
def test_real_model_cites_page_two(tmp_path, three_page_pdf, real_embedder):
    from reportqa.assistant import Assistant

    settings = Settings(index_dir=tmp_path / "index", seeds_dir=tmp_path)
    build_index([three_page_pdf], settings=settings, embedder=real_embedder, progress=False)
    assistant = Assistant(index=load_index(settings.index_dir), embedder=real_embedder)
    answer = assistant.ask("When does the river Ishim flood?")
    assert not answer.refused
    assert answer.citations
    assert answer.citations[0].page == 2
    assert answer.citations[0].source == "three.pdf"
    assert "Ishim floods every April" in answer.citations[0].quote
    assert "April" in answer.answer


# ---------------------------------------------------------------- real-world PDFs

README_ROW = re.compile(r"^\|\s*([\w.-]+\.pdf)\s*\|\s*(\d+)\s*\|", re.MULTILINE)
NOT_TEXT = {"libreoffice-writer-password.pdf", "grayscale-image.pdf", "imagemagick-images.pdf"}


def _readme_pages(folder: Path) -> dict[str, int]:
    rows = dict(
        (name, int(pages)) for name, pages in README_ROW.findall((folder / "README.md").read_text())
    )
    assert len(rows) >= 12
    return rows


def test_real_text_pdfs(shared_pdfs):
    pages = _readme_pages(shared_pdfs)
    checked = 0
    for name, count in sorted(pages.items()):
        if name in NOT_TEXT:
            continue
        doc = load_document(shared_pdfs / name)
        assert len(doc.pages) == count, name
        sentences = segment_document(doc)
        assert sentences, name
        for s in sentences:
            assert normalize_quote(doc.source_text[s.start : s.end]) == s.text, (name, s)
            assert _page_of(doc, s.start) == s.page, (name, s)
            assert 1 <= s.page <= count
        checked += 1
    assert checked == 9


def test_multipage_pdf_uses_every_page(shared_pdfs):
    doc = load_document(shared_pdfs / "pdflatex-4-pages.pdf")
    pages = {s.page for s in segment_document(doc)}
    assert pages == {1, 2, 3, 4}


def test_ligature_pdf(shared_pdfs):
    doc = load_document(shared_pdfs / "crazyones-pdfa.pdf")
    sentences = segment_document(doc)
    hits = [s for s in sentences if "misfits" in s.search_text]
    assert hits, "misfits must be findable in the search text"
    for s in hits:
        assert "misfit" in tokenize(s.search_text)
        assert "misﬁts" in s.text  # the quote keeps the ligature character
        assert "misfits" not in s.text
        assert normalize_quote(doc.source_text[s.start : s.end]) == s.text


def test_ligature_pdf_bm25(tmp_path, shared_pdfs, fake_embedder):
    from reportqa.retrieve import Retriever

    settings = Settings(index_dir=tmp_path / "index", seeds_dir=tmp_path)
    build_index(
        [shared_pdfs / "crazyones-pdfa.pdf"],
        settings=settings,
        embedder=fake_embedder,
        progress=False,
    )
    index = load_index(settings.index_dir)
    passages = Retriever(index, fake_embedder, mode="sparse").search("misfits", k=3)
    assert passages and passages[0].sparse_rank == 1
    assert "misfits" in passages[0].chunk.text


def test_encrypted_pdf(shared_pdfs):
    with pytest.raises(IngestError, match="encrypted"):
        load_document(shared_pdfs / "libreoffice-writer-password.pdf")


@pytest.mark.parametrize("name", ["grayscale-image.pdf", "imagemagick-images.pdf"])
def test_image_pdfs(shared_pdfs, name):
    with pytest.raises(IngestError) as info:
        load_document(shared_pdfs / name)
    message = str(info.value)
    assert name in message
    assert "no extractable text" in message or "almost no text" in message
    assert "OCR" in message


def _cli(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = {
        "REPORTQA_INDEX_DIR": str(tmp_path / "index"),
        "REPORTQA_SEEDS_DIR": str(tmp_path / "seeds"),
    }
    return run_cli(args, cwd=tmp_path, env=env)


@pytest.mark.slow
def test_cli_encrypted_pdf(tmp_path, shared_pdfs):
    result = _cli(["index", str(shared_pdfs / "libreoffice-writer-password.pdf")], tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    messages = [line for line in result.stderr.splitlines() if line.startswith("reportqa:")]
    assert len(messages) == 1, result.stderr
    assert "encrypted" in messages[0]
    assert not (tmp_path / "index" / "CURRENT").exists()


@pytest.mark.slow
def test_cli_not_a_pdf(tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_text("Just some text.\n", encoding="utf-8")
    result = _cli(["index", str(path)], tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "not a PDF" in result.stderr


def test_fake_embedder_is_deterministic():
    a, b = FakeEmbedder(), FakeEmbedder()
    va = a.encode(["river Ishim floods", "steppe"])
    vb = b.encode(["river Ishim floods", "steppe"])
    assert va.dtype.name == "float32" and va.shape == (2, 64)
    assert (va == vb).all()
    assert abs(float((va[0] ** 2).sum()) - 1.0) < 1e-5
