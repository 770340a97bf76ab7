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
from .gazetteer import at_two_scales, spelling
from .lexicon import MONTHS, OPPOSITE_PREDICATES, RELATIVE_DATE_WORDS
from .names import name_form, surname
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
    names: frozenset[str]  # every name and date the claim mentions (`story.SameStory` compares)
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
        # each entity once, with how often the claims name it: names recur
        named = Counter(chain.from_iterable(c.entities for c in claims))
        form = name_form(claims, aliases, named)
        self.seen = _Cache(form)  # a word of a name → its one form
        # a word of a frame → its one form, and the content words that stands for (an alias may
        # stand for two), one string object per word for all the claims (a million claims'
        # token sets then share their strings)
        self.words = _Cache(lambda word: self._word(word, self.seen[word]))
        self.one: dict[str, str] = {}
        # the frame words that are their own one form (each to its one string object), and the
        # masks (<num>) among them: a frame of these words alone is its own one form (most frames
        # are); every word is looked at once, here, so that a frame is then read by one look-up
        # a word
        self.kept: dict[str, str] = {}
        self.masks: set[str] = set()
        for word in set(chain.from_iterable(c.frame.split() for c in claims)):
            one, forms = self._word(word, form(word))
            if one != word:  # a kept word is read from `kept`: no second entry for it
                self.words[word] = one, forms
        # an entity (text, label) → what it gives a claim (see `_entity`); a claim's entities →
        # what they give it (see `_named`): names recur, and so do the names of one sentence
        self.entity = _Cache(self._entity)
        self.named = _Cache(self._named)
        self.qualified = _Cache(self._qualified)  # qualifiers → what they give a claim
        # a date as written → whether it names its year or month (see `_written_out`)
        self.written = _Cache(_written_out)
        self.persons, self.misread = self._people(named)

    def _people(self, named: Counter) -> tuple[set[str], set[str]]:
        """The names the corpus calls a person, and those it calls a person more often than a
        place. The recogniser calls a name a place now and then ("Putin" as GPE): a name the
        corpus ever calls a person (the last word of a person's name) is no place, as a wrong
        place would veto; it is one of the claim's people when the corpus calls it a person more
        often than a place."""
        as_person: Counter[str] = Counter()
        as_place: Counter[str] = Counter()
        for (text, label), count in named.items():
            if label == "PERSON":
                as_person[self.seen[surname(text)]] += count
            elif label in ("GPE", "LOC", "FAC") and " " not in text:
                as_place[self.seen[text]] += count
        return set(as_person), {w for w in as_place if as_person[w] > as_place[w]}

    def _word(self, word: str, one: str) -> tuple[str, tuple[str, ...]]:
        """A word of a frame: its one form `one`, and the content words that stands for."""
        if one != word:
            return one, tuple(self.one.setdefault(w, w) for w in one.split()
                              if not w.startswith("<"))
        if word.startswith("<"):
            self.kept[word] = word
            self.masks.add(word)
            return one, ()
        self.kept[word] = self.one.setdefault(word, word)
        return one, (self.kept[word],)

    def _entity(self, entity: tuple[str, str]) -> tuple[str | None, str | None, str | None]:
        """What an entity gives a claim: a person (the last word of the name, in its one form),
        a place, a name (each None when it gives none; see `_named`)."""
        text, label = entity
        placed = label in ("GPE", "LOC", "FAC")
        person = (self.seen[surname(text)]
                  if label == "PERSON" or placed and self.seen[text] in self.misread else None)
        place = self.phrase(spelling(text)) if placed else None
        return (person, None if place in self.persons else place,
                self.phrase(text) if label in NAMES else None)

    def phrase(self, text: str) -> str:
        """Every word of a name in its one form."""
        return " ".join(map(self.seen.__getitem__, text.split()))

    def frame(self, frame: str) -> tuple[str, frozenset[str]]:
        """A frame with every word in its one form, and its content words (masks such as <num>
        aside)."""
        words = frame.split()
        try:
            tokens = frozenset(map(self.kept.__getitem__, words))
        except KeyError:  # a word written another way (or not seen yet)
            forms = list(map(self.words.__getitem__, words))
            return (" ".join(map(itemgetter(0), forms)),
                    _set(chain.from_iterable(map(itemgetter(1), forms))))
        if not self.masks.isdisjoint(tokens):
            tokens -= self.masks
        joined = " ".join(words)
        return frame if joined == frame else joined, tokens or _EMPTY

    def _named(self, entities: tuple[tuple[str, str], ...]) -> tuple[frozenset, ...]:
        """The people (last words of names, normalised; a name the corpus calls a person more
        often than a place, too), places, and every name that entities give a claim."""
        people, places, named = [], [], []
        for person, place, name in map(self.entity.__getitem__, entities):
            if person is not None:
                people.append(person)
            if place is not None:
                places.append(place)
            if name is not None:
                named.append(name)
                if " " in name:  # "washington pot shops" (a headline in capitals) is Washington's
                    named.extend(name.split())
        return _set(people), _set(places), _set(named)

    def _qualified(self, qualifiers: tuple[str, ...]) -> tuple[frozenset, frozenset, str]:
        """The ordinals, dates and facet of a claim's qualifiers."""
        return (_set(q for q in qualifiers if q.startswith("ordinal:")),
                _set(q for q in qualifiers if q.startswith("date:")),
                next((q[6:] for q in qualifiers if q.startswith("facet:")), ""))


