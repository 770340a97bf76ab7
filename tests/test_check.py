"""`check` and `batch`: verdicts with evidence on the seed corpus, every input and output format,
JUnit validity, exit codes and the parse cache."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from conftest import CORPUS, stem, write_sources
from typer.testing import CliRunner

from claimcheck.check import Checker
from claimcheck.cli import app
from claimcheck.group import GroupSettings

HERE = Path(__file__).parent
runner = CliRunner()

# (claim, verdict, sources that must be in the evidence for that verdict)
CASES = [
    pytest.param(
        "The Istanbul talks lasted two hours.",
        "conflict",
        {"002", "003", "004"},
        id="talks-two-hours",
    ),
    pytest.param(
        "Russia and Ukraine agreed to return 6,000 bodies each.",
        "supported",
        {"001", "002"},
        id="bodies",
    ),
    pytest.param(
        "Russia offered a 30-day ceasefire.",
        "conflict",
        {"001", "002", "004"},
        id="30-day-ceasefire",
    ),
    pytest.param(
        "Ukraine gave Russia a list of deported children.",
        "supported",
        {"001", "002", "004"},
        id="children-list",
    ),
    pytest.param(
        "Zelensky met Emmanuel Macron in Paris on Monday.", "unverified", set(), id="macron-paris"
    ),
    pytest.param(
        "Moscow offered a ceasefire of two to three days.",
        "supported",
        {"001", "002", "004"},
        id="ceasefire-length-is-not-the-war-length",
    ),
    pytest.param(
        "Moscow put forward a ceasefire of two to three days.",
        "supported",
        {"001", "002", "004"},
        id="paraphrase-found-by-meaning",
    ),
]
VERDICTS = [p.values[1] for p in CASES]


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return Checker(CORPUS, cache=tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("text, verdict, sources", CASES)
def test_check_verdict_and_evidence(checker, text, verdict, sources):
    result, = checker.check([("1", text)])
    assert result.verdict == verdict, result.reason
    relation = {"conflict": "conflict", "supported": "agree"}.get(verdict)
    backing = {stem(e.source) for e in result.evidence if e.relation == relation}
    assert sources <= backing, result.reason
    for e in result.evidence:
        assert (CORPUS / f"{e.source}.txt").read_text(encoding="utf-8")[e.start:e.end] == e.quote


def test_no_semantic_matches_on_words_only(tmp_path):
    """The paraphrase shares too few words: only the meaning signal finds its sources."""
    claim = "Russia offered to pause the fighting for two or three days."
    words = runner.invoke(
        app,
        ["check", claim, "--corpus", str(CORPUS), "--cache", str(tmp_path), "-q", "--no-semantic"],
    )
    assert words.exit_code == 0 and words.output.startswith("1 [unverified]"), words.output
    meaning = runner.invoke(
        app, ["check", claim, "--corpus", str(CORPUS), "--cache", str(tmp_path), "-q"]
    )
    assert meaning.exit_code == 0 and meaning.output.startswith("1 [supported]"), meaning.output


def test_d1_conflict_reason_names_both_sides(checker):
    result, = checker.check([("1", "The Istanbul talks lasted two hours.")])
    assert '"less than an hour"' in result.reason and '"a little over an hour"' in result.reason


def _check_one(folder, text, *sources, dates=()):
    """The one result of checking `text` against made-up one-paragraph sources in `folder`,
    published on `dates` when given."""
    from claimcheck import check_claim

    write_sources(folder, *sources, dates=dates)
    result, = check_claim(text, folder, cache=None)
    return result


def test_a_negated_statement_conflicts_with_the_sources():
    from claimcheck import check_claim

    result, = check_claim("Russia did not reject an unconditional ceasefire.", CORPUS)
    assert result.verdict == "conflict" and "opposite" in result.reason


@pytest.mark.parametrize("text, verdict", [
    pytest.param("Tom Hale met the Polish president in Vilnius.", "unverified",
                 id="another-country-s-president"),
    pytest.param("Tom Hale met the president of Greece in Vilnius.", "unverified",
                 id="another-country-named"),
    pytest.param("Tom Hale met the president of Lithuania in Vilnius.", "supported",
                 id="the-country-named-for-its-people"),
    pytest.param("Tom Hale met the Lithuanian president in the capital.", "supported",
                 id="the-same-people"),
])
def test_a_statement_about_another_country_is_not_supported(tmp_path, text, verdict):
    """Worded alike but of two countries, two statements: before, "met the Polish president"
    was supported by a source saying "met the Lithuanian president"."""
    from claimcheck import check_claim

    (tmp_path / "a.txt").write_text(
        "Tom Hale met the Lithuanian president in Vilnius on Monday.\n\n"
        "Poland and Lithuania pledged more aid to Orvik.\n", encoding="utf-8")
    result, = check_claim(text, tmp_path, cache=None)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize("text, verdict", [
    pytest.param("Orvik shares rose 6% to $48.20.", "supported", id="up-is-a-rise"),
    pytest.param("Orvik shares fell 6% to $48.20.", "conflict", id="up-is-no-fall"),
])
def test_a_change_said_with_up_backs_a_rise_not_a_fall(tmp_path, text, verdict):
    """"closed up 6%" has no verb of rising; the check once read it as backing "fell 6%", the
    rise turned, and called "rose 6%" a conflict ("fell" for "rose")."""
    result = _check_one(tmp_path, text, "Orvik's shares closed up 6% at $48.20 on Tuesday.",
                        "Investors sent Orvik's shares up 6% to $48.20.")
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize("text, verdict", [
    pytest.param("Orvik receive €2.5 million for winning the cup.", "supported",
                 id="the-same-sum-in-other-words"),
    pytest.param("Orvik collect 2.5 million euros for winning the cup.", "supported",
                 id="the-same-sum-its-currency-in-words"),
    pytest.param("Orvik receive €3 million for winning the cup.", "conflict",
                 id="another-sum"),
    pytest.param("Orvik receive $2.5 million for winning the cup.", "unverified",
                 id="a-sum-in-another-currency-is-not-compared"),
])
def test_a_sum_said_of_nothing_named_is_compared_in_its_currency(tmp_path, text, verdict):
    """"Orvik collect €2.5 million for winning" names no thing the sum is of; the sources'
    sums in the same currency answer a claim worded like them (they once came back only
    "related", with "no source gives this value" beside a source giving it)."""
    result = _check_one(
        tmp_path, text,
        "Under the cup's rules, Orvik collect €2.5 million for winning the cup, while Vesk "
        "receive €1.2 million as runners-up.",
        "Orvik receive 2.5 million euros for winning the cup.")
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize("text, verdict", [
    pytest.param("Orvik is offering €25 of credit to every affected customer.", "supported",
                 id="the-credit-offered"),
    pytest.param("Orvik is offering €50 of credit to every affected customer.", "conflict",
                 id="another-credit"),
])
def test_a_sum_offered_is_not_set_against_a_sum_demanded(tmp_path, text, verdict):
    """A credit the company offers and a payment a group demands of it are two sums."""
    result = _check_one(
        tmp_path, text, "Orvik has offered a €25 credit to each customer whose data was taken.",
        "A consumer group wants Orvik to pay €200 to every affected customer.")
    assert result.verdict == verdict, result.reason


def test_a_count_of_another_measure_worded_alike_is_no_evidence(tmp_path):
    """"The Orvik plant employs 300 people" shares its words with a claim of the blast's dead,
    but counts the workforce: before, "Seven people were killed" was set against its 300."""
    from claimcheck import check_claim

    write_sources(tmp_path, "Six people were killed in the blast at the Orvik plant.",
                  "The Orvik plant employs 300 people.")
    result, = check_claim("Seven people were killed in the blast at the Orvik plant.", tmp_path,
                          cache=None)
    assert result.verdict == "conflict"
    assert [e.source for e in result.evidence if e.relation == "conflict"] == ["a"]


@pytest.mark.parametrize("text, verdict", [
    pytest.param("An explosion at the Vesk refinery in 2017 killed 11 people.", "supported",
                 id="the-earlier-blast-s-toll"),
    pytest.param("The 2017 explosion at the Vesk refinery killed six people.", "conflict",
                 id="this-blast-s-toll-is-not-the-earlier-one-s"),
    pytest.param("Six people died in the 2017 Vesk refinery blast.", "conflict",
                 id="a-year-before-the-event-s-name"),
    pytest.param("The Orvik blast killed 11 people.", "conflict",
                 id="the-story-s-toll-is-not-the-earlier-one-s"),
    pytest.param("Kelton firefighters attended 1,450 fires last year.", "supported",
                 id="last-year-as-the-source-says-it"),
])
def test_a_figure_of_another_year_is_not_set_against_the_story_s(tmp_path, text, verdict):
    """A claim of a year the sources' undated figures are not of (they were published in 2026)
    is checked against the figure they give for that year only: before, "the 2017 blast killed
    11" was contested by this year's six dead; a claim of no year is the story's ("The Orvik
    blast killed 11" was contested: the 2017 blast's 11 backed it), and "the 2017 Vesk
    refinery blast" was a count of blasts, so this year's six backed it. A claim checked with
    no date saying "last year" was kept apart from the source's "last year" (2025)."""
    from claimcheck import check_claim

    write_sources(tmp_path, "The blast at the Orvik plant on Saturday killed six workers.",
                  "Six people died in the Orvik blast. In 2017, an explosion at the Vesk "
                  "refinery killed 11 people.",
                  "Kelton firefighters attended 1,450 fires last year, 14 of them in towers.",
                  dates=("2026-03-14", "2026-03-14", "2026-03-14"))
    result, = check_claim(text, tmp_path, cache=None)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize("text, verdict", [
    pytest.param("Tom Hale was sentenced to two years in prison.", "supported",
                 id="the-named-party-s-own-term"),
    pytest.param("Tom Hale was sentenced to seven years in prison.", "unverified",
                 id="an-unnamed-person-s-term-is-not-his"),
])
def test_a_named_party_s_figure_is_not_backed_by_one_no_one_is_named_for(tmp_path, text,
                                                                         verdict):
    """When a source gives Hale's own term, another source's term of an unnamed person ("a
    former treasurer was sentenced to seven years") neither backs nor refutes a claim of Hale's:
    before, Hale's two years came back contested and his seven years supported."""
    result = _check_one(
        tmp_path, text,
        "A former Orvik treasurer was sentenced on Thursday to seven years in prison.",
        "Her co-defendant, Tom Hale, was sentenced to two years in prison in February.")
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize("text, verdict", [
    pytest.param("The quake struck the island, 80 miles southwest of Kelton, on Sunday.",
                 "conflict", id="another-distance-from-one-place"),
    pytest.param("The quake struck the island, 1,500 km south of Orvik.",
                 "unverified", id="a-distance-from-another-place"),
    pytest.param("The quake struck the island 300 metres below the surface.",
                 "unverified", id="a-depth-is-no-distance"),
])
def test_lengths_are_compared_only_when_they_measure_one_thing(tmp_path, text, verdict):
    """A distance from another place, or a depth, is no answer to a distance: before, "1,500 km
    south of Orvik" conflicted with "35 miles southwest of Kelton"."""
    from claimcheck import check_claim

    (tmp_path / "a.txt").write_text(
        "The quake struck the island, 35 miles southwest of Kelton, on Sunday.\n",
        encoding="utf-8")
    result, = check_claim(text, tmp_path, cache=None)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize("text, verdict", [
    pytest.param("The Kelton footbridge was 40 metres long.", "supported", id="same-length"),
    pytest.param("The Kelton footbridge was 100 metres long.", "conflict", id="other-length"),
])
def test_a_length_meets_the_size_written_onto_its_thing(tmp_path, text, verdict):
    """"40 metres long" and "the 40-metre footbridge" are one length: a size named by its noun
    alone is compared with any length, as a count named by its noun is with any count."""
    from claimcheck import check_claim

    (tmp_path / "a.txt").write_text("The 40-metre Kelton footbridge gave way on Friday.\n",
                                    encoding="utf-8")
    result, = check_claim(text, tmp_path, cache=None)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize("text, verdict", [
    pytest.param("Six people are still missing.", "supported", id="the-missing-not-the-dead"),
    pytest.param("Nine people are still missing.", "conflict", id="other-missing"),
    pytest.param("The capsizing killed 11 people.", "supported", id="the-dead-not-the-missing"),
    pytest.param("More than 40 people were rescued.", "supported", id="the-rescued"),
])
def test_counts_are_compared_only_when_they_count_one_thing(tmp_path, text, verdict):
    """The missing, the dead and the rescued are three measures: before, "six are missing"
    came back contested by "killing 11" and "more than 40 were rescued"."""
    from claimcheck import check_claim

    (tmp_path / "a.txt").write_text(
        "The ferry capsized on Lake Kelton, killing 11 people.\n\n"
        "Six people are still missing.\n\n"
        "More than 40 people were rescued by fishing boats.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Rescuers searched on Sunday for six people missing after the ferry capsized on Lake "
        "Kelton, which killed 11.\n", encoding="utf-8")
    result, = check_claim(text, tmp_path, cache=None)
    assert result.verdict == verdict, result.reason


