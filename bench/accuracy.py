"""How well claimcheck finds what a reader finds, on development data only.

    python bench/accuracy.py            # every measure, all 40 ECB+ events (under 10 minutes)
    python bench/accuracy.py --quick    # the gold events only, samples of the rest (under 2 min)
    python bench/accuracy.py --quick --check   # and exit 1 when a measure is past its floor

Measures (see bench/README.md and each module of bench/measures/):
- injected conflicts: recall of a changed figure coming out as a conflict; the untouched
  event's false conflicts on the same pairs;
- real discrepancies: conflict precision and recall against tests/gold/ecbplus-dev.yaml, and
  against tests/gold/ecbplus-heldout.yaml (ten more events, scored only);
- event mixing: groups and conflicts mixing two events when events share one corpus;
- paraphrase grouping: STS news pairs of one meaning sharing a group, unrelated pairs not;
- value reading: precision, recall and F1 against tests/data/values-dev.jsonl, values-news.jsonl,
  values-news-heldout.jsonl (scored only) and quantulum3;
- checking claims: one outlet's sentences (as written, a figure changed, the verb turned) checked
  against the other outlets, the share right per kind.

Prints the measures and writes them to bench/RESULTS.md (its `accuracy` section). Floors are
in bench/floors.json: `--check` compares the run's mode (quick or full) with its floors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from measures import (  # noqa: E402
    check as checks,
    events as E,  # noqa: E402
    gold,
    inject,
    mixing,
    paraphrase,
    values,
)
from measures.results import write_section  # noqa: E402

FLOORS = HERE / "floors.json"
PARTS = ("inject", "gold", "heldout", "mixing", "paraphrase", "values", "check")
# the gold parts and the prefix of their measures
GOLD_PARTS = {"gold": "gold", "heldout": "gold_heldout"}
QUICK_CHANGES = 60  # injected changes in --quick (a fixed-seed sample)
QUICK_PAIRS = 300  # STS pairs in --quick (a fixed-seed sample)
QUICK_CHECKS = 40  # checked claims of each kind in --quick (a fixed-seed sample)


def pct(hits: int, total: int) -> float | None:
    """hits/total in percent, None when there is nothing to count."""
    return round(100 * hits / total, 1) if total else None


def run(parts: tuple[str, ...], *, quick: bool, jobs: int, seed: int) -> tuple[dict, dict]:
    """The measures (flat, in percent) and the raw counts behind them."""
    raw: dict = {}
    events: dict[str, E.Event] = {}
    if {"inject", "gold", "heldout", "mixing", "check"} & set(parts):
        names = (gold.events_of() if {"inject", "gold", "mixing", "check"} & set(parts) else [])
        names += gold.events_of(gold.HELDOUT) if "heldout" in parts else []
        events = E.parse_events(names if quick else E.event_names(), jobs=jobs)
    # --quick measures the development gold's events; the held-out gold's are only scored
    dev = {k: v for k, v in events.items() if k in gold.events_of()} if quick else events
    steps = {"inject": lambda: inject.measure(dev, seed=seed,
                                              limit=QUICK_CHANGES if quick else None),
             "gold": lambda: gold.measure(events),
             "heldout": lambda: gold.measure(events, gold.HELDOUT),
             "mixing": lambda: mixing.measure(dev),
             "paraphrase": lambda: paraphrase.measure(limit=QUICK_PAIRS if quick else None,
                                                      seed=seed),
             "values": values.measure,
             "check": lambda: checks.measure(dev, seed=seed,
                                             limit=QUICK_CHECKS if quick else None)}
    for part in parts:
        started = time.perf_counter()
        raw[part] = steps[part]()
        raw[part]["seconds"] = round(time.perf_counter() - started, 1)
    return flatten(raw), raw


def flatten(raw: dict) -> dict[str, float | None]:
    """The headline numbers of each part, in percent."""
    out: dict[str, float | None] = {}
    if "inject" in raw:
        r = raw["inject"]
        out["injected_recall"] = pct(r["found"], r["changes"])
        out["control_false_conflicts"] = pct(r["control_conflicts"], r["control_pairs"])
    for part, name in GOLD_PARTS.items():
        if part in raw:
            t = raw[part]["total"]
            out[f"{name}_conflict_precision"] = pct(*t["conflict_precision"])
            out[f"{name}_conflict_recall"] = pct(*t["conflict_recall"])
            out[f"{name}_discrepancy_recall"] = pct(*t["discrepancy_recall"])
            out[f"{name}_agreement_recall"] = pct(*t["agreement_recall"])
            out[f"{name}_traps_apart"] = pct(*t["apart"])
    if "mixing" in raw:
        r = raw["mixing"]
        out["mixed_groups"] = pct(r["mixed_groups"], r["multi_source_groups"])
        out["mixed_conflicts"] = pct(r["mixed_conflicts"], r["conflicts"])
    if "paraphrase" in raw:
        r = raw["paraphrase"]
        out["paraphrase_same_grouped"] = pct(*r["same_grouped"])
        out["paraphrase_unrelated_grouped"] = pct(*r["unrelated_grouped"])
    if "values" in raw:
        for table in ("dev", "news", "heldout", "quantulum3"):
            s = raw["values"][table]
            out[f"values_{table}_f1"] = round(values.f1(s["number"], s["read"], s["gold"])[2], 1)
            out[f"values_{table}_unit_f1"] = round(values.f1(s["unit"], s["read"], s["gold"])[2], 1)
        s = raw["values"]["dev"]
        out["values_dev_bound_right"] = pct(s["bound_ok"], s["hedged"])
        out["values_dev_no_quantity_read"] = pct(s["nq_read"], s["nq"])
    if "check" in raw:
        r = raw["check"]
        for kind in checks.KINDS:
            out[f"check_{kind}_right"] = pct(*r["by_kind"][kind])
        out["check_changed_supported"] = pct(r["changed_supported"], r["changed"])
    return out


def check(measures: dict[str, float | None], mode: str, path: Path = FLOORS) -> list[str]:
    """The measures past their floor (`min`) or ceiling (`max`) for `mode`, as sentences.
    A measure with nothing to count (None) breaks no floor."""
    floors = json.loads(path.read_text(encoding="utf-8")).get(mode, {})
    broken = []
    for name, limit in sorted(floors.items()):
        got = measures.get(name)
        if got is None:
            continue
        if "min" in limit and got < limit["min"]:
            broken.append(f"{name} is {got}, below its floor {limit['min']}")
        if "max" in limit and got > limit["max"]:
            broken.append(f"{name} is {got}, above its ceiling {limit['max']}")
    return broken


def _fmt(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.1f}"


def render(measures: dict, raw: dict, *, mode: str, seconds: float) -> str:
    """The accuracy section of bench/RESULTS.md."""
    lines = ["## Accuracy on development data", "",
             f"Written by `python bench/accuracy.py{' --quick' if mode == 'quick' else ''}` on "
             f"{dt.date.today().isoformat()} ({os.cpu_count()} cores, {seconds:.0f} s). "
             "All numbers in percent; n/a: nothing to count.", "",
             "| measure | value | counts |", "|---|---|---|"]
    counts = _counts(raw)
    for name, v in measures.items():
        lines.append(f"| {name} | {_fmt(v)} | {counts.get(name, '')} |")
    if "inject" in raw:
        lines += ["", "Injected conflicts by kind of figure (found / changed): " + ", ".join(
            f"{k} {f}/{n}" for k, (f, n) in raw["inject"]["by_kind"].items())]
        lines += [f"- claimcheck crashed on a changed article: {c}"
                  for c in raw["inject"]["crashed"]]
    for part in GOLD_PARTS:
        if part in raw:
            lines += _per_event(raw[part]["events"], missed=part == "gold")
    return "\n".join(lines)


def _per_event(events: dict, *, missed: bool) -> list[str]:
    """The gold scores event by event; the missed conflicts only of the development gold (the
    held-out gold's misses are not read to write rules)."""
    lines = ["", "Real discrepancies, event by event (conflict precision, conflict recall, "
             "agreement recall, traps kept apart" + ("; missed conflicts):" if missed else "):"),
             "", "| event | precision | recall | agreements | traps |" + (" missed |" * missed),
             "|---|---|---|---|---|" + ("---|" * missed)]
    for name, r in events.items():
        cells = [f"{h}/{n}" for h, n in (r["conflict_precision"], r["conflict_recall"],
                                          r["agreement_recall"], r["apart"])]
        tail = f" {', '.join(r['missed'])} |" if missed else ""
        lines.append(f"| {name} | {' | '.join(cells)} |{tail}")
    return lines


def _counts(raw: dict) -> dict[str, str]:
    out = {}
    if "inject" in raw:
        r = raw["inject"]
        out["injected_recall"] = f"{r['found']}/{r['changes']} changes"
        out["control_false_conflicts"] = f"{r['control_conflicts']}/{r['control_pairs']} pairs"
    for part, name in GOLD_PARTS.items():
        if part in raw:
            for key, (h, n) in raw[part]["total"].items():
                out[f"{name}_{key if key != 'apart' else 'traps_apart'}"] = f"{h}/{n}"
    if "mixing" in raw:
        r = raw["mixing"]
        out["mixed_groups"] = f"{r['mixed_groups']}/{r['multi_source_groups']} multi-source groups"
        out["mixed_conflicts"] = f"{r['mixed_conflicts']}/{r['conflicts']} conflicts"
    if "paraphrase" in raw:
        out["paraphrase_same_grouped"] = "{}/{} pairs scored >= 4".format(
            *raw["paraphrase"]["same_grouped"])
        out["paraphrase_unrelated_grouped"] = "{}/{} pairs scored <= 1".format(
            *raw["paraphrase"]["unrelated_grouped"])
    if "values" in raw:
        for table in ("dev", "news", "heldout", "quantulum3"):
            s = raw["values"][table]
            p, r, _ = values.f1(s["number"], s["read"], s["gold"])
            out[f"values_{table}_f1"] = (f"P {p:.1f} R {r:.1f}: {s['number']} right of "
                                         f"{s['read']} read, {s['gold']} annotated")
            p, r, _ = values.f1(s["unit"], s["read"], s["gold"])
            out[f"values_{table}_unit_f1"] = f"P {p:.1f} R {r:.1f}"
        s = raw["values"]["dev"]
        out["values_dev_bound_right"] = f"{s['bound_ok']}/{s['hedged']} hedged values"
        out["values_dev_no_quantity_read"] = f"{s['nq_read']}/{s['nq']} (lower is better)"
    if "check" in raw:
        r = raw["check"]
        for kind in checks.KINDS:
            verdicts = ", ".join(f"{n} {v}" for v, n in r["verdicts"][kind].items())
            out[f"check_{kind}_right"] = "{}/{} claims: ".format(*r["by_kind"][kind]) + verdicts
        out["check_changed_supported"] = (f"{r['changed_supported']}/{r['changed']} changed "
                                          "claims (lower is better)")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="the gold events and samples (CI)")
    ap.add_argument("--only", default=",".join(PARTS), help=f"parts, of {', '.join(PARTS)}")
    ap.add_argument("--check", action="store_true", help="exit 1 when a floor is broken")
    ap.add_argument("--floors", type=Path, default=FLOORS, help="the floors file to check")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--json", type=Path, help="also write the measures and counts here")
    ap.add_argument("--no-write", action="store_true", help="do not touch bench/RESULTS.md")
    args = ap.parse_args(argv)
    parts = tuple(p for p in args.only.split(",") if p)
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        ap.error(f"unknown part(s): {', '.join(unknown)}; choose from {', '.join(PARTS)}")
    if not E.DEV.is_dir():
        print(f"error: the dev corpus is not at {E.DEV}; set CLAIMCHECK_SHARED to the shared/ "
              "folder", file=sys.stderr)
        return 2
    mode = "quick" if args.quick else "full"
    started = time.perf_counter()
    measures, raw = run(parts, quick=args.quick, jobs=args.jobs, seed=args.seed)
    text = render(measures, raw, mode=mode, seconds=time.perf_counter() - started)
    print(text)
    if not args.no_write:
        write_section(HERE / "RESULTS.md", "accuracy", text)
    if args.json:
        args.json.write_text(json.dumps({"mode": mode, "measures": measures, "raw": raw},
                                        indent=1, default=list) + "\n", encoding="utf-8")
    if args.check:
        broken = check(measures, mode, args.floors)
        for line in broken:
            print(f"FLOOR BROKEN: {line}", file=sys.stderr)
        if broken:
            return 1
        print(f"all {mode} floors hold ({args.floors.name})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
