"""Agreements: outlets that give one measure the same figure, however they word it.

Every case is made-up one-paragraph articles run through `build_report`, as a user runs a folder;
the assertions are on the report's `agreements` and on what the JSON and Markdown show of them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import write_sources

from claimcheck import build_report
from claimcheck.report import to_json, to_markdown


def _report(tmp_path: Path, *texts: str):
    return build_report(write_sources(tmp_path, *texts))


def _found(report) -> set[tuple[str, str, str]]:
    return {(a.verdict, a.concept, a.subject) for a in report.agreements}


CASES = [
    pytest.param("Nine miners were killed in the blast at the Orvik pit on Monday.",
                 "The explosion at the Orvik pit left nine dead on Monday, officials said.",
                 {("agree", "deaths", ""), ("agree", "day of the event", "")},
                 id="toll-in-other-words"),
    pytest.param("Captain Ivo Lund, 54, steered the ferry into Orvik harbour.",
                 "The 54-year-old captain, Ivo Lund, was the last to leave the ferry in Orvik.",
                 {("agree", "age", "lund")}, id="age-of-one-person"),
    pytest.param("About 200 people were evacuated from Vesk after the quake.",
                 "Officials said 210 people were evacuated from Vesk after the quake.",
                 {("compatible", "evacuated", "")}, id="a-hedged-figure-and-a-near-one"),
    pytest.param("Tom Hale gave himself up to police in Orvik at about 6 p.m.",
                 "Tom Hale surrendered to Orvik police at 6 p.m., officers said.",
                 {("agree", "time of surrender", "hale")},
                 id="a-time-of-one-action-in-two-words"),
    pytest.param("About 200 people were evacuated from Vesk after the quake.",
                 "Officials said 200 people were evacuated from Vesk after the quake.",
                 {("agree", "evacuated", "")}, id="one-figure-hedged-in-one"),
    pytest.param("Ivo Lund, 54, was pulled from the water.",
                 "Mara Holm, 54, was pulled from the water.", set(), id="ages-of-two-people"),
    pytest.param("Rescuers pulled three boats from the harbour at Orvik.",
                 "The storm sank three boats at Orvik.", set(), id="counts-of-things-named-alike"),
    pytest.param("Nine miners were killed in the blast at the Orvik pit on Monday.",
                 "The explosion at the Orvik pit left 11 dead on Monday, officials said.",
                 {("agree", "day of the event", "")}, id="different-figures-are-no-agreement"),
]


@pytest.mark.parametrize(("first", "second", "expected"), CASES)
def test_agreements_from_the_measure(tmp_path, first, second, expected):
    assert _found(_report(tmp_path, first, second)) == expected


def test_a_figure_in_a_discrepancy_is_shown_there_only(tmp_path):
    report = _report(tmp_path,
                     "Nine miners were killed in the blast at the Orvik pit on Monday.",
                     "The explosion at the Orvik pit left nine dead on Monday, officials said.",
                     "The explosion at the Orvik pit left 11 dead on Monday, the mayor said.")
    assert {d.concept for d in report.discrepancies if d.tier == "conflict"} == {"deaths"}
    assert not [a for a in report.agreements if a.concept == "deaths"]


def test_json_and_markdown_show_each_outlet_s_figure(tmp_path):
    report = _report(tmp_path, "Nine miners were killed in the blast at the Orvik pit on Monday.",
                     "The explosion at the Orvik pit left nine dead on Monday, officials said.")
    found, day = sorted(json.loads(to_json(report))["agreements"],
                        key=lambda a: a["measure"]["concept"] != "deaths")
    assert day["measure"] == {"concept": "day of the event", "subject": ""}
    assert (found["verdict"], found["measure"]) == ("agree", {"concept": "deaths", "subject": ""})
    assert [(s["source"], s["value"]["text"]) for s in found["said"]] == [("a", "Nine"),
                                                                          ("b", "nine")]
    text = to_markdown(report)
    assert "## Where sources agree on one measure" in text
    assert f"### {found['id']} · agree · deaths" in text
