"""Rendering a `Report`: JSON (the contract), Markdown, CSV (HTML is in `html.py`), and writing
files atomically."""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from .compare import describe
from .errors import InputError
from .html import to_html
from .inert import csv_table, md_code, md_text, terminal
from .measurerows import measure_name
from .pipeline import Report

if TYPE_CHECKING:
    from .agreements import Agreement
    from .check import CheckResult
    from .claims import Claim
    from .measurerows import MeasureRow
    from .measures import Discrepancy
    from .values import Value

SCHEMA_VERSION = 1


def _num(x: float | str | None) -> float | int | str | None:
    if isinstance(x, float):
        x = round(x, 3)
        return int(x) if x == int(x) else x
    return x


def value_dict(v: Value) -> dict:
    d = asdict(v)
    d["low"], d["high"] = _num(v.low), _num(v.high)
    return d


def claim_dict(c: Claim) -> dict:
    return {
        "id": c.id,
        "source": c.source,
        "text": c.text,
        "quote": c.quote,
        "start": c.start,
        "end": c.end,
        "sentence": c.sentence,
        "attributed_to": c.attributed_to,
        "headline": c.headline,
        "values": [value_dict(v) for v in c.values],
        "frame": c.frame,
        "entities": [list(e) for e in c.entities],
        "qualifiers": list(c.qualifiers),
        "negated": c.negated,
        "core": list(c.core) if c.core else None,
        "doer": c.doer,
        "parties": list(c.parties),
    }


def to_dict(report: Report) -> dict:
    """The JSON contract documented in docs/report-json.md."""
    return {
        "schema": SCHEMA_VERSION,
        "model": report.model,
        "summary": report.counts(),
        "sources": [
            {
                "id": s.id,
                "path": s.path,
                "title": s.title,
                "date": s.date,
                "outlet": s.outlet,
                "url": s.url,
                "warnings": list(s.warnings),
            }
            for s in report.sources
        ],
        "claims": [claim_dict(c) for c in report.claims],
        "groups": [
            {
                "id": g.id,
                "verdict": g.verdict,
                "claims": list(g.claims),
                "sources": list(g.sources),
                "reason": g.reason,
                "notes": list(g.notes),
            }
            for g in report.groups
        ],
        "discrepancies": [discrepancy_dict(d) for d in report.discrepancies],
        "agreements": [agreement_dict(a) for a in report.agreements],
        "dropped": [asdict(d) for d in report.dropped],
        "skipped": [{"path": s.path, "reason": s.reason} for s in report.skipped],
    }


def discrepancy_dict(d: Discrepancy) -> dict:
    """A discrepancy with what each source says about its measure."""
    return {
        "id": d.id,
        "tier": d.tier,
        "measure": {"concept": d.concept, "subject": d.subject},
        "claims": list(d.claims),
        "sources": list(d.sources),
        "reason": d.reason,
        "said": _said(d.rows),
    }


def agreement_dict(a: Agreement) -> dict:
    """An agreement with what each source says about its measure."""
    return {"id": a.id, "verdict": a.verdict,
            "measure": {"concept": a.concept, "subject": a.subject},
            "claims": list(a.claims), "sources": list(a.sources), "reason": a.reason,
            "said": _said(a.rows)}


def _said(rows: Sequence[MeasureRow]) -> list[dict]:
    """What each source says about a measure, one entry a value mention."""
    return [{"source": r.source, "claim": r.claim, "value": value_dict(r.value), "quote": r.quote,
             "occasion": list(r.occasion + r.days), "scope": list(r.scope),
             "speaker": r.speaker, "published": r.published} for r in rows]


def to_json(report: Report) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"


def many(n: int, one: str, more: str) -> str:
    """A count with its noun ("1 claim", "4 claims"): the summary lines' counts."""
    return f"{n} {one if n == 1 else more}"


