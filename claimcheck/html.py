"""The HTML report: one self-contained page (inline CSS, JS and SVG; no network).

Discrepancy cards first, each source's quote with its values highlighted and a link to the full
source text further down the page, where every quoted span is marked. A filter by verdict and by
source, a search box, and a source × source agreement matrix. Article text is untrusted: every
piece of it goes through `escape`, and a Content-Security-Policy lets only this page's own script
run, so a `<script>` in an article is shown, never run.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Iterable
from html import escape
from itertools import combinations

from .agreements import Agreement
from .claims import Claim
from .compare import describe
from .measurerows import measure_name
from .measures import Discrepancy, opposed
from .pipeline import Report, SourceInfo
from .settings import INPUT_LIMITS

VERDICT_ORDER = ("conflict", "compatible", "agree", "single")

_CSS = """
:root{--conflict:#c62828;--compatible:#ef6c00;--agree:#2e7d32;--single:#607d8b;font-family:system-ui,sans-serif}
body{margin:0 auto;max-width:1100px;padding:1rem;line-height:1.45;color:#222}
h1{margin:.2rem 0}.summary{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0 1rem}
.summary div{border:1px solid #ddd;border-radius:6px;padding:.3rem .7rem}.summary b{font-size:1.2rem}
.controls{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ddd;display:flex;gap:.5rem;flex-wrap:wrap;z-index:1}
.card{border:1px solid #ccc;border-left:6px solid var(--single);border-radius:6px;padding:.5rem .8rem;margin:.8rem 0}
.card.conflict{border-left-color:var(--conflict)}.card.compatible{border-left-color:var(--compatible)}
.card.agree{border-left-color:var(--agree)}.card h3{margin:.2rem 0;font-size:1rem}
.verdict{display:inline-block;color:#fff;border-radius:4px;padding:0 .4rem;font-size:.85rem;background:var(--single)}
.verdict.conflict{background:var(--conflict)}.verdict.compatible{background:var(--compatible)}.verdict.agree{background:var(--agree)}
.reason{margin:.3rem 0;font-size:.92rem}.note{color:var(--conflict);font-size:.9rem}
table.quotes{border-collapse:collapse;width:100%;font-size:.93rem}table.quotes td{border-top:1px solid #eee;padding:.3rem;vertical-align:top}
td.src{white-space:nowrap;width:9rem}td.who{width:11rem;color:#555}
mark.value{background:#ffe082;font-weight:600;padding:0 .1rem;border-radius:3px}
.offsets{color:#888;font-size:.8rem}.hidden{display:none}
.measure-card{border:1px solid #ccc;border-left:6px solid var(--compatible);border-radius:6px;padding:.5rem .8rem;margin:.8rem 0}
.measure-card.conflict{border-left-color:var(--conflict)}.measure-card.agree{border-left-color:var(--agree)}.measure-card h3{margin:.2rem 0;font-size:1rem}
table.measure th{text-align:left;font-size:.8rem;color:#555}td.value{font-weight:600;white-space:nowrap}
pre.text{white-space:pre-wrap;font-family:inherit;background:#fafafa;border:1px solid #eee;padding:.6rem}
pre.text mark{background:#e3f2fd}pre.text mark:target{background:#ffe082;outline:2px solid #ef6c00}
svg text{font-size:11px;font-family:system-ui,sans-serif}
"""  # noqa: E501 (the page's stylesheet, byte for byte)

_JS = """
(function(){
  var verdict=document.getElementById('verdict'), source=document.getElementById('source'), q=document.getElementById('q');
  var cards=Array.prototype.slice.call(document.querySelectorAll('.card'));
  var shown=document.getElementById('shown');
  function apply(){
    var v=verdict.value, s=source.value, t=q.value.trim().toLowerCase(), n=0;
    cards.forEach(function(c){
      var ok=(v==='all'||(v==='discrepancies'?(c.dataset.verdict==='conflict'||c.dataset.verdict==='compatible'):c.dataset.verdict===v))
        &&(s==='all'||c.dataset.sources.split(' ').indexOf(s)>=0)
        &&(!t||c.textContent.toLowerCase().indexOf(t)>=0);
      c.classList.toggle('hidden',!ok); if(ok){n++;}
    });
    shown.textContent=n+' of '+cards.length+' groups shown';
  }
  [verdict,source].forEach(function(e){e.addEventListener('change',apply);});
  q.addEventListener('input',apply);
  function reveal(){
    var id=decodeURIComponent(location.hash.slice(1)); if(!id){return;}
    var el=document.getElementById(id); if(!el){return;}
    for(var p=el;p;p=p.parentElement){if(p.tagName==='DETAILS'){p.open=true;}}
    el.scrollIntoView();
  }
  window.addEventListener('hashchange',reveal); reveal(); apply();
})();
"""  # noqa: E501 (the page's script, byte for byte)


def to_html(report: Report) -> str:
    """The report as one self-contained HTML page (deterministic: same report, same bytes)."""
    src_index = {s.id: n for n, s in enumerate(report.sources, 1)}
    claim_anchor = {c.id: f"c{n}" for n, c in enumerate(report.claims, 1)}
    out = _head(report)
    out += _discrepancies(report, claim_anchor)
    out += _matrix(report, src_index)
    out.append(_controls(report, src_index))
    out.append('<main id="groups">')
    out += _cards(report, src_index, claim_anchor)
    out.append("</main><h2>Sources</h2>")
    out += _source_texts(report, src_index, claim_anchor)
    out.append(f"<script>{_JS}</script></body></html>")
    return "\n".join(out) + "\n"


def _head(report: Report) -> list[str]:
    """The page's head (a Content-Security-Policy allowing only the page's own script), the
    summary counts and the skipped files."""
    counts = report.counts()
    script_hash = base64.b64encode(hashlib.sha256(_JS.encode()).digest()).decode()
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{script_hash}'; "
           "img-src 'none'; form-action 'none'; base-uri 'none'")
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<title>claimcheck report</title>", f"<style>{_CSS}</style></head><body>",
           "<h1>claimcheck report</h1>", '<div class="summary" id="summary">']
    for key in ("sources", "claims", "discrepancies", "agreements", "groups", *VERDICT_ORDER,
                "skipped"):
        out.append(f"<div><b>{counts[key]}</b> {key}</div>")
    out.append("</div>")
    if report.skipped:
        out.append('<details open><summary>Skipped files</summary><ul>')
        out += [
            f"<li><code>{escape(s.path)}</code>: {escape(s.reason)}</li>" for s in report.skipped
        ]
        out.append("</ul></details>")
    return out


TIER_CLASS = {"conflict": "conflict", "possible": "compatible", "update": "agree"}
TIER_LABEL = {"conflict": "conflict", "possible": "possible discrepancy", "update": "updated"}


def _discrepancies(report: Report, claim_anchor: dict[str, str]) -> list[str]:
    """Where sources disagree on one measure, then where they agree: each finding with a table
    of what every outlet says about it, the value highlighted in its quote."""
    outlets = {s.id: _label(s) for s in report.sources}
    out: list[str] = []
    if report.discrepancies:
        out.append('<section id="discrepancies"><h2>Where sources disagree on one measure</h2>')
        for d in report.discrepancies:
            out += _measure_card(d, d.tier, TIER_CLASS[d.tier], TIER_LABEL[d.tier], outlets,
                                 claim_anchor)
        out.append("</section>")
    if report.agreements:
        out.append('<section id="agreements"><h2>Where sources agree on one measure</h2>')
        for a in report.agreements:
            out += _measure_card(a, a.verdict, a.verdict, a.verdict, outlets, claim_anchor)
        out.append("</section>")
    return out


def _measure_card(f: Discrepancy | Agreement, tier: str, css: str, label: str,
                  outlets: dict[str, str], claim_anchor: dict[str, str]) -> list[str]:
    """One finding on a measure: its head, its reason, and what each outlet says."""
    what = measure_name(f.concept, f.subject)
    out = [f'<article class="measure-card {css}" id="{f.id}" data-tier="{tier}"><h3>'
           f'<span class="verdict {css}">{label}</span> {f.id} · {escape(what)}</h3>',
           f'<p class="reason">{escape(f.reason)}</p>',
           '<table class="quotes measure"><tr><th>outlet</th><th>value</th>'
           "<th>quote</th><th>said by</th><th>published</th></tr>"]
    for r in f.rows:
        at, end = r.value.start - r.start, r.value.end - r.start
        quote = (escape(r.quote[:at]) + f'<mark class="value">{escape(r.quote[at:end])}'
                 f"</mark>{escape(r.quote[end:])}") if 0 <= at <= end <= len(r.quote) \
            else escape(r.quote)
        out.append(
            f'<tr><td class="src">{escape(outlets.get(r.source, r.source))}</td>'
            f'<td class="value">{escape(r.value.text)}</td>'
            f'<td><a href="#{claim_anchor.get(r.claim, "")}">{quote}</a> '
            f'<span class="offsets">{r.value.start}–{r.value.end}</span></td>'
            f'<td class="who">{escape(r.speaker or "")}</td>'
            f'<td class="offsets">{escape(r.published or "")}</td></tr>')
    return out + ["</table></article>"]


def _controls(report: Report, src_index: dict[str, int]) -> str:
    """The filters (verdict, source) and the search box."""
    return (
        '<div class="controls"><label>Verdict <select id="verdict">'
        '<option value="all">all</option><option value="discrepancies">discrepancies</option>'
        + "".join(f'<option value="{v}">{v}</option>' for v in VERDICT_ORDER)
        + '</select></label><label>Source <select id="source"><option value="all">all</option>'
        + "".join(
            f'<option value="s{src_index[s.id]}">{escape(_label(s))}</option>'
            for s in report.sources
        )
        + '</select></label><label>Search <input id="q" type="search" '
        + 'placeholder="words in a claim or reason">'
        + '</label><span id="shown"></span></div>'
    )


def _cards(report: Report, src_index: dict[str, int], claim_anchor: dict[str, str]) -> list[str]:
    """One card per group: verdict, reason, notes, and each source's quote."""
    claims = {c.id: c for c in report.claims}
    out = []
    for g in report.groups:
        srcs = " ".join(f"s{src_index[s]}" for s in g.sources)
        out.append(
            f'<article class="card {g.verdict}" id="{g.id}" data-verdict="{g.verdict}" '
            f'data-sources="{srcs}">'
        )
        out.append(f'<h3><span class="verdict {g.verdict}">{g.verdict}</span> {g.id} · '
                   f"{len(g.sources)} source{'s' if len(g.sources) != 1 else ''}</h3>")
        out.append(f'<p class="reason">{escape(g.reason)}</p>')
        out += [f'<p class="note">{escape(n)}</p>' for n in g.notes]
        out.append('<table class="quotes">')
        for cid in g.claims:
            c = claims[cid]
            out.append(
                f'<tr><td class="src"><a href="#{claim_anchor[cid]}">{escape(c.source)}</a></td>'
                f'<td>{_highlight(c)} <span class="offsets">{c.start}–{c.end}</span>'
                f"{_value_list(c)}</td>"
                f'<td class="who">{escape(c.attributed_to or "")}</td></tr>'
            )
        out.append("</table></article>")
    return out


def _source_texts(report: Report, src_index: dict[str, int],
                  claim_anchor: dict[str, str]) -> list[str]:
    """Each source's full text with every quoted span marked."""
    by_source: dict[str, list] = {}
    for c in report.claims:
        by_source.setdefault(c.source, []).append(c)
    out = []
    for s in report.sources:
        meta = " · ".join(escape(x) for x in (s.outlet, s.date, s.url) if x)
        out.append(
            f'<details id="s{src_index[s.id]}"><summary><b>{escape(s.id)}</b> '
            f'{escape(s.title or "")}'
            f"{' · ' + meta if meta else ''} <code>{escape(s.path)}</code></summary>"
        )
        out.append(
            '<pre class="text">'
            + _marked_text(report.texts.get(s.id, ""), by_source.get(s.id, []), claim_anchor)
            + "</pre>"
        )
        out.append("</details>")
    return out


def _label(source: SourceInfo) -> str:
    return source.id + (f" ({source.outlet})" if source.outlet else "")


def _highlight(claim: Claim) -> str:
    """The claim's quote, escaped, with each value inside it wrapped in <mark class="value">."""
    spans = sorted((v.start - claim.start, v.end - claim.start) for v in claim.values
                   if claim.start <= v.start < v.end <= claim.end)
    parts, pos = [], 0
    for a, b in spans:
        if a < pos:
            continue  # overlapping values: the first one is marked
        parts.append(escape(claim.quote[pos:a]))
        parts.append(f'<mark class="value">{escape(claim.quote[a:b])}</mark>')
        pos = b
    parts.append(escape(claim.quote[pos:]))
    return "".join(parts)


def _value_list(claim: Claim) -> str:
    if not claim.values:
        return ""
    items = ", ".join(f"{escape(v.text)} = {escape(describe(v))}" for v in claim.values)
    return f'<br><span class="offsets">values: {items}</span>'


def _marked_text(text: str, claims: list, anchors: dict[str, str]) -> str:
    """The full source text, escaped, each claim's span a <mark> with the claim's anchor id; a
    claim overlapping an earlier mark gets an empty anchor just before that mark."""
    parts: list[str] = []
    pos, last = 0, 0
    for c in sorted(claims, key=lambda c: (c.start, c.end)):
        if c.start < pos:
            parts.insert(last, f'<span id="{anchors[c.id]}"></span>')
            last += 1
            continue
        parts.append(escape(text[pos:c.start]))
        last = len(parts)
        parts.append(
            f'<mark id="{anchors[c.id]}" '
            f'title="{escape(c.id)}">{escape(text[c.start : c.end])}</mark>'
        )
        pos = c.end
    parts.append(escape(text[pos:]))
    return "".join(parts)


def _matrix(report: Report, src_index: dict[str, int]) -> list[str]:
    """A source × source heatmap: for each pair, the groups both are in that agree (or are
    compatible), and the groups and measure-table conflicts that set them against each other.
    Green for agreement; any conflict makes a cell red."""
    sources, note = _matrix_sources(report)
    if len(sources) < 2:
        return []
    order = {s: i for i, s in enumerate(sources)}
    tally: Counter[tuple[str, str, str]] = Counter()
    for g in report.groups:
        if g.verdict == "single":
            continue
        for a, b in combinations(sorted(set(g.sources) & order.keys(), key=order.__getitem__), 2):
            tally[(a, b, g.verdict)] += 1
            tally[(b, a, g.verdict)] += 1
    for a, b in _disagreeing_sources(report, order.keys()):
        tally[(a, b, "conflict")] += 1
        tally[(b, a, "conflict")] += 1
    cell, left, top = 46, 170, 24
    size_w, size_h = left + cell * len(sources) + 10, top + cell * len(sources) + 10
    out = ['<details open id="matrix"><summary>Agreement between sources</summary>',
           f'<svg xmlns="http://www.w3.org/2000/svg" width="{size_w}" height="{size_h}" role="img" '
           'aria-label="source by source agreement matrix">']
    for i, s in enumerate(sources):
        short = f"s{src_index[s]} " + escape(s if len(s) <= 20 else s[:19] + "…")
        out.append(
            f'<text x="{left - 6}" y="{top + i * cell + cell / 2 + 4}" '
            f'text-anchor="end">{short}</text>'
        )
        out.append(
            f'<text x="{left + i * cell + cell / 2}" y="{top - 8}" '
            f'text-anchor="middle">s{src_index[s]}</text>'
        )
    for i, a in enumerate(sources):
        for j, b in enumerate(sources):
            out += _matrix_cell(a, b, left + j * cell, top + i * cell, cell, tally)
    out.append(
        '</svg><p class="offsets">Each cell: groups the two sources share that agree or are '
        "compatible / groups and measure conflicts that set them against each other. Green is "
        "agreement; any conflict makes a cell red; paler cells rest on fewer groups."
        f"{note}</p></details>"
    )
    return out


def _disagreeing_sources(report: Report, shown: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of shown sources that a measure-table conflict sets against each other (a figure of
    one cannot be true with a figure of the other), once per conflict."""
    keep = set(shown)
    out: list[tuple[str, str]] = []
    for d in report.discrepancies:
        if d.tier != "conflict":
            continue
        out += sorted({(min(a.source, b.source), max(a.source, b.source))
                       for a, b in opposed(d) if {a.source, b.source} <= keep})
    return out


def _matrix_sources(report: Report) -> tuple[list[str], str]:
    """The sources the matrix shows, in report order, and a note when they are not all: past
    `InputLimits.matrix_sources`, the ones in the most groups with other sources (a page with
    a cell per pair of 2,000 sources took 923 MB)."""
    sources = [s.id for s in report.sources]
    limit = INPUT_LIMITS.matrix_sources
    if len(sources) <= limit:
        return sources, ""
    shared = Counter(s for g in report.groups if g.verdict != "single" for s in set(g.sources))
    keep = set(sorted((s for s in sources if shared[s]), key=lambda s: -shared[s])[:limit])
    shown = [s for s in sources if s in keep]
    return shown, (f" The matrix is capped: it shows the {len(shown)} sources in the most groups "
                   f"with other sources, of {len(sources):,}.")


def _matrix_cell(a: str, b: str, x: int, y: int, cell: int,
                 tally: Counter[tuple[str, str, str]]) -> list[str]:
    """One cell of the matrix: grey on the diagonal; red when the two sources conflict on
    anything, else green; paler when they share few groups."""
    if a == b:
        return [f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" fill="#eee" stroke="#fff"/>']
    agree = tally[(a, b, "agree")] + tally[(a, b, "compatible")]
    conflict = tally[(a, b, "conflict")]
    total = agree + conflict
    # any conflict makes a cell red (deeper with more of them): a blend toward green read as
    # olive, and a discrepancy must not hide among agreements
    fill = (
        "#f5f5f5" if not total
        else "rgb(46,125,50)" if not conflict
        else f"rgb({int(230 - 60 * min(1.0, conflict / 5))},40,40)"
    )
    opacity = 0.25 + 0.75 * min(1.0, total / 5) if total else 1
    return [
        f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" fill="{fill}" '
        f'fill-opacity="{opacity:.2f}" '
        f'stroke="#fff"><title>{escape(a)} × {escape(b)}: {agree} agree or compatible, '
        f'{conflict} conflict</title></rect>',
        f'<text x="{x + cell / 2}" y="{y + cell / 2 + 4}" '
        f'text-anchor="middle">{agree}/{conflict}</text>',
    ]
