"""Bad input through the CLI: every file is either reported or listed as skipped with its reason
(and a one-line warning), the rest of the corpus is still reported, and a corpus that cannot be
read at all is a one-line error with exit 2. The messages here are the documented ones (README,
"Bad input")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

runner = CliRunner()
GOOD = (Path(__file__).parent / "data" / "small" / "a_herald.txt").read_text(encoding="utf-8")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


def _run(tmp_path, name, content):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    if content is not None:
        (corpus / name).write_bytes(content)
    out = tmp_path / "out"
    result = runner.invoke(app, ["report", str(corpus), "--out", str(out), "--format", "json"])
    data = (
        json.loads((out / "report.json").read_text(encoding="utf-8"))
        if result.exit_code == 0
        else None
    )
    return result, data


# (file name, content, reason under `skipped`)
SKIPPED = [
    pytest.param("empty.txt", b"", "empty file", id="empty"),
    pytest.param("blank.txt", b" \n\t \n", "file holds only whitespace", id="whitespace-only"),
    pytest.param("image.txt", PNG, "binary file (contains NUL bytes)", id="png-named-txt"),
    pytest.param(
        "bad.json",
        b'{"text": "x",',
        "malformed JSON at line 1 column 14: Expecting property name enclosed in double quotes",
        id="malformed-json",
    ),
    pytest.param(
        "nocol.csv",
        b"body,author\nSome text,Me\n",
        "CSV has no 'text' column",
        id="csv-without-text",
    ),
    pytest.param("notes.pdf", b"%PDF-1.4", "unsupported file type '.pdf'", id="unsupported-type"),
    pytest.param(
        "big.txt",
        b"The council met on Monday. " * (50 * 1024 * 1024 // 27),
        f"file is {27 * (50 * 1024 * 1024 // 27):,} bytes, over --max-file-size 20,971,520",
        id="50MB-over-the-limit",
    ),
]


@pytest.mark.parametrize("name, content, reason", SKIPPED)
def test_bad_file_is_skipped_with_its_reason_and_the_rest_reported(tmp_path, name, content, reason):
    result, data = _run(tmp_path, name, content)
    assert result.exit_code == 0, result.output
    assert [s["id"] for s in data["sources"]] == ["good"]
    assert data["claims"], "the good article was not reported"
    assert data["skipped"] == [{"path": name, "reason": reason}]
    assert f"Warning: skipped {name}: {reason}\n" in result.stderr


def test_malformed_jsonl_line_skips_that_line_only(tmp_path):
    content = (
        b'{"id": "r1", "text": "The mayor of Odesa resigned on Monday, officials said."}\n{broken\n'
    )
    result, data = _run(tmp_path, "feed.jsonl", content)
    assert result.exit_code == 0
    assert [s["id"] for s in data["sources"]] == ["r1", "good"]  # in path order
    reason = "line 2: malformed JSON (Expecting property name enclosed in double quotes)"
    assert data["skipped"] == [{"path": "feed.jsonl", "reason": reason}]
    assert f"Warning: skipped feed.jsonl: {reason}" in result.stderr


@pytest.mark.parametrize(
    "name, content, text, warning",
    [
        pytest.param(
            "latin.txt",
            "Café owners said 12 people were hurt on Monday.".encode("cp1252"),
            "Café owners said 12 people were hurt on Monday.",
            "not valid UTF-8; read as Windows-1252",
            id="windows-1252",
        ),
        pytest.param(
            "bom.txt",
            "\ufeffThe mayor resigned on Monday.".encode("utf-8"),
            "The mayor resigned on Monday.",
            None,
            id="utf8-bom",
        ),
        pytest.param(
            "u16.txt",
            "The mayor resigned on Monday.".encode("utf-16"),
            "The mayor resigned on Monday.",
            None,
            id="utf16",
        ),
    ],
)
def test_encodings_are_read(tmp_path, name, content, text, warning):
    result, data = _run(tmp_path, name, content)
    assert result.exit_code == 0 and not data["skipped"]
    src = next(s for s in data["sources"] if s["path"] == name)
    assert any(c["source"] == src["id"] and c["quote"] in text for c in data["claims"])
    if warning:
        assert src["warnings"] == [warning]
        assert f"Warning: {name}: {warning}\n" in result.stderr
    else:
        assert src["warnings"] == []


def test_article_without_a_sentence_is_listed_with_a_warning(tmp_path):
    result, data = _run(tmp_path, "rules.txt", b"------\n*** ### ***\n")
    assert result.exit_code == 0
    src = next(s for s in data["sources"] if s["path"] == "rules.txt")
    assert src["warnings"] == ["no checkable claim found (see `dropped` for what was read)"]
    assert "Warning: rules.txt: no checkable claim found" in result.stderr


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    """Permissions: root reads any file, so the refusal is simulated where the file is read."""
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result, data = _run(tmp_path, "locked.txt", b"The mayor resigned on Monday.")
    assert data["skipped"] == [
        {"path": "locked.txt", "reason": "cannot read file: Permission denied"}
    ]
    assert "Warning: skipped locked.txt: cannot read file: Permission denied" in result.stderr


def test_symlink_loop_is_skipped(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    (corpus / "sub").mkdir()
    (corpus / "sub" / "up").symlink_to(
        corpus, target_is_directory=True
    )  # a folder loop is not followed
    result = runner.invoke(
        app, ["report", str(corpus), "--out", str(tmp_path / "out"), "--format", "json"]
    )
    assert result.exit_code == 0
    data = json.loads((tmp_path / "out" / "report.json").read_text())
    assert [s["path"] for s in data["sources"]] == ["good.txt"]
    assert data["skipped"] == [
        {"path": "loop.txt", "reason": "symbolic link loop or broken link"},
        {"path": "sub/up", "reason": "link to the corpus folder itself"},
    ]


@pytest.mark.parametrize(
    "setup, message",
    [
        pytest.param(
            lambda p: None, "Error: corpus path not found: {corpus}\n", id="missing-folder"
        ),
        pytest.param(
            lambda p: p.mkdir(), "Error: no readable article in {corpus}\n", id="empty-folder"
        ),
        pytest.param(
            lambda p: (p.mkdir(), (p / "a.txt").write_bytes(PNG)),
            "Error: no readable article in {corpus} (a.txt: binary file (contains NUL bytes))\n",
            id="only-binary",
        ),
        pytest.param(
            lambda p: (p.mkdir(), (p / "a.txt").write_text("x"), (p / "a.txt").rename(p / "a.doc")),
            "Error: no readable article in {corpus} (a.doc: unsupported file type '.doc')\n",
            id="only-unsupported",
        ),
    ],
)
def test_corpus_that_cannot_be_read_exits_2(tmp_path, setup, message):
    corpus = tmp_path / "corpus"
    setup(corpus)
    result = runner.invoke(app, ["report", str(corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stderr == message.format(corpus=corpus)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "value, message",
    [
        pytest.param(
            "big",
            "Error: bad --max-file-size 'big': give bytes, or a number with K, M or G (e.g. 20M)\n",
            id="words",
        ),
        pytest.param("0", "Error: bad --max-file-size '0': it must be above zero\n", id="zero"),
    ],
)
def test_bad_max_file_size(tmp_path, value, message):
    result = runner.invoke(app, ["report", str(tmp_path), "--max-file-size", value])
    assert result.exit_code == 2 and result.stderr == message


def test_max_file_size_option_raises_the_limit(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(
        app, ["report", str(corpus), "--out", str(tmp_path / "o"), "--max-file-size", "100", "-q"]
    )
    assert result.exit_code == 2 and "over --max-file-size 100" in result.stderr


def test_no_traceback_and_no_article_text_on_an_unexpected_error(tmp_path, monkeypatch):
    """An internal error is still one line (with --debug for the traceback), and never shows the
    article text held in local variables."""
    import claimcheck.pipeline as pipeline

    def boom(*args, **kwargs):
        raise RuntimeError("grouping failed")

    monkeypatch.setattr(pipeline, "group_claims", boom)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["report", str(corpus), "--out", str(tmp_path / "o")])
    assert result.exit_code == 3
    assert result.stderr == (
        "Error: internal error (RuntimeError): run again with --debug for the traceback, "
        "and report it\n"
    )
    assert "Riverton" not in result.output
    debug = runner.invoke(app, ["report", str(corpus), "--out", str(tmp_path / "o"), "--debug"])
    assert isinstance(debug.exception, RuntimeError)


def test_ctrl_c_exits_130_with_one_line(tmp_path, monkeypatch):
    import claimcheck.pipeline as pipeline

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "group_claims", interrupted)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["report", str(corpus), "--out", str(tmp_path / "o"), "--no-cache"])
    assert result.exit_code == 130 and result.stderr == "Error: interrupted\n"
    assert not (tmp_path / "o").exists()


def test_record_ids_cannot_escape_the_output_folder_or_break_the_html(tmp_path):
    """A record id is data, never a path: the reports keep their fixed names inside --out."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    evil = '../../escaped"><script>alert(1)</script>'
    (corpus / "feed.jsonl").write_text(
        json.dumps({"id": evil, "text": GOOD}) + "\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["report", str(corpus), "--out", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert sorted(
        p.name for p in tmp_path.rglob("*") if p.is_file() and corpus not in p.parents
    ) == ["claims.csv", "discrepancies.csv", "groups.csv", "report.html", "report.json",
          "report.md"]
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert json.loads((out / "report.json").read_text())["sources"][0]["id"] == evil


