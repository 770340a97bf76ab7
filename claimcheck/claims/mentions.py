"""Value mentions: the spans of a sentence that may hold a value, as plain data for `values`.

Decides which entities and numbers are mentions, joins "6,000 to 6,000", takes a hedge with its
number ("a little over an hour"), and finds the noun a number counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..cues import MAGNITUDE
from ..dates import read_date
from ..durations import compound_seconds
from ..lexicon import (
    FRACTIONS,
    HEDGES,
    MONTHS,
    NOBODY,
    NONE_NOUNS,
    NONE_OF_PEOPLE,
    ORDINALS,
    SCALE_SUFFIXES,
    TEMPERATURE_SCALES,
    TIME_ABBREVIATIONS,
    VULGAR_FRACTIONS,
)
from ..numbers import number
from ..unitnames import CASED_ALTERNATION, CASED_UNITS, COMPOUND_UNITS, UNIT_SURFACES
from ..values import Mention
from .entityparts import FIGURES_JOINED, WRITTEN_DATE, stamp_parts
from .pairs import levels, share_between, tallies
from .tokens import TIME_UNITS, VALUE_ENTS, counted_noun, governing_words, told_in_past

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# part of a decade written as one token ("mid-20s"): an age, after "in his" (values)
_PART_OF_DECADE = re.compile(r"(?:early|mid|late)-\d0'?s")
# the rest of a height written "6-foot-2" ("6", "-", "foot-2" to the tokenizer)
_HEIGHT_END = re.compile(r"(?:foot|feet)-\d{1,2}", re.I)
# units written as one token, which may follow a number the recogniser left alone
_UNIT_TOKENS = (frozenset(u for u in UNIT_SURFACES if " " not in u) | TEMPERATURE_SCALES
                | frozenset(TIME_ABBREVIATIONS))


def find_mentions(span: Span, doc: Doc) -> Iterator[Mention]:
    """Value mentions in a span: numeric entities, number tokens outside them, "a/an + unit".

    Two numbers joined by "to", "for", "-" or "and" ("6,000 to 6,000", "1000 for 1000") are one
    mention, however the entity recogniser cut them; a percentage and a number are not ("rose 1.2
    percent to 4,512.30": a change, then a level).
    """
    found = _written_onto(span)  # token start, token end, label
    covered = {a for a, _, _ in found}
    for e in span.ents:
        if e.label_ in VALUE_ENTS:
            for a, b in _runs(range(e.start, e.end), covered):
                found += stamp_parts(doc, a, b, e.label_)
            covered.update(range(e.start, e.end))
    found += _outside_entities(span, doc, covered)
    found = [
        _with_hedge(doc, a, b, _measured(doc, a, b, label))
        for a, b, label in (
            part for a, b, label in found if not _participants(doc, a, b, label)
            for part in _two_units(doc, *_widen(doc, a, b, label), label))
    ]
    for a, b, label in (part for m in tallies(doc, _merged(doc, sorted(found)))
                        for part in levels(doc, *m)):
        yield _mention(doc, a, b, label)


def _merged(doc: Doc, found: list[tuple[int, int, str]]) -> list[list]:
    """Sorted parts of mentions joined where they are one: a part inside another, a run of date
    parts, two numbers joined by "to", "for", "-", "and" (or "or" between bare numbers), "one in
    five"."""
    merged: list[list] = []
    for a, b, label in found:
        if label == "DATE" and _BETWEEN_NUMBER.fullmatch(doc[a:b].text):
            label = "CARDINAL"  # "between 5" | "and 6 metres", which the recogniser calls a date
        if merged and merged[-1][0] <= a and b <= merged[-1][1]:
            continue  # "2" of "6ft 2in", taken into the height before it
        if merged and merged[-1][0] == a and merged[-1][1] < b:
            merged[-1] = [a, b, label]  # "320-" of "320- to 640-inch", widened from its end
            continue
        if merged and _one_length(doc, merged[-1], a, b):
            merged[-1] = [merged[-1][0], b, "DATE"]  # "14 years" | "and six months": one term
            continue
        if merged and _one_date(doc, merged[-1], a, b, label):
            merged[-1] = [merged[-1][0], b, "DATE"]
            while len(merged) > 1 and _one_date(doc, merged[-2], *merged[-1]):
                merged[-2:] = [[merged[-2][0], merged[-1][1], "DATE"]]
            continue
        if merged and _joins(merged[-1][2], label) and not _units_differ(
                doc[merged[-1][0]:merged[-1][1]].text, doc[a:b].text) and not (
                _PERCENT_END.search(doc[merged[-1][0]:merged[-1][1]].text)
                and not _PERCENT_END.search(doc[a:b].text)):  # "0.5 per cent" + "to 7,412"
            pa, pb, plabel = merged[-1]
            between = doc[pb:a].text.strip(' "“”').lower()
            if plabel == label == "CARDINAL" and share_between(doc, pb, a, b):
                merged[-1] = [pa, b, label]  # "one in five", "one train in every ten": a share
                continue
            # "5 or 6 miles" is a range; "$184 million or $23 million a year" says one twice
            if (between in ("to", "for", "-", "–", "and") or between == "or"
                    and plabel == "CARDINAL") and a - pb <= 3:
                merged[-1] = [pa, b, plabel if plabel != "CARDINAL" else label]
                continue
        merged.append([a, b, label])
    return merged


def _mention(doc: Doc, a: int, b: int, label: str) -> Mention:
    """The mention of tokens a..b, with the "minus" before a bare number, without the sentence's
    full stop a unit written onto the figure took in, and the noun it counts."""
    if label == "CARDINAL" and a > 0 and doc[a - 1].lower_ == "minus":
        a -= 1  # "temperatures were minus 20": the sign is the figure's
    sp = doc[a:b]
    root = sp.root
    if b - a > 2 and _open_figure(doc[a].text) and doc[a + 1].lower_ in _JOINING:
        root = doc[a + 2:b].root  # "two- to three-day truce": the noun of the range's last figure
    noun = "people" if sp.text.lower() in NONE_OF_PEOPLE else counted_noun(root)
    text = sp.text[:-1] if sp.text.endswith(".") and (  # the sentence's full stop
        _DEGREES_ONTO.fullmatch(sp[-1].text)  # "fell to 5C."
        or _unit_end(sp[-1].text[:-1]) in {*SCALE_SUFFIXES, "t"}) else sp.text  # "£100m."
    return Mention(text=text, label=label, start=sp.start_char, end=sp.start_char + len(text),
                   noun=noun, context=_context(doc, a, b), verb=governing_words(sp.root),
                   past=told_in_past(sp.root))


def _written_onto(span: Span) -> list[tuple[int, int, str]]:
    """Figures with their unit or "pc" written onto them, one token each ("15kW", "128GB",
    "12pc"): the recogniser leaves them alone or runs them into the words after ("12pc on")."""
    found = []
    for t in span:
        if _PERCENT_ONTO.fullmatch(t.text):
            found.append((t.i, t.i + 1, "PERCENT"))
        elif _UNIT_ONTO.fullmatch(t.text) or _CASED_ONTO.fullmatch(t.text):
            found.append((t.i, t.i + 1, "QUANTITY"))
        elif _DEGREES_ONTO.fullmatch(t.text):
            minus = t.i > span.start and t.nbor(-1).lower_ == "minus"
            found.append((t.i - minus, t.i + 1, "QUANTITY"))
    return found


def _runs(tokens: range, taken: set[int]) -> list[tuple[int, int]]:
    """The runs of `tokens` not in `taken`, as (start, end)."""
    runs: list[tuple[int, int]] = []
    for i in tokens:
        if i in taken:
            continue
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _word_number_tagged_otherwise(t: Token) -> bool:
    """A number in words the tagger took for an adjective or a name, before the noun it counts
    ("Eleven people died" opening a sentence: "Eleven" an ADJ); "one" is left out ("no one")."""
    return t.like_num and t.is_alpha and t.lower_ != "one" and t.pos_ in ("ADJ", "PROPN", "NOUN") \
        and t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN")


def _outside_entities(span: Span, doc: Doc, covered: set[int]) -> list[tuple[int, int, str]]:
    """Mentions the recogniser left out of its entities: a written date, a clock time, a figure
    with its scale after a currency symbol, figures joined by dashes, a number, "a/an + unit"."""
    found = []
    for t in span:
        if t.i in covered:
            continue
        if WRITTEN_DATE.fullmatch(t.text):
            found.append((t.i, t.i + 1, "DATE"))
        elif _LONE_CLOCK.fullmatch(t.text):
            found.append((t.i, t.i + 1, "TIME"))
        elif _SCALED.fullmatch(t.text) and t.i > 0 and doc[t.i - 1].text in ("$", "€", "£", "¥"):
            found.append((t.i - 1, t.i + 1, "MONEY"))  # "€" + "10bn": the recogniser missed it
        elif t.is_title and t.lower_ in ORDINALS:
            found.append((t.i, t.i + 1, "ORDINAL"))  # "Enters Fifth Day": a headline's
        elif _PART_OF_DECADE.fullmatch(t.lower_):
            found.append((t.i, t.i + 1, "DATE"))  # "in his mid-20s", one token
        elif MAGNITUDE.fullmatch(t.lower_):
            found.append((t.i, t.i + 1, "QUANTITY"))  # "magnitude-6.4", one token
        elif FIGURES_JOINED.fullmatch(t.text):
            found.append((t.i, t.i + 1, "CARDINAL"))  # "7–2": a score the reader tells
        elif _SIGNED.fullmatch(t.text):
            found.append((t.i, t.i + 1, "CARDINAL"))
        elif t.like_num and (t.pos_ == "NUM" or t.i + 1 < len(doc) and doc[t.i + 1].text == "°") \
                or _fraction(t) or _word_number_tagged_otherwise(t):
            found.append((t.i, t.i + 1, "CARDINAL"))  # "-5" + "°C": a sign makes it no NUM; "½"
        elif t.lower_ in ("a", "an") and t.i + 1 < len(doc) and doc[t.i + 1].lemma_ in TIME_UNITS \
                and t.i + 1 not in covered and t.head.i == t.i + 1:
            found.append((t.i, t.i + 2, "TIME"))
        elif width := _none_said(doc, t):
            found.append((t.i, t.i + width, "CARDINAL"))
    return found


def _none_said(doc: Doc, t: Token) -> int:
    """The tokens of a count of none at `t` (0 when there is none): "no one" or "nobody" as a
    clause's subject ("No one was hurt"), "no" right before a casualty noun ("no deaths were
    reported"); not "no immediate reports of injuries", which says nothing was known yet."""
    if t.lower_ in NOBODY and t.dep_ in ("nsubj", "nsubjpass"):
        return 1
    if t.lower_ != "no" or t.i + 1 >= len(doc):
        return 0
    after = doc[t.i + 1]
    if after.lower_ == "one" and after.dep_ in ("nsubj", "nsubjpass"):
        return 2
    casualty = after.lemma_.lower() in NONE_NOUNS
    return 1 if t.dep_ == "det" and t.head.i == after.i and casualty else 0


_BETWEEN_NUMBER = re.compile(r"(?i)between\s+(?:\d{1,3}(?:[.,]\d+)?)")  # a range's first, no year
# a clock time the recogniser left alone ("at 09:56 IST", "11:47:35", "11:41am"); a dotted
# time without am/pm is left to the clock reader ("22.34" is a number unless a zone follows)
_LONE_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:[ap]m)?|\d{1,2}(?:[.:]\d{2})?[ap]m", re.I)
# a number with its sign written onto it ("-5", "−12", "+3.5"): the tagger reads it as a verb or
# a name, never a number
_SIGNED = re.compile(r"[-−+]\d[\d,]*(?:\.\d+)?")
# the words of a unit a signed number's entity would have taken in ("-5 degrees", "-3.5 percent")
_SIGNED_UNITS = frozenset({"degree", "degrees", "percent", "pct"})
# a figure with its scale written onto it ("10bn", "2.5M")
_SCALED = re.compile(rf"\d[\d,.]*(?:{'|'.join(SCALE_SUFFIXES)})", re.I)
# the parts a whole number is followed by ("two and a half", "three and a quarter")
_HALVES = frozenset({"half", "quarter"})
# a figure with a unit written onto it ("15kW", "100Mbps", "5ft"); one-letter units are left
# out ("20m" is as often 20 million as 20 metres)
_UNIT_ONTO = re.compile(
    r"\d[\d,]*(?:\.\d+)?(?:"
    + "|".join(sorted((u for u in UNIT_SURFACES if len(u) > 1 and u.isalpha()), key=len,
                      reverse=True))
    + ")", re.I)
