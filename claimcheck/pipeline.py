"""The whole flow: ingest → clean → claims (with values) → group → compare → Report.

`build_report` is what `claimcheck report` runs; the CLI only renders what it returns.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from .actiondays import measure_rows
from .agreements import Agreement, find_agreements
from .cache import ParseCache, source_key
from .claims import Claim, Extractor, model_name
from .clean import CleanSource, Dropped, clean, mend_numbers
from .group import Group, GroupSettings, group_claims
from .ingest import (
    ALIASES_FILE,
    DEFAULT_MAX_FILE_SIZE,
    RECORD_FORMATS,
    Skipped,
    Source,
    load_aliases,
    load_corpus,
    unreadable,
)
from .measurerows import MeasureRow
from .measures import Discrepancy, find as find_discrepancies
from .textmap import TextMap
from .untrusted import crash_reason, crash_trace, given_day

if TYPE_CHECKING:
    from distributed import Client

    from .notquantity import NotQuantity
    from .values import Value


@dataclass(frozen=True)
class SourceInfo:
    """A source as the report lists it (paths relative to the corpus root)."""

    id: str
    path: str
    title: str | None
    date: str | None
    outlet: str | None
    url: str | None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    """Everything claimcheck found in a corpus."""

    model: str
    sources: tuple[SourceInfo, ...]
    claims: tuple[Claim, ...]
    groups: tuple[Group, ...]
    dropped: tuple[Dropped, ...]
    skipped: tuple[Skipped, ...]
    texts: dict[str, str]  # source id -> text as read, for quoting in full reports
    measures: tuple[MeasureRow, ...] = ()  # every value whose measure its words name
    discrepancies: tuple[Discrepancy, ...] = ()  # sources disagreeing on one measure
    agreements: tuple[Agreement, ...] = ()  # sources giving one measure values that agree

    def counts(self) -> dict[str, int]:
        """Summary numbers: sources, claims, groups and groups per verdict."""
        out = {"sources": len(self.sources), "claims": len(self.claims), "groups": len(self.groups),
               "skipped": len(self.skipped), "dropped": len(self.dropped)}
        for verdict in ("conflict", "compatible", "agree", "single"):
            out[verdict] = sum(1 for g in self.groups if g.verdict == verdict)
        out["discrepancies"] = len(self.discrepancies)
        out["agreements"] = len(self.agreements)
        return out


NO_CLAIMS = "no checkable claim found (see `dropped` for what was read)"

Progress = Callable[[str, int, int], None]
"""Told (stage, done, total) as a run goes on: stage "parsing" counts sources, "grouping" is 0/1."""


Parsed = tuple[CleanSource, list[Claim], list[Dropped]]
"""One source after cleaning and splitting: what the parse cache stores."""

Outcome = Parsed | Skipped
"""What became of one source: parsed, or skipped because claimcheck failed on it (a bug)."""


@dataclass(frozen=True)
class Extracted:
    """A corpus read, cleaned and split into claims, before grouping (what `extract` returns)."""

    cleaned: tuple[CleanSource, ...]  # the sources read, in corpus order
    claims: tuple[Claim, ...]  # their claims, in source and text order
    dropped: tuple[Dropped, ...]  # text that gave no claim, with why
    skipped: tuple[Skipped, ...]  # files (or records) not read, with why
    model: str  # the spaCy pipeline's name
    root: str  # the corpus root (paths are relative to it)


def _cached(store: ParseCache | None, keys: list[str | None]) -> dict[int, Outcome]:
    """The sources (by position) whose parse the cache holds."""
    done: dict[int, Outcome] = {}
    if store:
        for i, key in enumerate(keys):
            hit = store.get(cast(str, key), Parsed)  # with a store, every source has a key
            if hit is not None:
                done[i] = hit
    return done


def extract(
    corpus: str | Path | Sequence[str | Path],
    *,
    model: str | None = None,
    exclude: tuple[str, ...] = (),
    max_file_size: int = DEFAULT_MAX_FILE_SIZE,
    progress: Progress | None = None,
    cache: str | Path | None = None,
    jobs: int = 1,
    follow_symlinks: bool = False,
    client: Client | None = None,
) -> Extracted:
    """Ingest, clean and split a corpus into claims (no grouping). With `cache` (a folder),
    sources parsed before under the same model and code are read from it, and the model is not
    even loaded when every source is there. A source claimcheck fails on is skipped with the
    error as its reason; the others are still read. With `client` (a `dask.distributed.Client`)
    the files are read and parsed on its cluster's workers (`cluster.py`; `jobs` is theirs to
    ignore), with the same result.

    Raises:
        InputError: no source could be read.
        ClusterError: a worker of `client`'s cluster died.
    """
    name = model_name(model)
    if client is not None:
        from .cluster import extract_on

        return extract_on(client, corpus, model=name, exclude=exclude,
                          max_file_size=max_file_size, progress=progress, cache=cache,
                          follow_symlinks=follow_symlinks)
    loaded = load_corpus(corpus, exclude=exclude, max_file_size=max_file_size,
                         follow_symlinks=follow_symlinks)
    tell = (lambda done, total: progress("parsing", done, total)) if progress else None
    outcomes = parse_sources(loaded.sources, name, cache=cache, jobs=jobs, progress=tell)
    return collect(outcomes, loaded.skipped, name, loaded.root)


def parse_sources(sources: Sequence[Source], model: str, *, cache: str | Path | None = None,
                  jobs: int = 1, progress: Callable[[int, int], None] | None = None,
                  ) -> list[Outcome]:
    """What became of each source, in order: its parse read from the cache (a folder) when it
    holds it, else parsed now (and stored); the model is not loaded when the cache holds every
    source. `progress(done, total)` counts sources."""
    store = ParseCache(cache) if cache is not None else None
    if store is not None and store.refused:  # the CLI warns; the run goes on uncached
        store = None
    keys: list[str | None] = (
        [source_key(s, model) for s in sources] if store else [None] * len(sources)
    )
    done = _cached(store, keys)
    todo = [i for i in range(len(sources)) if i not in done]
    base = len(done)
    tell = (lambda n, _total: progress(base + n, len(sources))) if progress else None
    if todo:
        parsed = _parse([sources[i] for i in todo], model, jobs=jobs, progress=tell)
        for i, item in zip(todo, parsed, strict=False):
            done[i] = item
            if store and not isinstance(item, Skipped):
                store.put(cast(str, keys[i]), item)
    elif tell:
        tell(0, 0)
    return [done[i] for i in range(len(sources))]


def collect(outcomes: Sequence[Outcome], skipped: Sequence[Skipped], model: str, root: str,
            ) -> Extracted:
    """A corpus's outcomes (in corpus order) as one `Extracted`; the sources claimcheck failed
    on are listed after the files not read (`skipped`).

    Raises:
        InputError: no source could be read.
    """
    failed = [o for o in outcomes if isinstance(o, Skipped)]
    ordered = [o for o in outcomes if not isinstance(o, Skipped)]
    if not ordered:
        raise unreadable(root, failed)
    return Extracted(
        tuple(cs for cs, _, _ in ordered),
        tuple(c for _, cl, _ in ordered for c in cl),
        tuple(d for _, _, dr in ordered for d in dr),
        tuple(skipped) + tuple(failed),
        model,
        root,
    )


def _parse(sources: list[Source], model: str, *, jobs: int = 1,
           progress: Callable[[int, int], None] | None = None) -> list[Outcome]:
    """Clean and split sources into claims, in order; with `jobs` > 1, in that many processes,
    each taking whole sources (spaCy's parse and claimcheck's own work both run in parallel).
    An interruption (Ctrl-C, or SIGTERM made an exception by the CLI) ends the workers at once."""
    if jobs <= 1 or len(sources) < 2:
        return _parse_chunk(sources, model, progress=progress)
    import multiprocessing as mp

    # chunks of about equal text, a few per process so a slow one does not hold the rest up
    n_chunks = min(len(sources), jobs * 4)
    chunks: list[list[int]] = [[] for _ in range(n_chunks)]
    sizes = [0] * n_chunks
    for i in sorted(range(len(sources)), key=lambda i: -len(sources[i].text)):
        k = sizes.index(min(sizes))
        chunks[k].append(i)
        sizes[k] += len(sources[i].text)
    chunks = [sorted(c) for c in chunks if c]
    out: dict[int, Outcome] = {}
    pool = mp.get_context("fork").Pool(jobs, initializer=_worker_init, initargs=(os.getpid(),))
    try:
        jobs_in = [(k, [sources[i] for i in c], model) for k, c in enumerate(chunks)]
        for k, items in pool.imap_unordered(_parse_numbered, jobs_in):
            for i, item in zip(chunks[k], items, strict=True):
                out[i] = item
            if progress:
                progress(len(out), len(sources))
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
    return [out[i] for i in range(len(sources))]


def _worker_init(parent: int) -> None:
    """A parse worker leaves Ctrl-C to the parent (which ends it), ends quietly on SIGTERM
    (whatever handler the parent had), and ends when the parent is gone (killed outright)
    instead of parsing on as an orphan."""
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _parse_numbered(job: tuple[int, list[Source], str]) -> tuple[int, list[Outcome]]:
    k, sources, model = job
    return k, _parse_chunk(sources, model)


def _parse_chunk(
    sources: list[Source], model: str, *, progress: Callable[[int, int], None] | None = None
) -> list[Outcome]:
    """Parse sources together (spaCy batches their paragraphs); when that fails, parse them one
    by one, so that the source claimcheck fails on is skipped with why and the rest are read."""
    extractor = Extractor(model)
    try:
        return list(_parse_together(extractor, sources, progress))
    except Exception:  # a bug on some source: find which, below
        pass
    out: list[Outcome] = []
    for n, source in enumerate(sources, 1):
        try:
            out += _parse_together(extractor, [source], None)
        except Exception as exc:
            record = f"record {source.id}: " if source.format in RECORD_FORMATS else ""
            out.append(Skipped(source.path, record + crash_reason("parsing", exc),
                               crash_trace(exc)))
        if progress:
            progress(n, len(sources))
    return out


def _parse_together(
    extractor: Extractor, sources: list[Source], progress: Callable[[int, int], None] | None
) -> list[Parsed]:
    cleaned = [clean(s, is_word=extractor.is_word) for s in sources]
    found = extractor.extract(cleaned, progress=progress)
    by_source: dict[str, tuple[list[Claim], list[Dropped]]] = {
        c.source.id: ([], []) for c in cleaned
    }
    for c in found.claims:
        by_source[c.source][0].append(c)
    for d in found.dropped:
        by_source[d.source][1].append(d)
    return [(cs, *by_source[cs.source.id]) for cs in cleaned]


def build_report(
    corpus: str | Path | Sequence[str | Path] = "corpus",
    *,
    model: str | None = None,
    exclude: tuple[str, ...] = (),
    max_file_size: int = DEFAULT_MAX_FILE_SIZE,
    settings: GroupSettings | None = None,
    aliases: str | Path | dict[str, str] | None = None,
    progress: Progress | None = None,
    cache: str | Path | None = None,
    jobs: int = 1,
    follow_symlinks: bool = False,
    client: Client | None = None,
) -> Report:
    """Run the whole pipeline on a corpus folder (or files) and return the report.

    `aliases` is an alias table (a dict or a CSV file `alias,canonical`); without it,
    `aliases.csv` at the corpus root is used when present. `cache` is a folder for parsed
    sources (see `cache.py`); None parses everything. `jobs` > 1 parses in that many processes.
    `follow_symlinks` reads links that lead out of the corpus folder (see `discover.py`).
    `client` (a `dask.distributed.Client`) runs the reading, parsing and measure table on its
    cluster (`cluster.py`): the same report.

    Raises:
        InputError: the corpus is missing or holds no readable article.
        ModelError: the spaCy model cannot be loaded.
        ClusterError: a worker of `client`'s cluster died.
    """
    say = progress or (lambda _stage, _done, _total: None)
    if client is None:
        found = extract(corpus, model=model, exclude=exclude, max_file_size=max_file_size,
                        progress=progress, cache=cache, jobs=jobs, follow_symlinks=follow_symlinks)
        rows = measure_rows(found.claims, published(found.cleaned), published_at(found.cleaned))
        discrepancies = find_discrepancies(rows)
    else:
        from .cluster import report_on

        found, rows, discrepancies = report_on(
            client, corpus, model=model_name(model), exclude=exclude, max_file_size=max_file_size,
            progress=progress, cache=cache, follow_symlinks=follow_symlinks)
    table = resolve_aliases(aliases, found.root)
    say("grouping", 0, 1)
    groups = group_claims(list(found.claims), settings=settings, aliases=table,
                          published=published(found.cleaned))
    say("grouping", 1, 1)
    return Report(model=found.model, sources=_source_infos(found), claims=found.claims,
                  groups=tuple(groups), dropped=found.dropped, skipped=found.skipped,
                  texts={c.source.id: c.source.text for c in found.cleaned},
                  measures=tuple(rows), discrepancies=tuple(discrepancies),
                  agreements=tuple(find_agreements(rows, discrepancies)))


def published(cleaned: Sequence[CleanSource]) -> dict[str, str | None]:
    """Each source's publication date (as the report lists it), by id: what measure rows are
    dated by."""
    return {c.source.id: c.date for c in cleaned}


def published_at(cleaned: Sequence[CleanSource]) -> dict[str, str]:
    """Each source's time of day of publication, by id, when its dateline gives one: which of
    one day's reports came first."""
    return {c.source.id: c.time for c in cleaned if c.time}


