"""How a question is read into its `Demands`: once per question, from its form and words
(what kind of answer, which figures and names, what is counted, singled out or claimed).
`demands.py` then checks each candidate sentence against them.
"""

from __future__ import annotations

import re

from reportqa.answer_types import (
    DATE,
    ENTITY,
    FIGURE,
    MONTH,
    NUMBER,
    PLACE,
)
from reportqa.asked_details import (
    asked_date_unit,
    asked_reference_kind,
    asks_about_time,
    asks_for_a_currency,
    asks_for_a_language,
    asks_for_a_persons_age,
    asks_for_a_price,
    asks_for_an_age,
    asks_for_an_estimate,
    asks_for_an_ordinal,
    asks_for_duration,
    asks_for_money,
    asks_for_share,
    asks_what_was_not_done,
    exact_figures,
)
from reportqa.asked_names import (
    asked_acronym,
    asks_below_country,
    asks_for_a_country,
    asks_for_a_name,
    asks_for_a_person,
    named_app,
    named_class,
)
from reportqa.context import (
    asked_sentence,
    asks_through_what_it_tells,
    claim_as_question,
    last_sentence,
    offered_figures,
    tells_before_asking,
)
from reportqa.counting import (
    counted_noun,
    measured_noun,
)
from reportqa.demands import Demands
from reportqa.enumerations import (
    asks_to_enumerate,
    enumerated_count,
)
from reportqa.lexical import tokenize
from reportqa.milestones import (
    asked_contrasts,
    asked_events,
    asks_about_talks,
    asks_about_the_future,
    asks_of_a_document,
)
from reportqa.places import countries_named
from reportqa.questions import asked_clause, without_named_source
from reportqa.rankings import asks_for_top
from reportqa.required_words import required_of
from reportqa.shares import share_base
from reportqa.singled_out import set_aside_first, set_aside_from_count, singled_out
from reportqa.stated_details import asks_before_a_change
from reportqa.support import YEAR, Discourse
from reportqa.titles import (
    asks_for_a_phone_number,
    asks_for_a_web_address,
    asks_where_online,
    codes_named,
    quoted_titles,
)
from reportqa.wholes import asks_of_places, given_whole

_NAME_OF_QUESTION = re.compile(
    r"\bwhat (?:is|was|are|were) the (?:[\w-]+ )?(?:name|title)s? of\b"
    # "EAEU digital jobs platform — name?": the name asked tersely
    r"|[—–:]\s*(?:its |the |their |full |official )?(?:name|title)s?\s*\??\s*$",
    re.IGNORECASE,
)


def _years(figures: frozenset[str]) -> frozenset[str]:
    return frozenset(n for n in figures if YEAR.fullmatch(n))


