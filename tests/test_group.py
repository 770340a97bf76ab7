"""Grouping and verdicts on the seed corpus: shared/acceptance/seed-findings.md as a case table."""

from __future__ import annotations

import pytest
from conftest import count_value, make_claim, stem, write_sources

from claimcheck.forked import can_fork
from claimcheck.group import GroupSettings

xfail = pytest.mark.xfail(strict=True)


def group_of(seed_json, prefix, fragment):
    """The group holding a claim of source `prefix` whose text contains `fragment`."""
    claims = {c["id"]: c for c in seed_json["claims"]}
    hits = [
        c["id"]
        for c in seed_json["claims"]
        if stem(c["source"]) == prefix and fragment.lower() in c["text"].lower()
    ]
    assert hits, f"no claim in {prefix} with {fragment!r}"
    for g in seed_json["groups"]:
        if hits[0] in g["claims"]:
            return g, [claims[i] for i in g["claims"]]
    raise AssertionError("claim in no group")


def groups_with(seed_json, prefix, fragment):
    """Ids of every group holding a claim of `prefix` that contains `fragment` (a source may
    repeat its wording)."""
    ids = {
        c["id"]
        for c in seed_json["claims"]
        if stem(c["source"]) == prefix and fragment.lower() in c["text"].lower()
    }
    assert ids, f"no claim in {prefix} with {fragment!r}"
    return {g["id"] for g in seed_json["groups"] if ids & set(g["claims"])}


def joined(seed_json, members):
    """The one group that holds a claim of every (source, fragment) member; fails if they are
    apart."""
    sets = [groups_with(seed_json, p, f) for p, f in members]
    common = set.intersection(*sets)
    found = zip(members, sets, strict=False)
    assert common, "split: " + " | ".join(f"{m}: {sorted(s)}" for m, s in found)
    gid = min(common)
    group = next(g for g in seed_json["groups"] if g["id"] == gid)
    return group, group["claims"]


FINDINGS = [
    pytest.param(
        [
            ("001", "negotiations lasted for an hour"),
            ("002", "talks last less than an hour"),
            ("003", "talks lasted a little over an hour"),
            ("004", "talks lasted for just over an hour"),
        ],
        {"conflict"},
        ["less than an hour", "a little over an hour"],
        id="D1-duration-conflict",
    ),
    pytest.param(
        [("002", "ended barely an hour after"), ("003", "talks lasted a little over an hour")],
        {"conflict"},
        ["barely an hour"],
        marks=xfail,
        id="D1-barely-an-hour-joins",
    ),
    pytest.param(
        [
            ("000", "1,000 prisoners of war each"),
            ("003", "1000 for 1000"),
            ("004", "1,000 to 1,200"),
        ],
        {"compatible", "conflict"},
        ["1,000", "1,000 to 1,200", '"last month"', '"upcoming"'],
        id="D2-exchange-size",
    ),
    pytest.param(
        [
            ("001", "from 18 to 25 years old"),
            ("002", "from 18 to 25 years old"),
            ("004", "prisoners of war under 25"),
        ],
        {"compatible"},
        ["18 to 25", "under 25"],
        id="D3-age",
    ),
    pytest.param(
        [
            ("001", "hundreds of Ukrainian children"),
            ("003", "hundreds of Ukrainian children"),
            ("004", "several hundred"),
        ],
        {"compatible", "agree"},
        ["several hundred"],
        id="D4-children",
    ),
    pytest.param(
        [("001", "6,000 to 6,000 bodies"), ("002", "6,000 to 6,000 bodies")],
        {"agree"},
        ["6,000"],
        id="A1-T1-bodies",
    ),
    pytest.param(
        [
            ("001", "ceasefire of two to three days"),
            ("002", "ceasefire of two to three days"),
            ("004", "two to three days"),
        ],
        {"agree"},
        [],
        id="A2-short-ceasefire",
    ),
    pytest.param(
        [
            ("000", "reject an unconditional ceasefire"),
            ("001", "rejected an unconditional ceasefire"),
        ],
        {"agree"},
        [],
        id="A3-unconditional-ceasefire-000-001",
    ),
    pytest.param(
        [
            ("000", "reject an unconditional ceasefire"),
            ("004", "rejected its proposal for an unconditional ceasefire"),
        ],
        {"agree"},
        [],
        id="A3-unconditional-ceasefire-000-004",
    ),
    pytest.param(
        [
            ("001", "list of hundreds"),
            ("003", "list of hundreds"),
            ("004", "list of several hundred"),
        ],
        {"agree", "compatible"},
        [],
        id="A4-list-of-children",
    ),
    pytest.param(
        [
            ("002", "first round of talks was on 16 May"),
            ("003", "first round of talks was on May 16"),
        ],
        {"agree"},
        [],
        id="A5-first-round-16-may",
    ),
    pytest.param(
        [("000", "met the president of Lithuania"), ("002", "Zelensky meets Lithuanian President")],
        {"agree"},
        [],
        id="A6-vilnius-meeting",
    ),
    pytest.param(
        [
            ("002", "bring Putin and Zelensky together"),
            ("004", "organise a summit involving Putin"),
        ],
        {"agree"},
        [],
        id="A7-erdogan-summit",
    ),
    pytest.param(
        [
            ("001", "all-for-all seriously wounded"),
            ("002", "all-for-all seriously wounded"),
            ("004", "seriously wounded and sick"),
        ],
        {"agree"},
        [],
        id="A8-wounded-prisoners",
    ),
    pytest.param([("002", "memorandum"), ("004", "memorandum")], {"agree"}, [], id="A9-memorandum"),
    pytest.param(
        [("001", "concluded in Istanbul"), ("003", "concluded in Istanbul")],
        {"agree"},
        [],
        id="A10-001-003-concluded-in-istanbul",
    ),
    pytest.param(
        [
            ("001", "concluded in Istanbul"),
            ("003", "concluded in Istanbul"),
            ("002", "peace talks concluded between Russian and Ukrainian delegations in Istanbul"),
        ],
        {"agree"},
        [],
        id="A10-istanbul",
    ),
]


