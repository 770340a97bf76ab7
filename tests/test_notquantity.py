"""Numbers that are no quantity: labels, model names, phone numbers are never read as counts."""

from __future__ import annotations

import pytest

from claimcheck import read_values, skipped_values
from claimcheck.notquantity import skip_reason


@pytest.mark.parametrize(
    ("sentence", "number", "reason"),
    [
        pytest.param("The series went to Game 6 on Sunday.", "6", "a label", id="game"),
        pytest.param("Under Section 14 of the act, fines double.", "14", "a label", id="section"),
        pytest.param("The crew of Flight 212 landed safely.", "212", "a label", id="flight"),
        pytest.param("He wore No. 23 all season.", "23", "a label", id="jersey"),
        pytest.param("Police seized three AK 47 rifles.", "47", "a model's name", id="model"),
        pytest.param("Witnesses should call 555-0188 tonight.", "555-0188", "a phone number",
                     id="phone"),
        pytest.param("A neighbour called 999 at once.", "999", "a phone number",
                     id="emergency-line"),
        pytest.param("The shop at 41 Elm Street was looted.", "41", "a street address",
                     id="address"),
        pytest.param("Ann Roe lives at 2009 Kelton Court.", "2009", "a street address",
                     id="a-year-like-house-number"),
        pytest.param("She drove her 2019 Honda Civic home.", "2019", "a model year",
                     id="model-year"),
        pytest.param("He faces a second-degree murder charge.", "second", "a grade",
                     id="degree-grade"),
        pytest.param("The march ended at the 75th Police Precinct station.", "75th",
                     "part of a name", id="ordinal-in-a-name"),
        pytest.param("The jet overran runway 27 at Kelton.", "27", "a label", id="runway"),
        pytest.param("Kelton fined the union for leading the march away from the route.",
                     "march", "the noun 'march'", id="the-march-is-no-month"),
    ],
)
def test_a_label_or_identifier_is_skipped_with_its_reason(sentence, number, reason):
    assert not [v for v in read_values(sentence) if v.text == number]
    skipped = {s.text: s.reason for s in skipped_values(sentence)}
    assert skipped[number].startswith(reason)


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        pytest.param("7", "Officials said", "", id="plain-count"),
        pytest.param("500-1000", "Some", "", id="a-range-is-no-phone-number"),
        pytest.param("4", "a Category", "", id="a-grade-is-a-measure"),
        pytest.param("2013", "In", "", id="a-year-after-in"),
        pytest.param("2009", "the", " Kelton disaster killed 23 people",
                     id="a-year-before-a-name-and-an-event-dates-it"),
        pytest.param("2011", "the", " Orvik floods", id="a-year-before-floods"),
    ],
)
def test_a_quantity_is_not_skipped(text, before, after):
    assert skip_reason(text, before, after) is None


@pytest.mark.parametrize("sentence", [
    pytest.param("The 2009 Orvik disaster killed 23 people.", id="a-place-and-an-event"),
    pytest.param("Hale was jailed over the 2009 Orchard Row boarding house fire.",
                 id="a-place-words-and-an-event"),
    pytest.param("Three people died in the 2009 Kelton Court fire.",
                 id="a-street-s-name-and-an-event"),
    pytest.param("Hurricane Vesk, the 2009 Category 4 storm, killed 41 people.",
                 id="a-grade-and-an-event"),
])
def test_a_year_before_a_named_event_is_its_date(sentence):
    """"the 2009 Orchard Row boarding house fire" was skipped as a model year (as "a 2013 Toyota
    Camry" is): with the year gone, the old fire's toll read as this story's."""
    assert [v.kind for v in read_values(sentence) if v.text == "2009"] == ["date"]


@pytest.mark.parametrize("sentence", [
    pytest.param("The Kelton march was held in March.", id="capitalised"),
    pytest.param("The talks in Kelton were held in march.", id="after-in"),
])
def test_a_month_after_no_determiner_is_a_date(sentence):
    assert [v.kind for v in read_values(sentence) if v.text.lower() == "march"] == ["date"]
