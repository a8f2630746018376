"""Hybrid, dense and sparse retrieval; the CLI's search and ask on the real seed."""

from __future__ import annotations

import json

import pytest

from conftest import SEED_NAME, run_cli
from reportqa.index import build_index, load_index, source_files
from reportqa.model import normalize_quote
from reportqa.retrieve import RRF_K, Retriever

QUERY = "How many consular establishments does Kazakhstan have?"


@pytest.fixture
def fake_index(tmp_settings, fake_embedder):
    sources = source_files([tmp_settings.seeds_dir])
    build_index(sources, settings=tmp_settings, embedder=fake_embedder, progress=False)
    return load_index(tmp_settings.index_dir)


@pytest.mark.parametrize("k", [1, 3, 8])
def test_hybrid_scores_are_rrf_of_ranks(fake_index, fake_embedder, k):
    passages = Retriever(fake_index, fake_embedder).search(QUERY, k=k)
    assert len(passages) == k
    for p in passages:
        assert p.dense_rank is not None or p.sparse_rank is not None
        expected = sum(1.0 / (RRF_K + r) for r in (p.dense_rank, p.sparse_rank) if r is not None)
        assert p.score == pytest.approx(expected)
        assert p.source == SEED_NAME
        assert p.page is None
        assert p.lines[0] <= p.lines[1]
    scores = [p.score for p in passages]
    assert scores == sorted(scores, reverse=True)
    assert len({p.chunk.id for p in passages}) == k


def test_hybrid_finds_the_consulate_sentence(fake_index, fake_embedder):
    passages = Retriever(fake_index, fake_embedder).search(QUERY, k=5)
    assert any("96 consular establishments" in p.chunk.text for p in passages)


def test_dense_mode(fake_index, fake_embedder):
    passages = Retriever(fake_index, fake_embedder, mode="dense").search(QUERY, k=5)
    assert len(passages) == 5
    assert all(p.sparse_rank is None and p.sparse_score is None for p in passages)
    assert [p.dense_rank for p in passages] == [1, 2, 3, 4, 5]
    dense = [p.dense_score for p in passages]
    assert dense == sorted(dense, reverse=True)
    assert all(-1.0001 <= s <= 1.0001 for s in dense)
    for p in passages:
        assert p.score == pytest.approx(1.0 / (RRF_K + p.dense_rank))


def test_sparse_mode(fake_index, fake_embedder):
    passages = Retriever(fake_index, fake_embedder, mode="sparse").search(QUERY, k=5)
    assert 1 <= len(passages) <= 5
    assert all(p.dense_rank is None and p.dense_score is None for p in passages)
    assert [p.sparse_rank for p in passages] == list(range(1, len(passages) + 1))
    sparse = [p.sparse_score for p in passages]
    assert sparse == sorted(sparse, reverse=True) and all(s > 0 for s in sparse)
    assert "consular" in passages[0].chunk.text


def test_sparse_mode_does_not_embed(fake_index, fake_embedder):
    before = len(fake_embedder.calls)
    Retriever(fake_index, fake_embedder, mode="sparse").search(QUERY, k=3)
    assert len(fake_embedder.calls) == before
    Retriever(fake_index, fake_embedder, mode="dense").search(QUERY, k=3)
    assert len(fake_embedder.calls) == before + 1


def test_sparse_unknown_words_give_nothing(fake_index, fake_embedder):
    assert Retriever(fake_index, fake_embedder, mode="sparse").search("zzqxv wqxzz", k=5) == []
    hybrid = Retriever(fake_index, fake_embedder).search("zzqxv wqxzz", k=5)
    assert all(p.sparse_rank is None for p in hybrid)


def test_deterministic_order(fake_index, fake_embedder):
    for mode in ("hybrid", "dense", "sparse"):
        retriever = Retriever(fake_index, fake_embedder, mode=mode)
        first = [(p.chunk.id, p.score) for p in retriever.search(QUERY, k=8)]
        second = [(p.chunk.id, p.score) for p in retriever.search(QUERY, k=8)]
        assert first == second, mode


def test_k_larger_than_index(fake_index, fake_embedder):
    n = len(fake_index.chunks)
    passages = Retriever(fake_index, fake_embedder, mode="dense").search(QUERY, k=n + 10)
    assert len(passages) == n


def test_bad_mode(fake_index, fake_embedder):
    with pytest.raises(ValueError, match="hybrid, dense or sparse"):
        Retriever(fake_index, fake_embedder, mode="fuzzy")


def test_passage_json(fake_index, fake_embedder):
    (p,) = Retriever(fake_index, fake_embedder).search(QUERY, k=1)
    data = p.to_json()
    assert data["chunk_id"] == p.chunk.id and data["text"] == p.chunk.text
    assert data["source"] == SEED_NAME and data["page"] is None
    assert data["lines"] == list(p.lines)


def test_passage_lines_cover_chunk(fake_index, fake_embedder):
    for p in Retriever(fake_index, fake_embedder).search(QUERY, k=8):
        first = fake_index.sentences[p.chunk.sentence_ids[0]]
        last = fake_index.sentences[p.chunk.sentence_ids[-1]]
        assert p.lines == (first.lines[0], last.lines[1])


# ---------------------------------------------------------------- real model


