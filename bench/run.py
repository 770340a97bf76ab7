"""claimcheck's benchmarks, in one run on one machine; results go to bench/RESULTS.md.

    python bench/run.py                      # everything (about 20 minutes on 2 cores)
    python bench/run.py --only pipeline,jobs # some of: pipeline, jobs, grouping, cache,
                                             # semantic, events, memory, cluster
    python bench/run.py --sizes 10000,100000 # grouping sizes (default 10k, 100k, 1M)

What each part measures is in bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from cluster import cluster_section, part_cluster  # noqa: E402
from ecbplus_groups import CORPUS as ECB, EXCLUDE, per_event, stats  # noqa: E402
from measures.results import write_section  # noqa: E402
from memory import memory_section, part_memory  # noqa: E402


def timed(fn, *args, **kwargs):
    t = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t


# --------------------------------------------------------------------------- 1. pipeline vs spaCy


def bare_spacy(corpus, extractor) -> float:
    """`nlp.pipe` alone over the same cleaned text, with the same model and batch size."""
    from claimcheck import clean, load_corpus

    loaded = load_corpus(corpus, exclude=EXCLUDE)
    texts = [b.text for s in loaded.sources for b in clean(s, is_word=extractor.is_word).blocks]
    t = time.perf_counter()
    for _ in extractor.nlp.pipe(texts, batch_size=extractor.batch_size):
        pass
    return time.perf_counter() - t


def full_report(corpus, *, jobs: int = 1) -> float:
    """What `claimcheck report` does, model already loaded: read, clean, parse, split, group,
    render."""
    from claimcheck import build_report, write_reports

    t = time.perf_counter()
    report = build_report(corpus, exclude=EXCLUDE, jobs=jobs)
    with tempfile.TemporaryDirectory() as out:
        write_reports(report, out)
    return time.perf_counter() - t


def part_pipeline(results: dict) -> None:
    from claimcheck import Extractor

    extractor = Extractor()
    extractor.nlp("warm up")
    whole_bare = bare_spacy(ECB, extractor)
    whole_full = full_report(ECB)
    events = sorted(p for p in ECB.iterdir() if p.is_dir())
    per_bare = sum(bare_spacy(e, extractor) for e in events)
    per_full = sum(full_report(e) for e in events)
    results["pipeline"] = {
        "whole corpus": {
            "spacy_s": whole_bare,
            "claimcheck_s": whole_full,
            "ratio": whole_full / whole_bare,
        },
        f"per event ({len(events)} runs)": {
            "spacy_s": per_bare,
            "claimcheck_s": per_full,
            "ratio": per_full / per_bare,
        },
    }


# --------------------------------------------------------------------------- 2. --jobs


def part_jobs(results: dict) -> None:
    one = full_report(ECB, jobs=1)
    two = full_report(ECB, jobs=2)
    results["jobs"] = {
        "jobs=1_s": one,
        "jobs=2_s": two,
        "speedup": one / two,
        "cores": os.cpu_count(),
    }


# --------------------------------------------------------------------------- 3. grouping at scale


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


class RssWatch:
    """The highest resident memory of this process while a block runs, sampled every 20 ms
    (ru_maxrss would also count what was loaded before the block)."""

    def __enter__(self):
        import threading

        self.page = os.sysconf("SC_PAGE_SIZE")
        self.before = self.peak = self._rss()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _rss(self) -> int:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * self.page

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, self._rss())

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._rss())

    @property
    def grown_mb(self) -> float:
        return (self.peak - self.before) / 2 ** 20


def group_once(n: int, path: str) -> dict:
    """Run in a child process so its memory is its own. `path`: "semantic" (the default) or
    "words" (--no-semantic); the semantic time includes loading the embedding model."""
    import gc

    from claimcheck import group_claims
    from claimcheck.group import GroupSettings

    claims = synthetic(n)
    gc.collect()
    with RssWatch() as rss:
        groups, seconds = timed(
            group_claims, claims, settings=GroupSettings(semantic=path == "semantic")
        )
    return {"claims": n, "path": path, "seconds": seconds, "groups": len(groups),
            "multi_source": sum(len(g.sources) > 1 for g in groups),
            "before_mb": rss.before / 2 ** 20, "grown_mb": rss.grown_mb}


def cdist_once(n: int, _path: str = "") -> dict:
    """rapidfuzz all-pairs: every frame against every frame, the cost grouping avoids."""
    import numpy as np
    from rapidfuzz import fuzz, process

    frames = [c.frame for c in synthetic(n)]
    with RssWatch() as rss:
        scores, seconds = timed(
            process.cdist,
            frames,
            frames,
            scorer=fuzz.token_set_ratio,
            score_cutoff=70,
            dtype=np.uint8,
            workers=-1,
        )
    return {"claims": n, "seconds": seconds, "grown_mb": rss.grown_mb}


def child(fn: str, n: int, path: str = "semantic") -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", fn, str(n), path],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def part_grouping(results: dict, sizes: list[int]) -> None:
    base_claims()  # fill the cache before timing anything
    results["grouping"] = [child("group", n, path) for n in sizes for path in ("words", "semantic")]
    results["cdist"] = []
    for n in (2_000, 10_000, 20_000):
        results["cdist"].append(child("cdist", n))


# --------------------------------------------------------------------------- 4. cache


def part_cache(results: dict) -> None:
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as out:
        cmd = ["claimcheck", "report", str(ECB), "--out", out, "-q", "--cache", cache,
               *[a for g in EXCLUDE for a in ("--exclude", g)]]
        _, cold = timed(subprocess.run, cmd, check=True)
        _, warm = timed(subprocess.run, cmd, check=True)
    results["cache"] = {"cold_s": cold, "warm_s": warm, "speedup": cold / warm}


# --------------------------------------------------------------------------- 5. semantic vs words


def part_semantic(results: dict) -> None:
    """ECB+ as one corpus on each path, words only (--no-semantic) and semantic (the default).

    Quality: groups, multi-source groups, groups and conflicts mixing events, per event.
    Time: the whole `report` pipeline with no cache (parse included), once per path, in the
    order words, semantic, semantic, words; and, as the two paths differ only after the parse,
    the same pipeline on a warm parse cache, five times per path alternating, median. Every
    semantic run loads the embedding model afresh; spaCy is loaded before any run is timed."""
    import statistics

    from claimcheck import Extractor, build_report, semantic
    from claimcheck.group import GroupSettings

    Extractor().nlp("warm up")
    out: dict[str, dict] = {
        "words": {"runs_s": [], "warm_s": []},
        "semantic": {"runs_s": [], "warm_s": []},
    }

    def run(path: str, **kwargs):
        semantic._model.cache_clear()
        settings = GroupSettings(semantic=path == "semantic")
        return timed(build_report, ECB, exclude=EXCLUDE, settings=settings, **kwargs)

    for path in ("words", "semantic", "semantic", "words"):
        report, seconds = run(path)
        out[path]["runs_s"].append(seconds)
        out[path].update(stats(report))
    with tempfile.TemporaryDirectory() as cache:
        run("words", cache=cache)  # fill the cache
        for _ in range(5):
            for path in ("words", "semantic"):
                out[path]["warm_s"].append(run(path, cache=cache)[1])
    for r in out.values():
        r["seconds"] = statistics.mean(r["runs_s"])
        r["warm_median_s"] = statistics.median(r["warm_s"])
    results["semantic"] = out


# --------------------------------------------------------------------------- 6. event by event


def part_events(results: dict) -> None:
    """Each ECB+ event folder as its own corpus, the way a user runs claimcheck on a folder of
    articles about one event, on both paths: groups, multi-source groups and conflicts per event."""
    from claimcheck.group import GroupSettings

    out = {}
    with tempfile.TemporaryDirectory() as cache:
        for path in ("words", "semantic"):
            reports = per_event(
                ECB, settings=GroupSettings(semantic=path == "semantic"), cache=cache
            )
            out[path] = {
                name: {
                    "groups": len(r.groups),
                    "multi": sum(len(g.sources) > 1 for g in r.groups),
                    "conflict": sum(g.verdict == "conflict" for g in r.groups),
                }
                for name, r in reports.items()
            }
    results["events"] = out


# --------------------------------------------------------------------------- RESULTS.md


def _cell_get(c: dict) -> str:
    """A results cell: groups / multi-source groups / conflicts (0 when missing)."""
    return f"{c.get('groups', 0)} / {c.get('multi', 0)} / {c.get('conflict', 0)}"


def _cell(c: dict) -> str:
    """A results cell: groups / multi-source groups / conflicts."""
    return f"{c['groups']} / {c['multi']} / {c['conflict']}"


def _total(d: dict, k: str) -> int:
    """The sum of one count over every event."""
    return sum(c[k] for c in d.values())


def write_results(results: dict) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Written by `python bench/run.py` on {dt.date.today().isoformat()}: {os.cpu_count()} "
        f"cores, "
        f"Python {platform.python_version()}, {platform.machine()}. Corpus: "
        f"shared/corpora/ecbplus-dev "
        "(40 events, 462 articles).",
        "",
    ]
    if "pipeline" in results:
        lines += ["## 1. claimcheck report against bare spaCy (target ≤ 1.3×)", "",
                  "| run | bare `nlp.pipe` | claimcheck report | ratio |", "|---|---|---|---|"]
        for name, r in results["pipeline"].items():
            lines.append(
                f"| {name} | {r['spacy_s']:.1f} s | {r['claimcheck_s']:.1f} s | {r['ratio']:.2f}× |"
            )
        lines.append("")
    if "jobs" in results:
        r = results["jobs"]
        lines += [
            "## 2. --jobs 2 against one process (target ≥ 1.7×)",
            "",
            f"jobs=1: {r['jobs=1_s']:.1f} s; jobs=2: {r['jobs=2_s']:.1f} s; speedup "
            f"{r['speedup']:.2f}× "
            f"on {r['cores']} cores.",
            "",
        ]
    if "grouping" in results:
        lines += [
            "## 3. Grouping at scale (target: 1M claims < 2 min on 2 cores, memory linear)",
            "",
            "Synthetic claims: copies of the ECB+ claims with made-up names (see `synthetic`).",
            "",
            "| claims | path | time | groups | multi-source | memory grouping added (peak) | per "
            "claim | "
            "process before grouping |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for r in results["grouping"]:
            lines.append(
                f"| {r['claims']:,} | {r.get('path', 'words')} | {r['seconds']:.1f} s | "
                f"{r['groups']:,} | {r['multi_source']:,} | "
                f"{r['grown_mb']:,.0f} MB | {r['grown_mb'] * 1024 / r['claims']:.1f} KB | "
                f"{r['before_mb']:,.0f} MB |"
            )
        lines += [
            "",
            "rapidfuzz all-pairs `cdist` (token_set_ratio, uint8, all cores), for comparison:",
            "",
            "| claims | time | memory added (peak) |",
            "|---|---|---|",
        ]
        for r in results["cdist"]:
            lines.append(f"| {r['claims']:,} | {r['seconds']:.1f} s | {r['grown_mb']:,.0f} MB |")
        lines.append("")
    if "cache" in results:
        r = results["cache"]
        lines += [
            "## 4. Second run with a warm parse cache (`claimcheck report`, whole process)",
            "",
            f"cold: {r['cold_s']:.1f} s; warm: {r['warm_s']:.1f} s; {r['speedup']:.1f}× faster.",
            "",
        ]
    if "semantic" in results:
        w, m = results["semantic"]["words"], results["semantic"]["semantic"]
        lines += [
            "## 5. The meaning signal: semantic (default) against words only (`--no-semantic`)",
            "",
            "ECB+ as one corpus, the whole `report` pipeline. A group *mixes events* when its "
            "sources come "
            "from two event folders (a wrong merge, or a statement true of both). No cache: parse "
            "included, mean of two runs per path (order words, semantic, semantic, words); on this "
            "machine such runs vary by 10–25 %. Warm cache: the paths differ only after the parse, "
            "so the same runs on a warm parse cache (median of five per path, alternating, the "
            "embedding model loaded afresh each time) show what the meaning signal adds.",
            "",
            "| | words only | semantic | change |",
            "|---|---|---|---|",
        ]
        rows = [
            ("multi-source groups", "multi", "{:,}"),
            ("… mixing two events", "mixed", "{:,}"),
            ("share mixing", "mixed_share", "{:.1%}"),
            ("conflicts", "conflicts", "{:,}"),
            ("conflicts mixing events", "mixed_conflicts", "{:,}"),
            ("groups", "groups", "{:,}"),
            ("whole run, no cache", "seconds", "{:.1f} s"),
            ("whole run, warm cache", "warm_median_s", "{:.2f} s"),
        ]
        for name, key, fmt in rows:
            change = (
                f"{m[key] - w[key]:+.2f} s ({m[key] / w[key] - 1:+.1%})"
                if key in ("seconds", "warm_median_s")
                else f"{m[key] - w[key]:+,}"
                if isinstance(w[key], int)
                else ""
            )
            lines.append(f"| {name} | {fmt.format(w[key])} | {fmt.format(m[key])} | {change} |")
        lines += [
            "",
            "Multi-source groups per event (groups / multi-source / conflicts; a group counts for "
            "every event it touches):",
            "",
            "| event | words only | semantic |",
            "|---|---|---|",
        ]
        for e in m["per_event"]:
            a, b = w["per_event"].get(e, {}), m["per_event"][e]
            lines.append(f"| {e} | {_cell_get(a)} | {_cell_get(b)} |")
        lines.append("")
    if "events" in results:
        w, m = results["events"]["words"], results["events"]["semantic"]
        lines += ["## 6. Event by event: each ECB+ folder as its own corpus", "",
                  "How a user runs claimcheck: one folder of articles about one event per report "
                  "(groups / multi-source groups / conflicts).", "",
                  "| event | words only | semantic |", "|---|---|---|"]
        for e in m:
            lines.append(f"| {e} | {_cell(w[e])} | {_cell(m[e])} |")
        lines.append(
            f"| all {len(m)} | {_total(w, 'groups'):,} / {_total(w, 'multi'):,} / "
            f"{_total(w, 'conflict')} | "
            f"{_total(m, 'groups'):,} / {_total(m, 'multi'):,} / {_total(m, 'conflict')} |"
        )
        lines.append("")
    return "\n".join(lines + memory_section(results) + cluster_section(results))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only",
                    default="pipeline,jobs,cache,semantic,events,grouping,memory,cluster")
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        fn, n, path = args.child
        print(json.dumps((group_once if fn == "group" else cdist_once)(int(n), path)))
        return
    saved = HERE / ".results.json"
    results: dict = json.loads(saved.read_text()) if saved.is_file() else {}
    parts = {
        "pipeline": part_pipeline,
        "jobs": part_jobs,
        "cache": part_cache,
        "semantic": part_semantic,
        "events": part_events,
        "grouping": lambda r: part_grouping(r, [int(x) for x in args.sizes.split(",")]),
        "memory": part_memory,
        "cluster": lambda r: part_cluster(r, ECB, EXCLUDE),
    }
    for name in args.only.split(","):
        parts[name](results)
        # written after each part, so a failure later keeps what was measured; a run of some
        # parts keeps the other parts' last numbers (bench/.results.json)
        saved.write_text(json.dumps(results, indent=1), encoding="utf-8")
        write_section(HERE / "RESULTS.md", "speed", write_results(results))
    print(write_results(results))


if __name__ == "__main__":
    main()
