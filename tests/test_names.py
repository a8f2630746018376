"""Questions that ask for a name: a place, a country, a body, a person, an abbreviation. A
sentence answers only if it names what is asked and the question does not. Each test builds
a tiny report with the fake embedder."""

from __future__ import annotations

from reportqa.answer_types import ENTITY
from reportqa.asked_names import asks_for_a_name, asks_for_a_person
from reportqa.questions import expected_type
from reportqa.requirements import name_requirements
from tiny_report import candidate_ids, candidates, rejections, tiny_assistant


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
    # The asking clause after a preface; a role word as an adjective asks for no person.
    assert asks_for_a_person("SDG slide: which official heads the Coordinating Council?")
    assert not asks_for_a_person("Fact-check: what official count does the review give?")
    assert asks_for_a_person("Name the person who presides over the council.")
    assert asks_for_a_person("Which person held the office of head of state?")


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


def test_an_abbreviation_the_report_never_uses_is_met_by_its_spelling(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Ministry of Foreign Affairs worked to resume direct flights.\n\n"
        "The Ministry of Health worked to resume routine vaccination.\n",
    )
    discourse = assistant.composer.discourse
    asked = "What did the MFA work to resume?"
    (mfa, *_) = name_requirements(discourse, asked, name_similarity=2)
    assert mfa.holds(discourse.tokens[0]) and not mfa.holds(discourse.tokens[1])


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
    assert candidate_ids(explanation) == [1]
    assert [r.reason for r in explanation.rejected] == ["names no ministry"]


def test_who_heads_or_who_is_the_consul_asks_for_a_person() -> None:
    assert asks_for_a_person("Who heads the Union of Crisis Centres?")
    assert asks_for_a_person("Who is Zembla's honorary consul in Italy?")
    assert not asks_for_a_person("Who runs the helpline?")  # a body may run it
    assert asks_for_a_person("Which diplomat heads the new consulate general?")
    assert asks_for_a_person("Which World Bank economist led the work on the roadmap?")
    assert asks_for_a_person("Which government figure leads the council?")
    assert asks_for_a_person("Who sits at the head of the council?")
    assert asks_for_a_person("Who signed the agreement in Bern on Zembla's behalf?")
    assert asks_for_a_person("Who signed the Bern agreement on Zembla's side?")
    assert not asks_for_a_person("Who signed the agreement in Bern?")  # two states may sign it
    assert not asks_for_a_person("What was the official number of stateless people?")
    assert not asks_for_a_person("Which expert group does the paper mention?")  # a body
    assert asks_for_a_person("Who is the consul general in Busan?")
    # People are appointed, and sign in a role; a body is not appointed.
    assert asks_for_a_person("Who was appointed as the first Consul General in Busan?")
    assert asks_for_a_person("Who was named head of the new consular mission?")
    assert asks_for_a_person("Who signed the 2021 decree as President of Zembla?")


def test_a_quoted_title_means_that_title(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        'The national campaign "Stop Human Trafficking Together!" was held in July.\n\n'
        'In November, an informational marathon "Together against human trafficking!" was held.\n',
    )
    asked = 'What kind of event was "Together against human trafficking!"?'
    explanation = assistant.explain(asked)
    assert candidate_ids(explanation) == [1]
    assert [r.reason for r in explanation.rejected] == ["does not name the quoted title"]
    # A title in single quotes is a title too; the sentence after the one that names it is
    # about another event unless it refers back to it.
    asked = "In which month was the 'Stop Human Trafficking Together!' campaign held?"
    explanation = assistant.explain(asked)
    assert candidate_ids(explanation) == [0]
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
    assert candidate_ids(explanation) == [1]
    assert [r.reason for r in explanation.rejected] == ["names no universities"]


def test_an_opening_word_before_a_comma_is_no_name(tmp_path, fake_embedder) -> None:

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


def test_a_title_in_quotes_names_no_person_and_an_aside_keeps_an_abbreviation_asked() -> None:
    from reportqa.asked_names import asked_acronym
    from reportqa.proper_names import holds_person_name

    assert not holds_person_name(
        'the Red Crescent has been running a "Restoring Family Links" programme'
    )
    assert holds_person_name("The council is chaired by Roman Sklyar.")
    # A document's name is no person's: "Zembla Roadmap", "Action Plan".
    assert not holds_person_name("In 2019, the Bank prepared a Zembla Roadmap for Monitoring.")
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
    assert candidate_ids(explanation) == [1]
    assert [r.reason for r in explanation.rejected] == ["names no foundation"]


