"""Grouping at scale (`run.py --only grouping`): `group_claims` alone on synthetic claims made
from the ECB+ claims, time and peak memory, both paths; rapidfuzz's all-pairs `cdist` beside it.

    python bench/run.py --only grouping                             # 10k, 100k and 1M claims
    python bench/run.py --only grouping --sizes 1000000 --cdist-sizes ""   # the million alone
    python bench/run.py --only grouping --repeat 2           # the fastest of two runs each

Each measure runs in a child process of its own (`python bench/scale.py group N PATH`). Memory
is the machine's memory in use (see `MemWatch`): grouping forks a process to embed the texts
on the other core, and the two together are what a run takes.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from ecbplus_groups import CORPUS as ECB, EXCLUDE  # noqa: E402


def base_claims():
    """The claims of ECB+ (parsed once, then from a cache under bench/.cache)."""
    from claimcheck.pipeline import extract

    return list(extract(ECB, exclude=EXCLUDE, cache=HERE / ".cache").claims)


def _pseudo(word: str, k: int) -> str:
    """A made-up word standing for `word` in copy k (letters only, so it looks like a name)."""
    import hashlib

    h = int.from_bytes(hashlib.blake2b(f"{word}|{k}".encode(), digest_size=8).digest(), "big")
    out = ""
    while h and len(out) < 9:
        h, r = divmod(h, 26)
        out += chr(97 + r)
    return out


def synthetic(n: int, seed: int = 7):
    """n claims made by varying the real ones: copy k of the corpus is another world of events
    with its own names (every word fewer than 50 base claims use, and every entity word, is
    replaced by a made-up word of its own), its own sources, and one word in three of each frame
    dropped at random. Common words stay shared across copies, as they are across real events.
    Copy 0 is the corpus itself."""
    from collections import Counter

    base = base_claims()
    df = Counter(t for c in base for t in set(c.frame.split()))
    rnd = random.Random(seed)
    out = []
    k = 0
    while len(out) < n:
        for c in base:
            if len(out) >= n:
                break
            if k == 0:
                out.append(c)
                continue
            words = [
                w if w.startswith("<") or df[w] >= 50 else _pseudo(w, k) for w in c.frame.split()
            ]
            words = [w for w in words if rnd.random() > 1 / 3] or words[:1]
            ents = tuple(
                (" ".join(_pseudo(w.lower(), k) for w in t.split()), label)
                for t, label in c.entities
            )
            src = f"{c.source}~{k}"
            # the text (what the meaning signal reads) is the altered frame: copies must not
            # share the original wording the frame no longer has
            out.append(
                replace(
                    c,
                    id=f"{src}#{len(out)}",
                    source=src,
                    frame=" ".join(words),
                    entities=ents,
                    text=" ".join(w for w in words if not w.startswith("<")),
                )
            )
        k += 1
    return out


class MemWatch:
    """The highest memory in use while a block runs, sampled every 20 ms, and the CPU time this
    process and its children spent. Memory is the machine's (MemTotal - MemAvailable): it counts
    the process and the one it forks to embed the texts, each page once (their proportional set
    sizes would too, but reading them takes some 60 ms a time for a heap of 2 GB); nothing else
    should run. `own` is this process's resident memory alone."""

    def __enter__(self):
        self.page = os.sysconf("SC_PAGE_SIZE")
        self.before, self.own_before = self._used(), self._rss()
        self.peak, self.own_peak = self.before, self.own_before
        self._cpu = self._cpu_now()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    @staticmethod
    def _used() -> int:
        with open("/proc/meminfo") as f:
            info = {k: int(v.split()[0]) for k, v in (line.split(":", 1) for line in f)}
        return (info["MemTotal"] - info["MemAvailable"]) * 1024

    def _rss(self) -> int:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * self.page

    @staticmethod
    def _cpu_now() -> float:
        mine, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF,
                                                       resource.RUSAGE_CHILDREN))
        return mine.ru_utime + mine.ru_stime + kids.ru_utime + kids.ru_stime

    def _sample(self) -> None:
        self.peak = max(self.peak, self._used())
        self.own_peak = max(self.own_peak, self._rss())

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self._sample()

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self._sample()
        self.cpu = self._cpu_now() - self._cpu

    @property
    def grown_mb(self) -> float:
        return (self.peak - self.before) / 2 ** 20

    @property
    def own_mb(self) -> float:
        return (self.own_peak - self.own_before) / 2 ** 20


