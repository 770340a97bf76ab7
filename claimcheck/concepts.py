"""Concepts: what a value measures, read from the words around it in its claim.

A death toll ("killed", "dead", "toll"), the injured, a crowd, a magnitude, a population, a
depth or a distance from a named place, a person's age, the value of a deal, the time or day of
the event, or the number of the things a count names. The words are lexicon data; this module
decides which of them governs a value. `measures` keys its rows by what this module returns.
"""

from __future__ import annotations

import re
from itertools import takewhile

from .claims import Claim
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
    CONJUNCTIONS,
    FUNCTION_WORDS,
    LENGTH_WORDS,
    MONTHS,
    POPULATION_NOUNS,
    PRONOUNS,
    UNCOUNTED_NOUNS,
    WEEKDAYS,
)
from .measurewords import (
    AREA_WORDS,
    BEFELL_THINGS,
    CAPACITY_BEFORE,
    CHANGE_FILLERS,
    CLAUSE_MARK,
    COMPANY_SHARES,
    CONCEPT_NOUNS,
    CONCEPT_WORDS,
    COUNT_MOVED_TO,
    COUNT_PUT_AT,
    COUNTED_SYNONYMS,
    CROWD_DEEDS,
    CROWD_SIZE_NOUNS,
    DECIMAL,
    EVACUATED,
    EVENT_MONEY,
    FORCED_FROM_HOMES,
    FORESEEN,
    GRADE_NOUNS,
    HARMS,
    HEADCOUNT_NOUNS,
    LEVEL_NOUNS,
    LIMIT_AFTER,
    MAGNITUDE_NOUNS,
    MAGNITUDE_WORDS,
    MARKET_WORDS,
    MEASURED,
    MONEY_NOUNS,
    NO_TOLL_PHRASES,
    PEOPLE_VERBS,
    PER_SHARE,
    PERCENT_NOUNS,
    PERCENT_SIDES,
    PREPOSITIONS,
    QUAKE_NOUNS,
    RADIUS_AFTER,
    RADIUS_BEFORE,
    RECORD_BESIDE,
    RECORD_NAME_WITHIN,
    RECORD_NOUN,
    RECORD_VERB,
    RESCUE_WORKERS,
    RESPONDER_NOUNS,
    RESULTS_MONEY,
    RESULTS_WORDS,
    SPEED_WORDS,
    STAND_IN_NOUNS,
    SUM_PUT_AT,
    TOLL_TO,
    UNCONFIRMED,
    VOTE_SHARE,
    WHOSE_RECORD,
    WORKFORCE_BEFORE,
    results_kind,
    words,
)
from .names import surname
from .settings import LIMITS
from .tally import is_tally
from .timespans import SUBJECT_TAIL, how_long, spent_on
from .unitnames import UNIT_SURFACES
from .values import Value
from .whose import age_subject, party

# the concept of a count of things named only by their noun ("seven villages": "number of
# village"); nothing but the noun says which villages, so such rows make possible discrepancies
COUNTED = "number of "
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
CAPACITY = "capacity"  # how many a craft or a place may hold (`CAPACITY_BEFORE`)
# who a count of those aboard names: passengers and crew are two sets of all aboard
ABOARD_NOUNS = {"passenger": "passengers", "crew": "crew", "crewman": "crew", "crewmen": "crew",
                "crewmember": "crew"}
NUMBER_OF = re.compile(r"\bnumber\s+of\s+", re.I)  # what a subject counts: the words after it
BEYOND_AFTER = re.compile(r"\s*(?:beyond|past)\b", re.I)
EVACUATION_RADIUS = "evacuation radius"  # how far from a site people were moved out
WORKFORCE = "workforce"  # how many work for an employer (`WORKFORCE_BEFORE`)
# the concept of a temperature: rows of it are one reading only when their claims tell alike
# (the day's low and its high, the street and a fever are temperatures too)
TEMPERATURE = "temperature"
# entity labels a place a temperature is read at may be given: a town the recogniser does not
# know is often an organisation ("Orvasse recorded 44.1C")
READING_PLACES = frozenset({"GPE", "LOC", "FAC", "ORG"})
# where a distance is counted from: the name after "of" / "from" ("south of the capital")
DISTANCE_FROM = re.compile(r"\b(?:of|from)\s+(?:the\s+)?([A-Za-z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
# the phrases of `NO_TOLL_PHRASES`, taken out before the words around a count are read
NO_TOLL = re.compile(r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in NO_TOLL_PHRASES) + r")\b",
                     re.I)