@pytest.mark.parametrize("day", ["December 47, 2013", "February 30, 2025", "April 31"],
                         ids=["day-47", "february-30", "april-31-no-year"])
def test_a_day_no_month_has_is_no_date_and_no_crash(tmp_path, day):
    text = f"Elections are planned for {day}, officials said.\n\n48 candidates are running.\n"
    result, data = _run(tmp_path, "impossible.txt", text.encode())
    assert result.exit_code == 0, result.output
    claims = [c for c in data["claims"] if c["source"] == "impossible"]
    assert any("48 candidates" in c["text"] for c in claims)
    assert not any(v["kind"] == "date" for c in claims for v in c["values"])


# --------------------------------------------------------------------------- round 2 (issue 22)

def _corpus(tmp_path, files: dict[str, bytes | str]) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (corpus / name).write_bytes(data)
    return corpus


def _report(tmp_path, corpus, *options):
    out = tmp_path / "out"
    result = runner.invoke(app, ["report", str(corpus), "--out", str(out), "--format", "json",
                                 "--no-cache", *options])
    data = json.loads((out / "report.json").read_text("utf-8")) if result.exit_code == 0 else None
    return result, data


TALKS = "Talks were held in Istanbul on Monday, officials said.\n"


@pytest.mark.parametrize(
    "name, content, shown",
    [
        pytest.param("a.txt", "date 2025-02-30\n\n" + TALKS, "2025-02-30", id="date-line"),
        pytest.param("a.md", f"---\ntitle: T\ndate: 2025-13-45\n---\n{TALKS}", "2025-13-45",
                     id="front-matter"),
        pytest.param("a.html", '<meta property="article:published_time" content="2025-02-30">'
                     f"<p>{TALKS}</p>", "2025-02-30", id="published-time"),
        pytest.param("a.json", json.dumps({"text": TALKS, "date": "2024-02-30"}), "2024-02-30",
                     id="json-date"),
    ],
)
def test_row1_a_metadata_date_no_calendar_has_is_a_warning(tmp_path, name, content, shown):
    result, data = _report(tmp_path, _corpus(tmp_path, {name: content}))
    assert result.exit_code == 0, result.output
    src = next(s for s in data["sources"] if s["path"] == name)
    warning = f"date '{shown}' is not a date of the calendar; ignored"
    assert src["date"] is None and src["warnings"] == [warning]
    assert f"Warning: {name}: {warning}\n" in result.stderr


