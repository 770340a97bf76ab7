"""Polarity: whether a source says the opposite of a checked claim.

Two claims say opposite things of one action when one is negated and the other not ("did not
reject" / "rejected"), when they use opposite predicates (`OPPOSITE_PREDICATES`: "accepted" /
"rejected"), or when one denies what the other states: "The ministry denied that troops crossed
the border", "Officials rejected claims that the dam failed" say the troops did not cross, the
dam did not fail (`DENIAL_VERBS`). Two of these cancel out: "did not accept" backs "rejected",
and "Russia denied that it rejected the ceasefire" backs "Russia accepted the ceasefire".
"""

from __future__ import annotations

import re

from .actionwords import DENIAL_FORMS, DENIAL_VERBS, DENIED_NOUNS, FALSE_WORDS
from .claims import Claim
from .similarity import opposed, predicate_words


def _words(words: frozenset[str]) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# who a denial was made to, where or when ("denied to reporters on Monday that …", "rejected in a
# statement claims that …"): up to two short phrases between the verb and what it denies
_SAID_WHERE = r"(?:(?:to|in|on|at|during|via|through)\s+(?:[\w.'’-]+\s+){1,5}?){0,2}"
# "denied that …", "rejected claims that …", "dismissed as false reports that …"
DENIAL = re.compile(
    rf"\b(?:{_words(DENIAL_FORMS)})\s+{_SAID_WHERE}(?:as\s+(?:{_words(FALSE_WORDS)})\s+)?"
    rf"(?:(?:the|media|news|press|{_words(FALSE_WORDS)})\s+)*(?:(?:{_words(DENIED_NOUNS)})\s+)?"
    r"that\b", re.I)
# "denied killing two co-workers", "denies ever taking a bribe": a denial of what the -ing form
# after it says was done (only "deny" takes one; "rejected killing" does not deny a killing)
DENIED_DOING = re.compile(
    r"\bden(?:y|ies|ied|ying)\s+(?=(?:ever\s+|having\s+)?[a-z]+ing\b)", re.I)
# "it was denied that …", "It has been denied by her publicist that …"
IMPERSONAL_DENIAL = re.compile(
    rf"\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:{_words(DENIAL_FORMS)})\b", re.I)
# "Troops crossed the border, the ministry denied.", "…, her agent denied to the Herald on Friday":
# the statement before the comma, denied by a speaker of a few words after it, at the end
TRAILING_DENIAL = re.compile(
    r",\s+(?!(?:and|but|or|while|although)\b)(?:[\w.'’-]+\s+){1,6}?"
    rf"(?:{_words(DENIAL_FORMS)})\s*{_SAID_WHERE}(?:(?:to|in|on|at)\s+[\w.'’ -]+)?[.!]?\s*$",
    re.I)
# the words of a denial that are no part of what it denies
_DENIAL_WORDS = DENIAL_VERBS | DENIED_NOUNS | FALSE_WORDS


def denies(claim: Claim) -> bool:
    """Whether a claim denies the statement it holds ("X denied that P": it says not-P; with a
    negation, "did not deny that P", the two cancel out in `opposite`)."""
    return denied_text(claim) is not None


def denied_text(claim: Claim) -> str | None:
    """The statement a claim denies, as written ("X denied that troops crossed the border",
    "Troops crossed the border, X denied": "troops crossed the border"); None when it denies
    none (see `denies`)."""
    found = (DENIAL.search(claim.quote) or IMPERSONAL_DENIAL.search(claim.quote)
             or DENIED_DOING.search(claim.quote))
    if found is None:
        trailing = TRAILING_DENIAL.search(claim.quote)
        if trailing is None:
            return None
        return claim.quote[:trailing.start()].strip(" \"“”'") or None
    tail = claim.quote[found.end():].strip(" ,:;\"“”'")
    if tail.lower().startswith("that "):
        tail = tail[5:]  # "it was denied that …"
    return tail or None


def what_is_said(claim: Claim) -> frozenset[str]:
    """The claim's words that may say what was done (`predicate_words`), the words of a denial
    left out: what "X denied that troops crossed" says is done is the crossing."""
    words = predicate_words(claim.frame, claim.core)
    return words - _DENIAL_WORDS if denies(claim) else words


def opposite(query: Claim, source: Claim) -> tuple[bool, tuple[str, str] | None, bool]:
    """Whether a source claim says the opposite of a checked claim, the opposite predicates that
    say so, if any, and whether a denial is part of the reading."""
    denial = denies(query) != denies(source)
    words = opposed(what_is_said(query), what_is_said(source))
    return (query.negated != source.negated) ^ denial ^ bool(words), words, denial


def in_detail(query: Claim, source: Claim, denial: bool) -> bool:
    """Whether a statement and its negation or denial may differ in a detail only, so that
    neither contradicts the other for sure: either gives a figure ("did not offer 30 days" /
    "offered 2–3 days"), or the side saying no gives a day ("did not capsize on Saturday" /
    "capsized on Friday"). The other side's day does not matter: "did not veto the bill"
    contradicts "vetoed the bill on Monday"."""
    no = (query if denies(query) else source) if denial else (
        query if query.negated else source)
    return bool(no.dated) or any(
        v.kind != "date" or c is no for c in (query, source) for v in c.values)
