"""What a question counts or measures: "how many victims of trafficking" counts victims,
"what was the net migration balance" measures a balance. The figure that answers must be said
of that, not of something else in the same paragraph.

Read from the question's form only; the words are generic English, not drawn from any report.
"""

from __future__ import annotations

import re

from reportqa.lexical import tokenize

_FOCUS = re.compile(
    r"\b(?:how many|how much|number of|(?:share|percentage|proportion|fraction) of|"
    # "the 2021 tally of foreigners expelled", "the headcount of students"
    r"(?:tally|headcount|head count|count) of)\s+"
    r"((?:[\w'’-]+\s+){0,4})"
)
_FOCUS_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        # a pronoun starts a clause: "how many day I can stay" counts days
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "did",
        "do",
        "does",
        "were",
        "was",
        "are",
        "is",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "been",
        "be",
        "must",
        "should",
        "may",
        "might",
        "shall",
        "being",
        "per",
        "about",
        "more",
        "than",
        "who",
        "which",
        "that",
        # prepositions that end the counted phrase: "children under 18 among stateless persons"
        "among",
        "amongst",
        "between",
        "across",
        "within",
        "into",
        "through",
        "throughout",
        "during",
        "since",
        "after",
        "before",
        "via",
        "against",
        "toward",
        "towards",
        "upon",
        "beyond",
        # verbs that end the counted phrase: "how many trafficked people got support"
        "got",
        "get",
        "gets",
        "received",
        "receive",
        "receives",
        "obtained",
        "obtain",
        "took",
        "take",
        "made",
        "make",
        "came",
        "come",
        "comes",
        "went",
        # a pronoun is no counted noun: "what fraction of those with stateless status"
        "those",
        "these",
        "them",
        "they",
    ]
)
# A learner's bare verbs after the counted noun: "how many citizen return home", "how many
# type the portal give".
_LEARNERS_VERBS = frozenset(
    "return returns go goes give gives live lives work works stay stays leave leaves arrive "
    "arrives apply applies sign signs evacuate evacuates need needs help helps use uses "
    "receive have has".split()
)
# Adverbs: after the counted noun they end its phrase ("the number of stateless people
# actually going down"); before it they qualify its adjective ("officially stateless people").
_ADVERBS = frozenset(
    "actually really currently still now ever already also officially formally legally "
    "recently previously".split()
)
# A plural that is not one: "stateless", "various", "basis", "status".
_NOT_PLURAL = re.compile(r"(?:ss|less|ous|is|us|ics)$")
# Generic English equivalents for what a question counts; not drawn from any one report.
# A question may count "inhabitants" where the text says "population" or "people".
UNIT_EQUIVALENTS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split(","))
    for group in (
        "people,persons,individuals,inhabitants,residents,population,humans",
        # "how many people lived in …": those who live somewhere are its population
        "lived,live,living,resided,reside,residing,inhabited,people,persons,inhabitants,"
        "residents,population",
        "citizens,nationals,compatriots",
        "foreigners,non-citizens,aliens,non-nationals,foreign nationals,foreign citizens",
        "children,minors,kids,juveniles,youngsters",
        "men,male,males",
        "women,female,females",
        "workers,employees,labourers,laborers,staff,personnel",
        "countries,states,nations,governments",
        "kinds,types,categories,sorts,varieties,groups",
        "times,occasions",
        "organisations,organizations,ngos,bodies,agencies,charities",
        "cases,instances,incidents",
        # trafficking survivors are its victims
        "victims,survivors",
        "areas,fields,spheres,domains,strands,directions,themes,clusters,pillars,buckets,bundles",
        "offices,posts,establishments,missions",
        # those a survey asked: its sample
        "sample,samples,respondents,surveyed,interviewees",
        # what is published: "pieces" or "publications" of the report's "materials"
        "materials,pieces,publications,items,articles,texts",
        # "ID documents" are identity documents
        "id,ids,identity,identification",
        # a missing person is found: "identified", "traced", "located"
        "identified,found,traced,tracked,located",
        # flights or events "arranged" are the report's "organised" ones
        "arranged,organised,organized,held,conducted",
        # people leaving a country are its "outflow"; a figure that "climbed" "increased"
        "departures,outflow,outflows,emigration",
        "rise,rose,risen,rising,climb,climbed,grow,grew,grown,growth,increase,increased,increases",
        # what one can reach or use is "accessible" or "available"
        "available,accessible,obtainable,reach,reachable,access,accessed,usable",
    )
)


