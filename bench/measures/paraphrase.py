"""Paraphrase grouping on STS Benchmark news pairs: same-meaning pairs should share a group,
unrelated pairs should not.

Each sentence is an article of its own; each pair is grouped on its own (two sources), so the
measure is whether the tool takes the two sentences to say one thing.
"""

from __future__ import annotations

import csv
import random
import tempfile
from pathlib import Path

from claimcheck import load_corpus

from .events import SHARED, group, parse_sources

PAIRS = SHARED / "eval" / "stsb-train-news-pairs.tsv"


def _pairs(limit: int | None, seed: int) -> list[tuple[str, float, str, str]]:
    with PAIRS.open(encoding="utf-8", newline="") as f:
        rows = [(f"{i:04d}", float(r["score"]), r["sentence1"], r["sentence2"])
                for i, r in enumerate(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))]
    if limit is not None and len(rows) > limit:
        rows = random.Random(seed).sample(rows, limit)
    return sorted(rows)


def measure(*, limit: int | None = None, seed: int = 17) -> dict:
    """Share of pairs scored >= 4 that share a group, and of pairs scored <= 1 that do."""
    pairs = _pairs(limit, seed)
    with tempfile.TemporaryDirectory() as tmp:
        for key, _score, s1, s2 in pairs:
            Path(tmp, f"p{key}a.txt").write_text(s1 + "\n", encoding="utf-8")
            Path(tmp, f"p{key}b.txt").write_text(s2 + "\n", encoding="utf-8")
        claims, _ = parse_sources(list(load_corpus(tmp).sources))
    by_source: dict[str, list] = {}
    for c in claims:
        by_source.setdefault(c.source, []).append(c)
    same = [0, 0]
    unrelated = [0, 0]
    for key, score, _s1, _s2 in pairs:
        a, b = by_source.get(f"p{key}a", []), by_source.get(f"p{key}b", [])
        joined = bool(a and b) and any(len(g.sources) > 1 for g in group(a + b))
        tally = same if score >= 4 else unrelated
        tally[0] += joined
        tally[1] += 1
    return {"same_grouped": tuple(same), "unrelated_grouped": tuple(unrelated)}
