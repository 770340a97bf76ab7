"""Value reading: the values claimcheck reads in a sentence against values annotated by reading.

Three tables: `tests/data/values-dev.jsonl` (ECB+ dev sentences, annotated for this project),
`tests/data/values-news.jsonl` (news headlines of the STS Benchmark, annotated for this project)
and quantulum3's own English test table; `tests/data/values-news-heldout.jsonl` (more headlines,
annotated alike) is scored to see whether rules carry over, and its misses are not read to write
rules. A read value *matches* an annotated one when their spans
overlap and the annotated number (or every end of an annotated range) lies in the interval read
(dates and clock times: the same day or minute). `number` F1 counts such matches; `unit` F1 also
asks the right dimension (a duration, an age, a currency, a percent, a count...) and the unit.
Annotated numbers that are no quantity (a model or section number) must not be read at all.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from claimcheck import Value, read_values
from claimcheck.unitnames import DIMENSIONS, UNIT_SURFACES
from claimcheck.units import base_unit

from .events import ROOT, SHARED

DEV_TABLE = ROOT / "tests" / "data" / "values-dev.jsonl"
NEWS_TABLE = ROOT / "tests" / "data" / "values-news.jsonl"
HELDOUT_TABLE = ROOT / "tests" / "data" / "values-news-heldout.jsonl"
QUANTULUM = SHARED / "eval" / "quantulum3" / "quantities.json"

# annotated unit -> (the dimension claimcheck names it by, its factor to claimcheck's unit)
UNITS: dict[str, tuple[str, float]] = {
    "second": ("duration", 1), "minute": ("duration", 60), "hour": ("duration", 3600),
    "day": ("duration", 86400), "week": ("duration", 604800), "fortnight": ("duration", 1209600),
    "month": ("duration", 2629800), "year": ("duration", 31557600),
    "decade": ("duration", 315576000), "percent": ("percent", 1), "percentage": ("percent", 1),
    # claimcheck reads money in whole units of its currency: "19 cents" is 0.19
    "cent": ("money", 0.01), "penny": ("money", 0.01),
}
# quantulum3's currency names -> ISO codes
CURRENCIES = {"pound sterling": "GBP", "united states dollar": "USD", "euro": "EUR",
              "dollar": "USD", "cent": "USD", "japanese yen": "JPY", "indian rupee": "INR"}
STRING_KINDS = ("date", "time")


def dev_table(path: Path = DEV_TABLE) -> list[dict]:
    """The annotated dev sentences: {"text", "res": [mention, ...]} per line."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def quantulum_table(path: Path = QUANTULUM) -> list[dict]:
    """quantulum3's table in the dev table's shape (kind and unit from its unit names)."""
    out = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        res = []
        for q in item["res"]:
            unit = q["unit"].lower()
            kind = ("money" if q.get("entity") == "currency" or unit in CURRENCIES else
                    "percent" if unit.startswith("percent") else
                    "count" if unit == "dimensionless" else
                    "duration" if unit in UNITS and UNITS[unit][0] == "duration" else "other")
            res.append({"surface": q["surface"], "kind": kind, "value": q["value"],
                        "low": q["value"], "high": q["value"], "bound": "exact",
                        "unit": CURRENCIES.get(unit, None if unit == "dimensionless" else unit)})
        out.append({"text": item["req"], "res": res})
    return out


def _span(text: str, surface: str, taken: set[int]) -> tuple[int, int] | None:
    at = text.find(surface)
    while at in taken:
        at = text.find(surface, at + 1)
    if at < 0:
        return None
    taken.add(at)
    return at, at + len(surface)


def _surface(unit: str) -> str | None:
    """claimcheck's name for an annotated unit, as written or in the plural ("kilometre per
    hour" is claimcheck's "kilometres per hour"; "pound-mass" its "pounds")."""
    unit = unit.replace("-mass", "")
    first, _, rest = unit.partition(" ")
    for form in (unit, unit + "s", f"{first}s {rest}".strip()):
        if form in UNIT_SURFACES:
            return UNIT_SURFACES[form]
    return None


def _factor(unit: str) -> float:
    """The factor from an annotated unit to claimcheck's: seconds for durations, base units
    (metres, kilograms, m/s) for what `claimcheck.units` reads."""
    if unit in UNITS:
        return UNITS[unit][1]
    name = _surface(unit)
    return base_unit(name)[0] if name else 1.0


