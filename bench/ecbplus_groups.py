"""Grouping quality on ECB+ (40 events as one corpus): groups, multi-source groups, conflicts per
event, and how many groups mix two events.

    python bench/ecbplus_groups.py [CORPUS] [--no-semantic]
"""

from __future__ import annotations

import collections
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpora/ecbplus-dev"
EXCLUDE = ("README.md", "*.TXT")


def event(source_id: str) -> str:
    """'12_ecbplus/12_3ecbplus' → '12_ecbplus': the event folder a source comes from."""
    return source_id.split("/")[0]


def stats(report) -> dict:
    """Counts over the whole corpus and per event (a group counts for every event it touches)."""
    per: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    multi = mixed = mixed_conflicts = conflicts = 0
    for g in report.groups:
        events = {event(s) for s in g.sources}
        conflicts += g.verdict == "conflict"
        if len(g.sources) > 1:
            multi += 1
            if len(events) > 1:
                mixed += 1
                mixed_conflicts += g.verdict == "conflict"
        for e in events:
            per[e]["groups"] += 1
            per[e]["multi"] += len(g.sources) > 1
            per[e]["conflict"] += g.verdict == "conflict"
    order = sorted(per, key=lambda x: (int(x.split("_")[0]), x))
    return {"claims": len(report.claims), "groups": len(report.groups), "multi": multi, "mixed": mixed,
            "mixed_share": mixed / max(1, multi), "conflicts": conflicts, "mixed_conflicts": mixed_conflicts,
            "per_event": {e: dict(per[e]) for e in order}}


def main() -> None:
    from claimcheck import build_report
    from claimcheck.group import GroupSettings

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus = Path(args[0]) if args else CORPUS
    settings = GroupSettings(semantic="--no-semantic" not in sys.argv)
    t = time.perf_counter()
    r = build_report(corpus, exclude=EXCLUDE, settings=settings)
    elapsed = time.perf_counter() - t
    s = stats(r)
    print(f"time {elapsed:.1f}s", r.counts())
    print(f"multi-source groups {s['multi']}, mixing events {s['mixed']} ({100 * s['mixed_share']:.1f}%), "
          f"conflicts {s['conflicts']}, conflicts mixing events {s['mixed_conflicts']}")
    for e, c in s["per_event"].items():
        print(f"  {e:12} groups {c['groups']:4} multi {c['multi']:3} conflict {c['conflict']:2}")


if __name__ == "__main__":
    main()
