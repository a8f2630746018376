"""How far a question reaches: the whole world, one of two told apart, a span of time asked
as a time limit; and words that only look like a negation or the end of a sentence."""

from __future__ import annotations

from reportqa.asked_details import asks_for_duration, asks_what_was_not_done
from reportqa.context import asked_sentence
from reportqa.singled_out import singled_out
from tiny_report import tiny_assistant


def test_a_figure_for_the_world_is_not_one_for_a_country(tmp_path, fake_embedder) -> None:
    from reportqa.stated_details import world_requirement

    assert world_requirement("What is UNHCR's global estimate of stateless people?")
    assert world_requirement("How many stateless people are there worldwide?")
    # "Global" naming a thing is no scope.
    assert not world_requirement("When was the Global Compact adopted?")
    assert not world_requirement("Which group is named in the World Bank's paper?")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "According to UNHCR, 7,118 persons hold stateless status in Zembla.\n\n"
        "Visas are issued in five days.\n",
    )
    assert assistant.ask("How many stateless persons does UNHCR count worldwide?").refused
    answer = assistant.ask("How many stateless persons does UNHCR count in Zembla?")
    assert not answer.refused and answer.short_answer == "7,118"


def test_a_case_name_does_not_end_the_sentence() -> None:
    question = "What did the court decide in Hoti v. Croatia?"
    assert asked_sentence(question) == question


def test_a_decline_in_a_figure_is_no_negation() -> None:
    assert not asks_what_was_not_done("What was the 2020 figure, before the 2021 decline?")
    assert not asks_what_was_not_done("By how much has the outflow declined?")
    assert asks_what_was_not_done("How many applicants declined to register?")
    assert asks_what_was_not_done("How many applications were declined?")


def test_one_of_two_is_singled_out_by_only_and_a_negation() -> None:
    question = "Counting only Afghanistan, not Syria, how many people were evacuated?"
    assert singled_out(question) == {"Afghanistan", "Syria"}


def test_a_time_limit_asks_for_a_span_of_time() -> None:
    assert asks_for_duration("Within what time limit must the authorities decide?")
    assert asks_for_duration("What is the time limit for an appeal?")
    assert not asks_for_duration("What is the deadline for the plan?")


def test_a_penalty_is_stated_for_the_offence_asked(tmp_path, fake_embedder) -> None:
    from reportqa.stated_details import offence_requirement

    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The law raised liability for human trafficking and for inducing a minor into "
        "prostitution.\n\n"
        "Human trafficking is punished with imprisonment for a term of up to 18 years.\n\n"
        "Visas are issued in five days.\n",
    )
    discourse = assistant.composer.discourse
    asked = "What is the maximum prison term for inducing a minor into prostitution?"
    assert offence_requirement(discourse, asked, paraphrase_similarity=0.7)
    assert not offence_requirement(discourse, "How long is the term?", paraphrase_similarity=0.7)
    assert assistant.ask(asked).refused
    answer = assistant.ask("What is the maximum prison term for human trafficking?")
    assert not answer.refused and answer.short_answer == "up to 18 years"
    # When, and whom, are said of any offence: "these days", "people".
    nowadays = "Max jail term for trafficking people these days?"
    required = offence_requirement(discourse, nowadays, paraphrase_similarity=0.7)
    assert [r.stems() for r in required] == [frozenset({"traffick"})]


def test_what_a_name_means_needs_a_sentence_that_gives_the_meaning(tmp_path, fake_embedder):
    from reportqa.stated_details import meaning_requirement

    assert meaning_requirement("What does the name of the Darmen app mean?")
    assert not meaning_requirement("What does the review mean by case management?")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The ministry developed the Darmen mobile application for warnings.\n\n"
        "Visas are issued in five days.\n",
    )
    assert assistant.ask("What does the name of the Darmen mobile application mean?").refused


def test_how_things_are_now_does_not_say_how_they_were_before_a_change(
    tmp_path, fake_embedder
) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The law increased liability for human trafficking.\n\n"
        "Nowadays, human trafficking is punished with imprisonment for a term of up to 18 "
        "years.\n\nVisas are issued in five days.\n",
    )
    before = (
        "Before the law increased liability, what was the maximum prison term for human "
        "trafficking?"
    )
    assert assistant.ask(before).refused
    answer = assistant.ask("What is the maximum prison term for human trafficking nowadays?")
    assert not answer.refused and answer.short_answer == "up to 18 years"
