"""Every word list claimcheck reads, once, each with what it is for.

Data beside the code that reads it, as spaCy keeps `spacy/lang/en/`: to teach claimcheck a word
(a hedge, a reporting verb, a month's abbreviation), add it here, where its comment says what the
list decides, and run the tests. Lists are lower case. Which module reads a list is named in its
comment; regular expressions that stand for grammar (not for a list of words) stay in their
modules.
"""

from __future__ import annotations

from typing import Final, Literal

# --------------------------------------------------------------------------- calendar

# month names and abbreviations to their number (values, clean, grouping, claims' features)
MONTHS = {
    m: i
    for i, ms in enumerate(
        "jan january|feb february|mar march|apr april|may|jun june|jul july|aug august|"
        "sep sept september|oct october|nov november|dec december".split("|"),
        1,
    )
    for m in ms.split()
}
# weekday names in `datetime.weekday()` order ("on Monday" resolved from the article date: values)
WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# abbreviations of weekdays on a dateline line ("Tue 3 June 2025"; clean)
WEEKDAY_ABBREVIATIONS: Final = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
# words around dates on a dateline line ("Updated: …", "Published on …", "5 p.m."; clean)
DATE_LABELS: Final = frozenset(
    "updated published posted last modified on at am pm a.m. p.m. a.m p.m first created date "
    "story article time hrs @ a p m".split()
)
# time zones, as written after a clock time or ending a dateline ("Updated: November 11, 2011
# 20:09 IST"; clean, clock) -> the zone claimcheck compares times by: GMT, UTC and Z are one zone;
# "local time" is none (an unmarked time in a story is the place's own, so the two are one).
# Daylight and standard names stay apart: they are an hour apart.
TIME_ZONES: Final[dict[str, str | None]] = {
    "gmt": "UTC", "utc": "UTC", "z": "UTC", "local time": None,
    **{z: z.upper() for z in (
        "bst et edt est ct cdt cst mt mdt mst pt pdt pst akst akdt hst adt wet west cet cest eet "
        "eest msk trt gst pkt ist npt ict wib sgt hkt pht jst kst awst acst aest aedt nzst nzdt "
        "sast".split())},
}
# periods named from a time the words do not give ("the previous season", "the year before"):
# read as dates of unknown days, which compare with nothing, even beside an article date (dates)
UNPLACED_PERIODS: Final = frozenset({
    "this season", "last season", "next season", "previous season", "the previous season",
    "previous year", "the previous year", "the year before", "the day before", "that day",
    "that week", "that year",
})
# words that count a date from the article's own date ("last week", "Monday"), which two outlets
# writing on different days resolve to different days (grouping: such dates are not written out)
RELATIVE_DATE_WORDS: Final = frozenset(
    "last next this ago yesterday today tomorrow tonight earlier later week weekend".split()
) | frozenset(WEEKDAYS)

# --------------------------------------------------------------------------- numbers and measures

# ordinal words to their number (values read them up to twelfth; claims' features up to tenth)
ORDINALS: Final = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
# scale words a number is multiplied by ("1.2 million"; values)
SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "dozen": 12,
    "hundred": 100,
}
# scales written onto a number or right after it ("€2m", "$1.5bn", "2 mn euros", "20m users",
# "8B people", "0.5k"): the newsroom abbreviations of thousand, million, billion, trillion
# (numbers). "m" is a million only when it stands right on the number or after a currency: spaced
# "2 m" is two metres (units); so is "mm", finance's million ("$200MM"): "20mm" of rain is a length.
SCALE_SUFFIXES: Final = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mm": 1e6,
                         "b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12}
# parts of a whole written in words ("two thirds", "a quarter of", "three halves"; numbers)
FRACTIONS: Final = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4,
                    "quarters": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
                    "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
# characters typed as fractions ("½ mile")
VULGAR_FRACTIONS: Final = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4,
                           "⅕": 1 / 5, "⅛": 1 / 8}
