"""Checking claims: one outlet's sentences, typed as claims, checked against the other outlets.

From the ECB+ pairs of sentences two outlets give for one action (`events.PAIRS`), the sentence of
one side becomes a claim of one of three kinds:

- `true`: as the outlet wrote it; right when the check does not contradict it (`supported`,
  `compatible`, or `contested`: some sources back it and the others, which the outlets really
  do disagree with, are shown beside them); `unverified` is a miss, `conflict` a false alarm;
- `figure`: with a figure both sentences share changed so that it cannot agree (`inject.changed`);
  right when it comes out `conflict` or `contested`;
- `verb`: with its predicate turned into the opposite one ("won" -> "lost", OPPOSITES below);
  right when it comes out `conflict` or `contested`.

Each claim is checked against the claims of its event's other sources (`Checker.of_claims`), as
a fact-checker checks a sentence against the rest of the coverage. Also counted: changed claims
(figure or verb) that come out `supported`, which should never happen.
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict

from claimcheck import Extractor
from claimcheck.check import Checker

from .events import Event, event_of, pair_rows
from .inject import FIGURE, changed, kind_of

KINDS = ("true", "figure", "verb")
# what a right verdict is for each kind
RIGHT = {"true": {"supported", "compatible", "contested"}, "figure": {"conflict", "contested"},
         "verb": {"conflict", "contested"}}
# past-tense predicates and their opposite, to make a claim say the other thing (bench data: the
# product's table is claimcheck.lexicon.OPPOSITE_PREDICATES, in lemmas)
# ("opened fire" is no opening: open / close is left out)
_PAIRS = ("won lost", "wins loses", "accepted rejected", "approved vetoed", "confirmed denied",
          "rose fell", "increased decreased", "convicted acquitted", "agreed refused",
          "allowed banned", "survived died", "raised cut", "admitted denied", "gained lost",
          "succeeded failed")
OPPOSITES = {a: b for pair in _PAIRS for a, b in (pair.split(), pair.split()[::-1])}
OPPOSITE_WORD = re.compile(r"\b(" + "|".join(sorted(OPPOSITES, key=len, reverse=True)) + r")\b")


def claims_of(events: set[str], seed: int) -> list[tuple[str, str, str, str, str]]:
    """`(event, doc, kind, text, change)` for every sentence of a pair in the named events: the
    sentence as written (change ""), and when it can be, with a figure changed and with its verb
    turned (change: the new figure or verb)."""
    rng = random.Random(seed)
    seen: set[tuple[str, str]] = set()
    out = []
    for r in pair_rows(events):
        event = event_of(r["doc_a"])
        for doc, text, other in ((r["doc_a"], r["text_a"], r["text_b"]),
                                 (r["doc_b"], r["text_b"], r["text_a"])):
            if (doc, text) in seen:
                continue
            seen.add((doc, text))
            out.append((event, doc, "true", text, ""))
            shared = sorted({m.group(1) for m in FIGURE.finditer(text)}
                            & {m.group(1) for m in FIGURE.finditer(other)})
            if shared:
                fig = rng.choice(shared)
                m = next(m for m in FIGURE.finditer(text) if m.group(1) == fig)
                new = changed(fig, kind_of(text, m.start(1), m.end(1)), text, m.start(1))
                if new and new != fig:
                    out.append((event, doc, "figure", text[:m.start(1)] + new + text[m.end(1):],
                                new))
            if verb := OPPOSITE_WORD.search(text):
                turned = OPPOSITES[verb.group(1)]
                out.append((event, doc, "verb", text[:verb.start()] + turned + text[verb.end():],
                            turned))
    return out


def measure(events: dict[str, Event], *, seed: int = 17, limit: int | None = None) -> dict:
    """Per kind, the claims checked right, and the verdicts given; `limit` samples that many
    claims of each kind, drawn with `seed`."""
    items = claims_of(set(events), seed)
    if limit is not None:
        rng = random.Random(seed)
        by_kind = {k: [i for i in items if i[2] == k] for k in KINDS}
        items = sorted(x for k in KINDS for x in rng.sample(by_kind[k], min(limit,
                                                                               len(by_kind[k]))))
    by_doc: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for event, doc, kind, text, change in items:
        by_doc[(event, doc)].append((kind, text, change))
    extractor = Extractor()
    verdicts: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
    for (event, doc), checks in sorted(by_doc.items()):
        ev = events[event]
        checker = Checker.of_claims([c for c in ev.claims if c.source != doc], ev.published,
                                    extractor=extractor)
        results = checker.check([(str(n), text) for n, (_, text, _) in enumerate(checks)],
                                date=ev.published.get(doc))
        for n, (kind, _, change) in enumerate(checks):
            verdicts[kind][_verdict([r for r in results if r.row == str(n)], change)] += 1
    return {"by_kind": {k: (sum(v[x] for x in RIGHT[k]), sum(v.values()))
                        for k, v in verdicts.items()},
            "verdicts": {k: dict(sorted(v.items())) for k, v in verdicts.items()},
            "changed_supported": verdicts["figure"]["supported"] + verdicts["verb"]["supported"],
            "changed": sum(verdicts["figure"].values()) + sum(verdicts["verb"].values())}


ORDER = ("conflict", "contested", "supported", "compatible", "unverified")


def _verdict(parts: list, change: str) -> str:
    """A sentence's verdict over the claims it was split into: the first of ORDER among them; for
    a changed sentence, among the claims holding the change only (another claim of it may well
    be supported), `unverified` when none holds it."""
    if change:
        parts = [r for r in parts if change in r.claim]
    return min((r.verdict for r in parts), key=ORDER.index, default="unverified")