def test_capitalised_words_joined_to_a_name_are_no_person() -> None:
    from reportqa.proper_names import holds_person_name

    organisation = "Then the Organization of Individual Entrepreneurs and Legal Entities signed it."
    assert not holds_person_name(organisation)
    assert holds_person_name("A memorandum was signed by the Minister of Labour Tamara Duisenova.")
    assert asks_for_a_person("Who is UNICEF's representative in Zembla?")


def test_a_place_whose_name_opens_with_new_or_south_is_no_person() -> None:
    from reportqa.proper_names import holds_person_name

    assert not holds_person_name("The recommendations (UN New York and Geneva, 2015) apply.")
    assert not holds_person_name("A consulate was opened in Busan (South Korea) in 2021.")
    assert holds_person_name("The meeting was chaired by Marat Beketayev in New York.")


def test_which_provinces_asks_for_a_place() -> None:
    from reportqa.answer_types import PLACE

    assert expected_type("Which provinces fall under the consulate's jurisdiction?") == PLACE
    assert expected_type("In which locations were the events held?") == PLACE


def test_a_web_address_is_answered_by_an_address(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The results of the census will be posted on the statistics website.\n\n"
        "The results of the census are posted at www.stat.gov.kz for everyone.\n",
    )
    explanation = assistant.explain("What is the web address of the census results website?")
    assert candidate_ids(explanation) == [1]
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


def test_a_group_of_people_is_described_not_named() -> None:
    asked = "Which group of migrants must hold a voluntary insurance policy?"
    assert not asks_for_a_name(asked, expected_type(asked))
    grouping = "Which group of countries does Zembla cooperate with most?"
    assert asks_for_a_name(grouping, expected_type(grouping))


def test_a_portal_app_or_what_a_thing_is_called_asks_for_its_name() -> None:
    from reportqa.short_answers import short_answer

    assert expected_type("Disaster information: which online portal carries it?") == ENTITY
    assert expected_type("The job platform: what will it be called?") == ENTITY
    assert expected_type("What is the name of the law?") is None  # an open question still
    app = "The Ministry of Emergency Situations developed the Darmen mobile application."
    assert short_answer("Which app did the ministry build?", ENTITY, app) == "Darmen"
    called = 'It is an ecosystem of services, which will be called "Eurasian Labour Exchange".'
    asked = "What will the ecosystem be called?"
    assert short_answer(asked, ENTITY, called) == "Eurasian Labour Exchange"
    # No name said to be the one called: no short answer rather than another name.
    assert short_answer(asked, ENTITY, "The Ministry of Labour plans an ecosystem.") is None
    law = "Entry is governed by the Law “On Migration” of 2011."
    assert short_answer("Which statute governs entry?", ENTITY, law) == "Law “On Migration”"


def test_which_law_code_treaty_or_programme_asks_for_its_name() -> None:
    from reportqa.short_answers import short_answer

    assert expected_type("Which treaty entitles visitors to free care?") == ENTITY
    assert expected_type("What programme will replace the Action Plan?") == ENTITY
    # "What does the programme offer" asks what it offers, not which programme.
    assert expected_type("What does the programme offer besides shelter?") is None
    code = "Employers are held liable under the Code of Administrative Offences."
    assert short_answer("Which code holds employers liable?", ENTITY, code) == (
        "Code of Administrative Offences"
    )
    decree = "The consulate was established by Presidential Decree No. 642 dated 20 August 2021."
    assert short_answer("Which decree set up the consulate?", ENTITY, decree) == (
        "Presidential Decree No. 642"
    )
    # Two laws in the quote: which is meant is left to the reader, not guessed.
    laws = "The rules rest on the Law “On Migration” (2011) and the Law “On Foreigners” (1995)."
    assert short_answer("Which law dated 2011 do the rules rest on?", ENTITY, laws) is None


