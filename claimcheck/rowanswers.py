"""How a source's measure rows answer a checked claim's (`check`): the same measure or not,
and whether the values agree, can both be true, or cannot."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set
from dataclasses import replace

from .compare import Relation
from .counts import COUNTED
from .gazetteer import share_place
from .intervals import birthdays_between, inside
from .measurerows import MeasureRow
from .measures import birthday_between, disagree, risen, same_occasion
from .measurewords import PARTS_INTRO
from .settings import LIMITS
from .values import Value, compare
from .verdicts import Evidence
from .whose import ATTRIBUTIVE, UNNAMED


def answer(asked: MeasureRow, row: MeasureRow) -> Relation | None:
    """How a source's measure row bears on a checked claim's: None when it is not the same
    measure (concept, subject, kind, scope, occasion, places: the tests `measures.find` makes)
    or may be another occasion's, else whether the values agree, can both be true, or cannot.
    An unnamed person's age ("a 61-year-old man") may be anyone's the sources give: the same
    age backs it, another is no one's known to be his."""
    if asked.concept == row.concept == "age" and asked.subject.startswith(UNNAMED) \
            and row.subject != asked.subject:
        return "agree" if compare(asked.value, row.value) == "equal" and same_occasion(
            asked, row) is not False and not someone_else(row) else None
    if (not _same_measure(asked, row) or row.scope != asked.scope
            or same_occasion(asked, row) is False
            or (asked.places and row.places and not share_place(asked.places, row.places))
            or someone_else(asked) or someone_else(row) or _another_year(asked, row)
            or _another_year(row, asked)
            or asked.concept.startswith(COUNTED)):  # "seven villages": which ones, nothing says
        return None
    if _birthday_between(asked, row):
        return "compatible"  # "Doe, 60" / "Doe, 61": a birthday may fall between the articles
    relation = bearing(asked.value, row.value)
    # a source's figure for a time the claim leaves unsaid ("in early November the navy had
    # caught eight") cannot refute the claim: it may be another occasion's; so may a figure said
    # of "it" (which thing, its claim alone does not tell) or of places that are not its
    # source's story's
    unsure = row.occasion and same_occasion(asked, row) is None or row.pronoun or row.elsewhere
    return None if relation == "conflict" and unsure else relation


def bearing(mine: Value, theirs: Value) -> Relation:
    """How a source's figure of a checked claim's measure bears on the claim's: cannot agree,
    the same (or inside the claim's bound), or can both be true."""
    if disagree(mine, theirs):
        return "conflict"
    return "agree" if compare(mine, theirs) == "equal" or inside(theirs, mine) else "compatible"


def _same_measure(asked: MeasureRow, row: MeasureRow) -> bool:
    """Whether two rows key one measure: the same concept, subject and kind, or a subject one
    row leaves unsaid that the other's claim names ("Kestrel was fined $150,000" / "The board
    fined Kestrel $2.4 million", where the recogniser took Kestrel for a person once only)."""
    if asked.key == row.key:
        return True
    (mine, who, kind), (theirs, whose, their_kind) = asked.key, row.key
    named = who or whose
    return mine == theirs and kind == their_kind and "" in (who, whose) and re.search(
        rf"\b{re.escape(named)}\b", row.quote if who else asked.quote, re.I) is not None


def _birthday_between(asked: MeasureRow, row: MeasureRow) -> bool:
    """Whether a checked claim's age and a source's may both be right: a birthday between their
    dates (`birthday_between`), or, for a claim of no date, one birthday at most ("Hale is 62"
    against "Hale, 61," may be told a year on; "Hale is 63" cannot be the same year's)."""
    if asked.published is None:
        return birthdays_between(asked.value, row.value, LIMITS.undated_claim_days)
    return birthday_between(asked, row)


def _another_year(dated: MeasureRow, undated: MeasureRow) -> bool:
    """Whether one row's figure is of a year the other's undated figure is not, the checked
    claim's or the source's: "the 2017 blast killed 11" and "the blast killed six", published
    in 2026, are two blasts' tolls. A year next to a source's may still be its story's ("a
    90-day stint for a 2012 case", published in 2013): only years `LIMITS.other_years` or more
    from a publication (the source's, as a checked claim may have none) are told apart."""
    published = undated.published or dated.published
    return bool(dated.occasion) and not undated.occasion and published is not None and all(
        day[:4].isdigit() and abs(int(day[:4]) - int(published[:4])) >= LIMITS.other_years
        for day in dated.occasion)


