"""Walking a source: blocks in order, quotes left open across sentences, pending speakers.

Decides which sentences of a block become claims (dropping the rest with a reason), carries
the paragraph's event context (ordinal, date) to sentences that point back to it, and turns
each unit of a sentence into a `Claim` with its offsets, values and grouping features.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..clean import CleanSource, Dropped, is_headline
from ..ingest import Block
from ..values import Mention, read_mentions
from .attribution import PENDING, resolve_speaker, speaker_of
from .dated import DayOf, dated_actions, placed_actions, timed_actions
from .facets import add_time_span
from .features import (
    anaphoric,
    core_of,
    doer_of,
    entities_of,
    frame_of,
    is_negated,
    parties_of,
    qualifiers_of,
)
from .mentions import find_mentions
from .records import Claim, Dated
from .render import render
from .split import split_sentence
from .tokens import QUOTES, clean_name
from .unit import Unit
from .worthiness import NOT_CHECKABLE, checkable, not_checkworthy

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


class SourceState:
    """Walks one source's blocks in order, keeping speakers and quotes across sentences."""

    def __init__(self, cs: CleanSource):
        self.cs = cs
        self.src = cs.source
        self.claims: list[Claim] = []
        self.dropped: list[Dropped] = []
        self.persons: list[str] = []  # full names seen, newest last
        self.last_speaker: str | None = None
        self._mentions: dict[int, list[Mention]] = {}  # sentence start -> its mentions (one block)

    # ---- offsets
    def _span(self, block: Block, a: int, b: int) -> tuple[int, int, str]:
        start, end = block.map.span(a, b)
        return start, end, self.src.text[start:end]

    def _drop(self, block: Block, a: int, b: int, reason: str) -> None:
        start, end, quote = self._span(block, a, b)
        self.dropped.append(Dropped(self.src.id, quote, start, end, reason))

    # ---- blocks
    def add_block(self, doc: Doc, block: Block, index: int) -> None:
        """Claims and dropped sentences of one parsed block (a paragraph), in text order."""
        first_claim = len(self.claims)
        self._mentions = {}
        headline = is_headline(block) and len(list(doc.sents)) == 1
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1:
                self.persons.append(clean_name(ent.text))
        in_quote = False
        pending: list[tuple[Unit, Span, bool]] = []
        context: tuple[str, ...] = ()
        for sent in doc.sents:
            starts_inside = in_quote
            in_quote = _quote_state(sent.text, in_quote)
            reason = not_checkworthy(sent, headline)
            own_ctx = qualifiers_of(sent, self.cs.date)
            ctx = own_ctx or context
            if own_ctx:
                context = own_ctx
            if reason:
                self._drop(block, sent.start_char, sent.end_char, reason)
                continue
            speaker, units = split_sentence(sent, headline)
            if speaker:
                speaker = self._resolve(speaker)
                self.last_speaker = speaker
                for unit, psent, phl in pending:
                    self._emit(block, index, psent, unit, speaker, phl, ctx)
                pending = []
            if not units:
                self._drop(
                    block, sent.start_char, sent.end_char, "no self-contained claim in sentence"
                )
                continue
            quoted = starts_inside or (sent.text.lstrip()[:1] in QUOTES and in_quote)
            for unit in units:
                said_by = speaker_of(unit, speaker, quoted, self._resolve)
                if said_by is PENDING:
                    pending.append((unit, sent, headline))
                else:
                    self._emit(block, index, sent, unit, said_by, headline, ctx)
        for unit, psent, phl in pending:  # a quote never attributed in its paragraph
            self._emit(block, index, psent, unit, self.last_speaker, phl, context)
        add_time_span(self.claims, first_claim)

    def _resolve(self, speaker: str) -> str:
        return resolve_speaker(speaker, self.persons, self.last_speaker)

    def _emit(self, block: Block, index: int, sent: Span, unit: Unit, speaker: str | None,
              headline: bool, ctx: tuple[str, ...]) -> None:
        """Add one unit of a sentence as a claim, or drop it when it holds nothing to check."""
        doc = sent.doc
        toks = sorted(unit.tokens)
        last = doc[toks[-1]]
        start, end, quote = self._span(block, doc[toks[0]].idx, last.idx + len(last.text))
        if not checkable(doc, toks) and not unit.replace and not _named_speaker_tells(
                doc, toks, speaker):
            self.dropped.append(Dropped(self.src.id, quote, start, end, NOT_CHECKABLE))
            return
        text = render(doc, toks, unit)
        _, _, sentence = self._span(block, sent.start_char, sent.end_char)
        mentions = self._unit_mentions(sent, toks, block.text)
        ctx = self._qualifiers(doc, toks, unit, ctx)
        doer = doer_of(doc, unit, speaker)
        values = tuple(read_mentions(mentions, text=doc.text, date=self.cs.date,
                                     offset=lambda x, y: block.map.span(x, y)))
        n = len(self.claims) + 1
        self.claims.append(
            Claim(
                id=f"{self.src.id}#{n}",
                source=self.src.id,
                text=text,
                quote=quote,
                start=start,
                end=end,
                sentence=sentence,
                attributed_to=speaker,
                headline=headline,
                values=values,
                frame=frame_of(doc, toks, unit, [(m.start, m.end) for m in mentions]),
                entities=entities_of(doc, toks, unit),
                qualifiers=ctx,
                negated=is_negated(doc, toks, unit.head),
                paragraph=index,
                core=core_of(doc, unit, doer),
                doer=doer or None,
                verb=unit.head.lemma_.lower() if unit.head.pos_ == "VERB" else "",
                parties=parties_of(doc, unit) if doer else (),
                dated=self._dated(block, doc, toks),
                placed=self._dated(block, doc, toks, placed_actions),
                timed=self._dated(block, doc, toks, lambda d, t: timed_actions(
                    d, t, [(m.start, m.end) for m in mentions])),
            )
        )


    def _dated(self, block: Block, doc: Doc, toks: list[int],
               found: Callable[[Doc, list[int]], list[DayOf]] = dated_actions,
               ) -> tuple[Dated, ...]:
        """The days a unit names with the action each is the day of (or with `placed_actions`,
        the places), pointing into the source."""
        out = []
        for d in found(doc, toks):
            start, end, text = self._span(block, d.start, d.end)
            out.append(Dated(text, start, end, d.action, d.what, d.who, d.ahead))
        return tuple(out)

    def _unit_mentions(self, sent: Span, toks: list[int], written: str) -> list[Mention]:
        """The value mentions of a unit: the sentence's (found once per sentence) that start on
        one of the unit's tokens, each as `written` in its block (a headline's "Age 91", which
        the pipeline parsed as "age 91": `extractor.for_parse`)."""
        doc = sent.doc
        if sent.start not in self._mentions:
            found = find_mentions(sent, doc)
            self._mentions[sent.start] = [replace(m, text=written[m.start:m.end]) for m in found] \
                if len(written) == len(doc.text) else list(found)
        starts = {doc[i].idx for i in toks}
        return [m for m in self._mentions[sent.start] if m.start in starts]

    def _qualifiers(self, doc: Doc, toks: list[int], unit: Unit,
                    ctx: tuple[str, ...]) -> tuple[str, ...]:
        """Which event a unit is about: its own ordinals and dates, else the paragraph's (`ctx`)
        when its subject points back ("The meeting"); and the facet it states ("facet:age")."""
        own = qualifiers_of(doc[toks[0]:toks[-1] + 1], self.cs.date)
        ctx = own or (ctx if anaphoric(unit) else ())
        if unit.facet:
            ctx = (*ctx, f"facet:{unit.facet}")
        return ctx


