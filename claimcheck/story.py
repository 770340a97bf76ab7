"""Whether two sources can tell one story, so that their claims may join.

Their content words, and the names and dates they mention, must both overlap: cosines of tf-idf
vectors over all their claims, with smoothed idf so that two sources alone still compare. Two
reports of two earthquakes share the words ("quake", "magnitude", "killed") but not the island,
the towns or the day. The vectors are arrays (a source's terms in text order, and their weights),
and the cosines of many pairs of sources are taken at once: a million claims come from some
50,000 sources, and grouping asks about hundreds of thousands of pairs of them.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from .candidates import Table
from .lexicon import FAITHS, TIME_ZONES
from .settings import LIMITS, GroupSettings

if TYPE_CHECKING:
    from .claims import Claim

# names that tie no two stories (`story_names`)
_NO_STORYS_OWN = FAITHS | frozenset(TIME_ZONES)
# pairs of sources compared at once: bounds the arrays of their terms to some tens of MB
BATCH = 1 << 14


class SameStory:
    """`same(a, b)`: for pairs of claims (index arrays), whether their sources tell one story
    (`same_story` for the words, `same_event` for the names when both sources name any)."""

    def __init__(self, table: Table, cfg: GroupSettings):
        self.src = table.src
        self.cfg = cfg
        self.words = _TfIdf(table.src, table.tokens, table.lens)
        self.names = _TfIdf(table.src, table.names, table.name_lens)

    def same(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Whether the sources of claims a[k] and b[k] tell one story, for every k."""
        sa, sb = self.src[a], self.src[b]
        n = max(len(self.words.starts) - 1, 1)
        pair, at = np.unique(np.minimum(sa, sb) * n + np.maximum(sa, sb), return_inverse=True)
        ok = np.zeros(len(pair), dtype=bool)
        for start in range(0, len(pair), BATCH):
            x, y = pair[start:start + BATCH] // n, pair[start:start + BATCH] % n
            named = self.names.has_terms(x) & self.names.has_terms(y)
            same = self.words.cosines(x, y) >= self.cfg.same_story
            same[named] &= self.names.cosines(x[named], y[named]) >= self.cfg.same_event
            ok[start:start + BATCH] = same
        return ok[at]


class _TfIdf:
    """Unit tf-idf vectors of sources: tf is 1 + log of the number of the source's claims with
    the term, idf log((1 + sources) / (1 + sources with the term)) + 1."""

    def __init__(self, src: np.ndarray, terms: np.ndarray, lens: np.ndarray):
        sources = int(src.max()) + 1 if len(src) else 0
        vocab = int(terms.max()) + 1 if len(terms) else 0
        code, count = np.unique(np.repeat(src, lens) * vocab + terms, return_counts=True)
        self.codes = code  # source × vocab + term, ascending
        source, term = code // max(vocab, 1), code % max(vocab, 1)
        df = np.bincount(term, minlength=vocab)
        # the logs by Python's math, as the weights were always computed
        idf = _table(lambda k: math.log((1 + sources) / (1 + k)) + 1, df)
        weight = _table(lambda k: 1 + math.log(k), count) * idf[term]
        norm = np.sqrt(np.bincount(source, weights=weight * weight, minlength=sources))
        self.weights = weight / norm[source]
        self.starts = np.searchsorted(source, np.arange(sources + 1))
        self.vocab = vocab

    def has_terms(self, sources: np.ndarray) -> np.ndarray:
        return self.starts[sources + 1] > self.starts[sources]

    def cosines(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """The cosine of sources a[k] and b[k]: the products of their common terms' weights,
        summed in text order of the terms (the terms of the source with fewer, looked up among
        the other's)."""
        size = self.starts[1:] - self.starts[:-1]
        fewer = size[a] <= size[b]
        q, r = np.where(fewer, a, b), np.where(fewer, b, a)
        lens = size[q]
        at = np.repeat(self.starts[q], lens) + _ramp(lens)
        key = np.repeat(r, lens) * self.vocab + self.codes[at] % max(self.vocab, 1)
        found = np.minimum(np.searchsorted(self.codes, key), max(len(self.codes) - 1, 0))
        hit = self.codes[found] == key if len(self.codes) else np.zeros(0, dtype=bool)
        pair = np.repeat(np.arange(len(a)), lens)
        return np.bincount(pair[hit], weights=self.weights[at[hit]] * self.weights[found[hit]],
                           minlength=len(a))


def _table(fn, values: np.ndarray) -> np.ndarray:
    """fn of each value, computed once per distinct value (fn: Python floats)."""
    distinct, at = np.unique(values, return_inverse=True)
    return np.array([fn(v) for v in distinct.tolist()], dtype=np.float64)[at]


def _ramp(counts: np.ndarray) -> np.ndarray:
    total = int(counts.sum())
    return np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)


def story_names(claims: Sequence[Claim]) -> dict[str, frozenset[str]]:
    """Each source's own names: the places, people and organisations its claims name most (a
    story names where it happens and who is in it again and again; a name said once is mostly
    background). A faith ("Christian", "Muslim") is no story's own name: it says who people
    are, and stories of every kind name it (`lexicon.FAITHS`); nor is a time zone ("GMT"), which
    the recogniser may take for an organisation."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for c in claims:
        # a person by the surname: "Eric Allen Kirkpatrick" and "Kirkpatrick" are one name
        for name in {t.lower().split()[-1] if label == "PERSON" else t.lower()
                     for t, label in c.entities if t.lower() not in _NO_STORYS_OWN}:
            counts[c.source][name] += 1
    out = {}
    for source, seen in counts.items():
        ranked = sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))  # ties by name: same input,
        out[source] = frozenset(p for p, _n in ranked[:LIMITS.story_names])  # same names
    return out