def test_capitalised_adjectives_before_a_kind_describe_the_answer() -> None:
    from reportqa.asked_names import asks_for_a_country, name_phrases
    from reportqa.questions import ENTITY, expected_type

    assert name_phrases("Which European security organisation has an office there?") == []
    assert name_phrases("Which Central Asian republic signed it?") == []
    # A country's adjective still says where: "which Russian city" is in Russia.
    assert name_phrases("Which Russian city hosts the consulate?") == [["Russian"]]
    # Before another noun, the adjective is the question's own given name.
    assert name_phrases("Which Central Asian airline flies there?") == [["Central", "Asian"]]
    # Neighbours are countries asked for; a capitalised "State" is the class asked too.
    assert name_phrases("Which Central Asian neighbours signed it?") == []
    assert asks_for_a_country("Which Central Asian neighbours signed it?")
    assert asks_for_a_country("Need the names of the 20 countries covered by the waivers.")
    assert expected_type("Which Central Asian neighbours signed it?") == ENTITY
    assert name_phrases("With which South Caucasus State did Zembla sign?") == [["Zembla"]]
    assert name_phrases("Which State Department ranked it?") == [["State", "Department"]]


def test_an_abbreviation_is_spelled_out_by_its_definition_however_far_in_meaning(
    tmp_path, fake_embedder
) -> None:
    from reportqa.asked_names import asked_acronym

    assert asked_acronym("GAFMC — what does it stand for?") == "GAFMC"
    assert asked_acronym("CAM: what is the full name behind the abbreviation?") == "CAM"
    assert asked_acronym("What is the IOM report about?") is None
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Children are placed in the Centre for Adaptation of Minors (CAM) and the Child "
        "Support Centre (CSC).\n\n"
        "Documents are accepted through CSCs (front offices) for public services.\n",
    )
    cam = assistant.ask("What does CAM stand for?")
    assert not cam.refused and cam.short_answer == "Centre for Adaptation of Minors"
    # The CSC of the front offices is not the one the report spells out.
    assert assistant.ask("What does CSC stand for at the front offices for documents?").refused


def test_a_requirement_is_described_in_a_stable_order() -> None:
    from reportqa.requirements import Requirement

    forms = [frozenset({"organis"}), frozenset({"agenc"}), frozenset({"bodi"})]
    shuffled = Requirement(list(reversed(forms)), 2.0, scope="units")
    assert Requirement(forms, 2.0, scope="units").describe() == shuffled.describe()
    assert shuffled.stems() == {"organis", "agenc", "bodi"}


def test_the_name_of_the_person_heading_a_body_asks_for_a_person() -> None:
    assert asks_for_a_person("Name of the person heading the Coordinating Council?")
    assert not asks_for_a_person("Which people in need do volunteers assist?")


def test_a_number_names_the_article_or_decree_asked_for(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "According to Article 21 of the Criminal Procedure Code, migrants have equal access to "
        "justice.\n\nThe Criminal Procedure Code grants migrants access to justice.\n",
    )
    numbered, bare = assistant.index.sentences
    discourse = assistant.composer.discourse
    asked = "Which Criminal Procedure Code article grants migrants access to justice?"
    assert discourse.new_name(numbered.text, asked)  # "21" is not in the question
    assert not discourse.new_name(bare.text, asked)
    given = "What does Article 21 of the Criminal Procedure Code grant?"
    assert not discourse.new_name(numbered.text, given)


def test_a_place_question_needs_a_name_used_as_a_place(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Zorgan Crescent runs family tracing in reception centres.\n\n"
        "The helpline's call centre is based in Karaganda.\n\n"
        "Flights left from Zembla City and from the Turkestan region.\n",
    )
    from reportqa.places import names_a_place

    tracing, helpline, flights = assistant.index.sentences
    used = assistant.composer.discourse.places

    def place(name: str, text: str, *, below: bool = False) -> bool:
        return names_a_place(name, text, used=used, below=below)

    assert not place("Zorgan", tracing.text)  # a name used as no place
    assert place("Karaganda", helpline.text)  # "in Karaganda"
    assert place("Almaty", "Almaty hosts it.")  # an ISO 3166-2 region
    assert place("Turkestan", flights.text)  # "Turkestan region"
    # A group of countries is a place, but no answer to "which region"; a body is none.
    emigrants = "Most emigrants move to the CIS countries."
    assert place("CIS", emigrants) and not place("CIS", emigrants, below=True)
    assert not place("IOM", "The IOM Mission helped.")
    asked = "In which cities does the society run family tracing in reception centres?"
    assert assistant.ask(asked).refused


def test_a_close_sentence_that_names_a_place_answers_where_first(tmp_path, fake_embedder):
    from reportqa.answer_types import PLACE

    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Foreign patients treated in Zembla from the EAEU mostly get emergency care.\n\n"
        "By countries, most foreign patients come from Kyrgyzstan.\n",
    )
    eaeu, countries = assistant.index.sentences
    asked = "Where do most foreign patients treated in Zembla come from?"
    # The EAEU sentence is closer in words, but names no place: Kyrgyzstan answers first.
    assert [c.sentence for c in candidates(assistant, asked, PLACE)] == [countries, eaeu]


