"""Stems of one word family: "consulates" and "consulate" are one word, "policy" and "police"
are not. The stemmer keeps some families apart and joins some strangers; `same_word` says
which stems a question and a sentence share.
"""

from __future__ import annotations


def same_word(a: str, b: str) -> bool:
    """Stems of one word family: equal, one a prefix of the other of at least five letters
    (the stemmer keeps "consul" from "consulates" apart from "consular"), or a verb and its
    agent noun ("hold" and "holder": who holds a status is its holder)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if any(long.startswith(other) for other in _FALSE_FAMILIES.get(short, ())):
        return False
    if len(short) >= 4 and long == short + "er":
        return True
    return len(short) >= 5 and long.startswith(short)


# Stems that start alike but are other words: "police" and "policy", "states" and
# "stateless", "consul" and "consult", "count" and "countries".
_FALSE_FAMILIES = {
    "again": ("against",),
    "along": ("alongsid",),
    "capit": ("capita",),
    "check": ("checkpoint",),
    "class": ("classif", "classroom"),
    "consul": ("consult",),
    "contin": ("continu",),
    "count": ("countri", "counter"),
    "decre": ("decreas",),
    "depart": ("department",),
    "event": ("eventu",),
    "extra": ("extracurricular",),
    "field": ("fieldwork",),
    "found": ("foundat",),
    "frame": ("framework",),
    "front": ("frontier",),
    "human": ("humanitarian",),
    "inter": ("",),
    "invest": ("investig",),
    "liter": ("literatur",),
    "media": ("median",),
    "overse": ("oversea",),
    "paper": ("paperwork",),
    "parti": ("particip", "particular"),
    "polic": ("polici",),
    "popul": ("popular",),
    "presid": ("president",),  # presiding is not a president's decree
    "princip": ("principl",),
    "regard": ("regardless",),
    "regul": ("regular",),
    "second": ("secondari",),
    "stand": ("standard",),
    "state": ("stateless", "statement"),
    "treat": ("treati",),
    "under": ("",),
}
