"""Choose the sentence(s) of the report that answer a question, quote them, cite them — or refuse.

Every answer passes `verify_answer` before it leaves this module: each quote is re-read from
the source text at its offsets, and every quoted piece of the answer and the short answer
must lie inside a cited span. What fails is dropped; if nothing survives, the answer is a
refusal. No fuzzy matching, no quote that is not a character-exact span of the source.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from reportqa.answer_types import (
    DATE,
    DATE_SPAN,
    NAME_SPAN,
    NUMBER,
    NUMBER_SPAN,
    acronym_expansion,
    asked_acronym,
    asks_for_a_name,
    asks_for_money,
    asks_for_share,
    counted_noun,
    counts_items,
    equivalents,
    expected_type,
    holds_money,
    holds_share,
    holds_type,
    name_phrases,
    names_in,
    quantity_units,
    reference_spans,
)
from reportqa.index import Index
from reportqa.lexical import tokenize
from reportqa.model import Answer, Citation, Passage, Sentence
from reportqa.verify import refusal, verify_answer

# Words that say what kind of answer is wanted, not what it is about.
_FORM_WORDS = frozenset(
    tokenize(
        "how many much what which when who whom whose where why year date number share "
        "percentage percent proportion amount total according report kazakhstan republic kazakh "
        "kazakhstani"
    )
)
_QUESTION_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
NEIGHBOURS, BEFORE, UNITS = "neighbours", "before", "units"
# A leading "besides X," / "apart from X," names what the answer is not.
_EXCLUDED = re.compile(
    r"^\W*(?:besides|beyond|apart from|aside from|other than|except for|except|in addition to)"
    r"\b[^,;?]*[,;]\s*",
    re.IGNORECASE,
)
_MARKER = re.compile(r"\s*\[(\d+)\]")


@dataclass(frozen=True, slots=True, kw_only=True)
class ComposerSettings:
    """Weights and thresholds; calibrated on the dev split with `reportqa eval --calibrate`."""

    semantic_weight: float = 0.55
    overlap_weight: float = 0.45
    rank_weight: float = 0.05
    # Calibrated on the dev split only (`reportqa eval --calibrate`): the most answers plus
    # refusals with at most 5 % false refusals.
    min_score: float = 0.40  # below this the best candidate does not answer: refuse
    # A sentence that lacks the counted words or the names of the question still answers when
    # it is this close in meaning (paraphrases: "inhabitants" for "population").
    paraphrase_similarity: float = 0.65
    name_similarity: float = 0.60
    second_ratio: float = 0.92  # a second quote must score this close to the first
    max_quotes: int = 2
    max_answer_chars: int = 400
    max_unit_chars: int = 500  # a sentence with the ones it continues


@dataclass(frozen=True, slots=True)
class Requirement:
    """Words a candidate sentence (with its neighbours) must contain: any one of `forms`,
    each a set of stems; excused when the sentence's similarity to the question reaches
    `excuse` (above 1: never)."""

    forms: list[frozenset[str]]
    excuse: float
    scope: str  # where to look: NEIGHBOURS, BEFORE or UNITS

    def met(self, near: frozenset[str], semantic: float) -> bool:
        return semantic >= self.excuse or any(
            all(any(_same_word(stem, t) for t in near) for stem in form) for form in self.forms
        )


def _same_word(a: str, b: str) -> bool:
    """Stems of one word family: equal, or one a prefix of the other of at least five letters
    (the stemmer keeps "consul" from "consulates" apart from "consular")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 5 and long.startswith(short)


@dataclass(slots=True)
class Candidate:
    sentence: Sentence
    semantic: float
    overlap: float
    rank_prior: float
    score: float
    # Sentences before this one that it continues ("It covers three regions …"): quoted with
    # it, and scored with it, since they say what "it" is.
    lead: tuple[Sentence, ...] = ()
    role: str = "answer"  # or "context": quoted only to say what the answer refers to


# A sentence that continues the one before: a pronoun or "the <noun> also" near its start.
_ANAPHORIC = re.compile(
    r"^\W*(?:(?:however|moreover|furthermore|in addition|also|thus|therefore|at the same time)"
    r",?\s+)?(?:it|its|they|their|these|this|those|such|he|she|his|her|the (?:latter|former)|"
    r"the [\w-]+ also|the [\w-]+ further)\b",
    re.IGNORECASE,
)


def _is_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", ";", ":", ")", '"', "”"))


_DEFINITE = re.compile(r"^\W*the ([\w-]+)", re.IGNORECASE)


