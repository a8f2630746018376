"""Claims being checked (the fact-checker's form): who tells them, where the ask is, what the
claim doubts and what it takes as given."""

from __future__ import annotations

from reportqa.asked_details import gives_a_distinctive_figure
from reportqa.context import asked_sentence, claim_as_question
from reportqa.questions import expected_type
from tiny_report import tiny_assistant


def test_a_claim_told_after_the_ask_is_not_what_asks() -> None:
    asked = "How many citizens were evacuated from Syria?"
    assert asked_sentence(f"{asked} Our draft says 150.") == asked
    assert asked_sentence(f"{asked} We printed 16.") == asked
    # A last sentence that asks is still the one that asks.
    both = "Our draft says 150. How many were evacuated?"
    assert asked_sentence(both) == "How many were evacuated?"


def test_more_ways_of_telling_a_claim() -> None:
    # "copy" tells, and "prints", "rounds" say what it has.
    assert claim_as_question(
        "Our copy says 150 criminal cases were registered. What figure does the report give?"
    ) == ("how many criminal cases were registered?")
    # The day of a month is no claimed figure: the rounded count is.
    assert claim_as_question(
        "Our draft rounds the number of stateless people on 1 January 2022 to 7,000. What"
        " precise figure does the report give?"
    ) == ("the number of stateless people on 1 January 2022 to how many?")


def test_a_claim_leaves_open_what_its_ask_doubts() -> None:
    from reportqa.context import claim_topic

    signed = "A draft says Zembla and Austria signed an agreement in March 2021."
    assert claim_topic(f"{signed} What signing date does the report give?", "date") == (
        "Zembla and Austria signed an agreement when?"
    )
    died = "A draft says 238 people died during the unrest."
    assert claim_topic(f"{died} What death toll does it give?", "number") == (
        "how many people died during the unrest?"
    )
    # No claim, or an ask for neither a figure nor a date: nothing is left open.
    assert claim_topic("When was the agreement with Austria signed?", "date") is None
    assert claim_topic(f"{signed} Which country signed it?", "entity") is None


def test_the_asks_of_a_checker_have_a_kind() -> None:
    assert expected_type("What start year does the report give?") == "date"
    assert expected_type("What death toll does the report give?") == "number"


def test_a_claims_figure_ties_nothing_to_the_question() -> None:
    claim = "A draft says the groups reached 40,000 people. How many does the report say?"
    assert not gives_a_distinctive_figure(claim)
    assert gives_a_distinctive_figure("What does the number 2,990 count?")


def test_the_date_of_another_partner_does_not_check_a_claim(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "On 6 September 2021, a visa exemption agreement was signed between Zembla and "
        "Switzerland.\n\nVisas are issued in five days.\n",
    )
    ask = "What signing date does the report give?"
    austria = "A draft says Zembla and Austria signed a visa exemption agreement in March 2021."
    assert assistant.ask(f"{austria} {ask}").refused
    swiss = "A draft says Zembla and Switzerland signed a visa exemption agreement in March 2021."
    answer = assistant.ask(f"{swiss} {ask}")
    assert not answer.refused and answer.short_answer == "6 September 2021"


def test_what_a_claim_counts_must_be_what_the_report_counts(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, more than 5,500 materials on human trafficking were published in Zembla.\n\n"
        "Visas are issued in five days.\n",
    )
    cases = "Our copy says 150 criminal cases of human trafficking were registered in 2021."
    assert assistant.ask(f"{cases} How many does the report give for that year?").refused
    materials = "Our copy says 6,000 materials on human trafficking were published in 2021."
    answer = assistant.ask(f"{materials} How many does the report give for that year?")
    assert not answer.refused and answer.short_answer == "more than 5,500"
