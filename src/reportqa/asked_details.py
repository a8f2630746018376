"""What a question asks besides its answer type: a span of time, a change, a frequency, the
unit of a date or a measure, a reference number, a share, a sum of money or a purpose.

Read from the question's words only, like `questions.py`, so that a refusal can say what was
missing ("gives no span of time").
"""

from __future__ import annotations

import re

from reportqa.answer_types import APPROXIMATE_WORDS, FIGURE, REFERENCED_KINDS
from reportqa.context import asked_sentence, tells_a_claim
from reportqa.questions import AUXILIARY, asked_clause, asks_how_old_a_thing
from reportqa.support import FULL_DATE, YEAR

# A prison sentence or term is a span of time too: "5,500 materials" does not give one.
# "Which body asked for rules on how long deportees may be held" asks for a body: a "how long"
# after a preposition is part of what is asked about.
_DURATION_QUESTION = re.compile(
    r"(?<!\bon )(?<!\babout )(?<!\bof )(?<!\bregarding )\bhow long\b(?! ago)"
    r"|\bhow old\b|\bfor how many (?:years|months)\b|\bhow much time\b"
    # "How quickly does the app inform people?": within how long.
    r"|\bhow (?:quickly|soon|fast)\b"
    # "Within what time limit must they decide": a span; a deadline may be a date instead.
    r"|\b(?:within|in) (?:what|which) (?:time(?:-| )?(?:limit|frame)|timeframe|period)\b"
    r"|\bwhat (?:is the |are the )?time(?:-| )?limits?\b"
    r"|\b(?:prison|jail|custodial) (?:sentences?|terms?)\b|\bterms? of imprisonment\b"
    r"|\b(?:time|years?) (?:in|behind) (?:jail|prison|bars)\b|\b(?:prison|jail) time\b"
    # terse: "residence years required?", "naturalisation wait, years?"
    r"|\b(?:years|months|weeks|days) (?:required|needed|necessary|spent|served|waited)\s*\??$"
    r"|[,:;—–]\s*(?:years|months|weeks|days)\s*\??$"
    # terse: "Years of lawful residence a stateless person needs — confirm"
    r"|^(?:the )?(?:number of )?(?:years|months|weeks|days) of (?:[\w-]+ ){0,2}?"
    r"(?:residence|residing|stay|living|work|waiting|imprisonment|service)\b"
)
DURATION_WORDS = (
    "years year months month weeks week days day hours hour minutes seconds decades since"
)


# "By how much did the outflow grow", "than a year earlier": a change is asked, and a level
# (a figure with no change word) does not give it. "How much higher" is also answered by a
# ratio ("double the risk").
_CHANGE_QUESTION = re.compile(
    r"\bby how (?:much|many)\b|\bhow much (?:more|less|higher|lower)\b"
    r"|\bby (?:what|which) (?:percentage|percent|share|proportion|amount|margin|factor)\b"
    r"|\b(?:than|compared (?:with|to)) (?:a|the|one) (?:year|month|decade) (?:earlier|before)\b"
)
CHANGE_WORDS = (
    "increase increased increasing decrease decreased decreasing grow grew grown growth rise rose "
    "risen fall fell fallen decline declined drop dropped reduce reduced reduction change changed "
    "compared comparison double doubled twice triple tripled times higher lower"
)


# "By how many did departures exceed arrivals": two things compared at one time, a balance,
# not a change over time.
_DIFFERENCE_QUESTION = re.compile(r"\b(?:exceed(?:ed|s)?|outnumber(?:ed|s)?|outstrip(?:ped|s)?)\b")
_OVER_TIME = re.compile(
    r"\b(?:than|compared (?:with|to)) (?:a|the|one|in) |\bprevious\b|\bearlier\b"
)


def asks_for_change(question: str) -> bool:
    q = " ".join(question.lower().split())
    if _DIFFERENCE_QUESTION.search(q) and not _OVER_TIME.search(q):
        return False
    if _SIGNED_BY_HOW_MANY.search(q) and not _CHANGED_BY.search(q):
        return False  # "signed by how many states" names who signed, not a change
    return _CHANGE_QUESTION.search(q) is not None


