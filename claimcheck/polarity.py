"""Polarity: whether a source says the opposite of a checked claim.

Two claims say opposite things of one action when one is negated and the other not ("did not
reject" / "rejected"), when they use opposite predicates (`OPPOSITE_PREDICATES`: "accepted" /
"rejected"), or when one denies what the other states: "The ministry denied that troops crossed
the border", "Officials rejected claims that the dam failed" say the troops did not cross, the
dam did not fail (`DENIAL_VERBS`). Two of these cancel out: "did not accept" backs "rejected",
and "Russia denied that it rejected the ceasefire" backs "Russia accepted the ceasefire".

A claim is also said the other way round (`turned`: "Three guards survived" -> "Three guards
died"), so that `check` finds sources saying the opposite in words that match the claim poorly
("the blaze killed three guards").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from lemminflect import getAllInflections, getAllLemmas, getInflection

from .actionwords import DENIAL_FORMS, DENIAL_VERBS, DENIED_NOUNS, DONE_TO, FALSE_WORDS
from .claims import Claim
from .eventtime import dated_at
from .lexicon import BEFORE_PARTICIPLE, OPPOSITE_PREDICATES, OPPOSITE_ROWS, VOUCHING_VERBS
from .measurewords import CONCEPT_WORDS
from .similarity import opposed, predicate_words
from .values import Value, compare


def _words(words: frozenset[str]) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# who a denial was made to, where or when ("denied to reporters on Monday that …", "rejected in a
# statement claims that …"): up to two short phrases between the verb and what it denies
_SAID_WHERE = r"(?:(?:to|in|on|at|during|via|through)\s+(?:[\w.'’-]+\s+){1,5}?){0,2}"
# "denied that …", "rejected claims that …", "dismissed as false reports that …"
DENIAL = re.compile(
    rf"\b(?:{_words(DENIAL_FORMS)})\s+{_SAID_WHERE}(?:as\s+(?:{_words(FALSE_WORDS)})\s+)?"
    rf"(?:(?:the|media|news|press|{_words(FALSE_WORDS)})\s+)*(?:(?:{_words(DENIED_NOUNS)})\s+)?"
    r"that\b", re.I)
# "denied killing two co-workers", "denies ever taking a bribe": a denial of what the -ing form
# after it says was done (only "deny" takes one; "rejected killing" does not deny a killing)
DENIED_DOING = re.compile(
    r"\bden(?:y|ies|ied|ying)\s+(?=(?:ever\s+|having\s+)?[a-z]+ing\b)", re.I)
# "it was denied that …", "It has been denied by her publicist that …"
IMPERSONAL_DENIAL = re.compile(
    rf"\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:{_words(DENIAL_FORMS)})\b", re.I)
# "Troops crossed the border, the ministry denied.", "…, her agent denied to the Herald on Friday":
# the statement before the comma, denied by a speaker of a few words after it, at the end
TRAILING_DENIAL = re.compile(
    r",\s+(?!(?:and|but|or|while|although)\b)(?:[\w.'’-]+\s+){1,6}?"
    rf"(?:{_words(DENIAL_FORMS)})\s*{_SAID_WHERE}(?:(?:to|in|on|at)\s+[\w.'’ -]+)?[.!]?\s*$",
    re.I)
# the words of a denial that are no part of what it denies
_DENIAL_WORDS = DENIAL_VERBS | DENIED_NOUNS | FALSE_WORDS


def denies(claim: Claim) -> bool:
    """Whether a claim denies the statement it holds ("X denied that P": it says not-P; with a
    negation, "did not deny that P", the two cancel out in `opposite`)."""
    return denied_text(claim) is not None


def denied_text(claim: Claim) -> str | None:
    """The statement a claim denies, as written ("X denied that troops crossed the border",
    "Troops crossed the border, X denied": "troops crossed the border"); None when it denies
    none (see `denies`)."""
    found = (DENIAL.search(claim.quote) or IMPERSONAL_DENIAL.search(claim.quote)
             or DENIED_DOING.search(claim.quote))
    if found is None:
        trailing = TRAILING_DENIAL.search(claim.quote)
        if trailing is None:
            return None
        return claim.quote[:trailing.start()].strip(" \"“”'") or None
    tail = claim.quote[found.end():].strip(" ,:;\"“”'")
    if tail.lower().startswith("that "):
        tail = tail[5:]  # "it was denied that …"
    return tail or None


def what_is_said(claim: Claim) -> frozenset[str]:
    """The claim's words that may say what was done (`predicate_words`, and its main verb: a
    reporting one says it too, "admitted arson"), the words of a denial left out: what "X
    denied that troops crossed" says is done is the crossing."""
    words = predicate_words(claim.frame, claim.core) | ({claim.verb} if claim.verb else set())
    return words - _DENIAL_WORDS if denies(claim) else words