# the same, with a symbol read only in its case ("512MB", "955mb": CASED_UNITS)
_CASED_ONTO = re.compile(r"\d[\d,]*(?:\.\d+)?(?:" + CASED_ALTERNATION + ")")
# a temperature with its scale's capital written onto it ("45C", "-5C", "113F"; `units`)
_DEGREES_ONTO = re.compile(r"[-−]?\d[\d,]*(?:\.\d+)?[CF]\.?")
# the words that join two figures into a range or a list
_JOINING = frozenset({"to", "and", "or"})
# a percentage's sign or word at the end of a mention's part ("0.5 per cent", "12%", "3 pct")
_PERCENT_END = re.compile(r"(?:%|\bper\s?cent|\bpercent|\bpct|\d\s?pc)\s*$", re.I)
# the unit words a mention ends in, after its figure ("44 ml", "4 cubic kilometers", "4km^3")
_UNIT_WORDS = re.compile(r"\d\s*([a-z][a-z^\d/ ]*?)\s*$", re.I)
# a height in feet and inches written with hyphens ("5-foot-8", "6-feet-2"): it ends in a figure,
# but its unit is the foot
_FEET_INCHES = re.compile(r"\d\s*-\s*(foot|feet)\s*-\s*\d{1,2}$", re.I)
# a percentage with "pc" or "pct" written onto it, as British and wire copy do ("12pc")
_PERCENT_ONTO = re.compile(r"\d[\d,]*(?:\.\d+)?p(?:c|ct)", re.I)
# the first figure of a range written "8- to 10-foot" or "two- to three-day"
_OPEN_END = re.compile(r"(?:\d[\d,.]*|[a-z]+)-", re.I)
# a clock time inside a date's entity ("March 13, 2013 02:15", "August 7, 2012-5:46 pm")


