"""What a question asks: the answer type of its asking wh-phrase, a span of time, a change, a
frequency, a reference number, a share or an amount of money (its names: `asked_names.py`).

Read from the question's form only, so that a refusal can be explained ("the question counts
diplomats; no figure in the report does").
"""

from __future__ import annotations

import re

from reportqa.answer_types import DATE, ENTITY, NUMBER, PLACE, asked_measure_unit
from reportqa.terse import terse_kind

_QUESTION_FORMS: list[tuple[str, re.Pattern[str]]] = [
    (
        NUMBER,
        re.compile(
            r"^(?:(?:in|on|for|with|to|from|by|against|into|at|among|of) )?"
            r"how (?:many|much|large|big|long|fast|quickly|soon|old|cold|hot|warm|high|deep|far|"
            r"tall|heavy|"
            r"expensive|costly)\b"
            r"|^(?:(?:at|up to|until|from|to) )?what age\b"
            # "What exact number …", "what estimate does the review give": a figure.
            r"|^(?:what|which) (?:exact |precise |approximate |estimated |overall |total )?"
            r"(?:share|percentage|percent|proportion|fraction|number|amount|"
            r"portion|sum|figure|total|volume|population|budget|cost|size|count|rate|fine|"
            r"minimum|maximum|average|estimate|value(?= of\b))\b"
            r"|^(?:what|which) (?:(?!(?:is|are|was|were|do|does|did|has|have|had)\b)[\w'’-]+ )"
            r"{0,3}?(?:tally|headcount|count|volume|toll)\b"
            r"|^(?:what|which)(?: (?:is|was|were|are|has been)|['’]s) (?:the )?(?:[\w'’-]+ ){0,4}?"
            r"(?:number|share|percentage|proportion|amount|total|rate|size|count|figure|"
            r"population|budget|cost|volume|sum|fee|quota|price|salary|wage|level|balance|tally|"
            r"fine|minimum|maximum|average|value|outflow|inflow|turnover|capacity|headcount|"
            r"density|earnings|income|charge|(?:land|surface) area|split|breakdown|ratio)\b"
            r"|^by how much\b|\bin percent\b"
            # "What's the lowest sentence a court can hand down": a span of time.
            r"|^(?:what|which)(?: (?:is|was|were|are)|['’]s)? (?:the )?(?:lowest|highest|"
            r"longest|shortest|most|least|maximum|minimum) (?:[\w-]+ )?(?:sentences?|terms?|"
            r"penalt(?:y|ies)|punishments?|time (?:in|behind) (?:jail|prison|bars)|"
            r"(?:prison|jail) time)\b"
            r"|^by (?:what|which) (?:percentage|percent|share|proportion|amount|margin|factor)\b"
            # "What did the flights cost the government?": a sum of money.
            r"|^what (?:did|does|do|will|would) [^?]*(?<!\bthe )(?<!\ba )(?<!\bof )(?<!\babout )"
            r"\bcost\b(?:\s+(?:the|its|their|them|it|to)\b[^?]*)?\??$"
            # "What corporate tax rate applies", "what monthly wage did they earn": a figure.
            # Words between are its qualifiers, not a verb and its object ("what shapes the fees").
            r"|^(?:what|which) (?:(?!(?:is|are|was|were|do|does|did|has|have|had|the|a|an|its|"
            r"their)\b)[\w'’-]+ ){0,2}?(?:rates?|fees?|wages?|salar(?:y|ies)|capacity|density|"
            r"earnings|income|allocations?|expenditures?|spending)\b(?! (?:the|a|an|its|their)\b)"
            # "What had the headcount risen to by 2021?": the level it reached, a figure.
            r"|^what (?:had|has|have|did|does|do) [^?]{1,60}\b(?:risen|rose|rise|grown|grew|"
            r"grow|fallen|fell|fall|climbed|climb|dropped|drop|increased|increase|decreased|"
            r"decrease|declined|decline|amounted|amount) to\b"
            r"|^what (?:does|do|did|would|will) [^?]*\b(?:pay|earn|charge)s?\b"
            r"(?:\s+(?:per|a|an|each|to|for (?:the|a|an|each))\b[^?]*)?\??$"
        ),
    ),
    (
        DATE,
        re.compile(
            r"^when\b|^(?:until|till|since) when\b|^(?:what|which) (?:years?|dates?|months?|day)\b"
            # "What launch date has been set": the date of the named event
            r"|^(?:what|which) [a-z]+ (?:dates?|years?)\b"
            # "what is opening date for it": an article may be missing
            # "What is the planned opening date": two words may name the event.
            r"|^(?:what|which)(?: (?:is|was|were)|['’]s) "
            r"(?:the |its |their )?(?:[\w'’-]+ ){0,2}?(?:date|year|month)\b"
            r"|^(?:in|on|since|from|by|until) "
            r"(?:which|what) (?:exact |precise |specific )?(?:year|date|month|day)\b"
            r"|^how long ago\b|^since when\b|^(?:for|by|until|till) when\b"
            r"|^(?:for|over|during|up to|until|till|through|in|on|by) (?:which|what) "
            r"(?:exact |precise |specific |span of |period of )?(?:years|dates|months|days)\b"
            r"|^(?:up )?to (?:which|what) year\b|^(?:what|which) (?:span|period|range) of years\b"
        ),
    ),
    (
        PLACE,
        re.compile(
            # "Where online can I read it?" asks for a website, not a place.
            r"^where\b(?! online\b| on ?line\b| on the (?:internet|web)\b)"
            # "Where did the study find gaps?": in what respect, not in which place.
            r"(?![^?]*\b(?:find|finds|found|see|sees|saw|identif\w+|spot\w*|locate\w*) "
            r"(?:\w+ )?(?:gaps?|weakness\w*|shortcomings?|problems?|flaws?|room)\b)"
            r"|^(?:in |to |from |at )?(?:which|what) "
            r"(?:(?!(?:is|are|was|were|do|does|did|has|have|had)\b)\w+ ){0,2}?"
            r"(?:city|cities|region|regions|place|places|town|towns|provinces?|locations?|border|"
            r"oblasts?|districts?|villages?|airports?|ports?|rivers?|capital|"
            r"(?<!web )(?<!e-mail )(?<!email )(?<!internet )(?:street )?address)\b"
            # "What is the most populous city", "the capital of Kyrgyzstan": a place's name.
            r"|^what(?: (?:is|was|are|were)|['’]s) the (?:[\w'’-]+ ){0,3}?(?:capital|city|cities|"
            r"town|administrative cent(?:re|er)|"
            r"(?<!web )(?<!e-mail )(?<!email )(?<!internet )(?:street )?address)\b"
        ),
    ),
    (
        ENTITY,
        re.compile(
            # Not "for which the law raised liability": an article makes a relative clause.
            r"^(?:who|whom|whose)\b|^(?:by|to|with|from|for|of|in) (?:whom|which|what) "
            r"(?:(?!(?:the|a|an)\b)\w+ )?"
            r"(?:organi[sz]ations?|body|bodies|agency|ministry|institutions?|authority|country|"
            r"countries|states?|partners?|ngos?|"
            # "By which decree was it approved", "under which law": the document's name
            r"decrees?|laws?|codes?|resolutions?|agreements?|conventions?|"
            r"programmes?|programs?)\b"
            # "On which government web portal is it posted?", "where online …": the site's name
            r"|^(?:on|at|through|via) (?:which|what) (?:[\w-]+ ){0,2}?(?:portals?|websites?|"
            r"web ?sites?|apps?|applications?|platforms?)\b"
            r"|^where (?:online|on ?line|on the (?:internet|web))\b"
            # Words between are qualifiers, not a verb: "what must a person lack" asks no name.
            # nor a second question word: "what determines what banks charge" asks no bank.
            r"|^(?:which|what) (?:(?!(?:is|are|was|were|do|does|did|has|have|had|will|would|"
            r"can|could|must|should|may|might|shall|what|which|who|how)\b)[\w'’-]+ ){0,2}?"
            r"(?:organi[sz]ations?|body|bodies|agency|agencies|ministry|ministries|institutions?|"
            r"authority|authorities|departments?|banks?|"
            r"company|companies|airlines?|carriers?|firms?|operators?|donors?|"
            r"universit(?:y|ies)|courts?|embass(?:y|ies)|consulates?|foundations?|associations?|"
            r"committees?|commissions?|institutes?|societ(?:y|ies)|"
            r"nationalit(?:y|ies)|citizenships?|"
            r"countries|country|states?|nations?|neighbou?rs?|partners?|ngos?|group|council|mission|"
            # "which Indian Ocean island nation", "which Southeast Asian sultanate": a country
            r"island (?:states?|nations?)|sultanates?|microstates?|kingdoms?|emirates?|"
            r"portals?|websites?|web ?sites?|apps?|applications?|platforms?|treat(?:y|ies)|"
            r"campaigns?|"
            r"programmes?|programs?|laws?|codes?|agreements?|conventions?|decrees?|articles?|"
            r"clauses?|persons?|hospitals?|hotels?|offices?|publish(?:ing|ers?) houses?|"
            r"publishers?)\b"
            # "What will it be called", "what is the platform's name": a name answers.
            r"|^what (?:is|was|will|would|are|were) (?:it|they|this|that|the [\w'’ -]+?) "
            r"(?:be |been )?(?:called|named|known as)\b"
            # "Which are the countries with which …": the countries' names.
            r"|^(?:which|what) (?:is|are|was|were) (?:the )?(?:countries|country|states|nations|"
            r"nationalit(?:y|ies)|citizenships|"
            r"organi[sz]ations?|bodies|body|agenc(?:y|ies)|ministr(?:y|ies)|partners)(?![\w'’-])"
        ),
    ),
]
# Where the question proper starts: its first wh-word, with the preposition before it.
WH_START = re.compile(
    r"\b(?:(?:in|on|since|from|by|until|to|with|for|of) )?(?:how|what|which|when|where|who|whom"
    r"|whose)\b"
)


