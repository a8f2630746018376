"""Questions that ask for a figure or a date: what is counted or measured must be said where
the figure is, and a figure for another year, milestone, part or kind does not answer. Each
test builds a tiny report with the fake embedder."""

from __future__ import annotations

from reportqa.counting import counted_words, measured_noun
from reportqa.lexical import tokenize
from reportqa.milestones import asked_events
from reportqa.stated_details import funding_requirement
from tiny_report import candidate_ids, candidates, rejections, tiny_assistant


def test_a_figure_counting_something_else_is_refused(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "There are 106 Honorary Consuls of the country working abroad.\n\n"
        "Its diplomats held talks on visas in the capital.\n",
    )
    counted = assistant.ask("How many Honorary Consuls work abroad?")
    assert not counted.refused and counted.short_answer == "106"
    # "diplomats" is a word the text uses, but no figure counts them.
    assert assistant.ask("How many diplomats work abroad?").refused


def test_a_measured_figure_must_be_said_of_what_is_measured(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2020, the negative balance of migration amounted to 17.7 thousand people.\n\n"
        "In 2021, migration outflow amounted to 21.2 thousand people.\n",
    )
    balance = assistant.ask("What was the migration balance in 2020?")
    assert not balance.refused and "17.7" in balance.answer
    # 2021 has an outflow figure, not a balance; and the 2020 sentence states its own year.
    assert assistant.ask("What was the migration balance in 2021?").refused


def test_measured_nouns_and_milestones_are_read_from_the_question() -> None:
    assert measured_noun("What was Kazakhstan's net migration balance for 2021?") == "balance"
    assert measured_noun("What was the total number of visas?") is None
    assert asked_events("When did the agreement enter into force?", dated=True)
    assert asked_events("When was it signed?", dated=True) != asked_events(
        "When did it enter into force?", dated=True
    )
    assert len(asked_events("When did he sign the order creating the consulate?", dated=True)) == 2
    assert asked_events("When did the census take place?", dated=False) == []
    assert len(asked_events("When did the census take place?", dated=True)) == 1


def test_a_count_of_people_takes_any_kind_of_person_but_not_a_share(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "About 80 citizens were evacuated from unstable regions by military aircraft.\n\n"
        "One third of children live with the respondents in the capital.\n",
    )
    people = assistant.ask("How many people were evacuated from unstable regions?")
    assert not people.refused and people.short_answer == "About 80"
    # "One third of children" is a share of them, not a count.
    assert assistant.ask("How many children live with the respondents in the capital?").refused


def test_who_paid_needs_a_sentence_about_money(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        'The campaign "Stop Trafficking" was held in support of the World Day.\n\n'
        "The hotline was funded by the Soros Foundation in 2021.\n",
    )
    funded = assistant.ask("Who funded the hotline?")
    assert not funded.refused and "Soros Foundation" in funded.answer
    assert assistant.ask('Who funded the campaign "Stop Trafficking"?').refused


def test_a_fine_or_an_investment_needs_a_currency(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Code of Administrative Offences sets the liability of 200 employers for minors.\n\n"
        "Stateless persons may apply for naturalisation after 5 years of residence.\n",
    )
    assert assistant.ask("What fine can employers get under the Code for minors?").refused
    assert assistant.ask("What minimum investment is required for naturalisation?").refused


def test_a_count_qualified_by_its_words_when_its_noun_is_everywhere(tmp_path, fake_embedder):
    # "Kazakh" is in most sentences; what a count of "ethnic Kazakhs" counts is "ethnic".
    filler = "".join(
        f"Kazakhstan reports on topic number {n} in region {n}.\n\n" for n in range(24)
    )
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "About 80 citizens of Kazakhstan were evacuated by air to Kazakhstan.\n\n"
        "Kazakhstan supports 2,000 ethnic Kazakhs in Kazakhstan every year.\n\n" + filler,
    )
    supported = assistant.ask("How many ethnic Kazakhs does Kazakhstan support every year?")
    assert not supported.refused and supported.short_answer == "2,000"
    found = candidates(assistant, "How many ethnic Kazakhs were evacuated by air?", "number")
    assert all("ethnic" in c.sentence.text for c in found)


def test_an_approximate_figure_in_the_question_need_not_be_found_as_written() -> None:
    from reportqa.asked_details import exact_figures

    asked = (
        "Over how many years did it rise from about 17.9 million to roughly 19.1 million by 2021?"
    )
    assert exact_figures(asked) == {"2021"}
    assert exact_figures("Which 7,140 persons were stateless in 2022?") == {"7140", "2022"}


def test_a_question_on_paying_is_answered_by_a_sentence_on_charges(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Emergency care is provided to visitors free of charge and in full.\n\n"
        "Emergency care is provided to visitors in every region.\n",
    )
    discourse = assistant.composer.discourse
    (paid,) = funding_requirement("Do visitors have to pay for emergency care?", None)
    assert paid.holds(discourse.tokens[0])
    assert not paid.holds(discourse.tokens[1])
    (access,) = funding_requirement("Does the public have to pay to see the guidance?", None)
    assert access.holds(frozenset(tokenize("Zembla provides free and open access to guidance.")))


