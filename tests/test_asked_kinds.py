"""What a question asks, read from its form: a person for a role asked tersely, a place in the
country its nationality adjective names, a date of what is asked rather than of a document a
clause describes, the undocumented as distinct from those a state recognises, and talks when
something is still sought."""

from __future__ import annotations

from reportqa.asked_names import asks_for_a_person
from reportqa.gazetteer import countries_in, is_country, same_country
from reportqa.milestones import asks_of_a_document
from tiny_report import rejections, tiny_assistant


def test_a_role_asked_tersely_asks_for_a_person() -> None:
    assert asks_for_a_person("Consul general in Busan — name?")
    assert asks_for_a_person("Head of the council — who?")
    # A body or a thing asked tersely is no person.
    assert not asks_for_a_person("Consulate in Busan — name?")
    assert not asks_for_a_person("Expert group on migration — name?")


def test_a_nationality_adjective_names_its_country() -> None:
    assert is_country("Chinese") and is_country("French")
    # An English name the ISO list has replaced ("Türkiye") is still a country's.
    assert is_country("Turkey") and not is_country("Turkestan")
    assert countries_in("Which Chinese city?") == ["chines"]
    assert same_country("chines", "china") and not same_country("chines", "korea")


def test_a_document_in_a_describing_clause_is_not_what_is_dated() -> None:
    assert asks_of_a_document("When were the CES Recommendations adopted?")
    assert not asks_of_a_document(
        "When was the census held, whose questions follow the CES Recommendations?"
    )
    assert not asks_of_a_document("According to the Decision, when was the census held?")


def test_a_city_of_the_country_named_by_an_adjective(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "A new consulate general of Zembla was opened in Busan (South Korea) in 2021.\n\n"
        "Negotiations are underway to open a consulate general of Zembla in Xi’an (PRC).\n",
    )
    answer = assistant.ask("Which Chinese city is Zembla trying to get a new consulate general in?")
    assert not answer.refused and answer.short_answer == "Xi’an"


def test_the_undocumented_are_not_counted_by_a_count_of_the_recognised(
    tmp_path, fake_embedder
) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "There are an estimated 7,000 officially recognised stateless persons.\n\n"
        "Undocumented stateless persons have no access to basic rights.\n",
    )
    recognised, _ = assistant.index.sentences
    asked = assistant.explain("How many undocumented stateless persons are there, by estimate?")
    assert ("is about another of a series", recognised.id) in rejections(asked)
    told = assistant.ask("How many officially recognised stateless persons are there, by estimate?")
    assert not told.refused and told.short_answer == "7,000"


def test_the_number_of_a_telephone_line_is_the_number_to_dial(tmp_path, fake_embedder) -> None:
    from reportqa.titles import asks_for_a_phone_number, gives_a_number_to_dial

    assert asks_for_a_phone_number("What is the number of the national telephone line of trust?")
    assert not gives_a_number_to_dial("The line works 24/7.")  # a time, not digits to dial
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        'There was arranged the national 24/7 helpline line "116 16", the operators of which'
        " provide advice on any issues related to labour migration.\n\n"
        "In 2021, 2,000 migrants were given advice.\n\n"
        "Visas are issued in five days.\n",
    )
    # It names the line; it counts no lines, so "line" need not follow the figure.
    answer = assistant.ask(
        "Which is the number of national round-the-clock telephone line of trust, where"
        " operators consult on labour migration?"
    )
    assert not answer.refused and answer.short_answer == "116 16"


def test_how_many_times_higher_asks_a_multiple(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Migrant children face double the risk of violence than adults.\n\n"
        "More than 350 migrant children were given legal aid.\n",
    )
    answer = assistant.ask("Migrant children's risk of violence vs adults — how many times higher?")
    assert not answer.refused and "double the risk" in answer.answer


def test_deciding_to_open_is_dated_by_the_decree(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Consulate General in Busan was established by Presidential Decree No. 642 dated"
        " 20 August 2021.\n",
    )
    answer = assistant.ask("On what date was it decided to open the Consulate General in Busan?")
    assert not answer.refused and answer.short_answer == "20 August 2021"


