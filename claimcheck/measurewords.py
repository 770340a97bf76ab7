"""The words that say what a value measures: the concept words of a count (deaths, injured,
arrested, a crowd), the words that narrow a count's scope, and the nouns people are counted by.

Word lists as data, as in `lexicon` (which holds every other list); `concepts` and `measures`
read these.
"""

from __future__ import annotations

import re
from typing import Final

from .lexicon import CROWD_NOUNS, EVENT_NOUNS, ORDINALS, PEOPLE_NOUNS

# verbs done to people only: the figure right after one counts its concept whatever noun the
# people are called by ("nabbed 23 sea brigands", "killed 12 insurgents"); "captured" and
# "evacuated" take boats and homes too
PEOPLE_VERBS = {
    form: concept
    for forms, concept in (
        ("killed killing kills", "deaths"), ("injured injuring injures", "injured"),
        ("wounded wounding wounds", "injured"), ("arrested arresting arrests", "arrested"),
        ("detained detaining detains", "arrested"), ("nabbed nabbing nabs", "arrested"),
        ("apprehended apprehending apprehends", "arrested"))
    for form in forms.split()
}
# a death word naming no death but a punishment or a paper ("three voted against the death
# penalty", "nine on death row"): not a toll's word
NO_TOLL_PHRASES: Final = ("death penalty", "death sentence", "death sentences", "death row",
                          "death threat", "death threats", "death certificate", "death warrant")
# nouns that stand for whoever a verb is done to ("killing two workers and wounding two others"):
# after a people verb they count people, though alone they name nothing to count
STAND_IN_NOUNS = frozenset({"other", "others"})
# Word forms that say what a count of people measures, besides every form of PEOPLE_VERBS. A
# concept word names the measure whether it comes before the number ("killing nine", "the death
# toll rose to 10") or after it ("nine were killed", "11 dead"); the nearest one wins.
_CONCEPT_OWN_WORDS: dict[str, tuple[str, ...]] = {
    "deaths": ("kill", "dead", "died", "die", "dies", "dying", "death", "deaths", "toll",
               "fatalities", "fatality", "lives", "bodies", "fatally", "slain", "slaying"),
    "injured": ("injure", "injuries", "hurt", "hurting", "casualties"),
    "missing": ("missing", "unaccounted"),
    # those caught below ground or in rubble ("23 miners were trapped"; those who "remain
    # trapped" are a scope of their own, `SCOPE_WORDS`): not those underground, nor the rescued
    "trapped": ("trapped", "entombed"),
    # those on board a ferry, a plane or a bus ("it was carrying 86 passengers", "64 passengers
    # were on board": "on board" is read as "aboard")
    "aboard": ("aboard", "onboard", "carrying"),
    # those taken to hospital: fewer than the injured (some are treated where they fell), so a
    # measure of its own ("23 were taken to hospital" / "31 were hospitalised")
    "hospitalised": ("hospital", "hospitals", "hospitalised", "hospitalized", "hospitalisation",
                     "hospitalization"),
    "arrested": ("arrest", "detentions", "custody", "captured", "capturing", "captures"),
    "rescued": ("rescued", "rescuing", "saved", "freed"),
    # those who lived through it: never the dead ("three survived" / "two were killed")
    "survivors": ("survived", "survive", "survives", "surviving", "survivors", "survivor"),
    "evacuated": ("evacuated", "evacuating", "evacuation", "evacuations", "fled", "displaced",
                  "homeless", "evacuees", "evacuee"),
    "crowd": ("marched", "march", "marching", "marchers", "rallied", "rally", "protested",
              "protesters", "protestors", "demonstrated", "demonstrators", "gathered", "crowd",
              "crowds", "turnout", "attended", "attendance", "streets"),
}
CONCEPT_WORDS: dict[str, tuple[str, ...]] = {
    concept: words + tuple(form for form, said in PEOPLE_VERBS.items() if said == concept)
    for concept, words in _CONCEPT_OWN_WORDS.items()
}

