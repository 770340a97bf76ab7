"""Cleaning: separate article text from page chrome and metadata, mend PDF hyphens.

Rules look at a line's shape, not at known strings: a line made only of dates and times is a
dateline; a short line with a time range and no sentence is a broadcast schedule; handles and
embedded-media links mark a social-media embed; glued navigation words ("HomeWorld News") mark
breadcrumbs; a block seen before in the same source is a repeat. Everything dropped is kept with
its reason and offsets. Text edits go through `TextMap`, so offsets still point into the file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .clock import read_clock
from .datelines import is_date_line
from .ingest import Block, Source
from .lexicon import MONTHS
from .numbers import INVISIBLE, THOUSANDS_SPACE
from .settings import INPUT_LIMITS
from .textmap import TextMap
from .untrusted import bad_date, calendar_date


@dataclass(frozen=True)
class Dropped:
    """Text that produced no claim, with why; `quote == source.text[start:end]`."""

    source: str
    quote: str
    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class CleanSource:
    """A source's article text, block by block, after cleaning."""

    source: Source
    blocks: tuple[Block, ...]
    dropped: tuple[Dropped, ...]
    date: str | None
    title: str | None
    time: str | None = None  # the time of day ("09:48") its dateline gives with its date


_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I)
_MDY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_ISO_D = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WRITTEN_DAY = re.compile("|".join(p.pattern for p in (_DMY, _MDY, _ISO_D)), re.I)
# a date in figures on a dateline: "2012.08.08" (year first), "11/27/2005" or "27.11.2005" (the
# figure over 12 is the day); "8/2/2013" is 2 August in the US and 8 February elsewhere, so a
# date whose two figures could each be the month names no day
_NUM_D = re.compile(r"\b(\d{1,4})([/.])(\d{1,2})\2(\d{2,4})\b")
_MD_NOYEAR = re.compile(
    rf"\b(?:({_MONTH_RE})\.?\s+(\d{{1,2}})|(\d{{1,2}})\s+({_MONTH_RE})\.?)\b", re.I
)
_TIME = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)|\d{1,2}:\d{2}"
_DATED_AND_TIMED = "dateline: date and time"  # a line giving the article's day and time
_TIME_OF = "time of"  # the key of the time of day such a line gives, with its day
# a clock time's figures on a date line, once its dates are taken out (`_clock`)
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?", re.I)
_TIME_RANGE = re.compile(rf"(?:{_TIME})\s*(?:-|–|—|to)\s*(?:{_TIME})", re.I)
# No pattern here may match one stretch of text in two ways inside a repeat: on a line that
# fails, the engine tries every way ("by Ab andA andA …" took 32 s for 122 characters when
# names could hold " and " and also be split at it; "A-A-A-…" was ~n⁴ when a place's words held
# hyphens and were also split at them). Hence the one separator, the possessive `++` in bylines.
_META_PREFIX = re.compile(
    r"\A\s*date\s*(?:[:=]\s*)?(\d{4}-\d{2}-\d{2})(?:[T ][\d:.+Z-]+)?\s*", re.I
)
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_]{2,15}\b")
_MEDIA_LINK = re.compile(
    r"\b(?:pic\.twitter\.com|t\.co|instagr\.am|youtu\.be)/\S+|https?://(?:www\.)?(?:twitter|x|instagram|facebook|tiktok)\.com/\S+",
    re.I,
)
_GLUED = re.compile(r"[a-z][A-Z][a-z]")
_CRUMB_SEP = re.compile(r"\s[›»>/|]\s")
_DATELINE = re.compile(
    rf"\A([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,3}}),"  # a place of up to four words
    rf"(?:\s+[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,2}},)?"  # its region ("KELTON, Vesk, May 2")
    rf"\s+((?:{_MONTH_RE})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH_RE})\.?)(?:,?\s+\d{{4}})?"
    r"\s*(\([^()]{1,40}\))?\s*(?:[-–—:]\s*|\Z)",
    re.I,
)
# a dateline of a place in capitals alone, set off by a long dash: "KELTON — Eleven people …",
# "NEW ORVIK, Vesk – …" (a short word and a hyphen are no dateline: "US - China talks")
_PLACE_DATELINE = re.compile(
    r"\A[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,3}(?:, [A-Z][\w.]+)?\s+(?:[—–]|--)\s+")