_SIGNED_BY_HOW_MANY = re.compile(r"\b[a-z]+ed by how (?:much|many)\b")
_CHANGED_BY = re.compile(
    r"\b(?:increas|decreas|rais|reduc|declin|dropp|grow|fall|rise|ris|climb|chang|jump|shrank|"
    r"shrunk|cut|lower|boost|expand|contract)[a-z]* by how (?:much|many)\b"
)


# "How often are seminars held": a frequency answers ("on an ongoing basis", "annually"), which
# need not be a figure.
_FREQUENCY_QUESTION = re.compile(r"\bhow (?:often|frequently|regularly)\b")
FREQUENCY_WORDS = (
    "annual annually yearly monthly weekly daily quarterly regular regularly ongoing continuous "
    "continuously constantly periodically permanently routinely systematically frequently often "
    "every each once twice times"
)


def asks_how_often(question: str) -> bool:
    return _FREQUENCY_QUESTION.search(question.lower()) is not None


_TIME_QUESTION = re.compile(
    # "how many year I can apply": a learner's singular asks the same
    r"\bhow (?:fast|quickly|soon|often|frequently|long)\b|\bhow many (?:second|minute|hour|"
    r"day|week|month|year|decade)s?\b|\b(?:time|times|period|term|terms|deadline|duration|"
    r"age|ages|wait|within|speed|old|delay|validity|valid|stay)\b"
)


def asks_about_time(question: str) -> bool:
    """ "How fast", "what waiting time", "how many days": a span of time may answer."""
    return asks_for_duration(question) or _TIME_QUESTION.search(question.lower()) is not None


def asks_for_duration(question: str) -> bool:
    """ "How long …", "how old …": a time span answers, not any figure. Only the asking
    clause counts: "Does how long they stay affect …?" asks whether."""
    q = question.lower()
    clause = asked_clause(question) or ("" if AUXILIARY.match(q) else q)  # terse: "Jail term?"
    m = _DURATION_QUESTION.search(clause)
    if m is not None and m.group().startswith("how") and _OTHER_WH_FIRST.match(clause):
        return False  # "Whose proposals made them spell out how long …": whose is asked
    return m is not None and not asks_how_old_a_thing(clause)


_OTHER_WH_FIRST = re.compile(r"(?:who|whom|whose|which|what|where|when|why)\b")


def asked_date_unit(question: str) -> str:
    """ "In which month" asks for a month, "on what day / what date" for a day; else "" (a
    year or any date)."""
    q = question.lower()
    if re.search(r"\b(?:which|what) month\b", q):
        return "month"
    if re.search(
        r"\b(?:which|what) (?:day|exact date)\b|\bon what date\b|\b(?:exact|precise) day\b", q
    ):
        return "day"
    return ""


# "What is the number of the Presidential Decree": a number that names, not one that counts.
_REFERENCED = f"(?:{REFERENCED_KINDS})"
_REFERENCE_QUESTION = re.compile(
    # "the number of the August 2021 presidential decree"; not "the number of categories
    # under Article 26", which counts. "The number and date of the decree" asks both.
    rf"\b(?:number|no\.) (?:and (?:the )?date )?of (?:the |this |that |a )?"
    rf"(?:(?!(?:under|in|of|by|for|on|to|with|from|at|per)\b)[\w-]+ ){{0,3}}?{_REFERENCED}\b"
    # "What number did the decree carry", "which number does the article have"
    rf"|\b(?:what|which) (?:number|no\.) (?:did|does|do|was|is|has) (?:the |this |that |a )?"
    rf"(?:[\w-]+ ){{0,2}}?{_REFERENCED}\b"
    # "What's the decree number behind the new consulate", "the article number"
    rf"|\b{_REFERENCED}(?:['’]s)?(?: | ?[—–:,] ?)(?:number|no\.)(?!\w)",  # "decree — number?"
    re.IGNORECASE,
)


def asks_for_a_reference(question: str) -> bool:
    return asked_reference_kind(question) != ""


def asked_reference_kind(question: str) -> str:
    """The kind of thing whose reference number is asked ("decree"); "" if none is."""
    m = _REFERENCE_QUESTION.search(question)
    kind = re.search(_REFERENCED, m.group(), re.IGNORECASE) if m is not None else None
    return kind.group().lower() if kind is not None else ""