def updated(evidence: Sequence[Evidence], asked: Sequence[MeasureRow],
            rows: Mapping[str, Sequence[MeasureRow]]) -> list[Evidence]:
    """The evidence with a conflicting source that only gives the checked claim's measure as a
    count told earlier or later than a backing source's (`risen`: "9 dead" on Monday, "12
    dead" on Friday, of a measure that grows) made compatible: the claim may be of either time.
    `rows`: the sources' measure rows by claim id."""
    backing = [r for e in evidence if e.relation == "agree" for r in rows.get(e.claim, ())
               for a in asked if a.key == r.key and compare(a.value, r.value) == "equal"]
    if not backing:
        return list(evidence)
    out = []
    for e in evidence:
        against = [r for r in rows.get(e.claim, ()) for a in asked
                   if e.relation == "conflict" and a.key == r.key and disagree(a.value, r.value)]
        if against and all(any(b.key == r.key and risen(b, r) for b in backing)
                           for r in against):
            told = e.detail.replace(" vs ", " ~ ") + ", told at another time (an update)"
            e = replace(e, relation="compatible", detail=told)
        out.append(e)
    return out


def someone_else(row: MeasureRow) -> bool:
    """Whether an age row's figure belongs to someone other than its subject: "Orozco was
    charged with murdering the 35-year-old deputy" is the deputy's age, not Orozco's."""
    noun = (row.value.noun or "").lower().split()
    return row.concept == "age" and bool(noun) and noun[-1] != row.subject.removeprefix(UNNAMED) \
        and bool(ATTRIBUTIVE.search(row.value.text))  # "at the age of 85" hangs on "age"


def unsure(asked: Sequence[MeasureRow], rows: Sequence[MeasureRow]) -> bool:
    """Whether a source claim's figures, whatever its wording shares with a checked claim, are
    of no measure the claim's are (`answer`): rows of the claim's keys (a noun's count aside:
    its words decide, unless one is a part) all of another scope, place or occasion, or unsure
    ("In Kelton province the storm killed 40" / "Ten died when the storm struck Vesk")."""
    pairs = [(a, r) for a in asked for r in rows if a.key == r.key and (
        not a.concept.startswith(COUNTED) or "part" in a.scope + r.scope)]  # "at Orvik alone"
    return bool(pairs) and all(answer(a, r) is None for a, r in pairs)


INCLUDING = re.compile(PARTS_INTRO, re.I)  # a whole's parts, after it


def scoped_apart(asked: Sequence[MeasureRow], rows: Sequence[MeasureRow]) -> bool:
    """Whether a source claim's figures of the checked claim's measures are all of a part where
    the claim's are not, or the other way round ("At Orvik General alone, 95 operations were
    postponed" / "fewer than 100 across the network"): the same figure of a part backs no claim
    of the whole. Other scope words ("this year") are left to the worded match."""
    pairs = [(a, r) for a in asked for r in rows if a.key == r.key]
    return bool(pairs) and all(_a_part(a) != _a_part(r) for a, r in pairs)


def _a_part(row: MeasureRow) -> bool:
    """Whether a row's figure is of a part ("At Orvik General alone, 95"), not a whole whose
    parts follow it ("41 witnesses, including fire investigators")."""
    after = row.quote[row.value.end - row.start:][:LIMITS.scope_span]
    return "part" in row.scope and not INCLUDING.search(after)


def anothers(asked: Sequence[MeasureRow], rows: Sequence[MeasureRow],
             named: Set[tuple[str, str]]) -> bool:
    """Whether a source claim's figures are not of the named party a checked claim's are, when
    the sources name that party's figure elsewhere (`named`: the corpus's (concept, subject)
    keys): "Renn was sentenced to seven years" is not backed by "a former director was jailed
    for seven years" when another source gives Renn's own term; the source claim's rows of
    that measure name no one, or someone else."""
    keyed = [a for a in asked if a.subject and not a.subject.startswith(UNNAMED)
             and (a.concept, a.subject) in named]
    return bool(keyed) and all(
        any(r.concept == a.concept and r.value.kind == a.value.kind for r in rows)
        and not any(r.concept == a.concept and r.subject == a.subject for r in rows)
        for a in keyed)


def measured_apart(asked: Sequence[MeasureRow], rows: Sequence[MeasureRow],
                   pairs: Sequence[tuple[Value, Value]]) -> bool:
    """Whether every pair of counts a source claim worded like a checked one is set against it
    on counts two things, each count's row naming what it counts by its words ("between five
    and seven were killed" / "the plant employs 300 people": deaths, workforce). A count named
    by its noun alone, or a length of time, may be one measure under two names ("a 90-day
    stint" / "90 days of treatment")."""
    def concept(found: Sequence[MeasureRow], v: Value) -> str | None:
        return next((r.concept for r in found if r.value == v and v.kind == "count"
                     and not r.concept.startswith(COUNTED)), None)
    return bool(pairs) and all(
        (mine := concept(asked, v)) is not None and (theirs := concept(rows, w)) is not None
        and mine != theirs for v, w in pairs)
