"""Grouping: which claims across sources say the same thing (the only module using rapidfuzz).

Claims are compared on their *frame* (content lemmas, values masked) with rapidfuzz, and on
structure fuzzy scores miss: the measured thing (value kind, counted noun, role) must match, and
what identifies the event (ordinals, dates, places, people) must not contradict. Candidates come
from blocks of claims sharing a content word or entity, so cost grows with the blocks, not with
the square of the corpus. Clusters only merge when no pair across them is vetoed.
"""

from __future__ import annotations

import gc
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import numpy as np
from rapidfuzz import fuzz

from .claims import Claim
from .compare import MEASURED, Verdict, judge
from .lexicon import MONTHS, RELATIVE_DATE_WORDS
from .names import fold, name_map
from .semantic import embed
from .settings import LIMITS, GroupSettings
from .values import same_days


@dataclass(frozen=True)
class Group:
    """Claims that say the same thing, with the verdict on their values."""

    id: str
    verdict: Verdict
    claims: tuple[str, ...]
    sources: tuple[str, ...]
    reason: str
    notes: tuple[str, ...] = field(default=())


def group_claims(claims: Sequence[Claim], *, settings: GroupSettings | None = None,
                 aliases: dict[str, str] | None = None) -> list[Group]:
    """Group claims that say the same thing and judge each group.

    Groups come out discrepancies first (conflict, compatible), then agree, then single, each in
    the order of their first claim; ids follow that order, so the same input gives the same ids.
    """
    # millions of small objects and no cycles among them: the cyclic garbage collector would
    # walk the growing heap again and again (300k synthetic claims: 41.9 s with it, 34.0 s without)
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _group(claims, settings or GroupSettings(), aliases or {})
    finally:
        if enabled:
            gc.enable()


def _group(claims: Sequence[Claim], cfg: GroupSettings, aliases: dict[str, str]) -> list[Group]:
    feats = _features(claims, aliases)
    parent = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # equal scores merge in the order of the claims' ids, not their positions, so the same claims
    # in another order make the same groups
    vectors = embed([c.text for c in claims]) if cfg.semantic and claims else None
    pairs = sorted(
        _pairs(claims, feats, cfg, vectors),
        key=lambda p: (-p[0], *sorted((claims[p[1]].id, claims[p[2]].id))),
    )
    # a conflict needs direct evidence: two claims that match each other, not a chain of matches
    linked = {frozenset((claims[i].id, claims[j].id)) for _, i, j in pairs}
    # what can veto a merge, per cluster: one claim for each distinct set of identifying features
    kinds: dict[int, dict[tuple, _Feat]] = {i: {_signature(f): f} for i, f in enumerate(feats)}
    for _score, i, j in pairs:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        if any(_veto(a, b) for a in kinds[ri].values() for b in kinds[rj].values()):
            continue
        parent[rj] = ri
        members[ri].extend(members.pop(rj))
        kinds[ri].update(kinds.pop(rj))
    clusters = sorted((sorted(m) for m in members.values()), key=lambda m: m[0])
    judged = [judge([claims[i] for i in m], linked=linked) for m in clusters]
    rank = {"conflict": 0, "compatible": 1, "agree": 2, "single": 3}
    order = sorted(range(len(clusters)), key=lambda k: (rank[judged[k][0]], clusters[k][0]))
    out = []
    for n, k in enumerate(order, 1):
        verdict, reason, notes = judged[k]
        ids = tuple(claims[i].id for i in clusters[k])
        sources = tuple(dict.fromkeys(claims[i].source for i in clusters[k]))
        out.append(Group(f"g{n:04d}", verdict, ids, sources, reason, tuple(notes)))
    return out


# --------------------------------------------------------------------------- features


