"""Counts: what a count of people or things measures, by the words around it.

A magnitude written without its word, a place's population, a workforce, a capacity, a toll,
the injured, a crowd and what befell some of it, those aboard by who they are, or the number of
the things a count names ("seven villages"). `concepts` asks it for every count.
"""

from __future__ import annotations

import re
from itertools import takewhile

from .claims import Claim
from .gazetteer import places
from .lexicon import (
    CONJUNCTIONS,
    FUNCTION_WORDS,
    POPULATION_NOUNS,
    PRONOUNS,
    UNCOUNTED_NOUNS,
)
from .measurewords import (
    BEFELL_THINGS,
    CAPACITY_BEFORE,
    CLAUSE_MARK,
    CONCEPT_NOUNS,
    CONCEPT_WORDS,
    COUNT_MOVED_TO,
    COUNT_PUT_AT,
    CROWD_DEEDS,
    CROWD_SIZE_NOUNS,
    DECIMAL,
    FORCED_FROM_HOMES,
    GRADE_NOUNS,
    HARMS,
    HEADCOUNT_NOUNS,
    LEVEL_NOUNS,
    MAGNITUDE_NOUNS,
    MAGNITUDE_WORDS,
    MEASURED,
    NO_TOLL_PHRASES,
    PEOPLE_VERBS,
    PREPOSITIONS,
    QUAKE_NOUNS,
    RESCUE_WORKERS,
    RESPONDER_NOUNS,
    STAND_IN_NOUNS,
    TOLL_TO,
    UNCONFIRMED,
    VOTED_SIDE,
    WORKFORCE_BEFORE,
    one_kind,
    words,
)
from .settings import LIMITS
from .timespans import SUBJECT_TAIL
from .values import Value

# the concept of a count of things named only by their noun ("seven villages": "number of
# village"); nothing but the noun says which villages, so such rows make possible discrepancies
COUNTED = "number of "
CAPACITY = "capacity"  # how many a craft or a place may hold (`CAPACITY_BEFORE`)
# who a count of those aboard names: passengers and crew are two sets of all aboard
ABOARD_NOUNS = {"passenger": "passengers", "crew": "crew", "crewman": "crew", "crewmen": "crew",
                "crewmember": "crew"}
NUMBER_OF = re.compile(r"\bnumber\s+of\s+", re.I)  # what a subject counts: the words after it
WORKFORCE = "workforce"  # how many work for an employer (`WORKFORCE_BEFORE`)
# the phrases of `NO_TOLL_PHRASES`, taken out before the words around a count are read
NO_TOLL = re.compile(r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in NO_TOLL_PHRASES) + r")\b",
                     re.I)
INJURY_TOLL = re.compile(r"\binjury\s+toll\b", re.I)  # a toll of the hurt, not the dead
ON_BOARD = re.compile(r"\bon\s+board\b", re.I)  # "64 passengers on board": aboard


def count_concept(claim: Claim, v: Value, before: str, after: str) -> tuple[str, str] | None:
    """What a count measures (`_count_of`), those aboard by who they are (`_aboard_whom`), the
    injured by how badly (`_how_badly`)."""
    return _how_badly(_aboard_whom(_count_of(claim, v, before, after), v), v, after)


# words right after a count of the injured or on its verb that say they were badly hurt ("nine
# were seriously injured", "four critically hurt"): the seriously injured are some of the
# injured, not a count of them all. Not "minor injuries": often said of all of them
_BADLY_HURT = re.compile(r"\b(?:seriously|critically|severely|badly|gravely|serious|critical|"
                         r"life-threatening)\b", re.I)


def _how_badly(found: tuple[str, str] | None, v: Value, after: str
               ) -> tuple[str, str] | None:
    """The seriously injured as a measure of their own ("injured (seriously)")."""
    if found is None or found[0] != "injured":
        return found
    said = " ".join(CLAUSE_MARK.split(after)[0].split()[:6]) + " " + (v.verb or "")
    return ("injured (seriously)", found[1]) if _BADLY_HURT.search(said) else found


def _count_of(claim: Claim, v: Value, before: str, after: str) -> tuple[str, str] | None:
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
    befell = said_of((v.verb or "").split()) or (  # what the parse says befell them
        "evacuated" if FORCED_FROM_HOMES.match(after) else None)  # "were forced from their homes"
    if (v.role == "population" or noun in POPULATION_NOUNS) and befell is None:  # not evacuated
        named = sorted(places(claim))
        return "population", named[0] if len(named) == 1 else ""
    if put := COUNT_PUT_AT.search(before):  # "police put the turnout at 35,000"
        if said := counted_as(put["what"].lower().split()[::-1]):
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
    said = said_of(nearest(*around)) or ("deaths" if TOLL_TO.search(around[0]) else None)
    if said == "crowd" and befell not in (None, "crowd"):
        return befell, ""  # "400 protesters were detained": the protesters are counted as held
    if said == "crowd" and set((v.verb or "").split()) & CROWD_DEEDS:
        return None  # "300 protesters threw stones": those who did it, not the whole crowd
    if told := said or befell or (_moved_count(before) if noun is None else None):
        return told, ""
    if noun in RESPONDER_NOUNS and v.role is None:  # "More than 50 firefighters tackled it"
        return COUNTED + one_kind(noun), ""
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
        if harm := _harm(beside):
            return harm
    return None


def _harm(said: list[str]) -> str | None:
    """The first of these words that says what befell people (`HARMS`: injured, arrested ...)."""
    return next((c for w in said if (c := said_of([w])) in HARMS), None)


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
    if not state and (side := VOTED_SIDE.search(CLAUSE_MARK.split(after)[0])):
        said = (side.group(1) or side.group(2)).lower().split()[-1]  # "in favour": favour
        state = BEFELL_THINGS.get(said, "voted for")  # "seven ... voted against the bill"
    more += f" ({state})" if state else ""
    return COUNTED + one_kind(noun) + more, ""


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
    if said := _harm(named) or counted_as([word]):
        return said  # "the number of injured protesters": the injured
    if not word.endswith("s") or word.endswith("ss") or word in UNCOUNTED_NOUNS | LEVEL_NOUNS:
        return None
    return COUNTED + one_kind(word[:-1])


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


def counted_as(said: list[str]) -> str | None:
    """The concept these words name a count by: a crowd's noun ("turnout"), else the first word
    of a concept (`_said_of`: "toll", "arrests")."""
    return "crowd" if CROWD_SIZE_NOUNS & set(said) else said_of(said)


def said_of(said: list[str]) -> str | None:
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


def nearest(before: str, after: str) -> list[str]:
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
