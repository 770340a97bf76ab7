"""Quantities with units written in words or with fractions, read into base units."""

from __future__ import annotations

import pytest

from claimcheck import read_values


@pytest.mark.parametrize(
    ("sentence", "kind", "base"),
    [
        pytest.param("The ferry sank seven km off the coast.", "length", 7000, id="words-and-km"),
        pytest.param("She lived half a mile from the mill.", "length", 804.672, id="half-a-mile"),
        pytest.param("The hall covers 12,000 square feet.", "area", 1114.836, id="square-feet"),
        pytest.param("The flat is 80 square metres.", "area", 80, id="square-metres"),
        pytest.param("He walked a mile to the station.", "length", 1609.344, id="a-mile"),
        pytest.param("The ride took two and a half hours.", "duration", 9000,
                     id="hours-and-a-half"),
        pytest.param("The village lies two and a half miles to the east.", "length", 4023.36,
                     id="miles-and-a-half-in-words"),
        pytest.param("The rope is one and a half metres long.", "length", 1.5,
                     id="metres-and-a-half-in-words"),
        pytest.param("They walked 3 and a half miles.", "length", 5632.704,
                     id="miles-and-a-half-after-a-figure"),
    ],
)
def test_a_unit_after_a_number_in_words(sentence, kind, base):
    (v,) = [v for v in read_values(sentence) if v.kind == kind]
    assert v.low == pytest.approx(base, rel=1e-3) and v.high == pytest.approx(base, rel=1e-3)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The mile was run in record time.", id="the-mile"),
        pytest.param("Miles of road were closed.", id="miles-of"),
    ],
)
def test_a_unit_with_no_number_is_no_quantity(sentence):
    assert [v for v in read_values(sentence) if v.kind == "length"] == []


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "low", "high"),
    [
        pytest.param("The new wind farm will generate 500 megawatts at its peak.", "500 megawatts",
                     "power", 5e8, 5e8, id="megawatts"),
        pytest.param("Its reactor has a capacity of 1.2 GW.", "1.2 GW", "power", 1.2e9, 1.2e9,
                     id="gigawatt-symbol"),
        pytest.param("The rooftop panels give 15kW on a clear day.", "15kW", "power", 1.5e4, 1.5e4,
                     id="kilowatts-written-onto"),
        pytest.param("A home there uses 3,500 kWh a year.", "3,500 kWh", "energy", 1.26e10,
                     1.26e10, id="kilowatt-hours"),
        pytest.param("The pack stores 75 kilowatt-hours.", "75 kilowatt-hours", "energy", 2.7e8,
                     2.7e8, id="kilowatt-hours-hyphenated"),
        pytest.param("One can holds 140 calories.", "140 calories", "energy", 585760, 585760,
                     id="food-calories-are-kilocalories"),
        pytest.param("The chip runs at 3.2 GHz.", "3.2 GHz", "frequency", 3.2e9, 3.2e9,
                     id="gigahertz"),
        pytest.param("The archive holds 5 petabytes of footage.", "5 petabytes", "data", 4e16, 4e16,
                     id="petabytes"),
        pytest.param("The handset ships with 128GB of storage.", "128GB", "data", 1.024e12,
                     1.024e12, id="gigabytes-written-onto"),
        pytest.param("Customers get 100Mbps downloads.", "100Mbps", "bitrate", 1e8, 1e8,
                     id="megabits-per-second"),
        pytest.param("The link carries 10 terabits per second.", "10 terabits per second",
                     "bitrate", 1e13, 1e13, id="terabits-per-second-in-words"),
        pytest.param("Pressure fell to 940 millibars overnight.", "940 millibars", "pressure",
                     94000, 94000, id="millibars"),
        pytest.param("Tyres were set to 32 psi.", "32 psi", "pressure", 220632.2, 220632.2,
                     id="psi"),
        pytest.param("The stone weighed 105 carats.", "105 carats", "mass", 0.021, 0.021,
                     id="carats"),
        pytest.param("He lost 3 stone in a year.", "3 stone", "mass", 19.0509, 19.0509,
                     id="stone"),
        pytest.param("They drank four pints each.", "four pints", "volume", 0.0018927, 0.0018927,
                     id="pints"),
        pytest.param("The 8- to 10-foot swells hit the pier.", "8- to 10-foot", "length", 2.4384,
                     3.048, id="range-with-one-unit-after-the-second-figure"),
        pytest.param("The crew hauled a 300kg net aboard.", "300kg", "mass", 300, 300,
                     id="kilograms-written-onto"),
        # "MB" and "mb" are read only in their case: megabytes, millibars
        pytest.param("The phone has 512 MB of memory.", "512 MB", "data", 4.096e9, 4.096e9,
                     id="megabytes-in-capitals"),
        pytest.param("The update is a 700MB download.", "700MB", "data", 5.6e9, 5.6e9,
                     id="megabytes-written-onto"),
        pytest.param("The storm's pressure fell to 940 mb.", "940 mb", "pressure", 94000, 94000,
                     id="millibars-in-lower-case"),
        pytest.param("Pressure dropped to 955mb overnight.", "955mb", "pressure", 95500, 95500,
                     id="millibars-written-onto"),
        # a capital "L" is a litre ("l" is left alone: too often a letter)
        pytest.param("The tanker spilled 3 to 4 L of diesel.", "3 to 4 L", "volume", 0.003, 0.004,
                     id="litres-as-a-capital-l"),
        pytest.param("Each crate held a 500L drum.", "500L", "volume", 0.5, 0.5,
                     id="litres-written-onto"),
    ],
)
def test_units_news_writes(sentence, text, kind, low, high):
    (v,) = [v for v in read_values(sentence) if v.text == text]
    assert (v.kind, v.low, v.high) == (kind, pytest.approx(low, rel=1e-3),
                                       pytest.approx(high, rel=1e-3))


