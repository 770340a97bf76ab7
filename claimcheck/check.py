"""Check claims against a corpus: do the sources back them?

A checked text is split into atomic claims like an article; each claim is matched against the
corpus's claims with the frames, vetoes and thresholds of grouping (`group.match_claims`) and
its values are compared with theirs (`compare.relate`). Verdicts:

- `conflict`: no source says the same, and a source's value cannot be reconciled with the
  claim's, or a source says the opposite (one negated, the other not, for a statement without
  values);
- `contested`: some sources say the same and some conflict; the reason tallies what each value
  is said by ("19: 1 source (a); 17: 3 sources (b, c, d)"), measure by measure for a claim
  with several (`verdicts`);
- `supported`: one or more sources say the same (and none conflicts);
- `compatible`: sources give values that differ but can both be true;
- `unverified`: no source says it (sources that talk about it without giving its value are
  listed as `related` evidence).
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .actiondays import another_day, day_answers, day_rows, measure_rows
from .actionplaces import place_answers, place_rows
from .actors import Actors
from .bothsides import conflicts_by_claim, other_sides, row_detail
from .claims import Claim, Extractor
from .compare import MEASURED, Relation, describe, frame_words, relate, weigh
from .concepts import CHANGE, concept_of
from .errors import InputError
from .group import GroupSettings, match_claims
from .ingest import DEFAULT_MAX_FILE_SIZE
from .intervals import distinctive, telling
from .measurerows import MeasureRow, build_rows, measure_name
from .measures import find
from .measurewords import CONCEPT_WORDS
from .names import name_form
from .occasions import PAST_PERIOD, dates_of, foreseen, told_before, years_told
from .pipeline import Progress, extract, published_at, resolve_aliases
from .polarity import (
    asks,
    denied_text,
    denies,
    in_detail,
    negated_day,
    opposite,
    says_any,
    says_turned,
    turned,
    unsaid,
    unstated,
)
from .rowanswers import anothers, answer, measured_apart, scoped_apart, unsure, updated
from .semantic import embed
from .untrusted import given_day, scrub
from .values import Value, compare
from .verdicts import (
    FAIL_ON as FAIL_ON,
    VERDICTS as VERDICTS,
    CheckResult as CheckResult,
    Evidence,
    Said,
    denied,
    merged,
    order,
    said_of,
    verdict,
    with_turned,
)

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class _Part:
    """One atomic claim of an input item, before it is matched (`claim` None: none found)."""

    id: str
    row: str
    text: str
    claim: Claim | None
    why: str
    seconds: float
    asked: Claim | None = None  # what is checked: the claim, or what it denies ("X denied that P")
    # the claim said the other way round ("survived": "died"), the word turned and its opposite
    turned: tuple[Claim, str, str] | None = None


class Checker:
    """A corpus parsed once, against which any number of claims are checked."""

    def __init__(
        self,
        corpus: str | Path | Sequence[str | Path] = "corpus",
        *,
        model: str | None = None,
        exclude: tuple[str, ...] = (),
        max_file_size: int = DEFAULT_MAX_FILE_SIZE,
        settings: GroupSettings | None = None,
        aliases: str | Path | dict[str, str] | None = None,
        cache: str | Path | None = None,
        progress: Progress | None = None,
        jobs: int = 1,
        follow_symlinks: bool = False,
    ):
        found = extract(
            corpus if isinstance(corpus, (str, Path)) else list(corpus),
            model=model,
            exclude=exclude,
            max_file_size=max_file_size,
            progress=progress,
            cache=cache,
            jobs=jobs,
            follow_symlinks=follow_symlinks,
        )
        self.skipped = list(found.skipped)
        self.sources = [c.source.id for c in found.cleaned]
        self.warnings = [(c.source.path, w) for c in found.cleaned for w in c.source.warnings]
        self._load(found.claims, {c.source.id: (c.date, c.source.url) for c in found.cleaned},
                   Extractor(found.model), settings, resolve_aliases(aliases, found.root),
                   published_at(found.cleaned))

    @classmethod
    def of_claims(
        cls,
        claims: Sequence[Claim],
        published: Mapping[str, str | None] | None = None,
        *,
        extractor: Extractor | None = None,
        settings: GroupSettings | None = None,
    ) -> Checker:
        """A checker over claims already extracted (`published`: each source's date), e.g. one
        outlet's sentences checked against the other outlets' claims of one event (the accuracy
        bench); `extractor` parses the checked texts (a new one when None)."""
        self = cls.__new__(cls)
        self.skipped, self.warnings = [], []
        self.sources = list(dict.fromkeys(c.source for c in claims))
        self._load(claims, {s: (d, None) for s, d in (published or {}).items()},
                   extractor or Extractor(), settings, {})
        return self

    def _load(self, claims: Sequence[Claim], meta: dict[str, tuple[str | None, str | None]],
              extractor: Extractor, settings: GroupSettings | None,
              aliases: dict[str, str], times: Mapping[str, str] | None = None) -> None:
        self.claims = list(claims)
        self.meta = meta  # each source's (publication date, url)
        self.extractor = extractor
        self.settings = settings or GroupSettings()
        self.aliases = aliases
        # every value of a named measure (`measures`), to find sources however they word it
        self._published = {s: m[0] for s, m in meta.items()}
        self._rows = build_rows([c for c in self.claims if not denies(c)], self._published,
                                times=times)
        # the days the sources give their actions ("the talks took place on 16 May")
        self._form = name_form(self.claims, aliases)
        self._days = day_rows(self.claims, self._published, self._form)
        self._places = place_rows(self.claims, self._form)  # "the talks in Istanbul"
        self._actors = Actors(self.claims, self._form)  # who and where each claim tells of
        # the past years each claim tells of ("the heatwave of 1998"): another occasion's
        self._years = years_told(self.claims, self._published)
        self._by_id = {c.id: c for c in self.claims}
        self._by_claim: dict[str, list[MeasureRow]] = {}  # each source claim's rows
        self._keys = {(r.concept, r.subject) for r in self._rows}  # the measures sources name
        self._figured: dict[tuple[str, str | None], list[int]] = {}  # claims by kind and unit
        for n, c in enumerate(self.claims):
            for key in dict.fromkeys((v.kind, v.unit) for v in c.values):
                self._figured.setdefault(key, []).append(n)
        for row in self._rows:
            self._by_claim.setdefault(row.claim, []).append(row)
        self._vectors: np.ndarray | None = None  # the claims' embeddings, made on the first check
        # the sources' conflicts, as the report finds them, by the claims they show
        self._sides = conflicts_by_claim(find(measure_rows(self.claims, self._published, times)))

    def check(
        self, items: Sequence[tuple[str, str]], *, date: str | None = None
    ) -> list[CheckResult]:
        """Check `(id, text)` items; a text holding several claims gives one result per claim,
        with ids `ID.1`, `ID.2`, … (and `row` ID).

        Raises:
            InputError: a claim is empty, or `date` is no day of the calendar.
        """
        given_day(date)
        parts = [part for item_id, text in items
                 for part in self._parts(scrub(item_id), scrub(text), date)]
        queries = [p.asked for p in parts if p.asked is not None]
        turns = [p.turned[0] for p in parts if p.turned is not None]
        clock = time.perf_counter()
        if self.settings.semantic and self._vectors is None:
            self._vectors = embed([c.text for c in self.claims])
        found = match_claims([*queries, *turns], self.claims, settings=self.settings,
                             aliases=self.aliases, vectors=self._vectors)
        matches, turned_matches = iter(found[:len(queries)]), iter(found[len(queries):])
        shared = (time.perf_counter() - clock) / max(1, len(queries))  # matching, per claim
        out = []
        for p in parts:
            clock = time.perf_counter()
            if p.claim is None:
                out.append(CheckResult(p.id, p.text, p.text, "unverified",
                                       f"unverified: not a checkable claim ({p.why})", (),
                                       p.row, p.seconds))
                continue
            asked = p.asked or p.claim
            evidence = self._weighed(asked, next(matches), date)
            if asked is not p.claim:
                evidence = sorted(map(denied, evidence), key=order)
            if p.turned is not None:
                evidence = with_turned(evidence, p.turned[1:], self._backing_turned(
                    p.claim, p.turned[1:],
                    self._weighed(p.turned[0], next(turned_matches), date), date))
            spent = p.seconds + shared + time.perf_counter() - clock
            out.append(CheckResult(p.id, p.text, p.claim.text, *verdict(evidence),
                                   tuple(evidence), p.row, spent))
        return out

    def _weighed(self, query: Claim, matched: list[tuple[int, float, bool]],
                 date: str | None) -> list[Evidence]:
        """The evidence on a claim: the source claims words matched it to, those giving its
        measures' values, and those giving the days of its actions (`verdicts.merged`). The
        claim's measure rows are read once, for all of them."""
        asked = build_rows([query], {query.source: date})
        hits = [self._evidence(query, self.claims[i], score, date, asked)
                for i, score, _ in matched]
        measured = self._measured(query, asked) + self._same_figure(query, date, asked)
        found = merged([e for e in hits if e is not None], measured,
                       self._dated(query, date, asked))
        return updated(self._both_sides(found, asked), asked, self._by_claim)

    def _both_sides(self, evidence: list[Evidence], asked: Sequence[MeasureRow]
                    ) -> list[Evidence]:
        """The evidence with every other source row of the sources' conflicts it meets one side
        of (`bothsides`): a claim backed by the outlets saying 120 meets the one saying 150."""
        sides = {s.row.claim: self._cite(self._by_id[s.row.claim], s.relation, s.detail, 0.0,
                                         (said_of(s.measure, s.asked.value, s.row.value),))
                 for s in other_sides(evidence, asked, self._sides)}
        return sorted([e for e in evidence if e.claim not in sides] + list(sides.values()),
                      key=order) if sides else evidence

    def _parts(self, item_id: str, text: str, date: str | None) -> list[_Part]:
        """The atomic claims of one input item (one part saying why when it holds none), each
        with its share of the time the item's parse took."""
        if not text.strip():
            raise InputError(f"claim {item_id} is empty: give the sentence to check")
        clock = time.perf_counter()
        found = self.extractor.analyse(text, date=date, source="input")
        if not found.claims:
            why = "; ".join(dict.fromkeys(d.reason for d in found.dropped)) or "no sentence"
            return [_Part(item_id, item_id, text, None, why, time.perf_counter() - clock)]
        denied = [self._denied(c, date) for c in found.claims]
        turns = [None if d else self._turned(c, date) for c, d in zip(found.claims, denied,
                                                                       strict=True)]
        each = (time.perf_counter() - clock) / len(found.claims)
        many = len(found.claims) > 1
        return [_Part(f"{item_id}.{n}" if many else item_id, item_id, text, c, "", each, d or c, t)
                for n, (c, d, t) in enumerate(zip(found.claims, denied, turns, strict=True), 1)]

    def _backing_turned(self, claim: Claim, words: tuple[str, str], evidence: list[Evidence],
                        date: str | None) -> list[Evidence]:
        """The evidence backing the turned claim: in words of the opposite side ("Ann Roe was
        convicted" for "acquitted"), or with a measure the turned predicate names and the claim
        does not give, in that measure's words ("killed three": deaths, which "three survived"
        does not give), or a change the source gives that way ("fell 6%", not "up 6%"); not with
        what both give alike ("rose 2% to 4,000": the 4,000; "Man confirms arson" / "Man
        charged with arson": the man, the arson). The claim's measures are read when needed."""
        own: set[str] | None = None
        out = []
        for e in evidence:
            if e.relation != "agree":
                continue
            if says_turned(e.quote, *words):
                out.append(e)
                continue
            if own is None:
                own = {_measure(claim, v) for v in claim.values} | {
                    measure_name(r.concept, r.subject)
                    for r in build_rows([claim], {claim.source: date})}
            theirs = {measure_name(r.concept, r.subject) for r in self._by_claim.get(e.claim, [])}
            if any(a.measure not in own and (a.measure.startswith(CHANGE) and a.measure in theirs
                   or words[1].lower() in CONCEPT_WORDS.get(a.measure, ())
                   and says_any(e.quote, CONCEPT_WORDS[a.measure])) for a in e.answers):
                out.append(e)
        return out

    def _turned(self, claim: Claim, date: str | None) -> tuple[Claim, str, str] | None:
        """The claim said the other way round (`polarity.turned`), parsed, with the word turned
        and its opposite; None when it cannot be turned."""
        if (found := turned(claim)) is None:
            return None
        text, word, opposite_word = found
        claims = self.extractor.analyse(text, date=date, source="input").claims
        return next(((c, word, opposite_word) for c in claims if opposite_word in c.text), None)

    def _denied(self, claim: Claim, date: str | None) -> Claim | None:
        """What a claim denies, as a claim of its own ("The ministry denied that troops crossed
        the border": "troops crossed the border"); None when it denies nothing, or when its
        denial is negated ("did not deny that P": read as a whole, the negation and the denial
        cancel out in `polarity`)."""
        if (tail := denied_text(claim)) is None:
            return None
        found = self.extractor.analyse(tail, date=date, source="input").claims
        if not found or claim.negated and not found[0].negated:
            return None
        return found[0]

    def _measured(self, query: Claim, rows: Sequence[MeasureRow]
                  ) -> list[tuple[Evidence, bool]]:
        """The sources' claims that give a value of a measure the query gives one of (`rows`,
        same concept, subject, scope and occasion: `rowanswers.answer`), however they are worded,
        unless they name another doer; each with whether the query's value is a bare figure
        ("injuring 40": no noun says what it counts, so claims worded alike are not compared on
        it)."""
        found: list[tuple[Evidence, bool]] = []
        if denies(query):
            return found  # "X denied that 300 were laid off" gives no figure of its own
        for asked in rows:
            if query.negated and negated_day(query, asked.value):
                continue  # "The ferry did not capsize on Saturday" gives no day of the event
            for row in self._rows:
                source = self._by_id[row.claim]
                relation = answer(asked, row)
                if relation is None or self._actors.doers_differ(query, source):
                    continue  # not the measure, or another doer's ("the Red Sox offered …")
                detail = row_detail(asked.concept, asked, row, relation)
                flipped, turned, _ = opposite(query, source)
                if relation != "conflict" and flipped and turned:
                    # "survived, aged 85" / "died at the age of 85": one figure, opposite verbs
                    relation, detail = "conflict", (f'the source says the opposite ("{turned[1]}" '
                                                    f'for "{turned[0]}"); {detail}')
                elif relation == "agree" and unstated(query, asked.value, source):
                    relation = "related"  # the day of "survived …", not the survival
                measure = measure_name(asked.concept, asked.subject)
                found.append((self._cite(source, relation, detail, 0.0,
                                         (said_of(measure, asked.value, row.value),)),
                              asked.value.noun is None))
        return found

    def _same_figure(self, query: Claim, date: str | None, asked: Sequence[MeasureRow]
                     ) -> list[tuple[Evidence, bool]]:
        """The sources' claims that give one of the query's figures, the very same, of its kind
        and unit, however they word the rest: a figure few would give by chance ("$312.4
        million", "4,183"), or one told with a word of the query's frame ("There were 24 crew
        on board" / "the tanker had 24 crew members"); a score only when few would give it. Not
        a forecast for a fact, another doer's, party's or year's, or a claim saying the
        opposite."""
        mine = {v for v in query.values if v.kind in MEASURED and v.bound == "exact"}
        frame = frame_words(query)
        found: list[tuple[Evidence, bool]] = []
        near = {n for v in mine for n in self._figured.get((v.kind, v.unit), ())}
        for c in (self.claims[n] for n in sorted(near)):  # those giving a figure of its kind
            pairs = [(v, w) for v in mine for w in c.values if w.kind == v.kind
                     and w.unit == v.unit and w.role == v.role and compare(v, w) == "equal"
                     and foreseen(query, v) == foreseen(c, w)]
            if not pairs or denies(c) or not any(
                    distinctive(v) or telling(v) and frame & frame_words(c) for v, _ in pairs):
                continue  # "split 5-4", "two": a tally many votes share, a count many things
            if all(unstated(query, v, c) for v, _ in pairs):
                continue  # "acquitted" / "charged" of the same two: the verb is left unsaid
            if self._actors.doers_differ(query, c) or self._another_year(query, c, date) \
                    or anothers(asked, self._by_claim.get(c.id, []), self._keys) \
                    or opposite(query, c)[0]:
                continue  # the words, not the figure, tell whether it says the opposite
            detail = "; ".join(f'"{v.text}" ({describe(v)}) = "{w.text}" ({describe(w)})'
                               for v, w in pairs)
            said = tuple(said_of(_measure(query, v), v, w) for v, w in pairs)
            found.append((self._cite(c, "agree", detail, 0.0, said), False))
        return found

    def _dated(self, query: Claim, date: str | None, asked: Sequence[MeasureRow]
               ) -> list[Evidence]:
        """The sources' claims that give a day or a place of an action the query gives one of
        (`actiondays`, `actionplaces`). Another day, or a place apart, conflicts. The same day
        backs a claim that gives no figure, unless the source claim says the opposite; for one
        that does ("captured 71 pirates on Saturday"), the source claim of that action on that
        day decides by its figures, and is only related when it gives none."""
        figures = any(v.kind in MEASURED for v in query.values)
        found = [(self._by_id[a.row.claim], a.relation, a.detail,
                  Said(a.row.concept, a.row.value.text, describe(a.row.value),
                       a.relation == "agree"))
                 for a in day_answers(query, self._days, date, self._form)]
        found += [(a.row.claim, a.relation, a.detail,
                   Said(f"place of {a.row.place.action}", a.row.place.text, a.row.place.text,
                        a.relation == "agree"))
                  for a in place_answers(query, self._places, self._form)]
        out = []
        for c, relation, detail, said in found:
            other = self._evidence(query, c, 0.0, date, asked)
            if relation != "conflict" and (other is None or figures
                                            or other.relation == "conflict"):
                if other is not None:
                    out.append(other)  # the same day: the opposite, or the figures, decide
                continue
            out.append(self._cite(c, relation, detail, 0.0, (said,)))
        return out

    def _evidence(self, query: Claim, c: Claim, score: float, date: str | None,
                  asked: Sequence[MeasureRow]) -> Evidence | None:
        """A source claim as evidence: the opposite of the query (`polarity`), or how its values
        relate, or only related (`_only_related`)."""
        relation: Relation
        said: tuple[Said, ...] = ()
        flipped, words, denial = opposite(query, c)
        if flipped and self._another_year(query, c, date):
            return self._cite(c, "related", "", score, ())  # a past event's "closed"
        if flipped:
            if in_detail(query, c, denial) and not words and not (
                    denial and relate(query, c)[0] == "agree"):
                return None  # "did not offer 30 days" vs "offered 2–3 days": no simple reading
            why = (f'"{words[1]}" for "{words[0]}"' if words else
                   "one denies what the other says" if denial else "one statement is negated")
            relation, detail = "conflict", f"the source says the opposite ({why})"
        else:
            relation, detail, pairs = weigh(query, c)
            said = tuple(said_of(_measure(query, v), v, w) for v, w in pairs)
            if self._only_related(query, c, relation, pairs, date, asked):
                relation = "related"
        return self._cite(c, relation, detail, score, said)

    def _only_related(self, query: Claim, c: Claim, relation: Relation,
                      pairs: Sequence[tuple[Value, Value]], date: str | None,
                      asked: Sequence[MeasureRow]) -> bool:
        """Whether a source claim worded like the query only speaks of the same thing: its
        figures (`pairs`) are not the named party's, it tells of a past year's event the query
        does not name, or, conflicting, of other measures, scopes, places or occasions or of a
        forecast (`unsure`, `measured_apart`); agreeing, it gives a part's figures where the
        query's are the whole's (`scoped_apart`), names another doer, land or day, asks, or
        leaves the query's verb with an opposite unsaid (`polarity.unstated`, `unsaid`)."""
        if anothers(asked, rows := self._by_claim.get(c.id, []), self._keys):
            return True
        if self._another_year(query, c, date):
            return True  # "The city lost 31 people in the heatwave of 1998": another occasion
        published, values = self.meta.get(c.source, (None, None))[0], [v for v, _ in pairs]
        if told_before(query, date, published) and not self._years.get(c.id):
            return True  # the story's own figures: not a past season's
        if relation == "conflict":
            return unsure(asked, rows) or measured_apart(asked, rows, pairs) or bool(pairs) and all(
                foreseen(query, v) != foreseen(c, w) for v, w in pairs)  # "could reach 500"
        return relation == "agree" and (
            scoped_apart(asked, rows)  # "At Orvik General alone, 95": no figure of the whole
            or self._actors.doers_differ(query, c) or self._actors.lands_apart(query, c)
            or not values and another_day(query, c, date, published)
            or asks(c) and not asks(query)
            or (all(unstated(query, v, c) for v in values) if values else unsaid(query, c)))

    def _another_year(self, query: Claim, c: Claim, date: str | None) -> bool:
        """Whether a source claim tells of a past year's event (`occasions.years_told`) the
        checked claim names no year of: it speaks of another occasion. A claim checked with
        no date may name the year only as "last year", which no year tells apart."""
        theirs = self._years.get(c.id, frozenset())
        return bool(theirs) and not theirs & frozenset(
            d[:4] for d in dates_of(query, date)[0] if d[:4].isdigit()) and not any(
            v.kind == "date" and v.low is None and PAST_PERIOD.search(v.text)
            for v in query.values)

    def _cite(self, c: Claim, relation: Relation, detail: str, score: float,
              said: Sequence[Said]) -> Evidence:
        """A source's claim as evidence, with what it says of the claim's measures (`said`)."""
        return Evidence(c.source, c.id, c.quote, c.start, c.end, relation, detail, c.attributed_to,
                        tuple(f"{v.text} = {describe(v)}" for v in c.values), score,
                        "; ".join(a.text for a in said), "; ".join(a.reading for a in said),
                        *self.meta.get(c.source, (None, None)), tuple(said))


def _measure(query: Claim, v: Value) -> str:
    """What a checked claim's value measures, as a tally names it: its concept ("deaths", "age
    of rahman"), else the noun it counts, else its kind."""
    if (key := concept_of(query, v)) is not None:
        return f"{key[0]} of {key[1]}" if key[1] else key[0]
    return v.noun if v.noun and v.noun.lower() not in v.text.lower() else v.kind


def check_claims(
    texts: Sequence[str | tuple[str, str]],
    corpus: str | Path | Sequence[str | Path] = "corpus",
    **options,
) -> list[CheckResult]:
    """Check several claims against a corpus parsed once; items are texts (ids are 1, 2, …) or
    `(id, text)` pairs. Options are those of `Checker`, plus `date` for relative dates."""
    date = options.pop("date", None)
    items = [t if isinstance(t, tuple) else (str(n), t) for n, t in enumerate(texts, 1)]
    return Checker(corpus, **options).check(items, date=date)


def check_claim(
    text: str, corpus: str | Path | Sequence[str | Path] = "corpus", **options
) -> list[CheckResult]:
    """Check one text (it may hold several claims) against a corpus: one result per claim."""
    return check_claims([("1", text)], corpus, **options)