_PARTITIVE_QUESTION = re.compile(
    r"\bhow many of (?:the|these|those|them|its|their)\b[^?]*?\b(?:are|were|was|is|have been) "
    r"(?:\w+ )?([a-z-]+s|women|men|children|people)\b"
)


# "How many of the 700 victims had been sexually exploited", "what share of emigrants had a
# degree": what the part is or did, which a sentence about the whole does not say.
_PART_PREDICATE = re.compile(
    r"\b(?:how many|what (?:share|percentage|percent|proportion|fraction|portion|number)) of "
    r"[^?]*?\b(?:are|were|was|is|have been|had been|has been|had|have|has)\b([^?]+)"
    # "How many of the 7,140 stateless persons hold permanent residence permits": a main verb
    r"|\b(?:how many|what (?:share|percentage|percent|proportion|fraction|portion)) of "
    r"(?:the|these|those|its|their) [^?]*?\b(?:hold|held|holds|live|lived|lives|work|worked|"
    r"works|receive|received|receives|obtain|obtained|lack|lacked|lacks|need|needed|needs|"
    r"attend|attended|attends|speak|spoke|speaks|own|owned|owns|return|returned|returns|"
    r"stay|stayed|stays|apply|applied|applies|come|came|comes|went|go|goes|"
    r"became|become|becomes)\b([^?]+)"
    # "Of the children of stranded migrants, what percentage are in Kazakhstan?"
    r"|^of [^,?]+,\s*(?:how many|what (?:share|percentage|percent|proportion|fraction|portion)) "
    r"(?:of them )?(?:are|were|was|is|have been|had been|has been|had|have|has)\b([^?]+)"
)


def part_predicate(question: str) -> list[str]:
    """The words of what a counted or measured part is or did ("had been sexually
    exploited"), with the words that say the same ("parents": those who have children)."""
    m = _PART_PREDICATE.search(" ".join(question.lower().split()))
    if m is None:
        return []
    # A comma ends what the part did: "are minors, going by UNHCR" says where to look.
    said = (m.group(1) or m.group(2) or m.group(3)).split(",")[0]
    # "returned home from countries having no direct flights": a clause that describes a noun
    # of the predicate says nothing the part did.
    said = _DESCRIBING_CLAUSE.split(said)[0]
    words = [w for w in _TIME_FRAME.sub(" ", said).split() if w not in _NO_PREDICATE]
    return [" ".join(sorted(equivalents(w) | _SAYS_THE_SAME.get(w, frozenset()))) for w in words]


_DESCRIBING_CLAUSE = re.compile(r"\b(?:having|that|which|who|whose|where)\b")
# Verbs that carry no meaning of their own: "had gone online" says "online".
_LIGHT_VERBS = frozenset(
    "go goes gone went get gets got gotten become became do did done make makes made".split()
)
# Prepositions the stop list lacks: "had gone onto the portal" says "portal", not "onto".
_NO_PREDICATE = _LIGHT_VERBS | frozenset(
    "onto upon via within towards toward across among amongst throughout between from of in "
    "at to by with for on into out down up about as been being able "
    # where and when the asker stands: "living with their parents here" says "living with"
    "here there now today currently nowadays".split()
)
# A parent is one who has children ("60% of respondents have children").
_SAYS_THE_SAME = {w: frozenset(["children"]) for w in ("parents", "mothers", "fathers")}
# "Under the age of 18" is "under 18 years old" or "aged under 18".
_SAYS_THE_SAME["age"] = frozenset(["aged", "old"])