def as_wh_question(question: str) -> str:
    """ "Name a Caribbean nation on the list" asks what "which Caribbean nation …" asks."""
    return _NAME_ONE.sub("Which ", " ".join(question.split()), count=1)


_NAME_ONE = re.compile(
    r"^(?:(?:can|could) you (?:please )?|please )?name (?:a|an|one|the|any|some|two|three) ",
    re.IGNORECASE,
)


# An auxiliary verb: after "when" it makes "when" the question ("When was the law …"); at the
# start of a sentence it makes a yes/no question ("Do foreigners still …").
AUXILIARY = re.compile(
    r"\s*(?:is|are|was|were|do|does|did|will|would|has|have|had|can|could|should|must|may)\b"
)


# A wh-word inside a statement that ends before the question does ("It set rules on how long
# people are held. Which body proposed them?"); "No. 642" is no end of a statement.
_IN_A_STATEMENT = re.compile(
    r"[^.?!]*?(?<!\bno)(?<!\bart)[.!]\s+[^?]*?\b(?:what|which|who|whom|whose|when|where|how)\b"
)


# A noun or pronoun right before "who"/"which" makes it relative ("everyone who emigrated");
# a conjunction, a verb of asking or a preposition does not.
_RELATIVE_AFTER = re.compile(
    r"(?:^|\s)(?!(?:and|or|but|so|then|also|exactly|precisely|just|is|are|was|were|of|in|on|"
    r"to|for|from|by|with|about|ask|asks|asked|know|tell|say|says|wonder|see|check)\b)"
    r"[a-z'’-]+\s+$"
)
# "Apart from how long …, what else": the first wh-word is set aside, not asked.
SETTING_ASIDE_WORDS = (
    r"apart from|aside from|besides|other than|except(?: for)?|beyond|in addition to"
)
_SETTING_ASIDE = re.compile(rf"(?:^|\b)(?:{SETTING_ASIDE_WORDS})\s*$")

