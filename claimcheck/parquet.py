"""Parquet shards as records: a table with a `text` column (and optional `id`, `title`, `date`,
`outlet`, `url`), one article a row, as a `.jsonl` file holds one a line. An archive exported
from a data warehouse comes as such shards.

Read through pyarrow, which `claimcheck[dask]` brings (it is no dependency of the base install);
without it a Parquet file is listed as skipped, the reason naming the pip command. Only the
columns a record may use are read.
"""

from __future__ import annotations

from pathlib import Path

from .formats import SkipFile

NEEDS_PYARROW = "reading Parquet needs pyarrow: pip install 'claimcheck[dask]'"

# the columns a record's source is made of (`ingest._metadata` reads the same names); others
# are never read off the disk
COLUMNS = ("text", "id", "title", "date", "outlet", "source", "site", "url", "link")


def parquet_records(path: Path) -> tuple[list[tuple[int, dict]], list[str]]:
    """The rows of a Parquet file with a text, numbered from 1, and why others were left out
    (`row N: …`, the other rows are read, as a `.jsonl` file's other lines are).

    Raises:
        SkipFile: pyarrow is missing, the file is no Parquet file, it has no `text` column, or
            no row has any text.
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise SkipFile(NEEDS_PYARROW) from None
    try:
        table = pq.ParquetFile(path)
        names = [c for c in COLUMNS if c in table.schema_arrow.names]
        if "text" not in names:
            raise SkipFile("Parquet file has no 'text' column")
        rows = table.read(columns=names).to_pylist()
    except (OSError, ValueError, pa.ArrowException) as exc:
        raise SkipFile(f"malformed Parquet: {exc}") from None
    found, problems = [], []
    for n, row in enumerate(rows, 1):
        if isinstance(row["text"], str):
            found.append((n, row))
        else:
            problems.append(f"row {n}: no 'text' string")
    if not any(r["text"].strip() for _, r in found):
        raise SkipFile("no record has any text")
    return found, problems
