"""Command line: parse options, call one library function, render, choose the exit code.

The commands are here; their shared options and plumbing are in `cliopts.py`.

Exit codes: 0 success; 1 a claim failed the gate (check/batch); 2 usage or input error;
3 internal error; 130 interrupted (SIGINT); 143 terminated (SIGTERM).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .cliguard import guarded
from .cliopts import (
    AliasesOpt,
    CacheOpt,
    CorpusArg,
    DaskWorkersOpt,
    DebugOpt,
    ExcludeOpt,
    FollowLinksOpt,
    JobsOpt,
    MaxSizeOpt,
    ModelOpt,
    NoCacheOpt,
    NoSemanticOpt,
    QuietOpt,
    SchedulerOpt,
    ThresholdOpt,
    check_command,
    check_formats,
    checker_options,
    corpus_paths,
    dask_client,
    emit_results,
    make_checker,
    parse_size,
    progress_bar,
    run_options,
    warn,
    warn_skipped,
)

if TYPE_CHECKING:
    from .values import Value

# the kinds of value that count things: the `values` command says what ("counts 'miner'")
COUNTED_KINDS = frozenset({"count", "other"})

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_show_locals=False,
                  help="Cross-reference claims across news articles, offline.")


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
    follow_symlinks: FollowLinksOpt = False,
    jobs: JobsOpt = 1,
    scheduler: SchedulerOpt = None,
    dask_workers: DaskWorkersOpt = None,
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
    from .report import RENDERERS, many, write_reports

    formats = tuple(f.strip() for f in fmt.split(",") if f.strip())
    bad = [f for f in formats if f not in RENDERERS]
    if bad or not formats:
        shown = ", ".join(bad) if bad else repr(fmt)
        raise InputError(f"unknown --format {shown}: choose from {', '.join(RENDERERS)}")
    with dask_client(scheduler, dask_workers, jobs) as client, progress_bar(quiet) as progress:
        result = build_report(corpus_paths(corpus), progress=progress, client=client, **run_options(
            model=model, exclude=exclude, max_file_size=max_file_size, jobs=jobs, aliases=aliases,
            threshold=threshold, no_semantic=no_semantic, cache=cache, no_cache=no_cache,
            follow_symlinks=follow_symlinks, quiet=quiet))
    written = write_reports(result, out, formats=formats)
    warn_skipped(result, quiet, debug)
    if not quiet:
        n = result.counts()
        conflicts = sum(d.tier == "conflict" for d in result.discrepancies)
        typer.echo(f"{n['sources']} sources, {n['claims']} claims, {n['groups']} groups "
                   f"({n['conflict']} conflict, {n['compatible']} compatible, {n['agree']} agree); "
                   f"{many(n['discrepancies'], 'discrepancy', 'discrepancies')} on a measure "
                   f"({conflicts} conflict), {many(n['agreements'], 'agreement', 'agreements')}; "
                   f"{n['skipped']} skipped. Wrote {', '.join(str(p) for p in written)}", err=True)


@app.command()
@guarded
def claims(
    corpus: CorpusArg = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or jsonl.")] = "table",
    model: ModelOpt = None,
    exclude: ExcludeOpt = None,
    max_file_size: MaxSizeOpt = "20M",
    follow_symlinks: FollowLinksOpt = False,
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
    found = extract(corpus_paths(corpus), model=model, exclude=tuple(exclude or ()),
                    max_file_size=parse_size(max_file_size), jobs=jobs,
                    follow_symlinks=follow_symlinks)
    remarks = [(c.source.path, w) for c in found.cleaned for w in c.source.warnings]
    warn(found.skipped, remarks, quiet, debug)
    rows = [claim_dict(c) for c in found.claims]
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        sys.stdout.write(_claims_csv(rows))
    else:
        _print_claims_table(rows)


def _claims_csv(rows: list[dict[str, Any]]) -> str:
    """`claimcheck claims --format csv`: one row per claim, values joined with "; "."""
    from .inert import csv_table

    columns = ["id", "source", "start", "end", "headline", "attributed_to", "values", "text"]
    return csv_table(
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
        ],
        columns,
    )


def _print_claims_table(rows: list[dict[str, Any]]) -> None:
    """`claimcheck claims` (the default table): id, speaker, values, claim ("[H]": a headline).
    Cells are plain text: article text is never read as rich markup or terminal escapes."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .inert import terminal

    table = Table("id", "said by", "values", "claim", show_lines=False)
    for r in rows:
        cells = (r["id"], r["attributed_to"] or "", "; ".join(v["text"] for v in r["values"]),
                 ("[H] " if r["headline"] else "") + r["text"])
        table.add_row(*(Text(terminal(cell)) for cell in cells))
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
    from .pipeline import explain_values
    from .report import value_dict
    from .unitnames import UNIT_SYMBOLS

    if fmt not in ("text", "json"):
        raise InputError(f"unknown --format {fmt!r}: choose text or json")
    found, skipped = explain_values(text, date=date, model=model)
    if fmt == "json":
        typer.echo(json.dumps([value_dict(v) for v in found], ensure_ascii=False, indent=2))
        return
    if not found:
        typer.echo("no values found")
    for v in found:
        d = value_dict(v)
        shown = UNIT_SYMBOLS.get(v.unit, v.unit) if v.unit else None  # "W", not "kg * m ** 2…"
        unit = f" {'zone' if v.kind == 'time' else 'unit'} {shown}" if shown else ""
        extra = "".join([_noun(v), " per side" if v.per_side else "",
                         f" role {v.role}" if v.role else "",
                         f" ({v.direction})" if v.direction else ""])
        typer.echo(f"{v.text!r}: {v.kind} {v.bound} [{d['low']}, {d['high']}]{unit}{extra}")
    for s in skipped:
        typer.echo(f"{s.text!r}: skipped, {s.reason}")


