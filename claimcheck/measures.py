"""The discrepancies between sources that the measure table (`measurerows`) reveals however
the sentences are worded.

Rows of different sources with one concept and subject whose values cannot agree are a
discrepancy: a `conflict` when nothing casts doubt on their being one measure, a `possible`
discrepancy when something does (another scope, an occasion one side leaves unsaid, a pronoun,
another place, a vague amount: `doubts` names it), an `update` when the sources' publication
times order a growing count.

What a value measures is read by `concepts` and keyed by `measurerows`; this module pairs and
tiers the rows.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Literal, TypeVar, cast, get_args

from .actionwords import REPEATED_ACTIONS
from .concepts import bearing
from .counts import COUNTED
from .dates import days_apart
from .eventtime import PLANNED_TIME, TIME_OF
from .gazetteer import at_two_scales, share_place
from .intervals import birthdays_between, disagree, games_apart, loosely_apart
from .lexicon import BEARINGS
from .measurerows import (
    MeasureKey,
    MeasureRow,
    by_measure,
    measure_name,
    sums_over_places,
    tally,
    told_apart,
)
from .measurewords import (
    ACCRUED,
    ESTIMATED_BY,
    GROWING,
    RESPONDER_NOUNS,
    SHRINKING,
)
from .moneywords import EVENT_MONEY
from .settings import LIMITS
from .timespans import PRISON_TERM, SPENT
from .unitnames import UNIT_SYMBOLS
from .units import unit_written
from .values import Value, compare, same_days
from .whose import UNNAMED

Tier = Literal["conflict", "possible", "update"]
_T = TypeVar("_T")  # what a union-find forest joins (`_root`)
TIERS: tuple[Tier, ...] = get_args(Tier)  # their order in a report

# the concept of the day a source gives an action (`actiondays.day_measure_rows`): "day of check"
DAY_OF = "day of "
# the same, for a day still to come ("will appear in court on Tuesday"): a planned day can move
PLANNED = "planned day of "


@dataclass(frozen=True)
class Discrepancy:
    """Sources whose values of one measure cannot all be true."""

    id: str
    concept: str
    subject: str
    tier: Tier
    claims: tuple[str, ...]
    sources: tuple[str, ...]
    rows: tuple[MeasureRow, ...]  # every row of the measure, so each outlet's figure is shown
    reason: str


def _overlap(xs: tuple[str, ...], ys: tuple[str, ...]) -> bool:
    return any(same_days((x, x), (y, y)) for x in xs for y in ys)


def same_occasion(a: MeasureRow, b: MeasureRow) -> bool | None:
    """True when both speak of the same occasion, False when their dates say they do not, None
    when one side names another occasion and the other names none (kept, marked as such)."""
    if a.days and b.days and not _overlap(a.days, b.days):
        return False
    mine, theirs = _occasions(a), _occasions(b)
    if not mine and not theirs:
        return True
    if not mine or not theirs:
        # with both publication dates known, a date far from them is surely another occasion
        return False if a.published and b.published else None
    return _overlap(mine, theirs)


def _occasions(row: MeasureRow) -> tuple[str, ...]:
    """A row's occasions; for an age, only those of a named year: a day of no year ("the
    December 6 killing of a 15-year-old") lies within a year of the story, and an age a year
    apart is the birthday doubt's to weigh (`birthdays_apart`)."""
    if row.concept != "age":
        return row.occasion
    return tuple(d for d in row.occasion if not d.startswith("--"))


Pair = tuple[MeasureRow, MeasureRow]


def find(rows: Sequence[MeasureRow]) -> list[Discrepancy]:
    """Discrepancies between sources: rows of one concept and subject whose values cannot
    agree, tiered by how sure the measure is one."""
    out: list[Discrepancy] = []
    keyed = by_measure(rows)
    apart = _sources_apart(keyed)
    for (concept, subject, _kind), members in sorted(keyed.items()):
        main = _main_day(members)
        hard, soft = _pairs(members, main)
        soft += [p for p in hard if frozenset((p[0].source, p[1].source)) in apart]
        hard = [p for p in hard if frozenset((p[0].source, p[1].source)) not in apart]
        sure: set[int] = set()  # rows in a conflict: a doubt about them adds nothing
        found: list[Discrepancy] = []  # this measure's conflicts and updates
        for part, tier in _tiered(concept, hard, members):
            sure.update(id(r) for p in part for r in p)
            found.append(_discrepancy(concept, subject, tier, part, members, main, apart))
        loose = [p for p in soft if not (id(p[0]) in sure and id(p[1]) in sure) and not (
            risen(*p))]
        out += found + [d for part in components(loose) if not _shown_by(d := _discrepancy(
            concept, subject, "possible", part, members, main, apart), found)]
    order = {t: i for i, t in enumerate(TIERS)}
    out.sort(key=lambda d: (order[d.tier], d.claims))
    return [Discrepancy(f"d{i + 1:03d}", d.concept, d.subject, d.tier, d.claims, d.sources,
                        d.rows, d.reason) for i, d in enumerate(out)]