def test_an_abbreviated_body_is_met_by_the_head_that_refers_back_to_it(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Nationals of the EAEU get emergency care free of charge.\n\n"
        "Visas are issued within five days.\n\n"
        "Consulates work in 70 countries.\n\n"
        "A digital ecosystem for citizens of the Union member states will be called "
        '"Eurasian Labour Exchange".\n',
    )
    discourse = assistant.composer.discourse
    assert discourse.heads_referred_back == frozenset({"union"})
    asked = "What will the EAEU digital ecosystem be called?"
    required = name_requirements(discourse, asked, name_similarity=0.6)
    assert all(frozenset({"union"}) in r.forms for r in required)


def test_which_law_is_answered_by_a_code(tmp_path, fake_embedder) -> None:
    from reportqa.asked_names import names_one_of

    assert names_one_of("law", "The Labour Code restricts such contracts.")
    assert names_one_of("law", 'The Law "On Migration" was adopted in 2011.')
    assert not names_one_of("law", "The Ministry restricts such contracts.")
    assert names_one_of("ministry", "The Ministry of Labour restricts them.")


def test_which_article_needs_an_article_and_its_number(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Labour Code restricts employment contracts with persons convicted of trafficking.\n\n"
        "Visas are issued within five days.\n",
    )
    answer = assistant.ask("Which article of the Labour Code restricts employment contracts?")
    assert answer.refused  # the code, not its article, is named


def test_a_country_initialism_is_the_country(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla has ratified more than 180 basic international acts.\n\n"
        "According to the US State Department, Zembla moved to the second category.\n\n"
        "Zembla signed a treaty with Kazakhstan. Zembla is a member of the UN.\n\n"
        "Zembla has 96 consulates.\n",
    )
    discourse = assistant.composer.discourse
    asked = "Which category did the US put Zembla in?"
    required = name_requirements(discourse, asked, name_similarity=0.6)
    assert required and all(frozenset({"us"}) in r.forms for r in required)
    # "KZ" is Kazakhstan, named by the report in full.
    required = name_requirements(discourse, "What did KZ sign?", name_similarity=0.6)
    assert required and all(frozenset({"kazakhstan"}) in r.forms for r in required)


def test_a_capital_that_opens_a_sentence_names_nothing_the_report_writes_lower_case(
    tmp_path, fake_embedder
) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Plans to develop a digital ecosystem for jobs are under way.\n\n"
        "The plan was approved in 2021.\n",
    )
    plans, _approved = assistant.index.sentences
    discourse = assistant.composer.discourse
    assert discourse.written_in_lower_case("Plans")  # "plan", another form of it
    assert not discourse.new_name(plans.text, "What will the jobs platform be called?")


def test_which_agency_is_answered_by_a_body_not_by_any_new_name(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In November 2021, the marathon was held on the Kazakh-Kyrgyz section of the border.\n\n"
        "In November 2021, the marathon was organised by the Border Service of Zembla.\n\n"
        "The spring mapping of stranded migrants was carried out by IOM in Zembla.\n",
    )
    asked = assistant.explain("Which agency organised the November 2021 marathon?")
    assert candidate_ids(asked) == [1]
    assert [r.reason for r in asked.rejected if r.sentence.id == 0] == [
        "names nothing the question does not"
    ]
    # An acronym names a body too, and "what kind of body" asks for a description.
    new_name = assistant.composer.discourse.new_name
    mapped = "The spring mapping of stranded migrants was carried out by IOM in Zembla."
    assert new_name(mapped, "Which organisation carried out the spring mapping?")
    border = "The marathon was held on the Kazakh-Kyrgyz section of the border."
    assert not new_name(border, "Which organisation held the marathon?")
    assert new_name(border, "What kind of organisation held the marathon?")
    # A donor or a sponsor is a body too.
    assert not new_name(border, "Which donor paid for the marathon?")


def test_what_is_the_name_of_asks_for_a_name(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Concept envisages a modern system for recording migration flows.\n\n"
        "The evacuation from Zembla in 2019 was called Operation Zhusan by the ministry.\n",
    )
    system = assistant.explain("What is the name of the recording system envisaged by the Concept?")
    assert system.candidates == []
    assert [r.reason for r in system.rejected if r.sentence.id == 0] == [
        "names nothing the question does not"
    ]
    operation = assistant.ask("What was the code name of the evacuation from Zembla in 2019?")
    assert not operation.refused and "Operation Zhusan" in operation.answer


