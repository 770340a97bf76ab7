"""Whose figure: the people a claim names, and the person an age is of.

"Doe, 91," is Doe's age; "the 36-year-old champion Okafor" Okafor's; "a 61-year-old man" an
unnamed man's (which man is not known); whose a deal, a sum or a prison term is (`party`).
`concepts` asks these questions of a value, and `measurerows` asks which people a claim calls
by a noun ("actress Ada Voss").
"""

from __future__ import annotations

import re

from .claims import Claim
from .lexicon import PRONOUNS, UNCOUNTED_NOUNS
from .measurewords import CLAUSE_MARK, NAME_AFTER_BREAKS, words
from .names import given_name, surname
from .settings import LIMITS
from .values import Value

# the subject of an age said of a person the claim does not name ("a 61-year-old man"): rows of
# such subjects make possible discrepancies only
UNNAMED = "unnamed "

# capitalised words going on right after a name: the rest of it ("Jane" | "Doe")
NAME_GOES_ON = re.compile(r"(?:\s+[A-Z][\w'’-]*)*")
# a name in a headline's capitals right before its death, which the recogniser often misses
# ("Actress Ada Voss Dies At 91"): whose age it is
HEADLINE_DEATH = re.compile(r"\b[A-Z][\w'’-]*\s+([A-Z][\w'’-]+)\s+(?:Dies|Died|Dead)\b")
# a name written right after an age and up to two words it is said with ("the 36-year-old
# champion Okafor", "40-year-old Lund's"): whose age it is, when the recogniser saw a name there
AGE_THEN_NAME = re.compile(
    r"^((?:\s+[a-z][\w-]*){0,2})\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)((?:\s+[a-z][\w-]*){0,2})")
# a name set off between commas right after the noun an age is said of ("the 61-year-old
# governor, Helena Strand, said", "the 52-year-old mayor of Kelton, Ann Roe,"): the name is the
# noun's, so the age is the named person's
NOUN_THEN_NAME = re.compile(
    r"^((?:\s+[a-z][\w-]*){1,3}(?:\s+of(?:\s+[A-Z][\w'’-]*)+)?),\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s*,")
# a verb laying a sum on someone, and who ("fined Tom Hale", "ordered Hale to pay", "awarded
# Kelton Corp"): the sum is theirs, whoever laid it (`party`)
LAID_ON = re.compile(r"\b(?:fined|ordered|awarded|billed)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|"
                     r"him|her|them|it)\b(?:,\s*\d{1,3},)?(?:\s+to\s+pay)?[^.;]{0,30}$")
# endings of the words for a people ("American", "Ukrainian", "Japanese", "Somali", "French"),
# which the recogniser tags as names but which say where a person is from, not who
DEMONYM_END = re.compile(r"(?:an|ese|ish|ch|i)$")
# labels of names that are places, not people ("the 61-year-old Vancouver man")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# the labels the recogniser gives a person's name it misreads ("Jane Doe died at 85": an
# organisation); an age said in a claim naming no person is of such a name
MISREAD_PEOPLE = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})

# the word right before a name, a title it goes by ("actress Ada Voss"), and a noun set off
# after a name ("Ada Voss, the actress", "Tom Okafor, a 61-year-old former employee") or said of
# it ("Ada Voss, who is a mother of two", "Ada Voss is a nurse"); kin set off after a name only
# by "his", "her" or "their" ("Ivo Doe, his son"): "Ada Voss, a mother of two" is no one's kin
TITLE_BEFORE = re.compile(r"\b([a-z][a-z-]+),?\s+$", re.I)  # "her stepson, Ivo Doe"
NOUN_SET_OFF = re.compile(
    r"(?:\s*,\s+(?:who\s+(?:is|was)\s+)?|\s+(?:is|was)\s+)(?:a|an|the|his|her|their)\s+"
    r"((?:[a-z0-9][\w-]*)(?:\s+[a-z][\w-]*){0,2})")
KIN_SET_OFF = re.compile(r"\s*,\s+(?:his|her|their)\s+((?:[a-z][\w-]*)(?:\s+[a-z][\w-]*){0,2})")
# a claim opening with one capitalised word, then "is" or "was", then the age: that word is the
# name ("Orozco was 27 years old when he was arrested")
NAME_IS_AGE = re.compile(r"([A-Z][a-z][\w'’-]*)\s*,?\s+(?:is|was)\s+$")
# an age written before the noun it is said of ("the 40-year-old American"): that noun's age
ATTRIBUTIVE = re.compile(r"(?:year|yr)s?[\s-]+old$", re.I)
# what stands between a name and the age set off after it ("Doe, 61", "Doe, age 61", "Doe III,
# a 61-year-old grandmother")
SET_OFF = re.compile(r"(?:\s+(?:jr|sr|ii|iii|iv)\.?)?\s*,\s*(?:(?:aged?|a|an|the|both)\s*)?$",
                     re.I)


def named_people(claim: Claim, labels: set[str] | frozenset[str]) -> list[tuple[int, str]]:
    """Where the claim names each entity of these labels, and its surname."""
    named = [(t.strip(" -–—"), label) for t, label in claim.entities]  # "Jane Doe -": a dash
    return [(claim.quote.find(t), name) for t, label in named
            if label in labels and (name := full_surname(t, claim.quote))]