# "… had gone online by the end of 2021": when is the question's frame, not what the part did.
_TIME_FRAME = re.compile(
    r"\b(?:by|in|at|as of|since|during|over|until|before|after)\s+(?:the\s+)?"
    r"(?:(?:end|start|beginning|middle|close)\s+of\s+)?(?:(?:early|late|mid)\s+)?"
    r"(?:\d{4}|(?:this|that|last|the)\s+year)\b"
)


_COMPARATIVE = re.compile(r"^(?:more|less|fewer|higher|lower|greater|larger|bigger|smaller) ")
_OF_WHOSE = re.compile(r"^of (?:the|its|their|his|her|our|these|those|[\w-]+['’]s) ")


def counts_a_part(question: str) -> bool:
    """ "How many of the 700 victims were minors": the part is what must be named; the
    whole the question gives makes any sentence about it look close in meaning."""
    return _PARTITIVE_QUESTION.search(question.lower()) is not None


def counted_words(question: str) -> list[str]:
    """The phrase a "how many …" question counts ("how many victims of trafficking" → victims):
    the words after the quantity phrase, up to a function word, a participle after a noun
    ("flights bringing …"), or four words."""
    # The question mark set apart, so that the last word is read too ("… how many
    # trafficking victims?" counts victims).
    q = re.sub(r"\?\s*$", " ?", question.lower().rstrip())
    # A comma ends the phrase too: "in number of respondents, of the survey" counts them.
    q = re.sub(r"(?<=[^\W\d_])([,;:)])", r" \1", q)  # not inside "2,990"
    # "entry- and citizenship-related services": the second half of the pair says what they are
    q = re.sub(r"\b[\w-]+- (?:and|or) ", "", q)
    part = _PARTITIVE_QUESTION.search(q)
    if part is not None:  # "how many of the 7,140 stateless persons are women" counts women
        return [part.group(1)]
    m = _FOCUS.search(q)
    if m is None:
        return []
    # "how many of its citizens", "how many of Kazakhstan's consulates": what follows counts.
    phrase = _OF_WHOSE.sub("", m.group(1))
    # "how much higher is the risk", "how many more migrants": the comparison counts nothing;
    # "how much more exposed are they" counts nothing at all.
    if m.group().startswith("how much") and _COMPARATIVE.match(phrase):
        return []
    phrase = _COMPARATIVE.sub("", phrase)
    words: list[str] = []
    tokens = phrase.split()
    for i, word in enumerate(tokens):
        # "flights bringing …" ends the phrase; "human trafficking victims" does not: there
        # the -ing word qualifies the noun after it.
        compound = i + 1 < len(tokens) and _is_plural(tokens[i + 1])
        if word in _FOCUS_STOP or (words and word.endswith("ing") and not compound):
            break
        if words and word in _LEARNERS_VERBS and not compound:
            break  # "how many citizen return home": "return flights" would go on
        if word in _ADVERBS:
            if words and _is_plural(words[-1]):
                break
            continue
        words.append(word)
    return words


def _ends_like_a_plural(word: str) -> bool:
    return word.endswith("s") and not _NOT_PLURAL.search(word)


def _is_plural(word: str) -> bool:
    return _ends_like_a_plural(word) or word in ("people", "children")


def counts_items(question: str) -> bool:
    """A head count ("how many X", "the number of X"), as opposed to a share or an amount."""
    q = question.lower()
    m = _FOCUS.search(q)
    if m is None or _IN_PERCENT.search(q):
        return False  # "how many of them were married, in percentage terms" asks for a share
    return not re.match(r"(?:share|percentage|proportion|fraction)", m.group())


# "Stranded migrants: male respondents %?": the sign asks for a share.
_IN_PERCENT = re.compile(r"\bin percent(?:age terms)?\b|\bas a percentage\b|%\s*\??\s*$")


def counted_noun(question: str) -> str | None:
    """The head noun of the counted phrase: its first plural ("convicted foreign nationals",
    "Kazakh nationals stuck …"), else its last word ("how many children")."""
    # A possessive ("Kazakhstan's population") says whose, not what is counted.
    words = [w for w in counted_words(question) if not re.search(r"['’]s$", w)]
    # "UNHCR's stateless count": a count, total or tally says how, not what, is counted.
    words = [w for w in words if w not in _HOW_COUNTED] or words
    for word in words:
        if _ends_like_a_plural(word):
            return word
    return words[-1] if words else None


