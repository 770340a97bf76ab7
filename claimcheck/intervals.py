"""Intervals: how two values of one kind relate (`equal`, `compatible`, `disjoint`).

Decides when two readings of a figure can both be true: intervals that overlap (open bounds
that only touch do not: "less than an hour" / "just over an hour"), approximate clock times a few
minutes apart, dates that share a day (a date without a year by its month and day), and ages a
birthday or two apart; records one game apart are kept apart but doubted (`games_apart`).
`disagree` says when two values of one measure cannot both be true, for groups and the measure
table alike: a figure carried into other units or a round count may differ a little.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Literal, cast

from .dates import same_days, weekday
from .settings import LIMITS
from .unitnames import UNIT_SYMBOLS
from .units import split_temperature, unit_written

if TYPE_CHECKING:
    from .values import Value

# how two values of one kind relate (`compare`)
Comparison = Literal["equal", "compatible", "disjoint"]


def compare(a: Value, b: Value) -> Comparison:
    """`equal`, `compatible` (overlap, one more precise, ages a birthday or two apart, or clock
    times in two zones) or `disjoint` for two values of one kind."""
    if a.kind == "score":  # "88-72" against "88-70": the same figures or not
        return "equal" if a.low == b.low else "disjoint"
    if a.kind in ("date", "time") and None in (a.low or None, b.low or None):
        if a.kind == "date" and (day := weekday(a)) is not None and day == weekday(b):
            return "equal"  # "on Friday" / "Friday night" / "2026-03-13", a Friday
        return "compatible"  # "on Thursday" with no article date: days nobody can tell
    if (a.low, a.high, a.bound) == (b.low, b.high, b.bound) and a.per_side == b.per_side:
        return "equal"
    if _hedged_alike(a, b) or _converted_alike(a, b):
        return "equal"
    if a.kind == "time" and a.unit != b.unit:
        return "compatible"  # "18:00 local time" and "13:00 GMT" may be one moment
    if a.kind in ("date", "time"):
        return "compatible" if _overlap_str(a, b) else "disjoint"
    if a.low is None and a.high is None or b.low is None and b.high is None:
        return "compatible"
    if a.low == a.high == b.low == b.high:
        return "equal"
    return "compatible" if _overlap(a, b) or birthdays_apart(a, b) else "disjoint"


def _hedged_alike(a: Value, b: Value) -> bool:
    """Whether two values give one figure, one of them hedged ("around 4:17 p.m." / "4:17
    p.m.", "about 1,000" / "1,000"): the figure said is the same, the hedge only how sure the
    writer was. A hedge's span is centred on its figure (`values`)."""
    if {a.bound, b.bound} != {"exact", "approx"} or a.per_side != b.per_side:
        return False
    exact, approx = (a, b) if a.bound == "exact" else (b, a)
    if exact.low != exact.high or exact.low is None or approx.low is None or approx.high is None:
        return False
    if isinstance(exact.low, str) or isinstance(approx.low, str):
        return exact.low == approx.low == approx.high
    return math.isclose(float(exact.low), (float(approx.low) + float(cast(float, approx.high)))
                        / 2, rel_tol=1e-9)


def _converted_alike(a: Value, b: Value) -> bool:
    """Whether two exact figures written in different units are one figure, carried over and
    rounded to its written digits ("1,352 feet" / "412 metres"; not "1,352 feet" / "410
    metres"): they meet within half the last written place of each."""
    if a.bound != "exact" or b.bound != "exact" or a.unit not in UNIT_SYMBOLS \
            or unit_written(a.text) == unit_written(b.text) or (bounds := _bounds(a, b)) is None:
        return False
    halves = [_half_place(v) for v in (a, b)]
    if None in halves:
        return False
    a_lo, a_hi, b_lo, b_hi = bounds
    return max(a_lo, b_lo) - min(a_hi, b_hi) <= sum(h or 0.0 for h in halves)


def birthdays_apart(a: Value, b: Value) -> bool:
    """Two ages a year or two apart ("Orozco, 27" when he was sought, "Orozco, 29" at his trial):
    articles written at different times can both be right."""
    return (
        a.kind == b.kind == "age"
        and a.low == a.high
        and b.low == b.high
        and a.low is not None
        and b.low is not None
        and 0 < abs(cast(float, a.low) - cast(float, b.low)) <= LIMITS.birthdays
    )


def birthdays_between(a: Value, b: Value, days: int | None) -> bool:
    """Whether two ages a year or two apart (`birthdays_apart`) may both be right in articles
    published `days` apart (None: not known): a birthday falls at most once in each year
    between ("Kell, 61" / "Kell, 63" a day apart: one of them is wrong)."""
    if not birthdays_apart(a, b):
        return False
    return days is None or abs(cast(float, a.low) - cast(float, b.low)) <= math.ceil(days / 365)


def games_apart(a: Value, b: Value) -> bool:
    """Two records one game apart ("52-3" / "53-3"): one outlet may give the record from before
    the game the other counts in it, so both can be right."""
    if not a.kind == b.kind == "score" or not isinstance(a.low, str) or not isinstance(b.low, str):
        return False
    xs, ys = a.low.split("-"), b.low.split("-")
    if len(xs) != len(ys) or not all(x.isdigit() for x in xs + ys):
        return False
    return sum(abs(int(x) - int(y)) for x, y in zip(xs, ys, strict=True)) == 1


def _overlap(a: Value, b: Value) -> bool:
    inf = float("inf")
    alo = -inf if a.low is None else cast(float, a.low)  # numeric kinds: floats
    ahi = inf if a.high is None else cast(float, a.high)
    blo = -inf if b.low is None else cast(float, b.low)
    bhi = inf if b.high is None else cast(float, b.high)
    if ahi < blo or bhi < alo:
        return False
    if ahi != blo and bhi != alo:
        return True
    # touching ends: open bounds ("less than an hour" vs "just over an hour") do not meet, but a
    # round figure said plainly is said loosely ("a million dollars" / "more than $1 million")
    if any(v.bound == "exact" and round_figure(v) for v in (a, b)):
        return True
    if ahi == blo:
        return not (a.bound == "lt" or b.bound == "gt")
    return not (b.bound == "lt" or a.bound == "gt")


def inside(inner: Value, outer: Value) -> bool:
    """Whether one figure lies wholly inside another's hedged one ("4.82 billion" in "about 4.8
    billion", "more than $4 billion"; "12" in "between 10 and 15"): in `check`, a source's figure
    inside a claim's backs all the claim says; a claim more precise than its source ("4.82
    billion" / "about 4.8 billion") is only compatible with it."""
    if outer.bound == "exact" or inner.unit != outer.unit or inner.kind != outer.kind:
        return False
    lo, hi, out_lo, out_hi = inner.low, inner.high, outer.low, outer.high
    if not isinstance(lo, float | int) or not isinstance(hi, float | int) or isinstance(
            out_lo, str) or isinstance(out_hi, str):
        return False
    above = out_lo is None or out_lo < lo or out_lo == lo and outer.bound != "gt"
    below = out_hi is None or hi < out_hi or hi == out_hi and outer.bound != "lt"
    return above and below  # "more than 4,000" does not take in 4,000


def round_figure(v: Value) -> bool:
    """Whether a value is one round figure, ending in two zeros or more ("600", "a million";
    "12" is none: "more than a dozen" is not twelve)."""
    return isinstance(v.low, int | float) and v.low == v.high and v.low >= 100 \
        and v.low % 100 == 0


def _overlap_str(a: Value, b: Value) -> bool:
    # dates and clock times: ISO strings
    alo, ahi = cast(str, a.low or ""), cast(str, a.high or "~")
    blo, bhi = cast(str, b.low or ""), cast(str, b.high or "~")
    rough = "approx" in (a.bound, b.bound)
    if a.kind == "time" and a.low and b.low:  # "shortly after 4 a.m." / "before 5 a.m."
        return _minutes_apart(a, b) <= (LIMITS.clock_slack if rough else 0)
    if a.kind == "time" and rough:
        return True
    if a.kind == "date":
        return same_days((alo, ahi), (blo, bhi))  # knows dates without a year
    return not (ahi < blo or bhi < alo)


def minutes(hhmm: str) -> int:
    """Minutes since midnight of a clock time `HH:MM`.

    Raises:
        ValueError: `hhmm` is no `HH:MM`.
    """
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


# kinds of figure written with decimals that may round one another ("7%" / "6.8%"); counts,
# ages, days and times are whole, temperatures round by their scale (`_scales_rounded`), and a
# length of time is written in several units ("2:00:17", "two hours and 35 seconds")
ROUNDED_KINDS = frozenset({"percent", "money", "length", "mass", "area", "speed", "volume",
                           "power", "energy"})
_WRITTEN = re.compile(r"\d[\d,]*(?:\.\d+)?")


def disagree(a: Value, b: Value) -> bool:
    """Whether two values of one measure cannot both be true: clock times within the event slack
    and a figure carried into other units can; ages a birthday apart cannot (`doubts` says a
    birthday may fall between). `check` asks it too."""
    if a.kind != b.kind or (a.kind == "money" and a.unit != b.unit):
        return False
    if a.kind == "time" and _minutes_apart(a, b) <= LIMITS.event_time_slack and not (
            _to_the_minute(a) and _to_the_minute(b)):
        return False  # "about 7:30" / "7:42"; not "7:42" / "7:24", each told to the minute
    if a.unit in UNIT_SYMBOLS and unit_written(a.text) != unit_written(b.text) \
            and _within(a, b, LIMITS.unit_rounding):
        return False  # "35 miles" / "60 km": a figure carried into other units is rounded
    if a.kind == "temperature" and _scales_rounded(a, b):
        return False  # "111F" / "44C": one reading rounded in each scale
    if a.kind in ROUNDED_KINDS and _digits_rounded(a, b):
        return False  # "down 7%" / "down 6.8%": the one written with fewer digits is rounded
    if a.kind == "count" and (round_figure(a) or round_figure(b)) \
            and _within(a, b, LIMITS.round_figure):
        return False  # "600 were killed" / "612 killed": a count rounded
    if a.kind == "age" and birthdays_apart(a, b):
        return True  # "60" / "61": kept, with the doubt that a birthday fell between
    if a.kind == "date" and (a.low is None or b.low is None):
        mine, theirs = weekday(a), weekday(b)  # "on Friday" / "Tuesday, 9 December 2008"
        return mine is not None and theirs is not None and mine != theirs
    return compare(a, b) == "disjoint"


def telling(v: Value) -> bool:
    """Whether a figure says enough, beside a word the claims share, to find its source: not a
    tally many votes share, nor a count under ten many things have."""
    return v.kind != "score" and not (v.kind == "count" and float(v.low or 0) < 10)


def distinctive(v: Value) -> bool:
    """Whether a figure is one few would give by chance: three or more significant digits, not
    a round one ("$312.4 million", "4,183"; not "300", "$2 million")."""
    digits = "".join(ch for ch in v.text if ch.isdigit()).rstrip("0")
    return len(digits) >= 3


def _digits_rounded(a: Value, b: Value) -> bool:
    """Whether two exact figures written with different numbers of decimals are one figure,
    the shorter rounded ("7%" / "6.8%", "$4.8 billion" / "$4.82 billion"): the longer lies
    within less than half the shorter's last written place ("4.82" / "4.28" do not, nor "3" /
    "2.5": a writer rounding 2.5 is as likely to say "2.5")."""
    steps = [_half_place(v) for v in (a, b)]
    if a.bound != "exact" or b.bound != "exact" or None in steps or steps[0] == steps[1]:
        return False
    (rough, half), (fine, _) = sorted(zip((a, b), steps, strict=True), key=lambda p: -(p[1] or 0))
    lo, hi, f_lo, f_hi = rough.low, rough.high, fine.low, fine.high
    if not all(isinstance(x, int | float) for x in (lo, hi, f_lo, f_hi)):
        return False
    return cast(float, lo) - cast(float, half) < cast(float, f_lo) \
        and cast(float, f_hi) < cast(float, hi) + cast(float, half)  # "€3m" is not "€2.5m"


def _half_place(v: Value) -> float | None:
    """Half the last written place of a figure, in the value's own scale ("4.8 billion": 0.05
    billion; "7%": 0.5), None when its number cannot be found."""
    found = _WRITTEN.search(v.text)
    if found is None or not isinstance(v.low, int | float) or not v.low:
        return None
    written = float(found.group(0).replace(",", ""))
    return _half_digit(found.group(0)) * (float(v.low) / written) if written else None


def _half_digit(number: str) -> float:
    """Half the last written place of a number as written ("4.8": 0.05, "44": 0.5)."""
    decimals = number.split(".")[1] if "." in number else ""
    return 0.5 * 10.0 ** -len(decimals)


def _scales_rounded(a: Value, b: Value) -> bool:
    """Whether two temperatures written in different scales miss each other by no more than
    their written digits' rounding (half the last place, in degrees of its scale) and
    `LIMITS.temperature_rounding`: "111F" (43.9C) and "44C" are one reading; "113.4F" (45.2C)
    and "44.3C" are two."""
    said = [split_temperature(v.text, v.text) for v in (a, b)]
    if None in said or len({s[1] or "C" for s in said if s}) < 2 or (bounds := _bounds(a, b)) \
            is None:
        return False
    slack = LIMITS.temperature_rounding
    for number, scale in (s for s in said if s):
        half = _half_digit(number)
        slack += half * 5 / 9 if scale == "F" else half
    a_lo, a_hi, b_lo, b_hi = bounds
    return max(a_lo, b_lo) - min(a_hi, b_hi) <= slack


def loosely_apart(a: Value, b: Value) -> bool:
    """Whether two values that cannot both be true miss each other by little enough that one of
    them being a vague amount may be why ("dozens" / "120": the writer's "dozens" may stretch);
    values `LIMITS.vague_reach` times further apart ("hundreds" / "50") are plainly apart."""
    if "vague" not in (a.bound, b.bound):
        return False
    if (bounds := _bounds(a, b)) is None or min(bounds) <= 0:
        return True
    a_lo, a_hi, b_lo, b_hi = bounds
    reach = LIMITS.vague_reach
    return a_lo <= b_hi * reach and b_lo <= a_hi * reach


def _within(a: Value, b: Value, share: float) -> bool:
    """Whether two numeric values come within `share` of each other (relative to the larger)."""
    if (bounds := _bounds(a, b)) is None:
        return False
    a_lo, a_hi, b_lo, b_hi = bounds
    return max(0.0, max(a_lo, b_lo) - min(a_hi, b_hi)) <= share * max(map(abs, bounds))


def _bounds(a: Value, b: Value) -> tuple[float, float, float, float] | None:
    """Both values' low and high as numbers, or None when any bound is open or not a number."""
    nums = [float(x) for x in (a.low, a.high, b.low, b.high) if isinstance(x, int | float)]
    return (nums[0], nums[1], nums[2], nums[3]) if len(nums) == 4 else None


def _to_the_minute(v: Value) -> bool:
    """Whether a clock time is told to the minute, not rounded: exact, and off the five
    minutes ("7:42", not "7:45" or "about 7:42")."""
    try:
        return v.bound == "exact" and v.low == v.high and minutes(str(v.low)) % 5 != 0
    except ValueError:
        return False


def _minutes_apart(a: Value, b: Value) -> float:
    """The gap between two clock times' intervals, in minutes (0 when they overlap)."""
    try:
        (a_lo, a_hi), (b_lo, b_hi) = _clock_span(a), _clock_span(b)
    except ValueError:
        return 0.0
    return float(max(0, max(a_lo, b_lo) - min(a_hi, b_hi)))


def _clock_span(v: Value) -> tuple[int, int]:
    """A clock time's minutes since midnight, low and high; a time bounded on one side reaches
    `LIMITS.clock_bound_reach` the other way ("before 5 a.m.": 4:00 to 5:00; "shortly after 4
    a.m.": 4:00 to 5:00).

    Raises:
        ValueError: the value holds no `HH:MM`.
    """
    lo, hi = minutes(str(v.low)), minutes(str(v.high or v.low))
    if v.bound in ("lt", "le"):
        lo -= LIMITS.clock_bound_reach
    elif v.bound in ("gt", "ge"):
        hi += LIMITS.clock_bound_reach
    return lo, hi
