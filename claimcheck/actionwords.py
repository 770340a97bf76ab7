"""Word lists about actions, beside `lexicon.py` (which passed 500 lines): which action a day a
claim names is the day of (read by `claims/dated.py`), and what a denial denies (`polarity`).

Data as in `lexicon.py`: lower case, each list with what it decides and why.
"""

from __future__ import annotations

from typing import Final

# --------------------------------------------------------------------------- the day of an action
# (claims' dated: which action a day a claim names is the day of; check compares a day only with
# a day of the same action)

# prepositions before a day that say the action happened then ("talks on 16 May", "held in
# May", "during the night of 3 June"); "since", "until", "by", "before", "after" bound it instead
DAY_PREPOSITIONS: Final = frozenset({"on", "in", "at", "during", "of"})
# prepositions before a clock time that say the action happened then or near then ("fled at
# 9 a.m.", "surrendered just after 6 p.m."): the time of that action; "by" says it was done by
# then ("the fire was out by 9 p.m."), and "since", "until", "from", "between" bound a span
TIME_PREPOSITIONS: Final = frozenset({"at", "around", "about", "after", "before", "near"})
# prepositions that place an action ("the talks took place in Istanbul", "talks at Camp David")
PLACE_PREPOSITIONS: Final = frozenset({"in", "at"})
# verbs that only say an event took place: the day is the event noun's ("the talks took place /
# were held on 16 May", "Russia held talks on Monday"); "take" counts only with "place"
DAY_EVENT_VERBS: Final = frozenset({"hold", "happen", "occur", "be", "unfold", "take"})
# verbs that put an event on a day to come: the day is the event's ("the vote, scheduled for
# 3 May", "elections planned for 15 December", "the hearing is set for Monday"); as lemmas, and
# "slat", the lemma the English pipeline gives "slated"
PLAN_VERBS: Final = frozenset({"schedule", "plan", "set", "slate", "slat", "fix", "reschedule"})
# participles that give a thing its name ("a range called Solace", "a ship named Sea Star"): a
# day after the name is the day of the action done to the thing ("launched a new range called
# Solace in March" is the day of the launch), never of the naming; as lemmas
NAMING_VERBS: Final = frozenset({"call", "name", "dub", "title", "label", "brand"})
# nouns naming a part of a repeated event: the day of "the first round of talks" is the talks'
PART_NOUNS: Final = frozenset({"round", "session", "stage", "phase", "part", "leg", "day"})
# nouns of a part of a thing an action is done to ("overran the end of runway 27", "hit the
# side of the bridge"): the action is done to the thing, as "overran the runway" says
THING_PARTS: Final = frozenset({"end", "edge", "side", "top", "bottom", "front", "back",
                                "middle", "centre", "center", "tip", "corner", "rest"})
# words around a weekday that say when in the day, not which day ("Friday night", "early
# Thursday", "Saturday morning"): the day is the weekday
DAY_PARTS: Final = frozenset(
    {"early", "late", "night", "morning", "afternoon", "evening", "overnight", "midday", "noon"})
# what makes an action one still to come ("talks will resume on Monday", "a vote is expected on
# Friday", "DeGeneres to host Oscars in 2014"): its day is a plan, which the actual day may
# change without anyone being wrong
AHEAD_WORDS: Final = frozenset(
    {"will", "would", "shall", "'ll", "wo", "to", "schedule", "plan", "expect", "set", "due",
     "could", "may", "might", "forecast", "predict"})  # "could reach 45C on Wednesday"
# words saying an action is one of several of its kind ("overturned another Bush rule on March
# 3", "struck again on Monday"): its day tells which one, not when the one told of happened
REPEAT_WORDS: Final = frozenset({"another", "again"})
# words that name one action, first the form a day's action is keyed by ("the second round of
# negotiations" and "the second round of talks" are one round; "the 1967 slayings" and "the
# killings in 1967" one crime); a phrasal verb with its particle after "_" ("give_up"), or with
# the object or the preposition and its object that make it one action ("came off the rails":
# "come_off_rail"; "left the tracks": "leave_track")
ACTION_SYNONYMS: Final = {
    word: row.split()[0]
    for row in ("talk negotiation", "quake earthquake tremor", "blast explosion",
                "arrest capture detain detention",
                "surrender give_up turn_in", "kill killing slay slaying murder",
                "fire sack dismiss oust let_go", "resign quit step_down", "arrive reach",
                "escape flee", "die pass_away",
                "shoot shooting", "stab stabbing", "kidnap kidnapping abduct abduction",
                "execute execution", "rescue", "release", "stint stay rehab", "ceasefire truce",
                "strike walkout", "sink go_down", "start begin break_out",
                "derail come_off_rail come_off_track leave_rail leave_track jump_rail jump_track",
                "launch lift_off take_off blast_off leave_pad",
                "detect discover spot uncover", "attack intrusion breach hack cyberattack")
    for word in row.split()
}
# actions done to someone or something: a day of the noun ("the killing of Ann Roe on Friday",
# "the arrest of Tom Hale") is the day of what was done to the one after "of", as the verb's is
# ("Tom Hale was arrested on Sunday"), and an action done to a named party is keyed by that
# party alone, whoever is said to have done it ("Officer Lund shot Roe" / "Roe was shot")
DONE_TO: Final = frozenset({"kill", "shoot", "stab", "kidnap", "execute", "arrest", "rescue",
                            "release"})

