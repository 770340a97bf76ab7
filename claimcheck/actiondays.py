"""The day of an action, checked: a claim's days against the days the sources give the same action.

A day a claim names is a value whose measure is "the day of <action>" (`Dated`, read from the
parse): the day of the talks, the day the ferry capsized. It is compared only with a day a source
gives for the same action — the same action word, the same thing it happened to, the same
participants, the same round ("the first round"), no places apart, and both done or both
planned ("the vote scheduled for 3 May") — so the day an article
was written or the day someone spoke never decides, and only when both days are named precisely
("last week" is not). With no date given to the check, a claim's day without a year is compared
by month and day, and its weekday ("on Friday") with the weekday of a source's day of its story.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from .actionwords import DONE_TO
from .claims import Claim
from .claims.records import Dated
from .compare import Relation, describe
from .dates import counted_back, one_day, weekday_named
from .gazetteer import places
from .lexicon import MONTHS, WEEKDAYS
from .measurerows import MeasureRow, build_rows, elsewhere, round_suffix
from .measures import DAY_OF, PLANNED, disagree
from .names import NameForm, name_form
from .occasions import near_publication
from .polarity import denies
from .story import story_names
from .values import Value, compare, parse
from .whose import written_as_name

# words that name a day precisely: weekdays, months, days counted from the article's
NAMED_DAYS = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"today", "yesterday", "tonight",
                                                       "tomorrow"}
# a day named too loosely to decide ("last week", "the 1930s", "in recent days")
LOOSE_DAY = re.compile(r"\b(?:weeks?|weekend|decades?|century|years|months|days|recent)\b|\d0s\b")


@dataclass(frozen=True)
class ActionKey:
    """What a day is the day of: the action, what it happened to, who took part (in their one
    form), which round of the event ("ordinal:1"), where, participants aside, and whether it is
    still to come (a planned day is compared with planned days only)."""

    action: str
    what: str
    who: frozenset[str]
    rounds: frozenset[str]
    where: frozenset[str]
    ahead: bool


@dataclass(frozen=True)
class DayRow:
    """A source's day of an action, as a row of the measure table (concept "day of <action>",
    subject its participants), with the action's key."""

    row: MeasureRow
    key: ActionKey


@dataclass(frozen=True)
class DayAnswer:
    """How a source's day of an action bears on a checked claim's day of it."""

    row: MeasureRow
    relation: Relation
    detail: str  # 'day of talk: "20 May" (05-20, no year given) vs "16 May" (2025-05-16)'


def day_rows(claims: Sequence[Claim], published: Mapping[str, str | None],
             form: NameForm, *, weekdays: bool = False) -> list[DayRow]:
    """A row for every day a source gives an action (`Dated`) it can be read as a date of, done
    or planned ("will resume on Thursday", "the vote scheduled for 3 May"); negated and denied
    statements ("the talks did not take place on Monday") give none. With `weekdays`, a weekday
    no date places ("on Friday", undated source) is a row too: it still differs from another."""
    out = []
    for c in claims:
        if c.negated or denies(c):
            continue
        for d in c.dated:
            if (value := _value(c, d, published.get(c.source), weekdays)) is None:
                continue
            key = _key(c, d, form)
            row = MeasureRow(c.source, c.id, c.quote, c.start, c.end, value,
                             f"day of {d.action}", " ".join(sorted(key.who)), (), (), (),
                             places(c), False, c.attributed_to, published.get(c.source))
            out.append(DayRow(row, key))
    return out


def measure_rows(claims: Sequence[Claim],
                 published: Mapping[str, str | None] | None = None,
                 times: Mapping[str, str] | None = None) -> list[MeasureRow]:
    """The measure table of a corpus: every value a claim gives a measure (`build_rows`, with
    each source's time of day of publication from `times`), then the days sources give named
    parties' actions. Names are compared as written (no spelling variants, which need the whole
    corpus): a row depends on its own source alone."""
    dates, story = published or {}, story_names(claims)
    return build_rows(claims, dates, story, times) + day_measure_rows(
        claims, dates, name_form((), {}), story)


