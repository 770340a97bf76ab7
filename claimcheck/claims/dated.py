"""Dated actions: which action each day a claim names is the day of, read from the parse.

"The first round of talks took place on 20 May" gives the day of the talks; "The ferry capsized on
Friday night" the day the ferry capsized; "Russia said on Monday …" only the day of the saying,
which is left out, as are days that bound an action ("since Monday"); days of what is still to
come ("talks will resume on Friday") are marked. `check` compares a day only with a day of the
same action.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from ..actionwords import (
    ACTION_SYNONYMS,
    AHEAD_WORDS,
    DAY_EVENT_VERBS,
    DAY_PARTS,
    DAY_PREPOSITIONS,
    DONE_TO,
    NAMING_VERBS,
    PART_NOUNS,
    PLACE_PREPOSITIONS,
    PLAN_VERBS,
    REPEAT_WORDS,
    THING_PARTS,
    TIME_PREPOSITIONS,
)
from ..lexicon import MONTHS, PRONOUNS, REPORTING_VERBS, WEEKDAYS
from .tokens import clause_noun, clean_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# entity labels of who does an action or takes part in it
_WHO = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# links from a name up to the action's noun or subject through which it names a participant
# ("Russia-Ukraine talks", "talks between Russia and Ukraine", "Russia's delegation"), not a
# place ("talks in Istanbul")
_WHO_LINKS = frozenset({"compound", "poss", "amod", "nmod", "conj", "appos", "cc"})
_WHO_PREPOSITIONS = frozenset({"between", "with", "among", "of", "by"})
# entity labels of where an action happens; the small English pipeline calls some cities people
# ("talks in Rotterdam"), and only a place the gazetteer knows decides anything (`actionplaces`)
_WHERE = frozenset({"GPE", "LOC", "FAC", "PERSON"})
# the words a day is named by, one at least in any date entity that names one ("Friday", "5
# May", "last week", "this year"): "annual" or "at age 85" names none
_DAY_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset(
    "today yesterday tomorrow tonight day days week weeks weekend month months year years "
    "morning afternoon evening night decade decades century spring summer autumn fall winter "
    "christmas easter".split())


class DayOf(NamedTuple):
    """A day's characters in the parsed text and what it is the day of (see `Dated`)."""

    start: int
    end: int
    action: str
    what: str
    who: tuple[str, ...]
    ahead: bool  # a day still to come ("talks will resume on Thursday")


def dated_actions(doc: Doc, toks: list[int]) -> list[DayOf]:
    """The days among a unit's tokens (date entities, and the weekday of a time entity such as
    "Friday night"), each with the action it is the day of; days whose action the parse does not
    tell are left out."""
    inside = set(toks)
    out = []
    for e in doc.ents:
        if e.start not in inside or e.label_ not in ("DATE", "TIME"):
            continue
        day = _day(e)
        found = _attached(e.root)
        if day is None or found is None or found.i not in inside:
            continue
        action = _action(found)
        if action is not None and not _repeated(found):
            ahead = found.pos_ in ("VERB", "AUX") and _ahead(found)
            out.append(DayOf(day.start_char, day.end_char, *action, ahead))
    return out


def timed_actions(doc: Doc, toks: list[int], spans: Sequence[tuple[int, int]]) -> list[DayOf]:
    """The figures among a unit's mentions (`spans`, the document's character offsets) set where
    a clock time tells when an action happened, each with that action: after a time preposition
    ("surrendered just after 6 p.m.", "boarded the dhow at 1230 hours") or beside the verb ("came
    in around 4 p.m."). Which figure is a clock time the value reader decides. What an action
    is keyed by is what it was done to, never a word for its doer ("a 61-year-old man
    surrendered at 6 p.m." and "the suspect surrendered at 6 p.m." tell one surrender)."""
    inside = set(toks)
    out = []
    for a, b in spans:
        span = doc.char_span(a, b, alignment_mode="expand")
        found = None if span is None else _timed(span)
        if found is None or found.i not in inside or _repeated(found):
            continue
        action = _action(found)
        if action is None:
            continue
        done_to = found.pos_ == "NOUN" or any(
            c.dep_ in ("dobj", "nsubjpass") for c in found.children) and not _held(found)
        ahead = found.pos_ in ("VERB", "AUX") and _ahead(found)
        out.append(DayOf(a, b, action[0], action[1] if done_to else "", action[2], ahead))
    return out


