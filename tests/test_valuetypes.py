"""What the stages pass (`valuetypes`): frozen values that keep their raw text."""

from __future__ import annotations

import dataclasses

import pytest

from claimcheck import read_values
from claimcheck.valuetypes import Value


def test_a_value_keeps_its_raw_text_and_cannot_be_changed():
    [v] = read_values("Kelton recorded 1,200 arrests.")
    assert isinstance(v, Value) and v.text == "1,200" and (v.low, v.high) == (1200, 1200)
    with pytest.raises(dataclasses.FrozenInstanceError):
        v.low = 5  # type: ignore[misc]