def asks_for_share(question: str) -> bool:
    """ "What share / percentage / proportion / fraction of …": a head count does not answer."""
    return (
        re.search(
            r"\b(?:what|which) (?:\w+ )?(?:share|percentage|percent|proportion|fraction|portion)\b"
            r"|\bin percent\b|%\s*\??\s*$",
            question.lower(),
        )
        is not None
    )


# Who paid is a question about money: the answer must say so ("held in support of" does not).
_FUNDING_QUESTION = re.compile(
    r"\b(?:fund|funds|funded|funding|financed?|finances|financing|sponsor(?:ed|s)?|paid|pays?|"
    r"paying|bankroll(?:s|ed|ing)?|underwrit(?:es|ten|ing)|donors?)\b"
)
# "Free" says what one pays too ("free and open access" answers "must one pay to see it").
FUNDING_WORDS = (
    "fund funded funding financed financing finance sponsored sponsor budget grant donor "
    "allocated paid pay payment charge fee cost money free"
)


def asks_who_paid(question: str) -> bool:
    """ "Who funded / financed / paid for …": only a sentence about money answers."""
    return _FUNDING_QUESTION.search(question.lower()) is not None


_MONEY_QUESTION = re.compile(
    r"\b(?:budget|cost|costs|funding|funds|spent|spend|money|price|salary|salaries|wages?|"
    r"fee|fees|fine|fines|revenue|financing|invest(?:ed|ment)?|pay|pays|paid|paying|payments?|"
    r"allocations?|financial|expenditures?|"
    # money sent home, and a sum asked in a currency ("in dollar terms")
    r"remittances?|dollars?|usd|euros?|tenge|kzt|roubles?|rubles?)\b"
)


_PRICE_QUESTION = re.compile(
    r"\bhow much (?:\w+ ){0,6}?(?:charged?|charges|costs?|pay|pays|paid|fees?|price)\b"
    r"|\bwhat (?:is|are|was|were) (?:the )?(?:\w+ )?(?:fee|fees|price|cost|charge)\b"
)


def asks_for_a_price(question: str) -> bool:
    """ "How much are they charged for emergency care": "free of charge" answers."""
    return _PRICE_QUESTION.search(" ".join(question.lower().split())) is not None


def asks_for_money(question: str) -> bool:
    """A number question about a budget or cost: a head count does not answer it. "How many
    categories does the state pay for" counts categories: only a count of money asks for it."""
    q = question.lower()
    return _MONEY_QUESTION.search(q) is not None and not re.search(r"\bhow many\b", q)


# "What is the aim of the procedures", "what are they meant to do": a sentence that states a
# purpose ("The goal is to …", "aimed at …") answers before one that only names the thing.
_PURPOSE_QUESTION = re.compile(
    r"\b(?:aims?|goals?|purposes?)\b|\bwhat (?:is|was|are|were) [\w'’ -]+ for\?"
)


def asks_for_a_purpose(question: str) -> bool:
    return _PURPOSE_QUESTION.search(question.lower()) is not None


# "What term does the report use for ethnic Kazakhs", "returnees — official term?": a
# sentence that gives a term ("Kandas" in quotes, "known as") answers before one that only
# speaks of them.
_TERM_QUESTION = re.compile(
    r"\bwhat(?:['’]s the | (?:is|was|are) the | )(?:term|word|label|designation)\b[^?]*"
    r"\b(?:use[sd]?|call(?:s|ed)?|for|given|appl(?:y|ies|ied)|refer(?:s|red)? to|known|named|"
    r"designated|labell?ed)\b"
    # "What are ethnic Kazakhs who come back called?"
    r"|^what (?:is|are|were|was) (?:[\w'’-]+ ){1,8}?(?:called|termed|known as|referred to as)\b"
    r"|\b(?:official|legal|formal) (?:term|designation|label)\b"
    # "What Kazakh word does the report use for …", "which word … does it attach to",
    # "what's the name used for …", "what name is planned for the ecosystem"
    r"|\b(?:what|which)(?:['’]s the | (?:is|was|are) the | )(?:[\w-]+ )?(?:term|word|label)\b"
    r"[^?]*\b(?:use[sd]?|attach(?:es|ed)?|give[sn]?|appl(?:y|ies|ied))\b"
    r"|\b(?:what|which)(?:['’]s the | (?:is|was|are) the | )name (?:(?:is|was|will be) )?"
    r"(?:used|given|planned|proposed|chosen|intended) (?:for|to)\b"
    r"|\b(?:working|planned|proposed|intended) name\b"
    # "What do they call ethnic Kazakhs who come back?"
    r"|\bwhat (?:do|does|did) (?:they|you|people|we|officials|the authorities|the report|"
    r"kazakhstan|the government) call\b"
)