# seconds in a unit of time: durations are compared in seconds (values)
UNIT_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800,
                "fortnight": 1209600, "month": 2629800, "year": 31557600, "decade": 315576000}
# units of time as news abbreviates them ("3 hrs", "45 mins"; values)
TIME_ABBREVIATIONS: Final = {"sec": "second", "secs": "second", "min": "minute", "mins": "minute",
                             "hr": "hour", "hrs": "hour", "wk": "week", "wks": "week",
                             "yr": "year", "yrs": "year"}
# units of time "a/an" can count ("a little over an hour", "a week": claims)
TIME_UNITS: Final = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade"}
)
# nouns that name a unit, not a thing with a length: "a three-year war" and "a 30-day ceasefire"
# measure different things, "three years" and "30 days" may measure one (compare)
UNIT_NOUNS: Final = frozenset("second minute hour day week month year decade century old".split())
# currency symbols and words to ISO 4217 codes (values)
# dollars a country's name sets apart ("3.2 million Canadian dollars", "C$40"); before the plain
# "dollar" so the named one wins (values)
CURRENCY_ADJECTIVES: Final = {"canadian": "CAD", "australian": "AUD", "new zealand": "NZD",
                              "hong kong": "HKD", "singapore": "SGD", "taiwan": "TWD",
                              "zimbabwean": "ZWL", "us": "USD", "u.s.": "USD", "american": "USD"}
# ISO codes of currencies, written before or after a figure ("EUR 42.50", "8.4 billion EUR")
CURRENCY_CODES: Final = tuple(
    "USD EUR GBP JPY CHF CAD AUD NZD HKD SGD CNY INR RUB UAH SEK NOK DKK PLN ZAR".split())
CURRENCIES = {**{f"{adj} dollar": code for adj, code in CURRENCY_ADJECTIVES.items()},
              "c$": "CAD", "a$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD",
              # the code after the sign, as Australian and British papers write it ("$US1m")
              "$us": "USD", "$a": "AUD", "$nz": "NZD", "$c": "CAD",
              "$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "dollar": "USD",
              "euro": "EUR", "pound": "GBP", "yen": "JPY", "rupee": "INR", "yuan": "CNY",
              "ruble": "RUB", "rouble": "RUB", "franc": "CHF", "hryvnia": "UAH",
              **{code.lower(): code for code in CURRENCY_CODES}}
# nouns of scale: "hundreds of children" counts the children, "tens of thousands who marched"
# counts nothing named (claims' mentions)
SCALE_NOUNS: Final = frozenset("hundred thousand million dozen ten score number".split())
# words that make a noun counted: "Seven AK-47s, three other rifles" is a list, not an appositive
# (claims' splitting)
QUANTIFIERS: Final = frozenset("several many few numerous dozens hundreds thousands some".split())

