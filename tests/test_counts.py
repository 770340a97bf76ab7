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
