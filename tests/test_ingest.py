"""Ingest formats: the same article text gives the same claims whatever the container."""

from __future__ import annotations

import json

import pytest

ARTICLE = ("Russia and Ukraine agreed to exchange 1,000 prisoners of war each. "
           "The talks, which lasted for just over an hour, were held in Istanbul on Monday.")


def _write(tmp_path, name, content, mode="w"):
    p = tmp_path / name
    if mode == "wb":
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


FORMATS = [
    pytest.param("a.txt", ARTICLE + "\n", id="txt"),
    pytest.param(
        "a.md",
        f"---\ntitle: Talks\ndate: 2025-06-02\noutlet: Example News\nurl: https://example.org/a\n---\n\n{ARTICLE}\n",
        id="md-front-matter",
    ),
    pytest.param(
        "a.html",
        f"<html><head><title>Talks</title><meta property='og:site_name' content='Example "
        f"News'></head>"
        f"<body><nav><a href='/'>Home</a> World News</nav><article><p>{ARTICLE}</p></article>"
        f"<footer>Join our forum</footer><script>var x = 'Russia invaded';</script></body></html>",
        id="html",
    ),
    pytest.param(
        "a.json",
        json.dumps({"id": "a", "title": "Talks", "date": "2025-06-02", "text": ARTICLE}),
        id="json",
    ),
    pytest.param("a.jsonl", json.dumps({"id": "a", "text": ARTICLE}) + "\n", id="jsonl"),
    pytest.param("a.csv", 'id,outlet,text\na,Example News,"' + ARTICLE + '"\n', id="csv"),
]


@pytest.mark.parametrize("name, content", FORMATS)
def test_every_format_gives_the_same_claims(tmp_path, extractor, name, content):
    from claimcheck import clean, load_corpus

    _write(tmp_path, name, content)
    corpus = load_corpus(tmp_path)
    assert len(corpus.sources) == 1 and not corpus.skipped
    src = corpus.sources[0]
    found = extractor.extract([clean(src, is_word=extractor.is_word)])
    texts = [c.text for c in found.claims]
    assert texts == ["Russia and Ukraine agreed to exchange 1,000 prisoners of war each.",
                     "The talks were held in Istanbul on Monday.",
                     "The talks lasted for just over an hour."]
    for c in found.claims:
        assert src.text[c.start:c.end] == c.quote


def test_metadata_from_front_matter_html_and_records(tmp_path):
    from claimcheck import load_corpus

    _write(
        tmp_path, "m.md", f"---\ntitle: Talks\ndate: 2 June 2025\noutlet: Example\n---\n{ARTICLE}\n"
    )
    _write(
        tmp_path,
        "h.html",
        "<html><head><meta property='og:title' content='Talks &amp; more'>"
        "<meta property='article:published_time' content='2025-06-02T10:00:00Z'></head>"
        f"<body><p>{ARTICLE}</p></body></html>",
    )
    _write(
        tmp_path,
        "r.jsonl",
        json.dumps({"text": ARTICLE, "outlet": "Wire"})
        + "\n"
        + json.dumps({"text": ARTICLE, "id": "x9"})
        + "\n",
    )
    srcs = {s.id: s for s in load_corpus(tmp_path).sources}
    assert (srcs["m"].title, srcs["m"].date, srcs["m"].outlet) == ("Talks", "2025-06-02", "Example")
    assert (srcs["h"].title, srcs["h"].date) == ("Talks & more", "2025-06-02")
    assert srcs["r#1"].outlet == "Wire" and "x9" in srcs


def test_sources_csv_maps_files_to_outlets(tmp_path):
    from claimcheck import load_corpus

    _write(tmp_path, "a.txt", ARTICLE)
    (tmp_path / "sub").mkdir()
    _write(tmp_path, "sub/b.txt", ARTICLE)
    _write(
        tmp_path,
        "sources.csv",
        "file,outlet,url,date\na.txt,Wire One,https://w1.example/a,2025-06-02\nsub/b.txt,Wire "
        "Two,,\n",
    )
    srcs = {s.id: s for s in load_corpus(tmp_path).sources}
    assert set(srcs) == {"a", "sub/b"}
    assert (srcs["a"].outlet, srcs["a"].url, srcs["a"].date) == (
        "Wire One",
        "https://w1.example/a",
        "2025-06-02",
    )
    assert srcs["sub/b"].outlet == "Wire Two"


