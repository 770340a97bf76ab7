"""Every threshold claimcheck judges by, each with its reason, in one place.

`GroupSettings` holds what grouping and matching compare against; each can be set with
`--threshold NAME=VALUE` (or passed to `build_report`, `Checker`, `group_claims`). `Limits` holds
the fixed limits of the value reader and of grouping that no corpus needs to tune; change one
here, with its reason, and run the tests and the benches (`bench/`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GroupSettings:
    """Thresholds for joining two claims (rapidfuzz scores, 0–100), with why.

    - `with_values`: both claims measure the same thing (kind, counted noun, role): the values
      are strong evidence, so the wording may differ more ("talks last …" / "negotiations
      lasted …").
    - `one_value`: one claim has a value the other lacks: they must read nearly alike.
    - `no_values`: statements without values: nearly alike, word order aside.
    - `sort_floor`: order-sensitive score below which set-overlap alone is not trusted.
    - `overlap`: without values on both sides, the share of all content words both claims use.
    - `value_overlap`: with values on both sides, that share may be lower, but not near zero:
      "injured five people" must not join "286 candidates" on the number alone.
    - `max_block`: a word shared by more claims than this is too common to suggest a pair.
    - `same_story`: two sources whose content words (tf-idf cosine over all their claims) overlap
      less than this tell different stories, and their claims never join: "Three people killed"
      in a report on an earthquake is not the same claim as "Two people have been killed" in one
      on a shooting. On ECB+ 1% of article pairs about one event fall below 0.1 and 1% of pairs
      about unrelated topics rise above it.
    - `same_event`: the same for the names and dates the two sources mention (people, places,
      organisations, days): two reports of two earthquakes share the words of earthquakes but
      not the island or the day. Sources that name nothing are not held to it. On ECB+ (20
      topics of two events each) 0.05 keeps about 60 % of the article pairs about two events of
      one topic apart and 95 % of the pairs about one event together.
    - `block_keys`: a claim is only compared with claims sharing one of its this many rarest
      words: a claim that says the same thing shares its rare words (names, the counted thing).
    - `semantic`: use the meaning signal (cosine of the claims' embeddings, `semantic.py`)
      beside the words; False is the pure rapidfuzz path (`--no-semantic`).
    - `meaning`: claims without values (or with values on one side) join on meaning alone
      when their cosine reaches this and they share `meaning_overlap` of their words. In samples
      of a dozen ECB+ pairs that fail on words, most at 0.85 or more said the same thing, about
      half at 0.75–0.8.
    - `meaning_values`: the same for two claims whose values differ: a wrong join there shows
      as a false conflict, so it stays high.
    - `meaning_same`: the same for two claims holding the same amount ("a ceasefire of two to
      three days" proposed / suggested / offered): the equal value is evidence too.
    - `meaning_overlap`: the share of words a pair joining on meaning must still share, so that
      the meaning signal never joins claims with nothing in common.
    - `meaning_floor`: a pair that passes on words must not be further apart in meaning than
      this, unless both hold the same amount: frames that share their words can still say
      different things. On ECB+ as one corpus this rule takes the conflicts from 40 to 25
      (those mixing two events from 22 to 13) and the groups mixing events from 50 to 38.
    - `near_meaning`, `meaning_shared`: two statements without values short on words join when
      they are this close in meaning and share `overlap` of their words, or `meaning_shared` of
      them and a name or a date ("Hale met the president of Vesk in Orvik" / "Hale meets Vesk's
      President in Orvik", "Tom Hale closes his last coal mine" / "Tom Hale shuts down his final
      coal pit"): two signals short of their own thresholds that agree, and the name ties two
      tellings of one story. On news headline pairs rated for meaning (`bench/accuracy.py`'s
      paraphrase measure) the shorter share takes the same-meaning pairs grouped from 402 to
      420 of 589, the unrelated ones staying 9 of 450; with all ECB+ events in one corpus the
      groups mixing two events rise from 39 of 913 to 46 of 932 (a topic's two events told
      alike: a fighter keeping his titles in two fights). A cosine of 0.8 gains 3 pairs for 3
      mixed groups. Before, the longer share also needed a token-set ratio of 80.
    - `meaning_bound`: the same for two claims counting one thing (or money) with a bound in
      common, not a small number ("1,000 prisoners" / "1,000 to 1,200 prisoners"): the shared
      figure is evidence, less than an equal amount. On ECB+ (each event its own corpus) this
      joined 43 more pairs; read one by one, most say the same thing ("$1 million" / "more
      than $1 million" in damage, "10 people" / "at least 10 people" killed); the worst chain
      joins different teams' "$160 million" offers, as agree.
    - `core_meaning`: two statements without values with one core (a named doer, a verb, its
      object: "Russian negotiators handed a detailed memorandum …" / "Russia only handed over
      its memorandum …") join when they share `meaning_overlap` of their words and are not
      further apart in meaning than this: the core says what happened, the rest of the two
      sentences may say different things about it. The same holds for two statements in which
      one named doer acts on the same two or more people ("My desire is to bring Putin and
      Zelensky together", said by Erdogan / "Erdogan would move to organise a summit involving
      Putin, Zelenskyy and Trump"): the doer and the people say which doing it is. On ECB+ (40
      events, each its own corpus) 11 claims have such a doer and people and the rule changes
      no group, so only the seeds and tests exercise it.
    - `coverage` (check only): the share of a checked claim's content words a source's claim must
      hold: "Ukraine gave Russia a list of children" is covered by a longer sentence that says
      more, but not by one that shares two words. Half, not more: a checked sentence often
      describes its people in words no source repeats ("famous 1950s pin-up star Ada Voss"),
      and the frame's similarity (`one_value`, `no_values`) must still hold. On the check
      measure (all 40 ECB+ events) 0.6 → 0.5 answers 16 more of 722 true sentences right with
      no more false conflicts; 0.4 gives 3 more false conflicts and 2 more changed claims
      called supported.
    - `held`, `held_words`, `held_meaning` (check only): the other way round, a source's claim
      of `held_words` content words or more, `held` of them in the checked claim, speaks to it
      too: a checked sentence that says more ("Ann Roe checked into the Kelton Grove clinic on
      Friday to avoid a hearing") holds a source's shorter one ("Ann Roe checked into the Kelton
      Grove clinic"). Its frame's similarity must hold, and its meaning not be further than
      `held_meaning`: a short claim shares its words with many long ones. A source's claim
      without the checked figure only relates to it (`compare.relate`), so a changed figure is
      not backed by it. On the check measure (all 40 ECB+ events) this answers 15 more of 722
      true sentences right and 3 more of 68 turned verbs, with 2 more true sentences called a
      conflict (one a real difference between two outlets' figures) and 1 more
      changed claim called supported (a rep's denial the claim does not carry). All the source
      claim's words, not 0.8 of them: 0.8 answers 6 more true sentences but lets "checked into
      the clinic" back "left the clinic"; a meaning floor of 0.6 answers fewer turned verbs,
      0.4 calls one more changed claim supported.
    """

    with_values: float = 70.0
    one_value: float = 86.0
    no_values: float = 86.0
    sort_floor: float = 55.0
    overlap: float = 0.5
    value_overlap: float = 0.3
    max_block: int = 400
    same_story: float = 0.1
    same_event: float = 0.05
    coverage: float = 0.5
    block_keys: int = 6
    semantic: bool = True
    meaning: float = 0.85
    meaning_values: float = 0.85
    meaning_same: float = 0.7
    meaning_overlap: float = 0.1
    meaning_floor: float = 0.7
    near_meaning: float = 0.75
    meaning_shared: float = 0.35
    meaning_bound: float = 0.6
    core_meaning: float = 0.4
    held: float = 1.0
    held_words: int = 3
    held_meaning: float = 0.5


# the values each GroupSettings field can take (`--threshold` refuses others, and nan): rapidfuzz
# scores run 0–100, shares of words 0–1, cosines -1–1, counts from 1
_SCORE, _SHARE, _COSINE, _COUNT = (0.0, 100.0), (0.0, 1.0), (-1.0, 1.0), (1.0, float("inf"))
SETTING_RANGES: dict[str, tuple[float, float]] = {
    **dict.fromkeys(("with_values", "one_value", "no_values", "sort_floor"), _SCORE),
    **dict.fromkeys(("overlap", "value_overlap", "same_story", "same_event", "coverage",
                     "meaning_overlap", "meaning_shared", "held"), _SHARE),
    **dict.fromkeys(("meaning", "meaning_values", "meaning_same", "meaning_floor", "near_meaning",
                     "meaning_bound", "core_meaning", "held_meaning"), _COSINE),
    **dict.fromkeys(("max_block", "block_keys", "held_words"), _COUNT),
}


@dataclass(frozen=True)
class Limits:
    """Fixed limits, with why.

    - `name_min_length`: only words of this many letters or more are spelling variants of a name
      (shorter ones differ by too large a share of their letters: "Kim" / "Kin").
    - `name_prefix`: variants of a name share their first this many letters (Zelensky /
      Zelenskyy / Zelenskiy, Erdoğan / Erdogan), which keeps the comparison to a few candidates.
    - `name_ratio`: rapidfuzz ratio (0–100) at or above which two such words are one name.
    - `shared_bound`: two counts sharing a bound join on meaning only when the bound is at least
      this: "10 people" / "at least 10 people" killed is evidence, "2 people" / "2 to 3" is not.
    - `span_slack`: seconds either side of a duration derived from two clock times when either
      is approximate ("around 4:17 p.m."): an approximate clock time is rounded to five minutes.
    - `clock_slack`: minutes two clock times may differ by and still be compatible when either
      is approximate ("about 2:45 p.m." / "2:44 p.m.").
    - `max_age`: the oldest age, in years, a bare number after a name or a bound on a group of
      people may be ("LaCalamita, 38,"; "prisoners under 25"): larger numbers are counts.
    - `birthdays`: ages this many years apart or fewer are compatible: articles written at
      different times can both be right ("Orozco, 27" when sought, "Orozco, 29" at his trial).
    - `undated_claim_days`: a checked claim with no date is taken as told within this many days
      of a source's article, so one birthday may fall between ("Hale is 62" / "Hale, 61,"), two
      may not ("Hale is 63").
    - `concept_window`: words on each side of a value that can name what it measures ("nine
      miners were killed"; "killing at least nine").
    - `scope_span`: characters on each side of a value in which a scope word ("so far", "in the
      province", "last year") narrows what it counts.
    - `story_days`: a date this many days or fewer from its source's publication is a day of the
      story itself; one further away is another occasion ("the September quake", "in 2003").
    - `subject_words`: the opening words of a claim in which an event word ("The blast struck",
      "Nine were killed") makes a clock time or a day in it the event's own.
    - `story_names`: how many of the names a source says most are its story's own; rows of two
      sources whose own names are disjoint tell of two events and are never compared.
    - `story_gap_days`: sources published more than this many days apart tell of two occasions.
    - `other_years`: a checked claim's year this many years or more from a source's publication
      is another occasion than the source's undated figures ("the 2017 blast", in 2026); a year
      next to it may be the story's ("a 90-day stint for a 2012 case", published in 2013).
    - `unit_rounding`: share by which two lengths (or masses, speeds) written in different units
      may differ and still be one figure: a figure carried into other units is rounded ("35
      miles" / "60 km").
    - `temperature_hedge`: degrees a hedge's factor is taken of for a temperature, whose zero
      is arbitrary: "about" reaches 1.5 degrees either side, "nearly" 1.5 below ("nearly 41C":
      39.5-41C, where a share of the figure made it 32.8-41C).
    - `temperature_rounding`: degrees two temperatures written in different scales may differ by
      beyond the rounding of their written digits ("104F" / "40C"); the digits' own rounding
      (half the last written place) is allowed too, so "113.4F" / "44.3C" conflict.
    - `round_figure`: share by which a round count (ending in two zeros or more: "600 were
      killed") may differ from another count of the same measure and still be compatible with
      it: a count told from afar is rounded ("612"). Further apart, they conflict ("1,000" /
      "1,200"). Money is not rounded so: a deal's "$80 million" and "$82 million" are two sums.
    - `clock_bound_reach`: minutes a clock time bounded on one side reaches the other way
      ("before 5 a.m.": 4:00 to 5:00; "shortly after 4 a.m.": 4:00 to 5:00), so two such
      bounds of one moment meet, and "shortly after 3:15" still misses "2:40".
    - `event_time_slack`: minutes two outlets' clock times for one event may differ by and still
      be one moment: they round to the quarter hour and hedge ("shortly after 6") in ways not
      all read.
    - `same_telling`: share of the smaller claim's frame words two claims must share to tell
      one thing: then an unnamed person's age in both ("a 61-year-old man was charged with
      murder after the depot shooting" / "a 38-year-old man was charged over the shooting at
      the depot") is one person's, and different ages conflict; below it ("a 38-year-old man
      was injured" / "a 61-year-old man was killed in the blast") they may be two people.
    - `apart_measures`: two sources that disagree on this many measures or more and give the
      same value of none tell two stories in like words (two quakes, two hijackings): their
      disagreements are possible discrepancies, not conflicts. Outlets telling one story share
      a figure or a day somewhere.
    - `name_after_age`: words at most between an age and a name written after it that makes
      the age the name's ("a 61-year-old man, Tom Okafor,", "a 38-year-old former employee Tom
      Okafor"); a name further on ("a 27-year-old parolee was found near the house where Ann
      Roe was shot") is someone else, and the age an unnamed parolee's.
    - `rank_since`: words at most between a rank word and a "since" that dates the ranking
      ("the deadliest quake in the region since 2003"), not a span the figure is counted over.
    - `vague_reach`: factor by which a figure may fall outside a vague amount and still be what
      the amount loosely says ("dozens" / "120", "a few minutes" / "ten minutes"); further out
      the two cannot both be true ("hundreds" / "50", "thousands" / "300").
    - `pronoun_reach`: claims of a source before one opening with "he" or "she" that may name
      whom it stands for ("Ann Roe died on Friday in Kelton. She was 85."): one person named in
      them is the pronoun's, two or more leave it nobody's.
    """

    name_min_length: int = 5
    name_prefix: int = 4
    name_ratio: float = 85
    shared_bound: float = 10
    span_slack: float = 300
    clock_slack: int = 10
    max_age: int = 120
    birthdays: float = 2
    undated_claim_days: int = 365
    concept_window: int = 5
    scope_span: int = 60
    story_days: int = 10
    event_time_slack: int = 20
    clock_bound_reach: int = 60
    unit_rounding: float = 0.1
    temperature_hedge: float = 10.0
    temperature_rounding: float = 0.1
    round_figure: float = 0.03
    subject_words: int = 6
    story_names: int = 5
    story_gap_days: int = 30
    other_years: int = 2
    same_telling: float = 0.5
    apart_measures: int = 3
    name_after_age: int = 4
    rank_since: int = 5
    pronoun_reach: int = 2
    vague_reach: float = 2.0


LIMITS = Limits()


@dataclass(frozen=True)
class InputLimits:
    """Bounds on what one input may hold, so that no file stalls or exhausts a run, with why.

    - `article_chars`: an article (a file, or a record of a JSON, JSONL or CSV file) longer than
      this is skipped with its length as the reason. A long news article is under 50,000
      characters; a million is a book, which takes minutes and hundreds of megabytes to parse
      and is no article to cross-reference (spaCy's own default limit per text is the same).
    - `paragraph_chars`: a paragraph longer than this is parsed in pieces cut at sentence ends
      (else at a space). A news paragraph is under 2,000 characters; a longer one is a page
      flattened into one line, and the parse of one text grows faster than its length (entities
      per sentence, spaCy's memory).
    - `symbols_chars`, `symbols_share`: a paragraph longer than `symbols_chars` in which letters
      and digits are less than `symbols_share` of the characters is dropped as symbols, not
      text: no sentence is made of them, and spaCy reads each symbol as a word (100 KB of "["
      was 100,000 words to parse, over a minute). Short runs ("------", "* * *") stay as they
      were, dropped later as no sentence.
    - `batch_chars`: spaCy parses paragraphs in batches of 64 or of this many characters, whichever
      is reached first: its memory grows with a batch's text (64 pieces of a 600 KB one-line
      page took 1.7 GB), and 64 news paragraphs come to about 30,000 characters.
    - `batch_words`: and at most this many words and marks (spaCy's tokens, about): what its
      memory grows with is the tokens, and text with a mark every other character ("a<a<a<")
      has five times the tokens of prose for its length (40,000 such tokens in a batch took 800
      MB, as 40,000 of prose do; 100,000 characters of prose are about 20,000).
    - `matrix_sources`: the source × source matrix of report.html shows at most this many
      sources (those sharing the most groups): past it the page grows with the square of the
      corpus (2,000 sources made a 923 MB page) and a reader cannot read the cells anyway.
    - `claims_file_bytes`, `claims`: a claims file for `batch` larger than this is refused before
      it is read, and so is one with more claims: a draft has a few hundred claims of a sentence
      or two (`MAX_CLAIM_CHARS`), and each claim is parsed and matched on its own.
    """

    article_chars: int = 1_000_000
    paragraph_chars: int = 10_000
    batch_chars: int = 100_000
    batch_words: int = 20_000
    symbols_chars: int = 1_000
    symbols_share: float = 0.2
    matrix_sources: int = 60
    claims_file_bytes: int = 64 * 1024 * 1024
    claims: int = 10_000


INPUT_LIMITS = InputLimits()


@dataclass(frozen=True)
class ClusterLimits:
    """How a run on a Dask cluster (`cluster.py`) cuts a corpus into tasks, with why.

    - `tasks_per_worker`: the files are cut into about this many runs of files per worker, so a
      worker that drew the long articles does not hold the others up (as `--jobs` cuts its
      chunks).
    - `files_per_task`: and a run has at most this many files: a task's sources stay in its
      worker's memory until they are parsed, and an archive of millions of files becomes tasks
      of seconds each (the scheduler spends about a millisecond on a task).
    """

    tasks_per_worker: int = 4
    files_per_task: int = 50


CLUSTER_LIMITS = ClusterLimits()
