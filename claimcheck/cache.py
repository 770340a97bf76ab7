"""A cache of parsed sources, so a second run on an unchanged corpus skips the spaCy parse.

One file per source, named by a key over everything its claims depend on: the source's text and
metadata, the model (name and package version, spaCy's version), claimcheck's version and the
source code of the stages that produce claims. Change any of these and the entry is not found
again; nothing has to be invalidated by hand. Entries are pickles written atomically; a broken or
unreadable entry counts as a miss. The cache is the user's own folder: do not point `--cache` at a
folder others can write to, as a pickle is trusted when loaded.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from .claims import model_fingerprint
from .ingest import Source

# the code whose change makes a cached parse stale: every module of the package (a hand-kept list
# of the stages went stale when a stage gained a module)
_STAGES = ("**/*.py",)


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
    """The key of one source's parse under one model."""
    from . import __version__

    h = hashlib.sha256()
    for part in (
        __version__,
        _code_fingerprint(),
        model_fingerprint(model),
        source.id,
        source.path,
        source.format,
        source.date or "",
        source.title or "",
        source.outlet or "",
        source.url or "",
        source.text,
    ):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


class ParseCache:
    """Parsed sources on disk: `get(key)` → the stored object or None; `put(key, obj)`."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder).expanduser()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Any:
        try:
            with open(self._path(key), "rb") as f:
                return pickle.load(f)
        except (
            OSError,
            pickle.UnpicklingError,
            EOFError,
            AttributeError,
            ImportError,
            TypeError,
            ValueError,
        ):
            return None

    def put(self, key: str, obj: Any) -> None:
        """Store `obj`; a cache that cannot be written is no error (the run just stays uncached)."""
        path = self._path(key)
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            if tmp:
                Path(tmp).unlink(missing_ok=True)