def test_html_entities_keep_offsets(tmp_path):
    from claimcheck import load_corpus

    _write(tmp_path, "e.html", "<p>Smith &amp; Jones said 1,000 prisoners&nbsp;were freed.</p>")
    src = load_corpus(tmp_path).sources[0]
    block = src.blocks[0]
    assert block.text == "Smith & Jones said 1,000 prisoners were freed."  # nbsp folded
    a = block.text.index("&")
    s, e = block.map.span(a, a + 1)
    assert src.text[s:e] == "&amp;"


def test_soft_wrapped_lines_are_one_paragraph(tmp_path):
    from claimcheck import load_corpus

    _write(
        tmp_path,
        "w.txt",
        "Russia and Ukraine agreed to hold a new prisoner ex-\nchange in Istanbul\non "
        "Monday.\n\nSecond paragraph here.\n",
    )
    blocks = [b.text for b in load_corpus(tmp_path).sources[0].blocks]
    assert blocks == [
        "Russia and Ukraine agreed to hold a new prisoner ex-change in Istanbul on Monday.",
        "Second paragraph here.",
    ]


@pytest.mark.parametrize("second, blocks", [
    pytest.param("on April 30, 2026 at 4:31 AM, updated April 30, 2026 at 8:33 AM", 3,
                 id="posted-and-updated"),
    pytest.param("on Tuesday, 16 December 2025 13:45.", 3, id="weekday-and-time"),
    pytest.param("on Jul 7 2026, 5:55p", 3, id="short-month"),
    pytest.param("published: 2026-04-04 11:47:35", 3, id="iso-label"),
    pytest.param("on the edge of town", 2, id="a-wrapped-headline-still-joins"),
])
def test_a_date_line_under_a_headline_is_its_own_paragraph(tmp_path, second, blocks):
    """A headline without end punctuation and the page's date line under it are two
    paragraphs, so the headline's claim holds no date of the page; a wrapped line still joins."""
    from claimcheck import load_corpus

    _write(tmp_path, "h.txt", f"Jury finds Kelton man guilty of fraud\n{second}\n"
           "A jury on Tuesday convicted Tom Hale of fraud.\n")
    got = [b.text for b in load_corpus(tmp_path).sources[0].blocks]
    assert len(got) == blocks, got
    assert got[0].startswith("Jury finds") and got[-1].startswith("A jury")


@pytest.mark.parametrize(
    "name, content, reason",
    [
        pytest.param("empty.txt", b"", "empty file", id="empty"),
        pytest.param("blank.txt", b"  \n\t\n", "file holds only whitespace", id="whitespace"),
        pytest.param(
            "image.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "binary file (contains NUL bytes)",
            id="binary",
        ),
        pytest.param("bad.json", b"{not json", "malformed JSON at line 1 column 2", id="bad-json"),
        pytest.param(
            "nocol.csv", b"body\nsome text\n", "CSV has no 'text' column", id="csv-no-text"
        ),
        pytest.param("notes.pdf", b"%PDF-1.4", "unsupported file type '.pdf'", id="unsupported"),
    ],
)
def test_unreadable_files_are_listed_as_skipped(tmp_path, name, content, reason):
    from claimcheck import load_corpus

    _write(tmp_path, "good.txt", ARTICLE)
    _write(tmp_path, name, content, mode="wb")
    corpus = load_corpus(tmp_path)
    assert [s.id for s in corpus.sources] == ["good"]
    assert [(s.path, s.reason[:len(reason)]) for s in corpus.skipped] == [(name, reason)]


def test_encodings(tmp_path):
    from claimcheck import load_corpus

    _write(tmp_path, "bom.txt", "\ufeff" + ARTICLE)
    _write(tmp_path, "u16.txt", ARTICLE.encode("utf-16"), mode="wb")
    _write(
        tmp_path,
        "latin.txt",
        "Caf\xe9 owners said 12 people were hurt.".encode("cp1252"),
        mode="wb",
    )
    srcs = {s.id: s for s in load_corpus(tmp_path).sources}
    assert srcs["bom"].text == ARTICLE and srcs["u16"].text == ARTICLE
    assert srcs["latin"].text.startswith("Café") and srcs["latin"].warnings


def test_missing_corpus_and_empty_corpus_raise_input_error(tmp_path):
    from claimcheck import InputError, load_corpus

    with pytest.raises(InputError, match="corpus path not found"):
        load_corpus(tmp_path / "nope")
    _write(tmp_path, "empty.txt", "")
    with pytest.raises(InputError, match="no readable article"):
        load_corpus(tmp_path)
