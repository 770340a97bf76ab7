"""Places: whether two names can be one place, told at one scale or two."""

from __future__ import annotations

import pytest

from claimcheck.gazetteer import apart, at_two_scales, share_place, spelling


@pytest.mark.parametrize("a, b, far", [
    pytest.param("Istanbul", "Geneva", True, id="two-cities"),
    pytest.param("Istanbul", "Turkey", False, id="a-city-in-its-country"),
    pytest.param("Geneva", "Turkey", True, id="a-city-in-another-country"),
    pytest.param("Turkey", "Russia", True, id="two-countries"),
    pytest.param("the Netherlands", "Rotterdam", False, id="a-country-with-the"),
    pytest.param("Karsk", "Rotterdam", None, id="an-unknown-name"),
    pytest.param("Dayton", "Ohio", False, id="a-city-in-its-state"),
    pytest.param("Dayton", "Ore.", True, id="a-city-in-another-state-abbreviated"),
    pytest.param("Houston", "California", True, id="a-city-in-another-state"),
    pytest.param("Leeds", "England", False, id="a-city-in-its-nation"),
    pytest.param("Leeds", "Scotland", True, id="a-city-in-another-nation"),
    pytest.param("Leeds", "the UK", False, id="a-city-in-its-country-written-short"),
    pytest.param("U.S.", "United States", False, id="one-country-two-spellings"),
    pytest.param("N. Korea", "North Korea", False, id="a-point-after-a-letter"),
    pytest.param("Texas", "Ohio", True, id="two-states"),
    pytest.param("Virginia", "Norfolk", False, id="a-state-that-is-also-a-city-elsewhere"),
])
def test_apart_tells_two_places_from_one(a, b, far):
    assert apart(a, b) is far


@pytest.mark.parametrize("xs, ys, one", [
    pytest.param({"leeds"}, {"uk"}, True, id="city-and-country"),
    pytest.param({"leeds", "york"}, {"england"}, True, id="two-cities-in-one-nation"),
    pytest.param({"leeds", "paris"}, {"england"}, False, id="a-city-elsewhere"),
    pytest.param({"kelton"}, {"norway"}, False, id="an-unknown-name-decides-nothing"),
])
def test_at_two_scales_needs_every_place_in_one(xs, ys, one):
    assert at_two_scales(xs, ys) is one


def test_spelling_folds_aliases_and_the():
    assert spelling("The U.S.") == spelling("USA") == "united states"
    assert spelling("Calif.") == "california"
    assert spelling("the Netherlands") == "netherlands"


@pytest.mark.parametrize("xs, ys, one", [
    pytest.param({"orvik"}, {"orvik bay"}, True, id="a-name-and-its-longer-form"),
    pytest.param({"gulf"}, {"gulf of aden"}, False, id="a-feature-noun-alone-is-no-place"),
    pytest.param({"kelton city council"}, {"kelton"}, True, id="a-town-and-its-council"),
    pytest.param({"the u.s."}, {"usa"}, True, id="aliases"),
    pytest.param({"kelton"}, {"orvik"}, False, id="two-towns"),
    pytest.param({"new york"}, {"newark"}, False, id="a-prefix-of-letters-is-not-of-words"),
])
def test_share_place_takes_a_name_written_with_more_words(xs, ys, one):
    """"Kelton" and "Kelton City Council" name one place; a place doubt between them was a
    possible discrepancy where the figures plainly conflict. "Gulf" alone is no one place."""
    assert share_place(xs, ys) is one


def test_a_feature_noun_alone_is_no_place_a_row_names(tmp_path):
    """"an earthquake on a Gulf island that killed 32": "Gulf" (tagged a place) named a place
    that set the toll apart from the story's own ("Iran")."""
    from claimcheck import build_report

    (tmp_path / "a.txt").write_text("Rescue workers handed out blankets to survivors of an "
                                    "earthquake on a Gulf island that killed 32 people.\n",
                                    encoding="utf-8")
    rows = [r for r in build_report(tmp_path).measures if r.concept == "deaths"]
    assert [sorted(r.places) for r in rows] == [[]]
