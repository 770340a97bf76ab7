"""Names: one form for the spellings of a name across a corpus.

Decides when two words are one name (Zelensky / Zelenskyy / Zelenskiy, Erdoğan / Erdogan: same
first letters, close spelling) and when a demonym stands for a place the corpus names
("Ukrainian" → "ukraine"). Grouping compares names in the form this module gives them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from itertools import chain, takewhile

from rapidfuzz import fuzz

from .claims import Claim
from .lexicon import IRREGULAR_DEMONYMS, NAME_TAIL_WORDS
from .settings import LIMITS

# a word of a name in the one form names are compared in ("Kyiv" → "ukraine": `name_form`)
NameForm = Callable[[str], str]


def fold(text: str) -> str:
    """Lower case without accents, an abbreviation without its points ("Erdoğan" → "erdogan",
    "U.S." → "us")."""
    text = text.lower() if text.isascii() else _unaccented(text)
    return _ABBREVIATION.sub(lambda m: m.group().replace(".", ""), text) if "." in text else text


# letters with points after each ("u.s.", "d.c.", "u.k"): one abbreviation
_ABBREVIATION = re.compile(r"\b(?:[a-z]\.){1,3}[a-z]\.?(?![a-z])")


@lru_cache(maxsize=1 << 16)
def _unaccented(text: str) -> str:
    """`fold` of a text with letters beyond ASCII (looked up once: normalising is slow)."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c)
    )


def surname(name: str) -> str:
    """A person's last name, in lower case: the last word before any word a headline in capitals
    runs into the name ("Jane Doe Dies At 91", "Jane Doe Retires": doe); a dash the recogniser
    took into the name ("Jane Doe -") is no word of it."""
    said = [w for w in name.lower().split() if any(c.isalpha() for c in w)]  # not a "-"
    kept = list(takewhile(lambda w: w not in NAME_TAIL_WORDS, said))
    return (kept or said or [""])[-1]


def given_name(text: str) -> str:
    """The first name of a person's name of two words or more, in lower case ("" for a surname
    alone or an initial: "J. Doe")."""
    said = text.split()
    first = said[0].lower() if len(said) > 1 else ""
    return first if len(first) > 2 and first.isalpha() else ""


def name_map(claims: Sequence[Claim], named: Counter | None = None) -> dict[str, str]:
    """Spelling variants of one name to one form (Zelensky / Zelenskyy / Zelenskiy). `named`:
    the claims' entities counted, when the caller has them."""
    # each entity once, with how often the claims name it: names recur, and a million claims
    # would fold the same texts millions of times
    if named is None:
        named = Counter(chain.from_iterable(c.entities for c in claims))
    words: dict[str, int] = defaultdict(int)
    for (text, label), count in named.items():
        if label in ("PERSON", "ORG", "GPE"):
            for w in fold(text).split():
                if len(w) >= LIMITS.name_min_length:
                    words[w] += count
    by_prefix: dict[str, list[str]] = defaultdict(list)  # variants share their first four letters
    k = LIMITS.name_prefix
    for w in sorted(words):
        by_prefix[w[:k]].append(w)
    canon: dict[str, str] = {}
    for w in sorted(words, key=lambda x: (-words[x], x)):
        if w in canon:
            continue
        canon[w] = w
        for v in by_prefix[w[:k]]:
            if v not in canon and fuzz.ratio(v, w) >= LIMITS.name_ratio:
                canon[v] = w
    places: dict[str, list[str]] = defaultdict(list)
    for p in sorted({fold(t) for t, label in named if label == "GPE" and " " not in t}):
        places[p[:k]].append(p)
    named_places = {p for near in places.values() for p in near}
    peoples = {fold(t) for t, label in named if label == "NORP"}
    for w in list(words) + sorted(peoples):
        near = places.get(w[:k])  # most words share their first letters with no place
        if near and (country := demonym_of(w, near, people=w in peoples)):
            canon[w] = canon.get(country, country)
        elif (country := IRREGULAR_DEMONYMS.get(w, "")) in named_places:
            canon[w] = canon.get(country, country)  # "spanish" when the corpus names Spain
    return canon


def demonym_of(word: str, places: Sequence[str], *, people: bool = False) -> str | None:
    """The place a demonym names, when the corpus names that place ("ukrainian" → "ukraine",
    "turkish" → "turkey", "egyptians" → "egypt"); None otherwise. `people`: the word is known
    to name a people, so "iraqis" is a plural too (a name such as "Francis" is not)."""
    if word.endswith("ans") or people and word.endswith("is"):
        word = word[:-1]  # a people's plural: "egyptians", "iraqis"
    for suffix in ("ian", "ean", "an", "ese", "ish", "i", "n"):
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and len(stem) >= 4:
            hits = [
                p for p in places if p != word and p.startswith(stem) and len(p) - len(stem) <= 2
            ]
            if hits:
                return hits[0]
    return None


def name_form(claims: Sequence[Claim], aliases: Mapping[str, str],
              named: Counter | None = None) -> NameForm:
    """One form for a word of a name across a corpus and its aliases: spelling variants,
    demonyms, "Moscow" → "russia" by aliases.csv. Grouping and `check` compare names in it
    (`named`: see `name_map`)."""
    variants = name_map(claims, named)
    alias = {fold(k): fold(v) for k, v in aliases.items()}

    def form(word: str) -> str:
        w = fold(word)
        w = alias.get(w, w)
        return variants.get(w, w)

    return form
