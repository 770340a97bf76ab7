"""Check results where others read them: SARIF 2.1.0 for code-scanning dashboards (a failing
claim shows on the line of the claims file it came from), JUnit XML for CI test reports, and
schema.org ClaimReview JSON-LD, the markup fact-checks are published with.

Both are deterministic: the same results give the same bytes (no times, no run ids).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from . import __version__
from .check import VERDICTS

if TYPE_CHECKING:
    from .check import CheckResult, Evidence

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/claimcheck/"
# a SARIF rule per verdict (its id is stable: dashboards track results by rule), with the level a
# failing claim of that verdict is shown at: a conflict is an error, a dispute among the sources a
# warning, the rest notes
RULES = {
    "conflict": ("error", "The sources contradict the claim."),
    "contested": ("warning", "Some sources back the claim and some contradict it."),
    "unverified": ("note", "No source in the corpus says this."),
    "compatible": ("note", "The sources give values that differ from the claim's but can both "
                           "be true."),
    "supported": ("note", "The sources say the same."),
}
# schema.org Rating for each verdict: 1 (the sources contradict it) to 5 (they back it), with the
# words a reader sees (`alternateName`)
RATINGS = {
    "conflict": (1, "Contradicted by the sources"),
    "contested": (2, "Disputed: the sources disagree"),
    "unverified": (3, "Unverified: no source says this"),
    "compatible": (4, "Compatible with the sources"),
    "supported": (5, "Supported by the sources"),
}


def _rule_id(verdict: str) -> str:
    return f"claimcheck/{verdict}"


def to_sarif(results: Sequence[CheckResult], *, fail_on: str, path: str,
             lines: Mapping[str, int] | None = None) -> str:
    """SARIF 2.1.0: one result per claim that fails the gate, its rule the verdict's, located
    at the claims file `path` (a relative path) and the line its row starts on (`lines`: row id
    to line)."""
    rules = [{"id": _rule_id(v), "name": v.capitalize(),
              "shortDescription": {"text": RULES[v][1]},
              "defaultConfiguration": {"level": RULES[v][0]}} for v in VERDICTS]
    found = []
    for r in results:
        if not r.failed(fail_on):
            continue
        region = {"startLine": (lines or {}).get(r.row or r.id, 1)}
        found.append({
            "ruleId": _rule_id(r.verdict),
            "ruleIndex": VERDICTS.index(r.verdict),
            "level": RULES[r.verdict][0],
            "message": {"text": f"{r.id}: {r.shown} — {r.reason}"},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": quote(path.replace("\\", "/"))},
                "region": region,
            }}],
            "partialFingerprints": {"claimId": r.id},
        })
    doc = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "claimcheck", "version": __version__,
                                "informationUri": INFORMATION_URI, "rules": rules}},
            "properties": {"failOn": fail_on},
            "results": found,
        }],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def to_claimreview(results: Sequence[CheckResult]) -> str:
    """schema.org ClaimReview JSON-LD, one per checked claim: the verdict as `reviewRating`, the
    reason as `reviewBody`, and every source that bears on it as an `appearance` of the claim
    (quote, offsets, speaker, publication date)."""
    reviews = []
    for r in results:
        value, words = RATINGS[r.verdict]
        reviews.append({
            "@type": "ClaimReview",
            "identifier": r.id,
            "claimReviewed": r.claim,
            "reviewBody": r.reason,
            "author": {"@type": "Organization", "name": "claimcheck"},
            "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5,
                             "worstRating": 1, "alternateName": words},
            "itemReviewed": {"@type": "Claim",
                             "appearance": [_appearance(e) for e in r.evidence]},
        })
    doc = {"@context": "https://schema.org", "@graph": reviews}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _appearance(e: Evidence) -> dict:
    """A source's sentence as a schema.org CreativeWork: where it is and what it says."""
    work: dict = {"@type": "CreativeWork", "identifier": f"{e.source}:{e.start}-{e.end}",
                  "text": e.quote, "description": e.relation}
    if e.url:
        work["url"] = e.url
    if e.published:
        work["datePublished"] = e.published
    if e.attributed_to:
        work["author"] = {"@type": "Person", "name": e.attributed_to}
    return work


def evidence_lines(r: CheckResult, limit: int | None = None) -> list[str]:
    """A check result's evidence, a line each (at most `limit`, then how many more)."""
    shown = r.evidence if limit is None else r.evidence[:limit]
    lines = [f'- [{e.relation}] {e.source} {e.start}–{e.end}'
             + (f" ({e.published})" if e.published else "") + f': "{e.quote}"'
             + (f" ({e.attributed_to})" if e.attributed_to else "")
             + (f" — {'; '.join(e.values)}" if e.values else "") for e in shown]
    if limit is not None and len(r.evidence) > limit:
        lines.append(f"- … and {len(r.evidence) - limit} more (--format json lists all)")
    return lines


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    """Text XML 1.0 can hold (control characters from scraped articles become U+FFFD)."""
    return _XML_BAD.sub("\ufffd", text)


def to_junit(results: Sequence[CheckResult], *, fail_on: str, name: str) -> str:
    """JUnit XML as Jenkins and GitLab read it (schema: tests/junit.xsd): one testcase per input
    row (named by its id, whatever the parse made of it), with the seconds spent on it, and a
    <failure> with the reason and the evidence when a claim of it fails the gate (a row split
    into claims lists each of them)."""
    import xml.etree.ElementTree as ET

    rows: dict[str, list[CheckResult]] = {}
    for r in results:
        rows.setdefault(r.row or r.id, []).append(r)
    failures = sum(any(r.failed(fail_on) for r in parts) for parts in rows.values())
    counts = {"tests": str(len(rows)), "failures": str(failures), "errors": "0", "skipped": "0"}
    root = ET.Element("testsuites", {"name": "claimcheck", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": _xml_text(Path(name).name), **counts})
    props = ET.SubElement(suite, "properties")
    ET.SubElement(props, "property", {"name": "fail-on", "value": fail_on})
    for row, parts in rows.items():
        seconds = f"{sum(r.seconds for r in parts):.3f}"
        case = ET.SubElement(suite, "testcase", {"name": _xml_text(row), "classname":
                                                 _xml_text(Path(name).name), "time": seconds})
        texts = [_junit_text(r, len(parts) > 1) for r in parts]
        if failed := [r for r in parts if r.failed(fail_on)]:
            message = failed[0].reason if len(failed) == 1 else (
                f"{len(failed)} of the row's {len(parts)} claims fail: "
                + "; ".join(f"{r.id} {r.verdict}" for r in failed))
            failure = ET.SubElement(
                case, "failure", {"message": _xml_text(message), "type": failed[0].verdict}
            )
            failure.text = _xml_text("\n\n".join(texts))
        out = ET.SubElement(case, "system-out")
        out.text = _xml_text("\n\n".join(f"[{r.verdict}] {t}" for r, t in zip(parts, texts,
                                                                                strict=True)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _junit_text(r: CheckResult, part: bool) -> str:
    """A claim's lines in a JUnit case: the claim (with its part id when the row was split), its
    reason, its evidence."""
    return "\n".join([f"{r.id}: {r.claim}" if part else r.shown, r.reason, *evidence_lines(r)])
