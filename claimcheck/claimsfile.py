"""Claims files for `batch`: `.txt` (one claim a line), `.csv` (a `claim` column, optional `id`)
and `.jsonl` (`{"id", "claim"}` records), read into rows that keep their id and their line in
the file (a CI dashboard points at it).

What a spreadsheet or a script writes is accepted as it comes: headers in any case (`Claim`,
`ID`), a comma, semicolon or tab between fields, a last-column claim with the separator in it
unquoted. What cannot be meant is refused, never dropped: two rows with one id (their results
could not be told apart in CI), a row with an id and no claim, extra fields elsewhere.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .settings import INPUT_LIMITS
from .untrusted import load_json

# a claim is a sentence or two, not an article: a longer one is refused with a message
MAX_CLAIM_CHARS = 5000
# field separators a CSV export uses: comma (most), semicolon (spreadsheets where the comma is
# the decimal mark), tab (copied from a spreadsheet)
CSV_DELIMITERS = ",;\t"
_NO_CLAIM = ("holds no claim: give one claim a line (.txt), a 'claim' column (.csv) "
             'or {"claim": ...} records (.jsonl)')


@dataclass(frozen=True)
class ClaimRow:
    """One claim of a claims file: its id (given, or the line or row number), its text, and the
    line of the file it starts on."""

    id: str
    text: str
    line: int


def read_claims_file(path: str | Path) -> list[ClaimRow]:
    """The claims of a claims file; blank lines and rows with neither id nor claim are left
    out.

    Raises:
        InputError: the file is missing, unreadable, of another type, malformed, larger than
            `InputLimits.claims_file_bytes` (refused before it is read), holds no claim or more
            than `InputLimits.claims`, gives one id to two rows or an id no claim, or a claim
            longer than MAX_CLAIM_CHARS.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(f"claims file not found: {p}")
    try:
        if (size := p.stat().st_size) > INPUT_LIMITS.claims_file_bytes:
            raise InputError(f"{p} is {size:,} bytes, over the {INPUT_LIMITS.claims_file_bytes:,} "
                             "a claims file may have: split it")
        text = p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p} is not UTF-8 text (byte {exc.start}): save it as UTF-8") from None
    except OSError as exc:
        raise InputError(f"cannot read {p}: {exc.strerror or exc}") from None
    kind = p.suffix.lower()
    if kind in (".txt", ".text", ""):
        rows = [ClaimRow(str(n), line.strip(), n) for n, line in enumerate(text.splitlines(), 1)]
    elif kind == ".jsonl":
        rows = _jsonl_rows(p, text)
    elif kind == ".csv":
        rows = _csv_rows(p, text)
    else:
        raise InputError(f"{p}: unknown claims file type {kind!r}: use .txt, .csv or .jsonl")
    if len(rows) > INPUT_LIMITS.claims:
        raise InputError(f"{p} holds {len(rows):,} claims, over the {INPUT_LIMITS.claims:,} one "
                         "batch may check: split it")
    for r in rows:
        if len(r.text) > MAX_CLAIM_CHARS:
            raise InputError(
                f"{p}, claim {r.id}: {len(r.text):,} characters, over the {MAX_CLAIM_CHARS:,} "
                "a claim may have: split it into sentences"
            )
    rows = [r for r in rows if r.text]
    if not rows:
        raise InputError(f"{p} {_NO_CLAIM}")
    _refuse_duplicate_ids(p, rows)
    return rows


def _refuse_duplicate_ids(p: Path, rows: list[ClaimRow]) -> None:
    """Two rows with one id would be one JUnit test case and one SARIF result: refuse them."""
    lines: dict[str, list[int]] = {}
    for r in rows:
        lines.setdefault(r.id, []).append(r.line)
    for cid, at in lines.items():
        if len(at) > 1:
            raise InputError(
                f"{p}: id {cid!r} is used on lines {', '.join(map(str, at))}: give each claim "
                "its own id"
            )


def _jsonl_rows(p: Path, text: str) -> list[ClaimRow]:
    """Rows from JSONL records `{"id", "claim"}`; an absent or null id is the line number."""
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = load_json(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{p}, line {n}: not valid JSON ({exc.msg})") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("claim"), str):
            raise InputError(
                f'{p}, line {n}: each line needs a "claim" string, e.g. {{"id": "c1", '
                f'"claim": "..."}}'
            )
        cid = rec.get("id")
        if cid is not None and (isinstance(cid, bool) or not isinstance(cid, (str, int))):
            raise InputError(f'{p}, line {n}: "id" must be a string or a whole number')
        if cid not in (None, "") and not rec["claim"].strip():
            raise InputError(f"{p}, line {n}: claim {str(cid)!r} is empty: write it or remove "
                             "the line")
        rows.append(ClaimRow(str(n if cid is None or cid == "" else cid), rec["claim"].strip(), n))
    return rows


def _csv_rows(p: Path, text: str) -> list[ClaimRow]:
    """Rows from a CSV's `claim` column and optional `id` column (headers in any case; an empty
    id is the row number), its separator sniffed from the header line."""
    if not text.strip():
        raise InputError(f"{p} {_NO_CLAIM}")
    header = text.lstrip("\r\n").splitlines()[0]
    try:  # only the separator: quoting is the spreadsheet convention ("" inside quotes)
        delimiter = csv.Sniffer().sniff(header, CSV_DELIMITERS).delimiter
    except csv.Error:  # one column: nothing to sniff
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        columns = [h.strip().lower() for h in next(reader)]
        if "claim" not in columns:
            raise InputError(f"{p} has no 'claim' column (found: {', '.join(columns) or 'none'})")
        rows, start, n = [], reader.line_num + 1, 0
        for record in reader:
            line, start = start, reader.line_num + 1
            if not any(f.strip() for f in record):
                continue
            n += 1
            cell = dict(zip(columns, _fitted(p, line, columns, record, delimiter), strict=False))
            cid = cell.get("id", "").strip()
            if cid and not cell.get("claim", "").strip():
                raise InputError(f"{p}, line {line}: claim {cid!r} is empty: write it or remove "
                                 "the row")
            rows.append(ClaimRow(cid or str(n), cell.get("claim", "").strip(), line))
    except csv.Error as exc:
        raise InputError(f"{p}, line {reader.line_num}: cannot be read as CSV ({exc})") from None
    return rows


def _fitted(p: Path, line: int, columns: list[str], record: list[str],
            delimiter: str) -> list[str]:
    """A record with as many fields as the header: a claim in the last column with the
    separator in it, unquoted ("1,Roe was 63, Hale was 57"), is taken whole; extra fields
    elsewhere cannot be placed and are refused."""
    if len(record) <= len(columns):
        return record
    if columns[-1] != "claim":
        raise InputError(f"{p}, line {line}: {len(record)} fields under {len(columns)} columns: "
                         "put the claim in quotes")
    keep = len(columns) - 1
    return [*record[:keep], delimiter.join(record[keep:])]
