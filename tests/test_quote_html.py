"""The answer's quote in the browser: shown as text, with the short answer marked where it
stands, so that a journalist sees which of the sentence's figures was taken."""

from __future__ import annotations

from reportqa.ui import quote_html

SENTENCE = (
    "Agreements cover holders of service passports — with 50 countries, and holders of "
    "national passports — with 20 countries."
)


def test_the_short_answer_is_marked_where_it_stands() -> None:
    html = quote_html(SENTENCE, "20")
    assert '— with <mark class="rq-short">20</mark> countries.' in html
    assert html.count("<mark") == 1


def test_a_short_answer_found_twice_or_inside_a_word_is_not_marked() -> None:
    assert "<mark" not in quote_html("In 2020, 20 cases; in 2021, 20 more.", "20")
    assert "<mark" not in quote_html("It began in 2020.", "20")  # "20" of "2020" is no answer
    assert "<mark" not in quote_html(SENTENCE, None)


def test_the_quote_around_the_mark_stays_text() -> None:
    html = quote_html('<b>42</b> telescopes "<script>"', "42")
    assert "<b>" not in html and "<script>" not in html
    assert '<mark class="rq-short">42</mark>' in html
