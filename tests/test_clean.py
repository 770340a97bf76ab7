"""Cleaning: page chrome and metadata produce no claims; PDF hyphens are mended; offsets hold."""

from __future__ import annotations

import pytest
from conftest import stem

# T4/T5 of shared/acceptance/seed-findings.md
CHROME = [
    pytest.param("000", "Ian Payne 4am - 7am", id="T4-show-schedule"),
    pytest.param("000", "2 June 2025, 16:07 | Updated: 2 June 2025, 17:27", id="T4-updated-stamp"),
    pytest.param("004", "Tuesday, July 1, 2025", id="T4-bare-date"),
    pytest.param("004", "HomeInternational News", id="T4-breadcrumbs"),
    pytest.param("000", "(@ZelenskyyUa) June 2, 2025", id="T4-tweet-attribution"),
    pytest.param("000", "pic.twitter.com/I17xvl1Puy", id="T4-tweet-media-link"),
    pytest.param("000", "@GitanasNauseda", id="T4-tweet-handle"),
    pytest.param("002", "Join our commenting forum", id="T4-forum-call"),
    pytest.param("002", "Join thought-provoking conversations", id="T4-forum-call-2"),
    pytest.param("001", "date 2025-06-02", id="T5-date-metadata-001"),
    pytest.param("002", "date 2025-06-02", id="T5-date-metadata-002"),
    pytest.param("003", "date 2025-06-02", id="T5-date-metadata-003"),
]


@pytest.mark.parametrize("prefix, chrome", CHROME)
def test_page_chrome_gives_no_claim(seed_json, seed_texts, prefix, chrome):
    sid = next(s for s in seed_texts if stem(s) == prefix)
    text = seed_texts[sid]
    at = text.index(chrome)
    for c in seed_json["claims"]:
        if c["source"] == sid:
            assert not (c["start"] < at + len(chrome) and at < c["end"]), c["text"]
    assert any(d["source"] == sid and d["start"] <= at and at + len(chrome) <= d["end"]
               for d in seed_json["dropped"]), "chrome not listed under dropped"


@pytest.mark.parametrize(
    "word",
    ["exchange", "involve", "Russia", "sovereignty", "Europeans"],
    ids=lambda w: f"S2-mended-{w}",
)
def test_pdf_hyphens_are_mended(seed_json, word):
    texts = " ".join(c["text"] for c in seed_json["claims"] if stem(c["source"]) == "004")
    assert word in texts
    broken = {
        "exchange": "ex-change",
        "involve": "in-volve",
        "Russia": "Rus-sia",
        "sovereignty": "sover-eignty",
        "Europeans": "Europe-ans",
    }[word]
    assert broken not in texts
    assert any(broken in c["quote"] for c in seed_json["claims"]), (
        "the quote keeps the text as written"
    )


@pytest.mark.parametrize("compound, prefix", [
    pytest.param("all-for-all", "001", id="S2-kept-all-for-all"),
    pytest.param("three-year", "004", id="S2-kept-three-year"),
    pytest.param("22-point", "004", id="S2-kept-22-point"),
    pytest.param("Ukraine-Russia", "002", id="kept-name-pair"),
])
def test_real_compounds_keep_their_hyphen(seed_json, compound, prefix):
    assert any(compound in c["text"] for c in seed_json["claims"] if stem(c["source"]) == prefix)


def test_article_dates_read_from_metadata_and_datelines(seed_json):
    dates = {stem(s["id"]): s["date"] for s in seed_json["sources"]}
    # 000 from "2 June 2025, 16:07 | Updated", 001-003 from "date 2025-06-02",
    # 004 from "Istanbul, Jun 2 (Agencies)" with the year of the page's date line
    assert dates == {p: "2025-06-02" for p in ("000", "001", "002", "003", "004")}