def _source_infos(found: Extracted) -> tuple[SourceInfo, ...]:
    """The sources as the report lists them; a source that gave no claim says so."""
    with_claims = {c.source for c in found.claims}
    return tuple(
        SourceInfo(c.source.id, c.source.path, c.title, c.date, c.source.outlet, c.source.url,
                   c.source.warnings + (() if c.source.id in with_claims else (NO_CLAIMS,)))
        for c in found.cleaned
    )


def resolve_aliases(
    aliases: str | Path | dict[str, str] | None, root: str | Path
) -> dict[str, str]:
    """The alias table to use: the one given (a dict or a CSV file), else `aliases.csv` at the
    corpus root when there is one, else none."""
    if aliases is None and (Path(root) / ALIASES_FILE).is_file():
        aliases = Path(root) / ALIASES_FILE
    if aliases is None or isinstance(aliases, dict):
        return aliases or {}
    return load_aliases(aliases)


def explain_values(text: str, *, date: str | None = None, model: str | None = None,
                   ) -> tuple[list[Value], list[NotQuantity]]:
    """The values claimcheck reads in a sentence, and the numbers in it it reads as no quantity
    (a label, a model's name, a phone number) with the reason, from one parse: what `claimcheck
    values` prints.

    Raises:
        InputError: `date` is no day of the calendar.
    """
    from .ingest import normalize_date
    from .notquantity import NotQuantity, why_not
    from .values import read_mentions, span_between

    iso = given_day(date, normalize_date)
    mended = mend_numbers(TextMap(text))  # "5 000" as an article's text is read: one number
    mentions = Extractor(model).mentions(mended.text)
    found = [replace(v, text=text[v.start:v.end])  # the value as the user wrote it
             for v in read_mentions(mentions, text=text, date=iso, offset=mended.span)]
    times = [v for v in found if v.kind == "time"]
    if len(times) >= 2 and (span := span_between(times[0], times[-1])) is not None:
        found.append(span)
    skipped = []
    for m in mentions:
        if why := why_not(m):
            start, end = mended.span(m.start, m.end)
            skipped.append(NotQuantity(text[start:end], start, end, why))
    return found, skipped


def read_values(text: str, *, date: str | None = None, model: str | None = None) -> list[Value]:
    """The values claimcheck reads in a sentence (`explain_values`' first half)."""
    return explain_values(text, date=date, model=model)[0]


def skipped_values(text: str, *, model: str | None = None) -> list[NotQuantity]:
    """The numbers in a sentence claimcheck reads as no quantity, each with the reason
    (`explain_values`' second half)."""
    return explain_values(text, model=model)[1]
