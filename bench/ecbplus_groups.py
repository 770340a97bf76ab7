"""Grouping quality on ECB+ (40 events as one corpus): groups, multi-source groups, conflicts per
event, and how many groups mix two events. Usage: python bench/ecbplus_groups.py [CORPUS]"""

import collections
import sys
import time
from pathlib import Path

from claimcheck import build_report

CORPUS = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared/corpora/ecbplus-dev"

t = time.perf_counter()
r = build_report(CORPUS, exclude=("README.md", "*.TXT"))
elapsed = time.perf_counter() - t
event = lambda sid: sid.split("/")[0]
print(f"time {elapsed:.1f}s", r.counts())
per = collections.defaultdict(collections.Counter)
multi = mixed = mixed_conflicts = 0
for g in r.groups:
    events = {event(s) for s in g.sources}
    if len(g.sources) > 1:
        multi += 1
        if len(events) > 1:
            mixed += 1
            mixed_conflicts += g.verdict == "conflict"
    for e in events:
        per[e]["groups"] += 1
        per[e]["multi"] += len(g.sources) > 1
        per[e]["conflict"] += g.verdict == "conflict"
print(f"multi-source groups {multi}, mixing events {mixed} ({100 * mixed / max(1, multi):.1f}%), "
      f"conflicts mixing events {mixed_conflicts}")
for e in sorted(per, key=lambda x: (int(x.split("_")[0]), x)):
    print(f"  {e:12} groups {per[e]['groups']:4} multi {per[e]['multi']:3} conflict {per[e]['conflict']:2}")
