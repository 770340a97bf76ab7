"""A cache of parsed sources, so a second run on an unchanged corpus skips the spaCy parse.

One file per source, named by a key over everything its claims depend on: the source's text and
every field of its metadata, the model (name and package version, spaCy's version), claimcheck's
version and the source code of the stages that produce claims. Change any of these and the entry
is not found again; nothing has to be invalidated by hand.

An entry is JSON (the records' own fields, read back by their type hints: reading one runs no
code) behind the sha256 of its bytes, written atomically. An entry whose checksum, key or shape
does not match is a miss, never altered content nor an error. A folder that others could write to
(or that is not the user's) is refused: the cache is then not used at all.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import stat
import tempfile
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from .claims import model_fingerprint
from .ingest import Source
from .textmap import TextMap

# the code whose change makes a cached parse stale: every module of the package (a hand-kept list
# of the stages went stale when a stage gained a module)
_STAGES = ("**/*.py",)

# the first line of an entry: the format's name and version (entries of another format are misses)
_MAGIC = b"claimcheck-parse-cache 2\n"

T = TypeVar("T")


def default_dir() -> Path:
    """`$CLAIMCHECK_CACHE`, else `$XDG_CACHE_HOME/claimcheck`, else `~/.cache/claimcheck`."""
    if os.environ.get("CLAIMCHECK_CACHE"):
        return Path(os.environ["CLAIMCHECK_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "claimcheck"


@cache
def _code_fingerprint() -> str:
    here = Path(__file__).parent
    h = hashlib.sha256()
    for pattern in _STAGES:
        for path in sorted(here.glob(pattern)):
            h.update(path.relative_to(here).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def source_key(source: Source, model: str) -> str:
    """The key of one source's parse under one model: a hash of one JSON array, so no two
    different sets of fields share a key (`blocks` is left out: the text, the format and the
    code decide it)."""
    from . import __version__

    fields = {f.name: getattr(source, f.name) for f in dataclasses.fields(Source)}
    del fields["blocks"]
    parts = [__version__, _code_fingerprint(), model_fingerprint(model), fields]
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("ascii")).hexdigest()


def refusal(folder: str | Path) -> str | None:
    """Why a cache folder must not be used (others could plant entries in it), or None; a
    folder that does not exist yet is fine (it is made private)."""
    path = Path(folder).expanduser()
    try:
        st = path.stat()
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode):
        return "it is not a folder"
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"it is writable by group or others (run: chmod go-w {path})"
    if hasattr(os, "geteuid") and st.st_uid != os.geteuid():
        return "it belongs to another user"
    return None


class ParseCache:
    """Parsed sources on disk: `get(key, type)` → the stored record or None; `put(key, record)`.
    A folder `refusal` objects to is never read nor written (`refused` says why)."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder).expanduser()
        self.refused = refusal(self.folder)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, kind: type[T] | Any) -> T | None:
        """The record stored under `key`, read as `kind`; None when absent, altered or not one."""
        if self.refused:
            return None
        try:
            with open(self._path(key), "rb") as f:
                data = f.read()
            if not data.startswith(_MAGIC):
                return None
            digest, _, payload = data[len(_MAGIC):].partition(b"\n")
            if digest != hashlib.sha256(payload).hexdigest().encode():
                return None
            entry = json.loads(payload)
            if not isinstance(entry, dict) or entry.get("key") != key:
                return None
            return typing.cast(T, _decode(kind, entry.get("record")))
        except (OSError, ValueError, TypeError, RecursionError):
            return None

    def put(self, key: str, record: Any) -> None:
        """Store `record`; a cache that cannot be written is no error (the run stays uncached)."""
        if self.refused:
            return
        payload = json.dumps({"key": key, "record": _encode(record)}).encode("ascii")
        data = _MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
        path = self._path(key)
        tmp = None
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            path.parent.mkdir(mode=0o700, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except OSError:
            if tmp:
                Path(tmp).unlink(missing_ok=True)


# --------------------------------------------------------------------------- the entry format


def _encode(obj: Any) -> Any:
    """A record (frozen dataclasses, tuples, text maps, plain values) as JSON values."""
    if isinstance(obj, TextMap):
        return list(obj.state())
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list | tuple):
        return [_encode(x) for x in obj]
    if obj is None or isinstance(obj, str | int | float):
        return obj
    raise TypeError(f"cannot store a {type(obj).__name__} in the parse cache")


@cache
def _hints(cls: type) -> dict[str, Any]:
    hints = get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def _decode(kind: Any, data: Any) -> Any:
    """`data` read back as `kind` (a type hint); ValueError when it is not one."""
    origin, args = get_origin(kind), get_args(kind)
    if kind is TextMap:
        if not (isinstance(data, list) and len(data) == 4):
            raise ValueError("not a text map")
        text, base, starts, ends = data
        offsets = list[int] | None
        return TextMap.from_state(_decode(str, text), _decode(int, base),
                                  _decode(offsets, starts), _decode(offsets, ends))
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        hints = _hints(kind)
        if not isinstance(data, dict) or data.keys() != hints.keys():
            raise ValueError(f"not a {kind.__name__}")
        return kind(**{name: _decode(hints[name], data[name]) for name in hints})
    if origin in (Union, types.UnionType):
        for option in args:
            try:
                return _decode(option, data)
            except ValueError:
                continue
        raise ValueError(f"not a {kind}")
    if origin is Literal:
        if any(type(a) is type(data) and a == data for a in args):
            return data
        raise ValueError(f"not one of {args}")
    if origin in (tuple, list):
        return _sequence(origin, args, data)
    if _is_plain(kind, data):
        return data
    raise ValueError(f"not a {kind}")


def _sequence(origin: type, args: tuple[Any, ...], data: Any) -> Any:
    if not isinstance(data, list):
        raise ValueError("not a list")
    if origin is list:
        return [_decode(args[0], x) for x in data]
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_decode(args[0], x) for x in data)
    if len(args) != len(data):
        raise ValueError(f"not {len(args)} items")
    return tuple(_decode(a, x) for a, x in zip(args, data, strict=True))


def _is_plain(kind: Any, data: Any) -> bool:
    """Whether `data` is a JSON value of the plain type `kind` (a bool is no number here)."""
    if kind is type(None):
        return data is None
    if kind is float:
        return type(data) in (int, float)
    return kind in (str, int, bool) and type(data) is kind
