"""What was given to or done to the people a question counts: "how many were granted
citizenship", "how many were deported". A count of the same people for another reason (given
medical care) does not answer, so the sentence must say it, or be close in meaning.
"""

from __future__ import annotations

import re

from reportqa.counting import equivalents
from reportqa.lexical import tokenize
from reportqa.requirements import Requirement
from reportqa.support import SENTENCE, Discourse

# "How many stateless persons were granted citizenship", "how many Russians received medical
# care": what the counted people were given, which a count of them in another state lacks.
_GIVEN = r"(?:granted|given|provided with|provided|issued|awarded|admitted to)"
# What is given ends at a preposition, a mark or a year ("… given medical care 2021?", a
# terse question read as a full one).
_THING = (
    r"\s+(?:a |an |the |their |its )?((?:[a-z-]+ ){0,2}?[a-z-]+)(?=\s+(?:in|by|during|from|"
    r"at|through|after|under|since|for|as|of|on|to|and|or)\b|\s+(?:19|20)\d\d\b|\s*[?,.]|$)"
)
_GIVEN_WHAT = re.compile(
    r"\bhow many\b[^?]*?\b(?:received|receive|got|get|obtained|obtain|acquired|acquire|"
    rf"(?:were|was|have been|had been) {_GIVEN}){_THING}",
    re.IGNORECASE,
)


def given_thing_requirement(
    discourse: Discourse, question: str, *, paraphrase_similarity: float
) -> list[Requirement]:
    """What a counted group was given must be named in the sentence, or the sentence must be
    close in meaning: "7,118 persons hold stateless status" counts no one granted citizenship."""
    m = _GIVEN_WHAT.search(question) or _WHOLE_GIVEN.search(" ".join(question.split()))
    given = None if m is None else next(g for g in m.groups() if g).lower().split()
    if given is None or given[0] in _NOT_A_THING:
        return []  # "how many years can he get at most": a bound, not a thing given
    if _GOT_DONE.search(m.group()):
        return []  # "how many got evacuated out of …": what was done, not a thing given
    thing = given[-1]
    alike = next((g for g in _GIVEN_ALIKE if thing in g), frozenset([thing]))
    if any(w in _GIVEN_ALIKE[0] for w in given[:-1]):
        alike |= _GIVEN_ALIKE[0]  # "medical help" is medical care
    forms = discourse.forms(sorted(alike))
    out = [Requirement(forms, paraphrase_similarity, scope=SENTENCE)] if forms else []
    # "given dental care": what kind of it, too; the report's "medical care" is not dental.
    for word in (w for w in given[:-1] if w not in _WHOSE):
        out += [
            Requirement([f], paraphrase_similarity, scope=SENTENCE) for f in discourse.forms([word])
        ]
    return out


# "How many foreigners were deported", "how many are working abroad": what was done to (or is
# done by) those counted, which a count of them for another reason (given medical care) does
# not say. Verbs of counting say nothing of it.
_DONE_TO = re.compile(
    r"\bhow many\b[^?,]*?\b(?:were|was|are|is|have been|has been|had been|got|get|being)\s+"
    r"(?:\w+ly\s+)?([a-z]+(?:ed|en|wn)|[a-z]{3,}ing)\b",
    re.IGNORECASE,
)
_NOT_AN_ACTION = frozenset(
    "given granted provided issued awarded reported recorded registered counted listed "
    "estimated covered involved included affected based located situated seen known found "
    "made done held considered expected required needed used called named concerned".split()
)


def action_requirement(
    discourse: Discourse, question: str, *, paraphrase_similarity: float
) -> list[Requirement]:
    """What was done to those counted must be said in the sentence, or the sentence must be
    close in meaning: "2,990 foreigners were provided medical care" deported no one."""
    m = _DONE_TO.search(question)
    if m is None or m.group(1).lower() in _NOT_AN_ACTION:
        return []
    verb = m.group(1).lower()
    # "treated" is said as "provided with medical care"
    given = verb.removesuffix("ed")
    alike = equivalents(verb) | next((g for g in _GIVEN_ALIKE if given in g), frozenset())
    forms = discourse.used_forms(sorted(alike)) or _said_otherwise(discourse, verb)
    return [Requirement(forms, paraphrase_similarity, scope=SENTENCE)] if forms else []


def _said_otherwise(discourse: Discourse, verb: str) -> list[frozenset[str]]:
    """The report's words that begin as the verb's stem does ("detained": detainees): a verb
    the report never uses may still be said by it in another form."""
    stem = next(iter(tokenize(verb)), "")
    if len(stem) < 5:
        return []
    return [frozenset([t]) for t in sorted(discourse.df) if t.startswith(stem) and t != stem]


# "How many people were stateless in 2020": the state those counted were in, which a count of
# people for another reason (the migration balance) does not say.
_STATE_OF = re.compile(
    r"\bhow many\b[^?,]*?\b(?:were|was|are|is|have been|has been|had been|remain|remained|"
    r"remains)\s+(?:still\s+|officially\s+|legally\s+)?([a-z]{4,})\b(?!\s+of\b)",
    re.IGNORECASE,
)
_NOT_A_STATE = frozenset(
    "there here also still more less able likely unable about around over under almost nearly "
    "some many much such those these they their them then than only just even left back home "
    "abroad away involved affected from with into onto under within without among between "
    "during after before near inside outside across against toward towards through throughout "
    "upon being".split()
)


def state_requirement(
    discourse: Discourse, question: str, *, paraphrase_similarity: float
) -> list[Requirement]:
    """The state the counted people were in must be said in the sentence, or the sentence
    must be close in meaning: "17.7 thousand people" of a migration balance were not all
    stateless."""
    m = _STATE_OF.search(question)
    if m is None:
        return []
    state = m.group(1).lower()
    if state in _NOT_A_STATE or re.fullmatch(r"[a-z]+(?:ed|en|wn|ing)", state):
        return []  # a participle is what was done to them (action_requirement)
    forms = discourse.used_forms([state])
    return [Requirement(forms, paraphrase_similarity, scope=SENTENCE)] if forms else []


# "Of the foreigners given medical care in 2021, how many …", "among those treated": the whole
# is a group given something, which a count of another group (the convicted) is not.
_WHOLE_GIVEN = re.compile(
    r"^(?:of|among|out of) (?:the |all )?(?:[\w'’-]+ ){0,4}?(?:(?:given|provided with|granted|"
    r"issued|awarded|who (?:received|got|obtained)) (?:a |an |the )?((?:[a-z-]+ ){0,2}?[a-z-]+)"
    r"|(treat)ed)\b",
    re.IGNORECASE,
)
# "got evacuated", "get deported": a passive, which action_requirement reads.
_GOT_DONE = re.compile(r"\b(?:got|get)\s+[a-z]+ed\b", re.IGNORECASE)
# Who gives it, not what kind it is: "state social services" are social services.
_WHOSE = frozenset("state public government governmental official national".split())
_NOT_A_THING = frozenset("at up more less about around over under back out away".split())
# What is given, said in other words: "treatment" is medical care, "support" a service.
_GIVEN_ALIKE = tuple(
    frozenset(group.split())
    for group in (
        "care treatment treat healthcare medical",
        "support services service assistance aid help",
        "documents document papers identity ids",
    )
)