def _md_counts(report: Report) -> str:
    """The report's first line: the discrepancies by tier and the agreements on a measure, then
    the groups of claims worded alike by verdict."""
    n = report.counts()
    return (f"{n['sources']} sources, {n['claims']} claims: "
            f"{many(n['discrepancies'], 'discrepancy', 'discrepancies')} on a measure "
            f"({_tiers(report)}), {many(n['agreements'], 'agreement', 'agreements')}; "
            f"{n['groups']} groups of claims worded alike ({n['conflict']} conflict, "
            f"{n['compatible']} compatible, {n['agree']} agree, {n['single']} single).")


def _tiers(report: Report) -> str:
    """How many discrepancies of each tier ("1 conflict, 5 possible, 1 updated")."""
    return ", ".join(f"{sum(d.tier == tier for d in report.discrepancies)} {word}"
                     for tier, word in (("conflict", "conflict"), ("possible", "possible"),
                                        ("update", "updated")))


def to_markdown(report: Report) -> str:
    """A readable summary: discrepancies first, then agreements, then single-source claims."""
    claims = {c.id: c for c in report.claims}
    lines = ["# claimcheck report", "", _md_counts(report), "", *_md_measures(report)]
    # statement groups: claims worded alike, whatever their values measure (the measures'
    # findings come first, above)
    sections = [("Claims worded alike whose values differ", ("conflict", "compatible")),
                ("Claims worded alike that agree", ("agree",)),
                ("Single-source claims", ("single",))]
    for title, verdicts in sections:
        groups = [g for v in verdicts for g in report.groups if g.verdict == v]
        lines += [f"## {title}", ""]
        if not groups:
            lines += ["None.", ""]
            continue
        for g in groups:
            if g.verdict == "single":
                c = claims[g.claims[0]]
                who = f" — {c.attributed_to}" if c.attributed_to else ""
                lines.append(f"- {md_code(c.source)} {md_text(c.text)}{md_text(who)}")
                continue
            lines += [f"### {g.id} · {g.verdict}", "", md_text(g.reason), ""]
            lines += [f"> {md_text(n)}" for n in g.notes] + ([""] if g.notes else [])
            lines += ["| source | quote | values | said by |", "|---|---|---|---|"]
            for cid in g.claims:
                c = claims[cid]
                vals = ", ".join(v.text for v in c.values)
                lines.append(
                    f"| {md_text(c.source)} | {md_text(c.quote)} ({c.start}–{c.end}) | "
                    f"{md_text(vals)} "
                    f"| {md_text(c.attributed_to or '')} |"
                )
            lines.append("")
        lines.append("")
    if report.skipped:
        lines += (
            ["## Skipped files", ""]
            + [f"- {md_code(s.path)}: {md_text(s.reason)}" for s in report.skipped]
            + [""]
        )
    return "\n".join(lines).rstrip() + "\n"


TIER_TITLES = {"conflict": "conflict", "possible": "possible discrepancy", "update": "updated"}


def _md_measures(report: Report) -> list[str]:
    """Where sources disagree on one measure, then where they agree, each finding with what
    every outlet says."""
    outlets = {s.id: s.outlet or s.id for s in report.sources}
    parts: list[tuple[str, list[tuple[str, Discrepancy | Agreement]]]] = [
        ("disagree", [(TIER_TITLES[d.tier], d) for d in report.discrepancies]),
        ("agree", [(a.verdict, a) for a in report.agreements])]
    lines: list[str] = []
    for verb, found in parts:
        lines += [f"## Where sources {verb} on one measure", ""]
        if not found:
            lines += [_none_found(report) if verb == "disagree" else "None found.", ""]
        for label, f in found:
            lines += _md_measure(label, f, outlets)
    return lines


def _none_found(report: Report) -> str:
    """What to say when no measure's values disagree: that groups of claims worded alike may
    still set values against each other (their figures named no measure)."""
    n = sum(g.verdict == "conflict" for g in report.groups)
    if not n:
        return "None found."
    return (f"None found on a named measure; {n} group{'s' if n > 1 else ''} of claims worded "
            f"alike below set{'' if n > 1 else 's'} values against each other (Discrepancies).")


