"""Which occasion a figure is of, by the dates its claim names and the words around it.

A date far from its article's publication (more than `LIMITS.story_days`) is another occasion's
("the 2009 crash", "in 2011"); one near it is a day of the story. A claim naming no date may
take one its sentence gives before its figure ("The deadliest, in 1987, measured 6.8 and killed
400"), or the sentence before it, when it points back ("41 arrests during that dispute"). A
figure foreseen ("could reach 500") is no occasion's report. `measurerows` keys rows by these.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from .claims import Claim
from .lexicon import FUNCTION_WORDS
from .measurewords import (
    BACK_TO_OCCASION,
    FORESEEN_AFTER,
    FORESEEN_BEFORE,
    PREPOSITIONS,
    words,
)
from .settings import LIMITS
from .values import Value

# a decade as written ("1950s", "the '80s")
DECADE = re.compile(r"\d0['’]?s$")
# the word right after a value, past a space or a hyphen ("1950s pin-up", "1950s-era")
NEXT_WORD = re.compile(r"[ -]([A-Za-z]+)\b")


# a period before the story's, named from it ("last season's final", "a year ago", "the year
# before"): another occasion than the story's own (check); not "the past year", which runs up
# to the story
PAST_PERIOD = re.compile(r"\b(?:last|previous)\s+(?:season|year)'?s?\b|\b(?:a|one|twelve|"
                         r"two|three)\s+(?:years?|months)\s+(?:ago|earlier|before)\b|"
                         r"\bthe\s+(?:year|season)\s+before\b", re.I)


def dates_of(claim: Claim, published: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The dates a claim names, split into those far from its publication (more than
    `LIMITS.story_days`: "the September quake", "in 2003", another occasion) and those near it
    (which day of the story). Without a publication date every date is far."""
    far, near = [], []
    for v in claim.values:
        if v.kind != "date" or not isinstance(v.low, str) or _describes(claim, v) \
                or _counted_from(claim, v):
            continue
        if published and near_publication(v.low, str(v.high or v.low), published):
            near.append(v.low)
        else:
            far.append(v.low)
    return tuple(sorted(far)), tuple(sorted(near))


def sentence_dates(claims: Sequence[Claim], published: Mapping[str, str | None],
                    dated: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]
                    ) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """The far dates each sentence's claims name (`dated`: `dates_of` by claim), as (text, day),
    by (source, sentence): a claim split from a sentence whose year comes before its figure
    tells of that year too ("The deadliest, in 1987, measured 6.8 and killed more than 400
    people"; not "Bowe, 41, fought for the third time since 1996"), when written with its year
    (not "wed three weeks ago")."""
    out: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for c in claims:
        if not published.get(c.source) or c.id not in dated:
            continue  # with no day to tell far from near, every date is far
        far = set(dated[c.id][0])
        out[(c.source, c.sentence)].update(
            (v.text, v.low) for v in c.values
            if isinstance(v.low, str) and v.low in far and re.search(r"\b\d{4}\b", v.text))
    return out


def sentences_before(claims: Sequence[Claim]) -> dict[tuple[str, str], str]:
    """The sentence before each claim's sentence in its source, by (source, sentence)."""
    out: dict[tuple[str, str], str] = {}
    last: dict[str, str] = {}
    for c in sorted(claims, key=lambda c: (c.source, c.start)):
        if last.get(c.source, c.sentence) != c.sentence:
            out.setdefault((c.source, c.sentence), last[c.source])
        last[c.source] = c.sentence
    return out


def told_of(c: Claim, values: Sequence[Value], told_of: Mapping[tuple[str, str],
             set[tuple[str, str]]], before: str | None) -> tuple[str, ...]:
    """The far dates a claim naming none tells of: its sentence's, written before its first
    figure ("In 1987 a quake killed 412 and destroyed the old town"), else the sentence
    before's, when it points back to them ("Police made 41 arrests during that dispute":
    `BACK_TO_OCCASION`)."""
    first = min((at for v in values if (at := c.sentence.find(v.text)) >= 0),
                default=len(c.sentence))
    own = {day for said, day in told_of.get((c.source, c.sentence), ())
           if -1 < c.sentence.find(said) < first}
    if not own and before is not None and BACK_TO_OCCASION.search(c.sentence):
        own = {day for _, day in told_of.get((c.source, before), ())}
    return tuple(sorted(own))


