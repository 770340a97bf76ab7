"""Whether two sources tell one story (claimcheck/story.py): tf-idf cosines of their words and
names, computed on arrays for many pairs of sources at once."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import combinations

import numpy as np
from conftest import make_claim, write_sources
from hypothesis import given
from test_group import _claims

from claimcheck.candidates import Table
from claimcheck.group import GroupSettings
from claimcheck.similarity import features
from claimcheck.story import SameStory


def _cosines_by_dicts(feats, terms):
    """Every pair of sources' cosine, from tf-idf vectors held as dicts."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for f in feats:
        counts[f.source].update(terms(f))
    df = Counter(t for c in counts.values() for t in c)
    idf = {t: math.log((1 + len(counts)) / (1 + k)) + 1 for t, k in df.items()}
    vec = {}
    for src, c in counts.items():
        v = {t: (1 + math.log(k)) * idf[t] for t, k in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vec[src] = {t: x / norm for t, x in v.items()}
    return {(a, b): sum(vec[a][t] * vec[b][t] for t in sorted(vec[a].keys() & vec[b].keys()))
            for a, b in combinations(sorted(vec), 2)}


@given(_claims())
def test_cosines_are_those_of_tf_idf_dicts(claims):
    feats = features(claims, {})
    table = Table(feats, GroupSettings())
    story = SameStory(table, GroupSettings())
    number = {f.source: int(n) for f, n in zip(feats, table.src, strict=True)}
    for vectors, terms in ((story.words, lambda f: f.tokens), (story.names, lambda f: f.names)):
        for (a, b), want in _cosines_by_dicts(feats, terms).items():
            got = vectors.cosines(np.array([number[a]]), np.array([number[b]]))[0]
            assert math.isclose(got, want, abs_tol=1e-12), (a, b)


def test_sources_naming_different_places_tell_different_stories():
    """Two quakes share their words, not their places; a source naming nothing is held to the
    words alone."""
    def claim(cid, src, place):
        entities = ((place, "GPE"),) if place else ()
        return make_claim(cid, src, "quake magnitude killed people", entities=entities)

    claims = [claim("a#0", "a", "Qeshm"), claim("b#0", "b", "Qeshm"),
              claim("c#0", "c", "Bali"), claim("d#0", "d", None)]
    feats = features(claims, {})
    cfg = GroupSettings()
    story = SameStory(Table(feats, cfg), cfg)
    first, second = np.array([0, 0, 0, 2]), np.array([1, 2, 3, 3])
    assert story.same(first, second).tolist() == [True, False, True, True]


def test_a_faith_ties_no_two_stories(tmp_path):
    """Two events whose stories share only a faith: their injured counts are two measures, not
    a conflict."""
    from claimcheck import build_report

    write_sources(tmp_path,
                  "Jo Kemp, a Christian pastor, was hit by a car in Dayton. Kemp was taken to "
                  "Dayton General. No one was injured in the crash.",
                  "Christian and Muslim workers fled the shooting at the Orvik plant in Salem. "
                  "Three workers were injured in the shooting.")
    assert build_report(tmp_path).discrepancies == ()


def test_a_time_zone_ties_no_two_stories():
    """"GMT", which the recogniser may take for an organisation, is no story's own name."""
    from types import SimpleNamespace

    from claimcheck.story import story_names

    claims = [SimpleNamespace(source="a", entities=(("GMT", "ORG"), ("Kelton", "GPE"))),
              SimpleNamespace(source="a", entities=(("GMT", "ORG"),))]
    assert story_names(claims)["a"] == frozenset({"kelton"})
