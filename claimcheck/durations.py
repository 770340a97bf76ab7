"""Lengths of time as news writes them: a number and a unit ("90 days", "3 hrs"), several
units joined ("two hours and 37 minutes", "59 minutes 41 seconds"), and a race time in figures
("2:00:17"). `values` reads the figure; this module knows the words."""

from __future__ import annotations

import re

from .lexicon import TIME_ABBREVIATIONS, UNIT_SECONDS
from .numbers import number

# a unit of time as written, singular (an "s" may follow): its name or its abbreviation
TIME_UNIT = "|".join([*UNIT_SECONDS, *TIME_ABBREVIATIONS])
_PART = re.compile(rf"([\w.-]+)\s*({TIME_UNIT})s?\b")
# parts of one length joined by "and", a comma or nothing ("two hours, 17 minutes and 5 seconds"),
# up to four ("3 years, 2 months, 14 days and 16 hours")
_COMPOUND = re.compile(rf"(?:[\w.-]+\s*(?:{TIME_UNIT})s?\b(?:\s*,?\s*(?:and\s+)?|\s*$)){{2,4}}")
# a race or a run's time in figures, hours to seconds ("finished in 2:00:17"), under ten hours;
# a clock time is written to the minute, and when told to the second it is a timestamp
# ("published: 2012-04-04 11:47:35", "9:30:00 a.m.", "0:45:10 GMT"); "stood at 2:01:35" is a
# record's time
_RACE_TIME = re.compile(r"(\d):([0-5]\d):([0-5]\d)")
_CLOCK_BEFORE = re.compile(r"\d\s*$")
_CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|gmt|utc|[a-z]{1,2}t\b|local)", re.I)


def duration_unit(t: str) -> str | None:
    """The last unit of time a mention writes ("a little over an hour": hour), by its name."""
    found = re.findall(rf"\b({TIME_UNIT})s?\b", t)
    return TIME_ABBREVIATIONS.get(found[-1], found[-1]) if found else None


def strip_unit(t: str) -> str:
    """A length of time without its unit and the words around the number ("90-day": 90)."""
    t = re.sub(rf"[- ]?(?:{TIME_UNIT})s?(?:[- ]old)?\b", " ", t)
    t = re.sub(r"\b(?:aged?|old|long|of|later|earlier|after|ago)\b", " ", t)
    return " ".join(t.split())


def compound_seconds(t: str) -> float | None:
    """The seconds of a length written in several units, largest first ("two hours and 37
    minutes": 9,420; "59 minutes 41 seconds": 3,581); None when `t` is no such length. Before,
    "two hours and 37 minutes" was read as a range of 2 to 37 minutes."""
    if not _COMPOUND.fullmatch(t.strip()):
        return None
    parts = [(number(n), TIME_ABBREVIATIONS.get(u, u)) for n, u in _PART.findall(t)]
    sizes = [UNIT_SECONDS[u] for _, u in parts]
    if any(n is None for n, _ in parts) or sizes != sorted(sizes, reverse=True) \
            or len(set(sizes)) < len(sizes):
        return None
    return float(sum((n or 0) * UNIT_SECONDS[u] for n, u in parts))


def race_time(t: str, before: str = "", after: str = "") -> float | None:
    """The seconds of a time written "h:mm:ss" ("won in 2:00:17": 7,217), None for any other
    text or a timestamp (`_CLOCK_BEFORE`, `_CLOCK_AFTER`)."""
    found = _RACE_TIME.fullmatch(t.strip())
    if found is None or _CLOCK_BEFORE.search(before) or _CLOCK_AFTER.match(after):
        return None
    h, m, s = (int(g) for g in found.groups())
    return float(h * 3600 + m * 60 + s)