def asks_for_a_term(question: str) -> bool:
    return _TERM_QUESTION.search(question.lower()) is not None


# "roughly 19.1 million" may be written "19,125.6 thousand": an approximate figure in the
# question need not be found as it is written.
# "Did the population pass 19 million?": a threshold passed is a bound, not a figure given.
_APPROXIMATELY = re.compile(
    rf"\b(?:{APPROXIMATE_WORDS}|pass|passed|top|topped|exceed|exceeded|surpass|surpassed|"
    r"cross|crossed|(?:climb|climbed|go|went|rise|rose|grow|grew) past|above|beyond)\s*$",
    re.IGNORECASE,
)


def exact_figures(question: str) -> frozenset[str]:
    """The figures and years the question gives as they are, not approximately: "around
    2020-2021" gives neither year exactly."""
    exact: set[str] = set()
    approximate = False
    for m in FIGURE.finditer(question):
        before = question[: m.start()]
        if not (approximate and _RANGE_DASH.search(before)):
            approximate = bool(_APPROXIMATELY.search(before))
        if not approximate and not _DECADE.match(question, m.end()):
            exact.add(m.group().replace(",", ""))
    return frozenset(exact)


_RANGE_DASH = re.compile(r"\d\s*[-–]\s*$")


# "the mid-1990s" names a decade, not the year 1990.
_DECADE = re.compile(r"['’]?s\b")


# "How many are estimated to live …", "the estimated number": an official count is not an
# estimate; the sentence must say its figure is one, or approximate.
_ESTIMATE_QUESTION = re.compile(r"\bestimat(?:e|es|ed|ion)\b", re.IGNORECASE)
_ESTIMATE_TEXT = re.compile(rf"\bestimat|\b(?:{APPROXIMATE_WORDS})\s+\d", re.IGNORECASE)


def asks_for_an_estimate(question: str) -> bool:
    return _ESTIMATE_QUESTION.search(question) is not None


def says_an_estimate(text: str) -> bool:
    return _ESTIMATE_TEXT.search(text) is not None


_AGE_QUESTION = re.compile(r"\bwhat age\b|\bhow old\b")


def asks_for_an_age(question: str) -> bool:
    return _AGE_QUESTION.search(question.lower()) is not None


# "At what age can they retire", "which age bracket": a person's age is asked, which "after 5
# years of residence" or "more than 350 children" does not give.
_PERSONS_AGE_QUESTION = re.compile(
    r"\b(?:what|which|minimum|maximum|lowest|highest|legal|retirement|pension|marriage) age\b"
    r"|\bage (?:limits?|thresholds?|brackets?|ranges?|groups?|bands?|profile)\b"
)
_AGE_TEXT = re.compile(
    r"\bage[sd]?\b|\byears? old\b|-year-old\b|\b(?:under|over|older than|younger than) "
    r"(?:the age of )?\d+\b|\badults?\b",
    re.IGNORECASE,
)


def asks_for_a_persons_age(question: str) -> bool:
    return _PERSONS_AGE_QUESTION.search(question.lower()) is not None


def says_an_age(text: str) -> bool:
    return _AGE_TEXT.search(text) is not None


