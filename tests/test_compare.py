"""Verdicts (compare.py): which differences are conflicts, and what the reason says."""

from __future__ import annotations

import pytest
from conftest import count_value, make_claim
from hypothesis import given, strategies as st

from claimcheck.compare import judge, weigh
from claimcheck.values import Value


def _pair(a_values, b_values, *, a_entities=(), b_entities=()):
    a = make_claim("a#1", "a", "x", values=a_values, entities=a_entities)
    b = make_claim("b#1", "b", "x", values=b_values, entities=b_entities)
    return judge([a, b], linked={frozenset(("a#1", "b#1"))})


def test_two_claims_holding_the_same_two_values_do_not_conflict():
    """Both name "the 36-year-old champion" and "the 40-year-old challenger": 36 vs 40 is no
    conflict."""
    ages = [
        Value("36-year-old", "age", 36, 36, "exact"),
        Value("40-year-old", "age", 40, 40, "exact"),
    ]
    a = make_claim("a#1", "a", "champion fight challenger", values=ages)
    b = make_claim("b#1", "b", "champion fight challenger", values=ages)
    assert judge([a, b], linked={frozenset(("a#1", "b#1"))})[0] == "agree"


def test_values_only_conflict_between_claims_that_match_each_other():
    """a ~ b and b ~ c put a, b, c in one group, but a and c never matched: their values may measure
    different things, so the group is compatible, not a conflict."""
    a, b, c = (
        make_claim(f"{s}#1", s, "x", values=[count_value(n, "pirate")])
        for s, n in (("a", 23), ("b", 23), ("c", 26))
    )
    verdict, reason, _ = judge(
        [a, b, c], linked={frozenset(("a#1", "b#1")), frozenset(("b#1", "c#1"))}
    )
    assert verdict == "conflict"  # b and c matched directly
    verdict, reason, _ = judge([a, b, c], linked={frozenset(("a#1", "b#1"))})
    assert verdict == "compatible" and "only match through other claims" in reason


def test_a_value_only_one_source_gives_is_not_called_the_same_value():
    """"serving three life sentences" and "serving a life sentence" (no number read): the reason
    must not claim that both give the same value."""
    a = make_claim("a#1", "a", "serve life sentence", values=[count_value(3, "sentence")])
    b = make_claim("b#1", "b", "serve life sentence")
    verdict, reason, _ = judge([a, b], linked={frozenset(("a#1", "b#1"))})
    assert verdict == "agree"
    assert "same value" not in reason and "only a gives a value" in reason


def _years(text, n, bound="exact", low=None):
    return Value(
        text,
        "duration",
        (low if low is not None else n) * 365.25 * 86400,
        n * 365.25 * 86400,
        bound,
        noun="year",
    )


