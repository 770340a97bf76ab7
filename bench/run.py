"""claimcheck's benchmarks, in one run on one machine; results go to bench/RESULTS.md.

    python bench/run.py                      # everything (about 20 minutes on 2 cores)
    python bench/run.py --only pipeline,jobs # some of: pipeline, jobs, grouping, cache,
                                             # semantic, events, memory, cluster
    python bench/run.py --only grouping --sizes 1000000 --cdist-sizes ""
                                             # grouping sizes (default 10k, 100k, 1M) and
                                             # cdist sizes ("": keep the last numbers)

What each part measures is in bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from cluster import cluster_section, part_cluster  # noqa: E402
from ecbplus_groups import CORPUS as ECB, EXCLUDE, per_event, stats  # noqa: E402
from measures.results import write_section  # noqa: E402
from memory import memory_section, part_memory  # noqa: E402
from scale import grouping_section, part_grouping  # noqa: E402


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


def _speed_sections(results: dict) -> list[str]:
    """Parts 1 and 2 of RESULTS.md."""
    lines: list[str] = []
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
    return lines


def _cache_section(results: dict) -> list[str]:
    """Part 4 of RESULTS.md."""
    if "cache" not in results:
        return []
    lines: list[str] = []
    r = results["cache"]
    lines += [
        "## 4. Second run with a warm parse cache (`claimcheck report`, whole process)",
        "",
        f"cold: {r['cold_s']:.1f} s; warm: {r['warm_s']:.1f} s; {r['speedup']:.1f}× faster.",
        "",
    ]
    return lines


def _semantic_section(results: dict) -> list[str]:
    """Part 5 of RESULTS.md."""
    if "semantic" not in results:
        return []
    lines: list[str] = []
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
    return lines + _semantic_events(w, m)


def _semantic_events(w: dict, m: dict) -> list[str]:
    """Part 5's table of multi-source groups per event, each path."""
    lines = [
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
    return lines + [""]


def _events_section(results: dict) -> list[str]:
    """Part 6 of RESULTS.md."""
    if "events" not in results:
        return []
    lines: list[str] = []
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
    return lines


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
    lines += _speed_sections(results) + grouping_section(results) + _cache_section(results)
    lines += _semantic_section(results) + _events_section(results)
    return "\n".join(lines + memory_section(results) + cluster_section(results))


def _sizes(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only",
                    default="pipeline,jobs,cache,semantic,events,grouping,memory,cluster")
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--cdist-sizes", default="2000,10000,20000",
                    help='rapidfuzz cdist sizes in the grouping part; "" keeps the last numbers')
    ap.add_argument("--repeat", type=int, default=1,
                    help="grouping runs of each size and path, the fastest kept (a shared machine)")
    args = ap.parse_args()
    saved = HERE / ".results.json"
    results: dict = json.loads(saved.read_text()) if saved.is_file() else {}
    parts = {
        "pipeline": part_pipeline,
        "jobs": part_jobs,
        "cache": part_cache,
        "semantic": part_semantic,
        "events": part_events,
        "grouping": lambda r: part_grouping(r, _sizes(args.sizes), _sizes(args.cdist_sizes),
                                            args.repeat),
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
