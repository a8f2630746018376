"""What a question asks beside its obvious words: the bound of one penalty ("the most prison
time they can get") rather than a leader, one of a pair told before ("Of those from Afghanistan
and Syria, how many from Syria?"), a code of law by its exact name, a person's name asked by
"the consul general's name", a name asked by "what name will it go by", and a "when" that
only recalls ("Remember when …? Which body …?")."""

from __future__ import annotations

from reportqa.asked_names import asks_for_a_person
from reportqa.milestones import bound_of_one
from reportqa.questions import expected_type
from reportqa.rankings import asks_for_top
from reportqa.singled_out import singled_out
from reportqa.titles import codes_named, names_another_code
from tiny_report import tiny_assistant

_PENALTY = (
    "Nowadays the crime of smuggling is punished with imprisonment for a term of up to 18 "
    "years with confiscation of property.\n\n"
    "Visas are issued in five days.\n"
)


def test_the_most_time_one_can_get_is_a_bound_not_a_leader(tmp_path, fake_embedder) -> None:
    question = "If somebody is convicted of smuggling, what's the most prison time they can get?"
    assert bound_of_one(question) == "max"
    assert asks_for_top(question) == ""
    assert expected_type(question) == "number"
    assert bound_of_one("What's the lowest sentence a court can hand down?") == "min"
    assert asks_for_top("Which country sent the most migrants?") == "size"
    assistant = tiny_assistant(tmp_path, fake_embedder, _PENALTY)
    answer = assistant.ask(
        "Nowadays, for the crime of smuggling, what's the most prison time they can get with "
        "confiscation of property?"
    )
    assert not answer.refused and answer.short_answer == "up to 18 years"
    # The lowest sentence is the other end of the bound: "up to 18 years" does not give it.
    assert assistant.ask(
        "Nowadays, for the crime of smuggling, what's the lowest prison sentence a court can "
        "hand down with confiscation of property?"
    ).refused


def test_one_of_a_pair_told_before_is_singled_out(tmp_path, fake_embedder) -> None:
    question = "Of those evacuated from Afghanistan and Syria, how many came out of Syria?"
    assert singled_out(question) == {"Syria"}
    assert singled_out("Of the migrants from Uzbekistan and Tajikistan, how many in all?") == set()
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "About 80 citizens were evacuated from unstable regions of Afghanistan and Syria.\n\n"
        "Visas are issued in five days.\n",
    )
    assert assistant.ask(question).refused
    answer = assistant.ask("How many citizens were evacuated from Afghanistan and Syria?")
    assert not answer.refused and answer.short_answer == "About 80"


def test_a_code_of_law_is_named_exactly(tmp_path, fake_embedder) -> None:
    assert codes_named("Which article of the Criminal Code sets liability?") == ("criminal",)
    text = "Under Article 21 of the Criminal Procedure Code, migrants have access to justice."
    assert names_another_code(text, ("criminal",))
    assert not names_another_code(text, ("criminal procedure",))
    assistant = tiny_assistant(
        tmp_path, fake_embedder, f"{text}\n\nVisas are issued in five days.\n"
    )
    assert assistant.ask(
        "Which article of the Criminal Code gives migrants access to justice?"
    ).refused
    answer = assistant.ask(
        "Which article of the Criminal Procedure Code gives migrants access to justice?"
    )
    assert not answer.refused and answer.short_answer == "Article 21"


def test_a_role_holders_name_asks_for_a_person(tmp_path, fake_embedder) -> None:
    assert asks_for_a_person("Who runs the consulate in Busan? What's the consul general's name?")
    assert not asks_for_a_person("What is the ministry's name?")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Consulate General of Zembla in Busan (South Korea) was established by Decree No. "
        "642.\n\nVisas are issued in five days.\n",
    )
    assert assistant.ask("Who is in charge in Busan? What's the consul general's name?").refused


def test_what_name_it_will_go_by_asks_for_a_name() -> None:
    assert expected_type("What name will the digital jobs ecosystem go by?") == "entity"
    assert expected_type("What will the ecosystem do?") is None


def test_a_when_that_recalls_is_not_asked() -> None:
    question = (
        "Remember when the students abroad were stuck at home? Which body worked on getting "
        "flights going again?"
    )
    assert expected_type(question) == "entity"
    assert expected_type("When were the students stuck at home?") == "date"


def test_countries_set_aside_first_are_not_asked_about(tmp_path, fake_embedder) -> None:
    from reportqa.singled_out import set_aside_first

    question = "Alongside Uzbekistan, Tajikistan and Russia, what share of migrants were Kyrgyz?"
    assert set_aside_first(question) == "Uzbekistan, Tajikistan and Russia"
    assert set_aside_first("What share of migrants were Kyrgyz?") == ""
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The stranded migrants were natives of Uzbekistan — 51%, Tajikistan — 15% and Russia — "
        "14%.\n\nVisas are issued in five days.\n",
    )
    assert assistant.ask(
        "Alongside Uzbekistan, Tajikistan and Russia, what share of the stranded migrants were "
        "natives of Kyrgyzstan?"
    ).refused
    answer = assistant.ask(
        "Alongside Uzbekistan and Tajikistan, what share of the stranded migrants were natives "
        "of Russia?"
    )
    assert not answer.refused and "Russia — 14%" in answer.answer


def test_the_state_of_those_counted_must_be_said(tmp_path, fake_embedder) -> None:
    from reportqa.shorthand import spelled_out

    assert spelled_out("How many people had no citizenship in 2020?") == (
        "How many people were stateless in 2020?"
    )
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2020, the negative balance of migration amounted to 17.7 thousand people.\n\n"
        "As of 1 January 2022, 7,140 persons were officially stateless in Zembla.\n",
    )
    # 17.7 thousand people of a migration balance were not all stateless.
    assert assistant.ask("How many people were stateless in 2020?").refused
    answer = assistant.ask("How many people were stateless in Zembla as of 1 January 2022?")
    assert not answer.refused and answer.short_answer == "7,140"


def test_a_name_set_aside_in_brackets_is_singled_out() -> None:
    assert singled_out("Afghan evacuation alone (not Syria) — head count?") == {"Syria"}
