"""The accuracy bench's floor gate: a measure past its floor fails the run (as .ci/run uses it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from accuracy import check  # noqa: E402
from measures import values  # noqa: E402
from measures.events import DEV  # noqa: E402


def _floors(tmp_path: Path, limits: dict) -> Path:
    path = tmp_path / "floors.json"
    path.write_text(json.dumps({"quick": limits}), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("limits", "broken"),
    [
        pytest.param({"values_dev_f1": {"min": 70}}, [], id="floor-held"),
        pytest.param({"values_dev_f1": {"min": 80}}, ["values_dev_f1 is 74.2, below its floor 80"],
                     id="floor-broken"),
        pytest.param({"mixed_groups": {"max": 1}}, ["mixed_groups is 1.4, above its ceiling 1"],
                     id="ceiling-broken"),
        pytest.param({"gold_conflict_precision": {"min": 90}}, [], id="nothing-to-count-holds"),
    ],
)
def test_check_names_every_broken_limit(tmp_path, limits, broken):
    measures = {"values_dev_f1": 74.2, "mixed_groups": 1.4, "gold_conflict_precision": None}
    assert check(measures, "quick", _floors(tmp_path, limits)) == broken


def test_f1_of_counts():
    assert values.f1(3, 4, 6) == pytest.approx((75.0, 50.0, 60.0))
    assert values.f1(0, 0, 5) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize(("read", "low", "high", "matches"), [
    pytest.param("9-3", 9, 3, True, id="two-figures"),
    pytest.param("45-7-2", 45, 7, True, id="three-figures-annotated-by-two"),
    pytest.param("9-30", 9, 3, False, id="another-second-figure"),
    pytest.param("3-9", 9, 3, False, id="the-other-way-round"),
])
def test_a_score_matches_its_annotation_figure_for_figure(read, low, high, matches):
    from claimcheck import Value

    annotated = {"kind": "score", "low": low, "high": high, "value": None}
    assert values.number_matches(Value(read, "score", read, read, "exact"), annotated) is matches


@pytest.mark.parametrize(("kind", "low", "unit", "annotated", "matches"), [
    pytest.param("money", -15.0, "EUR", {"kind": "money", "value": -15, "unit": "EUR"}, True,
                 id="a-negative-number"),
    pytest.param("money", -15.0, "EUR", {"kind": "money", "value": -16, "unit": "EUR"}, False,
                 id="another-negative-number"),
    pytest.param("temperature", 45.556, "°C",
                 {"kind": "other", "value": 114, "unit": "degree fahrenheit"}, True,
                 id="fahrenheit-read-in-celsius"),
    pytest.param("speed", 55.556, "meter / second",
                 {"kind": "other", "value": 200, "unit": "kilometre per hour"}, True,
                 id="a-unit-named-in-the-singular"),
    pytest.param("mass", 11.34, "kilogram", {"kind": "other", "value": 25, "unit": "pound-mass"},
                 True, id="pound-mass"),
])
def test_a_number_matches_its_annotation_in_claimchecks_units(kind, low, unit, annotated,
                                                               matches):
    from claimcheck import Value

    value = Value("", kind, low, low, "exact", unit)
    assert values.number_matches(value, annotated) is matches


@pytest.mark.skipif(not DEV.is_dir(), reason="needs ../shared (the dev corpus) beside the checkout")
def test_bench_exits_1_when_a_floor_is_broken(tmp_path):
    floors = _floors(tmp_path, {"values_dev_f1": {"min": 100.5}})
    run = subprocess.run([sys.executable, str(BENCH / "accuracy.py"), "--quick", "--only", "values",
                          "--check", "--no-write", "--floors", str(floors)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 1, run.stderr
    assert "FLOOR BROKEN: values_dev_f1 is" in run.stderr
    assert "| values_dev_f1 |" in run.stdout


@pytest.mark.skipif(not DEV.is_dir(), reason="needs ../shared (the dev corpus) beside the checkout")
def test_check_measure_turns_verbs_and_changes_figures():
    """The `check` part's claims: each sentence as written, with a figure changed, with its
    verb turned; the change is in the claim's text."""
    from measures import check as checks

    made = checks.claims_of({"4_ecbplus"}, seed=17)
    assert {kind for _, _, kind, _, _ in made} == {"true", "figure", "verb"}
    for _event, _doc, kind, text, change in made:
        assert (kind == "true") == (change == "") and change in text


@pytest.mark.parametrize(("verdicts", "change", "expected"), [
    pytest.param([("conflict", "Pats lost 24-7"), ("supported", "Brady threw two")], "lost",
                 "conflict", id="the-part-with-the-change-decides"),
    pytest.param([("supported", "Brady threw two")], "lost", "unverified",
                 id="no-part-holds-the-change"),
    pytest.param([("unverified", "a"), ("supported", "b")], "", "supported",
                 id="a-true-sentence-takes-its-best-support"),
])
def test_check_measure_verdict_of_a_split_sentence(verdicts, change, expected):
    from types import SimpleNamespace

    from measures import check as checks

    parts = [SimpleNamespace(verdict=v, claim=c) for v, c in verdicts]
    assert checks._verdict(parts, change) == expected
