"""Questions that ask for a name: a place, a country, a body, a person, an abbreviation. A
sentence answers only if it names what is asked and the question does not. Each test builds
a tiny report with the fake embedder."""

from __future__ import annotations

from reportqa.answer_types import ENTITY
from reportqa.questions import asks_for_a_person, expected_type
from reportqa.requirements import name_requirements
from tiny_report import candidates, tiny_assistant


def test_a_place_question_needs_a_name_the_question_does_not_give(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Consulate General in Busan opened in 2021.\n\nThe Consulate General opened in 2021.\n",
    )
    composer = assistant.composer
    busan, bare = assistant.index.sentences
    question = "In which city did the Consulate General open?"
    assert composer.discourse.new_name(busan.text, question)
    assert not composer.discourse.new_name(
        bare.text, question
    )  # "The" and "Consulate General" are given


def test_a_name_worded_differently_needs_only_its_words_the_text_uses(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The memorandum between the Ministry of Internal Affairs and the OSCE office has been "
        "in force since 2016.\n\nThe Ministry of Justice signed another memorandum in 2019.\n",
    )
    composer = assistant.composer
    required = name_requirements(
        composer.discourse, "Since when has the Interior Ministry had a memo?", name_similarity=0.6
    )
    # "Interior" is nowhere in the text: only "Ministry" is required, and strictly findable.
    assert required[0].forms == [frozenset({"ministri"})]
    assert all(r.forms != [frozenset({"interior"})] for r in required)


def test_an_abbreviation_in_a_name_matches_the_longer_one_it_starts(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "According to figures provided by UNHCR, 7,118 persons hold stateless status.\n\n"
        "The Ministry keeps records of undocumented persons in every region.\n",
    )
    answer = assistant.ask("Which UN agency provided the figure of 7,118 stateless persons?")
    assert not answer.refused and answer.short_answer == "UNHCR"
    assert assistant.ask("Which EU agency provided the figure of 7,118 stateless persons?").refused


def test_a_question_about_a_person_needs_a_persons_name(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Ministry of Emergency Situations developed the Darmen mobile application.\n\n"
        "The campaign was opened by Minister Marat Beketayev in the capital.\n",
    )
    assert assistant.ask("Who was the Minister of Emergency Situations?").refused
    opened = assistant.ask("Who was the minister who opened the campaign in the capital?")
    assert not opened.refused and "Marat Beketayev" in opened.answer


def test_a_place_is_not_named_by_the_words_of_a_body(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, the Internal Affairs authorities received 14 reports of missing foreigners.\n\n"
        "Mobile groups worked in Karaganda, Mangistau and Turkestan regions in 2021.\n",
    )
    worked = assistant.ask("In which regions did mobile groups work in 2021?")
    assert not worked.refused and "Karaganda" in worked.short_answer
    question = "In which regions were the missing foreigners reported in 2021?"
    found = candidates(assistant, question, "place")
    # "Internal Affairs" names a body, not a region; only the sentence naming regions is left.
    assert [c.sentence.text[:6] for c in found] == ["Mobile"]


def test_names_of_experts_or_officials_are_asked_for_persons() -> None:
    assert asks_for_a_person("What are the names of the experts who wrote the report?")
    assert asks_for_a_person("Which Kazakh official signed the statement?")
    assert not asks_for_a_person("Who prepared the report?")


def test_a_name_matches_its_initials_in_the_text(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Kazakhstan has visa exemption agreements for diplomatic passports with the UN.\n\n"
        "The OSCE Programme Office works in the capital.\n",
    )
    discourse = assistant.composer.discourse
    required = name_requirements(
        discourse,
        "Which passports does the agreement with the United Nations cover?",
        name_similarity=0.6,
    )
    un, osce = discourse.near(0, "sentence"), discourse.near(1, "sentence")
    # No closeness in meaning excuses here (similarity 0): only the initials can meet it.
    assert required and all(r.met(un, 0.0, un) for r in required)
    assert not all(r.met(osce, 0.0, osce) for r in required)


def test_an_abbreviation_is_met_by_the_words_it_spells_out(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The council tracks the SDG targets of the five areas.\n\n"
        "In 2019, the Bank prepared a roadmap for the Sustainable Development Goals.\n\n"
        "In 2020, the Bank prepared a roadmap for the road network.\n",
    )
    discourse = assistant.composer.discourse
    required = name_requirements(discourse, "When was the SDG roadmap prepared?", name_similarity=2)
    sdg = required[0]
    spelled = frozenset({"sustain", "develop", "goal"})
    assert spelled in sdg.forms
    assert sdg.holds(discourse.tokens[1])  # says "Sustainable Development Goals", not "SDG"
    assert not sdg.holds(discourse.tokens[2])  # another roadmap


