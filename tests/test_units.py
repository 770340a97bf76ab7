"""Quantities with units written in words or with fractions, read into base units."""

from __future__ import annotations

import pytest

from claimcheck import read_values


@pytest.mark.parametrize(
    ("sentence", "kind", "base"),
    [
        pytest.param("The ferry sank seven km off the coast.", "length", 7000, id="words-and-km"),
        pytest.param("She lived half a mile from the mill.", "length", 804.672, id="half-a-mile"),
        pytest.param("The hall covers 12,000 square feet.", "area", 1114.836, id="square-feet"),
        pytest.param("The flat is 80 square metres.", "area", 80, id="square-metres"),
        pytest.param("He walked a mile to the station.", "length", 1609.344, id="a-mile"),
        pytest.param("The ride took two and a half hours.", "duration", 9000,
                     id="hours-and-a-half"),
    ],
)
def test_a_unit_after_a_number_in_words(sentence, kind, base):
    (v,) = [v for v in read_values(sentence) if v.kind == kind]
    assert v.low == pytest.approx(base, rel=1e-3) and v.high == pytest.approx(base, rel=1e-3)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The mile was run in record time.", id="the-mile"),
        pytest.param("Miles of road were closed.", id="miles-of"),
    ],
)
def test_a_unit_with_no_number_is_no_quantity(sentence):
    assert [v for v in read_values(sentence) if v.kind == "length"] == []