def _tiered(concept: str, hard: list[Pair],
            members: list[MeasureRow]) -> list[tuple[list[Pair], Tier]]:
    """The sure pairs of a measure as discrepancies: an `update` where every pair of a group is
    one count told at two times (`risen`) and the counts rise with the publication times
    (`_ordered_rise`); else a `conflict` of the pairs that are no rise ("4 dead" on Monday, "6"
    on Tuesday and "9" on Friday are news coming in; "11" and "7" on one day, or "11" on
    Wednesday then "9" on Friday, are not)."""
    out: list[tuple[list[Pair], Tier]] = []
    for part in components(hard):
        ids = {id(r) for p in part for r in p}
        if all(risen(*p) for p in part) and _ordered_rise([r for r in members if id(r) in ids],
                                                          falling=concept in SHRINKING):
            out.append((part, "update"))
            continue
        out += [(clash, "conflict") for clash in components([p for p in part if not risen(*p)])]
    return out


def risen(a: MeasureRow, b: MeasureRow) -> bool:
    """Whether two rows tell one count at two times: their sources published at different
    times, the later's count above the earlier's, of a measure that grows as news comes in
    (`_grows`) or which the later says has accrued ("have now died", "so far", "risen to":
    `ACCRUED`), or below it, of one that falls as news comes in (`SHRINKING`: the missing)."""
    if a.published is None or b.published is None or a.published.startswith(b.published) \
            or b.published.startswith(a.published):
        return False  # one time (a day, when no hour is given): nothing orders them
    early, late = sorted((a, b), key=lambda r: str(r.published))
    if early.concept in SHRINKING:  # "113 missing" on Saturday, "87 remain missing" on Monday
        first, last = early.value.low, late.value.high
        return isinstance(first, int | float) and isinstance(last, int | float) and last <= first
    top, low = early.value.high, late.value.low
    return isinstance(top, int | float) and isinstance(low, int | float) and low >= top and (
        _grows(early.concept) or bool(ACCRUED.search(late.quote)))


def _shown_by(d: Discrepancy, conflicts: Sequence[Discrepancy]) -> bool:
    """Whether a possible discrepancy's rows are all shown by a conflict of its measure already
    ("about six hours" / "roughly six hours" / "two days", once a conflict, again as a doubt on
    the pair the conflict did not set apart): it would tell the reader nothing new."""
    return any({id(r) for r in d.rows} <= {id(r) for r in c.rows} for c in conflicts)


def opposed(d: Discrepancy) -> list[Pair]:
    """The pairs of a discrepancy's rows that it sets against each other: two sources whose
    figures cannot both be true (a discrepancy also shows the rows agreeing with either side)."""
    return [(a, b) for a, b in combinations(d.rows, 2) if a.source != b.source and (
        compare(a.value, b.value) == "disjoint" or _sides_apart(a, b))]


def _cannot_agree(a: MeasureRow, b: MeasureRow) -> bool:
    """Two rows' values cannot both be true: they disagree, or they are distances from one place
    in directions a quarter turn or more apart ("150 miles east" / "150 miles west of Aden")."""
    return disagree(a.value, b.value) or _sides_apart(a, b)


def _sides_apart(a: MeasureRow, b: MeasureRow) -> bool:
    """Whether two distance rows' directions lie a quarter turn or more apart."""
    x, y = _bearing(a), _bearing(b)
    return x is not None and y is not None and abs((BEARINGS[x] - BEARINGS[y] + 180) % 360
                                                   - 180) >= 90


def _bearing(r: MeasureRow) -> str | None:
    """The compass direction of a distance row ("east" of "150 miles east of Aden")."""
    found = bearing(r.quote, r.value.end - r.start) if r.concept == "distance" else None
    return found if found in BEARINGS else None


