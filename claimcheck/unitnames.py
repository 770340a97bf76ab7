"""Units as news writes them: each written form -> its name in pint's registry, and what each
base unit measures. Data only, read by `units` (conversion), `cues` and the claims' mentions.

Plural, abbreviated and spelled forms are listed. Temperatures are left out: their scales do not
convert by a factor. "in" and "g" are left out: as words they are far more often something else.
"""

from __future__ import annotations

import re
from typing import Final

UNIT_SURFACES: Final = {
    **dict.fromkeys(("m", "metre", "metres", "meter", "meters"), "meter"),
    **dict.fromkeys(("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"),
                    "kilometer"),
    **dict.fromkeys(("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
                    "centimeter"),
    **dict.fromkeys(("mm", "millimetre", "millimetres", "millimeter", "millimeters"),
                    "millimeter"),
    **dict.fromkeys(("mile", "miles", "mi"), "mile"),
    **dict.fromkeys(("nautical mile", "nautical miles"), "nautical_mile"),
    **dict.fromkeys(("ft", "foot", "feet"), "foot"),
    **dict.fromkeys(("yard", "yards", "yd", "yds"), "yard"),
    **dict.fromkeys(("inch", "inches"), "inch"),
    **dict.fromkeys(("kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"), "kilogram"),
    **dict.fromkeys(("gram", "grams"), "gram"),
    **dict.fromkeys(("mg", "milligram", "milligrams"), "milligram"),
    **dict.fromkeys(("lb", "lbs", "pound", "pounds"), "pound"),
    **dict.fromkeys(("tonne", "tonnes", "metric ton", "metric tons"), "metric_ton"),
    **dict.fromkeys(("ton", "tons"), "short_ton"),
    **dict.fromkeys(("mph", "miles per hour", "miles an hour"), "mile / hour"),
    **dict.fromkeys(("km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour",
                     "kilometres an hour", "kilometers an hour", "km an hour", "km per hour"),
                    "kilometer / hour"),
    # a slow advance: lava, a flood's water, a glacier ("300 metres per hour", "40 metres a day")
    **dict.fromkeys(("metres per hour", "meters per hour", "metres an hour", "meters an hour"),
                    "meter / hour"),
    **dict.fromkeys(("metres per minute", "meters per minute", "metres a minute",
                     "meters a minute"), "meter / minute"),
    **dict.fromkeys(("metres per day", "meters per day", "metres a day", "meters a day"),
                    "meter / day"),
    **dict.fromkeys(("metres per second", "meters per second", "metres a second",
                     "meters a second", "m/s"), "meter / second"),
    **dict.fromkeys(("knot", "knots"), "knot"),
    **dict.fromkeys(("acre", "acres"), "acre"),
    **dict.fromkeys(("hectare", "hectares", "ha"), "hectare"),
    **dict.fromkeys(("sq km", "square kilometres", "square kilometers", "km2"),
                    "kilometer ** 2"),
    **dict.fromkeys(("sq mi", "square mile", "square miles"), "mile ** 2"),
    **dict.fromkeys(("square kilometre", "square kilometer"), "kilometer ** 2"),  # "a 1,500-"
    **dict.fromkeys(("sq ft", "square foot", "square feet"), "foot ** 2"),
    **dict.fromkeys(("sq m", "square metre", "square meter", "square metres", "square meters",
                     "m2"), "meter ** 2"),
    **dict.fromkeys(("litre", "litres", "liter", "liters"), "liter"),
    **dict.fromkeys(("ml", "millilitre", "millilitres", "milliliter", "milliliters"),
                    "milliliter"),
    **dict.fromkeys(("gallon", "gallons"), "gallon"),
    **dict.fromkeys(("barrel", "barrels", "bbl"), "oil_barrel"),  # in news, of oil
    **dict.fromkeys(("cubic metre", "cubic metres", "cubic meter", "cubic meters", "m3"),
                    "meter ** 3"),
    **dict.fromkeys(("cubic kilometre", "cubic kilometres", "cubic kilometer",
                     "cubic kilometers", "km3"), "kilometer ** 3"),
    **dict.fromkeys(("cubic foot", "cubic feet", "cu ft"), "foot ** 3"),
    **dict.fromkeys(("cubic centimetre", "cubic centimetres", "cubic centimeter",
                     "cubic centimeters", "cc"), "centimeter ** 3"),  # an engine's "125cc"
    # the rest of the units news writes: light and sound, power and energy, data, pressure.
    # Symbols one letter long ("W", "J") or that mean two things in news ("nm": nanometres and
    # nautical miles, "mb": megabytes and millibars, "ev": an electric vehicle, "pb": a personal
    # best) are left out; so are units of the kitchen ("cup", "tbsp"), rarely news.
    **dict.fromkeys(("nanometre", "nanometres", "nanometer", "nanometers"), "nanometer"),
    **dict.fromkeys(("micrometre", "micrometres", "micrometer", "micrometers", "micron",
                     "microns"), "micrometer"),
    **dict.fromkeys(("light year", "light years"), "light_year"),
    **dict.fromkeys(("microgram", "micrograms"), "microgram"),
    **dict.fromkeys(("ounce", "ounces", "oz"), "ounce"),
    **dict.fromkeys(("troy ounce", "troy ounces"), "troy_ounce"),
    **dict.fromkeys(("stone",), "stone"),  # "14 stone"; "three stones" are stones
    **dict.fromkeys(("carat", "carats"), "carat"),
    **dict.fromkeys(("pint", "pints"), "pint"),
    **dict.fromkeys(("quart", "quarts"), "quart"),
    **dict.fromkeys(("cl", "centilitre", "centilitres", "centiliter", "centiliters"),
                    "centiliter"),
    **dict.fromkeys(("sq in", "square inch", "square inches"), "inch ** 2"),
    **dict.fromkeys(("m/s", "metres per second", "meters per second"), "meter / second"),
    **dict.fromkeys(("feet per second",), "foot / second"),
    **dict.fromkeys(("watt", "watts"), "watt"),
    **dict.fromkeys(("kw", "kilowatt", "kilowatts"), "kilowatt"),
    **dict.fromkeys(("mw", "megawatt", "megawatts"), "megawatt"),  # in news never milliwatts
    **dict.fromkeys(("gw", "gigawatt", "gigawatts"), "gigawatt"),
    **dict.fromkeys(("tw", "terawatt", "terawatts"), "terawatt"),
    **dict.fromkeys(("wh", "watt hour", "watt hours"), "watt_hour"),
    **dict.fromkeys(("kwh", "kilowatt hour", "kilowatt hours"), "kilowatt_hour"),
    **dict.fromkeys(("mwh", "megawatt hour", "megawatt hours"), "megawatt_hour"),
    **dict.fromkeys(("gwh", "gigawatt hour", "gigawatt hours"), "gigawatt_hour"),
    **dict.fromkeys(("twh", "terawatt hour", "terawatt hours"), "terawatt_hour"),
    **dict.fromkeys(("joule", "joules"), "joule"),
    **dict.fromkeys(("kj", "kilojoule", "kilojoules"), "kilojoule"),
    **dict.fromkeys(("megajoule", "megajoules"), "megajoule"),
    # a food's calories are kilocalories, however written
    **dict.fromkeys(("calorie", "calories", "kcal", "kilocalorie", "kilocalories"),
                    "kilocalorie"),
    **dict.fromkeys(("btu", "btus"), "british_thermal_unit"),
    **dict.fromkeys(("electronvolt", "electronvolts", "electron volts"), "electron_volt"),
    **dict.fromkeys(("kev",), "kiloelectron_volt"),
    **dict.fromkeys(("mev",), "megaelectron_volt"),
    **dict.fromkeys(("gev",), "gigaelectron_volt"),
    **dict.fromkeys(("tev",), "teraelectron_volt"),
    **dict.fromkeys(("hz", "hertz"), "hertz"),
    **dict.fromkeys(("khz", "kilohertz"), "kilohertz"),
    **dict.fromkeys(("mhz", "megahertz"), "megahertz"),
    **dict.fromkeys(("ghz", "gigahertz"), "gigahertz"),
    **dict.fromkeys(("byte", "bytes"), "byte"),
    **dict.fromkeys(("kb", "kilobyte", "kilobytes"), "kilobyte"),
    **dict.fromkeys(("megabyte", "megabytes"), "megabyte"),
    **dict.fromkeys(("gb", "gigabyte", "gigabytes"), "gigabyte"),
    **dict.fromkeys(("tb", "terabyte", "terabytes"), "terabyte"),
    **dict.fromkeys(("petabyte", "petabytes"), "petabyte"),
    **dict.fromkeys(("exabyte", "exabytes"), "exabyte"),
    **dict.fromkeys(("bits",), "bit"),  # "a bit" is no quantity
    **dict.fromkeys(("kilobit", "kilobits"), "kilobit"),
    **dict.fromkeys(("megabit", "megabits"), "megabit"),
    **dict.fromkeys(("gigabit", "gigabits"), "gigabit"),
    **dict.fromkeys(("terabit", "terabits"), "terabit"),
    **dict.fromkeys(("kbps", "kbit/s", "kilobits per second"), "kilobit / second"),
    **dict.fromkeys(("mbps", "mbit/s", "megabits per second"), "megabit / second"),
    **dict.fromkeys(("gbps", "gbit/s", "gigabits per second"), "gigabit / second"),
    **dict.fromkeys(("tbps", "tbit/s", "terabits per second"), "terabit / second"),
    **dict.fromkeys(("psi",), "psi"),
    **dict.fromkeys(("kpa", "kilopascal", "kilopascals"), "kilopascal"),
    **dict.fromkeys(("hpa", "hectopascal", "hectopascals"), "hectopascal"),
    **dict.fromkeys(("millibar", "millibars", "mbar"), "millibar"),
}
# what a quantity's base unit measures, for the reader (units.py), and how the base unit is
# written in a reason or by `claimcheck values`
DIMENSIONS: Final = {
    "meter": "length", "kilogram": "mass", "meter / second": "speed", "meter ** 2": "area",
    "meter ** 3": "volume", "kilogram * meter ** 2 / second ** 3": "power",
    "kilogram * meter ** 2 / second ** 2": "energy", "1 / second": "frequency", "bit": "data",
    "bit / second": "bitrate", "kilogram / meter / second ** 2": "pressure",
}
UNIT_SYMBOLS: Final = {
    "meter": "m", "kilogram": "kg", "meter / second": "m/s", "meter ** 2": "m²",
    "meter ** 3": "m³", "kilogram * meter ** 2 / second ** 3": "W",
    "kilogram * meter ** 2 / second ** 2": "J", "1 / second": "Hz", "bit": "bit",
    "bit / second": "bit/s", "kilogram / meter / second ** 2": "Pa",
}
# symbols whose case tells two units apart, read only as written ("512 MB" of memory, a storm's
# "940 mb"; in lower case either, so not in UNIT_SURFACES), and the unit spelled out; a capital
# "L" is a litre ("a 2.0 L engine", "3 to 4 L of wine"), a small "l" too often a letter; "eV"
# an electronvolt ("EV", "ev" an electric vehicle)
CASED_UNITS: Final = {"MB": "megabytes", "mb": "millibars", "L": "litres", "eV": "electronvolts"}
CASED_ALTERNATION: Final = "|".join(sorted(CASED_UNITS, key=len, reverse=True))
# every unit as written, as a regular expression's alternatives, longest first ("nautical miles"
# before "miles"; units, cues)
UNIT_ALTERNATION: Final = "|".join(
    re.escape(u) for u in sorted(UNIT_SURFACES, key=len, reverse=True))
# the smaller unit that may follow a figure in a larger one, as written, and its registry name
# ("6ft 2in", "5 feet 10 inches", "7lb 3oz", "11st 4lb"): a height or weight in two parts. "in"
# is an inch only here, after feet
COMPOUND_UNITS: Final = {
    "foot": {**dict.fromkeys(("in", "inch", "inches"), "inch")},
    "pound": {**dict.fromkeys(("oz", "ounce", "ounces"), "ounce")},
    "stone": {**dict.fromkeys(("lb", "lbs", "pound", "pounds"), "pound")},
    "meter": {**dict.fromkeys(("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
                              "centimeter")},
}