def _one_date(doc: Doc, first: list, a: int, b: int, label: str) -> bool:
    """Whether two mentions next to each other are pieces of one date the recogniser cut
    ("Monday" | "12" | "October 2020"): together, with at most a comma between, they read as
    one date, and one of them is a date already."""
    pa, pb, plabel = first
    if not ({plabel, label} <= {"DATE", "CARDINAL"} and "DATE" in (plabel, label)
            and 0 <= a - pb <= 1 and all(t.text == "," for t in doc[pb:a])):
        return False
    try:
        return read_date(doc[pa:b].text.lower(), None) is not None
    except ValueError:  # "31 June 2025": pieces that make no day
        return False


def _one_length(doc: Doc, first: list, a: int, b: int) -> bool:
    """Whether two mentions joined by "and" or a comma are one length of time in two units, the
    larger first ("14 years" | "and six months"; "three years, four months"), which the
    recogniser cut in two (`durations.compound_seconds` reads it whole)."""
    pa, pb, _ = first
    if not 1 <= a - pb <= 2 or doc[pb:a].text.replace(" ", "") not in ("and", ",", ",and"):
        return False
    number_at = next((k for k in range(pa, pb) if _numeric(doc[k]) or doc[k].like_num), pb - 1)
    return any(compound_seconds(doc[k:b].text.lower()) is not None
               for k in range(pa, number_at + 1))