# findings only the meaning signal finds ("proposed" / "suggested" / "offered" a ceasefire share
# too few words; "met the president of Lithuania" / "meets Lithuanian President" falls just short
# on words; "exchange … seriously wounded" / "swap all seriously wounded"; "1,000 prisoners" /
# "1,000 to 1,200 prisoners" join on a shared bound only when close in meaning): with
# --no-semantic they are known gaps
NEEDS_MEANING = {
    "A2-short-ceasefire",
    "A6-vilnius-meeting",
    "A8-wounded-prisoners",
    "D2-exchange-size",
}


@pytest.mark.parametrize("members, verdicts, shown", FINDINGS)
def test_seed_findings(request, seed_json_both, members, verdicts, shown):
    seed_json = seed_json_both
    spec = request.node.callspec
    if spec.params["seed_json_both"] == "words" and spec.id.split("-", 1)[1] in NEEDS_MEANING:
        request.applymarker(xfail)
    group, _ = joined(seed_json, members)
    assert group["verdict"] in verdicts, group["reason"]
    for text in shown:
        assert text in group["reason"]


@pytest.mark.parametrize(
    "prefix, fragment, not_with",
    [
        pytest.param(
            "002",
            "nearly two hours later",
            ("004", "just over an hour"),
            id="T3-delay-is-not-duration",
        ),
        pytest.param(
            "003",
            "The meeting lasted a little over an hour",
            ("004", "just over an hour"),
            id="T2-first-round-is-another-event",
        ),
        pytest.param(
            "003",
            "lasted less than the first round",
            ("002", "talks last less than an hour"),
            id="T2-comparison-first-round",
        ),
        pytest.param(
            "001", "6,000 bodies", ("004", "1,000 to 1,200"), id="bodies-are-not-prisoners"
        ),
    ],
)
def test_traps_stay_apart(seed_json_both, prefix, fragment, not_with):
    g1, _ = group_of(seed_json_both, prefix, fragment)
    g2, _ = group_of(seed_json_both, *not_with)
    assert g1["id"] != g2["id"]


def test_no_conflict_besides_the_expected_ones(seed_json_both):
    """Only D1 (and D2 when found) may be conflicts: a false alarm costs a reader most."""
    seed_json = seed_json_both
    conflicts = [g for g in seed_json["groups"] if g["verdict"] == "conflict"]
    d1, _ = group_of(seed_json, "002", "talks last less than an hour")
    allowed = {d1["id"]}
    try:
        allowed.add(group_of(seed_json, "004", "1,000 to 1,200")[0]["id"])
    except AssertionError:
        pass
    assert {g["id"] for g in conflicts} <= allowed, [g["reason"] for g in conflicts]