# A verb of saying or knowing before an embedded question: it is asked.
_SAYS_WHICH = re.compile(
    r"\b(?:say|says|said|state|states|stated|mention|mentions|mentioned|specify|specifies|"
    r"specified|indicate|indicates|indicated|tell|tells|told|give|gives|gave|know|explain|"
    r"explains|show|shows|note|notes|reveal|reveals|record|records|report|reports)\s+$"
)
# "Remember when …", "you'll recall how …": a wh-word that opens something the asker recalls.
_RECALLED = re.compile(r"\b(?:remember|remembers|recall|recalls|you know)\s*$")


def asked_clause(question: str) -> str:
    """The question from the wh-phrase that asks, lower-cased; "" when it has none. What
    comes before is context: "The Swiss deal isn't for ordinary passports — which holders
    does it cover?" asks nothing about what was not done. A "when" that opens a clause before
    a comma and another wh-word is a conjunction: "When people emigrate, which region …?"
    asks for a region, not a date."""
    q = as_wh_question(question).lower()
    starts = list(WH_START.finditer(q))
    for n, start in enumerate(starts):
        # A later wh-word after the clause's comma ("When they apply, the conditions match
        # those of which group?").
        later = next((m for m in starts[n + 1 :] if "," in q[start.end() : m.start()]), None)
        clause_before = later is not None and "?" not in q[: later.start()]
        followed = n + 1 < len(starts)  # another wh-word comes after this one
        if (
            start.group() == "when"
            and clause_before
            and not AUXILIARY.match(q, start.end())  # "When was the law, which …, adopted?"
        ):
            continue
        if (
            start.group() in ("who", "whom", "whose", "which")
            and followed
            and _RELATIVE_AFTER.search(q[: start.start()])
        ):
            continue  # "Of everyone who emigrated, what percentage …": a relative pronoun
        if followed and _IN_A_STATEMENT.match(q, start.start()):
            continue  # "… proposals on how long people are held. Which body made them?"
        if followed and _RECALLED.search(q[: start.start()]):
            continue  # "Remember when the students were stuck? Which body …": a memory, not asked
        if clause_before and _SETTING_ASIDE.search(
            q[: start.end() - len(start.group().split()[-1])]
        ):
            continue  # "Apart from how long they are held, what else …?"
        sentence = re.split(r"[.?!:;—]\s+", q[: start.start()])[-1]
        if AUXILIARY.fullmatch(sentence.strip()) or (
            start.group() in ("when", "where")
            and AUXILIARY.match(sentence)
            # "Did the report say when the cards were abolished?" asks when, all the same
            and not _SAYS_WHICH.search(sentence)
        ):
            # "Do foreigners still fill in a card when they enter?" asks whether, not when;
            # "Does how long they stay affect …?" asks whether, not how long.
            continue
        return q[start.start() :]
    return ""


