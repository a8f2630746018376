"""How the composer reads the text around a sentence: a cut sentence completed by the next,
a sentence continued from the one before, chart labels, lists, and why a sentence was
rejected. Each test builds a tiny report with the fake embedder."""

from __future__ import annotations

from reportqa.answer_types import ENTITY, NUMBER, PLACE
from reportqa.requirements import name_requirements
from reportqa.short_answers import short_answer
from tiny_report import candidate_ids, candidates, tiny_assistant


def test_a_cut_sentence_is_completed_by_the_next_one(tmp_path, fake_embedder):
    from reportqa.compose import Composer
    from reportqa.config import Settings
    from reportqa.index import build_index, load_index

    doc = tmp_path / "cut.txt"
    doc.write_text(
        "The ministry opened 14 new consulates and\n\n3 trade missions in 2021.\n\n"
        "Visas are issued within 5 days.\n"
    )
    settings = Settings(index_dir=tmp_path / "index", seeds_dir=tmp_path, model="fake")
    build_index([doc], settings=settings, embedder=fake_embedder, progress=False)
    composer = Composer(load_index(settings.index_dir))
    cut, rest, whole = composer.index.sentences
    assert cut.text.endswith("consulates and")
    assert composer.discourse.continuation(cut) == rest
    assert composer.discourse.continuation(rest) is None  # ends with a full stop
    assert composer.discourse.continuation(whole) is None


def test_a_word_cut_at_a_hyphen_is_not_continued_by_a_new_sentence(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The indicator covers all transfers made by resident households to non-\n "
        "Zembla has signed bilateral agreements with its neighbours.\n",
    )
    cut, other = assistant.index.sentences
    assert cut.text.endswith("to non-") and other.text.startswith("Zembla")
    assert assistant.composer.discourse.continuation(cut) is None


def test_a_set_announced_is_continued_by_the_sentence_that_names_it(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The programme covers the three regions that receive most migrants from Zembla. "
        "These are the cities of Alpha, Beta and the Gamma region. "
        "The regions hold 12 centres.\n",
    )
    announces, names, other = assistant.index.sentences
    discourse = assistant.composer.discourse
    assert discourse.continuation(announces) == names
    assert discourse.continuation(names) is None and discourse.continuation(other) is None
    assert "Alpha" in assistant.ask("Which regions does the programme cover?").answer


def test_two_nearly_tied_sentences_are_both_quoted_up_to_600_characters(tmp_path, fake_embedder):
    from reportqa.compose import Candidate

    first = "In 2021 the ministry of Zembla opened new consular posts abroad " * 4
    second = "In 2021 the agency of Zembla trained its consular staff abroad " * 4
    assistant = tiny_assistant(tmp_path, fake_embedder, f"{first.strip()}.\n\n{second.strip()}.\n")
    one, two = assistant.index.sentences
    assert 400 < len(one.text) + len(two.text) <= 600
    best, runner_up = Candidate(one, 0.6, 0.5, 1.0, 0.60), Candidate(two, 0.6, 0.5, 1.0, 0.58)
    chosen = assistant.composer._choose([best, runner_up])
    assert [c.sentence.id for c in chosen] == [one.id, two.id]


def test_a_sentence_that_continues_the_one_before_is_quoted_with_it(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The programme on the protection of migrant children builds a model of support.\n\n"
        "It covers the three regions that receive migrants from Kyrgyzstan and Tajikistan.\n\n"
        "Visas are issued within five days.\n",
    )
    composer = assistant.composer
    programme, covers, visas = assistant.index.sentences
    assert composer.discourse.lead(covers.id, max_chars=500) == (programme,)
    assert composer.discourse.lead(visas.id, max_chars=500) == ()
    answer = assistant.ask("From which countries do migrants come to the programme's regions?")
    assert not answer.refused
    # The detail and the sentence that says what "it" is, both verbatim and in reading order.
    assert [c.quote for c in answer.citations] == [programme.text, covers.text]


def test_a_besides_clause_points_to_the_sentence_that_lists_the_others(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The procedures were written for patrol officers, juvenile police and investigators.\n\n"
        "Training of officers is planned for next year.\n",
    )
    asked = "Besides patrol officers and juvenile police, which other staff are the procedures for?"
    ranked = candidates(assistant, asked, None)
    overlap = {c.sentence.id: c.overlap for c in ranked}
    # The known items are named where the others are: their words count for that sentence.
    assert overlap[0] > overlap[1] > 0
    assert ranked[0].sentence.id == 0