# Hedge words before a number: (bound, low factor, high factor, why). Factors scale the number;
# None leaves the end open. Longest phrases first when matching.
HedgeBound = Literal[
    "lt", "le", "gt", "ge", "approx", "exact"
]  # the bounds a hedge can set (`values.Bound`)
# the factors of the hedges that say a figure is rounded ("about", "roughly"): how far depends
# on what it is rounded to ("about 105": 5, "about 3,000": a thousand; `numbers.rounding`)
ROUNDED_FACTORS: Final = (0.85, 1.15)
NEARLY_FACTORS: Final = (0.85, 1.0)  # below, by what the figure is rounded to
HEDGES: dict[str, tuple[HedgeBound, float | None, float | None, str]] = {
    "less than": ("lt", 0.0, 1.0, "strictly below the number"),
    "fewer than": ("lt", 0.0, 1.0, "strictly below the number"),
    "under": ("lt", 0.0, 1.0, "strictly below the number"),
    "below": ("lt", 0.0, 1.0, "strictly below the number"),
    "just under": ("lt", 0.8, 1.0, "a little below the number"),
    "at most": ("le", 0.0, 1.0, "the number or below"),
    "up to": ("le", 0.0, 1.0, "the number or below"),
    "as many as": ("le", 0.0, 1.0, "the number or below"),
    "as much as": ("le", 0.0, 1.0, "the number or below"),
    "as long as": ("le", 0.0, 1.0, "the number or below"),  # "may take as long as ten days"
    "as high as": ("le", 0.0, 1.0, "the number or below"),
    "as far as": ("le", 0.0, 1.0, "the number or below"),
    "no more than": ("le", 0.0, 1.0, "the number or below"),
    "within": ("le", 0.0, 1.0, "the number or below"),  # "within two hours", "within 2 km"
    "barely": ("le", 0.75, 1.0, "hardly reaching the number"),
    # "nearly four years" and "four years" are one length told with and without rounding up: a
    # plain figure may be how another writer rounds it, so the number itself is not excluded;
    # how far below depends on what it is rounded to, as for "about" ("nearly 4,200": 3,990 to
    # 4,200; "nearly 60,000": 51,000 to 60,000; `numbers.rounding`)
    "nearly": ("approx", *NEARLY_FACTORS, "close to the number, not above it"),
    "almost": ("approx", *NEARLY_FACTORS, "close to the number, not above it"),
    "close to": ("approx", 0.8, 1.05, "near the number, usually below"),
    "near": ("approx", 0.8, 1.05, "near the number, usually below"),  # "winds near 120 mph"
    "about": ("approx", 0.85, 1.15, "rounded: within about 15 %"),
    "around": ("approx", 0.85, 1.15, "rounded: within about 15 %"),
    "some": ("approx", 0.85, 1.15, "rounded: within about 15 %"),
    "roughly": ("approx", 0.85, 1.15, "rounded: within about 15 %"),
    "approximately": ("approx", 0.85, 1.15, "rounded: within about 15 %"),
    "an estimated": ("approx", 0.85, 1.15, "rounded: within about 15 %"),
    "estimated": ("approx", 0.85, 1.15, "rounded: within about 15 %"),
    "just over": ("gt", 1.0, 1.34, "a little above the number"),
    "a little over": ("gt", 1.0, 1.34, "a little above the number"),
    "a little more than": ("gt", 1.0, 1.34, "a little above the number"),
    "slightly more than": ("gt", 1.0, 1.34, "a little above the number"),
    "slightly over": ("gt", 1.0, 1.34, "a little above the number"),
    "more than": ("gt", 1.0, None, "strictly above the number"),
    "longer than": ("gt", 1.0, None, "strictly above the number"),
    "greater than": ("gt", 1.0, None, "strictly above the number"),
    "shorter than": ("lt", 0.0, 1.0, "strictly below the number"),
    "over": ("gt", 1.0, None, "strictly above the number"),
    "above": ("gt", 1.0, None, "strictly above the number"),
    "in excess of": ("gt", 1.0, None, "strictly above the number"),
    "at least": ("ge", 1.0, None, "the number or above"),
    "no fewer than": ("ge", 1.0, None, "the number or above"),
    "no less than": ("ge", 1.0, None, "the number or above"),
    # words that stress a figure without moving it ("just $799", "only three", "a mere 40")
    "just": ("exact", 1.0, 1.0, "the number itself, stressed"),
    "only": ("exact", 1.0, 1.0, "the number itself, stressed"),
    "a mere": ("exact", 1.0, 1.0, "the number itself, stressed"),
    "exactly": ("exact", 1.0, 1.0, "the number itself"),
    "precisely": ("exact", 1.0, 1.0, "the number itself"),
}

