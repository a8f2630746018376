"""What a question demands of a sentence before the sentence may answer it.

The composer reads the question once into `Demands`; each sentence of the retrieved passages
is then checked against them. A check that fails names its reason, so that `reportqa ask
--explain` can say why the closest sentences were not taken as the answer. Every check is a
generic rule about question forms ("in which month" needs a month), never about one question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportqa.answer_types import (
    DATE,
    NUMBER,
    ORDINAL,
    PLACE,
    acronym_expansion,
    holds_date,
    holds_money,
    holds_share,
    holds_type,
    names_a_reference,
    only_spans_of_time,
    quantities,
    says_free,
    states_a_span,
)
from reportqa.asked_details import (
    says_an_age,
    says_an_estimate,
    says_not_done,
)
from reportqa.asked_names import (
    names_one_of,
)
from reportqa.counting import (
    measures_another,
)
from reportqa.enumerations import (
    holds_enumeration,
    says_size,
)
from reportqa.gazetteer import (
    names_a_currency,
    names_a_language,
    names_another_country,
    only_other_countries,
)
from reportqa.milestones import (
    dates_only_documents,
    names_another_event,
    only_in_talks,
    speaks_of_the_future,
)
from reportqa.model import Sentence
from reportqa.places import countries_named, names_only_countries
from reportqa.proper_names import holds_person_name
from reportqa.rankings import ranks
from reportqa.requirements import Requirement
from reportqa.shares import shares_of_another
from reportqa.singled_out import joined_with_another
from reportqa.stated_details import speaks_of_now
from reportqa.support import UNITS, Discourse
from reportqa.titles import (
    gives_a_number_to_dial,
    gives_a_web_address,
    names_a_site,
    names_another_code,
    says_titles,
)
from reportqa.wholes import counts_places_only, states_a_part
from reportqa.year_frames import figures_said_near


@dataclass(frozen=True, slots=True, kw_only=True)
class Demands:
    """The question's demands, read once per question."""

    kind: str | None  # the answer type of the question form (NUMBER, DATE, ENTITY, PLACE)
    checked_kind: str | None  # the type a sentence must hold: open questions check none
    reference: str  # "the number of the decree": a number that names a decree answers
    numbers: frozenset[str]  # figures and years the question names exactly
    given: frozenset[str]  # every figure the question names, exact or not: none is the answer
    months: frozenset[str]
    words: frozenset[str]  # every word of the question, lower-cased
    stems: frozenset[str]  # their stems, compared with the stems of a sentence's names
    date_unit: str  # "month" or "day" when that precision is asked
    timed: bool  # "how fast", "how many days": a span of time may be the figure asked
    age: bool  # "at what age": an age in words ("school age") answers as well as a figure
    of_age: bool  # "at what age can they retire": a sentence must give an age
    duration: bool  # "how long can they stay": a span, not the period a count covers
    ordinal: bool  # "at which meeting (what number)": an ordinal answers ("the 55th")
    before_change: bool  # "before penalties were raised": how things are now does not say
    money: bool
    price: bool  # "how much are they charged": "free of charge" answers
    share: bool
    share_of: str | None  # "what share of the population": one third of children is not it
    acronym: str | None
    named: bool  # "which city / airline": a name the question does not give
    person: bool  # "who was the minister": a person's name
    named_class: str  # "which ministry": a body whose name says what it is
    events: tuple[re.Pattern[str], ...]  # the milestones asked (signing, entry into force …)
    contrasts: tuple[tuple[int, tuple[re.Pattern[str], ...]], ...]  # minimum vs maximum …
    required: tuple[Requirement, ...]  # words that must be found near the sentence
    measured: str | None  # "what was the population …": the noun whose figure is asked
    asks_below_country: bool  # "which city / region": a country does not answer
    countries: frozenset[str]  # the countries the question names (stems)
    countries_aside: frozenset[str]  # "alongside Uzbekistan, …": named, but not asked about
    counted_aside: frozenset[str]  # "not counting honorary consuls": stems left out of a count
    asks_for_country: bool  # "which country / nationality": a country's name answers
    negated: bool  # "how many states declined to sign": what did not happen is asked
    language: bool  # "in which languages": a language's name answers
    currency: bool  # "which currency": a currency's name or code answers
    titles: tuple[str, ...]  # quoted titles the report uses: the one quoted is meant
    codes: tuple[str, ...]  # "the Criminal Code": the Criminal Procedure Code is another
    web_address: bool  # "what is the web address of …": an address answers, not a name
    online: bool  # "where online can people find it": a site answers
    top: str  # "which bank handled the largest volume": the sentence must rank
    whole: float | None  # "how many of the 96 establishments": a part is smaller
    whole_of_places: bool  # "of the 70 countries, how many": a count of places may be a part
    enumerate: bool  # "name the 20 countries": the sentence must list, not count
    set_size: tuple[str, ...]  # "the 20 countries": the list must be of a set that size
    alone: frozenset[str]  # "from Syria alone": a figure of Syria with another is not Syria's
    dialled: bool  # "what phone number should people dial": digits answer
    document_asked: bool  # "when was the Decision adopted": a cited document's date answers
    estimate: bool  # "how many are estimated to live there": an official count is no estimate
    future: bool  # "when is the next election": a sentence about the past does not date it
    concluded: bool  # "which countries let them in without a visa": talks under way do not say
    question: str

    def form_fault(self, sentence: Sentence, discourse: Discourse) -> str | None:
        """Why the sentence cannot answer, judged from its text and neighbours alone; None if
        it can."""
        text, sid = sentence.text, sentence.id
        if self.reference and not names_a_reference(text, self.given, self.reference):
            return "gives no reference number"  # "Decree No. 642" for "the decree's number"
        free = self.price and says_free(text) is not None  # a price of nothing
        # "From what age …": "from an early age" answers in words.
        worded = free or (self.age and _AGE_IN_WORDS.search(text) is not None)
        # "At which meeting": "the 55th" says which one, which no count does.
        worded = worded or (self.ordinal and ORDINAL.search(text) is not None)
        if not worded and not holds_type(text, self.checked_kind, known=self.given | self.months):
            return f"holds no {self.checked_kind.lower() if self.checked_kind else 'answer'}"
        if self.whole:
            figures = quantities(text)
            if not states_a_part(figures, self.whole):
                return "gives no part of the whole asked"  # 106 consuls of 96 establishments
            if not self.whole_of_places and counts_places_only(text, figures, self.whole):
                return "counts the places the whole is in"  # "96 establishments in 70 countries"
        if self.enumerate and not (holds_enumeration(text) or discourse.lead_in(sid) is not None):
            return "lists nothing"  # "the Law … (15 categories)" names none of them
        if self.set_size and not says_size(self.set_size, sid, text, discourse):
            return "lists another set"  # countries in talks are not the 20 with agreements
        if self.date_unit and not holds_date(text, known=self.months, unit=self.date_unit):
            return f"gives no {self.date_unit}"  # "in which month": a year alone does not say
        if not self.document_asked and self.checked_kind == DATE and dates_only_documents(text):
            return "dates only the documents it cites"  # "the Decision … of 8 September 2016"
        if self.acronym is not None and acronym_expansion(text, self.acronym) is None:
            return f"does not spell out {self.acronym}"
        if self.person and not holds_person_name(text, given=self.words):
            return "names no person"  # names the ministry, not the minister
        if self.named and not discourse.new_name(text, self.question, place=self.kind == PLACE):
            return "names nothing the question does not"
        if self.named_class and not names_one_of(self.named_class, text):
            return f"names no {self.named_class}"
        if (
            self.checked_kind == NUMBER
            and not self.timed
            and only_spans_of_time(text, known=self.given)
        ):
            return "gives only a span of time"  # "within 5 seconds" counts no users
        if self.share and not holds_share(text):
            return "gives no share"  # a count does not give a share
        if self.share_of and shares_of_another(text, self.share_of):
            return "gives a share of another whole"
        if self.duration and not states_a_span(text):
            return "gives no span of time"  # "over the past five years, 700 victims"
        if self.of_age and not says_an_age(text):
            return "gives no age"  # "after 5 years of residence" is no age to marry at
        if self.estimate and not says_an_estimate(text):
            return "gives no estimate"  # "7,140 persons were officially stateless"
        if self.counted_aside and self.counted_aside <= discourse.near(sid, UNITS):
            return "counts what the question leaves out"  # "106 Honorary Consuls"
        if self.money and not free and not holds_money(text):
            return "gives no sum of money"  # a head count does not answer a question on money
        dated = self.checked_kind == DATE
        if self.events and names_another_event(text, list(self.events), dated=dated):
            return "is about another milestone"  # dates the signing, not the entry into force
        if self._about_another_of_a_series(sid, discourse):
            return "is about another of a series"  # the maximum when the minimum is asked
        if self.dialled and not gives_a_number_to_dial(text):
            return "gives no number to call"
        if self.web_address and not gives_a_web_address(text):
            return "gives no web address"  # "posted on the BNS website" does not say where
        if self.online and not names_a_site(text):
            return "names no site"  # "free access to information" does not say where
        if self.titles and not says_titles(self.titles, sid, discourse):
            return "does not name the quoted title"  # another campaign with similar words
        if self.codes and names_another_code(text, self.codes):
            return "names another code"  # the Criminal Procedure Code, not the Criminal Code
        if self.top and not ranks(text, self.top):
            return "does not say which leads"
        if self.language and not names_a_language(text, given=self.words):
            return "names no language"
        if self.currency and not names_a_currency(text):
            return "names no currency"
        if self.negated and not says_not_done(text):
            return "says nothing was not done"  # "103 states signed" does not count refusals
        if self.numbers and not self.numbers <= figures_said_near(
            discourse, sid, text, self.question
        ):
            return "lacks a figure or year the question names"
        if self.asks_below_country and names_only_countries(text, self.stems, discourse):
            return "names countries, not a city or region"
        if self.asks_for_country or self.countries:
            named = countries_named(text, discourse)
            if self.asks_for_country and not names_another_country(named, self.countries):
                return "names no country the question does not"
            asked = self.countries - self.countries_aside or self.countries
            if self.countries and only_other_countries(named, asked):
                return "is about other countries"
        if any(joined_with_another(text, name) for name in self.alone):
            return "counts what is asked together with another"  # Afghanistan and Syria
        if self.concluded and only_in_talks(text):
            return "is about talks not concluded"
        if self.before_change and speaks_of_now(text):
            return "says how it is now"  # "nowadays … up to 18 years": not before the change
        if self.future and not speaks_of_the_future(text):
            return "speaks only of the past"  # "established by Decree … dated 20 August 2021"
        if self.measured and measures_another(text, self.measured, self.stems):
            return f"gives the {self.measured} of something else"
        return None

    def lead_fault(self, lead: tuple[Sentence, ...], discourse: Discourse) -> str | None:
        """Why the sentences a candidate continues keep it from answering: "This punishment
        is severe" after "up to 18 years" is about the maximum, when the minimum is asked."""
        if any(self._about_another_of_a_series(s.id, discourse) for s in lead):
            return "is about another of a series"
        return None

    def _about_another_of_a_series(self, sid: int, discourse: Discourse) -> bool:
        return any(discourse.names_another_of(sid, w, g) for w, g in self.contrasts)

    def unmet(
        self, sid: int, semantic: float, lead: tuple[Sentence, ...], discourse: Discourse
    ) -> Requirement | None:
        """The first requirement the words near the sentence do not meet (it counts something
        else, or is about another place, body or law); None if they meet them all."""
        near: dict[str, frozenset[str]] = {}  # each scope's words, gathered once
        for scope in {req.scope for req in self.required}:
            near[scope] = discourse.near(sid, scope, lead)
        words_here = discourse.tokens[sid]
        for req in self.required:
            if not req.met(near[req.scope], semantic, words_here):
                return req
        return None


_AGE_IN_WORDS = re.compile(r"\b(?:early|young|school|working|retirement|pension|old|adult) age\b")