def test_a_citation_leads_back_to_its_indexed_sentence(real_assistant) -> None:
    answer = real_assistant.ask("How many consular establishments does Kazakhstan have abroad?")
    assert not answer.refused
    for c in answer.citations:
        sentence = real_assistant.cited_sentence(c.source, c.start, c.end)
        assert sentence is not None and sentence.text == c.quote
    assert real_assistant.cited_sentence("nowhere.txt", 0, 10) is None


def test_a_short_answer_names_the_whole_list() -> None:
    quote = (
        "It covers the three regions that receive the largest flow of irregular migrants "
        "from Kyrgyzstan, Uzbekistan and Tajikistan."
    )
    found = short_answer("From which countries do the migrants come?", ENTITY, quote)
    assert found == "Kyrgyzstan, Uzbekistan and Tajikistan"
    assert found in quote
    quote = "These are the cities of Nur-Sultan, Almaty, Shymkent and the Turkestan region."
    found = short_answer("Which cities does the programme cover?", PLACE, quote)
    assert found == "Nur-Sultan, Almaty, Shymkent and the Turkestan region"  # not "These"


def test_explain_names_why_each_close_sentence_was_rejected(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "On 6 September 2021, in Bern, a visa exemption agreement was signed with Switzerland.\n\n"
        "Talks on labour mobility continue with several partners.\n",
    )
    asked = "When did the visa exemption agreement with Switzerland enter into force?"
    explanation = assistant.explain(asked)
    assert explanation.candidates == []  # the same refusal `ask` gives
    reasons = {r.sentence.text.split(",")[0]: r.reason for r in explanation.rejected}
    assert reasons["On 6 September 2021"] == "is about another milestone"
    assert reasons["Talks on labour mobility continue with several partners."] == "holds no date"

    signed = assistant.explain("When was the visa exemption agreement with Switzerland signed?")
    assert [c.sentence.text[:18] for c in signed.candidates] == ["On 6 September 202"]
    assert signed.candidates[0].score >= signed.min_score


def test_a_caption_is_quoted_with_the_label_of_its_chart(tmp_path, fake_embedder) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The balance fell in 2021.\n\nChart No. 1.\n\n"
        "Comparison of the migration balance for 2020 and 2021 by month (BNS data)\n\n"
        "Most emigrants move to the CIS.\n",
    )
    discourse = assistant.composer.discourse
    caption = assistant.index.sentences[2]
    assert [s.text for s in discourse.lead(caption.id, max_chars=500)] == ["Chart No. 1."]
    assert discourse.lead(3, max_chars=500) == ()  # after a caption, nothing is carried on
    # A label alone says nothing: quoted, it is completed by its caption.
    assert discourse.continuation(assistant.index.sentences[1]) == caption
    assert discourse.continuation(assistant.index.sentences[0]) is None
    # The label's number is the caption's, though the caption states years of its own.
    assert "1" in discourse.numbers_near(caption.id)
    assert "1" not in discourse.numbers_near(3)


def test_a_comma_groups_thousands_only_before_three_digits() -> None:
    from reportqa.support import FIGURE

    assert FIGURE.findall("Planet (SDGs 6,12-15) and 7,140 persons") == ["6", "12", "15", "7,140"]


def test_a_word_found_nearly_everywhere_is_never_required(tmp_path, fake_embedder) -> None:
    lines = [f"Zembla reports figure {i} for programme {i}." for i in range(8)]
    lines += ["The Zemblan ministry opened an office in Busan.", "Visas take five days."]
    assistant = tiny_assistant(tmp_path, fake_embedder, "\n\n".join(lines) + "\n")
    discourse = assistant.composer.discourse
    assert discourse.common("zembla")  # in 9 of 10 sentences
    assert discourse.common("zemblan")  # the same word family
    assert not discourse.common("busan")
    required = name_requirements(
        discourse, "Which Zemblan office is in Busan?", name_similarity=0.6
    )
    assert {f for r in required for form in r.forms for f in form} == {"busan"}


def test_a_pronoun_after_a_verb_of_naming_refers_to_the_sentence_before(
    tmp_path, fake_embedder
) -> None:
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "A key part of protecting migrant children is case management. "
        'UNICEF defines it as "a process carried out by social workers".\n\n'
        "The helpline is run by the Union of Crisis Centres.\n\n"
        "In 2021, 96 consular establishments worked in 70 countries.\n",
    )
    discourse = assistant.composer.discourse
    lead = discourse.lead(1, max_chars=500)
    assert [s.id for s in lead] == [0]  # "it" is case management
    # With what "it" refers to, the definition is on the question's subject.
    explanation = assistant.explain("Whose definition of case management does the report quote?")
    assert 1 in candidate_ids(explanation)