def _joins(first: str, second: str) -> bool:
    """Whether two mentions of these labels may be one range: no dates or ordinals, and a
    percentage only with a percentage."""
    return (first not in ("DATE", "ORDINAL") and second not in ("DATE", "ORDINAL")
            and (first == "PERCENT") == (second == "PERCENT"))


def _two_units(doc: Doc, a: int, b: int, label: str) -> list[tuple[int, int, str]]:
    """A mention split at a joining word between two figures in two units ("44 ml to 50 mg"
    taken as one by the recogniser: two figures); a joining word it ends in left out ("10 km
    and")."""
    while b - a > 1 and doc[b - 1].lower_ in _JOINING:
        b -= 1
    for k in range(a + 1, b - 1):
        if doc[k].lower_ in _JOINING and _units_differ(doc[a:k].text, doc[k + 1:b].text):
            return [(a, k, label), (k + 1, b, label)]
    return [(a, b, label)]


def _units_differ(first: str, second: str) -> bool:
    """Whether two mentions each end in a unit, and not the same one: "from 44 ml to 50 mg",
    "4 km2 and 4 square miles", "5-foot-8 and 130 pounds" are two figures, not one range ("44
    to 50 mg", "10 mg to 20 mg" are one)."""
    said = [u.group(1).lower() for t in (first, second)
            if (u := _UNIT_WORDS.search(t) or _FEET_INCHES.search(t))]
    if _UNIT_WORDS.search(first) and re.fullmatch(r"[\d.,]+", second.strip()):
        return True  # "crested at 8.7 metres and 23 died": a range says its unit last
    return len(said) == 2 and len({UNIT_SURFACES.get(s, s) for s in said}) == 2