# the words after a figure that bring in parts of it ("has risen to 14, including two crew
# members", "40 hurt, among them three children"): the figure itself is the whole
PARTS_INTRO = r"\b(?:including|among\s+them)\b"
# what befalls some of a crowd, said by a word beside its noun ("injured protesters",
# "demonstrators arrested"): a count of them is of that, not of the crowd
HARMS = frozenset({"deaths", "injured", "arrested", "hospitalised", "missing"})
# concepts a counted noun names by itself when its word is one of the concept's ("3 deaths", "20
# arrests", a headline's "Fire Kills 3; 20 Hurt"); a crowd's words ("streets", "rally") count things
CONCEPT_NOUNS = ("deaths", "injured", "missing", "arrested", "rescued", "evacuated", "survivors")
# nouns a crowd's size is written by ("a 15,000 crowd", "a turnout of 5,000", "the 38,900
# spectators"): a count of one is the crowd, as "a crowd of 15,000" is; not "fans" nor
# "supporters", of whom one side's may be a part ("9,000 Vesk supporters travelled")
CROWD_SIZE_NOUNS = frozenset({"crowd", "crowds", "turnout", "attendance", "audience", "spectator",
                              "spectators", "onlooker", "onlookers"})
# what some of a crowd do that the whole crowd need not ("300 protesters threw stones",
# "hundreds set up barricades"): such a count is of those who did it, not of the crowd
CROWD_DEEDS = frozenset(
    "threw hurled attacked set smashed torched burned looted stormed battered".split())
# concepts whose counts grow as news comes in: an ordered rise is an update, not a conflict
GROWING = frozenset({"deaths", "injured", "arrested", "evacuated", "rescued", "area burned",
                     "number of case", "number of infection"})  # an outbreak's cases too
# concepts whose counts fall as news comes in: the missing are found, alive or dead; a later
# source's smaller count is an update, not a conflict ("113 missing" / "87 remain missing")
SHRINKING = frozenset({"missing"})
# the craft a story's event may befall: "that ferry", "that jet" point back to one told of
# before, as "that accident" does (measurewords.BACK_TO_OCCASION)
CRAFT_NOUNS: Final = frozenset(
    "ferry ship vessel boat plane aircraft jet airliner flight train bus coach freighter "
    "tanker".split())
# words pointing back to an occasion the sentence before named ("In 2011 a strike shut the
# ports. Police made 41 arrests during that dispute", "that year", "at the time", "the then
# minister"): a sentence naming no day of its own tells of that sentence's years
BACK_TO_OCCASION = re.compile(
    rf"\b(?:that|those)\s+(?:year|month|week|day|time|"
    rf"{'|'.join(sorted(EVENT_NOUNS | CRAFT_NOUNS))})s?\b"
    r"|\bat\s+the\s+time\b|\bthe\s+then\b", re.I)
# words that say a count has accrued until now ("have now died", "so far", "a total of", "risen
# to", "up from"): a later source's larger count of any measure said so is an update of an
# earlier one ("48 wells tested" on Monday, "have now tested 52" on Tuesday)
ACCRUED = re.compile(r"\b(?:now|so far|to date|in total|a total of|cumulative|risen|rose|rises|"
                     r"climbed|climbs|reached|reaches|up from|(?:has|have) grown|mounted|"
                     r"over the course of)\b", re.I)

# how long a named person has served where they work or worked: the noun an attributive length is
# said of ("a 20-year veteran", "a 15-year member of the department") and the words before a
# length that say the person spent it there ("served 15 years on the force", "has been with the
# department for two decades", "worked at the plant for 12 years"); a term in prison or a
# clinic is no service (`CONFINED_WORDS`)
TENURE_NOUNS = frozenset({"veteran", "member", "employee", "career", "tenure"})
TENURE_BEFORE = re.compile(
    r"\b(?:served|serving|serves|worked|working|works|been with|was with|been at|was at)\b"
    r"(?:\s+[\w'’.-]+){0,5}?\s+(?:for\s+)?(?:about|nearly|almost|more than|over|some)?\s*$",
    re.I)
CONFINED_WORDS = re.compile(r"\b(?:prison|jail|sentence|behind bars|custody|rehab|clinic|"
                            r"treatment|detention|probation|parole)\b", re.I)
# what says a length of time is a prison term: a verb of sentencing a few words before it
# ("sentenced on Thursday to seven years", "jailed for 7 years", "a sentence of 485 years"), or
# a prison after it ("nine years in prison", "two years behind bars", "a seven-year prison
# term", "a 20-year sentence"); and words in its clause that say the term was only asked for or
# risked, not given ("prosecutors sought 12 years", "faces up to 20 years in prison"), or is
# another kind of term (probation, a suspended sentence)
TERM_BEFORE = re.compile(
    r"\b(?:sentenced|jailed|imprisoned|incarcerated|(?:sentence|term)\s+of)\b(?:\s+[^\s\d]+){0,4}?"
    r"(?:\s+(?:to|for))?(?:\s+(?:about|nearly|almost|just|more\s+than|over|some))?\s*$", re.I)
