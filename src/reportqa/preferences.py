"""What a sentence gives more exactly than a closer one: among candidates close enough to the
best, the one that gives the asked kind of answer goes first (a share of the whole asked
about, a stated purpose, a term, a definition, a new place name, what a study found).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reportqa.answer_types import NUMBER, PLACE, states_a_purpose, states_a_term
from reportqa.asked_details import asks_for_a_purpose, asks_for_a_term, asks_what_a_study_found
from reportqa.candidates import Candidate, preferred
from reportqa.definitions import asks_a_definition, defines_the_term
from reportqa.lexical import tokenize
from reportqa.shares import share_base, states_share_of
from reportqa.support import YEAR, Discourse


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
        # The one that says what the presenting sentence does not ("gaps") before the others.
        unsaid = frozenset(tokenize(question)) - discourse.tokens[first] - _STUDY_WORDS
        prefer(
            lambda c: (
                discourse.goes_on_about(c.sentence.id, first)
                and bool(discourse.tokens[c.sentence.id] & unsaid)
            )
        )
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
    claimed = _sizes(question) if kind == NUMBER else []
    if claimed:
        # "Did the population pass 19 million? What exact figure …": the figure of the same
        # size (19,125.6 thousand) before one of another (7,118 stateless persons).
        prefer(lambda c: any(v / 3 <= w <= v * 3 for v in claimed for w in _sizes(c.sentence.text)))
    likeness = _ASKS_LIKENESS.search(question)
    if likeness is not None:
        # "Do stateless people get the same rights as citizens?": the sentence that compares
        # them in what is compared ("virtually the same range of rights as nationals") before
        # one that only defines who they are, or compares them in something else.
        compared = frozenset(tokenize(likeness.group(1) or ""))

        def compares(c: Candidate) -> bool:
            alike = _STATES_LIKENESS.search(c.sentence.text) is not None
            return alike and compared <= discourse.tokens[c.sentence.id]

        prefer(compares)
    return out


# A figure with its scale: "19 million", "19,125.6 thousand", "5,201".
_SIZED = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d%])"
    r"(?:\s*(thousand|million|billion)\b)?",
    re.IGNORECASE,
)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def _sizes(text: str) -> list[float]:
    """The sizes of the text's figures of at least 100, years left out; a share is no size."""
    out = []
    for m in _SIZED.finditer(text):
        number, scale = m.group(1), (m.group(2) or "").lower()
        if not scale and YEAR.fullmatch(number):
            continue
        value = float(number.replace(",", "")) * _SCALE.get(scale, 1.0)
        if value >= 100:
            out.append(value)
    return out


# The words that ask what a study found, which its presenting sentence need not say.
_STUDY_WORDS = frozenset(
    tokenize(
        "study studies report assessment review research survey paper analysis find found "
        "show showed reveal revealed conclude concluded identify identified highlight "
        "highlighted result results finding findings"
    )
)
_ASKS_LIKENESS = re.compile(
    r"\b(?:the same|equal|identical|similar)\b([^?]*?)\b(?:as|to|with)\b"
    r"|\b(?:just |exactly )?like (?:citizens|nationals|locals)\b",
    re.IGNORECASE,
)
_STATES_LIKENESS = re.compile(
    r"\b(?:the same|equal|identical|similar|on a par|on an equal footing|equally|"
    r"in the same way|on an equal basis|on equal terms)\b",
    re.IGNORECASE,
)
