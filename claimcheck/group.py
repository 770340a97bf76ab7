"""Grouping: which claims across sources say the same thing.

Claims are compared on their *frame* (content lemmas, values masked) with rapidfuzz, and on
structure fuzzy scores miss: the measured thing (value kind, counted noun, role) must match, and
what identifies the event (ordinals, dates, places, people) must not contradict (what a pair
compares, vetoes and scores is in `similarity.py`). Candidates come from blocks of claims sharing
a content word or entity, so cost grows with the blocks, not with the square of the corpus.
Clusters only merge when no pair across them is vetoed.
"""

from __future__ import annotations

import gc
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz

from .claims import Claim
from .compare import Verdict, judge
from .semantic import Vectors, embed, vectors
from .settings import GroupSettings
from .similarity import (
    Feat,
    acts_on_people,
    features,
    meaning_needed,
    opposed,
    pair_score,
    polar_form,
    predicate_words,
    signature,
    veto,
    word_share,
)

__all__ = ["Group", "GroupSettings", "group_claims", "match_claims"]


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
    feats = features(claims, aliases)
    parent = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # equal scores merge in the order of the claims' ids, not their positions, so the same claims
    # in another order make the same groups; scores are rounded first (to a thousandth), since a
    # float32 cosine computed with the claims at other rows differs in its last bits (99.99999 /
    # 100.00001) and would break a tie the other way
    vecs = vectors([c.text for c in claims]) if cfg.semantic and claims else None
    pairs = sorted(
        _pairs(claims, feats, cfg, vecs),
        key=lambda p: (-round(p[0], 3), *sorted((claims[p[1]].id, claims[p[2]].id))),
    )
    # a conflict needs direct evidence: two claims that match each other, not a chain of matches
    linked = {frozenset((claims[i].id, claims[j].id)) for _, i, j in pairs}
    # what can veto a merge, per cluster: one claim for each distinct set of identifying features
    kinds: dict[int, dict[tuple, Feat]] = {i: {signature(f): f} for i, f in enumerate(feats)}
    for _, i, j in pairs:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        if any(veto(a, b) for a in kinds[ri].values() for b in kinds[rj].values()):
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
    and a claim that says the opposite (one negated, one not; or one with the opposite predicate,
    "rejected" for "accepted": `similarity.polar_form`, `opposed`) is kept, flagged, so `check`
    can call it a conflict. Opposite predicates whose doers differ ("Russia accepted" /
    "Ukraine rejected") are two statements, not a match.
    `vectors` are the corpus claims' embeddings when already computed (see `semantic.embed`).

    Returns, per query, `(corpus index, score, says the opposite)` best first.
    """
    cfg = settings or GroupSettings()
    feats = features(list(corpus) + list(queries), aliases or {})
    polar = [polar_form(f) for f in feats]
    cf, qf = polar[:len(corpus)], polar[len(corpus):]
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
        said = feats[len(corpus) + n]
        found = []
        for i, score, negation in _matches(q, n, cf, index, cfg, qv, cv):
            flip = opposed(predicate_words(said.frame, said.core),
                           predicate_words(feats[i].frame, feats[i].core))
            if flip and _doers_differ(said, feats[i]):
                continue
            found.append((i, score, negation != bool(flip)))
        out.append(found)
    return out


def _doers_differ(a: Feat, b: Feat) -> bool:
    """Whether two claims name different doers ("Russia accepted" / "Ukraine rejected")."""
    return bool(a.core and b.core and a.core[0] != b.core[0]) or bool(
        a.doer and b.doer and a.doer != b.doer)


def _matches(q: Feat, n: int, cf: list[Feat], index: dict[str, list[int]], cfg: GroupSettings,
             qv: np.ndarray | None, cv: np.ndarray | None) -> list[tuple[int, float, bool]]:
    """The corpus claims query `n` matches (see `match_claims`), best first."""
    found = []
    for i in sorted({i for t in q.tokens for i in index.get(t, ())}):
        c = cf[i]
        if veto(q, c, negation=False, facets=False):
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
            and meaning >= meaning_needed(q, c, cfg)
            and word_share(q, c) >= cfg.meaning_overlap
        ):
            found.append((i, round(100 * meaning, 2), q.negated != c.negated))
    return sorted(found, key=lambda x: (-x[1], x[0]))


def _pairs(
    claims: Sequence[Claim],
    feats: list[Feat],
    cfg: GroupSettings,
    vecs: Vectors | None = None,
) -> Iterator[tuple[float, int, int]]:
    """Scored candidate pairs from different sources that pass the thresholds.

    Each claim is put in the blocks of its `block_keys` rarest words (a word in more than
    `max_block` claims makes no block). Within a block, the share of words each pair has in common
    is computed for all pairs at once (a matrix product); only pairs that share enough words for
    any threshold reach rapidfuzz and the structural checks, each pair once.
    """
    blocks = _blocks(feats, cfg)
    story = _SameStory(feats, cfg)
    cols = _Columns(feats)
    done: set[tuple[int, int]] = set()
    for key in sorted(blocks):
        idx = blocks[key]
        if len(idx) < 2:
            continue
        passing, sim = _candidates(key, idx, feats, cols, cfg, vecs)
        xs, ys = np.nonzero(np.triu(passing, 1))
        for x, y in zip(xs.tolist(), ys.tolist(), strict=False):
            i, j = idx[x], idx[y]
            if i > j:
                i, j = j, i
            if (i, j) in done:
                continue
            done.add((i, j))
            score = pair_score(feats[i], feats[j], cfg, None if sim is None else float(sim[x, y]))
            if score is not None and story(feats[i].source, feats[j].source):
                yield score, i, j


def _blocks(feats: list[Feat], cfg: GroupSettings) -> dict[str, list[int]]:
    """The claims (indices) in each block: a claim's `block_keys` rarest words, and the
    structural keys (an age limit of a group; a doer acting on people)."""
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
        if acts_on_people(f):
            blocks["<doer>" + f.doer].append(i)  # the doer and the people are the key
    for key in [k for k in blocks if k.startswith("<") and len(blocks[k]) > cfg.max_block]:
        del blocks[key]  # too common to say which group of people, or which doing, a claim is about
    return blocks


class _Columns:
    """Per-claim arrays the block matrices index: the source's number, whether the claim has
    values, whether it has an age limit, and its core's number (-1: none, or it has values)."""

    def __init__(self, feats: list[Feat]):
        source_no = {s: n for n, s in enumerate(dict.fromkeys(f.source for f in feats))}
        self.src = np.array([source_no[f.source] for f in feats])
        self.valued = np.array([bool(f.keys) for f in feats])
        self.aged = np.array([bool(f.age_limits) for f in feats])
        cores: dict[tuple, int] = {}
        self.core = np.array(
            [cores.setdefault(f.core, len(cores)) if f.core and not f.keys else -1 for f in feats]
        )