class Composer:
    """Holds the per-index statistics (IDF over sentences); cheap to call per question."""

    def __init__(self, index: Index, *, settings: ComposerSettings | None = None) -> None:
        self.index = index
        self.settings = settings or ComposerSettings()
        self._tokens = [frozenset(tokenize(s.search_text)) for s in index.sentences]
        self._df = Counter(t for tokens in self._tokens for t in tokens)
        n = len(self._tokens)
        self._idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in self._df.items()}

    def compose(self, question: str, passages: list[Passage], query_vector: np.ndarray) -> Answer:
        kind = expected_type(question)
        candidates = self.rank_candidates(question, passages, query_vector, kind=kind)
        chosen = self._choose(candidates)
        if not chosen:
            return refusal(question, passages)
        citations = [self._citation(n, c.sentence, c.role) for n, c in enumerate(chosen, start=1)]
        text = " ".join(f"\u201c{c.quote}\u201d [{c.n}]" for c in citations)
        focus = candidates[0].sentence.text  # the sentence that holds the answer
        acronym = asked_acronym(question)
        if acronym is not None:
            short = acronym_expansion(focus, acronym)
        else:
            short = short_answer(question, kind, focus)
        answer = Answer(question, text, short, False, citations, passages)
        return verify_answer(answer, self.index)

    def rank_candidates(
        self,
        question: str,
        passages: list[Passage],
        query_vector: np.ndarray,
        *,
        kind: str | None,
    ) -> list[Candidate]:
        """Sentences of the retrieved passages that can answer, best first."""
        # Words the report never uses are the asker's own wording: they can match nothing,
        # so they neither weigh on the overlap nor have to be found.
        asked = _EXCLUDED.sub("", question)  # "Besides phone calls, what …": not phone calls
        excluded = set(tokenize(question)) - set(tokenize(asked))
        q_tokens = [
            t
            for t in dict.fromkeys(tokenize(asked))
            if t not in _FORM_WORDS and t in self._df and t not in excluded
        ]
        q_weight = sum(self._idf[t] for t in q_tokens) or 1.0
        q_numbers = frozenset(n.replace(",", "") for n in _QUESTION_NUMBER.findall(question))
        money = kind == NUMBER and asks_for_money(question)
        share = kind == NUMBER and asks_for_share(question)
        acronym = asked_acronym(question)
        named = asks_for_a_name(question, kind)
        checked_kind = kind if kind in (NUMBER, DATE) or named else None
        required = self._counted_requirement(question, kind) + self._name_requirements(question)
        seen: set[int] = set()
        out: list[Candidate] = []
        for rank, passage in enumerate(passages, start=1):
            for sid in passage.chunk.sentence_ids:
                if sid in seen:
                    continue
                seen.add(sid)
                sentence = self.index.sentences[sid]
                if not holds_type(sentence.text, checked_kind, known=q_numbers):
                    continue
                if acronym is not None and acronym_expansion(sentence.text, acronym) is None:
                    continue  # asked to spell out an abbreviation this sentence does not define
                if named and not self._new_name(sentence.text, question):
                    continue  # "which city": the answer names one the question does not
                if share and not holds_share(sentence.text):
                    continue  # a share is asked; a count does not give it
                if money and not holds_money(sentence.text):
                    continue  # a head count does not answer a question about money
                if q_numbers and not q_numbers <= self._numbers_near(sid):
                    continue  # the question names a figure or year this sentence lacks
                semantic = float(self.index.sentence_vector(sid) @ query_vector)
                lead = self._lead(sid)
                if not all(req.met(self._near(sid, req.scope, lead), semantic) for req in required):
                    continue  # counts something else, or is about another place, body or law
                prior = 1.0 / rank
                candidate = self._scored(sentence, (), semantic, q_tokens, q_weight, prior)
                if lead:
                    vector = sum(self.index.sentence_vector(i.id) for i in (*lead, sentence))
                    unit_semantic = float(vector @ query_vector / np.linalg.norm(vector))
                    unit = self._scored(sentence, lead, unit_semantic, q_tokens, q_weight, prior)
                    if unit.score > candidate.score:
                        candidate = unit
                out.append(candidate)
        out.sort(key=lambda c: (-c.score, c.sentence.id))
        return out

    def _scored(
        self,
        sentence: Sentence,
        lead: tuple[Sentence, ...],
        semantic: float,
        q_tokens: list[str],
        q_weight: float,
        prior: float,
    ) -> Candidate:
        s = self.settings
        tokens = self._tokens[sentence.id].union(*(self._tokens[i.id] for i in lead))
        overlap = sum(self._idf[t] for t in q_tokens if t in tokens) / q_weight
        score = s.semantic_weight * semantic + s.overlap_weight * overlap + s.rank_weight * prior
        return Candidate(sentence, semantic, overlap, prior, score, lead)

    def _lead(self, sid: int, *, depth: int = 2) -> tuple[Sentence, ...]:
        """The sentences this one continues: while a sentence opens with a pronoun ("It",
        "These", "its") or repeats a noun of the one before ("The programme provides …"), the
        one before belongs with it; at most `depth` back, within one page, short enough to quote."""
        lead: list[Sentence] = []
        current = self.index.sentences[sid]
        length = len(current.text)
        for _ in range(depth):
            if current.id == 0:
                break
            before = self.index.sentences[current.id - 1]
            if before.doc_id != current.doc_id or before.page != current.page:
                break
            if not self._continues(current, before) or not _is_sentence(before.text):
                break  # a heading is not what a pronoun refers back to
            length += len(before.text)
            if length > self.settings.max_unit_chars:
                break
            lead.insert(0, before)
            current = before
        return tuple(lead)

    def _continues(self, sentence: Sentence, before: Sentence) -> bool:
        if _ANAPHORIC.search(sentence.text):
            return True
        m = _DEFINITE.search(sentence.text)
        return m is not None and bool(set(tokenize(m.group(1))) & self._tokens[before.id])

    def _new_name(self, text: str, question: str) -> bool:
        """A name in the sentence that the question does not give and that is not everywhere in
        the collection (the country a national report is about answers nothing)."""
        asked = set(tokenize(question))
        common = max(0.2 * len(self._tokens), 5)
        for name in names_in(text):
            stems = set(tokenize(name)) - _FORM_WORDS
            if stems and not stems <= asked and any(self._df[t] < common for t in stems):
                return True
        return False

    def _counted_requirement(self, question: str, kind: str | None) -> list[Requirement]:
        """What a "how many X" question counts must be named where the figure is. A generic
        unit (people, times, kinds) may be said in other words; a specific one the report uses
        somewhere (diplomats, flights) may not, or a figure about something else would pass."""
        noun = counted_noun(question)
        if noun is None:
            return []
        group = equivalents(noun)
        forms = self._forms(group)
        if not forms:
            return []
        specific = len(group) == 1 and all(t in self._df for t in forms[0])
        excuse = 2.0 if specific else self.settings.paraphrase_similarity
        # A count names its unit right after the figure ("106 Honorary Consuls"); a share does
        # not ("72% aged 25 to 44"), so its base need only be near.
        counts = kind == NUMBER and counts_items(question)
        return [Requirement(forms, excuse, scope=UNITS if counts else NEIGHBOURS)]

    def _name_requirements(self, question: str) -> list[Requirement]:
        """The question's names must be near the answer, unless the sentence is close enough
        in meaning (the report may say "Ministry of Internal Affairs" for "Interior Ministry").
        The rarest name the report uses is never excused, and must be in the sentence or the
        one before it: a date next to a sentence about Xi'an is not about Xi'an."""
        out = []
        for phrase in name_phrases(question):
            words = [forms for forms in (self._forms([w]) for w in phrase) if forms]
            known = [f for f in words if all(t in self._df for t in f[0])]
            # Words of a name the report never uses are the asker's wording ("Interior
            # Ministry" for "Ministry of Internal Affairs") when the rest of the name is used.
            for forms in known or words:
                out.append(Requirement(forms, self.settings.name_similarity, scope=NEIGHBOURS))
        used = [r for r in out if all(t in self._df for t in r.forms[0])]
        if used:
            rarest = min(used, key=lambda r: max(self._df[t] for t in r.forms[0]))
            out.append(Requirement(rarest.forms, 2.0, scope=BEFORE))
        return out

    def _forms(self, words) -> list[frozenset[str]]:  # type: ignore[no-untyped-def]
        forms = [frozenset(tokenize(w)) - _FORM_WORDS for w in words]
        return [f for f in forms if f]

    def _near(self, sid: int, scope: str, lead: tuple[Sentence, ...] = ()) -> frozenset[str]:
        if scope == UNITS:
            return frozenset(tokenize(quantity_units(self.index.sentences[sid].text)))
        ids = self._neighbours(sid)
        if scope == BEFORE:
            ids = [i for i in ids if i <= sid]
        ids += [s.id for s in lead]
        lead_in = self._lead_in(sid)
        if lead_in is not None:
            ids.append(lead_in)
        return frozenset().union(*(self._tokens[i] for i in ids))

    def _lead_in(self, sid: int, *, max_items: int = 12) -> int | None:
        """For an item of a list ("…, which included:" then items ending in ";"), the sentence
        that introduces the list: it names what the items are about."""
        doc = self.index.sentences[sid].doc_id
        for i in range(sid - 1, max(-1, sid - 1 - max_items), -1):
            sentence = self.index.sentences[i]
            if sentence.doc_id != doc:
                return None
            text = sentence.text.rstrip()
            if text.endswith(":"):
                return i
            if not text.endswith(";"):
                return None
        return None

    def _neighbours(self, sid: int) -> list[int]:
        doc = self.index.sentences[sid].doc_id
        return [
            i
            for i in (sid - 1, sid, sid + 1)
            if 0 <= i < len(self.index.sentences) and self.index.sentences[i].doc_id == doc
        ]

    def _numbers_near(self, sid: int) -> set[str]:
        """Numbers in a sentence and its neighbours (a year often sits one sentence away)."""
        found: set[str] = set()
        for other in self._neighbours(sid):
            text = self.index.sentences[other].text
            found |= {n.replace(",", "") for n in _QUESTION_NUMBER.findall(text)}
        return found

    def _choose(self, candidates: list[Candidate]) -> list[Candidate]:
        s = self.settings
        if not candidates:
            return []
        best = candidates[0]
        if best.score < s.min_score:
            return []
        chosen = [*(Candidate(c, 0.0, 0.0, 0.0, 0.0, role="context") for c in best.lead), best]
        length = sum(len(c.sentence.text) for c in chosen)
        follow = self._continuation(best.sentence)
        if follow is not None and length + len(follow.text) <= s.max_answer_chars:
            # A sentence cut at a line or page break is completed by the one that follows.
            chosen.append(Candidate(follow, best.semantic, best.overlap, best.rank_prior, 0.0))
            length += len(follow.text)
        runner_up = candidates[1] if len(candidates) > 1 else None
        if (
            runner_up is not None
            and len(chosen) < s.max_quotes
            and runner_up.sentence.id not in {c.sentence.id for c in chosen}
            and runner_up.score >= s.second_ratio * best.score
            and length + len(runner_up.sentence.text) <= s.max_answer_chars
        ):
            chosen.append(runner_up)
        chosen.sort(key=lambda c: c.sentence.id)  # quote in reading order
        return chosen

    def _continuation(self, sentence: Sentence) -> Sentence | None:
        """The next sentence when this one stops without end punctuation right before it."""
        if sentence.text.rstrip().endswith((".", "!", "?", '"', "”", ")", ":", ";")):
            return None
        following = sentence.id + 1
        if following >= len(self.index.sentences):
            return None
        nxt = self.index.sentences[following]
        if nxt.doc_id != sentence.doc_id or nxt.page != sentence.page:
            return None
        return nxt if nxt.lines[0] <= sentence.lines[1] + 2 else None  # at most a blank line

    def _citation(self, n: int, sentence: Sentence, role: str = "answer") -> Citation:
        doc = self.index.documents[sentence.doc_id]
        return Citation(
            n=n,
            source=doc.name,
            page=sentence.page,
            lines=sentence.lines,
            start=sentence.start,
            end=sentence.end,
            quote=sentence.text,
            role=role,
        )


