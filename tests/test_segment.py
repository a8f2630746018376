"""Sentence segmentation with pysbd: abbreviations hold, real sentence ends split."""

from __future__ import annotations

import pytest

from reportqa.ingest import load_document
from reportqa.segment import abbreviations_hold, segment_document, sentence_spans

ONE_SENTENCE = [
    "Presidential Decree No. 642 dated 20 August 2021.",
    "The rules are set out in Art. 5 of the Law on Migration of the Population.",
    "Several groups, e.g. students and seasonal workers, arrive each spring.",
    "Some residents, i.e. the young and skilled, leave for Russia.",
    "Oil, gas, metals etc. are exported by the country every year.",
    "Outflow increased by 20.2% compared to the previous year.",
    "The population grew from 17,918.2 thousand people to 19,125.6 thousand people.",
]


@pytest.mark.parametrize("text", ONE_SENTENCE)
def test_abbreviations_do_not_split(text):
    assert sentence_spans(text) == [(0, len(text))]
    assert abbreviations_hold(text)


def test_multiple_sentences_split():
    text = "It rained in April. Then it stopped! Did the river flood? Yes, it did."
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "It rained in April.",
        "Then it stopped!",
        "Did the river flood?",
        "Yes, it did.",
    ]
    assert not abbreviations_hold(text)


def test_decree_sentence_followed_by_another():
    text = (
        "The Concept was approved by Presidential Decree No. 642 dated 20 August 2021. "
        "It runs until 2030, e.g. through three stages."
    )
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "The Concept was approved by Presidential Decree No. 642 dated 20 August 2021.",
        "It runs until 2030, e.g. through three stages.",
    ]


def test_spans_are_trimmed_substrings():
    text = "  First sentence here.   Second sentence there.  "
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["First sentence here.", "Second sentence there."]


def test_lone_letter_is_not_a_sentence():
    assert sentence_spans("T") == []


def test_segment_document_numbers_from_first_id(tmp_path):
    path = tmp_path / "d.txt"
    path.write_text(
        "Presidential Decree No. 642 dated 20 August 2021. See Art. 5 for details.\n"
        "\nA second paragraph, i.e. the last one.\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    sentences = segment_document(doc, first_id=10)
    assert [s.id for s in sentences] == [10, 11, 12]
    assert [s.text for s in sentences] == [
        "Presidential Decree No. 642 dated 20 August 2021.",
        "See Art. 5 for details.",
        "A second paragraph, i.e. the last one.",
    ]
    assert all(s.doc_id == doc.id for s in sentences)