@pytest.mark.parametrize(
    ("sentence", "low", "role"),
    [
        pytest.param("Shares rose 12pc on Monday.", 12, "change", id="pc-written-onto"),
        pytest.param("Profits fell 3.5pct in the quarter.", 3.5, "change", id="pct-written-onto"),
        pytest.param("Inflation stood at 4.1 pc in May.", 4.1, None, id="pc-after-a-space"),
        pytest.param("Only five per cent voted.", 5, None, id="number-word-per-cent"),
        pytest.param("Turnout was five per cent lower.", 5, "change", id="per-cent-lower"),
    ],
)
def test_percent_written_short(sentence, low, role):
    (v,) = [v for v in read_values(sentence) if v.kind == "percent"]
    assert (v.low, v.role) == (low, role)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        pytest.param("A 20m yacht ran aground.", "20m", id="one-letter-unit-stays-as-before"),
        pytest.param("He sat through a bit of the speech.", None, id="a-bit-is-no-data"),
        pytest.param("The rally drew 20k people.", "20k", id="scale-suffix-is-no-unit"),
        pytest.param("The link was rated at 3 Mb.", "3", id="mb-in-mixed-case-is-no-unit"),
    ],
)
def test_units_that_are_not_read_onto_numbers(sentence, text):
    kinds = {v.text: v.kind for v in read_values(sentence)}
    assert not {"data", "power", "energy"} & set(kinds.values())
    if text:
        assert text in kinds


def test_every_unit_written_converts_to_a_dimension_claimcheck_names():
    from claimcheck.unitnames import DIMENSIONS, UNIT_SURFACES
    from claimcheck.units import base_unit

    unnamed = {w: n for w, n in UNIT_SURFACES.items() if base_unit(n)[1] not in DIMENSIONS}
    assert unnamed == {}


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "base"),
    [
        pytest.param("The suspect is 6ft 2in tall.", "6ft 2in", "length", 1.8796,
                     id="feet-and-inches-written-onto"),
        pytest.param("The man was 5 feet 10 inches tall.", "5 feet 10 inches", "length", 1.778,
                     id="feet-and-inches-in-words"),
        pytest.param("Their daughter weighed 7lb 3oz.", "7lb 3oz", "mass", 3.2602,
                     id="pounds-and-ounces"),
        pytest.param("The girl weighed 7 lb 3 oz at birth.", "7 lb 3 oz", "mass", 3.2602,
                     id="pounds-and-ounces-apart"),
        pytest.param("He stands 1 m 62 cm tall.", "1 m 62 cm", "length", 1.62,
                     id="metres-and-centimetres"),
        pytest.param("Rats get through a 1/4 inch hole.", "a 1/4 inch", "length", 0.00635,
                     id="a-slash-fraction-of-a-unit"),
        pytest.param("A ½ mile stretch was shut.", "½ mile", "length", 804.672,
                     id="fraction-character-and-unit"),
    ],
)
def test_measures_in_two_units_and_fractions(sentence, text, kind, base):
    (v,) = [v for v in read_values(sentence) if v.kind == kind]
    assert (v.text, v.low, v.high) == (text, pytest.approx(base, rel=1e-3),
                                       pytest.approx(base, rel=1e-3))


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        pytest.param("He ran 5 feet in 2 seconds.", ["5 feet", "2 seconds"],
                     id="a-unit-then-a-number-and-in-is-no-height"),
        pytest.param("The 6ft wall fell in 2 places.", ["6ft", "2"], id="in-without-a-number"),
    ],
)
def test_two_units_not_joined_when_the_second_is_not_a_part(sentence, texts):
    assert [v.text for v in read_values(sentence)] == texts
