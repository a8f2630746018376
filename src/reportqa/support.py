"""The report as discourse: which sentences a candidate continues (its lead), the list it
belongs to, its neighbours, the sentence that completes a cut one, and the words found there.

The composer scores sentences; `reportqa.requirements` says which words of the question a
sentence must have around it, and this module says where "around it" ends.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from reportqa.abbreviations import ACRONYM_OR_PLURAL, spelled_out_names, spelled_words
from reportqa.answer_types import (
    COUNT_WORDS,
    FIGURE,
    MONTH,
    numbered_units,
    passive_after_quantities,
    quantity_units,
)
from reportqa.asked_names import asks_below_country, asks_for_a_body, asks_for_a_settlement
from reportqa.index import Index
from reportqa.lexical import misspellings, tokenize
from reportqa.model import Sentence
from reportqa.places import (
    names_a_body,
    names_a_body_in_lower_case,
    names_a_place,
    places_used,
    words_of_bodies,
)
from reportqa.proper_names import names_in
from reportqa.word_families import same_word

# Words that say what kind of answer is wanted, not what it is about.
FORM_WORDS = frozenset(
    tokenize(
        "how many much what which when who whom whose where why year date number share "
        "percentage percent proportion amount total according report"
    )
)
# A year as the report writes one: a figure of this shape is never a count.
YEAR = re.compile(r"(?:19|20)\d\d")
# A full date ("22 July 2011"), in a sentence or in a question.
FULL_DATE = re.compile(rf"\b\d{{1,2}}\s+{MONTH.pattern}\s+(?:19|20)\d\d\b")
# A word in more than this share of sentences is everywhere: it cannot single out an answer.
COMMON_SHARE = 0.2
# Where a requirement looks: the sentence and its neighbours; the sentence and the one before;
# the sentence alone; the words right after each figure in the sentence.
NEIGHBOURS, BEFORE, SENTENCE, UNITS = "neighbours", "before", "sentence", "units"


# A sentence that continues the one before: a pronoun or "the <noun> also" near its start.
_ANAPHORIC = re.compile(
    r"^\W*(?:(?:however|moreover|furthermore|in addition|also|thus|therefore|at the same time)"
    r",?\s+)?(?:it(?!\s+(?:should|must|can|could|is|was|has been|may|will)\s+(?:be\s+)?"
    # "It should be noted that …", "It is planned to …": an "it" that stands for nothing.
    r"(?:noted|stressed|emphasi[sz]ed|underlined|mentioned|important|necessary|worth|clear|"
    r"planned|expected|envisaged|proposed|recommended)\b)|its|they|their|these|this|those|such|"
    r"he|she|his|her|the (?:latter|former)|"
    r"the [\w-]+ also|the [\w-]+ further)\b"
    # "UNICEF defines it as …": a pronoun right after a verb of naming refers back too.
    r"|^\W*(?:[\w-]+\s+){1,2}(?:defines|defined|describes|described|calls|called|regards|"
    r"regarded|considers|considered|terms|termed)\s+(?:it|them|this|these)\b"
    # "As part of the campaign, …", "The results of the study …": what was just told.
    r"|^\W*(?:as part of the|the results of the|the relevant)\b",
    re.IGNORECASE,
)


# A short range of small numbers ("SDGs 12-15", "Articles 3–7") names every number in it;
# a span of years does not (a figure "for 2017-2021" is not a figure for 2019).
_RANGE = re.compile(r"(?<![\d.])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d.,])")
_MAX_RANGE = 30


# "over the past five years" gives the 5 of "in the last 5 years".
_SMALL_NUMBERS = {word: str(n) for n, word in enumerate(COUNT_WORDS) if 2 <= n <= 12}
_SMALL_NUMBER = re.compile(rf"\b(?:{'|'.join(_SMALL_NUMBERS)})\b", re.IGNORECASE)


def _numbers_in(text: str) -> set[str]:
    numbers = {n.replace(",", "") for n in FIGURE.findall(text)}
    numbers |= {_SMALL_NUMBERS[w.lower()] for w in _SMALL_NUMBER.findall(text)}
    for m in _RANGE.finditer(text):
        first, last = int(m.group(1)), int(m.group(2))
        if 0 < last - first <= _MAX_RANGE:
            numbers |= {str(n) for n in range(first, last + 1)}
    return numbers


def is_sentence(text: str) -> bool:
    """Ends as a sentence or a list item does; a heading or a sentence cut at a break does not."""
    return text.rstrip().endswith((".", "!", "?", ";", ":", ")", '"', "”"))


# Capitalised words, with the small words a name may hold between them ("Ministry of Labour").
# The label of a chart or table, a sentence of its own before its caption.
_ANNOUNCES = re.compile(r"\bthe (?:two|three|four|five|six|seven|eight|nine|ten|\d+) [a-z]+s\b")
_NAMES_THEM = re.compile(r"(?:These|They|Those) (?:are|were|include|included)\b")
# A paragraph that goes on about a document or a study the one before introduced.
_REFERS_BACK = re.compile(
    r"(?:The (?:results|findings|conclusions) of (?:the|this) |The |This )(?:study|report|"
    r"assessment|survey|mapping|research|analysis)\b"
)
_LABEL = re.compile(
    r"(?:Chart|Table|Figure|Fig\.|Diagram|Graph|Box|Map|Annex)\s*(?:No\.?\s*)?\d+[.:]?",
    re.IGNORECASE,
)


_ACRONYM = re.compile(r"[A-Z]{2,}s?(?:['’]s)?")
_ANY_LENGTH = 1_000_000  # characters: no length limit on a lead that is only looked up
# "The programme …", "All the necessary information …": a definite noun (after a word that
# points back, if any) repeated from the sentence before.
_BACK = "necessary|relevant|same|said|above|above-mentioned|aforementioned|corresponding|respective"
_DEFINITE = re.compile(rf"^\W*(?:all )?the (?:(?:{_BACK}) )?([\w-]+)", re.IGNORECASE)


def plain_words(text: str) -> str:
    """Lower-case words with single spaces, punctuation dropped: how a quoted title is
    compared ("Together against human trafficking!" in any quotes)."""
    return " ".join(re.findall(r"\w+", text.lower()))


class Discourse:
    """Per-index word statistics and the structure around each sentence; built once per index."""

    def __init__(self, index: Index) -> None:
        self.index = index
        # An OCR slip ("GCM Obijective 4 (a)") says the word it misspells, for the overlap.
        slips = misspellings([s.search_text for s in index.sentences])
        self.tokens = [
            frozenset(t for w in tokenize(s.search_text) for t in (w, slips.get(w, w)))
            for s in index.sentences
        ]
        self.df = Counter(t for tokens in self.tokens for t in tokens)
        n = len(self.tokens)
        self.idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in self.df.items()}
        self.max_idf = math.log((n + 1) / 0.5)  # what a word the report never uses would weigh
        limit = COMMON_SHARE * max(n, 20)
        # Stems in nearly every sentence (the country a national report is about).
        self.everywhere = frozenset(t for t, c in self.df.items() if c > limit)
        self.acronyms = frozenset(
            a.lower() for s in index.sentences for a in ACRONYM_OR_PLURAL.findall(s.text)
        )
        self.spelled_out = spelled_out_names(index.sentences, self.acronyms)
        # A sentence that uses an abbreviation the report spells out once ("the GAFMC") says
        # its words too ("free medical care"), for the overlap with a question.
        self.tokens = [
            tokens.union(*spelled_words(sentence.text, self.spelled_out))
            for tokens, sentence in zip(self.tokens, index.sentences, strict=True)
        ]
        # Capitalised heads a text uses to refer back to a body named before ("the Union
        # member states", "the Bank"): the last word of a name abbreviated elsewhere.
        self.heads_referred_back = frozenset(
            t
            for s in index.sentences
            for m in _HEAD_REFERRED_BACK.finditer(s.text)
            for t in tokenize(m.group(1))
        )
        # Each sentence as plain lower-case words: a quoted title is looked up in these.
        self.plain = [plain_words(s.text) for s in index.sentences]
        self.plain_text = " ".join(self.plain)
        # Words the report writes in lower case: capitalised first in a sentence, no name.
        self.lower_case = frozenset(
            w for s in index.sentences for w in re.findall(r"\b[a-z][a-z'’-]+\b", s.text)
        )
        self.lower_case_stems = frozenset(t for w in self.lower_case for t in tokenize(w))
        # "in Busan", "from Uzbekistan"; not "Trafficking in Persons": "persons" is a common
        # noun the report writes in lower case.
        self.places = places_used(index) - self.lower_case_stems
        self._counted: dict[int, frozenset[str]] = {}  # filled by `_counted_words`

    def neighbours(self, sid: int) -> list[int]:
        doc = self.index.sentences[sid].doc_id
        return [
            i
            for i in (sid - 1, sid, sid + 1)
            if 0 <= i < len(self.index.sentences) and self.index.sentences[i].doc_id == doc
        ]

    def lead(self, sid: int, *, max_chars: int, depth: int = 2) -> tuple[Sentence, ...]:
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
            if not self.continues(current, before) or not is_sentence(before.text):
                break  # a heading is not what a pronoun refers back to
            length += len(before.text)
            if length > max_chars:
                break
            lead.insert(0, before)
            current = before
        return tuple(lead)

    def continues(self, sentence: Sentence, before: Sentence) -> bool:
        if _ANAPHORIC.search(sentence.text) or _LABEL.fullmatch(before.text.strip()):
            return True  # "Chart No. 1." belongs with the caption that follows it
        m = _DEFINITE.search(sentence.text)
        return m is not None and bool(set(tokenize(m.group(1))) & self.tokens[before.id])

    def lead_in(self, sid: int, *, max_items: int = 12) -> int | None:
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

    def continuation(self, sentence: Sentence) -> Sentence | None:
        """The next sentence when this one stops without end punctuation right before it,
        when it is only the label of a chart ("Chart No. 1.") and the next is its caption, or
        when it announces a set ("the three regions") that the next names ("These are …")."""
        announced = _ANNOUNCES.search(sentence.text) is not None
        ended = is_sentence(sentence.text) and not _LABEL.fullmatch(sentence.text.strip())
        if ended and not announced:
            return None
        following = sentence.id + 1
        if following >= len(self.index.sentences):
            return None
        nxt = self.index.sentences[following]
        if nxt.doc_id != sentence.doc_id or nxt.page != sentence.page:
            return None
        if ended and not _NAMES_THEM.match(nxt.text):
            return None
        if sentence.text.rstrip().endswith("-") and nxt.text[:1].isupper():
            return None  # "… to non-" then "Kazakhstan has …": the rest of the word was lost
        return nxt if nxt.lines[0] <= sentence.lines[1] + 2 else None  # at most a blank line

    def near(self, sid: int, scope: str, lead: tuple[Sentence, ...] = ()) -> frozenset[str]:
        """The words a requirement may be found in: see NEIGHBOURS, BEFORE, SENTENCE, UNITS; the
        sentences a sentence continues and its list's lead-in always count."""
        if scope == UNITS:
            return self._counted_words(sid)
        ids = [sid] if scope == SENTENCE else self.neighbours(sid)
        if scope == BEFORE:
            ids = [i for i in ids if i <= sid]
        ids += [s.id for s in lead]
        lead_in = self.lead_in(sid)
        if lead_in is not None:
            ids.append(lead_in)
        if scope != SENTENCE:
            opening = self.paragraph_opening(sid)
            if opening is not None:
                ids.append(opening)
            ids += self._introduced_before(sid if opening is None else opening)
        return frozenset().union(*(self.tokens[i] for i in ids))

    def _counted_words(self, sid: int) -> frozenset[str]:
        """What the sentence's figures count (see UNITS): read once per sentence, since every
        question that counts reads it for each candidate."""
        found = self._counted.get(sid)
        if found is None:
            text = self.index.sentences[sid].text
            # "How many evacuees": "80 citizens … were evacuated" counts them.
            counted = f"{quantity_units(text)} {numbered_units(text)}"
            found = frozenset(tokenize(f"{counted} {passive_after_quantities(text)}"))
            self._counted[sid] = found
        return found

    def goes_on_about(self, sid: int, other: int) -> bool:
        """The sentence goes on about what `other` introduced: `other` is a sentence it
        continues, or its paragraph opens by referring back to `other` ("The results of the
        study show …" after "IOM … presented a report …")."""
        # Whether it continues `other`, however long the two would be to quote together.
        if other in (s.id for s in self.lead(sid, max_chars=_ANY_LENGTH)):
            return True
        opening = self.paragraph_opening(sid)
        return other in self._introduced_before(sid if opening is None else opening)

    def _introduced_before(self, opening: int) -> list[int]:
        """ "The results of the study show …" opens a paragraph on what the paragraph before
        introduced ("IOM … presented a report"): that paragraph's opening names it."""
        if opening == 0 or not _REFERS_BACK.match(self.index.sentences[opening].text):
            return []
        before = opening - 1
        first = self.paragraph_opening(before)
        return [before] if first is None else [before, first]

    def paragraph_opening(self, sid: int, *, max_back: int = 4) -> int | None:
        """The first sentence of the sentence's paragraph (lines with no blank line between
        them, on one page): it sets the topic ("IOM's mapping found …") that the sentences after
        it go on about ("One third of children (32.5%) …") without naming it again."""
        current = self.index.sentences[sid]
        for _ in range(max_back):
            before = self.index.sentences[current.id - 1] if current.id > 0 else None
            if (
                before is None
                or (before.doc_id, before.page) != (current.doc_id, current.page)
                or current.lines[0] > before.lines[1] + 1  # a blank line between
            ):
                return None if current.id == sid else current.id
            current = before
        return None

    def numbers_near(self, sid: int) -> set[str]:
        """Numbers in a sentence and its neighbours (a year often sits one sentence away). A
        sentence that states a year of its own is about that year: its neighbours' years are
        not lent to it ("In 2020, the balance …" next to a sentence about 2021)."""
        own = _numbers_in(self.index.sentences[sid].text)
        dated = any(YEAR.fullmatch(n) for n in own)
        found = set(own)
        for other in self.neighbours(sid):
            text = self.index.sentences[other].text
            if other > sid:
                # A full date in the sentence after ("Decree No. 642 dated 20 August 2021")
                # dates its own event; "In 2021, …" still frames the passage.
                text = FULL_DATE.sub(" ", text)
            # A dated sentence takes no neighbour's figures, but a chart's label ("Chart No.
            # 1.") still numbers the caption that follows it.
            if not dated or _LABEL.fullmatch(text.strip()):
                found |= _numbers_in(text)
        return found

    def names_another_of(self, sid: int, asked: int, series: tuple[re.Pattern[str], ...]) -> bool:
        """The sentence names another of a series and not the asked one ("up to" for the
        minimum, "the second phase" for the first)."""
        text = self.index.sentences[sid].text.lower()
        if series[asked].search(text):
            return False
        return any(m.search(text) for i, m in enumerate(series) if i != asked)

    def new_name(self, text: str, question: str, *, place: bool = False) -> bool:
        """A name in the sentence that the question does not give and that is not everywhere in
        the collection (the country a national report is about answers nothing). A place is
        not named by the words of a body ("Internal affairs authorities")."""
        asked, below, settlement, body_asked = _names_asked(question)
        bodies = words_of_bodies(text) if place else set()
        body = not place and body_asked
        for name in names_in(text):
            if body and not (names_a_body(name) or _ACRONYM.fullmatch(name)):
                continue  # "which agency organised it": "Kazakh-Kyrgyz" names no agency
            if place and not names_a_place(
                name, text, used=self.places, below=below, settlement=settlement
            ):
                continue  # "Red Crescent Society", "Internal Affairs": no place
            if MONTH.fullmatch(name):
                continue  # "as of 1 January": a month names no one
            if name in bodies:
                continue  # "Emergency" in "Ministry of Emergency Situations" is no place
            opening = text.lstrip(' "“')
            if opening.startswith(name) and (
                self.written_in_lower_case(name) or opening.startswith(f"{name},")
            ):
                continue  # "Statistics show …", "Separately, …": a word that opens the sentence
            stems = {t for t in tokenize(name) if not self.common(t)}
            # "Russian Federation" is not new when the question says "Russia".
            if any(not any(same_word(t, a) for a in asked) for t in stems):
                return True
        if not place and _new_number_of_asked_kind(text, asked, question):
            return True
        if place or not body_asked:
            return False
        # "Which bodies published …": "internal affairs agencies" need not be capitalised.
        words = tokenize(text)
        new = [not any(same_word(t, a) for a in asked) and not self.common(t) for t in words]
        return names_a_body_in_lower_case(words, new)

    def written_in_lower_case(self, word: str) -> bool:
        """The report writes the word, or another form of it ("plan" for "Plans"), in lower
        case: capitalised at the start of a sentence it names nothing."""
        if word.lower() in self.lower_case:
            return True
        stems = tokenize(word)
        return len(stems) == 1 and stems[0] in self.lower_case_stems

    def forms(self, words: Iterable[str]) -> list[frozenset[str]]:
        """Each word as its stems, less form words and words found nearly everywhere (the
        country a national report is about): requiring those would rule nothing out."""
        forms = [frozenset(t for t in tokenize(w) if not self.common(t)) for w in words]
        return [f for f in forms if f]

    def used_forms(self, words: Iterable[str]) -> list[frozenset[str]]:
        """The forms of the words that the report uses somewhere (see `forms`, `uses`)."""
        return [f for f in self.forms(words) if self.uses(f)]

    def uses(self, form: Iterable[str]) -> bool:
        """The report uses every stem of the form somewhere: a word it never uses is the
        asker's own wording, which no sentence can be required to say."""
        return all(t in self.df for t in form)

    def common(self, stem: str) -> bool:
        """A form word, or a word (or one of its family: "Kazakh" for "Kazakhstan") in more
        than COMMON_SHARE of the sentences."""
        return stem in FORM_WORDS or any(same_word(stem, c) for c in self.everywhere)