def test_a_supported_claim_shows_the_other_sources_values(tmp_path):
    """One outlet says 39, three say 38: "39" is supported (a birthday may fall between), and the
    reason says what the three others give, not only the one that backs it."""
    from claimcheck import check_claim

    for name, age in (("a", 38), ("b", 38), ("c", 38), ("d", 39)):
        (tmp_path / f"{name}.txt").write_text(
            f"Police said Tom Hale, {age}, opened fire at the Kelton depot on Monday.\n",
            encoding="utf-8")
    result, = check_claim("Tom Hale was 39.", tmp_path, cache=None)
    assert result.verdict == "supported"
    assert result.reason.startswith("supported by 1 source: d")
    assert result.reason.count('~ "38" (38)') == 3


@pytest.mark.parametrize("age, verdict", [
    pytest.param(36, "supported", id="same-age"),
    pytest.param(37, "compatible", id="a-birthday-apart"),
    pytest.param(46, "conflict", id="ten-years-apart"),
])
def test_a_persons_age_is_checked_against_the_age_the_sources_give(tmp_path, age, verdict):
    """The corpus says "the 36-year-old Rahman" inside a longer sentence; a typed claim about
    his age finds it."""
    from claimcheck import check_claim

    (tmp_path / "a.txt").write_text(
        "The 36-year-old Rahman is a former heavyweight champion.\n", encoding="utf-8"
    )
    result, = check_claim(f"Hasim Rahman is {age} years old.", tmp_path)
    assert result.verdict == verdict, result.reason


