"""How an entity splits into value mentions (`claims.entityparts`): a date-and-time stamp, a
date or joined figures in one token, a figure after words said of it."""

from __future__ import annotations

import pytest

from claimcheck import read_values


@pytest.mark.parametrize("sentence, kinds", [
    pytest.param("Published: March 13, 2013 02:15", ["date", "time"],
                 id="a-stamp-is-a-day-and-a-time"),
    pytest.param("The Kelton hearing was set for 9/14/2013.", ["date"], id="a-date-in-one-token"),
    pytest.param("Orvik beat Vesk 3–2 on the night.", ["score"], id="joined-figures-a-score"),
    pytest.param("Tom Hale signed for a record €38 million.", ["money"],
                 id="a-figure-after-words-said-of-it"),
])
def test_an_entity_gives_the_values_it_holds(sentence, kinds):
    assert [v.kind for v in read_values(sentence)] == kinds
