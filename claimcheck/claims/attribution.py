"""Attribution: every rule that decides who said a claim.

- reported speech: "X said (that) CONTENT", "CONTENT, X said", "according to X" (`reported_speech`,
  `reporting`); "X said A and added that B" makes B X's too (`added_contents`);
- the speaker's name: the person a phrase names, not its clauses (`speaker_text`); a pronoun or a
  surname is the full name seen earlier in the source (`resolve_speaker`);
- "Zelenskyy said he met …" reads "Zelenskyy met …" when the pronoun fits the speaker
  (`pronoun_to_speaker`);
- which speaker a unit gets: none for the article's own words inside a reporting clause, its own
  for "… and Ukraine said CONTENT", later for a quote whose speaker comes after it
  (`speaker_of`, `PENDING`).

A unit's speaker that is a coordinated "… and Ukraine said CONTENT" is set where the clause is
split (`split.py`); the article's own words inside a reporting clause are marked there too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Final

from ..lexicon import CONDITION_MARKS, GROUP_SPEAKERS, QUESTION_WORDS, REPORTING_VERBS
from .tokens import PRONOUNS, adjacent_punct, clean_name, subtree
from .unit import Unit

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def reporting(tok: Token) -> tuple[Token, Token, list[Token]] | None:
    """`(verb, subject, complements)` when `tok` frames reported speech ("X said …"), else None.

    The verb is `tok` itself or a reporting verb hanging off it ("CONTENT, X said", or a parse
    that made the speaker the root and "announced" its modifier).
    """
    cands = [tok] + [
        c for c in tok.children if c.dep_ in ("parataxis", "ccomp", "advcl", "acl", "conj")
    ]
    for v in cands:
        if v.lemma_ not in REPORTING_VERBS or v.pos_ not in ("VERB", "AUX"):
            continue
        # the subject nearest the verb: "Two killed in blast; police say …" hangs "Two" off it too
        subj = min((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")),
                   key=lambda c: abs(v.i - c.i), default=None)
        if subj is None and v.dep_ == "acl" and v.head.pos_ in ("PROPN", "NOUN"):
            subj = v.head
        if subj is None or subj.dep_ == "nsubjpass":
            continue
        cut = _semicolon_before(v)
        comps = [
            c for c in v.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")
            and (cut is None or c.i > cut)  # "X sank; officials said …": X is not what they said
        ]
        if comps and all(map(_asked, comps)):
            continue  # "would not say whether the suspect was armed": nobody stated it
        if v is tok and comps:
            return v, subj, comps
        if v is not tok and v.dep_ == "acl" and comps:
            return v, subj, comps
        if v is not tok and not comps and not any(c.dep_ in ("dobj", "xcomp") for c in v.children):
            return v, subj, []
    return None


def _asked(clause: Token) -> bool:
    """Whether a reporting verb's complement is a question, not a statement: "whether" or "if"
    ("asked whether the dam could hold"), or a wh-word opening it ("did not say why the talks
    collapsed", "would not reveal who fired"), unless the wh-word opens the clause's own clausal
    subject ("said what happened was an accident" states something)."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if "that" in marks:
        return False  # "told reporters that she apologizes if …" states that she does
    if marks & CONDITION_MARKS:
        return True
    first = clause.left_edge
    return first.lower_ in QUESTION_WORDS and not any(
        first.i in subtree(c) for c in clause.children if c.dep_ == "csubj")


def speaker_text(tok: Token) -> str:
    """A speaker's name: a person the phrase is about, else the phrase without its clauses; empty
    for a lone determiner ("The also said …", a word lost in the source), which names nobody."""
    doc = tok.doc
    if tok.tag_ == "DT" and not any(True for _ in tok.children):
        return ""
    core = {tok.i} | {
        i
        for c in tok.children
        if c.dep_ in ("compound", "conj", "appos", "amod", "poss", "nmod", "case", "cc")
        for i in subtree(c)
    }
    for e in doc.ents:
        if (
            e.label_ == "PERSON"
            and e.start in core
            and e.root.dep_ != "poss"
            and not doc[e.end - 1].text.endswith("'s")
        ):
            if (
                e.root.i == tok.i
                or e.root.dep_ in ("conj", "appos", "compound")
                or tok.i in range(e.start, e.end)
            ):
                return clean_name(e.text)
    for e in doc.ents:
        if e.label_ in ("ORG", "GPE", "NORP") and tok.i in range(e.start, e.end):
            return clean_name(e.text)
    keep = {tok.i} | {
        i
        for c in tok.children
        if c.dep_ in ("compound", "amod", "poss", "nmod", "case", "det", "cc", "conj", "nummod")
        or c.dep_ == "prep"
        and c.lower_ == "of"
        for i in subtree(c)
    }
    words = [doc[i].text_with_ws for i in sorted(keep)]
    return clean_name(" ".join("".join(words).split()))


def pronoun_to_speaker(doc: Doc, unit: Unit, speaker: str, said: int | None = None) -> None:
    """"Zelenskyy said he met …" → "Zelenskyy met …": a he/she subject is a person speaking, a
    they subject a group speaking ("Police say he fled" is about someone else). A pronoun
    before the reporting verb (`said`, its index) stands for someone named before ("She died
    in her sleep, her spokesman said"): a speaker telling of himself says "I"."""
    subj = next(
        (c for c in unit.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in unit.tokens),
        None,
    )
    if subj is None or subj.lower_ not in ("he", "she", "they") or said is not None and (
            subj.i < said):
        return
    last = speaker.split()[-1]
    group = last.lower() in GROUP_SPEAKERS or (last.islower() and last.endswith("s"))
    if group == (subj.lower_ == "they"):
        unit.replace[subj.i] = speaker + subj.whitespace_


def added_contents(verb: Token, removed: set[int]) -> list[Unit]:
    """"X said CONTENT and added that MORE", "CONTENT, X said, adding that MORE": the second
    content is the same speaker's too."""
    return [Unit(subtree(comp) - removed, head=comp)
            for c in verb.children
            if c.dep_ in ("conj", "advcl") and c.lemma_ in REPORTING_VERBS
            for comp in c.children if comp.dep_ == "ccomp" and comp.pos_ in ("VERB", "AUX")]


def stated_after(verb: Token, removed: set[int]) -> list[Unit]:
    """"CONTENT, X said, and the club signed Y": a clause with its own subject joined to the
    reporting clause is the article's own statement, not the speaker's."""
    out = []
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.lemma_ not in REPORTING_VERBS \
                and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children):
            unit = Unit(subtree(c) - removed, head=c)
            unit.narrated = True
            out.append(unit)
    return out


