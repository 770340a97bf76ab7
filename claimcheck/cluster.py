"""The pipeline on a Dask cluster: `claimcheck report --scheduler tcp://HOST:8786` (or
`--dask-workers N`, a cluster of local processes), and `build_report` / `extract` given a
`dask.distributed.Client`. The same report, byte for byte, as the local run.

What runs where (Dask's own scheduler and transfers; nothing here queues or sends by itself):
- the client lists the corpus (names only: `ingest.list_corpus`) and settles clashing source ids
  over the whole corpus (`ingest.unique_ids`, from each source's id and path);
- the workers read the files, a run of files a task, and parse them (a worker process loads the
  spaCy pipeline once, for its first run to parse, and keeps it: `claims.load_model`), reading
  and writing the parse cache when it is a folder they share; then they build their sources'
  measure rows;
- the measure table is a Dask DataFrame shuffled by measure key (concept, subject, kind); each
  key's discrepancies are found where its rows land (`measures.find`), and the client orders and
  numbers them as `find` does;
- what the report needs comes back: claims, dropped text, what was skipped, each source's
  metadata and text (not its blocks or offset maps), the measure rows and the discrepancies.
  Statement grouping (`group_claims`) then runs on the client over every claim: its candidate
  blocks join claims across the whole corpus, which no part of it sees alone.

Importing this module needs `claimcheck[dask]`; without it the import raises `ClusterError`
naming the pip command.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import math
import os
import signal
import threading
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from .actiondays import measure_rows
from .errors import ClusterError
from .ingest import Listing, Skipped, Source, list_corpus, read_files, unique_ids, unreadable
from .measurerows import MeasureRow
from .measures import TIERS, Discrepancy, find
from .pipeline import (
    Extracted,
    Outcome,
    Progress,
    collect,
    parse_sources,
    published,
    published_at,
)
from .settings import CLUSTER_LIMITS

INSTALL = "pip install 'claimcheck[dask]'"

try:
    import dask
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client, Future, LocalCluster, as_completed
    from distributed.scheduler import KilledWorker
except ImportError as exc:  # pragma: no cover - the message is tested with the import blocked
    raise ClusterError(f"running on Dask needs claimcheck[dask] ({exc.name} is missing): "
                       f"{INSTALL}") from None

KEY = ["concept", "subject", "kind"]  # a measure: rows of one key are compared with each other

# a worker with several threads parses one run at a time: its threads share one spaCy pipeline,
# loaded once by the first
_PARSING = threading.Lock()


# --------------------------------------------------------------------------- connecting


@contextlib.contextmanager
def connect(scheduler: str | None = None, workers: int | None = None, *,
            memory_limit: str = "auto") -> Iterator[Client]:
    """A client of the Dask scheduler at `scheduler` (`tcp://HOST:8786`), else of a cluster of
    `workers` processes on this machine (one a core by default, each with `memory_limit`),
    closed on leaving, also on Ctrl-C.

    Raises:
        ClusterError: the scheduler cannot be reached in Dask's connect timeout
            (`distributed.comm.timeouts.connect`, 30 s unless set).
    """
    if scheduler is None:
        with _local_cluster(workers or os.cpu_count() or 1, memory_limit) as client:
            yield client
        return
    try:
        client = Client(scheduler)
    except (OSError, ValueError, TypeError) as exc:
        reason = str(exc)
    else:
        with client:
            yield client
        return
    gc.collect()  # the half-made client closes now, not with a traceback when Python exits
    raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {reason} (start one "
                       "with `dask scheduler`, or check the address)")


@contextlib.contextmanager
def _local_cluster(workers: int, memory_limit: str) -> Iterator[Client]:
    """A client of a cluster of `workers` processes on this machine, a thread each (a worker
    parses one run at a time anyway), silent (claimcheck reports its errors itself), its status
    page on any free port of this machine only (two clusters at once do not fight over 8787)."""
    with contextlib.ExitStack() as stack:
        with _ctrl_c_left_to_us():
            cluster = stack.enter_context(LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True,
                memory_limit=memory_limit, dashboard_address="127.0.0.1:0",
                silence_logs=logging.CRITICAL))
        yield stack.enter_context(Client(cluster))


@contextlib.contextmanager
def _ctrl_c_left_to_us() -> Iterator[None]:
    """SIGINT ignored while a local cluster starts its worker processes, which keep that: a
    terminal's Ctrl-C reaches every process of its group, and the workers leave it to claimcheck,
    which closes them, instead of each dying with a traceback. (A Ctrl-C in those seconds is
    lost: press it again.) Only the main thread may set a handler: elsewhere, nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    handler = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, handler)


