"""Questions in a learner's English ("how many day I can stay", "how many percent public
services"): what they count and what they ask is read as if they were said in full."""

from __future__ import annotations

from reportqa.counting import counted_noun, counted_words
from reportqa.shorthand import spelled_out
from tiny_report import tiny_assistant


def test_a_pronoun_ends_what_is_counted() -> None:
    assert counted_words("how many day I can stay in Zembla without visa?") == ["day"]
    assert counted_noun("how many day I can stay in Zembla without visa?") == "day"
    assert counted_noun("How many days can they stay?") == "days"


def test_how_many_percent_asks_for_a_share(tmp_path, fake_embedder) -> None:
    assert spelled_out("how many percent public service is on the portal?") == (
        "what percentage of public service is on the portal?"
    )
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "By the end of 2021, 94% of public services in Zembla were accessible through a "
        "special e-government portal.\n\nVisas are issued in five days.\n",
    )
    answer = assistant.ask(
        "how many percent public service in Zembla was accessible on special e-government "
        "portal by end of 2021?"
    )
    assert not answer.refused and answer.short_answer == "94%"


def test_a_bare_verb_ends_what_is_counted() -> None:
    assert counted_words("how many citizen return home in 2021?") == ["citizen"]
    assert counted_noun("how many return flights were there?") == "flights"


def test_a_singular_counts_what_its_plural_counts(tmp_path, fake_embedder) -> None:
    from reportqa.counting import equivalents

    assert {"persons", "people", "citizens"} <= equivalents("person")
    assert {"types", "categories"} <= equivalents("type")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "About 80 citizens of Zembla were evacuated from unstable regions of Syria.\n\n"
        "Visas are issued in five days.\n",
    )
    answer = assistant.ask(
        "how many person of Zembla was evacuated from unstable regions of Syria?"
    )
    assert not answer.refused and answer.short_answer == "About 80"


def test_how_many_year_asks_about_time(tmp_path, fake_embedder) -> None:
    from reportqa.asked_details import asks_about_time

    assert asks_about_time("after how many year I can apply for citizenship?")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Stateless persons legally residing in Zembla may apply for naturalisation after 5 "
        "years of residence.\n\nVisas are issued in five days.\n",
    )
    answer = assistant.ask(
        "stateless persons residing in Zembla, after how many year they may apply for "
        "naturalisation?"
    )
    assert not answer.refused and answer.short_answer == "5"


def test_a_topic_then_is_free_asks_whether(tmp_path, fake_embedder) -> None:
    from reportqa.terse import terse_kind

    assert terse_kind("foreigners from EAEU, emergency medical care is free?") is None
    assert terse_kind("Year the Almaty Process was launched?") == "date"
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "For foreigners from EAEU, emergency medical care is provided free of charge in 2 "
        "days.\n\nVisas are issued in five days.\n",
    )
    answer = assistant.ask("foreigners from EAEU, emergency medical care is free?")
    assert not answer.refused and "free of charge" in answer.answer