def test_a_measured_noun_of_something_else_does_not_answer(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The population of stranded migrants was mostly male (72%) in 2021.\n\n"
        "In 2021 the population grew to 19,125.6 thousand people in Zembla.\n",
    )
    explanation = assistant.explain("What was the population of Zembla in 2021?")
    assert candidate_ids(explanation) == [1]
    assert [r.reason for r in explanation.rejected] == ["gives the population of something else"]


def test_a_measure_the_text_never_names_is_not_given(tmp_path, fake_embedder) -> None:
    from reportqa.counting import measured_noun

    assert measured_noun("What was Kazakhstan's unemployment rate in 2021?") == "unemployment"
    assert measured_noun("What population had Kazakhstan reached by 2021?") == "population"
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, 7,118 persons held stateless status.\n\n"
        "The population of stranded migrants was 72% male in 2021.\n",
    )
    rate = assistant.explain("What was the unemployment rate in 2021?")
    assert rate.candidates == []
    assert "lacks 'unemploy' (sentence)" in [r.reason for r in rate.rejected]
    share = assistant.explain("What share of Zembla's population are men?")
    reasons = [r.reason for r in share.rejected if r.sentence.id == 1]
    assert reasons == ["gives the population of something else"]


def test_the_number_of_a_decree_is_a_reference_number(tmp_path, fake_embedder) -> None:
    from reportqa.short_answers import reference_number

    quote = "The consulate was established by Presidential Decree No. 642 dated 20 August 2021."
    assert reference_number(quote, "What is the number of the decree?") == "No. 642"
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        f"{quote}\n\nThe consulate has 12 staff members in 2021.\n\n"
        "The consulate implements Objective 14 of the Compact, as a decree requires.\n",
    )
    asked = "What is the number of the Presidential Decree that established the consulate?"
    explanation = assistant.explain(asked)
    assert candidate_ids(explanation) == [0]
    # An objective's number is no decree's number, whatever decree the sentence mentions.
    assert [r.reason for r in explanation.rejected] == ["gives no reference number"] * 2


def test_a_part_of_a_whole_the_question_gives_must_be_named(tmp_path, fake_embedder) -> None:
    from reportqa.requirements import counted_requirement

    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Over five years, more than 700 victims of trafficking received social services.\n\n"
        "The services included 40 shelters for children.\n",
    )
    discourse = assistant.composer.discourse
    part = "How many of the 700 victims were children?"
    (required,) = counted_requirement(discourse, part, "number", paraphrase_similarity=0.7)
    assert required.excuse > 1  # never excused by closeness in meaning
    (whole,) = counted_requirement(
        discourse, "How many kids received services?", "number", paraphrase_similarity=0.7
    )
    assert whole.excuse == 0.7  # a generic unit said in other words may be excused


def test_paying_asks_for_money_unless_the_question_counts_something() -> None:
    from reportqa.asked_details import asks_for_money

    assert asks_for_money("Did they have to pay for their tickets, and how much?")
    assert asks_for_money("How much did the state spend on medical care?")
    assert not asks_for_money("For how many categories of people does the state pay?")


def test_a_question_on_a_change_needs_a_sentence_on_a_change(tmp_path, fake_embedder) -> None:
    from reportqa.asked_details import asks_for_change

    assert asks_for_change("By how much did the outflow grow in 2021?")
    assert asks_for_change("How many more left in 2021 than a year earlier?")
    assert not asks_for_change("How many people left in 2021?")
    # Two things compared at one time: a balance, not a change over time.
    assert not asks_for_change("By how many people did departures exceed arrivals in 2020?")
    assert asks_for_change("By how many did departures exceed the previous year's?")
    assert asks_for_change("By what percentage did departures rise in 2021?")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021 the migration outflow increased by 20.2% compared to the previous year.\n\n"
        "In 2021 the migration outflow amounted to 21.2 thousand people.\n",
    )
    explanation = assistant.explain("By how much did the migration outflow change in 2021?")
    assert candidate_ids(explanation) == [0]
    assert [r.reason[:6] for r in explanation.rejected] == ["lacks "]
    assert {"increas", "grow", "chang"} <= explanation.rejected[0].missing


def test_how_much_higher_is_answered_by_a_ratio(tmp_path, fake_embedder) -> None:
    from reportqa.asked_details import asks_for_change

    asked = "How much higher is the risk of violence for migrant children than for adults?"
    assert counted_words(asked) == []  # "higher" is the comparison, not what is counted
    assert counted_words("How many more migrants were there?") == ["migrants"]
    assert asks_for_change(asked)
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Migrant children face double the risk of violence than adults.\n\n"
        "Migrant children face a risk of violence in 3 regions.\n",
    )
    explanation = assistant.explain(asked)
    assert candidate_ids(explanation) == [0]


def test_a_question_on_what_was_not_done_needs_a_negation(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla is one of 103 states that signed the Joint Statement on migrants.\n\n"
        "Of the 120 states invited, 17 did not sign the Joint Statement.\n",
    )
    declined = assistant.explain("How many states declined to sign the Joint Statement?")
    assert candidate_ids(declined) == [1]
    assert [r.reason for r in declined.rejected] == ["says nothing was not done"]
    signed = assistant.explain("How many states signed the Joint Statement?")
    assert 0 in candidate_ids(signed)
    # A negation before the asking wh-word is context: what was done is asked.
    context = assistant.explain("The statement isn't a treaty — how many states signed it?")
    assert 0 in candidate_ids(context)
    # A "not" that sets something aside asks what was done.
    aside = assistant.explain("How many states (not counting Zembla) signed the Joint Statement?")
    assert 0 in candidate_ids(aside)