def _participants(doc: Doc, a: int, b: int, label: str) -> bool:
    """"The two sides", "the two delegations": a small number in a definite description names who
    takes part; it is not a figure to check. A larger one is ("the 288 candidates", "the five
    young men")."""
    if label != "CARDINAL" or b - a != 1 or not _small(doc[a].lower_):
        return False
    noun = doc[a].head
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those", "both") for c in noun.children
    )


def _widen(doc: Doc, a: int, b: int, label: str) -> tuple[int, int]:
    """Take back what the recogniser cut off a mention: a scale suffix ("€2" + "m", "2" + "mn
    euros"), a unit ("100" + "mph"), a temperature's scale, and before it a month ("Aug" +
    "7, 2012"; `_widen_left`)."""
    if 2 < b < len(doc) and doc[b - 1].lower_ == "a" and doc[b - 2].lower_ == "and" \
            and doc[b].lower_ in _HALVES:
        b += 1  # "one and a" + "half"
    if b < len(doc) and doc[b - 1].like_num and doc[b].lower_ in FRACTIONS:
        b += 1  # "exactly one" + "sixth", "three" + "halves": parts of a whole
    suffix = doc[b].text.rstrip(".") if b < len(doc) else ""  # "£100" + "m." ending a sentence
    if b < len(doc) and doc[b - 1].like_num and (
            suffix.lower() in SCALE_SUFFIXES or suffix == "T" and label == "MONEY") and (
            not doc[b - 1].whitespace_ or len(suffix) > 1):
        b += 1  # "$1.2" + "T": a trillion
    if b + 1 < len(doc) and _numeric(doc[b - 1]) and doc[b].text == "°" \
            and doc[b + 1].lower_ in TEMPERATURE_SCALES:
        b += 2  # "38" + "°C"
    if b < len(doc) and _SIGNED.fullmatch(doc[b - 1].text) and doc[b].lower_ in _SIGNED_UNITS:
        b += 1  # "-5" + "degrees": the recogniser's entity would have taken them in
    if b < len(doc) and ((_numeric(doc[b - 1]) or _fraction(doc[b - 1]) or _and_a_half(doc, b))
                         and (doc[b].lower_ in _UNIT_TOKENS or doc[b].text in CASED_UNITS)
                         or doc[b - 1].lower_ in ("degree", "degrees", "°")
                         and doc[b].lower_ in TEMPERATURE_SCALES):
        b += 1  # "more than 100" + "mph", "113 degrees" + "Fahrenheit"
    if b + 1 < len(doc) and _numeric(doc[b - 1]) and doc[b].text == "-" \
            and doc[b + 1].lower_ in _UNIT_TOKENS:
        b += 2  # "a 15" + "-" + "centimetre borehole": the recogniser left the unit out
    if label == "CARDINAL" and b < len(doc) and doc[b - 1].like_num \
            and doc[b].lemma_.lower() in TIME_UNITS:
        b += 1  # "over past 48" + "hours'": a length of time the recogniser left out
    if b + 1 < len(doc) and doc[b - 1].lower_ in _UNIT_TOKENS and doc[b].lower_ in ("per", "an") \
            and doc[b + 1].lower_ in ("hour", "second"):
        b += 2  # "up to 80 miles" + "per hour": a speed
    if b + 1 < len(doc) and doc[b - 1].lower_ in _UNIT_TOKENS and doc[b].text == "/" \
            and doc[b + 1].lower_ in ("h", "hr", "s"):
        b += 2  # "90 km" + "/" + "h" when a comma follows (the tokenizer splits them then)
    comma = int(b < len(doc) and doc[b].text == ",")  # "5 feet" + ", 4 inches"
    if b + comma + 1 < len(doc) and doc[b + comma].like_num and doc[
            b + comma + 1].lower_ in COMPOUND_UNITS.get(
            UNIT_SURFACES.get(_unit_end(doc[b - 1].text), ""), {}):
        b += comma + 2  # "6ft" + "2in", "7 lb" + "3 oz": one height, one weight
    if b + 1 < len(doc) and doc[b - 1].like_num and doc[b].text == "-" \
            and _HEIGHT_END.fullmatch(doc[b + 1].text):
        b += 2 + (b + 2 < len(doc) and doc[b + 2].lower_ in ("in", "inch", "inches"))
        # "6" + "-" + "foot-2": a height in feet and inches, as sports pages write it
    return _widen_left(doc, a, b, label), b


