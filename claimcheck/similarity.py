"""Similarity: whether two claims can say the same thing, and how alike they are.

Decides what of a claim grouping compares (`Feat`: its frame, measured things, amounts, places,
people, event qualifiers, dates, negation, facet, core, doer and parties, names in one form),
what keeps two claims apart whatever their words (`veto`: a different round, day, year, place,
person or measured thing, or one negated), and the score of a pair that may join (`pair_score`:
rapidfuzz over the frames, the meaning signal, and structure that stands in for wording).
`group.py` uses these to make groups; `match_claims` to match checked claims.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from itertools import chain
from operator import itemgetter
from typing import Any, NamedTuple, cast

from rapidfuzz import fuzz

from .claims import Claim
from .compare import MEASURED
from .dates import same_days
from .lexicon import MONTHS, OPPOSITE_PREDICATES, RELATIVE_DATE_WORDS
from .names import name_form
from .settings import LIMITS, GroupSettings

# entity labels that name *which* event a source reports (who, where, when)
NAMES = ("PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "DATE")


class Feat(NamedTuple):
    """What grouping compares of one claim. A named tuple, not a frozen dataclass: a million
    claims make a million of them, and a tuple is built in a fraction of the time a frozen
    dataclass's __init__ takes (one attribute at a time, through object.__setattr__)."""

    frame: str
    tokens: frozenset[str]
    keys: frozenset[tuple[str, str, str]]  # (kind, noun or "*", role)
    amounts: frozenset[tuple]  # (kind, low, high) of the measured values, persons' ages aside
    places: frozenset[str]
    people: frozenset[str]
    ordinals: frozenset[str]
    dates: frozenset[str]
    when: frozenset[
        tuple[str, str]
    ]  # the spans of the dates the claim writes out ("in 2007", "June 1999")
    negated: bool
    facet: str  # "age" for "X is 61 years old" taken out of a longer claim; "" otherwise
    source: str
    names: frozenset[str]  # every name and date the claim mentions (`group._SameStory` compares)
    core: tuple[str, str, str] | None  # (who, did what, to what), the doer's name normalised
    age_limits: tuple[
        tuple, ...
    ]  # the age ranges and bounds of a group ("under 25"), not one person's age
    doer: str = ""
    parties: frozenset[str] = (
        frozenset()
    )  # the people the doing is done to or with, the doer aside (last words, normalised)


def features(claims: Sequence[Claim], aliases: dict[str, str]) -> list[Feat]:
    """What grouping compares of each claim, names in one form across the claims."""
    names = _Names(claims, aliases)
    return [_feature(c, names) for c in claims]


class _Cache(dict):
    """A dict that makes a missing value with `make` and keeps it (looked up through
    `dict.__getitem__`, which `map` calls without a Python frame for every hit)."""

    def __init__(self, make: Callable[[Any], Any]):
        super().__init__()
        self.make = make

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.make(key)
        return value


class _Names:
    """One form for every name of a set of claims (spelling variants, aliases, demonyms), and
    which names the corpus calls people."""

    def __init__(self, claims: Sequence[Claim], aliases: dict[str, str]):
        self.seen = _Cache(name_form(claims, aliases))
        # a word of a frame → its one form, and the content words that stands for (an alias may
        # stand for two), one string object per word for all the claims (a million claims'
        # token sets then share their strings)
        self.words = _Cache(self._word)
        self.one: dict[str, str] = {}
        # an entity (text, label) → what it gives a claim (see `_entity`): names recur
        self.entity = _Cache(self._entity)
        norm = self.norm
        # the recogniser calls a name a place now and then ("Putin" as GPE): a name the corpus
        # ever calls a person (the last word of a person's name) is no place, as a wrong place
        # would veto; it is one of the claim's people when the corpus calls it a person more often
        # than a place
        as_person = Counter(
            norm(t.split()[-1]) for c in claims for t, lab in c.entities if lab == "PERSON"
        )
        self.persons = set(as_person)
        as_place = Counter(
            norm(t)
            for c in claims
            for t, lab in c.entities
            if lab in ("GPE", "LOC", "FAC") and " " not in t
        )
        self.misread = {w for w in as_place if as_person[w] > as_place[w]}

    def norm(self, word: str) -> str:
        """A word of a name in its one form ("Zelenskyy" → "zelensky", "Kyiv" → "ukraine")."""
        return self.seen[word]

    def _word(self, word: str) -> tuple[str, tuple[str, ...]]:
        one = self.seen[word]
        return one, tuple(self.one.setdefault(w, w) for w in one.split() if not w.startswith("<"))

    def _entity(self, entity: tuple[str, str]) -> tuple[str | None, str | None, str | None]:
        """What an entity gives a claim: a person (the last word of the name, in its one form),
        a place, a name (each None when it gives none; see `_named`)."""
        text, label = entity
        placed = label in ("GPE", "LOC", "FAC")
        person = (self.seen[text.split()[-1]]
                  if label == "PERSON" or placed and self.seen[text] in self.misread else None)
        place = self.phrase(text) if placed else None
        return (person, None if place in self.persons else place,
                self.phrase(text) if label in NAMES else None)

    def phrase(self, text: str) -> str:
        """Every word of a name in its one form."""
        return " ".join(map(self.seen.__getitem__, text.split()))

    def frame(self, frame: str) -> tuple[str, frozenset[str]]:
        """A frame with every word in its one form, and its content words (masks such as <num>
        aside)."""
        words = list(map(self.words.__getitem__, frame.split()))
        return (" ".join(map(itemgetter(0), words)),
                _set(chain.from_iterable(map(itemgetter(1), words))))