def test_row1_sources_csv_date_no_calendar_has_is_a_warning(tmp_path):
    corpus = _corpus(tmp_path, {"sources.csv": "file,date\ngood.txt,2025-02-31\n"})
    result, data = _report(tmp_path, corpus)
    assert result.exit_code == 0, result.output
    assert data["sources"][0]["warnings"] == [
        "date '2025-02-31' is not a date of the calendar; ignored"]


@pytest.mark.parametrize("command", ["check", "values"])
def test_row1_a_date_option_no_calendar_has_is_a_usage_error(tmp_path, command):
    args = [command, "Talks were held on Monday.", "--date", "2025-02-30"]
    result = runner.invoke(app, args + (["--corpus", str(tmp_path)] if command == "check" else []))
    assert result.exit_code == 2
    assert result.stderr == ("Error: bad --date '2025-02-30': give a day of the calendar as "
                             "YYYY-MM-DD\n")


def _crash_on(monkeypatch, source_id):
    """Make cleaning fail (a stand-in for any bug) on one source only."""
    import claimcheck.pipeline as pipeline

    real = pipeline.clean

    def clean(source, **kwargs):
        if source.id == source_id:
            raise ZeroDivisionError("division by zero")
        return real(source, **kwargs)

    monkeypatch.setattr(pipeline, "clean", clean)


CRASH = ("internal error while parsing: ZeroDivisionError: division by zero; run with --debug")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_item2_a_crash_on_one_file_skips_that_file_and_reports_the_rest(tmp_path, monkeypatch,
                                                                         jobs):
    _crash_on(monkeypatch, "bad")
    corpus = _corpus(tmp_path, {"bad.txt": TALKS, "other.txt": TALKS.replace("Istanbul", "Rome")})
    result, data = _report(tmp_path, corpus, "--jobs", jobs)
    assert result.exit_code == 0, result.output
    assert [s["id"] for s in data["sources"]] == ["good", "other"]
    assert data["skipped"] == [{"path": "bad.txt", "reason": CRASH}]
    assert f"Warning: skipped bad.txt: {CRASH}\n" in result.stderr
    assert "Traceback" not in result.stderr


def test_item2_with_debug_the_crash_shows_its_traceback(tmp_path, monkeypatch):
    _crash_on(monkeypatch, "bad")
    result, data = _report(tmp_path, _corpus(tmp_path, {"bad.txt": TALKS}), "--debug")
    assert result.exit_code == 0, result.output
    assert "Traceback (most recent call last)" in result.stderr
    assert 'raise ZeroDivisionError("division by zero")' in result.stderr


def test_item2_a_crash_while_reading_a_record_skips_it(tmp_path, monkeypatch):
    import claimcheck.ingest as ingest

    def html_blocks(text):
        raise KeyError("boom")

    monkeypatch.setattr(ingest, "html_blocks", html_blocks)
    result, data = _report(tmp_path, _corpus(tmp_path, {"page.html": f"<p>{TALKS}</p>"}))
    assert result.exit_code == 0, result.output
    assert data["skipped"] == [{"path": "page.html", "reason": "internal error while reading: "
                                "KeyError: 'boom'; run with --debug"}]


@pytest.mark.parametrize("command", ["claims", "check", "batch"])
def test_item2_isolation_holds_for_every_command(tmp_path, monkeypatch, command):
    _crash_on(monkeypatch, "bad")
    corpus = _corpus(tmp_path, {"bad.txt": TALKS})
    claims = tmp_path / "claims.txt"
    claims.write_text("Talks were held in Istanbul on Monday.\n")
    args = {"claims": ["claims", str(corpus), "--format", "jsonl"],
            "check": ["check", "Talks were held in Istanbul on Monday.", "--corpus", str(corpus),
                      "--no-cache"],
            "batch": ["batch", str(claims), "--corpus", str(corpus), "--no-cache"]}[command]
    result = runner.invoke(app, args)
    assert result.exit_code in (0, 1), result.output
    assert f"Warning: skipped bad.txt: {CRASH}\n" in result.stderr


def test_item2_a_corpus_whose_every_file_crashes_is_an_input_error(tmp_path, monkeypatch):
    _crash_on(monkeypatch, "good")
    result, _ = _report(tmp_path, _corpus(tmp_path, {}))
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: no readable article in ")


@pytest.mark.parametrize(
    "name, line",
    [
        pytest.param("byline.txt", "by Ab" + " andA" * 23 + "!", id="row2-byline"),
        pytest.param("dateline.txt", "A" + "-A" * 300 + "!", id="row3-dateline"),
    ],
)
def test_rows2_3_lines_that_backtracked_are_read_at_once(tmp_path, name, line):
    """32 s (byline) and 16.6 s (dateline) on the old code, doubling with each `andA`."""
    import time

    from claimcheck.clean import clean
    from claimcheck.ingest import read_file

    (tmp_path / name).write_text(line + "\n" + TALKS, encoding="utf-8")
    start = time.perf_counter()
    (source,), _ = read_file(tmp_path / name)
    clean(source)
    assert time.perf_counter() - start < 1


@pytest.mark.parametrize("line", ["by Ab" + " andA" * 23 + "!", "A" + "-A" * 300 + "!"],
                         ids=["row2-byline", "row3-dateline"])
def test_rows2_3_as_a_claim_to_check(tmp_path, line):
    import time

    corpus = _corpus(tmp_path, {})
    claims = tmp_path / "claims.txt"
    claims.write_text(line + "\n", encoding="utf-8")
    runner.invoke(app, ["check", "x", "--corpus", str(corpus), "-q"])  # parse, load the model
    start = time.perf_counter()
    result = runner.invoke(app, ["batch", str(claims), "--corpus", str(corpus), "-q"])
    assert result.exit_code == 0, result.output
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize(
    "page",
    [
        pytest.param("<div>" * 20000 + f"<p>{TALKS}</p>" + "</x>" * 20000, id="row7-end-tags"),
        pytest.param(f"<p>{TALKS}</p><!--" + "a<" * 20000, id="row7-open-comment"),
        pytest.param(f"<p>{TALKS}</p>" + "a<" * 20000, id="row7-open-tags"),
    ],
)
def test_row7_html_that_took_quadratic_time_is_read_at_once(tmp_path, page):
    """8 s, 2 s and 2 s for these 100 KB pages on the old code, growing with the square."""
    import time

    from claimcheck.ingest import read_file

    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    start = time.perf_counter()
    (source,), _ = read_file(tmp_path / "page.html")
    assert time.perf_counter() - start < 1
    assert source.blocks[0].text == TALKS.strip()