@pytest.mark.parametrize(
    "a_values, b_values, verdict",
    [
        pytest.param(
            [count_value(2, "boat")], [count_value(3, "boat")], "conflict", id="one-figure-differs"
        ),
        pytest.param(
            [count_value(6, "rifle"), count_value(12, "magazine"), count_value(300, "round")],
            [count_value(14, "rifle"), count_value(31, "magazine"), count_value(923, "round")],
            "compatible",
            id="every-figure-differs-one-raid-vs-five",
        ),
        pytest.param(
            [count_value(7, "rifle"), count_value(2, "rifle"), count_value(13, "magazine")],
            [count_value(7, "rifle"), count_value(3, "rifle"), count_value(13, "magazine")],
            "conflict",
            id="one-of-three-figures-differs",
        ),
        pytest.param(
            [
                _years("seven years", 7),
                Value("$150 million", "money", 150e6, 150e6, "exact", "USD"),
            ],
            [
                _years("eight years", 8),
                Value("$160 million", "money", 160e6, 160e6, "exact", "USD"),
            ],
            "compatible",
            id="two-offers-differ-in-length-and-sum",
        ),
        pytest.param(
            [_years("nearly four years", 4, "le", 3.2)],
            [_years("four years", 4)],
            "compatible",
            id="nearly-four-years-vs-four-years",
        ),
        pytest.param(
            [count_value(120_000, role="population")],
            [count_value(500_000, role="population")],
            "conflict",
            id="populations-of-one-place",
        ),
        pytest.param(
            [Value("27", "age", 27, 27, "exact", noun="orozco")],
            [Value("29", "age", 29, 29, "exact", noun="orozco")],
            "compatible",
            id="ages-two-years-apart-can-be-two-dates",
        ),
        pytest.param(
            [Value("27", "age", 27, 27, "exact", noun="orozco")],
            [Value("37", "age", 37, 37, "exact", noun="orozco")],
            "conflict",
            id="ages-ten-years-apart",
        ),
        pytest.param(
            [Value("48km", "length", 48000.0, 48000.0, "exact", "meter", noun="km")],
            [Value("30 miles", "length", 48280.32, 48280.32, "exact", "meter", noun="mile")],
            "agree",
            id="a-length-carried-into-other-units",
        ),
        pytest.param(
            [Value("48km", "length", 48000.0, 48000.0, "exact", "meter", noun="km")],
            [Value("50 miles", "length", 80467.2, 80467.2, "exact", "meter", noun="mile")],
            "conflict",
            id="lengths-in-two-units-far-apart",
        ),
        pytest.param(
            [Value("a few minutes", "duration", 120, 300, "vague", "s", noun="minute")],
            [Value("ten minutes", "duration", 540.0, 660.0, "approx", "s", noun="minute")],
            "compatible",
            id="a-vague-amount-is-not-set-against-a-figure",
        ),
        pytest.param(
            [Value("4:17 p.m.", "time", "16:17", "16:17", "exact")],
            [Value("around 4:17 p.m.", "time", "16:17", "16:17", "approx")],
            "agree",
            id="one-clock-time-hedged-in-one",
        ),
        pytest.param(
            [count_value(1000, "prisoner")],
            [Value("about 1,000", "count", 850.0, 1150.0, "approx", noun="prisoner")],
            "agree",
            id="one-count-hedged-in-one",
        ),
        pytest.param(
            [count_value(1100, "prisoner")],
            [Value("about 1,000", "count", 850.0, 1150.0, "approx", noun="prisoner")],
            "compatible",
            id="another-count-inside-a-hedge",
        ),
        pytest.param(
            [Value("two hours", "duration", 7200.0, 7200.0, "exact", "s", noun="hour")],
            [Value("nearly two hours", "duration", 5760.0, 7200.0, "approx", "s", noun="hour")],
            "compatible",
            id="nearly-is-no-hedge-around-the-figure",
        ),
        pytest.param(
            [Value("hundreds", "count", 200, 999, "vague", noun="child")],
            [count_value(50, "child")],
            "conflict",
            id="a-figure-far-below-a-vague-amount",
        ),
        pytest.param(
            [Value("dozens", "count", 24, 99, "vague", noun="child")],
            [count_value(150, "child")],
            "compatible",
            id="a-figure-just-past-a-vague-amount",
        ),
    ],
)
def test_verdict_table(a_values, b_values, verdict):
    assert _pair(a_values, b_values)[0] == verdict


def test_every_figure_differing_is_reported_as_a_difference_of_scope():
    verdict, reason, _ = _pair([count_value(13, "homer"), count_value(43, "rbi")],
                               [count_value(33, "homer"), count_value(121, "rbi")])
    assert verdict == "compatible"
    assert "every figure differs" in reason and '"13"' in reason and '"33"' in reason


def test_populations_of_different_places_are_not_compared():
    """"Qeshm island, home to 120,000 people" / "Bandar Abbas is a city of 500,000 people"."""
    verdict, _, _ = _pair(
        [count_value(120_000, role="population")],
        [count_value(500_000, role="population")],
        a_entities=[("Qeshm", "GPE"), ("Bandar Abbas", "GPE")],
        b_entities=[("Bandar Abbas", "GPE")],
    )
    # not compared, so not shown to agree either: values that differ are never `agree`
    assert verdict == "compatible"


