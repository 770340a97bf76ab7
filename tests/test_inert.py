"""Untrusted text made inert for each output (the rules `inert.py` applies; the CLI tests of
what a reader sees are in test_badinput.py, rows 9, 10 and 15)."""

from __future__ import annotations

import pytest

from claimcheck.inert import csv_cell, md_code, md_text, terminal


@pytest.mark.parametrize("text, shown", [
    pytest.param("![x](http://host/p.png)", "!\\[x\\](http://host/p.png)", id="image"),
    pytest.param("[Reuters](https://evil.example)", "\\[Reuters\\](https://evil.example)",
                 id="link"),
    pytest.param("a\\](b)", "a\\\\\\](b)", id="backslash-cannot-undo-an-escape"),
    pytest.param("x\r\r<img src=x>", "x  &lt;img src=x&gt;", id="cr-and-raw-html"),
    pytest.param("a | b\u2028c", "a \\| b c", id="table-cell-and-line-separator"),
])
def test_markdown_text(text, shown):
    assert md_text(text) == shown


def test_markdown_code_span_stays_on_one_line():
    assert md_code("x\r\n`y`\r<img>") == "`x 'y' <img>`"


@pytest.mark.parametrize("cell, written", [
    pytest.param("=1+1", "'=1+1", id="equals"),
    pytest.param("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0", id="plus"),
    pytest.param("-2+3", "'-2+3", id="minus"),
    pytest.param("@SUM(1+1)", "'@SUM(1+1)", id="at"),
    pytest.param("\t=1", "'\t=1", id="tab"),
    pytest.param("\r=1", "'\r=1", id="cr"),
    pytest.param("Kyiv said 5 = 5", "Kyiv said 5 = 5", id="plain-text-kept"),
    pytest.param(-3, -3, id="a-number-is-no-text"),
])
def test_csv_cell(cell, written):
    assert csv_cell(cell) == written


@pytest.mark.parametrize("text, shown", [
    pytest.param("\x1b]0;PWNED\x07\x1b[2J x.pdf", "\\x1b]0;PWNED\\x07\\x1b[2J x.pdf", id="esc-bel"),
    pytest.param("x\nWarning: fake\r\n.pdf", "x Warning: fake .pdf", id="forged-line"),
    pytest.param("a\x9bb\x7f", "a\\x9bb\\x7f", id="c1-and-del"),
    pytest.param("txt.\u202eexe", "txt.\\u202eexe", id="bidi-override"),
    pytest.param("caf\udce9.pdf", "caf\\udce9.pdf", id="undecodable-file-name"),
    pytest.param("[conceal]x\ty", "[conceal]x\ty", id="markup-and-tab-kept"),
])
def test_terminal(text, shown):
    assert terminal(text) == shown
