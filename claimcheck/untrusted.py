"""Reading untrusted input without letting one file stall, crash or exhaust the run.

Decides how JSON and YAML front matter are parsed (no recursion blow-up, no alias expansion, no
lone surrogates that no output can encode), which metadata dates are days of the calendar, how a
file name that is not UTF-8 is shown, and how a crash on one file becomes that file's reason
under `skipped`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import traceback
from collections.abc import Callable
from typing import Any

import yaml

from .errors import InputError

_SURROGATE = re.compile("[\ud800-\udfff]")
_TOO_DEEP = "nested too deeply to read"


def scrub(text: str) -> str:
    """`text` with lone surrogates (JSON `"\\ud800"`, a file name's undecodable bytes) replaced by
    U+FFFD, one character for one, so offsets into it still hold."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _scrub_all(data: Any) -> Any:
    if isinstance(data, str):
        return scrub(data)
    if isinstance(data, list):
        return [_scrub_all(v) for v in data]
    if isinstance(data, dict):
        return {scrub(str(k)): _scrub_all(v) for k, v in data.items()}
    return data


def load_json(text: str) -> Any:
    """`json.loads` with its strings scrubbed; nesting too deep for Python's parser (`[[[[…`)
    is a malformed document, not a RecursionError.

    Raises:
        json.JSONDecodeError: the text is not JSON, or is nested too deeply.
    """
    try:
        return _scrub_all(json.loads(text))
    except RecursionError:
        raise json.JSONDecodeError(_TOO_DEEP, text, 0) from None


def load_front_matter(text: str) -> Any:
    """YAML front matter, read safely: no aliases (`*a` expanded over and over can take
    gigabytes from a few hundred bytes), dates left as text (an impossible `2025-13-45` is then
    a warning, not a crash), strings scrubbed.

    Raises:
        ValueError: the YAML is malformed, uses aliases or is nested too deeply; says which.
    """
    try:
        return _scrub_all(yaml.load(text, Loader=_FrontMatterLoader))  # noqa: S506 (safe loader)
    except _AliasUsed:
        raise ValueError("front matter uses YAML aliases (*name), which are not expanded") from None
    except RecursionError:
        raise ValueError(f"front matter is {_TOO_DEEP}") from None
    except yaml.YAMLError:
        raise ValueError("front matter is not valid YAML") from None


class _AliasUsed(Exception):
    pass


class _FrontMatterLoader(yaml.SafeLoader):
    """The safe loader, refusing aliases and reading no timestamps."""

    yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise _AliasUsed
        return super().compose_node(parent, index)


def calendar_date(text: str) -> str | None:
    """`text` (`YYYY-MM-DD`, time allowed after it) when it names a day the calendar has."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text.strip())
    if not m:
        return None
    try:
        return dt.date(*map(int, m.groups())).isoformat()
    except ValueError:
        return None


def given_day(date: str | None, read: Callable[[str], str | None] = calendar_date) -> str | None:
    """The ISO day a user's `--date` names (read by `read`), None when none is given.

    Raises:
        InputError: the date names no day of the calendar.
    """
    if date is None:
        return None
    day = read(date)
    if day is None:
        raise InputError(f"bad --date {date!r}: give a day of the calendar as YYYY-MM-DD")
    return day


def bad_date(text: str) -> str:
    """The warning for a metadata date that names no day."""
    shown = " ".join(text.split())
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    return f"date {shown!r} is not a date of the calendar; ignored"


def crash_reason(stage: str, exc: BaseException) -> str:
    """A file's reason under `skipped` when claimcheck failed on it (a bug): the exception's type
    and the first 200 characters of its message, never the file's text around it."""
    msg = " ".join(str(exc).split())
    msg = msg if len(msg) <= 200 else msg[:199] + "…"
    return (f"internal error while {stage}: {type(exc).__name__}{': ' + msg if msg else ''}; "
            "run with --debug")


def crash_trace(exc: BaseException) -> str:
    """The traceback shown with --debug (frames only: no local variables, so no article text)."""
    return "".join(traceback.format_exception(exc)).rstrip()
