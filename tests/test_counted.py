"""What a count counts, said in the asker's words: "foreign citizens" are the report's
foreigners; a clause describing where people came from is not what they did; an app's name
is given by a sentence that names an application."""

from __future__ import annotations

from reportqa.counting import counted_equivalents, part_predicate
from tiny_report import candidate_ids, rejections, tiny_assistant


def test_foreign_citizens_are_counted_as_foreigners() -> None:
    assert "foreigners" in counted_equivalents("citizens", ["foreign", "citizens"])
    assert "foreigners" not in counted_equivalents("citizens", ["our", "citizens"])


def test_a_count_of_foreigners_answers_how_many_foreign_citizens(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, 2,990 foreigners were provided medical care in Zembla.\n\n"
        "In 2021, 14 citizens of Zembla were evacuated from abroad.\n\n"
        "Two citizens went missing in 2020.\n",
    )
    treated = assistant.ask("How many foreign citizens were provided medical care in 2021?")
    assert not treated.refused and treated.short_answer == "2,990"
    # What qualifies them must still be said: no foreigner here is missing.
    assert assistant.ask("How many missing foreign nationals were reported in 2021?").refused


def test_a_clause_describing_a_place_is_not_what_the_part_did() -> None:
    words = part_predicate(
        "How many of our citizens were returned home from countries having no direct flights?"
    )
    assert "having" not in words and "direct" not in words
    assert "returned" in words


def test_an_app_is_named_by_a_sentence_naming_an_application(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The name of each alert of the Ministry of Emergencies is posted on the Open Government"
        " portal.\n\n"
        "The Ministry of Emergencies developed the Darmen mobile application.\n",
    )
    portal, app = assistant.index.sentences
    asked = assistant.explain("What is the name of the alert app of the Ministry of Emergencies?")
    assert candidate_ids(asked) == [app.id]
    assert ("names no application", portal.id) in rejections(asked)
    terse = assistant.ask("Ministry of Emergencies alert app — name?")
    assert not terse.refused and terse.short_answer == "Darmen"


def test_an_event_the_report_never_names_frames_nothing_it_counts(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "As of 1 January 2022, 7,140 persons were officially stateless in Zembla.\n\n"
        "During the pandemic, 3,000 citizens of Zembla were returned home.\n",
    )
    assert assistant.ask("How many persons were stateless during the January 2022 unrest?").refused
    # An event the report names is background: the sentence need not repeat it.
    home = assistant.ask("How many citizens of Zembla were returned home during the pandemic?")
    assert not home.refused and home.short_answer == "3,000"
    stateless = assistant.ask("How many persons were stateless as of 1 January 2022?")
    assert not stateless.refused and stateless.short_answer == "7,140"


def test_a_year_after_what_was_given_is_not_the_thing_given(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, four citizens of Russia were convicted in Zembla.\n\n"
        "In 2021, 2,990 foreigners were provided medical care in Zembla.\n",
    )
    convicted, _ = assistant.index.sentences
    asked = assistant.explain("How many citizens of Russia were given medical care 2021?")
    assert convicted.id not in candidate_ids(asked)


def test_what_qualifies_people_counted_must_be_said_even_in_words_never_used(
    tmp_path, fake_embedder
) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "About 80 citizens of Zembla were evacuated from unstable regions abroad.\n\n"
        "Visas are issued in five days.\n",
    )
    # "About 80 citizens" are persons, but not internally displaced ones.
    assert assistant.ask("How many internally displaced persons of Zembla were evacuated?").refused
    evacuated = assistant.ask("How many persons were evacuated from unstable regions abroad?")
    assert not evacuated.refused and evacuated.short_answer == "About 80"


def test_a_count_of_the_stateless_is_none_of_refugees(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "According to UNHCR, 7,118 persons hold stateless status in Zembla.\n\n"
        "Visas are issued in five days.\n",
    )
    stateless = assistant.index.sentences[0]
    asked = assistant.explain("How many persons hold refugee status in Zembla, according to UNHCR?")
    assert ("is about another of a series", stateless.id) in rejections(asked)
    told = assistant.ask("How many persons hold stateless status in Zembla, according to UNHCR?")
    assert not told.refused and told.short_answer == "7,118"


def test_a_hyphenated_qualifier_is_said_in_the_reports_own_words(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, the police received 14 reports of foreign nationals who were missing.\n\n"
        "The report says 5 reports of thefts were received in 2021.\n\n"
        "The report lists the report's sources.\n\n"
        "Visas are issued in five days.\n",
    )
    answer = assistant.ask("How many missing-person reports about foreigners did the police get?")
    assert not answer.refused and answer.short_answer == "14"
    # The words of the qualifier must still be near: no theft report is of a missing person.
    assert assistant.ask("How many missing-child reports did the police get in 2021?").refused