def _numbers(g: dict) -> list[float]:
    """The annotated number(s) in claimcheck's units: the value, else the range's ends;
    degrees Fahrenheit in Celsius, as claimcheck reads them."""
    unit = str(g.get("unit") or "").lower()
    # an age is in years, money in whole units of its currency, whatever a unit table says of
    # "GBP" ("gbps"!)
    kind = g.get("kind")
    factor = 1.0 if kind == "age" or kind == "money" and unit not in UNITS else _factor(unit)
    given = [g["value"]] if g.get("value") is not None else [g.get("low"), g.get("high")]
    nums = [float(x) * factor for x in given if x is not None]
    return [(n - 32) * 5 / 9 for n in nums] if "fahrenheit" in unit else nums


def number_matches(v: Value, g: dict) -> bool:
    """Whether the value read holds the annotated number(s)."""
    if g.get("kind") == "score":  # "9-3", "45-7-2" (annotated by its first two figures)
        return v.kind == "score" and f"{v.low}-".startswith(f"{g.get('low')}-{g.get('high')}-")
    if g.get("kind") in STRING_KINDS or isinstance(v.low, str) or isinstance(v.high, str):
        if g.get("low") is None and g.get("high") is None:
            return v.kind == g.get("kind")
        low, high = str(g.get("low") or g.get("high")), str(g.get("high") or g.get("low"))
        if isinstance(v.low, str) and v.low.startswith("--"):  # read without a year: month, day
            low, high = "--" + low[5:], "--" + high[5:]
        return isinstance(v.low, str) and v.low <= low and high <= str(v.high or v.low)
    nums = _numbers(g)
    if not nums or (v.low is None and v.high is None):
        return False
    # half a percent either way, of the number's size (a negative number's too)
    lo = float(v.low) - abs(float(v.low)) * 0.005 - 1e-9 if v.low is not None else float("-inf")
    hi = float(v.high) + abs(float(v.high)) * 0.005 + 1e-9 if v.high is not None else float("inf")
    return all(lo <= n <= hi for n in nums)


def unit_matches(v: Value, g: dict) -> bool:
    """Whether the value read is of the annotated dimension and unit."""
    kind, unit = g.get("kind"), g.get("unit")
    if kind == "money":
        return v.kind == "money" and (unit is None or v.unit == unit)
    if kind in ("duration", "age", "date", "time", "percent", "ordinal"):
        return v.kind == kind
    if kind == "count":
        return v.kind == "count"
    if kind == "magnitude":  # claimcheck reads a quake's magnitude as a count of "magnitude"
        return v.kind == "count" and v.noun == "magnitude"
    if "celsius" in str(unit) or "fahrenheit" in str(unit):
        return v.kind == "temperature"
    name = _surface(str(unit or "").lower())
    if name:  # a length, mass, speed...: the dimension its unit has
        return v.kind == DIMENSIONS.get(base_unit(name)[1])
    return v.kind == kind or (v.unit is not None and v.unit == unit)


def score(table: list[dict]) -> dict:
    """Precision, recall and F1 of values read (number, and number with unit), and how often a
    hedged value's bound is read right."""
    tally: Counter[str] = Counter()
    for item in table:
        text = item["text"]
        read = [v for v in read_values(text) if v.role != "span"]
        taken: set[int] = set()
        gold = [(g, _span(text, g["surface"], taken)) for g in item["res"]]
        used: set[int] = set()
        for g, span in gold:
            if span is None:
                continue
            near = [i for i, v in enumerate(read) if v.start < span[1] and v.end > span[0]]
            if g.get("kind") == "not_quantity":
                tally["nq"] += 1
                tally["nq_read"] += bool(near)
                used.update(near)
                continue
            tally["gold"] += 1
            hit = next((i for i in near if i not in used and number_matches(read[i], g)), None)
            if hit is None:
                continue
            used.add(hit)
            tally["number"] += 1
            tally["unit"] += unit_matches(read[hit], g)
            if g.get("bound") not in (None, "exact"):
                tally["hedged"] += 1
                tally["bound_ok"] += read[hit].bound == g["bound"]
        tally["read"] += len(read)
    return {k: tally[k] for k in ("gold", "read", "number", "unit", "hedged", "bound_ok", "nq",
                                  "nq_read")}



def f1(hits: int, read: int, gold: int) -> tuple[float, float, float]:
    """(precision, recall, F1) in percent."""
    p = 100 * hits / read if read else 0.0
    r = 100 * hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def measure() -> dict:
    """Value reading on the dev table, the news table and quantulum3's table."""
    return {"dev": score(dev_table()), "news": score(dev_table(NEWS_TABLE)),
            "heldout": score(dev_table(HELDOUT_TABLE)), "quantulum3": score(quantulum_table())}