# Vague amounts: (low, high, why). Counts only.
VAGUE: dict[str, tuple[float, float, str]] = {
    "tens of thousands": (20_000, 99_999, "two or more ten-thousands"),
    "tens": (20, 99, "two or more tens ('tens of millions': of millions)"),
    "hundreds of thousands": (200_000, 999_999, "two or more hundred-thousands"),
    "several hundred": (300, 900, "'several' is three or more, below a thousand"),
    "several thousand": (3_000, 9_000, "'several' is three or more, below ten thousand"),
    "a few hundred": (200, 500, "a small number of hundreds"),
    "a few thousand": (2_000, 5_000, "a small number of thousands"),
    "hundreds": (200, 999, "two or more hundreds, below a thousand"),
    "thousands": (2_000, 9_999, "two or more thousands, below ten thousand"),
    "millions": (2_000_000, 999_999_999, "two or more millions"),
    "billions": (2e9, 999e9, "two or more billions"),
    "dozens": (24, 99, "two or more dozens, below a hundred"),
    "scores": (40, 99, "two or more scores"),
    "a dozen": (12, 12, "twelve"),
    "a handful": (2, 6, "a small number"),
    "a few": (2, 5, "a small number"),
    "several": (3, 9, "more than a few, fewer than ten"),
    "a couple of": (2, 3, "two, loosely"),
}

# --------------------------------------------------------------------------- people

# nouns for people: "under 25" after them is an age limit, not a count (values)
PEOPLE_NOUNS: Final = frozenset(
    "prisoner soldier child people person man woman boy girl student player victim "
    "worker those men women children youth teen teenager patient civilian".split()
)
# nouns whose plural is written as the singular, or not with an "s": "2000 people", "1500
# police", "1920 men" count them (a year before a singular noun dates it: "his 2013 stint")
PLURALS_AS_WRITTEN: Final = frozenset(
    "people police personnel staff cattle sheep fish deer crew troops men women children "
    "aircraft".split())
# words for the people a crowd is counted in: "20,000 protesters" and "20,000 people" count one
# crowd (claims' mentions)
CROWD_NOUNS: Final = frozenset(
    "people person protester protestor demonstrator marcher participant".split()
)
# speakers that are many people or an institution: "he" or "she" after them is someone else
# (claims' attribution)
GROUP_SPEAKERS: Final = frozenset(
    "police officials authorities officers investigators prosecutors media government ministry "
    "army "
    "military navy delegation delegations reports witnesses".split()
)
# words that point back rather than name: no speaker, doer or subject of their own (claims)
PRONOUNS: Final = frozenset(
    "i you he she it we they him her them this that these those who which one".split()
)

# --------------------------------------------------------------------------- speech and stance

# verbs that report speech ("X said …", "…, X announced"; claims' attribution, and left out of
# a claim's frame when they are its main verb)
REPORTING_VERBS: Final = frozenset(
    "say tell announce report add note claim state confirm write declare insist stress explain "
    "warn argue suggest reveal told acknowledge admit allege assert mention estimate indicate "
    "recall reiterate remark repeat reply respond signal specify testify tweet post".split())
