"""Check claims against a corpus: do the sources back them?

A checked text is split into atomic claims like an article; each claim is matched against the
corpus's claims with the frames, vetoes and thresholds of grouping (`group.match_claims`) and
its values are compared with theirs (`compare.relate`). Verdicts:

- `conflict`: a source's value cannot be reconciled with the claim's, or a source says the
  opposite (one negated, the other not, for a statement without values);
- `supported`: one or more sources say the same (and none conflicts);
- `compatible`: sources give values that differ but can both be true;
- `unverified`: no source says it (sources that talk about it without giving its value are
  listed as `related` evidence).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

from .claims import Claim, Extractor
from .compare import Relation, describe, relate, short
from .errors import InputError
from .group import GroupSettings, match_claims
from .ingest import DEFAULT_MAX_FILE_SIZE
from .pipeline import Progress, extract, resolve_aliases
from .semantic import embed
from .untrusted import calendar_date, scrub

if TYPE_CHECKING:
    import numpy as np

# a checked claim's verdict (see above)
CheckVerdict = Literal["conflict", "compatible", "supported", "unverified"]
VERDICTS: tuple[CheckVerdict, ...] = get_args(CheckVerdict)
# --fail-on: which verdicts fail the gate
FAIL_ON = {"conflict": frozenset({"conflict"}), "unverified": frozenset({"conflict", "unverified"}),
           "never": frozenset()}
_RANK = {"conflict": 0, "agree": 1, "compatible": 2, "related": 3}


@dataclass(frozen=True)
class Evidence:
    """A source's claim that bears on a checked claim, and how (`relation`)."""

    source: str
    claim: str
    quote: str
    start: int
    end: int
    relation: Relation
    detail: str  # the values compared, or why it conflicts
    attributed_to: str | None
    values: tuple[str, ...]  # "text = interval" of the source claim's values
    score: float


@dataclass(frozen=True)
class CheckResult:
    """The verdict on one atomic claim of a checked text."""

    id: str
    input: str
    claim: str
    verdict: CheckVerdict
    reason: str
    evidence: tuple[Evidence, ...]

    def failed(self, fail_on: str) -> bool:
        """Whether this result fails the gate `--fail-on fail_on`."""
        return self.verdict in FAIL_ON[fail_on]