def test_agree_says_the_same_value_only_when_one_measure_is_compared():
    """"nearly 300,000 comments" / "more than 200,000 of the comments opposed": the counts are of
    different things, so the reason must not call them the same value."""
    total = Value("nearly 300,000", "count", 240_000, 300_000, "le", noun="comment")
    opposed = Value("more than 200,000", "count", 200_000, None, "gt")
    verdict, reason, _ = _pair([total], [opposed])
    assert verdict == "compatible"
    assert "same value" not in reason and "not compared" in reason
    verdict, reason, _ = _pair([count_value(23, "pirate")], [count_value(23, "pirate")])
    assert "2 sources give the same value" in reason


def _dated(text, low, high):
    return Value(text, "date", low, high, "range")


@pytest.mark.parametrize(
    "a_text, a_dates, b_text, b_dates, named",
    [
        pytest.param(
            "agree exchange 1,000 prisoner completed",
            [_dated("last month", "2025-05-01", "2025-05-31")],
            "The upcoming exchange, set to involve 1,000 to 1,200 prisoners",
            [],
            ['"last month"', '"upcoming"'],
            id="D2-last-month-vs-upcoming",
        ),
        pytest.param(
            "list handed over",
            [_dated("Today", "2025-06-02", "2025-06-02")],
            "list handed over",
            [_dated("Monday", "2025-06-02", "2025-06-02")],
            None,
            id="one-day-two-words",
        ),
        pytest.param(
            "exchange 1,000 prisoner",
            [_dated("last month", "2025-05-01", "2025-05-31")],
            "exchange 1,000 to 1,200 prisoners",
            [],
            None,
            id="one-source-says-when",
        ),
    ],
)
def test_the_reason_names_when_sources_place_it_differently(
    a_text, a_dates, b_text, b_dates, named
):
    """grouping-principles: a group that may join last month's exchange and the upcoming one must
    name that qualifier in its reason."""
    a = make_claim("a#1", "a", a_text, values=[count_value(1000, "prisoner"), *a_dates])
    b = make_claim(
        "b#1",
        "b",
        b_text,
        values=[Value("1,000 to 1,200", "count", 1000, 1200, "range", noun="prisoner"), *b_dates],
    )
    verdict, reason, _ = judge([a, b], linked={frozenset(("a#1", "b#1"))})
    assert verdict == "compatible"
    if named:
        assert "may be two occasions" in reason and all(n in reason for n in named)
    else:
        assert "occasion" not in reason

NOUNS = st.sampled_from(["people", "pirate", "boat", "rifle", None])
KINDS = st.sampled_from(["count", "percent", "age"])


@st.composite
def _group(draw):
    """Claims of two to four sources, each with zero to two values of a few kinds and nouns."""
    claims = []
    for n in range(draw(st.integers(2, 4))):
        values = []
        for _ in range(draw(st.integers(0, 2))):
            x = draw(st.integers(1, 90))
            kind = draw(KINDS)
            values.append(Value(str(x), kind, float(x), float(x), "exact", noun=draw(NOUNS)))
        claims.append(make_claim(f"s{n}#1", f"s{n}", "x", values=values))
    return claims


@given(_group())
def test_property_agree_never_holds_different_values_of_one_kind(claims):
    verdict, reason, _notes = judge(claims)
    if verdict != "agree":
        return
    by_kind: dict[str, set[tuple[str, float]]] = {}
    for c in claims:
        for v in c.values:
            by_kind.setdefault(v.kind, set()).add((c.source, v.low))
    for kind, said in by_kind.items():
        sources = {s for s, _ in said}
        values = {x for _, x in said}
        # different values of one kind from two sources: agree only when one of them was
        # compared and found the same in both
        if len(sources) > 1 and len(values) > 1:
            assert "give the same value" in reason or "same" in reason, (kind, reason)


