"""Verdicts: compare the values of a group's claims across sources.

`agree`: same value (or no value and the same statement); `compatible`: values differ but can
both be true (different precision, a point inside a range); `conflict`: values cannot both be
true; `single`: one source. The reason names the sources, their wording, the interval read and
the speaker. (A claim and its negation never share a group: grouping keeps them apart.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING, Any, Literal, cast

from .concepts import SIZE, concept_of
from .counts import COUNTED
from .dates import days_apart, same_days, weekday
from .gazetteer import places
from .intervals import (
    birthdays_apart,
    birthdays_between,
    compare,
    disagree,
    inside,
    loosely_apart,
)
from .lexicon import UNIT_NOUNS, WEEKDAYS
from .measurewords import one_kind
from .names import given_name, surname
from .unitnames import UNIT_SYMBOLS
from .values import Value, ValueKind
from .whose import UNNAMED

if TYPE_CHECKING:
    from .claims import Claim

# a group's verdict: `agree`, `compatible`, `conflict` (see above) or `single` (one source)
Verdict = Literal["agree", "compatible", "conflict", "single"]
# how a source's claim bears on a checked claim (`relate`, `check`)
Relation = Literal["agree", "compatible", "conflict", "related"]
# a source id that ends in a hash of its text ("002_35250e8d5da3dacb"), shortened in reasons
HASHED_ID = re.compile(r"[^_]{1,4}_[0-9a-f]{8,}")
# the kinds of value that measure something (dates and ordinals say which event instead)
MEASURED: tuple[ValueKind, ...] = (
    "count", "duration", "age", "time", "percent", "money", "other", "length", "mass", "speed",
    "area", "volume", "power", "energy", "frequency", "data", "bitrate", "pressure", "score")


def short(source: str) -> str:
    """A source id short enough for a reason line: an id ending in a long hash cut after its
    first four hex digits ("002_4ea4…" → "002_4ea4"); a name ("a2_carpathianherald") whole."""
    return source[:8] if len(source) > 12 and HASHED_ID.fullmatch(source) else source


def describe(v: Value) -> str:
    """A value's interval in words a reader checks quickly: "< 60 min", "1,000–1,200"."""
    def fmt(x: float | str | None) -> str:
        if x is None:
            return "?"
        if isinstance(x, str):
            return x
        if v.kind == "duration":
            if x >= 2 * 86400:
                return f"{x / 86400:g} days"
            if x >= 3 * 3600:
                return f"{x / 3600:g} h"
            if x < 120:
                return f"{round(x):g} s"
            return f"{round(x / 60):g} min"
        if v.kind == "money":
            return f"{x:,.0f} {v.unit or ''}".strip()
        if v.unit in UNIT_SYMBOLS:
            amount = f"{x:,.0f}" if x >= 10 else f"{x:.2g}"
            return f"{amount} {UNIT_SYMBOLS[v.unit]}"
        return f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"

    lo, hi = v.low, v.high
    if v.kind == "date" and lo is None and (day := weekday(v)) is not None:
        return f"a {WEEKDAYS[day].capitalize()}, no date given"  # "Friday night", undated
    if isinstance(lo, str) and lo.startswith("--"):
        return (lo[2:] if lo == hi else f"{lo[2:]}–{cast(str, hi)[2:]}") + ", no year given"
    side = " each" if v.per_side else ""
    if v.bound == "lt":
        return f"< {fmt(hi)}{side}"
    if v.bound == "le":
        return f"≤ {fmt(hi)}{side}"
    if v.bound == "gt":
        return f"> {fmt(lo)}" + (f" (to ~{fmt(hi)})" if hi is not None else "") + side
    if v.bound == "ge":
        return f"≥ {fmt(lo)}{side}"
    if lo == hi:
        return ("~" if v.bound == "approx" else "") + fmt(lo) + side
    return f"{fmt(lo)}–{fmt(hi)}{side}"


def _key(v: Value) -> tuple[str, str]:
    return v.kind, v.role or ""


