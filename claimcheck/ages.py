"""Ages: whether a bare number is someone's age ("Reid, 33, checked in", "children under 12").

An age compares with ages only: a number read as one is kept apart from counts, so "Smith, 52"
never conflicts with "52 people". `values` asks these questions of a number and its context.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .lexicon import KIN_NOUNS, PEOPLE_NOUNS, PERSON_ROLES
from .numbers import number
from .settings import LIMITS

if TYPE_CHECKING:
    from .values import Mention


# a death at a number: "dies at 91", "died on Thursday at 91", "found dead at 34"
_DIED_AT = re.compile(r"\b(?:dies|died|dead|passed away)\b(?:\s+\w+){0,3}?\s+at$", re.I)
# the word "age" right before a number set off after a name or said "at": "Smith, age 61,",
# "retired at age 65"
_AGE_WORD = re.compile(r"(?:,|\bat)\s+age$", re.I)
# "the actress, 33, …", "a victim, 19, …": a number set off after a noun that names a person
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:[a-z-]+\s+)?[a-z]+\s*,\s*$", re.I)
# a name, then "is" or "was" (or "turns", "turned"): "Ann Roe is 60.", "Tom Hale Jr. was 49.",
# "The driver, Tom Hale, is 54.", "Tom Hale, who turned 32 on Sunday"
_NAME_IS = re.compile(r"\b[A-Z][\w'’.-]*[\w.]\s*,?\s+(?:who\s+)?(?:is|was|turns|turned)\s*$"
                      # a name, a remark on the person between commas, then "is": "Ann Roe,
                      # the ferry's captain, is 54.", "Tom Hale, who died in the crash, was 72."
                      r"|\b[A-Z][\w'’.-]*[\w.]\s*,\s+(?:the|a|an|who|whose)\s[^,;.]{1,50},\s+"
                      r"(?:is|was|turns|turned)\s*$")
# a mention that says the age with its word, which the recogniser takes whole: "age 61", "at
# the age of 91", "aged 45"
_SAID = re.compile(r"(?:at )?(?:the )?(?:age(?: of)?|aged) (\d{1,3})")


# people named by what befell them: "most of the dead were over 75", "two of the injured are
# under 5" give their ages (`is_age`); "the number of dead was over 75" counts them
PEOPLE_BEFALLEN: Final = frozenset(
    "dead injured wounded victims survivors evacuees casualties elderly".split())
# people named by what befell them, then a plural verb: "most of the dead were over 75" (the
# number of them "was", a singular verb: a count)
_BEFALLEN_WERE = re.compile(rf"\b(?:{'|'.join(sorted(PEOPLE_BEFALLEN))})\s+(?:were|are)$")


# a person noun and "is"/"was" right before a bare number ("the captain is 54")
_PERSON_IS = re.compile(r"\b([a-z]+)\s+(?:is|was)\s*$")


def is_age(t: str, before: str, after: str, noun: str | None, hedge: str | None) -> bool:
    """Whether `t` is an age by the words around it: "36 years old", "aged 45", "under the age
    of 18", or "under 12" said of people."""
    if re.match(r"^(?:years?[- ]old|-year-old)", after) or re.search(r"\b(?:aged|age of)$", before):
        return True
    if re.fullmatch(r"\d{1,3}", t) and (_DIED_AT.search(before) or _AGE_WORD.search(before)):
        # "dies at 91", "Smith, age 61,": the words say it is an age, so no bound on it (an
        # impossible age is a figure to check, not another kind of number)
        return True
    if hedge is None and re.search(r"\b(?:under|over|below|above)\s+the\s+age\s+of$", before):
        return True
    if hedge in ("under", "over", "below", "above") and not re.search(
        r"[a-z]", re.sub(r"\d", "", t).replace(",", "")
    ):
        n = number(t)
        words_before = set(re.findall(r"[a-z]+", before))
        person = (
            any(w.rstrip("s") in PEOPLE_NOUNS or w in PEOPLE_NOUNS for w in words_before)
            or (noun or "") in PEOPLE_NOUNS or bool(_BEFALLEN_WERE.search(before))
        )
        return (
            n is not None
            and n <= LIMITS.max_age
            and person
            and not re.match(r"^[a-z]", after or "-")
        )
    return False


def apposed_age(t: str, m: Mention) -> bool:
    """"Reid, 33, checked in", "the actress, 33, checked in": a bare number (or one in words,
    "is sixty-one") between commas right after a name, or after a noun with its article, is an
    age; so is one a name or a person's noun "is" or "was", ending its clause ("Ann Roe is 60.",
    "Roe was 85 when she died", "the captain is 54."), and one a name "turned"."""
    before = m.context[0]
    said = int(t) if re.fullmatch(r"\d{1,3}", t) else _age_in_words(t)
    if said is None or not 1 <= said <= LIMITS.max_age:
        return False
    if before.rstrip().endswith("turned") and _NAME_IS.search(before):
        return True  # "Tom Hale, who turned 32 on Sunday": whatever follows ("turns 29 on
        # April 11" is an age still to come)
    person = (_PERSON_IS.search(before.lower()) or ["", ""])[1]
    return bool(re.search(r"[A-Z][\w'’.-]*\s*,\s*(?:both\s*|then\s*)?$", before)
                or _NOUN_BEFORE.search(before) or _NAME_IS.search(before)
                or person in PEOPLE_NOUNS | PERSON_ROLES | KIN_NOUNS) \
        and bool(re.match(r"^\s*(?:[,;.]|when\b|$)", m.context[1]))


def _age_in_words(t: str) -> int | None:
    """An age written in words, ten or more ("sixty-one"; "two" names too much else)."""
    n = number(t) if re.fullmatch(r"[a-z]+(?:-[a-z]+)?", t) else None
    return int(n) if n is not None and n == int(n) and n >= 10 else None


def said_age(t: str) -> str | None:
    """The figure of a (normalised) mention that says an age with its word ("age 61"), else
    None."""
    found = _SAID.fullmatch(t)
    return found.group(1) if found else None


# "in his 40s", "in her early 30s", "in their late teens": an age said by its decade
_DECADE = re.compile(r"(?:(?:his|her|their)\s+)?(?:(early|mid|late)[- ]?)?(\d0)'?s")
_DECADE_BEFORE = re.compile(r"\bin(?:\s+(?:his|her|their))?(?:\s+(?:early|mid|late)-?)?$")
# the years of a decade each word names
_PART = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), None: (0, 9)}


def decade_age(t: str, before: str) -> tuple[int, int] | None:
    """The ages an age said by its decade spans ("in his 40s": 40 to 49, "in her early 30s": 30
    to 33), or None; only a person's ("his", "her", "their") decade is an age."""
    m = _DECADE.fullmatch(t)
    if m is None or not _DECADE_BEFORE.search(before) or m.group(2) == "00" or not re.search(
            r"\b(?:his|her|their)\b", f"{before} {t}"):
        return None  # "a star in the 40s and 50s": decades of years, not of a life
    low, high = _PART[m.group(1)]
    return int(m.group(2)) + low, int(m.group(2)) + high
