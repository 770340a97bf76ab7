"""Real discrepancies: score each event's report against the gold built by reading it.

`tests/gold/ecbplus-dev.yaml` lists, per event (the `event` key of each entry), the numeric
discrepancies between outlets a reader found, figure agreements worded differently, and
look-alike pairs that must stay apart. An event's conflicts that no gold finding explains are
false alarms, since the gold lists every discrepancy of an event it covers.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from claimcheck.evaluate import Gold, evaluate, load_gold

from .events import ROOT, Event, findings, group, report_dict

GOLD = ROOT / "tests" / "gold" / "ecbplus-dev.yaml"
# ten more events read the same way after the rules were written, scored only: a rule written
# from its misses would make it one more development set
HELDOUT = ROOT / "tests" / "gold" / "ecbplus-heldout.yaml"


def events_of(path: Path = GOLD) -> list[str]:
    """The events the gold file covers, in file order."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for item in (data.get("findings") or []) + (data.get("apart") or []):
        if item["event"] not in names:
            names.append(item["event"])
    return names


def _subset(gold: Gold, ids: set[str]) -> Gold:
    return Gold(tuple(f for f in gold.findings if f.id in ids),
                tuple(f for f in gold.apart if f.id in ids))


def measure(events: dict[str, Event], path: Path = GOLD) -> dict:
    """Per event and in total: conflict precision and recall, agreement recall, traps kept apart."""
    gold = load_gold(path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = (data.get("findings") or []) + (data.get("apart") or [])
    owner = {str(i["id"]): i["event"] for i in entries}
    rows: dict[str, dict] = {}
    for name in events_of(path):
        ev = events[name]
        found, agreed = findings(ev.claims, ev.published)
        result = evaluate(report_dict(ev.claims, group(ev.claims), found, agreed),
                          _subset(gold, {k for k, v in owner.items() if v == name}))
        rows[name] = {
            "conflict_precision": (result.conflict_precision.hits, result.conflict_precision.total),
            "conflict_recall": (result.conflict_recall.hits, result.conflict_recall.total),
            "discrepancy_recall": (result.discrepancy_recall.hits,
                                   result.discrepancy_recall.total),
            "agreement_recall": (result.agreement_recall.hits, result.agreement_recall.total),
            "apart": (sum(o.holds for o in result.apart), len(result.apart)),
            "missed": [o.id for o in result.findings if not o.holds and o.expect == ("conflict",)],
            "false_conflicts": list(result.false_conflicts),
        }
    total = {k: (sum(r[k][0] for r in rows.values()), sum(r[k][1] for r in rows.values()))
             for k in ("conflict_precision", "conflict_recall", "discrepancy_recall",
                       "agreement_recall", "apart")}
    return {"events": rows, "total": total}
