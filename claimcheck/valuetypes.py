"""What a value is, as the stages pass it: a `Mention` (a span that may hold a value, as the
parser found it) and a `Value` (what it says, as an interval with its bound), with the kinds,
bounds and roles a value can have. `values` reads mentions into values; every later stage
compares them. Kept apart from the reading so that the modules `values` calls can name a
`Value` without importing it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# what a value measures
ValueKind = Literal[
    "count", "duration", "age", "date", "time", "percent", "money", "ordinal", "other",
    "score",  # a game's score or a record, as written in figures ("88-72", "45-7-2")
    "temperature",  # in degrees Celsius (`unit` "°C"), or as written when only "degrees" is
    # in base units (units.py): m, kg, m/s, m², m³, W, J, Hz, bit, bit/s, Pa
    "length", "mass", "speed", "area", "volume", "power", "energy", "frequency", "data", "bitrate",
    "pressure",
]
# how the text bounds it: exactly, roughly, below (lt, le), above (gt, ge), between, vaguely
Bound = Literal["exact", "approx", "lt", "le", "gt", "ge", "range", "vague"]
# what its number is besides its kind (see `Value.role`)
Role = Literal["delay", "offset", "span", "added", "rate", "population", "contents", "partial",
               "change", "previous"]
# which way a change goes ("rose 5%": up; "fell 7%": down)
Direction = Literal["up", "down"]


@dataclass(frozen=True)
class Mention:
    """A span that may hold a value, as the parser found it (no spaCy objects)."""

    text: str
    label: str  # spaCy entity label, or CARDINAL/TIME for bare numbers and "a/an + unit"
    start: int  # character offsets in the text the mention was found in
    end: int
    noun: str | None = None  # the noun the number counts, from the parse
    context: tuple[str, str] = ("", "")  # a few words before and after
    verb: str | None = None  # what happened to what it counts, from the parse (`Value.verb`)
    past: bool = False  # told in the past tense ("discovered it on 3 March"): a day behind


@dataclass(frozen=True)
class Value:
    """A value read from text. `text` is the raw span; `low`/`high` bound it (None = open).

    Durations are in seconds, ages in years, dates `YYYY-MM-DD`, clock times `HH:MM`.
    """

    text: str
    kind: ValueKind
    low: float | str | None
    high: float | str | None
    bound: Bound
    unit: str | None = None
    noun: str | None = None
    per_side: bool = False
    start: int = 0
    end: int = 0
    # "delay" ("later than scheduled"), "offset" ("nine days earlier"), "span" (derived from two
    # clock times), "added" ("another 1,000"), "rate" ("$23 million per season"), "population"
    # ("a town of 15,000"), "contents" ("loaded with four bullets"), "partial" ("three times since
    # October", "12 so far": a count over part of the time), "change" ("rose 1.2 percent", with
    # its `direction`), "previous" ("up from 40": the level before a change)
    role: Role | None = None
    direction: Direction | None = None
    # the words of what happened to the thing counted, from the parse ("were killed", "are under
    # arrest": "killed", "are arrest"), when its noun is a verb's subject or object
    verb: str | None = None