def _discrepancy(concept: str, subject: str, tier: Tier, pairs: list[Pair],
                 members: list[MeasureRow], main: str | None,
                 apart: set[frozenset[str]]) -> Discrepancy:
    """One discrepancy: its disagreeing pairs, and beside them every row of the measure that
    speaks of the same thing (what each outlet says): a row of a pair, or one comparable to a
    pair's first row (each such row tried once, not once per pair: thousands of sources), not
    from a source of another story (`_sources_apart`)."""
    involved = sorted({r.claim for pair in pairs for r in pair})
    ids = {id(r) for pair in pairs for r in pair}
    firsts = list({id(p[0]): p[0] for p in pairs}.values())
    shown = tuple(r for r in members if id(r) in ids or any(
        same_occasion(r, f) is True and not _another_day(r, f, main) and not two_stories(r, f)
        and frozenset((r.source, f.source)) not in apart and not doubts(r, f) for f in firsts))
    return Discrepancy("", concept, subject, tier, tuple(involved),
                       tuple(sorted({r.source for r in shown})), shown,
                       _reason(concept, subject, tier, pairs, shown))


def components(pairs: list[Pair]) -> list[list[Pair]]:
    """The pairs split into groups that share rows (each a discrepancy of its own: a corpus
    telling of two events gives two)."""
    parent: dict[int, int] = {}
    for a, b in pairs:
        parent[_root(parent, id(a))] = _root(parent, id(b))
    parts: dict[int, list[Pair]] = defaultdict(list)
    for p in pairs:
        parts[_root(parent, id(p[0]))].append(p)
    return list(parts.values())


def _root(parent: dict[_T, _T], x: _T) -> _T:
    """The root of `x` in a union-find forest kept in `parent` (`x` its own root when new)."""
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]  # path halving: chains stay short
        x = parent[x]
    return x


def _pairs(members: list[MeasureRow], main: str | None) -> tuple[list[Pair], list[Pair]]:
    """The pairs of a measure's rows that cannot agree (`main`: the day most of them name,
    `_main_day`): sure ones, and doubtful ones."""
    hard: list[Pair] = []
    soft: list[Pair] = []
    for a, b in combinations(members, 2):
        if a.source == b.source or not _cannot_agree(a, b) or two_stories(a, b):
            continue
        if same_occasion(a, b) is False or _another_day(a, b, main):
            continue
        if not doubts(a, b):
            hard.append((a, b))
        elif "part" not in a.scope + b.scope:
            soft.append((a, b))
    return hard, soft


# the doubt of sources `_sources_apart` sets apart
_TWO_STORIES = ("which story: the sources give no figure alike and differ on several, as two "
                "stories told alike do")


def _sources_apart(keyed: Mapping[MeasureKey, list[MeasureRow]]) -> set[frozenset[str]]:
    """Pairs of sources that tell two stories in like words (two quakes, two hijackings): their
    sources are joined by no figure they give alike (`_alike`), and between the two sets the
    figures differ on `LIMITS.apart_measures` measures or more. Outlets telling one story share
    a figure somewhere; their disagreements stay conflicts."""
    parent: dict[str, str] = {}
    differ: list[tuple[MeasureKey, str, str]] = []
    for key, members in keyed.items():
        for a, b in combinations(members, 2):
            if a.source == b.source or same_occasion(a, b) is False or two_stories(a, b):
                continue
            if _alike(a.value, b.value):
                parent[_root(parent, a.source)] = _root(parent, b.source)
            elif _cannot_agree(a, b) and not key[0].startswith(SPENT) and not risen(a, b) \
                    and "part" not in a.scope + b.scope:  # a part differs from its whole
                differ.append((key, a.source, b.source))  # differ by the day the story is told
    measures: dict[frozenset[str], set[MeasureKey]] = defaultdict(set)
    for key, x, y in differ:
        if _root(parent, x) != _root(parent, y):
            measures[frozenset((_root(parent, x), _root(parent, y)))].add(key)
    apart = {p for p, keys in measures.items() if len(keys) >= LIMITS.apart_measures}
    return {frozenset((x, y)) for _, x, y in differ
            if frozenset((_root(parent, x), _root(parent, y))) in apart}


def _grows(concept: str) -> bool:
    """Whether a measure's figure grows as news comes in (a toll, "five days of riots")."""
    return concept in GROWING or concept.startswith(SPENT)


def _alike(a: Value, b: Value) -> bool:
    """Whether two values are one figure given alike, and one that ties two reports: not a
    handful ("two boats" are said of many stories), nor one figure hedged in one of them
    ("about 100" is said of many stories too)."""
    return compare(a, b) == "equal" and a.bound == b.bound and not (
        a.kind == "count" and isinstance(a.low, int | float) and a.low <= 3)


def _main_day(members: list[MeasureRow]) -> str | None:
    """The day most of a measure's rows name, when they name more than one ("struck on Sunday"
    thrice, "a 3.8 aftershock on Monday" once); None when they name one day or none, or tie."""
    named = Counter(d for r in members for d in set(r.days))
    if len(named) < 2:
        return None
    (top, n), (_, m) = named.most_common(2)
    return top if n > m else None