# "Article 21", "Decree No. 642", "Objective 7": a number names one of its kind.
_NUMBERED_NAME = re.compile(r"\b([A-Z][a-z]+)\s+(?:No\.\s*)?(\d+)\b")


@lru_cache(maxsize=64)
def _names_asked(question: str) -> tuple[frozenset[str], bool, bool, bool]:
    """What `new_name` reads from the question, read once per question rather than once per
    candidate sentence: its words; whether it asks below the level of a country ("which
    region": "the CIS countries" is none), for a settlement ("which city": "Central Asia" is
    none), or for a body."""
    return (
        frozenset(tokenize(question)),
        asks_below_country(question),
        asks_for_a_settlement(question),
        asks_for_a_body(question),
    )


def _new_number_of_asked_kind(text: str, asked: frozenset[str], question: str) -> bool:
    """ "Which article of the Code …": "Article 21" names the article by its number, which the
    question does not give; the word "Article" alone is the question's own."""
    given = set(re.findall(r"\d+", question))
    for m in _NUMBERED_NAME.finditer(text):
        kind = tokenize(m.group(1))
        if kind and kind[0] in asked and m.group(2) not in given and not YEAR.fullmatch(m.group(2)):
            return True
    return False


_HEAD_REFERRED_BACK = re.compile(
    r"(?<=\w )the (Union|Organi[sz]ation|Bank|Council|Commission|Committee|Fund|Agency|"
    r"Programme|Program|Office|Mission)\b(?! of)"
)
