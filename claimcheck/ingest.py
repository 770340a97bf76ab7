"""Ingest: turn a corpus folder or a list of files into `Source` records made of text blocks.

Formats: `.txt`, `.md` (YAML front matter), `.html`/`.htm` (article text, not page chrome),
`.json` (an object or a list), `.jsonl`, `.csv` (a `text` column). A `sources.csv` at the corpus
root maps file names to outlet, url, date and title. Nothing here judges content: blocks are the
paragraphs as the format lays them out, each with a map back to the text as read. How each
format is laid out in blocks is in `formats.py`; this module finds the files, decodes them, reads
records (JSON, JSONL, CSV) and metadata, and lists what it skips.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from .discover import discover, expand_globs, special_file
from .errors import InputError
from .formats import Block, SkipFile as _SkipFile, html_blocks, md_blocks, text_blocks
from .parquet import parquet_records
from .settings import INPUT_LIMITS
from .textmap import TextMap
from .untrusted import bad_date, calendar_date, crash_reason, crash_trace, load_json, scrub

FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html",
           ".htm": "html", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
           ".parquet": "parquet"}
RECORD_FORMATS = ("json", "jsonl", "csv", "parquet")  # a file of these holds an article a record
SOURCES_FILE = "sources.csv"
ALIASES_FILE = "aliases.csv"
DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """One article: its text as read (the base of every offset) and its metadata."""

    id: str
    path: str
    text: str
    blocks: tuple[Block, ...] = field(repr=False, default=())
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    format: str = "txt"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Skipped:
    """An input file (or record) that was not processed, and why."""

    path: str
    reason: str
    trace: str = field(default="", compare=False, repr=False)  # a crash's traceback, for --debug


@dataclass(frozen=True)
class Corpus:
    """What ingest read: the corpus root, the sources and the files it had to skip."""

    root: str
    sources: tuple[Source, ...]
    skipped: tuple[Skipped, ...]


# --------------------------------------------------------------------------- corpus discovery

@dataclass(frozen=True)
class Listing:
    """The files of a corpus before any is read: what `load_corpus` reads, and what a Dask
    cluster's workers read in parts (`cluster.py`)."""

    root: str
    files: tuple[tuple[Path, str], ...]  # (path, path relative to the root), in path order
    skipped: tuple[Skipped, ...]  # entries not read (links out, pipes, a file reached twice)
    meta: dict[str, dict[str, str]]  # `sources.csv`: metadata by relative path


def list_corpus(
    paths: str | Path | Sequence[str | Path],
    *,
    exclude: tuple[str, ...] = (),
    follow_symlinks: bool = False,
) -> Listing:
    """The files under `paths` (folders, searched recursively, files, or globs such as
    `archive/**/*.jsonl`); which files make the corpus is `discover.discover`'s to say
    (`follow_symlinks` lets links lead out of it). Metadata and alias tables are no articles.

    Raises:
        InputError: a path does not exist, or a glob matches nothing.
    """
    given = [Path(p) for p in ([paths] if isinstance(paths, (str, Path)) else paths)]
    if not given:
        raise InputError("no corpus given: name a folder or files of articles")
    items, bases = expand_globs(given)
    root = _root(bases)
    files, passed = discover(items, root, follow_symlinks=follow_symlinks,
                             excluded=lambda rel: any(Path(rel).match(g) for g in exclude))
    # a name's bytes that are not UTF-8 are shown as U+FFFD (no output could encode them)
    named = [(f, scrub(rel)) for f, rel in files]
    return Listing(
        str(root),
        tuple((f, rel) for f, rel in named if rel not in (SOURCES_FILE, ALIASES_FILE)),
        tuple(Skipped(scrub(rel), reason) for rel, reason in passed),
        _read_sources_csv(root / SOURCES_FILE) if (root / SOURCES_FILE).is_file() else {},
    )