TERM_AFTER = re.compile(
    r"^\s*(?:(?:prison|jail)\s+(?:term|sentence)|sentence)s?\b|^\s+(?:in|behind)\s+(?:an?\s+|the\s+)?"
    r"(?:[a-z]+\s+)?(?:prison|jail|bars|penitentiary)\b", re.I)
TERM_NOT_GIVEN = re.compile(
    r"\b(?:faces?|facing|faced|could|would|might|may|up to|maximum|minimum|asked|asking|sought|"
    r"seeking|seeks?|requested|recommended|demanded|called for|probation|suspended|parole)\b",
    re.I)
# a length that is the radius of an area people were moved out of: "within 2 kilometres of the
# plant", "a 5 km radius", "a radius of three miles", "a 20-km exclusion zone", when the claim
# tells of an evacuation (`EVACUATED`); a radius of anything else ("felt within 200 km") is none
RADIUS_BEFORE = re.compile(r"\b(?:within|radius\s+of)\s+(?:about|some|around|roughly|nearly)?\s*$",
                           re.I)
RADIUS_AFTER = re.compile(r"^[\s-]*(?:radius|(?:exclusion|evacuation|safety|no-go)\s+zone)\b",
                          re.I)
EVACUATED = re.compile(r"\b(?:evacuat\w*|leave\s+(?:their|the)\s+homes?|cleared|exclusion|"
                       r"cordon\w*|moved\s+out|flee|fled|told\s+to\s+leave)\b", re.I)
# people a count's clause says were made to leave ("13,800 residents were forced from their
# homes"): the evacuated, not a place's population, whatever noun counts them
FORCED_FROM_HOMES = re.compile(r"^[^,;.]{0,40}?\b(?:forced|driven)\s+(?:from|out\s+of)\s+"
                               r"(?:their\s+)?homes?\b", re.I)
# a verb that only puts a sum on its subject ("damage to the church was estimated at", "the
# bail was set at", "losses totalled", "revenue for the quarter came in at"): the subject,
# however far back, says what the sum is of
SUM_PUT_AT = re.compile(r"\b(?:(?:is|was|are|were|been|be)\s+(?:estimated|put|valued|pegged|set|"
                        r"assessed|calculated)\s+at|totall?ed|amounted\s+to|came\s+in\s+at|"
                        r"stood\s+at|reached|(?:rose|fell|climbed|dropped|grew)\s+to)\s*$", re.I)
# who a clause says gave an estimate, written before its verb ("Police put the turnout at",
# "Organisers estimated that", "Organisers say"): police and organisers count a march apart
ESTIMATED_BY = re.compile(r"^\s*(?:the\s+)?([\w'’ -]{2,40}?)\s+(?:put|puts|estimated|estimates|"
                          r"said|say|says|claimed|claims|counted|reckoned)\b", re.I)
# a verb that puts a count on what it names before "at" ("police put the turnout at 35,000",
# "estimated the crowd in Kelton at", "put the death toll at"): its words say what is counted
COUNT_PUT_AT = re.compile(r"\b(?:put|puts|putting|estimated|estimates|estimating|placed|places|"
                          r"pegged|pegs)\s+(?P<what>(?:[\w'’-]+\s+){1,5}?)at\s*$", re.I)
# a sum said of one share ("42.50 euros per share", "$12 a share", "for each share"): the price
# of a share, not the sum of the deal it is written beside
PER_SHARE = re.compile(r"^\s*(?:euros?|dollars?|pounds?|pence|cents?)?\s*(?:per|a|an|each|"
                       r"for\s+each)\s+(?:ordinary\s+)?share\b", re.I)
# words in a sum's clause that make it a figure foreseen, not one reported ("beat the consensus
# estimate of $4.1 billion", "analysts had expected $4.1 billion")
FORESEEN = re.compile(r"\b(?:estimates?|forecasts?|expected|expectations?|consensus|projected|"
                      r"predicted|outlook|guidance)\b", re.I)
