"""Money words (`moneywords`): which profit a clause tells of."""

from __future__ import annotations

import pytest

from claimcheck.moneywords import results_kind


@pytest.mark.parametrize("text, kind", [
    pytest.param("Operating profit fell 22% to", "operating", id="operating"),
    pytest.param("Net income at Orvik Systems slumped", "net", id="net-income"),
    pytest.param("Pretax profit rose to", "pre-tax", id="pretax-spelled-together"),
    pytest.param("Orvik's third-quarter profit came to", None, id="no-kind"),
    pytest.param("Net profit fell, while operating profit rose to", "operating",
                 id="the-last-named"),
])
def test_results_kind(text, kind):
    assert results_kind(text) == kind