@contextlib.contextmanager
def _worker_deaths() -> Iterator[None]:
    """A worker that died running a task (out of memory, killed) as a `ClusterError`."""
    try:
        yield
    except KilledWorker as exc:
        raise ClusterError(f"a Dask worker died running claimcheck ({exc}); see the workers' "
                           "logs (out of memory?) and run again") from None


# --------------------------------------------------------------------------- extracting


def extract_on(client: Client, corpus: str | Path | Sequence[str | Path], *, model: str,
               exclude: tuple[str, ...], max_file_size: int, progress: Progress | None,
               cache: str | Path | None, follow_symlinks: bool) -> Extracted:
    """`pipeline.extract` on `client`'s cluster (cleaned sources with their blocks)."""
    with _worker_deaths():
        listing = list_corpus(corpus, exclude=exclude, follow_symlinks=follow_symlinks)
        parsed, skipped, sizes = _submit(client, listing, model, max_file_size, cache, slim=False)
        outcomes = _gather(parsed, sizes, progress)
    return collect(outcomes, skipped, model, listing.root)


def report_on(client: Client, corpus: str | Path | Sequence[str | Path], *, model: str,
              exclude: tuple[str, ...], max_file_size: int, progress: Progress | None,
              cache: str | Path | None, follow_symlinks: bool,
              ) -> tuple[Extracted, list[MeasureRow], list[Discrepancy]]:
    """What `pipeline.build_report` needs before grouping, from `client`'s cluster: the corpus
    extracted (sources without their blocks), the measure rows and the discrepancies."""
    with _worker_deaths():
        listing = list_corpus(corpus, exclude=exclude, follow_symlinks=follow_symlinks)
        parsed, skipped, sizes = _submit(client, listing, model, max_file_size, cache, slim=True)
        frames = client.map(_measure_rows, parsed, range(len(parsed)), pure=False)
        outcomes = _gather(parsed, sizes, progress)
        found = collect(outcomes, skipped, model, listing.root)
        del parsed  # the workers may free the parses: the measure rows are all that is left
        rows, discrepancies = _discrepancies(client, frames)
    return found, rows, discrepancies


def _submit(client: Client, listing: Listing, model: str, max_file_size: int,
            cache: str | Path | None, *, slim: bool,
            ) -> tuple[list[Future], list[Skipped], list[int]]:
    """Read and parse the corpus on the workers: the parse of each run of files (a future), what
    was skipped in reading (in corpus order), and how many sources each run holds. A run is
    parsed as soon as the runs before it are read (its ids are settled then), before any run
    still to read: the sources read wait for their parse on the workers, not the whole corpus.

    Raises:
        InputError: no file could be read.
    """
    runs = _runs(len(listing.files), max(1, len(client.nthreads())))
    files = [listing.files[r] for r in runs]
    metas = [{rel: listing.meta[rel] for _, rel in part if rel in listing.meta} for part in files]
    read = client.map(_read, files, metas, max_file_size=max_file_size, pure=False)
    heads = client.map(_heads, read, pure=False)
    folder = None if cache is None else str(Path(cache).expanduser().absolute())
    parsed, skipped, sizes = [], list(listing.skipped), []
    counts: dict[str, int] = {}
    for run, head in zip(read, heads, strict=True):
        pairs, problems = head.result()
        skipped += problems
        ids = unique_ids(pairs, counts)
        renames = {i: new for i, ((sid, _), new) in enumerate(zip(pairs, ids, strict=True))
                   if new != sid}
        parsed.append(client.submit(_parse_run, run, renames, model=model, cache=folder,
                                    slim=slim, pure=False, priority=1))
        sizes.append(len(pairs))
    if not sum(sizes):
        raise unreadable(listing.root, skipped)
    return parsed, skipped, sizes


def _runs(n: int, workers: int) -> list[slice]:
    """`n` files cut into runs in corpus order: about `tasks_per_worker` runs per worker, none
    over `files_per_task` files."""
    size = math.ceil(n / (workers * CLUSTER_LIMITS.tasks_per_worker))
    size = max(1, min(size, CLUSTER_LIMITS.files_per_task))
    return [slice(i, i + size) for i in range(0, n, size)]


