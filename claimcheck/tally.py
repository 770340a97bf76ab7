"""A vote's tally: "31-18", "31 to 18", "38 votes to 11", "32 in favour and 17 against".

However it is written, a tally is one figure, those for first, read as a score is ("31-18"), so
outlets' tallies of one vote compare (`concepts` gives it the measure "vote tally").
"""

from __future__ import annotations

import re

from .numbers import number

# a vote's tally in words, those for first: "31 to 18" (after a vote word), "38 votes to 11",
# "32 in favour and 17 against", "52 for, 48 against" (`vote_tally`)
_FIGURE = r"(\d{1,4}|[a-z]+(?:-[a-z]+)?)"  # a figure in digits or in words ("thirty-one")
TALLY = re.compile(rf"{_FIGURE}(?:\s+(?:votes?\s+)?to\s+|\s*[-–]\s*){_FIGURE}(?:\s+votes?)?"
                   rf"|{_FIGURE}\s+(?:votes?\s+)?(?:in\s+favou?r|for)(?:\s+of\s+[a-z ]+?)?,?\s+"
                   rf"(?:and\s+|with\s+)?{_FIGURE}\s+(?:votes?\s+)?against")
# words a vote's tally follows ("voted 31 to 18", "approved the budget 31-18", "by a vote of 52
# to 48"): a tally, where "rose 31 to 40" is a range
VOTE_BEFORE = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|ballot|approv(?:e|es|ed|ing)|pass(?:es|ed)|reject(?:s|ed)|"
    r"defeat(?:s|ed)|endors(?:es|ed)|confirm(?:s|ed)|overr(?:ode|ule|ules|uled)|margin of)\b"
    r"(?:\s+[a-z'’]+){0,4}?(?:\s+by)?\s*$")


def vote_tally(t: str, before: str) -> str | None:
    """A vote's tally as a score reads it, those for first ("31-18"): a mention that says it is
    one ("38 votes to 11", "32 in favour and 17 against"), or "31 to 18" after a vote word
    (`VOTE_BEFORE`); None for any other."""
    found = TALLY.fullmatch(t)
    if found is None or not (VOTE_BEFORE.search(before) or re.search(r"\b(?:votes?|against)\b", t)):
        return None
    yes, no = number(found.group(1) or found.group(3)), number(found.group(2) or found.group(4))
    return None if yes is None or no is None else f"{yes:.0f}-{no:.0f}"


def is_tally(text: str, before: str) -> bool:
    """Whether a score is a vote's tally: written as one ("38 votes to 11") or after a vote word
    ("the council approved the budget 31-18"), as against a game's ("beat Kelton 3-1")."""
    return bool(VOTE_BEFORE.search(before.lower())) or vote_tally(text.lower(), "") is not None