# "How old is the law on foreigners": the day it was adopted, not an age.
_HOW_OLD_A_THING = re.compile(
    r"^how old (?:is |was |are |were )?(?:[\w'’-]+ ){0,3}?(?:laws?|statutes?|codes?|"
    r"agreements?|conventions?|treat(?:y|ies)|decrees?|concepts?|programmes?|programs?|"
    r"plans?|memorand(?:um|a)|acts?|constitution|centres?|centers?|consulates?|portals?)\b"
)


def asks_how_old_a_thing(clause: str) -> bool:
    """ "How old is the law": a date answers, not a span of time."""
    return _HOW_OLD_A_THING.search(clause.lower()) is not None


def expected_type(question: str) -> str | None:
    """The answer type a question's form asks for, or None for open questions."""
    clause = asked_clause(question)
    head = _terse_head(question, clause)
    if head is not None:
        # "Number of Russian citizens who got medical care?": "who" opens a relative clause;
        # the words before it are the terse question.
        clause = ""
        question = head
    if not clause:
        # "Number of trafficking victims identified in 2021?": a terse question with no
        # wh-word asks what its first noun phrase names.
        terse = " ".join(question.lower().split())
        known = next((kind for kind, pattern in _TERSE_FORMS if pattern.search(terse)), None)
        return known or terse_kind(question)
    if _ASKS_WHAT_IT_IS_CALLED.search(clause):
        return ENTITY  # "What's the bank's balance-of-payments indicator called?"
    if _ASKS_WHAT_IT_SAYS.search(clause):
        # "Is there a figure for undocumented stateless people? What is it?": the words
        # before the generic ask say what is wanted.
        context = " ".join(question.lower().split())[: -len(clause)]
        return next((kind for kind, words in _WANTED if words.search(context)), None)
    if asks_how_old_a_thing(clause):
        return DATE
    for kind, pattern in _QUESTION_FORMS:
        if pattern.search(clause):
            return kind
    if _AND_WHEN.search(clause):
        return DATE  # "Which order approved the Standard, and when?": the date is asked too
    if clause.startswith("what ") and asked_measure_unit(clause):
        return NUMBER  # "What was the GDP in US dollars?": a figure in a unit
    return None  # only the asking wh-word says what is asked


def _terse_head(question: str, clause: str) -> str | None:
    """The words before a relative "who" or "which is" ("as whom" asks) that is the
    question's only wh-word, when they ask by themselves ("Number of Russian citizens"); else
    None."""
    if not _RELATIVE_CLAUSE.match(clause) or WH_START.search(clause, 1) is not None:
        return None
    q = " ".join(question.lower().split())
    before = q[: len(q) - len(clause)]
    if not _HEAD_END.search(before) or not _RELATIVE_AFTER.search(before):
        return None
    if WH_START.search(before) or re.search(r"[—–:;?!.]|\s-\s", before):
        return None
    head = before.strip(" ,") + "?"
    known = any(pattern.search(head) for _, pattern in _TERSE_FORMS)
    return head if known or terse_kind(head) is not None else None