def test_how_long_after_a_preposition_is_what_is_asked_about() -> None:
    from reportqa.asked_details import asks_for_duration

    assert asks_for_duration("How long may deportees be held?")
    assert asks_for_duration("For how long may deportees be held?")
    assert not asks_for_duration("Which body asked for rules on how long deportees may be held?")


def test_a_holder_is_one_who_holds() -> None:
    from reportqa.word_families import same_word

    assert same_word("hold", "holder") and same_word("worker", "work")
    assert not same_word("ord", "order")  # too short to be a verb's stem
    assert not same_word("hold", "holding")  # the stemmer's business, not this rule's


def test_youngsters_are_children_and_a_decree_number_may_be_asked_what_it_carried() -> None:
    from reportqa.asked_details import asks_for_a_reference
    from reportqa.counting import equivalents

    assert "children" in equivalents("youngsters")
    assert asks_for_a_reference("What number did the presidential decree setting it up carry?")
    assert not asks_for_a_reference("What number of decrees were signed?")
    assert asks_for_a_reference("What's the decree number behind the new consulate general?")
    assert asks_for_a_reference("What is the decree's number?")
    assert asks_for_a_reference("What is the number and date of the decree that set it up?")
    assert not asks_for_a_reference("What is the number and date of the flights?")


def test_a_figure_asked_in_a_unit_is_given_in_it(tmp_path, fake_embedder) -> None:
    from reportqa.answer_types import asked_measure_unit

    assert "km" in asked_measure_unit("What is the total area of Zembla in square kilometres?")
    assert asked_measure_unit("How many people live in Zembla?") is None
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla coordinates its total policy in five key areas.\n\n"
        "The total area of Zembla is 2,724,900 square kilometres.\n",
    )
    explanation = assistant.explain("What is the total area of Zembla in square kilometres?")
    assert candidate_ids(explanation) == [1]


def test_a_sentence_sharing_no_word_with_the_question_does_not_answer(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "As of 1 January 2022, 7,140 persons were stateless.\n\n"
        "The country became independent in 1991.\n",
    )
    explanation = assistant.explain("In which year did the country become independent?")
    assert candidate_ids(explanation) == [1]
    assert "shares no word" in [r.reason for r in explanation.rejected if r.sentence.id == 0]


def test_those_who_live_somewhere_are_its_people_and_a_count_is_no_noun() -> None:
    from reportqa.counting import counted_noun, equivalents

    assert {"people", "population"} <= equivalents("lived")
    assert "lived" not in equivalents("people")  # a count of people still counts people
    assert counted_noun("What proportion of UNHCR's stateless count are children?") == "stateless"


def test_a_counted_noun_the_text_never_uses_is_met_by_its_qualifier(tmp_path, fake_embedder):
    from reportqa.requirements import counted_requirement

    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla has ratified more than 180 basic international normative legal acts.\n\n"
        "Zembla has signed 12 memoranda with neighbours.\n",
    )
    discourse = assistant.composer.discourse
    asked = "How many international legal instruments has Zembla ratified?"
    (required,) = counted_requirement(discourse, asked, "number", paraphrase_similarity=0.7)
    assert required.excuse > 1 and required.scope == "units"
    assert required.holds(discourse.tokens[0])
    assert not required.holds(discourse.tokens[1])
    # A noun the text never uses, with nothing it does use, is still not found.
    (unknown,) = counted_requirement(
        discourse, "How many diplomats has Zembla?", "number", paraphrase_similarity=0.7
    )
    assert not unknown.holds(discourse.tokens[0])


def test_the_last_word_of_a_question_is_read_and_a_span_is_counted_in_its_unit(
    tmp_path, fake_embedder
) -> None:
    from reportqa.asked_details import asks_for_duration
    from reportqa.counting import counted_noun, equivalents
    from reportqa.requirements import counted_requirement

    assert counted_noun("The ministry has assisted how many trafficking victims?") == "victims"
    assert "male" in equivalents("men")
    assert asks_for_duration("Alerts reach the population in how much time?")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Trafficking is punished with imprisonment for up to 18 years.\n\n"
        "In 2021, 5,500 materials on trafficking were published behind schedule.\n",
    )
    discourse = assistant.composer.discourse
    asked = "Traffickers face up to how many years behind bars?"
    (years,) = counted_requirement(discourse, asked, "number", paraphrase_similarity=0.7)
    assert years.scope == "units" and years.holds(frozenset(["year"]))
    assert not years.holds(frozenset(["behind"]))


def test_an_ing_word_before_a_plural_qualifies_it() -> None:
    from reportqa.counting import counted_noun

    assert counted_noun("How many human trafficking materials were published?") == "materials"
    assert counted_noun("How many flights bringing citizens home were organised?") == "flights"


def test_free_of_charge_is_the_price_asked(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "For visitors from the Union, emergency medical care is provided free of charge.\n\n"
        "Visitors from the Union receive emergency medical care in state clinics.\n",
    )
    asked = "How much are visitors from the Union charged for emergency medical care?"
    explanation = assistant.explain(asked)
    assert candidate_ids(explanation) == [0]
    answer = assistant.ask(asked)
    assert answer.short_answer == "free of charge"
    # Without a price asked, "free of charge" is no figure.
    counted = assistant.explain("How many visitors from the Union received emergency medical care?")
    assert counted.candidates == []