ALIAS_BOMB = "---\na0: &a0 [x]\n" + "".join(  # 10**7 copies of [x] when expanded
    f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 8)
) + "title: *a7\n---\n" + TALKS


@pytest.mark.parametrize(
    "name, content, reason",
    [
        pytest.param("bomb.md", ALIAS_BOMB,
                     "front matter uses YAML aliases (*name), which are not expanded",
                     id="row5-yaml-alias-bomb"),
        pytest.param("deep.md", "---\ntitle: " + "[" * 100000 + "\n---\n" + TALKS,
                     "front matter is nested too deeply to read", id="row8-deep-front-matter"),
        pytest.param("deep.json", "[" * 100000,
                     "malformed JSON at line 1 column 1: nested too deeply to read",
                     id="row8-deep-json"),
        pytest.param("deep.jsonl", "[" * 100000 + "\n",
                     "line 1: malformed JSON (nested too deeply to read)", id="row8-deep-jsonl"),
        pytest.param("line.txt", "The council met on Monday. " * 38837,
                     "article is 1,048,599 characters, over the 1,000,000 one article may have",
                     id="row8-1MB-line"),
    ],
)
def test_rows5_8_files_that_crashed_or_exhausted_the_run_are_skipped(tmp_path, name, content,
                                                                     reason):
    result, data = _report(tmp_path, _corpus(tmp_path, {name: content}))
    assert result.exit_code == 0, result.output
    assert data["skipped"] == [{"path": name, "reason": reason}]


def test_row8_lone_surrogates_in_json_are_read_as_replacement_characters(tmp_path):
    record = '{"id": "r\\ud800", "title": "T\\udfff", "text": "Talks were held in Istanbul on ' \
             'Monday\\ud800, officials said."}'
    corpus = _corpus(tmp_path, {"feed.jsonl": record + "\n"})
    out = tmp_path / "out"
    result = runner.invoke(app, ["report", str(corpus), "--out", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "report.json").read_text("utf-8"))
    assert data["sources"][0]["id"] == "r\ufffd"
    assert any("Monday\ufffd" in c["quote"] for c in data["claims"])
    claims = tmp_path / "claims.jsonl"
    claims.write_text('{"id": "c\\ud800", "claim": "Talks were held\\ud800 in Istanbul."}\n')
    batch = runner.invoke(app, ["batch", str(claims), "--corpus", str(corpus), "--format",
                                "jsonl", "--no-cache", "-q"])
    assert batch.exit_code in (0, 1), batch.output
    assert json.loads(batch.stdout)["id"] == "c\ufffd"


def test_row8_a_file_name_that_is_not_utf8_is_shown_not_fatal(tmp_path):
    import os

    corpus = _corpus(tmp_path, {})
    for name in (b"caf\xe9.pdf", b"caf\xe9.txt"):
        with open(os.path.join(os.fsencode(corpus), name), "wb") as f:
            f.write(TALKS.encode())
    result, data = _report(tmp_path, corpus)
    assert result.exit_code == 0, result.output
    assert data["skipped"] == [{"path": "caf\ufffd.pdf", "reason": "unsupported file type '.pdf'"}]
    assert "caf\ufffd.txt" in [s["path"] for s in data["sources"]]


def test_row8_a_deep_batch_jsonl_line_is_a_usage_error(tmp_path):
    claims = tmp_path / "claims.jsonl"
    claims.write_text("[" * 100000 + "\n")
    result = runner.invoke(app, ["batch", str(claims), "--corpus", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {claims}, line 1: not valid JSON (nested too deeply to read)\n"


def test_row7_a_long_paragraph_is_parsed_in_pieces_to_its_end(tmp_path):
    """A page flattened into one 30,000-character line: split at sentence ends, read to its
    end, every quote still the file's text at its offsets."""
    sentences = [f"Officials in Town{i} said {i} people came to the talks." for i in range(600)]
    text = " ".join(sentences)
    result, data = _report(tmp_path, _corpus(tmp_path, {"flat.txt": text}))
    assert result.exit_code == 0, result.output
    quotes = [c for c in data["claims"] if c["source"] == "flat"]
    assert len(quotes) == 600 and quotes[-1]["quote"] == "599 people came to the talks"
    assert all(text[c["start"]:c["end"]] == c["quote"] for c in quotes)


def test_row21_a_fifo_named_on_the_command_line_is_skipped_not_waited_on(tmp_path):
    import os
    import signal

    corpus = _corpus(tmp_path, {})
    os.mkfifo(corpus / "f.txt")
    signal.alarm(60)  # the old code waited forever for a writer
    try:
        result = runner.invoke(app, ["report", str(corpus / "f.txt"), str(corpus / "good.txt"),
                                     "--out", str(tmp_path / "o"), "--format", "json", "-q"])
    finally:
        signal.alarm(0)
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "o" / "report.json").read_text())
    assert data["skipped"] == [{"path": "f.txt", "reason": "named pipe (FIFO), not a regular file"}]