# verbs that end "James Clark said." with nothing said; not all of REPORTING_VERBS: "No injuries
# were reported." and "Crews responded." say something (claims' check-worthiness)
SPEECH_VERBS: Final = frozenset("say tell add testify state explain".split())
# modals of opinion or exhortation: a sentence with one and no figure is not checkable
# ("Talks must continue"; claims' check-worthiness)
OPINION_MODALS: Final = frozenset({"must", "should", "ought", "need"})
# verbs that state no event of their own ("The meeting is over"; claims' check-worthiness)
LIGHT_VERBS: Final = frozenset("be have seem need become appear look feel".split())
# verbs too empty to say what happened: no core of a claim, and stop words in its frame (claims)
EMPTY_VERBS: Final = frozenset({"be", "have", "do", "get", "go", "become", "seem"})
# words that deny a statement when they are its subject or object ("Russia made no offer"; claims)
NEGATIONS: Final = frozenset(
    {"not", "n't", "never", "no", "none", "nobody", "nothing", "neither", "nor", "without"}
)
# predicates that say opposite things of one action, as lemmas: a checked claim using one side and
# a source the other ("Russia accepted the ceasefire" / "Russia rejected the ceasefire") is a
# conflict, however close their words and meaning (similarity.opposed; check). Each row is
# (one side, the other); a lemma may sit in two rows ("decline" an offer, prices "decline").
# Actions that follow one another (arrested / released, began / ended) are not opposites: both
# can be true of one story.
# Written in rows as words, each side's first word being what `polarity.turned` says a claim's
# predicate the other way with ("survived" -> "died").
OPPOSITE_ROWS: Final[tuple[tuple[str, str], ...]] = (
    ("accept embrace", "reject refuse decline dismiss spurn rebuff"),
    ("agree consent", "refuse decline"),
    ("confirm admit acknowledge confess", "deny dispute"),
    ("approve pass endorse ratify", "veto reject block"),
    ("support favour favor", "oppose"),
    ("rise increase climb grow jump soar surge",
     "fall decrease drop decline plunge sink shrink ease tumble plummet"),
    # "demand eased to 37 GW"; not "slump" ("the team is slumping at 9-14"), nor "claim" / "deny"
    # ("the standings claimed another coach")
    ("raise hike", "cut lower reduce"),
    ("win gain", "lose"),
    ("acquit exonerate", "convict"),
    ("guilty", "innocent"),
    ("allow permit authorize authorise", "ban forbid prohibit bar"),
    ("lift", "impose"),
    ("open reopen", "close shut"),
    ("include", "exclude"),
    ("succeed", "fail"),
    ("survive", "die kill"),  # "was killed" says "died"; "Hale killed two", not that he did
)
# verbs that vouch for the statement they take ("her representative confirms the actress has
# checked in"): a source saying the statement backs them, as it does a claim of it (polarity)
VOUCHING_VERBS: Final = frozenset({"confirm", "verify"})
OPPOSITE_PREDICATES: Final[tuple[tuple[frozenset[str], frozenset[str]], ...]] = tuple(
    (frozenset(a.split()), frozenset(b.split())) for a, b in OPPOSITE_ROWS)
# words before a past participle ("have been banned", "was cut"): a verb turned after one takes
# the participle's form, not the past tense's (polarity)
BEFORE_PARTICIPLE: Final = frozenset(
    "have has had having be been being is are was were get gets got".split())
# words that open an adverbial clause worth a claim of its own ("after talks concluded …"; claims)
CLAUSE_MARKS: Final = frozenset(
    "after before when while as because since although though whereas once until".split()
)
# words that make a clause a condition or a question, not a statement: kept at the head of a
# claim ("If the dam fails, 3,000 homes will flood" is no claim that the dam failed), and a
# reported clause they open is nobody's statement ("would not say whether …"; claims)
CONDITION_MARKS: Final = frozenset({"if", "unless", "whether"})
# words that open a reported question ("would not say how many were hurt"; claims). "When" and
# "where" are left out: they open time and place clauses inside statements as often ("said
# when police arrived the house was empty"); "that", which the tagger may call a wh-word, too.
QUESTION_WORDS: Final = frozenset({"what", "why", "how", "who", "whom", "whose"})
# quotation marks: opened and closed across sentences, left out of claims
QUOTES: Final = "\"“”„«»"


# the function words a headline in capitals capitalises ("Gunman Among 7 Dead After …"), which
# the tagger reads as parts of names: lower-cased for the parse (claims' extractor); no word of
# a thing or a name ("in the last 10 minutes", "a 1950s star in Kelton": concepts, measurerows)
FUNCTION_WORDS: Final = frozenset(
    "a an the and or but nor of in on at to for from by with without into onto over under "
    "after before among amid against during despite since until as than about above below "
    "near off out up down via per is are was were be been being has have had does did do "
    "will would can could may might must shall should his her its their our your my this that "
    "these those who whom whose which what when where why how not no".split())

