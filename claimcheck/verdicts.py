"""Verdicts on a checked claim over every source that bears on it, and the tally of what they say.

A source's claim is evidence with a relation to the checked claim (`agree`, `conflict`,
`compatible`, `related`) and what it gives for each of the claim's measures (`Said`). The verdict
is over the sources: `contested` when some agree and some conflict, with a tally of what the
sources say, value by value and, for a claim with several measures, measure by measure ("deaths
— Nineteen: 1 source (a); Seventeen: 2 sources (b, c) · injured — 40: 2 sources (a, b)").
Before the verdict, a source claim's readings become one piece of evidence (`merged`), and
evidence on what a claim denies, or on the claim said the other way round, becomes evidence on
the claim (`denied`, `with_turned`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal, get_args

from .compare import Relation, describe, short
from .values import Value, compare

# a checked claim's verdict (see `check`)
CheckVerdict = Literal["conflict", "contested", "compatible", "supported", "unverified"]
VERDICTS: tuple[CheckVerdict, ...] = get_args(CheckVerdict)
# --fail-on: which verdicts fail the gate; a contested claim conflicts with some source, so the
# default gate (`conflict`) fails it too; `contested` fails only claims the sources dispute
FAIL_ON = {"conflict": frozenset({"conflict", "contested"}), "contested": frozenset({"contested"}),
           "unverified": frozenset({"conflict", "contested", "unverified"}), "never": frozenset()}
_RANK = {"conflict": 0, "agree": 1, "compatible": 2, "related": 3}


@dataclass(frozen=True)
class Said:
    """What a source gives for one of a checked claim's measures."""

    measure: str  # what is measured: "deaths", "day of talk", or the value's noun or kind
    text: str  # the source's value as written ("Seventeen")
    reading: str  # as read ("17", "108 min–132 min"): the key of the tally
    same: bool  # whether it is the checked claim's own value


@dataclass(frozen=True)
class Evidence:
    """A source's claim that bears on a checked claim, and how (`relation`)."""

    source: str
    claim: str
    quote: str
    start: int
    end: int
    relation: Relation
    detail: str  # the values compared, or why it conflicts
    attributed_to: str | None
    values: tuple[str, ...]  # "text = interval" of the source claim's values
    score: float
    said: str = ""  # what the source says of the claim's measures ("17"), when it gives values
    reading: str = ""  # how that is read ("17", "108 min–132 min")
    published: str | None = None  # the source's publication date (its metadata), when known
    url: str | None = None  # the source's address (its metadata), when known
    answers: tuple[Said, ...] = ()  # what it gives for each measure: the tally's keys


def said_of(measure: str, mine: Value, theirs: Value) -> Said:
    """What a source's value says of a checked claim's measure."""
    return Said(measure, theirs.text, describe(theirs), compare(mine, theirs) == "equal")


def order(e: Evidence) -> tuple[int, float, str, int]:
    """Evidence best first: conflicts, agreements, compatible values, related claims."""
    return _RANK[e.relation], -e.score, e.source, e.start


def verdict(evidence: Sequence[Evidence]) -> tuple[CheckVerdict, str]:
    """The verdict over every source's evidence (best first), and its one-line reason."""
    conflict, agree = _by_source(evidence, "conflict"), _by_source(evidence, "agree")
    if conflict and agree:
        return "contested", "contested: " + tally(evidence)
    if conflict:
        return "conflict", "conflict: " + "; ".join(_said(e) for e in conflict)
    if agree:
        reason = (f"supported by {len(agree)} source{'s' if len(agree) > 1 else ''}: "
                  + "; ".join(_said(e) for e in agree))
        backed = {e.source for e in agree}
        if others := [e for e in _by_source(evidence, "compatible") if e.source not in backed]:
            reason += "; other values that can both be true: " + "; ".join(map(_said, others))
        return "supported", reason
    if compatible := _by_source(evidence, "compatible"):
        return "compatible", "compatible: values differ but can both be true: " + "; ".join(
            _said(e) for e in compatible
        )
    if related := _by_source(evidence, "related"):
        same = [e for e in related if any(a.same for a in e.answers)]
        if same:  # "81-year-old" beside "81-year-old Edna Pilch": the figure, said of another
            return "unverified", (
                "unverified: no source backs it; the same figure is in related claims of "
                + ", ".join(short(e.source) for e in same)
                + ", which do not say of it what the claim says")
        return "unverified", ("unverified: no source gives this value; related claims in "
                              + ", ".join(short(e.source) for e in related))
    return "unverified", "unverified: no source says this"


def tally(evidence: Sequence[Evidence]) -> str:
    """What the sources say, value by value, with how many sources say each ("19: 1 source
    (a); 17: 3 sources (b, c, d)"): the claim's own value first, then the most said. A source
    without values counts as saying so or saying the opposite. A claim with several measures
    gets one tally per measure, in the claim's order ("deaths — 19: …; 17: … · injured — …"),
    the sources without values last."""
    counts: dict[str, dict[str, tuple[str, bool, list[str]]]] = {}
    for relation in ("agree", "conflict", "compatible"):
        for e in evidence:
            if e.relation != relation:
                continue
            label = "says so" if relation == "agree" else "says the opposite"
            for a in e.answers or (Said("", label, label, relation == "agree"),):
                values = counts.setdefault(a.measure, {})
                _, _, sources = values.setdefault(a.reading or a.text, (a.text, a.same, []))
                if short(e.source) not in sources:
                    sources.append(short(e.source))
    named = [m for m in counts if m]
    if len(named) <= 1:
        return _line([x for values in counts.values() for x in values.values()])
    counts[""] = counts.pop("", {})  # the sources without values last
    return " · ".join(f"{m} — {_line(list(values.values()))}" if m else _line(list(values.values()))
                      for m, values in counts.items() if values)


