"""Numbers: a single number written in digits, with a scale word or suffix, or in words.

"1,200", "5 000" (thin or no-break spaces between thousands), ".25", "-3", "1.2 million", "€2m"
(the symbol is stripped first), "$1.5bn", "twelve", "a dozen", "two hundred thousand", "two
thirds", "2 ½": text2num reads number words; scales and fractions come from `lexicon`.
"""

from __future__ import annotations

import math
import re

from .cues import PICKED_BEFORE
from .lexicon import (
    FRACTIONS,
    HEDGES,
    NEARLY_FACTORS,
    NONE_WRITTEN,
    ORDINALS,
    QUANTIFIERS,
    ROUNDED_FACTORS,
    SCALE_SUFFIXES,
    SCALES,
    VULGAR_FRACTIONS,
    HedgeBound,
)
from .settings import LIMITS

# scale words a number may be split from or share ("$140-150 | million")
SCALE_WORDS = "thousand|million|billion|trillion"

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?|\d*\.\d+"
# a scale word or a suffix of two letters or more may stand apart ("2 mn"); one letter only on
# the number ("20m", "8B": "2 m" is two metres)
_SCALE = "|".join([SCALE_WORDS, "dozen", "hundred", *(s for s in SCALE_SUFFIXES if len(s) > 1)])
_LETTER = "|".join(s for s in SCALE_SUFFIXES if len(s) == 1)
# no-break, narrow no-break and thin spaces between thousands ("5 000"); zero-width characters
# typed or pasted into a number mean nothing (also `clean.mend_numbers`, on an article's text)
THOUSANDS_SPACE = re.compile(r"(?<=\d)[\u00a0\u202f\u2009](?=\d{3}(?!\d))")
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))
# what a slash fraction may be over: "9/11" and "24/7" are not fractions
_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16, 32, 100})
# the longest number claimcheck reads: past it a "number" is an identifier or garbage
_MAX_DIGITS = 30


def _plain_digits(t: str) -> str:
    """`t` with invisible characters dropped and thousands separated by commas, whatever space
    separated them."""
    t = t.translate(_INVISIBLE)
    return THOUSANDS_SPACE.sub(",", t)


def number(t: str) -> float | None:
    """A single number written in digits, digits with a scale, a fraction, or words; None for
    anything else (or a number too long to be a quantity)."""
    t = _plain_digits(t).strip().strip(" ,").rstrip(".")
    if t.lower() in NONE_WRITTEN:
        return 0.0  # "no one was hurt", "nobody", "no deaths"
    if re.fullmatch(r"\d{1,3}(?: \d{3})+", t):
        t = t.replace(" ", ",")  # "10 000": thousands set apart by plain spaces
    t = re.sub(r"^\+\s?(?=[\d.])", "", t)  # "+3.5": a sign that changes nothing
    sign = -1.0 if re.match(r"^(?:[-−–]\s?|minus\s+)(?=[\d.])", t) else 1.0
    t = re.sub(r"^(?:[-−–]\s?|minus\s+)(?=[\d.])", "", t) if sign < 0 else t.replace("-", " ")
    if not t or len(re.sub(r"\D", "", t)) > _MAX_DIGITS:
        return None
    n = _digits(t)
    if half := re.fullmatch(rf"(?:a\s+)?half\s+an?\s+({SCALE_WORDS}|dozen)", t.lower()):
        n = 0.5 * (12 if half.group(1) == "dozen" else SCALES[half.group(1)])  # "half a million"
    if n is None:
        n = _fraction(t)
    if n is None:
        n = _words(t)
    return None if n is None or not math.isfinite(n) else sign * n


def _digits(t: str) -> float | None:
    m = re.fullmatch(rf"({_NUM})(?:\s*({_SCALE})|({_LETTER}))?", t)
    if not m:
        return None
    s = m.group(2) or m.group(3) or ""
    return float(m.group(1).replace(",", "")) * SCALE_SUFFIXES.get(s, SCALES.get(s, 1))


def _fraction(t: str) -> float | None:
    """"2 1/2", "3/4", "2½", "two thirds", "a quarter", "half a", "two and a half": parts of a
    whole."""
    if re.fullmatch(r"half(?:\s+an?)?", t):  # "half a mile", "half an hour"
        return 0.5
    m = re.fullmatch(r"(.+?)\s+and\s+((?:a|an|one|two|three)\s+[a-z]+)", t)
    if m and (whole := _words(m.group(1))) is not None and (part := _fraction(m.group(2))):
        return whole + part  # "two and a half", "a mile and a quarter" (units.py moves the unit)
    m = re.fullmatch(r"(?:(\d+)\s*)?(\d{1,2})/(\d{1,3})", t)
    if m and 0 < int(m.group(2)) < int(m.group(3)) and int(m.group(3)) in _DENOMINATORS:
        return int(m.group(1) or 0) + int(m.group(2)) / int(m.group(3))
    m = re.fullmatch(r"(\d*)\s*([" + "".join(VULGAR_FRACTIONS) + "])", t)
    if m:
        return int(m.group(1) or 0) + VULGAR_FRACTIONS[m.group(2)]
    m = re.fullmatch(r"(a|an|one|two|three|four|five|six|seven|eight|nine)\s+([a-z]+)", t)
    if m and m.group(2) in FRACTIONS:
        count = _words(m.group(1))
        return None if count is None else count / FRACTIONS[m.group(2)]
    return None


