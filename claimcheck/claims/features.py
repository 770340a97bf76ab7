"""Grouping features of a claim: what grouping compares besides the values.

Decides a claim's frame (content lemmas, values masked), its names, its event qualifiers
(ordinals, dates), whether it is negated or points back to an earlier sentence, and who does
what to whom (doer, core, parties).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..lexicon import EMPTY_VERBS, MONTHS, NEGATIONS, ORDINALS, REPORTING_VERBS
from ..values import resolve_date
from .tokens import PRONOUNS, QUOTES, VALUE_ENTS, clean_name
from .unit import Unit

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# dependencies of a clause that sets the scene of a claim rather than stating it: "after
# telling reporters she did not need help, she checked in" (adverbial), "the man who did not stop
# was arrested" (relative), "a plan not seen before" (a clause on a noun); a "not" inside one
# negates that clause, not the claim
SCENE_CLAUSES = frozenset({"advcl", "relcl", "acl", "pcomp", "csubj", "amod"})


def is_negated(doc: Doc, toks: list[int], top: Token | None = None) -> bool:
    """Whether the claim denies its statement: "not"/"never" on a verb, or "no"/"nothing"/"none" as
    the subject or object of its main verb ("Russia made no offer", "None of the teams offered
    …"), not a negative deep inside ("yielded a swap but no sign of peace") nor in a clause that
    only sets the scene of the claim headed by `top` (`SCENE_CLAUSES`)."""
    inside = set(toks)
    for i in toks:
        t = doc[i]
        if t.dep_ == "neg" or t.lower_ in ("never", "neither", "nor"):
            if _bears_on(t.head, top):
                return True
        if t.lower_ in NEGATIONS:
            head = t.head if t.dep_ == "det" else t
            if (
                head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "ROOT")
                and head.head.i in inside
                and head.head.pos_ in ("VERB", "AUX")
                and _bears_on(head.head, top)
            ):
                return True
            if t.lower_ == "without" and t.head.pos_ == "VERB" and _bears_on(t.head, top):
                return True
    return False


def _bears_on(word: Token, top: Token | None) -> bool:
    """Whether a negated word bears on the claim's head `top`: it is the head, or the head
    reaches it through what the claim states (a complement, a conjunct), not through a clause
    that sets the scene. Without a head, every negation counts."""
    if top is None:
        return True
    while word.i != top.i:
        if word.dep_ in SCENE_CLAUSES or word.head.i == word.i:
            return False
        word = word.head
    return True


def anaphoric(unit: Unit) -> bool:
    """Whether the unit's subject points back ("The meeting", "they"), so earlier sentences of
    the paragraph say which event it is about."""
    head = unit.head
    subj = (
        next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if head is not None
        else None
    )
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return True
    dets = [c.lower_ for c in subj.children if c.dep_ == "det"]
    return bool(dets) and dets[0] in ("the", "this", "that", "these", "those") and not any(
        c.dep_ == "prep" for c in subj.children)


def frame_of(doc: Doc, toks: list[int], unit: Unit, spans: Sequence[tuple[int, int]] = ()) -> str:
    """Lemmas of content words with values masked: what the claim says, minus its numbers.

    `spans` are the value mentions' character spans, hedges included ("a little over an hour"),
    masked whole. Verbs stay even when spaCy lists them as stop words ("last", "give", "make"):
    they say what happened."""
    out: list[str] = []
    for i in toks:
        t = doc[i]
        if t.is_punct or t.is_space or t.text in QUOTES:
            continue
        if _month_day(doc, i):
            continue  # "(Jun 2)": a date the recogniser read as a month noun and a number
        if i in unit.replace:
            # "he met …" reads "Zelenskyy met …": the frame says what the claim's text says
            out.extend(w.lower() for w in re.findall(r"[\w'’-]+", unit.replace[i])
                       if not doc.vocab[w.lower()].is_stop and not doc.vocab[w.lower()].like_num)
            continue
        if any(a <= t.idx < b for a, b in spans):
            mask = (
                f"<{(t.ent_type_ or 'num').lower()}>"
                if t.ent_type_ in VALUE_ENTS or t.like_num
                else None
            )
            if mask and mask not in ("<date>", "<ordinal>") and (not out or out[-1] != mask):
                out.append(mask)
            continue
        if t.ent_type_ in VALUE_ENTS or t.like_num:
            if not out or out[-1] != f"<{t.ent_type_.lower() or 'num'}>":
                if t.ent_type_ not in ("DATE", "ORDINAL"):
                    out.append(f"<{t.ent_type_.lower() or 'num'}>")
            continue
        if (
            t.is_stop
            and t.dep_ != "neg"
            and not (t.pos_ == "VERB" and t.lemma_ not in EMPTY_VERBS)
            or t.lemma_ in REPORTING_VERBS
            and t.dep_ == "ROOT"
        ):
            continue
        out.append(t.lemma_.lower() if t.pos_ != "PROPN" else t.text.lower())
    return " ".join(out)


def doer_of(doc: Doc, unit: Unit, speaker: str | None) -> str:
    """Who does what the claim says, when the text names them: the subject's name or the name on
    it ("Russian negotiators" → "Russian"), the agent of a passive, the speaker for a pronoun read
    as the speaker and for I / we, or "my" / "our" on the subject of "… is to" in the speaker's
    own words ("My desire is to bring Putin and Zelensky together"); empty otherwise."""
    verb = unit.head
    if verb is None or unit.facet:
        return ""
    kids = [c for c in verb.children if c.i in unit.tokens]
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if any(c.dep_ == "nsubjpass" for c in kids):
        agent = next((c for c in kids if c.dep_ == "agent"), None)
        subj = (
            next((c for c in agent.children if c.dep_ == "pobj"), None)
            if agent is not None
            else None
        )
    if subj is None:
        return ""
    if subj.i in unit.replace:
        return unit.replace[subj.i].strip()  # a pronoun read as the speaker's name
    if speaker and (
        subj.lower_ in ("i", "we")
        or verb.lemma_ == "be"
        and any(c.dep_ == "xcomp" for c in kids)
        and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in subj.children)
    ):
        return speaker
    named = [subj] + [c for c in subj.children if c.dep_ in ("amod", "compound", "poss")]
    doer = next(
        (clean_name(t.text) for t in named if t.ent_type_ in ("PERSON", "GPE", "ORG", "NORP")), ""
    )
    return "" if doer.lower() in PRONOUNS else doer


# the links from a word up to the claim's verb through which a name is what the doing is done to
# or with ("bring Putin and Zelensky together", "a summit involving Putin"), not the subject of
# another clause or a place in an aside
_PARTY_LINKS = frozenset(
    "dobj pobj prep pcomp conj cc appos acl xcomp attr nmod compound dative oprd".split()
)


def parties_of(doc: Doc, unit: Unit) -> tuple[str, ...]:
    """The names (people, countries, organisations) that the claim's verb acts on or with."""
    out = []
    for e in doc.ents:
        if e.label_ not in ("PERSON", "GPE", "ORG", "NORP") or e.root.i not in unit.tokens:
            continue
        tok, ok = e.root, True
        while tok.i != unit.head.i and ok:
            ok = tok.dep_ in _PARTY_LINKS and tok.head is not tok
            tok = tok.head
        name = clean_name(e.text)
        if ok and name not in out:
            out.append(name)
    return tuple(out)


def core_of(doc: Doc, unit: Unit, doer: str) -> tuple[str, str, str] | None:
    """Who did what to what, when the claim's verb has both a named doer (`doer_of`) and an object:
    "Russian negotiators handed a detailed memorandum to …" → ("Russian", "hand", "memorandum");
    "A memorandum was handed over by Russia" → ("Russia", "hand", "memorandum")."""
    verb = unit.head
    if not doer or verb.pos_ != "VERB" or verb.lemma_ in EMPTY_VERBS:
        return None
    kids = [c for c in verb.children if c.i in unit.tokens]
    obj = next((c for c in kids if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.pos_ != "NOUN":
        return None
    return doer.split()[-1], verb.lemma_.lower(), obj.lemma_.lower()


def _month_day(doc: Doc, i: int) -> bool:
    """Whether token i is the month or the day of a "Jun 2" the recogniser did not call a date."""
    t = doc[i]
    if t.ent_type_ == "DATE":
        return False

    def month(tok: Token) -> bool:
        return tok.lower_.rstrip(".") in MONTHS

    return (month(t) and i + 1 < len(doc) and doc[i + 1].like_num
            or t.like_num and i > 0 and month(doc[i - 1]) and doc[i - 1].ent_type_ != "DATE")


_IDENTIFYING_ENTS = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC", "EVENT", "PRODUCT",
                               "WORK_OF_ART", "LAW"})


def entities_of(doc: Doc, toks: list[int], unit: Unit) -> tuple[tuple[str, str], ...]:
    """The names in the claim with their labels; a country in a person's title ("Ukraine's
    President Volodymyr Zelenskyy", "US President Donald Trump") says whose, not where: NORP."""
    keep = set(toks)
    seen = []
    for e in doc.ents:
        if e.label_ in _IDENTIFYING_ENTS and e.start in keep:
            item = (
                clean_name(e.text),
                "NORP" if e.label_ == "GPE" and _titles_person(doc, e) else e.label_,
            )
            if item not in seen:
                seen.append(item)
    return tuple(seen)


def _titles_person(doc: Doc, e: Span) -> bool:
    """Whether a place names whose a person is, not where: the place, its "'s", one or two title
    words and the person's name ("Ukraine's President Volodymyr Zelenskyy", "US President Donald
    Trump", "Iran's Foreign Minister …"). Longer titles are offices ("Los Angeles County
    Sheriff's Deputy Jerry Ortiz"): their place is where the person serves, and it stays one."""
    i = e.end + (e.end < len(doc) and doc[e.end].lower_ in ("'s", "’s"))
    for n in (1, 2):
        title = doc[i:i + n]
        if (
            len(title) == n
            and all(t.is_alpha and t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ for t in title)
            and i + n < len(doc)
            and doc[i + n].ent_type_ == "PERSON"
            and doc[i + n].ent_iob_ == "B"
        ):
            return True
    return False


# the ordinals that say which round or session of an event a sentence is about, as the
# recogniser writes them (words up to "tenth", figures up to "5th")
_ORDINALS = {w: n for w, n in ORDINALS.items() if n <= 10} | {
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
}


def qualifiers_of(sent: Span, date: str | None) -> tuple[str, ...]:
    """What identifies which event a sentence is about: ordinals ("second round") and dates."""
    out = []
    for e in sent.ents:
        if e.label_ == "ORDINAL" and e.root.head.lemma_ not in ("time", "day", "place", "half"):
            n = _ORDINALS.get(e.text.lower())
            if n:
                out.append(f"ordinal:{n}")
        elif e.label_ == "DATE":
            iso = resolve_date(e.text, date)
            if iso:
                out.append(f"date:{iso}")
    return tuple(dict.fromkeys(out))
