"""Whose figure: the person an age is of, read from the names around it (made-up sentences)."""

from __future__ import annotations

import pytest

from claimcheck import build_report


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        pytest.param("Ivo Lund lost to the 36-year-old champion Tom Okafor on Saturday.",
                     {("okafor", "36-year-old")}, id="the-name-after-the-age-and-its-noun"),
        pytest.param("Ivo Lund, 40, lost on points to the 36-year-old Okafor in Berne.",
                     {("lund", "40"), ("okafor", "36-year-old")}, id="the-name-right-after-it"),
        pytest.param("It was the 36-year-old Okafor's 58th win over Ivo Lund.",
                     {("okafor", "36-year-old")}, id="a-name-with-its-s"),
        pytest.param("Tom Okafor beat Ivo Lund, stopping the 40-year-old American in Berne.",
                     {("unnamed american", "40-year-old")}, id="a-noun-after-the-claim-s-names"),
        pytest.param("Capt. Ann Roe and Trooper Tom Okafor, both 51, were shot in Kelton.",
                     {("okafor", "51")}, id="both-ages-the-name-it-stands-beside"),
        pytest.param("Capt. Ann Roe and Trooper Tom Okafor, both 51, were shot in Kelton.",
                     {("roe", "51"), ("okafor", "51")}, id="both-ages-each-name",
                     marks=pytest.mark.xfail(strict=True, reason="a value gives one row, of one "
                                             "subject: the first of two names gets no age")),
        pytest.param("Tom Okafor Jr., 49, was paroled in Kelton.", {("okafor", "49")},
                     id="a-name-with-jr"),
        pytest.param("Police said Tom Okafor III, a 38-year-old Kelton resident, shot Ivo Lund.",
                     {("okafor", "38-year-old")}, id="a-name-set-off-before-a-noun"),
        pytest.param("A 61-year-old man, Tom Okafor, was charged in Kelton.",
                     {("okafor", "61-year-old")}, id="a-noun-and-the-name-after-it"),
        pytest.param("A 61-year-old man - Tom Okafor - was charged in Kelton.",
                     {("okafor", "61-year-old")}, id="a-noun-and-the-name-between-dashes"),
        pytest.param("A 61-year-old Kelton man — Tom Okafor — was charged on Friday.",
                     {("okafor", "61-year-old")}, id="a-noun-and-the-name-between-long-dashes"),
        pytest.param("Police said the 39-year-old Kelton man shot a co-worker.",
                     {("unnamed man", "39-year-old")}, id="a-town-before-the-noun"),
        pytest.param("A man was charged over a crash that killed a 66-year-old Burnsville woman.",
                     {("unnamed woman", "66-year-old")}, id="a-town-misread-as-a-person"),
        pytest.param("A 27-year-old parolee was found in a bathtub near the house where Ann "
                     "Roe had been shot.", {("unnamed parolee", "27-year-old")},
                     id="a-name-far-after-the-noun-is-someone-else"),
        pytest.param("Police said a 63-year-old woman from Kelton was killed.",
                     {("unnamed woman", "63-year-old")}, id="a-town-after-the-noun"),
        pytest.param("DeLuca, 36, had a blood alcohol level of 0.41 percent.",
                     {("deluca", "36")}, id="a-name-with-a-capital-inside"),
        # the recogniser takes these names for organisations
        pytest.param("Tess Morrow has died, aged 79.", {("morrow", "79")},
                     id="a-name-misread-as-an-organisation-dies-aged"),
        pytest.param("Bettie Jones died at 85.", {("jones", "85")},
                     id="a-name-misread-as-an-organisation-dies-at"),
        pytest.param("The 150-year-old Kelton Courier closed on Monday.",
                     {("courier", "150-year-old")}, id="an-organisation-has-an-age-too"),
        pytest.param("Early on Friday the 26-year-old actress met with Tom Hale in Kelton.",
                     {("unnamed actress", "26-year-old")}, id="a-name-after-a-preposition"),
        pytest.param("The 27-year-old son of Ann Roe was hurt in Kelton.",
                     {("unnamed son", "27-year-old")}, id="a-name-after-of-is-another-s"),
        pytest.param("The actress, 26, checked in late on Thursday, making the deadline set by "
                     "Tom Hale.", {("unnamed actress", "26")}, id="an-age-set-off-after-a-noun"),
        pytest.param("Okafor was 27 years old when he was arrested.",
                     {("okafor", "27 years old")}, id="a-name-the-recogniser-missed-then-was"),
        pytest.param("Kelton mayor Ann Roe is 63.", {("roe", "63")},
                     id="a-town-before-a-title-then-the-name-is"),
        pytest.param("The driver, Tom Hale, is 54.", {("hale", "54")},
                     id="a-name-set-off-then-is"),
        pytest.param("The 58-year-old governor, Ann Roe, said the fire was out.",
                     {("roe", "58-year-old")}, id="a-noun-then-the-name-set-off-speaks"),
        pytest.param("The 61-year-old chief executive, Ann Roe, said the cuts were painful.",
                     {("roe", "61-year-old")}, id="a-title-of-two-words-then-the-name"),
        pytest.param("\"We had no choice,\" the 61-year-old chief executive, Ann Roe, said.",
                     {("roe", "61-year-old")}, id="a-title-of-two-words-after-a-quote"),
        pytest.param("The 52-year-old mayor of Kelton, Tom Berg, would visit the site.",
                     {("berg", "52-year-old")}, id="a-noun-of-a-town-then-the-name-set-off"),
        pytest.param("Tom Berg, who died in the blast at the plant, was 29.",
                     {("berg", "29")}, id="a-long-remark-between-the-name-and-was"),
        pytest.param("Ann Roe, who had worked at the mill since 1998, was 61, her son said.",
                     {("roe", "61")}, id="a-long-remark-then-was-then-the-speaker"),
    ],
)
def test_whose_age(tmp_path, sentence, wanted):
    """An age is the named person's it is written beside, before or after; a noun's when the
    claim's names are not next to it; a place's name is never the person."""
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    rows = build_report(tmp_path).measures
    assert {(r.subject, r.value.text) for r in rows if r.concept == "age"} == wanted


@pytest.mark.parametrize(("sentence", "wanted"), [
    pytest.param("Judge Ann Roe fined Tom Hale $250,000.", {("fine value", "hale")},
                 id="fined-a-person-by-a-named-judge"),
    pytest.param("Judge Ann Roe ordered Tom Hale, 61, to pay $4.7 million in restitution.",
                 {("pay value", "hale")}, id="ordered-to-pay"),
    pytest.param("The regulator fined Kestrel Chemicals $2.4 million.", {("fine value", "kestrel")},
                 id="a-company-by-its-first-word"),
    pytest.param("Judge Ann Roe fined him $250,000.", {("fine value", "")},
                 id="a-pronoun-names-nobody"),
])
def test_a_sum_laid_on_someone_is_theirs(tmp_path, sentence, wanted):
    """"Judge Ann Roe fined Tom Hale $250,000": the fine was keyed to the judge, the one person
    the recogniser found, so outlets' fines of Hale never met."""
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    rows = build_report(tmp_path).measures
    assert {(r.concept, r.subject) for r in rows if r.concept != "age"} == wanted
