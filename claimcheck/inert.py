"""Untrusted text (article text, record ids, titles, file names) made inert for each place it is
shown: a Markdown report, a CSV cell, a terminal line.

A scraped corpus is written by strangers: a title may hold a Markdown image that loads a tracker,
a spreadsheet formula, or terminal escapes that retitle the window or forge a warning line. Every
writer passes such text through the one function here for its output, so none shows it raw.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# line breaks Markdown, a CSV reader or a terminal would start a new line at
_LINE_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")

# characters a terminal acts on rather than shows: C0 and C1 controls but tab (ESC starts colour,
# cursor and title sequences; BEL rings), DEL, the bidirectional overrides that reorder what is
# shown ("Trojan source"), and lone surrogates (a file name's undecodable bytes), which no
# terminal encoding can write
_CONTROLS = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)

# what Markdown reads as markup in running text: raw HTML and entities, table cells, and the
# brackets of links and images (backslash first, so an escape cannot be undone by the text)
_MD_SPECIAL = {"\\": "\\\\", "&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "\\|", "[": "\\[",
               "]": "\\]"}
_MD_RE = re.compile("|".join(re.escape(c) for c in _MD_SPECIAL))

# the first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection")
CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def one_line(text: str) -> str:
    """`text` with every line break as a space."""
    return _LINE_BREAKS.sub(" ", text)


def md_text(text: str) -> str:
    """Text as inert Markdown on one line: no link, image, raw HTML or table break."""
    return _MD_RE.sub(lambda m: _MD_SPECIAL[m.group()], one_line(text))


def md_code(text: str) -> str:
    """Text as an inline code span on one line (an id or a path, shown as written)."""
    return "`" + one_line(text).replace("`", "'") + "`"


def csv_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text: one starting like a formula gets a leading `'`."""
    if isinstance(value, str) and value.startswith(CSV_FORMULA_START):
        return "'" + value
    return value


def csv_table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """Rows as CSV (a header, `\\n` line ends), every cell made safe by `csv_cell`; the one CSV
    writer of every command."""
    import pandas as pd

    safe = [{k: csv_cell(v) for k, v in row.items()} for row in rows]
    return pd.DataFrame(safe, columns=list(columns)).to_csv(index=False, lineterminator="\n")


def terminal(text: str) -> str:
    """Text for one terminal line: line breaks as spaces, every other control character shown
    as an escape (`\\x1b`, `\\u202e`), so nothing is forged, hidden or run by the terminal."""
    return _CONTROLS.sub(_escape, one_line(text))


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