def _judged(a: Value, b: Value) -> str:
    """`compare`, with what `disagree` forgives ("48 km" / "30 miles", a round count) and a
    vague amount set against a figure near it ("a few minutes" / "ten minutes") called
    compatible, and changes the two ways apart: a group's verdict and a check judge values as
    the measure table does."""
    if a.role == b.role == "change" and a.direction and b.direction \
            and a.direction != b.direction:
        return "disjoint"  # "fell 6%" / "closed up 6%": one figure, two ways
    result = compare(a, b)
    if result == "disjoint" and (not disagree(a, b) or loosely_apart(a, b)):
        return "compatible"
    return result


def _two_of_a_family(a: Any, b: Any, noun: str | None) -> bool:
    """Whether two claims name people of one surname (an age's noun) by different first names."""
    def given(c: Any) -> set[str]:
        return {g for t, label in c.entities if label == "PERSON" and surname(t) == noun
                and (g := given_name(t))}
    mine, theirs = given(a), given(b)
    return bool(mine and theirs and not mine & theirs)


def _same_measure(a: Value, b: Value) -> bool:
    """Counts are compared only when they count the same named thing ("prisoners", "bodies");
    a bare number ("47", "one") says too little about what it counts to raise a conflict."""
    if a.kind == "money" and a.unit == b.unit and not (a.noun or b.noun):
        return True  # "Orvik receive €2.5 million for winning": a sum in one currency, whatever
    noun, other = (one_kind(n) if n else n for n in (a.noun, b.noun))
    if a.kind in ("count", "money", "other"):
        return (
            bool(noun)
            and noun == other
            or (a.per_side and b.per_side and (a.noun == b.noun or not (a.noun and b.noun)))
        )
    if a.unit in UNIT_SYMBOLS:
        return a.unit == b.unit  # lengths, masses, speeds: one base unit, whatever was written
    if a.kind in ("duration", "age") and noun and other and noun != other:
        # "a three-year war" and "a 30-day ceasefire" are lengths of different things; "a
        # 59-year-old mother" and "a 59-year-old woman" may be one person, never two ages of one
        return a.noun in UNIT_NOUNS or b.noun in UNIT_NOUNS or a.kind == "age" and compare(
            a, b) == "equal"
    return True


def _peers(v: Value, claim: Claim, query: Claim | None = None) -> list[Value]:
    """The values of `claim` that measure what `v` (of `query`, when given) measures."""
    return [
        w for w in claim.values if w.kind in MEASURED and _key(w) == _key(v) and _same_measure(v, w)
        and not (query is not None and _measures_apart(query, v, claim, w))
    ]


def _measures_apart(query: Claim, v: Value, claim: Claim, w: Value) -> bool:
    """Whether two lengths, ages, counts or sums measure different things by their words: a depth
    and a distance, distances from two places ("35 miles southwest of Kelton" / "1,500 km south
    of Orvik"), two named people's ages ("Hale was 38" / "the slaying of 63-year-old Ann Roe"),
    the missing and the dead ("six are missing" / "killing 11"), a credit offered and a payment
    demanded. Values whose words say neither are compared."""
    if v.kind != w.kind or v.kind not in ("length", "age", "count", "money"):
        return False
    mine, theirs = concept_of(query, v), concept_of(claim, w)
    if mine is None or theirs is None or v.kind == "age" and any(
            k[1].startswith(UNNAMED) for k in (mine, theirs)):
        return False  # "a 15-year-old boy" may be the one the other claim names
    if any(k[0].startswith((COUNTED, SIZE)) for k in (mine, theirs)):
        return False  # named by a noun alone: "40 metres long" / "the 40-metre footbridge"
    return mine != theirs


def _matched(v: Value, claim: Claim) -> bool:
    """Whether `claim` holds a value measuring the same thing that `v` does not contradict, or
    the very same amount whatever it is attached to ("landed 178 punches" / "landing 178 of
    369 punches thrown": the 178 is there, so 369 is something else)."""
    return (any(compare(v, w) != "disjoint" for w in _peers(v, claim))
            or any(w.kind == v.kind and (w.low, w.high) == (v.low, v.high) for w in claim.values))


