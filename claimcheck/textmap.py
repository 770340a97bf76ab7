"""Text that remembers where each character came from.

Cleaning changes text (HTML entities decoded, PDF hyphens removed, chrome dropped) but every
claim must still point into the file as read. A `TextMap` pairs a text with, for each character,
the span of the original it stands for; edits compose, so a quote can always be cut from the
original by `file_text[start:end]`.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from typing import cast


class TextMap:
    """A text plus the original span of each of its characters.

    Identity maps (text copied verbatim from offset `base`) store no arrays; edited ones store
    start and end offsets per character.
    """

    __slots__ = ("text", "_base", "_starts", "_ends")

    def __init__(
        self, text: str, base: int = 0, starts: array | None = None, ends: array | None = None
    ):
        self.text = text
        self._base = base
        self._starts = starts
        self._ends = ends

    def __repr__(self) -> str:
        return f"TextMap({self.text!r}, base={self._base})"

    def state(self) -> tuple[str, int, list[int] | None, list[int] | None]:
        """Everything the map holds, as plain values (what the parse cache stores)."""
        return (self.text, self._base,
                None if self._starts is None else self._starts.tolist(),
                None if self._ends is None else cast(array, self._ends).tolist())

    @classmethod
    def from_state(
        cls, text: str, base: int, starts: list[int] | None, ends: list[int] | None
    ) -> TextMap:
        """The map `state()` describes; ValueError when it cannot be one (a corrupt record)."""
        if (starts is None) != (ends is None) or (
            starts is not None and not len(starts) == len(cast(list, ends)) == len(text)
        ):
            raise ValueError("inconsistent text map")
        if starts is None:
            return cls(text, base)
        try:
            return cls(text, base, array("q", starts), array("q", cast(list, ends)))
        except (TypeError, OverflowError) as exc:
            raise ValueError(f"bad text map offsets: {exc}") from None

    def start_of(self, i: int) -> int:
        """Original offset where character `i` begins (`i == len(text)` gives the end)."""
        if self._starts is None:
            return self._base + i
        if i >= len(self.text):
            ends = cast(array, self._ends)  # set whenever _starts is
            return ends[-1] if len(ends) else self._base
        return self._starts[i]

    def end_of(self, i: int) -> int:
        """Original offset just after character `i`."""
        if self._ends is None:
            return self._base + i + 1
        return self._ends[i]

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Original `[start, end)` that `text[a:b]` was read from."""
        if b <= a:
            pos = self.start_of(a)
            return pos, pos
        return self.start_of(a), self.end_of(b - 1)

    def edit(self, edits: Iterable[tuple[int, int, str]]) -> TextMap:
        """Return a new map with `text[a:b]` replaced by `s` for each `(a, b, s)`.

        Edits must not overlap. A replacement's characters all map to the original span of the
        text they replace, so a quote over them covers the whole original form.
        """
        ordered = sorted(edits)
        if not ordered:
            return self
        parts: list[str] = []
        starts = array("q")
        ends = array("q")
        pos = 0
        n = len(self.text)
        for a, b, s in ordered:
            if a < pos or b < a or b > n:
                raise ValueError(f"bad edit ({a}, {b}) at position {pos}")
            self._copy(pos, a, parts, starts, ends)
            if s:
                lo, hi = self.span(a, b)
                parts.append(s)
                starts.extend([lo] * len(s))
                ends.extend([hi] * len(s))
            pos = b
        self._copy(pos, n, parts, starts, ends)
        return TextMap("".join(parts), self._base, starts, ends)

    def slice(self, a: int, b: int) -> TextMap:
        """The map of `text[a:b]`."""
        if self._starts is None:
            return TextMap(self.text[a:b], self._base + a)
        return TextMap(self.text[a:b], self._base, self._starts[a:b], cast(array, self._ends)[a:b])

    def _copy(self, a: int, b: int, parts: list[str], starts: array, ends: array) -> None:
        if b <= a:
            return
        parts.append(self.text[a:b])
        if self._starts is None:
            starts.extend(range(self._base + a, self._base + b))
            ends.extend(range(self._base + a + 1, self._base + b + 1))
        else:
            starts.extend(self._starts[a:b])
            ends.extend(cast(array, self._ends)[a:b])


def join(maps: list[TextMap], sep: str = " ") -> TextMap:
    """Concatenate maps with `sep` between them; separator characters map to a zero-width point."""
    parts: list[str] = []
    starts = array("q")
    ends = array("q")
    for k, m in enumerate(maps):
        if k and sep:
            point = m.start_of(0)
            parts.append(sep)
            starts.extend([point] * len(sep))
            ends.extend([point] * len(sep))
        m._copy(0, len(m.text), parts, starts, ends)
    return TextMap("".join(parts), maps[0]._base if maps else 0, starts, ends)