_EMPTY: frozenset = frozenset()


def _set(items: Iterable[Any]) -> frozenset:
    """A frozenset of the items; the one empty set when there are none (most of a claim's sets
    are empty, and each empty frozenset would take 216 bytes)."""
    return frozenset(items) or _EMPTY


def _feature(c: Claim, names: _Names) -> Feat:
    """What grouping compares of one claim (see `Feat`)."""
    norm = names.norm
    keys, amounts, when, limits = _measured(c, names) if c.values else (_EMPTY,) * 3 + ((),)
    people, places, named = _named(c, names) if c.entities else (_EMPTY, _EMPTY, _EMPTY)
    ords = dates = _EMPTY
    facet = ""
    if c.qualifiers:
        ords = _set(q for q in c.qualifiers if q.startswith("ordinal:"))
        dates = _set(q for q in c.qualifiers if q.startswith("date:"))
        named = _set(named | dates)
        facet = next((q[6:] for q in c.qualifiers if q.startswith("facet:")), "")
    core = (norm(c.core[0]), c.core[1], c.core[2]) if c.core else None
    doer = norm(c.doer.split()[-1]) if c.doer else ""
    parties = (_set(frozenset(norm(p.split()[-1]) for p in c.parties) & people - {doer})
               if c.parties else _EMPTY)
    frame, tokens = names.frame(c.frame)
    return Feat(frame, tokens, keys, amounts, places, people, ords, dates, when, c.negated, facet,
                c.source, named, core, limits, doer, parties)


def _measured(c: Claim, names: _Names) -> tuple[frozenset, frozenset, frozenset, tuple]:
    """A claim's measured things (kind, noun, role), their amounts, the dates it writes out,
    and the age limits of a group it names (see `Feat`)."""
    keys = _set((v.kind, v.noun or "*", v.role or "") for v in c.values if v.kind in MEASURED)
    # a person's age says who, not what happened: "the 36-year-old Rahman" recurs in unrelated
    # claims; an age bound on a group ("prisoners under 25") is what the claim is about
    amounts: frozenset[tuple[Any, ...]] = _set(
        (v.kind, v.low, v.high)
        for v in c.values
        if v.kind in MEASURED
        and not (v.kind == "age" and v.noun and names.norm(v.noun) in names.persons)
    )
    when = _set(  # dates: ISO strings
        (cast(str, v.low), cast(str, v.high))
        for v in c.values
        if v.kind == "date" and _written_out(v.text)
    )
    limits = tuple(x for x in amounts if x[0] == "age" and None not in x[1:] and x[1] < x[2])
    return keys, amounts, when, limits


def _named(c: Claim, names: _Names) -> tuple[frozenset, frozenset, frozenset]:
    """A claim's people (last words of names, normalised; a name the corpus calls a person
    more often than a place, too), places, and every name it mentions (see `Feat`)."""
    given = list(map(names.entity.__getitem__, c.entities))
    return (_set(p for p, _, _ in given if p is not None),
            _set(p for _, p, _ in given if p is not None),
            _set(n for _, _, n in given if n is not None))


# each opposing predicate's rows of OPPOSITE_PREDICATES, as words standing for both sides
_POLAR: dict[str, tuple[str, ...]] = {}
for _row, _sides in enumerate(OPPOSITE_PREDICATES):
    for _lemma in _sides[0] | _sides[1]:
        _POLAR[_lemma] = (*_POLAR.get(_lemma, ()), f"polar{_row}")


