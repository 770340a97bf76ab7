"""Two figures side by side that are not one range: a share ("one in five"), the two levels of a
change ("rose from 9 to 12": the level before and the level after), and a vote's tally ("38
votes to 11", "32 in favour and 17 against": one figure, as "38-11" is).

`mentions` joins numbers that "to" or "in" links into one mention; these are the cases where the
words around them say the two are of different kinds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import MOVED_FROM
from ..numbers import number
from ..tally import vote_tally

if TYPE_CHECKING:
    from spacy.tokens import Doc

# how many words a verb that moves a level may stand before "from" ("raised the property tax
# rate from 1.12 to 1.19 percent")
_VERB_REACH = 6


def share_between(doc: Doc, pb: int, a: int, b: int) -> bool:
    """Whether "in" or "in every" (maybe after the first's noun) makes a number (ending at `pb`)
    a share of a larger one (`doc[a:b]`) with no noun of its own after it ("one train in every
    ten"; not "seven died in two crashes", "2,000 booths in 125 constituencies")."""
    said = [t.lower_ for t in doc[pb:a]]
    noun = bool(said) and doc[pb].pos_ == "NOUN"
    part, whole = number(doc[pb - 1].text), number(doc[a:b].text)
    return said[noun:] in (["in"], ["in", "every"]) and part is not None and whole is not None \
        and part < whole and not (noun and b < len(doc) and doc[b].pos_ == "NOUN"
                                  and doc[b].lemma_ != doc[pb].lemma_)


def levels(doc: Doc, a: int, b: int, label: str) -> list[tuple[int, int, str]]:
    """A mention a..b of "X to Y" that a verb moving a level brings in with "from" ("the toll
    rose from 9 to 12", "raised the rate from 1.12 to 1.19 percent"), as its two levels; any
    other mention as it is. A bare number the recogniser took for a time or a date ("9 to 12
    overnight") is a number, and ends with its figures."""
    if a == 0 or doc[a - 1].lower_ != "from" or not any(
            t.lower_ in MOVED_FROM for t in doc[max(0, a - 1 - _VERB_REACH):a - 1]):
        return [(a, b, label)]
    to = next((k for k in range(a + 1, b - 1) if doc[k].lower_ == "to"), None)
    if to is None:
        return [(a, b, label)]
    return [_figures(doc, a, to, label), _figures(doc, to + 1, b, label)]


def _figures(doc: Doc, a: int, b: int, label: str) -> tuple[int, int, str]:
    """One level of a change: a bare number the recogniser called a time or a date is a number
    ("9" and "12 overnight" of "from 9 to 12 overnight": 9 and 12)."""
    if label not in ("TIME", "DATE") or number(doc[a].text) is None:
        return a, b, label
    end = a + 1
    while end < b and doc[end].like_num:
        end += 1
    return a, end, "CARDINAL"


def tallies(doc: Doc, parts: list[list]) -> list[list]:
    """Mentions joined where two figures are one vote's tally as its words say (`vote_tally`:
    "38 votes to 11", "32 in favour and 17 against", the second's "against" taken in); "31 to
    18" is joined as a range is, and read as a tally by the words before it (`values`)."""
    out: list[list] = []
    for a, b, label in parts:
        if out and out[-1][2] == label == "CARDINAL" and (
                end := _tally_end(doc, out[-1][0], b)) is not None:
            out[-1] = [out[-1][0], end, label]
            continue
        out.append([a, b, label])
    return out


def _tally_end(doc: Doc, pa: int, b: int) -> int | None:
    """Where a tally from `pa` ends whose second figure ends at `b`: there, or past the
    "against" after it; None when the words say no tally."""
    for end in range(b, min(b + 2, len(doc)) + 1):
        if vote_tally(doc[pa:end].text.lower(), "") is not None:
            return end
    return None
