"""Atomic claims: the only package that touches spaCy.

Each cleaned block (a paragraph) is parsed with `nlp.pipe`; each sentence is judged
check-worthy or dropped with a reason, then split on its parse into atomic, self-contained
claims: the content of reported speech (the speaker kept in `attributed_to`), coordinated
clauses, non-restrictive relative clauses and appositives, and adverbial clauses with their own
subject. Every claim keeps the offsets of the text it came from.

One module a concern:

- `model`: loading the pipeline;
- `extractor`: the stage's entry point (`Extractor`);
- `walk`: walking a source (blocks, quotes, pending speakers);
- `worthiness`: check-worthiness (why a sentence is dropped);
- `attribution`: every rule that decides who said a claim;
- `split`: one handler per construction (relative clause, appositive, "as well as",
  coordination, "adding that", adverbial clause);
- `facets`: ages, event dates and time spans said in passing;
- `features`: what grouping compares (frame, names, qualifiers, doer);
- `dated`: which action each day a claim names is the day of (what `check` compares days by);
- `mentions`: the spans that may hold a value, handed to `values` as plain data;
- `render`: a unit's tokens as a readable sentence;
- `tokens`, `unit`, `records`: shared helpers and records.
"""

from .attribution import REPORTING_VERBS
from .extractor import Extractor
from .model import DEFAULT_MODEL, MODEL_ENV, load_model, model_fingerprint, model_name
from .records import Claim, Extraction
from .worthiness import ATTRIBUTION_ONLY, NOT_CHECKABLE

__all__ = [
    "ATTRIBUTION_ONLY",
    "DEFAULT_MODEL",
    "MODEL_ENV",
    "NOT_CHECKABLE",
    "REPORTING_VERBS",
    "Claim",
    "Extraction",
    "Extractor",
    "load_model",
    "model_fingerprint",
    "model_name",
]