def opposite(query: Claim, source: Claim) -> tuple[bool, tuple[str, str] | None, bool]:
    """Whether a source claim says the opposite of a checked claim, the opposite predicates that
    say so, if any, and whether a denial is part of the reading."""
    denial = denies(query) != denies(source)
    words = opposed(what_is_said(query), what_is_said(source))
    if words and (DONE_TO & set(words) and query.doer and query.doer == source.doer
                  or _counts_apart(query, source)):
        words = None  # "Hale survived" / "Hale killed two"; "three survived" / "two died"
    return (query.negated != source.negated) ^ denial ^ bool(words) ^ (
        _refused(query, source) != _refused(source, query)), words, denial


# a refusal of an action, with the action's verb ("refused calls to resign", "declined to
# comment", "rejected demands to step down"): the action is not done
REFUSED_TO = re.compile(r"\b(?:refus\w*|declin\w*|reject\w*)\s+(?:(?:calls?|demands?|"
                        r"pressure)\s+)?to\s+([a-z]+)", re.I)


def _refused(query: Claim, source: Claim) -> bool:
    """Whether a source refuses the action a claim says was done ("Lund has refused calls to
    resign" / "Lund resigned"): the verb refused is the claim's, which refuses nothing."""
    found = REFUSED_TO.search(source.quote)
    verb = (query.verb or "").lower()
    return found is not None and not REFUSED_TO.search(query.quote) and len(verb) > 2 \
        and found.group(1).lower().startswith(verb[:5])


def _counts_apart(a: Claim, b: Claim) -> bool:
    """Whether two claims each count something and no count of one is the other's ("three
    survived" / "two were killed"): two sets of people, of whom both may be said."""
    mine = [v for v in a.values if v.kind == "count"]
    theirs = [v for v in b.values if v.kind == "count"]
    return bool(mine and theirs) and not any(compare(x, y) == "equal"
                                             for x in mine for y in theirs)


def unstated(query: Claim, v: Value, source: Claim) -> bool:
    """Whether the action a claim sets a day, a time or an age on has an opposite that a source
    does not say (`_said_by`): the day both give backs when it was done, not what was done
    ("survived the fire on Friday" / "a fire broke out on Friday"); an age, whom it was done
    to. Without the parse's action, the claim's verbs in an inflected form stand for it; a
    killing (`DONE_TO`) is any death's."""
    if v.kind not in ("date", "time", "age"):
        return False
    day = dated_at(query, v)
    actions = ({day.action} if day is not None and day.action else _verbs_written(query)) - DONE_TO
    return not _said_by(actions, source)


def unsaid(query: Claim, source: Claim) -> bool:
    """Whether a claim's main verb has an opposite that a source worded like it does not say
    (`_said_by`: "Hale was acquitted of dangerous driving" / "Hale was charged with dangerous
    driving": the charge, not the verdict; "Hale admitted the charges" / the same). A verb
    vouching for what it takes (`VOUCHING_VERBS`) is backed by a source saying that."""
    return not _said_by({query.verb} - VOUCHING_VERBS - {""}, source)


def _said_by(actions: set[str], source: Claim) -> bool:
    """Whether a source speaks to the actions, when they have an opposite (`OPPOSITE_PREDICATES`):
    in a word of their row (the other side denied or negated: "denied accepting" says
    "rejected"; `opposite` tells which), or of the measure they name ("the Friday slaying" says
    "died": `CONCEPT_WORDS`); True when none has an opposite (nothing to say)."""
    rows = [one | other for one, other in OPPOSITE_PREDICATES if actions & (one | other)]
    if not rows or any(row & what_is_said(source) for row in rows):
        return True
    forms = {f for a in actions for fs in getAllInflections(a, upos="VERB").values() for f in fs}
    return any(forms & set(kin) and says_any(source.quote, kin) for kin in CONCEPT_WORDS.values())


def says_any(quote: str, forms: Collection[str]) -> bool:
    """Whether a quote writes any of the word forms ("killed three guards": "killed")."""
    return bool({w.lower() for w in re.findall(r"[A-Za-z]+", quote)} & set(forms))


def _verbs_written(claim: Claim) -> set[str]:
    """The lemmas of the claim's words written in a verb's inflected form ("survived", "bans"),
    not a bare form a noun shares ("block")."""
    said = what_is_said(claim)
    return {lemma for w in re.findall(r"[a-z]+", claim.quote.lower())
            for lemma in getAllLemmas(w, upos="VERB").get("VERB", ())[:1]
            if lemma in said and lemma != w}


def in_detail(query: Claim, source: Claim, denial: bool) -> bool:
    """Whether a statement and its negation or denial may differ in a detail only, so that
    neither contradicts the other for sure: either gives a figure ("did not offer 30 days" /
    "offered 2–3 days"), or the side saying no gives a day ("did not capsize on Saturday" /
    "capsized on Friday"). The other side's day does not matter: "did not veto the bill"
    contradicts "vetoed the bill on Monday"."""
    no = (query if denies(query) else source) if denial else (
        query if query.negated else source)
    return bool(no.dated) or any(
        v.kind != "date" or c is no for c in (query, source) for v in c.values)


