"""The measure table's rows (`measurerows`): what scope a figure is said with."""

from __future__ import annotations

import pytest

from claimcheck.measurerows import build_rows


@pytest.mark.parametrize("sentence, figure, part", [
    pytest.param("The number of people injured in the Kelton crash has risen to 14, including "
                 "two crew members.", "14", False, id="the-whole-before-including"),
    pytest.param("The Kelton death toll rose to 40, among them two firefighters.", "40", False,
                 id="the-whole-before-among-them"),
    pytest.param("At Orvik General alone, 95 operations were postponed.", "95", True,
                 id="a-place-alone"),
    pytest.param("Tom Hale has four prior arrests in Kelton, including charges of theft.",
                 "four", True, id="parts-that-are-no-figures"),
    pytest.param("The fire destroyed 40 homes in Orvik, including 12 homes on Kelton Road.", "12",
                 True, id="a-part-right-after-including"),
    pytest.param("Forty people were injured in the Orvik blast, including at least 12 children.",
                 "Forty", False, id="the-whole-before-two-digit-parts"),
    pytest.param("Twenty vehicles were on the Kelton bridge, including a bus carrying 17 "
                 "passengers.", "17", False, id="another-things-count-after-including"),
])
def test_a_figure_before_including_is_the_whole(extractor, sentence, figure, part):
    """"has risen to 14, including two crew members" made 14 a part, so a claim of 14 injured
    went unbacked and the earlier outlets' nine contradicted it; the passengers of a bus
    "including" brings in among vehicles were a part, so a claim of 17 passengers was only
    related to the sentence giving it."""
    rows = build_rows(extractor.analyse(sentence, source="s").claims, {"s": None})
    [row] = [r for r in rows if r.value.text == figure]
    assert ("part" in row.scope) is part