# entity labels that name *which* event a source reports (who, where, when)
NAMES = ("PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "DATE")


@dataclass(frozen=True)
class _Feat:
    frame: str
    tokens: frozenset[str]
    keys: frozenset[tuple[str, str, str]]  # (kind, noun or "*", role)
    amounts: frozenset[tuple]  # (kind, low, high) of the measured values, persons' ages aside
    places: frozenset[str]
    people: frozenset[str]
    ordinals: frozenset[str]
    dates: frozenset[str]
    when: frozenset[
        tuple[str, str]
    ]  # the spans of the dates the claim writes out ("in 2007", "June 1999")
    negated: bool
    facet: str  # "age" for "X is 61 years old" taken out of a longer claim; "" otherwise
    source: str
    names: frozenset[str]  # every name and date the claim mentions (what `_SameStory` compares)
    core: tuple[str, str, str] | None  # (who, did what, to what), the doer's name normalised
    age_limits: tuple[
        tuple, ...
    ]  # the age ranges and bounds of a group ("under 25"), not one person's age
    doer: str = ""
    parties: frozenset[str] = (
        frozenset()
    )  # the people the doing is done to or with, the doer aside (last words, normalised)


def _features(claims: Sequence[Claim], aliases: dict[str, str]) -> list[_Feat]:
    names = name_map(claims)
    alias = {fold(k): fold(v) for k, v in aliases.items()}

    seen: dict[str, str] = {}

    def norm(word: str) -> str:
        if word not in seen:
            w = fold(word)
            w = alias.get(w, w)
            seen[word] = names.get(w, w)
        return seen[word]

    # the recogniser calls a name a place now and then ("Putin" as GPE): a name the corpus ever
    # calls a person (the last word of a person's name) is no place, as a wrong place would veto;
    # it is one of the claim's people when the corpus calls it a person more often than a place
    as_person = Counter(
        norm(t.split()[-1]) for c in claims for t, lab in c.entities if lab == "PERSON"
    )
    persons = set(as_person)
    as_place = Counter(
        norm(t)
        for c in claims
        for t, lab in c.entities
        if lab in ("GPE", "LOC", "FAC") and " " not in t
    )
    misread = {w for w in as_place if as_person[w] > as_place[w]}
    out = []
    for c in claims:
        frame = " ".join(norm(w) for w in c.frame.split())
        toks = frozenset(w for w in frame.split() if not w.startswith("<"))
        keys = frozenset(
            (v.kind, v.noun or "*", v.role or "") for v in c.values if v.kind in MEASURED
        )
        # a person's age says who, not what happened: "the 36-year-old Rahman" recurs in unrelated
        # claims; an age bound on a group ("prisoners under 25") is what the claim is about
        amounts: frozenset[tuple[Any, ...]] = frozenset(
            (v.kind, v.low, v.high)
            for v in c.values
            if v.kind in MEASURED and not (v.kind == "age" and v.noun and norm(v.noun) in persons)
        )
        people = frozenset(
            norm(t.split()[-1])
            for t, lab in c.entities
            if lab == "PERSON" or lab in ("GPE", "LOC", "FAC") and norm(t) in misread
        )
        places = frozenset(p for p in (" ".join(norm(w) for w in t.split()) for t, lab in c.entities
                                       if lab in ("GPE", "LOC", "FAC")) if p not in persons)
        ords = frozenset(q for q in c.qualifiers if q.startswith("ordinal:"))
        dates = frozenset(q for q in c.qualifiers if q.startswith("date:"))
        named = (
            frozenset(" ".join(norm(w) for w in t.split()) for t, lab in c.entities if lab in NAMES)
            | dates
        )
        when = frozenset(  # dates: ISO strings
            (cast(str, v.low), cast(str, v.high))
            for v in c.values
            if v.kind == "date" and _written_out(v.text)
        )
        facet = next((q[6:] for q in c.qualifiers if q.startswith("facet:")), "")
        core = (norm(c.core[0]), c.core[1], c.core[2]) if c.core else None
        limits = tuple(x for x in amounts if x[0] == "age" and None not in x[1:] and x[1] < x[2])
        doer = norm(c.doer.split()[-1]) if c.doer else ""
        parties = frozenset(norm(p.split()[-1]) for p in c.parties) & people - {doer}
        out.append(
            _Feat(
                frame,
                toks,
                keys,
                amounts,
                places,
                people,
                ords,
                dates,
                when,
                c.negated,
                facet,
                c.source,
                named,
                core,
                limits,
                doer,
                parties,
            )
        )
    return out


def _shared(a: _Feat, b: _Feat) -> float:
    """The share of all the content words of two claims that both use."""
    return len(a.tokens & b.tokens) / max(1, len(a.tokens | b.tokens))


def _signature(f: _Feat) -> tuple:
    """What `_veto` looks at: two claims with one signature veto the same merges."""
    return f.ordinals, f.dates, f.when, f.places, f.people, f.keys, f.negated, f.facet


def _written_out(text: str) -> bool:
    """Whether a date names its year or month ("2007", "June 1999", "September"), rather than
    counting from the article's own date ("last week", "Monday"), which two outlets writing on
    different days resolve to different days."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return not words & RELATIVE_DATE_WORDS and (
        bool(re.search(r"\d{4}", text)) or any(w in MONTHS for w in words)
    )


def _keys_match(a: _Feat, b: _Feat) -> bool:
    return any(
        ka[0] == kb[0]
        and ka[2] == kb[2]
        and (ka[1] == kb[1] or ka[0] not in ("count", "money", "other") or "*" in (ka[1], kb[1]))
        for ka in a.keys
        for kb in b.keys
    )


def match_claims(
    queries: Sequence[Claim],
    corpus: Sequence[Claim],
    *,
    settings: GroupSettings | None = None,
    aliases: dict[str, str] | None = None,
    vectors: np.ndarray | None = None,
) -> list[list[tuple[int, float, bool]]]:
    """For each query claim, the corpus claims that say the same thing (what `check` uses).

    The same frames, vetoes, thresholds and meaning signal as grouping, with differences that
    suit a short query against whole articles: the query's words must be mostly *in* the corpus
    claim (`coverage`, instead of the share of both claims' words), which makes the meaning
    floor unneeded (a short query and a long sentence that holds it are far apart in meaning);
    and a claim that says the opposite (one negated, one not) is kept, flagged, so `check` can
    call it a conflict.
    `vectors` are the corpus claims' embeddings when already computed (see `semantic.embed`).

    Returns, per query, `(corpus index, score, negation differs)` best first.
    """
    cfg = settings or GroupSettings()
    feats = _features(list(corpus) + list(queries), aliases or {})
    cf, qf = feats[:len(corpus)], feats[len(corpus):]
    qv: np.ndarray | None = None
    cv: np.ndarray | None = None
    if cfg.semantic and queries:
        cv = vectors if vectors is not None else embed([c.text for c in corpus])
        qv = embed([q.text for q in queries])
    index: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(cf):
        for t in f.tokens:
            index[t].append(i)
    out = []
    for n, q in enumerate(qf):
        found = []
        for i in sorted({i for t in q.tokens for i in index.get(t, ())}):
            c = cf[i]
            if _veto(q, c, negation=False, facets=False):
                continue
            set_score = fuzz.token_set_ratio(q.frame, c.frame)
            need = (
                cfg.with_values
                if q.keys and c.keys
                else cfg.one_value
                if q.keys or c.keys
                else cfg.no_values
            )
            cover = len(q.tokens & c.tokens) / max(1, len(q.tokens))
            meaning = None if qv is None or cv is None else float(qv[n] @ cv[i])
            if set_score >= need and cover >= cfg.coverage:
                found.append((i, round((set_score + 100 * cover) / 2, 2), q.negated != c.negated))
            elif (
                meaning is not None
                and meaning >= _meaning_needed(q, c, cfg)
                and _shared(q, c) >= cfg.meaning_overlap
            ):
                found.append((i, round(100 * meaning, 2), q.negated != c.negated))
        out.append(sorted(found, key=lambda x: (-x[1], x[0])))
    return out


def _veto(a: _Feat, b: _Feat, *, negation: bool = True, facets: bool = True) -> bool:
    """Two claims that cannot be about the same thing: a different round, day or year of the
    event, different places or people, or different measured things. `check` turns off
    `negation` (it reports the opposite claim) and `facets` (a typed query "Rahman is 36 years
    old" is not marked as an age statement, but is one)."""
    if a.ordinals and b.ordinals and not a.ordinals & b.ordinals:
        return True
    if facets and a.facet != b.facet:
        return True  # "Orozco is 29 years old" is no claim about what Orozco did
    if a.dates and b.dates and not a.dates & b.dates:
        return True
    if a.when and b.when and not any(same_days(x, y) for x in a.when for y in b.when):
        return True  # "to host the 2014 Oscars" / "hosted the show in 2007"
    if a.places and b.places and not a.places & b.places:
        return True
    if a.people and b.people and not a.people & b.people:
        return True
    if a.keys and b.keys and not _keys_match(a, b):
        return True
    return negation and a.negated != b.negated


def _pairs(
    claims: Sequence[Claim],
    feats: list[_Feat],
    cfg: GroupSettings,
    vectors: np.ndarray | None = None,
):
    """Scored candidate pairs from different sources that pass the thresholds.

    Each claim is put in the blocks of its `block_keys` rarest words (a word in more than
    `max_block` claims makes no block). Within a block, the share of words each pair has in common
    is computed for all pairs at once (a matrix product); only pairs that share enough words for
    any threshold reach rapidfuzz and the structural checks, each pair once.
    """
    df = Counter(t for f in feats for t in f.tokens)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        keys = sorted(
            (t for t in f.tokens if 2 <= df[t] <= cfg.max_block), key=lambda t: (df[t], t)
        )
        for t in keys[:cfg.block_keys]:
            blocks[t].append(i)
        if f.age_limits:
            blocks["<age-bound>"].append(i)  # the bound is the shared key, not the words
        if _acts_on_people(f):
            blocks["<doer>" + f.doer].append(i)  # the doer and the people are the key
    for key in [k for k in blocks if k.startswith("<") and len(blocks[k]) > cfg.max_block]:
        del blocks[key]  # too common to say which group of people, or which doing, a claim is about
    story = _SameStory(feats, cfg)
    source_no = {s: n for n, s in enumerate(dict.fromkeys(f.source for f in feats))}
    src = np.array([source_no[f.source] for f in feats])
    valued = np.array([bool(f.keys) for f in feats])
    aged = np.array([bool(f.age_limits) for f in feats])
    cores: dict[tuple, int] = {}
    core = np.array(
        [cores.setdefault(f.core, len(cores)) if f.core and not f.keys else -1 for f in feats]
    )
    floor = min(cfg.value_overlap, cfg.overlap)
    low_meaning = min(cfg.meaning, cfg.meaning_values, cfg.meaning_same, cfg.meaning_bound)
    done: set[tuple[int, int]] = set()
    for key in sorted(blocks):
        idx = blocks[key]
        if len(idx) < 2:
            continue
        # every pair of the block at once: shared words (a pair needs at least `value_overlap`
        # of its words in common, or `overlap` without values on both sides) and different sources
        vocab: dict[str, int] = {}
        rows = [[vocab.setdefault(t, len(vocab)) for t in feats[i].tokens] for i in idx]
        m = np.zeros((len(idx), len(vocab)), dtype=np.float32)
        for r, cols in enumerate(rows):
            m[r, cols] = 1.0
        inter = m @ m.T
        size = m.sum(axis=1)
        shared = inter / np.maximum(size[:, None] + size[None, :] - inter, 1.0)
        v, s = valued[idx], src[idx]
        both = v[:, None] & v[None, :]
        passing = (shared >= np.where(both, cfg.value_overlap, cfg.overlap)) & (shared >= floor)
        c, g = core[idx], aged[idx]
        passing |= (
            (c[:, None] == c[None, :]) & (c[:, None] >= 0)
            | g[:, None] & g[None, :]
            | key.startswith("<doer>")
        )
        if vectors is not None:
            # pairs that may join on meaning (the lower thresholds need values on both sides)
            sim = vectors[idx] @ vectors[idx].T
            passing |= (shared >= cfg.meaning_overlap) & (
                sim >= np.where(both, low_meaning, cfg.meaning)
            )
        xs, ys = np.nonzero(np.triu(passing & (s[:, None] != s[None, :]), 1))
        for x, y in zip(xs.tolist(), ys.tolist(), strict=False):
            i, j = idx[x], idx[y]
            if i > j:
                i, j = j, i
            if (i, j) in done:
                continue
            done.add((i, j))
            score = _score(feats[i], feats[j], cfg, None if vectors is None else float(sim[x, y]))
            if score is not None and story(feats[i].source, feats[j].source):
                yield score, i, j


class _SameStory:
    """Whether two sources can tell one story: their content words, and the names and dates
    they mention, must both overlap (cosines of tf-idf vectors over all their claims, smoothed
    idf so that two sources alone still compare). Two reports of two earthquakes share the
    words ("quake", "magnitude", "killed") but not the island, the towns or the day."""

    def __init__(self, feats: Sequence[_Feat], cfg: GroupSettings):
        self.words = self._vectors(feats, lambda f: f.tokens)
        self.names = self._vectors(feats, lambda f: f.names)
        self.cfg = cfg
        self.cache: dict[tuple[str, str], bool] = {}

    @staticmethod
    def _vectors(feats: Sequence[_Feat], terms) -> dict[str, dict[str, float]]:
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for f in feats:
            counts[f.source].update(terms(f))
        df = Counter(t for c in counts.values() for t in c)
        n = len(counts)
        idf = {t: math.log((1 + n) / (1 + k)) + 1 for t, k in df.items()}
        out = {}
        for src, c in counts.items():
            v = {t: (1 + math.log(k)) * idf[t] for t, k in c.items()}
            norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
            out[src] = {t: x / norm for t, x in v.items()}
        return out

    @staticmethod
    def _cosine(va: dict[str, float], vb: dict[str, float]) -> float:
        return sum(va[t] * vb[t] for t in sorted(va.keys() & vb.keys()))

    def __call__(self, a: str, b: str) -> bool:
        key = (a, b) if a < b else (b, a)
        if key not in self.cache:
            na, nb = self.names.get(a, {}), self.names.get(b, {})
            self.cache[key] = self._cosine(
                self.words[a], self.words[b]
            ) >= self.cfg.same_story and (
                not na or not nb or self._cosine(na, nb) >= self.cfg.same_event
            )
        return self.cache[key]


def _score(a: _Feat, b: _Feat, cfg: GroupSettings, meaning: float | None = None) -> float | None:
    """The pair's score (0–100), or None when it is vetoed or under every threshold.

    Without `meaning` (the cosine of the claims' embeddings) a pair passes on its words alone
    (rapidfuzz scores over the frames, `_word_score`). With it, a pair passing on words must
    not be far apart in meaning (`meaning_floor`), and a second way opens: close meaning with a
    few shared words ("Moscow proposed a ceasefire" / "Russia suggested a ceasefire"), and a
    third for statements without values a little short on words but close in meaning
    (`near_words`, `near_meaning`). Two claims with one core (`core_meaning`) or one age limit
    of a group join on that structure with few words in common. The structural vetoes stand
    above all of them.
    """
    if _veto(a, b):
        return None
    shared = _shared(a, b)
    words = _word_score(a, b, cfg, shared)
    if meaning is None:
        if words is None and _same_structure(a, b, cfg, shared):
            return float(fuzz.token_set_ratio(a.frame, b.frame))
        return words
    if words is not None and (meaning >= cfg.meaning_floor or a.amounts & b.amounts):
        return words
    if meaning >= _meaning_needed(a, b, cfg) and shared >= cfg.meaning_overlap:
        return 100.0 * meaning
    if _same_structure(a, b, cfg, shared, meaning):
        return 100.0 * meaning
    if (
        words is None
        and not a.keys
        and not b.keys
        and meaning >= cfg.near_meaning
        and shared >= cfg.overlap
    ):
        set_score = fuzz.token_set_ratio(a.frame, b.frame)
        if set_score >= cfg.near_words:
            return (set_score + fuzz.token_sort_ratio(a.frame, b.frame)) / 2
    return None


def _same_structure(
    a: _Feat, b: _Feat, cfg: GroupSettings, shared: float, meaning: float | None = None
) -> bool:
    """Structure that says two claims are about one thing though they share few words:
    - one doing: statements without values in which one named doer does one thing to one thing
      (one core), or acts on the same two or more people (sharing `meaning_overlap` of their
      words, and `core_meaning` close when measured);
    - an age limit of a group in common ("from 18 to 25" / "under 25"; not "under 12" / "under
      25"): the limit says who the claim is about as a name would. On ECB+ (40 events, each its
      own corpus) no two claims of two sources bound ages at all."""
    if (
        not a.keys
        and not b.keys
        and shared >= cfg.meaning_overlap
        and (meaning is None or meaning >= cfg.core_meaning)
        and (
            a.core is not None
            and a.core == b.core
            or _acts_on_people(a)
            and a.doer == b.doer
            and len(a.parties & b.parties) >= 2
        )
    ):
        return True
    return any(x[2] == y[2] or x[1] == y[1] > 0 for x in a.age_limits for y in b.age_limits)


def _acts_on_people(f: _Feat) -> bool:
    """Whether a claim without values has a named doer acting on two people or more ("Erdogan …
    to bring Putin and Zelensky together"): what `_same_structure` can join on."""
    return bool(f.doer) and not f.keys and len(f.parties) >= 2


def _meaning_needed(a: _Feat, b: _Feat, cfg: GroupSettings) -> float:
    """How close in meaning two claims must be to join on meaning: less when they hold the same
    amount, more when their values differ (a wrong join there makes a false conflict)."""
    if a.amounts & b.amounts:
        return cfg.meaning_same
    return (
        cfg.meaning_bound
        if _share_bound(a, b)
        else cfg.meaning_values
        if a.keys and b.keys
        else cfg.meaning
    )


def _share_bound(a: _Feat, b: _Feat) -> bool:
    """Whether two claims count things or money with one bound in common, not a small number:
    "1,000 prisoners" / "1,000 to 1,200 prisoners", "as many as 40 firefighters" / "35 to 40"."""
    return any(
        x[0] == y[0]
        and x[0] in ("count", "money")
        and None not in (x[1], y[1])
        and (
            x[1] == y[1] >= LIMITS.shared_bound
            or x[2] == y[2]
            and (x[2] or 0) >= LIMITS.shared_bound
        )
        for x in a.amounts
        for y in b.amounts
    )


def _word_score(a: _Feat, b: _Feat, cfg: GroupSettings, shared: float) -> float | None:
    """The mean of rapidfuzz's token-set and token-sort ratios of the frames, or None under the
    thresholds that suit what the claims hold (values on both sides, on one, on neither)."""
    set_score = fuzz.token_set_ratio(a.frame, b.frame)
    if a.keys and b.keys:
        if set_score < cfg.with_values or shared < cfg.value_overlap:
            return None
        return (set_score + fuzz.token_sort_ratio(a.frame, b.frame)) / 2
    if set_score < (cfg.one_value if a.keys or b.keys else cfg.no_values) or shared < cfg.overlap:
        return None
    # set overlap alone is generous to a short frame inside a long one: the order-sensitive
    # score must not be low either
    sort_score = fuzz.token_sort_ratio(a.frame, b.frame)
    return None if sort_score < cfg.sort_floor else (set_score + sort_score) / 2