class Checker:
    """A corpus parsed once, against which any number of claims are checked."""

    def __init__(
        self,
        corpus: str | Path | Sequence[str | Path] = "corpus",
        *,
        model: str | None = None,
        exclude: tuple[str, ...] = (),
        max_file_size: int = DEFAULT_MAX_FILE_SIZE,
        settings: GroupSettings | None = None,
        aliases: str | Path | dict[str, str] | None = None,
        cache: str | Path | None = None,
        progress: Progress | None = None,
        jobs: int = 1,
        follow_symlinks: bool = False,
    ):
        found = extract(
            corpus if isinstance(corpus, (str, Path)) else list(corpus),
            model=model,
            exclude=exclude,
            max_file_size=max_file_size,
            progress=progress,
            cache=cache,
            jobs=jobs,
            follow_symlinks=follow_symlinks,
        )
        self.aliases = resolve_aliases(aliases, found.root)
        self.claims = list(found.claims)
        self.skipped = list(found.skipped)
        self.sources = [c.source.id for c in found.cleaned]
        self.warnings = [(c.source.path, w) for c in found.cleaned for w in c.source.warnings]
        self.settings = settings or GroupSettings()
        self.extractor = Extractor(found.model)
        self._vectors: np.ndarray | None = (
            None  # the corpus claims' embeddings, made on the first check
        )

    def check(
        self, items: Sequence[tuple[str, str]], *, date: str | None = None
    ) -> list[CheckResult]:
        """Check `(id, text)` items; a text holding several claims gives one result per claim,
        with ids `ID.1`, `ID.2`, …

        Raises:
            InputError: a claim is empty, or `date` is no day of the calendar.
        """
        if date is not None and calendar_date(date) is None:
            raise InputError(f"bad --date {date!r}: give a day of the calendar as YYYY-MM-DD")
        parts: list[tuple[str, str, Claim | None, str]] = []
        for item_id, text in ((scrub(i), scrub(t)) for i, t in items):
            if not text.strip():
                raise InputError(f"claim {item_id} is empty: give the sentence to check")
            found = self.extractor.analyse(text, date=date, source="input")
            if not found.claims:
                why = "; ".join(dict.fromkeys(d.reason for d in found.dropped)) or "no sentence"
                parts.append((item_id, text, None, why))
                continue
            for n, c in enumerate(found.claims, 1):
                parts.append((item_id if len(found.claims) == 1 else f"{item_id}.{n}", text, c, ""))
        queries = [c for _, _, c, _ in parts if c is not None]
        if self.settings.semantic and self._vectors is None:
            self._vectors = embed([c.text for c in self.claims])
        matches = iter(
            match_claims(
                queries,
                self.claims,
                settings=self.settings,
                aliases=self.aliases,
                vectors=self._vectors,
            )
        )
        out = []
        for rid, text, claim, why in parts:
            if claim is None:
                out.append(
                    CheckResult(
                        rid,
                        text,
                        text,
                        "unverified",
                        f"unverified: not a checkable claim ({why})",
                        (),
                    )
                )
                continue
            hits = [
                self._evidence(claim, i, score, flipped) for i, score, flipped in next(matches)
            ]
            evidence = sorted((e for e in hits if e is not None),
                              key=lambda e: (_RANK[e.relation], -e.score, e.source, e.start))
            out.append(CheckResult(rid, text, claim.text, *_verdict(evidence), tuple(evidence)))
        return out

    def _evidence(self, query: Claim, index: int, score: float, flipped: bool) -> Evidence | None:
        c = self.claims[index]
        relation: Relation
        if flipped:
            if query.values or c.values:
                return None  # "did not offer 30 days" vs "offered 2–3 days": no simple reading
            relation, detail = "conflict", "the source says the opposite (one statement is negated)"
        else:
            relation, detail = relate(query, c)
        return Evidence(c.source, c.id, c.quote, c.start, c.end, relation, detail, c.attributed_to,
                        tuple(f"{v.text} = {describe(v)}" for v in c.values), score)


def _verdict(evidence: list[Evidence]) -> tuple[CheckVerdict, str]:
    def by_source(relation: str) -> list[Evidence]:
        seen: dict[str, Evidence] = {}
        for e in evidence:
            if e.relation == relation:
                seen.setdefault(e.source, e)
        return list(seen.values())

    def said(e: Evidence) -> str:
        who = f", said by {e.attributed_to}" if e.attributed_to else ""
        return f"{short(e.source)}{who}" + (f": {e.detail}" if e.detail else "")

    if conflict := by_source("conflict"):
        return "conflict", "conflict: " + "; ".join(said(e) for e in conflict)
    if agree := by_source("agree"):
        return "supported", (f"supported by {len(agree)} source{'s' if len(agree) > 1 else ''}: "
                             + "; ".join(said(e) for e in agree))
    if compatible := by_source("compatible"):
        return "compatible", "compatible: values differ but can both be true: " + "; ".join(
            said(e) for e in compatible
        )
    if related := by_source("related"):
        return "unverified", ("unverified: no source gives this value; related claims in "
                              + ", ".join(short(e.source) for e in related))
    return "unverified", "unverified: no source says this"


def check_claims(
    texts: Sequence[str | tuple[str, str]],
    corpus: str | Path | Sequence[str | Path] = "corpus",
    **options,
) -> list[CheckResult]:
    """Check several claims against a corpus parsed once; items are texts (ids are 1, 2, …) or
    `(id, text)` pairs. Options are those of `Checker`, plus `date` for relative dates."""
    date = options.pop("date", None)
    items = [t if isinstance(t, tuple) else (str(n), t) for n, t in enumerate(texts, 1)]
    return Checker(corpus, **options).check(items, date=date)


def check_claim(
    text: str, corpus: str | Path | Sequence[str | Path] = "corpus", **options
) -> list[CheckResult]:
    """Check one text (it may hold several claims) against a corpus: one result per claim."""
    return check_claims([("1", text)], corpus, **options)
