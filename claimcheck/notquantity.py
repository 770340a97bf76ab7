"""Numbers that are no quantity: labels, model names and phone numbers.

"Game 7", "Section 12", "Windows 10", "AK 47", "call 555-1234": the number names or identifies
something; read as a count it could only make false conflicts. `values` reads none of them, and
`claimcheck values` lists them as skipped with the reason here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import NUMBERED_THINGS

# "AK 47", "F-16", "B 52": capitals right before the number make a model's name
_MODEL_BEFORE = re.compile(r"\b[A-Z]{1,3}[- ]?$")
# "call 555-1234", "+44 20 7946 0958", "(212) 555-0188": digits grouped as a phone number is
_PHONE = re.compile(r"^(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?)?\d{2,4}(?:[\s.-]\d{2,4}){1,3}$")
_PHONE_BEFORE = re.compile(r"\b(?:call|phone|tel|telephone|hotline|dial|fax|whatsapp)\.?:?$|\+\d+$")


# mentions whose label already says what they measure: never a label or a phone number
NEVER_SKIPPED = frozenset({"MONEY", "PERCENT", "ORDINAL"})


@dataclass(frozen=True)
class NotQuantity:
    """A number read as no quantity, and why."""

    text: str
    start: int
    end: int
    reason: str


def skip_reason(text: str, before: str, noun: str | None = None) -> str | None:
    """Why the number `text` (with the raw words `before` it and the noun it hangs on) is no
    quantity; None when it may be one."""
    digits = text.strip()
    if not re.fullmatch(r"[\d.,+()\s-]+", digits):
        return None
    words = before.split()
    label = words[-1].lower() if words else ""
    if label in NUMBERED_THINGS or label.rstrip(".") in NUMBERED_THINGS:
        return f"a label: {words[-1]} {digits} names one thing, it counts nothing"
    if re.fullmatch(r"\d+", digits) and _MODEL_BEFORE.search(before):
        return f"a model's name: {words[-1] if words else ''} {digits}"
    phone_cue = _PHONE_BEFORE.search(before.lower()) or re.fullmatch(r"\+\d+", noun or "")
    if phone_cue and (_PHONE.match(digits) or re.search(r"\+\d+$", before)
                      or re.fullmatch(r"\+\d+", noun or "")):
        return "a phone number"
    return None
