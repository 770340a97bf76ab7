"""claimcheck: offline claim cross-referencing for fact-checkers.

The flow (see `pipeline.py`): `load_corpus` → `clean` → `Extractor.extract` (claims with values)
→ `group_claims` (words with rapidfuzz, meaning with `semantic.embed`) → `Report`, rendered by
`report.py` and `html.py`. `check.py` matches claims typed by a user against a corpus;
`evaluate.py` scores a report against expected findings.
"""

from .agreements import Agreement
from .check import Checker, CheckResult, Evidence, check_claim, check_claims
from .claims import Claim, Extractor
from .clean import CleanSource, Dropped, clean
from .errors import ClaimcheckError, InputError, ModelError
from .evaluate import Evaluation, evaluate, load_gold
from .group import Group, GroupSettings, group_claims
from .ingest import Corpus, Skipped, Source, load_corpus
from .measurerows import MeasureRow
from .measures import Discrepancy
from .pipeline import Report, SourceInfo, build_report, explain_values, read_values, skipped_values
from .report import to_json, to_markdown, write_reports
from .semantic import embed
from .values import Value, compare, parse

__version__ = "0.1.0"

__all__ = [
    "Agreement",
    "CheckResult",
    "Checker",
    "Claim",
    "ClaimcheckError",
    "CleanSource",
    "Corpus",
    "Discrepancy",
    "Dropped",
    "Evaluation",
    "Evidence",
    "Extractor",
    "Group",
    "GroupSettings",
    "InputError",
    "MeasureRow",
    "ModelError",
    "Report",
    "Skipped",
    "Source",
    "SourceInfo",
    "Value",
    "build_report",
    "check_claim",
    "check_claims",
    "clean",
    "compare",
    "embed",
    "evaluate",
    "group_claims",
    "load_corpus",
    "load_gold",
    "parse",
    "explain_values",
    "read_values",
    "skipped_values",
    "to_json",
    "to_markdown",
    "write_reports",
    "__version__",
]