def test_d1_is_the_first_group(seed_json):
    d1, _ = group_of(seed_json, "002", "talks last less than an hour")
    assert seed_json["groups"][0]["id"] == d1["id"]


def test_every_claim_in_exactly_one_group(seed_json):
    seen = [cid for g in seed_json["groups"] for cid in g["claims"]]
    assert sorted(seen) == sorted(c["id"] for c in seed_json["claims"])


def test_grouping_ignores_claim_order(seed_report):
    from claimcheck import group_claims

    forward = {frozenset(g.claims): g.verdict for g in group_claims(seed_report.claims)}
    backward = {
        frozenset(g.claims): g.verdict for g in group_claims(list(reversed(seed_report.claims)))
    }
    assert forward == backward


def test_name_variants_share_one_form():
    from claimcheck.claims import Claim
    from claimcheck.names import name_map as _name_map

    claims = [
        Claim(
            id=str(i),
            source=str(i),
            text="",
            quote="",
            start=0,
            end=0,
            sentence="",
            entities=((name, "PERSON"),),
        )
        for i, name in enumerate(
            ["Volodymyr Zelensky", "Zelenskyy", "Zelenskiy", "Erdoğan", "Erdogan"]
        )
    ]
    names = _name_map(claims)
    assert names["zelenskyy"] == names["zelenskiy"] == names["zelensky"]
    assert names["erdogan"] == "erdogan"


@pytest.mark.parametrize("frame, one_form, words", [
    pytest.param("ceasefire talk", "ceasefire talk", {"ceasefire", "talk"}, id="plain"),
    pytest.param("ceasefire  talk\tistanbul ", "ceasefire talk istanbul",
                 {"ceasefire", "talk", "istanbul"}, id="odd-spaces"),
    pytest.param("<num> prisoner swap", "<num> prisoner swap", {"prisoner", "swap"},
                 id="masked-number"),
    pytest.param("zelenskyy meet <num>", "zelensky meet <num>", {"zelensky", "meet"},
                 id="name-variant"),
    pytest.param("moscow reject truce", "russia reject truce", {"russia", "reject", "truce"},
                 id="alias"),
    pytest.param("kyiv talk", "ukraine kyiv talk", {"ukraine", "kyiv", "talk"},
                 id="alias-of-two-words"),
])
def test_frames_are_compared_in_one_form(frame, one_form, words):
    """A frame's words in the one form names are compared in, and its content words (masks
    aside), however the frame is spaced and whichever of its words are names."""
    from claimcheck.similarity import features

    names = [make_claim(f"n#{k}", "n", "x", entities=((name, "PERSON"),))
             for k, name in enumerate(["Zelensky", "Zelensky", "Zelenskyy"])]
    claim = make_claim("a#1", "a", frame)
    feat = features([*names, claim], {"Moscow": "Russia", "Kyiv": "Ukraine Kyiv"})[-1]
    assert (feat.frame, feat.tokens) == (one_form, words)


def test_alias_table_from_the_command_line(tmp_path):
    """Without corpus/aliases.csv, "Moscow" and "Russia" are different places; the table joins
    them."""
    import json
    import shutil

    from conftest import CORPUS
    from typer.testing import CliRunner

    from claimcheck.cli import app

    corpus = tmp_path / "c"
    shutil.copytree(CORPUS, corpus)
    (corpus / "aliases.csv").unlink()
    runner = CliRunner()

    def a3_together(extra):
        out = tmp_path / f"out{len(extra)}"
        assert (
            runner.invoke(app, ["report", str(corpus), "--out", str(out), "-q", *extra]).exit_code
            == 0
        )
        data = json.loads((out / "report.json").read_text())
        try:
            joined(
                data,
                [
                    ("000", "reject an unconditional ceasefire"),
                    ("001", "rejected an unconditional ceasefire"),
                ],
            )
            return True
        except AssertionError:
            return False

    assert not a3_together([])
    assert a3_together(["--aliases", str(CORPUS / "aliases.csv")])


