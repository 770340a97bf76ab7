"""Lengths of time as news writes them (`durations`): several units joined, race times."""

from __future__ import annotations

import pytest

from claimcheck import read_values
from claimcheck.durations import compound_seconds, race_time


@pytest.mark.parametrize("text, seconds", [
    pytest.param("two hours and 37 minutes", 9420, id="hours-and-minutes"),
    pytest.param("two hours and 17 seconds", 7217, id="hours-and-seconds"),
    pytest.param("59 minutes 41 seconds", 3581, id="no-and"),
    pytest.param("2 hours, 5 minutes and 9 seconds", 7509, id="three-parts"),
    pytest.param("37 minutes and two hours", None, id="smallest-first-is-no-length"),
    pytest.param("90 days", None, id="one-unit"),
])
def test_a_length_in_several_units(text, seconds):
    """"two hours and 37 minutes" was a range of 2 to 37 minutes."""
    assert compound_seconds(text) == seconds


@pytest.mark.parametrize("text, before, after, seconds", [
    pytest.param("2:00:17", "won in", ".", 7217, id="a-winning-time"),
    pytest.param("0:59:41", "reached half-way in", ",", 3581, id="a-split"),
    pytest.param("11:47:35", "published: 2012-04-04", "", None, id="a-timestamp"),
    pytest.param("9:30:00", "at", " a.m.", None, id="a-clock-time-to-the-second"),
    pytest.param("2:01:35", "the record stood at", ".", 7295, id="a-record-stood-at"),
    pytest.param("2:00", "won in", ".", None, id="minutes-only"),
])
def test_a_race_time(text, before, after, seconds):
    assert race_time(text, before, after) == seconds


@pytest.mark.parametrize("sentence, seconds", [
    pytest.param("Ann Roe won the Kelton marathon in 2:00:17.", 7217, id="race-time"),
    pytest.param("The Orvik flight lasted two hours and 37 minutes.", 9420, id="compound"),
    pytest.param("Tom Hale was sentenced to 14 years and six months in prison.", 457585200,
                 id="years-and-months-a-prison-term"),
    pytest.param("Ann Roe got three years, four months for the Vesk fraud.", 105192000,
                 id="years-comma-months"),
    pytest.param("Tom Hale was given 40 months.", 105192000, id="given-a-term"),
    pytest.param("Ann Roe received a prison term of three years.", 94672800, id="a-term-of"),
])
def test_a_length_of_time_read_exact(sentence, seconds):
    """"14 years and six months" was two lengths, which conflicted with each other and with
    "14 and a half years"; a court's "40 months" was a round length, 36 to 44 months."""
    [v] = [v for v in read_values(sentence) if v.kind == "duration"]
    assert (v.low, v.high, v.bound) == (seconds, seconds, "exact")


@pytest.mark.parametrize("sentence, lengths", [
    pytest.param("Tom Hale served 10 years, and two months later he died.", 2,
                 id="a-later-length-is-another"),
    pytest.param("The Vesk talks took four months and 14 years of planning.", 2,
                 id="smaller-unit-first-is-two"),
])
def test_two_lengths_stay_two(sentence, lengths):
    assert len([v for v in read_values(sentence) if v.kind == "duration"]) == lengths
