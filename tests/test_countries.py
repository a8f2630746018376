"""Countries and languages (ISO 3166 and 639 names from pycountry): which names are countries,
two names of one country, continents, a region that describes the country asked for, and a
language said as one. Each test builds a tiny report with the fake embedder."""

from __future__ import annotations

from reportqa.answer_types import ENTITY
from reportqa.questions import expected_type
from reportqa.requirements import name_requirements
from tiny_report import candidate_ids, tiny_assistant


def test_countries_do_not_answer_a_city_question_nor_one_about_another_country(
    tmp_path, fake_embedder
) -> None:
    from reportqa.gazetteer import countries_in, is_country
    from reportqa.places import may_be_a_place

    assert is_country("Russian Federation") and is_country("Kyrgyz Republic")
    assert not is_country("Nur-Sultan") and not is_country("Internal Affairs")
    assert countries_in("from Uzbekistan — 51% and Russia — 14%") == ["uzbekistan", "russia"]
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "IOM's February mapping of stranded migrants found natives of "
        "Uzbekistan (51%) and Tajikistan (15%).\n\n"
        "The mapping of stranded migrants was held in Almaty and Shymkent.\n",
    )
    # "IOM's" and "February" name no place: they do not make the list of countries a city.
    assert not may_be_a_place("IOM's") and not may_be_a_place("February")
    assert may_be_a_place("Shymkent")
    cities = assistant.explain("In which cities was the mapping of stranded migrants held?")
    assert candidate_ids(cities) == [1]
    # A city asked: the countries are no settlement, so the sentence names nothing asked.
    assert [r.reason for r in cities.rejected] == ["names nothing the question does not"]
    share = assistant.explain("What share of the stranded migrants were from Kyrgyzstan?")
    assert "is about other countries" in [r.reason for r in share.rejected if r.sentence.id == 0]


def test_a_question_for_a_country_needs_a_country_it_does_not_name(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Most medical care went to citizens of Russia and of Uzbekistan in 2021.\n\n"
        "Medical care was given to 1,200 foreign citizens in Almaty and 300 in Aktau in 2021.\n",
    )
    which = assistant.explain("Which country's citizens received the most medical care in 2021?")
    assert candidate_ids(which) == [0]
    assert [r.reason for r in which.rejected] == ["names no country the question does not"]
    after = assistant.explain("After Russia and Uzbekistan, which country received most care?")
    assert after.candidates == []


def test_a_country_initialism_names_the_country(tmp_path, fake_embedder) -> None:
    from reportqa.gazetteer import countries_in

    assert countries_in("a Consulate General in Xi’an (PRC)") == ["china"]
    assert countries_in("PRCS and USAID") == []  # only the whole initialism
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Negotiations are underway to open a Consulate General in Xi’an (PRC).\n\n"
        "Negotiations are underway to open a Consulate General in the capital.\n",
    )
    asked = "In which country is a Consulate General in Xi'an to be opened?"
    assert expected_type(asked) == ENTITY
    explanation = assistant.explain(asked)
    assert candidate_ids(explanation) == [0]
    assert [r.reason for r in explanation.rejected] == ["names no country the question does not"]


def test_a_group_of_countries_is_answered_by_a_grouping(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Most emigrants from Zembla move to the CIS countries.\n\n"
        "Emigrants from Zembla leave for work.\n",
    )
    grouping = assistant.explain("Which group of countries attracts most emigrants from Zembla?")
    assert candidate_ids(grouping) == [0]
    member = assistant.explain("Which country attracts most emigrants from Zembla?")
    assert member.candidates == []


def test_a_continent_is_no_country_and_whole_names_are(tmp_path, fake_embedder) -> None:
    from reportqa.gazetteer import countries_in, is_country

    assert countries_in("Central American and African migrants crossed the Pacific Ocean") == []
    assert countries_in("the Republic of South Africa and the US State Department") == [
        "@southafrica",
        "@usa",
    ]
    assert is_country("Republic of South Africa") and not is_country("Central America")
    # A sea named after a country is no country: "Indian Ocean" does not name India.
    assert countries_in("an Indian Ocean island and the Arabian Sea") == []
    assert countries_in("Indian nationals and the Persian Gulf") == ["indian"]


