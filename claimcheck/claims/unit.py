"""The claim in the making that splitting passes around: a set of a sentence's tokens."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class Unit:
    """A claim in the making: token indices of one sentence, the clause head, and token
    replacements (a pronoun for the speaker's name, "is" after an appositive's noun)."""

    tokens: set[int]
    head: Token | Any = None
    replace: dict[int, str] = field(default_factory=dict)
    speaker: str | None = None
    narrated: bool = False  # the article's own words inside a reporting clause ("X said after …")
    facet: str | None = None  # what a derived claim states about its subject ("age")