# words right before a figure that make it one foreseen or possible, not one reported: a
# forecast ("organisers had expected a crowd of 44,000", "an exit poll forecast 24 seats"), or a
# figure a modal says a measure could reach ("the toll could rise above 100", "the fault can
# produce quakes of magnitude 7"): it measures nothing yet. A hedged report of what happened is
# one ("it is feared that three died"), and so is what a modal's object is ("so that Greece can
# get a $144 billion bailout"); case kept, so the month May is no "may"; "rise from 63" gives the
# figure now
FORESEEN_BEFORE = re.compile(
    r"\b(?:(?:could|may|might|can|would|will)\s+(?:[a-z]+\s+)?(?:rise|reach|climb|top|exceed"
    r"|hit|go|increase|grow|double|surpass|produce|trigger|cause|generate|cost|total|see|face"
    r"|strengthen|weaken|intensify|become)"
    r"|expects?|expected|forecasts?|predicted|predicts?|projected|(?<!the )(?<!'s )projects"
    r"|project(?=\s+an?\s))\b"  # "staff project a deficit of $40 million"; not "the project"
    r"(?:\s+(?!from\b|since\b|after\b|already\b|now\b)[\w'’-]+){0,4}\s*$")
# a modal right after a figure, which makes it the subject of what may be, not of what was
# ("aftershocks of magnitude 5 or more could not be ruled out"; not "12 may have died", a hedged
# report)
FORESEEN_AFTER = re.compile(r"^(?:\s+or\s+(?:more|higher|greater|above))?\s+(?:could|may|might)\b"
                            r"(?!\s+(?:not\s+)?have\b)")

# what an area measures, by the words of its claim: land a fire burned ("burned 12,000
# hectares", "the blaze has scorched some 30,000 acres") or a flood covered
AREA_WORDS: Final = (
    ("area burned", re.compile(r"\b(?:burn(?:ed|t|ing|s)?|scorch\w*|charr\w*|blacken\w*|"
                               r"consum\w*|fires?|blaze|wildfires?|bushfires?)\b", re.I)),
    ("area flooded", re.compile(r"\b(?:flood\w*|inundat\w*|submerg\w*|under\s+water)\b",
                                re.I)),
)
# what a speed measures, by the words before it: a gust ("gusts of up to 90 km/h", "gusting to
# 160 km/h"), the wind ("winds of 120 km/h"), a limit ("the 80 km/h limit" is read after), or
# how fast the story's vehicle went ("the train was travelling at 88 mph", "doing 140 km/h",
# "touched down at about 165 knots", "crashed at 80 km/h", lava "advanced at 300 metres per hour")
LIMIT_AFTER = re.compile(r"\s*-?\s*(?:speed\s+)?(?:limit|restriction)s?\b", re.I)
SPEED_WORDS: Final = (("gust speed", re.compile(r"\bgust\w*", re.I)),
                      ("wind speed", re.compile(r"\bwinds?\b", re.I)),
                      ("speed limit", re.compile(r"\b(?:limit\w*|restrict\w*)\b", re.I)),
                      ("speed", re.compile(r"\b(?:travell?(?:ing|ed)|going|doing|driving|drove|"
                                           r"speeding|hurtling|racing|at a speed of|speed of|"
                                           r"clocked|landed|landing|touched\s+down|took\s+off|"
                                           r"flying|flew|sailing|crashed|struck|hit|"
                                           r"advanc(?:ed|ing)|moving|moved|flowing|flowed|"
                                           r"spreading)\b"
                                           r"(?:\s+at)?(?:\s+\w+)?\s*$", re.I)))
# words right before a count saying it is how many a craft or a place may hold, not how many
# it held ("licensed to carry 350 passengers", "rated for up to 500", "a capacity of 60,000")
CAPACITY_BEFORE = re.compile(
    r"\b(?:(?:licen[cs]ed|rated|certified|designed|built|permitted|allowed|authori[sz]ed|"
    r"approved|cleared)\s+(?:to\s+(?:carry|hold|seat|take)|for)|capacity\s+(?:of|for)|"
    r"(?:can|could)\s+(?:carry|hold|seat))\s*$", re.I)
# words right before a count saying it is how many work for an employer: "the plant employs 300
# people", "a workforce of 1,200", "a staff of 40" (not "120 workers were on shift": those there);
# the word before the verb is the employer ("Kestrel employs 3,000" / "the plant employs 240")
WORKFORCE_BEFORE = re.compile(r"(?:\b(?P<employer>[\w'’-]+)\s+)?\b(?:employs?|employed|employing|"
                              r"workforce\s+of|staff\s+of)\s+"
                              r"(?:about|around|some|nearly|almost|roughly|more\s+than|over)?\s*$",
                              re.I)