def load_corpus(
    paths: str | Path | Sequence[str | Path],
    *,
    exclude: tuple[str, ...] = (),
    max_file_size: int = DEFAULT_MAX_FILE_SIZE,
    follow_symlinks: bool = False,
) -> Corpus:
    """Read every article under `paths` (see `list_corpus`).

    Raises:
        InputError: a path does not exist, or no readable file was found.
    """
    listing = list_corpus(paths, exclude=exclude, follow_symlinks=follow_symlinks)
    sources, partial = read_files(listing.files, max_file_size, listing.meta)
    skipped = listing.skipped + tuple(partial)
    if not sources:
        raise unreadable(listing.root, skipped)
    ids = unique_ids([(s.id, s.path) for s in sources])
    sources = [s if i == s.id else replace(s, id=i) for s, i in zip(sources, ids, strict=True)]
    return Corpus(root=listing.root, sources=tuple(sources), skipped=skipped)


def unreadable(root: str, skipped: Sequence[Skipped]) -> InputError:
    """The error for a corpus with no readable article, naming the first files skipped."""
    detail = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:5])
    return InputError(f"no readable article in {root}" + (f" ({detail})" if detail else ""))


def _root(items: list[Path]) -> Path:
    """The corpus root (paths are reported relative to it): the folder given, else the folder
    the files given have in common.

    Raises:
        InputError: a path does not exist or is a broken link.
    """
    for p in items:
        if p.is_symlink() and not p.exists():
            raise InputError(f"corpus path is a broken symbolic link or a link loop: {p}")
        if not p.exists():
            hint = (" (the default, a folder named corpus here: give the folder of articles)"
                    if p == Path("corpus") else "")
            raise InputError(f"corpus path not found: {p}{hint}")
    if len(items) == 1 and items[0].is_dir():
        return items[0]
    parents = [p if p.is_dir() else p.parent for p in items]
    return Path(_common_dir(parents))


def read_files(files: Sequence[tuple[Path, str]], max_file_size: int,
               meta: dict[str, dict[str, str]]) -> tuple[list[Source], list[Skipped]]:
    """The sources of corpus files (path, relative path), in order, and what of them could not
    be read, with why. Ids are each file's own: `unique_ids` settles clashes over the corpus."""
    sources: list[Source] = []
    skipped: list[Skipped] = []
    for f, rel in files:
        try:
            read, partial = read_file(f, rel=rel, max_file_size=max_file_size, meta=meta.get(rel))
            sources.extend(read)
            skipped.extend(partial)
        except _SkipFile as exc:
            skipped.append(Skipped(rel, str(exc)))
        except Exception as exc:  # a bug on one file costs that file, not the run
            skipped.append(Skipped(rel, crash_reason("reading", exc), crash_trace(exc)))
    return sources, skipped


def _common_dir(dirs: list[Path]) -> str:
    import os.path

    return os.path.commonpath([str(d.resolve()) for d in dirs])


def unique_ids(sources: Sequence[tuple[str, str]], counts: dict[str, int] | None = None,
               ) -> list[str]:
    """Each source's id (given its id and path, in corpus order), unique: on a clash (a.txt and
    a.md) the later ones keep their extension. `counts` (each id's sources so far, updated)
    settles a corpus in parts, in order, as the parts are read."""
    counts = {} if counts is None else counts
    out = []
    for sid, path in sources:
        new = sid
        if sid in counts:
            suffix = Path(path).suffix
            from_file = suffix and sid == Path(path).with_suffix("").as_posix()
            new = f"{sid}{suffix}" if from_file else f"{sid}~{counts[sid] + 1}"
        counts[sid] = counts.get(sid, 0) + 1
        out.append(new)
    return out


def _read_sources_csv(path: Path) -> dict[str, dict[str, str]]:
    import pandas as pd

    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
    except Exception as exc:  # pandas raises several parser errors
        raise InputError(f"{path.name} cannot be read as CSV: {exc}") from None
    key = next((c for c in ("file", "path", "filename") if c in df.columns), None)
    if key is None:
        raise InputError(f"{path.name} needs a 'file' column naming each article file")
    meta: dict[str, dict[str, str]] = {}
    for row in cast(list[dict[str, Any]], df.to_dict("records")):
        name = row.pop(key).strip()
        meta[name] = {k: v.strip() for k, v in row.items() if v and v.strip()}
    return meta


