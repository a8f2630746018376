"""A question that compares ("the same rights as citizens") is answered by the sentence that
compares in what is asked; an "it" that stands for nothing ("It should be noted that") does
not tie a sentence to the one before."""

from __future__ import annotations

from tiny_report import preferred_order, tiny_assistant

_STATELESS = (
    "In Zembla, persons who are not citizens and have no proof of another citizenship are "
    "recognised as stateless persons.\n\n"
    "Stateless persons may apply for naturalisation on the same grounds as foreigners.\n\n"
    "It should be noted that recognised stateless persons have virtually the same range of "
    "rights as nationals, with a few exceptions.\n\n"
    "It covers the rights to work and to study.\n"
)


def test_an_it_that_stands_for_nothing_does_not_continue_the_sentence_before(
    tmp_path, fake_embedder
) -> None:
    assistant = tiny_assistant(tmp_path, fake_embedder, _STATELESS)
    _, _, rights, covers = assistant.index.sentences
    discourse = assistant.composer.discourse
    assert discourse.lead(rights.id, max_chars=500) == ()
    assert discourse.lead(covers.id, max_chars=500) == (rights,)  # "It covers": the range


def test_a_comparison_asked_prefers_the_sentence_that_compares_in_what_is_asked(
    tmp_path, fake_embedder
) -> None:
    assistant = tiny_assistant(tmp_path, fake_embedder, _STATELESS)
    defined, grounds, rights, _ = assistant.index.sentences
    scored = [(defined, 0.69), (grounds, 0.66), (rights, 0.64)]
    asked = "Do recognised stateless people get the same rights as citizens?"
    # "the same grounds as foreigners" compares them too, but not in their rights.
    assert preferred_order(assistant, asked, None, scored) == [rights, defined, grounds]
    asked = "Who is recognised as a stateless person?"
    assert preferred_order(assistant, asked, None, scored) == [defined, grounds, rights]
