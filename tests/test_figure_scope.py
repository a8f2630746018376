"""The short answer of a sentence with several figures: the figure whose own phrase says
what the question asks, in the year it asks — not the first figure among its words."""

from __future__ import annotations

import pytest

from reportqa.answer_types import DATE, ENTITY, NUMBER, NUMBER_SPAN, PLACE
from reportqa.figure_scope import figure_scopes
from reportqa.short_answers import short_answer

PASSPORTS = (
    "Kazakhstan has signed visa exemption agreements for holders of diplomatic passports with "
    "71 countries, for holders of service passports — with 50 countries, and for holders of "
    "national passports — with 20 countries."
)
SURVEY = (
    "The survey found that the migrants were mainly male respondents (72%) aged 25 to 44 "
    "(68%) and natives of three neighbouring countries (80%): Uzbekistan — 51%, Tajikistan — "
    "15% and Russia — 14%; 46% of respondents were married and more than half of respondents "
    "(60%) have children."
)
CARE = (
    "In 2021, 2,990 foreigners were treated, including 2,858 emergency cases (in 2020, 5,201 "
    "foreigners were treated, including 4,857 emergency cases)."
)


@pytest.mark.parametrize(
    ("question", "quote", "expected"),
    [
        ("With how many countries do national passport holders travel visa-free?", PASSPORTS, "20"),
        ("With how many countries do service passport holders travel visa-free?", PASSPORTS, "50"),
        ("What share of the respondents were male?", SURVEY, "72%"),
        ("What share came from Tajikistan?", SURVEY, "15%"),
        ("What share of respondents were married?", SURVEY, "46%"),
        ("What share of the migrants have children?", SURVEY, "60%"),
        ("How many foreigners were treated in 2020?", CARE, "5,201"),
        (
            "How many kinds of online public services deal with going abroad?",
            "The portal provides 18 different types of public services for entering the country "
            "and obtaining citizenship, and 13 types for travelling abroad.",
            "13",
        ),
        ("How many emergency cases were there in 2020?", CARE, "4,857"),
        ("How many emergency cases were there in 2021?", CARE, "2,858"),
        (
            "How many emergency medical care cases were provided to foreigners and stateless "
            "persons in 2020?",
            "In 2020, 5,201 foreigners and stateless persons were provided medical care, "
            "including 4,857 emergency medical care.",
            "4,857",
        ),
        (
            "How many citizens of Uzbekistan were among the convicted foreigners?",
            "Procurators filed appeals against eight convicted foreign nationals (four citizens "
            "of the Russian Federation, three citizens of Uzbekistan and one citizen of the "
            "Kyrgyz Republic).",
            "three",
        ),
        (
            "Of the foreigners and stateless persons who received medical care in 2021, how many "
            "got emergency medical care?",
            "In 2021, 2,990 foreigners and stateless persons were provided medical care, "
            "including 2,858 emergency medical care.",
            "2,858",
        ),
        (
            "Of the foreign nationals reported missing in 2021, how many were identified?",
            "In 2021, the police received 14 reports of foreign nationals who were missing, of "
            "whom 12 were identified.",
            "12",
        ),
        (
            "What was the population in 2017?",
            "From 2017 to 2021, the population grew from 17,918.2 thousand to 19,125.6 thousand.",
            "17,918.2 thousand",
        ),
        (
            "What was the population in 2021?",
            "From 2017 to 2021, the population grew from 17,918.2 thousand to 19,125.6 thousand.",
            "19,125.6 thousand",
        ),
        (
            "How many countries host consular establishments?",
            "There are currently 96 consular establishments in 70 countries around the world.",
            "70",
        ),
        (
            "How many stateless-status holders were there?",
            "UNHCR says 7,118 persons hold stateless status, of whom less than 2% are children.",
            "7,118",
        ),
        (
            "How many persons were stateless at the start of 2022?",
            "Thus, as of 1 January 2022, 7,140 persons were officially stateless.",
            "7,140",
        ),
    ],
)
def test_the_short_answer_is_the_figure_the_question_describes(question, quote, expected) -> None:
    assert short_answer(question, NUMBER, quote) == expected