def load_aliases(path: str | Path) -> dict[str, str]:
    """An alias table: CSV with columns `alias,canonical` ("Kyiv,Ukraine").

    Raises:
        InputError: the file is missing or lacks the two columns.
    """
    import pandas as pd

    path = Path(path)
    if not path.is_file():
        raise InputError(f"alias file not found: {path}")
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
    except Exception as exc:
        raise InputError(f"{path} cannot be read as CSV: {exc}") from None
    if not {"alias", "canonical"} <= set(df.columns):
        raise InputError(f"{path} needs the columns 'alias' and 'canonical'")
    return {
        a.strip(): c.strip()
        for a, c in zip(df["alias"], df["canonical"], strict=False)
        if a.strip() and c.strip()
    }


# --------------------------------------------------------------------------- one file

def read_file(
    path: str | Path,
    *,
    rel: str | None = None,
    max_file_size: int = DEFAULT_MAX_FILE_SIZE,
    meta: dict[str, str] | None = None,
) -> tuple[list[Source], list[Skipped]]:
    """Read one file into one source (or one per record for json, jsonl and csv), and the parts
    of it that could not be read (a malformed JSONL line: the other lines are still read).

    Raises:
        _SkipFile: nothing in the file can be read; the message says why.
    """
    path = Path(path)
    rel = rel or path.name
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise _SkipFile(f"unsupported file type '{path.suffix or path.name}'")
    stem = Path(rel).with_suffix("").as_posix()
    meta = dict(meta or {})
    if fmt == "parquet":
        _check_file(path, max_file_size)
        return _record_sources(*parquet_records(path), rel=rel, stem=stem, fmt=fmt, warnings=(),
                               meta=meta)
    text, warnings = _read_text(path, max_file_size)
    if fmt in ("json", "jsonl", "csv"):
        return _record_sources(*_records(text, fmt), rel=rel, stem=stem, fmt=fmt,
                               warnings=warnings, meta=meta)
    if too_long := _too_long(text):
        raise _SkipFile(too_long)
    if fmt == "html":
        blocks, found = html_blocks(text)
    elif fmt == "md":
        blocks, found = md_blocks(text)
    else:
        blocks, found = text_blocks(TextMap(text)), {}
    if not blocks:
        raise _SkipFile("no article text found")
    found.update(meta)
    fields, remarks = _metadata(found)
    source = Source(id=stem, path=rel, text=text, blocks=tuple(blocks), format=fmt,
                    warnings=warnings + remarks, **fields)
    return [source], []


def _too_long(text: str) -> str:
    """Why an article is too long to read, or ""."""
    limit = INPUT_LIMITS.article_chars
    if len(text) <= limit:
        return ""
    return f"article is {len(text):,} characters, over the {limit:,} one article may have"


def _check_file(path: Path, max_file_size: int) -> None:
    """Refuse a file that is no regular file or is over `max_file_size`, before it is opened.

    Raises:
        _SkipFile: the file is a pipe, socket or device, too large, or cannot be looked at.
    """
    try:
        info = path.stat()
    except OSError as exc:
        raise _SkipFile(f"cannot read file: {exc.strerror or exc}") from None
    if why := special_file(info.st_mode):  # named on the command line: a FIFO would block
        raise _SkipFile(why)
    if info.st_size > max_file_size:
        raise _SkipFile(f"file is {info.st_size:,} bytes, over --max-file-size {max_file_size:,}")


