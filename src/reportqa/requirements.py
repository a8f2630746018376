"""The words a question requires near its answer: the counted unit, the names it gives, a
word of money for "who paid", a span of time for "how long".

Each requirement says which words a candidate sentence (with its context) must contain and
where to look for them; `Discourse` says where that context ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportqa.answer_types import MONTH, NUMBER
from reportqa.asked_names import (
    name_phrases,
)
from reportqa.counting import (
    UNIT_EQUIVALENTS,
    counted_equivalents,
    counted_noun,
    counted_words,
    counts_a_part,
    counts_items,
    equivalents,
    measured_noun,
    part_predicate,
)
from reportqa.gazetteer import INITIALISMS, is_continent, is_country, other_names
from reportqa.lexical import tokenize
from reportqa.rankings import ranked_words
from reportqa.support import (
    ACRONYM_OR_PLURAL,
    BEFORE,
    NEIGHBOURS,
    SENTENCE,
    UNITS,
    Discourse,
)
from reportqa.wholes import described_whole
from reportqa.word_families import same_word


@dataclass(frozen=True, slots=True)
class Requirement:
    """Words a candidate sentence (with its neighbours) must contain: any one of `forms`,
    each a set of stems; excused when the sentence's similarity to the question reaches
    `excuse` (above 1: never)."""

    forms: list[frozenset[str]]
    excuse: float
    scope: str  # where to look: NEIGHBOURS, BEFORE, SENTENCE or UNITS

    def met(self, near: frozenset[str], semantic: float, sentence: frozenset[str]) -> bool:
        """`sentence`: all the candidate's words. A counted word said in the sentence but not
        after its figures means the figures count something else ("7,118 persons …, of whom
        2% are children" does not say how many children): no closeness in meaning excuses it."""
        if self.holds(near):
            return True
        if self.scope == UNITS and self.holds(sentence):
            return False
        return semantic >= self.excuse

    def describe(self) -> str:
        """The stems it looks for and where, for `--explain` (in a stable order)."""
        forms = sorted(" ".join(sorted(form)) for form in self.forms)
        shown = " or ".join(repr(form) for form in forms[:4])
        more = " …" if len(forms) > 4 else ""
        return f"{shown}{more} ({self.scope})"

    def stems(self) -> frozenset[str]:
        """Every stem it looks for."""
        return frozenset().union(*self.forms)

    def holds(self, words: frozenset[str]) -> bool:
        if any(form <= words for form in self.forms):
            return True  # the common case, without comparing every pair of words
        return any(
            all(any(same_word(stem, t) for t in words) for stem in form) for form in self.forms
        )


def any_word_of(words: str) -> list[frozenset[str]]:
    """Forms for a requirement met by any one of the words."""
    return [frozenset([t]) for t in dict.fromkeys(tokenize(words))]


def said_in_the_sentence(asked: bool, words: str) -> list[Requirement]:
    """When `asked`, the sentence itself must say one of `words`; no closeness excuses it."""
    return [Requirement(any_word_of(words), 2.0, scope=SENTENCE)] if asked else []


_RATIO = re.compile(
    r"\bhow many times (?:more|less|higher|lower|greater|larger|bigger|smaller|as|over)\b"
    r"|\bwhat multiple\b",
    re.IGNORECASE,
)
# "How many foreigners were reported missing": a count of the reports made answers it.
_REPORTED = re.compile(r"\b(?:were|was|been|being|got|get)\s+reported\b", re.IGNORECASE)
_SPANS_OF_TIME = frozenset("time years months weeks days hours minutes seconds".split())


def counted_requirement(
    discourse: Discourse, question: str, kind: str | None, *, paraphrase_similarity: float
) -> list[Requirement]:
    """What a "how many X" question counts must be named where the figure is. A generic
    unit (people, times, kinds) may be said in other words; a specific one (diplomats,
    flights) may not, or a figure about something else would pass; and what the report
    never names anywhere, it does not count."""
    if _RATIO.search(question):
        return []  # "how many times higher": a multiple ("double the risk") counts nothing
    noun = counted_noun(question)
    if noun in _SPANS_OF_TIME:
        # "How many years behind bars": the unit itself follows the figure ("up to 18 years"),
        # however common the word; what qualifies it ("behind bars") is the asker's.
        unit = [frozenset(tokenize(noun))] if noun != "time" else []
        return [Requirement(unit, 2.0, scope=UNITS)] if unit else []
    if noun is None and kind == NUMBER:
        measured = measured_noun(question)
        forms = discourse.forms([measured]) if measured else []
        if forms:
            # A measure the report never names ("the unemployment rate") it does not give,
            # unless a sentence says it in other words.
            return [Requirement(forms, paraphrase_similarity, scope=SENTENCE)]
    if noun is None:
        return []
    words = counted_words(question)
    group = counted_equivalents(noun, words)
    reworded = group != equivalents(noun)  # "foreign citizens" counted as foreigners
    forms = discourse.forms(group)
    if not forms:
        # The counted noun is everywhere ("ethnic Kazakhs" in a report on Kazakhstan):
        # the words that qualify it say what is counted.
        others = [w for w in words if w != noun]
        if any("-" in w for w in others):
            return _hyphen_qualified(discourse, noun, others, paraphrase_similarity)
        group = frozenset(w for w in others if discourse.forms([w]))
        forms = discourse.forms(group)
        if not forms:
            return []
    specific = len(group) == 1 and discourse.uses(forms[0])
    used_anywhere = any(discourse.uses(f) for f in forms)
    qualifiers = [w for w in words if w != noun and discourse.forms([w])]
    qualifiers = [w for w in qualifiers if discourse.uses(discourse.forms([w])[0])]
    # What qualifies the noun before it ("internally displaced persons"), even in words the
    # report never uses: those it does not name, it does not count.
    before = words[: words.index(noun)] if noun in words else []
    described = list(dict.fromkeys([*qualifiers, *(w for w in before if discourse.forms([w]))]))
    if not used_anywhere and qualifiers and kind == NUMBER and counts_items(question):
        # "How many consular posts": the report says "consular establishments"; the word it
        # uses must qualify the figure, the noun it never uses may be its own wording.
        return [Requirement(discourse.forms(qualifiers), 2.0, scope=UNITS)]
    strict = specific or not used_anywhere or counts_a_part(question)
    excuse = 2.0 if strict else paraphrase_similarity
    # A count names its unit right after the figure ("106 Honorary Consuls"); a share does
    # not ("72% aged 25 to 44"), so its base need only be near.
    counts = kind == NUMBER and counts_items(question)
    reported = _REPORTED.search(question) if counts else None
    if reported is not None:
        forms = [*forms, frozenset(tokenize("reports"))]  # "14 reports of foreign nationals"
    out = [Requirement(forms, excuse, scope=UNITS if counts else NEIGHBOURS)]
    if reported is not None:
        # What they were reported as ("missing", "victims of trafficking") says which reports.
        said = re.split(r"[,;?.]|\band\b", question[reported.end() :])[0]
        out += [
            Requirement([form], paraphrase_similarity, scope=NEIGHBOURS)
            for form in discourse.used_forms(said.split())
        ]
    if counts and (noun in UNIT_EQUIVALENTS[0] or reworded):
        # "How many missing people": any figure of persons has the unit; what qualifies it
        # ("missing") says which persons are counted. So for "missing foreign nationals",
        # counted as foreigners.
        out += [
            Requirement(discourse.forms([w]), paraphrase_similarity, scope=NEIGHBOURS)
            for w in described
        ]
    return out


def _hyphen_qualified(
    discourse: Discourse, noun: str, words: list[str], paraphrase_similarity: float
) -> list[Requirement]:
    """ "How many missing-person reports": the figure counts reports, however common the word,
    and the words of its hyphenated qualifier are near it, in the report's words ("14 reports
    of foreign nationals who were missing")."""
    unit = Requirement([frozenset(tokenize(noun))], 2.0, scope=UNITS)
    near = []
    for part in (p for w in words for p in w.split("-") if p):
        forms = discourse.forms(sorted(equivalents(part) | equivalents(f"{part}s")))
        if forms:
            near.append(Requirement(forms, paraphrase_similarity, scope=NEIGHBOURS))
    return [unit, *near]


def part_requirement(
    discourse: Discourse, question: str, *, paraphrase_similarity: float
) -> list[Requirement]:
    """ "How many of the 700 victims had been sexually exploited": each word of what the part
    did must be near the figure, or the sentence must say it in other words; a sentence that
    counts the whole does not count the part."""
    out = []
    for alike in part_predicate(question):  # "minors": "children under 18"
        forms = discourse.forms(alike.split())
        if forms and len(forms) == len(alike.split()):  # no form word, nothing everywhere
            out.append(Requirement(forms, paraphrase_similarity, scope=NEIGHBOURS))
    return out


def whole_requirement(
    discourse: Discourse, question: str, *, paraphrase_similarity: float
) -> list[Requirement]:
    """ "How many of the foreign nationals reported missing were Uzbek": the rarest word the
    report uses of those that describe the whole must be near the part's figure, or the
    sentence must be close in meaning; a breakdown of another whole is no part of it."""
    forms = discourse.used_forms(described_whole(question))
    if not forms:
        return []
    rarest = min(forms, key=lambda f: max(discourse.df[t] for t in f))
    return [Requirement([rarest], paraphrase_similarity, scope=NEIGHBOURS)]


# "How many were detained during the January 2022 unrest": an event that frames the question,
# which a count from the same month does not answer.
_EVENT_FRAME = re.compile(
    r"\b(?:during|amid|amidst|in the wake of|in the aftermath of) (?:the |this |that )?"
    # "during their preparation" is something people do, not an event
    r"(?!(?:their|his|her|its|our|your|my)\b)(?:[\w'’-]+ ){0,3}?([a-z]{4,})"
    r"(?=\s*(?:[?,.;:]|$|\s(?:in|of|and|or|to)\b))",
    re.IGNORECASE,
)
_NO_EVENT = frozenset(
    "year years month months period periods week weeks days time times decade decades quarter "
    "half season review report reporting same whole entire first last past course alone only "
    "itself overall".split()
)


def event_frame_requirement(
    discourse: Discourse, question: str, *, paraphrase_similarity: float
) -> list[Requirement]:
    """An event the report never names ("the unrest") it says nothing of: only a sentence
    close in meaning may answer. One it names ("during the pandemic") is background, which a
    sentence on what was done then need not repeat."""
    m = _EVENT_FRAME.search(question)
    if m is None or m.group(1).lower() in _NO_EVENT:
        return []
    forms = [f for f in discourse.forms([m.group(1).lower()]) if not discourse.uses(f)]
    return [Requirement(forms, paraphrase_similarity, scope=NEIGHBOURS)] if forms else []


# "Was the mapping done by phone or face to face?": a sentence that names neither option
# does not say which.
_OPTIONS_ASKED = re.compile(
    r"\b((?:[\w'’-]+ ){0,2}[\w'’-]+) or (?!not\b)((?:[\w'’-]+ ){0,3}[\w'’-]+)\s*\??\s*$",
    re.IGNORECASE,
)


def options_requirement(
    discourse: Discourse, question: str, *, paraphrase_similarity: float
) -> list[Requirement]:
    """One of the options a question offers must be said in the sentence, unless the sentence
    is close in meaning."""
    m = _OPTIONS_ASKED.search(question)
    if m is None:
        return []
    words = [w for w in f"{m.group(1)} {m.group(2)}".lower().split() if w not in _OPTION_FILLER]
    if _OPEN_OPTION.search(m.group(2)) or any(_CHANGE.match(w) for w in words):
        # "government or somebody else": any answer; "growing or shrinking": "unchanged" too
        return []
    forms = discourse.forms(sorted(set().union(*(equivalents(w) for w in words))))
    return [Requirement(forms, paraphrase_similarity, scope=SENTENCE)] if forms else []


_OPEN_OPTION = re.compile(
    r"\b(?:else|other|another|neither|none|nobody|somebody|someone|something|anything)\b",
    re.IGNORECASE,
)
_CHANGE = re.compile(r"(?:grow|shrink|ris|fall|fell|increas|decreas|declin|drop|up$|down$)")
_OPTION_FILLER = frozenset("by on in at the a an to of for with via through done made".split())


def ranked_requirement(
    discourse: Discourse, question: str, *, paraphrase_similarity: float
) -> list[Requirement]:
    """ "Which country supplies the largest number of foreign workers": what is ranked must be
    in the sentence ("workers", or a word that counts the same), and what qualifies it near,
    or the sentence must say it in other words."""
    words = ranked_words(question)
    if not words:
        return []
    head = discourse.forms(equivalents(words[-1]))
    out = [Requirement(head, paraphrase_similarity, scope=SENTENCE)] if head else []
    for word in words[:-1]:
        out += [
            Requirement([f], paraphrase_similarity, scope=NEIGHBOURS)
            for f in discourse.forms([word])
        ]
    return out


def name_requirements(
    discourse: Discourse, question: str, *, name_similarity: float
) -> list[Requirement]:
    """The question's names must be near the answer, unless the sentence is close enough
    in meaning (the report may say "Ministry of Internal Affairs" for "Interior Ministry").
    The rarest name the report uses is never excused, and must be in the sentence or the
    one before it: a date next to a sentence about Xi'an is not about Xi'an."""
    out: list[Requirement] = []
    months: list[Requirement] = []
    for phrase in name_phrases(question):
        words = [_name_forms(discourse, w) for w in phrase]
        words = [forms for forms in words if forms]
        initials = "".join(w[0] for w in phrase if w[:1].isupper()).lower()
        if len(phrase) > 1 and initials in discourse.acronyms:
            # "United Nations" is written "UN" in the report: either names it.
            words = [[*forms, frozenset([initials])] for forms in words]
        known = [f for f in words if discourse.uses(f[0])]
        # Words of a name the report never uses are the asker's wording ("Interior
        # Ministry" for "Ministry of Internal Affairs") when the rest of the name is used.
        # A one-word name the report uses (a country, a city) is not reworded: only a
        # longer name may be said otherwise.
        # A month may be said otherwise ("by December 2021": "by the end of 2021").
        month = len(phrase) == 1 and MONTH.fullmatch(phrase[0]) is not None
        # A country is never reworded either: one the report never names ("Germany") is one
        # it says nothing about.
        # Nor is a continent: "how many consuls work in Europe" is not asked of all of them.
        country = (
            len(phrase) == 1
            and "-" not in phrase[0]
            and (is_country(phrase[0]) or is_continent(phrase[0]))
        )
        excuse = 2.0 if len(phrase) == 1 and (known or country) and not month else name_similarity
        for forms in known or words:
            out.append(Requirement(forms, excuse, scope=NEIGHBOURS))
            months += [out[-1]] if month else []
    used = [r for r in out if r not in months and discourse.uses(r.forms[0])]
    if used:
        rarest = min(used, key=lambda r: max(discourse.df[t] for t in r.forms[0]))
        out.append(Requirement(rarest.forms, 2.0, scope=BEFORE))
    return out


def _name_forms(discourse: Discourse, word: str) -> list[frozenset[str]]:
    """A name word's stems; a country's other names ("PRC" for China); generic words that say
    the same ("ID": identity); an abbreviation also
    matches the longer ones it starts ("UN agency": UNHCR, UNICEF) and the names the report
    spells it out with ("SDG": Sustainable Development Goals)."""
    if word in INITIALISMS:  # "KZ", "US": the country, however the report writes it
        country = discourse.forms([INITIALISMS[word]])
        if not country:
            return []  # the country the report is about: found everywhere
        return discourse.forms([word]) + country + list(other_names(INITIALISMS[word]))
    forms = discourse.forms([word])
    if forms:
        forms += list(other_names(word))  # "China" is named "PRC" in "Xi'an (PRC)"
        # "ID documents" are the report's "identity documents".
        forms += discourse.forms(sorted(equivalents(word.lower()) - {word.lower()}))
    abbreviation = ACRONYM_OR_PLURAL.fullmatch(word)  # "NGOs" is the plural of NGO
    if forms and abbreviation is not None:
        single = abbreviation.group(1).lower()
        forms += [frozenset([a]) for a in discourse.acronyms if a.startswith(single)]
        forms += discourse.spelled_out.get(single, [])
        # "the Union member states" refers back to the EAEU by the last word of its name.
        forms += [frozenset([h]) for h in discourse.heads_referred_back if h[0] == single[-1]]
    return forms


# "What penalty do employers face", "Fine for hiring a foreign worker illegally?": only a
# sentence that states a sanction answers; one on the offence alone does not.