def _every_figure_differs(a: Claim, b: Claim) -> bool:
    """Whether two claims compare on two or more measures and differ on all of them ("13 homers
    and 43 RBIs in 54 games" / "33 homers and 121 RBI" over the season; "six rifles, 12
    magazines" in one raid / "14 rifles, 31 magazines" in five; a seven-year, $150 million offer
    / an eight-year, $160 million one): outlets that contradict each other rarely do so on every
    figure at once; claims about different scopes or different things do. Here a measure is
    looser than for a conflict: amounts of one kind and role whose nouns do not differ."""
    measures = set()
    for v in a.values:
        if v.kind not in MEASURED:
            continue
        peers = [
            w
            for w in b.values
            if _key(w) == _key(v) and (not v.noun or not w.noun or v.noun == w.noun)
        ]
        if any(compare(v, w) != "disjoint" for w in peers) or _matched(v, b):
            return False
        if peers:
            measures.add((_key(v), v.noun))
    return len(measures) >= 2


def _mention(claim: Claim, v: Value) -> str:
    """A value as a reason quotes it: source, wording, interval and speaker."""
    who = f", said by {claim.attributed_to}" if claim.attributed_to else ""
    return f'{short(claim.source)} "{v.text}" ({describe(v)}{who})'


def judge(
    claims: Sequence, *, linked: Collection[frozenset[str]] | None = None,
    published: Mapping[str, str | None] | None = None,
) -> tuple[Verdict, str, list[str]]:
    """The verdict, reason and notes (self-conflicts) for one group of claims.

    `linked` holds the pairs of claim ids that matched each other directly; when given, values
    of two claims only conflict if the pair is linked, so a chain of loose matches (a → b → c)
    never makes a and c contradict each other. Without it every pair counts. `published` (each
    source's publication date) tells whether ages a year or two apart may both be right.
    """
    sources = list(dict.fromkeys(c.source for c in claims))
    if len(sources) == 1:
        c = claims[0]
        who = f" ({c.attributed_to})" if c.attributed_to else ""
        return "single", f"only {short(c.source)} says this{who}", []
    measured = [(c, v) for c in claims for v in c.values if v.kind in MEASURED]
    found = _compare_pairs(measured, linked, published or {})
    if found.conflicts:
        reason = "; ".join(_by_source_pair(found.conflicts + found.loose + found.scoped))
        return "conflict", "conflict: " + reason + _occasions(claims), found.notes
    if found.differs or found.loose or found.scoped:
        reason = _compatible_reason(found)
        return "compatible", "compatible: " + reason + _occasions(claims), found.notes
    if not found.same and (apart := _uncompared(measured)):
        # values of one kind that differ and were never compared: not shown to agree
        return ("compatible", "compatible: values differ but are not compared, as they may "
                "measure different things: " + "; ".join(_by_source_pair(apart)), found.notes)
    return "agree", _agreement(sources, measured, found.same), found.notes


def _uncompared(measured: list[tuple[Any, Value]]) -> list[tuple[str, str, str]]:
    """Pairs of values of one kind from two sources that differ: a group holding them cannot
    be called `agree` when no value of theirs was compared and found the same."""
    out = []
    for (ca, va), (cb, vb) in combinations(measured, 2):
        if ca.source != cb.source and va.kind == vb.kind and compare(va, vb) != "equal":
            out.append((ca.source, cb.source, f"{_mention(ca, va)} and {_mention(cb, vb)}"))
    return out


@dataclass
class _Pairs:
    """What comparing a group's values pair by pair found; each line is (source, source, text)."""

    conflicts: list[tuple[str, str, str]] = field(default_factory=list)  # cannot both be true
    loose: list[tuple[str, str, str]] = field(default_factory=list)  # so, but matched via others
    scoped: list[tuple[str, str, str]] = field(default_factory=list)  # so, but every figure differs
    differs: list[tuple[str, str, str]] = field(default_factory=list)  # can both be true
    same: bool = False  # two sources give one value for one measure
    notes: list[str] = field(default_factory=list)  # a source contradicting itself


