"""`bothsides`: a check meets every outlet's figure of a measure the sources conflict on, as the
report sets them against each other, however the claim is worded."""

from __future__ import annotations

import pytest
from conftest import write_sources

# four outlets on one fire, worded apart: three give 120 firefighters, one 150 (the report's
# conflict), with a count of engines all four agree on
FIRE = (
    "Around 120 firefighters fought the fire at the Kelton tower on Sunday, officials said.",
    "Some 120 firefighters were sent to the Kelton tower with 25 fire engines on Sunday.",
    "At the height of the operation on Sunday, 120 firefighters and 25 fire engines were at "
    "the Kelton tower.",
    "At its peak on Sunday, 150 firefighters and 25 fire engines were deployed to the Kelton "
    "tower.",
)
DATES = ("2026-03-15",) * 4


@pytest.fixture(scope="module")
def fire(tmp_path_factory):
    return write_sources(tmp_path_factory.mktemp("fire"), *FIRE, dates=DATES)


def test_the_report_sets_the_two_counts_against_each_other(fire):
    from claimcheck import build_report

    report = build_report(fire, cache=None)
    assert any(d.tier == "conflict" and {"a", "d"} <= set(d.sources)
               for d in report.discrepancies)


@pytest.mark.parametrize(("text", "verdict", "against"), [
    pytest.param("120 firefighters were sent to the blaze.", "contested", "d",
                 id="one-side-backs-it-the-other-contradicts"),
    pytest.param("150 firefighters battled the blaze.", "contested", "a",
                 id="the-other-side"),
    pytest.param("200 firefighters battled the blaze.", "conflict", "d", id="neither-side",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a count its noun alone keys meets no source it is not worded like: "
                     "nothing ties the claim to either side"))),
])
def test_a_check_meets_both_sides_of_the_sources_conflict(fire, text, verdict, against):
    """"120 firefighters were sent to the blaze" came back supported by the outlets saying 120;
    the one saying 150, which the report calls a conflict, was not in its evidence."""
    from claimcheck import check_claim

    result, = check_claim(text, fire, cache=None)
    assert result.verdict == verdict, result.reason
    assert any(e.source == against and e.relation == "conflict" for e in result.evidence)


def test_a_figure_of_another_measure_does_not_bring_in_a_conflict(tmp_path):
    """A claim at odds with a source's figure of another measure ("killed 41" beside a storm's
    "Category 3") is not tied to the conflict on that measure: the grade is no toll."""
    from claimcheck import check_claim

    write_sources(tmp_path, "Hurricane Vesk struck Kelton as a Category 3 storm, killing six.",
                  "Hurricane Vesk hit Kelton as a Category 4 storm on Tuesday.",
                  "Hurricane Vesk came ashore in Kelton as a Category 3 storm.",
                  dates=("2026-09-15",) * 3)
    result, = check_claim("Hurricane Vesk killed 41 people.", tmp_path, cache=None)
    assert not any("category" in e.detail for e in result.evidence), result.reason