INJURY_TOLL = re.compile(r"\binjury\s+toll\b", re.I)  # a toll of the hurt, not the dead
ON_BOARD = re.compile(r"\bon\s+board\b", re.I)  # "64 passengers on board": aboard
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
        if (RADIUS_BEFORE.search(before) or RADIUS_AFTER.match(after)) \
                and EVACUATED.search(claim.quote):
            return EVACUATION_RADIUS, ""  # "residents within 2 km were told to leave"
        if BEYOND_AFTER.match(after):
            return DISTANCE_BEYOND, ""  # "came to rest 300 metres beyond the runway's end"
        for word in _nearest(before, after):
            for which, forms in LENGTH_WORDS.items():
                if word not in forms:
                    continue
                if which != "distance":
                    return which, ""
                # a distance is from somewhere: "35 miles southwest of Bandar Abbas"
                origin = DISTANCE_FROM.search(after)
                return ("distance", origin.group(1).lower()) if origin else None
        return _size(v)
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
        return _aboard_whom(_count_concept(claim, v, before, after), v)
    if v.kind == "duration" and v.role in (None, "delay"):
        return how_long(claim, v, before, after) or _deal_length(claim, v, before, after) or (
            spent_on(v, before, after))
    if v.kind == "money" and v.role in (None, "rate"):
        return _money_concept(claim, before, after)
    return _when(claim, v, before, after) if v.kind in ("time", "date") else None


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
    return SIZE + COUNTED_SYNONYMS.get(noun, noun), ""


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


def _count_concept(claim: Claim, v: Value, before: str, after: str) -> tuple[str, str] | None:
    """What a count measures: a magnitude, a place's population, a toll or a crowd by the words
    around it, or else the number of the things it counts ("seven villages")."""
    if (quake := _magnitude_of(v, before, after)) is not None:
        return "magnitude", quake
    noun = v.noun.lower() if v.noun and v.noun.lower() not in v.text.lower() else None
    if CAPACITY_BEFORE.search(before):  # "licensed to carry 350 passengers": not those aboard
        return CAPACITY, ""
    if staff := WORKFORCE_BEFORE.search(before):  # "the plant employs 300 people": the plant's
        employer = (staff["employer"] or "").lower()
        return WORKFORCE, "" if employer in PRONOUNS or employer in FUNCTION_WORDS else employer
    befell = _said_of((v.verb or "").split()) or (  # what the parse says befell them
        "evacuated" if FORCED_FROM_HOMES.match(after) else None)  # "were forced from their homes"
    if (v.role == "population" or noun in POPULATION_NOUNS) and befell is None:  # not evacuated
        named = sorted(places(claim))
        return "population", named[0] if len(named) == 1 else ""
    if put := COUNT_PUT_AT.search(before):  # "police put the turnout at 35,000"
        if said := _counted_as(put["what"].lower().split()[::-1]):
            return said, ""
    told = "crowd" if noun in CROWD_SIZE_NOUNS else next(
        (c for c in CONCEPT_NOUNS if noun in CONCEPT_WORDS[c]), None) if noun else None
    verb = [w for w, _ in words(CLAUSE_MARK.split(before)[-1])[-1:]]  # not "Killed, 12 Hurt"
    if (noun not in UNCOUNTED_NOUNS or noun in STAND_IN_NOUNS) and verb and verb[0] in PEOPLE_VERBS:
        told = told or PEOPLE_VERBS[verb[0]]
    befell = befell or _befell_the_crowd(before, after)  # "the number of injured protesters"
    if told == "crowd" and befell not in (None, "crowd"):
        return befell, ""  # "three spectators were hurt": the hurt, not the crowd
    if told:
        return told, ""
    if noun in GRADE_NOUNS and [w for w, _ in words(before)[-1:]] == [noun]:
        return noun, ""  # "a Category 3 hurricane": its grade, not three categories
    if noun and noun not in HEADCOUNT_NOUNS | STAND_IN_NOUNS:  # "miners" is "miner" (lemmas)
        return _things_counted(v, noun, after)
    around = [INJURY_TOLL.sub("injuries", ON_BOARD.sub("aboard", NO_TOLL.sub(" ", x)))
              for x in (before, after)]  # "the injury toll rose to 14": the injured
    said = _said_of(_nearest(*around)) or ("deaths" if TOLL_TO.search(around[0]) else None)
    if said == "crowd" and befell not in (None, "crowd"):
        return befell, ""  # "400 protesters were detained": the protesters are counted as held
    if said == "crowd" and set((v.verb or "").split()) & CROWD_DEEDS:
        return None  # "300 protesters threw stones": those who did it, not the whole crowd
    if told := said or befell or (_moved_count(before) if noun is None else None):
        return told, ""
    if noun in RESPONDER_NOUNS and v.role is None:  # "More than 50 firefighters tackled it"
        return COUNTED + COUNTED_SYNONYMS.get(noun, noun), ""
    if RESCUE_WORKERS.match(after) and v.role is None:  # "90 rescue workers": rescuers
        return COUNTED + "rescuer", ""
    return None