# words before a number saying it is a quake's (or a blast's) magnitude
MAGNITUDE_WORDS = ("magnitude", "richter", "magnitude-")
# nouns a figure with a decimal point before them is the magnitude of ("a 5.6 quake")
MAGNITUDE_NOUNS = frozenset({"quake", "earthquake", "tremor", "aftershock", "temblor"})
# the nouns among them that say whose magnitude it is, the main quake's or an aftershock's ("the
# largest aftershock, a magnitude 4.8 tremor": a tremor may be either)
QUAKE_NOUNS = MAGNITUDE_NOUNS - {"tremor"}
# a figure with a decimal point, as a magnitude is written ("5.6")
DECIMAL = re.compile(r"\d{1,2}\.\d{1,2}")
# a verb a quake's size is said with, right before a figure with a decimal point ("the quake,
# which measured 6.1", "the strongest aftershock measuring 4.8", "registered 5.9")
MEASURED = re.compile(r"\b(?:measured|measuring|measures|registered|registering)(?:\s+at)?\s*$",
                      re.I)

# words saying a claim tells of the event itself, so a clock time or a day in it is when the
# event happened ("the blast struck at 6 a.m.", "nine were killed on Wednesday")
EVENT_WORDS = frozenset({
    "struck", "hit", "hits", "happened", "occurred", "broke", "erupted", "exploded",
    "explosion", "blast", "attack", "attacked", "fire", "blaze", "quake", "earthquake", "tremor",
    "crash", "crashed", "shooting", "shot", "killed", "died", "collapsed", "collapse", "ignited",
    "capsized", "sank", "sunk", "toppled", "derailed", "bombing", "stabbing",
    "detonated", "detonation",
    # crimes and accidents named by their noun ("the raid began at 3:40 a.m.")
    "raid", "robbery", "heist", "burglary", "break-in", "theft", "derailment", "ambush",
    "hijacking", "eruption", "landfall"})

# nouns and verb forms of past crimes a story looks back on, by their kind: a year or day right
# before the noun ("the 1967 killings", "his 2005 rampage") or after "in" / "on" in a clause
# telling of it ("murdering two women ... in 1967") dates that crime (concepts: "date of the
# killing"). Two words of one kind tell of one crime. Events that recur are left out: "the 2014
# Oscars" and "the 2007 Oscars", "the 2004 quake" and "the 2005 quake" are two of them
# (measured: with ceremonies, a host's two Oscars became a false conflict on ECB+).
DATED_EVENTS: dict[str, str] = {
    **dict.fromkeys(
        "killing killings slaying slayings murder murders murdering murdered homicide homicides "
        "massacre shooting shootings rampage spree stabbing stabbings".split(), "killing"),
    **dict.fromkeys("attack attacks bombing bombings".split(), "attack"),
}

# words that narrow or widen what a count covers: two counts with different scope words (or one
# with and one without) measure different things, or may
SCOPE_WORDS: dict[str, str] = {
    "so far": "so far", "to date": "so far", "in total": "in total", "total": "in total",
    "this year": "this year", "last year": "last year", "a year earlier": "last year",
    "a year ago": "last year", "year-earlier": "last year", "a year before": "last year",
    "per year": "per year", "annually": "per year", "each year": "per year",
    "per day": "per day", "each day": "per day", "daily": "per day", "average": "average",
    "region": "region", "province": "province", "nationwide": "country",
    "across the country": "country", "country": "country", "worldwide": "world",
    "since": "since", "including": "part", "among them": "part", "alone": "part",
    "itself": "part",  # "in the town of Orvik alone", "in Orvik itself": one place of a whole
    "aftershock": "aftershock", "aftershocks": "aftershock",
    # those still in hospital a day on, fewer than were taken there
    "remain in hospital": "still", "remains in hospital": "still", "still in hospital": "still",
    "remained in hospital": "still", "remain trapped": "still", "remains trapped": "still",
    "still trapped": "still", "remained trapped": "still",
    # a superlative names the extreme of many, not this event's own figure ("its deepest
    # galleries lie 850 m below ground" beside "the blast struck 300 m below ground")
    "deepest": "extreme", "highest": "extreme", "longest": "extreme", "farthest": "extreme",
    "furthest": "extreme", "largest": "extreme", "biggest": "extreme", "maximum": "extreme",
    "record": "extreme",
}