def _compare_pairs(measured: list[tuple[Any, Value]], linked: Collection[frozenset[str]] | None,
                   published: Mapping[str, str | None]) -> _Pairs:
    """Compare every two values of the group that measure one thing (see `judge`)."""
    found = _Pairs()
    for (ca, va), (cb, vb) in combinations(measured, 2):
        if _key(va) != _key(vb) or not _same_measure(va, vb) or _measures_apart(ca, va, cb, vb):
            continue  # "23 miners were trapped" / "31 miners were underground": two measures
        if va.kind == "age" and _two_of_a_family(ca, cb, va.noun):
            continue  # "Jerry Doe, 35" / "his son Ivo Doe, 17": one surname, two people
        if va.role == "population" and places(ca) != places(cb):
            continue  # "Qeshm island, home to 120,000" / "Bandar Abbas, a city of 500,000"
        result = _judged(va, vb)
        aged_apart = result == "compatible" and birthdays_apart(va, vb) and not birthdays_between(
            va, vb, days_apart(published.get(ca.source), published.get(cb.source)))
        if aged_apart:
            result = "disjoint"  # "Kell, 61" / "Kell, 63" a day apart: no birthday between
        elif result == "disjoint" and ca is not cb and (_matched(va, cb) or _matched(vb, ca)):
            # both claims hold the value ("the 36-year-old champion … the 40-year-old
            # challenger"): the other value is about something else
            continue
        if result == "disjoint" and ca.source == cb.source:
            found.notes.append(
                f'self-conflict in {short(ca.source)}: "{va.text}" ({describe(va)}) vs '
                f'"{vb.text}" ({describe(vb)})'
            )
            continue
        if ca.source == cb.source:
            continue
        found.same = found.same or result == "equal"
        versus = (ca.source, cb.source, f"{_mention(ca, va)} vs {_mention(cb, vb)}")
        if result == "disjoint" and _every_figure_differs(ca, cb):
            found.scoped.append(versus)
        elif (
            result == "disjoint" and linked is not None and frozenset((ca.id, cb.id)) not in linked
        ):
            found.loose.append(versus)
        elif result == "disjoint":
            found.conflicts.append(versus)
        elif result == "compatible":
            why = (
                " (an age a year or two apart: articles written at different times)"
                if birthdays_apart(va, vb)
                else ""
            )
            found.differs.append(
                (ca.source, cb.source, f"{_mention(ca, va)} and {_mention(cb, vb)}{why}")
            )
    return found


def _compatible_reason(found: _Pairs) -> str:
    """Why values that differ are no conflict: they can both be true, they are counted over
    different scopes, or the claims only match through others."""
    parts = []
    if found.differs:
        parts.append(
            "values differ but can both be true: " + "; ".join(_by_source_pair(found.differs))
        )
    if found.scoped:
        parts.append(
            "every figure differs between these claims, so they likely count different things or "
            "over different scopes: " + "; ".join(_by_source_pair(found.scoped))
        )
    if found.loose:
        parts.append(
            "values differ between claims that only match through other claims, so they may "
            "measure different things: " + "; ".join(_by_source_pair(found.loose))
        )
    return "; ".join(parts)


def _agreement(sources: list[str], measured: list[tuple[Any, Value]], same: bool) -> str:
    """The reason for `agree`: the sources, and the value they share, or why none is compared."""
    said = f"agree: {len(sources)} sources say this ({', '.join(short(s) for s in sources)})"
    if not measured:
        return said
    vals = "; ".join(dict.fromkeys(_mention(c, v) for c, v in measured))
    if len({c.source for c, _ in measured}) < 2:
        # nothing to compare the value with: the others say the same without a number
        return f"{said}; only {short(measured[0][0].source)} gives a value: {vals}"
    given = [{(v.kind, v.low, v.high) for c, v in measured if c.source == src} for src in sources]
    if not same and not any(a & b for a, b in combinations(given, 2)):
        # "nearly 300,000 comments" / "more than 200,000 of the comments opposed": not one measure
        return f"{said}; their values measure different things, so none is compared: {vals}"
    counts = Counter(key for keys in given for key in keys)
    shared = [(c, v) for c, v in measured if counts[(v.kind, v.low, v.high)] > 1]
    rest = [(c, v) for c, v in measured if counts[(v.kind, v.low, v.high)] < 2]
    out = f"agree: {len(sources)} sources give the same value: " + "; ".join(
        dict.fromkeys(_mention(c, v) for c, v in shared or measured))
    if shared and rest:  # "Roe, 63, and Hale, 47": Hale's age is no part of the agreement
        out += "; also given, not compared: " + "; ".join(
            dict.fromkeys(_mention(c, v) for c, v in rest))
    return out


# words that place a thing before or after the time of writing ("the upcoming exchange")
_WHEN_WORDS = re.compile(
    r"\b(upcoming|forthcoming|next|future|planned|previous|earlier|former)\b", re.IGNORECASE
)