def picked_out(t: str) -> str:
    """A (normalised) mention without the words that pick which run its figure is, when a
    figure follows them ("the next two hours": "two hours"; "the first 100 days": "100 days");
    as it is otherwise ("the first": an order)."""
    found = PICKED_BEFORE.match(t)
    if found is None:
        return t
    first = found.group(1)
    if re.match(r"(?:half|quarter)\s+of\b", t[found.start(1):]):
        return t  # "the first half of 2024": a part of a year
    if first[0].isdigit() or first in QUANTIFIERS or number(first) is not None:
        return t[found.start(1):]
    return t


def _words(t: str) -> float | None:
    """A number written in words ("twelve", "a dozen", "two hundred thousand")."""
    if t in ("a", "an", "one"):
        return 1.0
    if t in ("a dozen", "dozen"):
        return 12.0
    if t.endswith(" dozen") and (n := 0.5 if t == "half a dozen" else _words(
            t[:-len(" dozen")])) is not None:
        return 12 * n  # "two dozen", "half a dozen"
    if t.startswith(("a ", "an ")):
        t = "one " + t.split(" ", 1)[1]
    from text_to_num import alpha2digit, text2num

    try:
        return float(text2num(t, "en"))
    except ValueError:
        pass
    conv = alpha2digit(t, "en")
    m = re.fullmatch(rf"({_NUM})\s*({SCALE_WORDS})?", conv.strip())
    if m:
        return float(m.group(1).replace(",", "")) * SCALES.get(m.group(2) or "", 1)
    return None


def ordinal(t: str) -> int | None:
    """The place an ordinal names ("third", "21st"), or None."""
    if t in ORDINALS:
        return ORDINALS[t]
    m = re.match(r"^(\d+)(?:st|nd|rd|th)$", t)
    return int(m.group(1)) if m else None


def rounding(n: float) -> float:
    """How far a number said "about" may be from the figure, as a share of it: the unit it is
    rounded to ("105": 5, "430": 10, "3,000": 1,000, "4.5": 0.5), between 5 % and 15 % of it."""
    if not n:
        return 0.15
    if n == int(n):
        said = str(abs(int(n)))
        step = 10.0 ** (len(said) - len(said.rstrip("0")))
    else:
        said = f"{abs(n):.6f}".rstrip("0")
        step = 10.0 ** -len(said.split(".")[1])
    if said.rstrip("0").endswith("5") and len(said.rstrip("0").replace(".", "")) > 1:
        step *= 5  # "105", "150,000", "4.5": rounded to a half
    return min(0.15, max(0.05, step / abs(n)))


def is_round(n: float) -> bool:
    """Round durations ("an hour", "two hours") are how people approximate; a hyphenated
    modifier ("a 30-day ceasefire") names a set length and stays exact."""
    return n == int(n) and (n <= 3 or n % 5 == 0)


def hedge_span(x: float, n: float, hedge: str, *, degrees: bool = False
               ) -> tuple[HedgeBound, float | None, float | None]:
    """The bound and the interval a hedge word makes of a figure `x` (the number `n` as written,
    scaled): factors of it ("about 3,000": rounded to the thousand, `rounding`), or with
    `degrees`, of a temperature, degrees either side of it (a temperature's zero is arbitrary:
    "nearly 41C" is 39-41C, not 32.8-41C; `LIMITS.temperature_hedge`)."""
    bound, lo_f, hi_f, _ = HEDGES[hedge]
    if degrees:
        reach = LIMITS.temperature_hedge
        return (bound, None if lo_f is None or lo_f == 0.0 else x - (1 - lo_f) * reach,
                None if hi_f is None else x + (hi_f - 1) * reach)
    if (lo_f, hi_f) == ROUNDED_FACTORS:  # "about 105": rounded to 5; "about 3,000": to 1,000
        lo_f, hi_f = 1 - (w := rounding(n)), 1 + w
    elif (lo_f, hi_f) == NEARLY_FACTORS:  # "nearly 4,200": rounded up from below, to 100
        lo_f = 1 - rounding(n)
    lo = None if lo_f is None else x * lo_f
    hi = None if hi_f is None else x * hi_f
    if x < 0:  # "below -5 degrees": the factors scale toward zero, so open the far side
        lo, hi = (None, x) if bound in ("lt", "le") else (x, None) if bound in ("gt", "ge") \
            else (min(lo or x, hi or x), max(lo or x, hi or x))
    return bound, lo, hi