def one_person(claim: Claim) -> str:
    """The surname of the one person a claim names ("" for none or several)."""
    people = {name for _, name in named_people(claim, {"PERSON"})}
    return people.pop() if len(people) == 1 else ""


def full_surname(name: str, quote: str) -> str:
    """A name's last word, with the capitalised words right after it in the quote that the
    recogniser left out ("Jane" of "Jane Doe"), and without the words a headline in capitals
    lets it take in ("Jane Doe Dies" is Doe)."""
    at = quote.find(name)
    if at >= 0:
        name += NAME_GOES_ON.match(quote, at + len(name)).group()  # type: ignore[union-attr]
    return surname(name)


def party(claim: Claim, before: str) -> str:
    """Whose a deal or a sum is: the one a verb just before it lays it on ("Judge Ann
    Roe fined Tom Hale $250,000", "ordered Hale to pay": Hale's, not the judge's; "fined him":
    unsaid), else the one person the claim names, else the person named just before the value in
    its clause (`party_before`); "" for none."""
    if laid := LAID_ON.search(before):
        return _named(claim, laid.group(1))
    return one_person(claim) or party_before(claim, before)


def _named(claim: Claim, name: str) -> str:
    """How a party a sum is laid on is keyed: a person by surname ("Tom Hale": "hale"), anyone
    else by the name's first word ("Kestrel Chemicals": "kestrel", as "Kestrel" alone); a pronoun
    says nobody ("")."""
    if name.lower() in PRONOUNS:
        return ""
    person = any(label == "PERSON" and name in text for text, label in claim.entities)
    return full_surname(name, claim.quote) if person else name.split()[0].lower()


def party_before(claim: Claim, before: str) -> str:
    """The surname of the person named last before a value, in its clause and at most
    `LIMITS.concept_window` words before it ("signed Ada Voss to an $8 million deal" among
    other names); "" for none."""
    clause = CLAUSE_MARK.split(before)[-1]
    named = [(clause.rfind(t), t) for t, label in claim.entities
             if label == "PERSON" and t in clause]
    if not named:
        return ""
    (at, name), *others = sorted(named, reverse=True)
    if len(words(clause[at + len(name):])) > LIMITS.concept_window or any(
            re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*", clause[where + len(o):at])
            for where, o in others):
        return ""  # too far, or the last of a list of names ("Doe and Roe agreed a deal")
    return full_surname(name, claim.quote)


def called(claim: Claim, nouns: set[str] | frozenset[str],
           set_off: re.Pattern[str] = NOUN_SET_OFF,
           people: set[str] | frozenset[str] = frozenset()) -> set[tuple[str, str, str]]:
    """The people a claim calls by one of `nouns`, as (noun, surname, given name or ""): the
    noun as a title right before the name ("actress Ada Voss", "former employee Tom Okafor"), or
    after it as `set_off` reads it ("Ada Voss, the actress", "Ada Voss, who is a nurse"; kin
    with `KIN_SET_OFF`: "Tom Okafor, his son"). A name the recogniser labels otherwise counts
    when its surname is among `people` (the corpus names that person elsewhere)."""
    out = set()
    for text, label in claim.entities:
        where = claim.quote.find(text)
        if where < 0 or not (name := full_surname(text, claim.quote)) or not (
                label == "PERSON" or name in people and label not in PLACE_LABELS):
            continue
        before = TITLE_BEFORE.search(claim.quote[:where])
        after = set_off.match(claim.quote[where + len(text):])
        said = (before.group(1) if before else "") + " " + (after.group(1) if after else "")
        out |= {(w, name, given_name(text)) for w in said.lower().split() if w in nouns}
    return out


def written_as_name(name: str, quote: str) -> bool:
    """Whether a word is written as a name in the quote ("Doe", "LaSalle", not "the actress")."""
    return any(m.group()[0].isupper()
               for m in re.finditer(rf"\b{re.escape(name)}\b", quote, re.I))


