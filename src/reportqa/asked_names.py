"""The names a question gives and the names it asks for: the capitalised phrases the answer
must be near ("Interior Ministry"), the kind described rather than named ("which Central Asian
republic"), an abbreviation to spell out, a person's name, a name below a country.

Read from the question's form only, like `questions.py`, of which this is the part on names.
"""

from __future__ import annotations

import re

from reportqa.answer_types import ACRONYM, ENTITY, PLACE
from reportqa.gazetteer import is_country
from reportqa.lexical import tokenize
from reportqa.questions import WH_START, as_wh_question, asked_clause

_PROPER = re.compile(
    r"(?<![.?!]\s)(?<!^)\b(?!I['’](?:m|ve|d|ll)\b)[A-Z][\w’'-]*[a-z][\w’'-]*|\b[A-Z]{2,}\b"
)
# A day of the calendar is a date, not a name the report must use ("as of New Year 2022").
_CALENDAR_DAY = re.compile(r"\bNew Year(?:['’]s)?(?: Day| Eve)?\b|\bChristmas\b")


def name_phrases(question: str) -> list[list[str]]:
    """The question's names, consecutive capitalised words kept together ("Interior
    Ministry", "World Bank"): a name the report words differently shares only some of them."""
    text = as_wh_question(question)  # "Name the Balkan state": "which Balkan state"
    text = _CALENDAR_DAY.sub(lambda m: m.group().lower(), text)
    phrases: list[list[str]] = []
    last_end = -1
    for m in _PROPER.finditer(text):
        if m.start() == 0 and not m.group().isupper():
            continue  # a capital that starts the question; an abbreviation is a name anyway
        word = re.sub(r"['’]s$", "", m.group())
        # "IOM-backed", "UN-led": the name is the capitalised part.
        names = [p for p in word.split("-") if p[:1].isupper()] or [word]
        if len(names) > 1 and not all(is_country(p) for p in names):
            names = ["-".join(names)]  # "Nur-Sultan" is one name; "Swiss-Kazakh" is two
        if _ASKING.search(text[: m.start()]) and (
            _DESCRIBES_THE_ANSWER.match(text, m.end())
            or _describes_a_kind(text, m.start())
            or _ends_with_the_answer_class(text, m)
        ):
            continue  # "which Central Asian country": the kind asked for, not a given name
        if _sets_aside_a_region(text, m):
            continue
        # "Swiss-Kazakh agreement": each name of a pair is a name ("Swiss": Switzerland).
        if phrases and text[last_end : m.start()].strip() == "":
            phrases[-1].extend(names)
        else:
            phrases.append(names)
        last_end = m.end()
    return phrases


# A name right before the class a question asks for ("which Gulf state", "a Central Asian
# country", "which Pacific island state") describes the answer: the report need not say it.
# "Apart from Central Asian states, which …": a kind set aside is not a name to find either.
_ASKING = re.compile(
    r"\b(?i:which|what|a|an|one|apart from|aside from|besides|other than|outside|except(?: for)?)"
    r"(?:\s+[A-Z][\w-]*)*\s+$"
)
_ANSWER_CLASS = (
    # "which South Caucasus State", "which Central Asian neighbours"
    r"(?i:country|countries|state|states|nation|nations|neighbou?rs?"
    # "which Latin term", "a Latin-derived label": the language of the words asked for
    r"|terms?|labels?|phrases?|words?|expressions?)"
)
_DESCRIBES_THE_ANSWER = re.compile(
    rf"(?:\s+[A-Z][\w-]*)*\s+(?:island\s+|member\s+)?{_ANSWER_CLASS}\b"
)
_IS_THE_ANSWER_CLASS = re.compile(_ANSWER_CLASS)


# "Which European security organisation", "which Central Asian republic": capitalised
# adjectives before a common noun say what kind of thing is asked, not a name to find.
_KIND_ADJECTIVES = re.compile(
    r"(?:[A-Z][\w-]*\s+)*?([A-Z][a-z-]+(?:an|ean|ian|ese|ish|ic|ine|ern))\s+(?:[a-z-]+\s+)?"
    r"(?:organi[sz]ations?|bod(?:y|ies)|agenc(?:y|ies)|republics?|microstates?|monarch(?:y|ies)|"
    r"sultanates?|kingdoms?|forums?|cities|city|regions?|ports?|islands?)\b"
)


def _ends_with_the_answer_class(text: str, m: re.Match[str]) -> bool:
    """ "Which South Caucasus State": the class asked, capitalised; not "which State
    Department", a name."""
    return bool(_IS_THE_ANSWER_CLASS.fullmatch(m.group())) and not _NEXT_NAME.match(text, m.end())


