"""Injected conflicts: change a figure two outlets share and see whether a conflict comes out.

From the ECB+ pairs of sentences that two outlets' articles give for one action, take those
sharing a figure. In a copy of the event, one outlet's sentence gets a figure that cannot agree
with the other's; the event is run as its own corpus. Recall is the share of changes that come
out as a conflict holding the changed claim and the other outlet's claim. The control is the
untouched event: the share of the same pairs that share a conflict group.
"""

from __future__ import annotations

import random
import re
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from claimcheck import load_corpus

from .events import (
    Event,
    claims_in,
    conflicting,
    discrepancies,
    event_of,
    find_line,
    group,
    pair_rows,
    parse_sources,
)

# A figure: digits with thousands commas or a decimal point; a comma or point after a number is
# punctuation unless digits follow ("Smith, 52, who" is 52). Clock times are one figure.
FIGURE = re.compile(r"(?<![\w.,:-])(\d{1,2}:\d{2}|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
                    r"(?![\w:]|[.,]\d)")
MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
MONTH_BEFORE = re.compile(rf"\b{MONTH}\s*$", re.I)
MONTH_AFTER = re.compile(rf"^\s*(of\s+)?{MONTH}\b", re.I)
UPPER_BOUND = re.compile(r"\b(less than|fewer than|under|up to|nearly|almost|below|as many as|"
                         r"no more than)\s*$", re.I)
MONEY_BEFORE = re.compile(r"[$€£]\s*$|\b(US|Rs|INR)\.?\s*$")
MONEY_AFTER = re.compile(r"^\s*(million|billion|bn|m\b|dollars|pounds|euros|rupees)", re.I)
AGE_AFTER = re.compile(r"^(-year-old|\s*years? old|-yr-old)|^,", re.I)
TIME_AFTER = re.compile(r"^\s*(a\.?\s?m\.?|p\.?\s?m\.?|GMT|BST|hours)", re.I)
DISTANCE_AFTER = re.compile(r"^\s*-?(miles?|km|kilomet|metres?|meters?|feet|foot|ft|yards?)\b",
                            re.I)


@dataclass(frozen=True)
class Target:
    """One change: in `doc`'s line `line` (the sentence `sentence`), figure `figure` becomes
    `new`; `others` are the (doc, line, sentence) of the sentences it must conflict with."""

    event: str
    doc: str
    line: int
    sentence: str
    figure: str
    new: str
    kind: str
    others: tuple[tuple[str, int, str], ...]


def kind_of(sentence: str, start: int, end: int) -> str:
    """What the figure at sentence[start:end] is, from the words around it."""
    before, after = sentence[max(0, start - 12):start], sentence[end:end + 14]
    fig = sentence[start:end]
    if ":" in fig or TIME_AFTER.match(after):
        return "time"
    if MONEY_BEFORE.search(before) or MONEY_AFTER.match(after):
        return "money"
    if re.fullmatch(r"(19|20)\d\d", fig):
        return "date"
    if MONTH_BEFORE.search(before) or MONTH_AFTER.match(after):
        return "date"
    if DISTANCE_AFTER.match(after):
        return "distance"
    if AGE_AFTER.match(after) and fig.isdigit() and 10 < int(fig) < 110 and (
            after.startswith(",") is False or before.rstrip().endswith(",")):
        return "age"
    return "count"


def changed(fig: str, kind: str, sentence: str, start: int) -> str | None:
    """A figure that cannot agree with `fig`: away from any bound the hedge before it sets."""
    before = sentence[max(0, start - 24):start]
    if kind == "time":
        hour, _, minute = fig.partition(":")
        h = int(hour)
        hour = str(h + 3 if h <= 9 else h - 5)
        return f"{hour}:{minute}" if minute else hour
    value = float(fig.replace(",", ""))
    decimals = len(fig.split(".")[1]) if "." in fig else 0
    if kind == "date":
        new = value - 6 if value >= 1900 else (value + 9 if value <= 19 else value - 9)
    elif kind == "age":
        new = value + 17 if value < 60 else value - 23
    elif UPPER_BOUND.search(before):  # below the bound: "up to 1" cannot agree with 10
        new = value // 4 - 1
        if new < 0:
            return None
    else:  # above any lower bound: "at least 32" cannot agree with 10 ("at least 1" can)
        new = value * 3 + 2
    text = f"{new:,.{decimals}f}" if "," in fig else f"{new:.{decimals}f}"
    return text


