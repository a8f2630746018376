"""Chat shorthand spelled out ("ppl", "yrs", "kz", "who's", "1 Jan 2022", "phone app")
before a question is read; a UN body described by its name ("the UN migration agency": IOM);
"how many more left than arrived" as the negative balance of migration; and a year named by
another ("the year before 2021") given as the year itself.

Staff type questions into chat tools. A word the report never uses matches nothing, and in a
counted phrase it hides the unit ("how many yrs"): spelled out, it is the report's word.
Only shorthand with one reading is expanded; a web address ("vmp.gov.kz") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_SHORTHAND = {
    "ppl": "people",
    "yrs": "years",
    "yr": "year",
    "kz": "Kazakhstan",
    "whats": "what is",
    "govt": "government",
    "intl": "international",
    "info": "information",
    "stats": "statistics",
    "dept": "department",
    "depts": "departments",
    "approx": "approximately",
    "abt": "about",
    "thru": "through",
    "pct": "percent",
    "hrs": "hours",
    "hq": "headquarters",
    "mfa": "Ministry of Foreign Affairs",
    # "who's the head of the council" asks for a person as "who is" does
    "who's": "who is",
    "what's": "what is",
    "where's": "where is",
    "when's": "when is",
}
# A whole word, not part of an address, a file name or a hyphenated word ("e-gov"); a
# contraction with either apostrophe ("who's", "who’s").
_FORMS = "|".join(k.replace("'", "['’]") for k in sorted(_SHORTHAND, key=len, reverse=True))
_WORD = re.compile(rf"(?<![\w./@-])({_FORMS})(?![\w./@-])", re.IGNORECASE)


# "the year before 2021" is 2020: a year named by another is the year the report gives.
_RELATIVE_YEAR = re.compile(
    r"\b((?:in|for|during|of|by|over) )?(?:the|a) year (before|after|prior to|preceding|"
    r"following) ((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# A UN body described, not named ("the UN migration agency"): the name the report uses.
_UN = r"\b(?:the )?(?:UN|U\.N\.|United Nations)(?:['’]s?)? "
_DESCRIBED = (
    (re.compile(_UN + r"(?:migration agency|agency for migration)\b", re.IGNORECASE), "IOM"),
    (re.compile(_UN + r"refugee agency\b", re.IGNORECASE), "UNHCR"),
    (re.compile(_UN + r"children['’]?s? (?:agency|fund)\b", re.IGNORECASE), "UNICEF"),
    (
        re.compile(_UN + r"(?:sustainable development |development |global )?goals\b", re.I),
        "the Sustainable Development Goals",
    ),
)


# "How many more people left than arrived" asks for the net loss: migration statistics call it
# a negative balance of migration.
_NET_LOSS = re.compile(
    r"\b(?:by )?how many (?:more )?(?:people|persons|residents)? ?(?:did )?"
    r"(?:(?:more )?(?:people |persons )?(?:left|leave|departed|depart|emigrated|emigrate)"
    r"(?: from)? [\w\s-]*? than (?:arrived|arrive|came|come|moved in|move in|entered|"
    r"immigrated|moved there)"
    r"|departures(?: from [\w\s-]*?)? (?:outnumber|exceed)(?:ed)? arrivals)\b",
    re.IGNORECASE,
)
# "By how much did the number of people leaving exceed those coming in": the same net loss.
_NET_LOSS_EXCEEDING = re.compile(
    r"\bby how (?:much|many) (?:did|was|were) (?:the number of )?(?:people |persons )?"
    r"(?:leaving|departing|emigrating|who left|departures|emigrants)\b[^?]*?\bexceed(?:ed)? "
    r"(?:the number of )?(?:those|people|persons|the ones)?\s?(?:coming in|arriving|"
    r"who arrived|who came|entering|immigrating|arrivals|immigrants)\b",
    re.IGNORECASE,
)


# "1 Jan 2022", "Sept 2021": a month cut short next to a day or a year is the month the report
# spells out ("Mar" or "May" alone may be a word).
_MONTHS = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June",
    "jul": "July", "aug": "August", "sep": "September", "sept": "September",
    "oct": "October", "nov": "November", "dec": "December",
}  # fmt: skip
_SHORT_MONTH = re.compile(
    rf"(?:(?<=\b\d )|(?<=\b\d\d ))({'|'.join(_MONTHS)})\b\.?"
    rf"|\b({'|'.join(_MONTHS)})\b\.?(?= \d)",
    re.IGNORECASE,
)
# "What does the State identify as …": the state that reports, not a word it must use.
_THE_STATE = re.compile(r"\bthe State\b(?![\w-]|\s+(?:[A-Z]|of\b))")
# "the population of Republic", "the Republic's budget": the republic that reports, named
# alone; "the Kyrgyz Republic" and "the Republic of Uzbekistan" name a country.
_THE_REPUBLIC = re.compile(r"\b(?:the )?Republic\b(?![\w-]|\s+(?:[A-Z]|of\b))")


def _republic_alone(m: re.Match[str]) -> str:
    before = m.string[: m.start()].split()
    named = bool(before) and before[-1][:1].isupper() and not m.group().startswith("the")
    return m.group() if named else "the country"


# "the phone app" is what the report calls a mobile application.
_PHONE_APP = re.compile(r"\b(?:mobile|phone|smartphone|cell ?phone) app(s?)\b", re.IGNORECASE)


_HEADCOUNT_WORD = re.compile(r"\bheadcount\b", re.IGNORECASE)
# "Stateless headcount", "total headcount of arrivals": a headcount of a group, not of a country.
_GROUP_BEFORE = re.compile(
    r"\b(?:stateless|(?:e|im)?migrants?|refugees?|workers?|students?|victims?|children|"
    r"foreigners?|arrivals|departures|returnees?|kandas|oralmans?|staff|total|group)\s+$",
    re.IGNORECASE,
)


def _counts_a_group(m: re.Match[str]) -> bool:
    before = m.string[: m.start()]
    if re.search(r"[—–:,-]\s*(?:the |its |a )?(?:total )?$", before):
        return True  # "Kandas naturalised, 2021 — headcount?": the headcount of what is named
    return _GROUP_BEFORE.search(before) is not None or m.string.startswith(" of", m.end())


# Everyday phrases said in a report's words: a hotline is a helpline, "day and night" is 24/7,
# money sent home is a transfer, the chief cause a reason, children with no parent looking
# after them are without parental care.
# Papers that prove who someone is: people without them are undocumented.
_PAPERS = r"(?:identity |id |official )?(?:papers|documents|documentation)"
_EVERYDAY = (
    (re.compile(r"\b(?:hot ?line|phone ?line|help line)(s?)\b", re.I), r"helpline\1"),
    (
        re.compile(
            r"\b(?:day (?:and|or) night|(?:a)?round the clock|any time of (?:the )?day)\b", re.I
        ),
        "24/7",
    ),
    # "what number can they ring": call it
    (re.compile(r"\b(can|could|should|to|must|may|you|they|we|people) ring\b", re.I), r"\1 call"),
    # migrants who "got stuck" were stranded
    (re.compile(r"\b(?:got|get|gotten|getting) stuck\b", re.I), "were stranded"),
    (re.compile(r"\bstuck\b", re.I), "stranded"),
    (
        re.compile(
            r"\b(?:send(?:ing|s)?|sent|wir(?:e|ing|ed)|remit(?:ting)?) money"
            r"(?: (?:back )?home| abroad| overseas| out of the country)?\b",
            re.I,
        ),
        "money transfers",
    ),
    (re.compile(r"\b(main|chief|principal|biggest|key) causes?\b", re.I), r"\1 reason"),
    # a report's words for the same things: illnesses are diseases, a visa waiver a visa
    # exemption, spotting victims identifying them
    (re.compile(r"\billness(es)?\b", re.I), lambda m: "diseases" if m.group(1) else "disease"),
    (re.compile(r"\bvisa[- ]waiver(s?)\b", re.I), r"visa exemption\1"),
    (re.compile(r"\bspotting\b", re.I), "identifying"),
    # people with no citizenship are what the report calls stateless persons
    (
        re.compile(
            r"\b(people|persons|individuals|residents)\s+(?:without|with no|lacking)\s+(?:any\s+)?"
            r"(?:citizenship|nationality)(?: (?:anywhere|of any country|at all))?\b",
            re.I,
        ),
        r"stateless \1",
    ),
    # people "who have no papers", "without documents" are undocumented
    (
        re.compile(
            r"\b(?:who|that) (?:do not|don't|does not|doesn't|did not|didn't) (?:have|hold) "
            rf"(?:any )?{_PAPERS}(?: (?:at all|to prove it))?\b"
            rf"|\b(?:who|that) (?:have|has|hold|holds|had) no {_PAPERS}"
            r"(?: at all| to prove it)?\b",
            re.I,
        ),
        "who are undocumented",
    ),
    (re.compile(rf"\b(?:without|with no|lacking) (?:any )?{_PAPERS}\b", re.I), "undocumented"),
    # "how many people had no citizenship": how many were stateless
    (
        re.compile(
            r"\b(people|persons|individuals|residents)\s+(?:had|have|has|held|hold)\s+no\s+"
            r"(?:citizenship|nationality)\b",
            re.I,
        ),
        r"\1 were stateless",
    ),
    # a survey's sample size is how many it asked
    (
        re.compile(
            r"\b(?:the |its |their )?sample size\b|\bthe size of (?:the|its|their) sample\b", re.I
        ),
        "the number of respondents",
    ),
    # patients "treated" in a country were provided with medical care there; not those
    # "treated equally" or "treated as workers"
    (
        re.compile(
            r"\b(foreign patients|patients|foreigners|foreign nationals|foreign citizens|migrants|"
            r"people|persons|citizens|nationals)\s+(?:who (?:were|are|have been)\s+)?treated\b"
            r"(?!\s+(?:as|like|equally|fairly|unfairly|well|badly|differently|the same|with)\b)",
            re.I,
        ),
        lambda m: f"{_treated_who(m.group(1))} provided with medical care",
    ),
    # "What volume of calls did the hotline handle": how many calls
    (
        re.compile(r"\b([Ww])hat (?:volume|number|quantity) of (?=[a-z]+s\b)"),
        lambda m: f"{'H' if m.group(1) == 'W' else 'h'}ow many ",
    ),
    # "how many percent public services …": a share, said in other words
    (re.compile(r"\bhow many (?:percent|per cent|%)(?: of)?\b", re.I), "what percentage of"),
    # "what percent were guys": men; laws "built on" the Constitution are based on it
    (re.compile(r"\bguys\b", re.I), "men"),
    (re.compile(r"\b(?:gals|ladies)\b", re.I), "women"),
    (
        re.compile(r"\b(?:built|founded|grounded|rest|rests|rested|resting) (up)?on\b", re.I),
        r"based \1on",
    ),
    # a country's migration "legislation" or "statutes" are its migration laws
    (re.compile(r"\bmigration (?:legislation|statutes)\b", re.I), "migration laws"),
    # citizens "brought back home" were returned home; a country's "headcount" is its
    # population
    (
        re.compile(r"\b(?:brought|brings|bring|bringing) (?:them |people |citizens )?back\b", re.I),
        "returned",
    ),
    (_HEADCOUNT_WORD, lambda m: m.group() if _counts_a_group(m) else "population"),
    (
        re.compile(
            r"\b(?:with )?no (?:parents?|adults?|one|family) (?:looking after|caring for|to look "
            r"after|to care for) them\b|\bwithout (?:their )?parents\b",
            re.I,
        ),
        "without parental care",
    ),
)


def spelled_out(question: str) -> str:
    """The question with its chat shorthand and cut months in full words, a UN body by its
    name, a net loss asked as the negative balance of migration, everyday phrases in a
    report's words, and a year named by another ("the year before 2021") as the year itself."""
    text = _WORD.sub(lambda m: _SHORTHAND[m.group(1).lower().replace("’", "'")], question)
    for said_otherwise, said in _REWRITES:
        text = said_otherwise.sub(said, text)
    return _RELATIVE_YEAR.sub(_year_itself, text)


