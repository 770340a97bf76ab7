"""How long: what a length of time measures, read from the words around it in its claim.

How long a thing lasted ("the talks lasted two hours", "a 48-hour strike") or how late it
began, a prison term a court gave, how long a person has served where they work, and what a
length of time was spent on ("30 hours of deliberation"). `concepts` asks `how_long` first and
`spent_on` last, as it asks a deal's length (a money word near) between them.
"""

from __future__ import annotations

import re

from .actionwords import ACTION_SYNONYMS, PART_NOUNS
from .claims import Claim
from .lexicon import FUNCTION_WORDS, UNIT_NOUNS
from .measurewords import (
    CLAUSE_MARK,
    CONFINED_WORDS,
    LASTED,
    LASTING_NOUNS,
    OWN_TERMS,
    SPENT_FOR,
    STARTED,
    TENURE_BEFORE,
    TENURE_NOUNS,
    TERM_AFTER,
    TERM_BEFORE,
    TERM_NOT_GIVEN,
    words,
)
from .names import surname
from .settings import LIMITS
from .values import Value
from .whose import UNNAMED, age_subject, party, party_before

# the concept of how long a named person has served where they work ("a 20-year veteran")
SERVICE = "length of service"
PRISON_TERM = "prison term"  # a term a court gave a named person (`_prison_term`)
# the concept of a length of time spent on what a word names ("30 hours of deliberation":
# "time spent on deliber"; the verb before "for" may name it: `SPENT_FOR`)
SPENT = "time spent on "
# a stretch of time within a thing, not its length: "the first two days of the strike", "the
# last 10 minutes of the talks", "the past three days of fighting"
STRETCH_WITHIN = re.compile(r"\b(?:first|last|opening|final|closing|past|next)\b", re.I)
# words that open a relative clause, which speaks of the noun before it ("the talks, which lasted")
RELATIVES = frozenset({"which", "that", "who"})
# a remark set off by dashes or brackets inside a clause, which parts the thing from its verb
ASIDE = re.compile(r"\s[-–—]\s[^-–—]*\s[-–—]\s|\s\([^()]*\)")
# a part of a repeated event before the event ("the second round of talks" lasted: the talks)
PART_OF = re.compile(rf"\b(?:{'|'.join(sorted(PART_NOUNS))})s?\s+of\s+", re.I)
# a subject's words from its first preposition on ("the talks on the bridge in Riverton"): what
# they name is not the thing the subject is
SUBJECT_TAIL = re.compile(
    r"\s(?:of|on|in|at|from|about|over|with|between|near|for|to|into|across)\s.*$", re.I)


def how_long(claim: Claim, v: Value, before: str, after: str) -> tuple[str, str] | None:
    """(concept, subject) of a length of time (`v`, with the claim's words `before` and `after`
    it) that lasted, began late, was a prison term, how long a thing lasts or a person served;
    None when the words do not say."""
    return _timed(claim, before, "duration" if v.role is None else "delay") or (
        _prison_term(claim, v, before, after)) or _lasting(claim, v) or (
        _served(claim, v, before, after))


def _timed(claim: Claim, before: str, what: str) -> tuple[str, str] | None:
    """A length of time said with "lasted" (`what` "duration") or "began … late" ("delay"):
    the subject before the verb, a remark between dashes and what its prepositions add left
    out ("The talks - the second round - on the bridge in Riverton lasted": the talks)."""
    said = ASIDE.sub(" ", before)
    verb = (LASTED if what == "duration" else STARTED).search(said)
    if verb is None:
        return None
    clauses = CLAUSE_MARK.split(said[:verb.start()])
    before_verb = words(clauses[-1])
    if re.search(r"\blast\b", verb.group(), re.I) and (
            not before_verb or before_verb[-1][0] in FUNCTION_WORDS):
        return None  # "in the last 10 minutes": no verb
    if len(clauses) > 1 and before_verb and before_verb[0][0] in RELATIVES:
        clauses.pop()  # "The talks, which lasted ...": the talks
    subject = PART_OF.sub("", clauses[-1])  # "round of talks"
    subject = SUBJECT_TAIL.sub("", subject)
    thing = [w for w, _ in words(subject) if len(w) > 2]
    return (_duration_concept(claim, thing[-1], what), "") if thing else None