def _widen_left(doc: Doc, a: int, b: int, label: str) -> int:
    """Where a mention starts once what the recogniser cut off before it is taken back: a month
    before a day, the first figure of a range whose unit comes after the second."""
    month = a - 1 - (a > 1 and doc[a - 1].text == ".")  # "MAR" "." + "14, 2013"
    if a > 0 and doc[a].like_num and doc[month].lower_.rstrip(".") in MONTHS and (
            label == "DATE" or _day_number(doc, a, b, label)):
        a = month  # "Aug" + "7, 2012"; "Mar" + "4": a day of a month, not a count
    if a > 1 and doc[a - 1].lower_ in _JOINING and _open_figure(doc[a - 2].text):
        a -= 2  # "8-" + "to" + "10-foot": a range whose first figure waits for the unit
    return a


def _numeric(t: Token) -> bool:
    """Whether a token is a number, a signed one too ("−12": not `like_num` with a minus sign)."""
    return t.like_num or bool(_SIGNED.fullmatch(t.text))


def _open_figure(text: str) -> bool:
    """Whether a token is the first figure of a range waiting for its unit ("8-", "two-")."""
    return bool(_OPEN_END.fullmatch(text)) and number(text[:-1]) is not None


def _measured(doc: Doc, a: int, b: int, label: str) -> str:
    """A mention's label, QUANTITY when it ends in a unit the recogniser took for a date's
    ("two and a half" as a DATE, then "miles"), DATE when it is a month and a day ("Mar 4")."""
    if label == "CARDINAL" and doc[a].lower_.rstrip(".") in MONTHS:
        return "DATE"  # a day number `_widen` took its month back to
    return "QUANTITY" if label == "DATE" and doc[b - 1].lower_ in UNIT_SURFACES else label


def _day_number(doc: Doc, a: int, b: int, label: str) -> bool:
    """Whether a one-token number could be a day of a month ("4" of "Mar 4")."""
    return label == "CARDINAL" and b - a == 1 and doc[a].text.isdigit() \
        and 1 <= int(doc[a].text) <= 31


def _and_a_half(doc: Doc, b: int) -> bool:
    """Whether a mention ends "... and a half" ("two and a half" + "miles")."""
    return b > 3 and doc[b - 1].lower_ in _HALVES and doc[b - 2].lower_ == "a" \
        and doc[b - 3].lower_ == "and" and doc[b - 4].like_num


def _fraction(t: Token) -> bool:
    """Whether a token is a fraction typed as one character ("½", "2½"), which is no number to
    the tagger."""
    return t.text[-1] in VULGAR_FRACTIONS and (len(t.text) == 1 or t.text[:-1].isdigit())


def _unit_end(text: str) -> str:
    """The unit a token ends with: itself ("ft"), or what is written onto a figure ("6ft")."""
    return re.sub(r"^\d[\d,.]*", "", text).lower()


def _small(word: str) -> bool:
    """Whether a number word or numeral names a handful of parties (two, three)."""
    return word in ("two", "three", "both", "2", "3")


def _with_hedge(doc: Doc, a: int, b: int, label: str) -> tuple[int, int, str]:
    """Extend a mention over a hedge right before it ("a little over" + "an hour"); not over one
    before a period named with "the" ("within | the first 100 days", "over | the past week")."""
    if doc[a].lower_ == "the":
        return a, b, label
    for k in (4, 3, 2, 1):
        if a - k >= 0 and " ".join(t.lower_ for t in doc[a - k:a]) in HEDGES:
            return a - k, b, label
    return a, b, label


def _context(doc: Doc, start: int, end: int) -> tuple[str, str]:
    """Words around a mention, for the value reader's cues ("later than scheduled", "each")."""
    before = doc[max(0, start - 12):start].text
    after = doc[end:min(len(doc), end + 6)].text
    return before, after