# made-up claims against the seed corpus, one of each kind a fact-checker types: true ones, a
# changed figure, an opposite verb, a claim the outlets dispute
SEED_CLAIMS = [
    pytest.param("Russia and Ukraine agreed to exchange 6,000 bodies.", "supported",
                 id="true-bodies"),
    pytest.param("The first round of talks took place on 16 May.", "supported", id="true-day"),
    pytest.param("The upcoming exchange will involve 1,000 to 1,200 prisoners.", "supported",
                 id="true-range"),
    pytest.param("The talks ended at around 4:17 p.m.", "supported", id="true-time"),
    pytest.param("Russia dismissed a 22-point US peace plan.", "supported", id="true-plan"),
    pytest.param("Moscow continues to reject an unconditional ceasefire.", "supported",
                 id="true-rejection"),
    pytest.param("Russia and Ukraine agreed to exchange 5,000 bodies.", "conflict",
                 id="changed-bodies"),
    pytest.param("The upcoming exchange will involve 3,000 prisoners.", "conflict",
                 id="changed-prisoners"),
    pytest.param("Russia dismissed a 30-point US peace plan.", "conflict", id="changed-plan"),
    pytest.param("The talks began five hours later than scheduled.", "conflict",
                 id="changed-delay"),
    pytest.param("Russia accepted an unconditional ceasefire.", "conflict",
                 id="opposite-ceasefire"),
    pytest.param("Russia accepted a 22-point US peace plan.", "conflict", id="opposite-plan"),
    pytest.param("Russia and Ukraine refused to exchange 6,000 bodies.", "conflict",
                 id="opposite-bodies"),
    pytest.param("Russia did not accept an unconditional ceasefire.", "supported",
                 id="negated-opposite"),
    pytest.param("The talks lasted less than an hour.", "contested", id="contested-under-an-hour"),
    pytest.param("The talks lasted a little over an hour.", "contested",
                 id="contested-over-an-hour"),
    pytest.param("The first round of talks took place on 20 May.", "conflict", id="changed-day"),
    pytest.param("Ukraine rejected an unconditional ceasefire.", "unverified", id="another-doer"),
]


@pytest.mark.parametrize("text, verdict", SEED_CLAIMS)
def test_made_up_claims_against_the_seed_corpus(checker, text, verdict):
    result, = checker.check([("1", text)])
    assert result.verdict == verdict, result.reason


CONTESTED = HERE / "data" / "contested"  # a made-up ferry disaster: 19 dead in one, 17 in two


@pytest.mark.parametrize("text, verdict, tally", [
    pytest.param("Nineteen people died when the ferry capsized.", "contested",
                 "contested: Nineteen: 1 source (a); Seventeen: 1 source (b); "
                 "At least 17: 1 source (c)", id="the-odd-one-out"),
    pytest.param("17 people died.", "contested",
                 "contested: Seventeen: 1 source (b); Nineteen: 1 source (a); "
                 "At least 17: 1 source (c)", id="the-majority-worded-otherwise"),
    pytest.param("Twenty people died when the ferry capsized.", "conflict", None,
                 id="no-source-says-20"),
])
def test_contested_claims_tally_what_every_source_says(text, verdict, tally):
    from claimcheck import check_claim

    result, = check_claim(text, CONTESTED, cache=None)
    assert result.verdict == verdict, result.reason
    if tally:
        assert result.reason == tally
    assert {e.source for e in result.evidence if e.relation != "related"} == {"a", "b", "c"}
    assert all(e.published == "2026-03-14" for e in result.evidence if e.source in "abc")


def test_contested_on_the_seed_corpus_lists_both_sides(checker):
    result, = checker.check([("1", "The talks lasted less than an hour.")])
    assert result.verdict == "contested", result.reason
    assert result.reason == ("contested: less than an hour: 1 source (002_4ea4); a little over an "
                             "hour: 2 sources (003_3525, 004_b85b); an hour: 1 source (001_e978); "
                             "barely an hour: 1 source (002_4ea4)")
    sides = {(stem(e.source), e.relation) for e in result.evidence}
    assert {("002", "agree"), ("003", "conflict"), ("004", "conflict")} <= sides


@pytest.mark.parametrize("fail_on, code", [
    ("conflict", 1), ("contested", 1), ("unverified", 1), ("never", 0)])
def test_a_contested_claim_fails_the_conflict_and_contested_gates(fail_on, code, tmp_path):
    result = runner.invoke(app, ["check", "Nineteen people died when the ferry capsized.",
                                 "-c", str(CONTESTED), "--fail-on", fail_on, "--format", "json",
                                 "--cache", str(tmp_path)])
    assert result.exit_code == code, result.output
    doc = json.loads(result.stdout)
    assert doc["summary"]["contested"] == 1 and doc["results"][0]["failed"] == bool(code)


def test_a_conflict_passes_the_contested_gate(tmp_path):
    result = runner.invoke(app, ["check", "Twenty people died when the ferry capsized.",
                                 "-c", str(CONTESTED), "--fail-on", "contested", "--cache",
                                 str(tmp_path), "-q"])
    assert result.exit_code == 0 and result.output.startswith("1 [conflict]: "), result.output


POLARITY = HERE / "data" / "polarity"  # made-up wire copy: one action per paragraph


def _opposite(claim: str, source_says: str, opposite: str):
    return pytest.param(claim, "conflict", f'"{source_says}" for "{opposite}"',
                        id=f"{opposite}-vs-{source_says}")


POLARITY_CASES = [
    # the source says one side, the claim the other: both directions of every kind of pair
    _opposite("The Velmar council vetoed the harbour budget.", "approve", "veto"),
    _opposite("Governor Osei approved the water bill.", "veto", "approve"),
    _opposite("The Karsk dockers' union rejected the pay offer.", "accept", "reject"),
    _opposite("The Drell party accepted the coalition deal.", "reject", "accept"),
    _opposite("Minister Brandt confirmed the bribery report.", "deny", "confirm"),
    _opposite("The Oskar data agency denied the breach of its servers.", "confirm", "deny"),
    _opposite("Exports from Belvia fell sharply in March.", "rise", "fall"),
    _opposite("Ticket prices at Lund Arena rose last season.", "fall", "rise"),
    _opposite("The Harwick Rovers lost the regional cup final.", "win", "lose"),
    _opposite("The Tamsin Owls won the league decider.", "lose", "win"),
    _opposite("A jury convicted Dario Mendes of embezzlement.", "acquit", "convict"),
    _opposite("A court acquitted Lena Straub of tax fraud.", "convict", "acquit"),
    _opposite("The Orvan miners refused to end the strike.", "agree", "refuse"),
    _opposite("The Pellan nurses agreed to sign the new contract.", "refuse", "agree"),
    _opposite("The Corvo city council imposed the curfew.", "lift", "impose"),
    _opposite("Regulators allowed the Zentra pesticide.", "ban", "allow"),
    _opposite("Dario Mendes was convicted of embezzlement.", "acquit", "convict"),
    # a negation and an opposite predicate cancel out; a negation alone is the opposite
    pytest.param("The Karsk dockers' union did not reject the pay offer.", "supported", "",
                 id="not-reject-is-accept"),
    pytest.param("The Oskar data agency did not deny the breach of its servers.", "supported",
                 "", id="not-deny-is-confirm"),
    pytest.param("A court did not convict Dario Mendes of embezzlement.", "supported", "",
                 id="not-convict-is-acquit"),
    pytest.param("Governor Osei did not veto the water bill.", "conflict", "negated",
                 id="not-veto-vs-veto-on-monday"),
    # a negated day may deny the day only ("in October" in a negated ECB+ sentence)
    pytest.param("Governor Osei did not veto the water bill on Friday.", "not conflict", "",
                 id="not-veto-on-friday-vs-veto-on-monday"),
    pytest.param("Regulators did not ban the Zentra pesticide.", "conflict", "negated",
                 id="not-ban-vs-ban"),
    # the same side is support
    pytest.param("The Velmar council approved the harbour budget.", "supported", "",
                 id="approve-and-approve"),
    pytest.param("Minister Brandt denied the bribery report.", "supported", "",
                 id="deny-and-deny"),
    pytest.param("Ticket prices at Lund Arena fell last season.", "supported", "",
                 id="fall-and-fall"),
    pytest.param("The Tamsin Owls lost the league decider.", "supported", "",
                 id="lose-and-lose"),
    # never a conflict: another action, another doer, another thing
    pytest.param("The Velmar council debated the harbour budget.", "not conflict", "",
                 id="debated-is-not-vetoed"),
    pytest.param("Governor Osei praised the water bill.", "not conflict", "",
                 id="praised-is-not-approved"),
    pytest.param("Governor Lindqvist approved the water bill.", "not conflict", "",
                 id="another-governor"),
    pytest.param("Minister Alvarez confirmed the bribery report.", "not conflict", "",
                 id="another-minister"),
    pytest.param("Imports to Belvia fell in March.", "not conflict", "",
                 id="imports-are-not-exports"),
    pytest.param("The Harwick Rovers lost a friendly in May.", "not conflict", "",
                 id="another-match"),
    pytest.param("The Morrow party accepted the coalition deal.", "not conflict", "",
                 id="another-party-unnamed-by-the-parser",
                 marks=pytest.mark.xfail(strict=True, reason="the parser tags neither party as a "
                                         "name, so nothing tells the two parties apart")),
]


