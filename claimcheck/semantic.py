"""Meaning similarity from a static embedding model shipped in the package (no torch, no network).

The model (`claimcheck/models/minilm-l6-static-256`, distilled from all-MiniLM-L6-v2 by
`scripts/distill_static_model.py`) holds one vector per word piece; a text's vector is their
mean, so embedding is a table look-up. Grouping and checking use the cosine of two claims'
vectors beside their fuzzy word scores: it sees that "proposed a truce" and "suggested a
ceasefire" say one thing, which shared words do not.

The word pieces of a word do not depend on the words around it (the tokenizer splits on spaces
and punctuation first), so each distinct word is tokenized once: a million claims repeat far
fewer words, and tokenizing was nine tenths of the time. The vectors are the model's own, bit for
bit (`tests/test_semantic.py` compares them with `StaticModel.encode`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ModelError

MODEL_DIR = Path(__file__).resolve().parent / "models" / "minilm-l6-static-256"
# texts embedded at a time: bounds the word-piece lists and the (texts × pieces × dim) block the
# mean reads; a multiple of the model's own batch of 1,024
CHUNK = 8_192


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


@dataclass(frozen=True)
class Vectors:
    """Texts' vectors as the model gives them (float16: 512 bytes a text, half of float32) and
    their lengths; `unit` gives float32 unit rows, the same bits as normalising in float32."""

    raw: np.ndarray  # (texts, dim) as the model gives them: float16 for the shipped model
    norms: np.ndarray  # (texts, 1) float32; 1 for an empty text (a zero vector)

    def unit(self, rows: Sequence[int] | np.ndarray | slice = slice(None)) -> np.ndarray:
        """Unit-length float32 vectors of the given rows (all by default)."""
        return self.raw[rows].astype(np.float32) / self.norms[rows]


def embed(texts: list[str], *, model: Path = MODEL_DIR) -> np.ndarray:
    """Unit-length vectors of the texts, one row each (float32; an empty text gives zeros)."""
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    return vectors(texts, model=model).unit()


def vectors(texts: Sequence[str], *, model: Path = MODEL_DIR) -> Vectors:
    """The texts' vectors, stored compactly (see `Vectors`)."""
    m = _model(str(model))
    pieces = _Pieces(m)
    raw = np.zeros((len(texts), m.dim), dtype=pieces.dtype)
    norms = np.ones((len(texts), 1), dtype=np.float32)
    for start in range(0, len(texts), CHUNK):
        part = slice(start, start + CHUNK)
        raw[part] = pieces.embed(texts[part])
        length = np.linalg.norm(raw[part].astype(np.float32), axis=1, keepdims=True)
        norms[part] = np.where(length > 0, length, np.float32(1.0))
    return Vectors(raw, norms)


class _Pieces:
    """Embeds texts as `StaticModel.encode` does, each distinct word (split at spaces)
    tokenized once."""

    def __init__(self, m: Any):
        self.m = m
        # a model of the shipped kind (else `encode` does it all)
        self.plain = (m.token_mapping is None and m.weights is None and m.normalize
                      and m.embedding.dtype in (np.float16, np.float32))
        # what `encode` gives: the table's own type (float16 for the shipped model)
        self.dtype = m.embedding.dtype if self.plain else np.float32
        # float32 sums of the pieces' vectors, as encode's mean takes them (float16 → float32 is
        # exact; widening once here is faster than widening every gathered piece)
        self.table = np.asarray(m.embedding, dtype=np.float32)
        self.word_no: dict[str, int] = {}
        # word n's pieces are flat[starts[n]:starts[n + 1]]
        self.starts = np.zeros(1, dtype=np.int64)
        self.flat = np.zeros(0, dtype=np.int64)
        # the model cuts a text past max_length × median piece length characters, and past
        # max_length pieces: such a text goes whole to the model
        self.max_chars = m.max_length * m.median_token_length if m.max_length else None

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """The model's vectors of the texts (float16, unit length as the model makes them)."""
        if not self.plain:
            return self.m.encode(list(texts), show_progress_bar=False)  # not our model's kind
        split = [t.split(" ") for t in texts]
        self._learn({w for ws in split for w in ws})
        words = np.fromiter(
            map(self.word_no.__getitem__, chain.from_iterable(split)), dtype=np.int64
        )
        starts, flat = self.starts, self.flat
        sizes = starts[words + 1] - starts[words]
        # the pieces of every text, one after another: each word's pieces in place
        pieces = flat[np.repeat(starts[words] - np.cumsum(sizes) + sizes, sizes)
                      + np.arange(sizes.sum())]
        ends = np.cumsum(np.add.reduceat(sizes, _firsts(split))) if len(sizes) else sizes
        counts = np.diff(ends, prepend=0)
        out = np.zeros((len(texts), self.m.dim), dtype=self.dtype)
        for n in np.unique(counts[counts > 0]):
            rows = np.flatnonzero(counts == n)
            ids = pieces[(ends[rows] - n)[:, None] + np.arange(n)]
            out[rows] = self.table[ids].mean(axis=1)
        out32 = out.astype(np.float32)
        unit = (out32 / (np.linalg.norm(out32, axis=1, keepdims=True) + 1e-32)).astype(out.dtype)
        cut = [n for n, t in enumerate(texts) if self._cut(t, int(counts[n]))]
        if cut:
            unit[cut] = self.m.encode([texts[n] for n in cut], show_progress_bar=False)
        return unit

    def _cut(self, text: str, pieces: int) -> bool:
        """Whether the model truncates this text."""
        return (self.max_chars is not None and len(text) > self.max_chars) or bool(
            self.m.max_length and pieces > self.m.max_length)

    def _learn(self, words: set[str]) -> None:
        """Tokenize the words not seen yet (unknown pieces left out, as the model does)."""
        new = sorted(words - self.word_no.keys())
        if not new:
            return
        unk = self.m.unk_token_id
        ids = [[i for i in e.ids if i != unk]
               for e in self.m.tokenizer.encode_batch_fast(new, add_special_tokens=False)]
        self.word_no.update((w, n) for n, w in enumerate(new, len(self.word_no)))
        self.flat = np.concatenate([self.flat, np.fromiter(chain.from_iterable(ids), np.int64)])
        self.starts = np.concatenate(
            [self.starts, self.starts[-1] + np.cumsum([len(x) for x in ids])])


def _firsts(split: list[list[str]]) -> np.ndarray:
    """The position of each text's first word among all the texts' words."""
    return np.cumsum([0] + [len(ws) for ws in split[:-1]])
