"""Clock times: the minute a mention names and the time zone it is given in.

News writes one moment many ways: "6:40 p.m.", "6.40pm", "18:40", "1840 GMT", "0740 GMT",
"10:00 (GMT+05:00)", "3:30 a. m." (a scraper's spacing). A time is `HH:MM` beside its zone,
so that two reports of one moment in two zones are never taken for a conflict: times compare only
when their zones match (both absent, "local time" counting as absent: an unmarked time in a story
is the place's own).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import TIME_ZONES
from .numbers import number
from .settings import LIMITS

if TYPE_CHECKING:
    from .values import Value

_ZONE = (
    r"(?P<zone>(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?|"
    + "|".join(re.escape(z) for z in sorted(TIME_ZONES, key=len, reverse=True))
    + r")\b"
)
# "6:40 p.m.", "6.40pm", "6 pm", "3:30 a. m."
_TWELVE = re.compile(
    r"\b(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
)
# "18:40", "18:40:05", "06:15"
_COLON = re.compile(r"(?<![\d.])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::[0-5]\d)?(?![\d:])")
# "0740 GMT", "1300 hours", "2100 local time": four digits read as a clock only with a zone or
# "hours" after them (alone they are a year or a count)
_COMPACT = re.compile(r"\b(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?:h\b|hrs\b|hours\b)?")
# "local time" after four digits: a clock in the zone of the place ("the 0742 local time crash")
LOCAL_TIME = re.compile(r"\s*local\s+time\b", re.I)
# "(1023 GMT": the moment again in another zone, as wire copy writes it after the local time
# ("struck at 1353 (1023 GMT)"): the four digits before it are a local clock time
_IN_ANOTHER_ZONE = re.compile(r"\s*\(\s*(?:[01]\d|2[0-3])[:.]?[0-5]\d\s*")
# "22.34 BST": a dotted 24-hour time, read as a clock only with a zone after it
_DOTTED = re.compile(r"(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)")
_NAMED = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}
_NAMED_WORDS = r"\b(?:" + "|".join(_NAMED) + r")\b"


def read_clock(t: str, after: str = "") -> tuple[str, str | None] | None:
    """The time (`HH:MM`) a normalised mention names and its zone (None when none is written or
    it is "local time"); `after` is the text right after the mention, where a zone often stands.
    None when the mention holds no clock time."""
    ampm = re.match(r"\s*([ap])\.?\s?m\b\.?", after)
    if ampm and re.search(r"\d$", t):  # "about 7" then "p.m.": the recogniser cut them apart
        t, after = f"{t} {ampm.group(1)}m", after[ampm.end():]
    if said := _said_in_words(t):  # "one minute past midnight", "a quarter to four"
        return said, _zone(after)
    if named := re.search(rf"{_NAMED_WORDS}$", t):  # "midnight", "shortly before midnight"
        return _NAMED[named.group()], _zone(after)
    found = _TWELVE.search(t)
    if found:
        h = int(found.group("h"))
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if found.group("ap") == "p" else 0)
        return f"{h:02d}:{int(found.group('m') or 0):02d}", _zone(t[found.end():] or after)
    found = _COLON.search(t)
    if found:
        hhmm = f"{int(found.group('h')):02d}:{found.group('m')}"
        return hhmm, _zone(t[found.end():] or after)
    rest = t.split(" ", 1)[1] if " " in t else after
    found = _DOTTED.fullmatch(t.split(" ", 1)[0])
    if found and (zone := _zone(rest)):  # "22.34 BST"; "22.34" alone is a number
        return f"{int(found.group('h')):02d}:{found.group('m')}", zone
    found = _COMPACT.fullmatch(t.split(" ", 1)[0]) if t[:1].isdigit() else None
    if found and (re.match(r"\s*(?:h|hrs|hours)\b", rest) or _zone(rest) or LOCAL_TIME.match(rest)
                  or re.search(r"(?:h|hrs|hours)$", t.split(" ", 1)[0])):
        return f"{found.group('h')}:{found.group('m')}", _zone(rest)
    if found and (other := _IN_ANOTHER_ZONE.match(rest)) and _zone(rest[other.end():]):
        return f"{found.group('h')}:{found.group('m')}", None  # "1353 (1023 GMT)": local
    return None


# a time said in words, minutes past or to an hour: "one minute past midnight", "ten past
# nine", "a quarter to four", "half past twelve", "half-past ten", "20 minutes to midnight"
_PAST_TO = re.compile(r"(?:.*?\s)??(?P<n>a quarter|quarter|half|[\w-]+)(?:\s+|-)(?:minutes?\s+)?"
                      r"(?P<way>past|after|to)\s+(?P<h>[\w-]+)(?:\s+(?P<ap>[ap])\.?\s?m\b\.?)?")


def _said_in_words(t: str) -> str | None:
    """`HH:MM` of a time said as minutes past or to an hour (`_PAST_TO`), None for any other."""
    found = _PAST_TO.fullmatch(t)
    if found is None or found.group("way") == "to" and not (
            "minute" in t or "quarter" in t or found.group("h") in _NAMED):
        return None  # "from 7 to 10", "seven to ten": a range, not ten to seven
    n = {"a quarter": 15, "quarter": 15, "half": 30}.get(found.group("n")) or number(
        found.group("n"))
    hour = found.group("h")
    h = int(_NAMED[hour][:2]) if hour in _NAMED else number(hour)
    if n is None or h is None or not 0 < n < 60 or n != int(n) or h != int(h) or not 0 <= h <= 12:
        return None
    h = int(h) % 12 + (12 if found.group("ap") == "p" or hour in ("noon", "midday") else 0)
    minutes = (h * 60 + int(n) * (1 if found.group("way") != "to" else -1)) % (24 * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _zone(text: str) -> str | None:
    """The zone at the start of `text` ("GMT", "(GMT+05:00)", "local time"), canonical: GMT, UTC
    and Z are "UTC"; "local time" is no zone."""
    text = text.strip(" (").lower()
    text = re.sub(r"^(?:hours?|hrs|h)\b\s*\(?", "", text)
    found = re.match(_ZONE, text)
    if not found:
        return None
    zone = found.group("zone")
    if zone not in TIME_ZONES:  # "gmt+05:00"
        return "UTC" + re.sub(r"\s+", "", zone)[3:]
    return TIME_ZONES[zone]


def span_between(start: Value, end: Value) -> Value | None:
    """The duration from a start clock time to an end clock time ("2:44 p.m." … "4:17 p.m." →
    93 min), both in one zone."""
    if (
        start.unit != end.unit
        or start.kind != "time"
        or end.kind != "time"
        or not isinstance(start.low, str)
        or not isinstance(end.low, str)
    ):
        return None
    h1, m1 = map(int, start.low.split(":"))
    h2, m2 = map(int, end.low.split(":"))
    minutes = (h2 * 60 + m2) - (h1 * 60 + m1)
    if minutes <= 0:
        return None
    from .values import Value

    secs = float(minutes * 60)
    approx = "approx" in (start.bound, end.bound)
    slack = LIMITS.span_slack
    low, high = (secs - slack, secs + slack) if approx else (secs, secs)
    return Value(
        text=f"{start.text} … {end.text}",
        kind="duration",
        low=low,
        high=high,
        bound="approx" if approx else "exact",
        unit="s",
        start=start.start,
        end=end.end,
        role="span",
    )


# "shortly after 3:30", "just before 7 p.m.": a little past (or short of) the time said
# "shortly after 3:30", "after 3 p.m.": past it; "just before 7 p.m.", "before 7 am": short of
# it ("by 0740 GMT" is when a figure was told, as of then, not a bound)
_AFTER = re.compile(r"\bafter$")
_BEFORE = re.compile(r"\bbefore$")
_ROUGHLY = ("about", "around", "roughly", "approximately", "some")


def clock_bound(before: str, t: str, hedge: str | None) -> str:
    """How the words bound a clock time: "about 10:15" is approximate, "(shortly) after 3:30"
    past it, "(just) before 7 p.m." short of it; else exact. `t` is the mention without its
    hedge."""
    if hedge in _ROUGHLY:
        return "approx"
    lead = " ".join(f"{before} {hedge or ''} {re.split(rf'[0-9]|{_NAMED_WORDS}', t)[0]}".split())
    if _AFTER.search(lead):
        return "gt"
    return "lt" if _BEFORE.search(lead) else "exact"


# two clock times joined: "between 9 a.m. and 5 p.m.", "from 10:00 to 14:30"
_CLOCK_RANGE = re.compile(r"(?:(?:between|from)\s+)?(.+?)\s+(?:and|to|until|till)\s+(.+)")


def clock_span(t: str, after: str) -> tuple[str, str, str | None] | None:
    """Two clock times joined in a mention ("between 9 a.m. and 5 p.m.", "3:10 to 3:15 p.m.":
    the first takes the second's half of the day): the first, the last and the zone either
    gives; None when the mention holds no two."""
    two = _CLOCK_RANGE.fullmatch(t)
    if two is None:
        return None
    first, second = two.group(1), two.group(2)
    meridiem = re.search(r"\b[ap]\.?\s?m\b\.?$", second)
    if meridiem and not re.search(r"\b[ap]\.?\s?m\b", first):
        first = f"{first} {meridiem.group()}"
    a, b = read_clock(first, ""), read_clock(second, after)
    if a is None or b is None or a[0] >= b[0]:
        return None
    return a[0], b[0], b[1] or a[1]
