"""Candidate pairs for grouping: which pairs of claims are compared at all.

A claim goes in the blocks of its `block_keys` rarest words (words in 2 to `max_block` claims)
and of its structural keys (an age limit of a group; a doer acting on people). A pair of a block
from two sources is a candidate when it shares enough words for any threshold, has one core or
an age limit in common, or (with the meaning signal) is close enough in meaning; `group.py`
scores the candidates. A million claims make some 400,000 blocks, most of two to ten claims: too
many for a loop of numpy calls each, so everything here runs on arrays over chunks of blocks. A
pair in several blocks is a candidate once, in the first block (in the order of the keys) that
lets it through, with that block's cosine: the float32 cosine of two claims computed among other
rows can differ in its last bits, so each block's cosines are computed as one matrix product of
that block's rows, as they always were.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, pairwise
from operator import attrgetter

import numpy as np

from .semantic import Vectors
from .settings import GroupSettings
from .similarity import Feat, acts_on_people

# the blocks taken at once are cut at about this many pairs or claims in them: bounds the
# chunk's arrays (a dozen columns of pairs; with the meaning signal, two copies of the blocks'
# float32 rows, 1 KB a claim each) to some tens of MB
CHUNK_PAIRS = 1 << 18
CHUNK_CLAIMS = 1 << 13
AGE_KEY = "<age-bound>"  # the block of claims bounding the age of a group
DOER_KEY = "<doer>"  # + a doer's name: the block of claims in which the doer acts on people


@dataclass(frozen=True)
class Candidates:
    """Pairs of claims to score (indices, i < j), with their cosines (None without meaning) and
    the share of their words both use (float64, `similarity.word_share`)."""

    i: np.ndarray
    j: np.ndarray
    meaning: np.ndarray | None
    shared: np.ndarray


def candidates(table: Table, cfg: GroupSettings, vecs: Vectors | None = None) -> Candidates:
    """The candidate pairs of the claims, each once, with its cosine in the first block (in
    the order of the keys) that lets it through (the blocks taken in two parts, as grouping
    takes them: `passing`, `joined`)."""
    return joined(table, *(passing(table, cfg, vecs, part) for part in table.parts(0.5)),
                  meaning=vecs is not None)


def passing(table: Table, cfg: GroupSettings, vecs: Vectors | None,
            chunks: Sequence[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs of some runs of blocks (`Table.parts`) that are let through (as `i * claims
    + j`), each once, with its cosine in the first block that lets it through (zeros without
    the meaning signal) and its share of words. Arrays alone: a forked process computing them
    copies next to nothing of its parent's memory."""
    codes, sims = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.float32)]
    shares = [np.zeros(0)]
    for first, last in chunks:
        pairs = _Chunk(table, first, last)
        through = pairs.passing(cfg, vecs)
        codes.append(pairs.i[through] * table.n + pairs.j[through])
        sims.append(pairs.sim[through] if pairs.sim is not None
                    else np.zeros(int(through.sum()), dtype=np.float32))
        shares.append(pairs.share[through])
    # the pairs let through, in block order; a stable sort keeps each pair's first
    code, at = np.unique(np.concatenate(codes), return_index=True)
    return code, np.concatenate(sims)[at], np.concatenate(shares)[at]