def test_claims_naming_different_years_never_join():
    """"to host the 2014 Oscars" / "hosted the show in 2007": same words, two events; so are
    "launched Mantra in December" / "in September" when no year is known. Dates counted from the
    article's day ("last week") do not count: two outlets resolve them differently."""
    from claimcheck import group_claims
    from claimcheck.values import Value

    def year(text, y):
        return Value(text, "date", f"{y}-01-01", f"{y}-12-31", "exact")

    def week(day):
        return Value("last week", "date", day, day, "exact")

    claims = [make_claim("a#1", "a", "degeneres host oscar show", values=[year("2014", 2014)]),
              make_claim("b#1", "b", "degeneres host oscar show", values=[year("2007", 2007)]),
              make_claim("a#2", "a", "gunman fire accounting firm", values=[week("2007-04-05")]),
              make_claim("b#2", "b", "gunman fire accounting firm", values=[week("2007-04-03")]),
              make_claim("a#3", "a", "reid launch new fashion line call mantra",
                         values=[Value("December", "date", "--12-01", "--12-31", "range")]),
              make_claim("b#3", "b", "reid launch new fashion line call mantra",
                         values=[Value("September", "date", "--09-01", "--09-30", "range")])]
    groups = {
        frozenset(g.claims) for g in group_claims(claims, settings=GroupSettings(semantic=False))
    }
    assert {
        frozenset({"a#1"}),
        frozenset({"b#1"}),
        frozenset({"a#2", "b#2"}),
        frozenset({"a#3"}),
        frozenset({"b#3"}),
    } <= groups


def test_claims_from_sources_telling_different_stories_never_join():
    """ "Three people killed" in an earthquake story is not "Two people killed" in a shooting
    story."""
    from claimcheck import group_claims

    quake = (
        "earthquake strike island village destroy magnitude coast aftershock rescue mud brick house"
    )
    shooting = (
        "gunman open fire office police arrest suspect revolver building worker charge murder"
    )
    claims = [
        make_claim("q1#1", "q1", quake),
        make_claim("q1#2", "q1", "<cardinal> people kill", values=[count_value(3)]),
        make_claim("q2#1", "q2", quake),
        make_claim("q2#2", "q2", "<cardinal> people kill", values=[count_value(10)]),
        make_claim("s1#1", "s1", shooting),
        make_claim("s1#2", "s1", "<cardinal> people kill", values=[count_value(2)]),
    ]
    groups = {frozenset(g.claims): g.verdict for g in group_claims(claims)}
    assert groups[frozenset({"q1#1", "q2#1"})] == "agree"
    assert groups[frozenset({"q1#2", "q2#2"})] == "conflict"
    assert groups[frozenset({"s1#2"})] == "single"


def _joined(claims, **settings):
    """Verdicts by group of hand-made claims, each source also telling the same story (a claim
    of shared words), as sources about one event do."""
    from claimcheck import group_claims

    story = "istanbul talk russia ukraine delegation prisoner exchange ceasefire round"
    sources = sorted({c.source for c in claims})
    claims = list(claims) + [make_claim(f"{s}#story", s, story) for s in sources]
    groups = group_claims(claims, settings=GroupSettings(**settings))
    return {
        frozenset(g.claims): g.verdict
        for g in groups
        if not any(c.endswith("#story") for c in g.claims)
    }


@pytest.mark.parametrize("semantic", [True, False], ids=["semantic", "words"])
def test_one_doer_doing_one_thing_to_one_thing_joins(semantic):
    """A9: the two sentences share little beyond "Russia", "hand", "memorandum"; a claim with
    values, or with another doer, does not join that way."""
    from claimcheck.values import Value

    memo = ("russia", "hand", "memorandum")
    claims = [
        make_claim(
            "a#1",
            "a",
            "russian negotiator hand detailed memorandum ukrainian counterpart outline term "
            "ceasefire",
            core=memo,
        ),
        make_claim("b#1", "b", "russia hand memorandum possible path end war meeting", core=memo),
        make_claim(
            "c#1",
            "c",
            "ukraine hand memorandum demand prisoner release",
            core=("ukraine", "hand", "memorandum"),
        ),
        make_claim(
            "d#1",
            "d",
            "russia hand memorandum <cardinal> page",
            core=memo,
            values=[Value("30", "count", 30, 30, "exact", noun="page")],
        ),
    ]
    groups = _joined(claims, semantic=semantic)
    assert groups[frozenset({"a#1", "b#1"})] == "agree"
    assert groups[frozenset({"c#1"})] == groups[frozenset({"d#1"})] == "single"


