"""Values as intervals: what a number in a claim says, with how the text bounds it.

News states values loosely ("1,000 to 1,200", "hundreds", "less than an hour", "nearly two hours
later"). Each mention becomes a `Value` with `low`/`high` and a `bound`, so that agreement and
conflict are interval tests. spaCy finds the mentions (in the claims package); this module reads
them from plain strings. Number words go through text2num; hedges and vague amounts come from the
tables in `lexicon.py`, which claimcheck owns; the words around a number that say what it is are
patterns in `cues.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import cast

from . import cues
from .ages import apposed_age, decade_age, is_age, said_age
from .clock import LOCAL_TIME, clock_bound, clock_span, read_clock, span_between as span_between
from .dates import is_calendar, read_date, same_days as same_days, unplaced, year_or_count
from .durations import compound_seconds, duration_unit, race_time, strip_unit
from .intervals import (
    Comparison as Comparison,
    birthdays_apart as birthdays_apart,
    compare as compare,
)
from .lexicon import (
    CHANGE_WORDS,
    MONTHS,
    ORDINALS,
    SCALES,
    UNIT_SECONDS,
    VAGUE,
)
from .notquantity import why_not
from .numbers import SCALE_WORDS, hedge_span, is_round, number, ordinal, picked_out
from .tally import vote_tally
from .units import spelled_out, split_temperature, split_unit
from .valuetypes import (
    Bound,
    Direction,
    Mention as Mention,
    Role,
    Value as Value,
    ValueKind as ValueKind,
)

# --------------------------------------------------------------------------- public API


def read_mentions(mentions: Iterable[Mention], *, text: str = "", date: str | None = None,
                  offset: Callable[[int, int], tuple[int, int]] | None = None) -> list[Value]:
    """Values for a claim's mentions, plus a derived duration when it gives a start and an end
    time; `offset` maps mention offsets to source offsets (so values point into the file)."""
    out: list[Value] = []
    for m in map(_without_stop, mentions):
        v = _read_one(m, date)
        if v is None:
            continue
        if offset is not None:
            s, e = offset(m.start, m.end)
            v = replace(v, start=s, end=e)
        out.append(v)
    return out


def _without_stop(m: Mention) -> Mention:
    """A mention without the sentence's full stop the recogniser took into a figure ending in
    a unit ("landed at around 305 km/h.")."""
    if cues.UNIT_FULL_STOP.search(m.text):
        return replace(m, text=m.text[:-1], end=m.end - 1)
    return m


def read_mention(m: Mention, *, date: str | None = None) -> Value | None:
    """Read one mention; None when it holds no value claimcheck understands. Never raises."""
    return _read_one(_without_stop(m), date)


def _read_one(m: Mention, date: str | None) -> Value | None:
    """`read_mention` of a mention already without a sentence's full stop (`_without_stop`)."""
    if why_not(m):
        return None  # a label, a model's name, a phone number (`notquantity`)
    try:
        v = _as_change(_read(m, date), m)
        return replace(v, verb=m.verb) if v is not None and m.verb and v.kind == "count" else v
    except (ValueError, OverflowError, ZeroDivisionError, KeyError, IndexError):
        return None


def _as_change(v: Value | None, m: Mention) -> Value | None:
    """`v` as a change with its direction when a change word governs it ("fell 7% to $2.3
    billion": -7 % is a change, $2.3 billion a level), or as the level before a change ("up from
    40"). Only amounts that move (percentages, money, points) are changes: "cut 1,000 jobs" counts
    jobs."""
    if v is None or v.role is not None or not (
            v.kind in ("percent", "money") or v.kind == "count" and v.noun in (None, "point")):
        return v
    before, after = _norm(m.context[0]).rstrip("$€£¥ "), _norm(m.context[1])  # "climbed $1.20"
    if cues.PREVIOUS_BEFORE.search(before):
        return replace(v, role="previous")
    cue = cues.CHANGE_BEFORE.search(before) or cues.CHANGE_AFTER.match(after)
    if cue is None:
        return v
    return replace(v, role="change", direction=cast(Direction, CHANGE_WORDS[cue.group("word")]))


def parse(text: str, *, label: str = "CARDINAL", noun: str | None = None, date: str | None = None,
          context: tuple[str, str] = ("", "")) -> Value | None:
    """Read a value from a bare string (the mention as a user would type it)."""
    return read_mention(Mention(text, label, 0, len(text), noun, context), date=date)


