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
from array import array
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz

from .candidates import Table, joined, passing
from .claims import Claim
from .compare import Verdict, judge
from .forked import Forked
from .semantic import Aside, embed
from .settings import GroupSettings
from .similarity import (
    Feat,
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
from .story import SameStory

__all__ = ["Group", "GroupSettings", "group_claims", "match_claims"]

# claims from which grouping shares the work on its candidate pairs with a process of its own
# (`forked.py`): forking costs some tens of ms, and this many claims group in some seconds
SPLIT_FROM = 20_000
# the share of the candidate pairs found here while the forked process finds the others: here
# the same-story check is made ready too, which takes about a tenth of the time finding all the
# pairs takes
OWN_PAIRS = 0.45


@dataclass(frozen=True, slots=True)
class Group:
    """Claims that say the same thing, with the verdict on their values."""

    id: str
    verdict: Verdict
    claims: tuple[str, ...]
    sources: tuple[str, ...]
    reason: str
    notes: tuple[str, ...] = field(default=())


def group_claims(claims: Sequence[Claim], *, settings: GroupSettings | None = None,
                 aliases: dict[str, str] | None = None,
                 published: Mapping[str, str | None] | None = None) -> list[Group]:
    """Group claims that say the same thing and judge each group (`published`: each source's
    publication date, when known, for `compare.judge`).

    Groups come out discrepancies first (conflict, compatible), then agree, then single, each in
    the order of their first claim; ids follow that order, so the same input gives the same ids.
    """
    # millions of small objects and no cycles among them: the cyclic garbage collector would
    # walk the growing heap again and again (300k synthetic claims: 41.9 s with it, 34.0 s without)
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _group(claims, settings or GroupSettings(), aliases or {}, published or {})
    finally:
        if enabled:
            gc.enable()


def _group(claims: Sequence[Claim], cfg: GroupSettings, aliases: dict[str, str],
           published: Mapping[str, str | None]) -> list[Group]:
    # the vectors are computed on another core while the features are (`semantic.Aside`); each
    # stage's data is let go as soon as no later stage needs it (the vectors after the
    # candidates, the features after merging)
    with Aside([c.text for c in claims]) if cfg.semantic and claims else nullcontext() as aside:
        feats = features(claims, aliases)
        first, second = _merge_order(claims, feats, cfg, aside)
    root = _merge(feats, first, second)
    del feats
    clusters = _Clusters(root, first, second)
    judged = [judge([claims[i] for i in m], linked=clusters.linked(k, claims), published=published)
              for k, m in enumerate(clusters)]
    rank = {"conflict": 0, "compatible": 1, "agree": 2, "single": 3}
    lowest = clusters.lowest.tolist()
    order = sorted(range(len(judged)), key=lambda k: (rank[judged[k][0]], lowest[k]))
    out = []
    for n, k in enumerate(order, 1):
        verdict, reason, notes = judged[k]
        m = clusters[k]
        ids = tuple(claims[i].id for i in m)
        sources = tuple(dict.fromkeys(claims[i].source for i in m))
        out.append(Group(f"g{n:04d}", verdict, ids, sources, reason, tuple(notes)))
    return out


def _merge_order(claims: Sequence[Claim], feats: list[Feat], cfg: GroupSettings,
                 aside: Aside | None) -> tuple[np.ndarray, np.ndarray]:
    """The scored pairs (`_scored`, as two arrays of claim indices) in the order they merge: best
    score first; equal scores in the order of the claims' ids, not their positions, so the same
    claims in another order make the same groups. Scores are rounded first (to a thousandth),
    since a float32 cosine computed with the claims at other rows differs in its last bits
    (99.99999 / 100.00001) and would break a tie the other way."""
    a, b, scores = _scored(feats, cfg, aside)
    # each claim's place among the ids of the claims paired (equal ids, equal places)
    place = np.zeros(len(claims), dtype=np.int64)
    n, last = 0, None
    for k in sorted(np.unique(np.concatenate([a, b])).tolist(), key=lambda k: claims[k].id):
        n += claims[k].id != last
        place[k], last = n, claims[k].id
    lo, hi = np.minimum(place[a], place[b]), np.maximum(place[a], place[b])
    order = np.lexsort((hi, lo, -scores))
    return a[order], b[order]


def _merge(feats: list[Feat], first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Each claim's cluster (the number of its root claim) after merging the pairs in order:
    two clusters merge unless a pair across them is vetoed."""
    parent = list(range(len(feats)))
    # what can veto a merge, per merged cluster (by its root): one claim for each distinct set
    # of identifying features; a claim alone has its own
    kinds: dict[int, dict[tuple, Feat]] = {}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in zip(first.tolist(), second.tolist(), strict=True):
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        ki = kinds.get(ri) or {signature(feats[ri]): feats[ri]}
        kj = kinds.get(rj) or {signature(feats[rj]): feats[rj]}
        if any(veto(a, b) for a in ki.values() for b in kj.values()):
            continue
        parent[rj] = ri
        ki.update(kj)
        kinds[ri] = ki
        kinds.pop(rj, None)
    return np.array([find(i) for i in range(len(feats))], dtype=np.int64)


class _Clusters:
    """The clusters of claims (lists of claim indices, ascending), ordered by their lowest
    claim, and the scored pairs inside each."""

    def __init__(self, root: np.ndarray, first: np.ndarray, second: np.ndarray):
        by_root = np.argsort(root, kind="stable")
        starts = np.flatnonzero(np.diff(root[by_root], prepend=-1))
        self.lowest = by_root[starts]  # stable: each cluster's claims ascend
        order = np.argsort(self.lowest, kind="stable")
        bounds = np.append(starts, len(root))
        self.start, self.end = bounds[:-1][order], bounds[1:][order]
        self.lowest = self.lowest[order]
        self.roots = root[by_root][self.start]
        # as Python lists too: a million clusters are each read once, a list slice at a time
        self._members, self._start, self._end = (by_root.tolist(), self.start.tolist(),
                                                 self.end.tolist())
        # a conflict needs direct evidence: two claims that matched each other, not a chain
        inside = root[first] == root[second]
        by_pair = np.argsort(root[first][inside], kind="stable")
        self.pair_root = root[first][inside][by_pair]
        self.first, self.second = first[inside][by_pair], second[inside][by_pair]

    def __len__(self) -> int:
        return len(self.start)

    def __getitem__(self, k: int) -> list[int]:
        return self._members[self._start[k]:self._end[k]]

    def __iter__(self) -> Iterator[list[int]]:
        return (self[k] for k in range(len(self)))

    def linked(self, k: int, claims: Sequence[Claim]) -> set[frozenset[str]]:
        """The pairs of claim ids in cluster k that matched each other directly."""
        if self._end[k] - self._start[k] < 2:
            return set()
        lo, hi = np.searchsorted(self.pair_root, self.roots[k], side="left"), np.searchsorted(
            self.pair_root, self.roots[k], side="right")
        return {frozenset((claims[i].id, claims[j].id))
                for i, j in zip(self.first[lo:hi].tolist(), self.second[lo:hi].tolist(),
                                strict=True)}


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
    claim (`coverage`, instead of the share of both claims' words), or the corpus claim's in a
    query that says more (`held`), which makes the meaning floor unneeded (a short query and a
    long sentence that holds it are far apart in meaning); and a claim that says the opposite
    (one negated, one not; or one with the opposite predicate, "rejected" for "accepted":
    `similarity.polar_form`, `opposed`) is kept, flagged, so `check` can call it a conflict.
    Opposite predicates whose doers differ ("Russia accepted" / "Ukraine rejected") are two
    statements, not a match.
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
        common = len(q.tokens & c.tokens)
        cover, held = common / max(1, len(q.tokens)), common / max(1, len(c.tokens))
        meaning = None if qv is None or cv is None else float(qv[n] @ cv[i])
        if set_score >= need and (cover >= cfg.coverage or _held(c, held, meaning, cfg)):
            found.append((i, round((set_score + 100 * max(cover, held)) / 2, 2),
                          q.negated != c.negated))
        elif (
            meaning is not None
            and meaning >= meaning_needed(q, c, cfg)
            and word_share(q, c) >= cfg.meaning_overlap
        ):
            found.append((i, round(100 * meaning, 2), q.negated != c.negated))
    return sorted(found, key=lambda x: (-x[1], x[0]))


def _held(c: Feat, held: float, meaning: float | None, cfg: GroupSettings) -> bool:
    """Whether a source's claim `c`, `held` of whose words the query holds, is held in the query:
    a claim of `held_words` or more, not far from it in meaning (`GroupSettings.held`)."""
    return len(c.tokens) >= cfg.held_words and held >= cfg.held and (
        meaning is None or meaning >= cfg.held_meaning)


def _scored(feats: list[Feat], cfg: GroupSettings,
            aside: Aside | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidate pairs (`candidates.py`) from sources telling one story (`story.py`) that
    pass the thresholds (`similarity.pair_score`), with their scores rounded to a thousandth.
    The scores are computed here: a forked process would copy the pages of every feature it
    read (some 1.4 KB a claim, counting this process's copies), where finding the candidates
    takes it arrays alone."""
    table = Table(feats, cfg)
    vecs = None if aside is None else aside.result()
    # the blocks in two parts, the second in a process of its own on a large corpus, while this
    # one finds the pairs of the first and gets the same-story check ready
    own, other = table.parts(OWN_PAIRS)
    with Forked(passing, table, cfg, vecs, other, fork=len(feats) >= SPLIT_FROM) as theirs:
        mine = passing(table, cfg, vecs, own)
        story = SameStory(table, cfg)
        found = joined(table, mine, theirs.result(), meaning=vecs is not None)
    del table, vecs
    # only pairs from sources telling one story are scored: a look-up per pair of sources
    # costs less than scoring the pairs it rules out
    todo = np.flatnonzero(story.same(found.i, found.j))
    scores, kept = array("d"), array("q")
    for start in range(0, len(todo), 1 << 16):  # Python lists of a slice at a time
        part = todo[start:start + (1 << 16)]
        i, j, share = found.i[part].tolist(), found.j[part].tolist(), found.shared[part].tolist()
        meaning = [None] * len(i) if found.meaning is None else found.meaning[part].tolist()
        for k, (a, b, sim, shared) in enumerate(zip(i, j, meaning, share, strict=True), start):
            score = pair_score(feats[a], feats[b], cfg, sim, shared)
            if score is not None:
                scores.append(round(score, 3))
                kept.append(k)
    at = todo[np.frombuffer(kept, dtype=np.int64)]
    return found.i[at], found.j[at], np.frombuffer(scores)
