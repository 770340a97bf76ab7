"""The records the claims stage hands on: a `Claim` and an `Extraction` (no spaCy objects)."""

from __future__ import annotations

from dataclasses import dataclass

from ..clean import Dropped
from ..values import Value


@dataclass(frozen=True)
class Dated:
    """A day a claim names and the action it is the day of: "The first round of talks took place
    on 20 May" dates the talks; "The ferry capsized on Friday night" the ferry's capsizing. In
    `Claim.placed`: a place and the action it is the place of ("the talks were in Istanbul")."""

    text: str  # the day as written ("20 May"; "Friday" of "Friday night"), or the place
    start: int  # its offsets in the source's text (a date value's, when one was read)
    end: int
    action: str  # the lemma of what happened that day: a verb ("capsize") or event noun ("talk")
    what: str = ""  # what it happened to: the verb's object, or a subject that is no name
    who: tuple[str, ...] = ()  # the names of who did it or took part ("Russia", "Ukraine")
    ahead: bool = False  # a day still to come ("will resume on Thursday"): a plan, not a fact


@dataclass(frozen=True)
class Claim:
    """One atomic, self-contained statement from a source.

    `quote == source.text[start:end]` (the clause as written); `text` is the claim as a readable
    sentence. `frame`, `entities`, `qualifiers`, `negated`, `core`, `doer` and `parties` feed
    grouping; `dated` and `placed` feed `check`, `dated` and `timed` the measure table.
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
    verb: str = ""  # the lemma of its main verb, a reporting one too ("admitted arson": "admit")
    parties: tuple[str, ...] = ()  # the names the doing is done to or with: "Putin", "Zelensky"
    dated: tuple[Dated, ...] = ()  # the days it names, each with the action it is the day of
    placed: tuple[Dated, ...] = ()  # the places it names, each with the action it is the place of
    timed: tuple[Dated, ...] = ()  # its figures set as clock times, each with its action

    @property
    def rounds(self) -> frozenset[str]:
        """Which of several occasions the claim names ("the second round": "ordinal:2")."""
        return frozenset(q for q in self.qualifiers if q.startswith("ordinal:"))


@dataclass(frozen=True)
class Extraction:
    """Claims and dropped text for a set of sources."""

    claims: tuple[Claim, ...]
    dropped: tuple[Dropped, ...]
