"""Reports people read: golden Markdown/JSON for a small fixed corpus, HTML escaping and structure,
CSV tables, and the HTML page in a real headless browser.

Regenerate the golden files after an intended change, then review their diff:

    CLAIMCHECK_REGEN_GOLDEN=1 python -m pytest tests/test_report.py -k golden
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from claimcheck import build_report, load_corpus
from claimcheck.html import to_html
from claimcheck.report import (
    RENDERERS,
    claims_csv,
    discrepancies_csv,
    groups_csv,
    write_reports,
)

HERE = Path(__file__).parent
SMALL = HERE / "data" / "small"
GOLDEN = HERE / "golden" / "small"


@pytest.fixture(scope="module")
def small_report():
    return build_report(SMALL)


@pytest.mark.parametrize("name", ["report.md", "report.json"])
def test_golden(small_report, name, tmp_path):
    (_, render), = RENDERERS[name.split(".")[1]]
    got = render(small_report)
    path = GOLDEN / name
    if os.environ.get("CLAIMCHECK_REGEN_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(got, encoding="utf-8", newline="\n")
    assert got == path.read_text(encoding="utf-8"), (
        f"{path} differs: see this file's docstring to regenerate"
    )


def test_small_corpus_finds_the_conflict_and_the_agreement(small_report):
    conflict, = [g for g in small_report.groups if g.verdict == "conflict"]
    assert '"two hours"' in conflict.reason and '"45 minutes"' in conflict.reason
    assert any(
        "$12 million" in g.reason and len(g.sources) == 3
        for g in small_report.groups
        if g.verdict == "agree"
    )


def test_html_escapes_article_text(small_report):
    page = to_html(small_report)
    assert "<script>document.title" not in page
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    assert "<img" not in page
    assert "Content-Security-Policy" in page
    assert page.count("<script>") == 1  # the page's own filter script


def test_html_of_the_seed_corpus_leads_with_the_d1_card(seed_report):
    page = to_html(seed_report)
    first = page.index('<article class="card')
    card = page[first:page.index("</article>", first)]
    assert 'data-verdict="conflict"' in card
    assert '<mark class="value">less than an hour</mark>' in card
    assert '<mark class="value">a little over an hour</mark>' in card
    assert "<svg" in page and "agreement matrix" in page


def test_html_links_each_quote_to_its_span_in_the_full_text(seed_report):
    from html import escape

    page = to_html(seed_report)
    c = seed_report.claims[0]
    assert f'<mark id="c1" title="{c.id}">{escape(c.quote)}</mark>' in page
    assert page.count('href="#c1"') == 1


def test_csv_tables(seed_report):
    claims = pd.read_csv(io.StringIO(claims_csv(seed_report)), keep_default_na=False)
    groups = pd.read_csv(io.StringIO(groups_csv(seed_report)), keep_default_na=False)
    assert len(claims) == len(seed_report.claims) and len(groups) == len(seed_report.groups)
    d1 = groups.iloc[0]
    assert d1["verdict"] == "conflict" and d1["sources"] == 4
    rows = claims[claims["group"] == d1["group"]]
    assert set(rows["verdict"]) == {"conflict"}
    assert any("less than an hour" in v for v in rows["values"])


def test_discrepancies_csv_gives_each_outlet_s_figure_conflicts_first():
    folder = Path(__file__).parent / "data" / "madeup-event"
    report = build_report(folder)
    table = pd.read_csv(io.StringIO(discrepancies_csv(report)), keep_default_na=False)
    assert len(table) == sum(len(d.rows) for d in report.discrepancies) > 0
    tiers = list(dict.fromkeys(table["tier"]))
    assert tiers == sorted(tiers, key=["conflict", "possible", "update"].index)
    texts = {s.id: s.text for s in load_corpus(folder).sources}
    for row in table.itertuples():
        assert texts[row.source][row.start:row.end] == row.value  # offsets into the file


def test_write_reports_writes_every_format(small_report, tmp_path):
    written = write_reports(small_report, tmp_path)
    assert sorted(p.name for p in written) == [
        "claims.csv",
        "discrepancies.csv",
        "groups.csv",
        "report.html",
        "report.json",
        "report.md",
    ]
    assert json.loads((tmp_path / "report.json").read_text())["summary"]["conflict"] == 1


# --------------------------------------------------------------------------- a real browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip(
        "selenium.webdriver", reason="selenium is not installed (pip install '.[test]')"
    )
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip(
            "Debian's chromium and chromium-driver are not installed (.ci/run installs them)"
        )
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    yield driver
    driver.quit()


def _open(browser, report, tmp_path):
    write_reports(report, tmp_path, formats=("html",))
    browser.get((tmp_path / "report.html").as_uri())
    from selenium.webdriver.common.by import By

    return By


def test_browser_cards_render_and_filter_hides_non_conflicts(browser, seed_report, tmp_path):
    By = _open(browser, seed_report, tmp_path)
    from selenium.webdriver.support.ui import Select

    cards = browser.find_elements(By.CSS_SELECTOR, "article.card")
    assert len(cards) == len(seed_report.groups)
    first = cards[0]
    assert first.get_attribute("data-verdict") == "conflict" and first.is_displayed()
    marks = [m.text for m in first.find_elements(By.CSS_SELECTOR, "mark.value")]
    assert "less than an hour" in marks and "a little over an hour" in marks
    Select(browser.find_element(By.ID, "verdict")).select_by_value("conflict")
    shown = [c for c in cards if c.is_displayed()]
    assert shown and all(c.get_attribute("data-verdict") == "conflict" for c in shown)
    assert not any(c.is_displayed() for c in cards if c.get_attribute("data-verdict") != "conflict")
    search = browser.find_element(By.ID, "q")
    Select(browser.find_element(By.ID, "verdict")).select_by_value("all")
    search.send_keys("memorandum")
    assert all("memorandum" in c.text.lower() for c in cards if c.is_displayed())


def test_browser_never_runs_script_from_an_article(browser, small_report, tmp_path):
    By = _open(browser, small_report, tmp_path)
    assert browser.title == "claimcheck report"
    assert browser.execute_script("return document.title") != "pwned"
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "<script>document.title='pwned'</script>" in body
    assert not browser.find_elements(By.CSS_SELECTOR, "main img")


def test_browser_shows_what_each_outlet_says_about_a_discrepancy(browser, tmp_path):
    from claimcheck import build_report

    report = build_report(Path(__file__).parent / "data" / "madeup-event")
    By = _open(browser, report, tmp_path)
    cards = browser.find_elements(By.CSS_SELECTOR, "#discrepancies article.measure-card")
    assert len(cards) == len(report.discrepancies) and cards[0].is_displayed()
    deaths = next(c for c in cards if "deaths" in c.find_element(By.TAG_NAME, "h3").text)
    assert deaths.get_attribute("data-tier") == "conflict"
    rows = deaths.find_elements(By.CSS_SELECTOR, "table.measure tr")[1:]
    said = {r.find_element(By.CSS_SELECTOR, "td.src").text:
            [m.text for m in r.find_elements(By.CSS_SELECTOR, "mark.value")] for r in rows}
    assert ["11"] in said.values() and ["Nine"] in said.values()
    assert any("Northwire" in o for o in said) and any("Korrin Daily Ledger" in o for o in said)


def test_matrix_counts_a_measure_conflict_and_shows_it_red(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Nine miners were killed in the blast at the Orvik pit on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "The explosion at the Orvik pit left 11 dead on Monday, officials said.\n",
        encoding="utf-8")
    report = build_report(tmp_path)
    assert [d.tier for d in report.discrepancies] == ["conflict"]
    page = to_html(report)
    assert "a × b: 0 agree or compatible, 1 conflict" in page
    matrix = page[page.index('id="matrix"'):]
    fills = re.findall(r'fill="(rgb\([\d,]+\))"', matrix[:matrix.index("</svg>")])
    assert fills and all(f.endswith(",40,40)") for f in fills)  # red, not olive


def test_the_same_corpus_gives_the_same_bytes_in_every_process(tmp_path):
    """Python orders sets by a hash seeded afresh in each process: nothing the report says may
    hang on that order. The made-up event and the seed corpus, reported by two processes with
    two hash seeds, give the same files byte for byte."""
    import os
    import subprocess
    import sys

    from conftest import CORPUS, ROOT

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for src in [*CORPUS.iterdir(), *(ROOT / "tests" / "data" / "madeup-event").iterdir()]:
        if src.is_file() and src.suffix in (".md", ".txt", ".html"):
            (corpus / src.name).write_bytes(src.read_bytes())
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        subprocess.run([sys.executable, "-m", "claimcheck.cli", "report", str(corpus), "--out",
                        str(out)], check=True, capture_output=True, cwd=ROOT,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        outs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outs[0] == outs[1]


def test_no_measure_discrepancy_points_to_the_groups_that_conflict(tmp_path):
    """Three outlets give a chase 30, 40 and 50 miles, a figure no measure names: "None found"
    under "Where sources disagree on one measure" read as if nothing disagreed; it now says a
    group below sets values against each other."""
    from claimcheck import to_markdown

    for n in (30, 40, 50):
        (tmp_path / f"s{n}.txt").write_text(
            f"The police chase through Kelton covered {n} miles on Monday, officers said.\n",
            encoding="utf-8")
    text = to_markdown(build_report(tmp_path))
    assert ("None found on a named measure; 1 group of claims worded alike below sets values "
            "against each other (Discrepancies).") in text
