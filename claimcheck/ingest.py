"""Ingest: turn a corpus folder or a list of files into `Source` records made of text blocks.

Formats: `.txt`, `.md` (YAML front matter), `.html`/`.htm` (article text, not page chrome),
`.json` (an object or a list), `.jsonl`, `.csv` (a `text` column). A `sources.csv` at the corpus
root maps file names to outlet, url, date and title. Nothing here judges content: blocks are the
paragraphs as the format lays them out, each with a map back to the text as read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from array import array

from .errors import InputError
from .textmap import TextMap

FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html",
           ".htm": "html", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
SOURCES_FILE = "sources.csv"
ALIASES_FILE = "aliases.csv"
DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024


@dataclass(frozen=True)
class Block:
    """One paragraph as the format lays it out; `map` ties its text to the source text."""

    map: TextMap
    heading: bool = False

    @property
    def text(self) -> str:
        return self.map.text


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


@dataclass(frozen=True)
class Corpus:
    """What ingest read: the corpus root, the sources and the files it had to skip."""

    root: str
    sources: tuple[Source, ...]
    skipped: tuple[Skipped, ...]


class _SkipFile(Exception):
    """Raised inside ingest for a file that is listed under `skipped`."""


# --------------------------------------------------------------------------- corpus discovery

def load_corpus(paths: str | Path | list[str | Path], *, exclude: tuple[str, ...] = (),
                max_file_size: int = DEFAULT_MAX_FILE_SIZE) -> Corpus:
    """Read every article under `paths` (a folder, searched recursively, or files).

    Raises:
        InputError: a path does not exist, or no readable file was found.
    """
    items = [Path(p) for p in ([paths] if isinstance(paths, (str, Path)) else paths)]
    if not items:
        raise InputError("no corpus given: name a folder or files of articles")
    for p in items:
        if p.is_symlink() and not p.exists():
            raise InputError(f"corpus path is a broken symbolic link or a link loop: {p}")
        if not p.exists():
            raise InputError(f"corpus path not found: {p}")
    if len(items) == 1 and items[0].is_dir():
        root = items[0]
    else:
        parents = [p if p.is_dir() else p.parent for p in items]
        root = Path(_common_dir(parents))
    files: list[Path] = []
    skipped: list[Skipped] = []
    for p in items:
        found, dead = _walk(p) if p.is_dir() else ([p], [])
        files.extend(found)
        skipped.extend(Skipped(_rel(d, root), "symbolic link loop or broken link") for d in dead
                       if not any(Path(_rel(d, root)).match(g) for g in exclude))
    meta = _read_sources_csv(root / SOURCES_FILE) if (root / SOURCES_FILE).is_file() else {}
    sources: list[Source] = []
    seen: set[Path] = set()
    for f in sorted(set(files), key=lambda q: _rel(q, root)):
        rel = _rel(f, root)
        try:
            real = f.resolve(strict=True)
        except (OSError, RuntimeError):
            skipped.append(Skipped(rel, "symbolic link loop or broken link"))
            continue
        if real in seen:
            continue
        seen.add(real)
        if rel in (SOURCES_FILE, ALIASES_FILE):
            continue
        if any(Path(rel).match(g) for g in exclude):
            continue
        try:
            found, partial = read_file(f, rel=rel, max_file_size=max_file_size, meta=meta.get(rel))
            sources.extend(found)
            skipped.extend(partial)
        except _SkipFile as exc:
            skipped.append(Skipped(rel, str(exc)))
    sources = _unique_ids(sources)
    if not sources:
        detail = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:5])
        raise InputError(f"no readable article in {root}" + (f" ({detail})" if detail else ""))
    return Corpus(root=str(root), sources=tuple(sources), skipped=tuple(skipped))


def _walk(folder: Path) -> tuple[list[Path], list[Path]]:
    """Files under `folder` (symlinked folders are not followed, so a link loop cannot recur),
    and links that lead nowhere (broken, or a loop), which are reported as skipped."""
    files: list[Path] = []
    dead: list[Path] = []
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            files.append(p)
        elif p.is_symlink() and not p.exists():
            dead.append(p)
    return files, dead


def _common_dir(dirs: list[Path]) -> str:
    import os.path

    return os.path.commonpath([str(d.resolve()) for d in dirs])


def _rel(path: Path, root: Path) -> str:
    try:
        return (path.parent.resolve() / path.name).relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name


def _unique_ids(sources: list[Source]) -> list[Source]:
    """Keep ids unique: on a clash (a.txt and a.md) the later ones keep their extension."""
    counts: dict[str, int] = {}
    out = []
    for s in sources:
        sid = s.id
        if sid in counts:
            suffix = Path(s.path).suffix
            from_file = suffix and s.id == Path(s.path).with_suffix("").as_posix()
            sid = f"{s.id}{suffix}" if from_file else f"{s.id}~{counts[s.id] + 1}"
        counts[s.id] = counts.get(s.id, 0) + 1
        out.append(s if sid == s.id else replace(s, id=sid))
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
    meta = {}
    for row in df.to_dict("records"):
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
    return {a.strip(): c.strip() for a, c in zip(df["alias"], df["canonical"]) if a.strip() and c.strip()}


MAX_CLAIM_CHARS = 5000


def read_claims_file(path: str | Path) -> list[tuple[str, str]]:
    """Claims to check, as `(id, text)`: `.txt` one claim a line (id = line number), `.csv` with a
    `claim` column and an optional `id` column, `.jsonl` records `{"id", "claim"}`. Blank lines
    and blank claims are not claims and are left out; ids default to the line or row number.

    Raises:
        InputError: the file is missing, unreadable, of another type, malformed, or a claim is
            longer than MAX_CLAIM_CHARS (a claim is a sentence or two, not an article).
    """
    import json

    p = Path(path)
    if not p.is_file():
        raise InputError(f"claims file not found: {p}")
    try:
        text = p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p} is not UTF-8 text (byte {exc.start}): save it as UTF-8") from None
    except OSError as exc:
        raise InputError(f"cannot read {p}: {exc.strerror or exc}") from None
    kind = p.suffix.lower()
    items: list[tuple[str, str]] = []
    if kind in (".txt", ".text", ""):
        items = [(str(n), line.strip()) for n, line in enumerate(text.splitlines(), 1)]
    elif kind == ".jsonl":
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{p}, line {n}: not valid JSON ({exc.msg})") from None
            if not isinstance(rec, dict) or not isinstance(rec.get("claim"), str):
                raise InputError(f'{p}, line {n}: each line needs a "claim" string, e.g. {{"id": "c1", "claim": "..."}}')
            items.append((str(rec.get("id", n)), rec["claim"].strip()))
    elif kind == ".csv":
        import io

        import pandas as pd

        try:
            df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
        except Exception as exc:  # pandas raises several parser errors
            raise InputError(f"{p} cannot be read as CSV: {str(exc).splitlines()[0]}") from None
        if "claim" not in df.columns:
            raise InputError(f"{p} has no 'claim' column (found: {', '.join(map(str, df.columns)) or 'none'})")
        ids = df["id"] if "id" in df.columns else [str(n) for n in range(1, len(df) + 1)]
        items = [(str(i) or str(n), c.strip()) for n, (i, c) in enumerate(zip(ids, df["claim"]), 1)]
    else:
        raise InputError(f"{p}: unknown claims file type {kind!r}: use .txt, .csv or .jsonl")
    for cid, claim in items:
        if len(claim) > MAX_CLAIM_CHARS:
            raise InputError(f"{p}, claim {cid}: {len(claim):,} characters, over the {MAX_CLAIM_CHARS:,} "
                             "a claim may have: split it into sentences")
    items = [(cid, claim) for cid, claim in items if claim]
    if not items:
        raise InputError(f"{p} holds no claim: give one claim a line (.txt), a 'claim' column (.csv) "
                         'or {"claim": ...} records (.jsonl)')
    return items


# --------------------------------------------------------------------------- one file

def read_file(path: str | Path, *, rel: str | None = None, max_file_size: int = DEFAULT_MAX_FILE_SIZE,
              meta: dict[str, str] | None = None) -> tuple[list[Source], list[Skipped]]:
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
    try:
        size = path.stat().st_size
        if size > max_file_size:
            raise _SkipFile(f"file is {size:,} bytes, over --max-file-size {max_file_size:,}")
        data = path.read_bytes()
    except OSError as exc:
        raise _SkipFile(f"cannot read file: {exc.strerror or exc}") from None
    text, warning = decode(data)
    if not text.strip():
        raise _SkipFile("empty file" if not text else "file holds only whitespace")
    warnings = (warning,) if warning else ()
    stem = Path(rel).with_suffix("").as_posix()
    meta = dict(meta or {})
    if fmt in ("json", "jsonl", "csv"):
        rows, problems = _records(text, fmt)
        if not rows:
            raise _SkipFile("; ".join(problems) or "no record with a 'text' field")
        return ([_record_source(r, rel=rel, stem=stem, n=n, fmt=fmt, warnings=warnings, meta=meta)
                 for n, r in rows], [Skipped(rel, p) for p in problems])
    if fmt == "html":
        blocks, found = html_blocks(text)
    elif fmt == "md":
        blocks, found = md_blocks(text)
    else:
        blocks, found = text_blocks(TextMap(text)), {}
    if not blocks:
        raise _SkipFile("no article text found")
    found.update(meta)
    return [Source(id=stem, path=rel, text=text, blocks=tuple(blocks), format=fmt, warnings=warnings,
                   **_metadata(found))], []


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode bytes as UTF-8 (BOM allowed) or UTF-16 (BOM); fall back to Windows-1252 with a warning.

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


def _metadata(found: dict[str, str]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    out["title"] = (found.get("title") or "").strip() or None
    out["outlet"] = (found.get("outlet") or found.get("source") or found.get("site") or "").strip() or None
    out["url"] = (found.get("url") or found.get("link") or "").strip() or None
    out["date"] = normalize_date(str(found["date"])) if found.get("date") else None
    return out


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def normalize_date(text: str) -> str | None:
    """ISO `YYYY-MM-DD` for a metadata date in any common form, or None."""
    m = _ISO.match(text.strip())
    if m:
        return m.group(0)
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


# --------------------------------------------------------------------------- records

def _records(text: str, fmt: str) -> tuple[list[tuple[int, dict]], list[str]]:
    """Records with a text, numbered from 1 (the JSONL line number), and why others were left out."""
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise _SkipFile(f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
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
                row = json.loads(line)
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


def _record_source(row: dict, *, rel: str, stem: str, n: int, fmt: str, warnings: tuple[str, ...],
                   meta: dict[str, str]) -> Source:
    text = row["text"]
    found = {k: str(v) for k, v in row.items() if k != "text" and v not in (None, "")}
    found.update(meta)
    rid = str(row["id"]).strip() if row.get("id") not in (None, "") else f"{stem}#{n}"
    return Source(id=rid, path=rel, text=text, blocks=tuple(text_blocks(TextMap(text))), format=fmt,
                  warnings=warnings, **_metadata(found))


# --------------------------------------------------------------------------- plain text

_TERMINAL = tuple('.!?:;"”’\')]…')


def text_blocks(doc: TextMap) -> list[Block]:
    """Paragraphs of plain text: blank lines separate them, and so do line breaks, except soft
    wraps (a line without end punctuation followed by one starting in lower case), which are
    joined, with a line-end hyphen kept for the cleaner to judge."""
    text = doc.text
    blocks: list[Block] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]+", text)]
    i = 0
    while i < len(lines):
        a, b = lines[i]
        edits = []
        j = i
        while j + 1 < len(lines):
            cur = text[lines[j][0]:lines[j][1]].rstrip()
            nxt_a, nxt_b = lines[j + 1]
            nxt = text[nxt_a:nxt_b].lstrip()
            gap = text[lines[j][1]:nxt_a]
            if gap.count("\n") > 1 or not cur or not nxt or cur.endswith(_TERMINAL) or not nxt[0].islower():
                break
            end_cur = lines[j][0] + len(cur)
            start_nxt = nxt_a + (len(text[nxt_a:nxt_b]) - len(nxt))
            edits.append((end_cur - a, start_nxt - a, "" if cur.endswith("-") else " "))
            j += 1
        b = lines[j][1]
        block = doc.slice(a, b).edit(edits) if edits else doc.slice(a, b)
        block = strip_map(block)
        if block.text:
            blocks.append(Block(block))
        i = j + 1
    return blocks


def strip_map(m: TextMap) -> TextMap:
    """Trim whitespace at both ends and fold inner runs of whitespace into one space."""
    edits = []
    for ws in re.finditer(r"\s+", m.text):
        a, b = ws.span()
        if a == 0 or b == len(m.text):
            edits.append((a, b, ""))
        elif ws.group() != " ":
            edits.append((a, b, " "))
    return m.edit(edits) if edits else m


# --------------------------------------------------------------------------- markdown

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_MD_LINE = re.compile(r"^(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)+")
_MD_INLINE = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]+)\]\([^)]*\)|(\*\*|__|`)|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")


def md_blocks(text: str) -> tuple[list[Block], dict[str, str]]:
    """Paragraphs of a Markdown file, with front matter read as metadata and markup removed."""
    found: dict[str, str] = {}
    body_start = 0
    m = _FRONT.match(text)
    if m:
        import yaml

        try:
            data = yaml.safe_load(m.group(1))
        except yaml.YAMLError:
            raise _SkipFile("front matter is not valid YAML") from None
        if isinstance(data, dict):
            found = {str(k).lower(): str(v) for k, v in data.items() if v is not None}
        body_start = m.end()
    body = TextMap(text[body_start:], body_start)
    blocks = []
    for line in re.finditer(r"[^\r\n]+", body.text):
        lm = body.slice(*line.span())
        edits = []
        head = _MD_LINE.match(lm.text)
        heading = bool(head and head.group().lstrip().startswith("#"))
        if head:
            edits.append((0, head.end(), ""))
        pos = head.end() if head else 0
        for im in _MD_INLINE.finditer(lm.text, pos):
            if im.group(1) is not None:  # [text](url) keeps the text
                edits.append((im.start(), im.start(1), ""))
                edits.append((im.end(1), im.end(), ""))
            else:
                edits.append((im.start(), im.end(), ""))
        if re.fullmatch(r"\s*(?:[-*_]\s*){3,}", lm.text):
            continue
        block = strip_map(lm.edit(edits) if edits else lm)
        if block.text:
            blocks.append(Block(block, heading=heading))
    return _merge_paragraph_lines(blocks, text), found


def _merge_paragraph_lines(blocks: list[Block], text: str) -> list[Block]:
    """Markdown wraps paragraphs freely: join consecutive non-heading lines with no blank line between."""
    from .textmap import join

    out: list[Block] = []
    for b in blocks:
        if out and not b.heading and not out[-1].heading:
            prev = out[-1]
            between = text[prev.map.end_of(len(prev.text) - 1):b.map.start_of(0)]
            if between.count("\n") <= 1:
                out[-1] = Block(join([prev.map, b.map]))
                continue
        out.append(b)
    return out


# --------------------------------------------------------------------------- html

_SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
              "svg", "iframe", "template", "select", "option", "menu", "dialog", "figure"}
_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "article",
               "section", "br", "tr", "td", "th", "table", "title", "pre", "dd", "dt", "main", "hr",
               "figcaption", "body", "html", "head"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed",
         "param", "track"}


class _HTMLText(HTMLParser):
    """Collects text pieces with their raw offsets, split at block-level tags."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.raw = text
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.stack: list[str] = []
        self.skip = 0
        self.pieces: list[tuple[int, int, str]] = []
        self.blocks: list[tuple[list[tuple[int, int, str]], bool, bool]] = []
        self.meta: dict[str, str] = {}
        self.title: list[str] = []
        self.in_title = False
        self.heading = False
        self.article_depth = 0

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def flush(self) -> None:
        if self.pieces:
            self.blocks.append((self.pieces, self.heading, self.article_depth > 0))
        self.pieces = []

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
            return
        if tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
            return
        if tag in _VOID:
            if tag in _BLOCK_TAGS:
                self.flush()
            return
        if tag in _SKIP_TAGS or self.skip:
            self.skip += 1 if (tag in _SKIP_TAGS or self.skip) else 0
            self.stack.append(tag)
            return
        self.stack.append(tag)
        if tag in _BLOCK_TAGS:
            self.flush()
            self.heading = tag in {"h1", "h2", "h3", "h4", "h5", "h6"}
        if tag == "title":
            self.in_title = True
        if tag in ("article", "main"):
            self.article_depth += 1

    def handle_endtag(self, tag):
        if tag in _VOID or tag not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
            if self.skip:
                self.skip -= 1
            elif top in _BLOCK_TAGS:
                self.flush()
                self.heading = False
                if top == "title":
                    self.in_title = False
                if top in ("article", "main"):
                    self.article_depth -= 1
            if top == tag:
                break

    def _text(self, start: int, end: int, value: str) -> None:
        if self.skip:
            return
        if self.in_title:
            self.title.append(value)
            return
        self.pieces.append((start, end, value))

    def handle_data(self, data):
        start = self._pos()
        self._text(start, start + len(data), data)

    def handle_entityref(self, name):
        start = self._pos()
        raw = f"&{name};" if self.raw.startswith(f"&{name};", start) else f"&{name}"
        self._text(start, start + len(raw), unescape(raw))

    def handle_charref(self, name):
        start = self._pos()
        raw = f"&#{name};" if self.raw.startswith(f"&#{name};", start) else f"&#{name}"
        self._text(start, start + len(raw), unescape(raw))


