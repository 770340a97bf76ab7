"""The CLI as a user runs it: outputs, messages, exit codes."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS
from typer.testing import CliRunner

from claimcheck.cli import app

runner = CliRunner()


def test_report_writes_json_and_markdown(tmp_path):
    result = runner.invoke(app, ["report", str(CORPUS), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert {"sources", "claims", "groups", "dropped", "skipped"} <= set(data)
    assert len(data["sources"]) == 5
    assert all(not s["path"].startswith("/") for s in data["sources"])
    assert (tmp_path / "report.md").read_text(encoding="utf-8").startswith("# claimcheck report")
    assert "5 sources" in result.output


def test_report_is_byte_for_byte_reproducible(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert runner.invoke(app, ["report", str(CORPUS), "--out", str(a), "-q"]).exit_code == 0
    assert runner.invoke(app, ["report", str(CORPUS), "--out", str(b), "-q"]).exit_code == 0
    names = sorted(p.name for p in a.iterdir())
    assert names == ["claims.csv", "discrepancies.csv", "groups.csv", "report.html",
                     "report.json", "report.md"]
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_committed_reports_match_the_code(tmp_path):
    """reports/ must be regenerated when the output changes: see README, 'Regenerating reports'."""
    assert runner.invoke(app, ["report", str(CORPUS), "--out", str(tmp_path), "-q"]).exit_code == 0
    committed = CORPUS.parent / "reports"
    assert sorted(p.name for p in committed.iterdir()) == sorted(p.name for p in tmp_path.iterdir())
    for path in sorted(tmp_path.iterdir()):
        assert path.read_bytes() == (committed / path.name).read_bytes(), (
            f"reports/{path.name} is stale"
        )


@pytest.mark.parametrize(
    "args, message",
    [
        pytest.param(
            ["report", "no/such/folder"],
            "Error: corpus path not found: no/such/folder",
            id="missing-corpus",
        ),
        pytest.param(
            ["report", str(CORPUS), "--format", "pdf"],
            "Error: unknown --format pdf",
            id="bad-format",
        ),
        pytest.param(
            ["claims", str(CORPUS), "--model", "no_such_model"],
            "Error: spaCy model 'no_such_model' is not installed",
            id="missing-model",
        ),
    ],
)
def test_input_errors_exit_2_with_a_one_line_message(args, message):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_no_corpus_folder_here_says_the_default_was_used(tmp_path, monkeypatch):
    """`claimcheck report` run where there is no folder named corpus: the error says the default
    was looked for, not only that "corpus" is missing."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["report", "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.output.strip() == ("Error: corpus path not found: corpus (the default, a folder "
                                     "named corpus here: give the folder of articles)")


