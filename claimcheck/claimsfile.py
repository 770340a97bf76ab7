"""Claims files for `batch`: one claim a line (`.txt`), a `claim` column (`.csv`) or
`{"id", "claim"}` records (`.jsonl`), read as `(id, claim)` pairs.

Decides what a claims file may hold: a claim is a sentence or two (`MAX_CLAIM_CHARS`), a file
is a draft's claims (`MAX_CLAIMS`, and a size checked before anything is read), so a huge or
broken file is a one-line error, never hours of work or gigabytes of memory.
"""

from __future__ import annotations

import json
from pathlib import Path

from .errors import InputError
from .settings import INPUT_LIMITS
from .untrusted import load_json

MAX_CLAIM_CHARS = 5000


def read_claims_file(path: str | Path) -> list[tuple[str, str]]:
    """Claims to check, as `(id, text)`: `.txt` one claim a line (id = line number), `.csv` with a
    `claim` column and an optional `id` column, `.jsonl` records `{"id", "claim"}`. Blank lines
    and blank claims are not claims and are left out; ids default to the line or row number.

    Raises:
        InputError: the file is missing, unreadable, of another type, malformed, larger than
            `InputLimits.claims_file_bytes` (refused before it is read), holds more than
            `InputLimits.claims` claims, or a claim is longer than MAX_CLAIM_CHARS (a claim is a
            sentence or two, not an article).
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
    items: list[tuple[str, str]] = []
    if kind in (".txt", ".text", ""):
        items = [(str(n), line.strip()) for n, line in enumerate(text.splitlines(), 1)]
    elif kind == ".jsonl":
        items = _jsonl_claims(p, text)
    elif kind == ".csv":
        items = _csv_claims(p, text)
    else:
        raise InputError(f"{p}: unknown claims file type {kind!r}: use .txt, .csv or .jsonl")
    if len(items) > INPUT_LIMITS.claims:
        raise InputError(f"{p} holds {len(items):,} claims, over the {INPUT_LIMITS.claims:,} one "
                         "batch may check: split it")
    for cid, claim in items:
        if len(claim) > MAX_CLAIM_CHARS:
            raise InputError(
                f"{p}, claim {cid}: {len(claim):,} characters, over the {MAX_CLAIM_CHARS:,} "
                "a claim may have: split it into sentences"
            )
    items = [(cid, claim) for cid, claim in items if claim]
    if not items:
        raise InputError(
            f"{p} holds no claim: give one claim a line (.txt), a 'claim' column (.csv) "
            'or {"claim": ...} records (.jsonl)'
        )
    return items


def _jsonl_claims(p: Path, text: str) -> list[tuple[str, str]]:
    """`(id, claim)` from JSONL records `{"id", "claim"}` (id: the line number when absent)."""
    items: list[tuple[str, str]] = []
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
        items.append((str(rec.get("id", n)), rec["claim"].strip()))
    return items


def _csv_claims(p: Path, text: str) -> list[tuple[str, str]]:
    """`(id, claim)` from a CSV's `claim` column and optional `id` column (else the row number)."""
    import io

    import pandas as pd

    try:
        df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except Exception as exc:  # pandas raises several parser errors
        raise InputError(f"{p} cannot be read as CSV: {str(exc).splitlines()[0]}") from None
    if "claim" not in df.columns:
        raise InputError(
            f"{p} has no 'claim' column (found: {', '.join(map(str, df.columns)) or 'none'})"
        )
    ids = df["id"] if "id" in df.columns else [str(n) for n in range(1, len(df) + 1)]
    pairs = enumerate(zip(ids, df["claim"], strict=False), 1)
    return [(str(i) or str(n), c.strip()) for n, (i, c) in pairs]
