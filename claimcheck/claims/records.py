"""The records the claims stage hands on: a `Claim` and an `Extraction` (no spaCy objects)."""

from __future__ import annotations

from dataclasses import dataclass

from ..clean import Dropped
from ..values import Value


@dataclass(frozen=True)
class Claim:
    """One atomic, self-contained statement from a source.

    `quote == source.text[start:end]` (the clause as written); `text` is the claim as a readable
    sentence. `frame`, `entities`, `qualifiers`, `negated`, `core`, `doer` and `parties` feed
    grouping.
    """

    id: str
    source: str
    text: str
    quote: str
    start: int
    end: int
    sentence: str
    attributed_to: str | None = None
    headline: bool = False
    values: tuple[Value, ...] = ()
    frame: str = ""
    entities: tuple[tuple[str, str], ...] = ()
    qualifiers: tuple[str, ...] = ()
    negated: bool = False
    paragraph: int = 0
    core: tuple[str, str, str] | None = (
        None  # (who, did what, to what): "Russia", "hand", "memorandum"
    )
    doer: str | None = None  # who does what the claim says, when named: "Recep Tayyip Erdogan"
    parties: tuple[str, ...] = ()  # the names the doing is done to or with: "Putin", "Zelensky"


@dataclass(frozen=True)
class Extraction:
    """Claims and dropped text for a set of sources."""

    claims: tuple[Claim, ...]
    dropped: tuple[Dropped, ...]
