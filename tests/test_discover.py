"""Which files make a corpus (`discover.py`); the CLI cases of issue 22's rows 11 and 19 are in
test_badinput.py."""

from __future__ import annotations

import os

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