_EMPTY: frozenset = frozenset()


def _set(items: Iterable[Any]) -> frozenset:
    """A frozenset of the items; the one empty set when there are none (most of a claim's sets
    are empty, and each empty frozenset would take 216 bytes)."""
    return frozenset(items) or _EMPTY


_MEASURED = frozenset(MEASURED)
# what a claim without values, or without entities, has of them
_NO_VALUES: tuple[frozenset, frozenset, frozenset, tuple] = (_EMPTY, _EMPTY, _EMPTY, ())
_NO_NAMES: tuple[frozenset, ...] = (_EMPTY, _EMPTY, _EMPTY)
_NO_QUALIFIERS: tuple[frozenset, frozenset, str] = (_EMPTY, _EMPTY, "")


def _feature(c: Claim, names: _Names) -> Feat:
    """What grouping compares of one claim (see `Feat`)."""
    norm = names.seen.__getitem__
    keys, amounts, when, limits = _measured(c, names) if c.values else _NO_VALUES
    people, places, named = names.named[c.entities] if c.entities else _NO_NAMES
    ords, dates, facet = names.qualified[c.qualifiers] if c.qualifiers else _NO_QUALIFIERS
    if dates:
        named = named | dates
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
    keys, amounts, when = [], [], []
    for v in c.values:
        if v.kind in _MEASURED:
            keys.append((v.kind, v.noun or "*", v.role or ""))
            # a person's age says who, not what happened: "the 36-year-old Rahman" recurs in
            # unrelated claims; an age bound on a group ("prisoners under 25") is what the claim
            # is about
            if not (v.kind == "age" and v.noun and names.seen[v.noun] in names.persons):
                amounts.append((v.kind, v.low, v.high))
        elif v.kind == "date" and names.written[v.text]:
            when.append((cast(str, v.low), cast(str, v.high)))  # dates: ISO strings
    measured = _set(amounts)
    limits = tuple(x for x in measured if x[0] == "age" and None not in x[1:] and x[1] < x[2])
    return _set(keys), measured, _set(when), limits


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
    event, different places (not one told at two scales) or people (not when a person of one is
    in the other's words: "Jane Doe Sworn In" names "Sworn" for Doe), or different measured
    things. `check` turns off `negation` (it reports the opposite claim) and `facets` (a typed
    query "Rahman is 36 years old" is not marked as an age statement, but is one)."""
    if a.ordinals and b.ordinals and not a.ordinals & b.ordinals:
        return True
    if facets and a.facet != b.facet:
        return True  # "Orozco is 29 years old" is no claim about what Orozco did
    if a.dates and b.dates and not a.dates & b.dates:
        return True
    if a.when and b.when and not any(same_days(x, y) for x in a.when for y in b.when):
        return True  # "to host the 2014 Oscars" / "hosted the show in 2007"
    if a.places and b.places and not a.places & b.places and not _one_place(a.places, b.places) \
            and not _two_scales(a, b):
        return True
    if a.people and b.people and not a.people & b.people and not (
            a.people & b.tokens or b.people & a.tokens):
        return True
    if a.keys and b.keys and not _keys_match(a, b):
        return True
    return negation and a.negated != b.negated


def _two_scales(a: Feat, b: Feat) -> bool:
    """Whether two statements name one place at two scales ("a district of London" / "in the
    UK", `gazetteer.at_two_scales`). Claims with values keep their places apart: "300 died in
    London" and "500 died in the UK" count two wholes."""
    return not a.keys and not b.keys and at_two_scales(a.places, b.places)


def _one_place(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Whether a place of one claim is the first words of a place of the other: the recogniser
    ran the name into the next word ("wisconsin sikh" is Wisconsin; "york" is not New York)."""
    return any(f"{long} ".startswith(f"{short} ") for x in xs for y in ys
               for short, long in ((x, y), (y, x)))


def pair_score(a: Feat, b: Feat, cfg: GroupSettings, meaning: float | None = None,
               shared: float | None = None) -> float | None:
    """The pair's score (0–100), or None when it is vetoed or under every threshold.

    Without `meaning` (the cosine of the claims' embeddings) a pair passes on its words alone
    (rapidfuzz scores over the frames, `_word_score`). With it, a pair passing on words must
    not be far apart in meaning (`meaning_floor`), and a second way opens: close meaning with a
    few shared words ("Moscow proposed a ceasefire" / "Russia suggested a ceasefire"), and a
    third for statements without values a little short on words but close in meaning
    (`near_meaning`, `meaning_shared`). Two claims with one core (`core_meaning`) or one age limit
    of a group join on that structure with few words in common. The structural vetoes stand
    above all of them. `shared` is `word_share(a, b)` when the caller has it.
    """
    if veto(a, b):
        return None
    if shared is None:
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
    if words is None and not a.keys and not b.keys and meaning >= cfg.near_meaning and (
            shared >= cfg.overlap or shared >= cfg.meaning_shared
            and not a.names.isdisjoint(b.names)):
        return 100.0 * meaning  # statements short on words near in meaning (naming one name)
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
