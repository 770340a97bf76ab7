"""Numbers: a single number written in digits, with a scale word, or in words.

"1,200", "1.2 million", "$140" (the symbol is stripped first), "twelve", "a dozen", "two
hundred thousand": text2num reads number words; scale words come from `lexicon.SCALES`.
"""

from __future__ import annotations

import re

from .lexicon import SCALES

# scale words a number may be split from or share ("$140-150 | million")
SCALE_WORDS = "thousand|million|billion|trillion"


_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?|\d*\.\d+"


def number(t: str) -> float | None:
    """A single number written in digits, digits with a scale word, or words."""
    t = t.strip().strip(" ,.").replace("-", " ")
    if not t:
        return None
    m = re.fullmatch(rf"({_NUM})\s*({SCALE_WORDS}|dozen|hundred|k|m|bn)?", t)
    if m:
        n = float(m.group(1).replace(",", ""))
        s = {"k": 1e3, "m": 1e6, "bn": 1e9}.get(m.group(2) or "", SCALES.get(m.group(2) or "", 1))
        return n * s
    if t in ("a", "an", "one"):
        return 1.0
    if t in ("a dozen", "dozen"):
        return 12.0
    if t.startswith(("a ", "an ")):
        t = "one " + t.split(" ", 1)[1]
    from text_to_num import text2num

    try:
        return float(text2num(t, "en"))
    except ValueError:
        pass
    from text_to_num import alpha2digit

    conv = alpha2digit(t, "en")
    m = re.fullmatch(rf"({_NUM})\s*({SCALE_WORDS})?", conv.strip())
    if m:
        return float(m.group(1).replace(",", "")) * SCALES.get(m.group(2) or "", 1)
    return None
