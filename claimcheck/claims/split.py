"""Splitting: one sentence into atomic units, one small handler per construction.

Decides what becomes a claim of its own. The sentence's reported content (`attribution.py`) is
the main unit; each handler below takes one construction out of a unit, tried word by word in
this order (the first that applies to a word decides):

- `relative_clause`: ", which/who …" set off by a comma is a claim about its noun;
- `appositive`: "Rustem Umerov, the defence minister," gives "Rustem Umerov is the defence
  minister";
- `as_well_as`: "A, as well as B" done or found gives a claim for each ("A and B" stays whole:
  "Putin and Zelensky met" is one meeting);
- `coordinated_clause`: "A happened and B happened" (the second verb inherits the subject and
  the auxiliaries it shares);
- `adding_that`: "…, adding that CONTENT";
- `adverbial_clause`: "after peace talks concluded in Istanbul" with its own named subject.

Facets (ages, event dates) are taken out last (`facets.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..lexicon import CLAUSE_MARKS, PEOPLE_NOUNS, QUANTIFIERS, REPORTING_VERBS
from .attribution import (
    added_contents,
    pronoun_to_speaker,
    reported_speech,
    reporting,
    speaker_text,
    stated_after,
    stated_before,
)
from .facets import event_dates, person_ages
from .tokens import (
    PRONOUNS,
    SET_OFF_MARKS,
    SUBJECTS,
    VALUE_ENTS,
    adjacent_punct,
    before_punct,
    broken,
    clause_noun,
    kicker,
    noun_phrase,
    set_off,
    subtree,
    trim,
)
from .unit import Unit
from .worthiness import has_checkable, named_act

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def split_sentence(sent: Span, headline: bool) -> tuple[str | None, list[Unit]]:
    """The speaker (if reported speech) and the atomic units of one sentence."""
    doc = sent.doc
    speech = reported_speech(sent)
    base = speech.content
    if headline:
        base -= kicker(sent)
    main = Unit(base, head=speech.head)
    units: list[Unit] = []
    peel(doc, main, units)
    units.insert(0, main)
    if speech.verb is not None:
        for more in [*stated_before(speech.verb, speech.removed),
                     *added_contents(speech.verb, speech.removed),
                     *stated_after(speech.verb, speech.removed)]:
            peel(doc, more, units)
            units.append(more)
        units.extend(narrated_clauses(doc, speech.verb, speech.removed))
    aged: set[int] = set()  # people whose age is already a claim (a name can sit in two units)
    dated: set[int] = set()
    for u in list(units):
        units.extend(person_ages(sent, u, aged))
        units.extend(event_dates(sent, u, dated))
    if speech.verb is not None and (who := _speaker_phrase(speech.verb)) is not None:
        described = person_ages(sent, who, aged)  # "…, said Jo Lund, 17": her age is a claim
        for t in sorted((doc[i] for i in who.tokens), key=lambda x: x.i):
            relative_clause(doc, who, t, described)  # "Lund, who led the inquiry, said …"
        for u in described:
            u.narrated = True  # the article says who the speaker is, not the speaker
        units.extend(described)
    said = None if speech.verb is None else speech.verb.i
    return speech.speaker, [u for u in units
                            if _finish(sent, u, speech.speaker, speech.removed, said)]


def _speaker_phrase(verb: Token) -> Unit | None:
    """The phrase naming who spoke ("17-year-old Jo Lund", "Jo Lund, 17, a student"): no claim,
    but the ages it gives are (`person_ages`)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None if subj is None else Unit(subtree(subj), head=subj)


def _finish(sent: Span, u: Unit, speaker: str | None, removed: set[int],
            said: int | None = None) -> bool:
    """Complete a unit (whole names and times, the speaker for he/she/they, no dangling edges);
    whether it still has the three words a claim needs, or two naming a doer and an act ("Hale
    escaped"). `said`: the reporting verb's index."""
    doc = sent.doc
    for e in sent.ents:  # parses sometimes hang part of a name or time elsewhere ("4:17 | p.m.")
        span = set(range(e.start, e.end))
        if span & u.tokens and not span & removed:
            u.tokens |= span
    if speaker and u.speaker is None:
        pronoun_to_speaker(doc, u, speaker, said)
    u.tokens = {i for i in u.tokens if not doc[i].is_space}
    trim(doc, u)
    words = len([i for i in u.tokens if not doc[i].is_punct and u.replace.get(i) != ""])
    words += sum(
        len(r.split()) - 1 for r in u.replace.values() if r
    )  # "Reid" → "Reid is 33 years old"
    kept = [doc[i] for i in sorted(u.tokens) if not doc[i].is_punct]
    return words >= 3 or words == 2 and not u.replace and named_act(kept)


