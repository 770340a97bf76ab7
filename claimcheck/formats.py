"""Input formats: the paragraphs of one file's text as its format lays them out.

Plain text (blank lines and line breaks, soft wraps joined), Markdown (front matter as
metadata, markup removed) and HTML (block elements outside page chrome; only `<article>` or
`<main>` when the page has one). Each block keeps a `TextMap` back to the text as read, so every
offset points into the file. To add a format: write a `*_blocks` function here and name its
extension in `ingest.FORMATS` and `ingest.read_file`.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

from .datelines import is_date_line
from .textmap import TextMap


@dataclass(frozen=True)
class Block:
    """One paragraph as the format lays it out; `map` ties its text to the source text."""

    map: TextMap
    heading: bool = False

    @property
    def text(self) -> str:
        return self.map.text


class SkipFile(Exception):
    """Raised while reading a file that is listed under `skipped`; the message says why."""


# --------------------------------------------------------------------------- plain text

_TERMINAL = tuple('.!?:;"”’\')]…')


def text_blocks(doc: TextMap) -> list[Block]:
    """Paragraphs of plain text: blank lines separate them, and so do line breaks, except soft
    wraps (a line without end punctuation followed by one starting in lower case), which are
    joined, with a line-end hyphen kept for the cleaner to judge. A date line under a headline
    ("on April 3, 2026 at 4:31 AM") is no wrap: it is the page's date, not the headline's."""
    text = doc.text
    blocks: list[Block] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]+", text)]
    i = 0
    while i < len(lines):
        a, b = lines[i]
        edits = []
        j = i
        while j + 1 < len(lines):
            cur = text[lines[j][0]:lines[j][1]].rstrip()
            nxt_a, nxt_b = lines[j + 1]
            nxt = text[nxt_a:nxt_b].lstrip()
            gap = text[lines[j][1]:nxt_a]
            if (
                gap.count("\n") > 1
                or not cur
                or not nxt
                or cur.endswith(_TERMINAL)
                or not nxt[0].islower()
                or is_date_line(nxt)
            ):
                break
            end_cur = lines[j][0] + len(cur)
            start_nxt = nxt_a + (len(text[nxt_a:nxt_b]) - len(nxt))
            edits.append((end_cur - a, start_nxt - a, "" if cur.endswith("-") else " "))
            j += 1
        b = lines[j][1]
        block = doc.slice(a, b).edit(edits) if edits else doc.slice(a, b)
        block = strip_map(block)
        if block.text:
            blocks.append(Block(block))
        i = j + 1
    return blocks


def strip_map(m: TextMap) -> TextMap:
    """Trim whitespace at both ends and fold inner runs of whitespace into one space."""
    edits = []
    for ws in re.finditer(r"\s+", m.text):
        a, b = ws.span()
        if a == 0 or b == len(m.text):
            edits.append((a, b, ""))
        elif ws.group() != " ":
            edits.append((a, b, " "))
    return m.edit(edits) if edits else m


# --------------------------------------------------------------------------- markdown

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_MD_LINE = re.compile(r"^(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)+")
# link text stops at a bracket and a link target at a parenthesis, so a line of "[[[[…" is
# scanned once, not once per bracket (quadratic: 100 KB of "[" took minutes)
_MD_INLINE = re.compile(
    r"!\[[^\][]*\]\([^()]*\)|\[([^\][]+)\]\([^()]*\)|(\*\*|__|`)|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])"
)


def md_blocks(text: str) -> tuple[list[Block], dict[str, str]]:
    """Paragraphs of a Markdown file, with front matter read as metadata and markup removed."""
    found: dict[str, str] = {}
    body_start = 0
    m = _FRONT.match(text)
    if m:
        from .untrusted import load_front_matter

        try:
            data = load_front_matter(m.group(1))
        except ValueError as exc:
            raise SkipFile(str(exc)) from None
        if isinstance(data, dict):
            found = {str(k).lower(): str(v) for k, v in data.items() if v is not None}
        body_start = m.end()
    body = TextMap(text[body_start:], body_start)
    blocks = []
    for line in re.finditer(r"[^\r\n]+", body.text):
        lm = body.slice(*line.span())
        edits = []
        head = _MD_LINE.match(lm.text)
        heading = bool(head and head.group().lstrip().startswith("#"))
        if head:
            edits.append((0, head.end(), ""))
        pos = head.end() if head else 0
        for im in _MD_INLINE.finditer(lm.text, pos):
            if im.group(1) is not None:  # [text](url) keeps the text
                edits.append((im.start(), im.start(1), ""))
                edits.append((im.end(1), im.end(), ""))
            else:
                edits.append((im.start(), im.end(), ""))
        if re.fullmatch(r"\s*(?:[-*_]\s*){3,}", lm.text):
            continue
        block = strip_map(lm.edit(edits) if edits else lm)
        if block.text:
            blocks.append(Block(block, heading=heading))
    return _merge_paragraph_lines(blocks, text), found


def _merge_paragraph_lines(blocks: list[Block], text: str) -> list[Block]:
    """Markdown wraps paragraphs freely: join consecutive non-heading lines with no blank line
    between."""
    from .textmap import join

    out: list[Block] = []
    for b in blocks:
        if out and not b.heading and not out[-1].heading:
            prev = out[-1]
            between = text[prev.map.end_of(len(prev.text) - 1):b.map.start_of(0)]
            if between.count("\n") <= 1:
                out[-1] = Block(join([prev.map, b.map]))
                continue
        out.append(b)
    return out


# --------------------------------------------------------------------------- html

_SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
              "svg", "iframe", "template", "select", "option", "menu", "dialog", "figure"}
_BLOCK_TAGS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "article",
    "section",
    "br",
    "tr",
    "td",
    "th",
    "table",
    "title",
    "pre",
    "dd",
    "dt",
    "main",
    "hr",
    "figcaption",
    "body",
    "html",
    "head",
}
_VOID = {
    "br",
    "hr",
    "img",
    "meta",
    "link",
    "input",
    "source",
    "wbr",
    "area",
    "base",
    "col",
    "embed",
    "param",
    "track",
}


class _HTMLText(HTMLParser):
    """Collects text pieces with their raw offsets, split at block-level tags."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.raw = text
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.stack: list[str] = []
        self.open: Counter[str] = Counter()  # tags on the stack: an end tag is looked up in O(1)
        self.skip = 0
        self.pieces: list[tuple[int, int, str]] = []
        self.blocks: list[tuple[list[tuple[int, int, str]], bool, bool]] = []
        self.meta: dict[str, str] = {}
        self.title: list[str] = []
        self.in_title = False
        self.heading = False
        self.article_depth = 0

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def flush(self) -> None:
        if self.pieces:
            self.blocks.append((self.pieces, self.heading, self.article_depth > 0))
        self.pieces = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
            return
        if tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
            return
        if tag in _VOID:
            if tag in _BLOCK_TAGS:
                self.flush()
            return
        if tag in _SKIP_TAGS or self.skip:
            self.skip += 1 if (tag in _SKIP_TAGS or self.skip) else 0
            self._push(tag)
            return
        self._push(tag)
        if tag in _BLOCK_TAGS:
            self.flush()
            self.heading = tag in {"h1", "h2", "h3", "h4", "h5", "h6"}
        if tag == "title":
            self.in_title = True
        if tag in ("article", "main"):
            self.article_depth += 1

    def _push(self, tag: str) -> None:
        self.stack.append(tag)
        self.open[tag] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self.open[tag]:
            return
        while self.stack:
            top = self.stack.pop()
            self.open[top] -= 1
            if self.skip:
                self.skip -= 1
            elif top in _BLOCK_TAGS:
                self.flush()
                self.heading = False
                if top == "title":
                    self.in_title = False
                if top in ("article", "main"):
                    self.article_depth -= 1
            if top == tag:
                break

    def _text(self, start: int, end: int, value: str) -> None:
        if self.skip:
            return
        if self.in_title:
            self.title.append(value)
            return
        self.pieces.append((start, end, value))

    def handle_data(self, data: str) -> None:
        start = self._pos()
        self._text(start, start + len(data), data)

    def handle_entityref(self, name: str) -> None:
        start = self._pos()
        raw = f"&{name};" if self.raw.startswith(f"&{name};", start) else f"&{name}"
        self._text(start, start + len(raw), unescape(raw))

    def handle_charref(self, name: str) -> None:
        start = self._pos()
        raw = f"&#{name};" if self.raw.startswith(f"&#{name};", start) else f"&#{name}"
        self._text(start, start + len(raw), unescape(raw))