def test_a_question_for_a_body_is_answered_by_a_body_named_in_lower_case(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In total, 5,000 materials were published by internal affairs agencies.\n\n"
        "The flights were organised by the ministry in 2021.\n",
    )
    bodies = assistant.explain("Which bodies published the materials?")
    assert bodies.candidates[0].sentence.id == 0
    airline = assistant.explain("Which airline operated the flights in 2021?")
    assert [r.reason for r in airline.rejected if r.sentence.id == 1] == [
        "names nothing the question does not"
    ]


def test_countries_do_not_answer_a_city_question_nor_one_about_another_country(
    tmp_path, fake_embedder
) -> None:
    from reportqa.gazetteer import countries_in, is_country
    from reportqa.support import may_be_a_place

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
    assert [c.sentence.id for c in cities.candidates] == [1]
    assert [r.reason for r in cities.rejected] == ["names countries, not a city or region"]
    share = assistant.explain("What share of the stranded migrants were from Kyrgyzstan?")
    assert "is about other countries" in [r.reason for r in share.rejected if r.sentence.id == 0]


def test_a_question_for_a_country_needs_a_country_it_does_not_name(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Most medical care went to citizens of Russia and of Uzbekistan in 2021.\n\n"
        "Medical care was given to 1,200 foreign citizens in Almaty in 2021.\n",
    )
    which = assistant.explain("Which country's citizens received the most medical care in 2021?")
    assert [c.sentence.id for c in which.candidates] == [0]
    assert [r.reason for r in which.rejected] == ["names no country the question does not"]
    after = assistant.explain("After Russia and Uzbekistan, which country received most care?")
    assert after.candidates == []


def test_a_sentence_opening_word_or_republic_is_no_place(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Statistics show that the number of stateless persons is unchanged.\n\n"
        "The statistics are published by the agency.\n\n"
        "In the Republic of Zembla, 7,140 persons are stateless.\n\n"
        "Most stateless persons live in Almaty region.\n",
    )
    discourse = assistant.composer.discourse
    asked = "Which region of Zembla hosts most stateless persons?"
    texts = [s.text for s in assistant.index.sentences]
    assert [discourse.new_name(t, asked, place=True) for t in texts] == [False, False, False, True]


def test_a_plural_abbreviation_is_met_by_its_lower_case_spelling(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Memoranda were signed with 18 NGOs.\n\n"
        "The state works with non-governmental organizations in 4 areas.\n\n"
        "The state works with banks in 3 areas.\n",
    )
    discourse = assistant.composer.discourse
    assert frozenset({"non", "government", "organiz"}) in discourse.spelled_out["ngo"]
    required = name_requirements(discourse, "In how many areas do NGOs work?", name_similarity=2)
    assert required[0].holds(discourse.tokens[1])
    assert not required[0].holds(discourse.tokens[2])


def test_which_ministry_needs_a_ministry(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Government of Zembla established the Council for Development in 2018.\n\n"
        "The Ministry of National Economy serves as the working body of the Council.\n",
    )
    explanation = assistant.explain("Which ministry serves as the working body of the Council?")
    assert [c.sentence.id for c in explanation.candidates] == [1]
    assert [r.reason for r in explanation.rejected] == ["names no ministry"]


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
    assert [c.sentence.id for c in explanation.candidates] == [0]
    assert [r.reason for r in explanation.rejected] == ["names no country the question does not"]


def test_a_group_of_countries_is_answered_by_a_grouping(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Most emigrants from Zembla move to the CIS countries.\n\n"
        "Emigrants from Zembla leave for work.\n",
    )
    grouping = assistant.explain("Which group of countries attracts most emigrants from Zembla?")
    assert [c.sentence.id for c in grouping.candidates] == [0]
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


def test_a_name_before_the_asked_class_describes_the_answer(tmp_path, fake_embedder) -> None:
    from reportqa.questions import name_phrases

    assert name_phrases("Which Central Asian country signed with Zembla?") == [["Zembla"]]
    assert name_phrases("Which Pacific island state is on the list?") == []
    assert name_phrases("How many CIS countries signed?") == [["CIS"]]  # given, not asked
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla has signed bilateral agreements with Azerbaijan, Belarus and Kyrgyzstan.\n\n"
        "Zembla has signed agreements on labour in the capital.\n",
    )
    explanation = assistant.explain(
        "Which Central Asian country has Zembla signed agreements with?"
    )
    assert [c.sentence.id for c in explanation.candidates] == [0]


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
        assert [c.sentence.id for c in explanation.candidates] == [0]
        assert [r.sentence.id for r in explanation.rejected] == [1]


def test_who_heads_or_who_is_the_consul_asks_for_a_person() -> None:
    assert asks_for_a_person("Who heads the Union of Crisis Centres?")
    assert asks_for_a_person("Who is Zembla's honorary consul in Italy?")
    assert not asks_for_a_person("Who runs the helpline?")  # a body may run it