def _aboard_whom(found: tuple[str, str] | None, v: Value) -> tuple[str, str] | None:
    """Those aboard by who they are: "412 passengers and 27 crew" are two sets, and neither is
    the "439 people aboard" both make; a count of passengers or crew is aboard by its noun
    alone ("146 passengers and six crew on board")."""
    whom = ABOARD_NOUNS.get((v.noun or "").lower())
    if whom is None or found is not None and found[0] != "aboard":
        return found  # "30 passengers were hurt": the injured
    return f"aboard ({whom})", ""


def _befell_the_crowd(before: str, after: str) -> str | None:
    """What the words right beside a crowd's noun in a count's clause say befell those counted
    ("the number of injured protesters rose to 37", "demonstrators arrested so far: 41"): the
    injured, the arrested, the dead; None when no such word stands beside one."""
    said = [w for w, _ in words(CLAUSE_MARK.split(before)[-1])] + [
        w for w, _ in words(CLAUSE_MARK.split(after)[0])]
    for k, word in enumerate(said):
        if word not in CONCEPT_WORDS["crowd"] and word != "people":
            continue
        beside = said[k - 1:k] + said[k + 1:k + 2]
        if harm := next((c for w in beside if (c := _said_of([w])) in HARMS), None):
            return harm
    return None


def _things_counted(v: Value, noun: str, after: str) -> tuple[str, str] | None:
    """The number of things a count names by their noun ("seven villages"), with what the words
    say of them: more of them, suspected, or what befell them ("214 homes destroyed" / "1,500
    homes threatened": two measures); None for a noun that counts nothing to compare."""
    if noun in UNCOUNTED_NOUNS or not noun.isalpha() or v.role not in (None, "added"):
        return None
    more = " (more)" if v.role == "added" else ""  # "an additional six engines were called"
    if UNCONFIRMED.match(after):
        more += " (suspected)"  # "400 suspected cases" are not the 187 confirmed
    done = (v.verb or "").split() + [w for w, _ in words(CLAUSE_MARK.split(after)[0])[:4]]
    state = next((BEFELL_THINGS[w] for w in done if w in BEFELL_THINGS), "")
    more += f" ({state})" if state else ""
    return COUNTED + COUNTED_SYNONYMS.get(noun, noun) + more, ""