def resolve_date(text: str, reference: str | None) -> str | None:
    """The ISO day a date mention names, given the article date; None for spans and durations."""
    t = _norm(text)
    if duration_unit(t) and not is_calendar(t):
        return None
    v = _read_date(t, text, reference)
    if v is None or not isinstance(v.low, str) or v.low.startswith("--"):
        return None
    return v.low if v.low == v.high else None


# --------------------------------------------------------------------------- reading


def _norm(text: str) -> str:
    text = (
        text.replace("“", "").replace("”", "").replace('"', "").replace("’", "'").replace("‘", "")
    )
    text = re.sub(r"[–—]", "-", text)
    text = " ".join(text.lower().split()).strip(" ,;:").rstrip(".")
    text = re.sub(r"(?<=s)'$", "", text)  # "30 days' worth": the plural's possessive
    # "a quarter of an hour", "three quarters of a mile": the fraction written onto its unit
    text = re.sub(r"^((?:a|one|two|three)\s+(?:quarters?|thirds?))\s+of\s+an?\s+(?=[a-z]+$)",
                  r"\1 ", text)
    text = re.sub(r"(\w)-\s+(to|and|or)\b", r"\1 \2", text)  # "10- to 12-year": "10 to 12-year"
    # "44 mg to 50 mg", "-18 °C to -34 °C": a range with its unit said twice, as "44 to 50 mg"
    text = re.sub(r"^((?:between )?-?[\d.,]+) ?([a-z]+|°\s?[cf]?) (to|and|-) (-?[\d.,]+) ?\2$",
                  r"\1 \3 \4 \2", text)
    return text if re.match(r"\.\d", text) else text.lstrip(".")  # ".25 per cent" keeps its point


def _read(m: Mention, date: str | None) -> Value | None:
    """What a mention says: its hedge, then its kind, by its label and the words around it."""
    raw = m.text
    t = picked_out(_norm(spelled_out(raw)))  # "the next two hours": two hours
    before = _norm(m.context[0])
    after = _norm(m.context[1])
    if not t:
        return None
    if m.label == "QUANTITY" and (per := cues.PERIOD_END.search(t)):
        t, after = t[:per.start(1)], f"{per.group(1).strip()} {after}"  # "... per second"
    hedge, t = cues.strip_hedge(t, before)
    if hedge is None and not raw.lower().startswith("the "):  # "within | the first 100 days"
        hedge = cues.hedge_before(before)
    if hedge == "over" and cues.SPREAD_OVER.search(before):
        hedge = None  # "$160 million over eight years": the length of the deal, not more than it
    if (nth := cues.AN_ORDINAL.fullmatch(t)) and not re.match(r"\s*of\b", after):
        label, t = "ORDINAL", nth.group(1)  # "wounding a third": one more, not a third of anything
    else:
        label, t = ("CARDINAL", share) if (share := cues.share_of(t, before, after)) \
            else (m.label, t)
    score = (vote_tally(t, before) or cues.written_score(t, before, after, label)) if label in (
        "CARDINAL", "DATE") else None
    if score is not None:
        return Value(raw, "score", score, score, "exact", noun=m.noun, start=m.start, end=m.end)
    if label == "ORDINAL":
        return _ordinal(raw, t, before, m)
    if (bp := _basis_points(raw, t, after, hedge, m)) is not None:
        return bp
    if label == "PERCENT" or cues.PERCENT_SIGN.search(t) or (
            (re.search(r"\d$", t) or number(t) is not None) and cues.PERCENT_SIGN.match(after)):
        return _numeric(raw, cues.PERCENT_SIGN.sub("", t), "percent", "%", hedge, m)
    if t in SCALES and re.search(r"\d$", before):
        return None  # "$140-150 | million": the scale of the number before, read with it
    scale = re.match(rf"({SCALE_WORDS})\b", after)
    if scale and label in ("MONEY", "CARDINAL") and re.search(r"\d$", t):
        t = f"{t} {scale.group(1)}"  # "$140-150" then "million": the recogniser split them
    if re.search(r"\bpounds?$", t) and "£" not in t and (re.search(r"\d-pound$", t) or
            cues.WEIGHT_BEFORE.search(before) or cues.WEIGHT_AFTER.match(after)):
        label = "QUANTITY"  # "weighing 130 pounds": a weight, read as a unit below
    elif label == "MONEY" or cues.currency(t) or cues.CURRENCY_AFTER.match(after) \
            or re.search(r"[$€£¥]$", before) or cues.CODE_BEFORE.search(m.context[0]):  # "€" "10M"
        money = _read_money(raw, t, before, after, hedge, m)
        if money is not None and (money.unit or m.noun in (None, "cent")) \
                or label != "MONEY" \
                or cues.currency(t) or not re.search(r"[a-z]", t):
            return money
        label = "CARDINAL"  # "13.8 billion years old", "tens of millions": money with no currency
    if label != "MONEY" and (v := _clock(raw, t, before, after, hedge, m)) is not None:
        return v
    return _read_time_or_measure(raw, t, label, before, after, hedge, m, date)


