"""Parquet shards (`parquet.py`): one article a row, read as the same records a `.jsonl` file
holds; what cannot be read is listed under `skipped` with why."""

from __future__ import annotations

import json
import sys

import pytest

from claimcheck import load_corpus

ARTICLE = "Rescuers said 12 miners were trapped after the collapse on Monday."
RECORDS = [
    {"id": "w1", "text": ARTICLE, "outlet": "Wire One", "date": "2025-06-02",
     "url": "https://w1.example/a", "title": "Collapse"},
    {"id": None, "text": ARTICLE.replace("12", "14"), "outlet": "Wire Two", "date": None,
     "url": None, "title": None},
]


def _shard(path, records):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    pd.DataFrame(records).to_parquet(path)


def _fields(source):
    return (source.id, source.text, source.title, source.date, source.outlet, source.url,
            source.warnings)


def test_a_parquet_shard_gives_the_sources_its_jsonl_gives(tmp_path):
    (tmp_path / "p").mkdir()
    (tmp_path / "j").mkdir()
    _shard(tmp_path / "p/feed.parquet", RECORDS)
    (tmp_path / "j/feed.jsonl").write_text(
        "".join(json.dumps({k: v for k, v in r.items() if v is not None}) + "\n"
                for r in RECORDS), encoding="utf-8")
    shard, lines = load_corpus(tmp_path / "p"), load_corpus(tmp_path / "j")
    assert [_fields(s) for s in shard.sources] == [_fields(s) for s in lines.sources]
    assert [s.id for s in shard.sources] == ["w1", "feed#2"]
    assert {(s.path, s.format) for s in shard.sources} == {("feed.parquet", "parquet")}
    assert shard.skipped == ()


def test_a_timestamp_column_is_read_as_a_date(tmp_path):
    pd = pytest.importorskip("pandas")
    _shard(tmp_path / "feed.parquet",
           [{"text": ARTICLE, "date": pd.Timestamp("2025-06-02 16:07")}])
    assert load_corpus(tmp_path).sources[0].date == "2025-06-02"


@pytest.mark.parametrize("records, reason", [
    pytest.param([RECORDS[0], {"id": "x", "text": None}], "row 2: no 'text' string",
                 id="row-without-text"),
    pytest.param([{"id": "x", "body": ARTICLE}], "Parquet file has no 'text' column",
                 id="no-text-column"),
    pytest.param([{"id": "x", "text": "  "}], "no record has any text", id="blank-texts"),
])
def test_what_a_shard_cannot_give_is_listed(tmp_path, records, reason):
    _shard(tmp_path / "feed.parquet", records)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")  # the corpus still has an article
    corpus = load_corpus(tmp_path)
    assert [(s.path, s.reason) for s in corpus.skipped] == [("feed.parquet", reason)]


def test_a_file_that_is_no_parquet_is_skipped(tmp_path):
    pytest.importorskip("pyarrow")
    (tmp_path / "feed.parquet").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (skipped,) = load_corpus(tmp_path).skipped
    assert skipped.reason.startswith("malformed Parquet: ")


def test_a_shard_over_max_file_size_is_not_read(tmp_path):
    _shard(tmp_path / "feed.parquet", RECORDS)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (skipped,) = load_corpus(tmp_path, max_file_size=100).skipped
    assert skipped.reason.endswith("bytes, over --max-file-size 100")


def test_without_pyarrow_a_shard_is_skipped_with_the_pip_command(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    (tmp_path / "feed.parquet").write_bytes(b"PAR1")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert [s.path for s in corpus.sources] == ["a.txt"]
    assert [(s.path, s.reason) for s in corpus.skipped] == [
        ("feed.parquet", "reading Parquet needs pyarrow: pip install 'claimcheck[dask]'")]
