"""ECB+ on a local Dask cluster of 2 workers against `--jobs 2` (`run.py --only cluster`): the
whole report (`build_report` and writing every format, no cache) on the same machine, each
path's reports compared byte for byte. The cluster's start (its 2 worker processes) is timed
apart from the run; spaCy is loaded in this process before either is timed, as in part 2, so
`--jobs` forks it loaded while each Dask worker loads its own during the run. The load
average (1 minute) before each timing is recorded beside it: on a shared machine the figures
mean little without it.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

WORKERS = 2


def _report(corpus: Path, exclude: tuple[str, ...], **kwargs) -> tuple[float, dict[str, bytes]]:
    """Seconds for one report, and the bytes of every file it wrote."""
    from claimcheck import build_report, write_reports

    start = time.perf_counter()
    report = build_report(corpus, exclude=exclude, **kwargs)
    with tempfile.TemporaryDirectory() as out:
        write_reports(report, out)
        seconds = time.perf_counter() - start
        return seconds, {p.name: p.read_bytes() for p in sorted(Path(out).iterdir())}


def part_cluster(results: dict, corpus: Path, exclude: tuple[str, ...]) -> None:
    from claimcheck import Extractor
    from claimcheck.cluster import connect

    Extractor().nlp("warm up")
    load_jobs = os.getloadavg()[0]
    jobs_s, jobs_files = _report(corpus, exclude, jobs=WORKERS)
    load_start = os.getloadavg()[0]
    start = time.perf_counter()
    with connect(workers=WORKERS) as client:
        start_s = time.perf_counter() - start
        load_dask = os.getloadavg()[0]
        dask_s, dask_files = _report(corpus, exclude, client=client)
    results["cluster"] = {
        "workers": WORKERS, "cores": os.cpu_count(), "jobs_s": jobs_s, "start_s": start_s,
        "dask_s": dask_s, "same_bytes": dask_files == jobs_files,
        "load": {"jobs": load_jobs, "start": load_start, "dask": load_dask},
    }


def cluster_section(results: dict) -> list[str]:
    """The cluster part's lines in RESULTS.md."""
    if "cluster" not in results:
        return []
    r = results["cluster"]
    load = r["load"]
    return [
        f"## 8. A local Dask cluster of {r['workers']} workers against --jobs {r['workers']}", "",
        "ECB+ as one corpus, the whole report, no cache, on the same machine "
        f"({r['cores']} cores). Load average (1 min) before each timing in brackets.", "",
        "| run | time |", "|---|---|",
        f"| `--jobs {r['workers']}` | {r['jobs_s']:.1f} s (load {load['jobs']:.1f}) |",
        f"| `--dask-workers {r['workers']}`: starting the cluster (its processes) | "
        f"{r['start_s']:.1f} s (load {load['start']:.1f}) |",
        f"| `--dask-workers {r['workers']}`: the report (spaCy loaded on each worker) | "
        f"{r['dask_s']:.1f} s (load {load['dask']:.1f}) |",
        "",
        f"The two runs' reports are {'the same' if r['same_bytes'] else 'NOT the same'} byte "
        "for byte.",
        "",
    ]
