"""Agreements: sources that give one measure the same value, however they word it.

Rows of the measure table (`measurerows`) from different sources with one concept and subject, one
occasion, and values that are equal (`agree`: "killed 12" / "the toll stood at 12") or can both be
true (`compatible`: "about 200" / "210") corroborate each other. A fact-checker sees which figures
the coverage agrees on and how many outlets give each, beside the discrepancies. The statement
groups show sentences worded alike; these show one measure told in other words.

A row already shown in a discrepancy is left out: the discrepancy shows every outlet's figure of
its measure. Rows whose measure may differ for a reason that the same figure does not answer (the
scope, an unnamed person, a count of things only its noun names, two stories) are not joined.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Literal, get_args

from .measurerows import MeasureRow, by_measure, measure_name, tally
from .measures import Discrepancy, Pair, components, doubts, same_occasion, two_stories
from .values import compare

Verdict = Literal["agree", "compatible"]
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)  # their order in a report

# doubts (`measures.doubts`) that the same figure answers: two outlets naming other places, a
# pronoun or a figure in other units, that still give one value, tell of one measure. Any other
# doubt (scope, who, what is counted, which story) keeps rows apart.
ANSWERED_DOUBTS = ("place:", "a pronoun", "whose ", "the same number in")


@dataclass(frozen=True)
class Agreement:
    """Sources that give one measure values that agree or can both be true."""

    id: str
    concept: str
    subject: str
    verdict: Verdict
    claims: tuple[str, ...]
    sources: tuple[str, ...]
    rows: tuple[MeasureRow, ...]  # each source's figure of the measure
    reason: str


def find_agreements(rows: Sequence[MeasureRow],
                    found: Sequence[Discrepancy] = ()) -> list[Agreement]:
    """Measures on which two or more sources agree, rows of a discrepancy (`found`) left out;
    `agree` first, then `compatible`, each by its claims."""
    shown = {(r.claim, r.value.start, r.concept) for d in found for r in d.rows}
    left = [r for r in rows if (r.claim, r.value.start, r.concept) not in shown]
    out = [_agreement(concept, subject, part)
           for (concept, subject, _kind), members in sorted(by_measure(left).items())
           for part in components(_agreeing(members))]
    out.sort(key=lambda a: (VERDICTS.index(a.verdict), a.claims))
    return [Agreement(f"a{i + 1:03d}", a.concept, a.subject, a.verdict, a.claims, a.sources,
                      a.rows, a.reason) for i, a in enumerate(out)]


def _agreeing(members: list[MeasureRow]) -> list[Pair]:
    """The pairs of a measure's rows from two sources that tell of one occasion and one story
    and give values that can both be true, nothing but an answered doubt between them."""
    return [(a, b) for a, b in combinations(members, 2)
            if a.source != b.source and compare(a.value, b.value) != "disjoint"
            and same_occasion(a, b) is True and not two_stories(a, b)
            and all(d.startswith(ANSWERED_DOUBTS) for d in doubts(a, b))]


def _agreement(concept: str, subject: str, pairs: list[Pair]) -> Agreement:
    """One agreement: every row of its pairs, `agree` when every pair's values are equal."""
    ids = {id(r): r for pair in pairs for r in pair}
    held = tuple(sorted(ids.values(), key=lambda r: (r.source, r.start, r.value.start)))
    verdict: Verdict = "agree" if all(compare(a.value, b.value) == "equal"
                                      for a, b in pairs) else "compatible"
    what = measure_name(concept, subject)
    head = {"agree": f"Sources agree on {what}",
            "compatible": f"Sources give {what} in figures that can all be true"}[verdict]
    return Agreement("", concept, subject, verdict, tuple(sorted({r.claim for r in held})),
                     tuple(sorted({r.source for r in held})), held, f"{head}: {tally(held)}")
