"""Rendering: a unit's tokens as a readable sentence (the claim's `text`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .tokens import QUOTES
from .unit import Unit

if TYPE_CHECKING:
    from spacy.tokens import Doc


def render(doc: Doc, toks: list[int], unit: Unit) -> str:
    """A readable sentence from the unit's tokens: quotes out, spacing repaired, capital and
    stop."""
    parts = []
    for k, i in enumerate(toks):
        t = doc[i]
        ws = t.whitespace_ if k + 1 < len(toks) and toks[k + 1] == i + 1 else " "
        if t.text in QUOTES or (t.text in "‘’'" and t.tag_ in ("``", "''")):
            parts.append(ws)
            continue
        parts.append(unit.replace[i] + ws if i in unit.replace else t.text + ws)
    text = " ".join("".join(parts).split())
    text = re.sub(r"\s+([,.;:!?%)])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"(?:,\s*){2,}", ", ", text).strip(" ,;:-–—")
    text = re.sub(r"\s{2,}", " ", text)
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