def _counted_from(claim: Claim, v: Value) -> bool:
    """Whether a date comes after "since": the start of a span a figure is counted over ("40
    have died since Monday": a scope, `SCOPE_WORDS`) or of a ranking ("the deadliest since
    2003"), not the occasion of the claim's figures; unless a clause tells what happened then
    ("the worst since 2003, when 14 died": the 14 died in 2003)."""
    at, end = v.start - claim.start, v.end - claim.start
    before = words(claim.quote[:max(0, at)])
    return bool(before) and before[-1][0] == "since" and not re.match(
        r"\s*,?\s*when\b", claim.quote[max(0, end):], re.I)


def _describes(claim: Claim, v: Value) -> bool:
    """Whether a decade is written before a noun it describes ("the 1950s pin-up star", "a
    1980s hit"), not as when the claim's figures hold ("in the 1950s, 300 died")."""
    at, end = v.start - claim.start, v.end - claim.start
    if not DECADE.search(v.text) or not 0 <= at <= end <= len(claim.quote):
        return False
    before = words(claim.quote[:at])
    after = NEXT_WORD.match(claim.quote[end:])
    return after is not None and after.group(1).lower() not in FUNCTION_WORDS \
        and not (before and before[-1][0] in PREPOSITIONS)


def near_publication(low: str, high: str, published: str) -> bool:
    """Whether days (ISO; "--MM-DD" without a year) fall within `LIMITS.story_days` of an
    article's publication: days of its story, not another occasion's."""
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return False
    if low.startswith("--"):
        low, high = f"{day.year}{low[1:]}", f"{day.year}{high[1:]}"
    try:
        a, b = dt.date.fromisoformat(low[:10]), dt.date.fromisoformat(high[:10])
    except ValueError:
        return False
    return (a - day).days <= LIMITS.story_days and (day - b).days <= LIMITS.story_days


def foreseen(c: Claim, v: Value) -> bool:
    """Whether a claim's figure is foreseen, not reported (`FORESEEN_BEFORE`, `FORESEEN_AFTER`:
    "the toll could rise above 100", "could reach 500 cases by the end of March")."""
    at, end = v.start - c.start, v.end - c.start
    return 0 <= at and bool(FORESEEN_BEFORE.search(c.quote[:at])
                            or FORESEEN_AFTER.match(c.quote[end:]))


def years_told(claims: Sequence[Claim], published: Mapping[str, str | None]
               ) -> dict[str, frozenset[str]]:
    """The years far from its publication each claim tells of (`dates_of`, `told_of`): its own
    ("The city lost 31 people in the heatwave of 1998"), or its sentence's or the sentence
    before's ("In 2019 a jet overran the runway. That accident closed it for three days"); only
    years before its publication's ("failed in late February" is the story's own, and "the
    2026 budget" its plan)."""
    dated = {c.id: dates_of(c, published.get(c.source)) for c in claims}
    told = sentence_dates(claims, published, dated)
    before = sentences_before(claims)
    out = {}
    for c in claims:
        if not (day := published.get(c.source)) or not day[:4].isdigit():
            continue
        far = dated[c.id][0] or told_of(c, c.values, told, before.get((c.source, c.sentence)))
        out[c.id] = frozenset(d[:4] for d in far if d[:4].isdigit() and d[:4] < day[:4])
    return out


def told_before(claim: Claim, date: str | None, published: str | None) -> bool:
    """Whether a claim tells of a time before a source's publication year ("Coldmoor won 2-0 in
    last season's final", "The bill failed in 2019"): a source claim telling of no past year
    gives the story's own figures, which neither back nor contradict it (check)."""
    years = {d[:4] for d in dates_of(claim, date)[0] if d[:4].isdigit()}
    return bool(PAST_PERIOD.search(claim.text)) or any(y < (published or "")[:4] for y in years)
