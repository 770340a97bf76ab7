"""Meaning similarity from a static embedding model shipped in the package (no torch, no network).

The model (`claimcheck/models/minilm-l6-static-256`, distilled from all-MiniLM-L6-v2 by
`scripts/distill_static_model.py`) holds one vector per word piece; a text's vector is their
mean, so embedding is a table look-up. Grouping and checking use the cosine of two claims'
vectors beside their fuzzy word scores: it sees that "proposed a truce" and "suggested a
ceasefire" say one thing, which shared words do not.

The word pieces of a word do not depend on the words around it (the tokenizer splits on spaces
and punctuation first), so each distinct word is tokenized once: a million claims repeat far
fewer words, and tokenizing was nine tenths of the time. The vectors are the model's own, to
float16 rounding (`tests/test_semantic.py` compares them with `StaticModel.encode`).
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ModelError
from .forked import Forked, can_fork

MODEL_DIR = Path(__file__).resolve().parent / "models" / "minilm-l6-static-256"
# texts embedded (and words tokenized) at a time: bounds the word-piece lists and the (texts ×
# pieces × dim) blocks the means read to a few MB
CHUNK = 4_096
# texts from which they are embedded in a process of their own, on another core, while grouping
# computes the features (forking costs some tens of ms; this many texts embed in about a second)
ASIDE_FROM = 20_000
# words tokenized as one text, between marks (a pilcrow: punctuation, so a piece of its own)
GROUP = 64
MARK = "¶"


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


def vectors(texts: Sequence[str], *, model: Path = MODEL_DIR,
            into: Vectors | None = None) -> Vectors:
    """The texts' vectors, stored compactly (see `Vectors`); written `into` given arrays."""
    m = _model(str(model))
    pieces = _Pieces(m, texts)
    out = into or Vectors(np.zeros((len(texts), m.dim), dtype=_dtype(m)),
                          np.ones((len(texts), 1), dtype=np.float32))
    raw, norms = out.raw, out.norms
    for start in range(0, len(texts), CHUNK):
        part = slice(start, start + CHUNK)
        raw[part] = pieces.embed(texts[part])
        length = np.linalg.norm(raw[part].astype(np.float32), axis=1, keepdims=True)
        norms[part] = np.where(length > 0, length, np.float32(1.0))
    return out


class Aside:
    """`vectors(texts)` computed on another core while the caller goes on: a forked process
    (`forked.Forked`) writes them into memory it shares with this one, and `result()` waits for
    them. Under ASIDE_FROM texts, or where no process can be forked (`forked.can_fork`), or when
    the process failed, `result()` computes them here (so that a failure is raised here: a
    `ModelError`). A `with` block ends the process if the caller gives up first (an error,
    Ctrl-C)."""

    def __init__(self, texts: Sequence[str], *, model: Path = MODEL_DIR):
        self.texts, self.model = texts, model
        self.into: Vectors | None = None
        self.work: Forked[None] | None = None
        if len(texts) < ASIDE_FROM or not can_fork():
            return
        m = _model(str(model))  # loaded here, for the process and for later runs to share
        n, kind = len(texts), np.dtype(_dtype(m))
        shared = mmap.mmap(-1, n * m.dim * kind.itemsize + n * 4)
        self.into = Vectors(np.frombuffer(shared, kind, n * m.dim).reshape(n, m.dim),
                            np.frombuffer(shared, np.float32, n, n * m.dim * kind.itemsize)
                            .reshape(n, 1))
        # the process's tokenizer runs without a thread pool (it has a core of its own), and
        # without the warning the tokenizers library prints in a forked process otherwise
        saved = os.environ.get("TOKENIZERS_PARALLELISM")
        os.environ["TOKENIZERS_PARALLELISM"] = "false"
        try:
            self.work = Forked(_fill, texts, model, self.into)
        finally:
            if saved is None:
                del os.environ["TOKENIZERS_PARALLELISM"]
            else:
                os.environ["TOKENIZERS_PARALLELISM"] = saved

    @property
    def pid(self) -> int:
        """The forked process's id (0 when there is none)."""
        return self.work.pid if self.work else 0

    def result(self) -> Vectors:
        """The vectors, once: this object lets go of them, so that they go when the caller
        is done with them."""
        into, self.into = self.into, None
        work, self.work = self.work, None
        if work is None or into is None:
            return vectors(self.texts, model=self.model)
        work.result()  # they are in `into` (written here if the process failed)
        return into

    def __enter__(self) -> Aside:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.work:
            self.work.__exit__()


