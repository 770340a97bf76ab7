"""Event mixing: the dev events as one corpus; groups and conflicts whose claims come from two.

A corpus can mix events (a day's wire feed); a group holding claims of two events is a wrong
merge or a statement true of both, and a conflict across two events is a false alarm.
"""

from __future__ import annotations

from .events import Event, discrepancies, event_of, group


def measure(events: dict[str, Event]) -> dict:
    """Multi-source groups and conflicts (conflict groups and conflicts the measure table
    finds), and how many of each mix two events."""
    claims = [c for ev in events.values() for c in ev.claims]
    source_of = {c.id: c.source for c in claims}
    multi = mixed = conflicts = mixed_conflicts = 0
    for g in group(claims):
        touched = {event_of(source_of[cid]) for cid in g.claims}
        if g.verdict == "conflict":
            conflicts += 1
            mixed_conflicts += len(touched) > 1
        if len(g.sources) > 1:
            multi += 1
            mixed += len(touched) > 1
    published = {k: v for ev in events.values() for k, v in ev.published.items()}
    for d in discrepancies(claims, published):
        if d.tier == "conflict":
            conflicts += 1
            mixed_conflicts += len({event_of(s) for s in d.sources}) > 1
    return {"events": len(events), "multi_source_groups": multi, "mixed_groups": mixed,
            "conflicts": conflicts, "mixed_conflicts": mixed_conflicts}