@pytest.mark.parametrize("semantic", [True, False], ids=["semantic", "words"])
def test_one_doer_acting_on_the_same_people_joins(semantic):
    """A7: "My desire is to bring Putin and Zelensky together …" (Erdogan) / "Erdogan would move to
    organise a summit involving Putin, Zelenskyy and Trump" share the names and little else.
    Another doer, one person in common, or a people named but not acted on do not join."""
    def person(*names):
        return [(n, "PERSON") for n in names]

    claims = [
        make_claim(
            "a#1",
            "a",
            "desire bring putin zelensky istanbul ankara",
            doer="Tayyip Erdogan",
            parties=["Putin", "Zelensky"],
            entities=person("Putin", "Zelensky"),
        ),
        make_claim(
            "b#1",
            "b",
            "recep tayyip erdogan move organise summit involve putin volodymyr zelenskyy donald "
            "trump",
            doer="Recep Tayyip Erdogan",
            parties=["Putin", "Volodymyr Zelenskyy", "Donald Trump"],
            entities=person("Putin", "Volodymyr Zelenskyy", "Donald Trump"),
        ),
        make_claim(
            "c#1",
            "c",
            "trump want bring putin zelensky together",
            doer="Trump",
            parties=["Putin", "Zelensky"],
            entities=person("Trump", "Putin", "Zelensky"),
        ),
        make_claim(
            "d#1",
            "d",
            "erdogan phone putin zelensky interview",
            doer="Erdogan",
            parties=["Putin"],
            entities=person("Erdogan", "Putin", "Zelensky"),
        ),
    ]
    groups = _joined(claims, semantic=semantic)
    assert groups[frozenset({"a#1", "b#1"})] == "agree"
    assert groups[frozenset({"c#1"})] == groups[frozenset({"d#1"})] == "single"


def test_a_person_the_recogniser_calls_a_place_is_a_person():
    """004 tags "Putin" as a place once; the corpus calls him a person more often, so he is one
    of the people of the claim (and no place to veto "Istanbul"). A name mostly called a place
    is no person; as it is sometimes called a person, it is no place either (no veto)."""
    from claimcheck.similarity import features as _features

    claims = [
        make_claim(
            "a#1",
            "a",
            "putin zelensky meet",
            entities=[("Vladimir Putin", "PERSON"), ("Istanbul", "GPE")],
        ),
        make_claim("e#1", "e", "putin refuse budge", entities=[("Putin", "PERSON")]),
        make_claim("b#1", "b", "summit involve putin", entities=[("Putin", "GPE")]),
        make_claim("c#1", "c", "flood hit georgia", entities=[("Georgia", "GPE")]),
        make_claim(
            "d#1", "d", "georgia speak", entities=[("Georgia", "GPE"), ("Georgia", "PERSON")]
        ),
    ]
    feats = _features(claims, {})
    assert (feats[2].people, feats[2].places) == ({"putin"}, frozenset())
    assert (feats[3].people, feats[3].places) == (frozenset(), frozenset())


def test_overlapping_age_bounds_join_however_worded():
    """D3: "young soldiers from 18 to 25" / "prisoners of war under 25" share no word; bounds that
    do not overlap, or one person's age, do not join."""
    from claimcheck.values import Value

    def age(text, low, high, noun=None):
        return Value(text, "age", low, high, "range", noun=noun)

    claims = [
        make_claim("a#1", "a", "category young soldier", values=[age("18 to 25", 18, 25)]),
        make_claim(
            "b#1",
            "b",
            "delegation agree swap prisoner war <cardinal>",
            values=[age("under 25", 0, 25, "prisoner")],
        ),
        make_claim("c#1", "c", "children swap", values=[age("under 12", 0, 12)]),
        make_claim("d#1", "d", "soldier release", values=[Value("20", "age", 20, 20, "exact")]),
    ]
    groups = _joined(claims, semantic=False)
    assert groups[frozenset({"a#1", "b#1"})] == "compatible"
    assert groups[frozenset({"c#1"})] == groups[frozenset({"d#1"})] == "single"


@pytest.mark.parametrize("low, high, joins", [
    pytest.param(1000, 1200, True, id="shared-lower-bound"),
    pytest.param(800, 1000, True, id="shared-upper-bound"),
    pytest.param(1100, 1200, False, id="no-shared-bound"),
])
def test_counts_sharing_a_bound_need_less_meaning(low, high, joins):
    """D2: "1,000 prisoners" / "1,000 to 1,200 prisoners" join at `meaning_bound`; counts with no
    bound in common still need `meaning_values`."""
    from claimcheck.similarity import Feat as _Feat, meaning_needed as _meaning_needed

    def feat(lo, hi):
        return _Feat(
            "",
            frozenset(),
            frozenset({("count", "prisoner", "")}),
            frozenset({("count", float(lo), float(hi))}),
            frozenset(),
            frozenset(),
            frozenset(),
            frozenset(),
            frozenset(),
            False,
            "",
            "s",
            frozenset(),
            None,
            (),
        )

    cfg = GroupSettings()
    need = _meaning_needed(feat(1000, 1000), feat(low, high), cfg)
    assert need == (cfg.meaning_bound if joins else cfg.meaning_values)