def _fill(texts: Sequence[str], model: Path, into: Vectors) -> None:
    """The vectors of the texts written into `into` (memory shared with the parent)."""
    vectors(texts, model=model, into=into)


def _plain(m: Any) -> bool:
    """Whether a model is of the shipped kind: a float table, no token mapping or weights,
    normalised vectors."""
    return bool(m.token_mapping is None and m.weights is None and m.normalize
                and m.embedding.dtype in (np.float16, np.float32))


def _dtype(m: Any) -> Any:
    """The type `StaticModel.encode` gives: the table's own (float16 for the shipped model),
    float32 for a model of another kind."""
    return m.embedding.dtype if _plain(m) else np.float32


class _Pieces:
    """Embeds texts as `StaticModel.encode` does, each distinct word (split at spaces)
    tokenized once."""

    def __init__(self, m: Any, texts: Sequence[str]):
        self.m = m
        self.dtype = _dtype(m)
        self.plain = _plain(m)  # else `encode` does it all
        # float32 sums of the pieces' vectors, as encode's mean takes them (float16 → float32 is
        # exact; widening once here is faster than widening every gathered piece)
        self.table = np.asarray(m.embedding, dtype=np.float32)
        # the model cuts a text past max_length × median piece length characters, and past
        # max_length pieces: such a text goes whole to the model
        self.max_chars = m.max_length * m.median_token_length if m.max_length else None
        words = list(set(chain.from_iterable(t.split(" ") for t in texts))) if self.plain else []
        self.word_no = {w: n for n, w in enumerate(words)}
        self.mark = m.tokenizer.token_to_id(MARK)
        # word n's pieces are flat[starts[n]:starts[n + 1]]
        self.flat, self.starts = self._tokenize(words)

    def _tokenize(self, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The word pieces of the words, unknown pieces left out as the model does. The
        tokenizer's cost is mostly per text, so words go to it a few dozen at a time, joined by a
        punctuation mark the tokenizer keeps as a piece of its own, and come apart at that piece;
        a group holding the mark itself, or cut short by the model's length limit, goes again
        word by word."""
        flat, sizes = [], []
        # a group this long may have been cut short inside its last word, after its last mark
        cut_at = (self.m.tokenizer.truncation or {}).get("max_length") or np.inf
        for start in range(0, len(words), CHUNK):
            part = words[start:start + CHUNK]
            groups = [part[k:k + GROUP] for k in range(0, len(part), GROUP)]
            found = self.m.tokenizer.encode_batch_fast(
                [f" {MARK} ".join(g) for g in groups], add_special_tokens=False)
            for group, e in zip(groups, found, strict=True):
                ids = np.array(e.ids, dtype=np.int64)
                cut = ids == self.mark
                if cut.sum() != len(group) - 1 or len(ids) >= cut_at:
                    ids, cut, word = self._one_by_one(group)
                else:
                    word = np.cumsum(cut)
                keep = ~cut & (ids != self.m.unk_token_id)
                flat.append(ids[keep])
                sizes.append(np.bincount(word[keep], minlength=len(group)))
        starts = np.concatenate([[0], np.cumsum(np.concatenate(sizes))]) if sizes else [0]
        return np.concatenate(flat) if flat else np.zeros(0, np.int64), np.asarray(starts)

    def _one_by_one(self, words: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The pieces of the words tokenized one at a time (no piece is a cut), and each
        piece's word."""
        pieces = [e.ids for e in self.m.tokenizer.encode_batch_fast(words,
                                                                     add_special_tokens=False)]
        ids = np.fromiter(chain.from_iterable(pieces), dtype=np.int64)
        word = np.repeat(np.arange(len(words)), [len(p) for p in pieces])
        return ids, np.zeros(len(ids), dtype=bool), word

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """The model's vectors of the texts (float16, unit length as the model makes them)."""
        if not self.plain:
            return self.m.encode(list(texts), show_progress_bar=False)  # not our model's kind
        split = [t.split(" ") for t in texts]
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
        chars = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        cut = np.flatnonzero((chars > (self.max_chars or np.inf))
                             | (counts > (self.m.max_length or np.inf)))
        if len(cut):
            unit[cut] = self.m.encode([texts[n] for n in cut.tolist()], show_progress_bar=False)
        return unit


def _firsts(split: list[list[str]]) -> np.ndarray:
    """The position of each text's first word among all the texts' words."""
    return np.cumsum([0] + [len(ws) for ws in split[:-1]])
