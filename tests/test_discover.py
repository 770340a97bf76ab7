"""Which files make a corpus (`discover.py`); the CLI cases of issue 22's rows 11 and 19 are in
test_badinput.py."""

from __future__ import annotations

import json
import os

import pytest

from claimcheck import load_corpus

TEXT = "The mayor of Odesa resigned on Monday, officials said.\n"


def test_a_file_named_twice_on_the_command_line_is_one_source(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("a.txt")
    corpus = load_corpus([tmp_path / "link.txt", tmp_path / "a.txt"])
    assert [s.path for s in corpus.sources] == ["a.txt"]
    assert [(s.path, s.reason) for s in corpus.skipped] == [("link.txt", "same file as a.txt")]


def test_excluded_entries_are_neither_read_nor_listed(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    os.mkfifo(tmp_path / "drafts" / "pipe.txt")
    (tmp_path / "drafts" / "out.txt").symlink_to("/etc/passwd")
    corpus = load_corpus(tmp_path, exclude=("drafts/*",))
    assert [s.path for s in corpus.sources] == ["a.txt"] and corpus.skipped == ()


def test_a_followed_link_out_is_walked_once_even_when_it_loops(tmp_path):
    root, away = tmp_path / "corpus", tmp_path / "away"
    root.mkdir()
    away.mkdir()
    (root / "a.txt").write_text(TEXT, encoding="utf-8")
    (away / "b.txt").write_text(TEXT.replace("Odesa", "Lviv"), encoding="utf-8")
    (away / "again").symlink_to(away, target_is_directory=True)
    (root / "away").symlink_to(away, target_is_directory=True)
    corpus = load_corpus(root, follow_symlinks=True)
    assert [s.path for s in corpus.sources] == ["a.txt", "away/b.txt"]
    assert [(s.path, s.reason) for s in corpus.skipped] == [("away/again", "same folder as away")]


def _archive(tmp_path):
    """archive/2024-01/{a,b}.txt, archive/2024-02/c.txt and archive/notes.md."""
    for rel in ("2024-01/a.txt", "2024-01/b.txt", "2024-02/c.txt", "notes.md"):
        (tmp_path / "archive" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "archive" / rel).write_text(TEXT, encoding="utf-8")
    return tmp_path / "archive"


@pytest.mark.parametrize("pattern, paths", [
    pytest.param("*/*.txt", ["2024-01/a.txt", "2024-01/b.txt", "2024-02/c.txt"], id="star"),
    pytest.param("**/*.txt", ["2024-01/a.txt", "2024-01/b.txt", "2024-02/c.txt"], id="recursive"),
    pytest.param("2024-0[2]/*", ["2024-02/c.txt"], id="class"),
    pytest.param("2024-0?/a.txt", ["2024-01/a.txt"], id="one-character"),
])
def test_a_glob_is_read_relative_to_the_folder_before_its_first_wildcard(tmp_path, pattern,
                                                                         paths):
    archive = _archive(tmp_path)
    corpus = load_corpus(f"{archive}/{pattern}")
    assert corpus.root == str(archive)
    assert [s.path for s in corpus.sources] == paths


def test_a_glob_that_matches_nothing_is_an_input_error(tmp_path):
    from claimcheck.errors import InputError

    archive = _archive(tmp_path)
    with pytest.raises(InputError, match=r"not found: .*\*\.pdf \(no file matches it\)"):
        load_corpus(archive / "*.pdf")


def test_a_file_whose_name_holds_a_wildcard_is_read_as_named(tmp_path):
    (tmp_path / "what[1].txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "what1.txt").write_text(TEXT, encoding="utf-8")
    corpus = load_corpus(tmp_path / "what[1].txt")
    assert [s.path for s in corpus.sources] == ["what[1].txt"]


def test_cli_reads_a_quoted_glob(tmp_path):
    from typer.testing import CliRunner

    from claimcheck.cli import app

    archive = _archive(tmp_path)
    result = CliRunner().invoke(app, ["claims", f"{archive}/**/*.txt", "--format", "jsonl", "-q"])
    assert result.exit_code == 0, result.output
    sources = {json.loads(line)["source"] for line in result.stdout.splitlines()}
    assert sources == {"2024-01/a", "2024-01/b", "2024-02/c"}
