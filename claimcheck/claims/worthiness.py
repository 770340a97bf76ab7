"""Check-worthiness: whether a sentence, or a unit of one, holds something to check.

Decides which sentences are dropped before splitting, and why: questions, calls to action,
opinions without a figure, fragments, a sentence that only says who spoke, and text with no name,
number, date or concrete event.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..lexicon import LIGHT_VERBS, OPINION_MODALS, SPEECH_VERBS, VERBS_LIKE_NOUNS
from .tokens import QUOTES, SUBJECTS, TIME_UNITS, VALUE_ENTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# entity labels of a doer named ("Hale resigned"), not a number ("one denied")
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})

NOT_CHECKABLE = "no checkable content (no name, number, date or concrete event)"


# words that bring in a figure after a verb ("increases by 6.5 percent", "totals about $4.8bn")
FIGURE_LEADS = frozenset({"by", "to", "about", "around", "nearly", "almost", "roughly", "more",
                          "less", "over", "under", "some", "$", "€", "£", "a", "an"})

ATTRIBUTION_ONLY = "attribution only (who said it; what was said is in another sentence)"


def not_checkworthy(sent: Span, headline: bool) -> str | None:
    """Why a sentence is not worth checking, or None."""
    text = sent.text.strip().strip(QUOTES + "'‘’ ")
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words:
        return "no words"
    if text.endswith("?"):
        return "question"
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    first = words[0]
    if (
        root.tag_ in ("VB", "VBP")
        and not subjects
        and (first == root or first.lower_ in ("please", "let", "do", "don't"))
    ):
        return "call to action or exhortation"
    heads = [root] + [c for c in root.children if c.dep_ in ("ccomp", "parataxis")]
    modal = any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in OPINION_MODALS
        for h in heads
        for c in h.children
    )
    if modal or (root.lemma_ == "need" and not headline):
        if not any(
            (t.like_num and t.lower_ != "one") or t.ent_type_ in VALUE_ENTS - {"ORDINAL"}
            for t in sent
        ):
            return "opinion or exhortation (no checkable value)"
    if not checkable(sent.doc, [t.i for t in sent]):
        return NOT_CHECKABLE
    if (
        root.lemma_ in SPEECH_VERBS
        and root == words[-1]
        and len(words) <= 5
        and not any(t.like_num for t in words)
        and all(c.dep_ in ("nsubj", "punct") for c in root.children)
    ):
        return ATTRIBUTION_ONLY  # "James Clark said." after the quote
    if not headline and not any(t.pos_ in ("VERB", "AUX") for t in sent) \
            and not any(verb_read_as_noun(t) for t in words[1:-1]):
        return "fragment (no verb)"
    if len(words) < 3 and not headline and not named_act(words):
        return "fragment"
    return None


def verb_read_as_noun(t: Token) -> bool:
    """Whether the tagger took a verb for a noun (`VERBS_LIKE_NOUNS`: "The budget totals about
    $4.8 billion", "Police funding increases by 6.5 percent", "Tom Hale cost Orvik £25
    million"): after a noun, before a figure (three words on at most) or the words that bring
    one in, not before "and" ("tax increases and cuts") or a preposition ("spending cuts in
    2031")."""
    ahead = t.doc[t.i + 1:t.i + 4]  # "cost Velk £25 million", "projects inflation of 2.5%"
    return t.tag_ in ("NN", "NNS") and t.lower_ in VERBS_LIKE_NOUNS and t.nbor(-1).pos_ in (
        "NOUN", "PROPN") and ahead[0].lower_ != "and" and not (
        ahead[0].pos_ == "ADP" and ahead[0].lower_ not in FIGURE_LEADS) and any(
        n.like_num or n.ent_type_ in VALUE_ENTS or n.i == t.i + 1 and n.lower_ in FIGURE_LEADS
        for n in ahead)


def named_act(words: list[Token]) -> bool:
    """Whether two words are a named doer and what they did ("Hale resigned", "Roe escaped"):
    a claim, short as it is."""
    return len(words) == 2 and (words[0].ent_type_ in NAMED or words[0].pos_ == "PROPN") \
        and words[0].dep_ in SUBJECTS and words[1].pos_ == "VERB" and words[0].head == words[1]


def has_checkable(doc: Doc, toks: Iterable[int]) -> bool:
    """A name, a number, a date or time, or "a/an + time unit" ("a little over an hour")."""
    return any(
        doc[i].ent_type_
        or doc[i].pos_ == "PROPN"
        or doc[i].like_num
        or doc[i].lower_ in ("a", "an")
        and i + 1 < len(doc)
        and doc[i + 1].lemma_ in TIME_UNITS
        for i in toks
    )


def _has_event(doc: Doc, toks: Iterable[int]) -> bool:
    """An action with a concrete participant ("We agreed to exchange … prisoners of war"),
    as opposed to a judgement ("The meeting is over", "It didn't end negatively")."""
    keep = set(toks)
    verb = any(doc[i].pos_ == "VERB" and doc[i].lemma_ not in LIGHT_VERBS for i in keep)
    noun = any(
        doc[i].pos_ in ("NOUN", "PROPN")
        and doc[i].dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "pobj")
        for i in keep
    )
    return verb and noun


def checkable(doc: Doc, toks: Iterable[int]) -> bool:
    toks = list(toks)
    return has_checkable(doc, toks) or _has_event(doc, toks)
