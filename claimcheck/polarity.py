"""Polarity: whether a source says the opposite of a checked claim.

Two claims say opposite things of one action when one is negated and the other not ("did not
reject" / "rejected"), or when they use opposite predicates (`OPPOSITE_PREDICATES`: "accepted" /
"rejected"). The two cancel out: "did not accept" backs "rejected".
"""

from __future__ import annotations

from .claims import Claim
from .similarity import opposed, predicate_words


def opposite(query: Claim, source: Claim) -> tuple[bool, tuple[str, str] | None]:
    """Whether a source claim says the opposite of a checked claim, and the opposite predicates
    that say so, if any."""
    words = opposed(predicate_words(query.frame, query.core),
                    predicate_words(source.frame, source.core))
    return (query.negated != source.negated) ^ bool(words), words


def in_detail(query: Claim, source: Claim) -> bool:
    """Whether a statement and its negation may differ in a detail only, so that neither
    contradicts the other for sure: either gives a figure ("did not offer 30 days" / "offered 2–3
    days"), or the negated side gives a day ("did not capsize on Saturday" / "capsized on
    Friday"). The other side's day does not matter: "did not veto the bill" contradicts "vetoed
    the bill on Monday"."""
    no = query if query.negated else source
    return bool(no.dated) or any(
        v.kind != "date" or c is no for c in (query, source) for v in c.values)