def _timed(span: Span) -> Token | None:
    """The word a clock time tells the time of: the head of its time preposition ("fled at 9
    a.m."), or the verb it is set beside ("came in around 4 p.m."), from any of the time's words
    the parse hangs outside it ("9 | a.m."); a time that qualifies a noun ("the 6 p.m.
    deadline") is none."""
    for tok in span:
        while tok.dep_ in ("nummod", "quantmod") and tok.head is not tok:
            tok = tok.head  # "20:49 | GMT"
        if span.start <= tok.i < span.end and span.start <= tok.head.i < span.end:
            continue  # a word the time's own words hang on
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in TIME_PREPOSITIONS and head.head is not head:
            return _named_thing(head.head)
        if tok.dep_ in ("npadvmod", "tmod", "advmod") and head.pos_ in ("VERB", "AUX"):
            return head
    return None


def placed_actions(doc: Doc, toks: list[int]) -> list[DayOf]:
    """The places among a unit's tokens that an action happened in or at ("the talks took place
    in Istanbul", "the talks in Istanbul", "the ferry sank off Karsk" is left out), each with the
    action; a place that names a participant ("talks with Turkey") is none."""
    inside = set(toks)
    out = []
    for e in doc.ents:
        root = e.root
        if e.start not in inside or e.label_ not in _WHERE or root.dep_ != "pobj" \
                or root.head.lower_ not in PLACE_PREPOSITIONS:
            continue
        found = root.head.head
        if found.i not in inside or found.i == root.head.i or _repeated(found):
            continue
        action = _action(found)
        if action is not None and clean_name(e.text) not in action[2]:
            ahead = found.pos_ in ("VERB", "AUX") and _ahead(found)
            out.append(DayOf(e.start_char, e.end_char, *action, ahead))
    return out


def _day(e: Span) -> Span | None:
    """The entity without the parts of a day around it ("early Thursday" → "Thursday"); a time
    entity only when a weekday is left ("Friday night" → "Friday", not "6 a.m.")."""
    a, b = e.start, e.end
    doc = e.doc
    while a < b and doc[a].lower_ in DAY_PARTS:
        a += 1
    while b > a and doc[b - 1].lower_ in DAY_PARTS:
        b -= 1
    if a == b or e.label_ == "TIME" and not any(t.lower_ in WEEKDAYS for t in doc[a:b]):
        return None
    said = [t.lower_.rstrip(".") for t in doc[a:b]]
    if "age" in said or "aged" in said or not any(
            t.like_num or w in _DAY_WORDS for t, w in zip(doc[a:b], said, strict=True)):
        return None  # "at age 85", "the annual awards": the recogniser's dates, no days
    return doc[a:b]


def _attached(root: Token) -> Token | None:
    """The word a date tells the day of: the head of its preposition ("capsized on Friday"), the
    verb it modifies ("escaped Monday", "married two weeks ago"), or the noun it qualifies ("the
    1967 slayings", "Monday's talks"); the day of "Friday night" is the night's."""
    while root.dep_ == "compound" and root.head.lower_ in DAY_PARTS:
        root = root.head
    if root.dep_ == "pobj":
        prep = root.head
        if prep.lower_ == "for" and prep.head.lemma_.lower() in PLAN_VERBS:
            return prep.head  # "scheduled for Monday"
        head = prep.head if prep.lower_ in DAY_PREPOSITIONS and prep.head is not prep else None
        return None if head is None else _named_thing(head)
    if root.dep_ in ("npadvmod", "tmod") or root.dep_ == "advmod" and root.lower_ == "ago":
        return _named_thing(root.head)  # "escaped Monday", "married two weeks ago"
    if root.dep_ in ("compound", "nummod", "poss", "amod", "nmod") and root.head.pos_ == "NOUN":
        return root.head
    return None


def _named_thing(word: Token) -> Token:
    """The action a day after a naming participle is of: the verb over the thing named ("launched
    a new range called Solace in March": "launched"), else the word itself."""
    if word.dep_ == "acl" and word.lemma_.lower() in NAMING_VERBS \
            and word.head.dep_ in ("dobj", "nsubjpass", "nsubj"):
        return word.head.head
    return word


