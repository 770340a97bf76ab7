"""Two figures side by side that are not one range: the two levels of a change, and shares."""

from __future__ import annotations

import pytest

from claimcheck.values import read_mentions


def _read(extractor, text):
    return [(v.text, v.kind, v.low, v.role)
            for v in read_mentions(extractor.mentions(text), text=text, date="2031-05-02")
            if v.kind != "date"]


@pytest.mark.parametrize("sentence, wanted", [
    pytest.param("The council raised the property tax rate from 1.12 to 1.19 percent.",
                 [("1.12", "percent", 1.12, "previous"), ("1.19 percent", "percent", 1.19, None)],
                 id="rate-raised-from-to"),
    pytest.param("Unemployment in Kelton rose from 4.1% to 4.6% in March.",
                 [("4.1%", "percent", 4.1, "previous"), ("4.6%", "percent", 4.6, None)],
                 id="percent-rose-from-to"),
    pytest.param("The death toll rose from 9 to 12 overnight.",
                 [("9", "count", 9, "previous"), ("12", "count", 12, None)],
                 id="toll-rose-overnight"),
    pytest.param("Bus fares in Orvik went up from $2.50 to $2.75 on Monday.",
                 [("2.50", "money", 2.5, "previous"), ("2.75", "money", 2.75, None)],
                 id="fare-went-up"),
    pytest.param("The number of homes destroyed climbed from 214 to about 230.",
                 [("214", "count", 214, "previous"), ("about 230", "count", 218.5, None)],
                 id="count-climbed-to-about"),
    pytest.param("The board cut its forecast from 40 to 25 percent.",
                 [("40", "percent", 40, "previous"), ("25 percent", "percent", 25, None)],
                 id="forecast-cut"),
])
def test_a_level_moved_from_one_figure_to_another_is_two_levels(extractor, sentence, wanted):
    assert _read(extractor, sentence) == wanted


@pytest.mark.parametrize("sentence, text", [
    pytest.param("Temperatures ranged from 5 to 10 degrees.", "5 to 10 degrees", id="ranged"),
    pytest.param("From 10 to 12 people were hurt in the crash.", "10 to 12", id="no-verb"),
    pytest.param("Each ticket costs from $20 to $45.", "$20 to $45", id="costs-from"),
])
def test_from_x_to_y_with_no_change_is_a_range(extractor, sentence, text):
    assert [t for t, *_ in _read(extractor, sentence)] == [text]