def test_governments_are_counted_as_states_and_groups_as_categories() -> None:
    from reportqa.counting import equivalents

    assert "states" in equivalents("governments")
    assert "categories" in equivalents("groups")
    assert "governments" not in equivalents("categories")


def test_a_part_is_answered_only_where_what_it_is_or_did_is_said(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "IOM's mapping of 1,000 stranded migrants found that 72% were male.\n\n"
        "More than half of the stranded migrants (60%) have children.\n",
    )
    male = assistant.explain("What share of the stranded migrants were male?")
    assert 0 in candidate_ids(male)
    # A parent is one who has children.
    parents = assistant.explain("What share of the stranded migrants were parents?")
    assert 1 in candidate_ids(parents)
    # A sentence about the whole says nothing of the divorced, nor of those who lost jobs.
    assert assistant.explain("What share of the stranded migrants were divorced?").candidates == []
    # A missing person "tracked down" or "traced" is one "identified"; "down" says nothing.
    (tmp_path / "found").mkdir()
    found = tiny_assistant(
        tmp_path / "found",
        fake_embedder,
        "Police received 14 reports of missing foreigners, of whom 12 were identified.\n\n"
        "By 2021, 94% of public services were accessible to nationals through a portal.\n",
    )
    # What one can use is "available" where the text says "accessible".
    from reportqa.counting import equivalents

    assert "accessible" in equivalents("available")
    available = found.explain("What share of services were available to nationals by 2021?")
    assert 1 in candidate_ids(available)
    for asked in ("how many were tracked down?", "how many were traced?"):
        part = found.explain(f"Of the foreigners reported missing, {asked}")
        assert 0 in candidate_ids(part)
    lost = assistant.explain("How many of the 1,000 stranded migrants had lost their jobs by 2021?")
    assert lost.candidates == []
    assert any("lack" in r.reason for r in lost.rejected)


def test_the_predicate_of_a_part_leaves_out_its_time_frame_and_light_verbs() -> None:
    from reportqa.counting import part_predicate

    asked = "What share of public services had gone online by the end of 2021?"
    assert part_predicate(asked) == ["online"]
    assert part_predicate("How many consulates does Zembla have?") == []
    asked = "Of the 12 missing foreigners identified in 2021, how many were found dead?"
    assert part_predicate(asked) == ["found identified located traced tracked", "dead"]
    # "had been made accessible" says "accessible": "made" is a light verb.
    asked = "What share of public services had been made accessible to nationals by 2021?"
    assert "made" not in " ".join(part_predicate(asked))
    # Where the asker stands says nothing the sentence must: "here" is not "in Zembla".
    asked = "What share of the children are living with their parents here in Zembla?"
    assert "here" not in " ".join(part_predicate(asked))
    asked = "What percentage of state services had gone onto the portal by late 2021?"
    assert "portal" in part_predicate(asked) and "onto" not in part_predicate(asked)
    asked = "How many of the eight convicts defended by prosecutors were from Russia?"
    assert part_predicate(asked) == ["russia"]
    # "the age of 18" is "18 years old" or "aged 18" in the report's words.
    asked = "What proportion of the stateless persons were under the age of 18?"
    assert "age aged old" in part_predicate(asked)
    # "had nationals been able to reach": auxiliaries say nothing of the part.
    asked = "What share of services had nationals been able to use online?"
    assert "been" not in part_predicate(asked) and "able" not in part_predicate(asked)
    # A comma ends it: "going by UNHCR" says where to look, not what the part is.
    asked = "What fraction of stateless people are women, going by UNHCR?"
    assert part_predicate(asked) == ["female females women"]
    # A main verb after the whole: what the part does.
    asked = "How many of the 7,140 stateless persons hold permanent residence permits?"
    assert part_predicate(asked) == ["permanent", "residence", "permits"]
    asked = "Males made up what portion of those left stuck in the country?"
    assert part_predicate(asked) == []  # "left" here says who the whole is


def test_a_verb_like_got_or_received_ends_what_is_counted() -> None:
    asked = "How many trafficked people got special social support from the ministry?"
    assert counted_words(asked) == ["trafficked", "people"]
    assert counted_words("How many children received free care?") == ["children"]
    # "How much more exposed are they": a ratio, nothing is counted.
    assert counted_words("How much more exposed to violence are migrant children?") == []


def test_generic_words_for_areas_offices_and_a_survey_sample_count_the_same() -> None:
    from reportqa.counting import equivalents

    assert "areas" in equivalents("fields") and "areas" in equivalents("strands")
    assert "establishments" in equivalents("posts")
    assert "respondents" in equivalents("sample")
    assert "identity" in equivalents("id")
    assert "materials" in equivalents("pieces") and "materials" in equivalents("publications")


def test_a_span_of_time_is_no_short_answer_unless_how_long_is_asked() -> None:
    from reportqa.answer_types import NUMBER
    from reportqa.short_answers import short_answer

    quote = "Over the past five years, the population grew to 19,125.6 thousand people."
    assert short_answer("What was the population of Zembla?", NUMBER, quote) == "19,125.6 thousand"
    assert short_answer("Over how many years did the population grow?", NUMBER, quote) == "five"
    # A span of time asked is said with its unit.
    term = "Trafficking is punished with imprisonment for a term of up to 18 years."
    assert short_answer("What is the longest prison term for it?", NUMBER, term) == (
        "up to 18 years"
    )


