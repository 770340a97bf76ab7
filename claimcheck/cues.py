"""Cues: the words around a number that say what it is besides its kind.

"another 1,000" (an increment), "$5 billion a year" (a rate), "a town of 15,000" (a population),
"loaded with four bullets" (contents), "three times since October" (part of a total), "20m users"
(millions, not metres), "at 1100 hours" (a clock time). `values` reads a mention's context
(normalised: lower case) with these patterns; each says why it exists.
"""

from __future__ import annotations

import re

from .lexicon import (
    CHANGE_WORDS,
    CURRENCIES,
    CURRENCY_ADJECTIVES,
    CURRENCY_CODES,
    FRACTIONS,
    HEDGES,
    MOVED_FROM,
    ORDINALS,
)
from .measurewords import MAGNITUDE_NOUNS
from .unitnames import UNIT_ALTERNATION

# "temperatures were minus 20", "a temperature of 102": a temperature in degrees left unsaid
# (the mention takes the "minus" in: `claims.mentions`)
TEMPERATURE_BEFORE = re.compile(
    r"\btemperatures?(?:\s+(?:was|were|is|are|of|at|reached|hit|stood at|hovered around|fell to|"
    r"dropped to|rose to|plunged to|climbed to))?(?:\s+(?:about|around|nearly))?\s*$")
# "two hours later than scheduled": a delay, not how long something lasted
DELAY_AFTER = re.compile(
    r"^\s*(?:later|earlier|late|behind(?!\s+bars))\b"
    r"(?:\s+than\s+(?:scheduled|planned|expected|announced))?",
    re.I,
)
# "$160 million over eight years": "over" spreads the amount; it does not mean "more than"
SPREAD_OVER = re.compile(
    r"(?:\d|\b(?:million|billion|thousand|dollars?|euros?|pounds?))\s*\(?(?:\s*over)?$"
)
# "$23 million per season", "$5 billion a year": a rate, not a total
RATE_AFTER = re.compile(
    r"^(?:of\s+[\w-]+\s+)?(?:per|a|an|each|every)\s+"
    r"(?:year|season|month|week|day|hour|minute|second|game|annum)\b"
    r"(?!\s+(?:earlier|before|ago|later|after)\b)"  # "$3bn a year earlier": then, not a rate
    r"|^annually\b|^a[- ]year\b(?!\s+(?:earlier|before|ago|later|after)\b)"
)
# "a town of about 15,000 people", "home to 120,000": how many live there, not how many an event
# touched
POPULATION_BEFORE = re.compile(
    r"\b(?:home to|population of|(?:city|town|village|island|country|nation|province|"
    r"region|district|community|state|suburb|capital) of)$"
)
# "a revolver loaded with four bullets": what something holds, not what happened ("hit by seven
# bullets")
CONTENTS_BEFORE = re.compile(r"\b(?:loaded|filled|packed|stuffed|stocked|laden|crammed)\s+with$")
# "three times since October", "12 so far": part of a total
PARTIAL_AFTER = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:since|so far|to date|this (?:year|season|month|week))\b"
)
# "another 1,000", "married two more times", "two additional life terms": an increment, not
# a total
ADDED_BEFORE = re.compile(r"(?:^|\s)(?:another|a further|an additional|an extra)$")
ADDED_AFTER = re.compile(r"(?:more\b(?!\s+than)|additional\b|extra\b|further\b)")
# "20m users", "3m barrels": an "m" on a number before a plural noun is a million of them ("a 20m
# yacht" is a length)
MILLIONS = re.compile(r"^[\d.,]+m\s+(?!(?:tall|high|long|deep|wide|away|below|above)\b)[a-z]+s\b")
# the currency words of `lexicon.CURRENCIES` ("dollar", "euro", ...), singular or plural, and the
# countries that set a dollar apart ("Canadian"): the one list both are written from
CURRENCY_WORD = "(?:" + "|".join(
    sorted((w for w in CURRENCIES if w.isalpha()), key=len, reverse=True)) + ")s?"
CURRENCY_ADJECTIVE = "(?:" + "|".join(re.escape(a) for a in CURRENCY_ADJECTIVES) + ")"
# "EUR 42.50", "CHF 300,000": an ISO code written in capitals before the number
CODE_BEFORE = re.compile(rf"\b(?:{'|'.join(CURRENCY_CODES)})\s*$")
# "2 mn euros", "3.2 million Canadian dollars": the currency named after the number
CURRENCY_AFTER = re.compile(rf"^(?:{CURRENCY_ADJECTIVE}\s+)?{CURRENCY_WORD}(?![\w-])")