def test_the_short_answer_to_which_department_is_a_body_s_name(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Ministry of Internal Affairs, as the authorised body to issue passports, grants "
        'citizenship to ethnic Zemblans - "Kandas".\n\nVisas are issued by the consulates.\n',
    )
    answer = assistant.ask("Which government department grants citizenship to ethnic Zemblans?")
    assert answer.short_answer == "Ministry of Internal Affairs"


def test_a_body_said_in_lower_case_is_named_by_what_qualifies_it(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In November, an information marathon was held on the Zembla border.\n\n"
        "Civil protection authorities teach young people how to behave in emergencies.\n",
    )
    _, teaching = assistant.index.sentences
    discourse = assistant.composer.discourse
    asked = "Which authorities teach young people how to behave in emergencies?"
    assert discourse.new_name(teaching.text, asked)  # "civil protection" is not asked
    # "Labour law" or "funding" names no body: a law is made by one.
    advice = "As part of the campaign, citizens were advised on labour law and funding."
    assert not discourse.new_name(advice, "Which agency organised the marathon?")
    assert discourse.new_name("Internal affairs agencies ran it.", "Which body ran it?")


def test_a_common_noun_after_in_is_no_place(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The campaign marked the World Day Against Trafficking in Persons.\n\n"
        "Some persons were helped by the consulate in Busan.\n",
    )
    places = assistant.composer.discourse.places
    assert "busan" in places and not {"person", "persons"} & places
    cities = assistant.explain("In which cities were events of the campaign held?")
    assert 0 not in candidate_ids(cities)


def test_members_of_a_set_asked_need_a_sentence_that_lists(tmp_path, fake_embedder) -> None:
    from reportqa.enumerations import asks_to_enumerate

    assert asks_to_enumerate("Name the 20 countries whose agreements cover national passports.")
    assert asks_to_enumerate("Which specific rights do stateless persons lack?")
    assert not asks_to_enumerate("What were the 14 reports about?")
    assert not asks_to_enumerate("Name the council that handles the SDGs.")
    assert asks_to_enumerate("Which 20 countries have visa-free deals with Kazakhstan?")
    assert asks_to_enumerate("Which are the twenty countries where passport holders go visa-free?")
    assert asks_to_enumerate("Need the names of the 20 countries covered by visa waivers.")
    assert asks_to_enumerate("Visa-free countries for ordinary passports — list them.")
    assert not asks_to_enumerate("Which 2021 measures raised the ranking?")
    assert not asks_to_enumerate("Which two codes were amended?")  # "the Criminal and … Codes"
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "State contributions are paid for the categories listed in Article 26 (15 categories).\n\n"
        "Discrimination on grounds of origin, social status, occupation or sex is banned.\n",
    )
    categories = assistant.explain("What are the 15 categories whose contributions the state pays?")
    assert categories.candidates == []
    assert "lists nothing" in [r.reason for r in categories.rejected]
    grounds = assistant.explain("List the grounds of discrimination that are banned.")
    assert candidate_ids(grounds) == [1]


def test_a_city_asked_is_no_continent_or_country(tmp_path, fake_embedder) -> None:
    from reportqa.asked_names import asks_for_a_settlement

    assert asks_for_a_settlement("What is the capital of Kyrgyzstan?")
    assert not asks_for_a_settlement("Which region does the forum focus on?")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Almaty Process is a consultative platform on migration affecting Central Asia.\n\n"
        "Citizens were evacuated from Afghanistan and Syria.\n",
    )
    city = assistant.explain("In which city does the Almaty Process hold its conferences?")
    assert city.candidates == []
    region = assistant.explain("Which region's migration issues does the Almaty Process address?")
    assert candidate_ids(region) == [0]


