"""The stage's entry point: cleaned sources in, claims and dropped sentences out.

`Extractor` runs the pipeline over every block of every source (`nlp.pipe`) and hands each
parsed block to the source's walk (`walk.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from ..clean import CleanSource, Dropped
from ..lexicon import FUNCTION_WORDS
from ..measurewords import HEADLINE_WORDS
from ..settings import INPUT_LIMITS
from ..values import Mention
from .mentions import find_mentions
from .model import known_words, load_model, model_name
from .records import Claim, Extraction
from .walk import SourceState

# a word or a mark: about one spaCy token each (counted to bound a batch)
_WORDISH = re.compile(r"\w+|[^\w\s]")

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")


def for_parse(text: str) -> str:
    """The text the pipeline parses: a headline in capitals ("Lakers Fire Coach After 1-4
    Start") with its function words and the words of a toll (`HEADLINE_WORDS`: "2 Dead, 1
    Wounded") in lower case, as the tagger knows them; in capitals it takes "After" for part of
    a name and finds no verb, and "2 Dead" for a name. Letters change case only, so every
    offset into the text stays right (quotes are cut from the source, not the parse)."""
    if len(text) > _HEADLINE_CHARS or "\n" in text:
        return text
    long = _LONG_WORD.findall(text)
    if len(long) < 3 or sum(w[0].isupper() for w in long) < _HEADLINE_SHARE * len(long):
        return text
    return _CAPITAL_WORD.sub(
        lambda m: m.group().lower() if m.start() and m.group().lower() in _LOWER
        else m.group(), text)


# a headline: a short block, one line, whose words of four letters or more are nearly all
# capitalised; the capitalised ASCII words of it (lower case keeps their length)
_HEADLINE_CHARS = 200
_HEADLINE_SHARE = 0.8
_LONG_WORD = re.compile(r"\b[A-Za-z][a-z']{3,}\b")
_CAPITAL_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_LOWER = FUNCTION_WORDS | HEADLINE_WORDS


class Extractor:
    """Splits cleaned sources into atomic claims with one loaded spaCy pipeline."""

    def __init__(self, model: str | None = None, *, batch_size: int = 64):
        self.model = model_name(model)
        self.nlp = load_model(self.model)
        self.batch_size = batch_size
        self._words = known_words(self.model)

    def is_word(self, word: str) -> bool:
        """Whether `word` is in the pipeline's vocabulary as shipped (used to mend PDF hyphens)."""
        return word in self._words

    def extract(
        self,
        sources: Iterable[CleanSource],
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> Extraction:
        """Claims and dropped sentences of every source, in source and text order.

        `progress(done, total)` is told how many sources are parsed so far."""
        sources = list(sources)
        claims: list[Claim] = []
        dropped: list[Dropped] = []
        work = (
            (for_parse(b.text), (si, bi))
            for si, cs in enumerate(sources) for bi, b in enumerate(cs.blocks)
        )
        state: dict[int, SourceState] = {}
        for doc, (si, bi) in self._pipe(work):
            cs = sources[si]
            st = state.setdefault(si, SourceState(cs))
            st.add_block(doc, cs.blocks[bi], bi)
            if progress is not None and bi == len(cs.blocks) - 1:
                progress(si + 1, len(sources))
        for si, cs in enumerate(sources):
            st = state.get(si) or SourceState(cs)
            claims.extend(st.claims)
            dropped.extend(sorted(list(cs.dropped) + st.dropped, key=lambda d: (d.start, d.end)))
        return Extraction(tuple(claims), tuple(dropped))

    def _pipe(self, work: Iterable[tuple[str, T]]) -> Iterator[tuple[Doc, T]]:
        """`nlp.pipe` in batches of at most `batch_size` texts, `InputLimits.batch_chars`
        characters and `InputLimits.batch_words` words: spaCy's memory grows with the words of a
        batch, and 64 long paragraphs (pieces of a flattened page) took gigabytes."""
        chars, words = INPUT_LIMITS.batch_chars, INPUT_LIMITS.batch_words
        batch: list[tuple[str, T]] = []
        size = count = 0
        for text, ctx in work:
            n = len(_WORDISH.findall(text))
            if batch and (len(batch) == self.batch_size or size + len(text) > chars
                          or count + n > words):
                yield from self.nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
                batch, size, count = [], 0, 0
            batch.append((text, ctx))
            size += len(text)
            count += n
        if batch:
            yield from self.nlp.pipe(batch, as_tuples=True, batch_size=len(batch))

    def analyse(self, text: str, *, date: str | None = None, source: str = "input") -> Extraction:
        """Claims in a piece of text typed by a user (one paragraph per line)."""
        from ..clean import clean
        from ..ingest import Source, text_blocks
        from ..textmap import TextMap

        src = Source(
            id=source, path=source, text=text, blocks=tuple(text_blocks(TextMap(text))), date=date
        )
        return self.extract([clean(src, is_word=self.is_word)])

    def mentions(self, text: str) -> list[Mention]:
        """Value mentions spaCy finds in `text` (for `claimcheck values`)."""
        doc = self.nlp(for_parse(text))
        return list(find_mentions(doc[:], doc))
