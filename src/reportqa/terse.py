"""What a terse question with no wh-word asks, read from the words that name what it wants.

People type into a search box or a fact sheet: "Number of trafficking victims identified in
2021?", "Year the Almaty Process was launched?", "Republican budget transfers to NGOs:
amount?", "Evacuees from Afghanistan alone?". Left untyped, such a question is answered by any
close sentence, figure or no figure; typed, it gets the checks a wh-question gets.
"""

from __future__ import annotations

import re

from reportqa.answer_types import DATE, ENTITY, NUMBER, PLACE, REFERENCED_KINDS
from reportqa.gazetteer import is_country

# "Give the figure for …", "Confirm the date of …", "Need the name of the body that …": the
# request names what is asked after its verb.
_REQUEST = re.compile(
    r"^(?:(?:please|pls|quick(?:ly)?|just|can you|could you|kindly)\s+)*"
    r"(?:give(?: me)?|tell me|confirm|check|need|provide|state|find|get me|send(?: me)?|"
    r"cite|quote|look up|i need|we need)\s+",
)
# Not a terse question: one with a wh-word, or that asks whether ("Are refugees entitled …?",
# "Headline check: '…'. Does the figure match?"), or names something in its own words ("name
# another aim of …").
_NOT_TERSE = re.compile(
    r"(?:^|[.?!:;—–]\s*|,\s+)(?:is|are|was|were|do|does|did|can|could|should|would|will|has|"
    r"have|had|may|might|must|shall|isn['’]t|aren['’]t|don['’]t|doesn['’]t|didn['’]t)\b"
    r"|\b(?:what|which|when|where|who|whom|whose|why|how|whether|"
    r"name (?:a|an|one|another|the|any|some|two|three))\b"
    # "List the grounds …", "Visa-free countries — list them.": members asked, not a count.
    r"|^(?:please )?(?:list|enumerate)\b|\blist (?:them|all|the)\b"
    # "Foreigners from the EAEU, emergency care is free?": whether, in a learner's order
    # ("Year the Almaty Process was launched?" is terse: a participle is no answer to whether)
    r"|\b(?:is|are|was|were)\s+(?:still\s+|really\s+|also\s+)?(?!how\b)"
    r"(?![a-z]+(?:ed|en|wn)\b|(?:held|made|built|set|sent|paid|won|begun|run|found|brought|"
    r"put|left|lost|kept|met|sold|told|spent|led|done)\b)[a-z][\w-]*\s*\??$"
)
# "Number of the presidential decree": a number that names one thing, not a count of many.
_NUMBER_OF_ONE = re.compile(
    r"^(?:the )?(?:number|no\.) of (?:the|a|an|this|that) (?:[\w-]+ ){0,3}?"
    rf"(?:{REFERENCED_KINDS}|helpline|hotline|line|phone)\b"
)
# "Decree setting up the consulate in Busan — its number": the number that names the decree.
_ITS_NUMBER = re.compile(
    r"^(?:the )?(?:[\w'’-]+ ){0,2}?(?:decree|law|resolution|order|article|convention|protocol|"
    r"code)\b.*[,:;—–-]\s*(?:its |the )?(?:number|no\.)\s*\??$"
)
# A qualifier that follows the ask says how to give it, not what is asked: "…, in thousands?"
_HOW_GIVEN = re.compile(
    r"[,:]?\s*(?:in (?:thousands|millions|percent|absolute terms|numbers|figures|total|"
    r"us dollars|tenge)|roughly|approximately|exactly|please|again|latest|so far|to date|"
    r"(?:please |to )?(?:confirm|verify|check))"
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
_PLACE_WORDS = (
    r"venue|location|place|city|cities|region|regions|site|oblast|oblasts|province|provinces|"
    r"district|districts"
)

# The first words name what is asked: "Launch date of …", "Working name of …", "Body
# responsible for …", "Signing venue of …".
_LEADS: list[tuple[str, re.Pattern[str]]] = [
    # "Years of lawful residence needed …": how many years, not which.
    (NUMBER, re.compile(r"^(?:the )?(?:number of )?(?:years|months|weeks|days) of\b")),
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
    # "…, years?" alone after the topic asks how many years: a span, not a date ("start and
    # end years" dates).
    (NUMBER, re.compile(r"[,:;—–-]\s*(?:years|months|weeks|days|hours)\s*\??$")),
    # "… residence years required?": how many years it takes, not which.
    (
        NUMBER,
        re.compile(
            r"\b(?:years|months|weeks|days) (?:required|needed|necessary|spent|served|waited)"
            r"\s*\??$"
        ),
    ),
    # "percent change year on year" dates nothing.
    (DATE, re.compile(rf"(?<!\bon )(?<!\bper )\b(?:{_DATE_WORDS})(?: [a-z]+ed)?\s*\??$")),
    (ENTITY, re.compile(rf"\b(?:{_NAME_WORDS}|{_BODY_WORDS})\s*\??$")),
    (PLACE, re.compile(rf"\b(?:{_PLACE_WORDS})\s*\??$")),
]

# "…, past five years?": a span of time frames a count, it asks no date.
_SPAN_OF_TIME = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|few|several|past|last|next|"
    r"recent) (?:years|months)\b"
)
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
    r"recommendations|principles|directions|stages|phases|elements|components|levels|grades|"
    r"sorts|nationalities|citizenships|subjects|issues|matters|fields|items|points|features|"
    r"oblasts|provinces|districts|territories|borders)$"
)