def test_an_island_nation_or_a_sultanate_asked_for_is_a_country(tmp_path, fake_embedder):
    from reportqa.asked_names import asks_for_a_country

    for asked in (
        "Which Indian Ocean island nation is in visa talks with Zembla?",
        "Which Southeast Asian sultanate is among the partners?",
        "Which European microstates are on the list?",
    ):
        assert expected_type(asked) == ENTITY and asks_for_a_country(asked)
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla has signed visa exemption agreements with the UN and with 71 countries.\n\n"
        "In addition, negotiations are underway with other countries (Austria, Andorra, "
        "Brunei, Maldives, Fiji) on visa exemption.\n",
    )
    answer = assistant.ask("Which Indian Ocean island nation is in visa talks with Zembla?")
    assert not answer.refused and "Maldives" in answer.answer


def test_a_name_before_the_asked_class_describes_the_answer(tmp_path, fake_embedder) -> None:
    from reportqa.asked_names import name_phrases

    assert name_phrases("Which Central Asian country signed with Zembla?") == [["Zembla"]]
    assert name_phrases("Which Pacific island state is on the list?") == []
    assert name_phrases("How many CIS countries signed?") == [["CIS"]]  # given, not asked
    # The language of the words asked for describes them too.
    assert name_phrases("Which Latin-derived term does Zembla use for them?") == [["Zembla"]]
    assert name_phrases("Is there a Latin label for it in the review?") == []
    # A kind set aside is not a name to find: the report may list them without the word.
    asked = "Apart from Central Asian states and Zembla, which country is named?"
    assert name_phrases(asked) == [["Zembla"]]
    # A region set aside bounds the answer; any other name set aside is still to be found.
    assert name_phrases("Outside Central Asia, which country is named?") == []
    asked = "Apart from its Central Asian neighbours, which countries signed?"
    assert name_phrases(asked) == []
    asked = "Outside the Zembla Ministry, which body signed?"
    assert name_phrases(asked) == [["Zembla", "Ministry"]]
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla has signed bilateral agreements with Azerbaijan, Belarus and Kyrgyzstan.\n\n"
        "Zembla has signed agreements on labour in the capital.\n",
    )
    explanation = assistant.explain(
        "Which Central Asian country has Zembla signed agreements with?"
    )
    assert candidate_ids(explanation) == [0]
    explanation = assistant.explain(
        "Which countries outside Central Asia has Zembla signed bilateral agreements with?"
    )
    assert candidate_ids(explanation) == [0]


def test_a_question_for_a_language_needs_a_language_said_as_one(tmp_path, fake_embedder) -> None:
    from reportqa.gazetteer import names_a_language

    assert names_a_language("advice in Kazakh, Russian and English")
    assert names_a_language("the state language is Kazakh")
    assert not names_a_language("Kazakh citizens abroad")  # a people, not a language
    assert not names_a_language("in the Kazakh language", given=frozenset({"kazakh"}))
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The helpline gives advice on labour migration to callers.\n\n"
        "The app sends warnings to callers in Kazakh, Russian and English.\n",
    )
    helpline = assistant.explain("In which languages does the helpline give advice to callers?")
    assert [r.reason for r in helpline.rejected if r.sentence.id == 0] == ["names no language"]
    test = assistant.explain("What Kazakh language test must callers pass?")
    assert "names no language" not in [r.reason for r in test.rejected]  # a test is asked


def test_name_a_thing_asks_what_which_thing_asks(tmp_path, fake_embedder) -> None:
    from reportqa.gazetteer import countries_in
    from reportqa.questions import as_wh_question

    assert (
        as_wh_question("Name a Caribbean nation on the list.")
        == "Which Caribbean nation on the list."
    )
    assert expected_type("Name one organisation that runs the helpline.") == ENTITY
    assert countries_in("an Eastern European state") == []  # "Eastern Republic of Uruguay"
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla has signed bilateral agreements with Azerbaijan, Belarus and Kyrgyzstan.\n\n"
        "Zembla has signed bilateral agreements on labour and on pensions.\n",
    )
    for asked in (
        "Which Eastern European state has Zembla signed bilateral agreements with?",
        "Name a nation with which Zembla has signed bilateral agreements.",
    ):
        explanation = assistant.explain(asked)
        assert candidate_ids(explanation) == [0]
        assert [r.sentence.id for r in explanation.rejected] == [1]


