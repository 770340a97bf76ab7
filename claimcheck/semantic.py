"""Meaning similarity from a static embedding model shipped in the package (no torch, no network).

The model (`claimcheck/models/minilm-l6-static-256`, distilled from all-MiniLM-L6-v2 by
`scripts/distill_static_model.py`) holds one vector per word piece; a text's vector is their
mean, so embedding is a table look-up: about 12,000 claims a second on a 2-core machine. Grouping
and checking use the cosine of two claims' vectors beside their fuzzy word scores: it sees that
"proposed a truce" and "suggested a ceasefire" say one thing, which shared words do not.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ModelError

MODEL_DIR = Path(__file__).resolve().parent / "models" / "minilm-l6-static-256"


@lru_cache(maxsize=2)
def _model(path: str) -> Any:
    """The static embedding model in `path`, loaded once (a model2vec `StaticModel`)."""
    # the model is a local folder: never ask the hub
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        from model2vec import StaticModel

        return StaticModel.from_pretrained(path)
    except (OSError, ValueError, ImportError) as e:
        raise ModelError(
            f"cannot load the embedding model in {path} ({e}); reinstall claimcheck, or run with "
            f"--no-semantic"
        ) from e


def embed(texts: list[str], *, model: Path = MODEL_DIR) -> np.ndarray:
    """Unit-length vectors of the texts, one row each (float32; an empty text gives zeros)."""
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    vectors = np.asarray(
        _model(str(model)).encode(texts, show_progress_bar=False), dtype=np.float32
    )
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)
