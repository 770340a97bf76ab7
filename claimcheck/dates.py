"""Dates: the days a date mention names, and whether two spans of days meet.

Reads "on Monday", "last month", "16 May", "December", "2007", "2025-06-02" against the article
date (`reference`); a day or month without a year and no article date is kept as ISO 8601 writes
it without a year ("--12-05"). dateparser reads what the rules here do not ("two days ago").
`values` turns what this module reads into date `Value`s.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Literal

from .actionwords import DAY_PARTS
from .lexicon import (
    EVENT_NOUNS,
    MONTHS,
    PEOPLE_NOUNS,
    PLURALS_AS_WRITTEN,
    UNPLACED_PERIODS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)
from .numbers import number

if TYPE_CHECKING:
    from .values import Value

DateBound = Literal["exact", "range"]


# "Saturday night", "yesterday morning": the part of a day, read as the day
_DAY_PART = re.compile(rf"^({'|'.join(WEEKDAYS)}|yesterday|today|tomorrow)\s+"
                       r"(?:night|morning|afternoon|evening)$")


# a year of the last century or this one, in figures ("1998", "2013")
_YEAR = r"(?:19|20)\d\d"
# a preposition or an article a date mention may open with ("on Friday", "in early March")
_LEADING = r"(?:on|in|since|by|from|until|of|the)\s+"


def read_date(t: str, reference: str | None, *, ahead: bool = False,
              behind: bool = False) -> tuple[str, str, DateBound] | None:
    """The days a normalised date mention names, as ISO strings `(first, last, bound)`: one day
    ("exact") or a span ("range"); `reference` (the article date, ISO) places relative dates
    and years left out; `ahead` places a bare weekday, or a day of a month without its year, on or
    after the article date, not around it ("will be held on Tuesday", "scheduled for 15
    December"); `behind` places a day of a month without its year on or before it ("discovered
    the breach on 3 March" in October). None when `t` is no date this reader knows.

    Raises:
        ValueError: a day the calendar does not have ("31 June 2025").
    """
    part = _PART_OF_MONTH.match(t.strip())
    found = _read_plain(_plain(t), reference, ahead, behind)
    if part and found and found[0][-2:] == "01" and found[0][:-2] == found[1][:-2] \
            and found[1][-2:] in ("28", "29", "30", "31"):  # a whole month: "early March"
        first, last = _MONTH_PARTS[part.group(1).rstrip("-")]
        return f"{found[0][:-2]}{first:02d}", f"{found[1][:-2]}{last or found[1][-2:]}", "range"
    return found


# "early March", "mid-April", "late May": a third of the month (the days first to last; 0 for
# the month's end)
_PART_OF_MONTH = re.compile(rf"(?:{_LEADING})?(early|mid-?|late)\s*(?=[a-z])", re.I)
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 0)}
# a day counted back from the article's ("41 years ago", "two weeks ago", "three days ago"),
# and the length in days of each unit `_ago` reads (days counted back are one day)
_AGO = re.compile(r"([a-z]+|\d+)\s+(day|week|month|year)s?\s+ago")
_UNIT_DAYS = {"week": 7, "month": 30.44, "year": 365.25}
# a count the recogniser takes into a relative date ("follows two last week"): not its day
_COUNT_BEFORE = re.compile(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                           r"(?=(?:last|next|this)\s)")


def _read_plain(t: str, reference: str | None, ahead: bool,
                behind: bool = False) -> tuple[str, str, DateBound] | None:
    """`read_date` of a mention `_plain` has cleaned."""
    ref = dt.date.fromisoformat(reference) if reference else None
    t = _COUNT_BEFORE.sub("", t)
    t = re.sub(rf"^(?:the\s+)?({_YEAR})\s+[a-z]+$", r"\1", t)  # "the 2013 season"
    # "December 15 of this year": the article's year, said in words
    t = re.sub(r"\s+of\s+(?:this|the\s+same)\s+year$", f" {ref.year}" if ref else "", t)
    if ahead and ref is not None and t in WEEKDAYS:
        t = "next " + t if (WEEKDAYS.index(t) - ref.weekday()) % 7 else "today"
    if (last := _LAST_MONTH.fullmatch(t)) and last.group(1) in MONTHS:
        return _last_month(MONTHS[last.group(1)], ref)
    if ref is not None and (found := _relative(t, ref)) is not None:
        return found
    md = re.fullmatch(
        r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?|([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?)"
        r"(?:,?\s+(\d{4}))?",
        t,
    )
    if md and (md.group(2) or md.group(3)) in MONTHS:
        return _month_day(md, ref, ahead, behind)
    if (days := _month_days(t, ref)) is not None:
        return days
    if (numeric := _numeric(t)) is not None:
        return numeric
    if (period := _period(t, ref, ahead, behind)) is not None:
        return period
    if ref is not None and (ago := _ago(t, ref)) is not None:
        return ago
    if ref is not None and re.search(r"\d|ago|last|next", t) and re.search("[a-z]", t) \
            and len(t) < 40:  # "3–2" alone: a score, not 2 March
        import dateparser

        d = dateparser.parse(t, languages=["en"], settings={
            "RELATIVE_BASE": dt.datetime(ref.year, ref.month, ref.day), "PREFER_DATES_FROM": "past",
            "REQUIRE_PARTS": ["day", "month"]})
        if d is not None:
            return _day(d.date())
    return None


def _last_month(month: int, ref: dt.date | None) -> tuple[str, str, DateBound]:
    """The month of this number before the article date's own month ("last December" in a
    March article: the December before; "last March" in March: a year before), or the month
    without its year when there is no article date."""
    if ref is None:
        return _yearless(month, 1, _MONTH_DAYS[month - 1])
    year = ref.year if month < ref.month else ref.year - 1
    return _span(dt.date(year, month, 1), _month_end(year, month))


# a half or a quarter of a year: "the first half of 2024", "the third quarter of 2025", "Q3
# 2025", "H1 2024"
_PART_OF_YEAR = re.compile(
    r"(?:the\s+)?(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<part>half|quarter)"
    r"\s+of\s+(?P<y>\d{4})|(?:(?P<h>h)|q)(?P<q>[1-4])\s*(?P<y2>\d{4})")
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
        "4th": 4, "1": 1, "2": 2, "3": 3, "4": 4}  # which part


def _part_of_year(part: re.Match[str]) -> tuple[str, str, DateBound] | None:
    """The months of a half or a quarter of a year (`_PART_OF_YEAR`), None when the year has
    no such part ("the third half")."""
    months = 6 if part.group("part") == "half" or part.group("h") else 3
    n, year = _NTH[part.group("n") or part.group("q")], int(part.group("y") or part.group("y2"))
    if n > 12 // months:
        return None
    first = (n - 1) * months + 1
    return _span(dt.date(year, first, 1), _month_end(year, first + months - 1))


def _period(t: str, ref: dt.date | None, ahead: bool = False,
            behind: bool = False) -> tuple[str, str, DateBound] | None:
    """A decade ("the 1930s"), a month with or without its year ("December 2012", "in
    December": the one nearest the article date, or the next or last one when `ahead` or
    `behind` says: "expected to close in September"), or a year."""
    if dec := re.fullmatch(r"(1[0-9]|20)(\d)0s", t):
        y = int(dec.group(1) + dec.group(2) + "0")
        return _span(dt.date(y, 1, 1), dt.date(y + 9, 12, 31))
    mon = re.fullmatch(r"([a-z]+)(?:\s+(\d{4}))?", t)
    if mon and mon.group(1) in MONTHS and len(mon.group(1)) > 2:
        month = MONTHS[mon.group(1)]
        year = (
            int(mon.group(2)) if mon.group(2)
            else (_nearest_year(month, 28 if ahead else 1 if behind else 15, ref, ahead, behind)
                  if ref else None)
        )
        if year is None:
            return _yearless(month, 1, _MONTH_DAYS[month - 1])  # "in December"
        return _span(dt.date(year, month, 1), _month_end(year, month))
    if part := _PART_OF_YEAR.fullmatch(t):
        return _part_of_year(part)
    yr = re.fullmatch(r"(\d{4})", t)
    if yr and 1000 < int(yr.group(1)) < 2200:
        y = int(yr.group(1))
        return _span(dt.date(y, 1, 1), dt.date(y, 12, 31))
    return None


def is_calendar(t: str) -> bool:
    """Whether a mention names a day of the calendar: a month or a day counted from the article's
    ("last week", "two days ago"), not a length of time ("two days")."""
    return bool(re.search(r"\b(?:last|next|this|ago|yesterday|today|tomorrow)\b", t)) or any(
        w.rstrip(".,") in MONTHS for w in t.split()
    )


def unplaced(t: str) -> bool:
    """Whether a date mention names days only from a date not given: "on Thursday", "last
    night", "this year" with no article date, "the previous season" with or without one. Such a
    mention is a date of unknown days (values keep it, it compares with nothing)."""
    t = _plain(t)
    return t in UNPLACED_PERIODS or _relative(t, dt.date(2001, 1, 1)) is not None


# "last December", "this past March": the month of that name before the article date's month
_LAST_MONTH = re.compile(r"(?:last|this\s+past)\s+([a-z]+)")


def _plain(t: str) -> str:
    """A date mention without what does not change its days: a leading preposition or article,
    "early" or "the end of" (the part of a period is read as the whole period; `read_date`
    narrows a month's),
    a weekday before a written date ("Tuesday, August 7, 2012"), brackets, "of" or a comma
    between a month and its year ("November of 2013", "June, 2005"), a point joining a month to
    its day ("Dec.14")."""
    t = re.sub(rf"^{_LEADING}", "", t.strip())
    # "earlier this year", "the night of Sept. 13": the period itself
    t = re.sub(r"^(?:earlier|later|(?:the\s+)?(?:night|morning|afternoon|evening)\s+of)\s+", "",
               t)
    # "early November", "mid-2008", "the end of March": a part of the period, read as all of it
    # (`read_date` narrows "early", "mid-" and "late" of a month to a third of it)
    t = re.sub(r"^(?:early|late|mid-?|(?:the\s+)?(?:end|start|beginning|middle)\s+of)\s*", "", t)
    t = re.sub(r"'s$", "", t)
    t = _DAY_PART.sub(r"\1", t)
    t = re.sub(r"\s*\((.*?)\)", "", t).strip()
    wd = re.match(r"([a-z]+)\.?,?\s+(?=.*\d)", t)
    if wd and (wd.group(1) in WEEKDAYS or wd.group(1) in WEEKDAY_ABBREVIATIONS):
        t = t[wd.end():]
    t = re.sub(r"^([a-z]+)(?:\s+of|\s*,)\s+(\d{4})$", r"\1 \2", t)
    return re.sub(r"^([a-z]{3,5})\.(\d)", r"\1 \2", t)


def _month_days(t: str, ref: dt.date | None) -> tuple[str, str, DateBound] | None:
    """A run of days of one month ("October 1-2", "3 to 5 June") in the year written or the
    one nearest the article date; None for anything else."""
    md = re.fullmatch(
        r"(?:([a-z]+)\.?\s+(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})"
        r"|(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s+([a-z]+)\.?)(?:,?\s+(\d{4}))?",
        t,
    )
    if not md or (md.group(1) or md.group(6)) not in MONTHS:
        return None
    month = MONTHS[md.group(1) or md.group(6)]
    first, last = int(md.group(2) or md.group(4)), int(md.group(3) or md.group(5))
    if not 1 <= first < last <= _MONTH_DAYS[month - 1]:
        return None
    year = int(md.group(7)) if md.group(7) else _nearest_year(month, first, ref)
    if year is None:
        return _yearless(month, first, last)
    try:
        return _span(dt.date(year, month, first), dt.date(year, month, last))
    except ValueError:  # "February 28-29" of a common year
        return None


def _numeric(t: str) -> tuple[str, str, DateBound] | None:
    """A date written in figures: "2012.08.08" (year first), "27/09/2013" and "9/14/13". Day and
    month are told apart when one is over 12; "8/2/2013" may be 8 February or August 2, so it
    spans the days from one to the other: it differs only from a day outside them."""
    ymd = re.fullmatch(r"(\d{4})[./-](\d{1,2})[./-](\d{1,2})", t)
    if ymd:
        return _day(dt.date(*map(int, ymd.groups())))
    dmy = re.fullmatch(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})", t)
    if not dmy:
        return None
    a, b, yy = int(dmy.group(1)), int(dmy.group(3)), dmy.group(4)
    if len(yy) == 2 and dmy.group(2) != "/":
        return None  # "3.2.10": a version, not a date
    year = int(yy) if len(yy) == 4 else 2000 + int(yy) if int(yy) < 50 else 1900 + int(yy)
    readings = {(m, d) for m, d in ((a, b), (b, a)) if 1 <= m <= 12}
    days = []
    for m, d in sorted(readings):
        try:
            days.append(dt.date(year, m, d))
        except ValueError:
            continue
    if not days:
        return None
    return _day(days[0]) if len(days) == 1 else _span(min(days), max(days))


def counted_back(text: str) -> bool:
    """Whether a day is counted back from the article's ("41 years ago", "two days ago"), which
    names a day (or a span) once the article's date is known."""
    found = _AGO.search(text.lower())
    return found is not None and found.end() == len(text.strip()) and (
        number(found.group(1)) is not None)


def _ago(t: str, ref: dt.date) -> tuple[str, str, DateBound] | None:
    """A day counted back from the article's in weeks, months or years ("41 years ago", "two
    weeks ago"): the days within half that unit of it, as such a count is rounded ("41 years
    ago" in September 2008 is September 1967 give or take six months); None for anything else
    (days counted back are one day: dateparser reads them)."""
    found = _AGO.fullmatch(t)
    n = number(found.group(1)) if found else None
    if found is None or n is None or n != int(n) or n < 1 or found.group(2) == "day":
        return None
    half = _UNIT_DAYS[found.group(2)] / 2
    back = dt.timedelta(days=n * _UNIT_DAYS[found.group(2)])
    try:
        return _span(ref - back - dt.timedelta(days=half), ref - back + dt.timedelta(days=half))
    except OverflowError:
        return None


def _day(d: dt.date) -> tuple[str, str, DateBound]:
    iso = d.isoformat()
    return iso, iso, "exact"


def _span(a: dt.date, b: dt.date) -> tuple[str, str, DateBound]:
    return a.isoformat(), b.isoformat(), "range"


def _relative(t: str, ref: dt.date) -> tuple[str, str, DateBound] | None:
    """A date counted from the article's (`ref`): "today", "yesterday", "last Monday", "next
    month", "this year"; None for anything else."""
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return _day(ref)
    if t in ("yesterday", "last night"):
        return _day(ref - dt.timedelta(days=1))
    if t in ("this week", "last week", "next week"):
        monday = ref - dt.timedelta(days=ref.weekday())
        monday += dt.timedelta(weeks={"this week": 0, "last week": -1, "next week": 1}[t])
        return _span(monday, monday + dt.timedelta(days=6))
    if t == "tomorrow":
        return _day(ref + dt.timedelta(days=1))
    wd = re.fullmatch(
        r"(?:last\s+|this\s+|next\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
        t,
    )
    if wd:
        target = WEEKDAYS.index(wd.group(1))
        delta = (ref.weekday() - target) % 7
        d = ref - dt.timedelta(days=delta)
        if t.startswith("next"):
            d = ref + dt.timedelta(days=(target - ref.weekday()) % 7 or 7)
        elif t.startswith("last") and delta == 0:
            d = ref - dt.timedelta(days=7)
        return _day(d)
    if t in ("last month", "this month", "next month"):
        y, mo = ref.year, ref.month + {"last month": -1, "this month": 0, "next month": 1}[t]
        y, mo = (y - 1, 12) if mo == 0 else (y + 1, 1) if mo == 13 else (y, mo)
        return _span(dt.date(y, mo, 1), _month_end(y, mo))
    if t in ("last year", "this year", "next year"):
        y = ref.year + {"last year": -1, "this year": 0, "next year": 1}[t]
        return _span(dt.date(y, 1, 1), dt.date(y, 12, 31))
    return None


def _month_day(md: re.Match[str], ref: dt.date | None, ahead: bool = False,
               behind: bool = False) -> tuple[str, str, DateBound] | None:
    """A day of a month ("16 May", "June 2, 2025"), in the year written or the one nearest the
    article date (of a day still to come, the first on or after it; of one told in the past
    tense, the last on or before it); without either, the month and day alone."""
    month = MONTHS[md.group(2) or md.group(3)]
    dd = int(md.group(1) or md.group(4))
    year = int(md.group(5)) if md.group(5) else _nearest_year(month, dd, ref, ahead, behind)
    if year is None:
        # no year written and no article date to place it by: the month and day alone
        # ("--12-05", ISO 8601's form without a year) still tell two days apart
        return _yearless(month, dd, dd) if dd <= _MONTH_DAYS[month - 1] else None
    try:
        return _day(dt.date(year, month, dd))
    except ValueError:  # "February 30", "December 47": no such day, so no date
        return None


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _yearless(month: int, first: int, last: int) -> tuple[str, str, DateBound]:
    """Days of a month in no known year, as ISO 8601 writes them without one ("--12-01")."""
    return (
        f"--{month:02d}-{first:02d}",
        f"--{month:02d}-{last:02d}",
        "exact" if first == last else "range",
    )


def same_days(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two date ranges (ISO strings) share a day; a range without a year ("--12-05")
    is compared by month and day only."""
    if a[0].startswith("--") or b[0].startswith("--"):
        a, b = (a[0][-5:], a[1][-5:]), (b[0][-5:], b[1][-5:])
        if a[0] > a[1] or b[0] > b[1]:
            return True  # a span over the new year, read without its years: too loose to tell
    return a[0] <= b[1] and b[0] <= a[1]


def _nearest_year(month: int, dd: int, ref: dt.date | None, ahead: bool = False,
                  behind: bool = False) -> int | None:
    """The year that puts month/day nearest to the article date (`ahead`: nearest on or after
    it; `behind`: on or before it)."""
    if ref is None:
        return None
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = dt.date(y, month, dd)
        except ValueError:
            continue
        if ahead and d < ref or behind and d > ref:
            continue
        gap = abs((d - ref).days)
        if best is None or gap < best[0]:
            best = (gap, y)
    return best[1] if best else None


def _month_end(y: int, m: int) -> dt.date:
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def days_apart(first: str | None, second: str | None) -> int | None:
    """Days between two publication dates (ISO); None when either is not known."""
    try:
        return abs((dt.date.fromisoformat((first or "")[:10])
                    - dt.date.fromisoformat((second or "")[:10])).days)
    except ValueError:
        return None


def weekday_named(text: str) -> int | None:
    """The weekday a day names alone ("Friday", "on Friday", "last Friday", "early Saturday",
    "Friday night": 4), None for any other day."""
    said = re.findall(r"[a-z]+", text.lower())
    if said and said[-1] in DAY_PARTS:
        said = said[:-1]  # "Friday night": Friday, at night
    return WEEKDAYS.index(said[-1]) if said and said[-1] in WEEKDAYS and len(said) <= 2 \
        and (said[0] in (*WEEKDAYS, "on", "last", "this") or said[0] in DAY_PARTS) else None


def one_day(v: Value) -> dt.date | None:
    """The day a date value names, when it names one day of a known year."""
    if not isinstance(v.low, str) or v.low != v.high or v.low.startswith("--"):
        return None
    try:
        return dt.date.fromisoformat(v.low[:10])
    except ValueError:
        return None


def weekday(v: Value) -> int | None:
    """The weekday of a date value: the one it names alone, or that of the one day it names."""
    if v.low is None:
        return weekday_named(v.text)
    day = one_day(v)
    return day.weekday() if day else None


# a year and a word joining it to the next figure: "from 2010 to" + "2014" is a year too
_YEAR_TO = re.compile(rf"\b{_YEAR}\s+(?:to|until|till|through|and|-)$")


# "the 2009 Ostrel disaster", "the 2011 Kelton floods", "the 2009 Orchard Row boarding house
# fire", "the 2011 Category 4 storm": after an article, a year before a name and a noun of an
# event dates the event; it is no count, no model year, no house number (an address takes no
# article)
_EVENT_AFTER_YEAR = re.compile(rf"^(?:[A-Z0-9][\w'’-]*\s+){{1,3}}(?:[a-z][\w'’-]*\s+){{0,2}}"
                               rf"(?:{'|'.join(sorted(EVENT_NOUNS))})s?\b")
# an article or an owner before a number: "his 2013 Toyota Camry", "the 2011 Kelton floods"
ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its|my|our|your)\s*$", re.I)


def dates_an_event(t: str, before: str, after: str) -> bool:
    """Whether four digits after an article date the named event after them ("in the 2011
    Marrow Court fire", `_EVENT_AFTER_YEAR`)."""
    return bool(re.fullmatch(_YEAR, t) and ARTICLE_BEFORE.search(before)
                and _EVENT_AFTER_YEAR.match(after.strip()))


def year_or_count(t: str, after: str, noun: str | None,
                  before: str = "") -> Literal["year", "count"] | None:
    """What four digits from 1900 to 2099 are: a year after a year joined to them ("from 2010
    to 2014"), a year before a noun in the singular ("his 2013 stint", "a 2012 report"), a count
    of people before them in the plural ("2000 men marched", "1500 troops"; "the 1974 killings"
    is a year); None when the next word (raw `after`) is not the noun, or is a name ("the 2014
    Oscars"), or no year is said."""
    if not re.fullmatch(_YEAR, t):
        return None
    if _YEAR_TO.search(before) or dates_an_event(t, before, after):
        return "year"
    if not noun or not after[:1].islower():
        return None
    word = after.split()[0].strip(".,;:!?").lower()
    if word in PLURALS_AS_WRITTEN or word != noun and noun in PEOPLE_NOUNS:
        return "count"  # people counted; "the 1974 killings" is a year
    return "year" if word == noun else None