def test_repeated_paragraph_is_dropped_once_kept_once(seed_json):
    sentence = "The talks - the second such direct contacts between the sides since 2022"
    kept = [
        c
        for c in seed_json["claims"]
        if stem(c["source"]) == "002" and "second such direct contacts" in c["text"]
    ]
    assert len(kept) == 1
    assert any(
        d["reason"].startswith("repeated") and d["quote"].startswith(sentence)
        for d in seed_json["dropped"]
    )


def test_mend_hyphens_uses_the_vocabulary():
    from claimcheck.clean import mend_hyphens
    from claimcheck.textmap import TextMap

    words = {"exchange", "cooperate"}
    m = mend_hyphens(
        TextMap("an ex-change and a three-year co-operate all-for-all"), words.__contains__
    )
    assert m.text == "an exchange and a three-year cooperate all-for-all"
    a = m.text.index("exchange")
    assert m.span(a, a + len("exchange")) == (3, 12)


def test_textmap_edits_compose():
    from claimcheck.textmap import TextMap

    m = TextMap("ab&amp;cd", 10).edit([(2, 7, "&")])
    assert m.text == "ab&cd"
    m2 = m.edit([(0, 1, "")])
    assert m2.text == "b&cd"
    assert m2.span(1, 2) == (12, 17)
    assert m2.span(0, 4) == (11, 19)


# --------------------------------------------------------------------------- properties

from hypothesis import given, strategies as st  # noqa: E402

_WORDS = [
    "the",
    "talks",
    "lasted",
    "an",
    "hour",
    "Russia",
    "Ukraine",
    "ex-",
    "change",
    "prisoners",
    "said",
    "on",
    "Monday",
    "1,000",
    "“quoted”",
    "café",
    "&amp;",
    "—",
    "3.5%",
    "$12",
    "Istanbul,",
]
_CHROME = [
    "2 June 2025, 16:07 | Updated: 2 June 2025, 17:27",
    "Ian Payne 4am - 7am",
    "Tuesday, July 1, 2025",
    "pic.twitter.com/AbC123",
    "— Volodymyr Zelenskyy (@ZelenskyyUa) June 2, 2025",
    "HomeInternational News",
    "Join our commenting forum",
    "date 2025-06-02",
    "Istanbul, Jun 2 (Agencies)",
    "By Jane Doe",
    "",
]
_SENTENCE = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14).map(
    lambda ws: " ".join(ws) + "."
)
_LINE = st.one_of(_SENTENCE, st.sampled_from(_CHROME), st.text(max_size=40))
ARTICLES = st.tuples(st.lists(_LINE, max_size=12), st.sampled_from(["\n", "\r\n", "\n\n"])).map(
    lambda t: t[1].join(t[0])
)


def _source(text):
    from claimcheck.ingest import Source, text_blocks
    from claimcheck.textmap import TextMap

    return Source(id="gen", path="gen.txt", text=text, blocks=tuple(text_blocks(TextMap(text))))


@given(ARTICLES)
def test_property_cleaning_keeps_offsets_into_the_file(text):
    from claimcheck import clean

    cs = clean(_source(text), is_word=lambda w: w in {"exchange", "change"})
    for d in cs.dropped:
        assert text[d.start:d.end] == d.quote
    for b in cs.blocks:
        a, z = b.map.span(0, len(b.map.text))
        assert 0 <= a <= z <= len(text)
        for i in range(len(b.map.text)):
            assert a <= b.map.start_of(i) <= b.map.end_of(i) <= z


@given(ARTICLES)
def test_property_every_claim_quotes_the_file(extractor, text):
    from claimcheck import clean

    found = extractor.extract([clean(_source(text), is_word=extractor.is_word)])
    for c in found.claims:
        assert text[c.start:c.end] == c.quote and c.quote.strip()
    for d in found.dropped:
        assert text[d.start:d.end] == d.quote