@pytest.mark.parametrize(
    "word, place",
    [
        pytest.param("ukrainian", "ukraine", id="ian"),
        pytest.param("russian", "russia", id="n"),
        pytest.param("turkish", "turkey", id="ish"),
        pytest.param("lithuanian", "lithuania", id="lithuanian"),
        pytest.param("istanbul", None, id="a-place-is-no-demonym"),
    ],
)
def test_demonyms_name_their_place(word, place):
    from claimcheck.names import demonym_of as _demonym_of

    assert _demonym_of(word, ["istanbul", "lithuania", "russia", "turkey", "ukraine"]) == place


@pytest.mark.parametrize(
    "word, people, place",
    [
        pytest.param("ukrainians", False, "ukraine", id="plural-ans"),
        pytest.param("iraqis", True, "iraq", id="plural-is-of-a-people"),
        pytest.param("francis", False, None, id="a-name-ending-is-is-no-plural"),
        pytest.param("iraqis", False, None, id="is-plural-only-of-a-known-people"),
    ],
)
def test_a_peoples_plural_names_their_place(word, people, place):
    """"Egyptians vote" and "Egypt votes" name one place; "Francis" names no France."""
    from claimcheck.names import demonym_of as _demonym_of

    assert _demonym_of(word, ["france", "iraq", "ukraine"], people=people) == place


@pytest.mark.parametrize(
    ("first", "second", "joins"),
    [
        pytest.param("Tom Hale closes his last coal mine", "Tom Hale shuts down his final coal pit",
                     True, id="other-verbs-one-name"),
        pytest.param("Voters in Kelton County go to the polls in historic election",
                     "Kelton County voters cast ballots in landmark election", True,
                     id="other-words-one-place"),
        pytest.param("Tom Hale closes his last coal mine", "Ann Roe shuts down her final coal pit",
                     False, id="two-people"),
    ],
)
def test_statements_near_in_meaning_naming_one_name_join(tmp_path, first, second, joins):
    """Two headlines saying one thing in other words, a third of their words shared and close in
    meaning (`near_meaning`, `meaning_shared`): before, half their words had to be shared."""
    assert _two_sources_join(tmp_path, first, second) == joins


def test_statements_near_in_meaning_must_name_one_name(tmp_path):
    """Near in meaning and a third of the words shared, two statements still need a name or a
    date in common: without one, generic statements of two stories would join."""
    import numpy as np

    from claimcheck import build_report
    from claimcheck.semantic import embed
    from claimcheck.similarity import features, pair_score

    write_sources(tmp_path, "Tom Hale closes his last coal mine.",
                  "Tom Hale shuts down his final coal pit.")
    claims = build_report(tmp_path).claims
    a, b = features(claims, {})
    x, y = embed([c.text for c in claims])
    meaning = float(np.dot(x, y) / (np.linalg.norm(x) * np.linalg.norm(y)))
    cfg = GroupSettings()
    assert pair_score(a, b, cfg, meaning) is not None
    unnamed = a._replace(names=frozenset({"kelton"}))
    assert pair_score(unnamed, b, cfg, meaning) is None


def test_a_person_the_recogniser_calls_a_place_stays_a_person():
    """004 tags "Zelenskyy" as GPE once; it must not veto a match with claims naming Istanbul."""
    from claimcheck.similarity import features as _features

    claims = [
        make_claim(
            "a#1",
            "a",
            "bring putin zelenskyy together",
            entities=[("Zelenskyy", "GPE"), ("Putin", "PERSON")],
        ),
        make_claim(
            "b#1",
            "b",
            "bring putin zelensky istanbul",
            entities=[("Zelensky", "PERSON"), ("Istanbul", "GPE")],
        ),
    ]
    feats = _features(claims, {})
    assert feats[0].places == frozenset()


# --------------------------------------------------------------------------- properties

from hypothesis import given, strategies as st  # noqa: E402

_VOCAB = [
    "talk",
    "last",
    "russia",
    "ukraine",
    "prisoner",
    "exchange",
    "agree",
    "ceasefire",
    "istanbul",
    "list",
    "child",
]


