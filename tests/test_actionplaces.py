"""The place of an action (`actionplaces`, read from the parse by `claims/dated.py`): a checked
claim's place decides against the place the sources give the same action, when the gazetteer
knows both names; a city and the country it lies in do not conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.check import Checker

HERE = Path(__file__).parent
# made-up harbour talks in real cities, told by two outlets on 14 and 15 March 2026
PLACES = HERE / "data" / "places"

CASES = [
    pytest.param("The harbour talks were held in Rotterdam.", "supported", id="same-city"),
    pytest.param("The harbour talks took place in Antwerp.", "conflict", id="another-city"),
    pytest.param("The harbour talks took place in Belgium.", "conflict", id="another-country"),
    pytest.param("The harbour talks took place in the Netherlands.", "not conflict",
                 id="the-country-the-city-is-in"),
    pytest.param("The harbour talks took place in Karsk.", "not conflict",
                 id="a-place-nobody-knows-decides-nothing"),
    pytest.param("The next round of harbour talks will be held in Antwerp.", "supported",
                 id="the-planned-place"),
    pytest.param("The next round of harbour talks will be held in Brussels.", "conflict",
                 id="another-planned-place"),
    pytest.param("The union ballot was held in Bremen.", "conflict", id="another-action-word"),
]


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return Checker(PLACES, cache=tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("text, verdict", CASES)
def test_a_place_decides_against_the_place_of_the_same_action(checker, text, verdict):
    result, = checker.check([("1", text)])
    if verdict == "not conflict":
        assert result.verdict not in ("conflict", "contested"), result.reason
        return
    assert result.verdict == verdict, result.reason


def test_a_conflicting_place_names_both_places(checker):
    result, = checker.check([("1", "The harbour talks took place in Antwerp.")])
    assert 'place of talk: "Antwerp" vs "Rotterdam"' in result.reason
