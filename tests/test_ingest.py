"""Ingest: cleaning for search never loses the exact source span a quote is read from."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import file_line
from reportqa.ingest import IngestError, load_document
from reportqa.model import normalize_quote
from reportqa.segment import segment_document


def _write(tmp_path: Path, text: str, name: str = "doc.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _sentences(path: Path):
    doc = load_document(path)
    return doc, segment_document(doc)


def _one(sentences, needle: str):
    found = [s for s in sentences if needle in s.search_text]
    assert len(found) == 1, f"{needle!r} in {[s.search_text for s in sentences]}"
    return found[0]


@pytest.mark.parametrize(
    ("glyph", "rest"),
    [
        ("| ", "introduction of a systematic approach to migration flows."),
        ("1 ", "planning and recruitment of a foreign workforce."),
        (")l ", "reducing the illegal employment of foreign workers."),
    ],
)
def test_bullet_glyph_dropped_from_search_text_and_quote(tmp_path, glyph, rest):
    text = (
        f"The Concept included several measures.\n\n{glyph}{rest}\n\nAnother paragraph ends here.\n"
    )
    doc, sentences = _sentences(_write(tmp_path, text))
    s = _one(sentences, rest.split()[0])
    assert s.search_text == rest
    assert s.text == rest
    assert doc.source_text[s.start : s.end] == rest
    assert doc.source_text[s.start - len(glyph) : s.start] == glyph
    assert not any(x.search_text.startswith(glyph.strip()) for x in sentences)


def test_glyph_before_capitalised_word_is_kept(tmp_path):
    # "1 Planning" is not a bullet before a lower-case word: nothing may be silently dropped.
    text = "Introduction text goes first.\n\n1 Planning is the first stage of the work.\n"
    _, sentences = _sentences(_write(tmp_path, text))
    assert any(s.search_text.startswith("1 Planning") for s in sentences)


@pytest.mark.parametrize("number_line", ["14", "  7  ", "Page 12", "- 3 -", "15."])
def test_lone_page_number_lines_are_dropped(tmp_path, number_line):
    text = (
        "Migration grew strongly during the period\n"
        f"{number_line}\n"
        "under review in the northern regions.\n"
    )
    path = _write(tmp_path, text)
    _, sentences = _sentences(path)
    digits = "".join(ch for ch in number_line if ch.isdigit())
    for s in sentences:
        assert digits not in s.search_text
        assert digits not in s.text
        assert "Page" not in s.search_text
    assert [s.search_text for s in sentences] == [
        "Migration grew strongly during the period",
        "under review in the northern regions.",
    ]


def test_hyphenated_name_keeps_hyphen_without_space(tmp_path):
    text = "The capital city of Nur-\nSultan grew quickly over the decade.\n"
    doc, sentences = _sentences(_write(tmp_path, text))
    s = _one(sentences, "Sultan")
    assert "Nur-Sultan" in s.search_text
    assert "Nur-Sultan" in s.text
    assert doc.source_text[s.start : s.end] == text.strip()
    assert s.lines == (1, 2)


def test_hyphenated_word_rejoined_when_known_elsewhere(tmp_path):
    text = (
        "The inter-\nnational border is long and hard to guard.\n\n"
        "An international treaty was signed in 2021.\n"
    )
    doc, sentences = _sentences(_write(tmp_path, text))
    s = _one(sentences, "border")
    assert s.search_text == "The international border is long and hard to guard."
    # the quote stays a copy of the source apart from whitespace: the hyphen is kept
    assert s.text == "The inter-national border is long and hard to guard."
    assert s.text == normalize_quote(doc.source_text[s.start : s.end])


def test_hyphenated_word_not_rejoined_when_unknown(tmp_path):
    text = "This is a program-\ntargeted approach to the labour market.\n"
    _, sentences = _sentences(_write(tmp_path, text))
    s = _one(sentences, "approach")
    assert "program-targeted" in s.search_text
    assert "programtargeted" not in s.search_text


def test_ligature_searchable_while_quote_keeps_it(tmp_path):
    text = "The ﬁrst ﬁnding of the survey is clear.\n"
    doc, sentences = _sentences(_write(tmp_path, text))
    (s,) = sentences
    assert s.search_text == "The first finding of the survey is clear."
    assert s.text == "The ﬁrst ﬁnding of the survey is clear."
    assert "ﬁ" in doc.source_text[s.start : s.end]


def test_combining_accent_composed_for_search_only(tmp_path):
    text = "The cafe\u0301 near the border is open.\n"
    doc, sentences = _sentences(_write(tmp_path, text))
    (s,) = sentences
    assert "caf\u00e9" in s.search_text
    assert "cafe\u0301" in s.text
    assert doc.source_text[s.start : s.end] == text.strip()


def test_crlf_file(tmp_path):
    text = (
        "First line of the report.\r\nIt continues on a second line.\r\n\r\n"
        "The city of Nur-\r\nSultan is the capital.\r\n"
    )
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    _, sentences = _sentences(path)
    file_text = path.read_bytes().decode("utf-8")
    assert [s.text for s in sentences] == [
        "First line of the report.",
        "It continues on a second line.",
        "The city of Nur-Sultan is the capital.",
    ]
    for s in sentences:
        assert "\r" not in s.search_text and "\r" not in s.text
        assert normalize_quote(file_text[s.start : s.end]) == s.text
        assert s.lines == (file_line(file_text, s.start), file_line(file_text, s.end - 1))
    assert sentences[2].lines == (4, 5)


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfMigration policy was liberalised in 2021. It worked.\n")
    doc, sentences = _sentences(path)
    assert not doc.source_text.startswith("\ufeff")
    assert doc.title.startswith("Migration policy")
    assert sentences[0].text == "Migration policy was liberalised in 2021."
    assert sentences[0].start == 0
    decoded = path.read_bytes().decode("utf-8-sig")
    for s in sentences:
        assert normalize_quote(decoded[s.start : s.end]) == s.text
        assert "\ufeff" not in s.search_text


def test_form_feeds_make_numbered_pages(tmp_path):
    text = (
        "Alpha page talks about wheat.\n"
        "\fBeta page talks about oil.\nIt has two lines.\n"
        "\fGamma page talks about gas.\n"
    )
    path = _write(tmp_path, text)
    doc, sentences = _sentences(path)
    assert doc.paginated is True
    assert [p.number for p in doc.pages] == [1, 2, 3]
    pages = {s.search_text: s.page for s in sentences}
    assert pages == {
        "Alpha page talks about wheat.": 1,
        "Beta page talks about oil.": 2,
        "It has two lines.": 2,
        "Gamma page talks about gas.": 3,
    }
    file_text = path.read_bytes().decode("utf-8")
    for s in sentences:
        assert file_text.count("\f", 0, s.start) + 1 == s.page
        assert s.lines == (file_line(file_text, s.start), file_line(file_text, s.end - 1))
        assert normalize_quote(file_text[s.start : s.end]) == s.text


def test_text_without_form_feeds_has_no_page(tmp_path):
    doc, sentences = _sentences(_write(tmp_path, "One sentence here. Another one there.\n"))
    assert doc.paginated is False
    assert len(doc.pages) == 1
    assert sentences and all(s.page is None for s in sentences)


def test_cp1252_fallback(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("The caf\u00e9 opened in 2020.\n".encode("cp1252"))
    _, sentences = _sentences(path)
    assert sentences[0].text == "The caf\u00e9 opened in 2020."


def test_markdown_heading_marks_dropped(tmp_path):
    doc, sentences = _sentences(_write(tmp_path, "# Migration overview\n\nText follows.\n", "r.md"))
    heading = sentences[0]
    assert heading.search_text == "Migration overview"
    assert doc.source_text[heading.start : heading.end] == "Migration overview"


# ---------------------------------------------------------------- errors a user can act on


def test_missing_file(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        load_document(tmp_path / "absent.txt")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(IngestError, match=r"empty\.txt: the file is empty"):
        load_document(path)


def test_binary_file(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(b"\x00\x01\x02binary\x00data" * 10)
    with pytest.raises(IngestError) as info:
        load_document(path)
    message = str(info.value)
    assert "blob.txt" in message and "binary" in message
    assert "PDF, .txt or .md" in message


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04 something")
    with pytest.raises(IngestError) as info:
        load_document(path)
    message = str(info.value)
    assert "unsupported file type '.docx'" in message
    assert "PDF, .txt or .md" in message


def test_over_size_limit(tmp_path):
    path = _write(tmp_path, "A sentence about migration. " * 100)
    with pytest.raises(IngestError) as info:
        load_document(path, max_file_mb=0.001)
    message = str(info.value)
    assert "limit" in message and "REPORTQA_MAX_FILE_MB" in message
    load_document(path, max_file_mb=1)  # the same file passes under a sane limit


def test_over_char_limit(tmp_path):
    path = _write(tmp_path, "A sentence about migration. " * 100)
    with pytest.raises(IngestError, match="REPORTQA_MAX_CHARS"):
        load_document(path, max_chars=100)


def test_no_text_at_all(tmp_path):
    path = _write(tmp_path, "....\n---\n\n***\n")
    with pytest.raises(IngestError, match="no extractable text"):
        load_document(path)


def test_document_identity(tmp_path):
    path = _write(tmp_path, "Some text about migration.\n")
    doc = load_document(path)
    import hashlib

    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.sha256 == digest
    assert doc.id == digest[:16]
    assert doc.kind == "text"
    assert doc.name == "doc.txt"
