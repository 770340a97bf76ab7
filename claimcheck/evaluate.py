"""Score a report against a gold file of expected findings (format: docs/gold.md).

A gold file lists findings (claims of several sources that must share one group, with the
verdicts allowed for it) and traps (claims that must never share a group). The scores:

- conflicts: precision = conflict groups that are a gold finding allowing `conflict` (or hold
  claims of two of its members from two sources), over all conflict groups (the gold file lists
  every known discrepancy, so any other conflict is a false alarm); recall = findings that must
  be a conflict and are, over such findings.
- discrepancies: a report's `discrepancies` (claims of sources disagreeing on one measure,
  however worded) count as well: a `conflict` one holding claims of two or more members of a
  finding allowing `conflict` holds it (some outlets' sentences may hold no figure read); one
  showing the figure of any member of such a finding is explained in conflict precision;
  `possible` and `update` ones count in discrepancy recall (findings that must be a conflict
  and are flagged in any tier); a trap whose members share a `conflict` or `update` one is hit.
- agreements: precision = agree groups that are a gold agreement, over the agree groups holding
  any claim the gold file names; recall = findings allowing `agree` that hold, over such findings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast, get_args

import yaml

from .compare import Verdict
from .errors import InputError

VERDICTS: tuple[Verdict, ...] = get_args(Verdict)  # agree, compatible, conflict, single


@dataclass(frozen=True)
class Member:
    """One expected claim: a source id prefix and a fragment of the claim's text."""

    source: str
    text: str


@dataclass(frozen=True)
class GoldFinding:
    id: str
    members: tuple[Member, ...]
    expect: tuple[str, ...] = ()
    what: str = ""


@dataclass(frozen=True)
class Gold:
    findings: tuple[GoldFinding, ...]
    apart: tuple[GoldFinding, ...]


@dataclass(frozen=True)
class Outcome:
    """How one gold finding or trap fared: the group that holds all members (if any) and whether
    the finding holds (or, for a trap, whether the members stayed apart)."""

    id: str
    holds: bool
    group: str | None
    verdict: str | None
    expect: tuple[str, ...]
    missing: tuple[str, ...]  # members that match no claim
    flagged: bool = False  # a conflict group or a discrepancy of any tier holds every member


@dataclass(frozen=True)
class Score:
    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __str__(self) -> str:
        return f"{self.hits}/{self.total}" + (f" = {self.value:.0%}" if self.total else "")


@dataclass(frozen=True)
class Evaluation:
    findings: tuple[Outcome, ...]
    apart: tuple[Outcome, ...]
    conflict_precision: Score
    conflict_recall: Score
    discrepancy_recall: Score
    agreement_precision: Score
    agreement_recall: Score
    false_conflicts: tuple[str, ...]  # reasons of conflict groups no gold finding explains

    def to_dict(self) -> dict:
        def score(s: Score) -> dict:
            return {"hits": s.hits, "total": s.total, "value": s.value}

        def outcome(o: Outcome) -> dict:
            return {"id": o.id, "holds": o.holds, "group": o.group, "verdict": o.verdict,
                    "expect": list(o.expect), "missing": list(o.missing)}

        return {
            "conflicts": {
                "precision": score(self.conflict_precision),
                "recall": score(self.conflict_recall),
            },
            "discrepancies": {"recall": score(self.discrepancy_recall)},
            "agreements": {
                "precision": score(self.agreement_precision),
                "recall": score(self.agreement_recall),
            },
            "findings": [outcome(o) for o in self.findings],
            "apart": [outcome(o) for o in self.apart],
            "false_conflicts": list(self.false_conflicts),
        }


def load_gold(path: str | Path) -> Gold:
    """Read a gold file (YAML or JSON); raises InputError naming what is wrong."""
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"gold file not found: {p}") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read gold file {p}: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, Mapping) or not isinstance(data.get("findings", []), list):
        raise InputError(
            f"gold file {p}: expected a mapping with a `findings` list (see docs/gold.md)"
        )
    return Gold(tuple(_finding(p, f, trap=False) for f in data.get("findings") or []),
                tuple(_finding(p, f, trap=True) for f in data.get("apart") or []))


def _finding(path: Path, item: Any, *, trap: bool) -> GoldFinding:
    """One finding or trap of a gold file, checked."""
    where = (
        f"gold file {path}, entry {item.get('id', '?') if isinstance(item, Mapping) else item!r}"
    )
    if (
        not isinstance(item, Mapping)
        or "id" not in item
        or not isinstance(item.get("members"), list)
    ):
        raise InputError(f"{where}: each entry needs an `id` and a `members` list")
    members = []
    for m in item["members"]:
        if not isinstance(m, Mapping) or not m.get("source") or not m.get("text"):
            raise InputError(f"{where}: each member needs `source` and `text`")
        members.append(Member(str(m["source"]), str(m["text"])))
    if len(members) < 2:
        raise InputError(f"{where}: a finding needs at least two members")
    expect = tuple(item.get("expect") or ())
    bad = [v for v in expect if v not in VERDICTS]
    if bad or (not trap and not expect):
        raise InputError(f"{where}: `expect` must list verdicts among {', '.join(VERDICTS)}")
    return GoldFinding(str(item["id"]), tuple(members), expect, str(item.get("what", "")))


