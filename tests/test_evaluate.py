"""`claimcheck evaluate`: scoring a report against tests/gold/seed.yaml
(shared/acceptance/seed-findings.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.evaluate import evaluate, load_gold

GOLD = Path(__file__).parent / "gold" / "seed.yaml"
# every finding of seed-findings.md holds; one that stops holding must show up here
HOLDS = {"D1", "D2", "D3", "D4", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10"}


def test_seed_report_scores(seed_json):
    ev = evaluate(seed_json, load_gold(GOLD))
    # the conflict is found twice: as a group, and by the measure table (duration of talk)
    assert (ev.conflict_precision.hits, ev.conflict_precision.total) == (2, 2)
    assert ev.conflict_recall.value == 1.0
    assert all(o.holds for o in ev.apart)
    assert {o.id for o in ev.findings if o.holds} == HOLDS
    assert not [o.missing for o in ev.findings if o.missing], "a gold member matches no claim"


def test_a_false_conflict_lowers_precision(seed_json):
    data = json.loads(json.dumps(seed_json))
    a1 = next(g for g in data["groups"] if g["verdict"] == "agree")
    a1["verdict"] = "conflict"
    ev = evaluate(data, load_gold(GOLD))
    assert (ev.conflict_precision.hits, ev.conflict_precision.total) == (2, 3)
    assert ev.false_conflicts == (a1["reason"],)


def test_evaluate_command_on_a_saved_report(tmp_path):
    report = Path(__file__).parents[1] / "reports" / "report.json"
    result = CliRunner().invoke(app, ["evaluate", str(GOLD), str(report)])
    assert result.exit_code == 0, result.output
    assert "conflicts:  precision 2/2 = 100%, recall 1/1 = 100%" in result.output
    assert "ok   D1" in result.output
    result = CliRunner().invoke(app, ["evaluate", str(GOLD), str(report), "--format", "json"])
    assert json.loads(result.output)["conflicts"]["recall"]["value"] == 1.0


@pytest.mark.parametrize(
    "text, message",
    [
        pytest.param(None, "gold file not found", id="missing"),
        pytest.param("findings: [", "cannot read gold file", id="bad-yaml"),
        pytest.param(
            "- just a list", "expected a mapping with a `findings` list", id="not-a-mapping"
        ),
        pytest.param(
            "findings:\n  - id: X\n    expect: [agree]\n    members: [{source: '001', text: a}]",
            "a finding needs at least two members",
            id="one-member",
        ),
        pytest.param(
            "findings:\n  - id: X\n    expect: [maybe]\n    members: [{source: '1', text: a}, "
            "{source: '2', text: b}]",
            "`expect` must list verdicts",
            id="unknown-verdict",
        ),
    ],
)
def test_bad_gold_file_is_a_clear_error(tmp_path, text, message):
    gold = tmp_path / "gold.yaml"
    if text is not None:
        gold.write_text(text)
    report = Path(__file__).parents[1] / "reports" / "report.json"
    result = CliRunner().invoke(app, ["evaluate", str(gold), str(report)])
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and message in result.output


def _agreed_age(tmp_path, quote: str, member: str):
    """How a gold agreement on Ann Roe's age fares when source a's claim quotes `quote` and
    the gold member of source a reads `member` (source b's claim and member match)."""
    report = {
        "claims": [
            {"id": "c1", "source": "a", "text": "Ann Roe is 33 years old.", "quote": quote},
            {"id": "c2", "source": "b", "text": "Ann Roe is 33 years old.",
             "quote": "Ann Roe, aged 33"},
        ],
        "groups": [{"id": "g1", "verdict": "agree", "claims": ["c1", "c2"],
                    "sources": ["a", "b"], "reason": "both give 33"}],
    }
    gold = tmp_path / "gold.yaml"
    gold.write_text("findings:\n  - id: A1\n    expect: [agree]\n    members:\n"
                    f"      - {{source: a, text: '{member}'}}\n"
                    "      - {source: b, text: 'Roe, aged 33'}\n", encoding="utf-8")
    (finding,) = evaluate(report, load_gold(gold)).findings
    return finding


def test_a_member_written_as_the_article_reads_matches_a_rewritten_claim(tmp_path):
    """A gold file is written from the articles: "Ann Roe, 33" names the claim the tool
    rewrote as "Ann Roe is 33 years old", however the article breaks its lines."""
    finding = _agreed_age(tmp_path, "Ann\nRoe, 33", "Ann Roe, 33")
    assert finding.holds and not finding.missing


@pytest.mark.parametrize(("quote", "found"), [
    pytest.param("Ann Roe, 33", True, id="a-part-split-off-the-sentence"),
    pytest.param("Roe, 33", False, id="a-part-too-short-to-name-one-sentence"),
])
def test_a_member_names_a_claim_split_off_its_sentence(tmp_path, quote, found):
    """A gold member quotes a sentence ("Ann Roe, 33, was shot in Kelton"); the tool may keep
    the age as a claim of its own, quoting only "Ann Roe, 33": that claim is the member's."""
    finding = _agreed_age(tmp_path, quote, "Ann Roe, 33, was shot in Kelton")
    assert finding.holds is found and bool(finding.missing) is not found