def test_row16_a_batch_of_too_many_claims_is_refused_before_any_parse(tmp_path):
    claims = tmp_path / "claims.txt"
    claims.write_text("Talks were held in Istanbul.\n" * 10_001)
    result = runner.invoke(app, ["batch", str(claims), "--corpus", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {claims} holds 10,001 claims, over the 10,000 one batch "
                             "may check: split it\n")


def test_row16_a_huge_claims_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    """A 1 GB line took 6.9 GB before its length was checked; the size is checked first (the
    limit is lowered here so the test writes 2 KB, not 64 MB)."""
    import claimcheck.claimsfile as claimsfile
    from claimcheck.settings import InputLimits

    monkeypatch.setattr(claimsfile, "INPUT_LIMITS", InputLimits(claims_file_bytes=1000))
    claims = tmp_path / "claims.csv"
    claims.write_text("id,claim\n1," + "x" * 2000 + "\n")
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("the file was read"))
    result = runner.invoke(app, ["batch", str(claims), "--corpus", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {claims} is 2,012 bytes, over the 1,000 a claims file may "
                             "have: split it\n")


def test_row4_the_source_matrix_of_many_sources_is_capped_and_says_so(tmp_path):
    """2,000 one-sentence records made a 923 MB page (a cell per pair of sources); the matrix
    now shows at most `InputLimits.matrix_sources` sources."""
    from claimcheck.settings import INPUT_LIMITS

    records = [{"id": f"r{i}", "text": f"Officials in Town{i} said {i} people came."}
               for i in range(150)]
    corpus = _corpus(tmp_path, {"feed.json": json.dumps(records)})
    out = tmp_path / "out"
    result = runner.invoke(app, ["report", str(corpus), "--out", str(out), "--format", "html",
                                 "--no-cache", "-q"])
    assert result.exit_code == 0, result.output
    page = (out / "report.html").read_text("utf-8")
    matrix = page[page.index('<details open id="matrix">'):page.index("</details>",
                                                                    page.index('id="matrix"'))]
    limit = INPUT_LIMITS.matrix_sources
    assert matrix.count("<rect ") == limit * limit
    assert f"it shows the {limit} sources in the most groups with other sources, of 151." in matrix


@pytest.mark.parametrize(
    "args, message",
    [
        pytest.param(["report", "{corpus}", "--max-file-size", "nan"],
                     "bad --max-file-size 'nan': give a finite number of bytes", id="size-nan"),
        pytest.param(["report", "{corpus}", "--max-file-size", "inf"],
                     "bad --max-file-size 'inf': give a finite number of bytes", id="size-inf"),
        pytest.param(["report", "{corpus}", "--threshold", "with_values=nan"],
                     "bad --threshold 'with_values=nan': with_values must be 0 to 100",
                     id="row18-threshold-nan"),
        pytest.param(["check", "x", "--corpus", "{corpus}", "--threshold", "overlap=1.5"],
                     "bad --threshold 'overlap=1.5': overlap must be 0 to 1",
                     id="row18-threshold-out-of-range"),
        pytest.param(["report", "{corpus}", "--threshold", "max_block=0"],
                     "bad --threshold 'max_block=0': max_block must be 1 or more",
                     id="row18-threshold-count"),
    ],
)
def test_rows17_18_bad_options_are_usage_errors(tmp_path, args, message):
    """They were exit 3 'internal error' (or, for nan, accepted: every claim unverified)."""
    corpus = str(_corpus(tmp_path, {}))
    result = runner.invoke(app, [a.format(corpus=corpus) for a in args])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"Error: {message}\n"


def _cli(*args, stdout):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "claimcheck.cli", *args], stdout=stdout,
                          stderr=subprocess.PIPE, text=True, timeout=300,
                          cwd=Path(__file__).parent.parent)


def test_row17_a_reader_that_stops_early_ends_the_run_quietly():
    """`claimcheck claims --format jsonl | head -1`: a closed pipe is exit 141 like other tools,
    with no traceback (it was exit 3, or Python's 'Exception ignored' at exit)."""
    import os

    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line
    try:
        result = _cli("claims", "tests/data/small", "--format", "jsonl", "-q", stdout=write)
    finally:
        os.close(write)
    assert (result.returncode, result.stderr) == (141, "")


def test_row17_stdout_on_a_full_disk_is_one_line_and_exit_2():
    with open("/dev/full", "w") as full:
        result = _cli("values", "5 people came", stdout=full)
    assert result.returncode == 2
    assert result.stderr == "Error: cannot write the output: No space left on device\n"


def test_row7_a_line_of_symbols_is_dropped_not_parsed(tmp_path):
    """100 KB of "[" in a Markdown file: 681 s and 1.76 GB on the old code (a backtracking link
    pattern, then 100,000 one-symbol words for spaCy); now dropped as symbols, not text."""
    import time

    start = time.perf_counter()
    result, data = _report(tmp_path, _corpus(tmp_path, {"brackets.md": "[" * 100_000 + "\n"}))
    assert time.perf_counter() - start < 30
    assert result.exit_code == 0, result.output
    assert [d["reason"] for d in data["dropped"] if d["source"] == "brackets"] == [
        "symbols, not text (a long run with almost no letters or digits)"]

SMALL = Path(__file__).parent / "data" / "small"
CLAIM = "Officials said the talks lasted two hours."


