"""Sentences quoted one after another in the source are one quote: what the report says across
them ("Chart No. 1. Comparison of …") is then quoted whole, and the quote is still exact."""

from __future__ import annotations

from reportqa.verify import citation_is_exact, cite_in_runs
from tiny_report import tiny_assistant

_TEXT = (
    "Chart No. 1. Comparison of external migration balance by month (BNS data).\n\n"
    "The museum opened in 2019.\n"
    "It has 40 rooms.\n"
)


def test_sentences_that_follow_one_another_are_one_exact_quote(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(tmp_path, fake_embedder, _TEXT)
    index = assistant.index
    s = index.sentences
    assert s[0].text == "Chart No. 1." and s[1].text.startswith("Comparison")
    citations = cite_in_runs(index, [(s[0], "answer"), (s[1], "answer")])
    assert len(citations) == 1
    assert (
        citations[0].quote
        == "Chart No. 1. Comparison of external migration balance by month (BNS data)."
    )
    assert citation_is_exact(citations[0], index)
    # A sentence further on, or one quoted in another role, is a quote of its own.
    apart = cite_in_runs(index, [(s[0], "answer"), (s[2], "answer")])
    assert [c.n for c in apart] == [1, 2]
    roles = cite_in_runs(index, [(s[2], "context"), (s[3], "answer")])
    assert [c.role for c in roles] == ["context", "answer"]
    assert all(citation_is_exact(c, index) for c in (*apart, *roles))