def _occasions(claims: Sequence) -> str:
    """A clause naming when each source places what it says, when two sources place it
    differently ("which was completed last month" / "the upcoming exchange"): the values may
    then be about two occasions of one kind of thing, which a reader should know before taking
    the difference for a discrepancy. Empty when they place it alike or do not say."""
    when: dict[str, list[tuple[str, Any, Any]]] = {}  # (wording, first day, last day)
    for c in claims:
        marks = [(v.text, v.low, v.high) for v in c.values if v.kind == "date"]
        marks += [(m.group(1).lower(), None, None) for m in _WHEN_WORDS.finditer(c.text)]
        if marks:
            when.setdefault(c.source, []).extend(marks)

    def alike(a: tuple[str, Any, Any], b: tuple[str, Any, Any]) -> bool:
        """Two marks of when: the same days (dates), else the same word."""
        if None not in (a[1], a[2], b[1], b[2]):
            return same_days(a[1:], b[1:])
        return a[0].lower() == b[0].lower()

    if not any(
        not any(alike(x, y) for x in when[a] for y in when[b]) for a, b in combinations(when, 2)
    ):
        return ""
    said = "; ".join(short(src) + " " + ", ".join(dict.fromkeys('"' + t + '"' for t, _, _ in marks))
                     for src, marks in when.items())
    return "; the sources place it at different times, so it may be two occasions: " + said


def _by_source_pair(items: list[tuple[str, str, str]]) -> list[str]:
    """One line per pair of sources (the first values that show the difference)."""
    seen: dict[tuple[str, str], str] = {}
    for a, b, text in items:
        seen.setdefault((a, b), text)
    return list(seen.values())


def relate(query: Claim, evidence: Claim) -> tuple[Relation, str]:
    """How a source's claim bears on a checked claim that matched it: `agree`, `compatible`,
    `conflict`, or `related` (it matches the words but does not measure the query's values),
    with the values behind it ("two hours (108 min–132 min) vs a little over an hour
    (> 60 min)")."""
    relation, detail, _ = weigh(query, evidence)
    return relation, detail


def weigh(query: Claim, evidence: Claim
          ) -> tuple[Relation, str, tuple[tuple[Value, Value], ...]]:
    """`relate`, with the values a source's claim gives for what the checked claim measures,
    each beside the checked claim's value it answers (for a tally of what the sources say,
    measure by measure): the values are paired once (`_answers`)."""
    found = _answers(query, evidence)
    pairs = tuple((v, w) for v, (_, w) in found)
    if not any(v.kind in MEASURED for v in query.values):
        return "agree", "", pairs
    results, details = [], []
    for v, (result, w) in found:
        results.append(result)
        sign = {"equal": "=", "compatible": "~", "disjoint": "vs"}[result]
        details.append(f'"{v.text}" ({describe(v)}) {sign} "{w.text}" ({describe(w)})')
    if not results:
        return "related", "", pairs
    if "disjoint" in results:
        return "conflict", "; ".join(details), pairs
    if all(r == "equal" for r in results):
        return "agree", "; ".join(details), pairs
    return "compatible", "; ".join(details), pairs


def _answers(query: Claim, evidence: Claim) -> list[tuple[Value, tuple[str, Value]]]:
    """For each measured value of `query` that `evidence` also measures, that value and the
    evidence's closest one, with how they compare (equal first, then compatible). A source's
    figure inside the query's hedged or bounded one ("63" for "more than 60") backs it, as in
    the measure table (`rowanswers.answer`)."""
    out: list[tuple[Value, tuple[str, Value]]] = []
    for v in query.values:
        if v.kind not in MEASURED or not (peers := _peers(v, evidence, query)):
            continue
        found = [("equal" if inside(w, v) else _judged(v, w), w) for w in peers]
        out.append((v, next((f for f in found if f[0] == "equal"), None) or next(
            (f for f in found if f[0] == "compatible"), None) or found[0]))
    return out


def frame_words(c: Claim) -> set[str]:
    """A claim's frame words that say what it tells of: no figure's placeholder, no "be"."""
    return {w for w in c.frame.split() if not w.startswith("<") and w not in ("be", "have")}