@pytest.mark.slow
def test_real_assistant_answers_consulates(real_assistant, seed_path):
    answer = real_assistant.ask(QUERY)
    assert not answer.refused
    assert "96" in answer.answer
    file_text = seed_path.read_bytes().decode("utf-8")
    quotes = [c for c in answer.citations if "96 consular establishments" in c.quote]
    assert quotes
    for c in answer.citations:
        assert c.quote == normalize_quote(file_text[c.start : c.end])
        assert c.source == SEED_NAME and c.page is None


def _cli(args, tmp_path, seed_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    (seeds / SEED_NAME).write_bytes(seed_path.read_bytes())
    env = {"REPORTQA_INDEX_DIR": str(tmp_path / "index"), "REPORTQA_SEEDS_DIR": str(seeds)}
    return run_cli(args, cwd=tmp_path, env=env, timeout=600)


@pytest.fixture(scope="module")
def cli_dir(tmp_path_factory):
    """One index dir shared by the CLI tests (the first call builds it)."""
    return tmp_path_factory.mktemp("cli")


@pytest.mark.slow
def test_cli_search(cli_dir, seed_path):
    result = _cli(["search", "consular establishments", "-k", "3", "--json"], cli_dir, seed_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    passages = json.loads(result.stdout)
    assert len(passages) == 3
    assert any("96 consular establishments" in p["text"] for p in passages)
    assert {p["source"] for p in passages} == {SEED_NAME}
    assert (cli_dir / "index" / "CURRENT").is_file()

    text = _cli(["search", "consular establishments", "-k", "2"], cli_dir, seed_path)
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith(" 1. " + SEED_NAME)
    assert " 2. " in text.stdout


@pytest.mark.slow
def test_cli_ask_json(cli_dir, seed_path):
    result = _cli(["ask", QUERY, "--json"], cli_dir, seed_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {
        "question",
        "answer",
        "short_answer",
        "refused",
        "citations",
        "passages",
        "timings_ms",
    }
    assert data["question"] == QUERY
    assert data["refused"] is False
    assert "96" in data["answer"]
    assert set(data["timings_ms"]) >= {"retrieve", "compose", "total"}
    assert data["passages"] and all(
        {"chunk_id", "source", "page", "lines", "text", "score"} <= set(p) for p in data["passages"]
    )
    file_text = seed_path.read_bytes().decode("utf-8")
    assert data["citations"]
    for c in data["citations"]:
        assert set(c) == {"n", "source", "page", "lines", "start", "end", "quote", "role"}
        assert c["role"] in {"answer", "context"}
        assert c["source"] == SEED_NAME and c["page"] is None
        assert c["quote"] == normalize_quote(file_text[c["start"] : c["end"]])
        first = file_text[: c["start"]].count("\n") + 1
        last = file_text[: c["end"] - 1].count("\n") + 1
        assert c["lines"] == [first, last]
        assert f"[{c['n']}]" in data["answer"]
    assert any("96 consular establishments" in c["quote"] for c in data["citations"])
    if data["short_answer"] is not None:
        assert any(data["short_answer"] in c["quote"] for c in data["citations"])


@pytest.mark.slow
def test_cli_empty_question(cli_dir, seed_path):
    result = _cli(["ask", "   "], cli_dir, seed_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "question is empty" in result.stderr


def test_words_that_say_where_to_look_do_not_weigh_on_the_meaning(tmp_path, fake_embedder):
    from reportqa.questions import without_source_words
    from tiny_report import tiny_assistant

    assert without_source_words("Where do they go, according to the review?") == (
        "Where do they go?"
    )
    assert without_source_words("What date does the report give for the law?") == (
        "What date for the law?"
    )
    # "the review's e-services section" names a part of the report: kept.
    kept = "Which address is in the review's e-services section?"
    assert without_source_words(kept) == kept
    assistant = tiny_assistant(
        tmp_path, fake_embedder, "Most emigrants from Zembla move to the CIS countries.\n"
    )
    plain = assistant.explain("Where do most emigrants from Zembla move?")
    sourced = assistant.explain(
        "Where do most emigrants from Zembla move, according to the review?"
    )
    assert [c.semantic for c in sourced.candidates] == [c.semantic for c in plain.candidates]


def test_british_and_american_spellings_are_one_word() -> None:
    from reportqa.lexical import tokenize

    assert tokenize("Labour Ministry organisations") == tokenize("Labor Ministry organizations")
    assert tokenize("the centre's programme, recognised") == tokenize("center program recognized")
    assert tokenize("licence offence dialogue") == tokenize("license offense dialog")
    # An "-ise" that is no "-ize" keeps its family; "four" and "hours" are no "-our" ending.
    assert tokenize("precise") == tokenize("precisely")
    assert tokenize("four hours") == ["four", "hour"]


def test_stems_that_start_alike_are_not_always_one_family() -> None:
    from reportqa.word_families import same_word

    assert same_word("migrat", "migration") and same_word("employ", "employe")
    assert not same_word("polic", "polici")  # police, policy
    assert not same_word("state", "stateless") and not same_word("consul", "consult")
    assert not same_word("count", "countri")
    assert not same_word("presid", "presidenti")  # presides, presidential (decree)