# demonyms not spelled from their place's name (names: "Spanish" names Spain when the corpus
# names Spain); the regular ones ("Ukrainian", "Turkish") are read from the place's spelling
IRREGULAR_DEMONYMS: Final = {
    "spanish": "spain", "spaniard": "spain", "french": "france", "dutch": "netherlands",
    "british": "britain", "briton": "britain", "greek": "greece", "swiss": "switzerland",
    "welsh": "wales", "scottish": "scotland", "scot": "scotland", "irish": "ireland",
    "danish": "denmark", "dane": "denmark", "swedish": "sweden", "swede": "sweden",
    "finnish": "finland", "polish": "poland", "thai": "thailand", "filipino": "philippines",
    "norwegian": "norway", "portuguese": "portugal", "cypriot": "cyprus", "afghan": "afghanistan",
    "saudis": "saudi", "kuwaiti": "kuwait", "yemeni": "yemen",
    "israeli": "israel", "iraqi": "iraq", "pakistani": "pakistan", "bangladeshi": "bangladesh",
    "icelandic": "iceland", "lebanese": "lebanon", "sudanese": "sudan", "malagasy": "madagascar",
}

# a count of none (`claims.mentions` finds it, `numbers` reads it as 0): "no one" / "nobody" as a
# clause's subject ("No one was hurt": none of people), "no" before a casualty noun (NONE_NOUNS,
# lemmas: "no deaths were reported")
NOBODY: Final = frozenset({"nobody", "noone", "no-one"})
NONE_OF_PEOPLE: Final = NOBODY | {"no one"}
NONE_WRITTEN: Final = NONE_OF_PEOPLE | {"no", "none"}
# nouns of events a story may look back on ("the 2009 Ostrel disaster", "during that dispute"):
# a year before one dates it (it is no model year); "that" before one points back to an occasion
# the sentence before named
EVENT_NOUNS: Final = frozenset(
    "disaster collision crash derailment accident tragedy quake earthquake flood fire blaze blast "
    "explosion outbreak epidemic strike walkout dispute election riot protest attack bombing "
    "shooting massacre storm hurricane cyclone typhoon tsunami eruption war uprising siege spill "
    "collapse landslide famine drought incident".split())
NONE_NOUNS: Final = frozenset({"death", "injury", "casualty", "fatality", "arrest"})
# words for the dead counted by who they were ("the bodies of 12 miners"): the count is of bodies
REMAINS: Final = frozenset({"body", "bodies", "remains", "corpse", "corpses"})

# faiths as the recogniser names them (NORP), in lower case: they say who people are, and
# stories of every kind name them, so they tie no two stories (`story.story_names`)
FAITHS: Final = frozenset({
    "christian", "christians", "muslim", "muslims", "jewish", "jew", "jews", "catholic",
    "catholics", "protestant", "protestants", "hindu", "hindus", "buddhist", "buddhists", "sikh",
    "sikhs", "islamic", "evangelical", "evangelicals", "orthodox", "mormon", "mormons"})

