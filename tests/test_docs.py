"""The documentation's command examples still run and exit as documented (after sqlite-utils'
tests/test_docs.py): every `claimcheck …` line in a code block or indented example of README.md
and docs/*.md, the `--help` of every command in README's table, and one cheap run of each
command the table names.

Not run, on purpose:
- `pip install …` lines (Quick start, the distillation steps): they need the network and change
  the environment the tests run in;
- `python -m pytest -q` and `CLAIMCHECK_REGEN_GOLDEN=1 python -m pytest …`: the first is the
  suite this file belongs to, the second rewrites the golden files;
- `python scripts/distill_static_model.py` and `python bench/run.py`: they take minutes (and torch);
- the "Python API" block: it parses the corpus three times over (build_report, check_claim,
  Checker), well over 20 s; the same calls are tested in test_report.py and test_check.py.
"""

from __future__ import annotations

import json
import os
import re
import shlex
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT
from typer.testing import CliRunner

from claimcheck.cli import app

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
runner = CliRunner()


def _examples() -> list[tuple[str, str]]:
    """`(file, command)` for each `claimcheck …` example in a fenced block or an indented one
    (`- run:` and `- ` of CI YAML and a leading `pip install … &&` stripped, comments dropped)."""
    found = []
    for path in DOCS:
        fenced = False
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.lstrip().startswith("```"):
                fenced = not fenced
                continue
            if not (fenced or line.startswith("    ")):
                continue
            text = re.sub(r"^(?:- )?(?:run: )?", "", line.strip())
            text = text.split("&&")[-1].strip()
            if text.startswith("claimcheck "):
                found.append((path.name, re.split(r"\s+#", text)[0].strip()))
    return list(dict.fromkeys(found))  # an example shown twice is run once


EXAMPLES = _examples()


def _table_commands() -> list[str]:
    """The commands README's "Commands" table lists (`report`, `claims`, …)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return list(dict.fromkeys(re.findall(r"^\| `claimcheck (\w+)", text, re.M)))


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One parse cache for the module: the corpus is parsed once, not once per example."""
    return tmp_path_factory.mktemp("cache")


def _run(args: list[str], cache: Path, cwd: Path = ROOT):
    """Run a command in-process from `cwd` (the repository root, where the docs' paths are)."""
    old = Path.cwd()
    os.chdir(cwd)
    try:
        return runner.invoke(app, args, env={"CLAIMCHECK_CACHE": str(cache)})
    finally:
        os.chdir(old)


def test_the_docs_show_examples():
    """The extraction finds what the docs show (else the tests below would test nothing)."""
    files = {f for f, _ in EXAMPLES}
    assert {"README.md", "gold.md"} <= files, EXAMPLES
    assert {c.split()[1] for _, c in EXAMPLES} >= {"report", "batch", "evaluate"}
    assert set(_table_commands()) == {"report", "claims", "values", "check", "batch", "evaluate"}


@pytest.mark.parametrize("name", _table_commands())
def test_every_documented_command_has_help(name: str, cache: Path):
    result = _run([name, "--help"], cache)
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


@pytest.mark.parametrize("where, command", EXAMPLES, ids=[f"{f}: {c}" for f, c in EXAMPLES])
def test_documented_example_runs(where: str, command: str, cache: Path, tmp_path: Path):
    """Each example, with the paths it writes to moved into a temporary folder (the committed
    reports/ stay as they are) and CI's placeholder paths (drafts/, sources/) made real."""
    args = shlex.split(command)[1:]
    claims = tmp_path / "claims.csv"
    claims.write_text("id,claim\nc1,Russia offered a 30-day ceasefire.\n"
                      "c2,The Istanbul talks lasted two hours.\n", encoding="utf-8")
    swap = {"drafts/claims.csv": str(claims), "sources/": str(CORPUS)}
    out_at = {i + 1 for i, a in enumerate(args) if a in ("--out", "-o")}
    args = [str(tmp_path / a) if i in out_at else swap.get(a, a) for i, a in enumerate(args)]
    result = _run(args, cache)
    if args[0] == "batch":
        # "fails the build (exit 1) when a claim of the draft conflicts with the corpus"
        written = Path(args[args.index("--out") + 1]).read_text(encoding="utf-8")
        if written.startswith("<?xml"):
            failed = "<failure" in written
        else:
            failed = bool(json.loads(written)["runs"][0]["results"])  # SARIF
        assert result.exit_code == (1 if failed else 0), result.output
        return
    assert result.exit_code == 0, result.output
    if args[0] == "report":
        written = sorted(p.name for p in (tmp_path / "reports").iterdir())
        assert written == ["claims.csv", "discrepancies.csv", "groups.csv", "report.html",
                           "report.json", "report.md"]
    if "--format" in args and args[args.index("--format") + 1] == "json":
        json.loads(result.stdout)


def test_claims_command_runs(cache: Path):
    result = _run(["claims", "corpus", "--format", "jsonl", "--quiet"], cache)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all({"id", "text", "quote"} <= set(r) for r in rows)


def test_values_command_runs(cache: Path):
    result = _run(["values", "The talks lasted a little over an hour.", "--format", "json"], cache)
    assert result.exit_code == 0, result.output
    assert [v["kind"] for v in json.loads(result.stdout)] == ["duration"]


def test_check_command_runs_and_exits_as_documented(cache: Path):
    """`check` exits 1 only when the claim fails `--fail-on conflict` (the default), else 0."""
    result = _run(["check", "Russia offered a 30-day ceasefire.", "--corpus", "corpus",
                   "--format", "json", "--quiet"], cache)
    verdicts = [r["verdict"] for r in json.loads(result.stdout)["results"]]
    assert verdicts
    assert result.exit_code == (1 if "conflict" in verdicts else 0), result.output


def test_readme_map_names_every_module():
    """README's "Map of the package" names every module of claimcheck/, and only those."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text[text.index("### Map of the package"):text.index("Where to add:")]
    named = set(re.findall(r"`((?:claims/)?\w+\.py)`", table))
    package = ROOT / "claimcheck"
    modules = {p.relative_to(package).as_posix() for p in package.glob("*.py")}
    modules |= {p.relative_to(package).as_posix() for p in package.glob("claims/*.py")}
    assert named == modules - {"__init__.py", "claims/__init__.py"}
