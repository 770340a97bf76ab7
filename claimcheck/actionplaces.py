"""The place of an action, checked: a claim's places against the places the sources give the
same action ("The talks took place in Geneva" / "the talks in Istanbul").

A place a claim names is compared only with a place a source gives for the same action (the same
action word, what it happened to, who took part, the same round, both done or both planned), and
decides only when the gazetteer knows both names (`gazetteer.apart`): two cities conflict, a
city and the country it lies in do not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .claims import Claim
from .claims.records import Dated
from .compare import Relation
from .gazetteer import apart
from .names import NameForm, fold
from .polarity import denies

# what a place is the place of: action, what it happened to, who took part, rounds, planned
PlaceKey = tuple[str, str, frozenset[str], frozenset[str], bool]


@dataclass(frozen=True)
class PlaceRow:
    """A source's place of an action, with the action's key."""

    claim: Claim
    place: Dated
    key: PlaceKey


@dataclass(frozen=True)
class PlaceAnswer:
    """How a source's place of an action bears on a checked claim's place of it."""

    row: PlaceRow
    relation: Relation
    detail: str  # 'place of talk: "Geneva" vs "Istanbul"'


def place_rows(claims: Sequence[Claim], form: NameForm) -> list[PlaceRow]:
    """A row for every place a source gives an action (`Claim.placed`); negated and denied
    statements ("the talks were not held in Ankara") give none."""
    return [PlaceRow(c, p, _key(c, p, form)) for c in claims
            if not c.negated and not denies(c) for p in c.placed]


def place_answers(query: Claim, rows: Sequence[PlaceRow], form: NameForm) -> list[PlaceAnswer]:
    """The sources' places of the actions a checked claim gives a place of: `conflict` when the
    two cannot be one place, `agree` for the same name, `compatible` for a place in the other."""
    if query.negated or denies(query):
        return []
    out = []
    for p in query.placed:
        key = _key(query, p, form)
        for r in rows:
            if r.key != key or (far := apart(p.text, r.place.text)) is None:
                continue
            relation: Relation = ("conflict" if far else "agree"
                                  if fold(p.text) == fold(r.place.text) else "compatible")
            sign = {"agree": "=", "compatible": "~", "conflict": "vs"}[relation]
            out.append(PlaceAnswer(r, relation, f'place of {p.action}: "{p.text}" {sign} '
                                                f'"{r.place.text}"'))
    return out


def _key(c: Claim, p: Dated, form: NameForm) -> PlaceKey:
    return p.action, p.what, frozenset(form(name.split()[-1]) for name in p.who), c.rounds, p.ahead