@pytest.fixture(scope="module")
def polarity(tmp_path_factory):
    return Checker(POLARITY, cache=tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("text, verdict, why", POLARITY_CASES)
def test_opposite_predicates_conflict(polarity, text, verdict, why):
    result, = polarity.check([("1", text)])
    if verdict == "not conflict":
        assert result.verdict not in ("conflict", "contested"), result.reason
        return
    assert result.verdict == verdict, result.reason
    assert why in result.reason


def test_a_checker_over_extracted_claims_leaves_a_source_out(checker):
    """`Checker.of_claims` checks against claims already extracted: without the one source that
    agrees, the contested claim is a conflict."""
    published = {s: d for s, (d, _url) in checker.meta.items()}
    every = Checker.of_claims(checker.claims, published, extractor=checker.extractor)
    claim = "The talks lasted less than an hour."
    assert every.check([("1", claim)])[0].verdict == "contested"
    others = Checker.of_claims([c for c in checker.claims if stem(c.source) != "002"], published,
                               extractor=checker.extractor)
    result, = others.check([("1", claim)])
    assert result.verdict == "conflict" and result.evidence[0].published == "2025-06-02"


# bounds and ranges decide: (what the one source says, the claim, the verdict)
BOUNDS = [
    pytest.param("Thirteen people died when the ferry capsized.", "More than a dozen people died "
                 "when the ferry capsized.", "supported", id="more-than-a-dozen-vs-13"),
    pytest.param("Twenty people died when the ferry capsized.", "More than a dozen people died "
                 "when the ferry capsized.", "supported", id="more-than-a-dozen-vs-20"),
    pytest.param("Twelve people died when the ferry capsized.", "More than a dozen people died "
                 "when the ferry capsized.", "conflict", id="more-than-a-dozen-vs-12"),
    pytest.param("Five people died when the ferry capsized.", "More than a dozen people died when "
                 "the ferry capsized.", "conflict", id="more-than-a-dozen-vs-5"),
    pytest.param("Fewer than ten people died when the ferry capsized.", "Twelve people died when "
                 "the ferry capsized.", "conflict", id="12-vs-fewer-than-ten"),
    pytest.param("The four men arrested after the raid were aged between 30 and 40.", "The men "
                 "arrested after the raid were aged between 18 and 22.", "conflict",
                 id="age-ranges-apart"),
    pytest.param("The four men arrested after the raid were aged between 30 and 40.", "The men "
                 "arrested after the raid were aged 35 to 45.", "compatible",
                 id="age-ranges-overlapping"),
    pytest.param("The prisoners released in the swap were between 18 and 25 years old.", "The "
                 "prisoners released were aged 40 to 50.", "conflict", id="age-range-vs-range"),
    pytest.param("The prisoners released in the swap were between 18 and 25 years old.",
                 "Prisoners aged 18 to 25 were released in the swap.", "supported",
                 id="age-range-same"),
]


@pytest.mark.parametrize("source, text, verdict", BOUNDS)
def test_bounds_and_ranges_decide(tmp_path, source, text, verdict):
    """"More than a dozen" is above 12, not 12: 13 or 20 backs it; ranges that cannot overlap
    conflict."""
    from claimcheck import check_claim

    (tmp_path / "a.txt").write_text(f"date 2026-03-14\n\n{source}\n", encoding="utf-8")
    result, = check_claim(text, tmp_path, cache=None)
    assert result.verdict == verdict, result.reason


HELD_SOURCE = "Ann Roe checked into the Kelton Grove clinic, her lawyer said."


@pytest.mark.parametrize("text, verdict", [
    pytest.param("Ann Roe checked into the Kelton Grove clinic on Friday night to avoid a court "
                 "hearing over her unpaid parking fines and a missed probation meeting.",
                 "supported", id="a-sentence-saying-more-holds-the-source"),
    pytest.param("Ann Roe checked into the Kelton Grove clinic for a 90-day stay to avoid a court "
                 "hearing over her unpaid parking fines.", "unverified",
                 id="a-figure-the-source-does-not-give"),
    pytest.param("Ann Roe left the Kelton Grove clinic on Friday night to avoid a court hearing "
                 "over her unpaid parking fines and a missed probation meeting.", "unverified",
                 id="another-doing-is-not-held"),
])
def test_a_longer_checked_sentence_holds_a_sources_shorter_claim(tmp_path, text, verdict):
    """A checked sentence that says more than the source's claim is backed by it when it holds
    all of its words (`GroupSettings.held`); a figure the source does not give stays unverified."""
    from claimcheck import check_claim

    (tmp_path / "a.txt").write_text(f"date 2031-03-14\n\n{HELD_SOURCE}\n", encoding="utf-8")
    result, = check_claim(text, tmp_path, cache=None)
    assert result.verdict == verdict, result.reason


def test_another_doers_figure_is_another_statement(tmp_path):
    """Two clubs' offers in one article: the Nationals' $160 million does not contest the Red
    Sox's $200 million, though the measure table calls both the value of Teixeira's deal (a
    bench finding: ECB+ outlets on the Teixeira offers)."""
    from claimcheck import check_claim

    (tmp_path / "a.txt").write_text(
        "date 2008-12-20\n\nThe Washington Nationals offered Mark Teixeira an eight-year, $160 "
        "million contract.\n\nThe Boston Red Sox offered Mark Teixeira an eight-year, $200 "
        "million contract.\n", encoding="utf-8")
    result, = check_claim("The Boston Red Sox made Mark Teixeira a $200 million offer.", tmp_path,
                          cache=None)
    assert result.verdict == "supported", result.reason


@pytest.mark.parametrize("then, claim, verdict", [
    pytest.param("Roe first sang in a choir at the age of 10.", "Ann Roe was 85 years old.",
                 "supported", id="the-age-she-died-at"),
    pytest.param("Roe first sang in a choir at the age of 10.", "Ann Roe was 88 years old.",
                 "conflict", id="another-age"),
    pytest.param("Roe first sang in a choir at the age of 10.",
                 "Ann Roe survived in Kelton, aged 85.", "conflict",
                 id="the-same-age-with-the-opposite-verb"),
    pytest.param("At the age of 10, Ann Roe began to sing in the choir of Kelton.",
                 "Ann Roe died in Kelton, aged 85.", "supported",
                 id="the-age-then-in-a-claim-worded-alike"),
])
def test_an_age_said_with_at_the_age_of(tmp_path, then, claim, verdict):
    """"died at the age of 85" is the person's age; "at the age of 10" said of what she did then
    is the age she was then, and neither supports nor contests a claim of her age now."""
    from claimcheck import check_claim

    (tmp_path / "a.txt").write_text(
        f"Ann Roe died in Kelton on Sunday at the age of 85. {then}\n", encoding="utf-8")
    result, = check_claim(claim, tmp_path)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize("claim, verdict", [
    pytest.param("Ann Roe is 60.", "conflict", id="an-age-no-source-gives"),
    pytest.param("Ann Roe is 48.", "contested", id="one-sources-age"),
    pytest.param("Ann Roe was 51 when she was elected.", "contested", id="was-when"),
])
def test_a_name_is_a_number_is_an_age(tmp_path, claim, verdict):
    """"Ann Roe is 60" is her age: checked against the ages the sources give (48 in one, 51 in
    the other), not left unverified as a bare count."""
    from claimcheck import check_claim

    write_sources(tmp_path, "Ann Roe, 48, was elected mayor of Kelton on Sunday.",
                  "Kelton elected Ann Roe, 51, as its mayor on Sunday.")
    result, = check_claim(claim, tmp_path)
    assert result.verdict == verdict, result.reason


def test_an_age_said_of_someone_else_is_not_the_named_persons(tmp_path):
    """"the 35-year-old deputy" in a sentence naming Orozco is the deputy's age: no conflict
    with Orozco's 27 (a bench finding: ECB+ outlets on one shooting)."""
    from claimcheck import check_claim

    (tmp_path / "a.txt").write_text("Jose Orozco, 27, was arrested on Friday.\n", encoding="utf-8")
    result, = check_claim("Jose Orozco was charged with murdering the 35-year-old deputy.",
                          tmp_path)
    assert result.verdict not in ("conflict", "contested"), result.reason


@pytest.mark.parametrize("other", [
    pytest.param("It killed 612 people and flattened the old town.", id="said-of-it"),
    pytest.param("In Kelton province the storm killed 40 people.", id="of-another-place"),
])
def test_a_figure_of_something_unsure_does_not_contest(tmp_path, other):
    """A figure said of "it", or of places none of its article's own, may be another event's:
    it cannot contest a claim the story's own figures support."""
    from claimcheck import check_claim

    story = "The storm struck Vesk island on Monday, killing ten people on Vesk."
    (tmp_path / "a.txt").write_text(f"{story}\n\nVesk was hit hard.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{story}\n\nVesk mourned.\n\n{other}\n",
                                    encoding="utf-8")
    result, = check_claim("Ten people died when the storm struck Vesk.", tmp_path, cache=None)
    assert result.verdict == "supported", result.reason


@pytest.mark.parametrize(("text", "verdict"), [
    pytest.param("The death toll from the Kelton crash reached 12.", "supported",
                 id="earlier-smaller-tolls-are-updates"),
    pytest.param("Nine people died in the Kelton crash.", "supported",
                 id="later-larger-tolls-are-updates"),
    pytest.param("Fifteen people died in the Kelton crash.", "conflict",
                 id="a-toll-no-source-gives-conflicts"),
])
def test_a_count_told_at_another_time_is_an_update(tmp_path, text, verdict):
    """A toll rising with the publication days: a source's earlier or later count beside one
    that says the claim's is an update, not a contradiction."""
    result = _check_one(tmp_path, text, "Nine people were killed in the Kelton crash.",
                        "The Kelton crash killed 11 people.",
                        "The death toll from the Kelton crash rose to 12.",
                        dates=("2025-03-11", "2025-03-12", "2025-03-14"))
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(("text", "verdict"), [
    pytest.param("The companies announced the Orvik agreement on Wednesday.", "unverified",
                 id="another-weekday-does-not-back"),
    pytest.param("The companies announced the Orvik agreement on Monday.", "supported",
                 id="the-same-weekday-backs"),
])
def test_a_day_the_parse_tied_to_nothing_still_decides(tmp_path, text, verdict):
    """Each claim gives one day, whatever the parse took it to be the day of: a source's Monday
    does not back a Wednesday said in the same words."""
    result = _check_one(tmp_path, text, "The companies announced the Orvik agreement on Monday.",
                        dates=("2025-03-10",))
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(("text", "verdict"), [
    pytest.param("Kelton had 187 confirmed cholera cases on Tuesday.", "supported",
                 id="an-earlier-count-of-cases-beside-a-forecast"),
    pytest.param("Officials said Kelton could see 500 cholera cases by the end of March.",
                 "supported", id="a-forecast-is-not-set-against-counts"),
])
def test_an_outbreak_s_cases_grow_and_a_forecast_is_no_count(tmp_path, text, verdict):
    result = _check_one(tmp_path, text, "187 cases of cholera have been confirmed in Kelton.",
                        "Kelton confirmed 231 cholera cases on Wednesday.",
                        "Officials said Kelton could see 500 cholera cases by the end of March.",
                        dates=("2025-03-11", "2025-03-12", "2025-03-12"))
    assert result.verdict == verdict, result.reason


def test_a_part_said_with_alone_does_not_contest_a_count_of_things(tmp_path):
    result = _check_one(tmp_path, "Airlines cancelled 612 flights in Kelton on Monday.",
                        "Airlines cancelled 612 flights in Kelton on Monday.",
                        "At the Kelton airport alone, 240 flights were cancelled on Monday.")
    assert result.verdict == "supported", result.reason


def test_a_pasted_paragraph_gives_one_result_per_claim(checker):
    results = checker.check(
        [("p", "The Istanbul talks lasted two hours. Zelensky met Emmanuel Macron in Paris.")]
    )
    assert [(r.id, r.verdict) for r in results] == [("p.1", "conflict"), ("p.2", "unverified")]


def _claims_file(tmp_path, kind):
    texts = [p.values[0] for p in CASES]
    path = tmp_path / f"claims.{kind}"
    if kind == "txt":
        path.write_text(
            "\n".join(texts[:2] + [""] + texts[2:]) + "\n", encoding="utf-8"
        )  # a blank line is no claim
    elif kind == "csv":
        pd.DataFrame({"id": [f"c{i}" for i in range(1, len(texts) + 1)], "claim": texts}).to_csv(
            path, index=False
        )
    else:
        path.write_text(
            "".join(json.dumps({"id": f"c{i}", "claim": t}) + "\n" for i, t in enumerate(texts, 1)),
            encoding="utf-8",
        )
    return path


@pytest.mark.parametrize("kind", ["txt", "csv", "jsonl"])
def test_batch_each_input_format_gives_the_same_verdicts(tmp_path, kind, checker):
    path = _claims_file(tmp_path, kind)
    result = runner.invoke(app, ["batch", str(path), "--corpus", str(CORPUS), "--format", "jsonl",
                                 "--cache", str(tmp_path / "cache"), "-q"])
    assert result.exit_code == 1, result.output  # two conflicts fail the default gate
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["verdict"] for r in rows] == VERDICTS
    n = len(CASES)
    line_numbers = [1, 2] + list(range(4, n + 2))  # the blank third line has no result
    assert [r["id"] for r in rows] == (
        [str(i) for i in line_numbers] if kind == "txt" else [f"c{i}" for i in range(1, n + 1)]
    )