def polar_form(f: Feat) -> Feat:
    """The features with each opposing predicate written as both sides of it ("accept" and
    "reject" alike), so that a claim said the other way round still matches (`match_claims`
    then flags it by `opposed`)."""
    def words(w: str) -> tuple[str, ...]:
        return _POLAR.get(w, (w,))

    return f._replace(
        frame=" ".join(x for w in f.frame.split() for x in words(w)),
        tokens=frozenset(x for w in f.tokens for x in words(w)),
        core=f.core and (f.core[0], " ".join(words(f.core[1])), f.core[2]),
    )


def predicate_words(frame: str, core: tuple[str, str, str] | None) -> frozenset[str]:
    """A claim's words that may say what was done: its frame's lemmas and its core's verb (a
    reporting verb, "confirmed", is left out of the frame but is what the claim says)."""
    return frozenset(frame.split()) | ({core[1]} if core else set())


def opposed(a: Collection[str], b: Collection[str]) -> tuple[str, str] | None:
    """The predicates by which two claims' lemmas say opposite things ("accept", "reject"): one
    claim uses one side of a row of OPPOSITE_PREDICATES and not the other, the other claim the
    reverse; None when they do not."""
    words_a, words_b = frozenset(a), frozenset(b)
    for one, other in OPPOSITE_PREDICATES:
        for x, y in ((one, other), (other, one)):
            if (said := x & words_a) and (denied := y & words_b) and not (y & words_a
                                                                       or x & words_b):
                return min(said), min(denied)
    return None


def word_share(a: Feat, b: Feat) -> float:
    """The share of all the content words of two claims that both use."""
    return len(a.tokens & b.tokens) / max(1, len(a.tokens | b.tokens))


def signature(f: Feat) -> tuple:
    """What `veto` looks at: two claims with one signature veto the same merges."""
    return f.ordinals, f.dates, f.when, f.places, f.people, f.keys, f.negated, f.facet


