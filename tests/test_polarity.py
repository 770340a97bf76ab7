"""Denials (`polarity`): "X denied that P" says not-P, so a checked claim P conflicts with it and
"not P" agrees; a claim that denies P is checked as P, the other way round. A claim said the
other way round ("survived": "died") finds the sources that say the opposite."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.check import Checker
from claimcheck.cli import app

HERE = Path(__file__).parent
DENIALS = HERE / "data" / "denials"  # made-up wire copy: one denial (or statement) a paragraph
runner = CliRunner()

CASES = [
    # a source's denial contradicts the statement it denies, whatever the construction
    pytest.param("Troops crossed the border.", "conflict", id="denied-that"),
    pytest.param("The Arvo dam failed.", "conflict", id="rejected-claims-that"),
    pytest.param("300 workers were laid off at the Karsk shipyard.", "conflict",
                 id="disputed-reports-that-with-its-figure"),
    pytest.param("The old bridge in Lund collapsed.", "conflict",
                 id="dismissed-as-false-reports-that"),
    pytest.param("Coach Mendes resigned.", "conflict", id="it-was-denied-that"),
    pytest.param("Senator Vale accepted the donation.", "conflict", id="denied-accepting"),
    pytest.param("A tanker ran aground near Rell.", "conflict", id="denied-to-someone-that"),
    pytest.param("Officers in Osk used tear gas.", "conflict", id="denied-in-a-statement-that"),
    # and backs its negation, or the opposite predicate
    pytest.param("Troops did not cross the border.", "supported", id="not-crossed-backed"),
    pytest.param("The Arvo dam did not fail.", "supported", id="not-failed-backed"),
    pytest.param("Senator Vale rejected the donation.", "supported",
                 id="denied-accepting-backs-rejecting"),
    # a denial of another figure says nothing of this one; a negated denial denies nothing
    pytest.param("120 workers were laid off at the Karsk shipyard.", "unverified",
                 id="another-figure-than-the-denied-one"),
    pytest.param("Interest rates rose in Belvia.", "supported", id="did-not-deny-that"),
    pytest.param("Interest rates fell in Belvia.", "conflict", id="did-not-deny-the-opposite"),
    # a checked claim that denies is checked the other way round
    pytest.param("The coach denied that the Tamsin Owls won the league decider.", "conflict",
                 id="claim-denies-what-a-source-says"),
    pytest.param("Officials denied reports that the Tamsin Owls lost the league decider.",
                 "supported", id="claim-denies-the-opposite-of-a-source"),
    pytest.param("The Pellan hospital denied that two nurses were suspended.", "conflict",
                 id="claim-denies-a-sources-figure"),
    pytest.param("The Pellan hospital denied that five nurses were suspended.", "unverified",
                 id="claim-denies-another-figure"),
    pytest.param("The Pellan hospital did not deny that two nurses were suspended.", "supported",
                 id="claim-does-not-deny"),
    pytest.param("The ministry denied that troops crossed the border.", "supported",
                 id="both-deny"),
    pytest.param("The Pellan hospital denied to the Pellan Herald that two nurses were "
                 "suspended.", "conflict", id="claim-denies-to-someone"),
    pytest.param("The Tamsin Owls won the league decider, their coach denied.", "conflict",
                 id="claim-denies-after-a-comma"),
    pytest.param("Two nurses were suspended, the Pellan hospital denied to the Pellan Herald on "
                 "Monday.", "conflict", id="claim-denies-after-a-comma-to-someone"),
    pytest.param("Two nurses were suspended, the hospital said, and one denied.", "supported",
                 id="and-one-denied-is-no-denial-of-it"),
    pytest.param("Vessa Lund hid the Karsk ledger from auditors.", "conflict",
                 id="a-source-denies-doing-it"),
    pytest.param("The Tamsin Owls denied winning the league decider.", "conflict",
                 id="claim-denies-doing-what-a-source-says"),
]


# a claim said the other way round (`polarity.turned`): its one opposing predicate put as the
# first word of the row's other side, in the form the claim writes it
TURNS = [
    pytest.param("Three guards survived the fire.", "Three guards died the fire.", id="past"),
    pytest.param("Prices have risen sharply.", "Prices have fallen sharply.",
                 id="irregular-participle"),
    pytest.param("The council has cut taxes.", "The council has raised taxes.",
                 id="one-form-for-two-after-has"),
    pytest.param("The Vesk board cut 300 jobs.", "The Vesk board raised 300 jobs.",
                 id="one-form-for-two-alone-is-past"),
    pytest.param("The senate approves the budget.", "The senate vetoes the budget.",
                 id="present"),
    pytest.param("Residents were banned from the Orvik quay.",
                 "Residents were allowed from the Orvik quay.", id="passive"),
    pytest.param("Shares of Vesk declined in March.", None, id="a-word-of-two-senses"),
    pytest.param("Ann Roe won the Orvik race she lost last year.", None,
                 id="two-opposing-predicates"),
    pytest.param("The Kelton depot burned down.", None, id="no-opposing-predicate"),
    pytest.param("Demand in Kelton eased to 37 gigawatts.",
                 "Demand in Kelton rose to 37 gigawatts.", id="eased-is-a-fall"),
]


@pytest.fixture(scope="module")
def extractor():
    from claimcheck import Extractor
    return Extractor()


@pytest.mark.parametrize("text, said", TURNS)
def test_a_claim_is_turned_by_its_one_opposing_predicate(extractor, text, said):
    from claimcheck.polarity import turned

    claim, = extractor.analyse(text).claims
    assert (turned(claim) or (None,))[0] == said


TURNED = HERE / "data" / "turned"  # made-up wire copy: deaths, a verdict, prices, a charge
TURNED_CASES = [
    # sources backing the claim said the other way round contradict it, in words matching it
    # poorly ("killed three guards") or even well ("at the Kelton depot")
    pytest.param("Three guards survived the blaze.", "conflict", id="survived-vs-a-toll"),
    pytest.param("Three guards survived the fire at the Kelton depot.", "conflict",
                 id="survived-vs-a-toll-worded-alike"),
    pytest.param("A jury in Orvik acquitted Ivo Lund of fraud.", "conflict",
                 id="acquitted-vs-convicted"),
    pytest.param("Bread prices in Orvik rose 4 percent in March.", "conflict", id="rose-vs-fell"),
    # what both readings give alike speaks for the claim, not against it
    pytest.param("Shares of Vesk Corp rose 2 percent to 40 dollars on Friday.", "supported",
                 id="a-level-both-give"),
    pytest.param("A man denied arson after the fire at the Kelton depot.", "unverified",
                 id="charged-is-neither-confirming-nor-denying"),
    pytest.param("Three guards died in the blaze at the Kelton depot.", "supported",
                 id="the-claim-as-the-source-says-it"),
]


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    """A checker per corpus, each parsed once."""
    made: dict[Path, Checker] = {}

    def of(corpus: Path) -> Checker:
        if corpus not in made:
            made[corpus] = Checker(corpus, cache=tmp_path_factory.mktemp("cache"))
        return made[corpus]
    return of


@pytest.mark.parametrize("corpus, text, verdict", [
    *(pytest.param(DENIALS, *p.values, id=p.id, marks=p.marks) for p in CASES),
    *(pytest.param(TURNED, *p.values, id=p.id, marks=p.marks) for p in TURNED_CASES),
])
def test_a_source_saying_the_opposite_contradicts_the_claim(checker, corpus, text, verdict):
    """A denial says the opposite of what it denies; a source backing the claim said the other
    way round says the opposite of the claim."""
    result, = checker(corpus).check([("1", text)])
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize("corpus, text, why, quote", [
    pytest.param(DENIALS, "The Arvo dam failed.", "one denies what the other says",
                 "Officials rejected claims that the Arvo dam failed", id="a-denial"),
    pytest.param(TURNED, "Three guards survived the blaze.", '"kill" for "survive"',
                 "the blaze killed three guards", id="the-opposite-words"),
])
def test_the_reason_says_why_the_source_is_the_opposite(tmp_path, corpus, text, why, quote):
    result = runner.invoke(app, ["check", text, "-c", str(corpus), "--cache", str(tmp_path),
                                 "-q"])
    assert result.exit_code == 1, result.output
    assert f"the source says the opposite ({why})" in result.output
    assert quote in result.output


@pytest.mark.parametrize("text, verdict", [
    pytest.param("The Kelton ferry had been overloaded.", "unverified", id="asked-backs-nothing"),
    pytest.param("Investigators are examining whether the Kelton ferry was overloaded.",
                 "supported", id="the-question-itself"),
    pytest.param("The Kelton ferry capsized on Lake Vesk.", "supported", id="what-is-said"),
])
def test_a_question_in_a_source_neither_backs_nor_denies_its_clause(tmp_path, text, verdict):
    """"Investigators are examining whether the ferry was overloaded" says nothing of whether it
    was: before, it backed "The ferry had been overloaded"."""
    from claimcheck import check_claim

    (tmp_path / "a.txt").write_text(
        "The Kelton ferry capsized on Lake Vesk.\n\n"
        "Investigators are examining whether the Kelton ferry was overloaded.\n", encoding="utf-8")
    result, = check_claim(text, tmp_path, cache=None)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize("text, verdict", [
    pytest.param("Mayor Ann Roe appointed an independent mediator in Kelton.", "unverified",
                 id="called-on-to-do-backs-nothing"),
    pytest.param("Tom Hale resigned as Kelton's police chief.", "unverified",
                 id="urged-to-do-backs-nothing"),
    pytest.param("The Kelton council called on Mayor Ann Roe to appoint an independent mediator.",
                 "supported", id="the-request-itself"),
])
def test_a_request_in_a_source_does_not_back_the_action(tmp_path, text, verdict):
    """"called on the mayor to appoint a mediator", "urged Hale to resign": the action asked
    for is not done; before, they backed "the mayor appointed a mediator"."""
    from claimcheck import check_claim

    (tmp_path / "a.txt").write_text(
        "The Kelton council called on Mayor Ann Roe to appoint an independent mediator.\n\n"
        "Residents urged Tom Hale to resign as Kelton's police chief.\n", encoding="utf-8")
    result, = check_claim(text, tmp_path, cache=None)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize("text, verdict", [
    pytest.param("Ivo Lund resigned over the Kelton crash.", "conflict", id="refused-to-resign"),
    pytest.param("Ivo Lund refused to resign over the Kelton crash.", "supported",
                 id="the-refusal-itself"),
    pytest.param("Tom Hale confessed to the fraud charges in Kelton.", "conflict",
                 id="confessed-is-admitted"),
])
def test_a_refusal_denies_the_action(tmp_path, text, verdict):
    """"Lund has refused calls to resign" says he did not resign; a denial is the opposite of a
    confession as of an admission."""
    from claimcheck import check_claim

    (tmp_path / "a.txt").write_text(
        "Transport Minister Ivo Lund has refused calls to resign over the Kelton crash.\n\n"
        "Tom Hale denied the fraud charges in Kelton.\n", encoding="utf-8")
    result, = check_claim(text, tmp_path, cache=None)
    assert result.verdict == verdict, result.reason


# made-up wire copy for what a predicate with an opposite needs from a source to be backed
CRASH = "Ann Roe was killed in the crash at Kelton on Friday.\n"
FERRY = "Orvik Lines denied the overloading of its ferry.\n"
FIRE = "A fire broke out at the Kelton depot on Friday night.\n"
CHARGE = "Ivo Lund was charged with fraud at the Orvik court on Monday.\n"
BOUT = "Tom Hale beat a 40-year-old challenger from Vesk in the sixth round in Kelton.\n"


@pytest.mark.parametrize("wire, text, verdict", [
    # "was killed" says she died
    pytest.param(CRASH, "Ann Roe survived the crash at Kelton on Friday.", "conflict",
                 id="survived-vs-was-killed"),
    pytest.param(CRASH, "Ann Roe died in the crash at Kelton on Friday.", "supported",
                 id="died-as-was-killed"),
    # a verb of saying with a noun after it is what the claim says
    pytest.param(FERRY, "Orvik Lines admitted the overloading of its ferry.", "conflict",
                 id="admitted-vs-denied-a-noun"),
    pytest.param(FERRY, "Orvik Lines confirmed the overloading of its ferry.", "conflict",
                 id="confirmed-vs-denied-a-noun"),
    # a day both give backs when it was done, not what was done
    pytest.param(FIRE, "Two guards survived the fire at the Kelton depot on Friday night.",
                 "unverified", id="survived-on-the-day-of-the-fire"),
    pytest.param(FIRE, "The fire at the Kelton depot on Friday night was contained.",
                 "supported", id="contained-on-the-day-of-the-fire"),
    # a source worded alike backs a verb with an opposite only when it says it
    pytest.param(CHARGE, "Ivo Lund was acquitted of fraud at the Orvik court.", "unverified",
                 id="acquitted-vs-charged"),
    pytest.param(CHARGE, "Ivo Lund was convicted of fraud at the Orvik court.", "unverified",
                 id="convicted-vs-charged"),
    pytest.param(CHARGE, "Ivo Lund was charged with fraud at the Orvik court.", "supported",
                 id="charged-as-charged"),
    pytest.param(CHARGE, "Ivo Lund admitted the fraud charges at the Orvik court.", "unverified",
                 id="admitted-vs-charged"),
    # an age both give backs whom it was done to, not what was done
    pytest.param(BOUT, "Tom Hale lost in the sixth round in Kelton against a 40-year-old "
                 "challenger.", "unverified", id="lost-against-a-challenger-of-that-age"),
])
def test_a_predicate_with_an_opposite_is_backed_only_by_its_side(tmp_path, wire, text,
                                                                  verdict):
    """"Survived" is contradicted by "was killed", "admitted the overloading" by "denied the
    overloading"; the day a source gives backs the claim's day, not a predicate it does not say
    ("two guards survived the fire on Friday" / "a fire broke out on Friday")."""
    from claimcheck import check_claim

    (tmp_path / "wire.txt").write_text(wire, encoding="utf-8")
    result, = check_claim(text, tmp_path, cache=None)
    assert result.verdict == verdict, result.reason