@pytest.mark.parametrize("line", [
    "Updated: November 11, 2011 20:09 IST",
    "Published 4 March 2024 09:15 AEDT",
    "Posted: Jan 5, 2023 7:02 p.m. EST",
], ids=["ist", "aedt", "est"])
def test_datelines_with_any_time_zone_are_chrome(line):
    from claimcheck import clean

    text = f"{line}\n\nThe Indian Navy captured 26 pirates on Friday.\n"
    cs = clean(_source(text))
    assert any(d.quote == line for d in cs.dropped), cs.dropped
    assert all(line not in b.map.text for b in cs.blocks)


@pytest.mark.parametrize(("line", "day"), [
    pytest.param("7:15 a. m. Dec. 7, 2009", "2009-12-07", id="a-dot-m-dot"),
    pytest.param("Story Created: Aug 7, 2012 at 9:56 AM AKDT", "2012-08-07", id="story-created"),
    pytest.param("Sat Nov 12 2011, 01:19 hrs", "2011-11-12", id="hrs"),
    pytest.param("Friday August 2, 2013 @ 8:13am PDT", "2013-08-02", id="at-sign"),
    pytest.param("Posted on November 15, 2011 6:07:15 PM GMT+01:0", "2011-11-15",
                 id="seconds-and-an-offset"),
    pytest.param("Published: 2012.08.08 09:01 AM", "2012-08-08", id="year-first-with-dots"),
    pytest.param("Posted 11/27/2005 7:21 AM", "2005-11-27", id="month-first-figures"),
    pytest.param("27.11.2005", "2005-11-27", id="day-first-figures"),
    pytest.param("Updated 4/11/2007 1:26 PM", None, id="figures-either-way-name-no-day"),
])
def test_datelines_give_the_article_date(line, day):
    """A dateline's day is the article's date; a date in figures that reads as two days (4
    November in the US, 11 April elsewhere) gives none rather than a wrong one."""
    from claimcheck import clean

    cs = clean(_source(f"{line}\n\nThe Indian Navy captured 26 pirates on Friday.\n"))
    assert cs.date == day
    assert any(d.quote == line for d in cs.dropped), cs.dropped


@pytest.mark.parametrize("text, dropped", [
    pytest.param("KELTON — Eleven people were killed when a ferry capsized.", "KELTON — ",
                 id="a-place-in-capitals-and-a-long-dash"),
    pytest.param("NEW ORVIK, Vesk – Two people died in a fire.", "NEW ORVIK, Vesk – ",
                 id="a-place-and-its-country"),
    pytest.param("US - China talks resume on Monday in Kelton.", None,
                 id="a-short-word-and-a-hyphen-are-no-dateline"),
    pytest.param("KESTREL POINT, Halvern, Sept 14 (Orvik Wire Service) - A storm made landfall.",
                 "KESTREL POINT, Halvern, Sept 14 (Orvik Wire Service) - ",
                 id="a-place-its-region-a-day-and-the-agency"),
])
def test_a_place_dateline_is_no_part_of_the_claim(text, dropped):
    """A dateline of a place alone ("KELTON — ") is chrome: it is no part of the first claim,
    whose figure ("Eleven") the recogniser then reads."""
    from claimcheck import clean

    cs = clean(_source(text + "\n"))
    assert [d.quote for d in cs.dropped if d.reason == "dateline"] == ([dropped] if dropped else [])


@pytest.mark.parametrize(("text", "date", "time"), [
    pytest.param("Kelton fire kills four\n14 March 2026, 09:12\n\nFour people died.", "2026-03-14",
                 "09:12", id="a-24-hour-time"),
    pytest.param("Kelton fire kills four\nMarch 14, 2026 at 4:31 p.m. EDT\n\nFour died.",
                 "2026-03-14", "16:31", id="a-twelve-hour-time"),
    pytest.param("Kelton fire kills four\n14 March 2026\n\nFour people died.", "2026-03-14", None,
                 id="a-day-alone"),
])
def test_a_dateline_gives_the_time_of_day(text, date, time):
    """Reports of one day are ordered by the time their datelines give: a toll rising through
    the day is an update, not a conflict."""
    from claimcheck import clean

    cs = clean(_source(text))
    assert (cs.date, cs.time) == (date, time)
