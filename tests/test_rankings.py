"""A question on who leads a ranking needs a sentence that ranks: the near-miss that names the
topic without saying which leads is not an answer."""

from __future__ import annotations

import pytest

from reportqa.rankings import asks_for_top, ranks
from tiny_report import candidate_ids, tiny_assistant


@pytest.mark.parametrize(
    ("question", "by"),
    [
        ("Which bank handled the largest volume of transfers?", "size"),
        ("Which transfer system do migrants use most often?", "size"),
        ("In which region do most stateless persons live?", "size"),
        ("Which CIS country ranks second among destinations for emigrants?", "size"),
        ("Which country most recently signed a visa waiver?", "time"),
        ("Who was the first consul general in Busan?", "time"),
        ("How long can a permit be extended at most?", ""),  # a bound, not a ranking
        ("How many flights were organised in the first half of 2021?", ""),
        ("What share of migrants were male?", ""),
    ],
)
def test_a_ranking_is_asked_by_size_or_by_time(question: str, by: str) -> None:
    assert asks_for_top(question) == by


def test_a_sentence_ranks_by_a_word_that_singles_out_or_by_figures() -> None:
    assert ranks("Most emigrants move to the CIS countries.", "size")
    assert ranks("Uzbekistan — 51%, Tajikistan — 15% and Russia — 14%.", "size")
    assert ranks("four citizens of Zembla, three of Ruritania and one of Freedonia", "size")
    assert not ranks("The National Bank forms a personal remittances indicator.", "size")
    assert not ranks("The National Bank recorded 1,200 transfers in 2021.", "size")  # one figure
    assert ranks("Zembla was the first to sign in 2019.", "time")
    assert ranks("Zembla signed in 2019 and Ruritania in 2021.", "time")
    assert not ranks("On 6 September 2021 an agreement was signed with Zembla.", "time")


def test_a_question_on_the_leader_is_refused_by_a_sentence_that_does_not_rank(
    tmp_path, fake_embedder
) -> None:
    report = (
        "The National Bank of Zembla forms a personal remittances indicator from bank data.\n\n"
        "The Zembla Post Bank handles most outgoing transfers, followed by Ruritania Bank.\n"
    )
    assistant = tiny_assistant(tmp_path, fake_embedder, report)
    asked = assistant.explain("Which bank handles the largest share of outgoing transfers?")
    assert candidate_ids(asked) == [1]
    assert [r.reason for r in asked.rejected if r.sentence.id == 0] == ["does not say which leads"]
    (tmp_path / "alone").mkdir()
    alone = tiny_assistant(tmp_path / "alone", fake_embedder, report.split("\n\n")[0])
    assert alone.ask("Which bank handles the largest share of outgoing transfers?").refused
    # Without a ranking asked, the same sentence may answer.
    named = alone.explain("Which bank forms the personal remittances indicator?")
    assert candidate_ids(named) == [0]


def test_what_is_ranked_must_be_what_the_sentence_ranks(tmp_path, fake_embedder) -> None:
    from reportqa.rankings import ranked_words
    from tiny_report import candidate_ids, tiny_assistant

    assert ranked_words("Which country supplies the largest number of foreign workers?") == [
        "foreign",
        "workers",
    ]
    assert ranked_words("Which region receives the largest flow of migrants?") == []
    # A plural right after "the most" is what is ranked; an adjective or a time is not.
    assert ranked_words("Which country received the most emigrants in 2021?") == ["emigrants"]
    assert ranked_words("Which is the most popular destination?") == []
    assert ranked_words("What did the most recent census count?") == []
    assistant = tiny_assistant(
        tmp_path,
        fake_embedder,
        "By countries, the largest number of citizens provided with medical care are from "
        "Uzbekistan.\n\n"
        "Most foreign workers employed in the country come from Georgia.\n",
    )
    workers = assistant.explain("Which country supplies the largest number of foreign workers?")
    assert 0 not in candidate_ids(workers)
    care = assistant.explain("Which country has the largest number of citizens treated?")
    assert 0 in candidate_ids(care)


def test_a_ranking_in_a_preface_says_which_thing_is_meant_not_what_is_asked(
    tmp_path, fake_embedder
) -> None:
    report = "On 6 September 2021, in Bern, a visa agreement was signed with Zembla.\n"
    assistant = tiny_assistant(tmp_path, fake_embedder, report)
    prefaced = (
        "With respect to the most recent visa agreement, concluded in Bern, on what date "
        "was it signed with Zembla?"
    )
    answer = assistant.ask(prefaced)
    assert not answer.refused and answer.short_answer == "6 September 2021"
    # Asked in the asking clause, the ranking still needs a sentence that ranks.
    assert assistant.ask("Which visa agreement with Zembla was signed most recently?").refused
