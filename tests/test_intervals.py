"""Which values of one measure cannot both be true (`intervals`): temperatures carried into
another scale, and a figure inside a hedged one."""

from __future__ import annotations

import pytest

from claimcheck import read_values
from claimcheck.intervals import compare, disagree, inside


def _value(text):
    [v] = read_values(text)
    return v


@pytest.mark.parametrize("a, b, apart", [
    pytest.param("111F", "44C", False, id="whole-degrees-rounded"),
    pytest.param("104F", "40C", False, id="exactly-one-reading"),
    pytest.param("111.7 degrees Fahrenheit", "44.3 degrees Celsius", False,
                 id="tenths-rounded"),
    pytest.param("113.4 degrees Fahrenheit", "44.3C", True, id="tenths-a-degree-apart"),
    pytest.param("113F", "44.3C", True, id="whole-fahrenheit-too-far"),
    pytest.param("45C", "44C", True, id="one-scale-no-slack"),
])
def test_temperatures_in_two_scales_are_one_reading_only_within_their_rounding(a, b, apart):
    """A figure carried into another scale is rounded to the digits written, no more: 113.4F
    is 45.2C, which no rounding makes the 44.3C another outlet gives."""
    assert disagree(_value(a), _value(b)) is apart


@pytest.mark.parametrize("inner, outer, held", [
    pytest.param("63 arrests", "more than 60 arrests", True, id="above-a-bound"),
    pytest.param("60 arrests", "more than 60 arrests", False, id="the-bound-itself"),
    pytest.param("38 percent", "less than 40 percent", True, id="below-a-bound"),
    pytest.param("4.82 billion dollars", "about 4.8 billion dollars", True, id="in-a-hedge"),
    pytest.param("about 4.8 billion dollars", "4.82 billion dollars", False,
                 id="an-exact-figure-holds-nothing"),
])
def test_a_figure_inside_a_hedged_one(inner, outer, held):
    assert inside(_value(inner), _value(outer)) is held


@pytest.mark.parametrize("a, b, apart", [
    pytest.param("down 7%", "down 6.8%", False, id="a-whole-percent-rounded"),
    pytest.param("$4.8 billion", "$4.82 billion", False, id="a-sum-to-fewer-digits"),
    pytest.param("$4.82 billion", "$4.28 billion", True, id="digits-swapped"),
    pytest.param("8.7%", "7.8%", True, id="one-place-each"),
    pytest.param("$80 million", "$82 million", True, id="same-digits-no-rounding"),
    pytest.param("6 km", "4.2 km", True, id="beyond-the-rounding"),
])
def test_a_figure_written_with_fewer_digits_is_read_as_rounded(a, b, apart):
    """"Revenue fell 7%" and "revenue fell 6.8%" were a conflict: the whole percentage is the
    other rounded, as a fact-checker reads it."""
    assert disagree(_value(a), _value(b)) is apart


def test_a_figure_at_the_rounding_s_edge_is_another():
    assert disagree(_value("€3 million"), _value("€2.5 million"))


@pytest.mark.parametrize("a, b, relation", [
    pytest.param("1,352 feet", "412 metres", "equal", id="feet-carried-into-metres"),
    pytest.param("35 miles", "56 km", "equal", id="miles-rounded-to-km"),
    pytest.param("1,352 feet", "410 metres", "disjoint", id="beyond-the-rounding"),
    pytest.param("412 metres", "413 metres", "disjoint", id="one-unit-no-rounding"),
])
def test_a_figure_carried_into_other_units_is_the_same_figure(a, b, relation):
    """"1,352 feet" and "412 metres" were only compatible ("values differ"): carried over and
    rounded to the digits written, they are one figure."""
    assert compare(_value(a), _value(b)) == relation


@pytest.mark.parametrize("a, b, apart", [
    pytest.param("7:42 a.m.", "7:24 a.m.", True, id="each-to-the-minute"),
    pytest.param("7:42 a.m.", "7:30 a.m.", False, id="one-on-the-half-hour"),
    pytest.param("about 7:42 a.m.", "7:24 a.m.", False, id="one-hedged"),
    pytest.param("7:42 a.m.", "8:20 a.m.", True, id="beyond-the-slack"),
])
def test_clock_times_told_to_the_minute_have_no_slack(a, b, apart):
    """Two outlets' times for one moment may differ by the event slack when either rounds or
    hedges; "7:42" and "7:24", each told to the minute, were compatible."""
    assert disagree(_value(a), _value(b)) is apart