def short_answer(question: str, kind: str | None, quote: str) -> str | None:
    """The figure, date or name inside the quote that stands among the question's words."""
    if kind is None:
        return None
    pattern = {NUMBER: NUMBER_SPAN, DATE: DATE_SPAN}.get(kind, NAME_SPAN)
    spans = [m for m in pattern.finditer(quote) if m.group().strip()]
    if kind == NUMBER:
        skip = reference_spans(quote)
        skip += [m.span() for m in DATE_SPAN.finditer(quote) if re.fullmatch(r"\d{4}", m.group())]
        spans = [m for m in spans if not any(a <= m.start() < b for a, b in skip)]
    q_lower = question.lower()
    spans = [m for m in spans if m.group().strip('"“”').lower() not in q_lower]
    if not spans:
        return None
    wanted = set(tokenize(question)) - _FORM_WORDS
    words = [(m.start(), set(tokenize(m.group()))) for m in re.finditer(r"[^\W_]+", quote)]

    def support(m: re.Match[str]) -> tuple[int, int]:
        # Question words in a window around the span: the figure the question is about
        # stands among its words ("18 different types of public services for entering").
        before = [w for pos, w in words if pos < m.start()][-5:]
        after = [w for pos, w in words if pos >= m.end()][:8]
        return (-len(wanted & set().union(*before, *after)), m.start())

    return min(spans, key=support).group().strip()