def _line(values: list[tuple[str, bool, list[str]]]) -> str:
    """One measure's values, the claim's own first, then the most said."""
    ranked = sorted(enumerate(values), key=lambda x: (not x[1][1], -len(x[1][2]), x[0]))
    return "; ".join(f"{label}: {len(s)} source{'s' if len(s) > 1 else ''} "
                     f"({', '.join(sorted(s))})" for _, (label, _same, s) in ranked)


def _by_source(evidence: Sequence[Evidence], relation: str) -> list[Evidence]:
    """The first evidence of each source with `relation` (evidence comes best first)."""
    seen: dict[str, Evidence] = {}
    for e in evidence:
        if e.relation == relation:
            seen.setdefault(e.source, e)
    return list(seen.values())


def _said(e: Evidence) -> str:
    who = f", said by {e.attributed_to}" if e.attributed_to else ""
    return f"{short(e.source)}{who}" + (f": {e.detail}" if e.detail else "")


def merged(matched: list[Evidence], measured: list[tuple[Evidence, bool]],
            days: list[Evidence]) -> list[Evidence]:
    """The evidence of one checked claim, one per source claim, best first: the claims worded
    alike (`matched`); the values of its measures (`measured`), for claims that words did not
    relate, joined to the others for a bare figure words could not compare ("injuring 40"), and
    over a reading alike that found compatible what one measure's values make a conflict; then
    the days of its actions (`days`). A day given by the sources decides: it replaces a source
    claim's bare wording alike, and one that cannot be the claim's day outweighs any other
    reading of that source claim; claims worded alike that give no day no longer back the claim
    once sources give the day."""
    found = {e.claim: e for e in matched}
    for e, bare in measured:
        held = found.get(e.claim)
        if held is None or held.relation == "related" or (
                e.relation == "conflict" and held.relation == "compatible"):
            found[e.claim] = e  # one measure's values that cannot agree outweigh "can both be"
        elif bare:
            found[e.claim] = joined(held, e)
    if days:
        found = {k: replace(e, relation="related") if _bare(e) else e for k, e in found.items()}
    for e in days:
        held = found.get(e.claim)
        if held is None or held.relation == "related" or (
                e.relation == "conflict" and held.relation != "conflict"):
            found[e.claim] = e
    return sorted(found.values(), key=order)


# relations from the one that weighs most against a claim to the one that weighs least
_WORST = ("conflict", "compatible", "agree", "related")


def joined(held: Evidence, e: Evidence) -> Evidence:
    """A source claim's evidence with what it gives for one more of the checked claim's measures
    (`e`, from the measure table): the worst relation of the two, every measure's value (for the
    tally). A source claim saying the opposite stays so."""
    new = [a for a in e.answers if a.measure not in {b.measure for b in held.answers}]
    if not new or held.relation == "conflict" and not held.answers:
        return held
    answers = (*held.answers, *new)
    return replace(held, relation=min(held.relation, e.relation, key=_WORST.index),
                   detail="; ".join(d for d in (held.detail, e.detail) if d),
                   said="; ".join(a.text for a in answers),
                   reading="; ".join(a.reading for a in answers), answers=answers)


def denied(e: Evidence) -> Evidence:
    """Evidence on what a claim denies as evidence on the denial: a source saying it conflicts
    with the denial, a source saying the opposite (no figure of its own) backs it, and a source
    giving other figures neither backs nor contradicts it."""
    if e.relation == "agree":
        return replace(e, relation="conflict", detail="the claim denies what the source says"
                       + (f" ({e.detail})" if e.detail else ""))
    if e.relation == "conflict" and not e.answers:
        return replace(e, relation="agree",
                       detail="the source says the opposite of what the claim denies")
    return e if e.relation == "related" else replace(e, relation="related")


def with_turned(evidence: list[Evidence], words: tuple[str, str],
                 turned_evidence: list[Evidence]) -> list[Evidence]:
    """A claim's evidence with the sources that back it said the other way round
    (`check.Checker._backing_turned`) as conflicts: they outweigh wording alike ("Three guards
    survived the fire" / "the blaze killed three guards": the words and the three agree, the
    deaths do not)."""
    held = {e.claim for e in evidence if e.relation == "conflict"}
    said, opposite_word = words
    turned = {e.claim: replace(e, relation="conflict", detail=(
        f'the source says the opposite ("{opposite_word}" for "{said}")'
        + (f"; {e.detail}" if e.detail else ""))) for e in turned_evidence if e.claim not in held}
    return sorted([e for e in evidence if e.claim not in turned] + list(turned.values()),
                  key=order)


def _bare(e: Evidence) -> bool:
    """Whether evidence agrees by its wording alone, comparing no value."""
    return e.relation == "agree" and not e.answers


@dataclass(frozen=True)
class CheckResult:
    """The verdict on one atomic claim of a checked text."""

    id: str
    input: str
    claim: str
    verdict: CheckVerdict
    reason: str
    evidence: tuple[Evidence, ...]
    row: str = ""  # the id of the input item (a claims file's row) this claim is part of
    seconds: float = 0.0  # time spent on it: its share of the item's parse, matching, comparing

    def failed(self, fail_on: str) -> bool:
        """Whether this result fails the gate `--fail-on fail_on`."""
        return self.verdict in FAIL_ON[fail_on]

    @property
    def shown(self) -> str:
        """The claim as output shows it: the input as given when the claim is the whole item
        ("Orvik Lines admitted that the ferry was overloaded", read as "The ferry was
        overloaded."), the claim when the item was split into several."""
        return self.claim if self.row and self.id != self.row else self.input