def test_the_most_recent_figure_is_the_later_of_a_change() -> None:
    from reportqa.answer_types import NUMBER
    from reportqa.short_answers import short_answer

    quote = "From 2017 to 2021, the population grew from 17,918.2 thousand to 19,125.6 thousand."
    latest = "What is the most recent headcount, in thousands, for Zembla?"
    assert short_answer(latest, NUMBER, quote) == "19,125.6 thousand"
    at_the_end = "What was the headcount, in thousands, at the end of the 2017-2021 window?"
    assert short_answer(at_the_end, NUMBER, quote) == "19,125.6 thousand"
    assert short_answer("What headcount, in thousands, did Zembla start from?", NUMBER, quote) == (
        "17,918.2 thousand"
    )


def test_a_count_of_generic_persons_needs_what_qualifies_them(tmp_path, fake_embedder) -> None:
    from reportqa.answer_types import NUMBER
    from reportqa.requirements import counted_requirement

    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Undocumented migrants have no access to fundamental rights.\n\n"
        "In 2021, 7,118 persons held stateless status in Zembla.\n",
    )
    discourse = assistant.composer.discourse
    asked = "How many undocumented people are there in Zembla?"
    required = counted_requirement(discourse, asked, NUMBER, paraphrase_similarity=0.7)
    # Any figure of persons has the unit; "undocumented" says which persons are counted.
    assert [r.forms for r in required][1:] == [[frozenset({"undocu"})]]
    stateless = counted_requirement(
        discourse, "How many people are there in Zembla?", NUMBER, paraphrase_similarity=0.7
    )
    assert len(stateless) == 1


def test_an_average_asked_needs_an_average_stated(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The stranded migrants were mainly men (72%) aged 25 to 44 (68%).\n\n"
        "Visas are issued within five days.\n",
    )
    assert assistant.ask("What was the average age of the stranded migrants?").refused
    assert not assistant.ask("What age were most of the stranded migrants?").refused


def test_a_distinctive_figure_given_ties_the_sentence_holding_it(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, 4,321 foreigners were given medical care under the insurance system.\n\n"
        "Zembla opened a consulate in Busan in 2021.\n\n"
        "The health section of the review counts the number of new consulates.\n",
    )
    # Sentence 0 shares few of the question's words and is far in meaning, under min_score.
    counted = assistant.ask("What does the number 4,321 in the health section count?")
    assert not counted.refused and "4,321 foreigners" in counted.answer
    # A figure the report does not hold ties nothing.
    assert assistant.ask("What does the number 5,555 in the health section count?").refused


def test_a_year_a_small_count_or_an_approximate_figure_is_not_distinctive() -> None:
    from reportqa.asked_details import gives_a_distinctive_figure

    assert gives_a_distinctive_figure("What does the number 2,990 count?")
    assert gives_a_distinctive_figure("What does the 32.5% figure describe?")
    assert not gives_a_distinctive_figure("What happened in 2021?")
    assert not gives_a_distinctive_figure("Why are 18 years the maximum?")
    assert not gives_a_distinctive_figure("About 3,000 were returned: from where?")
    # A yes/no question asks whether, not what the figure is: the figure ties nothing.
    assert not gives_a_distinctive_figure("Is there a chat alongside the 116 16 line?")


def test_a_full_date_given_ties_the_sentence_holding_it() -> None:
    from reportqa.asked_details import gives_a_distinctive_figure

    assert gives_a_distinctive_figure("Which statute carries the date 22 July 2011?")
    assert not gives_a_distinctive_figure("Which statute dates from July 2011?")


def test_figures_offered_as_options_are_not_both_required(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla is one of 103 states that signed the Joint Statement on migrants.\n",
    )
    options = "Was Zembla one of 50 or one of 103 states that signed the Joint Statement?"
    assert [c.sentence.id for c in assistant.explain(options).candidates] == [0]
    # Two years compared are both needed, and a figure given alone is required.
    assert assistant.explain("Did Zembla sign in 2019 or in 2020?").candidates == []
    assert assistant.explain("Was Zembla one of 50 states that signed it?").candidates == []


def test_what_a_counted_group_was_given_must_be_named(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, 7,118 stateless persons held their status in Zembla.\n\n"
        "In 2021, 2,990 foreigners were provided medical care in Zembla.\n",
    )
    granted = "How many stateless persons were granted Zemblan citizenship in 2021?"
    assert assistant.ask(granted).refused
    # What was given may be said in other words: treatment is medical care.
    treated = "How many foreigners received treatment in Zembla in 2021?"
    assert "2,990" in assistant.ask(treated).answer
    # "Got evacuated out of" is something done to them, not a thing ("out") they got.
    from reportqa.counted_acts import given_thing_requirement

    evacuated = "About how many people got evacuated out of Afghanistan?"
    discourse = assistant.composer.discourse
    assert given_thing_requirement(discourse, evacuated, paraphrase_similarity=0.7) == []