def _written_out(text: str) -> bool:
    """Whether a date names its year or month ("2007", "June 1999", "September"), rather than
    counting from the article's own date ("last week", "Monday"), which two outlets writing on
    different days resolve to different days."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return not words & RELATIVE_DATE_WORDS and (
        bool(re.search(r"\d{4}", text)) or any(w in MONTHS for w in words)
    )


def _keys_match(a: Feat, b: Feat) -> bool:
    return any(
        ka[0] == kb[0]
        and ka[2] == kb[2]
        and (ka[1] == kb[1] or ka[0] not in ("count", "money", "other") or "*" in (ka[1], kb[1]))
        for ka in a.keys
        for kb in b.keys
    )


def veto(a: Feat, b: Feat, *, negation: bool = True, facets: bool = True) -> bool:
    """Two claims that cannot be about the same thing: a different round, day or year of the
    event, different places or people, or different measured things. `check` turns off
    `negation` (it reports the opposite claim) and `facets` (a typed query "Rahman is 36 years
    old" is not marked as an age statement, but is one)."""
    if a.ordinals and b.ordinals and not a.ordinals & b.ordinals:
        return True
    if facets and a.facet != b.facet:
        return True  # "Orozco is 29 years old" is no claim about what Orozco did
    if a.dates and b.dates and not a.dates & b.dates:
        return True
    if a.when and b.when and not any(same_days(x, y) for x in a.when for y in b.when):
        return True  # "to host the 2014 Oscars" / "hosted the show in 2007"
    if a.places and b.places and not a.places & b.places:
        return True
    if a.people and b.people and not a.people & b.people:
        return True
    if a.keys and b.keys and not _keys_match(a, b):
        return True
    return negation and a.negated != b.negated


def pair_score(a: Feat, b: Feat, cfg: GroupSettings, meaning: float | None = None) -> float | None:
    """The pair's score (0–100), or None when it is vetoed or under every threshold.

    Without `meaning` (the cosine of the claims' embeddings) a pair passes on its words alone
    (rapidfuzz scores over the frames, `_word_score`). With it, a pair passing on words must
    not be far apart in meaning (`meaning_floor`), and a second way opens: close meaning with a
    few shared words ("Moscow proposed a ceasefire" / "Russia suggested a ceasefire"), and a
    third for statements without values a little short on words but close in meaning
    (`near_words`, `near_meaning`). Two claims with one core (`core_meaning`) or one age limit
    of a group join on that structure with few words in common. The structural vetoes stand
    above all of them.
    """
    if veto(a, b):
        return None
    shared = word_share(a, b)
    words = _word_score(a, b, cfg, shared)
    if meaning is None:
        if words is None and _same_structure(a, b, cfg, shared):
            return float(fuzz.token_set_ratio(a.frame, b.frame))
        return words
    if words is not None and (meaning >= cfg.meaning_floor or a.amounts & b.amounts):
        return words
    if meaning >= meaning_needed(a, b, cfg) and shared >= cfg.meaning_overlap:
        return 100.0 * meaning
    if _same_structure(a, b, cfg, shared, meaning):
        return 100.0 * meaning
    if (
        words is None
        and not a.keys
        and not b.keys
        and meaning >= cfg.near_meaning
        and shared >= cfg.overlap
    ):
        set_score = fuzz.token_set_ratio(a.frame, b.frame)
        if set_score >= cfg.near_words:
            return (set_score + fuzz.token_sort_ratio(a.frame, b.frame)) / 2
    return None


def _same_structure(
    a: Feat, b: Feat, cfg: GroupSettings, shared: float, meaning: float | None = None
) -> bool:
    """Structure that says two claims are about one thing though they share few words:
    - one doing: statements without values in which one named doer does one thing to one thing
      (one core), or acts on the same two or more people (sharing `meaning_overlap` of their
      words, and `core_meaning` close when measured);
    - an age limit of a group in common ("from 18 to 25" / "under 25"; not "under 12" / "under
      25"): the limit says who the claim is about as a name would. On ECB+ (40 events, each its
      own corpus) no two claims of two sources bound ages at all."""
    if (
        not a.keys
        and not b.keys
        and shared >= cfg.meaning_overlap
        and (meaning is None or meaning >= cfg.core_meaning)
        and (
            a.core is not None
            and a.core == b.core
            or acts_on_people(a)
            and a.doer == b.doer
            and len(a.parties & b.parties) >= 2
        )
    ):
        return True
    return any(x[2] == y[2] or x[1] == y[1] > 0 for x in a.age_limits for y in b.age_limits)


def acts_on_people(f: Feat) -> bool:
    """Whether a claim without values has a named doer acting on two people or more ("Erdogan …
    to bring Putin and Zelensky together"): what `_same_structure` can join on."""
    return bool(f.doer) and not f.keys and len(f.parties) >= 2


def meaning_needed(a: Feat, b: Feat, cfg: GroupSettings) -> float:
    """How close in meaning two claims must be to join on meaning: less when they hold the same
    amount, more when their values differ (a wrong join there makes a false conflict)."""
    if a.amounts & b.amounts:
        return cfg.meaning_same
    return (
        cfg.meaning_bound
        if _share_bound(a, b)
        else cfg.meaning_values
        if a.keys and b.keys
        else cfg.meaning
    )


def _share_bound(a: Feat, b: Feat) -> bool:
    """Whether two claims count things or money with one bound in common, not a small number:
    "1,000 prisoners" / "1,000 to 1,200 prisoners", "as many as 40 firefighters" / "35 to 40"."""
    return any(
        x[0] == y[0]
        and x[0] in ("count", "money")
        and None not in (x[1], y[1])
        and (
            x[1] == y[1] >= LIMITS.shared_bound
            or x[2] == y[2]
            and (x[2] or 0) >= LIMITS.shared_bound
        )
        for x in a.amounts
        for y in b.amounts
    )


def _word_score(a: Feat, b: Feat, cfg: GroupSettings, shared: float) -> float | None:
    """The mean of rapidfuzz's token-set and token-sort ratios of the frames, or None under the
    thresholds that suit what the claims hold (values on both sides, on one, on neither)."""
    set_score = fuzz.token_set_ratio(a.frame, b.frame)
    if a.keys and b.keys:
        if set_score < cfg.with_values or shared < cfg.value_overlap:
            return None
        return (set_score + fuzz.token_sort_ratio(a.frame, b.frame)) / 2
    if set_score < (cfg.one_value if a.keys or b.keys else cfg.no_values) or shared < cfg.overlap:
        return None
    # set overlap alone is generous to a short frame inside a long one: the order-sensitive
    # score must not be low either
    sort_score = fuzz.token_sort_ratio(a.frame, b.frame)
    return None if sort_score < cfg.sort_floor else (set_score + sort_score) / 2