def _noun(v: Value) -> str:
    """What a value counts ("counts 'miner'"), or whom or what it is said of ("of 'doe'" for an
    age, "of 'plant'" for "the 500 MW plant"); nothing when the noun is its own unit ("5 km")."""
    if not v.noun or v.noun.lower() in v.text.lower():
        return ""
    return f" {'counts' if v.kind in COUNTED_KINDS else 'of'} '{v.noun}'"


@app.command()
@guarded
@check_command
def check(
    text: Annotated[str, typer.Argument(help="The claim to check (a sentence or a paragraph).")],
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    **shared: Any,
) -> None:
    """Check TEXT against the corpus: supported, contested, compatible, conflict or unverified,
    with the evidence.
    Exit 0 when nothing fails --fail-on, 1 when a claim does, 2 on bad input."""
    check_formats(fmt, shared["fail_on"], ("text", "json"), shared["date"])
    checker = make_checker(**checker_options(shared))
    results = checker.check([("1", text)], date=shared["date"])
    emit_results(results, fmt=fmt, fail_on=shared["fail_on"], name="check", out=shared["out"],
                  quiet=shared["quiet"])


@app.command()
@guarded
@check_command
def batch(
    claims_file: Annotated[
        Path,
        typer.Argument(
            help="Claims to check: .txt (one a line), .csv (a 'claim' column, optional 'id'), "
            '.jsonl ({"id", "claim"}).'
        ),
    ],
    fmt: Annotated[
        str, typer.Option("--format", help="text, json, jsonl, csv, junit, sarif or claimreview.")
    ] = "text",
    **shared: Any,
) -> None:
    """Check every claim in CLAIMS_FILE against the corpus (parsed once). Exit 0 when nothing
    fails --fail-on, 1 when a claim does, 2 on bad input."""
    from .claimsfile import read_claims_file
    from .report import CHECK_FORMATS

    check_formats(fmt, shared["fail_on"], CHECK_FORMATS, shared["date"])
    rows = read_claims_file(claims_file)
    checker = make_checker(**checker_options(shared))
    results = checker.check([(r.id, r.text) for r in rows], date=shared["date"])
    emit_results(
        results,
        fmt=fmt,
        fail_on=shared["fail_on"],
        name=claims_file.as_posix(),
        out=shared["out"],
        quiet=shared["quiet"],
        lines={r.id: r.line for r in rows},
    )


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
    """Score the report for CORPUS (a folder, files, or a report.json) against GOLD: precision and
    recall of conflicts and agreements, and which findings and traps hold."""
    from .errors import InputError
    from .evaluate import evaluate as score, load_gold, to_text
    from .inert import terminal
    from .pipeline import build_report
    from .report import to_dict

    if fmt not in ("text", "json"):
        raise InputError(f"unknown --format {fmt!r}: choose text or json")
    expected = load_gold(gold)
    paths = corpus_paths(corpus)
    if len(paths) == 1 and paths[0].suffix == ".json" and paths[0].is_file():
        data = _saved_report(paths[0])
    else:
        result = build_report(paths, **run_options(
            model=model, exclude=exclude, max_file_size=max_file_size, jobs=jobs, aliases=aliases,
            threshold=threshold, no_semantic=no_semantic, cache=cache, no_cache=no_cache,
            follow_symlinks=follow_symlinks, quiet=quiet))
        warn_skipped(result, quiet, debug)
        data = to_dict(result)
    ev = score(data, expected)
    if fmt == "json":
        typer.echo(json.dumps(ev.to_dict(), ensure_ascii=False, indent=2))
    else:  # reasons quote article text: one terminal line each
        lines = to_text(ev).removesuffix("\n").split("\n")
        typer.echo("".join(terminal(line) + "\n" for line in lines), nl=False)


def _saved_report(path: Path) -> dict:
    """A report.json written by `claimcheck report`, to score without running the pipeline."""
    from .errors import InputError

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["claims"], data["groups"]
    except (ValueError, KeyError, TypeError):
        raise InputError(f"{path} is not a claimcheck report.json") from None
    return data


def main() -> None:
    """Console-script entry point."""
    app()

if __name__ == "__main__":
    main()
