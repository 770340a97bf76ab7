"""The tally of a contested claim (`verdicts`): value by value, and measure by measure for a claim
with several figures, the same in every output (CLI text, JSON, JUnit, SARIF)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.check import Checker
from claimcheck.cli import app

HERE = Path(__file__).parent
# a made-up quake: deaths 19 (a) or 17 (b, c, d); injured 40 (a, b) or 35 (c); d gives no injured
TALLY = HERE / "data" / "tally"
runner = CliRunner()
CLAIM = "The quake killed 19 people, injuring 40."
REASON = ("contested: deaths — 19: 1 source (a); 17: 3 sources (b, c, d) · "
          "injured — 40: 2 sources (a, b); 35: 1 source (c)")


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return Checker(TALLY, cache=tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("text, reason", [
    pytest.param(CLAIM, REASON, id="two-measures-the-claims-values-first"),
    pytest.param("The quake killed 17 people, injuring 35.",
                 "contested: deaths — 17: 3 sources (b, c, d); 19: 1 source (a) · "
                 "injured — 35: 1 source (c); 40: 2 sources (a, b)", id="the-other-side"),
    pytest.param("The quake killed 19 people.", "contested: 19: 1 source (a); 17: 3 sources "
                 "(b, c, d)", id="one-measure-no-measure-name"),
])
def test_a_contested_claim_tallies_each_measure(checker, text, reason):
    result, = checker.check([("1", text)])
    assert result.reason == reason


def test_each_source_says_what_it_gives_for_each_measure(checker):
    result, = checker.check([("1", CLAIM)])
    said = {e.source: [(a.measure, a.text, a.same) for a in e.answers] for e in result.evidence}
    assert said["c"] == [("deaths", "17", False), ("injured", "35", False)]
    assert said["a"] == [("deaths", "19", True), ("injured", "40", True)]
    assert said["d"] == [("deaths", "17", False)]


def test_the_cli_text_and_json_give_the_tally(tmp_path):
    text = runner.invoke(app, ["check", CLAIM, "-c", str(TALLY), "--cache", str(tmp_path), "-q"])
    assert text.exit_code == 1 and text.output.splitlines()[1].strip() == REASON, text.output
    doc = runner.invoke(app, ["check", CLAIM, "-c", str(TALLY), "--cache", str(tmp_path), "-q",
                              "--format", "json"])
    result = json.loads(doc.stdout)["results"][0]
    assert result["reason"] == REASON
    assert {"measure": "injured", "text": "35", "reading": "35", "same": False} in next(
        e["answers"] for e in result["evidence"] if e["source"] == "c")


@pytest.mark.parametrize("fmt", ["junit", "sarif"])
def test_junit_and_sarif_give_the_tally(tmp_path, fmt):
    claims = tmp_path / "claims.csv"
    claims.write_text(f'id,claim\nq1,"{CLAIM}"\n', encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    result = runner.invoke(app, ["batch", str(claims), "-c", str(TALLY), "--format", fmt,
                                 "--out", str(out), "--cache", str(tmp_path / "cache"), "-q"])
    assert result.exit_code == 1, result.output
    written = out.read_text(encoding="utf-8")
    if fmt == "sarif":
        written = json.loads(written)["runs"][0]["results"][0]["message"]["text"]
    assert REASON in written, written