class _Planted:
    """A pickle that runs a shell command when loaded (what an attacker would plant)."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        import os

        return (os.system, (f"touch {self.marker}",))


def _check(cache: Path | None, *extra: str):
    where = ["--cache", str(cache)] if cache else ["--no-cache"]
    return runner.invoke(app, ["check", CLAIM, "--corpus", str(SMALL), "--format", "json",
                               *where, *extra])


def test_row12_planted_pickle_in_the_cache_runs_no_code(tmp_path):
    import pickle

    cache = tmp_path / "cache"
    first = _check(cache)
    entries = list(cache.rglob("*.json"))
    assert entries, "the first run wrote no cache entry"
    marker = tmp_path / "pwned"
    for entry in entries:
        planted = pickle.dumps(_Planted(marker))
        entry.write_bytes(planted)
        entry.with_suffix(".pickle").write_bytes(planted)  # the old format's name
    second = _check(cache)
    assert not marker.exists()
    assert (second.exit_code, second.stdout) == (first.exit_code, first.stdout)


def test_row12_flipped_byte_in_a_cache_entry_is_a_miss(tmp_path):
    from claimcheck.cache import ParseCache
    from claimcheck.pipeline import Parsed

    cache = tmp_path / "cache"
    _check(cache)
    entry = min(cache.rglob("*.json"))
    key, data = entry.stem, entry.read_bytes()
    store = ParseCache(cache)
    assert store.get(key, Parsed) is not None
    ends = range(len(data) - 60, len(data))
    positions = sorted({*range(0, 120), *range(0, len(data), 53), *ends})
    for i in positions:
        for bit in (0x01, 0x20, 0x80):
            entry.write_bytes(data[:i] + bytes([data[i] ^ bit]) + data[i + 1:])
            assert store.get(key, Parsed) is None, f"byte {i} ^ {bit:#x} was read"
    entry.write_bytes(data[: len(data) // 2])
    assert store.get(key, Parsed) is None


def test_row12_cache_folder_writable_by_others_is_refused(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(0o777)
    result = _check(cache)
    assert result.exit_code in (0, 1), result.output
    assert (f"Warning: not using the cache {cache}: it is writable by group or others "
            f"(run: chmod go-w {cache})\n") in result.stderr
    assert not list(cache.rglob("*")), "a refused cache was written"
    assert result.stdout == _check(None).stdout


def test_row12_cached_report_is_byte_identical_to_an_uncached_one(tmp_path, monkeypatch):
    import claimcheck.pipeline as pipeline

    def report(out: str, *where: str) -> dict[str, bytes]:
        result = runner.invoke(app, ["report", str(SMALL), "--out", str(tmp_path / out), *where])
        assert result.exit_code == 0, result.output
        return {p.name: p.read_bytes() for p in (tmp_path / out).iterdir()}

    cache = str(tmp_path / "cache")
    uncached = report("plain", "--no-cache")
    assert report("first", "--cache", cache) == uncached

    def no_parse(*args, **kwargs):
        raise AssertionError("the corpus was parsed again")

    monkeypatch.setattr(pipeline, "Extractor", no_parse)
    assert report("second", "--cache", cache) == uncached


@pytest.mark.parametrize(
    "before, after, field, expected",
    [
        pytest.param(
            json.dumps({"text": GOOD, "title": "Reuters\u0000AP", "outlet": "x"}).encode(),
            json.dumps({"text": GOOD, "title": "Reuters", "outlet": "AP\u0000x"}).encode(),
            "outlet", "AP\u0000x", id="nul-in-title-then-in-outlet",
        ),
        pytest.param(
            GOOD.replace("officials", "caf\u00e9 officials").encode("cp1252"),
            GOOD.replace("officials", "caf\u00e9 officials").encode("utf-8"),
            "warnings", [], id="cp1252-file-resaved-as-utf8",
        ),
    ],
)
def test_row20_cache_key_covers_every_metadata_field(tmp_path, before, after, field, expected):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    name = "a.json" if before.startswith(b"{") else "a.txt"
    cache = str(tmp_path / "cache")
    for content in (before, after):
        (corpus / name).write_bytes(content)
        out = tmp_path / "out"
        result = runner.invoke(app, ["report", str(corpus), "--out", str(out), "--format", "json",
                                     "--cache", cache])
        assert result.exit_code == 0, result.output
    source = json.loads((out / "report.json").read_text(encoding="utf-8"))["sources"][0]
    assert source[field] == expected


def _records_corpus(tmp_path, records) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "feed.json").write_text(json.dumps(records), encoding="utf-8")
    return corpus


def test_row9_markdown_shows_links_images_and_line_breaks_as_text(tmp_path):
    records = [
        {"id": "![x](http://host/p.png)", "text": "The mayor of Odesa resigned on Monday."},
        {"id": "[Reuters](https://evil.example)", "outlet": "[AP](https://evil.example)",
         "text": "Russia freed [prisoners](https://evil.example/phish) on Monday, officials said."},
        {"id": "x\r\r<img src=x onerror=alert(1)>", "title": "t\n# forged heading",
         "text": "Talks were held in Istanbul on Monday."},
    ]
    out = tmp_path / "out"
    result = runner.invoke(app, ["report", str(_records_corpus(tmp_path, records)), "--out",
                                 str(out), "--format", "md", "--no-cache"])
    assert result.exit_code == 0, result.output
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "\r" not in md and "# forged" not in md
    for line in md.splitlines():  # outside code spans, no link or image and no raw tag
        prose = "".join(line.split("`")[::2])
        assert "<img" not in prose and "](" not in prose.replace("\\](", ""), line
    assert "\\[prisoners\\](https://evil.example/phish)" in md
    assert "`x  <img src=x onerror=alert(1)>`" in md


FORMULAS = ["+cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example","x")', "@SUM(1+1)",
            "-2+3", "\tx", "\rx"]


def _csv_cells(text: str) -> list[str]:
    import csv
    import io

    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _assert_inert(cells: list[str], expected: list[str]) -> None:
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    for value in expected:
        assert any(c.startswith("'" + value) for c in cells), value


def test_row10_report_csv_cells_never_start_a_formula(tmp_path):
    records = [{"id": f, "text": f"{f} Talks were held in Istanbul on Monday, officials said."}
               for f in FORMULAS]
    corpus = _records_corpus(tmp_path, records)
    out = tmp_path / "out"
    result = runner.invoke(app, ["report", str(corpus), "--out", str(out), "--format", "csv",
                                 "--no-cache"])
    assert result.exit_code == 0, result.output
    shown = [FORMULAS[0], FORMULAS[1], FORMULAS[3]]  # ids with a claim ("@SUM(1+1) …" gives none)
    _assert_inert(_csv_cells((out / "claims.csv").read_text(encoding="utf-8")), shown)
    # one group of all the sources: only its first id starts the cell
    _assert_inert(_csv_cells((out / "groups.csv").read_text(encoding="utf-8")), shown[:1])
    listed = runner.invoke(app, ["claims", str(corpus), "--format", "csv"])
    assert listed.exit_code == 0, listed.output
    _assert_inert(_csv_cells(listed.stdout), shown)


def test_row10_batch_csv_cells_never_start_a_formula(tmp_path):
    import csv

    claims = tmp_path / "claims.csv"
    with claims.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([("id", "claim")]
                                + [(i, "The talks lasted two hours.") for i in FORMULAS[1:4]])
    result = runner.invoke(app, ["batch", str(claims), "-c", str(SMALL), "--format", "csv",
                                 "--no-cache", "-q"])
    assert result.exit_code in (0, 1), result.output
    _assert_inert(_csv_cells(result.stdout), FORMULAS[1:4])


def test_row15_terminal_shows_file_names_and_article_text_literally(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "\x1b]0;PWNED\x07\x1b[2J x.pdf").write_bytes(b"%PDF")
    (corpus / "x\nWarning: fake\n.pdf").write_bytes(b"%PDF")
    (corpus / "markup.txt").write_text(
        "Russia freed [conceal]40 prisoners on Monday, officials said.\n\n"
        "Ukraine freed [/]12 soldiers on Tuesday, officials said.\n", encoding="utf-8")
    result = runner.invoke(app, ["claims", str(corpus)], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert "[conceal]40 prisoners" in result.stdout and "[/]12 soldiers" in result.stdout
    assert "\x1b" not in result.output and "\x07" not in result.output
    warnings = result.stderr.splitlines()
    assert all(line.startswith("Warning: skipped ") for line in warnings), warnings
    assert sorted(warnings) == [
        "Warning: skipped \\x1b]0;PWNED\\x07\\x1b[2J x.pdf: unsupported file type '.pdf'",
        "Warning: skipped x Warning: fake .pdf: unsupported file type '.pdf'",
    ]


def test_row15_check_text_output_shows_control_characters_as_escapes(tmp_path):
    claims = tmp_path / "claims.jsonl"
    claims.write_text(json.dumps({"id": "\x1b]0;PWNED\x07\nFAIL forged",
                                  "claim": "The talks lasted two hours.\x1b[2J"}) + "\n",
                      encoding="utf-8")
    result = runner.invoke(app, ["batch", str(claims), "-c", str(SMALL), "--no-cache", "-q"])
    assert result.exit_code in (0, 1), result.output
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert result.stdout.startswith("\\x1b]0;PWNED\\x07 FAIL forged [")


def _report_json(corpus: Path, tmp_path: Path, *extra: str):
    out = tmp_path / "out"
    result = runner.invoke(app, ["report", str(corpus), "--out", str(out), "--no-cache", *extra])
    data = json.loads((out / "report.json").read_text(encoding="utf-8")) if out.exists() else None
    return result, data, out


SECRET = "The treasurer of Odesa resigned on Monday, the auditor said in a sealed note."


def test_row11_link_out_of_the_corpus_is_skipped_unless_allowed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    secret = tmp_path / "home" / "credentials.txt"
    secret.parent.mkdir()
    secret.write_text(SECRET, encoding="utf-8")
    (corpus / "notes.txt").symlink_to(secret)
    (corpus / "users.txt").symlink_to("/etc/passwd")
    result, data, out = _report_json(corpus, tmp_path)
    assert result.exit_code == 0, result.output
    assert [s["path"] for s in data["sources"]] == ["good.txt"]
    reason = "symbolic link to {}, outside the corpus (--follow-symlinks reads it)"
    assert data["skipped"] == [
        {"path": "notes.txt", "reason": reason.format(secret.resolve())},
        {"path": "users.txt", "reason": reason.format(Path("/etc/passwd").resolve())},
    ]
    assert not [p for p in out.iterdir() if "treasurer" in p.read_text(encoding="utf-8")]
    assert f"Warning: skipped notes.txt: {reason.format(secret.resolve())}" in result.stderr
    (corpus / "users.txt").unlink()
    allowed, data, _ = _report_json(corpus, tmp_path, "--follow-symlinks")
    assert allowed.exit_code == 0, allowed.output
    assert [s["path"] for s in data["sources"]] == ["good.txt", "notes.txt"]


def _special(kind: str, path: Path) -> None:
    import os
    import socket
    import stat

    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(path))
        sock.close()
    else:
        try:
            os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))
        except PermissionError:
            pytest.skip("making a device needs root")


@pytest.mark.parametrize("kind, reason", [
    pytest.param("fifo", "named pipe (FIFO), not a regular file", id="fifo"),
    pytest.param("socket", "socket, not a regular file", id="socket"),
    pytest.param("device", "device, not a regular file", id="device"),
])
def test_row19_special_file_in_a_corpus_is_skipped_unopened(tmp_path, kind, reason):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    _special(kind, corpus / "sub" / "feed.txt")
    result, data, _ = _report_json(corpus, tmp_path)
    assert result.exit_code == 0, result.output
    assert [s["path"] for s in data["sources"]] == ["good.txt"]
    assert data["skipped"] == [{"path": "sub/feed.txt", "reason": reason}]


def test_row19_one_file_under_several_names_is_one_source(tmp_path):
    import os

    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "b.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "sub" / "c.txt").write_text(SECRET, encoding="utf-8")
    (corpus / "alias.txt").symlink_to("b.txt")
    os.link(corpus / "b.txt", corpus / "hard.txt")
    (corpus / "mirror").symlink_to("sub", target_is_directory=True)
    away = tmp_path / "away"
    away.mkdir()
    (away / "x.txt").write_text(SECRET.replace("treasurer", "mayor"), encoding="utf-8")
    (corpus / "linked").symlink_to(away, target_is_directory=True)
    result, data, _ = _report_json(corpus, tmp_path)
    assert result.exit_code == 0, result.output
    assert [s["path"] for s in data["sources"]] == ["b.txt", "sub/c.txt"]
    assert data["skipped"] == [
        {"path": "alias.txt", "reason": "same file as b.txt"},
        {"path": "hard.txt", "reason": "same file as b.txt"},
        {"path": "linked", "reason": f"symbolic link to {away.resolve()}, outside the corpus "
                                     "(--follow-symlinks reads it)"},
        {"path": "mirror", "reason": "same folder as sub"},
    ]
    allowed, data, _ = _report_json(corpus, tmp_path, "--follow-symlinks")
    assert [s["path"] for s in data["sources"]] == ["b.txt", "linked/x.txt", "sub/c.txt"]


@pytest.mark.parametrize("kind", ["fifo", "device", "symlink", "folder"])
def test_row13_check_out_never_replaces_what_is_not_a_regular_file(tmp_path, kind):
    target, kept = tmp_path / "out", tmp_path / "kept.txt"
    kept.write_text("keep me", encoding="utf-8")
    if kind == "symlink":
        target.symlink_to(kept)
    elif kind == "folder":
        target.mkdir()
    else:
        _special(kind, target)
    before = target.lstat()
    result = _check(None, "--out", str(target))
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Error: will not write {target}: it is ")
    assert result.stderr.endswith("; give a new path or a regular file\n")
    after = target.lstat()
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    assert kept.read_text(encoding="utf-8") == "keep me"


def test_row13_report_out_refuses_a_link_among_its_files_and_writes_none(tmp_path):
    out, kept = tmp_path / "out", tmp_path / "kept.txt"
    out.mkdir()
    kept.write_text("keep me", encoding="utf-8")
    (out / "report.md").symlink_to(kept)
    result = runner.invoke(app, ["report", str(SMALL), "--out", str(out), "--no-cache"])
    assert result.exit_code == 2, result.output
    assert f"Error: will not write {out / 'report.md'}: it is a symbolic link" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["report.md"]
    assert kept.read_text(encoding="utf-8") == "keep me"
    existing = tmp_path / "file.txt"
    existing.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["report", str(SMALL), "--out", str(existing), "--no-cache"])
    assert result.exit_code == 2 and "is not a folder" in result.stderr, result.output


def _proc(pid: int | str) -> tuple[str, int] | None:
    """A live process's (state, parent id) from /proc; None when gone or a zombie."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return None if fields[0] in "ZX" else (fields[0], int(fields[1]))