# places written short or another way, folded (`names.fold`: "U.S." is "us"), to the name the
# gazetteer and grouping use: a claim "in the U.S." and one "in the United States" name one place
PLACE_ALIASES: Final = {
    **dict.fromkeys(("us", "usa", "america", "united states of america"), "united states"),
    **dict.fromkeys(("uk", "britain", "great britain"), "united kingdom"),
    **dict.fromkeys(("nyc", "new york city"), "new york"),
    **dict.fromkeys(("n korea", "n. korea", "dprk"), "north korea"),
    **dict.fromkeys(("s korea", "s. korea"), "south korea"),
    **dict.fromkeys(("s africa", "s. africa"), "south africa"),
    **dict.fromkeys(("w bank", "w. bank"), "west bank"),
    "uae": "united arab emirates", "drc": "democratic republic of the congo",
    # US states as news agencies abbreviate them (AP style), with their points
    "ala.": "alabama", "ariz.": "arizona", "ark.": "arkansas", "calif.": "california",
    "colo.": "colorado", "conn.": "connecticut", "del.": "delaware", "fla.": "florida",
    "ga.": "georgia", "ill.": "illinois", "ind.": "indiana", "kan.": "kansas", "ky.": "kentucky",
    "la.": "louisiana", "md.": "maryland", "mass.": "massachusetts", "mich.": "michigan",
    "minn.": "minnesota", "miss.": "mississippi", "mo.": "missouri", "mont.": "montana",
    "neb.": "nebraska", "nev.": "nevada", "nh": "new hampshire", "nj": "new jersey",
    "nm": "new mexico", "ny": "new york", "nc": "north carolina", "nd": "north dakota",
    "okla.": "oklahoma", "ore.": "oregon", "pa.": "pennsylvania", "ri": "rhode island",
    "sc": "south carolina", "sd": "south dakota", "tenn.": "tennessee", "vt.": "vermont",
    "va.": "virginia", "wash.": "washington", "wva": "west virginia", "w.va.": "west virginia",
    "wis.": "wisconsin", "wyo.": "wyoming",
}

# --------------------------------------------------------------------------- units
# (the table of units as written, and what each measures, is `unitnames`)
# words near a length saying which length it is (concepts.py): "300 metres below the surface"
LENGTH_WORDS: Final = {
    "depth": ("deep", "depth", "below", "underground", "beneath", "under"),
    "distance": ("from", "away", "off", "north", "south", "east", "west", "northeast",
                 "northwest", "southeast", "southwest", "distance"),
    # "12 km high"; "sent ash 12 km into the sky"
    "height": ("high", "tall", "height", "sky", "air", "atmosphere"),
    # how far up a thing was, not how tall it is ("destroyed 6.8 miles above the sea" / "a
    # rocket 31 metres tall")
    "altitude": ("above", "altitude"),
    "length": ("long", "length"),
}
# compass directions, in degrees from north: a distance "east of Aden" and one "west of Aden"
# place a thing on two sides of it, however equal the distances (concepts, measures)
BEARINGS: Final = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180,
                   "southwest": 225, "west": 270, "northwest": 315}
# words that make the number after them a change, not a level, and its direction ("climbed 1.2
# percent to 4,512.30": +1.2 % is the change, 4,512.30 the level; values, cues). Nouns count
# too when the number comes first ("a 5% rise").
CHANGE_WORDS: Final = {
    **dict.fromkeys(
        "rose rise rises rising risen climbed climb climbs climbing increased increase increases "
        "increasing grew grow grows growing gained gain gains gaining jumped jump jumps jumping "
        "surged surge surges surging soared soar soars soaring rallied rally added adds advanced "
        "advances up higher hike hikes boost boosted leapt leaped".split(), "up"),
    **dict.fromkeys(
        "fell fall falls falling fallen dropped drop drops dropping declined decline declines "
        "declining decreased decrease decreases decreasing slid slide slides sliding slipped "
        "slip slips plunged plunge plunges plummeted tumbled tumble sank sink lost loses losing "
        "shed sheds eased eases down lower cut cuts shrank shrink shrinks retreated slumped "
        "slump slumps dipped dips sagged".split(),
        "down"),
}
# verbs that, with "from X to Y", move a level from one figure to another ("raised the rate from
# 1.12 to 1.19 percent", "the toll went from 9 to 12"): the two are the level before and the
# level after, not a range. Besides the change words, verbs that set a level rather than tell
# of a change (alone, "raised $5 million" is money raised, not a rise)
MOVED_FROM: Final = frozenset(CHANGE_WORDS) | frozenset(
    "raised raises raise raising lifted lifts lift lowered lowers lower reduced reduces reduce "
    "slashed slashes hiked trimmed revised revises changed changes moved moves went goes gone "
    "going swelled swell doubled tripled halved upgraded downgraded extended shortened "
    "expanded widened narrowed".split())