def _another_day(a: MeasureRow, b: MeasureRow, main: str | None) -> bool:
    """Whether one row names a day other than its measure's main day and the other names none:
    a row naming no day tells of the day most rows name ("The 5.9 quake struck the island" is
    Sunday's quake, not Monday's 3.8 aftershock)."""
    return main is not None and any(not x.days and y.days and main not in y.days
                                    for x, y in ((a, b), (b, a)))


def _digits(r: MeasureRow) -> str:
    return re.sub(r"\D", "", r.value.text)


def two_stories(a: MeasureRow, b: MeasureRow) -> bool:
    """Whether two rows come from stories about two events: their sources' own names differ,
    or they were published too far apart to tell one story."""
    if a.story and b.story and not a.story & b.story:
        return True
    gap = days_apart(a.published, b.published)
    return gap is not None and gap > LIMITS.story_gap_days


def birthday_between(a: MeasureRow, b: MeasureRow) -> bool:
    """Whether two rows' ages a year or two apart may both be right, by their articles'
    publication dates (`birthdays_between`)."""
    return birthdays_between(a.value, b.value, days_apart(a.published, b.published))


def doubts(a: MeasureRow, b: MeasureRow) -> list[str]:
    """Why two disagreeing rows may not measure one thing (none: a conflict)."""
    out = []
    if same_occasion(a, b) is None:
        out.append(f"occasion: {', '.join(a.occasion) or 'unsaid'} / "
                   f"{', '.join(b.occasion) or 'unsaid'}")
    if a.scope != b.scope or a.scope:
        out.append(f"scope: {', '.join(a.scope) or 'unsaid'} / {', '.join(b.scope) or 'unsaid'}")
    if a.pronoun or b.pronoun:
        out.append("a pronoun stands for what is measured")
    if _places_differ(a, b) and not _named_persons(a):
        places = " / ".join(", ".join(sorted(r.places)) or "unsaid" for r in (a, b))
        out.append(f"place: {places}")
    if birthday_between(a, b):
        out.append("ages a year or two apart: a birthday may fall between the articles")
    if games_apart(a.value, b.value):
        out.append("records one game apart: one may be told before the game, one after")
    if a.concept.startswith((PLANNED, PLANNED_TIME)):
        out.append("a day or time still to come, which may move")
    if _day_action(a.concept) in REPEATED_ACTIONS:
        out.append(f"{_day_action(a.concept)} is often done on more than one day")
    if (told := told_apart(a.concept, a.subject)) and not _same_telling(a, b):
        out.append(told)  # "only the noun says what is counted (village)", …
    if not a.subject and (a.concept == PRISON_TERM or a.concept.endswith(SUM_ENDS)
                          and not _of_the_event(a.concept)):
        out.append(f"whose {_sum_of(a.concept)} is unsaid")
    if a.concept == "population" and not a.subject:
        out.append("which place's population is unsaid")
    if a.concept == "crowd" and (x := _estimator(a)) and (y := _estimator(b)) and x != y:
        out.append(f"estimated by: {x} / {y}")  # police and organisers count a march apart
    if loosely_apart(a.value, b.value):
        out.append("a vague amount")
    if sum(_sent(r) for r in (a, b)) == 1:  # "two officers were arrested" / "200 people were"
        out.append(f"who: {a.value.noun or 'unsaid'} / {b.value.noun or 'unsaid'}")
    if a.value.unit in UNIT_SYMBOLS and _digits(a) == _digits(b) \
            and unit_written(a.value.text) != unit_written(b.value.text):
        out.append(f"the same number in other units ({a.value.text} / {b.value.text})")
    if not (a.story & b.story or (a.published and b.published)):
        out.append("nothing ties the two stories to one event (no shared name or dates)")
    return out


def _estimator(r: MeasureRow) -> str:
    """Who gave a crowd's size: the row's speaker, else the words before the verb of its
    estimate ("Police put the turnout at 35,000": police); "" when unsaid."""
    said = ESTIMATED_BY.match(r.quote)
    return (r.speaker or (said.group(1) if said else "")).strip().lower()


def _places_differ(a: MeasureRow, b: MeasureRow) -> bool:
    """Whether two rows may tell of two places: one names a place its story is not told by
    (`MeasureRow.elsewhere`), unless both name it ("in Mich." / "Michigan"), or they name
    places that are neither one place, one story's, nor one place at two scales."""
    if a.places and b.places and share_place(a.places, b.places):
        return False
    return a.elsewhere or b.elsewhere or bool(a.places and b.places) and not (
        _one_story_places(a, b) or _two_scales(a, b))