def test_a_figure_in_brackets_is_said_of_the_words_before_the_bracket() -> None:
    spans = [m.span() for m in NUMBER_SPAN.finditer(SURVEY)]
    scopes = {
        SURVEY[a:b].strip(): s
        for (a, b), s in zip(spans, figure_scopes(SURVEY, spans), strict=True)
    }
    assert {"male", "respond"} <= scopes["72%"].words
    assert "age" in scopes["68%"].words and "male" not in scopes["68%"].words
    assert "tajikistan" in scopes["15%"].words and "russia" not in scopes["15%"].words
    # The opening of the sentence is said of every figure: it tells none apart.
    assert not any("survey" in s.words for s in scopes.values())


def test_a_year_sets_the_time_of_the_figures_after_it() -> None:
    spans = [m.span() for m in NUMBER_SPAN.finditer(CARE) if CARE[m.start() : m.end()] != "2021"]
    years = {CARE[a:b]: s.year for (a, b), s in zip(spans, figure_scopes(CARE, spans), strict=True)}
    assert years["2,858"] == "2021" and years["4,857"] == "2020"


@pytest.mark.parametrize(
    ("question", "quote", "expected"),
    [
        (
            "Under which article of the code are refugees entitled to free medical care?",
            "Refugees are entitled to free medical care under Article 83 of the Code.",
            "Article 83",
        ),
        (
            "Who protects the rights of stateless persons?",
            "Stateless persons have virtually the same range of rights as nationals "
            "(implementation of GCM Objective 4 (g)), says the Ombudsman.",
            "Ombudsman",
        ),
        (
            "With which countries has it signed bilateral agreements?",
            "It cooperates within the CIS, and has signed bilateral agreements with Azerbaijan, "
            "Belarus and Uzbekistan.",
            "Azerbaijan, Belarus and Uzbekistan",
        ),
        (
            "Which body adopted the admission procedure for pupils?",
            "The Rules on admission of pupils were adopted by the Ministry of Education.",
            "Ministry of Education",
        ),
    ],
)
def test_the_short_answer_is_a_name_of_the_kind_asked(question, quote, expected) -> None:
    # The report writes "rules" and "code" in lower case elsewhere: alone they name nothing.
    lower_case = frozenset({"rules", "code"})
    assert short_answer(question, ENTITY, quote, lower_case=lower_case) == expected


def test_the_year_asked_of_a_given_figure_is_the_year_of_its_phrase() -> None:
    question = "In which year did the population reach 19,125.6 thousand?"
    growth = (
        "Over the past five years, from 2017 to 2021, the population number has grown from "
        "17,918.2 thousand people to 19,125.6 thousand people."
    )
    assert short_answer(question, DATE, growth) == "2021"
    question = "In which year were 4,857 emergency cases recorded among foreigners?"
    assert short_answer(question, DATE, CARE) == "2020"


@pytest.mark.parametrize(
    ("question", "quote", "expected"),
    [
        (
            "Where were the mobile groups deployed?",
            "The pilot of mobile groups organized by the MIA together with the General "
            "Prosecutor's Office, Ministry of Labour and Social Protection, and IOM is continued "
            "in Karaganda, Mangistau, and Turkestan regions.",
            "Karaganda, Mangistau, and Turkestan regions",
        ),
        (
            "Where was the anti-trafficking marathon held?",
            'In November 2021, an informational marathon "Together against human trafficking!" '
            "was held on the Kazakh-Kyrgyz and Kazakh-Uzbek sections of the border.",
            "Kazakh-Kyrgyz and Kazakh-Uzbek",
        ),
    ],
)
def test_a_place_is_not_a_body_or_a_title(question, quote, expected) -> None:
    assert short_answer(question, PLACE, quote) == expected