@pytest.mark.parametrize(("a_name", "b_name", "verdict"), [
    pytest.param("Tom Vesk", "Ivo Vesk", "compatible", id="two-first-names-two-people"),
    pytest.param("Tom Vesk", "Tom Vesk", "conflict", id="one-person-two-ages"),
    pytest.param("Tom Vesk", "Vesk", "conflict", id="a-surname-alone-is-the-person"),
])
def test_ages_of_one_surname_are_compared_only_for_one_first_name(a_name, b_name, verdict):
    got = _pair([Value("35", "age", 35, 35, "exact", noun="vesk")],
                [Value("17", "age", 17, 17, "exact", noun="vesk")],
                a_entities=((a_name, "PERSON"),), b_entities=((b_name, "PERSON"),))
    assert got[0] == verdict


def test_two_named_peoples_ages_in_claims_worded_alike_are_not_compared():
    """"Hale was 38" against a source claim giving only his victim's age ("the slaying of
    63-year-old Ann Roe"): before, the two ages were set against each other as a conflict."""
    from claimcheck.compare import relate

    asked = "Tom Hale was 38 years old at the time of the shooting."
    said = "Tom Hale was found guilty of murder in the shotgun slaying of 63-year-old Ann Roe."
    at, at_said = asked.index("38"), said.index("63")
    query = make_claim("q#1", "q", asked, entities=[("Tom Hale", "PERSON")], values=[
        Value("38 years old", "age", 38, 38, "exact", "years", start=at, end=at + 12)])
    source = make_claim("s#1", "s", said, entities=[("Tom Hale", "PERSON"), ("Ann Roe", "PERSON")],
                        values=[Value("63-year-old", "age", 63, 63, "exact", "years", noun="roe",
                                      start=at_said, end=at_said + 11)])
    assert relate(query, source)[0] == "related"
    roe = make_claim("q#2", "q", "Ann Roe was 70.", entities=[("Ann Roe", "PERSON")], values=[
        Value("70", "age", 70, 70, "exact", "years", noun="roe", start=12, end=14)])
    assert relate(roe, source)[0] == "conflict"


def test_an_agreement_lists_apart_the_values_it_did_not_compare():
    """"Roe, 63," in both and "Hale, 47," in one: the agreement is on 63; 47 is shown as given but
    not compared, not among "the same value" (as it was)."""
    verdict, reason, _ = _pair(
        [Value("63", "age", 63, 63, "exact", noun="roe")],
        [Value("63", "age", 63, 63, "exact", noun="roe"),
         Value("47", "age", 47, 47, "exact", noun="hale")])
    assert verdict == "agree"
    same, _, rest = reason.partition("; also given, not compared: ")
    assert '"63"' in same and '"47"' not in same and '"47"' in rest


@pytest.mark.parametrize("a_noun, a_age, b_noun, b_age, verdict", [
    pytest.param("mother", 59, "woman", 59, "agree", id="one-person-told-two-ways"),
    pytest.param("mother", 59, "woman", 70, "related", id="two-ages-two-nouns-may-be-two"),
    pytest.param("deputy", 35, "suspect", 27, "related", id="two-people"),
    pytest.param("woman", 59, "woman", 70, "conflict", id="one-noun-two-ages"),
])
def test_ages_told_by_different_nouns_back_but_never_contradict(a_noun, a_age, b_noun, b_age,
                                                                  verdict):
    """"A 59-year-old mother" and "a 59-year-old woman" are likely one person; a 59 and a 70
    told by different nouns may be two people, so they are not set against each other."""
    from claimcheck.compare import relate

    def said(cid: str, noun: str, age: int):
        text = f"A {age}-year-old {noun} was struck by a car."
        return make_claim(cid, cid[0], text, values=[Value(
            f"{age}-year-old", "age", age, age, "exact", "years", noun=noun, start=2, end=13)])
    assert relate(said("q#1", a_noun, a_age), said("s#1", b_noun, b_age))[0] == verdict