def _ordinal(raw: str, t: str, before: str, m: Mention) -> Value | None:
    """Which one of a series ("the third time"); not a rate's period ("300 cubic metres a
    second")."""
    if t == "second" and re.search(r"\b(?:a|per|each|every)$", before) and \
            cues.RATE_PERIOD_BEFORE.search(before):
        return None
    n = ordinal(t)
    return None if n is None else Value(raw, "ordinal", n, n, "exact", start=m.start, end=m.end)


def _basis_points(raw: str, t: str, after: str, hedge: str | None, m: Mention) -> Value | None:
    """A move in basis points as percentage points ("cut by 50 basis points": 0.5 of a point,
    as "half a percentage point"); None for any other figure."""
    bp = cues.BASIS_POINTS.search(t)
    if bp is None and not cues.BASIS_POINTS.match(after):
        return None
    v = _numeric(raw, t[:bp.start()] if bp else t, "count", None, hedge, m, scale=0.01)
    return None if v is None else replace(v, noun="point")


def _read_time_or_measure(raw: str, t: str, label: str, before: str, after: str,
                          hedge: str | None, m: Mention, date: str | None) -> Value | None:
    """A mention that is no percentage, money or clock time: an ordinal day, a length of time,
    a date, a temperature, a quantity with a unit, or a count."""
    nth = next((ORDINALS[w] for w in t.split() if w in ORDINALS), None)
    if nth is None and cues.NTH_DAY.match(t):
        nth = ordinal(t.split()[0])  # "3rd Day": which day of a run, in figures
    if label in ("DATE", "TIME") and nth is not None and not is_calendar(t) \
            and not re.search(r"\b(?:half|quarter) of \d", t):  # "the first half of 2024"
        # "the sixth straight day": which day of a run, not a date
        return Value(raw, "ordinal", nth, nth, "exact", noun=m.noun, start=m.start, end=m.end)
    unit = None if split_unit(t) else duration_unit(t)  # "120 miles per hour" is a speed
    if unit and re.fullmatch(r"(?:a|an|per|each) \w+", t) and cues.RATE_PERIOD_BEFORE.search(
            before):
        return None  # "€900 | a month": the rate's period, read with the amount
    if unit and label in ("TIME", "DATE", "CARDINAL", "QUANTITY"):
        return _read_length(raw, t, unit, after, hedge, m, date)
    # "last night", "the night of Sept. 13" may be a TIME
    if label == "DATE" and (ages := decade_age(t, before)):  # "in his 40s": 40 to 49
        return Value(raw, "age", ages[0], ages[1], "range", "years", start=m.start, end=m.end)
    if label == "DATE" and year_or_count(t, m.context[1], m.noun, before) == "count":
        label = "CARDINAL"  # "2000 men marched": a count the recogniser took for a year
    if label == "DATE" or label == "TIME" and (unplaced(t) or is_calendar(t)):
        found = _read_date(t, raw, date, m)
        if found is not None or not re.search(r"\d", t) or is_calendar(t):
            return found
        # the recogniser calls some bare numbers dates ("Between 50 and 60", "aged 45"): read as
        # numbers
    if label not in ("MONEY", "PERCENT") and (temp := split_temperature(t, raw)):
        return _temperature(raw, *temp, hedge, m, after)
    if label in ("QUANTITY", "CARDINAL") and not cues.MILLIONS.match(t + " " + after) and (
            measured := split_unit(t)):
        num, factor, base, dimension = measured
        return _with_role(_numeric(raw, num, cast(ValueKind, dimension), base, hedge, m,
                                   scale=factor), "rate" if cues.RATE_AFTER.match(after) else None)
    if mag := cues.MAGNITUDE.fullmatch(t):
        return _magnitude(raw, mag.group(1) or mag.group(2), hedge, m)
    if cues.MAGNITUDE_BEFORE.search(before) or cues.MAGNITUDE_AFTER.match(f"{t} {after}"):
        return _magnitude(raw, t, hedge, m)  # "a magnitude of 6.1", "a 6.6 quake"
    if label == "QUANTITY":
        return _numeric(raw, t, "other", None, hedge, m)
    return _read_count(raw, t, before, after, hedge, m, date)