def _quote_state(text: str, inside: bool) -> bool:
    """Whether a quotation is still open after `text`, given whether one was open before it."""
    for ch in text:
        if ch == "“":
            inside = True
        elif ch == "”":
            inside = False
        elif ch == '"':
            inside = not inside
    return inside


# the pronouns a named speaker is spoken of by, by the label of its name: what a speaker says
# of itself names it so ("Canada insists its plan is peaceful"; "Ann Roe says she is well")
SPEAKER_PRONOUNS = {
    "PERSON": frozenset({"he", "she", "his", "her", "him", "i", "my", "me"}),
    **dict.fromkeys(("ORG", "GPE", "NORP"), frozenset({"it", "its", "they", "their", "we",
                                                       "our"})),
}


def _named_speaker_tells(doc: Doc, toks: list[int], speaker: str | None) -> bool:
    """Whether what a named speaker says of itself holds something to check though it names
    nothing ("Ann Roe says [she] has a benign tumour", "Canada insists its plan is peaceful"):
    the speaker is the one it is about, so the name that makes it checkable is the speaker's.
    A subject that is not the speaker ("Ann Roe said it was a threat", "... the meeting was
    great") says it is not."""
    label = next((e.label_ for e in doc.ents if e.text == speaker), None) if speaker else None
    if label not in SPEAKER_PRONOUNS or not any(doc[i].pos_ in ("VERB", "AUX") for i in toks):
        return False
    own = SPEAKER_PRONOUNS[label]
    for i in toks:  # its subject is the speaker: left out, or a pronoun for it ("its plan")
        if doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].lower_ not in own and not any(
                c.lower_ in own for c in doc[i].children if c.dep_ == "poss"):
            return False  # "Doe said the meeting was great", "... it was a threat"
    return True