@pytest.mark.parametrize("published, verdict", [
    pytest.param({"a": "2031-05-07", "b": "2031-05-08"}, "conflict", id="a-day-apart"),
    pytest.param({"a": "2029-05-07", "b": "2031-05-08"}, "compatible", id="two-years-apart"),
    pytest.param(None, "compatible", id="dates-unknown"),
])
def test_ages_two_apart_conflict_when_the_dates_leave_no_birthday_between(published, verdict):
    """"Kell, 61" / "Kell, 63" in articles a day apart cannot both be right: before, the group
    was compatible, "articles written at different times", beside the measure's conflict."""
    a = make_claim("a#1", "a", "Mayor Ann Kell, 61", entities=[("Ann Kell", "PERSON")],
                   values=[Value("61", "age", 61, 61, "exact", "years", noun="kell")])
    b = make_claim("b#1", "b", "Mayor Ann Kell, 63", entities=[("Ann Kell", "PERSON")],
                   values=[Value("63", "age", 63, 63, "exact", "years", noun="kell")])
    assert judge([a, b], published=published)[0] == verdict


@pytest.mark.parametrize("source, shown", [
    pytest.param("002_4ea4ee587d1858b8", "002_4ea4", id="a-hashed-id-is-cut"),
    pytest.param("a2_carpathianherald", "a2_carpathianherald", id="an-outlet-name-is-whole"),
    pytest.param("orvik_evening_courier", "orvik_evening_courier", id="a-long-name-is-whole"),
])
def test_a_reason_cuts_only_a_hashed_source_id(source, shown):
    """Reasons once cut every long source id to eight characters ("a2_carpa"), which a reader
    cannot match to an outlet; only an id ending in a hash of its text is cut."""
    from claimcheck.compare import short

    assert short(source) == shown


@pytest.mark.parametrize("claim, source, relation", [
    pytest.param("Kelton police made more than 60 arrests.", "Kelton police made 63 arrests.",
                 "agree", id="inside-more-than"),
    pytest.param("The Orvik reservoirs were less than 40 percent full.",
                 "The Orvik reservoirs were only 38 percent full.", "agree",
                 id="inside-less-than"),
    pytest.param("Kelton police made 63 arrests.", "Kelton police made more than 60 arrests.",
                 "compatible", id="the-source-says-less"),
    pytest.param("Kelton police made more than 60 arrests.", "Kelton police made 60 arrests.",
                 "conflict", id="the-bound-itself"),
])
def test_a_source_figure_inside_the_checked_claims_bound_backs_it(extractor, claim, source,
                                                                   relation):
    """"More than 60 arrests" is all the claim says: a source's 63 backs it (it was only
    compatible, so nothing backed the claim while 48 elsewhere contradicted it)."""
    q = extractor.analyse(claim, source="q").claims[0]
    e = extractor.analyse(source, source="s").claims[0]
    assert weigh(q, e)[0] == relation


@pytest.mark.parametrize("a, b, relation", [
    pytest.param("Prosecutors asked for a 20-year sentence for Tom Hale.",
                 "Prosecutors had asked for a 20-year term for Tom Hale.", "agree",
                 id="a-term-is-a-sentence"),
    pytest.param("Prosecutors asked for a 20-year sentence for Tom Hale.",
                 "Prosecutors had asked for a 25-year term for Tom Hale.", "conflict",
                 id="two-terms-asked"),
    pytest.param("Pirates used 14 skiffs in the Kelton raid.",
                 "Pirates used 12 boats in the Kelton raid.", "conflict", id="skiffs-are-boats"),
])
def test_nouns_of_one_kind_compare_their_figures(extractor, a, b, relation):
    """"a 20-year sentence" and "a 20-year term" were never compared: the claim was unverified
    beside the sentence giving it ("no source gives this value")."""
    query = extractor.analyse(a, source="q").claims[0]
    source = extractor.analyse(b, source="s").claims[0]
    assert weigh(query, source)[0] == relation
