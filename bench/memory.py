"""Peak memory of `claimcheck report` on inputs that once exhausted a run (`run.py --only
memory`): many sources (10,000 one-sentence JSON records), the largest article read (just under
`InputLimits.article_chars`) and a 20 MB article (over it: read and skipped). Each runs as
`python -m claimcheck.cli report` in a child process of its own; its peak RSS is the child's
`ru_maxrss` (from `os.wait4`), model load included. Target: each under 1 GB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = 1024

_SENTENCES = (
    "Officials in {place} said {n} people were hurt when the bridge collapsed on Monday.",
    "The mayor of {place} told reporters that {n} families had been moved to the school.",
    "Rescuers worked through the night, and {n} of them came from {place}, the agency said.",
    "Police in {place} arrested {n} men on Tuesday after the protest turned violent.",
)


def _sentence(i: int) -> str:
    return _SENTENCES[i % len(_SENTENCES)].format(place=f"Town{i % 997}", n=i % 500 + 2)


def _article(chars: int) -> str:
    """News-like paragraphs of five sentences, `chars` characters or just under."""
    out: list[str] = []
    size, i = 0, 0
    while True:
        para = " ".join(_sentence(i + k) for k in range(5)) + "\n\n"
        if size + len(para) > chars:
            return "".join(out)
        out.append(para)
        size += len(para)
        i += 5


def _inputs(folder: Path) -> dict[str, Path]:
    """The corpora measured, each a folder of its own."""
    records = [{"id": f"r{i}", "text": _sentence(i)} for i in range(10_000)]
    made = {
        "10,000 one-sentence JSON records": ("feed.json", json.dumps(records)),
        "an article of 990,000 characters (parsed)": ("long.txt", _article(990_000)),
        "a 20 MB article (over the limit: skipped)": ("huge.txt", _article(20_000_000)),
    }
    out = {}
    for n, (name, (file, text)) in enumerate(made.items()):
        corpus = folder / f"c{n}"
        corpus.mkdir()
        (corpus / file).write_text(text, encoding="utf-8")
        (corpus / "short.txt").write_text(_article(2_000), encoding="utf-8")  # one always read
        out[name] = corpus
    return out


def _peak(corpus: Path, out: Path) -> dict:
    """Seconds and peak RSS (MB) of one `claimcheck report` in a child process."""
    cmd = [sys.executable, "-m", "claimcheck.cli", "report", str(corpus), "--out", str(out),
           "--no-cache", "-q"]
    start = time.perf_counter()
    child = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    assert child.stderr is not None
    error = child.stderr.read().decode(errors="replace").strip()
    child.stderr.close()
    return {"seconds": round(seconds, 1), "peak_mb": round(usage.ru_maxrss / 1024),
            "exit": os.waitstatus_to_exitcode(status), "error": error[-300:]}


def part_memory(results: dict) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        found = {}
        for name, corpus in _inputs(Path(tmp)).items():
            found[name] = _peak(corpus, Path(tmp) / "out")
            print(name, found[name], flush=True)
    results["memory"] = found


def memory_section(results: dict) -> list[str]:
    """The memory part's lines in RESULTS.md."""
    if "memory" not in results:
        return []
    lines = [f"## 7. Peak memory on inputs that exhausted a run (target < {TARGET_MB:,} MB)", "",
             "| input | peak RSS | time | exit |", "|---|---|---|---|"]
    for name, r in results["memory"].items():
        lines.append(f"| {name} | {r['peak_mb']:,} MB | {r['seconds']:.1f} s | {r['exit']} |")
    return lines + [""]