def narrated_clauses(doc: Doc, verb: Token, removed: set[int]) -> list[Unit]:
    """Clauses the article itself states inside a reporting clause: "…, Zelensky said after
    peace talks concluded in Istanbul" also says the talks concluded in Istanbul."""
    out = []
    for t in verb.children:
        clause = subtree(t) - removed
        unit = _adverbial(doc, t, clause)
        if unit is not None and not broken(doc, clause):
            unit.narrated = True
            out.append(unit)
    return out


def _adverbial(doc: Doc, t: Token, clause: set[int]) -> Unit | None:
    """An adverbial clause ("after peace talks concluded …", "when police arrived") as a claim
    of its own, when it names its subject and holds something to check; None otherwise."""
    if t.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS for c in t.children
    ):
        return None
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in PRONOUNS or not has_checkable(doc, clause):
        return None
    return Unit(clause - {c.i for c in t.children if c.dep_ == "mark"}, head=t)


def peel(doc: Doc, unit: Unit, out: list[Unit]) -> None:
    """Move the constructions the handlers know out of `unit` into `out`: first what hangs off
    nouns, then clauses (their verbs), each word once, in text order."""
    for t in sorted((doc[i] for i in unit.tokens), key=lambda x: x.i):
        if t.i in unit.tokens and t.i != unit.head.i:
            for handle in _NOMINAL:
                if handle(doc, unit, t, out):
                    break
    for t in sorted((doc[i] for i in unit.tokens), key=lambda x: x.i):
        if t.i in unit.tokens and t.i != unit.head.i and t.pos_ in ("VERB", "AUX"):
            for handle in _CLAUSAL:
                if handle(doc, unit, t, out):
                    break


Handler = Callable[["Doc", Unit, "Token", list[Unit]], bool]
"""Takes one construction headed by a word out of a unit (into `out`); True when the word is
that construction, whether or not a claim came of it, so no later handler tries it."""


def relative_clause(doc: Doc, unit: Unit, t: Token, out: list[Unit]) -> bool:
    """", which …", ", who …": a non-restrictive relative clause is a claim about its noun."""
    if t.dep_ != "relcl" or not set_off(doc, t, commas_only=False):
        return False
    rel = next(
        (
            c
            for c in t.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that")
        ),
        None,
    )
    if rel is None:
        return True
    clause = subtree(t) & unit.tokens
    marks = adjacent_punct(doc, clause, t.sent) | before_punct(doc, clause)
    np = noun_phrase(doc, clause_noun(t), unit.tokens) - clause - marks
    new = Unit((clause - {rel.i}) | np, head=t)
    unit.tokens -= clause | marks
    peel(doc, new, out)
    out.append(new)
    return True


def appositive(doc: Doc, unit: Unit, t: Token, out: list[Unit]) -> bool:
    """"Rustem Umerov, the defence minister, …": the noun is what its appositive says ("Rustem
    Umerov is the defence minister"); a list of counted things is no appositive."""
    if not (
        t.dep_ == "appos"
        and set_off(doc, t, commas_only=True)
        and "NOUN" in (t.pos_, t.head.pos_)
        and t.pos_ in ("NOUN", "PROPN")
        and t.head.pos_ in ("NOUN", "PROPN")
        and not ({t.ent_type_, t.head.ent_type_} & VALUE_ENTS)
        and not (_counted(t) and _counted(t.head))
        and not _list_member(doc, t)
    ):
        return False
    app = subtree(t) & unit.tokens
    owner = _described(t)
    np = noun_phrase(doc, owner, unit.tokens) - app - {min(app) - 1}  # and the comma before it
    if not np:
        return True
    verb = "are" if owner.tag_ in ("NNS", "NNPS") else "is"
    last = max(np)
    new = Unit(np | app, head=owner, replace={last: doc[last].text + f" {verb} "})
    # "The gunman, John Smith, shot …": the name is who shot; the description goes
    gone = np if _named_after(t) else app
    unit.tokens -= gone | adjacent_punct(doc, app, t.sent) | before_punct(doc, app)
    out.append(new)
    return True