def _md_measure(label: str, f: Discrepancy | Agreement, outlets: dict[str, str]) -> list[str]:
    """One finding on a measure: its head, its reason, and a table of what each outlet says."""
    what = md_text(measure_name(f.concept, f.subject))
    lines = [f"### {f.id} · {label} · {what}", "", md_text(f.reason), "",
             "| outlet | value | quote | said by | published |", "|---|---|---|---|---|"]
    for r in f.rows:
        lines.append(
            f"| {md_text(outlets.get(r.source, r.source))} | **{md_text(r.value.text)}** "
            f"| {md_text(r.quote)} ({r.value.start}–{r.value.end}) "
            f"| {md_text(r.speaker or '')} | {r.published or ''} |")
    return lines + [""]


def check_target(path: Path) -> None:
    """Refuse an output path that is not a new path or a regular file: writing replaces what is
    there, and a device, a pipe or a symbolic link (which may lead anywhere) must stay as it is.

    Raises:
        InputError: the path (or its folder) cannot take the file; the message says what to do.
    """
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        if path.parent.exists() and not path.parent.is_dir():
            raise InputError(f"cannot write {path}: {path.parent} is not a folder") from None
        return
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    what = ("a symbolic link" if stat.S_ISLNK(mode) else "a folder" if stat.S_ISDIR(mode)
            else None if stat.S_ISREG(mode) else "not a regular file (a device, pipe or socket)")
    if what:
        raise InputError(f"will not write {path}: it is {what}; give a new path or a regular file")


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so a reader never sees half a file; only over a
    regular file or a new path (`check_target`)."""
    check_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _values_cell(c: Claim) -> str:
    return "; ".join(f"{v.text} = {describe(v)}" for v in c.values)


def claims_csv(report: Report) -> str:
    """One row per claim, with its group, the group's verdict and its values."""
    group_of = {cid: g for g in report.groups for cid in g.claims}
    rows = [
        {
            "claim": c.id,
            "source": c.source,
            "group": group_of[c.id].id,
            "verdict": group_of[c.id].verdict,
            "start": c.start,
            "end": c.end,
            "headline": c.headline,
            "attributed_to": c.attributed_to or "",
            "values": _values_cell(c),
            "text": c.text,
            "quote": c.quote,
        }
        for c in report.claims
    ]
    columns = [
        "claim",
        "source",
        "group",
        "verdict",
        "start",
        "end",
        "headline",
        "attributed_to",
        "values",
        "text",
        "quote",
    ]
    return csv_table(rows, columns)


def groups_csv(report: Report) -> str:
    """One row per group: verdict, sizes, sources, reason and notes."""
    rows = [
        {
            "group": g.id,
            "verdict": g.verdict,
            "claims": len(g.claims),
            "sources": len(g.sources),
            "source_ids": "; ".join(g.sources),
            "reason": g.reason,
            "notes": "; ".join(g.notes),
        }
        for g in report.groups
    ]
    columns = ["group", "verdict", "claims", "sources", "source_ids", "reason", "notes"]
    return csv_table(rows, columns)


def discrepancies_csv(report: Report) -> str:
    """One row per outlet's figure of each discrepancy, conflicts first: what each outlet says
    about the measure, to sort and filter in a spreadsheet."""
    columns = ["discrepancy", "tier", "concept", "subject", "source", "claim", "value", "reading",
               "start", "end", "speaker", "published", "quote", "reason"]
    rows = [
        {"discrepancy": d.id, "tier": d.tier, "concept": d.concept, "subject": d.subject,
         "source": r.source, "claim": r.claim, "value": r.value.text, "reading": describe(r.value),
         "start": r.value.start, "end": r.value.end, "speaker": r.speaker or "",
         "published": r.published or "", "quote": r.quote, "reason": d.reason}
        for d in report.discrepancies
        for r in d.rows
    ]
    return csv_table(rows, columns)


