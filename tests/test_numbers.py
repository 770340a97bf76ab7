"""Numbers as news writes them: separators, signs, scales, fractions, words."""

from __future__ import annotations

import pytest

from claimcheck.numbers import number


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("1,200", 1200, id="comma-thousands"),
        pytest.param("5\u202f000", 5000, id="narrow-no-break-space"),
        pytest.param("5\u00a0000", 5000, id="no-break-space"),
        pytest.param("5\u2009000", 5000, id="thin-space"),
        pytest.param("5\u200b000", 5000, id="zero-width-space-ignored"),
        pytest.param("10 000", 10000, id="plain-space-thousands"),
        pytest.param(".25", 0.25, id="leading-point"),
        pytest.param("-15", -15, id="minus-sign"),
        pytest.param("minus 5", -5, id="minus-word"),
        pytest.param("2m", 2e6, id="m-on-the-number"),
        pytest.param("1.5bn", 1.5e9, id="bn"),
        pytest.param("20 mn", 2e7, id="mn-apart"),
        pytest.param("8b", 8e9, id="b-on-the-number"),
        pytest.param("0.5k", 500, id="k"),
        pytest.param("3.2 million", 3.2e6, id="million"),
        pytest.param("two thirds", 2 / 3, id="two-thirds"),
        pytest.param("a quarter", 0.25, id="a-quarter"),
        pytest.param("2 1/2", 2.5, id="mixed-fraction"),
        pytest.param("½", 0.5, id="vulgar-half"),
        pytest.param("two and a half", 2.5, id="and-a-half"),
        pytest.param("three and a quarter", 3.25, id="and-a-quarter"),
        pytest.param("a and a half", 1.5, id="one-and-a-half-of-a-unit"),
        pytest.param("half a", 0.5, id="half-a"),
        pytest.param("twenty-five", 25, id="words"),
        pytest.param("a dozen", 12, id="dozen"),
        pytest.param("2 m", None, id="spaced-m-is-metres-not-millions"),
        pytest.param("9/11", None, id="a-date-is-no-fraction"),
        pytest.param("24/7", None, id="round-the-clock-is-no-fraction"),
        pytest.param("1" + "0" * 400, None, id="400-digits-no-overflow"),
    ],
)
def test_number(text, want):
    got = number(text)
    assert got == pytest.approx(want) if want is not None else got is None
