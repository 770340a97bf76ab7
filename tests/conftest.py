"""Shared fixtures: the seed corpus is parsed once per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def stem(source_id: str) -> str:
    """'003_35250e8d5da3dacb' → '003' (the seed-findings naming)."""
    return source_id.split("_")[0]


@pytest.fixture(scope="session")
def seed_report():
    from claimcheck import build_report

    return build_report(CORPUS)


@pytest.fixture(scope="session")
def seed_json(seed_report):
    from claimcheck.report import to_json

    return json.loads(to_json(seed_report))


@pytest.fixture(scope="session")
def extractor():
    from claimcheck import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def seed_texts():
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