def _described(t: Token) -> Token:
    """The noun an appositive describes: the one it hangs on, or, for a person ("a 47-year-old
    man") hung on a thing after "of", the noun before "of" ("The driver of the Kelton train, a
    47-year-old man, …": the driver, not the train)."""
    head = t.head
    if t.lemma_.lower() in PEOPLE_NOUNS and head.lemma_.lower() not in PEOPLE_NOUNS \
            and head.ent_type_ != "PERSON" and head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.pos_ == "NOUN":
        return head.head.head
    return head


def _named_after(t: Token) -> bool:
    """Whether an appositive names the person its noun describes ("Golden girl of the screen,
    Ada Voss, …", "The defence minister, Rustem Umerov, …"): a person's name after a common
    noun."""
    return t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.head.pos_ == "NOUN" \
        and t.head.ent_type_ != "PERSON"


def as_well_as(doc: Doc, unit: Unit, t: Token, out: list[Unit]) -> bool:
    """"agreed to swap all wounded prisoners, as well as prisoners under 25": two things done,
    each a claim ("A and B" stays whole: "Putin and Zelensky met" is one meeting)."""
    if not (
        t.dep_ == "conj"
        and t.pos_ in ("NOUN", "PROPN")
        and t.head.i in unit.tokens
        and _as_well_as(t)
        and t.head.dep_ in ("dobj", "nsubj", "nsubjpass")
    ):
        return False
    second = subtree(t) & unit.tokens
    marks = set().union(
        *(subtree(c) for c in t.head.children if c.dep_ == "cc" and t.head.i < c.i < t.i)
    )
    cut = marks | before_punct(doc, marks)
    first = noun_phrase(doc, t.head, unit.tokens) - second - cut
    if not marks or max(first) + 1 < min(cut):
        return True  # the first thing is not what "as well as" follows: a misparse
    new = Unit(unit.tokens - first - cut, head=unit.head)
    unit.tokens -= second | cut
    out.append(new)
    return True


def coordinated_clause(doc: Doc, unit: Unit, t: Token, out: list[Unit]) -> bool:
    """"A happened and B happened": the second clause is a claim of its own; "… and Ukraine said
    CONTENT" is Ukraine's. Left alone when cutting it would leave a preposition without its
    object (the parse misled)."""
    if not (t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX")
            and (_clause_chain(t.head, unit.head) or _misattached_conj(t, unit.head))):
        return False
    cc = {c.i for c in t.head.children if c.dep_ in ("cc", "preconj") and t.head.i < c.i < t.i}
    cc |= {c.i for c in t.children if c.dep_ == "cc" and c.i < t.i}
    if not cc:
        return True
    clause = subtree(t) & unit.tokens
    new = _conjunct(unit, t, clause)
    if new is None:
        return True
    rest = unit.tokens - clause - cc - before_punct(doc, clause)
    if broken(doc, rest) or broken(doc, new.tokens):
        return True
    unit.tokens = rest
    peel(doc, new, out)
    out.append(new)
    return True


def _conjunct(unit: Unit, t: Token, clause: set[int]) -> Unit | None:
    """The unit of a coordinated clause: its reported content with its own speaker, or the clause
    with the subject (and auxiliaries) it shares; None when no subject agrees with it."""
    rep = reporting(t)
    if rep is not None and rep[2] and rep[0] is t:  # "… and Ukraine said CONTENT"
        return Unit(set().union(*(subtree(c) for c in rep[2])) & unit.tokens, head=rep[2][0],
                    speaker=speaker_text(rep[1]))
    new = Unit(set(clause), head=t)
    if not any(c.dep_ in SUBJECTS for c in t.children):
        subj = _inherited_subject(t)
        if subj is None:
            return None
        new.tokens |= subtree(subj) & unit.tokens
        if t.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in t.children):
            # "he had been living … and sleeping …": the second verb shares "had been"
            new.tokens |= {
                c.i for c in t.head.children if c.dep_ in ("aux", "auxpass") and c.i in unit.tokens
            }
    return new


