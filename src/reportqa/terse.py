"""What a terse question with no wh-word asks, read from the words that name what it wants.

People type into a search box or a fact sheet: "Number of trafficking victims identified in
2021?", "Year the Almaty Process was launched?", "Republican budget transfers to NGOs:
amount?", "Evacuees from Afghanistan alone?". Left untyped, such a question is answered by any
close sentence, figure or no figure; typed, it gets the checks a wh-question gets.
"""

from __future__ import annotations

import re

from reportqa.answer_types import DATE, ENTITY, NUMBER, PLACE

# "Give the figure for …", "Confirm the date of …", "Need the name of the body that …": the
# request names what is asked after its verb.
_REQUEST = re.compile(
    r"^(?:(?:please|pls|quick(?:ly)?|just|can you|could you|kindly)\s+)*"
    r"(?:give(?: me)?|tell me|list|confirm|check|need|provide|state|find|get me|send(?: me)?|"
    r"cite|quote|look up|i need|we need)\s+",
)
# Not a terse question: one that asks whether ("Are refugees entitled …?", "Headline check:
# '…'. Does the figure match?"), why or how, or names something in its own words ("name
# another aim of …").
_NOT_TERSE = re.compile(
    r"(?:^|[.?!:;—–]\s*|,\s+)(?:is|are|was|were|do|does|did|can|could|should|would|will|has|"
    r"have|had|may|might|must|shall|isn['’]t|aren['’]t|don['’]t|doesn['’]t|didn['’]t)\b"
    r"|\b(?:why|how|whether|name (?:a|an|one|another|the|any|some|two|three))\b"
)
# A qualifier that follows the ask says how to give it, not what is asked: "…, in thousands?"
_HOW_GIVEN = re.compile(
    r"[,:]?\s*(?:in (?:thousands|millions|percent|absolute terms|numbers|figures|total|"
    r"us dollars|tenge)|roughly|approximately|exactly|please|again|latest|so far|to date)"
    r"\s*\??\s*$"
)

_NUMBER_WORDS = (
    r"number|numbers|count|counts|tally|headcount|total|totals|figure|figures|amount|sum|"
    r"share|percentage|percent|proportion|rate|size|volume|estimate|population|budget|cost|"
    r"fee|price|quota|value|balance|wage|wages|salary|minimum|maximum|average"
)
_DATE_WORDS = r"date|dates|year|years|month|deadline"
_NAME_WORDS = r"name|names|full form|full name|title|acronym|abbreviation"
_BODY_WORDS = (
    r"body|bodies|agency|agencies|ministry|ministries|organi[sz]ations?|authority|authorities|"
    r"operator|partner|partners|signatory|signatories|institution|institutions|department"
)
_PLACE_WORDS = r"venue|location|place|city|cities|region|regions|site"

# The first words name what is asked: "Launch date of …", "Working name of …", "Body
# responsible for …", "Signing venue of …".
_LEADS: list[tuple[str, re.Pattern[str]]] = [
    (NUMBER, re.compile(rf"^(?:the )?(?:[\w'’-]+ ){{0,2}}?(?:{_NUMBER_WORDS})\b(?![-'’])")),
    (DATE, re.compile(rf"^(?:the )?(?:[\w'’-]+ ){{0,2}}?(?:{_DATE_WORDS})\b(?![-'’])")),
    (ENTITY, re.compile(rf"^(?:the )?(?:[\w'’-]+ ){{0,2}}?(?:{_NAME_WORDS}) (?:of|for)\b")),
    (ENTITY, re.compile(rf"^(?:the )?(?:[\w'’-]+ ){{0,1}}?(?:{_BODY_WORDS})\b(?![-'’])")),
    (PLACE, re.compile(rf"^(?:the )?(?:[\w'’-]+ ){{0,1}}?(?:{_PLACE_WORDS})\b(?![-'’])")),
]
# The last words name it: "Nationalised SDG indicators: total number?", "… date adopted?",
# "GAFMC, full form?", "Stateless people — latest count?".
_ENDS: list[tuple[str, re.Pattern[str]]] = [
    (NUMBER, re.compile(rf"\b(?:{_NUMBER_WORDS})\s*\??$")),
    # "percent change year on year" dates nothing.
    (DATE, re.compile(rf"(?<!\bon )(?<!\bper )\b(?:{_DATE_WORDS})(?: [a-z]+ed)?\s*\??$")),
    (ENTITY, re.compile(rf"\b(?:{_NAME_WORDS}|{_BODY_WORDS})\s*\??$")),
    (PLACE, re.compile(rf"\b(?:{_PLACE_WORDS})\s*\??$")),
]

# Where the first noun phrase ends: a preposition, a participle, a verb of being, a
# separator or a year.
_PHRASE_END = re.compile(
    r"\s(?:in|of|for|by|from|on|at|to|with|among|under|per|as|across|during|since|after|"
    r"before|between|into|via|alone|only|last|this|is|are|was|were|has|have|had|who|that)\b"
    r"|\s(?:19|20)\d\d\b|[,:;?!—–(]|\s-\s|$"
)
# A plural that names kinds rather than counts them: "Countries named as partners?",
# "Topics recommended for the materials?" ask for names.
_NAMED_KINDS = re.compile(
    r"(?:countries|states|nations|cities|regions|places|bodies|agencies|ministries|"
    r"organi[sz]ations|authorities|partners|topics|areas|themes|goals|objectives|laws|"
    r"acts|codes|rules|measures|documents|languages|names|years|dates|months|types|kinds|"
    r"forms|groups|categories|programmes|programs|projects|services|tasks|priorities|"
    r"conditions|requirements|rights|reasons|causes|steps|ways|sectors|channels|sites|"
    r"websites|portals|apps|platforms|methods|tools|details|terms|words|titles|"
    r"recommendations|principles|directions|stages|phases|elements|components|areas)$"
)


def terse_kind(question: str) -> str | None:
    """The answer type a question without a wh-word asks for, or None when its words do not
    say: "Repatriation flights organised in 2021?" counts, "Year the Concept was adopted?"
    dates, "Body responsible for work permits?" names."""
    text = " ".join(question.lower().split())
    if _NOT_TERSE.search(text):
        return None
    text = _HOW_GIVEN.sub("?", _REQUEST.sub("", text))
    # "E-gov portal: count of service types?": after a topic and its colon comes the ask.
    ask = re.split(r"\s*(?::|—|–|\s-\s)\s*", text)[-1]
    for part in dict.fromkeys((ask, text)):
        for kind, pattern in (*_ENDS, *_LEADS):
            if pattern.search(part):
                return kind
    return _counted_plural(ask)


def _counted_plural(text: str) -> str | None:
    """ "Evacuees from Afghanistan alone?", "Calls received by the helpline in 2021?": a
    plural that heads the question asks how many, unless it names kinds of things."""
    end = _PHRASE_END.search(text)
    words = re.findall(r"[a-z][a-z'’-]*", text[: end.start() if end else len(text)])
    # A participle after a plural ends the phrase ("children assisted in …"); before one it
    # is part of it ("human trafficking convictions").
    plurals = [n for n, w in enumerate(words) if _plural(w)]
    if plurals:
        after = [
            n for n in range(plurals[0] + 1, len(words)) if re.search(r"(?:ed|ing)$", words[n])
        ]
        words = words[: after[0]] if after else words
    if not words:
        return None
    head = words[-1]
    return NUMBER if _plural(head) and not _NAMED_KINDS.search(head) else None


def _plural(word: str) -> bool:
    if word in ("children", "people", "men", "women"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