_BYLINE = re.compile(
    r"\A(?:by|reporting by|written by|edited by|editing "
    r"by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|;)\s*[A-Z][\w.'’ -]++)*\Z"
)
_URL_ONLY = re.compile(r"\A\s*(?:https?://|www\.)\S+\s*\Z", re.I)
_HYPHENATED = re.compile(r"(?<![\w-])([A-Za-z]+)-([a-z]+)(?![\w-])")


def clean(source: Source, *, is_word: Callable[[str], bool] | None = None) -> CleanSource:
    """Split `source` into article blocks and dropped chrome, reading metadata on the way.

    `is_word` tells whether a string is a word of the language (for mending "ex-change");
    without it hyphens are left alone.
    """
    dropped: list[Dropped] = []
    dates: dict[str, str] = {}  # kind -> ISO date, kinds ranked below; "time of" a day -> HH:MM
    partial: list[tuple[int, int]] = []  # (month, day) from datelines without a year
    kept: list[Block] = []
    seen: set[str] = set()
    remarks: list[str] = []  # warnings on the source (a metadata date that names no day)

    def drop(m: TextMap, a: int, b: int, reason: str) -> None:
        start, end = m.span(a, b)
        dropped.append(Dropped(source.id, source.text[start:end], start, end, reason))

    for k, block in enumerate(source.blocks):
        m = block.map
        if k == 0 and (end := _metadata(m.text, dates, remarks)):
            drop(m, 0, end, "metadata: article date")
            m = m.slice(end, len(m.text))
            if not m.text:
                continue
        reason, found = _chrome(m.text)
        if reason:
            _note_date(reason, found, dates, partial, m.text)
            drop(m, 0, len(m.text), reason)
            continue
        if (dl := _DATELINE.match(m.text) or _PLACE_DATELINE.match(m.text)) \
                and len(m.text) > dl.end():
            md = _month_day(dl.group(2)) if dl.re is _DATELINE else None
            if md:
                partial.append(md)
            drop(m, 0, dl.end(), "dateline")
            m = m.slice(dl.end(), len(m.text))
        key = " ".join(m.text.lower().split())
        if key in seen:
            drop(m, 0, len(m.text), "repeated: same text earlier in this source")
            continue
        seen.add(key)
        m = mend_numbers(m)
        if is_word is not None:
            m = mend_hyphens(m, is_word)
        kept.extend(Block(piece, heading=block.heading) for piece in _pieces(m))

    date = _article_date(source, dates, partial)
    source = replace(source, warnings=source.warnings + tuple(remarks)) if remarks else source
    return CleanSource(source, tuple(kept), tuple(dropped), date, _title(source, kept),
                       dates.get(f"{_TIME_OF} {date}"))


def _note_date(reason: str, found: str | tuple[int, int] | None, dates: dict[str, str],
               partial: list[tuple[int, int]], text: str) -> None:
    """Keep the date a dropped line of chrome gave: a day by its kind (and the time of day a
    dated and timed line gives, under "time of" and its day), or a (month, day) of a dateline
    without its year."""
    if isinstance(found, tuple):
        partial.append(found)
    elif found:
        dates.setdefault(reason, found)
        if reason == _DATED_AND_TIMED and (clock := _clock(text)):
            dates.setdefault(f"{_TIME_OF} {found}", clock)


