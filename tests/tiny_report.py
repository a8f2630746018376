"""A tiny indexed report for composer tests: real index, fake embedder, no model."""

from __future__ import annotations


def tiny_assistant(tmp_path, embedder, text: str):
    from reportqa.assistant import Assistant
    from reportqa.config import Settings
    from reportqa.index import build_index, load_index

    doc = tmp_path / "tiny.txt"
    doc.write_text(text)
    settings = Settings(index_dir=tmp_path / "index", seeds_dir=tmp_path, model="fake")
    build_index([doc], settings=settings, embedder=embedder, progress=False)
    return Assistant(index=load_index(settings.index_dir), embedder=embedder)


def candidates(assistant, question: str, kind: str | None):
    """The composer's candidates for a question, before any answer is chosen."""
    vector = assistant.embedder.encode([question])[0]
    passages = assistant.retriever.search(question, k=5, query_vector=vector)
    return assistant.composer.rank_candidates(question, passages, vector, kind=kind)


def rejections(explanation) -> list[tuple[str, int]]:
    """(reason, sentence id) of every sentence the composer rejected, closest first."""
    return [(r.reason, r.sentence.id) for r in explanation.rejected]


def candidate_ids(explanation) -> list[int]:
    """The ids of the sentences that can answer, best first."""
    return [c.sentence.id for c in explanation.candidates]


def preferred_order(assistant, question: str, kind: str | None, scored) -> list:
    """The sentences of `scored` ((sentence, score) pairs, best first) in the order the
    composer's preferences among close candidates put them, at its calibrated settings."""
    from reportqa.candidates import Candidate
    from reportqa.preferences import in_preferred_order

    ranked = [Candidate(sentence, score, 0.0, 0.0, score) for sentence, score in scored]
    settings = assistant.composer.settings
    found = in_preferred_order(
        question,
        kind,
        ranked,
        assistant.composer.discourse,
        ratio=settings.preferred_ratio,
        min_score=settings.min_score,
    )
    return [c.sentence for c in found]