def joined(table: Table, *parts: tuple[np.ndarray, np.ndarray, np.ndarray],
           meaning: bool = True) -> Candidates:
    """The candidates of the parts of the blocks (`passing`, in the order of the parts); a pair
    of two parts is the first's, as it would be in one run of the blocks. `meaning`: whether
    the cosines were computed."""
    code, sim, share = (np.concatenate(x) for x in zip(*parts, strict=True))
    code, at = np.unique(code, return_index=True)
    n = max(table.n, 1)
    return Candidates(code // n, code % n, sim[at] if meaning else None, share[at])


class Table:
    """Per-claim columns (token numbers, source, values, age limits, core, the numbers of the
    names and dates it mentions) and the blocks: the claims of each block, blocks in the order
    of their keys, claims in their order. Arrays alone: a forked process reading them copies
    next to nothing of its parent's memory."""

    def __init__(self, feats: Sequence[Feat], cfg: GroupSettings):
        n = len(feats)
        doers = [DOER_KEY + f.doer if acts_on_people(f) else None for f in feats]
        self.aged = np.fromiter(map(bool, map(attrgetter("age_limits"), feats)), bool, n)
        # every key numbered in the order of its text, so blocks sort as their keys do
        number, self.tokens, self.lens = _numbered(
            list(map(attrgetter("tokens"), feats)),
            {d for d in doers if d} | ({AGE_KEY} if self.aged.any() else set()))
        names = list(number)
        self.structural, self.is_doer = _starting(names, "<"), _starting(names, DOER_KEY)
        self.starts = np.concatenate([[0], np.cumsum(self.lens)])
        sources = list(map(attrgetter("source"), feats))
        source_no = {s: k for k, s in enumerate(dict.fromkeys(sources))}
        self.src = np.fromiter(map(source_no.__getitem__, sources), dtype=np.int64, count=n)
        self.valued = np.fromiter(map(bool, map(attrgetter("keys"), feats)), bool, n)
        cores: dict[tuple, int] = {}
        self.core = np.fromiter(
            (cores.setdefault(f.core, len(cores)) if f.core and not f.keys else -1
             for f in feats), dtype=np.int64, count=n)
        doer = np.array([number[d] if d else -1 for d in doers], dtype=np.int64)
        _, self.names, self.name_lens = _numbered(list(map(attrgetter("names"), feats)))
        self.n = n
        self.members, self.sizes, self.doer = self._blocks(cfg, doer, number.get(AGE_KEY, -1))
        self.offsets = np.concatenate([[0], np.cumsum(self.sizes)])

    def _blocks(self, cfg: GroupSettings, doer: np.ndarray,
                age: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The claims of every block (one after another), the blocks' sizes, and which blocks
        are a doer's; blocks of one claim and structural blocks of more than `max_block` claims
        left out (too common to say which group of people, or which doing, a claim is about)."""
        owner = np.repeat(np.arange(self.n), self.lens)
        df = np.bincount(self.tokens, minlength=len(self.structural))[self.tokens]
        usable = (df >= 2) & (df <= cfg.max_block)
        owner, token, df = owner[usable], self.tokens[usable], df[usable]
        # each claim's `block_keys` rarest words (fewest claims, then first in text order)
        order = np.lexsort((token, df, owner))
        owner, token = owner[order], token[order]
        rank = np.arange(len(owner)) - np.searchsorted(owner, owner)
        rarest = rank < cfg.block_keys
        aged = np.flatnonzero(self.aged)
        acting = np.flatnonzero(doer >= 0)
        key = np.concatenate([token[rarest], np.full(len(aged), age), doer[acting]])
        claim = np.concatenate([owner[rarest], aged, acting])
        code = np.sort(key * self.n + claim)  # by key, then claim
        key, claim = code // max(self.n, 1), code % max(self.n, 1)
        start = np.flatnonzero(np.diff(key, prepend=-1))
        sizes = np.diff(start, append=len(key))
        kept = (sizes >= 2) & ~(self.structural[key[start]] & (sizes > cfg.max_block))
        inside = np.repeat(kept, sizes)
        return claim[inside], sizes[kept], self.is_doer[key[start[kept]]]

    def parts(self, share: float) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The chunks (see `chunks`) in two runs, the first of about `share` of the pairs."""
        chunks = list(self.chunks())
        if not chunks:
            return [], []
        pairs = np.cumsum(self.sizes * (self.sizes - 1) // 2)[[last - 1 for _, last in chunks]]
        cut = int(np.searchsorted(pairs, pairs[-1] * share)) + 1
        return chunks[:cut], chunks[cut:]

    def chunks(self) -> Iterator[tuple[int, int]]:
        """Runs of blocks (first, last + 1) of about CHUNK_PAIRS pairs or CHUNK_CLAIMS claims."""
        pairs = np.cumsum(self.sizes * (self.sizes - 1) // 2)
        no = np.maximum(pairs // CHUNK_PAIRS, self.offsets[1:] // CHUNK_CLAIMS)
        if len(no):
            yield from pairwise([0, *(np.flatnonzero(np.diff(no)) + 1).tolist(), len(no)])


class _Chunk:
    """Every pair (x < y) of a run of blocks, in block order: the claims (`i`, `j`), the block,
    and the share of words the two claims have in common."""

    def __init__(self, table: Table, first: int, last: int):
        self.table = table
        self.sizes = table.sizes[first:last]
        self.members = table.members[table.offsets[first]:table.offsets[last]]
        self.doer = table.doer[first:last]
        self.block = np.repeat(np.arange(len(self.sizes)), self.sizes)
        self.starts = np.concatenate([[0], np.cumsum(self.sizes)[:-1]])
        self.pos = np.arange(len(self.members)) - self.starts[self.block]
        # member a with each later member of its block
        later = self.sizes[self.block] - 1 - self.pos
        self.left = np.repeat(np.arange(len(self.members)), later)
        self.right = self.left + 1 + _ramp(later)
        self.first_pair = np.cumsum(later) - later  # a's pairs start here
        self.i, self.j = self.members[self.left], self.members[self.right]
        self.sim: np.ndarray | None = None
        self.share = np.zeros(0)

    def shared(self) -> tuple[np.ndarray, np.ndarray]:
        """The share of all the words of each pair both use: float32, as the block matrices
        computed it (what `passing` compares), and float64, as `similarity.word_share` computes
        it (what the pair's score uses)."""
        t = self.table
        lens = t.lens[self.members]
        member = np.repeat(np.arange(len(self.members)), lens)
        token = t.tokens[np.repeat(t.starts[self.members], lens) + _ramp(lens)]
        # the members of a block using one word, in order: each two of them share it
        order = np.argsort(self.block[member] * len(t.structural) + token, kind="stable")
        key, member = (self.block[member] * len(t.structural) + token)[order], member[order]
        start = np.flatnonzero(np.diff(key, prepend=-1))
        end = np.repeat(np.append(start[1:], len(key)), np.diff(start, append=len(key)))
        later = end - 1 - np.arange(len(key))
        a = np.repeat(np.arange(len(key)), later)
        ma, mb = member[a], member[a + 1 + _ramp(later)]
        both = np.bincount(self.first_pair[ma] + mb - ma - 1, minlength=len(self.left))
        inter, size = both.astype(np.float32), t.lens.astype(np.float32)
        return (inter / np.maximum(size[self.i] + size[self.j] - inter, 1.0),
                both / np.maximum(t.lens[self.i] + t.lens[self.j] - both, 1))

    def passing(self, cfg: GroupSettings, vecs: Vectors | None) -> np.ndarray:
        """Which pairs may join: from different sources, with enough shared words (a pair needs
        `value_overlap` of its words in common with values on both sides, else `overlap`), one
        core, an age limit each, a doer's block, or close meaning."""
        t, i, j = self.table, self.i, self.j
        shared, self.share = self.shared()
        floor = min(cfg.value_overlap, cfg.overlap)
        low_meaning = min(cfg.meaning, cfg.meaning_values, cfg.meaning_same, cfg.meaning_bound)
        both = t.valued[i] & t.valued[j]
        passing = (shared >= np.where(both, cfg.value_overlap, cfg.overlap)) & (shared >= floor)
        passing |= (
            (t.core[i] == t.core[j]) & (t.core[i] >= 0)
            | t.aged[i] & t.aged[j]
            | self.doer[self.block[self.left]]
        )
        if vecs is not None:
            # pairs that may join on meaning (the lower thresholds need values on both sides)
            self.sim = self._cosines(vecs)
            passing |= (shared >= cfg.meaning_overlap) & (
                self.sim >= np.where(both, low_meaning, cfg.meaning)
            )
            passing |= ~t.valued[i] & ~t.valued[j] & (shared >= cfg.meaning_shared) & (
                self.sim >= cfg.near_meaning)  # statements short on words, near in meaning
        return passing & (t.src[i] != t.src[j])

    def _cosines(self, vecs: Vectors) -> np.ndarray:
        """Each pair's cosine, from its block's matrix product (blocks of one size at once:
        numpy multiplies each matrix of a stack as it would alone). The product is of two
        copies of the rows, as grouping always computed it: one array times its own transpose
        goes to another BLAS routine, with other last bits."""
        sim = np.empty(len(self.left), dtype=np.float32)
        pair_block = self.block[self.left]
        pair_size = self.sizes[pair_block]
        for k in np.unique(self.sizes).tolist():
            blocks = np.flatnonzero(self.sizes == k)
            rows = self.members[self.starts[blocks][:, None] + np.arange(k)]
            unit = vecs.unit(rows.ravel()).reshape(len(blocks), k, -1)
            cos = unit @ unit.copy().transpose(0, 2, 1)
            at = np.flatnonzero(pair_size == k)
            sim[at] = cos[np.searchsorted(blocks, pair_block[at]), self.pos[self.left[at]],
                          self.pos[self.right[at]]]
        return sim


def _numbered(sets: list[frozenset[str]], more: Iterable[str] = ()
              ) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """Every word of the sets, and `more`, numbered in the order of its text; the words of each
    set as those numbers, one set after another; and the sets' sizes."""
    words = sorted(set(chain.from_iterable(sets)).union(more))
    number = dict(zip(words, range(len(words)), strict=True))
    lens = np.fromiter(map(len, sets), dtype=np.int64, count=len(sets))
    return number, np.fromiter(map(number.__getitem__, chain.from_iterable(sets)),
                               dtype=np.int64, count=int(lens.sum())), lens


def _starting(words: list[str], prefix: str) -> np.ndarray:
    """Which of the words (sorted) start with `prefix`: a run of them, as they sort."""
    out = np.zeros(len(words), dtype=bool)
    after = prefix[:-1] + chr(ord(prefix[-1]) + 1)  # the first text past those starting so
    out[bisect_left(words, prefix):bisect_left(words, after)] = True
    return out


def _ramp(counts: np.ndarray) -> np.ndarray:
    """0, 1, … counts[0] - 1, 0, 1, … counts[1] - 1, …: the place of each item in its run."""
    total = int(counts.sum())
    return np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
