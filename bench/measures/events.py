"""The ECB+ development events, parsed once and shared by every measure that needs them.

Each event folder is parsed as its own corpus (how a user runs claimcheck on a folder of
articles about one event); source ids are file stems, unique across the 40 events.
"""

from __future__ import annotations

import concurrent.futures as cf
import csv
import multiprocessing as mp
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck import Claim, Extractor, Group, Source, clean, group_claims, load_corpus
from claimcheck.actiondays import measure_rows
from claimcheck.agreements import Agreement, find_agreements
from claimcheck.measures import Discrepancy, find, opposed
from claimcheck.report import agreement_dict, discrepancy_dict

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CLAIMCHECK_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "corpora" / "ecbplus-dev"
PAIRS = DEV / "annotations" / "crossdoc_action_sentence_pairs.tsv"


@dataclass(frozen=True)
class Event:
    """One parsed event folder: its sources by id and its claims in source and text order."""

    name: str
    sources: dict[str, Source]
    claims: tuple[Claim, ...]
    published: dict[str, str | None]  # source id -> publication date read from the article


def event_names() -> list[str]:
    """Every event folder of the dev corpus, in topic order (1_ecb, 1_ecbplus, 2_ecb, ...)."""
    names = [p.name for p in DEV.iterdir() if p.is_dir() and p.name != "annotations"]
    return sorted(names, key=lambda n: (int(n.split("_")[0]), n))


def pair_rows(events: set[str]) -> list[dict[str, str]]:
    """The annotated sentence pairs (`PAIRS`) of the named events, as the TSV gives them."""
    with PAIRS.open(encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f, delimiter="\t") if event_of(r["doc_a"]) in events]


def event_of(source_id: str) -> str:
    """'12_3ecbplus' -> '12_ecbplus': the event folder a source file belongs to."""
    topic, rest = source_id.split("_", 1)
    return f"{topic}_{rest.lstrip('0123456789')}"


def parse_sources(sources: list[Source]) -> tuple[list[Claim], dict[str, str | None]]:
    """Clean and split sources into claims with the default pipeline (loaded once a process);
    also each source's publication date as cleaning reads it."""
    extractor = Extractor()
    cleaned = [clean(s, is_word=extractor.is_word) for s in sources]
    return list(extractor.extract(cleaned).claims), {c.source.id: c.date for c in cleaned}


def parse_folder(folder: Path) -> Event:
    """One folder read, cleaned and split into claims."""
    corpus = load_corpus(folder)
    claims, published = parse_sources(list(corpus.sources))
    return Event(folder.name, {s.id: s for s in corpus.sources}, tuple(claims), published)


def parse_events(names: list[str], *, jobs: int = 2) -> dict[str, Event]:
    """Parse the named event folders, `jobs` processes each taking whole folders."""
    folders = [DEV / n for n in names]
    if jobs <= 1:
        return {f.name: parse_folder(f) for f in folders}
    order = sorted(folders, key=lambda f: -sum(p.stat().st_size for p in f.iterdir()))
    with cf.ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context("fork")) as pool:
        done = dict(zip([f.name for f in order], pool.map(parse_folder, order), strict=True))
    return {n: done[n] for n in names}


def group(claims: list[Claim] | tuple[Claim, ...]) -> list[Group]:
    """Group claims as `claimcheck report` does (default settings, no alias table)."""
    return group_claims(list(claims))


def discrepancies(claims: list[Claim] | tuple[Claim, ...],
                  published: dict[str, str | None]) -> list[Discrepancy]:
    """The discrepancies the measure table finds, as `claimcheck report` does."""
    return find(measure_rows(claims, published))


def findings(claims: list[Claim] | tuple[Claim, ...], published: dict[str, str | None],
             ) -> tuple[list[Discrepancy], list[Agreement]]:
    """The discrepancies and the agreements the measure table finds, as `claimcheck report`
    does."""
    rows = measure_rows(claims, published)
    found = find(rows)
    return found, find_agreements(rows, found)


def report_dict(claims: list[Claim] | tuple[Claim, ...], groups: list[Group],
                found: Sequence[Discrepancy] = (), agreed: Sequence[Agreement] = ()) -> dict:
    """The parts of the report JSON that `claimcheck.evaluate` reads."""
    return {"claims": [{"id": c.id, "source": c.source, "text": c.text, "quote": c.quote}
                       for c in claims],
            "groups": [{"id": g.id, "verdict": g.verdict, "claims": list(g.claims),
                        "sources": list(g.sources), "reason": g.reason} for g in groups],
            "discrepancies": [discrepancy_dict(d) for d in found],
            "agreements": [agreement_dict(a) for a in agreed]}


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of a one-sentence-a-line article, in order."""
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def find_line(source: Source, sentence: str, hint: int) -> tuple[int, int] | None:
    """The span of the line of `source` that reads `sentence` (the one nearest line `hint`)."""
    spans = line_spans(source.text)
    hits = [i for i, (a, b) in enumerate(spans) if source.text[a:b].strip() == sentence.strip()]
    if not hits:
        return None
    best = min(hits, key=lambda i: abs(i - hint))
    return spans[best]


def conflicting(groups: list[Group], found: Sequence[Discrepancy], left: set[str],
                right: set[str]) -> bool:
    """Whether a conflict group holds a claim of each side, or a conflict the measure table
    finds sets a figure of one side against a figure of the other (a discrepancy also shows the
    rows that agree with either side: two outlets giving the same figure are not in conflict)."""
    if any(g.verdict == "conflict" and left & set(g.claims) and right & set(g.claims)
           for g in groups):
        return True
    return any(a.claim in left and b.claim in right or b.claim in left and a.claim in right
               for d in found if d.tier == "conflict" for a, b in opposed(d))


def claims_in(claims: list[Claim] | tuple[Claim, ...], source: str,
              span: tuple[int, int]) -> list[Claim]:
    """The claims of `source` whose quote lies inside `span` (one line of its text)."""
    a, b = span
    return [c for c in claims if c.source == source and c.start < b and c.end > a]