# nouns of a kind of place, which a recogniser may tag as a place on their own ("a Gulf island",
# "the Bay"): "gulf" names no one place, so "Gulf of Aden" is not a longer name of it (`gazetteer`)
FEATURE_NOUNS: Final = frozenset(
    "gulf bay sea ocean coast river lake island islands mountains valley strait channel desert "
    "peninsula delta basin highlands lowlands region province state county district city town "
    "north south east west central".split())
# verbs of a figure's level that are also plural nouns, which the tagger may take for nouns in a
# short claim ("The budget totals about $4.8 billion", "Police funding increases by 6.5
# percent"): read as verbs when a figure follows (`claims.worthiness`)
VERBS_LIKE_NOUNS: Final = frozenset(
    "totals increases decreases rises falls drops climbs jumps tops nears hits exceeds costs "
    "cuts doubles halves triples reaches surpasses cost projects forecasts estimates "
    "predicts".split())
# nouns a number names one of rather than counts ("Game 7", "Section 12", "Flight 370",
# "version 10.1", "No. 23"): a label, not a quantity (notquantity). Measures that are written the
# same way ("Category 4", "level 3") are left out: they grade something.
NUMBERED_THINGS: Final = frozenset(
    "game section article chapter clause paragraph page route highway interstate flight room "
    "platform gate channel version model windows iphone galaxy episode jersey shirt bus apartment "
    "suite terminal pier no no. number exit lane pew seat row box runway berth ward "
    # stock indexes named by how many shares they hold ("the FTSE 100", "the S&P 500")
    "ftse s&p nikkei stoxx russell nasdaq-100 sensex cac dax".split()
)
# the scales a temperature is given in, after "degrees" or "°" (claims' mentions, units)
TEMPERATURE_SCALES: Final = frozenset({"c", "f", "celsius", "centigrade", "fahrenheit"})
# words that end a clause's part: the words after them tell of the next figure ("killing 10
# people and injuring 80"; measures)
CONJUNCTIONS: Final = frozenset({"and", "or", "but", "while", "whereas"})
# nouns of how many live somewhere ("200,000 residents"; measures: a population)
POPULATION_NOUNS: Final = frozenset({"resident", "inhabitant", "population"})
# nouns a count is not a tally of things by ("three times", "two years", "5 points", "a third
# of them", "a 9-14 record": a score): measures keys them by their own words or not at all
UNCOUNTED_NOUNS: Final = frozenset(
    "time times year month week day hour minute second decade century season percent point "
    "number one kind sort lot part half third quarter dozen score way thing other others "
    "item unit % round game inning lap set match goal run record start mark score lead "
    "margin age".split()
)
# words a headline in capitals puts right after a name, which the recogniser takes into the name
# ("Jane Doe Dies at 91"), and the generational suffixes after a surname ("John Doe Jr.",
# "John Doe III"): not a surname (concepts: whose age)
NAME_TAIL_WORDS: Final = frozenset(
    "dies died dead says said is was wins won loses lost quits resigns retires arrested charged "
    "jr jr. sr sr. ii iii iv".split())

# words for a person's kin, said beside a name ("his son Jeremy Doe", "Ann Doe, his widow"): a
# family shares a surname, so a relative's age is keyed by the full name (measurerows)
# nouns a story names a person by ("the captain is 54": an age; ages)
PERSON_ROLES: Final = frozenset(
    "captain pilot driver suspect owner founder director manager chief coach skipper officer "
    "gunman mayor minister judge defendant".split())
KIN_NOUNS: Final = frozenset(
    "son sons daughter daughters wife husband widow widower mother father brother brothers "
    "sister sisters nephew niece cousin grandson granddaughter grandmother grandfather stepson "
    "stepdaughter stepfather stepmother uncle aunt fiancee fiance".split())
