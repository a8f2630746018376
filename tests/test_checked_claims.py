"""A fact-checker's "Is it true that 120 honorary consuls work abroad?": the claimed figure may
be the wrong one, so the question asks for the figure the report gives; what is counted, and
the year, must still be the report's."""

from __future__ import annotations

from reportqa.context import claim_as_figure_question
from tiny_report import preferred_order, tiny_assistant

_CONSULS = (
    "Along with this, there are 106 Honorary Consuls of Zembla working abroad.\n\n"
    "In total, more than 5,500 materials on trafficking were published in 2021.\n"
)


def test_a_checked_figure_is_asked_as_the_reports_figure() -> None:
    assert claim_as_figure_question("Is it true that Zembla has 120 honorary consuls?") == (
        "Zembla has how many honorary consuls?"
    )
    assert claim_as_figure_question("Did the report say 46% of the migrants were women?") == (
        "What percentage of the migrants were women?"
    )
    # Numbers that name or time something are not claimed counts.
    for question in (
        "Is it true that Article 83 gives Kandas free care?",
        "Is it true that the helpline works 24/7?",
        "Is it true that Decree No. 642 set up the consulate?",
        "Is it true that the helpline number is 116 16?",
        "How many honorary consuls are there?",
    ):
        assert claim_as_figure_question(question) == question


def test_a_wrong_claimed_figure_gets_the_reports_figure(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(tmp_path, fake_embedder, _CONSULS)
    answer = assistant.ask(
        "Is it true that there are 120 Honorary Consuls of Zembla working abroad?"
    )
    assert not answer.refused and answer.short_answer == "106"
    # The claimed count is of victims; the report's 5,000-odd are materials.
    assert assistant.ask(
        "Is it true that more than 5,500 victims of trafficking were published in 2021?"
    ).refused


def test_a_checked_milestone_date_is_asked_as_when(tmp_path, fake_embedder) -> None:
    assert claim_as_figure_question("Is it true that the consulate was established in 2019?") == (
        "The consulate was established when?"
    )
    assert claim_as_figure_question("Is it true that the plan runs until 2025?") == (
        "The plan runs until when?"
    )
    # The year of a state says which figure is meant: it is not the claim being checked.
    question = "Is it true that Zembla was on the watch list in 2020?"
    assert claim_as_figure_question(question) == question
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Consulate General of Zembla in Busan was established by Presidential Decree No. 642 "
        "dated 20 August 2021.\n\nMigration cards have been abolished for all foreigners.\n",
    )
    answer = assistant.ask(
        "Is it true that the Consulate General of Zembla in Busan was established in 2019?"
    )
    assert not answer.refused and answer.short_answer == "20 August 2021"
    assert assistant.ask(
        "Is it true that migration cards were abolished for all foreigners in 2019?"
    ).refused


def test_did_the_report_say_when_asks_when() -> None:
    from reportqa.questions import expected_type

    assert expected_type("Did the report say when migration cards were abolished?") == "date"
    assert expected_type("Do foreigners still fill in a card when they enter?") is None


_POPULATION = (
    "According to UNHCR, 7,118 persons hold stateless status in Zembla at the beginning of "
    "2021.\n\n"
    "From 2017 to 2021, the population number has grown from 17,918.2 thousand people to "
    "19,125.6 thousand people.\n"
)


def test_a_threshold_passed_is_a_bound_and_its_size_points_to_the_figure(
    tmp_path, fake_embedder
) -> None:
    from reportqa.asked_details import exact_figures

    asked = "Did Zembla's population pass 19 million by 2021, and what exact figure is given?"
    assert exact_figures(asked) == frozenset({"2021"})  # 19 million is no figure to find
    assert exact_figures("Did 19 regions sign?") == frozenset({"19"})
    # A range said approximately gives neither end exactly.
    assert exact_figures("Why did flows drop around 2020-2021?") == frozenset()
    assert exact_figures("Why did flows drop in 2020-2021?") == frozenset({"2020", "2021"})
    assistant = tiny_assistant(tmp_path, fake_embedder, _POPULATION)
    stateless, population = assistant.index.sentences
    scored = [(stateless, 0.6), (population, 0.52)]
    # 19,125.6 thousand is the size claimed; 7,118 is not.
    assert preferred_order(assistant, asked, "number", scored) == [population, stateless]
    asked = "How many stateless persons were there at the beginning of 2021?"
    assert preferred_order(assistant, asked, "number", scored) == [stateless, population]
