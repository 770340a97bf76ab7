"""Token-set helpers shared by the claim modules: spans, the punctuation around them, names.

They decide nothing about claims; they keep the splitting and attribution code short. The
constants are the parser's vocabulary (entity labels, dependency labels); the words claim modules
read are in `lexicon.py` (re-exported here: `PRONOUNS`, `QUOTES`, `TIME_UNITS`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import (
    CONDITION_MARKS,
    CROWD_NOUNS,
    CURRENCIES,
    PRONOUNS,
    QUOTES,
    REMAINS,
    SCALE_NOUNS,
    SCALE_SUFFIXES,
    TIME_UNITS,
)
from .unit import Unit

__all__ = [
    "PRONOUNS",
    "QUOTES",
    "SUBJECTS",
    "TIME_UNITS",
    "VALUE_ENTS",
    "adjacent_punct",
    "before_punct",
    "broken",
    "clean_name",
    "counted_noun",
    "kicker",
    "noun_phrase",
    "SET_OFF_MARKS",
    "set_off",
    "subtree",
    "told_in_past",
    "trim",
]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# dependency labels of a clause's subject
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
# entity labels that hold a value (a figure, a date, a time)
VALUE_ENTS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "TIME", "DATE", "ORDINAL"})


def subtree(tok: Token) -> set[int]:
    """The indices of a token and everything under it."""
    return {t.i for t in tok.subtree}


# marks that set a clause or an appositive off from the sentence around it
SET_OFF_MARKS = (",", "-", "–", "—")


def adjacent_punct(doc: Doc, toks: set[int], sent: Span) -> set[int]:
    """Commas and dashes right around a removed span, so the rest reads cleanly."""
    if not toks:
        return set()
    lo, hi = min(toks), max(toks)
    out = set()
    if hi + 1 < sent.end and doc[hi + 1].text in (*SET_OFF_MARKS, ":"):
        out.add(hi + 1)
    elif lo - 1 >= sent.start and doc[lo - 1].text in SET_OFF_MARKS:
        out.add(lo - 1)
    return out


def before_punct(doc: Doc, toks: set[int]) -> set[int]:
    """The comma or dash right before a span."""
    lo = min(toks) - 1
    return {lo} if lo >= 0 and doc[lo].text in SET_OFF_MARKS else set()


def set_off(doc: Doc, tok: Token, *, commas_only: bool) -> bool:
    """Whether a clause is set off by a comma or dash before it (non-restrictive)."""
    left = tok.left_edge.i - 1
    marks = SET_OFF_MARKS if commas_only else (*SET_OFF_MARKS, "(")
    return left >= 0 and doc[left].text in marks


def noun_phrase(doc: Doc, noun: Token, allowed: set[int]) -> set[int]:
    """The noun with its modifiers, without clauses hanging off it; a word written onto it with
    a hyphen is part of it, modifiers and all ("Hale's co-defendant", which the parser may cut
    into "co", "-", "defendant")."""
    out = {noun.i}
    for word in [noun, *_hyphened_onto(doc, noun.i)]:
        out.add(word.i)
        for c in word.children:
            if c.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj"):
                continue
            out |= subtree(c)
    return {i for i in out if i in allowed or i == noun.i}


def _hyphened_onto(doc: Doc, i: int) -> list[Token]:
    """The words and hyphens written onto token `i` from the left with no space ("co-")."""
    out = []
    while i >= 2 and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha:
        out += [doc[i - 1], doc[i - 2]]
        i -= 2
    return out


def trim(doc: Doc, unit: Unit) -> None:
    """Drop dangling connectives and punctuation at the edges of a unit; a condition's mark
    stays ("If the dam fails, …" is no claim that it failed)."""
    toks = sorted(unit.tokens)
    while toks and (
        doc[toks[0]].is_punct or doc[toks[0]].is_space or doc[toks[0]].dep_ == "cc"
        or doc[toks[0]].dep_ == "mark" and doc[toks[0]].lower_ not in CONDITION_MARKS
    ):
        toks.pop(0)
    while toks and (doc[toks[-1]].is_punct and doc[toks[-1]].text not in FIGURE_MARKS
                    or doc[toks[-1]].dep_ == "cc"):
        toks.pop()
    unit.tokens = set(toks)


# marks the tagger calls punctuation that belong to the figure before them ("almost 90%"): a
# unit ending in one keeps it
FIGURE_MARKS = frozenset({"%", "‰", "°"})


def broken(doc: Doc, toks: set[int]) -> bool:
    """Whether a split left a preposition without its object (a sign the parse misled it)."""
    if toks and doc[max(toks)].pos_ == "ADP" and doc[max(toks)].dep_ in ("prep", "agent"):
        return True
    return any(
        doc[i].dep_ in ("prep", "agent")
        and doc[i].pos_ == "ADP"
        and any(c.dep_ in ("pobj", "pcomp") for c in doc[i].children)
        and not any(c.i in toks for c in doc[i].children if c.dep_ in ("pobj", "pcomp"))
        for i in toks
    )


def kicker(sent: Span) -> set[int]:
    """A headline's label before a colon or bar ("Recap | …", "War latest: …"), or the source
    it names after a last colon ("Storm kills 12 in Ohio: police", "…: U.S. judge"): a few
    words with no verb, preposition or figure, after a statement longer than a label."""
    toks = [t for t in sent if not t.is_space]
    tail = next((t for t in reversed(toks[-(TAIL_WORDS + 2):]) if t.text == ":"), None)
    if tail is not None and tail.i - sent.start > LABEL_WORDS and not any(
            t.pos_ in ("VERB", "AUX", "ADP", "NUM") or t.like_num or t.ent_type_ in ("DATE", "TIME")
            for t in toks if t.i > tail.i):  # no "…: March 20", no "…: Girl returns to UK"
        return set(range(tail.i, sent.end))
    for t in toks[:7]:
        if t.text in (":", "|") and t.i > sent.start:
            return set(range(sent.start, t.i + 1))
    return set()


# the most words a headline's label before a colon has ("War latest:"), and a source's after
# one ("…: U.S. judge")
LABEL_WORDS = 3
TAIL_WORDS = 4


def clean_name(text: str) -> str:
    """A name without a leading "the" or a trailing "'s"."""
    text = re.sub(r"(?:'s|’s)$", "", text.strip())
    return re.sub(r"^(?:the|The)\s+", "", text).strip(" ,")


def governing_words(tok: Token) -> str | None:
    """The words of what happened to the thing a number counts, from the parse: the verb its
    noun is the subject or object of, with the verbs joined to it that share the subject, as
    written, lower-cased ("One man was shot and killed": "shot killed", but not "executed two
    and wounded a third"; "Three people, one of them a woman, were killed": "killed"; "Two
    members are under arrest": "are arrest"; "one is believed to have been arrested":
    "believed arrested"); None when the noun is neither."""
    t = tok
    while t.dep_ in ("nummod", "quantmod", "compound") and t.head is not t:
        t = t.head  # "Three | people"
    while t.dep_ in ("conj", "appos") and t.head is not t:
        t = t.head  # "two women and one | man": the first of them
    if t.dep_ not in ("nsubj", "nsubjpass", "dobj") or t.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = t.head
    said = [verb] + [c for c in verb.children if c.pos_ in ("VERB", "AUX") and (
        c.dep_ == "xcomp" or c.dep_ == "conj" and t.dep_ != "dobj"
        and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children))]
    said += [c for x in said if x.dep_ == "xcomp" for c in x.children
             if c.dep_ == "xcomp" and c.pos_ == "VERB"]  # "believed to have been arrested"
    said += [p for c in verb.children if c.dep_ == "prep" for p in c.children
             if p.dep_ == "pobj"]  # "are under arrest"
    return " ".join(w.lower_ for w in sorted(said, key=lambda w: w.i))


def counted_noun(tok: Token) -> str | None:
    """The noun a number counts: its head noun, or the noun after "of" ("hundreds of children");
    for a length, the thing it is the length of ("a ceasefire of two days": ceasefire). The
    people in a crowd are "people" whatever the article calls them (protesters, demonstrators)."""
    if (whole := _whole_of_part(tok)) is not None:
        return whole.lemma_.lower()  # "1.2 million patients, 390,000 of whom": patients too
    t = tok
    while t.dep_ == "compound" and t.head.pos_ == "NUM" and t.head != t:
        t = t.head  # "seven | AK-47 rifles": the number hangs on the model name
    noun: Token | None
    if t.dep_ in ("nummod", "quantmod") and t.head.pos_ in ("NOUN", "PROPN"):
        noun = t.head
    elif t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound":
        noun = t
    else:
        noun = t.head if t.head.pos_ in ("NOUN", "PROPN") else None
    if noun is None or noun.lower_.rstrip(".") in SCALE_SUFFIXES or noun.i == tok.i and any(
            c.isdigit() for c in noun.text):
        return None  # "US$12b", "$430 m": the figure itself, and the scale written onto it
    pobj = [
        c
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for c in p.children
        if c.dep_ == "pobj"
    ]
    if noun.lemma_.lower() in SCALE_NOUNS:
        if not pobj:
            return None  # "tens of thousands who marched": counts nothing named
        noun = pobj[0]
    if (noun.lemma_.lower() in TIME_UNITS and noun.dep_ == "pobj" and noun.head.lower_ == "of"
            and noun.head.head.pos_ == "NOUN"):
        noun = noun.head.head  # "a ceasefire of two to three days": the length of the ceasefire
    elif noun.i == tok.i and noun.lemma_.lower() in TIME_UNITS:
        if noun.dep_ in ("nmod", "amod") and noun.head.pos_ == "NOUN":
            noun = noun.head  # "a 90-day court-ordered stint": the length of the stint
        elif pobj:
            noun = pobj[0]  # "90 days of treatment"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in REMAINS:
        return "body"  # "the bodies of 6,000 soldiers" counts bodies, as "6,000 bodies" does
    lemma = noun.lemma_.lower()
    if lemma in CURRENCIES:
        return None  # "340 million euros": the currency, which the value's unit says
    return "people" if lemma in CROWD_NOUNS else lemma


def _whole_of_part(tok: Token) -> Token | None:
    """The noun a relative clause's "N of whom" / "N of which" counts a part of ("the records of
    1.2 million patients, about 390,000 of whom had their numbers exposed"): the noun the clause
    hangs on; None when the number is no such part."""
    of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
          for p in c.children if p.dep_ == "pobj" and p.lower_ in ("whom", "which")]
    if not of:
        return None
    if tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return tok.head.head
    start = tok.left_edge.i  # the parse may hang the clause elsewhere: the noun before its comma
    if start < 2 or tok.doc[start - 1].text != ",":
        return None
    before = tok.doc[start - 2]
    return before if before.pos_ in ("NOUN", "PROPN") else None


def told_in_past(tok: Token) -> bool:
    """Whether the verb a token hangs from is in the past tense with no modal ("discovered it on
    3 March", "did not disclose it until 24 March"; not "would be held on 3 March"): a day
    written without its year is then on or before the article's day."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    if t.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    return not any(c.tag_ == "MD" for c in aux) and (
        t.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux))


