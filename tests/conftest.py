"""Shared fixtures: the seed corpus is parsed once per test session."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property-based tests: a quick profile for every run (CI), and a thorough one run on purpose:
#   HYPOTHESIS_PROFILE=thorough python -m pytest tests/test_properties.py
# (10,000 generated cases per property; see README, "Development").
settings.register_profile("default", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def write_sources(folder: Path, *texts: str, dates: tuple[str | None, ...] = ()) -> Path:
    """Made-up one-paragraph articles a.txt, b.txt, ... in `folder`, each with its publication
    date when `dates` gives one: a corpus as a user drops it in a folder."""
    for n, text in enumerate(texts):
        date = dates[n] if n < len(dates) else None
        head = f"date: {date}\n\n" if date else ""
        (folder / f"{'abcdefgh'[n]}.txt").write_text(head + text + "\n", encoding="utf-8")
    return folder


def stem(source_id: str) -> str:
    """'003_35250e8d5da3dacb' → '003' (the seed-findings naming)."""
    return source_id.split("_")[0]


def make_claim(
    cid, source, frame, *, values=(), entities=(), negated=False, core=None, doer=None, parties=()
):
    """A claim built by hand (its text is its frame), for grouping and verdict tests."""
    from claimcheck.claims import Claim

    return Claim(
        id=cid,
        source=source,
        text=frame,
        quote=frame,
        start=0,
        end=len(frame),
        sentence=frame,
        frame=frame,
        values=tuple(values),
        entities=tuple(entities),
        negated=negated,
        core=core,
        doer=doer,
        parties=tuple(parties),
    )


def count_value(n, noun="people", **kw):
    """An exact count of `noun`."""
    from claimcheck.values import Value

    return Value(str(n), "count", n, n, "exact", noun=noun, **kw)


@pytest.fixture(scope="session")
def seed_report():
    from claimcheck import build_report

    return build_report(CORPUS)


@pytest.fixture(scope="session")
def seed_json(seed_report):
    from claimcheck.report import to_json

    return json.loads(to_json(seed_report))


@pytest.fixture(scope="session")
def seed_json_words(seed_report):
    """The seed report grouped on words alone (`--no-semantic`), from the same claims."""
    from dataclasses import replace

    from claimcheck.group import GroupSettings, group_claims
    from claimcheck.pipeline import resolve_aliases
    from claimcheck.report import to_json

    groups = group_claims(seed_report.claims, settings=GroupSettings(semantic=False),
                          aliases=resolve_aliases(None, CORPUS))
    return json.loads(to_json(replace(seed_report, groups=tuple(groups))))


@pytest.fixture(params=["semantic", "words"])
def seed_json_both(request, seed_json, seed_json_words):
    """The seed report on both grouping paths: the default, and `--no-semantic`."""
    return seed_json if request.param == "semantic" else seed_json_words


@pytest.fixture(scope="session")
def extractor():
    from claimcheck import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def seed_texts():
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
