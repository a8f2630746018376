"""What share a question asks and of what whole: "what proportion of children live …" asks a
share of children, which "60% of respondents have children" does not give, nor "one third of
children" a share of the whole population.

Generic English; the words are not drawn from any report.
"""

from __future__ import annotations

import re

from reportqa.counting import PERSON_KINDS, UNIT_EQUIVALENTS, equivalents
from reportqa.lexical import tokenize

_SHARE_OF_QUESTION = re.compile(
    r"\bwhat (?:share|percentage|percent|proportion|fraction|portion) of "
    r"(?:the |all |its |their |these |those )?((?:[a-z-]+['’]?s? ){0,2}[a-z-]+)"
    # "Of the stranded migrants' kids, what portion are in Kazakhstan?"
    # "Of the children of stranded migrants, what percentage …": the whole is the first noun.
    r"|^of (?:the |all |its )?((?:[a-z-]+['’]?s? ){0,2}[a-z-]+)"
    r"(?: (?:of|among|from|in) (?:the )?(?:[a-z'’-]+ ){0,2}[a-z'’-]+)?, what (?:share|percentage|"
    r"percent|proportion|fraction|portion)\b"
)
_SHARE_OF_TEXT = re.compile(
    r"(?:%|\bper ?cent\b|\b(?:half|thirds?|quarters?|fifths?|tenths?|majority|minority|share|"
    r"proportion)\b)\)?\s+of\s+(?:the\s+|all\s+|these\s+)?((?:[\w'’-]+\s+)?[\w'’-]+)",
    re.IGNORECASE,
)


def share_base(question: str) -> str | None:
    """ "What proportion of children live …": the whole the share is of (children)."""
    m = _SHARE_OF_QUESTION.search(" ".join(question.lower().split()))
    if m is None:
        return None
    words = (m.group(1) or m.group(2)).split()
    # "what share of stranded migrants' children": the whole is what follows the possessive.
    owned = [k + 1 for k, w in enumerate(words[:-1]) if re.search(r"['’]s?$", w)]
    return words[owned[-1]] if owned else words[0]


def states_share_of(text: str, base: str) -> bool:
    """The sentence gives a share of that whole ("One third of children (32.5%)"), not only
    shares of something else beside the word ("60% of respondents have children"). The whole
    is the word after "of" or the one after it ("of the migrant children")."""
    stems = set(tokenize(" ".join(equivalents(base))))  # "kids": a share of children
    return any(stems & set(tokenize(m.group(1))) for m in _SHARE_OF_TEXT.finditer(text))


def shares_of_another(text: str, base: str) -> bool:
    """A share of people as a whole ("what share of the population") asked, and every share
    the sentence says of a named whole is of a group of them: "one third of children" is no
    share of the population. Shares of things, or of "them", are left to meaning."""
    if base not in UNIT_EQUIVALENTS[0]:
        return False
    wholes = [m.group(1).lower().split()[-1] for m in _SHARE_OF_TEXT.finditer(text)]
    return bool(wholes) and all(w in PERSON_KINDS for w in wholes)