def clause_noun(verb: Token) -> Token:
    """The noun a relative clause is about: the one the parse hangs it on, unless the clause's
    verb agrees in number only with the noun that one belongs to, or with the noun of its "of"
    ("Parliamentary elections in Vesk, which are planned for May": the elections, not Vesk;
    "residents of Kelton, which was flooded": Kelton)."""
    noun = verb.head
    plural = _plural_verb(verb)
    if plural is None or _plural_noun(noun) == plural:
        return noun
    up = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    down = [p for c in noun.children if c.dep_ == "prep" and c.i < verb.i
            for p in c.children if p.dep_ == "pobj"]
    agrees = [n for n in (up, *down[-1:]) if n is not None and n.pos_ in ("NOUN", "PROPN")
              and _plural_noun(n) == plural]
    return agrees[0] if len(agrees) == 1 else noun


def _plural_verb(verb: Token) -> bool | None:
    """Whether a verb (or its first auxiliary) is plural ("are", "were", "have"), singular
    ("is", "was", "has"), or does not say (None: "will be", past tense)."""
    said = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), verb)
    return {"VBP": True, "VBZ": False}.get(said.tag_) if said.lower_ not in ("were", "was") \
        else said.lower_ == "were"


def _plural_noun(noun: Token) -> bool:
    """Whether a noun is plural ("elections", not "Vesk")."""
    return noun.tag_ in ("NNS", "NNPS")
