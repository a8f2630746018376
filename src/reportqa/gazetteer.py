"""Which names are countries: the ISO 3166 list that the pycountry package ships (no network).

A question about a city is not answered by a list of countries, and a figure for Uzbekistan
does not answer a question about Kyrgyzstan. The composer needs only to tell a country's name
from other names; it never needs a country's details.
"""

from __future__ import annotations

import functools
import re

from reportqa.lexical import tokenize

# Words that many country names share ("Republic", "Federation"): alone they name no place.
GENERIC = frozenset(
    tokenize(
        "republic federation federal kingdom united states state islands island democratic "
        "people peoples islamic plurinational commonwealth union north south east west central "
        "northern southern eastern western new saint great britain minor outlying territory "
        "territories province of and the bolivarian arab socialist independent sovereign "
        "principality grand duchy holy see former "
        # words of official names that name no country alone ("Hong Kong Special
        # Administrative Region of China", "Vatican City State", "Isle of Man")
        "special administrative region part city confederation sultanate isle isles man jan "
        "heard keel"
    )
)


@functools.cache
def country_stems() -> frozenset[str]:
    """The distinctive stems of every country's name, common name and official name."""
    import pycountry

    stems: set[str] = set()
    for country in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            name = getattr(country, field, None)
            if name:
                stems.update(t for t in tokenize(name) if t not in GENERIC and len(t) > 2)
    return frozenset(stems - _REGION_WORDS | set(WHOLE_NAMES.values()))


@functools.cache
def subdivision_stems() -> frozenset[str]:
    """The distinctive stems of the ISO 3166-2 regions and cities ("Almaty", "Shymkent")."""
    import pycountry

    stems = {t for sub in pycountry.subdivisions for t in tokenize(sub.name) if len(t) > 2}
    return frozenset(stems - GENERIC)


def is_country(name: str) -> bool:
    """A capitalised name that is a country's ("Russia", "Kyrgyz Republic", "Uzbekistan")."""
    if _WHOLE_NAME.search(name):
        name = _WHOLE_NAME.sub(" ", name)
        return all(t in GENERIC or _known(t) for t in tokenize(name))
    words = [t for t in tokenize(name) if t not in GENERIC]
    return bool(words) and all(_known(t) for t in words)


_CONTINENTS = frozenset("europe asia africa america americas oceania antarctica".split())
# The words of the parts of the world that place names are built on ("Central Asia", "the
# South Caucasus", "the Middle East"): a name holding one is a place. Wider than the
# continents, and matched word by word, where a continent is matched as the whole name.
_WORLD_REGION_WORDS = "asia europe africa america caucasus middle east"


def is_continent(name: str) -> bool:
    """ "Europe", "Asia": a part of the world a report that never names it says nothing of."""
    return name.strip().lower() in _CONTINENTS


@functools.cache
def world_region_stems() -> frozenset[str]:
    """The stems of `_WORLD_REGION_WORDS`."""
    return frozenset(tokenize(_WORLD_REGION_WORDS))


def countries_in(text: str) -> list[str]:
    """The stems of the countries a text names, in order."""
    out = []
    for m in _CAPITALISED.finditer(text):
        if _WATERS.match(text, m.end()):
            continue  # "the Indian Ocean", "the Persian Gulf": a sea is no country
        name = INITIALISMS.get(m.group(), m.group())
        if name in WHOLE_NAMES:
            out.append(WHOLE_NAMES[name])
            continue
        for t in tokenize(name):
            if t not in GENERIC and _known(t):
                out.append(t)
    return out


_WATERS = re.compile(r"\s+(?:Ocean|Sea|Gulf)\b")
# Initialisms that official texts use for a country ("Xi'an (PRC)"); ISO 3166 lists none.
INITIALISMS = {
    "PRC": "China",
    "USA": "United States",
    "US": "United States",
    "UAE": "Emirates",
    "DPRK": "Korea",
    "RK": "Kazakhstan",
    "RoK": "Kazakhstan",
    "KZ": "Kazakhstan",
}
# Continents and oceans: "Central American", "Pacific Ocean" and "African migrants" name no
# country, although "South Africa" and "United States of America" do, as whole names.
_REGION_WORDS = frozenset(tokenize("africa african america american ocean"))
# Whole names, each as a stem of its own ("@" keeps it from sharing a start with a word).
WHOLE_NAMES = {
    "United States of America": "@usa",
    "United States": "@usa",
    "South Africa": "@southafrica",
    "Central African Republic": "@centralafrica",
}
_WHOLE_NAME = re.compile("|".join(rf"\b{name}\b" for name in WHOLE_NAMES))
_CAPITALISED = re.compile(
    _WHOLE_NAME.pattern
    + r"|\b[A-Z][a-z][\w'’-]*|\b(?:"
    + "|".join(sorted(INITIALISMS, key=len, reverse=True))
    + r")\b"
)