def test_a_rare_word_of_the_question_outweighs_common_ones() -> None:
    # (The rule on the whole a question gives first is checked by the "2,858" case above.)
    question = (
        "Among the foreigners whose convictions procurators challenged, Russian nationals "
        "numbered how many?"
    )
    quote = (
        "Procurators filed appeals against eight convicted foreign nationals (four citizens of "
        "the Russian Federation, three citizens of Uzbekistan and one citizen of the Kyrgyz "
        "Republic)."
    )
    # As in the report's statistics, a country's name is rarer than "nationals".
    weights = {"russian": 4.0, "nation": 1.5, "foreign": 1.5, "convict": 3.0, "procur": 3.0}
    assert short_answer(question, NUMBER, quote, weights=weights) == "four"


def test_a_figure_keeps_its_qualifier() -> None:
    quote = "UNHCR says 7,118 persons hold stateless status, of whom less than 2% are children."
    assert short_answer("What share of them are children?", NUMBER, quote) == "less than 2%"
    quote = "In 2021, about 3,000 of our citizens were returned home."
    assert short_answer("How many citizens were returned home?", NUMBER, quote) == "about 3,000"


def test_a_named_class_asked_is_answered_by_a_name_of_that_class() -> None:
    quote = (
        "The Ministry of Internal Affairs has taken steps to facilitate the acceptance of "
        'citizenship by ethnic Kazakhs - "Kandas".'
    )
    question = "Which ministry is easing the path to citizenship for ethnic Kazakh returnees?"
    assert short_answer(question, ENTITY, quote) == "Ministry of Internal Affairs"


@pytest.mark.parametrize(
    ("question", "quote", "expected"),
    [
        (
            "Who operates the national helpline?",
            "The helpline is operated by specialists of the Association of legal entities "
            '"Union of Crisis Centres in Kazakhstan".',
            "Union of Crisis Centres in Kazakhstan",
        ),
        (
            "Nationals of which country made up 15% of the stranded migrants?",
            "Most came from three neighbouring countries (80%): Uzbekistan — 51%, Tajikistan — "
            "15% and Russia — 14%.",
            "Tajikistan",
        ),
        (
            "In which of the five areas does SDG 12 fall?",
            "Targets are grouped in five key areas: People (SDGs 1-5), Planet (SDGs 6,12-15), "
            "Prosperity (SDGs 7-11), Peace (SDG 16) and Partnership (SDG 17).",
            "Planet",
        ),
    ],
)
def test_the_name_is_the_one_standing_with_what_the_question_gives(
    question, quote, expected
) -> None:
    assert short_answer(question, ENTITY, quote) == expected


@pytest.mark.parametrize(
    ("question", "quote", "expected"),
    [
        (
            "Since when has the ministry had a memorandum with the OSCE office?",
            "Memoranda are effective between the ministry and IOM since 2012, between the "
            "ministry and the OSCE Programme Office since 2016, and with 18 NGOs since 2020.",
            "2016",
        ),
        (
            "When did the World Bank prepare its roadmap for monitoring the SDGs?",
            "In 2019, the World Bank prepared a Kazakhstan Roadmap for Monitoring the "
            "Sustainable Development Goals for 2020-2022.",
            "2019",
        ),
        (
            "Which years does the World Bank's SDG monitoring roadmap cover?",
            "In 2019, the World Bank prepared a Kazakhstan Roadmap for Monitoring the "
            "Sustainable Development Goals for 2020-2022.",
            "2020-2022",
        ),
    ],
)
def test_the_date_is_the_one_whose_phrase_the_question_describes(question, quote, expected):
    assert short_answer(question, DATE, quote) == expected


def test_the_agent_after_by_answers_who_does_what_the_question_says() -> None:
    quote = (
        'UNICEF defines it as "a process carried out by social workers that supports or '
        'regulates the provision of social assistance".'
    )
    question = "In the definition the report quotes, who carries out the process?"
    assert short_answer(question, ENTITY, quote) == "social workers"
    quote = "The indicator takes into account all current transfers made by resident households."
    assert short_answer("The indicator counts transfers made by whom?", None, quote) == (
        "resident households"
    )
    # Another verb than the question's is not its agent; "specialists of X" are X's.
    assert short_answer("Who presented the report?", ENTITY, "It was prepared by experts.") is None
    quote = 'The helpline is operated by specialists of the Association "Union of Crisis Centres".'
    assert short_answer("Who operates the helpline?", ENTITY, quote) != "specialists"