def test_a_span_of_validity_or_decision_is_not_one_of_residence(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Stateless persons may apply for naturalisation after 5 years of residence.\n\n"
        "Over the past five years, 700 visa forgers were identified in Zembla.\n",
    )
    assert assistant.ask("For how many years is a stateless person's permit valid?").refused
    assert assistant.ask("How long does the naturalisation decision take?").refused
    # A prison term is a span of imprisonment, not "over the past five years".
    assert assistant.ask("What prison sentence do visa forgers in Zembla get?").refused
    wait = "How long must stateless persons wait before applying for naturalisation?"
    assert "5 years" in assistant.ask(wait).answer
    # "According to the review" says where to look, not that a review's length is asked.
    from reportqa.stated_details import duration_requirement

    sourced = "How long must stateless persons have lived there, according to the review?"
    assert len(duration_requirement(sourced)) == 1  # a span, of nothing in particular
    assert len(duration_requirement("How long does the review take?")) == 2


def test_how_many_remain_needs_what_is_left(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "About 80 citizens of Zembla were evacuated from Syria.\n\n"
        "There are still 2 outstanding cases of missing foreigners in Zembla.\n",
    )
    assert assistant.ask("How many Zemblan citizens remain in Syria?").refused
    still = "How many cases of missing foreigners are still open in Zembla?"
    assert "2 outstanding" in assistant.ask(still).answer


def test_a_bound_is_not_a_thing_given_and_a_preface_year_frames_the_question(
    tmp_path, fake_embedder
) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, about 100 repatriation flights were organized by Zembla.\n\n"
        "Trafficking in Zembla is punished with imprisonment for up to 18 years.\n",
    )
    jail = "How many years behind bars can a trafficker in Zembla get at most?"
    explanation = assistant.explain(jail)  # "get at most" names nothing given
    assert 1 in candidate_ids(explanation)
    assert not any("most" in r.missing for r in explanation.rejected)
    from reportqa.answer_types import NUMBER
    from reportqa.question_demands import demands_of

    def numbers(question: str) -> frozenset[str]:
        discourse = assistant.composer.discourse
        read = demands_of(
            question, NUMBER, discourse, paraphrase_similarity=0.7, name_similarity=0.6
        )
        return read.numbers

    assert numbers("Pandemic year one (2020): how many repatriation flights?") == {"2020"}
    assert numbers("Checking a claim of 300 flights: how many were there in 2021?") == {"2021"}
    assert assistant.ask("Pandemic year one (2020): how many repatriation flights?").refused
    claim = "Checking a claim of 300 flights in 2021: how many repatriation flights were there?"
    assert "about 100" in assistant.ask(claim).answer  # the claim's figure is not required


def test_a_part_of_a_given_whole_is_smaller_than_it(tmp_path, fake_embedder) -> None:
    from reportqa.wholes import given_whole, states_a_part

    assert given_whole("How many of Zembla's 96 consular establishments are consulates?") == 96
    assert given_whole("Of the 2,990 patients treated, how many were insured?") == 2990
    assert given_whole("How many of the 2021 arrivals were students?") is None  # a year
    assert not states_a_part(["2,990"], 2858) and states_a_part(["less than 2%"], 7118)
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Along with this, 106 honorary consuls of Zembla work abroad.\n\n"
        "Zembla opened its first consulate in 1995.\n",
    )
    asked = assistant.explain("How many of Zembla's 96 consular establishments are consulates?")
    assert asked.candidates == []
    assert "gives no part of the whole asked" in [r.reason for r in asked.rejected]


def test_a_count_of_the_places_a_whole_is_in_is_no_part_of_it(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "There are currently 96 consular establishments of Zembla in 70 countries.\n\n"
        "Of the 96 establishments, 60 are embassies.\n",
    )
    asked = "Of the 96 consular establishments, how many are embassies?"
    embassies = assistant.explain(asked)
    assert 0 not in candidate_ids(embassies)
    reasons = rejections(embassies)
    assert ("counts the places the whole is in", 0) in reasons
    assert 1 in candidate_ids(embassies)
    # A whole that is places may have places for its parts.
    from reportqa.wholes import asks_of_places, counts_places_only

    assert asks_of_places("Of the 70 countries, how many …?")
    assert not asks_of_places(asked)
    assert counts_places_only("96 establishments in 70 countries", ["96", "70"], 96)
    assert not counts_places_only("Of the 96, 60 are embassies.", ["96", "60"], 96)


def test_a_whole_given_something_must_be_the_group_counted(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Prosecutors appealed for eight convicted foreigners (four citizens of Zembla).\n\n"
        "In 2021, 2,990 foreigners were provided medical care, 1,200 of them from Zembla.\n",
    )
    for asked in (
        "Of the foreigners given medical care in 2021, how many were Zemblan nationals?",
        "Among the foreigners treated in 2021, how many were nationals of Zembla?",
    ):
        found = [c.sentence.id for c in candidates(assistant, asked, "number")]
        assert found == [1], asked


def test_a_mean_asked_needs_an_average_stated() -> None:
    from reportqa.stated_details import average_requirement

    assert average_requirement("Were the emigrants mostly young? Give their mean age.")
    assert average_requirement("What was the average age of the migrants?")
    assert not average_requirement("What does the name of the app mean?")


