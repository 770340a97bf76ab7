"""bench/RESULTS.md holds one section per script (speed by run.py, accuracy by accuracy.py), each
between `<!-- name -->` markers, so each script rewrites its own and keeps the other's."""

from __future__ import annotations

import re
from pathlib import Path


def write_section(path: Path, name: str, text: str) -> None:
    """Put `text` as section `name` of the file at `path`, replacing that section if present."""
    block = f"<!-- {name} -->\n{text.rstrip()}\n<!-- /{name} -->\n"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    pattern = re.compile(rf"<!-- {re.escape(name)} -->\n.*?<!-- /{re.escape(name)} -->\n", re.S)
    if pattern.search(old):
        new = pattern.sub(lambda _m: block, old, count=1)
    else:
        new = (old.rstrip() + "\n\n" if old.strip() else "") + block
    path.write_text(new, encoding="utf-8")
