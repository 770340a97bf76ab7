"""Who and where a checked claim and a source's claim tell of: the doers they name and the
countries of their places and peoples, so that two claims worded alike about different parties
or lands ("Ukraine rejected ..." / "Moscow rejected ...") are not read as one claim (`check`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .claims import Claim
from .gazetteer import country
from .lexicon import IRREGULAR_DEMONYMS
from .names import demonym_of

# entity labels of places and peoples: two claims naming different ones tell two things
LANDS = frozenset({"GPE", "LOC", "NORP"})
CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


class Actors:
    """The parties and lands of a corpus's claims, in one form of each name (`form`)."""

    def __init__(self, claims: Sequence[Claim], form: Callable[[str], str]):
        self._form = form
        self._land_forms = {form(t) for c in claims for t, label in c.entities if label in LANDS}
        self._land_list = sorted(self._land_forms)
        self._country_of: dict[str, str | None] = {}  # `_country`, once per name

    def doers_differ(self, a: Claim, b: Claim) -> bool:
        """Whether two claims name different doers of what they say ("Ukraine rejected …" /
        "Moscow rejected … with Ukraine"): each doer is none of the other claim's names but
        those it acts on or with. A speaker's "we" is a side, not a name, and is left out."""
        doers = [self._form(last(c.doer)) for c in (a, b)
                 if c.doer and last(c.doer) != last(c.attributed_to)]
        if len(doers) < 2:
            return False
        return doers[0] not in self._actors(b) and doers[1] not in self._actors(a)

    def lands_apart(self, a: Claim, b: Claim) -> bool:
        """Whether two claims tell of different countries: each names one the other does not
        ("met the Polish president in Vilnius" / "met Lithuania's president in Vilnius"). A
        city or a region one claim adds tells more of one place, not of another."""
        mine, theirs = self._countries(a), self._countries(b)
        return bool(mine - theirs) and bool(theirs - mine)

    def _countries(self, c: Claim) -> set[str]:
        """The countries a claim names, by their places and peoples in their one form
        ("Lithuanian" is Lithuania's): its entities so labelled, and its capitalised words the
        corpus names as such elsewhere (a headline's "Lithuanian President", which the
        recogniser leaves unlabelled in title case)."""
        named = {self._form(t) for t, label in c.entities if label in LANDS}
        named |= {form for w in CAPITALISED.findall(c.quote)
                  if (form := self._form(w)) in self._land_forms}
        return {code for name in named if (code := self._country(name))}

    def _country(self, name: str) -> str | None:
        """The country a place or a people in its one form names: a people the corpus does
        not name is read by its spelling ("polish": Poland, "greek": Greece)."""
        if name not in self._country_of:  # names recur across the claims of a batch
            place = IRREGULAR_DEMONYMS.get(name) or demonym_of(name, self._land_list,
                                                              people=True) or name
            self._country_of[name] = country(place)
        return self._country_of[name]

    def _actors(self, c: Claim) -> set[str]:
        """The names a claim gives, each word of them ("Kelton City Council": Kelton too, the
        doer of "Kelton's council"), but for those its doing is done to or with."""
        done_to = {self._form(last(p)) for p in c.parties}
        return {self._form(w) for t, _ in c.entities for w in t.split()} - done_to


def last(name: str | None) -> str:
    """The last word of a name ("Rustem Umerov" → "Umerov"), "" for none."""
    words = (name or "").split()
    return words[-1] if words else ""