# what writes a percentage after its number: "%", "per cent", "pct", "pc" (onto it or not:
# "12pc"); at the end of a mention, or at the start of the words after it
PERCENT_SIGN = re.compile(r"(?:^|\s*(?:(?<=\d)|\b))(?:%|per ?cent|pct?\b)(?=$|\W)|\s*%$")
# "at 1100 hours", "by 0600": four digits after these are a clock time
AT_BEFORE = re.compile(r"\b(?:at|by|until|till|from|before|after|around|about)$")
# "€900 a month", "$5 billion a year", "1.2 million barrels a day", "300 cubic metres a second":
# the period of a rate, not a length of time
RATE_PERIOD_BEFORE = re.compile(
    r"(?:\d|[$€£¥]|\b(?:thousand|million|billion|dollars?|euros?|pounds?|cents?|yen|yuan|"
    + UNIT_ALTERNATION
    + r"))(?:\s+of\s+[\w-]+)?(?:\s+(?:per|a|an|each|every))?$"
    r"|\d\s+[a-z]+s(?:\s+(?:per|a|an|each|every))?$"  # "4,000 passengers a day"
)
# "4,000 passengers a day", "three flights each week": a count of a rate, its noun between
# hundredths of a percentage point, as finance writes a rate's move ("cut by 50 basis points",
# "a 25bp rise"): read as percentage points ("half a percentage point")
BASIS_POINTS = re.compile(r"\s*-?(?<![a-z])(?:basis[- ]points?|bps?)\b")
# a verb of sentencing before a length of time ("sentenced to ten years", "jailed for five
# years", "was given 40 months", "a term of three years"): a court's term is exact, not a round
# length said loosely
TERM_GIVEN_BEFORE = re.compile(r"\b(?:sentenced|jailed|imprisoned|handed|given|gets|got|serve|"
                               r"serving)\b(?:(?:\s+[\w'’]+){0,4}?\s+(?:to|for|of))?\s*$|"
                               r"\b(?:sentence|term)\s+of\s*$", re.I)
# a rate's period the recogniser took into a volume or a mass ("1,100 cubic metres per
# second"): read after it, as "300 cubic metres of water a second" is (`RATE_AFTER`); a length
# per hour is a speed, read whole
PERIOD_END = re.compile(r"\b(?:cubic|lit(?:re|er)s?|barrels?|gallons?|tonnes?|tons?)\b.*?"
                        r"(\s+(?:per|a|an|each|every)\s+(?:second|minute|hour|day|week|month|"
                        r"year))$")
COUNT_RATE_AFTER = re.compile(
    r"^\s*[a-z]+s\s+(?:per|a|an|each|every)\s+(?:year|month|week|day|hour|minute|game)\b"
    r"(?!\s+(?:earlier|before|ago|later|after)\b)")
_CHANGE = "|".join(sorted(CHANGE_WORDS, key=len, reverse=True))
# "rose 1.2 percent", "fell by 7%", "up 3%": the number right after a change word is the change
CHANGE_BEFORE = re.compile(rf"\b(?P<word>{_CHANGE})(?:\s+by)?$")
# "a 5% rise", "a $2 billion cut": the change named after the number
# ("$1.2bn, up 12%": the change is the figure after the word, not the level before it)
CHANGE_AFTER = re.compile(rf"^(?P<word>{_CHANGE})\b(?!\s+(?:to|by|from)\b)(?!\s+[-+$€£¥]?\d)")
# "rose to nine from seven", "up from 40": the level before the change, not today's figure
_MOVED = "|".join(sorted(MOVED_FROM, key=len, reverse=True))
PREVIOUS_BEFORE = re.compile(rf"\b(?:{_MOVED})\b(?:\s+\S+){{0,4}}?\s+from$")
# which day or night of a run, in figures: "the 3rd day", "21st straight night"
NTH_DAY = re.compile(r"\d+(?:st|nd|rd|th)\s+(?:(?:straight|consecutive)\s+)?(?:day|night)\b")
# "one in five children", "1 in 4", "one train in every ten": a share of a whole, as a ratio
ONE_IN = re.compile(r"(\S+)(?: [a-z]+)? in (?:every )?(\S+)")
# a parent told by the number of their children ("a mother of two", "a grandfather of five"): the
# number counts children, not a toll ("a mother of two died" tells of one death)
PARENT_OF = re.compile(r"\b(?:(?:grand)?(?:mother|father|parent)|mum|mom|dad)[\s-]+of[\s-]*$", re.I)
# "weighing 130 pounds", "100,000 pounds of cheese", a height then "135 pounds" ("5-foot-8, 135
# pounds", "5-foot-8 and 130 pounds", "6 feet tall and 200 pounds": a person described): pounds
# of weight, not sterling
WEIGHT_BEFORE = re.compile(
    r"(?:\b(?:weigh(?:s|ed|ing)?|weighing in at|tipped the scales at)"
    r"|(?:\d-(?:foot|feet)(?:-\d+)?|\b(?:feet|foot|ft\.?|inch(?:es)?|tall)),?(?:\s+and)?)$")