def stated_before(verb: Token, removed: set[int]) -> list[Unit]:
    """"STATEMENT; police say CONTENT": what stands before a semicolon ahead of the reporting
    clause is the article's own statement ("1 dead, 2 hurt in office shooting; police say the
    suspect had worked there"), which the parse hangs off the reporting verb."""
    cut = _semicolon_before(verb)
    if cut is None:
        return []
    out = []
    for c in verb.children:
        if c.i < cut and c.dep_ != "punct" and max(subtree(c)) < cut:
            unit = Unit(subtree(c) - removed, head=c)
            unit.narrated = True
            out.append(unit)
    return out


def _semicolon_before(verb: Token) -> int | None:
    """The last semicolon the parse hangs off a reporting verb ahead of it, if any."""
    return max((c.i for c in verb.children if c.dep_ == "punct" and c.text == ";"
                and c.i < verb.i), default=None)


@dataclass
class Speech:
    """What a sentence reports and who it says said it."""

    speaker: str | None  # who the sentence names as the speaker, as written
    content: set[int]  # the tokens of what was said (the whole sentence when nobody is reported)
    head: Token  # the head of what was said
    removed: set[int] = field(default_factory=set)  # "according to X" and its punctuation
    verb: Token | None = None  # the reporting verb, when the sentence has one
    has_content: bool = False  # "X said (that) CONTENT", not "CONTENT, X said"


def according_to(sent: Span) -> tuple[str | None, set[int]]:
    """The speaker of "according to X" and the tokens of that phrase (with its comma)."""
    doc = sent.doc
    speaker = None
    removed: set[int] = set()
    for t in sent:
        if t.lower_ == "according" and t.dep_ == "prep":
            objs = [c for c in t.subtree if c.dep_ == "pobj"]
            if objs:
                speaker = speaker_text(objs[0]) or None
            removed |= subtree(t) | adjacent_punct(doc, subtree(t), sent)
    return speaker, removed


def reported_speech(sent: Span) -> Speech:
    """Who a sentence says spoke, and which of its tokens are what was said: "X said (that)
    CONTENT" keeps CONTENT; "CONTENT, X said" cuts the reporting clause; "according to X" is cut
    and names X (a reporting verb's subject wins over it)."""
    doc = sent.doc
    root = sent.root
    speaker, removed = according_to(sent)
    base = {t.i for t in sent} - removed
    rep = reporting(root)
    if rep is None:
        return Speech(speaker, base, root, removed)
    verb, subj, comps = rep
    speaker = speaker_text(subj) or None
    if comps:  # "X said (that) CONTENT"
        return Speech(
            speaker,
            set().union(*(subtree(c) for c in comps)) - removed,
            comps[0],
            removed,
            verb,
            True,
        )
    # "CONTENT, X said": the reporting clause hangs off the content; what the parse hangs off
    # the verb ahead of that clause is content ("won 3-1 in front of 61,212, the league said")
    starts = min(verb.i, *subtree(subj))
    cut = {i for i in subtree(verb) if i >= starts} if verb != root else {verb.i} | subtree(subj)
    return Speech(speaker, base - (cut | adjacent_punct(doc, cut, sent)), root, removed, verb)


def resolve_speaker(speaker: str, persons: list[str], last_speaker: str | None) -> str:
    """A pronoun is the last speaker; "Umerov" or "Defence Minister Rustem Umerov" is the full
    name seen earlier in the source (`persons`, newest last)."""
    if speaker.lower() in PRONOUNS:
        return last_speaker or speaker
    for full in reversed(persons):
        if speaker == full.split()[-1] or speaker.endswith(" " + full):
            return full
    return speaker


class Pending(Enum):
    """The speaker of a quote not yet attributed: a later sentence of the paragraph names it."""

    SPEAKER = "pending"


PENDING: Final = Pending.SPEAKER


def speaker_of(unit: Unit, speaker: str | None, quoted: bool,
               resolve: Callable[[str], str]) -> str | None | Pending:
    """Who said a unit of a sentence whose speaker is `speaker`: nobody for the article's own
    words inside a reporting clause ("…, Zelensky said after talks concluded"); the unit's own
    speaker ("… and Ukraine said CONTENT"); PENDING for a quotation without a speaker yet (the
    next sentence may say who spoke: "“We agreed …” Umerov said."); else the sentence's."""
    if unit.narrated:
        return None
    if unit.speaker:
        return resolve(unit.speaker)
    if speaker is None and quoted:
        return PENDING
    return speaker