def _lasting(claim: Claim, v: Value) -> tuple[str, str] | None:
    """How long a thing lasts when its length is written onto it or said with "of" ("a 90-day
    stint", "a 48-hour strike", "a truce of two days"): the duration of that thing, when it is
    one of `LASTING_NOUNS`; not a stretch within it ("the first two days of the strike")."""
    noun = (v.noun or "").lower()
    if v.role is not None or noun not in LASTING_NOUNS or STRETCH_WITHIN.search(v.text):
        return None
    return _duration_concept(claim, noun), ""


def _prison_term(claim: Claim, v: Value, before: str, after: str) -> tuple[str, str] | None:
    """A prison term given ("sentenced to seven years", "jailed for 7 years", "a nine-year
    prison term", "got two years behind bars": `TERM_BEFORE`, `TERM_AFTER`): `PRISON_TERM`,
    whose as a deal is (`_party`; "" for a person the claim does not name). A term asked for or
    risked ("sought 12 years", "faces up to 20 years in prison") or another kind (probation) is
    none."""
    span = LIMITS.scope_span
    told = TERM_BEFORE.search(before) or TERM_AFTER.match(after)
    if v.role is not None or not told or TERM_NOT_GIVEN.search(
            CLAUSE_MARK.split(before)[-1][-span:] + " " + CLAUSE_MARK.split(after)[0][:span]):
        return None
    return PRISON_TERM, party(claim, before)


def _served(claim: Claim, v: Value, before: str, after: str) -> tuple[str, str] | None:
    """How long a named person has served where they work: the person an attributive length is
    set beside, as an age's is ("Hale, a 20-year veteran of the force"), or the one named before
    a verb of serving ("Hale served 15 years on the force"), else the claim's doer, or the name
    a "who" hangs on ("Roe, who has been with the force for two decades"): `SERVICE` and their
    surname. A term in prison or a clinic is none (`CONFINED_WORDS`), nor is an unnamed
    person's (which one is not known)."""
    if v.role is not None or CONFINED_WORDS.search(
            before[-LIMITS.scope_span:] + " " + after[:LIMITS.scope_span]):
        return None
    if (v.noun or "").lower() in TENURE_NOUNS:
        who = age_subject(claim, v)
    elif served := TENURE_BEFORE.search(clause := CLAUSE_MARK.split(before)[-1]):
        by = clause[:served.start()]
        who = party_before(claim, by) or surname(claim.doer or "") or (
            age_subject(claim, v) if re.match(r"\s*who\b", by) else "")  # "Roe, who has been"
    else:
        return None
    return (SERVICE, who) if who and not who.startswith(UNNAMED) else None


def spent_on(v: Value, before: str, after: str) -> tuple[str, str] | None:
    """What a length of time was spent on, when a noun after "of" ("30 hours of deliberation")
    or a verb before "for" ("the jury deliberated for 40 hours") says: `SPENT` and the word's
    stem, which conflicts only between claims that tell alike (`measures._same_telling`); not
    a stretch within it ("the first two days of the strike": `STRETCH_WITHIN`)."""
    noun = (v.noun or "").lower()
    if STRETCH_WITHIN.search(v.text):
        return None
    if noun.isalpha() and noun not in UNIT_NOUNS and noun not in OWN_TERMS \
            and re.match(r"\s*of\b", after):
        return f"{SPENT}{_stem(noun)}", ""
    verb = SPENT_FOR.search(before)
    if verb and verb.group(1).lower() not in OWN_TERMS:
        return f"{SPENT}{_stem(verb.group(1))}", ""
    return None


def _stem(word: str) -> str:
    """A word without the endings its noun and verb forms differ by, cut to seven letters
    ("deliberations", "deliberated": "deliber"; "rioting": "riot")."""
    return (re.sub(r"(?:ations?|ions?|ed|ing|s)$", "", word.lower()) or word.lower())[:7]


def _duration_concept(claim: Claim, thing: str, what: str = "duration") -> str:
    """How long a thing lasted (or, as a `what` "delay", how late it began), the thing in the
    one form its synonyms share ("the tremor lasted": "duration of quake"), and of which round,
    when the claim says ("the second round")."""
    word = thing.lower()
    word = ACTION_SYNONYMS.get(word, ACTION_SYNONYMS.get(word.rstrip("s"), word.rstrip("s")))
    rounds = "".join(f", round {q.split(':', 1)[1]}" for q in sorted(claim.rounds))
    return f"{what} of {word}{rounds}"
