"""Grouping quality on ECB+: groups, multi-source groups and conflicts per event.

Two ways to run the 40 events:
- as one corpus (the default): a stress test, since the two events of a topic (e.g. 12_ecb and
  12_ecbplus, two pirate captures by the Indian Navy) share their names; counts how many groups
  mix two events.
- `--per-event`: each event folder as its own corpus, the way a user runs claimcheck on a folder
  of articles about one event.

    python bench/ecbplus_groups.py [CORPUS] [--no-semantic] [--per-event] [--cache DIR] [--show]

`--show` prints every conflict (sources, reason) for reading them one by one.
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


def _order(name: str) -> tuple[int, str]:
    return int(name.split("_")[0]), name


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
    order = sorted(per, key=_order)
    return {
        "claims": len(report.claims),
        "groups": len(report.groups),
        "multi": multi,
        "mixed": mixed,
        "mixed_share": mixed / max(1, multi),
        "conflicts": conflicts,
        "mixed_conflicts": mixed_conflicts,
        "per_event": {e: dict(per[e]) for e in order},
    }


def per_event(corpus: Path, *, settings, cache: str | None = None) -> dict[str, object]:
    """Each event folder as its own corpus: its report, by folder name."""
    from claimcheck import build_report

    folders = sorted((p for p in corpus.iterdir() if p.is_dir()), key=lambda p: _order(p.name))
    return {
        p.name: build_report(p, exclude=EXCLUDE, settings=settings, cache=cache) for p in folders
    }


def _show(name: str, report) -> None:
    claims = {c.id: c for c in report.claims}
    for g in report.groups:
        if g.verdict == "conflict":
            print(f"--- {name} {g.id} {' '.join(g.sources)}\n    {g.reason}")
            for cid in g.claims:
                print(f"      [{claims[cid].source}] {claims[cid].text}")


def main() -> None:
    from claimcheck import build_report
    from claimcheck.group import GroupSettings

    argv = sys.argv[1:]
    cache = argv[argv.index("--cache") + 1] if "--cache" in argv else None
    args = [
        a
        for k, a in enumerate(argv)
        if not a.startswith("--") and (k == 0 or argv[k - 1] != "--cache")
    ]
    corpus = Path(args[0]) if args else CORPUS
    settings = GroupSettings(semantic="--no-semantic" not in argv)
    t = time.perf_counter()
    if "--per-event" in argv:
        reports = per_event(corpus, settings=settings, cache=cache)
        elapsed = time.perf_counter() - t
        total = collections.Counter()
        for name, r in reports.items():
            multi = sum(len(g.sources) > 1 for g in r.groups)
            conflicts = sum(g.verdict == "conflict" for g in r.groups)
            total.update(
                groups=len(r.groups), multi=multi, conflicts=conflicts, claims=len(r.claims)
            )
            print(f"  {name:12} groups {len(r.groups):4} multi {multi:3} conflict {conflicts:2}")
            if "--show" in argv:
                _show(name, r)
        print(
            f"time {elapsed:.1f}s, {len(reports)} events: claims {total['claims']}, groups "
            f"{total['groups']}, "
            f"multi-source {total['multi']}, conflicts {total['conflicts']}"
        )
        return
    r = build_report(corpus, exclude=EXCLUDE, settings=settings, cache=cache)
    elapsed = time.perf_counter() - t
    s = stats(r)
    print(f"time {elapsed:.1f}s", r.counts())
    print(
        f"multi-source groups {s['multi']}, mixing events {s['mixed']} "
        f"({100 * s['mixed_share']:.1f}%), "
        f"conflicts {s['conflicts']}, conflicts mixing events {s['mixed_conflicts']}"
    )
    for e, c in s["per_event"].items():
        print(f"  {e:12} groups {c['groups']:4} multi {c['multi']:3} conflict {c['conflict']:2}")
    if "--show" in argv:
        _show("all", r)


if __name__ == "__main__":
    main()