def _month_in_full(m: re.Match[str]) -> str:
    return _MONTHS[(m.group(1) or m.group(2)).lower()]


# "How many people did Kazakhstan have", "how many people lived in Zembla in 2021": a
# country's population, when nothing after the country narrows who is counted.
_HEADCOUNT = re.compile(
    r"\b[Hh]ow many (?:people|persons|inhabitants|residents) (?:(?:did|does|do) ([A-Z][\w-]+) "
    r"(?:actually |really )?have|(?:actually |really )?(?:lived|live|"
    r"(?:were|are|was|is) (?:actually |really )?living|resided|reside) in ([A-Z][\w-]+))"
    r"(?=\s*(?:\?|$|,? (?:in|by|as of|at the (?:end|start|beginning) of) (?:\d{4}|the year|"
    r"the (?:\d{4}[-–]\d{4} )?period)\b))"
)


def _population_of(m: re.Match[str]) -> str:
    said = "What" if m.group().startswith("H") else "what"
    return f"{said} was the population of {m.group(1) or m.group(2)}"


_NET_LOSS_SAID = "what was the negative balance of migration"
# In order: a later rewrite reads what an earlier one wrote.
_REWRITES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    *_DESCRIBED,
    (_NET_LOSS, _NET_LOSS_SAID),
    (_NET_LOSS_EXCEEDING, _NET_LOSS_SAID),
    (_HEADCOUNT, _population_of),
    (_SHORT_MONTH, _month_in_full),
    (_THE_STATE, "the country"),
    (_THE_REPUBLIC, _republic_alone),
    *_EVERYDAY,
    (_PHONE_APP, r"mobile application\1"),
)


def _year_itself(m: re.Match[str]) -> str:
    step = -1 if m.group(2).lower() in ("before", "prior to", "preceding") else 1
    return f"{m.group(1) or 'in '}{int(m.group(3)) + step}"


def _treated_who(who: str) -> str:
    """Who was treated: foreign patients are foreigners; anyone else as said."""
    if who.lower() == "foreign patients":
        return "Foreigners" if who[0].isupper() else "foreigners"
    return who
