"""How an entity the recogniser found splits into value mentions: a date-and-time stamp into a
day and a minute, a token that writes a whole date or joined figures, and where a figure starts
after words said of it ("a record €38 million"). `mentions` finds the entities and joins them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import FRACTIONS, MONTHS, SCALES, WEEKDAYS
from .tokens import TIME_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc

# words that are part of a number however they are written ("Two Dozen", "a Hundred")
_NUMBER_WORDS = frozenset({*SCALES, *FRACTIONS, "dozens", "hundreds", "thousands", "millions"})
# one token that writes a whole date the recogniser leaves alone or runs into a clock time:
# "9/14/2013", "27/09/13", "2012.08.08", "14.09.2013", "Dec.14" (not "3.2.1", a version)
WRITTEN_DATE = re.compile(
    r"\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{4}([./-])\d{1,2}\1\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}"
    r"|[A-Z][a-z]{2,3}\.\d{1,2}"
)
# figures joined by dashes in one token, which the recogniser leaves alone ("7–2", "27-4-1")
FIGURES_JOINED = re.compile(r"\d{1,3}(?:[-–]\d{1,3}){1,2}")
# a clock time inside a date-and-time stamp ("March 13, 2013 02:15", "Tuesday 6.40pm")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?|\d{1,2}[ap]\.?m\.?", re.I)


def stamp_parts(doc: Doc, a: int, b: int, label: str) -> list[tuple[int, int, str]]:
    """A date-and-time stamp the recogniser took as one entity, as a date and a time: "March 13,
    2013 02:15" tells a day and a minute, and each compares with its own kind. Any other entity
    is one mention."""
    if b - a == 1 and WRITTEN_DATE.fullmatch(doc[a].text):
        return [(a, b, "DATE")]  # "11/25/98", which the recogniser may call a number
    if b - a == 1 and FIGURES_JOINED.fullmatch(doc[a].text):
        return [(a, b, "CARDINAL")]  # "beat Vesk 3–2", which the recogniser may call a date
    if label not in ("DATE", "TIME"):
        a = _figure_start(doc, a, b, label)
        while label == "QUANTITY" and b > a + 1 and doc[b - 1].pos_ == "ADV":
            b -= 1  # "940 millibars overnight": the unit ends the quantity
        while label == "CARDINAL" and b > a + 1 and doc[b - 1].is_title \
                and not doc[b - 1].like_num and doc[b - 1].lower_ not in _NUMBER_WORDS:
            b -= 1  # "At Least Six Dead": a headline's next word, not the number's
        return [(a, b, label)]
    for k in range(a, b):
        if WRITTEN_DATE.fullmatch(doc[k].text) and k == a and b - a > 1:
            return [(a, a + 1, "DATE"), *stamp_parts(doc, a + 1, b, "TIME")]
        if k > a and _CLOCK.fullmatch(doc[k].text) and any(
                re.fullmatch(r"\d{4}", doc[j].text) for j in range(a, k)):
            return [(a, _trim(doc, a, k), "DATE"), (k, b, "TIME")]
    day = next((k for k in range(a, b) if doc[k].lower_ in WEEKDAYS), None)
    to = next((k for k in range(a + 1, b - 1) if doc[k].lower_ == "to"), None)
    if day is not None and to is not None and day < to and doc[b - 1].lemma_ in TIME_UNITS:
        return [(a, to, label), (to + 1, b, label)]  # "on Monday to seven years": a day, a term
    if day is not None and label == "TIME" and any(ch.isdigit() for ch in doc[a:b].text):
        # "around 7 p.m. Wednesday", "Tuesday at 3:30": a day and a time of it
        if day > a:
            return [(a, _trim(doc, a, day), "TIME"), (day, b, "DATE")]
        return [(day, day + 1, "DATE"), *stamp_parts(doc, day + 1, b, "TIME")]
    while a < b and doc[a].text in ("-", "–", ",", "@"):
        a += 1  # what joined a stamp's parts
    comma = next((k for k in range(a + 1, b - 1) if doc[k].text == "," and not any(
        t.like_num or t.lower_.rstrip(".") in MONTHS or t.lower_ in WEEKDAYS for t in doc[k:b])), b)
    return [(a, comma, label)] if a < comma else []  # "February 27, | days earlier than reported"


def _figure_start(doc: Doc, a: int, b: int, label: str) -> int:
    """Where a figure starts in an entity the recogniser opened with words said of the sum ("a
    record €38 million", "a hefty 20,000", a sum's article: "a 110 billion euro"): at its
    currency sign or first figure, when only an article, adjectives or nouns come before it (a
    hedge is taken back by `_with_hedge`)."""
    first = next((k for k in range(a, b) if doc[k].pos_ == "SYM" or doc[k].text[:1].isdigit()), a)
    said = [doc[k] for k in range(a, first)]
    if (label == "MONEY" or any(t.pos_ in ("ADJ", "NOUN") for t in said)) and all(
            t.pos_ in ("DET", "ADJ", "NOUN") and not t.like_num for t in said):
        return first  # "a 110 billion euro" too; not "a 1/4 inch", whose article is its text's
    return a


def _trim(doc: Doc, a: int, b: int) -> int:
    """The end of a stamp's date part, without what joins it to the time ("2012-", ", ", "at")."""
    while b > a + 1 and doc[b - 1].lower_ in ("-", "–", ",", "@", "at"):
        b -= 1
    return b