def _gather(parsed: list[Future], sizes: list[int], progress: Progress | None) -> list[Outcome]:
    """The outcomes of every run, in corpus order, telling `progress` as runs finish."""
    where = {f.key: i for i, f in enumerate(parsed)}
    results: dict[int, list[Outcome]] = {}
    done, total = 0, sum(sizes)
    if progress:
        progress("parsing", 0, total)
    for future in as_completed(parsed):
        i = where[future.key]
        results[i] = future.result()
        done += sizes[i]
        if progress:
            progress("parsing", done, total)
    return [o for i in range(len(parsed)) for o in results[i]]


# --------------------------------------------------------------------------- on the workers


def _read(files: Sequence[tuple[Path, str]], meta: dict[str, dict[str, str]], *,
          max_file_size: int) -> tuple[list[Source], list[Skipped]]:
    """A run of files read (on a worker): its sources, and what of it was skipped."""
    return read_files(files, max_file_size, meta)


def _heads(read: tuple[list[Source], list[Skipped]]) -> tuple[list[tuple[str, str]],
                                                               list[Skipped]]:
    """What the client needs of a run read: each source's id and path, and what was skipped."""
    sources, skipped = read
    return [(s.id, s.path) for s in sources], skipped


def _parse_run(read: tuple[list[Source], list[Skipped]], renames: dict[int, str], *, model: str,
               cache: str | None, slim: bool) -> list[Outcome]:
    """A run's sources (renamed where their ids clash across the corpus) parsed, or read from
    the cache; with `slim`, without what only the parse needed (blocks and offset maps)."""
    sources = [replace(s, id=renames[i]) if i in renames else s for i, s in enumerate(read[0])]
    with _PARSING:
        outcomes = parse_sources(sources, model, cache=cache)
    return [_slim(o) for o in outcomes] if slim else outcomes


def _slim(outcome: Outcome) -> Outcome:
    if isinstance(outcome, Skipped):
        return outcome
    cs, claims, dropped = outcome
    return replace(cs, blocks=(), dropped=(), source=replace(cs.source, blocks=())), claims, dropped


def _measure_rows(outcomes: list[Outcome], run: int) -> pd.DataFrame:
    """A run's part of the measure table: its measure rows (built from its own sources: a row
    depends on its source alone), keyed, with their place in corpus order."""
    parsed = [o for o in outcomes if not isinstance(o, Skipped)]
    rows = measure_rows([c for _, claims, _ in parsed for c in claims],
                        published([cs for cs, _, _ in parsed]),
                        published_at([cs for cs, _, _ in parsed]))
    return pd.DataFrame({
        "concept": pd.Series([r.concept for r in rows], dtype=object),
        "subject": pd.Series([r.subject for r in rows], dtype=object),
        "kind": pd.Series([r.value.kind for r in rows], dtype=object),
        "run": pd.Series([run] * len(rows), dtype="int64"),
        "pos": pd.Series(range(len(rows)), dtype="int64"),
        "row": pd.Series(rows, dtype=object),
    })


def _find(frame: pd.DataFrame) -> pd.DataFrame:
    """The discrepancies of every measure key in a partition of the shuffled table (which holds
    all the rows of each of its keys), each with its rank among its key's."""
    found = []
    for key, rows in frame.groupby(KEY, sort=True):
        members = list(rows.sort_values(["run", "pos"])["row"])
        found += [(*key, rank, d) for rank, d in enumerate(find(members))]
    columns = [*KEY, "rank", "found"]
    return pd.DataFrame({c: pd.Series([f[i] for f in found], dtype=object)
                         for i, c in enumerate(columns)})


# --------------------------------------------------------------------------- the measure table


def _discrepancies(client: Client, frames: list[Future],
                   ) -> tuple[list[MeasureRow], list[Discrepancy]]:
    """The measure rows in corpus order, and the discrepancies they show, ordered and numbered
    as `measures.find` does: by tier, then claims; ties in measure key order."""
    with dask.config.set({"dataframe.convert-string": False}):  # the rows are objects
        table = dd.from_delayed(frames, meta=_measure_rows([], 0), verify_meta=False)
        found = table.shuffle(KEY, shuffle_method="tasks").map_partitions(
            _find, meta=_find(_measure_rows([], 0))).compute()
    tier = {t: i for i, t in enumerate(TIERS)}
    ordered = sorted(
        zip(found["found"], found["concept"], found["subject"], found["kind"], found["rank"],
            strict=True),
        key=lambda x: (tier[x[0].tier], x[0].claims, *x[1:]))
    rows = [r for frame in client.gather(frames) for r in frame["row"]]
    return rows, [replace(d, id=f"d{i + 1:03d}") for i, (d, *_) in enumerate(ordered)]