_NEXT_NAME = re.compile(r"\s+[A-Z]")

# "Which countries outside Central Asia …", "apart from its Central Asian neighbours": a region
# set aside bounds the answer; the sentence that lists the others need not name the region.
_SET_ASIDE = re.compile(
    r"\b(?i:outside(?: of)?|apart from|aside from|besides|other than|except(?: for)?|excluding|"
    r"beyond)\s+(?i:its\s+|the\s+|their\s+)?(?:[A-Z][\w-]*\s+)*$"
)
_REGION = re.compile(
    r"(?:[A-Z][\w-]*\s+)*(?:Asia|Asian|Europe|European|Caucasus|Caucasian|Africa|African|"
    r"America|American|Gulf|Middle East|Balkans?|Baltic|Nordic|Scandinavia|Scandinavian)\b"
)


def _sets_aside_a_region(text: str, m: re.Match[str]) -> bool:
    """The name is part of a region set aside by "outside", "apart from", "except" …"""
    return bool(_SET_ASIDE.search(text[: m.start()])) and _REGION.match(text, m.start()) is not None


def _describes_a_kind(text: str, start: int) -> bool:
    m = _KIND_ADJECTIVES.match(text, start)
    return m is not None and not is_country(m.group(1))  # "which Russian city": in Russia


_ACRONYM_QUESTION = re.compile(
    # "What does the abbreviation BNS, given as the source, stand for?"
    r"(?i:what does (?:the (?:abbreviation|acronym) )?)([A-Z][A-Z&]{1,9}s?)"
    r"(?:,[^?,]{1,80},)?(?i: (?:stand for|mean))"
    r"|(?i:what(?: is|'s) the full (?:name|form) of (?:the )?)([A-Z][A-Z&]{1,9}s?)\b"
    r"|^(?i:what (?:is|are) (?:the )?)([A-Z][A-Z&]{1,9}s?)\s*\??$"
)


def asked_acronym(question: str) -> str | None:
    """The abbreviation a question asks to spell out ("What does GAFMC stand for?")."""
    m = _ACRONYM_QUESTION.search(question.strip())
    if m is not None:
        return next(g for g in m.groups() if g).rstrip("s") or None
    # "GAFMC — what does it stand for?", "CAM: the full name behind the abbreviation?"; not
    # "Body coordinating the SDG targets — full name?", which asks for the body's name.
    if _SPELLED_OUT.search(question):
        caps = set(re.findall(r"\b[A-Z][A-Z&]{1,9}\b", question))
        if len(caps) == 1 and _about_acronym(next(iter(caps))).search(question):
            return caps.pop()
    return None


def _about_acronym(acronym: str) -> re.Pattern[str]:
    """The acronym is what the question is about: it opens the question, or the words for an
    abbreviation or its full name point at it."""
    a = re.escape(acronym)
    return re.compile(
        rf"^\W*(?:the\s+)?{a}\b|\b(?:abbreviation|acronym|initials|letters)\s+[\"“']?{a}\b"
        rf"|\bfull (?:name|form|title) (?:of|behind|for) (?:the )?{a}\b"
        rf"|\b{a}\b[^?]*\bstands? for\b",
        re.IGNORECASE,
    )


_SPELLED_OUT = re.compile(
    r"\bstands? for\b|\bfull (?:name|form|title)\b|\bspell(?:ed|s)? out\b"
    r"|\b(?:abbreviation|acronym)\b.*\b(?:mean|means|stand)\b",
    re.IGNORECASE,
)


