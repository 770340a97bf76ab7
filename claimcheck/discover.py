"""Which files make a corpus: the folder walk, where symbolic links may lead, which entries are
no files to read (pipes, sockets, devices), and one source per file however many names it has.

A corpus folder is often a scrape or a shared drive: a link in it may point at the user's own
secrets (`~/.aws/credentials`), a named pipe would hang the run when opened, and a hard link or a
second link to one article would count as a second outlet agreeing. So links stay inside the
corpus unless the user allows them, special files are listed as skipped without being opened, and
a file reached under several names is read once, under its own name when it has one.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

DEAD_LINK = "symbolic link loop or broken link"

# reasons for entries that are no regular files, by what `stat` says they are (never opened)
_SPECIAL = (
    (stat.S_ISFIFO, "named pipe (FIFO), not a regular file"),
    (stat.S_ISSOCK, "socket, not a regular file"),
    (stat.S_ISCHR, "device, not a regular file"),
    (stat.S_ISBLK, "device, not a regular file"),
)


def outside(target: Path) -> str:
    """Why a link out of the corpus is skipped."""
    return f"symbolic link to {target}, outside the corpus (--follow-symlinks reads it)"


@dataclass(frozen=True)
class Found:
    """A file to read: its path as named, its path relative to the corpus root, whether it was
    reached through a symbolic link, and its identity on disk (device, inode)."""

    path: Path
    rel: str
    linked: bool
    ident: tuple[int, int] | None


@dataclass
class _Walk:
    root: Path  # the corpus root, resolved
    excluded: Callable[[str], bool]
    follow: bool
    found: list[Found]
    skipped: list[tuple[str, str]]
    folders: dict[Path, str]  # real folder -> its path relative to the root, once walked


def discover(
    items: list[Path], root: Path, *, excluded: Callable[[str], bool], follow_symlinks: bool = False
) -> tuple[list[tuple[Path, str]], list[tuple[str, str]]]:
    """The files to read under `items` (folders, walked recursively, or files) as (path, path
    relative to `root`) in path order, and the entries skipped as (path, reason).

    A symbolic link whose target is outside `root` is skipped unless `follow_symlinks`; pipes,
    sockets and devices are skipped; a file reached again (a hard link, a link to a file already
    read) is skipped as "same file as X", X preferably a name that is no link.
    """
    real_root = root.resolve()
    walk = _Walk(real_root, excluded, follow_symlinks, [], [], {})
    for p in items:
        if p.is_dir():
            real = p.resolve()
            prefix = "" if real == real_root else relative(p, root) + "/"
            walk.folders.setdefault(real, prefix.rstrip("/") or ".")
            _walk_folder(p, prefix, walk)
        elif not excluded(rel := relative(p, root)):
            walk.found.append(Found(p, rel, p.is_symlink(), _ident(p)))
    owners: dict[tuple[int, int], str] = {}
    files: list[tuple[Path, str]] = []
    for f in sorted(walk.found, key=lambda f: (f.linked, f.rel)):
        if f.ident is not None and f.ident in owners:
            walk.skipped.append((f.rel, f"same file as {owners[f.ident]}"))
            continue
        if f.ident is not None:
            owners[f.ident] = f.rel
        files.append((f.path, f.rel))
    return sorted(files, key=lambda x: x[1]), sorted(walk.skipped)


def _wild(text: str) -> bool:
    """Whether a path (or a part of one) is a glob pattern: `*`, `?` or `[` in it."""
    return any(c in text for c in "*?[")


def expand_globs(items: list[Path]) -> tuple[list[Path], list[Path]]:
    """The paths to read, each glob (`archive/**/*.jsonl`: a path that does not exist and has
    `*`, `?` or `[` in it) replaced by what it matches in path order; and, for finding the corpus
    root, the paths with each glob standing for the folder before its first wildcard. A glob
    names millions of files where a shell's command line cannot hold them.

    Raises:
        InputError: a glob matches nothing.
    """
    paths: list[Path] = []
    bases: list[Path] = []
    for p in items:
        if p.exists() or p.is_symlink() or not _wild(str(p)):
            paths.append(p)
            bases.append(p)
            continue
        found = sorted(glob.glob(str(p), recursive=True))
        if not found:
            raise InputError(f"corpus path not found: {p} (no file matches it)")
        paths += [Path(f) for f in found]
        stop = next((i for i, part in enumerate(p.parts) if _wild(part)), 0)
        bases.append(Path(*p.parts[:stop]) if stop else Path("."))
    return paths, bases


def _walk_folder(folder: Path, prefix: str, walk: _Walk) -> None:
    try:
        names = sorted(e.name for e in os.scandir(folder))
    except OSError:
        return
    for name in names:
        path, rel = folder / name, prefix + name
        try:
            st = path.stat()
        except (OSError, RuntimeError):
            if not walk.excluded(rel):
                walk.skipped.append((rel, DEAD_LINK))
            continue
        linked = path.is_symlink()
        if stat.S_ISDIR(st.st_mode):
            _enter(path, rel, linked, walk)
        elif not walk.excluded(rel):
            reason = _reason(path, st, linked, walk)
            if reason:
                walk.skipped.append((rel, reason))
            else:
                walk.found.append(Found(path, rel, linked, (st.st_dev, st.st_ino)))


def _enter(path: Path, rel: str, linked: bool, walk: _Walk) -> None:
    """Walk a subfolder; a linked one only when it leads out of the corpus and links may be
    followed (inside, its files are read under their own names), and each real folder once."""
    real = path.resolve()
    if linked and not walk.follow and not real.is_relative_to(walk.root):
        walk.skipped.append((rel, outside(real)))
    elif real in walk.folders or (linked and real.is_relative_to(walk.root)):
        seen = walk.folders.get(real) or real.relative_to(walk.root).as_posix()
        walk.skipped.append((rel, "link to the corpus folder itself" if seen == "."
                             else f"same folder as {seen}"))
    else:
        walk.folders[real] = rel
        _walk_folder(path, rel + "/", walk)


def _reason(path: Path, st: os.stat_result, linked: bool, walk: _Walk) -> str | None:
    """Why a corpus entry that is no folder is not read, or None."""
    if linked and not walk.follow and not (target := path.resolve()).is_relative_to(walk.root):
        return outside(target)
    return special_file(st.st_mode)


def special_file(mode: int) -> str | None:
    """Why a pipe, socket or device is not read (from its `stat` mode), or None."""
    return next((why for test, why in _SPECIAL if test(mode)), None)


def _ident(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except (OSError, RuntimeError):
        return None
    return st.st_dev, st.st_ino


def relative(path: Path, root: Path) -> str:
    """`path` relative to the corpus root, as the report names it (its name when outside)."""
    try:
        return (path.parent.resolve() / path.name).relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name