def test_a_paragraph_opening_sets_the_topic_of_the_sentences_after_it(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Visas are issued within five days.\n\n"
        "The IOM survey of stranded migrants who live in Kazakhstan found that 60% of the\n"
        "respondents have children and 72% are men. Most came by road. One third of children\n"
        "(32.5%) live with them in Kazakhstan.\n",
    )
    visas, survey, _road, children = assistant.index.sentences
    discourse = assistant.composer.discourse
    assert discourse.paragraph_opening(children.id) == survey.id
    assert discourse.paragraph_opening(survey.id) is None  # it opens its paragraph
    assert discourse.paragraph_opening(visas.id) is None
    # "IOM" is in the paragraph's first sentence only: the sentence after it may still answer.
    asked = "What proportion of children live in Kazakhstan with them, according to the IOM survey?"
    assert children in [c.sentence for c in candidates(assistant, asked, NUMBER)]
    # The share *of children* answers before the survey's shares of respondents beside the word.
    asked = "What proportion of children live in Kazakhstan with the respondents?"
    assert candidates(assistant, asked, NUMBER)[0].sentence == children


def test_a_share_of_the_whole_asked_is_told_from_shares_beside_its_word() -> None:
    from reportqa.shares import share_base, states_share_of

    assert share_base("What proportion of children live in Kazakhstan?") == "children"
    assert share_base("How many children live in Kazakhstan?") is None
    # The whole is what a possessive owns: the children, not the stranded migrants.
    assert share_base("What share of stranded migrants' children live here?") == "children"
    assert share_base("What fraction of the migrants’ children live here?") == "children"
    assert share_base("What share of Kazakhstan's population lives in cities?") == "population"
    assert share_base("Of the stranded migrants' kids, what portion are here?") == "kids"
    assert share_base("What fraction of their children live here?") == "children"
    # A phrase after the whole says whose it is: "the children of stranded migrants".
    assert share_base("Of the children of stranded migrants, what percentage are here?") == (
        "children"
    )
    # The whole may be said in other words: kids are children.
    assert states_share_of("One third of children (32.5%) live here.", "kids")
    assert states_share_of("One third of children (32.5%) live here.", "children")
    assert states_share_of("It found that 40% of the migrant children were girls.", "children")
    assert not states_share_of("More than half of respondents (60%) have children.", "children")
    assert not states_share_of("60% of the respondents have children.", "children")


def test_an_abbreviated_name_word_is_met_by_the_word_it_stands_for(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "The Ministry of Internal Affairs issues identity documents and grants citizenship.\n\n"
        "Visas are issued within five days by the consulates.\n",
    )
    asked = "Which ministry is named as the issuer of ID documents?"
    required = name_requirements(assistant.composer.discourse, asked, name_similarity=0.6)
    assert any(frozenset(["ident"]) in r.forms for r in required)
    ranked = candidates(assistant, asked, ENTITY)
    assert [c.sentence.id for c in ranked] == [0]


def test_a_sentence_that_states_a_purpose_answers_what_the_aim_is(tmp_path, fake_embedder):
    from reportqa.answer_types import states_a_purpose
    from reportqa.asked_details import asks_for_a_purpose

    assert asks_for_a_purpose("What is the stated aim of the procedures drawn up for police?")
    assert not asks_for_a_purpose("Which GCM objective does the easing serve?")
    assert states_a_purpose("The goal is to increase the professionalism of police officers.")
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In 2021, Zembla developed standard operating procedures for police officers on work "
        "with victims.\n"
        "The goal is to increase the professionalism of officers.\n",
    )
    _procedures, goal = assistant.index.sentences
    asked = "What is the goal of the standard operating procedures for police officers?"
    assert candidates(assistant, asked, None)[0].sentence == goal


def test_a_sentence_that_opens_on_what_was_just_told_continues_it(tmp_path, fake_embedder):
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "In November, an information marathon was held on the Zembla border.\n"
        "As part of the campaign, citizens were advised on labour law.\n\n"
        "Visas are issued within five days by the consulates.\n",
    )
    marathon, advice, _ = assistant.index.sentences
    discourse = assistant.composer.discourse
    assert discourse.lead(advice.id, max_chars=500) == (marathon,)
    answer = assistant.ask("What were citizens advised on at the November border marathon?")
    assert "labour law" in answer.answer and "information marathon" in answer.answer