_PERSON_ROLE = (
    r"(?:prime minister|minister|president|commissioner|ombudsman|ombudsperson|director|head|"
    r"chair(?:man|woman|person)?|ambassador|secretary|governor|mayor|akim|spokes(?:man|woman|"
    r"person)|leader|deputy|officials?|experts?|authors?|signator(?:y|ies)|consul|envoy|"
    r"representative|diplomats?|economists?|researchers?|scientists?|politicians?|judges?|"
    r"(?:government|public|senior) figures?)"
    # "which expert group", "which consul office": the role word describes a body
    r"(?!\s+(?:groups?|councils?|committees?|bod(?:y|ies)|offices?|teams?|panels?|"
    r"commissions?|networks?))"
    # "what official count": the role word as an adjective of a figure or a source
    r"(?!\s+(?:counts?|figures?|numbers?|statistics|data|estimates?|records?|sources?|"
    r"websites?|languages?|status|titles?|names?|documents?))"
)
_PERSON_QUESTION = re.compile(
    rf"^who (?:is|was|were|are|has been|served as|became) (?:the |a |its |their )?(?:[\w'-]+ )"
    rf"{{0,3}}{_PERSON_ROLE}\b|\bnames? of (?:the |its |their )?(?:\w+ )"
    rf"{{0,3}}{_PERSON_ROLE}\b|^(?:which|what) (?:(?!(?:is|are|was|were|do|does|did)\b)\w+ ){{0,2}}"
    rf"{_PERSON_ROLE}\b"
    r"|^who (?:heads|headed|chairs|chaired|leads|led|directs|directed|presides|presided)\b"
    r"|^(?:which|what) person\b"
    r"|^who (?:sits|sat|is|was) at the head of\b|^who signed\b[^?]*\bon [\w'’ ]+ (?:behalf|side)\b"
    r"|\bnames? of (?:the |a )?person\b"
    # "What's the consul general's name?"
    rf"|\b{_PERSON_ROLE}(?: general)?['’]s (?:full )?names?\b"
    # "Who was appointed consul general", "who signed it as President": people are appointed
    # and sign in a role; a body is not.
    r"|^who (?:is|was|were|are|has been|had been) (?:appointed|named|elected|nominated)\b"
    rf"|^who signed\b[^?]*\bas (?:the |its )?{_PERSON_ROLE}\b"
    # "Consul general in Busan — name?": a terse question on a role asks who holds it.
    rf"|^(?:the )?(?:[\w'’-]+ ){{0,2}}{_PERSON_ROLE}\b[^?—–:]*[—–:]\s*(?:his |her |their |the )?"
    r"(?:name|names|who)\s*\??$"
)


def asks_for_a_person(question: str) -> bool:
    """ "Who was the minister …", "the name of the Commissioner": a person's name answers,
    not the body they lead. The asking clause may follow a preface ("For a slide: which
    official heads the council?")."""
    q = " ".join(question.lower().split())
    texts = (q, q.rpartition(": ")[2], as_wh_question(q).lower())  # "Name the person who …"
    return any(_PERSON_QUESTION.search(text) for text in texts)


def asks_for_a_name(question: str, kind: str | None) -> bool:
    """ "Which city …", "which organisation …": the answer is a name the question does not
    already give. A bare "who" or "where" may be answered by "volunteers", "banks" or "at
    border checkpoints", so it asks for no name."""
    if kind not in (ENTITY, PLACE):
        return False
    clause = asked_clause(question)
    start = WH_START.match(clause)
    if _GROUP_OF_PEOPLE.match(clause):
        return False
    return start is not None and start.group().split()[-1] in ("which", "what")


# "Which group of migrants must hold a policy": "immigrant workers" answers, with no name.
_GROUP_OF_PEOPLE = re.compile(
    r"(?:which|what) (?:[\w-]+ )?(?:group|groups|category|categories)\b"
    r"(?! of (?:countries|states|nations|organi[sz]ations|bodies))"
)


# "Which city / region / district": a place below a country is asked.
_BELOW_COUNTRY = re.compile(
    r"\b(?:which|what) (?:[\w-]+ ){0,2}?(?:city|cities|town|towns|region|regions|province|"
    r"provinces|district|districts|oblast|oblasts|village|villages)\b",
    re.IGNORECASE,
)


# "Which city", "the capital of …": a settlement, which no continent or world region is.
_SETTLEMENT = re.compile(
    r"\b(?:which|what) (?:[\w-]+ ){0,2}?(?:city|cities|town|towns|village|villages|capital)\b"
    r"|\bwhat(?: is|['’]s) the (?:[\w-]+ ){0,2}?(?:capital|city|town)\b",
    re.IGNORECASE,
)


def asks_for_a_settlement(question: str) -> bool:
    return _SETTLEMENT.search(question) is not None


def asks_below_country(question: str) -> bool:
    """ "Which city / region …": a country's name does not answer."""
    return _BELOW_COUNTRY.search(question) is not None


# Bodies whose name says what they are: "which ministry" is answered by "the Ministry of …".
_NAMED_CLASS = re.compile(
    r"\b(?:which|what) (?:[\w-]+ ){0,2}?(ministr(?:y|ies)|courts?|universit(?:y|ies)|"
    r"embass(?:y|ies)|consulates?|foundations?|associations?|committees?|commissions?|"
    r"institutes?|societ(?:y|ies)|treat(?:y|ies)|articles?|ngos?|operations?|campaigns?|"
    r"programmes?|programs?|documents?|laws?|codes?|agreements?|conventions?|decrees?)\b",
    re.IGNORECASE,
)


