"""What a count measures (`counts`): the injured among a crowd, those aboard by who they are."""

from __future__ import annotations

import pytest

from claimcheck.counts import count_concept


def _concept(extractor, sentence, figure):
    claim = extractor.analyse(sentence, source="s").claims[0]
    [v] = [v for v in claim.values if v.text == figure]
    at = v.start - claim.start
    return count_concept(claim, v, claim.quote[:at], claim.quote[at + len(v.text):])


@pytest.mark.parametrize("sentence, figure, concept", [
    pytest.param("The number of injured protesters in Kelton rose to 37.", "37",
                 ("injured", ""), id="injured-protesters"),
    pytest.param("Some 35,000 protesters marched through Kelton.", "Some 35,000",
                 ("crowd", ""), id="a-crowd"),
    pytest.param("The Kelton ferry was carrying 412 passengers.", "412",
                 ("aboard (passengers)", ""), id="passengers"),
    pytest.param("The Kelton ferry was licensed to carry 350 passengers.", "350",
                 ("capacity", ""), id="a-capacity"),
    pytest.param("The number of confirmed cases in the Kelton district rose to 306.", "306",
                 ("number of case", ""), id="the-number-of"),
])
def test_count_concept(extractor, sentence, figure, concept):
    assert _concept(extractor, sentence, figure) == concept


@pytest.mark.parametrize("sentence, figure, concept", [
    pytest.param("Seven deputies of the Vesk Union voted against the Kelton bill.", "Seven",
                 ("number of deputy (voted against)", ""), id="voted-against"),
    pytest.param("Four independent deputies voted for the Kelton bill.", "Four",
                 ("number of deputy (voted for)", ""), id="voted-for"),
    pytest.param("Ten Orvik deputies voted in favour.", "Ten",
                 ("number of deputy (voted for)", ""), id="in-favour"),
    pytest.param("Nine deputies of the Orvik bloc abstained in the vote.", "Nine",
                 ("number of deputy (abstained)", ""), id="abstained"),
    pytest.param("The Kelton coalition has 118 deputies.", "118",
                 ("number of deputy", ""), id="no-side"),
])
def test_a_vote_s_sides_are_counted_apart(extractor, sentence, figure, concept):
    """"seven voted against", "four voted for" and "nine abstained" counted one set of
    deputies, set against each other as a conflict."""
    assert _concept(extractor, sentence, figure) == concept
