"""The words a sentence must hold to answer a question, gathered from every reading of it: what
it counts, the names it gives, what was done or given, the offence, the span, the scope, and
what a claim being checked takes as given. Each reading lives in its own module; this one only
puts them together, so that `demands_of` reads the question's form and this its words.
"""

from __future__ import annotations

from reportqa.context import claim_topic
from reportqa.counted_acts import action_requirement, given_thing_requirement, state_requirement
from reportqa.requirements import (
    Requirement,
    counted_requirement,
    event_frame_requirement,
    name_requirements,
    options_requirement,
    part_requirement,
    ranked_requirement,
    whole_requirement,
)
from reportqa.stated_details import (
    average_requirement,
    change_requirement,
    citizenship_requirement,
    duration_requirement,
    frequency_requirement,
    funding_requirement,
    kind_named_requirement,
    meaning_requirement,
    measure_unit_requirement,
    newly_requirement,
    offence_requirement,
    part_of_year_requirement,
    penalty_requirement,
    process_requirement,
    role_requirement,
    source_requirement,
    split_requirement,
    still_requirement,
    world_requirement,
)
from reportqa.support import Discourse
from reportqa.titles import line_topic_requirement


def required_of(
    discourse: Discourse,
    question: str,
    checked: str,
    kind: str | None,
    claimed: str | None,
    *,
    names_a_thing: bool,
    paraphrase_similarity: float,
    name_similarity: float,
) -> list[Requirement]:
    """Every requirement of the `checked` part of the question (its asking sentence, or the
    claim asked as a question), plus what a claim told before it takes as given.
    `names_a_thing`: the number of a telephone line or of a decree names it, it counts
    nothing."""
    para = paraphrase_similarity
    counted = (
        []
        if names_a_thing
        else counted_requirement(discourse, checked, kind, paraphrase_similarity=para)
    )
    return (
        counted
        + name_requirements(discourse, checked, name_similarity=name_similarity)
        + funding_requirement(checked, kind)
        + part_requirement(discourse, checked, paraphrase_similarity=para)
        + whole_requirement(discourse, checked, paraphrase_similarity=para)
        + offence_requirement(discourse, checked, paraphrase_similarity=para)
        + source_requirement(discourse, checked, kind, paraphrase_similarity=para)
        + event_frame_requirement(discourse, checked, paraphrase_similarity=para)
        + given_thing_requirement(discourse, checked, paraphrase_similarity=para)
        + action_requirement(discourse, checked, paraphrase_similarity=para)
        + state_requirement(discourse, checked, paraphrase_similarity=para)
        + duration_requirement(checked)
        + process_requirement(discourse, checked)
        + part_of_year_requirement(checked)
        + still_requirement(checked)
        + newly_requirement(checked)
        + kind_named_requirement(checked)
        + split_requirement(discourse, checked)
        + meaning_requirement(checked)
        + world_requirement(checked)
        + options_requirement(discourse, checked, paraphrase_similarity=para)
        + average_requirement(checked)
        + change_requirement(checked)
        + ranked_requirement(discourse, checked, paraphrase_similarity=para)
        + measure_unit_requirement(checked)
        + frequency_requirement(checked)
        + penalty_requirement(checked)
        + role_requirement(checked)
        + citizenship_requirement(checked)
        + line_topic_requirement(discourse, checked, paraphrase_similarity=para)
        + _claim_requirements(
            discourse,
            question,
            kind,
            claimed,
            paraphrase_similarity=para,
            name_similarity=name_similarity,
        )
    )


def _claim_requirements(
    discourse: Discourse,
    question: str,
    kind: str | None,
    claimed: str | None,
    *,
    paraphrase_similarity: float,
    name_similarity: float,
) -> list[Requirement]:
    """What a claim takes as given, beyond the figure or date it doubts, the answer must be
    about: its names, what it counts, the event it frames ("Austria", "criminal cases",
    "during the unrest"). Not when the claim is already what is checked (`claimed`)."""
    topic = None if claimed else claim_topic(question, kind)
    if topic is None:
        return []
    para = paraphrase_similarity
    return (
        counted_requirement(discourse, topic, kind, paraphrase_similarity=para)
        + name_requirements(discourse, topic, name_similarity=name_similarity)
        + event_frame_requirement(discourse, topic, paraphrase_similarity=para)
    )
