"""Concepts: what a value measures, read from the words around it in its claim.

A death toll ("killed", "dead", "toll"), the injured, a crowd, a magnitude, a population, a
depth or a distance from a named place, a person's age, the value of a deal, the time or day of
the event, or the number of the things a count names. The words are lexicon data; this module
decides which of them governs a value. `measures` keys its rows by what this module returns.
"""

from __future__ import annotations

import re

from .claims import Claim
from .counts import COUNTED, count_concept, nearest
from .cues import PARENT_OF, WEIGHT_BEFORE
from .eventtime import (
    after_the_event,
    dated_event,
    tells_when,
    the_event_s_day,
    time_of_action,
)
from .gazetteer import places
from .lexicon import (
    CHANGE_WORDS,
    LENGTH_WORDS,
    MONTHS,
    WEEKDAYS,
)
from .measurewords import (
    AREA_WORDS,
    CHANGE_FILLERS,
    CLAUSE_MARK,
    COMPANY_SHARES,
    EVACUATED,
    FORESEEN,
    LIMIT_AFTER,
    MARKET_WORDS,
    PER_SHARE,
    RADIUS_AFTER,
    RADIUS_BEFORE,
    RECORD_BESIDE,
    RECORD_NAME_WITHIN,
    RECORD_NOUN,
    RECORD_VERB,
    SPEED_WORDS,
    SUM_PUT_AT,
    WHOSE_RECORD,
    one_kind,
    words,
)
from .moneywords import (
    EVENT_MONEY,
    MONEY_NOUNS,
    PERCENT_NOUNS,
    PERCENT_SIDES,
    RESULTS_MONEY,
    RESULTS_WORDS,
    THING_RISE,
    VOTE_SHARE,
    results_kind,
)
from .names import surname
from .settings import LIMITS
from .tally import is_tally
from .timespans import how_long, spent_on
from .unitnames import UNIT_SURFACES
from .values import Value
from .whose import age_subject, party

