"""A vote's tally, however it is written, is one figure that outlets' tallies compare with."""

from __future__ import annotations

import pytest

from claimcheck import build_report
from claimcheck.tally import is_tally, vote_tally
from claimcheck.values import read_mentions


def _scores(extractor, text):
    return [(v.text, v.low) for v in read_mentions(extractor.mentions(text), text=text)
            if v.kind == "score"]


@pytest.mark.parametrize("sentence, text, tally", [
    pytest.param("The council voted 31 to 18 on Tuesday to approve the budget.", "31 to 18",
                 "31-18", id="voted-n-to-m"),
    pytest.param("The council voted thirty-one to eighteen to approve the plan.",
                 "thirty-one to eighteen", "31-18", id="in-words"),
    pytest.param("The budget passed by 38 votes to 11.", "38 votes to 11", "38-11",
                 id="votes-to"),
    pytest.param("Councillors voted 32 in favour and 17 against.", "32 in favour and 17 against",
                 "32-17", id="in-favour-and-against"),
    pytest.param("Kelton's assembly voted 52 for, 48 against.", "52 for, 48 against", "52-48",
                 id="for-and-against"),
    pytest.param("The senate confirmed Ann Roe by a vote of 52 to 48.", "52 to 48", "52-48",
                 id="by-a-vote-of"),
    pytest.param("The council passed the budget 32-17.", "32-17", "32-17",
                 id="figures-the-recogniser-calls-a-date"),
])
def test_a_tally_is_read_as_one_figure_those_for_first(extractor, sentence, text, tally):
    assert _scores(extractor, sentence) == [(text, tally)]


@pytest.mark.parametrize("sentence", [
    pytest.param("Prices in Kelton rose 31 to 40 percent.", id="a-range-of-a-change"),
    pytest.param("Between 10 to 12 people were hurt.", id="a-range-of-people"),
])
def test_figures_joined_by_to_with_no_vote_are_no_tally(extractor, sentence):
    assert _scores(extractor, sentence) == []


@pytest.mark.parametrize("text, before, tally", [
    pytest.param("31-18", "the council approved the budget", True, id="after-a-vote-word"),
    pytest.param("38 votes to 11", "the bill went through by", True, id="said-as-votes"),
    pytest.param("3-1", "the Orvik Rovers beat Kelton", False, id="a-game-s-score"),
])
def test_is_tally(text, before, tally):
    assert is_tally(text, before) is tally


def test_a_tally_needs_a_vote_word_or_its_own_words():
    assert vote_tally("31 to 18", "prices rose") is None


def test_outlets_tallies_of_one_vote_conflict(tmp_path):
    """The same vote's tally written three ways: 31-18 and 32 for, 17 against cannot agree."""
    texts = {
        "a.txt": "date 2031-03-05\nThe Kelton city council approved Mayor Ann Roe's budget "
                 "31-18 on Tuesday.\n",
        "b.txt": "date 2031-03-05\nThe Kelton city council voted 32 in favour and 17 against "
                 "Mayor Ann Roe's budget on Tuesday.\n",
        "c.txt": "date 2031-03-05\nThe Kelton city council passed Mayor Ann Roe's budget by 31 "
                 "votes to 18 on Tuesday.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = [d for d in build_report(tmp_path).discrepancies if d.concept == "vote tally"]
    assert [d.tier for d in found] == ["conflict"]