def group_once(n: int, path: str) -> dict:
    """`group_claims` on n synthetic claims. `path`: "semantic" (the default) or "words"
    (--no-semantic); the semantic time includes loading the embedding model."""
    import gc

    from claimcheck import group_claims
    from claimcheck.group import GroupSettings

    claims = synthetic(n)
    gc.collect()
    with MemWatch() as mem:
        start = time.perf_counter()
        groups = group_claims(claims, settings=GroupSettings(semantic=path == "semantic"))
        seconds = time.perf_counter() - start
    return {"claims": n, "path": path, "seconds": seconds, "cpu_s": mem.cpu,
            "groups": len(groups), "multi_source": sum(len(g.sources) > 1 for g in groups),
            "before_mb": mem.own_before / 2 ** 20, "grown_mb": mem.grown_mb,
            "own_mb": mem.own_mb, "load": os.getloadavg()[0]}


def cdist_once(n: int, _path: str = "") -> dict:
    """rapidfuzz all-pairs: every frame against every frame, the cost grouping avoids."""
    import numpy as np
    from rapidfuzz import fuzz, process

    frames = [c.frame for c in synthetic(n)]
    with MemWatch() as mem:
        start = time.perf_counter()
        process.cdist(frames, frames, scorer=fuzz.token_set_ratio, score_cutoff=70,
                      dtype=np.uint8, workers=-1)
        seconds = time.perf_counter() - start
    return {"claims": n, "seconds": seconds, "grown_mb": mem.grown_mb}


def _child(fn: str, n: int, path: str = "semantic") -> dict:
    out = subprocess.run([sys.executable, __file__, fn, str(n), path],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _fastest(n: int, path: str, repeat: int) -> dict:
    """The fastest of `repeat` runs (the machine may be shared), with every run's time."""
    runs = [_child("group", n, path) for _ in range(repeat)]
    return min(runs, key=lambda r: r["seconds"]) | {"runs": [r["seconds"] for r in runs]}


def part_grouping(results: dict, sizes: list[int], cdist_sizes: list[int],
                  repeat: int = 1) -> None:
    base_claims()  # fill the cache before timing anything
    results["grouping"] = [_fastest(n, p, repeat) for n in sizes for p in ("words", "semantic")]
    if cdist_sizes:
        results["cdist"] = [_child("cdist", n) for n in cdist_sizes]


def grouping_section(results: dict) -> list[str]:
    """Part 3 of RESULTS.md."""
    if "grouping" not in results:
        return []
    lines = [
        "## 3. Grouping at scale (target: 1M claims < 2 min on 2 cores, memory linear)",
        "",
        "Synthetic claims: copies of the ECB+ claims with made-up names (see `bench/scale.py`). "
        "Memory: the peak the machine's memory in use rose by while grouping ran, the process "
        "and the one it forks to embed the texts together (the process alone in brackets); per "
        "claim, that peak over the claims, and its growth from the size before over the claims "
        "added (what each further claim costs). CPU: both processes. Load: the 1-minute load "
        "average at the end. Each row is the fastest of its runs (all runs' times last).",
        "",
        "| claims | path | time | CPU | groups | multi-source | peak memory added | per claim "
        "| per claim added | process before grouping | load | runs |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    last: dict[str, dict] = {}
    for r in results["grouping"]:
        path = r.get("path", "words")
        prev = last.get(path)
        added = ""
        if prev and r["claims"] > prev["claims"]:
            more = (r["grown_mb"] - prev["grown_mb"]) * 2 ** 20 / (r["claims"] - prev["claims"])
            added = f"{more:,.0f} B"
        lines.append(
            f"| {r['claims']:,} | {path} | {r['seconds']:.1f} s | {r.get('cpu_s', 0):.1f} s | "
            f"{r['groups']:,} | {r['multi_source']:,} | {r['grown_mb']:,.0f} MB "
            f"({r.get('own_mb', r['grown_mb']):,.0f} MB) | "
            f"{r['grown_mb'] * 2 ** 20 / r['claims']:,.0f} B | {added} | "
            f"{r['before_mb']:,.0f} MB | {r.get('load', 0):.1f} | "
            f"{', '.join(f'{t:.1f} s' for t in r.get('runs', [r['seconds']]))} |"
        )
        last[path] = r
    lines += ["", "rapidfuzz all-pairs `cdist` (token_set_ratio, uint8, all cores), for "
              "comparison:", "", "| claims | time | memory added (peak) |", "|---|---|---|"]
    for r in results.get("cdist", []):
        lines.append(f"| {r['claims']:,} | {r['seconds']:.1f} s | {r['grown_mb']:,.0f} MB |")
    return lines + [""]


if __name__ == "__main__":
    fn, n, path = sys.argv[1:4]
    print(json.dumps((group_once if fn == "group" else cdist_once)(int(n), path)))