def _metadata(text: str, dates: dict[str, str], remarks: list[str]) -> int:
    """The length of a first block's leading "date: …" metadata line (0 when it has none); its
    day goes into `dates`, or a warning that it names no day into `remarks`."""
    meta = _META_PREFIX.match(text)
    if meta is None:
        return 0
    if day := calendar_date(meta.group(1)):
        dates.setdefault("metadata", day)
    else:
        remarks.append(bad_date(meta.group(1)))
    return meta.end()


def _pieces(m: TextMap) -> list[TextMap]:
    """A paragraph in pieces of at most `paragraph_chars`, cut after a sentence's end (else at
    a space, else anywhere) in the second half of each piece: a page flattened into one line is
    parsed as paragraphs of a usual size."""
    limit = INPUT_LIMITS.paragraph_chars
    text, start, out = m.text, 0, []
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind(end) for end in (". ", "! ", "? ")) + 1
        if cut <= limit // 2:
            cut = window.rfind(" ")
        if cut <= limit // 2:
            cut = limit
        out.append(m.slice(start, start + cut))
        start += cut
        while start < len(text) and text[start] == " ":
            start += 1
    return out + ([m.slice(start, len(text))] if start < len(text) else [])


def _title(source: Source, kept: list[Block]) -> str | None:
    """The title given with the source, else the first block when it reads as a headline."""
    if source.title is None and kept and is_headline(kept[0]):
        return kept[0].text
    return source.title


def _article_date(source: Source, dates: dict[str, str],
                  partial: list[tuple[int, int]]) -> str | None:
    """The article's date: the one given with the source, else the metadata line's, a dateline
    with a time, a dateline without a year (placed by a bare date line), or a bare date line."""
    date = source.date or dates.get("metadata") or dates.get(_DATED_AND_TIMED)
    page_date = dates.get("date line")
    if date is None and partial:
        date = _with_year(partial[0], page_date)
    return date or page_date


def is_headline(block: Block) -> bool:
    """A heading by markup, or a short line that does not end like a sentence."""
    text = block.text.rstrip()
    return block.heading or (len(text.split()) <= 30 and not text.endswith(tuple('.!?"”’…:;')))


# zero-width characters pasted inside a number: the parser would see two numbers, or none
_INVISIBLE_IN_NUMBER = re.compile(rf"(?<=\d)[{INVISIBLE}]+(?=\d)")
# a space typed after a thousands comma ("$300, 000"): no list or sentence goes on with "000"
_SPACED_THOUSANDS = re.compile(r"(?<=\d),[ \u00a0](?=000(?![\d,.]\d))")


def mend_numbers(m: TextMap) -> TextMap:
    """Write a number's odd separators the way the parser reads them ("5 000" -> "5,000",
    "300, 000" -> "300,000", a zero-width space inside "5000" dropped); offsets still point at
    the file's own characters."""
    edits = [(x.start(), x.end(), ",") for x in THOUSANDS_SPACE.finditer(m.text)]
    edits += [(x.start(), x.end(), "") for x in _INVISIBLE_IN_NUMBER.finditer(m.text)]
    edits += [(x.start(), x.end(), ",") for x in _SPACED_THOUSANDS.finditer(m.text)]
    return m.edit(edits) if edits else m


def mend_hyphens(m: TextMap, is_word: Callable[[str], bool]) -> TextMap:
    """Remove hyphens that split one word ("ex-change", "Rus-sia"); keep real compounds
    ("three-year", "all-for-all", "22-point"), whose joined form is not a word."""
    edits = []
    for h in _HYPHENATED.finditer(m.text):
        joined = h.group(1) + h.group(2)
        if is_word(joined) or is_word(joined.lower()):
            edits.append((h.end(1), h.start(2), ""))
    return m.edit(edits) if edits else m