def day_measure_rows(claims: Sequence[Claim], published: Mapping[str, str | None],
                     form: NameForm, story: Mapping[str, frozenset[str]] | None = None,
                     ) -> list[MeasureRow]:
    """The days sources give a named party's actions, as rows of the measure table: "Smith
    checked in on Tuesday" and "Smith checked into the clinic on Friday" are one measure, the
    day of Smith's checking in, told two ways. The concept holds the action, what it happened to
    and the round; the subject, who took part. A day of an action no one is named in, as doer
    or as the one it was done to ("Hale was arrested on Sunday"), measures nothing one can pin
    down ("it returned in 1984", "the show premiered in 2005"); nor does a place it was done to
    ("storms hit Kelton on Monday": on more days than one, maybe). Such days give no row,
    unless the day is one an event is planned for ("elections scheduled for 15 December").
    `story`: the sources' own names, `story_names(claims)` when not given."""
    story = story_names(claims) if story is None else story
    out = []
    for r in day_rows(claims, published, form, weekdays=True):
        key, row = r.key, r.row
        if not _pinned(key, row):
            continue
        concept = (PLANNED if key.ahead else DAY_OF) + key.action + (
            f" ({key.what})" if key.what else "") + round_suffix(key.rounds)
        own = story.get(row.source, frozenset())
        out.append(replace(row, concept=concept, story=own, elsewhere=elsewhere(row.places, own)))
    return out


def _pinned(key: ActionKey, row: MeasureRow) -> bool:
    """Whether a day of an action pins down one event: a party named in it, a named thing it was
    done to (no place: "storms hit Kelton on Monday"), or an event's own planned day ("elections
    scheduled for 15 May")."""
    return bool(key.who) or bool(key.what) and written_as_name(key.what, row.quote) and (
        key.what not in {p.split()[-1] for p in row.places}) or key.ahead and not key.what


WITH_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # a day written with its year: "in 2009"


def day_answers(query: Claim, rows: Sequence[DayRow], date: str | None,
                form: NameForm) -> list[DayAnswer]:
    """The sources' days of the actions a checked claim gives a day of, with how each compares
    with the claim's: `conflict` when they cannot be one day, `agree` when they are the same. A
    day still to come is compared with the days the sources plan, a past one with past ones."""
    if query.negated or denies(query):
        return []
    out = []
    for d in query.dated:
        asked, mine = _key(query, d, form), _value(query, d, date)
        for r in _of_action(asked, rows, past=bool(WITH_YEAR.search(d.text))):
            theirs = r.row.value
            if (relation := _relation(mine, d.text, theirs, r.row.published)) is None:
                continue
            sign = {"agree": "=", "compatible": "~", "conflict": "vs"}[relation]
            out.append(DayAnswer(r.row, relation, f'{r.row.concept}: "{d.text}" '
                                 f'({_describe(mine, d.text)}) {sign} "{theirs.text}" '
                                 f'({_describe(theirs, d.text if mine is None else "")})'))
    return out


def _of_action(asked: ActionKey, rows: Sequence[DayRow], *, past: bool = False) -> list[DayRow]:
    """The sources' days of the action a checked claim gives a day of (`_same_action`); for a
    claim naming no party ("The jet overran the runway on Sunday"), those of the one party the
    sources name doing it on a day of their story, when they name only one ("A Kestrel
    Airlines jet overran ..."; a 2019 overrun by another is not of the story): no other
    candidate is in reach. A claim's day with a year (`past`) may be another event's."""
    found = [r for r in rows if _same_action(asked, r.key)]
    if asked.who or past or any(_story_day(r) for r in found):
        return found  # "The viaduct collapse in 2009": not the story's party's day
    alike = [r for r in rows if _story_day(r) and _same_action(replace(asked, who=r.key.who),
                                                               r.key)]
    return found + alike if len({r.key.who for r in alike}) == 1 else found


def _story_day(r: DayRow) -> bool:
    """Whether a source's day of an action is a day of its story (near its publication), not
    a past year's ("In 2019 a jet overran the runway")."""
    day, published = r.row.value.low, r.row.published
    return isinstance(day, str) and bool(published) and near_publication(
        day, str(r.row.value.high or day), str(published))


def another_day(query: Claim, source: Claim, date: str | None, published: str | None) -> bool:
    """Whether a source claim gives another day, planned or past, for an action word the checked
    claim gives a day of ("resumed on Friday" / "will resume on Thursday"), or, each giving one
    day, one the parse tied to no action ("announced the deal on Wednesday" / "announced the deal
    on Monday"): worded alike, they still do not say the same. Days of two actions ("started on
    Saturday" / "jumped the highway on Sunday") are not set against each other."""
    mine, theirs = _days(query, date), _days(source, published)
    one = len(mine) == len(theirs) == 1
    return any((one and "" in (a, b) or a == b) and their is not None and _relation(
        my, text, their, published) == "conflict"
        for a, text, my in mine for b, _, their in theirs)