def _magnitude(raw: str, num: str, hedge: str | None, m: Mention) -> Value | None:
    """A quake's magnitude: a number with no unit, its noun "magnitude"."""
    v = _numeric(raw, num, "count", None, hedge, m)
    return v and replace(v, noun="magnitude")


def _temperature(raw: str, num: str, scale: str | None, hedge: str | None,
                 m: Mention, after: str) -> Value | None:
    """A temperature in degrees Celsius ("113F" is 45 °C); "degrees" alone keeps its number and
    no unit, so it compares only with another such reading. Degrees of a quake are its magnitude
    ("a 6.7 degree quake"), degrees of longitude an angle."""
    if scale is None and cues.QUAKE_DEGREES.match(after):
        return _magnitude(raw, num, hedge, m)
    if scale is None and cues.ANGLE_DEGREES.match(after):
        return _numeric(raw, num, "other", "degree", hedge, m)
    v = _numeric(raw, num, "temperature", "°C" if scale else None, hedge, m)
    if v is None or scale != "F":
        return v
    low, high = (None if x is None else (float(x) - 32) * 5 / 9 for x in (v.low, v.high))
    return replace(v, low=low, high=high)


def _read_money(raw: str, t: str, before: str, after: str, hedge: str | None,
                m: Mention) -> Value | None:
    """An amount of money, in the currency its symbol or word names; a rate when "per season",
    "a year" follows."""
    named = cues.CURRENCY_AFTER.match(after)  # "200 million | euros ($265 million)": euros
    cur = (cues.currency(t) or cues.currency((before.split() or [''])[-1])
           or cues.currency(named.group() if named else ' '.join(after.split()[:2])))
    num = re.sub(r"(?:[a-z]{1,2}\$|\$(?:us|nz|a|c)(?=[\d.])|[$€£¥])", "", t)
    num = re.sub(rf"\b(?:{cues.CURRENCY_WORD}|cents?|us)\b", "",
                 re.sub(rf"\b{cues.CURRENCY_ADJECTIVE}\b", "", num))
    num = re.sub(r"(?<=\d)t\.?$", "tn", num.strip())  # "$1.2T": a trillion, on money only
    scale = 0.01 if re.search(r"\bcents?\b|¢", t) else 1.0  # "19 cents" is $0.19
    return _with_role(_numeric(raw, num.replace("¢", ""), "money", cur, hedge, m, scale=scale),
                      "rate" if cues.RATE_AFTER.match(after) else None)


def _read_length(raw: str, t: str, unit: str, after: str, hedge: str | None, m: Mention,
                 date: str | None) -> Value | None:
    """A number with a unit of time: an age ("36 years old"), a date ("last week"), or a
    duration, which may be a delay ("later than scheduled") or an offset ("nine days earlier")."""
    if re.search(r"\b(?:old|aged?)\b", t + " " + after[:12]) or re.match(
        r"^(?:years?[- ]old|old)\b", after
    ):
        return _numeric(raw, strip_unit(t), "age", "years", hedge, m, after=after,  # "five
                        scale=UNIT_SECONDS[unit] / UNIT_SECONDS["year"])  # decades old": 50
    if m.label == "DATE" and is_calendar(t):
        found = _read_date(t, raw, date, m)
        if found is not None or not t.endswith(" ago"):
            return found
        # "two years ago" with no article date to count from: how long ago, an offset
    if (total := compound_seconds(t)) is not None:  # "two hours and 37 minutes"
        return _told_to_the_second(raw, total, hedge, m)
    v = _numeric(
        raw, strip_unit(t), "duration", "s", hedge, m, scale=UNIT_SECONDS[unit], after=after
    )
    if v is not None and cues.DELAY_AFTER.match(after):
        v = replace(v, role="delay", noun="delay")
    elif v is not None and re.search(r"\b(?:ago|earlier|later|before|after|since)$", t):
        v = replace(v, role="offset")  # "nine days earlier": a distance in time, not a length
    return v