def adding_that(doc: Doc, unit: Unit, t: Token, out: list[Unit]) -> bool:
    """"…, adding that CONTENT": the content is a claim of its own (the speaker's)."""
    if not (
        t.dep_ in ("advcl", "conj") and t.lemma_ in REPORTING_VERBS and t.head.i == unit.head.i
    ):
        return False
    rep = reporting(t)
    comps = [c for c in t.children if c.dep_ == "ccomp"]
    if comps and (rep is None or rep[0] is t):
        clause = subtree(t) & unit.tokens
        new = Unit(subtree(comps[0]) & unit.tokens, head=comps[0])
        unit.tokens -= clause | before_punct(doc, clause)
        out.append(new)
    return True


def adverbial_clause(doc: Doc, unit: Unit, t: Token, out: list[Unit]) -> bool:
    """"… when police arrived": an adverbial clause with its own named subject (`_adverbial`)."""
    if t.dep_ != "advcl":
        return False
    clause = subtree(t) & unit.tokens
    new = _adverbial(doc, t, clause)
    rest = unit.tokens - clause - before_punct(doc, clause)
    if new is None or broken(doc, rest):
        return True
    unit.tokens = rest
    out.append(new)
    return True


# the order handlers are tried in, on nouns and then on verbs
_NOMINAL: tuple[Handler, ...] = (relative_clause, appositive, as_well_as)
_CLAUSAL: tuple[Handler, ...] = (coordinated_clause, adding_that, adverbial_clause)


def _as_well_as(noun: Token) -> bool:
    """Whether a coordinated noun joins its head with "as well as"."""
    cc = [c for c in noun.head.children if c.dep_ == "cc" and noun.head.i < c.i < noun.i]
    return any(" ".join(w.lower_ for w in c.subtree) == "as well as" for c in cc)


def _misattached_conj(verb: Token, head: Token) -> bool:
    """A finite verb the parser hung on an infinitive under the main verb ("Ukraine and Russia
    agreed to hold an exchange and swapped memorandums"): it is coordinated with the main verb."""
    inf = verb.head
    return (verb.tag_ in ("VBD", "VBZ", "VBP") and inf.tag_ == "VB" and inf.dep_ == "xcomp"
            and _clause_chain(inf.head, head))


def _list_member(doc: Doc, t: Token) -> bool:
    """Whether an "appositive" is the second of a list the parser misread: "Coach Ann Berg, her
    assistant and three players were hurt" names three people, not what Berg is. It has a
    conjunct of its own, no comma or dash closes it ("Ann Berg, the coach and owner, said" is an
    appositive), and it does not open with "a" or "an" ("…, said Ann Berg, a coach and
    owner." says what Berg is)."""
    after = t.right_edge.i + 1
    return (any(c.dep_ == "conj" for c in t.children)
            and doc[t.left_edge.i].lower_ not in ("a", "an")
            and not (after < len(doc) and doc[after].text in SET_OFF_MARKS))


def _counted(noun: Token) -> bool:
    """Whether a noun has a number on it: "Seven AK-47s, three other rifles" is a list, not a
    noun and its appositive."""
    return noun.like_num or any(
        c.dep_ == "nummod" or c.like_num or c.lower_ in QUANTIFIERS for c in noun.children
    )


def _inherited_subject(verb: Token) -> Token | None:
    """The subject a coordinated verb shares: the nearest verb up the chain whose subject agrees."""
    v = verb.head
    while True:
        subj = next((c for c in v.children if c.dep_ in SUBJECTS), None)
        if subj is not None and subj.dep_ != "expl" and _agrees(verb, subj):
            return subj
        if subj is not None and subj.dep_ == "expl":
            return None
        if v.head == v:
            return None
        v = v.head


def _clause_chain(tok: Token, head: Token) -> bool:
    """Whether `tok` is `head` or coordinated with it (conj of conj …)."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok == head


def _agrees(verb: Token, subj: Token) -> bool:
    """Rough number agreement, to catch a conjunct attached to the wrong verb."""
    plural = (
        subj.tag_ in ("NNS", "NNPS")
        or subj.lower_ in ("they", "we")
        or any(c.dep_ == "conj" for c in subj.children)
    )
    return not (verb.tag_ == "VBZ" and plural)
