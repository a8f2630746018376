"""What was done to those counted, in the report's other words; a figure claimed in words; a
topic counted by a "how many" after it; a milestone asked as "set it up"; a count of reports."""

from __future__ import annotations

from reportqa.assistant import as_read
from tiny_report import tiny_assistant

_STATELESS = (
    "Thus, as of 1 January 2022, 7,140 persons were officially stateless in the Republic of "
    "Zembla.\n\n"
    "According to UNHCR, 7,118 persons hold stateless status in Zembla at the beginning of 2021."
    "\n\nThe Red Crescent runs a programme for migrant detainees in reception centres.\n\n"
    "Stateless persons may apply for naturalisation after 5 years of residence.\n"
)


def test_a_figure_claimed_in_words_is_asked_as_the_reports_figure() -> None:
    assert as_read(
        "Is it true that several hundred stateless people were naturalised in 2021?"
    ) == ("How many stateless people were naturalised in 2021?")
    assert as_read("Is it true that dozens of consulates were opened?") == (
        "How many consulates were opened?"
    )
    assert as_read("Is it true that the helpline works a few hours only?") == (
        "Is it true that the helpline works a few hours only?"
    )


def test_an_act_the_report_says_in_another_form_must_be_said(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(tmp_path, fake_embedder, _STATELESS)
    # "detained": the report says "detainees", and 7,140 stateless persons were not detained.
    assert assistant.ask(
        "How many persons were detained by the authorities in Zembla in January 2022?"
    ).refused
    # Admitted to citizenship is a thing given: those holding stateless status were not.
    assert assistant.ask(
        "How many stateless persons were admitted to citizenship in Zembla in 2021?"
    ).refused


def test_who_gives_a_service_is_no_kind_of_service() -> None:
    from reportqa.counted_acts import given_thing_requirement

    # A stand-in for the report's words: every word is used, as its first six letters.
    class _Words:
        def forms(self, words):
            return [frozenset([w[:6]]) for w in words]

    requirements = given_thing_requirement(
        _Words(),
        "How many victims were given state social services?",
        paraphrase_similarity=0.7,
    )
    stems = [r.stems() for r in requirements]
    assert frozenset(["social"]) in stems
    assert frozenset(["state"]) not in stems


def test_a_topic_then_how_many_counts_the_topic() -> None:
    assert as_read("Emigrants to Russia 2021 — how many?") == "How many emigrants to Russia 2021?"
    assert as_read("Repatriation flights in 2021: how many?") == (
        "How many repatriation flights in 2021?"
    )
    # A told sentence is no topic.
    question = "Zembla signed visa agreements with many countries — how many?"
    assert as_read(question) == question


def test_set_it_up_asks_when_it_was_established(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Government of Zembla established the Coordinating Council for Sustainable "
        "Development, which coordinates measures.\n"
        "In 2019, the World Bank prepared a Zembla Roadmap for Monitoring the Sustainable "
        "Development Goals for 2020-2022.\n",
    )
    assert assistant.ask(
        "That Coordinating Council for Sustainable Development, when exactly did the "
        "government set it up? What year?"
    ).refused


def test_a_count_that_leaves_something_out_is_not_its_figure(tmp_path, fake_embedder) -> None:
    from reportqa.singled_out import set_aside_from_count

    question = "Zembla runs how many consular posts abroad in total, not counting honorary consuls?"
    assert set_aside_from_count(question) == "honorary consuls"
    assert set_aside_from_count("Which posts, not counting honorary consuls?") == ""
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "There are currently 96 consular establishments in 70 countries around the world.\n"
        "Along with this, there are 106 Honorary Consuls of Zembla working abroad.\n",
    )
    reasons = [r.reason for r in assistant.explain(question).rejected]
    assert "counts what the question leaves out" in reasons
    assert assistant.ask(question).short_answer != "106"


_MISSING = (
    "In 2021, the territorial police units received 14 reports of foreign nationals who were "
    "missing in Zembla, of whom 12 were identified.\n\n"
    "In 2021, 2,990 foreigners and stateless persons were provided medical care in Zembla.\n\n"
    "More than 700 victims of human trafficking have been covered with special services.\n"
)


def test_a_count_of_reports_answers_how_many_were_reported(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(tmp_path, fake_embedder, _MISSING)
    answer = assistant.ask("How many foreigners were reported missing in Zembla in 2021?")
    assert not answer.refused and "14 reports" in answer.answer
    # What they were reported as must be said near the reports: these were missing, not
    # victims of trafficking.
    assert assistant.ask("How many foreigners were reported as victims of trafficking?").refused


def test_victims_of_an_act_are_those_it_was_done_to(tmp_path, fake_embedder) -> None:
    from reportqa.answer_types import quantity_units

    text = "Over five years, more than 700 victims of human trafficking were helped."
    assert "victims human trafficking" in quantity_units(text)
    assistant = tiny_assistant(tmp_path, fake_embedder, text + "\n")
    explanation = assistant.explain("How many people trafficked got help over five years?")
    assert [c.sentence.id for c in explanation.candidates] == [0]