_MARKUP_START = re.compile(r"<[A-Za-z!/?]")


def _closed_markup(text: str) -> str:
    """The page up to markup that never closes (a tag or comment with no `>` after it). Such
    markup holds no text by HTML's rules, and html.parser would retry it at every later `<`,
    scanning to the end each time (quadratic in the page's length)."""
    m = _MARKUP_START.search(text, text.rfind(">") + 1)
    return text[: m.start()] if m else text


def html_blocks(text: str) -> tuple[list[Block], dict[str, str]]:
    """The article text of an HTML page: block-level elements outside navigation, scripts and
    other page furniture; inside `<article>`/`<main>` only, when the page has one."""
    parser = _HTMLText(text)
    try:
        parser.feed(_closed_markup(text))
        parser.close()
    except Exception as exc:  # html.parser is lenient; this is a last resort
        raise SkipFile(f"HTML could not be parsed: {exc}") from None
    parser.flush()
    in_article = any(inside for _, _, inside in parser.blocks)
    blocks = []
    for pieces, heading, inside in parser.blocks:
        if in_article and not inside:
            continue
        parts, starts, ends = [], array("q"), array("q")
        for a, b, value in pieces:
            parts.append(value)
            if b - a == len(value):
                starts.extend(range(a, b))
                ends.extend(range(a + 1, b + 1))
            else:
                starts.extend([a] * len(value))
                ends.extend([b] * len(value))
        block = strip_map(TextMap("".join(parts), 0, starts, ends))
        if block.text:
            blocks.append(Block(block, heading=heading))
    m = parser.meta
    found = {
        "title": m.get("og:title") or " ".join("".join(parser.title).split()) or "",
        "date": m.get("article:published_time")
        or m.get("date")
        or m.get("pubdate")
        or m.get("datepublished")
        or "",
        "outlet": m.get("og:site_name") or "",
        "url": m.get("og:url") or m.get("canonical") or "",
    }
    return blocks, {k: unescape(v) for k, v in found.items() if v}
