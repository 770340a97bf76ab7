"""claimcheck on a Dask cluster writes the report the local run writes, byte for byte; a cluster
that cannot be used is a one-line error (exit 2), never a traceback.

One `LocalCluster` (2 worker processes, a thread and 1 GiB each) serves the module. The tests
that need it skip when claimcheck[dask] is not installed (CI installs it); the error for a
missing extra is tested with the import blocked, so it runs either way.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT
from typer.testing import CliRunner

from claimcheck import build_report, write_reports
from claimcheck.cli import app
from claimcheck.pipeline import extract

runner = CliRunner()
MADEUP = ROOT / "tests/data/madeup-event"  # five outlets whose figures disagree: discrepancies


@pytest.fixture(scope="module")
def client() -> Iterator:
    pytest.importorskip("distributed")
    from claimcheck.cluster import connect

    with connect(workers=2, memory_limit="1GiB") as c:
        yield c


def _records(folder: Path) -> list[dict]:
    """The made-up event's articles as records (`sources.csv` metadata as columns)."""
    import csv

    rows = csv.DictReader((folder / "sources.csv").read_text(encoding="utf-8").splitlines())
    meta = {r["file"]: r for r in rows}
    return [{"id": p.stem, "text": p.read_text(encoding="utf-8"), "outlet": meta[p.name]["outlet"],
             "date": meta[p.name]["date"], "url": f"https://example.org/{p.stem}"}
            for p in sorted(folder.glob("*.txt"))]


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus of shards: JSONL and Parquet (records with and without ids, a malformed line,
    a row without text), and files whose ids clash across the corpus (a.txt / a.md)."""
    folder = tmp_path_factory.mktemp("shards")
    records = _records(MADEUP)
    lines = [json.dumps(r) for r in records[:3]] + ["{not json"]
    lines += [json.dumps({k: v for k, v in r.items() if k != "id"}) for r in records[3:]]
    (folder / "part-0.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "a.txt").write_text(records[0]["text"], encoding="utf-8")
    (folder / "a.md").write_text(records[1]["text"], encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    if _has("pyarrow"):
        import pandas as pd

        frame = pd.DataFrame(records[2:] + [{"id": "blank", "text": None}])
        frame.drop(columns="id").to_parquet(folder / "part-1.parquet")
        frame.to_parquet(folder / "part-2.parquet")
    return folder


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _written(report, folder: Path) -> dict[str, bytes]:
    write_reports(report, folder)
    return _files(folder)


@pytest.mark.parametrize("corpus", [
    pytest.param(lambda _s: MADEUP, id="madeup-event-discrepancies"),
    pytest.param(lambda s: s, id="jsonl-parquet-shards"),
    pytest.param(lambda s: str(s / "*.jsonl"), id="glob-of-shards"),
])
def test_cluster_report_is_the_local_report_byte_for_byte(client, shards, corpus, tmp_path):
    path = corpus(shards)
    local = _written(build_report(path), tmp_path / "local")
    dask = _written(build_report(path, client=client), tmp_path / "dask")
    assert sorted(dask) == ["claims.csv", "discrepancies.csv", "groups.csv", "report.html",
                            "report.json", "report.md"]
    assert dask == local
    assert json.loads(dask["report.json"])["summary"]["claims"] > 0


def test_shards_corpus_reads_every_record_and_lists_what_it_skips(client, shards):
    """What the byte comparison above rests on: the shards corpus holds what it was made to."""
    report = build_report(shards, client=client)
    ids = [s.id for s in report.sources]
    assert {"a", "a.txt", "01_ledger", "part-0#5", "part-0#6"} <= set(ids)
    assert len(ids) == len(set(ids))
    reasons = {(s.path, s.reason) for s in report.skipped}
    assert ("empty.txt", "empty file") in reasons
    assert any(path == "part-0.jsonl" and why.startswith("line 4: ") for path, why in reasons)
    if _has("pyarrow"):
        assert {"part-1#1", "part-1#3", "03_courier~2"} <= set(ids)
        assert ("part-2.parquet", "row 4: no 'text' string") in reasons
    assert report.discrepancies


def test_extract_on_a_cluster_gives_the_local_claims(client):
    local, dask = extract(MADEUP), extract(MADEUP, client=client)
    assert dask.claims == local.claims
    assert dask.dropped == local.dropped
    assert [c.source.id for c in dask.cleaned] == [c.source.id for c in local.cleaned]
    assert all(c.blocks for c in dask.cleaned)  # the API's extract keeps what cleaning made


def test_workers_share_the_parse_cache_under_the_local_keys(client, tmp_path):
    """The workers write the cache folder they are given; a local run then finds every source
    there (it writes no entry of its own) and reports the same bytes."""
    cache = tmp_path / "cache"
    dask = _written(build_report(MADEUP, client=client, cache=cache), tmp_path / "dask")
    entries = sorted(p.relative_to(cache) for p in cache.rglob("*.json"))
    assert len(entries) == 5
    local = _written(build_report(MADEUP, cache=cache), tmp_path / "local")
    assert sorted(p.relative_to(cache) for p in cache.rglob("*.json")) == entries
    assert dask == local


def test_cli_report_on_a_running_scheduler(client, tmp_path):
    address = client.scheduler.address
    result = runner.invoke(app, ["report", str(MADEUP), "--scheduler", address, "--no-cache",
                                 "--out", str(tmp_path / "dask"), "-q"])
    assert result.exit_code == 0, result.output
    local = runner.invoke(app, ["report", str(MADEUP), "--no-cache", "--out",
                                str(tmp_path / "local"), "-q"])
    assert local.exit_code == 0, local.output
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")


def test_a_model_missing_on_the_workers_is_a_one_line_error(client, tmp_path):
    result = runner.invoke(app, ["report", str(MADEUP), "--scheduler", client.scheduler.address,
                                 "--model", "en_no_such_pipeline", "--no-cache", "--out",
                                 str(tmp_path / "o")])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: spaCy model 'en_no_such_pipeline' is not installed")
    assert not (tmp_path / "o").exists()


def test_cli_dask_workers_writes_the_committed_reports(tmp_path):
    """`--dask-workers 2` starts a local cluster of its own; `reports/` is the local run's
    output for the seed corpus (tests/test_cli.py keeps it current)."""
    pytest.importorskip("distributed")
    result = runner.invoke(app, ["report", str(CORPUS), "--dask-workers", "2", "--no-cache",
                                 "--out", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    assert _files(tmp_path) == _files(ROOT / "reports")


def test_unreachable_scheduler_is_a_one_line_error(tmp_path):
    pytest.importorskip("distributed")
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}
    run = subprocess.run(
        [sys.executable, "-m", "claimcheck.cli", "report", str(CORPUS), "--scheduler",
         "tcp://127.0.0.1:1", "--out", str(tmp_path / "out")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2, run.stderr
    assert run.stderr.startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:1:")
    assert "Traceback" not in run.stderr and len(run.stderr.splitlines()) == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args, message", [
    pytest.param(["--scheduler", "nohost"], "cannot reach the Dask scheduler at nohost: missing "
                 "port number", id="address-without-port"),
    pytest.param(["--scheduler", "tcp://127.0.0.1:1", "--dask-workers", "2"],
                 "--scheduler and --dask-workers: give one", id="both"),
    pytest.param(["--dask-workers", "2", "--jobs", "2"], "drop --jobs", id="with-jobs"),
])
def test_bad_cluster_options_exit_2(args, message, tmp_path):
    if args[:2] == ["--scheduler", "nohost"]:
        pytest.importorskip("distributed")
    result = runner.invoke(app, ["report", str(CORPUS), "--out", str(tmp_path / "o"), *args])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: ") and message in result.output
    assert not (tmp_path / "o").exists()


def test_missing_dask_extra_names_the_pip_command(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` fails
    monkeypatch.delitem(sys.modules, "claimcheck.cluster", raising=False)
    result = runner.invoke(app, ["report", str(CORPUS), "--dask-workers", "2", "--out",
                                 str(tmp_path / "o")])
    assert result.exit_code == 2, result.output
    assert result.output == ("Error: running on Dask needs claimcheck[dask] (distributed is "
                             "missing): pip install 'claimcheck[dask]'\n")