# format name -> the files it writes
RENDERERS = {
    "html": (("report.html", to_html),),
    "md": (("report.md", to_markdown),),
    "json": (("report.json", to_json),),
    "csv": (("claims.csv", claims_csv), ("groups.csv", groups_csv),
            ("discrepancies.csv", discrepancies_csv)),
}
DEFAULT_FORMATS = tuple(RENDERERS)


def write_reports(
    report: Report, out_dir: str | Path, *, formats: tuple[str, ...] = DEFAULT_FORMATS
) -> list[Path]:
    """Write the chosen formats into `out_dir`; returns the paths written. Every file is rendered
    before the first is written, so a failure leaves the folder as it was."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {out} is not a folder: give a folder (new or existing)")
    rendered = [(out / name, render(report)) for fmt in formats for name, render in RENDERERS[fmt]]
    for path, _ in rendered:
        check_target(path)
    for path, text in rendered:
        write_atomic(path, text)
    return [path for path, _ in rendered]


# --------------------------------------------------------------------------- check / batch results

CHECK_FORMATS = ("text", "json", "jsonl", "csv", "junit", "sarif", "claimreview")


def result_dict(r: CheckResult, *, fail_on: str) -> dict:
    """One check result as JSON: the verdict, whether it fails the gate, and the evidence."""
    return {
        "id": r.id,
        "row": r.row,
        "input": r.input,
        "claim": r.claim,
        "verdict": r.verdict,
        "failed": r.failed(fail_on),
        "reason": r.reason,
        "evidence": [asdict(e) for e in r.evidence],
    }


def render_results(results: list[CheckResult], fmt: str, *, fail_on: str,
                   name: str = "claims", lines: Mapping[str, int] | None = None) -> str:
    """Check results in one of CHECK_FORMATS (`name` is the claims file: the JUnit suite and
    class name, the SARIF artifact; `lines` the line each row id starts on, for SARIF)."""
    from .check import VERDICTS
    from .publish import to_claimreview, to_junit, to_sarif

    if fmt == "sarif":
        return to_sarif(results, fail_on=fail_on, path=name, lines=lines)
    if fmt == "claimreview":
        return to_claimreview(results)
    if fmt == "json":
        counts: dict[str, int] = {v: sum(r.verdict == v for r in results) for v in VERDICTS}
        doc = {"fail_on": fail_on, "summary": {**counts, "claims": len(results),
                                                 "failed": sum(r.failed(fail_on) for r in results)},
               "results": [result_dict(r, fail_on=fail_on) for r in results]}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(
            json.dumps(result_dict(r, fail_on=fail_on), ensure_ascii=False) + "\n" for r in results
        )
    if fmt == "csv":
        rows = [
            {
                "id": r.id,
                "claim": r.claim,
                "verdict": r.verdict,
                "failed": r.failed(fail_on),
                "reason": r.reason,
                "evidence": "; ".join(
                    f"{e.source}:{e.start}-{e.end} {e.relation}" for e in r.evidence
                ),
            }
            for r in results
        ]
        return csv_table(rows, ["id", "claim", "verdict", "failed", "reason", "evidence"])
    if fmt == "junit":
        return to_junit(results, fail_on=fail_on, name=name)
    return "".join(_result_text(r, fail_on) for r in results)


def _result_text(r: CheckResult, fail_on: str) -> str:
    from .publish import evidence_lines

    mark = " FAIL" if r.failed(fail_on) else ""  # fails --fail-on: the run exits 1
    lines = [f"{r.id} [{r.verdict}]{mark}: {r.shown}", f"  {r.reason}"]
    lines += ["  " + line for line in evidence_lines(r, limit=8)]
    return "\n".join(terminal(line) for line in lines) + "\n\n"