def _action(word: Token) -> tuple[str, str, tuple[str, ...]] | None:
    """(action, what, who) for the word a day is attached to; None for a saying or a word that
    names no action."""
    if word.pos_ == "NOUN":
        return _noun_action(word)
    guilty = word if word.lower_ == "guilty" else next(
        (c for c in word.children if c.lower_ == "guilty"), None)
    if guilty is not None and guilty.head.lemma_ == "find":
        return _verdict(guilty)
    if word.pos_ not in ("VERB", "AUX") or word.lemma_ in REPORTING_VERBS:
        return None
    kids = list(word.children)
    obj = None if _held(word) else _antecedent(
        next((c for c in kids if c.dep_ in ("dobj", "nsubjpass")), None), word)
    subj = _antecedent(next((c for c in kids if c.dep_ == "nsubj"), None), word)
    place = obj is not None and obj.lemma_ == "place"
    if word.lemma_.lower() in PLAN_VERBS:
        return _event_of(None, _planned(word, kids), True)
    if word.lemma_ in DAY_EVENT_VERBS and (word.lemma_ != "take" or place):
        return _event_of(obj, subj, place)
    agent = next((c for c in kids if c.dep_ == "agent"), None)
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else subj
    what = obj if obj is not None else subj if subj is not None and not _names(subj) else None
    if what is not None and what.lemma_.lower() in THING_PARTS and (whole := _of_whom(what)):
        what = whole  # "overran the end of runway 27": the runway
    return _lemma(word), _word(what), _names(doer)


def _verdict(guilty: Token) -> tuple[str, str, tuple[str, ...]]:
    """The verdict "found … guilty" gives ("a jury found Hale guilty on Tuesday", "Hale was found
    guilty", the parser's "guilty" a clause of "found" with Hale its subject, or "found" with
    Hale its object): Hale's conviction, or acquittal."""
    found = guilty.head
    who = next((c for c in guilty.children if c.dep_ == "nsubj"), None) or next(
        (c for c in found.children if c.dep_ in ("dobj", "nsubjpass")), None)
    doer = next((c for c in found.children if c.dep_ == "nsubj"), None)
    negated = any(c.dep_ == "neg" for c in (*guilty.children, *found.children))
    return "acquit" if negated else "convict", _word(who), _names(doer)


def _planned(verb: Token, kids: list[Token]) -> Token | None:
    """What a plan verb puts on a day: its object ("the council scheduled the vote"), its
    passive subject ("the vote was scheduled", "elections which are planned"), or the noun it
    qualifies ("the vote scheduled for Monday"); never who planned it."""
    planned = next((c for c in kids if c.dep_ in ("dobj", "nsubjpass")), None)
    if planned is None and verb.dep_ == "acl":
        return verb.head
    return _antecedent(planned, verb)


def _antecedent(tok: Token | None, verb: Token) -> Token | None:
    """A relative pronoun read as the noun its clause hangs on ("the talks that took place on
    Monday": the talks)."""
    if tok is not None and tok.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return clause_noun(verb)
    return tok


def _event_of(obj: Token | None, subj: Token | None,
              place: bool) -> tuple[str, str, tuple[str, ...]] | None:
    """The event a verb that only says it took place is about: its subject ("the talks took
    place", "talks were held") or its object ("Russia held talks": with Russia as who)."""
    noun = subj if place or obj is None else obj
    if noun is None or noun.pos_ != "NOUN" or (found := _noun_action(noun)) is None:
        return None
    action, what, who = found
    return action, what, who if noun is subj else tuple(sorted({*who, *_names(subj)}))


def _noun_action(noun: Token) -> tuple[str, str, tuple[str, ...]] | None:
    """An event noun as the action ("talks"; "the first round of talks": the talks), with the
    names of who takes part in it. One brought in with "a" is left out: "a suspect in a shooting
    that occurred Monday" may tell of another shooting than the story's."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    while noun.lemma_.lower() in PART_NOUNS:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if pobj is None or pobj.pos_ != "NOUN":
            return None
        noun = pobj
    if noun.ent_type_ or noun.lower_ in PRONOUNS:
        return None
    action = _lemma(noun)
    if action in DONE_TO and (to := _of_whom(noun)) is not None:
        return action, _word(to), tuple(n for n in _names(noun) if n not in _names(to))
    return action, "", _names(noun)


def _of_whom(noun: Token) -> Token | None:
    """Who or what an action's noun was done to: the name after its "of" ("the killing of Ann
    Roe": Roe), or a noun there ("the arrest of the captain")."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of else None