WEIGHT_AFTER = re.compile(
    r"^of\s+(?!(?:the|his|her|their|its|public|taxpayers'?|state|government)\b)"
    r"(?!(?:money|cash|funding|funds|debt|investment|aid|damage|revenue|profit)\b)[a-z]"
)
# "will be held on Tuesday", "is due on Friday", "scheduled for Monday", "until at least
# Friday", "said they would meet on Monday", "could reach 45C on Wednesday": a weekday ahead of
# the article, not behind it
AHEAD_BEFORE = re.compile(
    r"\b(?:will|shall|would|could|may|might|is due|are due|due|scheduled|set|planned|expected"
    r"|slated|to be held|to begin|to start|to open|to meet|going to|next|until|till)\b"
    r"(?:\s+\S+){0,4}$"
)
# the same, further on in its clause, for a day the verb does not put in the past ("will walk
# out for 48 hours from 00:01 on Tuesday"); not across a clause of its own ("will investigate
# the fire that broke out on Tuesday")
AHEAD_IN_CLAUSE = re.compile(
    r"\b(?:will|shall|is due|are due|scheduled|set to|planned|slated|going to)\b"
    r"(?:\s+(?!(?:that|which|who|after|when|since|because|as|and|but)\b)[^\s,;]+){5,10}$"
)


def day_ahead(before: str, past: bool) -> bool:
    """Whether a day said after these words is ahead of the article's: "will be held on",
    "scheduled for", "will walk out for 48 hours from 00:01 on" (`AHEAD_IN_CLAUSE`, not in the
    past tense); after "until" only when the verb is not in the past tense ("shut until
    Friday", not "did not disclose it until 24 March")."""
    cue = AHEAD_BEFORE.search(before)
    if cue is None:
        return not past and bool(AHEAD_IN_CLAUSE.search(before))
    return not (past and cue.group().split()[0] in ("until", "till"))


# figures joined by a dash that are a record however they run ("a 9-14 start", "his record
# fell to 2-5", "deadlocked at 4-8"): "10-15 people" is a range, a record names itself
SCORE_AFTER = re.compile(r"^(?:start|record|mark|season|finish|run|streak|decision|vote|verdict)\b")
SCORE_BEFORE = re.compile(
    r"\b(?:record|mark)(?:\s+(?:of|to|at|is|was|stands at|fell to|improved to|dropped to))?$"
    r"|\b(?:went|gone|deadlocked at|split|voted|slumping at|sitting at)$"
)
# "a 6.4-magnitude quake", "a magnitude-6.4 temblor", "magnitude 6.4": a quake's magnitude, a
# number with no unit (the recogniser calls the first two quantities)
MAGNITUDE = re.compile(r"(?:magnitude[- ]?(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)[- ]?magnitude)")
# a quake's noun, singular or plural (`measurewords.MAGNITUDE_NOUNS`)
_QUAKE = "(?:" + "|".join(sorted(MAGNITUDE_NOUNS, key=len, reverse=True)) + r")s?\b"
# "a magnitude of 6.1", "magnitudes ranging from 3.6 to 4.3": the figure after is a magnitude
MAGNITUDE_BEFORE = re.compile(r"\bmagnitudes?(?:\s+(?:of|ranging(?:\s+from)?|from|between))?$")
# a quake's magnitude, a figure with one decimal, and what follows it: "4.1 magnitude quake",
# "a 6.6 quake", "5.9 temblor"
MAGNITUDE_AFTER = re.compile(
    rf"^\d\.\d\s*-?(?:magnitude\b|{_QUAKE})")
# "degrees" a quake is measured in ("a 6.7 degree quake", "4.3 degrees on the Richter scale")
QUAKE_DEGREES = re.compile(
    rf"^(?:on\s+the\s+richter\b|(?:magnitude\s+)?{_QUAKE})")
# "degrees" of an angle: a place's longitude or latitude, a bearing ("26.9 degrees north")
ANGLE_DEGREES = re.compile(r"^(?:(?:in|of)\s+)?(?:longitude|latitude|north|south|east|west)\b")