def terse_kind(question: str) -> str | None:
    """The answer type a question without a wh-word asks for, or None when its words do not
    say: "Repatriation flights organised in 2021?" counts, "Year the Concept was adopted?"
    dates, "Body responsible for work permits?" names."""
    text = " ".join(question.lower().split())
    if _NOT_TERSE.search(text) or len(re.findall(r"[\w'’-]+", text)) < 2:
        return None  # one word ("visas") is a search, not a question to type
    text = _HOW_GIVEN.sub("?", _REQUEST.sub("", text))
    # "E-gov portal: count of service types?": after a topic and its colon comes the ask.
    ask = re.split(r"\s*(?::|—|–|\s-\s)\s*", text)[-1]
    if _ITS_NUMBER.match(text):
        return None  # "Decree setting up the consulate — its number": a reference, no count
    for part in dict.fromkeys((ask, text)):
        if _NUMBER_OF_ONE.match(part):
            return None  # "the number of the presidential decree": its reference, no count
        for kind, pattern in (*_ENDS, *_LEADS):
            found = pattern.search(part)
            if found and not (
                kind == DATE and _SPAN_OF_TIME.search(part, max(found.start() - 12, 0))
            ):
                return kind
    # "Evacuees from Afghanistan alone?", "Calls received by the helpline in 2021?": a plural
    # that opens the question asks how many, unless it names kinds of things.
    return NUMBER if counted_phrase(ask) is not None else None


def counted_phrase(text: str, *, after_count: bool = False) -> str | None:
    """The plural phrase that opens a terse question and is what it counts ("Trafficking
    victims" in "Trafficking victims identified in 2021?"), or None. The plural is among the
    first three words and a participle, a preposition or the end follows it ("children
    assisted in …"): "Darmen app gets information out …" opens with no counted phrase. After
    "number of" (`after_count`) even a plural that names kinds is counted ("countries")."""
    end = _PHRASE_END.search(text)
    words = re.findall(r"[\w'’-]+", text[: end.start() if end else len(text)])
    for n, word in enumerate(words[:4]):
        lower = word.lower()
        if _NAMED_KINDS.fullmatch(lower) and not after_count:
            return None  # "Countries named as partners?" asks for names
        if not _plural(lower):
            continue  # "convicted foreigners", "human trafficking convictions"
        rest = words[n + 1 :]
        if not rest or _PARTICIPLE.fullmatch(rest[0].lower()):
            return " ".join(words[: n + 1])
        return None
    return None


_PARTICIPLE = re.compile(
    r"[a-z]+ed|given|taken|made|held|sent|found|born|seen|known|paid|shown|done|brought|"
    r"kept|left|met|living|working|staying|arriving|leaving|coming|holding"
)
# The words for a count are not what is counted: "Darmen download figures?"
_WORDS_FOR_A_COUNT = frozenset(
    "numbers counts totals figures tallies statistics stats data".split()
)


def _plural(word: str) -> bool:
    if word in ("children", "people", "men", "women"):
        return True
    if word in _WORDS_FOR_A_COUNT:
        return False
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


# "X: total number?", "X — count?", "X, 2021 total?": the ask after the topic counts it.
_COUNT_ASK = re.compile(
    r"^(?:((?:19|20)\d\d) )?(?:the )?(?:(?:total|exact|latest|overall|official) )?"
    r"(?:number|count|total|tally|figure|headcount)(?: (?:in|for) ((?:19|20)\d\d))?\s*\??$"
)
_COUNT_OF = re.compile(
    r"^(?:the )?(?:(?:total|exact|overall|official) )?(?:number|count|tally) of (?:the )?",
    re.IGNORECASE,
)