# words that rank the event among others ("the deadliest since 2003", "the fifth raid since
# September", "the worst in the region since 1998"): a "since" a few words after one dates the
# ranking, and is no span the figure is counted over (measurerows)
RANK_WORDS: Final = frozenset(ORDINALS) | frozenset(
    "worst best most least deadliest biggest largest strongest heaviest highest lowest costliest "
    "bloodiest worst-ever latest last".split())

# nouns that name one kind of thing ("14 vessels" / "a dozen ships"): a count keyed by either is
# the number of the first, and claims worded alike compare their figures (compare); kinds that
# differ in size or use stay apart (a boat is no ship: pirates' skiffs and the ships they seize
# are counted apart)
COUNTED_SYNONYMS: Final = {
    "skiff": "boat", "speedboat": "boat", "dinghy": "boat",
    "firearm": "gun", "house": "home", "dwelling": "home", "automobile": "car",
    "appliance": "engine",  # a fire appliance, as British copy calls a fire engine
    "footbridge": "bridge", "span": "bridge",  # "the 40-metre footbridge" / "the 65-metre span"
    "term": "sentence",  # "a 20-year term" / "a 20-year sentence": one length a court gives
}


def one_kind(noun: str) -> str:
    """A noun as the kind of thing it names (`COUNTED_SYNONYMS`: "skiff": boat)."""
    return COUNTED_SYNONYMS.get(noun, noun)

# nouns a number after them grades, not counts ("a Category 3 hurricane"): the measure is the
# grade itself ("category"), told alike by every outlet of one storm
GRADE_NOUNS: Final = frozenset({"category"})

# what befell things counted by their noun, by the verb the parse gives them: "214 homes were
# destroyed", "1,500 homes remain threatened", "600 houses damaged" count three sets of homes,
# each a measure of its own ("number of home (destroyed)"); the verb's word, its state
BEFELL_THINGS: Final = {
    **dict.fromkeys("destroyed destroy destroys razed levelled leveled flattened burned burnt "
                    "lost gutted demolished".split(), "destroyed"),
    **dict.fromkeys("damaged damage damages".split(), "damaged"),
    **dict.fromkeys("threatened threaten threatens".split(), "threatened"),
    **dict.fromkeys("flooded flood floods inundated submerged".split(), "flooded"),
    # a vote's sides: "12 deputies abstained", "seven voted against", "four backed the bill"
    **dict.fromkeys("abstained abstain abstaining abstentions".split(), "abstained"),
    **dict.fromkeys("against opposed rejected".split(), "voted against"),
    **dict.fromkeys("backed supported favour favor".split(), "voted for"),
    **dict.fromkeys("defected rebelled".split(), "defected"),
}
# a vote's side said after the counted noun, words between ("seven deputies of the Farmers'
# Union voted against the bill", "four voted in favour", "nine abstained"): `BEFELL_THINGS`
VOTED_SIDE: Final = re.compile(r"\b(?:vot(?:ed|ing)\s+(against|for|in\s+favou?r)|(abstained))\b",
                               re.I)

# scopes that say over what a figure accrues (a period, a wider place, a part of a whole): they
# narrow a toll, a crowd or a sum, but not what is one thing's own (an age, a magnitude, a depth,
# a day): "the strongest quake in the province since 2005" gives the quake's own magnitude
ACCRUING_SCOPES: Final = frozenset({"so far", "in total", "this year", "last year", "since",
                                    "region", "province", "country", "world", "part"})

# scopes that narrow a count only in its own clause: "an aftershock injured five" counts the
# aftershock's injured, "Aftershocks jolt the island, death toll rises to 10" the quake's
CLAUSE_SCOPES: Final = frozenset({"aftershock", "last year"})