def test_members_of_a_set_of_a_given_size_are_listed_with_that_size(tmp_path, fake_embedder):
    from reportqa.enumerations import enumerated_count

    assert enumerated_count("Name the 20 countries with such agreements.") == ("20", "twenty")
    assert enumerated_count("List the three countries next to Zembla.") == ("3", "three")
    assert enumerated_count("What nationalities were the 14 foreigners reported missing?") == (
        "14",
        "fourteen",
    )
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla has visa exemption agreements for national passports with 20 countries.\n\n"
        "Talks are underway with other countries (Austria, Albania, Andorra and Fiji).\n\n"
        "The agreements with 20 countries include Austria, Belarus, Georgia and Serbia.\n",
    )
    asked = assistant.explain("Name the 20 countries whose agreements cover national passports.")
    assert candidate_ids(asked) == [2]
    assert "lists another set" in [r.reason for r in asked.rejected]
    # A share is no size of a set.
    (tmp_path / "shares").mkdir()
    shares = tiny_assistant(
        tmp_path / "shares",
        fake_embedder,
        "Most stranded migrants came from Uzbekistan (51%), Tajikistan (15%), Kyrgyzstan (14%).\n",
    )
    nationalities = "What nationalities were the 14 foreigners among the stranded migrants?"
    assert shares.explain(nationalities).candidates == []


def test_a_city_short_answer_is_the_name_said_to_be_where() -> None:
    from reportqa.answer_types import PLACE
    from reportqa.short_answers import short_answer

    quote = (
        "On 6 September 2021, in Bern, a visa exemption agreement for holders of diplomatic "
        "passports was signed between RoK and Switzerland."
    )
    asked = "In which city did they sign the visa waiver for diplomatic passports?"
    assert short_answer(asked, PLACE, quote) == "Bern"


def test_where_online_is_answered_by_a_site(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla provides free and open access to information on disaster risks.\n\n"
        "All the necessary information is posted on the Open Government Internet portal.\n",
    )
    where = assistant.explain("Where online can people find information on disaster risks?")
    assert candidate_ids(where) == [1]
    assert ("names no site", 0) in rejections(where)


def test_an_owner_named_before_a_month_is_a_name_of_its_own() -> None:
    from reportqa.short_answers import short_answer

    quote = "IOM's February 2021 mapping of stranded migrants in Zembla found 72% were men."
    asked = "Which organisation carried out the February 2021 mapping of stranded migrants?"
    assert short_answer(asked, ENTITY, quote) == "IOM"
    # A possessive inside a body's name is part of it.
    office = "The General Prosecutor's Office in Almaty runs the mobile groups."
    assert short_answer("Which organisation runs the mobile groups?", ENTITY, office) == (
        "General Prosecutor's Office"
    )


def test_a_ministry_the_question_names_in_short_is_no_answer_in_full() -> None:
    from reportqa.short_answers import short_answer

    quote = "Mobile groups were organized by the MIA together with the General Prosecutor's Office."
    asked = "Which prosecution body helps the Interior Ministry run the mobile groups?"
    assert short_answer(asked, ENTITY, quote) == "General Prosecutor's Office"
    full = "The Ministry of Internal Affairs works with IOM on the procedures."
    assert short_answer("Which organisation works with the interior ministry?", ENTITY, full) == (
        "IOM"
    )


def test_each_name_of_a_hyphenated_pair_is_a_name(tmp_path, fake_embedder) -> None:
    from reportqa.asked_names import name_phrases

    assert name_phrases("Where was the Swiss-Kazakh waiver signed?") == [["Swiss", "Kazakh"]]
    assert name_phrases("Which IOM-backed study found gaps?") == [["IOM"]]
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "On 6 September 2021, in Bern, a visa exemption agreement for holders of diplomatic "
        "passports was signed between Kazakhstan and Switzerland.\n\n"
        "Visas are issued within five days by the consulates.\n",
    )
    # "Swiss" names Switzerland: the pair need not be written as the question writes it.
    answer = assistant.ask("In which city was the Swiss-Kazakh visa waiver signed?")
    assert not answer.refused
    assert answer.short_answer == "Bern"


def test_an_abbreviation_that_starts_a_terse_question_is_a_name() -> None:
    from reportqa.asked_names import name_phrases

    assert name_phrases("EAEU digital jobs platform — name?") == [["EAEU"]]
    # A capitalised first word is only the start of the question.
    assert name_phrases("Digital jobs platform of the EAEU — name?") == [["EAEU"]]
    assert name_phrases("Digital jobs platform — name?") == []


def test_openers_set_off_by_commas_are_no_list() -> None:
    from reportqa.enumerations import holds_enumeration

    counts = (
        "In general, to date, Zembla has signed visa exemption agreements for holders of "
        "diplomatic passports with 71 countries."
    )
    assert not holds_enumeration(counts)
    assert holds_enumeration("Talks are under way with Austria, Albania, Andorra and Fiji.")
