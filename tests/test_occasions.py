"""Which occasion a figure is of: dates far from the article, a sentence's year, the sentence
before's, and figures foreseen (made-up sentences through the measure table)."""

from __future__ import annotations

import pytest
from conftest import write_sources

from claimcheck import build_report


@pytest.mark.parametrize(("text", "figure", "occasion", "days"), [
    pytest.param("Police made 23 arrests in Kelton on Tuesday.", "23", (), ("2025-03-11",),
                 id="a-day-of-the-story-is-near"),
    pytest.param("In 2011 a strike shut Kelton. Police made 41 arrests during that dispute.",
                 "41", ("2011-01-01",), (), id="that-dispute-takes-the-sentence-before-s-year"),
    pytest.param("The last strike in Kelton was in 2011. Police made 41 arrests in Kelton.",
                 "41", (), (), id="no-word-points-back"),
    pytest.param("The deadliest quake near Kelton, in 1987, killed more than 400 people.",
                 "more than 400", ("1987-01-01",), (), id="a-year-before-the-figure"),
])
def test_the_occasion_of_a_figure(tmp_path, text, figure, occasion, days):
    report = build_report(write_sources(tmp_path, text, dates=("2025-03-12",)))
    row, = [r for r in report.measures if r.value.text == figure]
    assert (row.occasion, row.days) == (occasion, days)


@pytest.mark.parametrize("text", [
    pytest.param("Officials said cases in Kelton could reach 500 by the end of March.",
                 id="could-reach"),
    pytest.param("The toll in Kelton could rise above 100, officials said.", id="could-rise"),
    pytest.param("Kelton projects a deficit of $40 million next year.", id="projects-a-sum"),
    pytest.param("Orvik finance staff project a $40 million shortfall.", id="project-a-sum"),
])
def test_a_figure_foreseen_is_no_row(tmp_path, text):
    report = build_report(write_sources(tmp_path, text, dates=("2025-03-12",)))
    assert not [r for r in report.measures if r.value.kind in ("count", "money")]


def test_a_project_s_cost_is_reported(tmp_path):
    """"project" foresees a figure as a verb ("staff project a deficit"), not as a noun."""
    report = build_report(write_sources(
        tmp_path, "The Kelton bridge project cost $40 million, the city said.",
        dates=("2025-03-12",)))
    assert [r.value.text for r in report.measures if r.value.kind == "money"] == ["$40 million"]