def _read_count(raw: str, t: str, before: str, after: str, hedge: str | None, m: Mention,
                date: str | None) -> Value | None:
    """A bare number: a date for "(Jun 2)", an age for "Reid, 33,",
    else a count, which may be an increment, a population, contents or part of a total."""
    if (r := cues.ONE_IN.fullmatch(t)) and 0 < (x := number(r[1]) or 0) < (y := number(r[2]) or 0):
        return _numeric(raw, f"{100 * x / y:.4g}", "percent", "%", hedge, m)  # "one in five"
    if cues.ADDED_BEFORE.search(before) or cues.ADDED_AFTER.match(after):
        # "another 1,000 demonstrated", "married two more times": an increment, not a total
        return _with_role(_numeric(raw, t, "count", None, hedge, m, after=after), "added")
    roles: tuple[tuple[Role, re.Pattern[str]], ...] = (
        ("population", cues.POPULATION_BEFORE), ("contents", cues.CONTENTS_BEFORE))
    for role, cue in roles:
        if cue.search(before):
            return _with_role(_numeric(raw, t, "count", None, hedge, m, after=after), role)
    if cues.TEMPERATURE_BEFORE.search(before):  # "temperatures were minus 20"
        return _numeric(raw, t, "temperature", None, hedge, m)
    month = (m.noun or "").lower().rstrip(".")
    if month in MONTHS and re.fullmatch(r"\d{1,2}", t):  # "(Jun 2)": the month left out
        return _read_date(f"{month} {t}", raw, date, m)
    if year_or_count(t, m.context[1], m.noun, before) == "year":
        return _read_date(t, raw, date, m)  # "his 2013 stint", "from 2010 to 2014": a year
    said = said_age(t)  # "age 61", "the age of 91" taken whole by the recogniser
    if said or is_age(t, before, after, m.noun, hedge) or apposed_age(t, m):
        return _numeric(raw, said or t, "age", "years", hedge, m, after=after)
    if (unit := (m.noun or "").lower()) in UNIT_SECONDS and re.match(
            rf"(?:[\w-]+\s+)?{unit}s?\b", after):  # "12,400 flying hours"; not "Day six"
        return _numeric(raw, t, "duration", "s", hedge, m, scale=UNIT_SECONDS[unit])
    # "arrested three times since October": part of a total
    return _with_role(_numeric(raw, t, "count", None, hedge, m, after=after),
                      "partial" if cues.PARTIAL_AFTER.match(after) else
                      "rate" if cues.COUNT_RATE_AFTER.match(after) else None)


def _with_role(v: Value | None, role: Role | None) -> Value | None:
    """`v` saying what its number is besides its kind (see `Value.role`)."""
    return v if v is None or role is None else replace(v, role=role)


def _clock(raw: str, t: str, before: str, after: str, hedge: str | None,
           m: Mention) -> Value | None:
    """A clock time with its zone as the unit ("0740 GMT", "6.40pm", "21:15 local time"); four
    digits and "hours" alone are a time only after "at", "by", "until" ("at 1100 hours"); a
    race time to the second ("won in 2:00:17") is a length of time (`durations.race_time`)."""
    if (secs := race_time(t, before, after)) is not None:
        return _told_to_the_second(raw, secs, hedge, m)  # "won in 2:00:17": no time of day
    if span := clock_span(t, after):
        return Value(raw, "time", span[0], span[1], "range", span[2], start=m.start, end=m.end)
    found = read_clock(t, after)
    if found is None:
        return None
    hhmm, zone = found
    if re.fullmatch(r"\d{4}(?:\s*(?:h|hrs|hours))?", t) and zone is None \
            and not cues.AT_BEFORE.search(before) and not LOCAL_TIME.match(after):
        return None
    bound = cast(Bound, clock_bound(before, t, hedge))
    hhmm = "24:00" if (hhmm, bound) == ("00:00", "lt") else hhmm  # "before midnight": day's end
    return Value(raw, "time", hhmm, hhmm, bound, zone, start=m.start, end=m.end)


_RANGE = re.compile(r"^(?:between\s+|from\s+)?(.+?)\s*(?:\bto\b|-|\band\b|\bor\b|\bfor\b)\s*(.+)$")


