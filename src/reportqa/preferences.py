"""What a sentence gives more exactly than a closer one: among candidates close enough to the
best, the one that gives the asked kind of answer goes first (a share of the whole asked
about, a stated purpose, a term, a definition, a new place name, what a study found).
"""

from __future__ import annotations

from collections.abc import Callable

from reportqa.answer_types import PLACE, states_a_purpose, states_a_term
from reportqa.asked_details import asks_for_a_purpose, asks_for_a_term, asks_what_a_study_found
from reportqa.candidates import Candidate, preferred
from reportqa.definitions import asks_a_definition, defines_the_term
from reportqa.shares import share_base, states_share_of
from reportqa.support import Discourse


def in_preferred_order(
    question: str,
    kind: str | None,
    ranked: list[Candidate],
    discourse: Discourse,
    *,
    ratio: float,
    min_score: float,
) -> list[Candidate]:
    """`ranked` (best first), with a close candidate that gives what is asked more exactly
    moved first; `ratio` and `min_score` say how close (see `candidates.preferred`)."""
    out = ranked

    def prefer(gives: Callable[[Candidate], bool]) -> None:
        nonlocal out
        out = preferred(out, gives, ratio=ratio, min_score=min_score)

    if out and asks_what_a_study_found(question):
        # "What gaps did the IOM-backed study find?": the sentence that presents the study is
        # closest in words; the one that goes on about it says what it found.
        first = out[0].sentence.id
        prefer(lambda c: discourse.goes_on_about(c.sentence.id, first))
    # "What proportion of children …": a share *of children* before shares of the whole
    # sample beside the word; "where do they come from": a place's name before none.
    base = share_base(question)
    if base is not None:
        prefer(lambda c: states_share_of(c.sentence.text, base))
    if kind is None and asks_for_a_purpose(question):
        prefer(lambda c: states_a_purpose(c.sentence.text))
    if kind is None and asks_for_a_term(question):
        prefer(lambda c: states_a_term(c.sentence.text))
    if asks_a_definition(question):
        # 'ethnic Kazakhs - "Kandas"' answers "Who are the Kandas?", however close the
        # sentences that only mention them are.
        defining = [c for c in out if defines_the_term(question, c.sentence.text)]
        out = [*defining[:1], *(c for c in out if c not in defining[:1])]
    if kind == PLACE:
        prefer(lambda c: discourse.new_name(c.sentence.text, question, place=True))
    return out
