"""How a source's measure rows answer a checked claim's (`rowanswers`): a source claim worded
like the checked one is set against it only when its figures are of the claim's measures."""

from __future__ import annotations

import pytest

from claimcheck.measurerows import build_rows
from claimcheck.rowanswers import anothers, answer, scoped_apart, unsure


@pytest.fixture(scope="module")
def extractor():
    from claimcheck import Extractor
    return Extractor()


@pytest.mark.parametrize("claim, source, expected", [
    pytest.param("Ten people died when the storm struck Vesk.",
                 "In Kelton province the storm killed 40 people.", True, id="a-wider-scope"),
    pytest.param("At the age of 10, Ann Roe began to sing in Kelton.",
                 "Ann Roe died in Kelton, aged 85.", True, id="an-age-then"),
    pytest.param("Ten people died when the storm struck Vesk.",
                 "The storm killed 40 people on Vesk.", False, id="the-same-toll"),
    pytest.param("Orvik and Vesk agreed to exchange 5,000 bodies.",
                 "Orvik and Vesk have agreed to exchange 6,000 bodies.", False,
                 id="a-noun-count-its-words-decide"),
    pytest.param("The Kelton ferry sank on Friday.", "The storm killed 40 people.", False,
                 id="no-measure-shared"),
    pytest.param("A 45-year-old driver was arrested at the scene.",
                 "Tom Hale, the 54-year-old driver, was arrested.", False,
                 id="an-unnamed-age-and-a-named-one"),
])
def test_a_source_is_unsure_when_its_figures_are_of_other_measures(extractor, claim, source,
                                                                   expected):
    asked = build_rows(extractor.analyse(claim, source="q").claims, {"q": None})
    rows = build_rows(extractor.analyse(source, source="s").claims, {"s": None})
    assert unsure(asked, rows) is expected


@pytest.mark.parametrize("claim, source, expected", [
    pytest.param("A 61-year-old man was charged with murder.", "Tom Hale, 61, opened fire.",
                 "agree", id="an-unnamed-age-backed-by-a-named-one"),
    pytest.param("A 61-year-old man was charged with murder.", "Tom Hale, 58, opened fire.",
                 None, id="an-unnamed-age-no-one-else-s"),
    pytest.param("Tom Hale, 61, was charged with murder.", "Tom Hale, 58, opened fire.",
                 "conflict", id="a-named-age"),
    pytest.param("A 12-year-old girl was among the dead.",
                 "A 17-year-old girl was among the dead.", "conflict",
                 id="one-unnamed-person-two-ages"),
])
def test_an_unnamed_persons_age_is_backed_by_anyone_of_that_age(extractor, claim, source,
                                                                 expected):
    """"A 61-year-old man" may be the Tom Hale, 61, the sources name: the same age backs the
    claim; another age is no one's known to be his, so it neither backs nor contradicts."""
    asked, = [r for r in build_rows(extractor.analyse(claim, source="q").claims, {"q": None})
              if r.concept == "age"]
    row, = [r for r in build_rows(extractor.analyse(source, source="s").claims, {"s": None})
            if r.concept == "age"]
    assert answer(asked, row) == expected


@pytest.mark.parametrize("source, named, expected", [
    pytest.param("A former Orvik treasurer was jailed for seven years.", {("prison term", "hale")},
                 True, id="no-one-named-where-the-sources-name-him"),
    pytest.param("Ann Roe was jailed for seven years.", {("prison term", "hale")}, True,
                 id="someone-else-named"),
    pytest.param("Tom Hale was jailed for seven years.", {("prison term", "hale")}, False,
                 id="his-own-term"),
    pytest.param("A former Orvik treasurer was jailed for seven years.", set(), False,
                 id="no-source-names-his-term"),
    pytest.param("The storm killed 40 people.", {("prison term", "hale")}, False,
                 id="no-term-at-all"),
])
def test_a_figure_is_another_s_when_the_sources_name_the_party_s_own(extractor, source, named,
                                                                     expected):
    """Hale's term is set against a source's term only when that source names Hale, once the
    sources give Hale's own term somewhere; with none, an unnamed person's term may be his."""
    asked = build_rows(extractor.analyse("Tom Hale was jailed for two years.", source="q").claims,
                       {"q": None})
    rows = build_rows(extractor.analyse(source, source="s").claims, {"s": None})
    assert anothers(asked, rows, named) is expected


@pytest.mark.parametrize("claim, source, expected", [
    pytest.param("The Kelton budget is about 4.8 billion dollars.",
                 "The Kelton budget is 4.82 billion dollars.", "agree", id="inside-about"),
    pytest.param("The Kelton budget is more than $4 billion.",
                 "The Kelton budget is $4.82 billion.", "agree", id="inside-more-than"),
    pytest.param("The Kelton budget is 4.82 billion dollars.",
                 "The Kelton budget is about 4.8 billion dollars.", "compatible",
                 id="a-claim-more-precise-than-its-source"),
    pytest.param("The Kelton budget is more than $4 billion.",
                 "The Kelton budget is $4 billion.", "compatible", id="the-bound-itself"),
    pytest.param("Between 10 and 15 people died in the Kelton fire.",
                 "At least 12 people died in the Kelton fire.", "compatible",
                 id="a-source-open-above"),
])
def test_a_source_figure_inside_a_hedged_claim_backs_it(extractor, claim, source, expected):
    """"About 4.8 billion" is all a claim says: a source's "4.82 billion" backs it (it was
    "compatible", as if the two only could both be true)."""
    asked = [r for r in build_rows(extractor.analyse(claim, source="q").claims, {"q": None})]
    rows = [r for r in build_rows(extractor.analyse(source, source="s").claims, {"s": None})]
    assert [answer(a, r) for a in asked for r in rows if a.key == r.key] == [expected]


@pytest.mark.parametrize("claim, source, apart", [
    pytest.param("Fewer than 100 operations were postponed across the Kelton network.",
                 "At Orvik General alone, 95 operations were postponed.", True,
                 id="a-part-and-the-whole"),
    pytest.param("At Orvik General alone, 95 operations were postponed.",
                 "At Orvik General alone, 95 operations were postponed.", False,
                 id="one-part"),
    pytest.param("The Orvik storm killed 40 people.", "The Orvik storm killed 40 people.",
                 False, id="one-whole"),
    pytest.param("The Kelton trial heard from 41 witnesses.",
                 "The Kelton trial heard from 41 witnesses, including fire investigators.", False,
                 id="a-whole-whose-parts-follow"),
])
def test_figures_of_another_scope(extractor, claim, source, apart):
    asked = build_rows(extractor.analyse(claim, source="q").claims, {"q": None})
    rows = build_rows(extractor.analyse(source, source="s").claims, {"s": None})
    assert scoped_apart(asked, rows) is apart