# A topic, then "how many" with nothing after it: the topic is what is counted.
_HOW_MANY_LAST = re.compile(
    r"^([^?]+?)\s*(?:—|–|\s-\s|:|,)\s*(?:so |and |but )?how many"
    r"(?: (?:in total|exactly|altogether|overall|then|now))?\s*\??$",
    re.IGNORECASE,
)

# A subject and its verb: the topic is told, not named ("Kazakhstan signed agreements").
_TOLD = re.compile(r"\b[A-Z][\w'’-]*\s+(?:[a-z]+ed|has|have|had|is|are|was|were|says|said)\b")


def as_asked(question: str) -> str:
    """A terse question that counts, as the "how many" question it stands for, so that what it
    counts is read as any counted phrase is: "Trafficking victims identified in 2021 alone —
    count?" asks "How many trafficking victims were identified in 2021 alone?". Any other
    question is returned as it is."""
    text = " ".join(question.split())
    last = _HOW_MANY_LAST.match(text)
    if last is not None and counted_phrase(last.group(1)) and not _TOLD.search(last.group(1)):
        # "Emigrants to Russia 2021 — how many?"; not "Kazakhstan signed … — how many?"
        return f"How many {_with_verb(_lower_first(last.group(1)))}?"
    if terse_kind(text) != NUMBER:
        return question
    text = _strip_request(text)
    share = _SHARE_OF.match(text)
    if share is not None:  # "Share of children under 18 among …" asks "what share of …"
        return f"What {share.group(1).lower()} of {text[share.end() :].rstrip('?.:; ')}?"
    if _NOT_A_COUNT.search(text.lower()):
        return question
    text = _HOW_GIVEN.sub("?", text)
    after_topic = _count_after_topic(text)
    if after_topic is not None:
        return after_topic
    of = _COUNT_OF.match(text)
    if of is not None and counted_phrase(text[of.end() :], after_count=True) is not None:
        return f"How many {_with_verb(text[of.end() :].rstrip('?.'))}?"
    if counted_phrase(text) is not None:
        return f"How many {_with_verb(_lower_first(text.rstrip('?.')))}?"
    return question


def _count_after_topic(text: str) -> str | None:
    """ "X: total number?", "X, 2021 total?" count X; "Procurators' appeals in 2021 — number
    of convicted foreigners covered?", "Missing foreigners in 2021: reports received?" count
    what the ask names, in the frame of the topic. None without a topic and an ask."""
    parts = re.split(r"\s*(?::|—|–|\s-\s|,(?=(?:\s+\S+){1,3}\s*\??$))\s*", text)
    if len(parts) < 2:
        return None
    topic, ask = " ".join(parts[:-1]).rstrip("?"), parts[-1].rstrip("?. ")
    count = _COUNT_ASK.match(ask.lower())
    if count is not None and counted_phrase(topic, after_count=True) is not None:
        year = count.group(1) or count.group(2)
        return f"How many {_with_verb(_lower_first(topic))}{f' in {year}' if year else ''}?"
    of = _COUNT_OF.match(ask)
    counted = ask[of.end() :] if of is not None else ask
    # A lone plural asked after the topic is counted whatever it is: "…, years?"
    lone = " " not in counted.strip()
    if counted_phrase(counted, after_count=of is not None or lone) is not None:
        return f"{topic}: how many {_with_verb(_lower_first(counted))}?"
    return None


_SHARE_OF = re.compile(r"^(?:the )?(share|percentage|proportion|fraction) of ", re.IGNORECASE)
# "Stranded migrants from Uzbekistan — percent?": a share or a sum is asked, not a count.
_NOT_A_COUNT = re.compile(
    r"\b(?:share|percent|percentage|proportion|rate|amount|sum|cost|budget|fee|fees|price|"
    r"average|median|value|size|volume|population|balance)\b"
)


def _with_verb(phrase: str) -> str:
    """ "victims identified in 2021" as "victims were identified in 2021": the participle read
    as the verb it is, so that what was done to them is asked."""
    found = counted_phrase(phrase, after_count=True)
    rest = phrase[len(found) :] if found and phrase.startswith(found) else ""
    first = rest.split(" ", 2)[1] if rest.startswith(" ") and len(rest.split(" ")) > 1 else ""
    if first and _PARTICIPLE.fullmatch(first.lower()):
        return f"{found} were{rest}"
    return phrase


def _strip_request(text: str) -> str:
    m = _REQUEST.match(text.lower())
    return text[m.end() :] if m else text


def _lower_first(text: str) -> str:
    """The opening word in lower case unless it is a name: an initialism or a country's."""
    first = text.split(" ", 1)[0]
    if first.isupper() or is_country(first.removesuffix("'s").removesuffix("’s")):
        return text
    return text[:1].lower() + text[1:]
