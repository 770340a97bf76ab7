"""Date lines: a line made only of dates, times and their labels ("on April 3, 2026 at 4:31
AM, updated 8:33 AM"; "Published: 2026-04-04 11:47"), which tells when a page was written and
makes no claim. The plain-text reader keeps one off the headline above it; cleaning drops it and
reads the article's date from it."""

from __future__ import annotations

import re

from .lexicon import DATE_LABELS, MONTHS, TIME_ZONES, WEEKDAY_ABBREVIATIONS, WEEKDAYS

_WEEKDAYS = frozenset(WEEKDAYS) | WEEKDAY_ABBREVIATIONS
# words a date line may hold besides dates and times
_LABELS = DATE_LABELS | {z for z in TIME_ZONES if " " not in z}
_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:t[\d:.+z-]+)?|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}\.\d{1,2}\.\d{1,2}"
    r"|\d{1,2}\.\d{1,2}\.\d{4}")
_OTHER = re.compile(
    r"\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ap]\.?(?:m\.?)?)?"
    r"|\d{1,2}(?:[ap]\.?m\.?)|\d{1,2}/\d{1,2}/\d{2,4}|(?:gmt|utc)[+-]\d{1,2}(?::\d{1,2})?")


def is_date_line(text: str) -> bool:
    """Whether a line names a date and holds nothing but dates, weekdays, times, time zones and
    date labels ("updated", "posted", "on", "at")."""
    has_date = False
    for w in text.split():
        t = w.strip(",.|·:;()[]-–—/").lower()
        if not t:
            continue
        if t in MONTHS or _DATE.fullmatch(t):
            has_date = True
        elif not (t in _WEEKDAYS or t in _LABELS or _OTHER.fullmatch(t)):
            return False
    return has_date