def age_subject(claim: Claim, v: Value) -> str:
    """Whose age: the name it is set beside ("Doe, 91," gives the value the noun "doe"), else the
    one person the claim names, else the person the claim opens with ("Jane Doe, a swimmer
    turned actress, dies at 91"). A person the claim does not name is the noun the age is said
    of ("a 61-year-old man"), marked UNNAMED: which man is not known."""
    noun = (v.noun or "").lower()
    people = named_people(claim, {"PERSON"})
    if not people and not ATTRIBUTIVE.search(v.text):  # "a 61-year-old man": the man's
        people = named_people(claim, MISREAD_PEOPLE)
    at = v.start - claim.start
    named = {p for _, p in people} | ({noun} if noun.isalpha() else set())
    beside = [name for name in named if _set_beside(claim, name, at)]
    if len(beside) == 1:
        written = written_as_name(beside[0], claim.quote)
        if written or beside[0] not in UNCOUNTED_NOUNS:
            # "Doe, 91," (the value's noun); "Sharron Smith, age 61," among others; "the
            # actress, 26," an unnamed actress's
            return beside[0] if written else UNNAMED + beside[0]
    if apposed := _apposed_name(claim, v):
        return apposed
    found = _name_after(claim, v)
    said_of_noun = _name_of_noun(claim, v, found)  # "the 39-year-old Troy man": no person's name
    if after := _named_after(claim, v, found, said_of_noun):
        return after
    if ATTRIBUTIVE.search(v.text) and noun.isalpha() and noun not in UNCOUNTED_NOUNS \
            and not any(_named_next(claim, v, where) and p != said_of_noun for where, p in people):
        return UNNAMED + noun  # "X beat Y, stopping the 40-year-old American": not X's age
    if len({p for _, p in people}) == 1:
        return people[0][1]
    if (subject := NAME_IS_AGE.search(claim.quote[:at])) \
            and (said := subject.group(1).lower()) in {p for _, p in people}:
        return said  # "Kelton mayor Ann Roe is 63": the one named right before "is"
    opening = [p for where, p in sorted(people)
               if 0 <= where and len(words(claim.quote[:where])) < LIMITS.subject_words]
    if opening:
        return opening[0]
    if not people and (headline := HEADLINE_DEATH.search(claim.quote)):
        return headline.group(1).lower()
    if not people and (subject := NAME_IS_AGE.match(claim.quote[:at])) \
            and subject.group(1).lower() not in PRONOUNS:
        return subject.group(1).lower()  # "Orozco was 27 years old": the recogniser saw no name
    return UNNAMED + noun if noun.isalpha() and noun not in UNCOUNTED_NOUNS else ""


def _set_beside(claim: Claim, name: str, at: int) -> bool:
    """Whether an age at `at` in the claim is set off right after a name or a noun ("Doe, 91,",
    "the actress, 26,")."""
    return bool(re.search(rf"\b{re.escape(name)}{SET_OFF.pattern}", claim.quote[:at], re.I))


def _named_after(claim: Claim, v: Value, found: re.Match[str] | None, said_of_noun: str) -> str:
    """The surname written right after an age, or after the noun the age is said of ("the
    36-year-old champion Okafor": "okafor"), when the recogniser took it for a name of any kind
    (it often tags a surname a people or a company) that is neither a place nor the word for a
    people ("the 40-year-old American"), nor a word said of the noun ("the 39-year-old Troy
    man", "a 15-year-old Greek boy": `said_of_noun`). `found`: the name after it
    (`_name_after`)."""
    if found is None:
        return ""
    noun = (v.noun or "").lower().rstrip("s")
    between = found.group(1).split()
    if between and between[-1].rstrip("s") != noun or said_of_noun:
        return ""  # "a woman from Warren"; "the Troy man"
    name = re.sub(r"['’]s$", "", found.group(2))
    labels = {label for text, label in claim.entities if name in text or text in name}
    if not labels or labels & PLACE_LABELS or (
            "NORP" in labels and DEMONYM_END.search(name.lower())):
        return ""
    return full_surname(name, claim.quote)


def _name_after(claim: Claim, v: Value) -> re.Match[str] | None:
    """A name written right after an age, with up to two words on either side of it."""
    at = v.end - claim.start
    return AGE_THEN_NAME.match(claim.quote[at:]) if 0 <= at <= len(claim.quote) else None


def _apposed_name(claim: Claim, v: Value) -> str:
    """The person named between commas right after the noun an age is said of ("the
    61-year-old governor, Helena Strand, said": "strand"), when the recogniser calls the name a
    person's; "" for none."""
    noun = (v.noun or "").lower()
    at = v.end - claim.start
    found = NOUN_THEN_NAME.match(claim.quote[at:]) if noun and 0 <= at else None
    if found is None or noun not in found.group(1).lower().split():
        return ""
    name = found.group(2)
    if not any(label == "PERSON" and (name in text or text in name)
               for text, label in claim.entities):
        return ""
    return full_surname(name, claim.quote)


def _name_of_noun(claim: Claim, v: Value, found: re.Match[str] | None) -> str:
    """The name right after an age when it is said of the noun after it ("a 66-year-old Kelton
    woman", "the 39-year-old Troy man": "kelton", "troy"), as `named_people` gives it; the age
    is the noun's, whatever the recogniser calls the name. "" for none. `found`: the name
    after the age (`_name_after`)."""
    noun = (v.noun or "").lower().rstrip("s")
    if found is None or found.group(1).split() or not noun or noun not in (
            w.rstrip("s") for w in (found.group(3) or "").split()):
        return ""
    return full_surname(re.sub(r"['’]s$", "", found.group(2)), claim.quote)


def _named_next(claim: Claim, v: Value, where: int) -> bool:
    """Whether a name at `where` in the claim comes right after an age, within
    `LIMITS.name_after_age` words of it, with no preposition between (the name after "the
    26-year-old actress checked into" or "the 27-year-old son of" is another's)."""
    end = v.end - claim.start
    if where < end:
        return False
    between = [w for w, _ in words(claim.quote[end:where])]
    return len(between) <= LIMITS.name_after_age and not set(between) & NAME_AFTER_BREAKS

