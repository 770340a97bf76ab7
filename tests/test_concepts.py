"""What a value measures, read from the words around it: a case table of made-up sentences."""

from __future__ import annotations

import pytest

from claimcheck import build_report


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        pytest.param("The storm killed 12 people and injured 40 in Kelton.",
                     {("deaths", "", "12"), ("injured", "", "40")}, id="toll-and-injured"),
        pytest.param("The magnitude 6.2 quake shook Kelton on Monday.",
                     {("magnitude", "", "6.2")}, id="magnitude-before"),
        pytest.param("Earlier on Monday a 5.6 quake jolted the island of Vesk.",
                     {("magnitude", "", "5.6")}, id="magnitude-before-the-quake"),
        pytest.param("A 6.4-magnitude quake hit the town of Orvel.",
                     {("magnitude", "", "6.4-magnitude")}, id="magnitude-joined-after"),
        pytest.param("A magnitude-5.2 temblor shook the island of Vesk.",
                     {("magnitude", "", "magnitude-5.2")}, id="magnitude-joined-before"),
        pytest.param("The tremor lasted 30 seconds in Orvel.",
                     {("duration of quake", "", "30 seconds")}, id="how-long-it-lasted"),
        pytest.param("The second round of talks went on for two hours.",
                     {("duration of talk, round 2", "", "two hours")},
                     id="how-long-a-round-went-on"),
        pytest.param("The harbour talks began nearly two hours later than scheduled.",
                     {("delay of talk", "", "nearly two hours")}, id="how-late-it-began"),
        pytest.param("The Orvel ferry - the last of the day - left 40 minutes late.",
                     {("delay of ferry", "", "40 minutes")}, id="how-late-past-an-aside"),
        pytest.param("The flight from Orvel landed 40 minutes late.",
                     {("delay of flight", "", "40 minutes")}, id="what-landed-not-where-from"),
        pytest.param("The talks on the new bridge in Orvel lasted two hours.",
                     {("duration of talk", "", "two hours")}, id="what-lasted-not-where"),
        pytest.param("The ferry sailed for two hours before it sank.", set(),
                     id="a-length-of-time-nothing-lasted"),
        pytest.param("Two quakes jolted the island of Vesk.",
                     {("number of quake", "", "Two")}, id="quakes-counted"),
        pytest.param("The island of Vesk is home to 120,000 people.",
                     {("population", "", "120,000")}, id="population"),
        pytest.param("The storm destroyed seven villages near Kelton.",
                     {("number of village", "", "seven")}, id="things-by-their-noun"),
        pytest.param("Captain Mark Harlan, 54, steered the ferry.",
                     {("age", "harlan", "54")}, id="age-of-the-one-person"),
        pytest.param("Mark Harlan signed a deal worth $40 million.",
                     {("deal value", "harlan", "$40 million")}, id="deal-value"),
        pytest.param("Coach Ben Odell's club signed Mark Harlan to an $8 million deal.",
                     {("deal value", "harlan", "$8 million")}, id="deal-of-the-name-just-before"),
        pytest.param("Mark Harlan, Ben Odell and Tom Rusk agreed a deal worth $8 million.",
                     {("deal value", "", "$8 million")}, id="deal-of-several-is-nobodys"),
        pytest.param("He scored three times in the game.", set(), id="times-count-nothing"),
        pytest.param("The navy captured 23 pirates off Vesk.", {("arrested", "", "23")},
                     id="captured-is-arrested"),
        pytest.param("Police nabbed 14 suspects in Kelton.", {("arrested", "", "14")},
                     id="nabbed-is-arrested"),
        pytest.param("Film star Ada Voss dies at 88", {("age", "voss", "88")},
                     id="age-at-death"),
        pytest.param("Legendary Aquatic Star Ada Voss Dies At 88", {("age", "voss", "88")},
                     id="age-in-a-headline-in-capitals"),
        pytest.param("Retired swimmer Ada Voss dies at 88", {("age", "voss", "88")},
                     id="age-of-a-name-the-recogniser-cut"),
        pytest.param("Ada Voss, an Olympic swimmer turned actress, dies at 88",
                     {("age", "voss", "88")}, id="age-of-the-person-the-claim-opens-with"),
        pytest.param("The actress, 33, checked into a clinic in Kelton.",
                     {("age", "unnamed actress", "33")}, id="age-of-an-unnamed-person"),
        pytest.param("Kelton police say Tom Hale charged Ada Voss, age 61, on Friday.",
                     {("age", "voss", "age 61"), ("day of charge (voss)", "hale", "Friday")},
                     id="age-beside-its-name-among-two"),
        pytest.param("Mark Harlan, age 61, was charged in Kelton.",
                     {("age", "harlan", "age 61")}, id="age-said-with-the-word"),
        pytest.param("Fire Kills 3 in Kelton; 20 Hurt",
                     {("deaths", "", "3"), ("injured", "", "20")},
                     id="headline-verbs-read-as-nouns"),
        pytest.param("Police made 20 arrests in Kelton.", {("arrested", "", "20")},
                     id="arrests-counted-by-noun"),
        pytest.param("The navy nabbed 23 sea brigands off Vesk.", {("arrested", "", "23")},
                     id="people-by-any-noun-after-an-arrest-verb"),
        pytest.param("Troops killed 12 insurgents near Kelton.", {("deaths", "", "12")},
                     id="people-by-any-noun-after-killed"),
        pytest.param("The navy captured three pirate boats off Vesk.",
                     {("number of boat", "", "three")}, id="captured-things-are-counted-things"),
        pytest.param("Vesk lies 1,150 kilometers (700 miles) southeast of Kelton.",
                     {("distance", "kelton", "1,150 kilometers")},
                     id="figure-in-other-units-in-brackets"),
        pytest.param("Kelton stocks closed down 3.9 percent on Monday.",
                     {("change (down)", "stocks", "3.9 percent"),
                      ("day of close", "kelton", "Monday")}, id="a-market-s-fall"),
        pytest.param("Shares in Vesk Mining rose 12% to $40.",
                     {("change (up)", "mining", "12%")}, id="a-company-s-rise"),
        pytest.param("The blast struck the Kelton mill at 06:10 BST.",
                     {("time of the event", "", "06:10")}, id="time-of-the-blast"),
        pytest.param("By 9 p.m. the fire at the Kelton mill was out.", set(),
                     id="done-by-a-time"),
        pytest.param("The fire at the Kelton mill was under control by about 07:15.", set(),
                     id="done-by-about-a-time"),
        pytest.param("The quake was over by Tuesday, officials in Kelton said.", set(),
                     id="done-by-a-day"),
    ],
)
def test_concept_of_a_value(tmp_path, sentence, wanted):
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    rows = build_report(tmp_path).measures
    assert {(r.concept, r.subject, r.value.text) for r in rows} == wanted


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
        pytest.param("Tom Okafor Jr., 49, was paroled in Kelton.", {("okafor", "49")},
                     id="a-name-with-jr"),
        pytest.param("Police said Tom Okafor III, a 38-year-old Kelton resident, shot Ivo Lund.",
                     {("okafor", "38-year-old")}, id="a-name-set-off-before-a-noun"),
        pytest.param("A 61-year-old man, Tom Okafor, was charged in Kelton.",
                     {("okafor", "61-year-old")}, id="a-noun-and-the-name-after-it"),
        pytest.param("Police said the 39-year-old Kelton man shot a co-worker.",
                     {("unnamed man", "39-year-old")}, id="a-town-before-the-noun"),
        pytest.param("Police said a 63-year-old woman from Kelton was killed.",
                     {("unnamed woman", "63-year-old")}, id="a-town-after-the-noun"),
        pytest.param("DeLuca, 36, had a blood alcohol level of 0.41 percent.",
                     {("deluca", "36")}, id="a-name-with-a-capital-inside"),
    ],
)
def test_whose_age(tmp_path, sentence, wanted):
    """An age is the named person's it is written beside, before or after; a noun's when the
    claim's names are not next to it; a place's name is never the person."""
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    rows = build_report(tmp_path).measures
    assert {(r.subject, r.value.text) for r in rows if r.concept == "age"} == wanted