def test_a_sentence_that_opens_on_all_the_relevant_noun_continues_it(tmp_path, fake_embedder):
    # "All the necessary information is posted on …" says where the information of the sentence
    # before is; a word that points back ("necessary", "relevant") may stand before the noun.
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla gives open access to information on flood risks.\n"
        "All the necessary information is posted on the Open Zembla portal.\n"
        "The relevant information is also sent by text message.\n"
        "The sunny weather information is printed in newspapers.\n",
    )
    access, posted, sent, printed = assistant.index.sentences
    discourse = assistant.composer.discourse
    assert discourse.lead(posted.id, max_chars=500) == (access,)
    assert discourse.lead(sent.id, max_chars=500) == (access, posted)
    # Any other word before the noun is not one that points back.
    assert discourse.lead(printed.id, max_chars=500) == ()


def test_a_paragraph_on_the_study_is_about_the_one_the_paragraph_before_named(
    tmp_path, fake_embedder
):
    from reportqa.support import NEIGHBOURS

    def iom_near_gaps(opening: str, folder: str) -> bool:
        (tmp_path / folder).mkdir()
        assistant = tiny_assistant(
            tmp_path / folder,
            fake_embedder,
            "Visas are issued in five days.\n\n"
            "In 2021, IOM presented a report prepared by international experts.\n\n"
            f"{opening} Zembla made progress. Gaps remain in the identification of victims. "
            "It was sent to the agencies.\n",
        )
        texts = [s.text for s in assistant.index.sentences]
        gaps = texts.index("Gaps remain in the identification of victims.")
        return "iom" in assistant.composer.discourse.near(gaps, NEIGHBOURS)

    assert iom_near_gaps("The results of the study are in.", "study")
    # A paragraph that does not go on about a study borrows nothing from the one before.
    assert not iom_near_gaps("Work went on in 2021.", "other")


def test_a_runner_up_within_85_percent_of_the_best_is_quoted_too(tmp_path, fake_embedder):
    from reportqa.compose import Candidate

    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "Zembla opened a consulate in 2021.\n\nVisas are issued in five days.\n\n"
        "Zembla trained its consular staff.\n",
    )
    one, _, three = assistant.index.sentences
    best = Candidate(one, 0.6, 0.5, 1.0, 0.60)
    close, far = Candidate(three, 0.6, 0.5, 1.0, 0.52), Candidate(three, 0.6, 0.5, 1.0, 0.50)
    assert len(assistant.composer._choose([best, close])) == 2
    assert len(assistant.composer._choose([best, far])) == 1


def test_an_abbreviation_says_the_words_it_stands_for(tmp_path, fake_embedder) -> None:
    text = (
        "Permanent residents are entitled to the Guaranteed Amount of Free Medical Care (GAFMC) "
        "like citizens.\n\n"
        "Asylum seekers have the right to receive the GAFMC for diseases that pose a danger to "
        "others.\n\n"
        "For foreigners from the Union, free emergency medical care is provided in case of "
        "sudden acute conditions.\n"
    )
    assistant = tiny_assistant(tmp_path, fake_embedder, text)
    discourse = assistant.composer.discourse
    # The second sentence says "GAFMC" only; it stands for the words spelled out in the first.
    assert {"free", "medic", "care"} <= discourse.tokens[1]
    answer = assistant.ask("What free medical care do asylum seekers receive?")
    assert not answer.refused
    assert answer.citations[0].quote.startswith("Asylum seekers have the right")


def test_an_ocr_slip_says_the_word_it_misspells(tmp_path, fake_embedder) -> None:
    from reportqa.lexical import misspellings

    texts = [
        "The policy implements GCM Obijective 4 (a).",
        "The rules implement GCM Objective 14 (d).",
        "The worker signed a contract.",
        "The centre helps children keep in contact with parents.",
    ]
    # "contract" and "contact" are both words: they follow no word in common.
    assert misspellings(texts) == {"obiject": "object"}
    assistant = tiny_assistant(tmp_path, fake_embedder, "\n\n".join(texts) + "\n")
    slip, meant = assistant.composer.discourse.tokens[:2]
    assert "object" in slip and "obiject" in slip and "object" in meant
