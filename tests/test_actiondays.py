"""The day of an action (`actiondays`, read from the parse by `claims/dated.py`): a checked claim's
day decides against the day the sources give the same action, and never against the day an
article was written, the day someone spoke, or the day of another action."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.check import Checker
from claimcheck.cli import app

HERE = Path(__file__).parent
# a made-up ferry disaster and harbour talks, told by three outlets on 14, 15 and 16 March 2026
DAYS = HERE / "data" / "days"
runner = CliRunner()

CASES = [
    # an event noun's day: "the talks took place / were held on …", "the round of talks on …"
    pytest.param("The first round of talks took place on 16 February.", "supported",
                 id="round-took-place-same-day"),
    pytest.param("The first round of talks took place on 20 February.", "conflict",
                 id="round-took-place-other-day"),
    pytest.param("The second round of talks was held on 2 March.", "supported",
                 id="round-was-held-same-day"),
    pytest.param("The second round of talks took place on 9 March.", "conflict",
                 id="round-took-place-a-week-later"),
    pytest.param("The first round of talks took place on 2 March.", "conflict",
                 id="the-other-rounds-day"),
    pytest.param("The first round of talks between the council and the dockers was on 16 "
                 "February.", "supported", id="round-with-its-parties"),
    # a verb's day, the part of the day aside ("Friday night", "late on Friday")
    pytest.param("The ferry capsized on Friday.", "supported", id="capsized-same-weekday"),
    pytest.param("The ferry capsized on Friday night.", "supported", id="capsized-friday-night"),
    pytest.param("The ferry capsized on Saturday.", "conflict", id="the-day-it-was-reported"),
    pytest.param("The ferry capsized on Thursday night.", "conflict", id="capsized-a-day-early"),
    pytest.param("The ferry capsized on 14 March.", "conflict", id="the-day-of-publication"),
    pytest.param("The ferry capsized on Sunday.", "conflict", id="the-day-rescuers-spoke"),
    pytest.param("The coast guard launched its search on Friday.", "supported",
                 id="launched-same-day"),
    pytest.param("The coast guard launched its search on Saturday.", "conflict",
                 id="launched-other-day"),
    pytest.param("Police arrested the captain on Saturday.", "supported", id="arrested-same-day"),
    pytest.param("Police arrested the ferry's captain on Sunday.", "conflict",
                 id="arrested-other-day"),
    # the action's noun: "the arrest of the captain" is the day the captain was arrested
    pytest.param("The arrest of the captain took place on Saturday.", "supported",
                 id="the-noun-of-an-action-done-same-day"),
    pytest.param("The arrest of the ferry's captain took place on Friday.", "conflict",
                 id="the-noun-of-an-action-done-other-day"),
    # a day in a relative clause, a month's day, a year
    pytest.param("The ferry passed an inspection on 3 February.", "supported",
                 id="inspection-same-day"),
    pytest.param("The ferry passed an inspection on 5 February.", "conflict",
                 id="inspection-other-day"),
    pytest.param("The harbour master resigned in 2019.", "supported", id="resigned-same-year"),
    pytest.param("The harbour master resigned in 2017.", "conflict", id="resigned-other-year"),
    # a figure and a day: the source's claim of that action on that day decides by its figure
    pytest.param("Divers recovered 14 bodies on Sunday.", "supported", id="figure-and-day"),
    pytest.param("Divers recovered 20 bodies on Sunday.", "conflict", id="figure-changed"),
    pytest.param("Divers recovered 14 bodies on Saturday.", "conflict", id="day-changed"),
    # a planned day against the days the sources plan ("scheduled for", "will take place on")
    pytest.param("The harbour vote is planned for 24 March.", "supported",
                 id="planned-same-day"),
    pytest.param("The harbour vote will take place on 26 March.", "conflict",
                 id="planned-other-day"),
    pytest.param("The council has set the harbour vote for 27 March.", "conflict",
                 id="set-for-other-day"),
    pytest.param("The talks with the dockers will resume on Thursday.", "supported",
                 id="will-resume-same-weekday"),
    pytest.param("The talks with the dockers will resume on Friday.", "conflict",
                 id="will-resume-other-weekday"),
    pytest.param("The harbour vote took place on 26 March.", "not conflict",
                 id="a-past-day-is-no-planned-one"),
    # never decided by another action's day, a day still to come, or another thing done
    pytest.param("The governor spoke about the ferry on Friday.", "unverified",
                 id="a-day-of-speaking-decides-nothing"),
    pytest.param("The talks resumed on Friday.", "unverified", id="a-planned-day-is-no-fact"),
    pytest.param("The ferry was towed to the harbour on Saturday.", "unverified",
                 id="another-action-word"),
    # the event's own day, however the event is worded ("capsized" / "sank")
    pytest.param("The ferry sank on Saturday.", "conflict", id="the-event-in-other-words"),
    pytest.param("Police arrested the ferry's owner on Sunday.", "unverified",
                 id="another-person-arrested"),
    pytest.param("The ferry did not capsize on Saturday.", "unverified",
                 id="a-negated-day-decides-nothing"),
    pytest.param("The council overturned a harbour rule on 2 March.", "not conflict",
                 id="one-of-several-decides-nothing"),
    pytest.param("Investigators interviewed the shipyard manager on Monday.", "not conflict",
                 id="last-week-is-too-loose"),
    pytest.param("Arvo Lines reopened the route on 18 March.", "not conflict",
                 id="a-plan-to-do-decides-nothing"),
    pytest.param("Workers completed the ferry's last refit on Friday.", "not conflict",
                 id="a-weekday-is-no-day-of-another-month"),
    pytest.param("The collision happened on 9 February.", "not conflict",
                 id="a-collision-may-be-another-one"),
]


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return Checker(DAYS, cache=tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("text, verdict", CASES)
def test_a_day_decides_against_the_day_of_the_same_action(checker, text, verdict):
    result, = checker.check([("1", text)])
    if verdict == "not conflict":
        assert result.verdict not in ("conflict", "contested"), result.reason
        return
    assert result.verdict == verdict, result.reason


def test_a_conflicting_day_names_both_days_and_no_day_of_speaking_backs_it(checker):
    """Outlets said it on Saturday and Sunday; that backs no claim that it happened then."""
    result, = checker.check([("1", "The ferry capsized on Sunday.")])
    assert not [e for e in result.evidence if e.relation == "agree"], result.reason
    assert result.verdict == "conflict"
    assert '"Sunday" (a Sunday, no date given)' in result.reason and '"Friday"' in result.reason


@pytest.mark.parametrize("date, verdict", [
    pytest.param("2026-03-14", "supported", id="friday-before-the-14th"),
    pytest.param("2026-03-21", "conflict", id="friday-before-the-21st"),
    pytest.param(None, "supported", id="a-friday-without-a-date"),
])
def test_a_given_date_places_the_claims_weekday(checker, date, verdict):
    """`--date` says which Friday the claim means; without it, any Friday is one."""
    result, = checker.check([("1", "The ferry capsized on Friday.")], date=date)
    assert result.verdict == verdict, result.reason


def test_the_cli_shows_the_days_compared(tmp_path):
    result = runner.invoke(app, ["check", "The first round of talks took place on 20 February.",
                                 "-c", str(DAYS), "--cache", str(tmp_path), "-q"])
    assert result.exit_code == 1, result.output
    assert result.output.startswith("1 [conflict] FAIL"), result.output
    assert ('day of talk: "20 February" (02-20, no year given) vs "16 February" (2026-02-16)'
            in result.output)