def _turned_into() -> dict[str, str]:
    """Each opposing predicate's opposite to say a claim the other way with: the first word of
    the other side of its row (`OPPOSITE_ROWS`); a lemma whose rows give two ("decline" an
    offer: "accept"; prices "decline": "rise") is left out, its sense unknown."""
    into: dict[str, set[str]] = {}
    for one, other in OPPOSITE_ROWS:
        for side, opposite_side in ((one, other), (other, one)):
            for lemma in side.split():
                into.setdefault(lemma, set()).add(opposite_side.split()[0])
    return {lemma: next(iter(o)) for lemma, o in into.items() if len(o) == 1}


TURNED_INTO = _turned_into()


def turned(claim: Claim) -> tuple[str, str, str] | None:
    """The claim said the other way round: its text with the one predicate it has an opposite
    of (`TURNED_INTO`) put as that opposite in the same form ("Three guards survived the fire"
    -> "Three guards died the fire"), with the word and its opposite as written; None when it
    has none or several, or the form to write is not sure. `check` looks up what sources say
    of the turned claim: a source backing it says the opposite of the claim in words that
    match it poorly ("left three guards dead")."""
    said = what_is_said(claim)
    found = [(m, lemma) for m in re.finditer(r"[A-Za-z]+", claim.text)
             for lemma in getAllLemmas(m.group().lower(), upos="VERB").get("VERB", ())[:1]
             if lemma in said and lemma in TURNED_INTO]
    if len(found) != 1:
        return None
    m, lemma = found[0]
    word = m.group()
    form = _form(word.lower(), lemma, TURNED_INTO[lemma],
                 claim.text[:m.start()].split()[-1:])
    if form is None:
        return None
    written = form.upper() if word.isupper() and len(word) > 1 else (
        form.capitalize() if word[0].isupper() else form)
    return claim.text[:m.start()] + written + claim.text[m.end():], word, written


def _form(word: str, lemma: str, opposite: str, before: list[str]) -> str | None:
    """The opposite's form for the one `word` has of `lemma` ("survived" -> "died", "risen" ->
    "fallen"); a form that stands for two ("cut": past or present) is told by the word before
    it ("was cut": a participle); None when still not sure."""
    tags = [tag for tag, forms in getAllInflections(lemma, upos="VERB").items() if word in forms]
    if "VBD" in tags and "VBN" not in tags:
        tags.append("VBN")  # a regular verb's participle is its past form ("have survived")
    forms = {tag: (getInflection(opposite, tag) or ("",))[0] for tag in tags}
    if len(set(forms.values())) > 1 and before and before[0].lower() in BEFORE_PARTICIPLE:
        forms = {"VBN": forms.get("VBN", "")}
    elif len(set(forms.values())) > 1:  # no helper before it: a news claim's past tense
        forms = {"VBD": forms.get("VBD", "")}
    options = set(forms.values()) - {""}
    return options.pop() if len(options) == 1 else None


def says_turned(quote: str, word: str, opposite_word: str) -> bool:
    """Whether a quote says a turned predicate's opposite in words of its side ("confirms" for
    a "denied" turned into "confirmed"), and no word of the predicate's own side; a word said of
    what it is done to (`DONE_TO`) is left out, its doer unknown here."""
    lemmas = {lemma for w in re.findall(r"[A-Za-z]+", quote.lower())
              for lemma in getAllLemmas(w, upos="VERB").get("VERB", ())} - DONE_TO
    mine, theirs = _lemma(word), _lemma(opposite_word)
    return any(theirs in b and mine in a and lemmas & b and not lemmas & a
               for one, other in OPPOSITE_PREDICATES for a, b in ((one, other), (other, one)))


def _lemma(word: str) -> str:
    """A verb's lemma ("survived": "survive")."""
    return next(iter(getAllLemmas(word.lower(), upos="VERB").get("VERB", ())), word.lower())


# a clause opened by "whether" (or "if" after a verb of asking): a question, not a statement; or
# an action someone is called on to take ("urged Roe to resign", "called on the mayor to
# appoint a mediator"): a request, not the action done
ASKED = re.compile(r"\bwhether\b|\b(?:ask|asked|asking|wonder|wondered|examining|investigating|"
                   r"checking|probing)\s+if\b|\b(?:call(?:s|ed|ing)?\s+on|call(?:s|ed|ing)?\s+for|"
                   r"urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to|implor(?:e|es|ed)|"
                   r"demand(?:s|ed|ing)?)\b(?:\s+[\w'’.-]+){0,6}?\s+to\s+[a-z]+", re.I)


def asks(c: Claim) -> bool:
    """Whether a claim asks what it names rather than saying it ("Investigators are examining
    whether the ferry was overloaded", "called on Roe to resign"): it neither backs nor denies
    that the ferry was, or that Roe resigned."""
    return ASKED.search(c.quote) is not None


def negated_day(query: Claim, v: Value) -> bool:
    """Whether a day or time is set on a negated action ("did not capsize on Saturday"): the
    parse's action for it, its stem written right after "not" or "never"."""
    if (day := dated_at(query, v)) is None or not day.action:
        return False
    said = rf"(?:\bnot|\bnever|n't)\s+(?:\w+\s+)?{re.escape(day.action[:4])}"
    return re.search(said, query.quote, re.I) is not None