def test_two_names_of_one_country_are_the_same_country(tmp_path, fake_embedder) -> None:
    from reportqa.gazetteer import countries_in, same_country

    assert same_country("swiss", "switzerland") and same_country("russia", "russian")
    assert not same_country("china", "korea")
    assert countries_in("signed between RoK and Switzerland") == ["kazakhstan", "switzerland"]
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "On 6 September 2021, in Bern, a visa agreement was signed with Switzerland.\n\n"
        "On 3 May 2020, a visa agreement was signed with Austria.\n",
    )
    explanation = assistant.explain("When was the visa agreement with the Swiss signed?")
    assert candidate_ids(explanation) == [0]
    assert [r.reason for r in explanation.rejected] == ["is about other countries"]


def test_a_country_asked_by_one_name_is_found_by_another(tmp_path, fake_embedder) -> None:
    from reportqa.gazetteer import other_names

    assert frozenset({"prc"}) in other_names("China")
    assert frozenset({"switzerland"}) in other_names("Swiss")
    assert other_names("Almaty") == ()
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Negotiations are underway to open a Consulate General in Xi’an (PRC).\n\n"
        "A Consulate General was opened in Busan in 2021.\n",
    )
    discourse = assistant.composer.discourse
    asked = "Which city in China will get a new Consulate General?"
    china = [
        r for r in name_requirements(discourse, asked, name_similarity=2) if r.forms[0] == {"china"}
    ]
    assert china and all(r.holds(discourse.tokens[0]) for r in china)
    assert not any(r.holds(discourse.tokens[1]) for r in china)


def test_words_of_official_names_name_no_country_alone() -> None:
    from reportqa.gazetteer import countries_in

    # "Hong Kong Special Administrative Region", "Central African Republic"
    assert countries_in("Specialists of the Union of Crisis Centres in the Turkestan Region") == []


def test_a_member_state_or_a_named_state_describes_the_answer() -> None:
    from reportqa.asked_names import name_phrases

    assert name_phrases("Which EU member state is on Zembla's list?") == [["Zembla"]]
    assert name_phrases("Name the Balkan state on Zembla's list.") == [["Zembla"]]


def test_a_country_the_report_never_names_is_never_excused(tmp_path, fake_embedder) -> None:
    from reportqa.requirements import name_requirements
    from tiny_report import tiny_assistant

    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "There are 106 Honorary Consuls of Zembla working abroad.\n\n"
        "Visas are issued within five days.\n",
    )
    discourse = assistant.composer.discourse
    asked = "How many honorary consuls does Zembla have in Germany?"
    germany = [
        r
        for r in name_requirements(discourse, asked, name_similarity=0.6)
        if frozenset({"germani"}) in r.forms
    ]
    assert germany and all(r.excuse > 1 for r in germany)  # no closeness in meaning excuses it
    assert assistant.ask(asked).refused


def test_which_currency_needs_a_currency_named(tmp_path, fake_embedder) -> None:
    from reportqa.gazetteer import names_a_currency

    assert names_a_currency("The fee is 500 tenge.") and names_a_currency("paid in USD")
    assert names_a_currency("sent in US dollars") and names_a_currency("costs €20")
    assert names_a_currency("a fee of 500 KZT") and names_a_currency("KZT 500")
    # A code that is also another initialism, not beside a figure: no currency.
    assert not names_a_currency("It nationalises SDG targets: People (SDGs 1-5), Peace (SDG 16).")
    # Common words that end an ISO 4217 entry are not currencies in running text.
    assert not names_a_currency("The National Bank forms a real account of the units.")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The National Bank of Zembla forms the personal remittances indicator.\n\n"
        "Visas are issued within five days by the consulates.\n",
    )
    assert assistant.ask("What is the national currency of Zembla's National Bank?").refused


def test_a_continent_the_report_never_names_is_never_excused(tmp_path, fake_embedder) -> None:
    from reportqa.gazetteer import is_continent

    assert is_continent("Europe") and not is_continent("Zembla")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Along with this, there are 106 honorary consuls of Zembla working abroad.\n\n"
        "The consuls help citizens of Zembla.\n",
    )
    assert assistant.ask("How many of Zembla's honorary consuls work in Europe?").refused
    assert not assistant.ask("How many honorary consuls of Zembla work abroad?").refused