def _read_text(path: Path, max_file_size: int) -> tuple[str, tuple[str, ...]]:
    """A file's text and the remark on decoding it, if any.

    Raises:
        _SkipFile: the file is too large, unreadable, binary, empty or only whitespace.
    """
    _check_file(path, max_file_size)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _SkipFile(f"cannot read file: {exc.strerror or exc}") from None
    text, warning = decode(data)
    if not text.strip():
        raise _SkipFile("empty file" if not text else "file holds only whitespace")
    return text, (warning,) if warning else ()


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode bytes as UTF-8 (BOM allowed) or UTF-16 (BOM); fall back to Windows-1252 with a
    warning.

    Raises:
        _SkipFile: the bytes look binary.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            raise _SkipFile("invalid UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise _SkipFile("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    controls = sum(1 for b in data[:8192] if b < 9 or 13 < b < 32)
    if controls > 8:
        raise _SkipFile("binary file (not text in UTF-8, UTF-16 or Windows-1252)")
    return data.decode("cp1252", errors="replace"), "not valid UTF-8; read as Windows-1252"


def _metadata(found: dict[str, str]) -> tuple[dict[str, str | None], tuple[str, ...]]:
    """The metadata fields of a source, and a warning for a date that names no day (ignored)."""
    out: dict[str, str | None] = {}
    out["title"] = (found.get("title") or "").strip() or None
    out["outlet"] = (
        found.get("outlet") or found.get("source") or found.get("site") or ""
    ).strip() or None
    out["url"] = (found.get("url") or found.get("link") or "").strip() or None
    out["date"] = normalize_date(str(found["date"])) if found.get("date") else None
    return out, (bad_date(str(found["date"])),) if found.get("date") and not out["date"] else ()


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def normalize_date(text: str) -> str | None:
    """ISO `YYYY-MM-DD` for a metadata date in any common form, or None (also for a day the
    calendar does not have, "2025-02-30")."""
    if _ISO.match(text.strip()):
        return calendar_date(text)
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


# --------------------------------------------------------------------------- records

def _records(text: str, fmt: str) -> tuple[list[tuple[int, dict]], list[str]]:
    """Records with a text, numbered from 1 (the JSONL line number), and why others were left
    out."""
    if fmt == "json":
        try:
            data = load_json(text)
        except json.JSONDecodeError as exc:
            raise _SkipFile(
                f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
            ) from None
        data = data if isinstance(data, list) else [data]
        if not all(isinstance(r, dict) for r in data):
            raise _SkipFile("JSON must be an object or a list of objects with a 'text' field")
        return list(enumerate(_with_text(data), 1)), []
    if fmt == "jsonl":
        rows, problems = [], []
        for i, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = load_json(line)
            except json.JSONDecodeError as exc:
                problems.append(f"line {i}: malformed JSON ({exc.msg})")
                continue
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                problems.append(f"line {i}: not a JSON object with a 'text' string")
                continue
            rows.append((i, row))
        if rows and not any(r["text"].strip() for _, r in rows):
            raise _SkipFile("no record has any text")
        return rows, problems
    import io

    import pandas as pd

    try:
        df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except Exception as exc:
        raise _SkipFile(f"malformed CSV: {exc}") from None
    if "text" not in df.columns:
        raise _SkipFile("CSV has no 'text' column")
    return list(enumerate(_with_text(df.to_dict("records")), 1)), []


def _with_text(rows: list[dict]) -> list[dict]:
    missing = [i for i, r in enumerate(rows, 1) if not isinstance(r.get("text"), str)]
    if missing:
        raise _SkipFile(f"record {missing[0]} has no 'text' string")
    if not any(r["text"].strip() for r in rows):
        raise _SkipFile("no record has any text")
    return rows


def _record_sources(rows: list[tuple[int, dict]], problems: list[str], *, rel: str, stem: str,
                    fmt: str, warnings: tuple[str, ...], meta: dict[str, str],
                    ) -> tuple[list[Source], list[Skipped]]:
    """The sources of a file's records (numbered from 1), and its records not read, with why.

    Raises:
        _SkipFile: no record can be read.
    """
    problems = problems + [f"record {n}: {why}" for n, r in rows if (why := _too_long(r["text"]))]
    rows = [(n, r) for n, r in rows if not _too_long(r["text"])]
    if not rows:
        raise _SkipFile("; ".join(problems) or "no record with a 'text' field")
    return ([_record_source(r, rel=rel, stem=stem, n=n, fmt=fmt, warnings=warnings, meta=meta)
             for n, r in rows], [Skipped(rel, p) for p in problems])


def _record_source(row: dict, *, rel: str, stem: str, n: int, fmt: str, warnings: tuple[str, ...],
                   meta: dict[str, str]) -> Source:
    text = row["text"]
    found = {k: str(v) for k, v in row.items() if k != "text" and v not in (None, "")}
    found.update(meta)
    rid = str(row["id"]).strip() if row.get("id") not in (None, "") else f"{stem}#{n}"
    fields, remarks = _metadata(found)
    return Source(id=rid, path=rel, text=text, blocks=tuple(text_blocks(TextMap(text))), format=fmt,
                  warnings=warnings + remarks, **fields)
