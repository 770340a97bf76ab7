"""Both sides of a conflict the sources hold (`check`): a checked claim that one outlet's figure
of a measure backs or contradicts meets every other outlet's figure of that measure too.

The report sets the sources' rows of one measure against each other (`measures.find`); a check
finds its evidence by wording and by its own measure key, and so may meet one side only: "120
firefighters were sent" backed by the outlets saying 120, never set against the one that says
"150 firefighters were deployed", which the report calls a conflict. Once a source row of a
conflict answers the claim (the same figure, or one that cannot agree with it), the claim is of
that measure, and the conflict's other rows answer it as well.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from .compare import Relation, describe
from .measurerows import MeasureRow, measure_name
from .measures import Discrepancy
from .rowanswers import bearing
from .verdicts import Evidence

# the relations of evidence that tie a claim to a source's figure: it agrees, or cannot
_TYING: frozenset[Relation] = frozenset({"agree", "conflict"})
_SIGN: Mapping[Relation, str] = {"agree": "=", "compatible": "~", "conflict": "vs"}


@dataclass(frozen=True)
class Side:
    """A source row a conflict of the sources brings to a checked claim's row, and how it bears."""

    asked: MeasureRow
    row: MeasureRow
    relation: Relation
    measure: str  # the conflict's measure, named ("deaths", "age of roe")

    @property
    def detail(self) -> str:
        """The values compared, as the measure table's evidence words them."""
        return row_detail(self.measure, self.asked, self.row, self.relation)


def row_detail(measure: str, asked: MeasureRow, row: MeasureRow, relation: Relation) -> str:
    """'deaths: "9" (9) vs "11" (11)': a checked claim's value beside a source's."""
    return (f'{measure}: "{asked.value.text}" ({describe(asked.value)}) {_SIGN[relation]} '
            f'"{row.value.text}" ({describe(row.value)})')


def conflicts_by_claim(found: Sequence[Discrepancy]) -> dict[str, list[Discrepancy]]:
    """The sources' conflicts (not the possible discrepancies nor updates), by each claim whose
    rows they show."""
    out: dict[str, list[Discrepancy]] = {}
    for d in found:
        if d.tier == "conflict":
            for claim in dict.fromkeys(r.claim for r in d.rows):
                out.setdefault(claim, []).append(d)
    return out


def other_sides(evidence: Sequence[Evidence], asked: Sequence[MeasureRow],
                held: Mapping[str, Sequence[Discrepancy]]) -> list[Side]:
    """The rows of the sources' conflicts (`held`, by claim) that the evidence ties a checked
    claim's rows to, from source claims the evidence does not already weigh (or only relates),
    each with how its figure bears on the claim's."""
    weighed = {e.claim for e in evidence if e.relation != "related"}
    out: list[Side] = []
    seen: set[str] = set()
    for a in asked:
        for d in _tied(a, evidence, held):
            for row in d.rows:
                if row.claim in weighed or row.claim in seen or row.value.kind != a.value.kind:
                    continue
                seen.add(row.claim)
                out.append(Side(a, row, bearing(a.value, row.value),
                                measure_name(d.concept, d.subject)))
    return out


def _tied(asked: MeasureRow, evidence: Sequence[Evidence],
          held: Mapping[str, Sequence[Discrepancy]]) -> Iterator[Discrepancy]:
    """The conflicts one of whose rows a piece of evidence holds with a figure that answers the
    claim's: the same, or, for a conflict of the claim's own measure, one that cannot agree
    with it (any two figures differ: "killed 41" against a storm's "Category 3")."""
    done: set[int] = set()
    for e in evidence:
        if e.relation not in _TYING:
            continue
        for d in held.get(e.claim, ()):
            if e.relation == "conflict" and d.concept != asked.concept:
                continue
            if id(d) not in done and any(
                    r.claim == e.claim and r.value.kind == asked.value.kind
                    and bearing(asked.value, r.value) == e.relation for r in d.rows):
                done.add(id(d))
                yield d
