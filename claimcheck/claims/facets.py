"""Facets: what a sentence says in passing, made into claims of their own.

Decides when a named person's age ("the 36-year-old Rahman", "LaCalamita, 38,"), the day of a
numbered event ("the first round of talks on 16 May") and the time span between a start and an
end time in one paragraph ("started at 2:44 p.m. … ended at 4:17 p.m.") are stated, so outlets
can agree or differ on them apart from the rest of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..settings import LIMITS
from ..values import span_between
from .records import Claim
from .unit import Unit

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def person_ages(sent: Span, unit: Unit, aged: set[int]) -> list[Unit]:
    """A named person's age as a claim of its own, taken out of `unit`: "The 36-year-old Rahman is a
    former champion" → "Rahman is a former champion" + "Rahman is 36 years old"; "Anthony
    LaCalamita, 38, was located …" → "… LaCalamita was located …" + "Anthony LaCalamita is 38
    years old". Outlets disagree on ages; inside a longer claim an age would only be compared
    when the rest of the claim matches too."""
    doc = sent.doc
    ents = list(sent.ents)
    out = []
    for k, e in enumerate(ents):
        if e.label_ != "PERSON" or not set(range(e.start, e.end)) <= unit.tokens or (
                e.root.dep_ == "compound" and e.root.head.pos_ == "NOUN"):
            continue  # "a 66-year-old Kelton woman": a name said of a noun, not a person's
        found = _age_beside(sent, e, ents[k - 1] if k else None)
        if found is None:
            continue
        age, cut, number = found
        if not age <= unit.tokens:
            continue
        last = e.end - 1
        unit.tokens -= cut
        if e.start in aged:
            continue
        aged.add(e.start)
        replace = {i: "" for i in age}
        replace[last] = f"{doc[last].text} is {number.lower()} years old"
        out.append(
            Unit(set(range(e.start, e.end)) | age, head=e.root, replace=replace, facet="age")
        )
    return out


def _age_beside(sent: Span, e: Span, before: Span | None) -> tuple[set[int], set[int], str] | None:
    """The tokens of an age written beside a person's name, those to cut from the claim, and
    the number: "the 36-year-old Rahman" (the age entity right before the name, with its
    article) or "LaCalamita, 38," (a bare number set off after it); None for neither."""
    doc = sent.doc
    if before is not None and before.end == e.start and re.search(r"year[- ]?old$", before.text,
                                                                   re.I):
        age = set(range(before.start, before.end))
        det = doc[before.start - 1] if before.start > sent.start else None
        article = {det.i} if det is not None and det.dep_ == "det" and det.head.i == e.root.i \
            else set()
        return age, age | article, doc[before.start].text
    if before is not None and re.search(r"year[- ]?old$", before.text, re.I) \
            and _noun_then_name(sent, before.end, e):
        age = set(range(before.start, before.end))  # "the 61-year-old governor, Helena Strand,"
        return age, age, doc[before.start].text
    if e.end + 2 <= sent.end and doc[e.end].text == "," and _apposed_number(doc[e.end + 1], e.root):
        after = e.end + 2 if e.end + 2 < sent.end and doc[e.end + 2].text == "," else e.end
        return {e.end + 1}, {e.end, e.end + 1, after}, doc[e.end + 1].text
    return None


def _noun_then_name(sent: Span, a: int, e: Span) -> bool:
    """Whether the words from `a` to a name are the noun an age is said of and a comma, the name
    set off after them ("the 61-year-old governor, Helena Strand, said"; "the 61-year-old chief
    executive, Ann Roe, said": a title ending in its noun): the noun is the named person, so the
    age is theirs."""
    doc, said = sent.doc, sent.doc[a:e.start - 1]
    return 1 <= len(said) <= 3 and doc[e.start - 1].text == "," and said[-1].pos_ == "NOUN" \
        and not any(t.is_punct for t in said) and e.end < sent.end and doc[e.end].text == ","


def _apposed_number(tok: Token, name: Token) -> bool:
    """"LaCalamita, 38, …": a bare number of a lifetime set off after a name."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return (
        tok.text.isdigit()
        and 1 <= int(tok.text) <= LIMITS.max_age
        and tok.head.i == name.i
        and tok.dep_ in ("appos", "amod", "npadvmod")
        and (nxt is None or nxt.text in (",", ".", ";"))
    )


def event_dates(sent: Span, unit: Unit, dated: set[int]) -> list[Unit]:
    """The day of one of a repeated event, named in passing, as a claim of its own: "The first
    round of talks on 16 May yielded …" → "The first round of talks was on 16 May" (facet
    `date`). The ordinal and the day say *which* event a claim is about; said on their own they
    are a claim outlets can agree or differ on."""
    doc = sent.doc
    out = []
    for e in sent.ents:
        prep = e.root.head
        if (
            e.label_ != "DATE"
            or e.root.dep_ != "pobj"
            or prep.lower_ != "on"
            or prep.head.pos_ != "NOUN"
        ):
            continue
        noun = prep.head
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "the first round of talks on 16 May": the round is on that day
        toks = set(range(noun.left_edge.i, e.end))
        if (
            noun.i in dated
            or not toks <= unit.tokens
            or not any(c.ent_type_ == "ORDINAL" for c in noun.children)
            or any(doc[i].pos_ in ("VERB", "AUX") for i in toks)
        ):
            continue
        dated.add(noun.i)
        verb = "were" if noun.tag_ in ("NNS", "NNPS") else "was"
        out.append(
            Unit(
                toks,
                head=noun,
                replace={prep.i - 1: f"{doc[prep.i - 1].text} {verb}"},
                facet="date",
            )
        )
    return out


def add_time_span(claims: list[Claim], first: int) -> None:
    """A paragraph that gives a start time and an end time ("started at 2:44 p.m. … ended at
    around 4:17 p.m.") also gives a duration: add it to the claim with the end time.

    `claims[first:]` are the paragraph's claims; the claim with the end time is replaced."""
    start = end = None
    for k in range(first, len(claims)):
        c = claims[k]
        times = [v for v in c.values if v.kind == "time"]
        if not times:
            continue
        words = set(re.findall(r"[a-z]+", c.text.lower()))
        if start is None and words & {"start", "started", "began", "begun", "opened", "kicked"}:
            start = times[0]
        elif start is not None and words & {"end", "ended", "finished", "closed", "concluded"}:
            end = (k, times[-1])
    if start is not None and end is not None:
        k, stop = end
        span = span_between(start, stop)
        if span is not None:
            claims[k] = replace(claims[k], values=claims[k].values + (span,))