@st.composite
def _claims(draw):
    from claimcheck.values import Value

    out = []
    for n in range(draw(st.integers(1, 25))):
        src = draw(st.sampled_from("abcd"))
        words = draw(st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=6))
        values = []
        if draw(st.booleans()):
            low = draw(st.sampled_from([1, 2, 60, 1000, 1200, 6000]))
            values.append(Value(str(low), draw(st.sampled_from(["count", "duration"])), low,
                                low + draw(st.sampled_from([0, 0, 200])), "exact",
                                noun=draw(st.sampled_from([None, "prisoner", "body"]))))
        ents = tuple((w.title(), "GPE") for w in words if w in ("russia", "ukraine", "istanbul"))
        out.append(make_claim(f"{src}#{n}", src, " ".join(words), values=values, entities=ents,
                          negated=draw(st.booleans())))
    return out


@given(_claims(), st.randoms(use_true_random=False))
def test_property_grouping_is_a_partition_independent_of_claim_order(claims, rnd):
    from claimcheck import group_claims

    groups = group_claims(claims)
    ids = [cid for g in groups for cid in g.claims]
    assert sorted(ids) == sorted(c.id for c in claims)
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    assert {frozenset(g.claims): g.verdict for g in group_claims(shuffled)} == {
        frozenset(g.claims): g.verdict for g in groups
    }


@pytest.mark.skipif(not can_fork(), reason="no second core to fork a process onto")
@pytest.mark.parametrize("semantic", [True, False], ids=["semantic", "words"])
def test_groups_shared_with_a_forked_process_are_the_same(seed_report, semantic, monkeypatch):
    """From SPLIT_FROM claims grouping finds part of its candidate pairs in a forked process
    (`forked.py`): the groups are those of one process."""
    from claimcheck import candidates, forked, group

    cfg = GroupSettings(semantic=semantic)
    whole = group.group_claims(seed_report.claims, settings=cfg)
    monkeypatch.setattr(candidates, "CHUNK_PAIRS", 1)  # many chunks: both parts hold pairs
    monkeypatch.setattr(candidates, "CHUNK_CLAIMS", 1)
    monkeypatch.setattr(group, "SPLIT_FROM", 1)
    forks, fork = [], forked.os.fork

    def counted() -> int:
        pid = fork()
        forks.extend([pid] if pid else [])
        return pid

    monkeypatch.setattr(forked.os, "fork", counted)
    assert group.group_claims(seed_report.claims, settings=cfg) == whole
    assert len(forks) == 1  # the candidates' second part


def test_equal_scores_tie_on_ids_whatever_the_float_noise():
    """Two same-source claims that cannot share a group (a count and a duration) tie for a third;
    the one with the smaller id joins in every order, though float32 cosines of the same texts at
    other rows differ in their last bits."""
    import random

    from claimcheck import group_claims
    from claimcheck.values import Value

    claims = [make_claim("b#11", "b", "last last last")]
    claims += [make_claim(f"a#{n}", "a", "talk") for n in (0, 1, 2, 7, 8, 10, 12, 13, 14, 15)]
    claims += [make_claim(f"a#{n}", "a", "last") for n in (4, 5, 6, 19, 20, 21)]
    claims += [make_claim("a#3", "a", "last", values=[Value("1", "count", 1, 1, "exact")]),
               make_claim("a#9", "a", "last", values=[Value("1", "duration", 1, 1, "exact")])]
    want = {frozenset(g.claims) for g in group_claims(claims)}
    for seed in range(40):
        shuffled = list(claims)
        random.Random(seed).shuffle(shuffled)
        assert {frozenset(g.claims) for g in group_claims(shuffled)} == want


