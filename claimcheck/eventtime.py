"""When the event happened: which day or clock time in a claim is the story's own event's.

A day or a time is the event's when the claim's opening words name the event ("The blast struck
… at 6 a.m.", "Nine were killed … on Wednesday") and nothing sets it before or after the event;
a day of the aftermath (a trial, a report, a stay in hospital) is not. A clock time set on
another action is that action's time ("surrendered at 6 p.m."), and a year or a day written
with a past crime dates that crime ("the 1967 killings").
"""

from __future__ import annotations

import re

from .actionwords import AFTER_EVENT_ACTIONS, EVENT_ACTIONS, ONGOING_ACTIONS
from .claims import Claim
from .claims.records import Dated
from .dates import counted_back
from .lexicon import FUNCTION_WORDS, REPORTING_VERBS
from .measurewords import CLAUSE_MARK, DATED_EVENTS, EVENT_WORDS, words
from .names import surname
from .settings import LIMITS
from .values import Value

# the concept of the clock time of an action the parse names ("surrendered at 6 p.m.": "time of
# surrender"), and of one still to come ("will resume at 10 a.m.")
TIME_OF = "time of "
PLANNED_TIME = "planned time of "

# a claim telling of something before or after the event ("investigators arrived a day after the
# blast") gives no time of the event itself
AROUND_EVENT = re.compile(r"\b(after|since|following|before|ahead of|until)\b", re.I)

# "by 6.30am the fire was contained", "out by 09:30", "35 percent contained as of Wednesday": a
# time something was done by or stood at, not when the event happened (the event's own words may
# stand right beside it)
DONE_BY = re.compile(r"\b(?:by|as\s+of|as\s+at)\s*$", re.I)

# a claim looking forward ("is to be voted on Thursday") tells of what is to come, not of the event
AHEAD = re.compile(r"\b(will|to be|is due|are due|scheduled|expected|planned|plans?)\b", re.I)

# "shortly after 6 a.m." is when, not after what
NEAR_HEDGE = re.compile(r"\b(shortly|just|soon|right|immediately|minutes|moments)\s+"
                        r"(after|before)\s*$", re.I)

YEAR = re.compile(r"\b\d{4}\b")  # "in 1976", "June 2005": a past crime's, whatever verb


def tells_when(quote: str, before: str, after: str) -> bool:
    """Whether a clock time or a day is when the event happened: the claim's subject or verb
    names the event ("The blast struck … at 6 a.m.", "Nine were killed … on Wednesday") or the
    event is named right before it ("the time of the explosion at 6:15"), and nothing places it
    before or after the event ("a day after the blast")."""
    if AROUND_EVENT.search(NEAR_HEDGE.sub("", before) + " " + after) or AHEAD.search(quote) \
            or DONE_BY.search(before):
        return False
    opening = {w for w, _ in words(quote)[:LIMITS.subject_words]}
    just_before = {w for w, _ in words(before)[-3:]}
    return bool((opening | just_before) & EVENT_WORDS)


# actions whose day is not the event's own: its aftermath, its telling, its going on
_NOT_THE_EVENT_S = AFTER_EVENT_ACTIONS | REPORTING_VERBS | ONGOING_ACTIONS


def after_the_event(claim: Claim, v: Value, before: str, after: str) -> bool:
    """Whether a day or time is that of an action after the event (`AFTER_EVENT_ACTIONS`: "was
    convicted on Wednesday") or of the event still going on ("still burning on Saturday", "the
    fire jumped the highway on Sunday": `ONGOING_ACTIONS`)."""
    ahead = [w for w, _ in words(after)[:2]] + ["", ""]
    if ahead[0] in DATED_EVENTS or ahead[0] not in FUNCTION_WORDS and ahead[1] in DATED_EVENTS \
            or YEAR.search(v.text):
        return False  # "over the 1974 killings", "over the killings … in 1976": the crime's
    day = dated_at(claim, v)
    return day is not None and day.action in _NOT_THE_EVENT_S \
        or "still" in before.lower().split()


def dated_at(claim: Claim, v: Value) -> Dated | None:
    """The day or clock time the parse read at a value, with the action it is set on."""
    return next((d for d in (*claim.dated, *claim.timed) if d.start == v.start), None)


def the_event_s_day(claim: Claim, v: Value) -> bool:
    """Whether the parse gives a day to an event action (`EVENT_ACTIONS`), wherever the claim
    names it ("31 were hospitalised after the collapse of the bridge on Thursday evening")."""
    return any(d.start == v.start and d.action in EVENT_ACTIONS and not d.ahead
               for d in claim.dated)


def time_of_action(claim: Claim, v: Value) -> tuple[str, str] | None:
    """The time of the action a clock time is set on (`Claim.timed`: "the suspect surrendered just
    after 6 p.m." is the time of the surrender; "Hale was arrested at 9 a.m." of Hale's arrest),
    keyed by what it was done to and, as the subject, the names of who took part."""
    timed = next((d for d in claim.timed if d.start == v.start), None)
    if timed is None:
        return None
    if timed.action in EVENT_ACTIONS and not timed.ahead:
        return "time of the event", ""  # "the ferry went down at 7:40 p.m."
    concept = (PLANNED_TIME if timed.ahead else TIME_OF) + timed.action + (
        f" ({timed.what})" if timed.what else "")
    return concept, " ".join(sorted(surname(name) for name in timed.who))


def dated_event(before: str, after: str, said: str) -> str | None:
    """The kind of past event a date dates (`DATED_EVENTS`): the noun right after it, past one
    word at most ("the 1967 killings", "a March 2005 shooting spree"), or the nearest event word
    of its clause when "in" or "on" brings the date in ("murdering two women ... in 1967") or
    the date is counted back ("killing two women ... 41 years ago")."""
    ahead = [w for w, _ in words(CLAUSE_MARK.split(after)[0])[:2]]
    for w in ahead:
        if w in DATED_EVENTS:
            return DATED_EVENTS[w]
    clause = [w for w, _ in words(CLAUSE_MARK.split(before)[-1])]
    if clause and clause[-1] in ("in", "on") or counted_back(said):
        return next((DATED_EVENTS[w] for w in reversed(clause) if w in DATED_EVENTS), None)
    return None