# actions that are the event of a story of an accident or an attack, as lemmas (`_lemma`): a
# clock time set on one of them is the event's time, whoever is named beside it
# ("capsized at about 5:50 p.m." / "overturned shortly before 6 p.m." / "went down at 7:40";
# a vehicle's "plunged off the bridge on Saturday" / "a bus crash on Friday night")
EVENT_ACTIONS: Final = frozenset(
    "strike hit happen occur erupt explode crash collapse capsize overturn sink derail ignite "
    "detonate topple flip plunge collide veer skid smash slam".split())

# actions that come after the event a story tells of, in its aftermath: the telling of it (any of
# `lexicon.REPORTING_VERBS`), the courts' and the police's work, the injured's stay. A day one of
# them is done on ("was convicted on Wednesday of killing two", "remained in hospital on
# Friday after the blast") is not the event's day, though the claim names the event.
AFTER_EVENT_ACTIONS: Final = frozenset(
    "convict sentence charge acquit plead indict try arraign jail arrest remain reopen resume "
    "investigate treat bury mourn".split())

# what an event does while it goes on, on any day of it ("the fire jumped the highway on Sunday",
# "the flood reached Kelton on Tuesday", "the blaze was half contained on Monday"): a day of one
# is not the day the event began or struck
ONGOING_ACTIONS: Final = frozenset(
    "spread jump grow reach advance cross threaten rage continue engulf approach merge double "
    "widen creep push sweep contain".split())

# actions a party often takes on more than one day of one story (speaking, meeting, a court
# appearance, a market's close): two sources giving two days for one of them may both be right,
# so such a day discrepancy is only possible
REPEATED_ACTIONS: Final = frozenset(
    "say tell speak talk meet testify visit attend appear play close open trade rise fall hold "
    "call hear report warn urge vote march protest train work continue".split())


# --------------------------------------------------------------------------- denials
# (polarity: "X denied that P" says not-P, so a checked claim P conflicts with it and "not P"
# agrees; "Brandt denied the report" with no clause after it is OPPOSITE_PREDICATES' deny)

# verbs that deny the clause after them ("denied that troops crossed", "rejected claims that the
# dam failed", "dismissed as false reports that …"), as lemmas: they are no part of what is denied
DENIAL_VERBS: Final = frozenset({"deny", "reject", "dispute", "dismiss", "refute", "rebut",
                                 "contest", "rubbish", "debunk"})
# their written forms, to find them in a claim's text
DENIAL_FORMS: Final = frozenset(
    f"{stem}{end}" for stem, ends in (
        ("den", ("y", "ies", "ied", "ying")), ("reject", ("", "s", "ed", "ing")),
        ("disput", ("e", "es", "ed", "ing")), ("dismiss", ("", "es", "ed", "ing")),
        ("refut", ("e", "es", "ed", "ing")), ("rebut", ("", "s", "ted", "ting")),
        ("contest", ("", "s", "ed", "ing")), ("rubbish", ("", "es", "ed", "ing")),
        ("debunk", ("", "s", "ed", "ing")))
    for end in ends)
# what is denied, between the verb and "that" ("rejected claims that", "denied reports that"):
# the thing said, not what happened
DENIED_NOUNS: Final = frozenset(
    "claim claims report reports allegation allegations suggestion suggestions accusation "
    "accusations rumour rumours rumor rumors speculation assertion assertions charge charges "
    "story stories idea notion".split())
# how a denial calls it ("dismissed as false reports that …", "rejected as baseless claims that")
FALSE_WORDS: Final = frozenset(
    "false untrue baseless unfounded fake nonsense groundless wrong inaccurate absurd".split())