def test_how_long_inside_another_question_asks_no_span() -> None:
    from reportqa.asked_details import asks_for_duration

    assert asks_for_duration("How long can foreigners be held before deportation?")
    assert not asks_for_duration(
        "Whose proposals pushed lawmakers to spell out how long foreigners can be held?"
    )
    assert asks_for_duration("What is the maximum prison term?")


def test_an_association_of_states_may_be_named_by_its_initials() -> None:
    from reportqa.asked_names import names_one_of

    assert names_one_of("association", "agreements, especially within the CIS")
    assert names_one_of("association", "the Eurasian Economic Union")
    assert not names_one_of("association", "agreements with Azerbaijan and Belarus")


def test_the_republic_named_alone_is_the_reporting_country() -> None:
    from reportqa.shorthand import spelled_out

    assert spelled_out("How did the population of Republic grow?") == (
        "How did the population of the country grow?"
    )
    assert spelled_out("What does the Kyrgyz Republic require?") == (
        "What does the Kyrgyz Republic require?"
    )
    assert spelled_out("Who governs the Republic of Zembla?") == (
        "Who governs the Republic of Zembla?"
    )


def test_a_name_asked_tersely_needs_a_name_the_question_does_not_give(
    tmp_path, fake_embedder
) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Plans to develop the EAEU digital jobs platform for the employment of citizens.\n\n"
        'The platform will be called "Eurasian Labour Exchange".\n\n'
        "The Union plans more services for migrants.\n",
    )
    plans = assistant.index.sentences[0]
    asked = assistant.explain("EAEU digital jobs platform — name?")
    assert ("names nothing the question does not", plans.id) in rejections(asked)


def test_a_claim_told_by_anyone_in_any_sentence_form_is_not_required() -> None:
    from reportqa.context import asked_sentence, asks_through_what_it_tells

    # "Our draft", "a colleague": a claim being checked, whose figures may be the wrong ones.
    ours = "Our draft claims 3,500 citizens were flown home in 2021. What figure does it give?"
    assert asked_sentence(ours) == "What figure does it give?"
    assert not asks_through_what_it_tells(ours)
    one_sentence = "A colleague wrote that 96% of services were online — what share is stated?"
    assert asked_sentence(one_sentence) == "what share is stated?"
    # A dash with no claim before it is part of the question.
    assert asked_sentence("Visas — how long do they take?") == "Visas — how long do they take?"


def test_a_colleagues_wrong_figure_is_not_required_of_the_answer(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "By the end of 2021, 94% of public services in Zembla were online.\n\n"
        "Visas are issued in five days.\n",
    )
    answer = assistant.ask(
        "A colleague wrote that 96% of public services in Zembla were online by the end of 2021"
        " — what share does the report state?"
    )
    assert not answer.refused and answer.short_answer == "94%"


def test_a_claim_checked_by_a_bare_ask_is_asked_as_a_question() -> None:
    from reportqa.context import claim_as_question

    assert claim_as_question(
        "Our article says 60 trafficking victims were identified in 2021. What figure does the"
        " report give?"
    ) == ("how many trafficking victims were identified in 2021?")
    assert claim_as_question(
        "A draft says 18 million people lived there. What is the real number?"
    ) == ("how many people lived there?")
    # An ask with words of its own is asked as it is.
    assert claim_as_question("A draft says 60 victims. How many victims were identified?") is None


def test_a_claimed_count_of_something_the_report_does_not_count_is_refused(
    tmp_path, fake_embedder
) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, more than 5,500 materials on human trafficking were published in Zembla.\n\n"
        "Visas are issued in five days.\n",
    )
    victims = "A draft says 60 trafficking victims were identified in Zembla in 2021. What figure"
    assert assistant.ask(f"{victims} does the report give?").refused
    materials = "A draft says 6,000 materials on human trafficking were published in 2021."
    answer = assistant.ask(f"{materials} What figure does the report give?")
    assert not answer.refused and answer.short_answer == "more than 5,500"


def test_the_number_in_a_name_is_no_figure() -> None:
    from reportqa.answer_types import NUMBER_SPAN

    spans = [m.group() for m in NUMBER_SPAN.finditer("one of 103 states on COVID-19 matters")]
    assert spans == ["one", "103"]