@pytest.mark.parametrize("fail_on, code", [("conflict", 1), ("unverified", 1), ("never", 0)])
def test_exit_code_follows_fail_on(tmp_path, fail_on, code):
    path = _claims_file(tmp_path, "csv")
    result = runner.invoke(
        app, ["batch", str(path), "-c", str(CORPUS), "--fail-on", fail_on, "--format", "json", "-q"]
    )
    assert result.exit_code == code
    summary = json.loads(result.stdout)["summary"]
    assert summary["failed"] == {"conflict": 2, "unverified": 3, "never": 0}[fail_on]


@pytest.mark.parametrize(
    "text, fail_on, code",
    [
        pytest.param(
            "Zelensky met Emmanuel Macron in Paris on Monday.",
            "conflict",
            0,
            id="unverified-passes-conflict-gate",
        ),
        pytest.param(
            "Zelensky met Emmanuel Macron in Paris on Monday.",
            "unverified",
            1,
            id="unverified-fails-unverified-gate",
        ),
        pytest.param(
            "Russia and Ukraine agreed to return 6,000 bodies each.",
            "unverified",
            0,
            id="supported-passes",
        ),
        pytest.param("Russia offered a 30-day ceasefire.", "never", 0, id="never-fails"),
    ],
)
def test_check_exit_codes(text, fail_on, code):
    result = runner.invoke(
        app, ["check", text, "--corpus", str(CORPUS), "--fail-on", fail_on, "--no-cache"]
    )
    assert result.exit_code == code, result.output