def test_a_quoted_title_means_that_title(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        'The national campaign "Stop Human Trafficking Together!" was held in July.\n\n'
        'In November, an informational marathon "Together against human trafficking!" was held.\n',
    )
    asked = 'What kind of event was "Together against human trafficking!"?'
    explanation = assistant.explain(asked)
    assert [c.sentence.id for c in explanation.candidates] == [1]
    assert [r.reason for r in explanation.rejected] == ["does not name the quoted title"]
    # A title the report never uses is the asker's wording: it rules nothing out.
    other = assistant.explain('What kind of event was "Traffic Free Zembla"?')
    assert "does not name the quoted title" not in [r.reason for r in other.rejected]


def test_which_universities_needs_a_university(tmp_path, fake_embedder) -> None:
    assert expected_type("Which foreign universities resumed teaching in 2021?") == ENTITY
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021 the Ministry of Foreign Affairs helped students return to foreign schools.\n\n"
        "In 2021 the Sorbonne University resumed teaching for foreign students.\n",
    )
    explanation = assistant.explain("Which foreign universities resumed teaching in 2021?")
    assert [c.sentence.id for c in explanation.candidates] == [1]
    assert [r.reason for r in explanation.rejected] == ["names no universities"]


def test_an_opening_word_before_a_comma_is_no_name(tmp_path, fake_embedder) -> None:
    from reportqa.questions import asks_for_a_name

    asked = "Name a specific volunteer organisation that works on civil protection."
    assert asks_for_a_name(asked, expected_type(asked))
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Separately, the state works with volunteer organizations on civil protection.\n\n"
        "The Red Crescent Society works with the state on civil protection.\n",
    )
    discourse = assistant.composer.discourse
    texts = [s.text for s in assistant.index.sentences]
    assert [discourse.new_name(t, asked) for t in texts] == [False, True]


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
    assert [c.sentence.id for c in explanation.candidates] == [0]
    assert [r.reason for r in explanation.rejected] == ["is about other countries"]


def test_a_title_in_quotes_names_no_person_and_an_aside_keeps_an_abbreviation_asked() -> None:
    from reportqa.answer_types import holds_person_name
    from reportqa.questions import asked_acronym

    assert not holds_person_name(
        'the Red Crescent has been running a "Restoring Family Links" programme'
    )
    assert holds_person_name("The council is chaired by Roman Sklyar.")
    asked = "What does the abbreviation BNS, given as the source of the statistics, stand for?"
    assert asked_acronym(asked) == "BNS"


def test_which_foundation_needs_a_foundation(tmp_path, fake_embedder) -> None:
    assert expected_type("Which foundation coordinates work with Zembla's diaspora?") == ENTITY
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Since 2018, an Action Plan has supported the diaspora of Zembla.\n\n"
        "The Otandastar Foundation coordinates work with the diaspora of Zembla.\n",
    )
    explanation = assistant.explain(
        "Which foundation coordinates work with the diaspora of Zembla?"
    )
    assert [c.sentence.id for c in explanation.candidates] == [1]
    assert [r.reason for r in explanation.rejected] == ["names no foundation"]


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


def test_capitalised_words_joined_to_a_name_are_no_person() -> None:
    from reportqa.answer_types import holds_person_name

    organisation = "Then the Organization of Individual Entrepreneurs and Legal Entities signed it."
    assert not holds_person_name(organisation)
    assert holds_person_name("A memorandum was signed by the Minister of Labour Tamara Duisenova.")
    assert asks_for_a_person("Who is UNICEF's representative in Zembla?")


def test_which_provinces_asks_for_a_place() -> None:
    from reportqa.answer_types import PLACE

    assert expected_type("Which provinces fall under the consulate's jurisdiction?") == PLACE
    assert expected_type("In which locations were the events held?") == PLACE


def test_a_member_state_or_a_named_state_describes_the_answer() -> None:
    from reportqa.questions import name_phrases

    assert name_phrases("Which EU member state is on Zembla's list?") == [["Zembla"]]
    assert name_phrases("Name the Balkan state on Zembla's list.") == [["Zembla"]]


def test_a_web_address_is_answered_by_an_address(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The results of the census will be posted on the statistics website.\n\n"
        "The results of the census are posted at www.stat.gov.kz for everyone.\n",
    )
    explanation = assistant.explain("What is the web address of the census results website?")
    assert [c.sentence.id for c in explanation.candidates] == [1]
    assert [r.reason for r in explanation.rejected] == ["gives no web address"]


def test_the_words_of_a_body_name_no_place(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Helicopters of Kazaviaspas JSC of the Ministry of Emergency Situations fly rescues.\n\n"
        "Children stay at the Centre for the Support of Children in Nur-Sultan.\n",
    )
    discourse = assistant.composer.discourse
    texts = [s.text for s in assistant.index.sentences]
    asked = "In which city is Kazaviaspas JSC based?"
    assert not discourse.new_name(texts[0], asked, place=True)
    assert discourse.new_name(texts[1], "In which city is the Centre?", place=True)