def _lemma(word: Token) -> str:
    """An action's word in the one form its synonyms share ("negotiations" → "talk"); a phrasal
    verb the synonyms name goes with its particle ("gave himself up": "give_up", a surrender),
    or its object ("came off the rails": a derailing), any other without it ("checked herself
    in" / "checked into": "check")."""
    lemma = word.lemma_.lower()
    phrasal = lemma + "".join(f"_{c.lower_}" for c in word.children if c.dep_ == "prt")
    found = next((ACTION_SYNONYMS[w] for w in (phrasal, *_phrases(word))
                  if w in ACTION_SYNONYMS), None)
    return found or ACTION_SYNONYMS.get(lemma, lemma)


def _phrases(word: Token) -> list[str]:
    """A verb with its object or its preposition and that one's object, as the synonyms write an
    action said in several words ("left the tracks": "leave_track", "came off the rails":
    "come_off_rail")."""
    lemma = word.lemma_.lower()
    return [f"{lemma}_{c.lemma_.lower()}" for c in word.children if c.dep_ == "dobj"] + [
        f"{lemma}_{c.lower_}_{o.lemma_.lower()}" for c in word.children if c.dep_ == "prep"
        for o in c.children if o.dep_ == "pobj"]


def _held(word: Token) -> bool:
    """Whether a verb's object is a word of its action ("left the pad": a launch), not what the
    action was done to."""
    return any(p in ACTION_SYNONYMS for p in _phrases(word))


def _repeated(word: Token) -> bool:
    """Whether an action is one of several of its kind: "another", "again" on it or on a word
    of it ("overturned another rule on March 3", "another round of talks")."""
    near = [*word.children, *(t for c in word.children for t in c.children)]
    return any(t.lower_ in REPEAT_WORDS for t in near)


def _ahead(verb: Token) -> bool:
    """Whether an action is still to come: "will", "would", "to" on it, or a plan or expectation
    over it ("is expected to meet on Friday", "a vote scheduled on Monday")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in AHEAD_WORDS for c in verb.children) \
        or any(t.lemma_.lower() in AHEAD_WORDS | PLAN_VERBS for t in (verb, verb.head)) \
        or verb.dep_ == "xcomp"


def _word(tok: Token | None) -> str:
    """What an action happened to, as one word: a name's word or a noun's lemma."""
    if tok is None or tok.lower_ in PRONOUNS:
        return ""
    if tok.ent_type_ == "PERSON":
        return tok.lower_  # a person by the surname: "Hale", "Tom Hale"
    if tok.ent_type_ in _WHO or tok.pos_ == "PROPN":
        return _name_words(tok)
    lemma = tok.lemma_.lower()  # "the intrusion was detected" / "the attack was discovered"
    return ACTION_SYNONYMS.get(lemma, lemma) if tok.pos_ == "NOUN" else ""


def _name_words(tok: Token) -> str:
    """A name's word with the name's words right before it ("the Tony Awards": "tony awards",
    "the 79th Academy Awards": "academy awards"), so two awards, two cups, are two things."""
    first = tok.i
    while first > 0 and (before := tok.doc[first - 1]).pos_ == "PROPN" and before.is_alpha \
            and before.head.i == tok.i:
        first -= 1
    return tok.doc[first:tok.i + 1].text.lower()


def _names(tok: Token | None) -> tuple[str, ...]:
    """The names of people, organisations and countries under a subject or an event noun, by the
    links that make them its participants (not "in Istanbul")."""
    if tok is None:
        return ()
    under = {t.i for t in tok.subtree}
    return tuple(sorted({name for e in tok.doc.ents if e.label_ in _WHO and e.start in under
                         and _participant(e.root, tok) and (name := clean_name(e.text))}))


def _participant(tok: Token, top: Token) -> bool:
    """Whether the path from a name up to `top` keeps it a participant: through modifiers and
    "between", "with", "of", not "in" or "at" (a place)."""
    while tok.i != top.i:
        if tok.head is tok or tok.dep_ == "pobj" and tok.head.lower_ not in _WHO_PREPOSITIONS \
                or tok.dep_ not in _WHO_LINKS | {"pobj", "prep"}:
            return False
        tok = tok.head
    return True
