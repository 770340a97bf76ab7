"""The shipped embedding model and the meaning signal (claimcheck/semantic.py)."""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from claimcheck.errors import ModelError
from claimcheck.semantic import MODEL_DIR, embed


def test_model_files_match_their_published_checksums():
    """What installs is what scripts/distill_static_model.py wrote (README.md there has the
    sums)."""
    sums = dict(
        reversed(line.split("  ")) for line in (MODEL_DIR / "SHA256SUMS").read_text().splitlines()
    )
    assert set(sums) == {"model.safetensors", "tokenizer.json", "config.json"}
    for name, digest in sums.items():
        assert hashlib.sha256((MODEL_DIR / name).read_bytes()).hexdigest() == digest, name
    readme = (MODEL_DIR / "README.md").read_text()
    assert all(digest in readme for digest in sums.values())
    assert "Apache License" in (MODEL_DIR / "LICENSE").read_text()


def test_vectors_are_unit_length_and_repeatable():
    texts = ["The talks lasted a little over an hour.", "Six AK-47 rifles were seized.", ""]
    a, b = embed(texts), embed(list(texts))
    assert a.shape == (3, 256) and a.dtype == np.float32
    assert np.array_equal(a, b)
    assert np.allclose(np.linalg.norm(a[:2], axis=1), 1.0, atol=1e-5)


@pytest.mark.parametrize(
    "a, b, unrelated",
    [
        pytest.param(
            "Moscow has proposed a partial ceasefire of two to three days.",
            "Russia had suggested a ceasefire of two to three days in certain areas.",
            "Zelensky met the president of Lithuania in Vilnius.",
            id="proposed-suggested-ceasefire",
        ),
        pytest.param(
            "The negotiations lasted for an hour.",
            "Talks last less than an hour.",
            "The Indian navy captured 23 pirates.",
            id="negotiations-talks",
        ),
        pytest.param(
            "LaCalamita was fired last week.",
            "Mr. LaCalamita had been dismissed last week.",
            "The polar bear was listed as a threatened species.",
            id="fired-dismissed",
        ),
    ],
)
def test_paraphrases_are_closer_than_unrelated_claims(a, b, unrelated):
    va, vb, vu = embed([a, b, unrelated])
    assert va @ vb > va @ vu + 0.2


def test_a_missing_model_is_a_named_error(tmp_path):
    with pytest.raises(ModelError, match="--no-semantic"):
        embed(["anything"], model=tmp_path / "no-model")


def _runtime_closure(name: str) -> set[str]:
    """The distributions `pip install NAME` pulls (requirements without extras, recursively)."""
    from packaging.requirements import Requirement

    seen: set[str] = set()
    todo = [name]
    while todo:
        dist = todo.pop().lower().replace("_", "-")
        if dist in seen:
            continue
        seen.add(dist)
        try:
            reqs = importlib.metadata.requires(dist) or []
        except importlib.metadata.PackageNotFoundError:
            continue
        for r in map(Requirement, reqs):
            if r.marker is None or r.marker.evaluate({"extra": ""}):
                todo.append(r.name)
    return seen


