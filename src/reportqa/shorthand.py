"""Chat shorthand spelled out ("ppl", "yrs", "kz") before a question is read.

Staff type questions into chat tools. A word the report never uses matches nothing, and in a
counted phrase it hides the unit ("how many yrs"): spelled out, it is the report's word.
Only shorthand with one reading is expanded; a web address ("vmp.gov.kz") is left alone.
"""

from __future__ import annotations

import re

_SHORTHAND = {
    "ppl": "people",
    "yrs": "years",
    "yr": "year",
    "kz": "Kazakhstan",
    "whats": "what is",
    "govt": "government",
    "intl": "international",
    "info": "information",
    "stats": "statistics",
    "dept": "department",
    "depts": "departments",
    "approx": "approximately",
    "abt": "about",
    "thru": "through",
    "pct": "percent",
    "hrs": "hours",
    # "who's the head of the council" asks for a person as "who is" does
    "who's": "who is",
    "who’s": "who is",
    "what's": "what is",
    "what’s": "what is",
    "where's": "where is",
    "where’s": "where is",
    "when's": "when is",
    "when’s": "when is",
}
# A whole word, not part of an address, a file name or a hyphenated word ("e-gov").
_WORD = re.compile(
    r"(?<![\w./@-])(" + "|".join(sorted(_SHORTHAND, key=len, reverse=True)) + r")(?![\w./@-])",
    re.IGNORECASE,
)


def spelled_out(question: str) -> str:
    """The question with its chat shorthand in full words."""
    return _WORD.sub(lambda m: _SHORTHAND[m.group(1).lower()], question)
