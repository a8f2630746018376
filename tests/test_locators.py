"""The locator property: every sentence's offsets and line range point at its exact source."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEED_NAME, file_line
from reportqa.chunk import chunk_sentences
from reportqa.index import build_index, load_index
from reportqa.ingest import load_document
from reportqa.model import normalize_quote
from reportqa.segment import segment_document


def _alnum(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isalnum())


def check_locators(path: Path) -> list:
    """Assert the locator property for every sentence of `path`; return the sentences."""
    file_text = path.read_bytes().decode("utf-8")
    doc = load_document(path)
    assert doc.source_text == file_text
    sentences = segment_document(doc)
    previous_end = 0
    for s in sentences:
        span = file_text[s.start : s.end]
        assert 0 <= s.start < s.end <= len(file_text)
        assert s.start >= previous_end, "sentences overlap or are out of order"
        previous_end = s.end
        assert span == span.strip(), f"span not trimmed: {span!r}"
        assert normalize_quote(span) == s.text
        assert "\n" not in s.text and "  " not in s.text
        assert s.lines == (file_line(file_text, s.start), file_line(file_text, s.end - 1))
        if "\f" in file_text:
            assert s.page == file_text.count("\f", 0, s.start) + 1
        else:
            assert s.page is None
        # search_text only drops/re-joins/normalises: the letters and digits are the same
        assert _alnum(s.search_text) == _alnum(span), (s.search_text, span)
    return sentences


def test_seed_locators(seed_path):
    sentences = check_locators(seed_path)
    assert len(sentences) > 100
    texts = [s.text for s in sentences]
    assert any("96 consular establishments" in t for t in texts)


def test_seed_known_sentence(seed_path):
    file_text = seed_path.read_bytes().decode("utf-8")
    doc = load_document(seed_path)
    (s,) = [x for x in segment_document(doc) if "96 consular establishments" in x.text]
    assert (
        s.text == "There are currently 96 consular establishments in 70 countries around the world."
    )
    assert file_text[s.start : s.end] == s.text
    line_no = next(i for i, line in enumerate(file_text.split("\n"), 1) if "96 consular" in line)
    assert s.lines == (line_no, line_no)


# ---------------------------------------------------------------- random documents

_WORDS = st.sampled_from(
    [
        "migration",
        "policy",
        "the",
        "of",
        "ﬁnding",
        "ﬂow",
        "cafe\u0301",
        "re\u0301gime",
        "workers",
        "inter-\nnational",
        "Nur-\nSultan",
        "program-\ntargeted",
        "2021",
        "20.2%",
        "e.g.",
        "No.",
        "international",
        "Kazakhstan",
        "quota",
        "Art.",
        "7,140",
        "naïve",
    ]
)
_SENTENCE = st.builds(
    lambda words, end: " ".join(words) + end,
    st.lists(_WORDS, min_size=1, max_size=8),
    st.sampled_from([".", ".", "!", "?", "", ";"]),
)
_LINE = st.one_of(
    _SENTENCE,
    st.builds(
        lambda g, s: g + s.lower(), st.sampled_from(["| ", "1 ", ")l ", "• ", "- "]), _SENTENCE
    ),
    st.sampled_from(
        ["", "", "12", "Page 3", "  - 4 -", "|", "\f", "\fPage 2", "   indented text."]
    ),
)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(lines=st.lists(_LINE, min_size=1, max_size=25), crlf=st.booleans())
def test_random_text_locators(lines, crlf):
    text = "\n".join(lines) + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    if not any(ch.isalnum() for ch in text):
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "random.txt"
        path.write_bytes(text.encode("utf-8"))
        check_locators(path)


# ---------------------------------------------------------------- chunks are views


def test_chunks_are_consecutive_views(seed_path):
    doc = load_document(seed_path)
    sentences = segment_document(doc)
    by_id = {s.id: s for s in sentences}
    chunks = chunk_sentences(sentences, chunk_size=700, chunk_overlap=150)
    assert len(chunks) > 10
    assert len({c.id for c in chunks}) == len(chunks)
    covered = set()
    for chunk in chunks:
        ids = list(chunk.sentence_ids)
        assert ids == list(range(ids[0], ids[0] + len(ids))), f"not consecutive: {ids}"
        assert chunk.text == " ".join(by_id[i].search_text for i in ids)
        assert chunk.doc_id == doc.id
        if len(ids) > 1:
            assert len(chunk.text) <= 700
        covered.update(ids)
    assert covered == set(by_id), "some sentences are in no chunk"
    firsts = [c.sentence_ids[0] for c in chunks]
    assert firsts == sorted(firsts)


def test_chunk_overlap_repeats_sentences(seed_path):
    sentences = segment_document(load_document(seed_path))
    overlapping = chunk_sentences(sentences, chunk_size=700, chunk_overlap=150)
    plain = chunk_sentences(sentences, chunk_size=700, chunk_overlap=0)
    assert sum(len(c.sentence_ids) for c in plain) == len(sentences)
    assert sum(len(c.sentence_ids) for c in overlapping) > len(sentences)


def test_chunk_ids_stable_across_builds(tmp_path, tmp_settings, fake_embedder):
    from dataclasses import replace

    source = tmp_settings.seeds_dir / SEED_NAME
    ids = []
    for name in ("a", "b"):
        settings_ = replace(tmp_settings, index_dir=tmp_path / name)
        build_index([source], settings=settings_, embedder=fake_embedder, progress=False)
        index = load_index(settings_.index_dir)
        ids.append([c.id for c in index.chunks])
        for chunk in index.chunks:
            sentence_texts = [index.sentences[i].search_text for i in chunk.sentence_ids]
            assert chunk.text == " ".join(sentence_texts)
    assert ids[0] == ids[1]
    assert len(ids[0]) > 10


def test_chunk_rejects_mixed_documents(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("First document sentence.\n", encoding="utf-8")
    b.write_text("Second document sentence.\n", encoding="utf-8")
    mixed = segment_document(load_document(a)) + segment_document(load_document(b))
    with pytest.raises(ValueError, match="one document"):
        chunk_sentences(mixed)
    assert chunk_sentences([]) == []