def _moved_count(before: str) -> str | None:
    """What a figure a verb moved a count to counts, by the plural noun its clause's subject
    ends in ("Confirmed cases in Kelton have risen to 306": the number of cases; "the number of
    arrests reached 40": the arrested): None when the verb is not one (`COUNT_MOVED_TO`) or the
    subject names no plural."""
    moved = COUNT_MOVED_TO.search(before)
    if moved is None:
        return None
    clause = CLAUSE_MARK.split(before[:moved.start()])[-1]
    if of := NUMBER_OF.search(clause):  # "The number of confirmed cases in Kelton rose to 306"
        subject = " ".join(takewhile(lambda w: w not in FUNCTION_WORDS,
                                     (w for w, _ in words(clause[of.end():]))))
    else:
        subject = SUBJECT_TAIL.sub("", " " + clause)
    named = [w for w, _ in words(subject) if w.isalpha() and w not in FUNCTION_WORDS]
    word = named[-1] if named else ""
    if said := next((c for w in named if (c := _said_of([w])) in HARMS), None) or _counted_as(
            [word]):
        return said  # "the number of injured protesters": the injured
    if not word.endswith("s") or word.endswith("ss") or word in UNCOUNTED_NOUNS | LEVEL_NOUNS:
        return None
    return COUNTED + COUNTED_SYNONYMS.get(word[:-1], word[:-1])


def _magnitude_of(v: Value, before: str, after: str) -> str | None:
    """Whose magnitude a count is, if one ("a 5.6 quake", "the quake measured 5.9", "Richter"):
    an aftershock's ("a 4.8 aftershock", "aftershocks, the strongest measuring 4.8") its own."""
    if not (any(w in before.lower()[-24:] for w in MAGNITUDE_WORDS)
            or (v.noun or "") == "magnitude" or after.lower().lstrip(" -").startswith("magnitude")
            or "richter" in after.lower()[:LIMITS.scope_span]
            or DECIMAL.fullmatch(v.text) and (
                (v.noun or "").lower() in MAGNITUDE_NOUNS or _next_word(after) in MAGNITUDE_NOUNS
                or bool(MEASURED.search(before))
                and any(w.rstrip("s") in MAGNITUDE_NOUNS for w, _ in words(before)))):
        return None
    said = [_next_word(after), *(w for w, _ in reversed(words(CLAUSE_MARK.split(before)[-1])))]
    quake = next((w.rstrip("s") for w in said if w.rstrip("s") in QUAKE_NOUNS), "")
    shocks = not quake and "aftershock" in before.lower()[-LIMITS.scope_span * 2:]
    return "aftershock" if quake == "aftershock" or shocks else ""


def _counted_as(said: list[str]) -> str | None:
    """The concept these words name a count by: a crowd's noun ("turnout"), else the first word
    of a concept (`_said_of`: "toll", "arrests")."""
    return "crowd" if CROWD_SIZE_NOUNS & set(said) else _said_of(said)


def _said_of(said: list[str]) -> str | None:
    """The concept of the first of these words that names one (`CONCEPT_WORDS`)."""
    for word in said:
        for concept, forms in CONCEPT_WORDS.items():
            if word in forms:
                return concept
    return None


def _next_word(after: str) -> str:
    """The word right after a value, lower-cased ("5.9 Earthquake Jolts Iran": "earthquake")."""
    found = words(after[:LIMITS.scope_span])
    return found[0][0] if found else ""


def _nearest(before: str, after: str) -> list[str]:
    """Words after the value then before it, nearest first; a number or a clause mark (comma,
    semicolon, colon, bracket) ends each side, and a conjunction ends each ("killing 10 people
    and injuring 80": what follows "and" is the next figure's; "a woman died and two men
    survived": what comes before it, the last one's)."""
    ahead = []
    for w, _ in words(CLAUSE_MARK.split(after)[0])[:LIMITS.concept_window]:
        if w in CONJUNCTIONS:
            break
        ahead.append(w)
    cut = CLAUSE_MARK.split(before)[-1]
    behind = list(takewhile(lambda w: w not in CONJUNCTIONS,
                            [w for w, _ in reversed(words(cut))][:LIMITS.concept_window]))
    if behind and behind[0] in PREPOSITIONS:
        behind = []
    return ahead + behind