# the concept of the date of a past event a story looks back on ("the 1967 killings"), and of
# the day of the story's own event ("killed on Wednesday")
DATED_EVENT = "date of the "
CHANGE = "change ("  # a change's concept: "change (up)", "change (down)"
DAY_OF_EVENT = "day of the event"
SIZE = "size of "  # a length written onto a thing: "the 40-metre footbridge" (`_size`)
VOTE_TALLY = "vote tally"  # how many voted for and against (`tally`)
# how far past a mark a thing went ("stopped 150 metres past the end of the runway", "ran
# 1,000 feet beyond it"): what the mark is, only the claims' words say (`measurerows`)
DISTANCE_BEYOND = "distance beyond"
BEYOND_AFTER = re.compile(r"\s*(?:beyond|past)\b", re.I)
EVACUATION_RADIUS = "evacuation radius"  # how far from a site people were moved out
# the concept of a temperature: rows of it are one reading only when their claims tell alike
# (the day's low and its high, the street and a fever are temperatures too)
TEMPERATURE = "temperature"
# entity labels a place a temperature is read at may be given: a town the recogniser does not
# know is often an organisation ("Orvasse recorded 44.1C")
READING_PLACES = frozenset({"GPE", "LOC", "FAC", "ORG"})
# where a distance is counted from: the name after "of" / "from" ("south of the capital")
DISTANCE_FROM = re.compile(r"\b(?:of|from)\s+(?:the\s+)?([A-Za-z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
# a figure in brackets right after another, the same in other units: "1,150 km (700 miles)
# southeast of", "$5 million (£3.2m)"; the words after the brackets are the first figure's
CONVERSION = re.compile(r"^\s*\([^()]*\d[^()]*\)")
CONVERTED = re.compile(r"\d[^()\d]*\(\s*$")
# a compass direction right after a distance, before what it is counted from ("east of",
# "south-west of", "southeast from")
BEARING_AFTER = re.compile(r"^\s+(north|south|east|west)[\s-]?(east|west)?\s+(?:of|from)\b", re.I)


def concept_of(claim: Claim, v: Value) -> tuple[str, str] | None:
    """(concept, subject) of a value, or None when the words around it do not say."""
    if v.kind == "age":
        person = age_subject(claim, v)
        return ("age", person) if person else None
    quote, at = claim.quote, v.start - claim.start
    if at < 0 or at > len(quote):
        return None
    before = quote[:at]
    if v.kind == "score":
        if is_tally(v.text, before):
            return VOTE_TALLY, ""  # "voted 31 to 18", "32 in favour and 17 against"
        return _record(before) or _record_of_doer(claim, before, quote[at + v.end - v.start:])
    if CONVERTED.search(before):
        return None  # "1,150 km (700 miles)": the figure before, in other units
    after = CONVERSION.sub("", quote[at + (v.end - v.start):], count=1)
    if v.kind == "length":
        return _length_concept(claim, v, before, after)
    if v.kind == "speed" and LIMIT_AFTER.match(after):
        return "speed limit", ""  # "the 50 mph restriction", "an 80 km/h limit"
    if v.kind in ("area", "speed"):  # "burned 12,000 hectares", "gusts of up to 90 km/h"
        found = AREA_WORDS if v.kind == "area" else SPEED_WORDS
        near = quote if v.kind == "area" else before[-LIMITS.scope_span:]
        return next(((what, "") for what, said in found if said.search(near)), None)
    if v.kind == "mass" and WEIGHT_BEFORE.search(before.rstrip()):
        return "weight", ""  # "weighing 130 pounds", "5-foot-8, 135 pounds": a person described
    if v.kind == "temperature":
        return TEMPERATURE, _read_at(claim)  # a place's weather; a fever: `measures` asks which
    if v.kind == "percent" and v.role == "change":
        what = _what_changed(before)
        return (f"{CHANGE}{v.direction})", what) if what else None
    if v.kind == "percent" and v.role is None:
        return _share_concept(claim, before, after)
    if v.kind in ("count", "other") and not 0 < float(v.low or 0) < 1:  # not "half the homes"
        if PARENT_OF.search(before):
            return COUNTED + "child", ""  # "a mother of two": her children, counted by noun
        return count_concept(claim, v, before, after)
    if v.kind == "duration" and v.role in (None, "delay"):
        return how_long(claim, v, before, after) or _deal_length(claim, v, before, after) or (
            spent_on(v, before, after))
    if v.kind == "money" and v.role in (None, "rate"):
        return _money_concept(claim, before, after)
    return _when(claim, v, before, after) if v.kind in ("time", "date") else None


def _length_concept(claim: Claim, v: Value, before: str, after: str) -> tuple[str, str] | None:
    """What a length measures: an evacuation radius, a distance past a mark or from a named
    place, a depth, a height or a length by the nearest word, else the size of the thing it is
    written onto."""
    if (RADIUS_BEFORE.search(before) or RADIUS_AFTER.match(after)
            or v.text.lower().startswith("within ")) and EVACUATED.search(claim.quote):
        return EVACUATION_RADIUS, ""  # "residents within 2 km were told to leave"
    if BEYOND_AFTER.match(after):
        return DISTANCE_BEYOND, ""  # "came to rest 300 metres beyond the runway's end"
    for word in nearest(before, after):
        for which, forms in LENGTH_WORDS.items():
            if word not in forms:
                continue
            if which != "distance":
                return which, ""
            # a distance is from somewhere: "35 miles southwest of Bandar Abbas"
            origin = DISTANCE_FROM.search(after)
            return ("distance", origin.group(1).lower()) if origin else None
    return _size(v)


def _when(claim: Claim, v: Value, before: str, after: str) -> tuple[str, str] | None:
    """What a day or a clock time is the day or time of (`eventtime`): an action of the
    aftermath, a past crime, the story's event, or another action."""
    if after_the_event(claim, v, before, after):
        return time_of_action(claim, v) if v.kind == "time" else None
    if v.kind == "date" and (event := dated_event(before, after, v.text)):
        return f"{DATED_EVENT}{event}", ""  # `measures` keys a day of the story's own event
    if tells_when(claim.quote, before, after):
        return ("time of the event" if v.kind == "time" else DAY_OF_EVENT), ""
    if v.kind == "date" and the_event_s_day(claim, v):
        return DAY_OF_EVENT, ""  # "hospitalised after the bridge's collapse on Thursday"
    return time_of_action(claim, v) if v.kind == "time" else None


def _read_at(claim: Claim) -> str:
    """Where a temperature was read: the one place its claim names ("44.3C in Orvasse"), else
    the one name the recogniser calls a place, a site or an organisation (a town it does not
    know: "Orvasse recorded 44.1C"); "" when none or several (which one, the words do not say).
    Two towns' readings are two measures, not one figure the outlets disagree on."""
    named = sorted(places(claim)) or sorted({t.lower() for t, label in claim.entities
                                             if label in READING_PLACES})
    return named[0] if len(named) == 1 else ""


def _size(v: Value) -> tuple[str, str] | None:
    """The size of the thing a length is written onto ("the 40-metre footbridge", "a 30-metre
    vessel"): its length, or a tower's height, told by the noun alone (`measurerows.told_apart`)."""
    noun = (v.noun or "").lower()
    if not noun.isalpha() or "-" not in v.text or noun in v.text.lower() or noun in UNIT_SURFACES:
        return None  # "5-foot-8, 135 pounds": a man's height, not a pound's size
    return SIZE + one_kind(noun), ""


def _record(before: str) -> tuple[str, str] | None:
    """A win-loss record set beside the name of whose it is ("Doe (52-3, 46 KOs)", "the Hawks,
    who are 9-14"): the record of that name; any other score says too little of whose it is."""
    found = RECORD_BESIDE.search(before)
    name = found.group(1).lower() if found else ""
    if not name or name in WEEKDAYS or name in MONTHS:
        return None
    return "record", surname(name)


def _record_of_doer(claim: Claim, before: str, after: str) -> tuple[str, str] | None:
    """A record a verb or a noun says is one ("Doe improved to 42-2", "fell to 28-7", "an
    overall record of 310-295", "a 12-7 record"): the record of the claim's doer, or of the
    first name it opens with; a game's score ("beat the Owls 102-98") is none."""
    if not (RECORD_VERB.search(before) or RECORD_NOUN.match(after)):
        return None
    named = claim.doer or next((t for t, label in claim.entities if label in WHOSE_RECORD
                                and 0 <= claim.quote.find(t) < RECORD_NAME_WITHIN), "")
    return ("record", surname(named)) if named and named in claim.quote else None


def bearing(quote: str, at: int) -> str | None:
    """The compass direction written after a distance that ends at `at` in `quote` ("150 miles
    south-west of Aden", "1,150 km (700 miles) southeast of": "southwest"), None when none is."""
    after = CONVERSION.sub("", quote[at:], count=1) if 0 <= at <= len(quote) else ""
    found = BEARING_AFTER.match(after)
    return f"{found.group(1)}{found.group(2) or ''}".lower() if found else None


def _what_changed(before: str) -> str:
    """What a percentage change is of: the last word before the change word that names a thing
    ("shares in Orvik Mining rose": mining), a company's shares by its name however written
    ("Orvik Mining shares": `COMPANY_SHARES`), in one form for the market's own words ("Greek
    stocks plunged", "the index": `MARKET_WORDS`); "" when the clause does not say."""
    said = [w for w, _ in words(CLAUSE_MARK.split(before)[-1])]
    verb = max((k for k, w in enumerate(said) if w in CHANGE_WORDS), default=None)
    if verb is None:  # "Shares in Orvik closed 7.8 per cent lower": the change word after it
        verb = len(said) if said and said[-1] in CHANGE_FILLERS else None
    if verb is None:
        return ""
    named = [w for w in said[:verb] if w not in CHANGE_FILLERS]
    if len(named) > 2 and named[0] in COMPANY_SHARES and named[1] in ("in", "of"):
        return named[2]  # "Shares in Orvik Mining": Orvik's, however much of its name follows
    if len(named) > 1 and named[-1] in COMPANY_SHARES:
        return named[0]  # "Orvik Mining shares" are Orvik's, as "shares in Orvik Mining" are
    if set(named) & RESULTS_WORDS and (kind := results_kind(before)):
        return f"profit ({kind})"  # "Operating profit fell 22%" / "Net income fell 41%"
    if named and MONEY_NOUNS.get(named[-1]) == "revenue":
        return "revenue"  # "sales fell 7%" / "revenue fell 6.8%": one result
    return MARKET_WORDS.get(named[-1], named[-1]) if named else ""


def _money_concept(claim: Claim, before: str, after: str) -> tuple[str, str] | None:
    """What an amount is the value of, by the nearest deal word ("an $82 million deal", "a
    contract worth $80 million": a deal's value), or the subject of its clause when the verb
    only puts a sum on it ("Damage to the church was estimated at $1 million"); and whose: the
    one person the claim names, else the person named just before it in its clause
    (`_party_before`); the event's own for a damage, a ransom or the story's company's results
    (`EVENT_MONEY`), unless foreseen ("the consensus estimate of $4.1 billion": `FORESEEN`); a
    sum "per share" is the price of one share ("acquisition value per share")."""
    near = _around(before, after)
    if SUM_PUT_AT.search(before):  # "Damage to the Kelton church was estimated at $1 million"
        near += words(CLAUSE_MARK.split(before)[-1])[::-1]
    named = words(after)[:1]  # "paid a $150,000 fine": the noun the sum is written onto first
    found = next((MONEY_NOUNS[w] for w, _ in named + near if w in MONEY_NOUNS), None)
    if found is None:
        return None
    # "42.50 euros per share": the price of a share, not the total; a sum asked for is not the
    # sum given ("demanded a $2 million ransom" / "paid a $500,000 ransom")
    what = f"{found} value per share" if PER_SHARE.match(after) else f"{found} value"
    if found in RESULTS_MONEY and (kind := results_kind(f"{before} {after}")):
        what += f" ({kind})"  # "net profit" and "operating profit" are two results
    if _side(before, after) == "demanded":
        what += " (demanded)"
    if found in EVENT_MONEY:
        clause = CLAUSE_MARK.split(before)[-1][-LIMITS.scope_span:]
        if found in RESULTS_MONEY and FORESEEN.search(clause):
            return None  # "beat the consensus estimate of $4.1 billion": foreseen, not reported
        return what, ""
    return what, party(claim, before)


def _share_concept(claim: Claim, before: str, after: str) -> tuple[str, str] | None:
    """What a percentage that is no change is a share of, by the nearest word that names one
    (`PERCENT_NOUNS`: "a 4.5% raise", "turnout was 62 percent"), with the side of a dispute
    its clause says ("demanding a 12 percent raise", "offered 3.5 percent": `PERCENT_SIDES`);
    a share of the vote is the named candidate's."""
    found = next((PERCENT_NOUNS[w] for w, _ in _around(before, after) if w in PERCENT_NOUNS),
                 None)
    if found is None:
        return None
    near = " ".join(before.split()[-LIMITS.concept_window:] + after.split()[:LIMITS.concept_window])
    if found == "pay rise" and (rise := THING_RISE.search(near)):
        found = PERCENT_NOUNS[rise.group(1).lower()]  # "a tax rise of 4.5%": no pay rise
    if found == VOTE_SHARE:  # "Roe won 52 percent of the vote": Roe's, none when unnamed
        return (found, whose) if (whose := party(claim, before)) else None
    side = _side(before, after)
    return found + (f" ({side})" if side else ""), ""


def _side(before: str, after: str) -> str:
    """The side of a dispute the word nearest a figure in its clause names ("offered a rise of
    3.5% against the union's demand for 12%": offered for 3.5%, demanded for 12%); "" for none."""
    before, after = CLAUSE_MARK.split(before)[-1], CLAUSE_MARK.split(after)[0]
    near = []
    for name, said in PERCENT_SIDES:
        gaps = [len(before) - m.end() for m in said.finditer(before)]
        gaps += [m.start() for m in said.finditer(after)]
        near += [(min(gaps), name)] if gaps else []
    return min(near)[1] if near else ""


def _deal_length(claim: Claim, v: Value, before: str, after: str) -> tuple[str, str] | None:
    """How long a deal runs, when a deal word is near ("an eight-year, $160 million offer to
    Hale"): `deal length`, whose as a deal's value is (`_money_concept`); none when no party is
    named (a story of signings tells of many deals)."""
    deal = any(MONEY_NOUNS.get(w) == "deal" for w, _ in _around(before, after))
    if v.role is not None or not deal:
        return None
    whose = party(claim, before)
    return ("deal length", whose) if whose else None  # whose deal is unsaid: one of many


def _around(before: str, after: str) -> list[tuple[str, int]]:
    """The `LIMITS.concept_window` words before a value, nearest first, then as many after it."""
    return words(before)[-LIMITS.concept_window:][::-1] + words(after)[:LIMITS.concept_window]