# words that pick which of several runs a figure is ("the next two hours", "the other 10
# percent", "the first 100 days"): the figure is what follows them, not an order
PICKED_BEFORE = re.compile(
    r"^(?:the\s+)?(?:other|next|last|past|first|final|remaining|previous)\s+(\S+)")


def currency(text: str) -> str | None:
    """The currency a symbol or word in `text` names ("€", "euros", "Canadian dollars"), as
    `lexicon.CURRENCIES` orders them."""
    for sym, code in CURRENCIES.items():
        if sym.replace(" ", "").isalpha():
            if re.search(rf"\b{sym}s?\b", text):
                return code
        elif re.search(rf"(?<![a-z]){re.escape(sym)}", text):
            return code
    return None


# a verb whose particle reads as a hedge: "hand over $40,000" says no "more than"
PARTICLE_VERB = re.compile(r"\b(?:hand|turn)(?:s|ed|ing)?$")
# verbs whose particle "up" a hedge "up to" would take: "growth will pick up to 2.2%", "inflation
# ticked up to 3.1%" move a figure to a level, they bound nothing
UP_VERB = re.compile(r"\b(?:pick|tick|edg|inch|creep|crept|mov|went|go|goes|going|climb|jump|"
                     r"shoot|shot|push|pushed|shift|step|ramp)\w*$")


def strip_hedge(t: str, before: str = "") -> tuple[str | None, str]:
    """The hedge a mention opens with ("about", "more than"), and the rest of it; "over" after a
    verb it is the particle of (`PARTICLE_VERB`) is none, and goes."""
    for h in sorted(HEDGES, key=len, reverse=True):
        if t.startswith(h + " "):
            return None if _particle(h, before) else h, t[len(h) + 1:]
    return None, t


def _particle(hedge: str, before: str) -> bool:
    """Whether a hedge's first word is the particle of the verb before it ("hand over 5",
    "picked up to 2.2%")."""
    return hedge == "over" and bool(PARTICLE_VERB.search(before)) or hedge == "up to" and bool(
        UP_VERB.search(before))


def hedge_before(before: str) -> str | None:
    """The hedge the words before a mention end with ("at the age of" and a verb's particle,
    "hand over", aside)."""
    before = re.sub(r"\s+the\s+age\s+of$", "", before)
    for h in sorted(HEDGES, key=len, reverse=True):
        if before == h or before.endswith(" " + h):
            return None if _particle(h, before[:-len(h)].rstrip()) else h
    return None


def written_score(t: str, before: str, after: str, label: str) -> str | None:
    """A score or a record in figures, as "88-72" writes it: the winner's or the wins first
    ("won 88-72", "a 43-39 record"), a draw ("2-2"), three parts ("45-7-2"), or a record the
    words name ("a 9-14 start"); a run upward with no such word ("10-15") is a range, and what
    the recogniser calls a date ("9-14") is a record only when the words name one."""
    parts = re.fullmatch(r"(\d{1,3})\s?[-–]\s?(\d{1,3})(?:\s?[-–]\s?(\d{1,3}))?", t)
    named = bool(SCORE_AFTER.match(after) or SCORE_BEFORE.search(before))
    if parts is None or label == "DATE" and not named or parts.group(3) is None \
            and int(parts.group(1)) < int(parts.group(2)) and not named:  # "2-2": a draw
        return None
    return "-".join(str(int(p)) for p in parts.groups() if p is not None)


# an ordinal a fraction is also written by, after "a" and with no "of" after it: one more of
# what was counted ("killing two and critically injuring a third"), not a third of anything
AN_ORDINAL = re.compile(r"an?\s+(" + "|".join(w for w, n in ORDINALS.items() if 3 <= n <= 10
                                               and w.isalpha()) + ")", re.I)


def share_of(t: str, before: str, after: str) -> str | None:
    """A part of a whole written as a fraction word before "of" ("a third of voters", "about a
    quarter of homes"), as a number reads it ("one third"); None for an order ("finished
    third", "the third of May")."""
    found = re.fullmatch(r"(?:(a|an|one)\s+)?([a-z]+)", t)
    if found is None or found[2] not in FRACTIONS or not re.match(r"of\b", after):
        return None
    return f"one {found[2]}" if found[1] or re.search(r"(?:^|\s)(?:a|an|one)$", before) else None


# a full stop the recogniser took into a figure written with a unit at the end of a sentence
# ("landed at around 305 km/h.", "weighed 40 kg."): not the unit's, as "p.m." and "U.S." are
UNIT_FULL_STOP = re.compile(r"\d[\s\d,.]*[^\W\d_][^\s.]*\.$")
