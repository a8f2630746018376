"""'Which came first: A or B?' — two dated sentences, quoted, and the date asked for."""

from __future__ import annotations

import pytest

from reportqa.compare import Comparison, compared_options, date_key
from tiny_report import tiny_assistant


def test_the_two_options_and_the_end_asked_for_are_read() -> None:
    asked = "Which started earlier: the memorandum with IOM or the Red Crescent programme?"
    assert compared_options(asked) == Comparison(
        ("memorandum with IOM", "Red Crescent programme"), later=False
    )
    assert compared_options("Which is more recent: the 2011 law, or the 1995 law?").later
    # Not a comparison of dates: an order word that does not follow a verb of happening.
    assert compared_options("Which was the first country to sign, Zembla or Ruritania?") is None
    assert compared_options("Which programme came first?") is None


@pytest.mark.parametrize(
    ("span", "key"),
    [("20 August 2021", (2021, 8, 20)), ("June 2020", (2020, 6, 0)), ("2019", (2019, 0, 0))],
)
def test_a_date_is_read_as_precisely_as_it_is_written(span, key) -> None:
    assert date_key(span) == key
    assert date_key("2018-2022") is None  # a range is not one date


REPORT = (
    "The memorandum with IOM has been effective since 2012.\n\n"
    "Since 2016, the Red Crescent has run a family-links programme.\n\n"
    "In 2016, the helpline was opened in the capital.\n"
)


def test_which_came_first_quotes_both_dates_and_gives_the_earlier(tmp_path, fake_embedder):
    assistant = tiny_assistant(tmp_path, fake_embedder, REPORT)
    answer = assistant.ask(
        "Which started earlier: the memorandum with IOM or the Red Crescent family-links programme?"
    )
    assert not answer.refused
    assert answer.short_answer == "2012"
    assert [c.lines for c in answer.citations] == [(1, 1), (3, 3)]
    later = assistant.ask(
        "Which is more recent: the memorandum with IOM or the Red Crescent family-links programme?"
    )
    assert later.short_answer == "2016"


def test_no_order_is_claimed_when_the_dates_do_not_tell() -> None:
    from reportqa.compare import DatedSentence, order
    from reportqa.model import Sentence

    def side(sid: int, date: str) -> DatedSentence:
        sentence = Sentence(sid, "doc", None, 0, 1, (1, 1), "x", "x")
        return DatedSentence("x", sentence, date, date_key(date))

    asked = Comparison(("a", "b"), later=False)
    assert order(asked, side(1, "6 September 2021"), side(2, "20 August 2021")).date == (
        "20 August 2021"
    )
    with pytest.raises(ValueError):
        order(asked, side(1, "2021"), side(2, "6 September 2021"))  # as precise as both are
    with pytest.raises(ValueError):
        order(asked, side(1, "2012"), side(1, "2016"))  # one sentence dates both
