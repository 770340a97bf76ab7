"""The day of an action, checked: a claim's days against the days the sources give the same action.

A day a claim names is a value whose measure is "the day of <action>" (`Dated`, read from the
parse): the day of the talks, the day the ferry capsized. It is compared only with a day a source
gives for the same action — the same action word, the same thing it happened to and the same
participants when both name them, the same round ("the first round") and no places apart — so
the day an article was written or the day someone spoke never decides. A checked claim's day
without a year or a weekday ("on Friday", "20 May") is read, when the check is given no date,
against each source's publication date, as that source's reader would read it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .claims import Claim
from .claims.records import Dated
from .compare import Relation, describe, places
from .measures import MeasureRow, disagree
from .names import fold, name_map
from .polarity import denies
from .values import Value, compare, parse

# a name in the one form two sources' names are compared in ("Kyiv" → "ukraine")
NameForm = Callable[[str], str]


@dataclass(frozen=True)
class ActionKey:
    """What a day is the day of: the action, what it happened to, who took part (in their one
    form), which round of the event ("ordinal:1") and where, participants aside."""

    action: str
    what: str
    who: frozenset[str]
    rounds: frozenset[str]
    where: frozenset[str]


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
    detail: str  # 'day of talk: "20 May" (2025-05-20) vs "16 May" (2025-05-16)'


def day_rows(claims: Sequence[Claim], published: Mapping[str, str | None],
             form: NameForm) -> list[DayRow]:
    """A row for every day a source gives an action (`Dated`) it can be read as a date of;
    negated and denied statements ("the talks did not take place on Monday") and days still to
    come ("will resume on Thursday") give none."""
    out = []
    for c in claims:
        if c.negated or denies(c):
            continue
        for d in c.dated:
            value = None if d.ahead else _value(c, d, published.get(c.source), own=True)
            if value is None:
                continue
            key = _key(c, d, form)
            row = MeasureRow(c.source, c.id, c.quote, c.start, c.end, value,
                             f"day of {d.action}", " ".join(sorted(key.who)), (), (), (),
                             places(c), False, c.attributed_to, published.get(c.source))
            out.append(DayRow(row, key))
    return out


def day_answers(query: Claim, rows: Sequence[DayRow], date: str | None,
                form: NameForm) -> list[DayAnswer]:
    """The sources' days of the actions a checked claim gives a day of, with how each compares
    with the claim's: `conflict` when they cannot be one day, `agree` when they are the same."""
    if query.negated or denies(query):
        return []
    out = []
    for d in query.dated:
        if d.ahead:
            continue
        asked = _key(query, d, form)
        for r in rows:
            if not _same_action(asked, r.key):
                continue
            mine = _value(query, d, date or r.row.published, own=date is not None)
            if mine is None:
                continue
            theirs = r.row.value
            relation: Relation = ("conflict" if disagree(mine, theirs) else
                                  "agree" if compare(mine, theirs) == "equal" else "compatible")
            sign = {"agree": "=", "compatible": "~", "conflict": "vs"}[relation]
            out.append(DayAnswer(r.row, relation, f'{r.row.concept}: "{d.text}" ({describe(mine)})'
                                 f' {sign} "{theirs.text}" ({describe(theirs)})'))
    return out


def another_day(query: Claim, source: Claim, date: str | None, published: str | None) -> bool:
    """Whether a source claim gives another day, planned or past, for an action word the checked
    claim gives a day of ("resumed on Friday" / "will resume on Thursday"): worded alike, they
    still do not say the same."""
    for d in query.dated:
        for e in source.dated:
            if d.action != e.action:
                continue
            mine = _value(query, d, date or published, own=date is not None)
            theirs = _value(source, e, published, own=True)
            if mine is not None and theirs is not None and compare(mine, theirs) == "disjoint":
                return True
    return False


def _same_action(a: ActionKey, b: ActionKey) -> bool:
    """Whether two days are days of one action: one action word, the same thing it happened to
    and the same participants when both say them, the same round, and no places apart."""
    return (a.action == b.action
            and (a.what == b.what or "" in (a.what, b.what))
            and (a.who == b.who or not (a.who and b.who))
            and a.rounds == b.rounds
            and not (a.where and b.where and not a.where & b.where))


def _key(c: Claim, d: Dated, form: NameForm) -> ActionKey:
    who = frozenset(form(name.split()[-1]) for name in d.who)
    where = frozenset(form(p.split()[-1]) for p in places(c)) - who
    return ActionKey(d.action, d.what, who,
                     frozenset(q for q in c.qualifiers if q.startswith("ordinal:")), where)


def _value(c: Claim, d: Dated, reference: str | None, *, own: bool) -> Value | None:
    """The date a day names: the claim's own reading of it when `own` (read with its date),
    else read against `reference`; None when it names no day ("three days")."""
    if own:
        found = next((v for v in c.values if v.kind == "date" and v.start == d.start), None)
        if found is not None:
            return found
    v = parse(d.text, label="DATE", date=reference)
    return v if v is not None and v.kind == "date" else None


def name_form(claims: Sequence[Claim], aliases: Mapping[str, str]) -> NameForm:
    """One form for a word of a name across a corpus and its aliases (as grouping compares
    names: spelling variants, demonyms, "Moscow" → "russia" by aliases.csv)."""
    variants = name_map(claims)
    alias = {fold(k): fold(v) for k, v in aliases.items()}

    def form(word: str) -> str:
        w = fold(word)
        w = alias.get(w, w)
        return variants.get(w, w)

    return form