def _candidates(key: str, idx: list[int], feats: list[Feat], cols: _Columns, cfg: GroupSettings,
                vecs: Vectors | None) -> tuple[np.ndarray, np.ndarray | None]:
    """Which pairs of a block may join (a boolean matrix over `idx`: different sources, and
    enough shared words, one core or age limit, or close meaning), and the block's cosines."""
    floor = min(cfg.value_overlap, cfg.overlap)
    low_meaning = min(cfg.meaning, cfg.meaning_values, cfg.meaning_same, cfg.meaning_bound)
    # every pair of the block at once: shared words (a pair needs at least `value_overlap`
    # of its words in common, or `overlap` without values on both sides) and different sources
    vocab: dict[str, int] = {}
    rows = [[vocab.setdefault(t, len(vocab)) for t in feats[i].tokens] for i in idx]
    m = np.zeros((len(idx), len(vocab)), dtype=np.float32)
    for r, row in enumerate(rows):
        m[r, row] = 1.0
    inter = m @ m.T
    size = m.sum(axis=1)
    shared = inter / np.maximum(size[:, None] + size[None, :] - inter, 1.0)
    v, s = cols.valued[idx], cols.src[idx]
    both = v[:, None] & v[None, :]
    passing = (shared >= np.where(both, cfg.value_overlap, cfg.overlap)) & (shared >= floor)
    c, g = cols.core[idx], cols.aged[idx]
    passing |= (
        (c[:, None] == c[None, :]) & (c[:, None] >= 0)
        | g[:, None] & g[None, :]
        | key.startswith("<doer>")
    )
    sim = None
    if vecs is not None:
        # pairs that may join on meaning (the lower thresholds need values on both sides)
        unit = vecs.unit(idx)
        sim = unit @ unit.T
        passing |= (shared >= cfg.meaning_overlap) & (
            sim >= np.where(both, low_meaning, cfg.meaning)
        )
    return passing & (s[:, None] != s[None, :]), sim


class _SameStory:
    """Whether two sources can tell one story: their content words, and the names and dates
    they mention, must both overlap (cosines of tf-idf vectors over all their claims, smoothed
    idf so that two sources alone still compare). Two reports of two earthquakes share the
    words ("quake", "magnitude", "killed") but not the island, the towns or the day."""

    def __init__(self, feats: Sequence[Feat], cfg: GroupSettings):
        self.words = self._vectors(feats, lambda f: f.tokens)
        self.names = self._vectors(feats, lambda f: f.names)
        self.cfg = cfg
        self.cache: dict[tuple[str, str], bool] = {}

    @staticmethod
    def _vectors(feats: Sequence[Feat],
                 terms: Callable[[Feat], Iterable[str]]) -> dict[str, dict[str, float]]:
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