# nouns a count of people is written with: a count of anything else ("seven villages", "two
# helicopters") is not a death toll, however near the word "killed"
HEADCOUNT_NOUNS: Final = PEOPLE_NOUNS | CROWD_NOUNS | frozenset({
    "persons", "kid", "kids", "boys", "girls", "adult", "adults", "baby", "babies", "victims",
    "civilians", "resident", "residents", "villager", "villagers", "workers", "employee",
    "employees", "miner", "miners", "passenger", "passengers", "crew", "crewmen", "crewman",
    "sailor", "sailors", "soldiers", "troops", "officer", "officers", "police", "policeman",
    "policemen", "firefighter", "firefighters", "students", "pupil", "pupils", "tourist",
    "tourists", "pilgrim", "pilgrims", "protesters", "protestors", "demonstrators", "suspect",
    "suspects", "pirate", "pirates", "militant", "militants", "fighter", "fighters", "member",
    "members", "citizen", "citizens", "migrant", "migrants", "refugee", "refugees", "patients",
    "inmate", "inmates", "prisoners", "fan", "fans", "dead", "injured", "wounded", "survivor",
    "survivors", "others", "family", "families", "hostage", "hostages", "guard", "guards", "staff",
    "players", "rebel", "rebels",
})
# rescuers named by a word before a noun of workers ("90 rescue workers", "200 emergency
# personnel", "search teams"): counted as the rescuers are (`RESPONDER_NOUNS`)
RESCUE_WORKERS = re.compile(r"^\s+(?:rescue|emergency|search(?:-and-rescue)?)\s+(?:workers?|"
                            r"personnel|crews?|teams?|staff)\b", re.I)
# people sent to an event (firefighters, police, troops, guards): a count of them is how many were
# sent, a measure of its own ("More than 50 firefighters tackled the blaze"), when no concept word
# says what befell them ("Two officers suffered minor injuries": injured)
RESPONDER_NOUNS: Final = frozenset(
    "firefighter firefighters fireman firemen officer officers police policeman policemen "
    "trooper troopers troop troops soldier soldiers guard guards rescuer rescuers paramedic "
    "paramedics".split())

# a number right after one of these is the object of a phrase ("marched by tens of thousands",
# "among 40 people"), so a concept word before it names another figure's measure
PREPOSITIONS = frozenset({"by", "from", "with", "among", "in", "on", "at", "for",
                          "during", "after", "before", "near", "than", "between"})
# words between an age and a name after it that make the name another's: a preposition ("the
# 26-year-old actress checked into the Roe Clinic", "the 27-year-old son of Ann Roe") (whose)
NAME_AFTER_BREAKS = PREPOSITIONS | {"into", "of", "to"}

# words between what changed and its change word that name nothing ("stocks closed down 3.9
# percent", "the index had risen"): what a percentage change is of is the word before them
CHANGE_FILLERS = frozenset(
    "the a an its their his her closed ended finished opened were was is are has have had been "
    "also sharply steeply by nearly almost about some further more".split())
# a market's own words for what its percentage changes are of, in one form: "Greek stocks fell
# 5.4 %" and "the Athens index closed down 3.9 %" tell one day's fall
MARKET_WORDS = {w: "stocks" for w in
                "stocks stock shares share index indices indexes market markets exchange bourse "
                "equities".split()}
# a market word written after a company's name, whose shares they are ("Orvik Mining shares
# fell": Orvik Mining's, as "shares in Orvik Mining" are)
COMPANY_SHARES = frozenset({"shares", "share", "stock"})


# things whose length a story gives as a figure written onto them ("a 90-day stint", "a 48-hour
# strike", "a truce of two days"): two outlets giving two lengths for one of them disagree. Kept
# to things a story has one of; a contract, a deal or a prison term is each party's own (a
# story of signings tells of many), and a length written onto anything else ("a 20-year
# veteran", "a 10-year high", "a 24-hour period") is not how long that thing lasts
LASTING_NOUNS: Final = frozenset(
    "stint stay rehab strike walkout ceasefire truce visit trip tour siege standoff lockdown "
    "curfew blockade closure moratorium shutdown mission journey voyage trial hearing fast".split())

# a word, hyphenated or not
WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


# a number or a clause mark ends the words read around a value
CLAUSE_MARK = re.compile(r"[\d,;:()]")


def words(text: str) -> list[tuple[str, int]]:
    """The words of a text, lower-cased, each with where it starts."""
    return [(m.group().lower(), m.start()) for m in WORD.finditer(text.lower())]

