"""Who and where a claim tells of (`actors`): two claims worded alike about different doers or
different countries are not one claim."""

from __future__ import annotations

import pytest

from claimcheck.actors import Actors, last
from claimcheck.names import name_form


def _claims(extractor, *texts):
    return [extractor.analyse(t, source=f"s{n}").claims[0] for n, t in enumerate(texts)]


@pytest.mark.parametrize("a, b, apart", [
    pytest.param("Ukraine rejected the ceasefire offer.", "Moscow rejected the ceasefire offer.",
                 True, id="two-doers"),
    pytest.param("Vesk rejected the ceasefire offer.", "Vesk rejected the offer of a ceasefire.",
                 False, id="one-doer"),
    pytest.param("Orvik rejected the ceasefire talks with Vesk.",
                 "Vesk rejected the ceasefire talks.", False, id="doer-acts-with-the-other"),
    pytest.param("The Kelton City Council approved the budget.",
                 "Kelton approved the budget.", False, id="a-word-of-the-name"),
])
def test_doers_differ(extractor, a, b, apart):
    claims = _claims(extractor, a, b)
    assert Actors(claims, name_form(claims, {})).doers_differ(*claims) is apart


@pytest.mark.parametrize("a, b, apart", [
    pytest.param("Ann Roe met the Polish president in Vilnius.",
                 "Ann Roe met Lithuania's president in Vilnius.", True, id="two-countries"),
    pytest.param("Ann Roe met the Polish president in Warsaw.",
                 "Ann Roe met the president of Poland.", False, id="people-and-country"),
    pytest.param("Ann Roe met the president in Warsaw.",
                 "Ann Roe met the president.", False, id="one-says-more"),
])
def test_lands_apart(extractor, a, b, apart):
    claims = _claims(extractor, a, b)
    assert Actors(claims, name_form(claims, {})).lands_apart(*claims) is apart


@pytest.mark.parametrize("name, word", [("Rustem Umerov", "Umerov"), ("Vesk", "Vesk"),
                                        (None, ""), ("", "")])
def test_last(name, word):
    assert last(name) == word