def _children(pid: int) -> list[int]:
    import os

    return [int(e) for e in os.listdir("/proc") if e.isdigit() and (p := _proc(e)) and p[1] == pid]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux's /proc")
@pytest.mark.parametrize("signame, whom, code, message", [
    pytest.param("SIGTERM", "parent", 143, "Error: terminated\n", id="sigterm-to-the-parent"),
    pytest.param("SIGINT", "parent", 130, "Error: interrupted\n", id="sigint-to-the-parent"),
    pytest.param("SIGINT", "group", 130, "Error: interrupted\n", id="ctrl-c-to-the-group"),
])
def test_row14_signal_ends_the_parse_workers_and_writes_nothing(tmp_path, signame, whom, code,
                                                                 message):
    import os
    import shutil
    import signal
    import subprocess
    import sys
    import time

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(8):  # 40 articles: half a minute of parsing on two cores
        for f in Path(__file__).parent.parent.joinpath("corpus").glob("*.txt"):
            shutil.copy(f, corpus / f"{n}_{f.name}")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimcheck.cli", "report", str(corpus), "--jobs", "2",
         "--no-cache", "--out", str(out)],
        cwd=Path(__file__).parent.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while not (workers := _children(proc.pid)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert workers, "no parse worker started"
    time.sleep(1)
    signum = getattr(signal, signame)
    started = time.monotonic()
    (os.killpg if whom == "group" else os.kill)(proc.pid, signum)
    _, stderr = proc.communicate(timeout=60)
    assert (proc.returncode, stderr) == (code, message)
    assert time.monotonic() - started < 10, "the parse went on after the signal"
    while any(_proc(w) for w in workers):
        assert time.monotonic() - started < 5, "a worker outlived its parent"
        time.sleep(0.1)
    assert not out.exists()


@pytest.mark.parametrize("sep", ["\u202f", "\u00a0", "\u2009", "\u200b"],
                         ids=["narrow-no-break", "no-break", "thin", "zero-width"])
def test_row6_a_number_with_an_odd_separator_is_one_number(sep):
    result = runner.invoke(app, ["values", f"Both sides freed 5{sep}000 prisoners.", "--format",
                                 "json"])
    assert result.exit_code == 0, result.output
    values = json.loads(result.stdout)
    assert [(v["text"], v["low"]) for v in values] == [(f"5{sep}000", 5000)]


def test_row6_an_odd_separator_cannot_slip_a_figure_past_the_gate():
    corpus = Path(__file__).parent.parent / "corpus"
    claim = "Ukraine and Russia agreed to exchange 5\u200b000 prisoners of war each."
    result = runner.invoke(app, ["check", claim, "--corpus", str(corpus), "--no-cache", "-q"])
    assert result.exit_code == 1 and "[conflict]" in result.output


def test_row7_a_batch_holds_at_most_batch_words_tokens(extractor):
    """Text with a mark every other character has five times the tokens of prose for its length,
    and spaCy's memory grows with a batch's tokens: batches are cut by words as well as
    characters (the 80 KB file of the row took 1.4 GB in one batch)."""
    from claimcheck.settings import INPUT_LIMITS

    sizes: list[int] = []
    real = extractor.nlp.pipe

    def counting(batch, **kw):
        if kw.get("as_tuples"):  # the batch _pipe hands spaCy (which calls pipe again inside)
            batch = list(batch)
            sizes.append(sum(len(text) for text, _ in batch))
        return real(batch, **kw)

    extractor.nlp.pipe = counting
    try:
        piece = "a<" * 2_000  # 4,000 characters, 4,000 tokens
        list(extractor._pipe((piece, n) for n in range(6)))
    finally:
        extractor.nlp.pipe = real
    assert len(sizes) > 1 and max(sizes) <= INPUT_LIMITS.batch_words