# words a headline in capitals writes that the tagger knows in lower case only: the words of a
# toll, a quake's and a crime's, and an age ("2 Dead, 1 Wounded in Kelton Shooting", "Star Dies
# At Age 91"). In capitals it takes "2 Dead" for a name and counts the wounded as dead. Not a
# crowd's words: "March" and "Rally" are a month and names too.
HEADLINE_WORDS: Final = frozenset(
    w for concept, forms in CONCEPT_WORDS.items() if concept != "crowd" for w in forms
) | MAGNITUDE_NOUNS | frozenset(DATED_EVENTS) | {"magnitude", "age", "aged", "dies", "wounded"}

# a record set beside whose it is: "Doe (52-3", "Jane Doe, 53-3,", "the Hawks, who are slumping
# at 9-14", "the Hawks, while underachieving at 9-14" (a game's score is not keyed: "beat the
# Hawks 102-98" tells of one game among the story's others)
RECORD_BESIDE = re.compile(
    r"\b([A-Z0-9][\w'’.-]*[A-Za-z][\w'’.-]*)\s*(?:\(|,(?:\s+(?:who|which|while)\b[^,()]{0,40}?"
    r"\b(?:at|to))?)\s*$")
# what says a score is a win-loss record, before it ("improved to 42-2", "a record of 12-7") or
# after it ("a 12-7 record", "12-7 mark"), and the names whose record it can be
RECORD_VERB = re.compile(r"\b(?:improved|improves|fell|falls|dropped|drops|slipped|slips|moved|"
                         r"moves|went|goes)\s+to\s*$|\brecord\s+(?:of|at|to)\s*$", re.I)
RECORD_NOUN = re.compile(r"^\s*(?:record|mark)\b", re.I)
WHOSE_RECORD = frozenset({"PERSON", "ORG", "NORP"})
RECORD_NAME_WITHIN = 30  # characters from the claim's start: the name it opens with

# the verb a length of time is said with, right before it: how long a thing lasted ("the tremor
# lasted 30 seconds", "talks went on for three hours"), or how late it began ("the talks began
# two hours late"); what lasted or began is the subject before the verb (`_timed`)
LASTED = re.compile(r"\s(?:has\s+|had\s+)?(?:lasted|lasts?|went\s+on|continued|dragged\s+on)"
                    r"(?:\s+for)?\s*$", re.I)
STARTED = re.compile(r"\s(?:had\s+|has\s+)?(?:already\s+)?(?:started|began|begun|opened|resumed|"
                     r"arrived|landed|departed|left|took\s+off)\s*$", re.I)

# a word right after a count that says its things are not yet confirmed ("400 suspected cases",
# "12 probable deaths", "30 possible infections"): another measure than those confirmed
UNCONFIRMED = re.compile(r"^\s+(?:more\s+|other\s+|new\s+)?(?:suspected|probable|possible|"
                         r"presumed|presumptive|unconfirmed|likely)\b", re.I)
# plural nouns of a level, not of things counted ("shares rose to 42", "temperatures rose to
# 40"): a figure a verb moves them to counts nothing
LEVEL_NOUNS = frozenset("shares stocks prices temperatures rates levels yields values scores "
                        "ratings readings points wages salaries earnings profits sales revenues "
                        "costs bills odds hopes".split())
# a verb that moves a count to a figure, with nothing between ("cases have risen to 306", "the
# number of arrests reached 40", "stood at"): its clause's subject says what is counted
COUNT_MOVED_TO = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|jumped|increased|grew|grown|"
                            r"reached|reaches|stood|stands|fell|fallen|dropped)(?:\s+(?:to|at))?"
                            r"\s*$", re.I)
# the verb before "for" that names what a length of time was spent on ("deliberated for")
SPENT_FOR = re.compile(r"\b([a-z]{4,}ed)\b(?:\s+[\w'’]+){0,3}\s+for\s*(?:about|nearly|some|"
                       r"more than|almost|over|just)?\s*$", re.I)
# lengths of time that are each party's own, not one event's (a term served, a contract): kept
# out of `SPENT` ("a 15-year sentence", "jailed for 10 years")
OWN_TERMS = frozenset("sentence sentences term terms contract contracts deal deals career "
                      "jailed imprisoned sentenced served signed married lived worked "
                      "employed banned suspended".split())
# a toll, however far back in its clause, that a verb brings a figure to ("the death toll from
# the bridge collapse in Kelton rose to four")
TOLL_TO = re.compile(r"\btoll\b[^,;:()\d]*\b(?:rose|risen|rises|climbed|jumped|increased|reached|"
                     r"stood|stands|hit|now)\b(?:\s+(?:to|at|about|some))?\s*$", re.I)