def targets(events: set[str], seed: int) -> list[Target]:
    """The changes to make: pairs sharing a figure in the named events, the changed side drawn
    with `seed`; pairs changing the same figure of the same sentence share one change."""
    rng = random.Random(seed)
    by_key: dict[tuple[str, int, str], dict] = {}
    for r in pair_rows(events):
        ev = event_of(r["doc_a"])
        a = (r["doc_a"], int(r["sent_a"]), r["text_a"])
        b = (r["doc_b"], int(r["sent_b"]), r["text_b"])
        figs_a = {m.group(1): m for m in FIGURE.finditer(a[2])}
        figs_b = {m.group(1): m for m in FIGURE.finditer(b[2])}
        shared = sorted(set(figs_a) & set(figs_b))
        if not shared:
            continue
        fig = rng.choice(shared)
        side, other = (a, b) if rng.random() < 0.5 else (b, a)
        m = (figs_a if side is a else figs_b)[fig]
        kind = kind_of(side[2], m.start(1), m.end(1))
        new = changed(fig, kind, side[2], m.start(1))
        if new is None or new == fig:
            continue
        key = (side[0], side[1], fig)
        entry = by_key.setdefault(key, {"event": ev, "sentence": side[2], "new": new,
                                        "kind": kind, "start": m.start(1), "others": set()})
        entry["others"].add(other)
    return [Target(e["event"], doc, line, e["sentence"], fig, e["new"], e["kind"],
                   tuple(sorted(e["others"])))
            for (doc, line, fig), e in sorted(by_key.items())]


def _ids_of(claims, ev: Event, doc: str, line: int, sentence: str) -> set[str]:
    source = ev.sources.get(doc)
    span = find_line(source, sentence, line) if source else None
    return {c.id for c in claims_in(claims, doc, span)} if span else set()


def run_target(ev: Event, t: Target, tmp: Path) -> bool:
    """Whether the change `t` comes out as a conflict with any of the other outlets' sentences
    it was paired with."""
    source = ev.sources[t.doc]
    span = find_line(source, t.sentence, t.line)
    if span is None:
        return False
    a, b = span
    line = source.text[a:b]
    m = next((m for m in FIGURE.finditer(line) if m.group(1) == t.figure), None)
    if m is None:
        return False
    text = source.text[:a] + line[:m.start(1)] + t.new + line[m.end(1):] + source.text[b:]
    path = tmp / f"{t.doc}.txt"
    path.write_text(text, encoding="utf-8")
    new_source = load_corpus(path).sources[0]
    new_claims, _ = parse_sources([new_source])
    claims = [c for c in ev.claims if c.source != t.doc] + new_claims
    new_span = (a, b + len(t.new) - len(t.figure))
    mine = {c.id for c in claims_in(new_claims, t.doc, new_span) if t.new in c.quote}
    theirs: set[str] = set()
    for doc, line_no, sentence in t.others:
        theirs |= _ids_of(ev.claims, ev, doc, line_no, sentence)
    return bool(mine and theirs) and conflicting(
        group(claims), discrepancies(claims, ev.published), mine, theirs)


def control(ev: Event, ts: list[Target]) -> tuple[int, int]:
    """In the untouched event: (pairs whose sentences share a conflict group, pairs)."""
    groups, found = group(ev.claims), discrepancies(ev.claims, ev.published)
    hits = total = 0
    for t in ts:
        mine = _ids_of(ev.claims, ev, t.doc, t.line, t.sentence)
        for other in t.others:
            total += 1
            hits += conflicting(groups, found, mine, _ids_of(ev.claims, ev, *other))
    return hits, total


def measure(events: dict[str, Event], *, seed: int = 17, limit: int | None = None) -> dict:
    """Recall of injected conflicts (overall and by kind of figure) and the control's false
    conflicts, over the given parsed events; `limit` takes that many changes, drawn with `seed`."""
    ts = targets(set(events), seed)
    if limit is not None and len(ts) > limit:
        ts = sorted(random.Random(seed).sample(ts, limit), key=lambda t: (t.doc, t.line))
    found: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    by_event: dict[str, list[Target]] = defaultdict(list)
    for t in ts:
        by_event[t.event].append(t)
    crashed: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, evts in sorted(by_event.items()):
            for t in evts:
                tried[t.kind] += 1
                try:
                    found[t.kind] += run_target(events[name], t, Path(tmp))
                except Exception as exc:  # noqa: BLE001 - a crash is a finding of the bench
                    crashed.append(f"{t.doc} line {t.line}: {t.figure} -> {t.new}: "
                                   f"{type(exc).__name__}: {exc}")
    ctrl_hits = ctrl_total = 0
    for name, evts in sorted(by_event.items()):
        h, n = control(events[name], evts)
        ctrl_hits, ctrl_total = ctrl_hits + h, ctrl_total + n
    return {"changes": sum(tried.values()), "found": sum(found.values()),
            "by_kind": {k: (found[k], tried[k]) for k in sorted(tried)},
            "control_pairs": ctrl_total, "control_conflicts": ctrl_hits, "crashed": crashed}