def test_junit_output_validates_against_the_schema(tmp_path):
    xmlschema = pytest.importorskip("xmlschema")
    out = tmp_path / "claims.xml"
    path = _claims_file(tmp_path, "csv")
    result = runner.invoke(
        app, ["batch", str(path), "-c", str(CORPUS), "--format", "junit", "--out", str(out), "-q"]
    )
    assert result.exit_code == 1
    schema = xmlschema.XMLSchema(HERE / "junit.xsd")
    schema.validate(out)
    doc = schema.to_dict(out)
    suite = doc["testsuite"][0]
    assert (
        suite["@name"] == "claims.csv" and suite["@tests"] == len(CASES) and suite["@failures"] == 2
    )
    failed = [case["@name"] for case in suite["testcase"] if "failure" in case]
    assert failed == ["c1", "c3"]
    assert "less than an hour" in suite["testcase"][0]["failure"]["$"]


def test_junit_has_one_case_per_row_whatever_the_parse(tmp_path):
    """A row the parse splits in two is one test case named by its id, both parts in its
    failure text; every case has a time."""
    xmlschema = pytest.importorskip("xmlschema")
    path = tmp_path / "claims.csv"
    path.write_text('Claim;ID\n"The Istanbul talks lasted two hours. Zelensky met Emmanuel Macron '
                    'in Paris.";p\nRussia offered a 30-day ceasefire.;q\n', encoding="utf-8")
    out = tmp_path / "claims.xml"
    result = runner.invoke(app, ["batch", str(path), "-c", str(CORPUS), "--format", "junit",
                                 "--out", str(out), "--cache", str(tmp_path / "cache"), "-q"])
    assert result.exit_code == 1, result.output
    schema = xmlschema.XMLSchema(HERE / "junit.xsd")
    schema.validate(out)
    suite = schema.to_dict(out)["testsuite"][0]
    cases = suite["testcase"]
    assert [c["@name"] for c in cases] == ["p", "q"] and suite["@tests"] == 2
    assert all(c["@time"] >= 0 for c in cases)
    text = cases[0]["failure"]["$"]
    assert text.startswith("p.1: The Istanbul talks lasted two hours.") and "\n\np.2: " in text
    assert cases[0]["failure"]["@type"] == "conflict"


def test_junit_escapes_control_characters_and_markup():
    import xml.etree.ElementTree as ET

    from claimcheck.check import CheckResult
    from claimcheck.report import render_results

    r = CheckResult(
        "x<1>", "a\x0bb <script>", "a\x0bb <script>", "conflict", "conflict: \x01 & <b>", ()
    )
    root = ET.fromstring(render_results([r], "junit", fail_on="conflict", name='c"s'))
    case = root.find("testsuite/testcase")
    assert case.get("name") == "x<1>" and "<script>" in case.find("failure").text


@pytest.mark.parametrize(
    "content, suffix, message",
    [
        pytest.param(
            "text\nhello\n", ".csv", "has no 'claim' column (found: text)", id="csv-without-claim"
        ),
        pytest.param(
            '{"claim": "ok"}\n{broken\n', ".jsonl", "line 2: not valid JSON", id="broken-jsonl"
        ),
        pytest.param(
            '{"text": "x"}\n',
            ".jsonl",
            'line 1: each line needs a "claim" string',
            id="jsonl-without-claim",
        ),
        pytest.param("\n\n  \n", ".txt", "holds no claim", id="only-blank-lines"),
        pytest.param(
            "x" * 100_000 + "\n",
            ".txt",
            "claim 1: 100,000 characters, over the 5,000",
            id="100k-line",
        ),
        pytest.param("a claim\n", ".pdf", "unknown claims file type '.pdf'", id="unknown-type"),
    ],
)
def test_bad_claims_file_exits_2_with_the_message(tmp_path, content, suffix, message):
    path = tmp_path / f"claims{suffix}"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["batch", str(path), "-c", str(CORPUS), "--no-cache"])
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and message in result.output, result.output


@pytest.mark.parametrize(
    "args, message",
    [
        pytest.param(
            ["check", "x", "--fail-on", "always"], "unknown --fail-on 'always'", id="bad-fail-on"
        ),
        pytest.param(
            ["check", "x", "--format", "junit"], "unknown --format 'junit'", id="check-has-no-junit"
        ),
        pytest.param(
            ["batch", "no/such/claims.txt"],
            "claims file not found: no/such/claims.txt",
            id="missing-claims-file",
        ),
        pytest.param(
            ["check", "x", "--corpus", "no/such/folder"],
            "corpus path not found",
            id="missing-corpus",
        ),
    ],
)
def test_bad_options_exit_2(args, message):
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and message in result.output, result.output


def test_second_run_reads_parsed_sources_from_the_cache(tmp_path, monkeypatch):
    import claimcheck.pipeline as pipeline

    first = Checker(CORPUS, cache=tmp_path)
    assert list(tmp_path.rglob("*.json")), "the first run wrote no cache entry"

    def no_parse(*args, **kwargs):
        raise AssertionError("the corpus was parsed again")

    monkeypatch.setattr(pipeline, "Extractor", no_parse)
    second = Checker(CORPUS, cache=tmp_path)
    assert [c.quote for c in second.claims] == [c.quote for c in first.claims]