def test_installing_claimcheck_pulls_no_torch():
    """Run time is numpy, safetensors and tokenizers: torch is only for the distillation script."""
    closure = _runtime_closure("claimcheck")
    assert "model2vec" in closure and "numpy" in closure
    assert not {"torch", "transformers", "sentence-transformers"} & closure
    code = (
        "import sys, claimcheck.semantic as s; s.embed(['a claim']); print('torch' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _off_the_models_own() -> int:
    """How many values of our vectors (`semantic._Pieces`) are more than four float16 steps off
    the model's own, over texts of every kind. The same sums in another order may round one
    step apart on another CPU; a word piece missed or added moves a vector by hundreds of
    steps."""
    from claimcheck.semantic import _model

    texts = [
        "The talks lasted a little over an hour.",
        "Zelenskyy met Lithuania's president in Vilnius — “a good meeting”, he said.",
        "Café owners in Zürich said naïve things about the façade",
        "  two  spaces\tand a tab\nand a new line  ",
        "北京 hosts the summit; 東京 does not",
        "U.S.-led talks on $1.29bn (about €1.2bn) of aid, 3:45 p.m.",
        "an [UNK] token and a [PAD] one, and a ctrl\x07char",
        "a pilcrow ¶ alone, and one in a word: x¶y",
        "x" * 150 + " pneumonoultramicroscopicsilicovolcanoconiosis",
        "",
        " ".join(f"word{i:04d}" for i in range(400)),  # more pieces than the model reads
        "a" * 3070 + " zebra crossing",  # more characters than the model reads
        "The talks lasted a little over an hour.",
    ]
    # words of many pieces: words go to the tokenizer dozens at a time, and such a group is
    # longer than the model reads
    texts += [f"code qz7xk9vj3wp8qz7xk9vj3wp8{n:02d} seen" for n in range(64)]
    model = _model(str(MODEL_DIR))
    ours = embed(texts)
    theirs = np.asarray(model.encode(texts, show_progress_bar=False), dtype=np.float32)
    norms = np.linalg.norm(theirs, axis=1, keepdims=True)
    theirs = theirs / np.where(norms > 0, norms, 1.0)
    step = np.spacing(np.abs(theirs).astype(np.float16)).astype(np.float32)
    assert ours.shape == theirs.shape
    return int((np.abs(ours - theirs) > 4 * step).sum())


@pytest.mark.parametrize("seed", ["0", "7", "11"])
def test_vectors_are_the_models_own(seed):
    """Each distinct word is tokenized once (see `semantic._Pieces`), words in groups in the
    order of a set: the vectors must still be what the model gives for the whole text, whatever
    the text holds and however the words fell into groups (a group cut short by the model's
    length limit inside its last word once lost that word's last pieces, under some of
    Python's hash seeds)."""
    code = "import test_semantic as t; print(t._off_the_models_own())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).parent,
                         env={**os.environ, "PYTHONHASHSEED": seed})
    assert out.stdout.strip() == "0", out.stderr


def test_vectors_embedded_aside_are_the_same(monkeypatch):
    """Grouping embeds a large corpus in a forked process while it computes the features
    (`semantic.Aside`); what comes back is what embedding here gives."""
    import os

    from claimcheck import semantic

    texts = [f"claim {n} about the talks in Vilnius" for n in range(50)]
    monkeypatch.setattr(semantic, "ASIDE_FROM", 10)
    with semantic.Aside(texts) as aside:
        assert aside.pid  # a process of its own
        got = aside.result()
    want = semantic.vectors(texts)
    assert got.raw.tobytes() == want.raw.tobytes()
    assert got.norms.tobytes() == want.norms.tobytes()
    assert got.unit().tobytes() == embed(texts).tobytes()

    # the forked process fails: the vectors are computed here instead
    parent, real = os.getpid(), semantic.vectors

    def fails_aside(*args, **kwargs):
        if os.getpid() != parent:
            raise MemoryError
        return real(*args, **kwargs)

    monkeypatch.setattr(semantic, "vectors", fails_aside)
    with semantic.Aside(texts) as aside:
        assert aside.result().raw.tobytes() == want.raw.tobytes()


def test_vectors_outside_the_main_thread_are_embedded_there(monkeypatch):
    """A server's worker thread (Dask's) does not fork: the vectors are computed in the thread,
    the same as anywhere."""
    import threading

    from claimcheck import semantic

    texts = [f"claim {n} about the talks in Vilnius" for n in range(50)]
    monkeypatch.setattr(semantic, "ASIDE_FROM", 10)
    got: list = []

    def run() -> None:
        with semantic.Aside(texts) as aside:
            got.append((aside.pid, aside.result()))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    pid, vecs = got[0]
    assert pid == 0
    assert vecs.raw.tobytes() == semantic.vectors(texts).raw.tobytes()