_HOW_COUNTED = frozenset("count counts tally total totals figure figures number numbers".split())


# What a "what was the … balance" question measures, when the noun says what is measured
# (generic ones, "number", "total", "rate", leave it to the words around them).
_MEASURED = re.compile(
    r"\b(?:what|which) (?:(?:is|was|were|are|has been) )?(?:the )?(?:[\w'’-]+ ){0,3}?"
    # "population density" measures a density, not a population
    r"(balance|outflow|inflow|turnover|population(?! density)|density|budget|cost|fee|quota|"
    r"price|salary|wage|earnings|income|pension)\b"
)


# "What was the unemployment rate": a generic measure says what it measures by the word before.
_MEASURED_BY = re.compile(
    r"\b(?:what|which) (?:is|was|were|are|has been) (?:the )?(?:[\w'’-]+ ){0,2}?"
    r"([a-z][\w-]+) (?:rate|level|index|ratio)\b"
    # A claim read as a question: "Kazakhstan's jobless rate was under what percentage"
    r"|\b([a-z][\w-]+) (?:rate|level|index|ratio) (?:is|was|were|are|has been|stood) "
    r"(?:[\w-]+ ){0,2}?(?:what|which)\b"
)


def measured_noun(question: str) -> str | None:
    """The noun a "what was the net migration balance" question measures: the figure that
    answers must be said of it, not of something else in the same paragraph."""
    q = " ".join(question.lower().split())
    m = _MEASURED.search(q) or _MEASURED_BY.search(q)
    return next((g for g in m.groups() if g), None) if m else None


# Kinds of people: a question that counts "people" is answered by a count of any of them
# ("about 80 citizens were evacuated"); one that counts children is not answered by people.
PERSON_KINDS = frozenset(
    """
    citizens nationals compatriots foreigners non-citizens aliens children minors migrants
    workers employees labourers laborers victims refugees students women men adults
    emigrants immigrants returnees detainees volunteers specialists officers
    """.split()
)


def equivalents(noun: str) -> frozenset[str]:
    """The noun and the generic words that count the same thing. A learner's singular ("how
    many person") counts what its plural counts."""
    plural = _IRREGULAR_PLURALS.get(noun, noun if _ends_like_a_plural(noun) else f"{noun}s")
    for group in UNIT_EQUIVALENTS:
        if noun in group or plural in group:
            found = group | {noun}
            people = noun in UNIT_EQUIVALENTS[0] or plural in UNIT_EQUIVALENTS[0]
            return found | PERSON_KINDS if people else found
    return frozenset([noun])


_IRREGULAR_PLURALS = {"person": "persons", "child": "children", "man": "men", "woman": "women"}


def counted_equivalents(noun: str, words: list[str]) -> frozenset[str]:
    """The words that count what a counted phrase counts: "foreign citizens" (or patients)
    are foreigners, whom the report counts as "foreigners", not as citizens."""
    if (noun in UNIT_EQUIVALENTS[2] or noun in _ANY_PERSON) and "foreign" in words:
        return equivalents("foreigners")
    return equivalents(noun)


# Nouns for persons of any kind: "foreign patients", "foreign visitors" are foreigners, whom
# the report counts as such ("5,201 foreigners were provided medical care"). Not workers or
# students, whom the report counts by those words.
_ANY_PERSON = frozenset("patients people persons individuals residents visitors".split())


def measures_another(text: str, noun: str, asked_stems: frozenset[str]) -> bool:
    """Every time the sentence names the measured noun, it is the noun of something the
    question does not name ("the population of stranded migrants" for Kazakhstan's)."""
    found = list(re.finditer(rf"\b{re.escape(noun)}\b(?: of (?:the )?([\w-]+))?", text, re.I))
    if not found:
        return False
    for m in found:
        owner = m.group(1)
        if owner is None or set(tokenize(owner)) <= asked_stems:
            return False
    return True