def _two_sources_join(tmp_path, first: str, second: str) -> bool:
    """Whether a report of two one-line sources puts a claim of each in one group."""
    from claimcheck import build_report

    (tmp_path / "a.txt").write_text(first + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(second + "\n", encoding="utf-8")
    return any(len(g.sources) > 1 for g in build_report(tmp_path).groups)


@pytest.mark.parametrize(
    ("headline", "sentence", "joins"),
    [
        pytest.param("Kelton Bakery Workers Strike Over Pay",
                     "Kelton bakery workers strike over pay", True,
                     id="capitals-run-a-place-into-a-long-name"),
        pytest.param("Brenna Valley Vineyards Report Record Crop",
                     "Brenna Valley vineyards report record crop", True,
                     id="capitals-lengthen-a-place-name"),
        pytest.param("Ostend Dock Workers Vote To Strike", "Ostend dock workers vote to strike",
                     True, id="capitals-the-recogniser-reads-right"),
        pytest.param("Kelton Bakery Workers Strike Over Pay",
                     "Orvik bakery workers strike over pay", False, id="another-town-stays-apart"),
        pytest.param("Tallin Grove Pot Farms Prepare For Harvest",
                     "Tallin Grove pot farms prepare for harvest", True,
                     id="capitals-hide-the-place"),
    ],
)
def test_a_headline_in_capitals_joins_the_same_words_in_lower_case(tmp_path, headline, sentence,
                                                                      joins):
    """Two one-line sources telling one story: a headline in capitals makes the recogniser run a
    name into the words after it; the words of that name still tie the two stories."""
    assert _two_sources_join(tmp_path, headline, sentence) == joins


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Driver in Spanish train crash faces questions from judge",
                     "Train driver in Spain crash questioned by judge", id="spanish-names-spain"),
        pytest.param("Barclays hit by fresh U.S. inquiry over rates",
                     "Barclays hit by fresh US inquiry over rates",
                     id="us-with-and-without-points"),
    ],
)
def test_one_place_written_two_ways_joins(tmp_path, first, second):
    """A demonym not spelled from its place's name, and an abbreviation with or without its
    points, name one place: the two sources' claims join."""
    assert _two_sources_join(tmp_path, first, second)


@pytest.mark.parametrize(
    ("first", "second", "joins"),
    [
        pytest.param("Gunman kills 6 in shooting at Kelton Sikh temple",
                     "Gunman kills six in shooting at Sikh temple in Kelton", True,
                     id="a-place-run-into-the-next-word"),
        pytest.param("Flood waters close the main road through Kelton County",
                     "Flood waters close the main road through Kelton", True,
                     id="a-place-and-its-county"),
        pytest.param("Flood waters close the main road through New York",
                     "Flood waters close the main road through York", False,
                     id="a-place-ending-another-is-another"),
    ],
)
def test_a_place_that_begins_another_is_one_place(tmp_path, first, second, joins):
    """The recogniser may run a place into the word after it ("Kelton Sikh"): a place that is
    the first words of the other's is one place; one that ends it is not ("New York", "York")."""
    assert _two_sources_join(tmp_path, first, second) == joins


def test_statements_naming_one_place_at_two_scales_join():
    """"in Leeds" and "in the UK" can tell one thing (the city is in the country); "in Paris"
    cannot. Claims with values keep the two scales apart: a city's toll and its country's count
    two wholes, and joining them would make a false conflict."""

    def place(name):  # and the mayor every source names (its story's own name)
        return ((name, "GPE"), ("Ann Roe", "PERSON"))

    claims = [
        make_claim("a#1", "a", "roe police seal district leeds search gunman",
                   entities=place("Leeds")),
        make_claim("b#1", "b", "roe police seal district uk search gunman", entities=place("UK")),
        make_claim("c#1", "c", "roe police seal district paris search gunman",
                   entities=place("Paris")),
        make_claim("a#2", "a", "roe storm kill <cardinal> people leeds", entities=place("Leeds"),
                   values=[count_value(9)]),
        make_claim("b#2", "b", "roe storm kill <cardinal> people uk", entities=place("UK"),
                   values=[count_value(14)]),
    ]
    groups = _joined(claims, semantic=False)
    assert groups[frozenset({"a#1", "b#1"})] == "agree"
    assert frozenset({"c#1"}) in groups
    assert "conflict" not in groups.values()


def test_a_person_named_in_the_others_words_is_one_person():
    """A headline in capitals runs a verb into a name ("Jane Doe Sworn In"): the recogniser's
    person is "Sworn", but Doe is in the claim's words, so it tells of Doe as the other does.
    A person named in neither claim's words keeps them apart."""

    def person(name):
        return ((name, "PERSON"), ("Kelton", "GPE"))

    claims = [
        make_claim("a#1", "a", "jane doe sworn new kelton mayor",
                   entities=person("Jane Doe Sworn")),
        make_claim("b#1", "b", "jane doe sworn kelton mayor", entities=person("Jane Doe")),
        make_claim("c#1", "c", "ann roe sworn kelton mayor", entities=person("Ann Roe")),
    ]
    groups = _joined(claims, semantic=False)
    assert groups[frozenset({"a#1", "b#1"})] == "agree"
    assert frozenset({"c#1"}) in groups