def test_cache_is_keyed_on_file_content(tmp_path):
    import shutil

    corpus = tmp_path / "c"
    shutil.copytree(CORPUS, corpus)
    before = Checker(corpus, cache=tmp_path / "cache")
    path = corpus / f"{before.sources[0]}.txt"
    path.write_text(
        path.read_text(encoding="utf-8") + "\nThe mayor of Odesa resigned on 3 June 2025.\n",
        encoding="utf-8",
    )
    after = Checker(corpus, cache=tmp_path / "cache")
    assert any("Odesa" in c.text for c in after.claims) and not any(
        "Odesa" in c.text for c in before.claims
    )


def test_a_broken_cache_entry_is_a_miss(tmp_path):
    Checker(CORPUS, cache=tmp_path)
    for entry in tmp_path.rglob("*.json"):
        entry.write_bytes(b"not a pickle")
    assert Checker(CORPUS, cache=tmp_path).claims


def test_a_figure_placed_at_another_time_does_not_contest_the_claim(tmp_path):
    """"In early March the coast guard had rescued eight" may be another rescue: it cannot
    refute "rescued 23", which the other sources support."""
    from claimcheck import check_claim

    for name, text in (("a", "The coast guard rescued 23 sailors off Vesk on Sunday."),
                       ("b", "Twenty-three sailors were rescued off Vesk by the coast guard."),
                       ("c", "In early March, the coast guard had rescued eight men off Vesk.")):
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    result, = check_claim("The coast guard rescued 23 sailors off Vesk.", tmp_path, cache=None)
    assert result.verdict == "supported", result.reason
    assert "c" not in {e.source for e in result.evidence if e.relation == "conflict"}


DESCRIBED = HERE / "data" / "described"  # a made-up capsizing, told plainly by two outlets


@pytest.mark.parametrize("semantic", [True, False], ids=["semantic", "words"])
@pytest.mark.parametrize("text, verdict", [
    pytest.param("The ageing blue passenger ferry Nordlys capsized off Bergen.", "supported",
                 id="described-ferry"),
    pytest.param("The elderly wooden passenger ferry Nordlys capsized off Bergen.", "supported",
                 id="described-otherwise"),
    pytest.param("The long-divided, cash-strapped harbour council vetoed a salvage plan.",
                 "conflict", id="described-and-turned"),
])
def test_words_no_source_repeats_do_not_hide_the_evidence(text, verdict, semantic):
    """A checked sentence describes its subject in words no outlet uses; half of its words in a
    source's claim (`GroupSettings.coverage`) still find the claim that says it, or its
    opposite."""
    checker = Checker(DESCRIBED, settings=GroupSettings(semantic=semantic))
    result, = checker.check([("1", text)])
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(("source", "claim", "verdict"), [
    pytest.param("Police charged Tess Morrow, age 61, with the 1990 killings in Kelton.",
                 "Sixty-year-old Tess Morrow is accused of the 1990 killings in Kelton.",
                 "compatible", id="an-age-a-birthday-apart"),
    pytest.param("The church fire caused more than $1 million in damage, Ann Roe said.",
                 "The fire did a million dollars of damage to the church.",
                 "compatible", id="a-round-sum-said-plainly-meets-more-than-it"),
    pytest.param("The church fire caused more than $1 million in damage, Ann Roe said.",
                 "The fire did $900,000 of damage to the church.",
                 "conflict", id="a-sum-below-more-than-conflicts"),
])
def test_figures_said_loosely_are_compatible(tmp_path, source, claim, verdict):
    from claimcheck import check_claim

    (tmp_path / "a.txt").write_text(source + "\n", encoding="utf-8")
    verdicts = {r.verdict for r in check_claim(claim, tmp_path)}
    assert verdict in verdicts and "conflict" not in verdicts - {verdict}, verdicts


@pytest.mark.parametrize(("claim", "verdict"), [
    pytest.param("The Kelton plant lies 30 miles north of Denver.", "supported",
                 id="the-same-length-in-other-units"),
    pytest.param("The Kelton plant lies 80 miles north of Denver.", "conflict",
                 id="another-length-in-other-units"),
])
def test_check_judges_a_length_in_other_units_as_the_report_does(tmp_path, claim, verdict):
    from claimcheck import check_claims

    write_sources(tmp_path, "The Kelton plant lies 48km north of Denver, police said.")
    (result,) = check_claims([claim], tmp_path)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(("text", "verdict"), [
    pytest.param("The Kelton fire started on Saturday.", "supported",
                 id="started-is-broke-out"),
    pytest.param("The Kelton fire began on Friday.", "conflict", id="another-start-day"),
    pytest.param("The Kelton fire jumped Highway 14 on Sunday.", "supported",
                 id="the-day-of-its-going-on"),
])
def test_a_day_of_an_event_going_on_is_not_the_day_it_began(tmp_path, text, verdict):
    """"The fire jumped the highway on Sunday" tells a day of the fire going on, not the day it
    broke out: it contested "The fire started on Saturday"."""
    result = _check_one(tmp_path, text, "The Kelton fire broke out on Saturday near Vesk.",
                        "The Kelton fire jumped Highway 14 on Sunday, officials said.",
                        dates=("2031-08-12", "2031-08-12"))
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(("text", "verdict"), [
    pytest.param("Tom Hale is 61 years old.", "supported", id="the-same-age"),
    pytest.param("Tom Hale is 62 years old.", "compatible", id="one-birthday-on"),
    pytest.param("Tom Hale is 63 years old.", "conflict", id="two-birthdays-on"),
])
def test_an_undated_claims_age_allows_one_birthday(tmp_path, text, verdict):
    """A claim with no date may be told a year after the sources, not two: "Hale is 63" against
    "Hale, 61," was compatible, where the report calls ages two apart a conflict."""
    result = _check_one(tmp_path, text, "Police said Tom Hale, 61, was charged in Kelton.",
                        dates=("2031-05-02",))
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(("text", "verdict"), [
    pytest.param("Kelton's council passed the budget 32-17.", "conflict", id="another-tally"),
    pytest.param("Kelton's council approved the budget by 31 votes to 18.", "supported",
                 id="the-same-tally-in-words"),
])
def test_a_vote_s_tally_is_checked_however_written(tmp_path, text, verdict):
    """A tally the recogniser took for a date ("32-17") gave no value, and a place named at more
    length ("Kelton City Council" / "Kelton") kept the tallies apart."""
    result = _check_one(tmp_path, text,
                        "The Kelton City Council approved the budget on Tuesday, voting 31-18.",
                        dates=("2031-12-10",))
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(("text", "verdict"), [
    pytest.param("Kestrel was fined $2.4 million in 2019.", "supported", id="the-same-fine"),
    pytest.param("Kestrel was fined $150,000 in 2019.", "conflict", id="another-sum"),
    pytest.param("Kestrel was fined $150,000 in 2022.", "supported",
                 id="a-fine-paid-said-another-way"),
])
def test_a_sum_whose_party_one_side_leaves_unsaid_is_compared(tmp_path, text, verdict):
    """The recogniser took Kestrel for a person in the claim and for a company in the source,
    so the fine was Kestrel's in one and nobody's in the other: never compared (unverified)."""
    result = _check_one(tmp_path, text,
                        "The Orvik Safety Board fined Kestrel $2.4 million in 2019 after "
                        "inspectors found corroded tanks.",
                        "Kestrel paid a $150,000 fine in 2022 for late filing of reports.",
                        dates=("2031-03-13", "2031-03-13"))
    assert result.verdict == verdict, result.reason