def html_blocks(text: str) -> tuple[list[Block], dict[str, str]]:
    """The article text of an HTML page: block-level elements outside navigation, scripts and
    other page furniture; inside `<article>`/`<main>` only, when the page has one."""
    parser = _HTMLText(text)
    try:
        parser.feed(text)
        parser.close()
    except Exception as exc:  # html.parser is lenient; this is a last resort
        raise _SkipFile(f"HTML could not be parsed: {exc}") from None
    parser.flush()
    in_article = any(inside for _, _, inside in parser.blocks)
    blocks = []
    for pieces, heading, inside in parser.blocks:
        if in_article and not inside:
            continue
        parts, starts, ends = [], array("q"), array("q")
        for a, b, value in pieces:
            parts.append(value)
            if b - a == len(value):
                starts.extend(range(a, b))
                ends.extend(range(a + 1, b + 1))
            else:
                starts.extend([a] * len(value))
                ends.extend([b] * len(value))
        block = strip_map(TextMap("".join(parts), 0, starts, ends))
        if block.text:
            blocks.append(Block(block, heading=heading))
    m = parser.meta
    found = {
        "title": m.get("og:title") or " ".join("".join(parser.title).split()) or "",
        "date": m.get("article:published_time") or m.get("date") or m.get("pubdate") or m.get("datepublished") or "",
        "outlet": m.get("og:site_name") or "",
        "url": m.get("og:url") or m.get("canonical") or "",
    }
    return blocks, {k: unescape(v) for k, v in found.items() if v}