_RELATIVE_CLAUSE = re.compile(r"^(?:who|which (?:is|are|was|were|has|have|had))\b")
# The relative pronoun follows a word of the head, with no break before it.
_HEAD_END = re.compile(r"[a-z]{2,}\s+$")
_AND_WHEN = re.compile(r",?\s+and (?:when|in (?:which|what) year)\s*\??$")


_ASKS_WHAT_IT_SAYS = re.compile(
    r"^(?:what|which)(?: (?:is|are|was|were)|['’]s) (?:it|they|that|this|those|them)\s*\??$"
    r"|^what (?:does|did|do) (?:the |this )?(?:review|report|it|they) (?:say|state|give|report)"
    r"\s*\??$"
)
# What the words before a generic ask want: a figure, then a date.
_WANTED = [
    (
        NUMBER,
        re.compile(
            r"\b(?:number|figure|count|total|estimate|share|percentage|percent|proportion|"
            r"split|breakdown|how many|how much|amount|sum)\b"
        ),
    ),
    (DATE, re.compile(r"\b(?:date|year|month|day|deadline|when)\b")),
]
_ASKS_WHAT_IT_IS_CALLED = re.compile(
    r"^(?:what|which)\b[^?]*\b(?:called|named|known as|termed|titled)\s*\??\s*$"
    # "What name will the ecosystem go by?"
    r"|^(?:what|which) name (?:will|would|does|did|do|is|was|has|had)\b[^?]*\b(?:go|goes|went) by"
    r"\s*\??\s*$"
)


_TERSE_FORMS: list[tuple[str, re.Pattern[str]]] = [
    (
        NUMBER,
        re.compile(
            r"^(?:the )?(?:(?:total|estimated|approximate|overall|exact) )?(?:number|count|"
            r"share|percentage|proportion|amount|volume|size) of\b"
            # "Darmen app install count?", "Call volume on the line in 2021?": what is counted,
            # then the word for a count.
            r"|^(?:[\w'’-]+ ){1,3}(?:count|volume|tally|headcount|numbers|figures)\b(?! of\b)"
            r"|\b(?:count|tally|headcount|total|numbers|figures)\s*\??$"
        ),
    ),
    (
        DATE,
        re.compile(
            r"^(?:the )?(?:exact )?(?:date|year|month|day) (?:of|when)\b"
            # "Exact day the memos were signed?"
            r"|^(?:the )?(?:exact|precise) (?:date|day)\b"
            # "Is there a launch date for …", "Almaty Process: founding year?"
            r"|^(?:is there|are there|has there been|was there|any) (?:a |an |any )?(?:[\w-]+ )?"
            r"(?:dates?|deadline|timetable|timeline)\b"
            r"|\b(?:founding|launch|start|adoption|opening|signing) (?:year|date)\s*\??$"
        ),
    ),
    (ENTITY, re.compile(r"^(?:the )?names? of\b")),
    (
        NUMBER,
        re.compile(
            r"(?:^|[.?!:]\s+)give (?:an? |their |its )?(?:estimate|figure|number|count|total|mean|"
            r"average|median)\b"
        ),
    ),
]


def without_source_words(question: str) -> str:
    """The question without the words that say where to look ("according to the review",
    "does the report say"): they carry no meaning a sentence of the report could match, and
    weigh on the question's vector most when the question is short."""
    text = _SOURCE_ASKED.sub("", without_named_source(question))
    return " ".join(text.split()).lstrip(",;: ") or question


def without_named_source(question: str) -> str:
    """The question without a phrase that names the report as its source ("per its GCM
    review"): the review is no topic a sentence must name. What is left still reads as it
    did, unlike a question without its "does the report say"."""
    text = _SOURCE_NAMED.sub("", question)
    return " ".join(text.split()).lstrip(",;: ") or question


# "per its GCM review", "according to Kazakhstan's voluntary review": the report itself.
_SOURCE_NAMED = re.compile(
    r",?\s*\b(?:as (?:named|listed|given|stated|mentioned|said|reported|described|set out) )?"
    r"(?:according to|as per|per|in|going by|based on) (?:the|this|its|their|"
    r"Kazakhstan['’]s|the country['’]s) (?:(?:GCM|voluntary|national|2022) )*(?:review|report)"
    r"\b(?!['’])",
    re.IGNORECASE,
)
_SOURCE_ASKED = re.compile(
    r"\b(?:does|did|do) (?:the|this) (?:review|report) (?:say|state|mention|give|report|cite)\b",
    re.IGNORECASE,
)
