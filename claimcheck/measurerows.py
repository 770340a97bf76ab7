"""The measure table's rows: every value a claim gives, keyed by what it measures.

A row is one value mention: its source, claim, quote and offsets, the value, and the measure
key — the concept (deaths, injured, an age, a magnitude, the time something happened...), the
subject (the event itself, or the named person whose age it is), the occasion (the dates the
claim names) and the scope (so far, this year, the region...). What a value measures is read by
`concepts`; `measures` pairs and tiers the rows into discrepancies. It reads the claims' words and
values only; the parse stays in `claimcheck/claims/`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

import pandas as pd

from .claims import Claim
from .concepts import (
    DATED_EVENT,
    DAY_OF_EVENT,
    DISTANCE_BEYOND,
    SIZE,
    TEMPERATURE,
    concept_of,
)
from .counts import COUNTED
from .dates import weekday
from .gazetteer import apart, places, share_place
from .lexicon import KIN_NOUNS
from .measurewords import (
    ACCRUING_SCOPES,
    CLAUSE_SCOPES,
    CONCEPT_WORDS,
    HEADCOUNT_NOUNS,
    PARTS_INTRO,
    RANK_WORDS,
    SCOPE_WORDS,
    words,
)
from .names import given_name, surname
from .occasions import (
    dates_of,
    foreseen,
    sentence_dates,
    sentences_before,
    told_of,
)
from .settings import LIMITS
from .story import story_names
from .timespans import SPENT
from .values import Value, compare
from .whose import KIN_SET_OFF, UNNAMED, called, named_people

# the words that tell of a death ("killed", "died", "dead", "death")
DEATH_WORDS = frozenset(CONCEPT_WORDS["deaths"]) | {"dies", "passed", "succumbed"}
# a count followed by its noun and "and a man" / "and two women" is one part of a total
# ("two women and a man", "a man and two women"), when the other part counts people too (one of
# `PART_PEOPLE`: "23 pirates and a large arms cache" are all the pirates)
PART_BEFORE = re.compile(r"\b(?:a|an|one|two|three|\d+)\s+([\w-]+)\s+and\s*$", re.I)
PART_AFTER = re.compile(r"^\s*[\w-]+(?:\s+[\w-]+)?\s+and\s+(?:a|an|one|two|three|four|five|\d+)"
                        r"\s+([\w-]+)(?:\s+([\w-]+))?", re.I)
# a count of some of a set its measure's word names ("one of the wounded employees", "two of
# the dead"): a part, not the set's size ("capturing 23 of the raiders" is the count captured)
PARTITIVE = re.compile(r"^\s+of\s+(?:the|those|these|its|their|his|her)\s+((?:[\w-]+\s*){1,2})",
                       re.I)
PART_PEOPLE = HEADCOUNT_NOUNS | KIN_NOUNS | {"man", "woman", "child", "person"}
# an age said as what someone was when they did something ("at the age of 10, Doe began to
# sing", "retired at 61"): the age then, not now, unless the claim tells of a death ("died at
# the age of 85": the age the story is about)
AGE_THEN = re.compile(r"^(?:at )?the age of\b|\bat(?: the age of| age)?\s*$", re.I)
# a claim opening with one of these speaks of something named earlier: which one is not known
PRONOUN_START = re.compile(r"^\s*(it|that|this|they|these|those|he|she)\b", re.I)
# a claim opening with a person's pronoun ("She was 85."): whose age it gives, the claims before
_PERSONAL = re.compile(r"^\s*(he|she)\b", re.I)


@dataclass(frozen=True)
class MeasureRow:
    """One value mention with what it measures."""

    source: str
    claim: str
    quote: str  # the claim's clause as written
    start: int  # the quote's offsets in its source's text (the value's are `value.start`/`end`)
    end: int
    value: Value
    concept: str
    subject: str  # "" for the event itself; a person's name for an age
    occasion: tuple[str, ...]  # dates the claim names far from its publication: another occasion
    days: tuple[str, ...]  # dates near its publication: which day of the story
    scope: tuple[str, ...]
    places: frozenset[str]  # places the claim names: two disjoint sets may be two events
    pronoun: bool  # the claim's subject is a pronoun: which thing it means is not known
    speaker: str | None
    published: str | None
    story: frozenset[str] = frozenset()  # its source's own names (`story_names`)
    elsewhere: bool = False  # the claim names places, none of them its source's own
    frame: frozenset[str] = frozenset()  # the claim's frame words (`Claim.frame`): what it tells

    @property
    def key(self) -> MeasureKey:
        """Its measure: concept, subject and kind of value (`by_measure`)."""
        return self.concept, self.subject, self.value.kind



# words after a figure that bring in parts of it, each a figure: the figure itself is the whole
# ("has risen to 14, including two crew members"; not "four prior arrests, including charges of
# theft", whose parts are no figures)
PARTS_AHEAD = re.compile(PARTS_INTRO + r"\s+(?:\w+\s+){0,2}?(?:\d+|one|two|three|four|five|six|"
                         r"seven|eight|nine|ten|eleven|twelve|a\s+dozen)\b", re.I)


_INTRO = re.compile(PARTS_INTRO, re.I)
# "including" right before a figure, a word or two between ("including at least 12 children")
PART_RIGHT_BEFORE = re.compile(PARTS_INTRO + r"(?:\s+[\w'’-]+){0,2}\s*$", re.I)


def _scope(claim: Claim, v: Value, concept: str, subject: str = "") -> tuple[str, ...]:
    """The scope words said near a value (the event's day: anywhere in its claim), those of a
    period or a wider place only for a figure that accrues over them (`sums_over_places`); not
    its subject's word (an aftershock's magnitude is no magnitude scoped to aftershocks)."""
    at = v.start - claim.start
    near = claim.quote[max(0, at - LIMITS.scope_span):v.end - claim.start + LIMITS.scope_span]
    if concept.startswith(DAY_OF_EVENT):
        near = claim.quote  # "aftershocks of 2.8 to 3.8 on the Richter scale on Monday"
    found = _scope_words(near)
    end = v.end - claim.start
    before = claim.quote[max(0, at - LIMITS.scope_span):at]
    after = claim.quote[end:end + 2 * LIMITS.scope_span]  # the parts may be told at length
    if "part" in found and (_whole_before_parts(before, after)
                            or _another_things_parts(near, before)):
        found.discard("part")  # "has risen to 14, including two crew members": 14 is the whole
    if not sums_over_places(concept, v):
        found -= ACCRUING_SCOPES  # "the strongest quake since 2005": its own magnitude
    if found & CLAUSE_SCOPES and not CLAUSE_SCOPES & _scope_in_clause(claim, v):
        found -= CLAUSE_SCOPES  # "Aftershocks jolt the island, death toll rises to 10"
    at = v.end - claim.start
    if 0 <= at <= len(claim.quote) and _part(claim.quote[:v.start - claim.start],
                                             claim.quote[at:], concept):
        found.add("part")
    if v.kind == "age" and (AGE_THEN.search(v.text) or AGE_THEN.search(
            claim.quote[:max(0, v.start - claim.start)])) and not _of_a_death(claim):
        found.add("then")
    if v.role in ("added", "partial", "rate"):
        found.add({"added": "more", "partial": "so far", "rate": "per"}[v.role])
    return tuple(sorted(found - {subject}))


def _another_things_parts(near: str, before: str) -> bool:
    """Whether the only part words near a figure bring in parts of something else: "including"
    a few words or more before it ("23 vehicles, including a bus carrying 17 passengers": the
    17 are no part of the vehicles; "40 hurt, including 12 children" are)."""
    return bool(_INTRO.search(before)) and not PART_RIGHT_BEFORE.search(before) \
        and "part" not in _scope_words(_INTRO.sub(" ", near))


def _whole_before_parts(before: str, after: str) -> bool:
    """Whether the only part words near a figure come after it and point ahead ("14, including
    two crew members", "40 hurt, among them three children"): the figure is the whole."""
    rest = PARTS_AHEAD.sub(" ", after)
    return bool(PARTS_AHEAD.search(after)) and "part" not in _scope_words(before) | _scope_words(
        rest)


def _part(before: str, after: str, concept: str) -> bool:
    """Whether a count is one part of a total told beside another part of people, or some of
    a set its concept's word names (`PARTITIVE`)."""
    if (some := PARTITIVE.match(after)) and set(some.group(1).lower().split()) & set(
            CONCEPT_WORDS.get(concept, ())):
        return True
    found = PART_AFTER.match(after) or PART_BEFORE.search(before)
    return found is not None and any((w or "").lower() in PART_PEOPLE for w in found.groups())


def _scope_in_clause(claim: Claim, v: Value) -> set[str]:
    """The scope words of the comma-bounded part of a claim that holds the value."""
    at, end = v.start - claim.start, v.end - claim.start
    return _scope_words(re.split(r"[,;]", claim.quote[:max(0, at)])[-1] + claim.quote[at:end]
                        + re.split(r"[,;]", claim.quote[end:])[0])


def _scope_words(text: str) -> set[str]:
    """The scopes (`SCOPE_WORDS`) the words of `text` name; a "since" that dates a ranking
    ("the deadliest since 2003": `RANK_WORDS`) is none."""
    said = [w for w, _ in words(text)]
    if all(_ranked(said[:at]) for at, w in enumerate(said) if w == "since"):
        said = [w for w in said if w != "since"]
    joined = " " + " ".join(said) + " "
    return {label for phrase, label in SCOPE_WORDS.items() if f" {phrase} " in joined}


def _ranked(before: list[str]) -> bool:
    """Whether a "since" after these words dates a ranking: a rank word (`RANK_WORDS`) is among
    the last `LIMITS.rank_since` of them."""
    return bool(set(before[-LIMITS.rank_since:]) & RANK_WORDS)


def _of_a_death(claim: Claim) -> bool:
    """Whether a claim tells of a death ("died", "was killed", "dead at 85")."""
    return bool({w for w, _ in words(claim.quote)} & DEATH_WORDS)


def build_rows(claims: Sequence[Claim], published: Mapping[str, str | None] | None = None,
               story: Mapping[str, frozenset[str]] | None = None,
               times: Mapping[str, str] | None = None) -> list[MeasureRow]:
    """A row for every value whose measure the claim's words name (`story`: the sources' own
    names, `story_names(claims)` when not given); a row's publication is its source's day and,
    when `times` gives one, its time of day ("2026-03-10 09:48": which of one day's reports came
    first)."""
    dates, times = published or {}, times or {}
    story = story_names(claims) if story is None else story
    rows = []
    referents = _pronoun_referents(claims)
    dated = {c.id: dates_of(c, dates.get(c.source)) for c in claims if c.values}
    told = sentence_dates(claims, dates, dated)
    before = sentences_before(claims)
    for c in claims:
        keyed = [(v, k) for v in c.values if (k := _concept(c, v, referents)) is not None]
        if not keyed:
            continue
        far, near = dated[c.id]
        if not far and not near:
            far = told_of(c, [v for v, _ in keyed], told, before.get((c.source, c.sentence)))
        named, own = places(c), story.get(c.source, frozenset())
        for v, key in keyed:
            if any(k == key and compare(v, w) != "equal" for w, k in keyed if w is not v):
                continue  # two figures of one measure in one clause: a part and its whole
            if v.kind == "date" and _story_day(v, near):
                if key[0].startswith(DATED_EVENT):
                    key = DAY_OF_EVENT, ""  # "the December 6 killing", days before the article
            elif v.kind == "date" and _weekday_alone(v, key[0], dates.get(c.source)):
                key = DAY_OF_EVENT, ""  # "on Friday" in an article of no known date
            elif v.kind == "date" and not (key[0].startswith(DATED_EVENT) and _of_a_year(v)):
                continue  # a day long before the story, unless it dates an event it names
            if key[0].startswith(DAY_OF_EVENT) and c.rounds:  # "Monday's quake was the second one"
                key = key[0] + round_suffix(c.rounds), ""
            rows.append(MeasureRow(
                c.source, c.id, c.quote, c.start, c.end, v, key[0], key[1],
                tuple(d for d in far if d != v.low) if v.kind == "date" else far,  # not its own
                () if v.kind == "date" else near, _scope(c, v, key[0], key[1]), named,
                bool(PRONOUN_START.match(c.quote)) and key != ("age", referents.get(c.id)),
                c.attributed_to, _at(dates.get(c.source), times.get(c.source)),
                own, elsewhere(named, own, scales=not sums_over_places(key[0], v)),
                # only an unnamed person's and a past event's rows ask what their claim tells
                frozenset(c.frame.split()) if _told(key) else frozenset()))
    unnamed = {r.subject[len(UNNAMED):] for r in rows if r.subject.startswith(UNNAMED)}
    people = {r.subject for r in rows if r.concept == "age" and not r.subject.startswith(UNNAMED)}
    said = [x for c in claims for x in called(c, unnamed, people=people)] if unnamed else []
    kin = [x for c in claims for x in called(c, KIN_NOUNS, KIN_SET_OFF)]
    return _kin_apart(_name_the_unnamed(rows, unnamed, said), kin, claims)


def _concept(c: Claim, v: Value, referents: Mapping[str, str]) -> tuple[str, str] | None:
    """What a value measures (`concept_of`), none for a figure foreseen (`FORESEEN_BEFORE`,
    `FORESEEN_AFTER`); an age its claim's words give nobody is the age of whom the claim's "he"
    or "she" stands for (`_pronoun_referents`), when that is known."""
    if foreseen(c, v):
        return None  # "the toll could rise above 100", "5 or more could follow": foreseen
    if (key := concept_of(c, v)) is not None or v.kind != "age" or c.id not in referents:
        return key
    return "age", referents[c.id]


def _pronoun_referents(claims: Sequence[Claim]) -> dict[str, str]:
    """Whom a claim opening with "he" or "she" stands for ("She was 85."): the one person the
    claims of its source just before it name (`LIMITS.pronoun_reach` of them), when they name
    exactly one; with another in reach, nobody."""
    out: dict[str, str] = {}
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_source[c.source].append(c)
    for told in by_source.values():
        told.sort(key=lambda c: c.start)
        for i, c in enumerate(told):
            if not _PERSONAL.match(c.quote):
                continue
            before = told[max(0, i - LIMITS.pronoun_reach):i]
            named = {p for b in before for _, p in named_people(b, {"PERSON"})} | {
                surname(b.doer) for b in before if b.doer}
            if len(named) == 1:
                out[c.id] = named.pop()
    return out


def _kin_apart(rows: list[MeasureRow], said: list[tuple[str, str, str]],
               claims: Sequence[Claim]) -> list[MeasureRow]:
    """Key by the full name the age of a person the corpus calls someone's kin ("his son Jeremy
    Ortiz", "Jeremy Ortiz, his son"): a family shares a surname, and "Jerry Ortiz, 35" and
    "Jeremy Ortiz, 17" are two people's ages. `said`: (noun, surname, first name) of the people
    the claims call by a noun (`called`)."""
    kin: dict[str, set[str]] = defaultdict(set)  # surname: the first names of its kin
    for noun, family, given in said:
        if given and noun in KIN_NOUNS:
            kin[family].add(given)
    if not kin:
        return rows
    by_id = {c.id: c for c in claims}
    out = []
    for r in rows:
        if r.concept == "age" and r.subject in kin:
            named = {given_name(t) for t, label in by_id[r.claim].entities
                     if label == "PERSON" and surname(t) == r.subject}
            if len(one := named & kin[r.subject]) == 1:
                r = replace(r, subject=f"{one.pop()} {r.subject}")
        out.append(r)
    return out


def _name_the_unnamed(rows: list[MeasureRow], nouns: set[str],
                      said: list[tuple[str, str, str]]) -> list[MeasureRow]:
    """Give an unnamed person's age the name the corpus gives that noun, when it gives one
    only: "a 61-year-old former employee" is Okafor's age where another claim reads "Okafor, a
    61-year-old former employee" or "former employee Tom Okafor", and no other named person is
    called an employee. `nouns`: those unnamed people's nouns; `said` as in `_kin_apart`."""
    if not nouns:
        return rows
    named: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        noun = (r.value.noun or "").lower()
        if r.concept == "age" and r.subject and not r.subject.startswith(UNNAMED) \
                and noun in nouns and noun != r.subject:
            named[noun].add(r.subject)
    for noun, name, _given in said:
        if noun in nouns:
            named[noun].add(name)
    for noun in nouns - set(named):
        if len(alike := _aged_alike(rows, UNNAMED + noun)) == 1:
            named[noun] = alike
    out = []
    for r in rows:
        who = named.get(r.subject[len(UNNAMED):], set()) if r.subject.startswith(UNNAMED) else ()
        out.append(replace(r, subject=next(iter(who))) if len(who) == 1 else r)
    return out


def _aged_alike(rows: list[MeasureRow], unnamed: str) -> set[str]:
    """The named people given an age an unnamed person's rows give too ("a 59-year-old woman" /
    "Ann Roe, 59"): that person, when only one is."""
    ages = [r.value for r in rows if r.concept == "age" and r.subject == unnamed]
    return {r.subject for r in rows if r.concept == "age" and r.subject
            and not r.subject.startswith(UNNAMED)
            and any(compare(r.value, v) == "equal" for v in ages)}


def _of_a_year(v: Value) -> bool:
    """Whether a date value is placed in a known year ("1967", "March 2005"; not "Friday")."""
    return isinstance(v.low, str) and not v.low.startswith("--")


def _told(key: tuple[str, str]) -> bool:
    """Whether rows of this key are one thing only when their claims tell alike
    (`measures._same_telling`): see `told_apart`."""
    return told_apart(*key) is not None


def _at(day: str | None, time: str | None) -> str | None:
    """A source's publication as a row keeps it: its day, then its time of day when known."""
    return f"{day} {time}" if day and time else day


def told_apart(concept: str, subject: str) -> str | None:
    """The doubt two rows of a measure raise when their claims tell different things, for the
    measures that are one thing only when the claims tell alike: the time spent on something,
    a count or a size only its noun names, an unnamed person's age, the date of a past event, a
    temperature; None for any other measure (its key alone says what it is)."""
    if concept.startswith(SPENT):
        return "the claims tell of the time spent differently"
    if concept.startswith(COUNTED):
        return f"only the noun says what is counted ({concept[len(COUNTED):]})"
    if concept.startswith(SIZE):
        return f"only the noun says what is measured ({concept[len(SIZE):]})"
    if subject.startswith(UNNAMED):
        return f"who: an unnamed {subject[len(UNNAMED):]}, not known to be one person"
    if concept.startswith(DATED_EVENT):
        return f"which {concept[len(DATED_EVENT):]}: the claims tell of it differently"
    if concept == TEMPERATURE:
        return "which temperature: the claims tell of it differently"
    if concept == DISTANCE_BEYOND:
        return "beyond what: the claims tell of it differently"
    if concept.startswith("aboard"):  # a story of piracy tells of many ships and who was on each
        return "aboard what: the claims tell of it differently"
    if concept == "crowd":  # a story of protests tells of many marches, on many days
        return "which gathering: the claims tell of it differently"
    return None


def elsewhere(named: frozenset[str], own: frozenset[str], *, scales: bool = True) -> bool:
    """Whether a claim names places, none of them its source's own (`MeasureRow.elsewhere`);
    with `scales`, none lying in or holding one of them either ("Ohio" in a story told by
    Dayton: one place at two scales; see `sums_over_places` for when scales do not count)."""
    return bool(named) and not share_place(named, own) and not (scales and any(
        apart(p, o) is False for p in named for o in own))


def sums_over_places(concept: str, v: Value) -> bool:
    """Whether a figure adds up over places (a toll, a crowd, a population, a sum of money): a
    wider place holds more, so the figures of a city and of its country can both be true. An
    age, a magnitude, a time or a distance is one thing's, however widely its place is named."""
    return v.kind in ("count", "money") and concept != "magnitude"


def round_suffix(rounds: frozenset[str]) -> str:
    """A concept's mark of which round of an event it is of ("ordinal:2": ", round 2")."""
    return "".join(f", round {r.split(':', 1)[1]}" for r in sorted(rounds))


def _weekday_alone(v: Value, concept: str, published: str | None) -> bool:
    """Whether a day of the event is a weekday no date places ("killed on Sunday" in an
    article of no known date): it is compared by its weekday (`intervals.disagree`)."""
    return published is None and v.low is None and weekday(v) is not None \
        and (concept == DAY_OF_EVENT or concept.startswith(DATED_EVENT))


def _story_day(v: Value, near: tuple[str, ...]) -> bool:
    """Whether a date is one day of the story itself: a single day, near its source's
    publication (a month, a decade or a day long before is another occasion's)."""
    return isinstance(v.low, str) and v.low == v.high and v.low in near



MeasureKey = tuple[str, str, str]  # concept, subject, kind of value


def by_measure(rows: Sequence[MeasureRow]) -> dict[MeasureKey, list[MeasureRow]]:
    """The rows of each measure (concept, subject and kind of value), in the rows' order."""
    keyed: dict[MeasureKey, list[MeasureRow]] = defaultdict(list)
    for r in rows:
        keyed[r.key].append(r)
    return keyed


def measure_name(concept: str, subject: str) -> str:
    """A measure as a report names it: "age of doe", or the concept alone for the event's own
    ("deaths")."""
    return f"{concept} of {subject}" if subject else concept


def tally(rows: Sequence[MeasureRow], label: Callable[[MeasureRow], str] | None = None) -> str:
    """Each value the rows give, with the sources that give it ("'nine' in a, b; '11' in c"),
    a value as `label` writes it (its text in lower case by default)."""
    said: dict[str, list[str]] = {}
    for r in rows:
        sources = said.setdefault(label(r) if label else r.value.text.lower(), [])
        if r.source not in sources:
            sources.append(r.source)
    return "; ".join(f"{v!r} in {', '.join(s)}" for v, s in said.items())


def table(rows: Sequence[MeasureRow]) -> pd.DataFrame:
    """The measure table as a DataFrame, one row a value mention: group it by concept and
    subject to see every source's figure for one measure."""
    return pd.DataFrame([{
        "source": r.source, "claim": r.claim, "concept": r.concept, "subject": r.subject,
        "value": r.value.text, "low": r.value.low, "high": r.value.high, "bound": r.value.bound,
        "unit": r.value.unit, "kind": r.value.kind, "occasion": "; ".join(r.occasion + r.days),
        "scope": "; ".join(r.scope), "speaker": r.speaker, "published": r.published,
        "start": r.value.start, "end": r.value.end, "quote": r.quote} for r in rows],
        columns=["source", "claim", "concept", "subject", "value", "low", "high", "bound", "unit",
                 "kind", "occasion", "scope", "speaker", "published", "start", "end", "quote"])
