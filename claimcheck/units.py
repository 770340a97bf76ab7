"""Units of measure: the unit written after (or onto) a number, and its factor to a base unit,
through pint's registry (a kept library: its definitions of feet, nautical miles or acres are
not ours to get wrong). "300 metres" and "about 985 feet" become lengths in metres that compare.

Currencies are not units here (`values` reads money). Temperatures are read apart
(`split_temperature`): their scales do not convert by a factor.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .numbers import number
from .unitnames import (
    CASED_ALTERNATION,
    CASED_UNITS,
    COMPOUND_UNITS,
    DIMENSIONS,
    UNIT_ALTERNATION,
    UNIT_SURFACES,
)

if TYPE_CHECKING:
    import pint

# a number in figures, as a two-unit measure writes its parts
_DIGITS = r"\d[\d,]*(?:\.\d+)?"
# the unit at the end of a mention ("300 metres", "10-metre", "15km", "24- to 30-foot"),
# longest surface first so "nautical miles" wins over "miles"
# the number is any text ending in a digit or a word (lazy; `split_unit` checks it is a
# number), then the unit: no run that two parts of the pattern could share, so a long mention is
# matched in linear time
_UNIT_AT_END = re.compile(
    r"^(?P<num>.*?\w)\s*(?:-\s*)?(?P<unit>"
    + UNIT_ALTERNATION
    + r")\.?$",
    re.I,
)

# the same, for a symbol read only in its case ("512 MB", "940 mb": CASED_UNITS)
_CASED_AT_END = re.compile(r"^(?P<num>.*?\w)\s*(?:-\s*)?(?P<unit>" + CASED_ALTERNATION + r")\.?$")


@lru_cache(maxsize=1)
def _registry() -> pint.UnitRegistry:
    import pint

    return pint.UnitRegistry()


@lru_cache(maxsize=256)
def base_unit(name: str) -> tuple[float, str]:
    """The factor from a pint unit name to its base unit, and that base unit ("foot" ->
    (0.3048, "meter"))."""
    q = _registry().Quantity(1, name).to_base_units()
    return float(q.magnitude), str(q.units)


def unit_written(text: str) -> str | None:
    """The unit a mention is written in, as its registry name ("13 nautical miles" ->
    "nautical_mile"), or None."""
    m = _UNIT_AT_END.match(spelled_out(text))
    return UNIT_SURFACES[m.group("unit").lower()] if m else None


def spelled_out(text: str) -> str:
    """A mention with a symbol read in its case spelled out ("512 MB" -> "512 megabytes"), so
    that it reads the same in lower case."""
    text = text.strip()
    cased = _CASED_AT_END.match(text)
    return f"{cased.group('num')} {CASED_UNITS[cased.group('unit')]}" if cased else text


def split_unit(text: str) -> tuple[str, float, str, str] | None:
    """A mention's number text, the factor to its base unit, the base unit and the dimension
    ("length", "mass", "speed", "power", "data"... as `DIMENSIONS` names them); None when no unit
    of ours ends it."""
    # "a mile and a half": the unit goes last, after the whole number
    text = re.sub(r"^(.+?)\s+([a-z]+)\s+(and an? (?:half|quarter))$", r"\1 \3 \2", text.strip())
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # "a 1,500-square-kilometre island"
    text = re.sub(r"^an?\s+(?=\d)", "", text, flags=re.I)  # "a 1/4 inch gap"
    text = _FEET_AND_INCHES.sub(r"\1 feet \2 inches", text)  # "6-foot-2": 6 ft 2 in
    if (whole := _COMPOUND.match(text)) and (total := _compound(whole)):
        return total
    m = _UNIT_AT_END.match(text)
    if not m or not re.search(r"\d", m.group("num")) and number(m.group("num")) is None:
        return None  # "the mile": no number before the unit
    name = UNIT_SURFACES[m.group("unit").lower()]
    factor, base = base_unit(name)
    dimension = DIMENSIONS.get(base)
    if dimension is None:
        return None
    num = re.sub(r"-\s+(to|and)\b", r" \1", m.group("num")).strip(" -")  # "24- to 30-foot"
    return num, factor, base, dimension


# a measure in two units, the larger first: "6ft 2in", "5 feet 10 inches", "7lb 3oz"
_COMPOUND = re.compile(
    rf"^(?P<n1>{_DIGITS})\s*(?P<u1>[a-z]+),?\s+(?P<n2>{_DIGITS})\s*(?P<u2>[a-z]+)\.?$", re.I)
# a height as sports pages and police descriptions write it: "6-foot-2", "5-feet-8 inches"
_FEET_AND_INCHES = re.compile(
    r"^(\d{1,2})\s*-\s*(?:foot|feet)\s*-\s*(\d{1,2})(?:\s*(?:in|inch|inches))?$")


def _compound(m: re.Match[str]) -> tuple[str, float, str, str] | None:
    """A two-unit measure as one number in its base unit, when the second unit is one that
    `COMPOUND_UNITS` lets follow the first ("6ft 2in": 1.8796 m)."""
    first = UNIT_SURFACES.get(m.group("u1").lower())
    second = COMPOUND_UNITS.get(first or "", {}).get(m.group("u2").lower())
    if first is None or second is None:
        return None
    (f1, base), (f2, _) = base_unit(first), base_unit(second)
    dimension = DIMENSIONS.get(base)
    total = float(m.group("n1").replace(",", "")) * f1 + float(m.group("n2")) * f2
    return (f"{total:.6g}", 1.0, base, dimension) if dimension else None


# "45 degrees Celsius", "-5°C", "113 °F", "minus 17 degrees": the number and its scale; a degree
# written onto a word ("a 180-degree turn") is an angle, not a temperature
_TEMPERATURE = re.compile(
    r"^(?P<num>.*?\d(?:[\d,.]*\d)?)\s*(?:°\s*|degrees?\s*|deg\s+)"
    r"(?P<scale>c|f|celsius|centigrade|fahrenheit)?\.?$",
    re.I,
)


# "45C", "-5C", "minus 3C", "113F", "30C to 35C": a scale's capital written onto the number,
# as British and wire copy write temperatures; read only when the raw text has the capital (in
# small letters, or spaced off, it is too often something else)
_TEMPERATURE_ONTO = re.compile(r"^(?P<num>.*?\d(?:[\d,.]*\d)?)\s?(?P<scale>[cf])\.?$", re.I)
_CAPITAL_ONTO = re.compile(r"\d[CF]\.?$")


def split_temperature(text: str, raw: str = "") -> tuple[str, str | None] | None:
    """A temperature's number text and its scale ("C", "F", or None when only "degrees" is
    written); None when `text` is no temperature. `raw`, the text as written, tells whether a
    scale written onto the number is a capital ("45C")."""
    m = _TEMPERATURE.match(text.strip())
    if m is None and _CAPITAL_ONTO.search(raw.strip()):
        m = _TEMPERATURE_ONTO.match(text.strip())
    if not m or re.search(r"\d-\s*deg", text, re.I):
        return None
    scale = (m.group("scale") or "").lower()
    return m.group("num"), ("F" if scale.startswith("f") else "C" if scale else None)
