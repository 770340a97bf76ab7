"""Candidate pairs (claimcheck/candidates.py): the pairs computed on arrays over chunks of blocks
are the pairs of the block-by-block definition, with the same cosines, whatever the chunks."""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np
import pytest
from hypothesis import given
from test_group import _claims

from claimcheck import candidates as cand
from claimcheck.group import GroupSettings, group_claims
from claimcheck.semantic import Vectors, vectors
from claimcheck.similarity import Feat, acts_on_people, features, word_share


def _block_by_block(feats: list[Feat], cfg: GroupSettings,
                    vecs: Vectors | None) -> dict[tuple[int, int], float | None]:
    """The candidates as grouping first computed them: one block at a time, keys in text
    order, each pair in the first block that lets it through, with that block's cosine."""
    df = Counter(t for f in feats for t in f.tokens)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        keys = sorted((t for t in f.tokens if 2 <= df[t] <= cfg.max_block),
                      key=lambda t: (df[t], t))
        for t in keys[:cfg.block_keys]:
            blocks[t].append(i)
        if f.age_limits:
            blocks[cand.AGE_KEY].append(i)
        if acts_on_people(f):
            blocks[cand.DOER_KEY + f.doer].append(i)
    found: dict[tuple[int, int], float | None] = {}
    for key in sorted(blocks):
        idx = blocks[key]
        if len(idx) < 2 or key.startswith("<") and len(idx) > cfg.max_block:
            continue
        vocab: dict[str, int] = {}
        rows = [[vocab.setdefault(t, len(vocab)) for t in feats[i].tokens] for i in idx]
        m = np.zeros((len(idx), len(vocab)), dtype=np.float32)
        for r, row in enumerate(rows):
            m[r, row] = 1.0
        inter = m @ m.T
        size = m.sum(axis=1)
        shared = inter / np.maximum(size[:, None] + size[None, :] - inter, 1.0)
        v = np.array([bool(feats[i].keys) for i in idx])
        both = v[:, None] & v[None, :]
        passing = (shared >= np.where(both, cfg.value_overlap, cfg.overlap)) & (
            shared >= min(cfg.value_overlap, cfg.overlap))
        cores: dict[tuple, int] = {}
        c = np.array([cores.setdefault(feats[i].core, len(cores))
                      if feats[i].core and not feats[i].keys else -1 for i in idx])
        g = np.array([bool(feats[i].age_limits) for i in idx])
        passing |= (c[:, None] == c[None, :]) & (c[:, None] != -1) | g[:, None] & g[None, :]
        passing |= key.startswith(cand.DOER_KEY)
        sim = None
        if vecs is not None:
            sim = vecs.unit(idx) @ vecs.unit(idx).T
            low = min(cfg.meaning, cfg.meaning_values, cfg.meaning_same, cfg.meaning_bound)
            passing |= (shared >= cfg.meaning_overlap) & (sim >= np.where(both, low, cfg.meaning))
            passing |= ~v[:, None] & ~v[None, :] & (shared >= cfg.meaning_shared) & (
                sim >= cfg.near_meaning)
        s = np.array([feats[i].source for i in idx])
        passing &= s[:, None] != s[None, :]
        for x, y in zip(*np.nonzero(np.triu(passing, 1)), strict=True):
            if (idx[x], idx[y]) not in found:
                found[idx[x], idx[y]] = None if sim is None else float(sim[x, y])
    return found


def _arrays(feats, cfg, vecs):
    c = cand.candidates(cand.Table(feats, cfg), cfg, vecs)
    meaning = [None] * len(c.i) if c.meaning is None else c.meaning.tolist()
    out = dict(zip(zip(c.i.tolist(), c.j.tolist(), strict=True), meaning, strict=True))
    assert len(out) == len(c.i)  # each pair once
    # the share of words each pair both use is the one scoring would compute
    assert c.shared.tolist() == [word_share(feats[i], feats[j]) for i, j in out]
    return out


@pytest.mark.parametrize("semantic", [True, False], ids=["semantic", "words"])
@given(claims=_claims())
def test_pairs_are_those_of_the_block_by_block_definition(semantic, claims):
    feats = features(claims, {})
    cfg = GroupSettings(semantic=semantic, max_block=6, block_keys=2)
    vecs = vectors([c.text for c in claims]) if semantic else None
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cand, "CHUNK_PAIRS", 3)  # many chunks: a pair may recur in a later one
        mp.setattr(cand, "CHUNK_CLAIMS", 4)
        assert _arrays(feats, cfg, vecs) == _block_by_block(feats, cfg, vecs)


@pytest.mark.parametrize("semantic", [True, False], ids=["semantic", "words"])
def test_seed_groups_do_not_depend_on_the_chunks(seed_report, semantic, monkeypatch):
    cfg = GroupSettings(semantic=semantic)
    whole = group_claims(seed_report.claims, settings=cfg)
    monkeypatch.setattr(cand, "CHUNK_PAIRS", 1)  # one block a chunk
    monkeypatch.setattr(cand, "CHUNK_CLAIMS", 1)
    assert group_claims(seed_report.claims, settings=cfg) == whole