def test_empty_corpus_folder_exits_2(tmp_path):
    (tmp_path / "x.txt").write_text("")
    result = runner.invoke(app, ["report", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "Error: no readable article in" in result.output and "x.txt: empty file" in result.output


def test_skipped_file_is_warned_and_rest_reported(tmp_path):
    (tmp_path / "good.txt").write_text(
        "Russia and Ukraine agreed to exchange 1,000 prisoners of war each."
    )
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\x00\x00")
    result = runner.invoke(app, ["report", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "Warning: skipped bad.txt: binary file" in result.output
    data = json.loads((tmp_path / "out" / "report.json").read_text())
    assert data["skipped"] == [{"path": "bad.txt", "reason": "binary file (contains NUL bytes)"}]
    assert len(data["claims"]) == 1


@pytest.mark.parametrize(
    "fmt, check",
    [
        pytest.param(
            "csv", lambda out: out.splitlines()[0].startswith("id,source,start,end"), id="csv"
        ),
        pytest.param(
            "jsonl",
            lambda out: all(json.loads(line)["quote"] for line in out.splitlines()),
            id="jsonl",
        ),
        pytest.param("table", lambda out: "Talks last less than an hour." in out, id="table"),
    ],
)
def test_claims_command_formats(fmt, check):
    result = runner.invoke(app, ["claims", str(CORPUS), "--format", fmt], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    assert check(result.output)


def test_model_from_environment_variable():
    result = runner.invoke(
        app, ["claims", str(CORPUS)], env={"CLAIMCHECK_MODEL": "other_missing_model"}
    )
    assert result.exit_code == 2 and "'other_missing_model' is not installed" in result.output


def test_jobs_2_gives_the_same_report(tmp_path):
    assert runner.invoke(app, ["report", str(CORPUS), "--out", str(tmp_path), "-q", "--jobs", "2",
                               "--format", "json"]).exit_code == 0
    committed = CORPUS.parent / "reports" / "report.json"
    assert (tmp_path / "report.json").read_bytes() == committed.read_bytes()


def test_report_no_semantic_groups_on_words_only(tmp_path):
    """ "proposed a partial ceasefire" (001) and "suggested a ceasefire" (002) join on meaning
    only."""

    def together(args):
        out = tmp_path / args[-1]
        result = runner.invoke(
            app, ["report", str(CORPUS), "--out", str(out), "--format", "json", "-q", *args[:-1]]
        )
        assert result.exit_code == 0, result.output
        data = json.loads((out / "report.json").read_text(encoding="utf-8"))
        ids = [
            next(c["id"] for c in data["claims"] if c["source"].startswith(p) and f in c["text"])
            for p, f in (("001", "proposed a partial ceasefire"), ("002", "suggested a ceasefire"))
        ]
        return any(set(ids) <= set(g["claims"]) for g in data["groups"])

    assert together(["semantic"])
    assert not together(["--no-semantic", "words"])


@pytest.mark.parametrize("sentence, shown", [
    pytest.param("Shares rose 3% to $45.10 by 0740 GMT in Game 6.",
                 ["'3%': percent exact [3, 3] unit % role change (up)",
                  "'0740': time exact [07:40, 07:40] zone UTC",
                  "'6': skipped, a label: Game 6 names one thing, it counts nothing"],
                 id="zone-role-direction-and-skipped-numbers"),
    pytest.param("Nine miners died. Tom Okafor, 51, ran 5 km.",
                 ["'Nine': count exact [9, 9] counts 'miner'",
                  "'51': age exact [51, 51] unit years of 'okafor'",
                  "'5 km': length exact [5000, 5000] unit m"],
                 id="what-a-figure-counts-and-what-it-is-said-of"),
])
def test_values_prints_each_figure_as_read(sentence, shown):
    result = runner.invoke(app, ["values", sentence])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    for line in shown:
        assert line in lines


def test_report_summary_counts_findings_on_measures(tmp_path):
    """The line a user reads after a run says how many discrepancies and agreements on a measure
    the report holds, beside the groups."""
    result = runner.invoke(app, ["report", str(CORPUS), "--out", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert (len(data["discrepancies"]), len(data["agreements"])) == (1, 3)
    assert "1 discrepancy on a measure (1 conflict), 3 agreements;" in result.output


def test_batch_summary_counts_rows_beside_claims_when_a_row_is_split(tmp_path):
    """A row the parse splits into two claims: the line after `batch` says how many rows it
    read, as JUnit counts them, beside how many claims it checked."""
    claims = tmp_path / "claims.csv"
    claims.write_text("id,claim\nc1,The talks lasted a little over an hour.\n"
                      "c2,The talks lasted two hours. They took place in Istanbul.\n",
                      encoding="utf-8")
    result = runner.invoke(app, ["batch", str(claims), "--corpus", str(CORPUS)])
    summary = [line for line in result.output.splitlines() if "failed --fail-on" in line]
    assert len(summary) == 1 and summary[0].startswith("2 rows, 3 claims: "), result.output


@pytest.mark.parametrize("claims, head", [
    pytest.param(["The talks lasted a little over an hour."], "1 claim: ", id="one-claim"),
    pytest.param(["The talks lasted a little over an hour.", "The talks took place in Istanbul."],
                 "2 claims: ", id="two-claims"),
])
def test_check_summary_counts_claims_in_words(claims, head):
    """The line after `check` names one claim in the singular."""
    result = runner.invoke(app, ["check", " ".join(claims), "--corpus", str(CORPUS)])
    summary = [line for line in result.output.splitlines() if "failed --fail-on" in line]
    assert len(summary) == 1 and summary[0].startswith(head), result.output


@pytest.mark.parametrize("command", [
    pytest.param(["check", "The talks lasted a little over an hour."], id="check"),
    pytest.param(["batch", "CLAIMS"], id="batch"),
])
def test_a_checking_command_takes_the_corpus_after_its_argument(tmp_path, command):
    """`check TEXT CORPUS` and `batch CLAIMS CORPUS`, as `report CORPUS` is written, give what
    --corpus gives; both ways at once read every path given."""
    claims = tmp_path / "claims.txt"
    claims.write_text("The talks lasted a little over an hour.\n", encoding="utf-8")
    command = [str(claims) if part == "CLAIMS" else part for part in command]
    by_option = runner.invoke(app, [*command, "--corpus", str(CORPUS), "--format", "json"])
    after = runner.invoke(app, [*command, str(CORPUS), "--format", "json"])
    assert by_option.exit_code == after.exit_code == 1, after.output
    assert json.loads(after.stdout) == json.loads(by_option.stdout)
    one = sorted(CORPUS.glob("*.txt"))[0]
    both = runner.invoke(app, [*command, str(one), "--corpus", str(CORPUS), "--format", "json"])
    assert json.loads(both.stdout) == json.loads(by_option.stdout)