# A code, an act or a constitution is a law; a law may be its own kind of document.
_CLASS_KINDS = {
    "law": "law code act constitution decree statute",
    "laws": "law code act",
    "application": "application app",
    # an association of states is a union, a commonwealth or a community of them, often
    # named by its initials ("the CIS")
    "association": "association union commonwealth community",
    "associations": "association union commonwealth community",
}


def names_one_of(named_class: str, text: str) -> bool:
    """The sentence names one of the class: "which law" is answered by "the Labour Code"."""
    words = set(tokenize(text))
    kinds = _CLASS_KINDS.get(named_class, named_class).split()
    if named_class.startswith("association") and ACRONYM.search(text):
        return True
    return any(set(tokenize(k)) <= words for k in kinds)


def named_class(question: str) -> str:
    """The kind of body or document a "which …" question names ("ministry"), or ""."""
    m = _NAMED_CLASS.search(question)
    return m.group(1).lower() if m else ""


# "The name of the app the Ministry uses", "Emergencies ministry's alert app — name?": an
# application's name, which a sentence naming a portal or a campaign does not give.
_APP_NAME = re.compile(
    r"\bname of (?:the |its |their |an? )?(?:[\w'’-]+ ){0,3}?(?:app|application)s?\b"
    r"|\b(?:app|application)s?\s*(?:—|–|-|:)\s*(?:its |the )?name\b",
    re.IGNORECASE,
)


def named_app(question: str) -> str:
    """ "application" when the question asks an application's name by its kind, or ""."""
    return "application" if _APP_NAME.search(question) else ""


def asks_for_a_country(question: str) -> bool:
    """ "Which country / nationality", "which Eastern European state": a country's name
    answers; "which group of countries" asks for a grouping."""
    return _COUNTRY_QUESTION.search(as_wh_question(question)) is not None


_COUNTRY_QUESTION = re.compile(
    r"\b(?:which|what) (?!(?:group|groups|bloc|union|association) of )(?:[\w-]+ ){0,2}?"
    r"(?:country|countries|nationality|nationalities|nations?|neighbou?rs?)\b"
    # "which Eastern European state": a state with a region before it is a country.
    r"|\b(?:which|what) (?:(?-i:[A-Z])[\w-]+ )+(?:member |island )?(?:states?|nations?|"
    # "which Southeast Asian sultanate", "which European microstates"
    r"sultanates?|microstates?|kingdoms?|monarch(?:y|ies)|republics?|emirates?)\b"
    # "Need the names of the 20 countries": their names are asked
    r"|\bnames? of (?:the |all |those |these )?(?:[\w-]+ ){0,2}?(?:countries|states|nations)\b",
    re.IGNORECASE,
)


_BODY_QUESTION = re.compile(
    r"\b(?:which|what) (?:[\w-]+ ){0,2}?(?:bod(?:y|ies)|agenc(?:y|ies)|authorit(?:y|ies)|"
    r"organi[sz]ations?|institutions?|departments?|services?|donors?|funders?|sponsors?)\b",
    re.IGNORECASE,
)
_KIND_OF = re.compile(r"\b(?:kind|type|sort)s? of\b", re.IGNORECASE)


def asks_for_a_body(question: str) -> bool:
    """ "Which agency" asks for a body's name; "what kind of body", for a description."""
    return _BODY_QUESTION.search(question) is not None and not _KIND_OF.search(question)


# How English names a ministry in short ("the Interior Ministry") and in full ("the Ministry of
# Internal Affairs", "MIA"): a question that gives one gives the others, which do not answer it.
_MINISTRIES = {
    "interior": "Ministry of Internal Affairs",
    "internal affairs": "Ministry of Internal Affairs",
    "foreign": "Ministry of Foreign Affairs",
    "foreign affairs": "Ministry of Foreign Affairs",
    "emergencies": "Ministry of Emergency Situations",
    "emergency": "Ministry of Emergency Situations",
    "emergency situations": "Ministry of Emergency Situations",
}
_MINISTRY_WORDS = "|".join(sorted(_MINISTRIES, key=len, reverse=True))
_MINISTRY = re.compile(
    rf"\b({_MINISTRY_WORDS})\s+ministry\b|\bministry\s+of\s+({_MINISTRY_WORDS})\b",
    re.IGNORECASE,
)


def ministry_in_other_words(question: str) -> frozenset[str]:
    """The stems of the other names of a ministry the question gives ("interior ministry":
    ministry, internal, affairs, mia)."""
    stems: set[str] = set()
    for m in _MINISTRY.finditer(question):
        full = _MINISTRIES[(m.group(1) or m.group(2)).lower()]
        initials = "".join(w[0] for w in full.split() if w[0].isupper())
        stems.update(tokenize(full), tokenize(initials))
    return frozenset(stems)