def test_a_sum_in_the_currency_s_word_meets_one_in_its_sign(tmp_path):
    """"340 million euros" counted "euro" as its noun, so it never met "€340 million"."""
    result = _check_one(tmp_path, "Replacing the Kelton bridge could cost 340 million euros.",
                        "Engineers said replacing the Kelton bridge could cost €340 million.",
                        dates=("2031-10-15",))
    assert result.verdict == "supported", result.reason


PAST_EVENT = ("date 2031-07-18\n\nAt least 41 people have died in the Kelton heatwave, the "
              "ministry said.\n\nThe city lost 31 people in the heatwave of 1998, records show."
              "\n\nIn 2019 an Orvik Freight jet overran the Kelton runway. That accident closed "
              "the runway for three days.\n\nA Vesk Air jet overran the end of runway 9 at "
              "Kelton airport on Thursday evening.\n\nRunway 9 reopened at 7:30 am on Saturday, "
              "about 36 hours after the accident.\n")


@pytest.mark.parametrize("claim, verdict", [
    pytest.param("At least 41 people have died in the Kelton heatwave.", "supported",
                 id="a-past-year-s-toll-is-another-occasion"),
    pytest.param("The 1998 heatwave killed 31 people in the city.", "supported",
                 id="a-claim-naming-the-year"),
    pytest.param("The runway reopened about 36 hours after the accident.", "supported",
                 id="a-past-accident-s-closure-says-no-opposite"),
    pytest.param("The jet overran the runway on Friday.", "conflict",
                 id="the-one-party-the-story-names"),
    pytest.param("The jet overran the runway on Thursday.", "supported",
                 id="the-one-party-s-day"),
    pytest.param("A jet overran the Kelton runway in 2019.",
                 "supported", id="a-claim-of-the-past-year-s-event"),
])
def test_a_past_event_told_in_the_background_is_another_occasion(tmp_path, claim, verdict):
    """A source's figure or verb told of another year's event ("the heatwave of 1998", "In
    2019 ... That accident closed the runway") neither backs nor contradicts a claim that names
    no such year; a day of the story's action backs or contradicts a claim naming no party,
    when the story names one party doing it."""
    from claimcheck import check_claim

    (tmp_path / "a.txt").write_text(PAST_EVENT, encoding="utf-8")
    result, = check_claim(claim, tmp_path, cache=None)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize("source, claim", [
    pytest.param("The Kelton water board admitted that a pump at its Orvik station failed in "
                 "late February.", "The Kelton water board admitted that a pump at Orvik had "
                 "failed.", id="weeks-before-in-the-same-year"),
    pytest.param("The Kelton 2032 budget lifts the property tax rate to 1.19 percent.",
                 "The Kelton property tax rate rises to 1.19 percent.", id="next-year-s-plan"),
])
def test_a_year_of_the_story_is_no_past_event(tmp_path, source, claim):
    """Only a year before the source's tells of a past event: a day weeks before its
    publication, or next year's budget, are the story's own."""
    from claimcheck import check_claim

    (tmp_path / "a.txt").write_text(f"date 2031-03-14\n\n{source}\n", encoding="utf-8")
    result, = check_claim(claim, tmp_path, cache=None)
    assert result.verdict == "supported", result.reason


@pytest.mark.parametrize("claim, verdict", [
    pytest.param("Fewer than 100 operations were postponed across the Kelton network.",
                 "conflict", id="a-part-backs-no-whole"),
    pytest.param("At Orvik General alone, 95 operations were postponed.", "supported",
                 id="the-part-itself"),
])
def test_a_part_said_alone_neither_backs_nor_is_the_whole(tmp_path, claim, verdict):
    """"At Orvik General alone, 95 operations were postponed" backed "fewer than 100 across the
    network", which another outlet's "more than 300 across its four hospitals" contradicts."""
    from claimcheck import check_claim

    (tmp_path / "a.txt").write_text(
        "date 2031-03-14\n\nAt Orvik General alone, 95 operations were postponed.\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "date 2031-03-14\n\nThe Kelton network counted more than 300 operations postponed across "
        "its four hospitals.\n", encoding="utf-8")
    result, = check_claim(claim, tmp_path, cache=None)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize("claim, verdict", [
    pytest.param("Prosecutors put investors' losses at $312.4 million.", "supported",
                 id="a-figure-few-would-give-by-chance"),
    pytest.param("There were 24 crew on board the Orvik tanker.", "supported",
                 id="a-figure-and-a-word-of-the-claim"),
    pytest.param("The Kelton ferry had 24 lifeboats.", "unverified",
                 id="the-figure-alone-says-too-little"),
])
def test_a_source_giving_the_very_figure_backs_the_claim(tmp_path, claim, verdict):
    """"Prosecutors put investors' losses at $312.4 million" was unverified ("no source gives
    this value") beside "a fraud that prosecutors said cost investors $312.4 million": the
    measure's words differed. A figure few would give by chance, or one told with a word of
    the claim, finds its source."""
    from claimcheck import check_claim

    write_sources(tmp_path,
                  "Tom Hale was jailed for a fraud that prosecutors said cost investors "
                  "$312.4 million.",
                  "The Orvik tanker, which ran aground on Tuesday, had 24 crew members on board.",
                  "Tom Hale was charged with two counts of fraud in Kelton.")
    (result,) = check_claim(claim, tmp_path)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize("claim, verdict", [
    pytest.param("Orvik beat Kelton 2-0 in last season's final.", "unverified",
                 id="last-season-is-another-occasion"),
    pytest.param("The Kelton bill failed by 119 votes to 112 in 2019.", "unverified",
                 id="a-past-year-is-another-occasion"),
    pytest.param("Orvik beat Kelton 2-0 in Saturday's final.", "conflict",
                 id="the-story-s-own-occasion"),
    pytest.param("Orvik beat Kelton 2-0 in the final, their first win over the past year.",
                 "conflict", id="the-past-year-runs-up-to-the-story"),
])
def test_a_claim_of_a_past_occasion_is_not_contradicted_by_the_story_s_figures(
        tmp_path, claim, verdict):
    """"Coldmoor beat Brennick 2-0 in last season's final" was contested by this season's 3-1:
    a source claim telling of no past year gives the story's own figures."""
    from claimcheck import check_claim

    write_sources(tmp_path, "Orvik beat Kelton 3-1 in the cup final on Saturday.",
                  "The Kelton bill passed by 127 votes to 98 on Tuesday.",
                  dates=("2026-03-14", "2026-03-14"))
    (result,) = check_claim(claim, tmp_path)
    assert result.verdict == verdict, result.reason


def test_an_unverified_claim_says_when_a_source_gives_its_figure(tmp_path):
    """"unverified: no source gives this value" stood beside the source sentence giving the very
    figure, of which it does not say what the claim says ("Ann Roe is an 81-year-old widow" for
    "An 81-year-old woman died"): the reason now says the figure is there."""
    result = _check_one(tmp_path, "An 81-year-old woman died in the Kelton fire.",
                        "Ann Roe is an 81-year-old widow who lived in Kelton.",
                        "The Kelton fire killed two people on Tuesday.",
                        dates=("2026-03-11", "2026-03-11"))
    assert result.verdict == "unverified", result.reason
    assert "the same figure is in related claims of a" in result.reason