def test_a_figure_of_two_together_is_not_the_figure_of_one_asked_alone(tmp_path, fake_embedder):
    from reportqa.singled_out import joined_with_another, singled_out

    assert singled_out("How many people were evacuated from Syria alone?") == {"Syria"}
    assert singled_out("How many came specifically from Afghanistan?") == {"Afghanistan"}
    assert singled_out("By how much did the population grow during 2021 alone?") == {"2021"}
    assert singled_out("How many were taken out of Afghanistan only?") == {"Afghanistan"}
    assert singled_out("How many left, not counting Syria?") == {"Syria"}
    assert singled_out("With how many countries (not counting the UN) …?") == {"UN"}
    assert joined_with_another("from 2017 to 2021 the population grew", "2021")
    assert not joined_with_another("In 2021, 2,990 foreigners were treated", "2021")
    # A group told apart from another by a common noun: the two together are neither.
    apart = "How many stateless persons, as distinct from foreigners, were treated?"
    assert singled_out(apart) == {"foreigners"}
    assert joined_with_another("2,990 foreigners and stateless persons were treated", "foreigners")
    assert not joined_with_another("2,990 foreigners were treated", "foreigners")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "About 80 citizens were evacuated from Afghanistan and Syria.\n\n"
        "In 2021, 40 citizens were evacuated from Iraq.\n",
    )
    alone = assistant.explain("How many people were evacuated from Syria alone?")
    assert alone.candidates == []
    assert "counts what is asked together with another" in [r.reason for r in alone.rejected]
    both = assistant.explain("How many people were evacuated from Afghanistan and Syria?")
    assert candidate_ids(both) == [0]


def test_a_phone_number_asked_is_answered_by_digits_to_dial(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        'The national 24/7 helpline "116 16" gives advice on labour migration.\n\n'
        "By 2021 the emergencies ministry informed people through 18 different channels.\n",
    )
    ministry = assistant.explain("What phone number should people dial to reach the ministry?")
    assert 1 not in candidate_ids(ministry)
    assert ("gives no number to call", 1) in rejections(ministry)
    helpline = assistant.explain("Which phone number gives advice on labour migration?")
    assert candidate_ids(helpline) == [0]


def test_an_estimate_asked_is_not_answered_by_an_official_count(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "As of 1 January 2022, 7,140 persons were officially stateless in Zembla.\n\n"
        "Some 3,000 labour migrants from Zembla are estimated to work abroad.\n",
    )
    stateless = assistant.explain("How many stateless persons are estimated to live in Zembla?")
    assert 0 not in candidate_ids(stateless)
    assert ("gives no estimate", 0) in rejections(stateless)
    official = assistant.explain("How many persons were officially stateless in Zembla?")
    assert candidate_ids(official)[:1] == [0]
    abroad = assistant.explain("How many labour migrants are estimated to work abroad?")
    assert candidate_ids(abroad)[:1] == [1]


def test_departures_that_climbed_share_a_topic_with_an_outflow_that_increased(
    tmp_path, fake_embedder
):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, migration outflow increased by 20.2% compared to the previous year.\n\n"
        "The Zembla fund reported a profit in 2021.\n",
    )
    rise = assistant.explain("By what percent did departures climb in 2021?")
    assert candidate_ids(rise) == [0]


def test_no_figure_is_singled_out_when_only_its_place_in_the_quote_would_choose_it() -> None:
    from reportqa.answer_types import NUMBER
    from reportqa.short_answers import short_answer

    quote = "The ministry has 12 offices in Asia and 9 offices in Europe."
    # Both figures count offices; nothing in the question says which: the quote is the answer,
    # and no figure of it is shown as the answer.
    assert short_answer("How many offices does Zembla run abroad?", NUMBER, quote) is None
    assert short_answer("How many offices does Zembla run in Europe?", NUMBER, quote) == "9"
    assert short_answer("How many offices does Zembla run in Asia?", NUMBER, quote) == "12"


def test_charities_are_counted_as_the_report_counts_ngos(tmp_path, fake_embedder) -> None:
    from reportqa.counting import equivalents

    assert "ngos" in equivalents("charities")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Memoranda of cooperation have been signed between regional police departments and "
        "18 NGOs since 2020.\n\nVisas are issued within five days by the consulates.\n",
    )
    answer = assistant.ask("With how many charities have regional police signed memoranda?")
    assert not answer.refused
    assert answer.short_answer == "18"


def test_a_donor_or_bankroller_is_asked_who_paid(tmp_path, fake_embedder) -> None:
    from reportqa.asked_details import asks_who_paid

    assert asks_who_paid("Which donor finances the programme?")
    assert asks_who_paid("Who bankrolls the hotline?")
    assert not asks_who_paid("Who runs the hotline?")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The programme on protecting migrant children is run by the Red Crescent.\n\n"
        "Visas are issued within five days by the consulates.\n",
    )
    assert assistant.ask(
        "Which donor bankrolls the programme on protecting migrant children?"
    ).refused


def test_a_figure_is_given_with_its_magnitude() -> None:
    from reportqa.answer_types import NUMBER
    from reportqa.short_answers import short_answer

    quote = "In 2020, the negative balance of migration amounted to 17.7 thousand people."
    assert short_answer("What was the balance in 2020?", NUMBER, quote) == "17.7 thousand"
    twice = "Exports rose 2 thousand times over the decade."
    assert short_answer("By how much did exports rise?", NUMBER, twice) == "2"


