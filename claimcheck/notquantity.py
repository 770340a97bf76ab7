"""Numbers that are no quantity: labels, model names and phone numbers.

"Game 7", "Section 12", "Windows 10", "AK 47", "call 555-1234": the number names or identifies
something; read as a count it could only make false conflicts. `values` reads none of them, and
`claimcheck values` lists them as skipped with the reason here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .dates import ARTICLE_BEFORE, dates_an_event
from .lexicon import MONTHS, NUMBERED_THINGS

if TYPE_CHECKING:
    from .values import Mention

# "AK 47", "F-16", "B 52": capitals right before the number make a model's name
_MODEL_BEFORE = re.compile(r"\b(?!A$)[A-Z]{1,3}[- ]?$")  # "A 2012 report": the article
# "call 555-1234", "+44 20 7946 0958", "(212) 555-0188": digits grouped as a phone number is
_PHONE = re.compile(r"^(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?)?\d{2,4}(?:[\s.-]\d{2,4}){1,3}$")
_PHONE_BEFORE = re.compile(
    r"\b(?:call(?:ed|ing)?|phone|tel|telephone|hotline|dial(?:l?ed|l?ing)?|fax|whatsapp)\.?:?\s*"
    r"\(?$|\+\d+$"
)
# "called 911", "dial 999": an emergency line
_EMERGENCY = frozenset({"911", "999", "112", "000", "111", "119"})
# "at 200 W. American Blvd.", "1600 Pennsylvania Avenue": a house number
_STREET_AFTER = re.compile(
    r"^(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|West\s+)?(?:[A-Z][\w'.-]*\s+){1,3}"
    r"(?:Street|St|Avenue|Ave|Boulevard|Blvd|Road|Rd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct"
    r"|Terrace|Parkway|Pkwy|Highway|Hwy|Square|Sq)\b"
)
# "third-degree murder", "a first degree burn": the grade of a charge or an injury
_GRADE_AFTER = re.compile(r"^-?\s*degree\b", re.I)
# "the 67th Police Precinct", "the 101st Airborne": an ordinal that is part of a name
_NAME_AFTER = re.compile(r"^(?!(?:January|February|March|April|May|June|July|August|September"
                         r"|October|November|December)\b)[A-Z][a-z]+")


# mentions whose label already says what they measure: never a label or a phone number
_NEVER_SKIPPED = frozenset({"MONEY", "PERCENT"})


@dataclass(frozen=True)
class NotQuantity:
    """A number read as no quantity, and why."""

    text: str
    start: int
    end: int
    reason: str


def skip_reason(text: str, before: str, after: str = "", noun: str | None = None) -> str | None:
    """Why the number `text` (with the raw words `before` and `after` it, and the noun it hangs
    on) is no quantity; None when it may be one."""
    digits = text.strip()
    if re.fullmatch(r"\d+(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th)", digits.lower()):
        return None if headline(before, after) else _ordinal_reason(digits, after)
    digits = re.sub(r"(?<=\d)[A-Z]\.?$", "", digits)  # "seat 14C", "Apartment 3F": a label's letter
    if not re.fullmatch(r"[\d.,+()\s-]+", digits):
        return None
    words = before.split()
    label = words[-1].lower() if words else ""
    if label in NUMBERED_THINGS or label.rstrip(".") in NUMBERED_THINGS:
        return f"a label: {words[-1]} {digits} names one thing, it counts nothing"
    if re.fullmatch(r"\d+", digits) and _MODEL_BEFORE.search(before):
        return f"a model's name: {words[-1] if words else ''} {digits}"
    if _phone(digits, before, noun):
        return "a phone number"
    if dates_an_event(digits, before, after):
        return None  # "in the 2011 Marrow Court fire": a year
    if re.fullmatch(r"\d{1,5}", digits) and _STREET_AFTER.match(after.strip()):
        return "a street address"
    if re.fullmatch(r"(?:19|20)\d\d", digits) and ARTICLE_BEFORE.search(before) \
            and _NAME_AFTER.match(after.strip()):
        return "a model year"
    return None


def headline(before: str, after: str) -> bool:
    """Whether the words around a number are written in title case, as headlines are ("Federer
    Wins 7th Wimbledon Title"): a capital there names nothing."""
    words = [w for w in f"{before} {after}".split()[1:] if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _ordinal_reason(text: str, after: str) -> str | None:
    if _GRADE_AFTER.match(after.strip()) or text.lower().endswith("-degree"):
        return "a grade (third-degree murder), not an order"
    if _NAME_AFTER.match(after.strip()):
        return "part of a name (the 67th Precinct)"
    return None


def _phone(digits: str, before: str, noun: str | None) -> bool:
    plus_noun = bool(re.fullmatch(r"\+\d+", noun or ""))
    if not (_PHONE_BEFORE.search(before.lower()) or plus_noun):
        return False
    return bool(_PHONE.match(digits) or re.search(r"\+\d+$", before) or plus_noun
                or digits in _EMERGENCY)


def why_not(m: Mention) -> str | None:
    """Why a mention is no quantity (`skip_reason` of its text and context), None when it may
    be one; money and percentages always are."""
    if m.label in _NEVER_SKIPPED:
        return None
    if m.text.strip() in MONTHS and ARTICLE_BEFORE.search(m.context[0].strip()):
        return f"the noun {m.text.strip()!r}, not a month (\"the march\", \"a march\")"
    return skip_reason(m.text, m.context[0], m.context[1], m.noun)