def same_country(a: str, b: str) -> bool:
    """Two country stems of one country: a word family ("russia" / "russian") or two of its
    names ("swiss" / "switzerland")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return (len(short) >= 5 and long.startswith(short)) or bool(_codes(a) & _codes(b))


def names_another_country(named: set[str], asked: frozenset[str]) -> bool:
    """Of the countries a sentence names (`named`), one the question (`asked`) does not."""
    return any(not any(same_country(a, c) for a in asked) for c in named)


def only_other_countries(named: set[str], asked: frozenset[str]) -> bool:
    """The sentence names countries, none of them the asked ones: its figures are theirs."""
    return bool(named) and not any(same_country(a, c) for a in asked for c in named)


@functools.cache
def other_names(word: str) -> tuple[frozenset[str], ...]:
    """The stems of the other names a country goes by ("China": "PRC"; "Swiss":
    "Switzerland"), for a word that names one; else none."""
    stems = [t for t in tokenize(word) if t not in GENERIC]
    if len(stems) != 1 or not _codes(stems[0]):
        return ()
    import pycountry

    codes = _codes(stems[0])
    names = {short for short, name in INITIALISMS.items() if _codes_of_name(name) & codes}
    for country in pycountry.countries:
        if country.alpha_3 in codes:
            names.update(getattr(country, f, None) or "" for f in ("name", "common_name"))
    forms = {frozenset(t for t in tokenize(n) if t not in GENERIC) for n in names if n}
    return tuple(sorted((f for f in forms if f and f != {stems[0]}), key=sorted))


def _codes_of_name(name: str) -> frozenset[str]:
    return frozenset().union(*(_codes(t) for t in tokenize(name) if t not in GENERIC))


@functools.cache
def _name_index() -> dict[str, dict[str, int]]:
    """For each stem of a country's names, the ISO codes whose names hold it and how few other
    distinctive words each such name has; read from pycountry once."""
    import pycountry

    index: dict[str, dict[str, int]] = {}
    for country in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            words = [t for t in tokenize(getattr(country, field, None) or "") if t not in GENERIC]
            for stem in set(words):
                codes = index.setdefault(stem, {})
                codes[country.alpha_3] = min(codes.get(country.alpha_3, 99), len(words))
    return index


# Adjectives of nationality that share too little with the country's name to be read as its
# word family ("Chinese" / "China"): which "Chinese city" is not a Korean one. Also English
# names the ISO list has replaced: "Turkey" is a country the report never names.
_DEMONYMS = {
    t: code
    for word, code in (
        ("Chinese", "CHN"), ("French", "FRA"), ("British", "GBR"), ("Turkish", "TUR"),
        ("Iranian", "IRN"), ("Iraqi", "IRQ"), ("Polish", "POL"), ("Greek", "GRC"),
        ("Spanish", "ESP"), ("Swedish", "SWE"), ("Finnish", "FIN"), ("Danish", "DNK"),
        ("Dutch", "NLD"), ("Norwegian", "NOR"), ("Thai", "THA"), ("Japanese", "JPN"),
        ("Indian", "IND"), ("Pakistani", "PAK"), ("Israeli", "ISR"), ("Egyptian", "EGY"),
        ("Vietnamese", "VNM"), ("Portuguese", "PRT"), ("Belgian", "BEL"), ("Irish", "IRL"),
        ("Emirati", "ARE"), ("Omani", "OMN"), ("Qatari", "QAT"), ("Kuwaiti", "KWT"),
        # English names the ISO list no longer uses ("Türkiye", "Myanmar", "Eswatini")
        ("Turkey", "TUR"), ("Burma", "MMR"), ("Swaziland", "SWZ"), ("Holland", "NLD"),
    )
    for t in tokenize(word)
}  # fmt: skip


@functools.cache
def _codes(stem: str) -> frozenset[str]:
    """The ISO codes of the countries a stem names: of the names it is a word of, those with
    the fewest other words ("china" names China, not "Taiwan, Province of China")."""
    if stem in _DEMONYMS:
        return frozenset([_DEMONYMS[stem]])
    if stem in GENERIC or stem in _REGION_WORDS:
        return frozenset()
    best = _name_index().get(stem, {})
    if not best:
        return frozenset([stem]) if stem in WHOLE_NAMES.values() else frozenset()
    fewest = min(best.values())
    return frozenset(code for code, n in best.items() if n == fewest)


@functools.cache
def _known(stem: str) -> bool:
    """Equal to a country's stem, or one of a word family with it ("russia" / "russian",
    "kyrgyz" / "kyrgyzstan"): a shared start of at least five letters."""
    if stem in country_stems() or stem in _DEMONYMS:
        return True
    return len(stem) >= 5 and any(
        s.startswith(stem) or (len(s) >= 5 and stem.startswith(s)) for s in country_stems()
    )


@functools.cache
def language_names() -> frozenset[str]:
    """The major languages (those with a two-letter ISO 639-1 code): "Kazakh", "Russian"."""
    import pycountry

    return frozenset(
        re.sub(r"\s*\(.*", "", lang.name)
        for lang in pycountry.languages
        if hasattr(lang, "alpha_2")
    )


def names_a_language(text: str, *, given: frozenset[str] = frozenset()) -> bool:
    """A language the question does not give (`given`: its lower-cased words), said as one:
    next to "language(s)" ("in the Kazakh language") or in a list of two or more
    ("in Kazakh, Russian and English"). "Kazakh citizens" names none."""
    named = {m.group(1) for m in _LANGUAGE_WORD.finditer(text) if m.group(1) in language_names()}
    new = {n for n in named if n.lower() not in given}
    if not new:
        return False
    return len(named) >= 2 or any(
        re.search(rf"\b{n}(?:\s+[\w-]+)?\s+languages?\b|\blanguages?\s+(?:\w+\s+)?{n}\b", text)
        for n in new
    )


_LANGUAGE_WORD = re.compile(r"\b([A-Z][a-z]+)\b")


@functools.cache
def _currencies() -> tuple[frozenset[str], frozenset[str]]:
    """ISO 4217: the codes ("KZT") and the words that end the names ("tenge", "dollar"),
    lower-cased; a name shorter than four letters ("som", "sum") is also an English word."""
    import pycountry

    codes = frozenset(c.alpha_3.lower() for c in pycountry.currencies)
    names = {c.name.split()[-1].lower() for c in pycountry.currencies}
    names = {n for n in names if n.isalpha() and len(n) >= 4} - _NOT_CURRENCY_WORDS
    return codes, frozenset(names | {"rouble"})


# Last words of ISO 4217 entries that are no currency's name in running text ("Gold", "Code
# … for testing", "Unit of Account") or are common words ("colon", "mark").
_NOT_CURRENCY_WORDS = frozenset(
    "account gold silver platinum palladium involved unit right code transactions colon mark "
    "fomento bceao beac real purposes previsional mvdol omani uruguayo".split()
)


def names_a_currency(text: str) -> bool:
    """A currency's code in capitals, its name or its sign ("KZT", "US dollars", "€")."""
    codes, names = _currencies()
    if re.search(r"[$€£₸₽]", text):
        return True
    # A code is often another initialism ("SDG targets": SDG is also the Sudanese pound's), so
    # it counts beside a figure or after "in" ("paid in USD"), and never when the text makes a
    # plural of it ("SDGs 1-5", "SDG 16"): a currency's code takes none.
    coded = re.findall(r"(?:\d\s?|\b(?:in|into|to|from) )([A-Z]{3})\b|\b([A-Z]{3})\s?\d", text)
    plural = set(re.findall(r"\b([A-Z]{3})s\b", text))
    if any(c.lower() in codes and c not in plural for pair in coded for c in pair if c):
        return True
    return any(w.removesuffix("s") in names for w in re.findall(r"[a-z]{4,}", text.lower()))