def evaluate(report: Mapping, gold: Gold) -> Evaluation:
    """Score a report (the JSON contract, as a dict) against the gold findings."""
    find = _Locator(report)
    findings = [find.finding(f) for f in gold.findings]
    apart = [find.trap(f) for f in gold.apart]
    conflict_ok = {
        o.group
        for o, f in zip(findings, gold.findings, strict=False)
        if o.group and "conflict" in f.expect
    }
    conflicts = [g for g in report["groups"] if g["verdict"] == "conflict"]
    conflict_ok |= {g["id"] for g in conflicts
                    if any(find.joins(g, f) for f in gold.findings if "conflict" in f.expect)}
    conflicts += [d for d in find.discrepancies if d["verdict"] == "conflict"]
    conflict_ok |= {d["id"] for d in find.discrepancies
                    if any(find.touches(d, f) for f in gold.findings if "conflict" in f.expect)}
    must_conflict = [o for o in findings if o.expect == ("conflict",)]
    agreement_findings = [o for o in findings if "agree" in o.expect]
    agreed = {o.group for o in agreement_findings if o.holds}
    named = {cid for f in gold.findings for m in f.members for cid in find.claims_of(m)}
    agree_touching = [
        g
        for g in report["groups"]
        if g["verdict"] == "agree" and len(g["sources"]) > 1 and named & set(g["claims"])
    ] + [a for a in find.agreements if a["verdict"] == "agree" and named & a["claims"]]
    return Evaluation(
        findings=tuple(findings),
        apart=tuple(apart),
        conflict_precision=Score(sum(g["id"] in conflict_ok for g in conflicts), len(conflicts)),
        conflict_recall=Score(sum(o.holds for o in must_conflict), len(must_conflict)),
        discrepancy_recall=Score(sum(o.flagged for o in must_conflict), len(must_conflict)),
        agreement_precision=Score(
            sum(g["id"] in agreed for g in agree_touching), len(agree_touching)
        ),
        agreement_recall=Score(sum(o.holds for o in agreement_findings), len(agreement_findings)),
        false_conflicts=tuple(g["reason"] for g in conflicts if g["id"] not in conflict_ok),
    )


def _measured(d: Mapping, verdict: str) -> dict:
    """A finding on a measure (a discrepancy or an agreement) as a container of claims: those it
    names and those whose figures it shows."""
    return {"id": d["id"], "verdict": verdict, "reason": d["reason"],
            "claims": set(d["claims"]) | {r["claim"] for r in d.get("said", [])},
            "said": [(r["claim"], r["value"]["text"].lower()) for r in d.get("said", [])]}


# the fewest characters of a claim's quote that, lying inside a gold member's text, make it a
# part the tool split off the member's sentence ("Roe, 33" of "Roe, 33, was shot"); shorter
# quotes ("he said") lie inside too many sentences to name one
MIN_PART = 8


def _plain(text: str) -> str:
    """Text compared without case, and with any run of white space as one space."""
    return " ".join(text.lower().split())