def demands_of(
    question: str,
    kind: str | None,
    discourse: Discourse,
    *,
    paraphrase_similarity: float,
    name_similarity: float,
) -> Demands:
    """Read the question's demands once; the thresholds excuse paraphrases of counted words
    and of names (calibrated on dev, see ComposerSettings)."""
    of_a_class = asks_for_a_name(question, kind)  # "which city", "which ministry"
    # "What is the name of the system": a name answers, whatever the form says of its kind.
    named = of_a_class or _NAME_OF_QUESTION.search(question) is not None
    words = frozenset(w.lower() for w in re.findall(r"[\w-]+", question))
    share = kind == NUMBER and asks_for_share(question)
    reference = asked_reference_kind(question) if kind == NUMBER else ""
    # A claim or a scenario told before the question gives its topic, not what the answer must
    # hold ("A story says they were evacuated from Iraq. From which countries …?"): the names
    # and words required of a sentence are the asking sentence's.
    asked = asked_sentence(question)
    told = tells_before_asking(question) and not asks_through_what_it_tells(question)
    # "A draft says 60 victims were identified. What figure does it give?": the claim asked
    # as a question says what is counted; its figure is the one to check.
    claimed = claim_as_question(question) if kind == NUMBER else None
    # "per its GCM review" names the report itself, no topic of a sentence.
    checked = without_named_source(claimed or (asked if told else question))
    framed = last_sentence(question) if told else question
    enumeration = asks_to_enumerate(checked)  # "name the 20 countries"
    # "The number of the telephone line of trust" names the line, it counts no lines.
    dialled = asks_for_a_phone_number(question)
    required = required_of(
        discourse,
        question,
        checked,
        kind,
        claimed,
        # "The number of this decree" names the decree (No. 642); it counts no decrees.
        names_a_thing=dialled or reference != "",
        paraphrase_similarity=paraphrase_similarity,
        name_similarity=name_similarity,
    )
    return Demands(
        kind=kind,
        checked_kind=None if reference else kind if kind in (NUMBER, DATE) or named else None,
        reference=reference,
        # A preface's year frames what is asked ("Pandemic year one (2020): how many …"); its
        # other figures may be a claim's ("a claim of '10,000 stateless people': …").
        # A claim's years may be what is wrong with it, as its figures may.
        numbers=(exact_figures(asked if claimed else checked) | _years(exact_figures(framed)))
        - offered_figures(framed),
        given=frozenset(n.replace(",", "") for n in FIGURE.findall(question)),
        months=frozenset(m.lower() for m in MONTH.findall(question)),
        words=words,
        stems=frozenset(tokenize(" ".join(words))),
        date_unit=asked_date_unit(question) if kind == DATE else "",
        timed=asks_about_time(question),
        age=asks_for_an_age(question),
        of_age=asks_for_a_persons_age(checked),
        # "How old were they", "at what age": an age answers, not a span of time.
        duration=asks_for_duration(checked) and not asks_for_an_age(checked),
        ordinal=kind == NUMBER and asks_for_an_ordinal(question),
        before_change=asks_before_a_change(question),
        money=kind == NUMBER and asks_for_money(checked),
        price=kind == NUMBER and asks_for_a_price(checked),
        share=share,
        share_of=share_base(checked) if share else None,
        acronym=asked_acronym(question),
        named=named,
        person=asks_for_a_person(question),
        named_class=named_class(question) if of_a_class else named_app(question),
        # A milestone matters to when and who questions; an open question may ask what it was.
        events=tuple(asked_events(question, dated=kind == DATE))
        if kind in (DATE, ENTITY, PLACE)
        else (),
        contrasts=tuple(asked_contrasts(question)),
        required=tuple(required),
        # The whole a share is taken of ("what share of Kazakhstan's population") is measured
        # as much as a balance is.
        measured=(measured_noun(question) or (counted_noun(question) if share else None))
        if kind == NUMBER
        else None,
        asks_below_country=kind == PLACE and asks_below_country(question),
        countries=frozenset(countries_named(checked, discourse)),
        countries_aside=frozenset(countries_named(set_aside_first(checked), discourse)),
        counted_aside=frozenset(
            t for t in tokenize(set_aside_from_count(checked)) if not discourse.common(t)
        ),
        asks_for_country=kind in (ENTITY, PLACE) and asks_for_a_country(question),
        negated=asks_what_was_not_done(question),
        language=asks_for_a_language(question),
        currency=asks_for_a_currency(question),
        titles=quoted_titles(question, discourse),
        codes=codes_named(checked),
        web_address=asks_for_a_web_address(question),
        online=asks_where_online(question),
        # "With respect to the most recent arrangement, on what date …": a preface's ranking
        # says which thing is meant; only the asking clause asks for a leader.
        top=asks_for_top(asked_clause(question) or question),
        whole=given_whole(checked) if kind == NUMBER else None,
        whole_of_places=asks_of_places(question),
        enumerate=enumeration,
        set_size=enumerated_count(checked) if enumeration else (),
        alone=singled_out(checked) if kind == NUMBER else frozenset(),
        dialled=dialled,
        document_asked=asks_of_a_document(question),
        estimate=kind == NUMBER and asks_for_an_estimate(question),
        future=kind == DATE and asks_about_the_future(checked),
        concluded=not asks_about_talks(question),
        question=question,
    )