def _named_persons(row: MeasureRow) -> bool:
    """Whether a row is a named party's age or record ("age of roe", "record of hawks"): one
    party's wherever the claims place their stories; an unnamed person's ("a 59-year-old
    woman in Queens") may be two people's."""
    return row.concept in ("age", "record") and bool(row.subject) \
        and not row.subject.startswith(UNNAMED)


def _sent(row: MeasureRow) -> bool:
    """Whether a toll or a count of people counts people sent to the event (`RESPONDER_NOUNS`:
    "two officers were arrested"): a group of their own beside anyone else's count."""
    return not row.concept.startswith(COUNTED) and (row.value.noun or "") in RESPONDER_NOUNS


# how the concept of a sum ends: "deal value", "acquisition value per share"
SUM_ENDS = (" value", " value per share")


def _sum_of(concept: str) -> str:
    """What a sum's concept is the value of ("deal value", "deal value per share": "deal")."""
    return concept.removesuffix(" per share").removesuffix(" value")


def _of_the_event(concept: str) -> bool:
    """Whether a sum is the event's own (`EVENT_MONEY`: a damage, a ransom), not a party's."""
    return _sum_of(concept) in EVENT_MONEY


def _same_telling(a: MeasureRow, b: MeasureRow) -> bool:
    """Whether two rows' claims tell one thing: they share `LIMITS.same_telling` of the smaller
    one's frame words (an unnamed man charged after the depot shooting, in both)."""
    smaller = min(len(a.frame), len(b.frame))
    return smaller > 0 and len(a.frame & b.frame) >= LIMITS.same_telling * smaller


def _day_action(concept: str) -> str:
    """The action a day or time row's concept is of ("day of check (clinic), round 2", "time of
    check": "check"), "" for any other concept."""
    for prefix in (PLANNED, DAY_OF, PLANNED_TIME, TIME_OF):
        if concept.startswith(prefix):
            return concept.removeprefix(prefix).split(" (")[0].split(",")[0]
    return ""


def _one_story_places(a: MeasureRow, b: MeasureRow) -> bool:
    """Whether each row's places are names the other's source tells its story by ("Iran" /
    "Dargahan" in two stories that both name Iran and Dargahan again and again): one place told
    at two scales, not two places."""
    return a.places <= b.places | b.story and b.places <= a.places | a.story


def _two_scales(a: MeasureRow, b: MeasureRow) -> bool:
    """Whether two rows name one place at two scales ("Leeds" / "the UK") for a figure that
    does not add up over places (an age, a magnitude; not a toll: `sums_over_places`)."""
    return not sums_over_places(a.concept, a.value) and at_two_scales(a.places, b.places)


def _ordered_rise(members: list[MeasureRow], *, falling: bool = False) -> bool:
    """Whether later publication times give larger counts (a toll rising as news comes in), or
    with `falling`, smaller ones (the missing, as people are found); two counts published at
    one time (one day, when no hour is given) are not ordered. A source's count is the largest
    it gives: "the toll rose to four after two women died in hospital" tells of four dead, two
    of them since."""
    if any(r.published is None or not isinstance(r.value.low, int | float) for r in members):
        return False
    latest: dict[str, tuple[str, float]] = {}
    for r in members:
        low = float(cast(float, r.value.low))
        if r.source not in latest or low > latest[r.source][1]:
            latest[r.source] = (str(r.published), low)
    dated = sorted(latest.values())
    times = [d for d, _ in set(dated)]  # a time once per count given then
    if len(set(times)) < 2 or len(times) > len(set(times)):
        return False  # one time, or two counts at one time: nothing orders them
    return all(y <= x if falling else x <= y for (_, x), (_, y) in zip(dated, dated[1:],
                                                                         strict=False))


def _reason(concept: str, subject: str, tier: Tier, pairs: list[Pair],
            shown: tuple[MeasureRow, ...]) -> str:
    """What is measured, the tier's why, and each value with the sources that give it."""
    what = measure_name(concept, subject)
    head = {"conflict": f"Sources disagree on {what}",
            "possible": f"Possible discrepancy on {what} "
                        f"({'; '.join(doubts(*pairs[0]) or [_TWO_STORIES])}?)",
            "update": f"{what} {'falls' if concept in SHRINKING else 'rises'} with the sources' "
                      "publication times (an update)"}[tier]
    return f"{head}: {tally(shown, _with_bearing)}"


def _with_bearing(r: MeasureRow) -> str:
    """A row's value as a reason tallies it, a distance with its direction ("150 km east")."""
    way = _bearing(r)
    return r.value.text.lower() + (f" {way}" if way else "")