class _Locator:
    """Finds a gold file's members among a report's claims, and the group holding them all."""

    def __init__(self, report: Mapping):
        self.report = report
        self.group_of = {cid: g for g in report["groups"] for cid in g["claims"]}
        self.discrepancies = [_measured(d, d["tier"]) for d in report.get("discrepancies", [])]
        self.agreements = [_measured(a, a["verdict"]) for a in report.get("agreements", [])]

    def holding(self, finding: GoldFinding) -> list[dict]:
        """The `conflict` and `update` discrepancies and the agreements showing the figure of
        every member (a `possible` discrepancy already says the measure may differ)."""
        return [d for d in self.discrepancies + self.agreements if d["verdict"] != "possible"
                and all(self.says(d, m) for m in finding.members)]

    def covers(self, d: dict, finding: GoldFinding) -> bool:
        """Whether a discrepancy holds claims of two or more members of a finding from two
        sources (what it flags is that finding, or part of it)."""
        sources = {m.source for m in finding.members if self.says(d, m)}
        return len(sources) >= 2

    def joins(self, g: Mapping, finding: GoldFinding) -> bool:
        """Whether a group holds claims of two or more members of a finding from two sources
        (it flags part of that finding)."""
        ids = set(g["claims"])
        return len({m.source for m in finding.members if self.claims_of(m) & ids}) >= 2

    def touches(self, d: dict, finding: GoldFinding) -> bool:
        """Whether a discrepancy shows a member's figure: it is about that finding's measure (a
        gold finding names one sentence a value, not every outlet's)."""
        return any(self.says(d, m) for m in finding.members)

    def says(self, d: dict, m: Member) -> bool:
        """Whether a discrepancy shows a member's figure: a claim of the member, with a value
        written inside the member's text."""
        ids = self.claims_of(m)
        return any(cid in ids and text in m.text.lower() for cid, text in d["said"])

    def claims_of(self, m: Member) -> set[str]:
        """The claims a member names: its source id's start, and its text inside theirs or
        inside their quote (the words as the article has them: a gold file is written from the
        articles, while a claim's text may be rewritten, "Roe is 33 years old" for "Roe, 33"),
        or their quote inside its text: a part the tool split off the member's sentence ("Roe,
        33" of "Roe, 33, was shot"), of `MIN_PART` characters at least."""
        needle = _plain(m.text)
        return {
            c["id"]
            for c in self.report["claims"]
            if c["source"].startswith(m.source)
            and (needle in _plain(c["text"]) or needle in (quote := _plain(c.get("quote", "")))
                 or len(quote) >= MIN_PART and quote in needle)
        }

    def locate(self, finding: GoldFinding) -> tuple[dict | None, tuple[str, ...]]:
        """The group holding a claim of every member (the first such, by id), and the members
        matching no claim."""
        sets, missing = [], []
        for m in finding.members:
            ids = self.claims_of(m)
            if not ids:
                missing.append(f"{m.source}: {m.text}")
            sets.append({self.group_of[i]["id"] for i in ids if i in self.group_of})
        common = set.intersection(*sets) if sets else set()
        if missing or not common:
            return None, tuple(missing)
        gid = min(common)
        return next(g for g in self.report["groups"] if g["id"] == gid), ()

    def finding(self, f: GoldFinding) -> Outcome:
        """A finding holds when one group holds every member with an expected verdict, or, for
        one allowing `conflict`, when a `conflict` discrepancy does."""
        g, missing = self.locate(f)
        gid, verdict = cast("str | None", g and g["id"]), cast("str | None", g and g["verdict"])
        holds = g is not None and g["verdict"] in f.expect
        flagged = holds and verdict == "conflict"
        if not holds and "conflict" in f.expect:
            found = sorted((d for d in self.discrepancies if self.covers(d, f)),
                           key=lambda d: (d["verdict"] != "conflict", d["id"]))
            if found:
                gid, verdict = found[0]["id"], found[0]["verdict"]
                holds, flagged = verdict == "conflict", True
        if not holds and (agreed := [a for a in self.agreements
                                     if a["verdict"] in f.expect and self.covers(a, f)]):
            gid, verdict, holds = agreed[0]["id"], agreed[0]["verdict"], True
        return Outcome(f.id, holds, gid, verdict, f.expect, missing, flagged)

    def trap(self, f: GoldFinding) -> Outcome:
        """A trap holds when no group and no discrepancy holds every member (and every member
        is found)."""
        g, missing = self.locate(f)
        if g is None and not missing and (found := self.holding(f)):
            g = {"id": found[0]["id"], "verdict": found[0]["verdict"]}
        return Outcome(f.id, g is None and not missing, cast("str | None", g and g["id"]),
                       cast("str | None", g and g["verdict"]), (), missing)


def to_text(ev: Evaluation) -> str:
    """A short plain-text summary for the terminal."""
    lines = [f"conflicts:  precision {ev.conflict_precision}, recall {ev.conflict_recall}",
             f"discrepancies flagged in any tier: recall {ev.discrepancy_recall}",
             f"agreements: precision {ev.agreement_precision}, recall {ev.agreement_recall}",
             f"traps kept apart: {sum(o.holds for o in ev.apart)}/{len(ev.apart)}", ""]
    for o in ev.findings:
        got = f"{o.group} {o.verdict}" if o.group else "not grouped"
        lines.append(
            f"  {'ok  ' if o.holds else 'MISS'} {o.id:<8} expect {'/'.join(o.expect):<18} got {got}"
            + (f" (no claim for: {'; '.join(o.missing)})" if o.missing else "")
        )
    for o in ev.apart:
        lines.append(f"  {'ok  ' if o.holds else 'HIT '} {o.id:<8} kept apart" if o.holds else
                     f"  HIT  {o.id:<8} joined in {o.group}" if o.group else
                     f"  MISS {o.id:<8} no claim for: {'; '.join(o.missing)}")
    for reason in ev.false_conflicts:
        lines.append(f"  unexplained {reason}")
    return "\n".join(lines) + "\n"