def _days(c: Claim, published: str | None) -> list[tuple[str, str, Value | None]]:
    """The days a claim gives, each as (action, text, date read): those of its actions, else its
    dates the parse tied to no action (action "")."""
    return [(d.action, d.text, _value(c, d, published)) for d in c.dated] or [
        ("", v.text, v if isinstance(v.low, str) else None) for v in c.values if v.kind == "date"]


def _relation(mine: Value | None, text: str, theirs: Value,
              published: str | None) -> Relation | None:
    """How a checked claim's day compares with a source's: its date (`mine`; one without a year
    by month and day), or, read with no date to place it by, its weekday against the weekday of
    the source's one day ("Friday" / "2026-03-14", a Saturday) when that day is of the source's
    story (near its publication: a weekday names a day of the week it is written in); None when
    they cannot be compared."""
    if mine is not None:
        if str(mine.low).startswith("--") and isinstance(theirs.low, str) and isinstance(
                theirs.high, str) and not theirs.low.startswith("--"):
            # "20 May" read with no year: the source's day by its month and day alone
            theirs = replace(theirs, low=f"--{theirs.low[5:10]}", high=f"--{theirs.high[5:10]}")
        return ("conflict" if disagree(mine, theirs) else
                "agree" if compare(mine, theirs) == "equal" else "compatible")
    day = one_day(theirs)
    if (weekday := weekday_named(text)) is None or day is None or not published \
            or not near_publication(str(theirs.low), str(theirs.low), published):
        return None  # a weekday names a day of the week its source is written in
    return "agree" if day.weekday() == weekday else "conflict"


def _same_action(a: ActionKey, b: ActionKey) -> bool:
    """Whether two days are days of one action: one action word, the same thing it happened to
    and the same participants (both said or both unsaid), the same round, no places apart."""
    return (a.action == b.action and a.what == b.what and a.who == b.who
            and a.rounds == b.rounds and a.ahead == b.ahead
            and not (a.where and b.where and not a.where & b.where))


def _key(c: Claim, d: Dated, form: NameForm) -> ActionKey:
    """An action's key; an action done to a named party (`DONE_TO`: "Hale was arrested", "Lund
    killed Roe") is keyed by that party alone, whoever is said to have done it."""
    who = frozenset(form(name.split()[-1]) for name in d.who)
    if d.action in DONE_TO and d.what and written_as_name(d.what, c.quote):
        who = frozenset()
    where = frozenset(form(p.split()[-1]) for p in places(c)) - who
    return ActionKey(d.action, d.what, who, c.rounds, where, d.ahead)


def _value(c: Claim, d: Dated, published: str | None, weekdays: bool = False) -> Value | None:
    """The date a day names: the claim's own reading of it (with its source's date, or the
    check's), or for a weekday the recogniser took for a time ("Friday night"), the weekday read
    against `published` (with `weekdays` and no date, the weekday alone, undated); None for a
    day named loosely ("last week", "the 1930s", "the day")."""
    if not _precise(d.text):
        return None
    own = next((v for v in c.values if v.kind == "date" and v.start == d.start
                and v.low is not None), None)  # "Friday" with no date: its weekday, below
    if own is not None or weekday_named(d.text) is None:
        return own
    if published is None:
        return Value(d.text, "date", None, None, "exact", start=d.start,
                     end=d.start + len(d.text)) if weekdays else None
    return parse(d.text, label="DATE", date=published)


def _precise(text: str) -> bool:
    """Whether a day is named precisely enough to decide: a weekday, a month or its day, a year,
    a date, or a day counted from the article's ("yesterday", "two weeks ago")."""
    t = text.lower()
    if counted_back(t):
        return True  # "two weeks ago": a date with the article's, no day without (`_value`)
    if LOOSE_DAY.search(t):
        return False
    return bool(set(re.findall(r"[a-z]+", t)) & NAMED_DAYS or re.search(r"\b\d{4}\b", t))


def _describe(v: Value | None, weekday: str) -> str:
    """A day as a reason shows it; with the weekday when a weekday was compared."""
    if v is None:
        return weekday.strip().capitalize()
    day = one_day(v) if weekday else None
    return f"{describe(v)}, a {WEEKDAYS[day.weekday()].capitalize()}" if day else describe(v)