# "In which languages does it advise", "what is the state language": the language is what is
# asked; "what Kazakh language test" asks for a test.
_LANGUAGE_QUESTION = re.compile(
    r"\b(?:which|what) (?:[\w-]+ ){0,2}?languages?\b(?=\s+(?:is|are|was|were|do|does|did|can|"
    r"could|will|would|has|have|must|should)\b|\s*[?,])"
    r"|\bwhat (?:is|are|was|were) (?:the )?(?:[\w-]+ ){0,2}?languages?\b",
    re.IGNORECASE,
)
_CURRENCY_QUESTION = re.compile(
    r"\b(?:which|what) (?:(?:is|was|are|were) )?(?:the )?(?:[\w'’-]+ ){0,4}?currenc(?:y|ies)\b",
    re.IGNORECASE,
)
# "How many states declined to sign", "which laws were not amended": the sentence must say
# that something was not done, or it counts what was.
_NEGATED_QUESTION = re.compile(
    # "Declined" of an offer, not of a figure ("before the 2021 decline", "flows declined").
    r"\b(?:not|never|declined? (?:to|an?|the|their|its)|(?:was|were|been) declined|refused?|"
    r"failed to|rejected)\b"
    r"|n['’]t\b",
    re.IGNORECASE,
)


def asks_for_a_language(question: str) -> bool:
    return _LANGUAGE_QUESTION.search(question) is not None


def asks_for_a_currency(question: str) -> bool:
    return _CURRENCY_QUESTION.search(question) is not None


# "(not counting the UN)", "not only … but", "whether or not": a "not" that sets something
# aside or hedges, and asks about what was done.
_NOT_NEGATING = re.compile(
    r"\bnot (?:counting|including|only|just|least|to mention)\b|\b(?:whether )?or not\b",
    re.IGNORECASE,
)


# "At which meeting (what number) was it adopted": an ordinal answers ("the 55th").
_ORDINAL_QUESTION = re.compile(
    r"\bwhat number\b|\b(?:which|what) (?:meeting|session|round|conference|congress|summit|"
    r"anniversary|sitting)\b",
    re.IGNORECASE,
)


def asks_for_an_ordinal(question: str) -> bool:
    return _ORDINAL_QUESTION.search(question) is not None


def asks_what_was_not_done(question: str) -> bool:
    asked = _NOT_NEGATING.sub(" ", asked_clause(question))
    return _NEGATED_QUESTION.search(asked) is not None


_NEGATION = re.compile(
    r"\b(?:not|no|never|none|neither|nor|without|unable|non-|declin|refus|fail|reject|lack)"
    r"|n['’]t\b",
    re.IGNORECASE,
)


def says_not_done(text: str) -> bool:
    return _NEGATION.search(text) is not None


def gives_a_distinctive_figure(question: str) -> bool:
    """A wh-question that gives, exactly, a figure that is no year and no small count
    ("2,990", "32.5%"), or a full date ("22 July 2011"). Every candidate holds it (see
    `Demands`), which ties it to the question however differently the rest is worded: "What
    does the number 2,990 count?", "Which statute carries the date 22 July 2011?"."""
    if not asked_clause(question):
        return False  # "Is there a chat alongside the 116 16 line?": whether, not what it is
    # "A draft says the groups reached 40,000 people. How many does the report say?": a
    # claim's figure is doubted, not required of the answer, so it ties nothing.
    if tells_a_claim(question):
        question = asked_sentence(question)
    if FULL_DATE.search(question):
        return True
    return any(
        not YEAR.fullmatch(n) and ("." in n or len(re.sub(r"\D", "", n)) >= 3)
        for n in exact_figures(question)
    )


# "Where did the IOM-backed study find gaps", "what weaknesses did the assessment identify":
# what a study found, which the sentences after the one presenting it say.
_STUDY = r"(?:study|assessment|survey|mapping|research|analysis|evaluation|expert report)"
_FINDINGS_QUESTION = re.compile(
    rf"\b{_STUDY}\b[^?]*\b(?:find|finds|found|show|shows|showed|reveal\w*|conclude\w*|"
    r"identif\w+|highlight\w*|point\w* (?:to|out))\b"
    r"|\b(?:gaps|weakness\w*|shortcomings|blind spots|findings|results)\b[^?]*\b"
    rf"{_STUDY}\b",
    re.IGNORECASE,
)


def asks_what_a_study_found(question: str) -> bool:
    return _FINDINGS_QUESTION.search(question) is not None