def test_a_tally_or_headcount_of_a_group_counts_the_group() -> None:
    from reportqa.counting import counted_noun

    assert counted_noun("What was the 2021 tally of foreigners expelled from Zembla?") == (
        "foreigners"
    )
    assert counted_noun("What is the headcount of students abroad?") == "students"


def test_an_ordinal_counts_nothing() -> None:
    from reportqa.answer_types import quantities

    assert quantities("the Decision of the 55th meeting of the Council") == []
    assert quantities("the 2nd phase covered 3 regions") == ["3"]


def test_a_figure_asked_of_a_source_is_said_near_it(tmp_path, fake_embedder) -> None:
    statistics = "The population of Zembla grew to 19,125.6 thousand people in 2021.\n\n"
    visas = "Visas are issued in five days.\n\nThe census results will be published in 2022.\n\n"
    census = "In 2021, the census put the population of Zembla at 19,000 thousand people.\n"
    asked = "What population did the census count in Zembla?"
    (tmp_path / "without").mkdir()
    (tmp_path / "with").mkdir()
    # Another statistic's figure is not what the census counted.
    assert (
        tiny_assistant(tmp_path / "without", fake_embedder, statistics + visas).ask(asked).refused
    )
    answer = tiny_assistant(tmp_path / "with", fake_embedder, statistics + visas + census).ask(
        asked
    )
    assert not answer.refused and answer.short_answer == "19,000 thousand"


def test_an_ordinal_answers_which_one_but_counts_nothing(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Decision was adopted at the 55th meeting of the Council of Zembla.\n\n"
        "Visas are issued in five days.\n",
    )
    answer = assistant.ask("At which meeting (what number) was the Decision of Zembla adopted?")
    assert not answer.refused and "55th" in answer.answer
    assert assistant.ask("How many meetings has the Council of Zembla held?").refused


def test_the_number_of_a_group_names_what_its_figure_counts(tmp_path, fake_embedder) -> None:
    from reportqa.answer_types import numbered_units

    text = "The number of recognised stateless persons remains unchanged at around 7,000."
    assert "stateless persons" in numbered_units(text)
    assert numbered_units("The number of stateless persons is not known.") == ""
    assistant = tiny_assistant(tmp_path, fake_embedder, f"{text}\n\nVisas take five days.\n")
    answer = assistant.ask("What is the tally of recognised stateless persons?")
    assert not answer.refused and answer.short_answer == "around 7,000"


def test_a_part_of_a_described_whole_is_not_a_part_of_another(tmp_path, fake_embedder) -> None:
    from reportqa.wholes import described_whole

    asked = (
        "How many of the foreign nationals reported missing in 2021 were citizens of Uzbekistan?"
    )
    assert described_whole(asked) == ["foreign", "nationals", "reported", "missing"]
    assert described_whole("How many of them were children?") == []
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, the police received 14 reports of foreign nationals who were missing.\n\n"
        "Visas are issued in five days.\n\n"
        "In 2021, appeals were filed against eight convicted foreign nationals (four citizens"
        " of Russia and four citizens of Uzbekistan).\n",
    )
    # The breakdown is of the convicted, not of the missing.
    assert assistant.ask(asked).refused
    convicted = "How many of the convicted foreign nationals were citizens of Uzbekistan?"
    answer = assistant.ask(convicted)
    assert not answer.refused and answer.short_answer == "four"


def test_foreign_patients_are_counted_as_foreigners_given_the_care_asked(
    tmp_path, fake_embedder
) -> None:
    assert "foreigners" in counted_equivalents("patients", ["foreign", "patients"])
    assert "foreigners" not in counted_equivalents("workers", ["foreign", "workers"])
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2020, 5,201 foreigners were provided medical care in Zembla.\n\n"
        "The patient pays nothing for emergency care.\n\n"
        "Visas are issued in five days.\n",
    )
    answer = assistant.ask(
        "How many foreign patients were provided medical care in Zembla in 2020?"
    )
    assert not answer.refused and answer.short_answer == "5,201"
    # The kind of care given is what was given: medical care is not dental care.
    asked = "How many foreign patients were provided dental care in Zembla in 2020?"
    assert assistant.ask(asked).refused
    # Medical help, aid or assistance is medical care; legal aid is not.
    helped = assistant.ask("How many foreigners got medical help in Zembla in 2020?")
    assert not helped.refused and helped.short_answer == "5,201"
    assert assistant.ask("How many foreigners got legal help in Zembla in 2020?").refused


def test_themes_and_buckets_are_counted_as_the_reports_areas(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Council coordinates measures to nationalise SDG targets in five key areas.\n\n"
        "The Council met 12 times in 2021.\n",
    )
    for asked in (
        "Into how many big themes does the Council group the SDG targets?",
        "How many buckets does the Council sort the SDG targets into?",
    ):
        answer = assistant.ask(asked)
        assert not answer.refused and answer.short_answer == "five"