def test_what_was_done_to_those_counted_must_be_said(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, 2,990 foreigners were provided medical care in Zembla.\n\n"
        "Foreigners who break the migration rules of Zembla are deported.\n\n"
        "In 2021, about 100 repatriation flights were organised by Zembla.\n\n"
        "Visits to Zembla are arranged by its consulates.\n",
    )
    assert assistant.ask("How many foreigners were deported from Zembla in 2021?").refused
    assert not assistant.ask("How many foreigners were provided medical care in 2021?").refused
    # "Arranged" is the text's "organised".
    flights = assistant.ask("How many repatriation flights were arranged by Zembla in 2021?")
    assert flights.short_answer == "about 100"
    from reportqa.counting import equivalents

    assert "organised" in equivalents("arranged")


def test_those_treated_are_those_given_medical_care(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, 2,990 foreigners were provided medical care in Zembla.\n\n"
        "In 2021, eight foreigners were convicted in Zembla, four of them Ruritanians.\n",
    )
    treated = assistant.ask("How many foreigners were treated in Zembla in 2021?")
    assert not treated.refused and treated.short_answer == "2,990"
    # Those convicted were not treated: the verb's equivalents must be said.
    assert assistant.ask("How many Ruritanians were treated in Zembla in 2021?").refused


def test_a_penalty_asked_needs_a_sentence_that_states_one(tmp_path, fake_embedder) -> None:
    from reportqa.stated_details import penalty_requirement

    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla works to reduce the illegal employment of foreign workers by employers.\n\n"
        "Trafficking in persons is punished with imprisonment for up to 15 years in Zembla.\n",
    )
    assert assistant.ask("What penalty do employers face for illegal employment?").refused
    assert assistant.ask("Fine for illegal employment of foreign workers?").refused
    trafficking = assistant.ask("What penalty does trafficking in persons carry in Zembla?")
    assert not trafficking.refused and "imprisonment" in trafficking.answer
    # Sentences named as context are not what is asked.
    assert not penalty_requirement(
        "How many Uzbeks were among the convicts whose sentences prosecutors contested?"
    )


def test_signed_by_how_many_asks_who_signed_not_a_change() -> None:
    from reportqa.asked_details import asks_for_change

    assert not asks_for_change("The statement was signed by how many states?")
    assert asks_for_change("The outflow increased by how much in 2021?")
    assert asks_for_change("By how much did the outflow grow?")


def test_a_decade_names_no_exact_year() -> None:
    from reportqa.asked_details import exact_figures

    assert exact_figures("The law dates from the mid-1990s — what is its exact date?") == set()
    assert exact_figures("How many were stateless in 1995?") == {"1995"}


def test_who_chairs_needs_a_sentence_that_says_who_chairs(tmp_path, fake_embedder) -> None:
    from reportqa.stated_details import role_requirement

    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Government of Zembla established the Council for Sustainable Development.\n\n"
        "The Migration Commission of Zembla is chaired by Deputy Prime Minister A. Smailov.\n",
    )
    assert assistant.ask("Who chairs the Council for Sustainable Development?").refused
    chair = assistant.ask("Who chairs the Migration Commission?")
    assert not chair.refused and "A. Smailov" in chair.answer
    assert not role_requirement("Who established the Council?")


def test_a_count_of_new_citizens_needs_a_sentence_on_acquiring_citizenship(
    tmp_path, fake_embedder
) -> None:
    from reportqa.stated_details import citizenship_requirement

    stock = "At the beginning of 2021, 7,118 stateless persons held their status in Zembla.\n\n"
    (tmp_path / "held").mkdir()
    (tmp_path / "acquired").mkdir()
    held = tiny_assistant(
        tmp_path / "held", fake_embedder, stock + "Visas are issued within five days.\n"
    )
    assert held.ask("How many stateless persons became citizens of Zembla in 2021?").refused
    acquired = tiny_assistant(
        tmp_path / "acquired",
        fake_embedder,
        stock + "In 2021, 1,250 stateless persons acquired the citizenship of Zembla.\n",
    )
    new = acquired.ask("How many stateless persons became citizens of Zembla in 2021?")
    assert not new.refused and new.short_answer == "1,250"
    assert not citizenship_requirement("How many stateless persons were there in 2021?")


def test_what_those_counted_are_doing_must_be_said(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "About 80 citizens of Zembla were evacuated from unstable regions abroad.\n\n"
        "Foreigners working in Zembla need a permit.\n",
    )
    assert assistant.ask("How many citizens of Zembla are working abroad?").refused
    evacuated = assistant.ask("How many citizens of Zembla were evacuated from abroad?")
    assert not evacuated.refused and evacuated.short_answer == "About 80"


def test_an_amount_asked_is_not_its_change_in_percent() -> None:
    from reportqa.answer_types import NUMBER
    from reportqa.short_answers import short_answer

    quote = (
        "According to the results of 2021, migration outflow increased by 20.2% compared to "
        "the previous year and amounted to 21.2 thousand people."
    )
    assert short_answer("What was the migration outflow in 2021?", NUMBER, quote) == (
        "21.2 thousand"
    )
    assert short_answer("What was the negative balance of migration in 2021?", NUMBER, quote) == (
        "21.2 thousand"
    )
    # A change asked may be given as a percentage.
    assert short_answer("By what percentage did the outflow rise in 2021?", NUMBER, quote) == (
        "20.2%"
    )