def _chrome(text: str) -> tuple[str | None, str | tuple[int, int] | None]:
    """Why a whole block is page chrome (and a date it carries), or (None, None)."""
    if len(text) > INPUT_LIMITS.symbols_chars and _word_share(text) < INPUT_LIMITS.symbols_share:
        return "symbols, not text (a long run with almost no letters or digits)", None
    words = text.split()
    ends_sentence = text.rstrip().endswith(tuple('.!?"”'))
    if is_date_line(text):
        iso = _first_date(text)
        reason = _DATED_AND_TIMED if re.search(_TIME, text, re.I) else "date line"
        return reason, iso
    if (dl := _DATELINE.match(text)) and dl.end() >= len(text.rstrip()):
        return "dateline", _month_day(dl.group(2))
    if _TIME_RANGE.search(text) and len(words) <= 10 and not ends_sentence:
        return "broadcast schedule", None
    if _MEDIA_LINK.search(text) or _HANDLE.search(text):
        return "social-media embed", None
    if text.lstrip().startswith(("—", "–", "-")) and re.search(r"\(@\w+\)", text):
        return "social-media embed", None
    if (
        (
            text.startswith("Home")
            and (len(text) > 4 and (text[4].isupper() or not text[4].isalnum()))
        )
        or len(_CRUMB_SEP.findall(text)) >= 2
        and not ends_sentence
    ):
        return "navigation breadcrumbs", None
    if len(_GLUED.findall(text)) >= 2 and not ends_sentence:
        return "navigation breadcrumbs", None
    if _URL_ONLY.match(text):
        return "bare link", None
    if _BYLINE.match(text.strip()):
        return "byline", None
    return None, None


def _clock(text: str) -> str | None:
    """The time of day ("09:48") a date line gives ("14 March 2026, 9.48am"), as `read_clock`
    reads one; None when none."""
    for found in _CLOCK.finditer(_WRITTEN_DAY.sub(" ", text)):
        if said := read_clock(found.group().lower()):
            return said[0]
    return None


def _word_share(text: str) -> float:
    """The share of a text's visible characters that are letters or digits."""
    visible = len(text) - sum(map(str.isspace, text))
    return sum(map(str.isalnum, text)) / visible if visible else 0.0


def _first_date(text: str) -> str | None:
    found = []
    for rx, order in ((_ISO_D, "ymd"), (_DMY, "dmy"), (_MDY, "mdy")):
        for m in rx.finditer(text):
            g = dict(zip(order, m.groups(), strict=False))
            month = int(g["m"]) if g["m"].isdigit() else MONTHS[g["m"].lower().rstrip(".")]
            try:
                found.append((m.start(), dt.date(int(g["y"]), month, int(g["d"])).isoformat()))
            except ValueError:
                continue
    found += [(m.start(), day) for m in _NUM_D.finditer(text) if (day := _figures_date(m))]
    return min(found)[1] if found else None


def _figures_date(m: re.Match[str]) -> str | None:
    """The ISO day a date in figures names (`_NUM_D`), None when it names no day."""
    a, b, c = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if len(m.group(1)) == 4:
        y, mo, d = a, b, c
    else:
        if a <= 12 and b <= 12 and a != b:
            return None  # "8/2/2013": which is the month depends on the country
        mo, d = (a, b) if a <= 12 else (b, a)
        y = c + (2000 if c < 70 else 1900) if len(m.group(4)) == 2 else c
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def _month_day(text: str) -> tuple[int, int] | None:
    m = _MD_NOYEAR.search(text)
    if not m:
        return None
    month = MONTHS[(m.group(1) or m.group(4)).lower()]
    return month, int(m.group(2) or m.group(3))


def _with_year(md: tuple[int, int], reference: str | None) -> str | None:
    """A month and day placed in the latest year that is not after `reference`."""
    if reference is None:
        return None
    ref = dt.date.fromisoformat(reference)
    for year in (ref.year, ref.year - 1):
        try:
            d = dt.date(year, *md)
        except ValueError:
            continue
        if d <= ref:
            return d.isoformat()
    return None