def _numeric(raw: str, t: str, kind: ValueKind, unit: str | None, hedge: str | None, m: Mention, *,
             scale: float = 1.0, after: str = "") -> Value | None:
    t = t.strip()
    per_side = bool(
        re.match(r"^(?:[\w-]+\s+){0,3}(?:each|apiece|per side|a side|for each)\b", after)
    )
    # vague amounts
    for phrase in sorted(VAGUE, key=len, reverse=True):
        if t == phrase or t.startswith(phrase + " ") and not re.search(r"\d", t):
            lo, hi, _ = VAGUE[phrase]
            if of := re.match(rf"(?:of )?({SCALE_WORDS})s?\b", t[len(phrase):].strip()):
                lo, hi = lo * SCALES[of.group(1)], hi * SCALES[of.group(1)]  # "tens of millions"
            if hedge and lo == hi:  # "more than a dozen": the hedge bounds the amount
                return _hedged(raw, lo, kind, unit, hedge, m, scale, per_side)
            bound: Bound = "exact" if lo == hi else "vague"
            return Value(
                raw, kind, lo * scale, hi * scale, bound, unit, m.noun, per_side, m.start, m.end
            )
    n = number(t)
    if n is not None:
        return _hedged(raw, n, kind, unit, hedge, m, scale, per_side)
    r = _RANGE.match(t)
    if r and (not t.startswith(("a ", "an ")) or re.search(r"\b(?:to|-)\b", t)):
        a, b = number(r.group(1)), number(r.group(2))
        tail = re.search(rf"\s({SCALE_WORDS})$", r.group(2))
        if (a is not None and b is not None and tail and a * SCALES[tail.group(1)] <= b
                and not re.search(rf"(?:{SCALE_WORDS})$", r.group(1))):
            a *= SCALES[tail.group(1)]  # "between $140 and $150 million": both in millions
        if a is not None and b is not None:
            joiner = t[len(r.group(1)):len(t) - len(r.group(2))].strip()
            if a == b and joiner in ("to", "for", "-"):
                return _hedged(raw, a, kind, unit, hedge, m, scale, True)
            if joiner in ("-", "–") and a > b:
                return None  # "88-72", "162-139": a score or a record (`_score`), not a range
            lo, hi = sorted((a * scale, b * scale))
            return Value(raw, kind, lo, hi, "range", unit, m.noun, per_side, m.start, m.end)
    return None


def _told_to_the_second(raw: str, seconds: float, hedge: str | None, m: Mention) -> Value:
    """A length of time written in several units or as a race time: exact as written, not a
    round length's approximation, unless hedged."""
    if hedge:
        return _hedged(raw, seconds, "duration", "s", hedge, m, 1.0, False)
    return Value(raw, "duration", seconds, seconds, "exact", "s", m.noun, False, m.start, m.end)


def _hedged(raw: str, n: float, kind: ValueKind, unit: str | None, hedge: str | None, m: Mention,
            scale: float, per_side: bool) -> Value:
    x = n * scale
    if hedge:
        bound, lo, hi = hedge_span(x, n, hedge, degrees=kind == "temperature")
        return Value(raw, kind, lo, hi, bound, unit, m.noun, per_side, m.start, m.end)
    if (
        kind == "duration"
        and n > 0
        and is_round(n) and not cues.TERM_GIVEN_BEFORE.search(m.context[0])  # "to ten years"
        and not re.search(r"\d-|-(?:second|minute|hour|day|week|month|year)", raw.lower())
    ):
        # "lasted for an hour": a round duration is how people approximate
        return Value(raw, kind, x * 0.9, x * 1.1, "approx", unit, m.noun, per_side, m.start, m.end)
    return Value(raw, kind, x, x, "exact", unit, m.noun, per_side, m.start, m.end)


def _read_date(t: str, raw: str, reference: str | None, m: Mention | None = None) -> Value | None:
    """A date value for a date mention (`dates.read_date` reads it), pointing at the mention."""
    start, end = (m.start, m.end) if m else (0, len(raw))
    ahead = m is not None and cues.day_ahead(_norm(m.context[0]), m.past)
    found = read_date(t, reference, ahead=ahead, behind=m is not None and m.past and not ahead)
    if found is None:  # "on Thursday" with no article date: unknown days
        return Value(raw, "date", None, None, "range", start=start, end=end) if unplaced(
            t) else None
    return Value(raw, "date", *found, start=start, end=end)
