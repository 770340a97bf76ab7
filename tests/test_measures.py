"""The measure table and the discrepancies it finds however outlets word a figure.

Every case is two made-up one-paragraph articles run through `build_report`, as a user runs a
folder; the assertion is on the report's `discrepancies`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import write_sources

from claimcheck import build_report
from claimcheck.measurerows import table


def _report(tmp_path: Path, first: str, second: str, dates: tuple[str, str] | None = None):
    return build_report(write_sources(tmp_path, first, second, dates=dates or ()))


def _found(report) -> set[tuple[str, str, str]]:
    return {(d.tier, d.concept, d.subject) for d in report.discrepancies}


CASES = [
    pytest.param("Nine miners were killed in the blast at the Orvik pit on Monday.",
                 "The explosion at the Orvik pit left 11 dead on Monday, officials said.",
                 None, {("conflict", "deaths", "")}, id="toll-other-words"),
    pytest.param("Navy sailors off Vesk seized two skiffs used by the pirates.",
                 "Navy sailors off Vesk seized three boats used by the pirates.",
                 None, {("conflict", "number of boat", "")}, id="things-counted-by-a-synonym"),
    pytest.param("Aftershocks jolt the island of Vesk, death toll rises to 12.",
                 "The quake on the island of Vesk killed 9 people.",
                 None, {("conflict", "deaths", "")}, id="a-scope-word-in-another-clause"),
    pytest.param("An aftershock on the island of Vesk injured five people.",
                 "The quake on the island of Vesk injured 40 people.",
                 None, {("possible", "injured", "")}, id="a-scope-word-in-its-own-clause"),
    pytest.param("The flood in Kelton destroyed 40 houses.",
                 "The flood in Kelton destroyed 55 homes.",
                 None, {("conflict", "number of home (destroyed)", "")}, id="homes-and-houses"),
    pytest.param("The quake injured five people on the island of Vesk.",
                 "Two people were hurt in the quake on Vesk.",
                 None, {("conflict", "injured", "")}, id="injured-other-words"),
    pytest.param("Captain Ivo Lund, 54, steered the ferry into Orvik harbour.",
                 "The 57-year-old captain, Ivo Lund, was the last to leave the ferry in Orvik.",
                 None, {("conflict", "age", "lund")}, id="age-of-one-person"),
    pytest.param("The earthquake struck Vesk at about 10:15 a.m.",
                 "The earthquake struck Vesk at about 8:15 a.m.",
                 None, {("conflict", "time of the event", "")}, id="time-of-the-event"),
    pytest.param("About 10,000 people marched through Kelton on Friday to protest the new tax.",
                 "Some 40,000 people marched through Kelton on Friday to protest the new tax, "
                 "organisers said.", None, {("conflict", "crowd", "")}, id="one-march-two-sizes"),
    pytest.param("About 10,000 people marched through Kelton on Friday to protest the new tax.",
                 "A crowd of about 1,000 held a candlelit vigil in Kelton on Friday for the "
                 "victims.", None, {("possible", "crowd", "")}, id="a-march-and-a-vigil"),
    pytest.param("The Kelton Hawks fired coach Tom Hale on Monday.",
                 "Coach Tom Hale was dismissed by the Kelton Hawks on Tuesday.", None,
                 {("conflict", "day of fire (hale)", "hawks")},
                 id="a-day-of-one-action-in-two-words"),
    pytest.param("Police arrested Tom Hale at 9 a.m. in Orvik.",
                 "Tom Hale was arrested in Orvik at 11 a.m., police said.",
                 None, {("conflict", "time of arrest (hale)", "")}, id="time-of-an-action"),
    pytest.param("The blast hit the mill in Orvik on Tuesday.",
                 "The blast hit the mill in Orvik on Wednesday.",
                 ("2031-05-07", "2031-05-07"), {("conflict", "day of the event", "")},
                 id="day-of-the-event"),
    pytest.param("The quake killed 12 people in Orvik.",
                 "The quake's death toll rose to 14 in Orvik.",
                 ("2031-05-07", "2031-05-08"), {("update", "deaths", "")}, id="rising-toll"),
    pytest.param("The bridge collapse in Orvik killed two people.",
                 "The death toll from the Orvik bridge collapse rose to four on Sunday after two "
                 "women died in hospital.", ("2031-05-07", "2031-05-08"),
                 {("update", "deaths", "")}, id="a-rising-toll-and-those-who-died-since"),
    pytest.param("It killed 612 people and flattened the old town.",
                 "The quake killed 10 people in the hills.",
                 None, {("possible", "deaths", "")}, id="pronoun-subject-is-soft"),
    pytest.param("Pirates in two speedboats attacked the Kelton tanker off Vesk on Monday.",
                 "Pirates in three speedboats attacked the Kelton tanker off Vesk on Monday.",
                 None, {("conflict", "number of boat", "")},
                 id="things-counted-in-claims-that-tell-alike"),
    pytest.param("The coast guard seized two speedboats and their crews after a chase off Vesk.",
                 "Three speedboats sank when the storm hit the harbour at Vesk.",
                 None, {("possible", "number of boat", "")},
                 id="things-counted-in-claims-that-tell-otherwise"),
    pytest.param("The flood killed 300 people in Orvik.",
                 "The flood killed 304 people in Orvik.",
                 ("2031-05-07", "2031-05-07"), set(), id="a-round-toll-and-a-close-exact-one"),
    pytest.param("The flood killed 1,000 people in Orvik.",
                 "The flood killed 1,200 people in Orvik.",
                 ("2031-05-07", "2031-05-07"), {("conflict", "deaths", "")},
                 id="a-round-toll-and-a-far-one"),
    pytest.param("The flood killed 310 people in Orvik.",
                 "The flood killed 314 people in Orvik.",
                 ("2031-05-07", "2031-05-07"), {("conflict", "deaths", "")},
                 id="two-exact-tolls-close-together"),
    pytest.param("Captain Ivo Lund, 54, steered the ferry into Orvik harbour.",
                 "The 55-year-old captain, Ivo Lund, was the last to leave the ferry in Orvik.",
                 None, {("possible", "age", "lund")}, id="ages-a-birthday-apart-are-possible"),
    pytest.param("Captain Ivo Lund, 54, steered the ferry into Orvik harbour.",
                 "The 56-year-old captain, Ivo Lund, was the last to leave the ferry in Orvik.",
                 ("2031-05-07", "2031-05-08"), {("conflict", "age", "lund")},
                 id="two-years-apart-in-articles-of-one-week"),
    pytest.param("Captain Ivo Lund, 54, steered the ferry into Orvik harbour.",
                 "The 55-year-old captain, Ivo Lund, was the last to leave the ferry in Orvik.",
                 ("2031-05-07", "2031-05-28"), {("possible", "age", "lund")},
                 id="a-year-apart-in-articles-weeks-apart"),
    pytest.param("Ann Roe died in Kelton on Sunday at the age of 85.",
                 "At the age of 10, Ann Roe began to sing in the choir of Kelton.",
                 None, {("possible", "age", "roe")}, id="an-age-then-is-not-an-age-now"),
    pytest.param("Ivo Lund, 54, was pulled from the water.",
                 "Mara Holm, 57, was pulled from the water.",
                 None, set(), id="ages-of-two-people"),
    pytest.param("Police in Kelton arrested a farmer over the 1974 killings of two hikers.",
                 "A Kelton farmer was arrested over the killings of two hikers in 1976.",
                 None, {("conflict", "date of the killing", "")}, id="year-of-a-past-killing"),
    pytest.param("Police in Kelton arrested a farmer over the 1974 killings of two hikers.",
                 "The 1981 shooting of a grocer in the market square was never solved.",
                 None, {("possible", "date of the killing", "")},
                 id="two-past-killings-told-differently-are-possible"),
    pytest.param("Police in Kelton arrested a farmer over the 1974 killings of two hikers.",
                 "A Kelton farmer was arrested over the killings of two hikers in 1974.",
                 None, set(), id="same-year-of-a-past-killing"),
    pytest.param("Three people died in the fire: a man and two women died in the blaze.",
                 "The fire killed three people in the old bank.",
                 None, set(), id="part-of-a-toll"),
    pytest.param("The gunman killed two women and a teenager at the Orvik mall.",
                 "The gunman killed three people at the Orvik mall.",
                 None, set(), id="part-of-a-toll-before-another-part"),
    pytest.param("One of the wounded workers is still in hospital in Denver, a company spokesman "
                 "said.", "Three workers were wounded in the depot shooting in Denver.",
                 None, set(), id="one-of-the-wounded-is-a-part"),
    pytest.param("Two of the dead in the Denver fire were children, police said.",
                 "The Denver fire killed five people.", None, set(),
                 id="two-of-the-dead-is-a-part"),
    pytest.param("Navy commandos captured 23 of the raiders off Vesk.",
                 "Navy commandos captured 26 pirates off Vesk on Saturday.",
                 None, {("conflict", "arrested", "")}, id="captured-23-of-the-raiders-is-whole"),
    pytest.param("Navy commandos captured 23 pirates and a large arms cache off Vesk.",
                 "Navy commandos captured 26 pirates off Vesk on Saturday.",
                 None, {("conflict", "arrested", "")}, id="a-count-beside-things-is-whole"),
    pytest.param("Police seized 40 rifles and a boat at the Orvik docks.",
                 "Police seized 45 rifles at the Orvik docks.",
                 None, {("conflict", "number of rifle", "")}, id="things-beside-a-boat-are-whole"),
    pytest.param("The storm destroyed seven villages and killed 10 people.",
                 "The storm killed 10 people across the coast.",
                 None, set(), id="count-of-things-is-no-toll"),
    pytest.param("Nine miners were killed in the blast at the pit.",
                 "The explosion at the pit left 11 dead, officials said.",
                 None, {("possible", "deaths", "")}, id="nothing-ties-the-stories-is-soft"),
    pytest.param("About 20,000 people marched through Kelton on Monday.",
                 "Some 50,000 protesters marched through Kelton on Monday, organisers said.",
                 None, {("conflict", "crowd", "")}, id="crowd-size"),
    pytest.param("About 20,000 people marched through Kelton on Monday.",
                 "Some 50,000 protesters marched through Brenford on Monday.",
                 None, set(), id="crowds-in-two-cities-no-conflict"),
    pytest.param("The blast struck the Orvik pit about 300 metres below the surface on Monday.",
                 "The blast struck the Orvik pit at a depth of 2,000 feet on Monday.",
                 None, {("conflict", "depth", "")}, id="depth-in-metres-and-feet"),
    pytest.param("The town lies 35 miles west of Kelton.",
                 "The town lies 60 km west of Kelton.",
                 None, set(), id="distance-carried-into-other-units-is-rounded"),
    pytest.param("The town lies 35 miles west of Kelton.",
                 "The town lies 930 miles south of Brenford.",
                 None, set(), id="distances-from-two-places"),
    pytest.param("The quake struck 300 metres below the surface of Orvik on Monday.",
                 "Its deepest galleries lie 850 metres below the surface of Orvik.",
                 None, set(), id="the-deepest-is-another-measure"),
    pytest.param("He scored 21 points in Sunday's game.",
                 "He averages 18 points a game this season.",
                 None, set(), id="no-concept-no-row"),
    pytest.param("Tens of thousands died in the great quake decades ago.",
                 "The quake killed ten people in the town.",
                 None, set(), id="vague-amount-no-conflict"),
    pytest.param("Hundreds of people marched through Kelton on Monday.",
                 "About 40 people marched through Kelton on Monday, organisers said.",
                 None, {("conflict", "crowd", "")}, id="a-figure-far-from-a-vague-amount"),
    pytest.param("Dozens of people marched through Kelton on Monday.",
                 "About 150 people marched through Kelton on Monday, organisers said.",
                 None, {("possible", "crowd", "")}, id="a-figure-near-a-vague-amount"),
    pytest.param("About 20,000 people marched through Kelton on Monday.",
                 "Several hundred protesters threw stones at police in Kelton on Monday.",
                 None, set(), id="those-of-a-crowd-who-did-a-deed"),
    pytest.param("The ferry sank shortly after 6 a.m. near the cape.",
                 "The ferry sank at around 6:15 a.m. near the cape.",
                 None, set(), id="times-a-quarter-hour-apart"),
    pytest.param("The storm hit Kelton on Monday, killing 12 people and injuring 40.",
                 "The storm hit Kelton on Monday; 12 people died and 65 were hurt.",
                 None, {("conflict", "injured", "")}, id="two-figures-joined-by-and"),
    pytest.param("The storm destroyed seven villages near Orvik.",
                 "Four villages near Orvik were destroyed by the storm.",
                 None, {("possible", "number of village (destroyed)", "")},
                 id="things-counted-by-noun"),
    pytest.param("The flood in Kelton destroyed 40 houses.",
                 "About 300 homes in Kelton were damaged by the flood.",
                 None, set(), id="homes-destroyed-and-homes-damaged"),
    pytest.param("Parliamentary elections in Vesk, which are planned for 15 December 2031, "
                 "will be held on a two-party basis.",
                 "Parliamentary elections in Vesk are scheduled for 24 December 2031.",
                 None, {("possible", "planned day of election", "")},
                 id="the-day-elections-are-planned-for"),
    pytest.param("The island of Vesk has about 200,000 residents.",
                 "Vesk is home to 90,000 people, officials said.",
                 None, {("possible", "population", "")}, id="population-of-an-unsaid-place"),
    pytest.param("The quake struck Vesk with a force of about 6.0 on the Richter scale.",
                 "The magnitude 4.6 quake struck Vesk.",
                 None, {("conflict", "magnitude", "")}, id="richter-after-the-number"),
    pytest.param("The Kelton Kings signed forward Mark Harlan to an $82 million deal.",
                 "Mark Harlan agreed a five-year contract worth $60 million with the Kings.",
                 None, {("conflict", "deal value", "harlan")}, id="value-of-one-person-s-deal"),
    pytest.param("The Kelton Kings offered an $82 million deal on Monday.",
                 "The Kelton Kings made a five-year offer worth $60 million on Monday.",
                 None, {("possible", "deal value", "")}, id="deal-of-someone-unsaid-is-possible"),
    pytest.param("Kelton sold the Orvik mill for $4 million in 2029.",
                 "Kelton paid a fine of $9,000 over the Orvik mill.",
                 None, set(), id="a-price-and-a-fine-are-two-measures"),
    pytest.param("Police say Ivo Allen Lund, 54, opened fire at the Orvik depot, killing Ada Roe, "
                 "40.",
                 "Ivo Lund, 38, fled the Orvik depot on foot at about 9 a.m., police spokesman "
                 "Tom Hale said.", None, {("conflict", "age", "lund")},
                 id="age-beside-its-name-among-several-people"),
    pytest.param("Film star Ada Voss, a swimmer turned actress, dies at 88",
                 "Actress Ada Voss Dies At 91\n\nThe film star Ada Voss died in her sleep.", None,
                 {("conflict", "age", "voss")},
                 id="age-at-death-in-a-headline"),
    pytest.param("A 61-year-old man was charged with murder after the Orvik depot shooting.",
                 "A 38-year-old man was charged on Saturday over the shooting at the Orvik depot.",
                 None, {("conflict", "age", "unnamed man")}, id="unnamed-man-told-alike"),
    pytest.param("A 61-year-old man was killed in the blast at the Orvik depot.",
                 "A 38-year-old man was injured when a gas main exploded in Orvik.",
                 None, {("possible", "age", "unnamed man")}, id="unnamed-men-told-apart"),
    pytest.param("Ann Roe, 59, was struck by a car in Denver on Friday. A 59-year-old woman died "
                 "at the scene.", "A 76-year-old woman was killed by a car in Denver on Friday.",
                 None, {("conflict", "age", "roe")}, id="an-unnamed-age-tied-by-an-age-alike"),
    pytest.param("Ann Roe, 59, and Tom Okafor, 59, were hurt by a car in Denver on Friday. A "
                 "59-year-old woman died.", "A 76-year-old woman was killed by a car in Denver.",
                 None, {("conflict", "age", "unnamed woman")},
                 id="an-age-alike-of-two-named-ties-nobody"),
    pytest.param("Tom Okafor, a 61-year-old former employee, opened fire at a party in Denver.",
                 "A 38-year-old former employee was charged over the party shooting in Denver.",
                 None, {("conflict", "age", "okafor")}, id="unnamed-noun-the-corpus-names-once"),
    pytest.param("Ann Roe, a 52-year-old nurse, was the first to reach the crash site in Leeds.",
                 "A 25-year-old nurse was the first to reach the crash site in Leeds, police said.",
                 None, {("conflict", "age", "roe")}, id="unnamed-nurse-the-corpus-names-once"),
    pytest.param("Actress Ann Roe, 50, checked into a clinic in Leeds on Monday.",
                 "The 33-year-old actress checked into a clinic in Leeds, her agent said.",
                 None, {("conflict", "age", "roe")}, id="unnamed-noun-a-title-elsewhere"),
    pytest.param("Tom Okafor, the head coach, was sacked in Denver. Okafor, 61, led the club.",
                 "The 48-year-old coach was sacked in Denver on Friday.",
                 None, {("conflict", "age", "okafor")}, id="unnamed-noun-set-off-elsewhere"),
    pytest.param("Ann Roe, who is a mother of three, was struck by a car in Denver. Roe, 59, died.",
                 "A 76-year-old mother of three was killed by a car in Denver on Friday.",
                 None, {("conflict", "age", "roe")}, id="unnamed-noun-said-of-a-name-elsewhere"),
    pytest.param("Ann Roe, 59, was struck by a car in Denver.",
                 "Roe, who is a mother of three, was visiting Denver. A 76-year-old mother of "
                 "three was killed by a car in Denver on Friday.",
                 None, {("conflict", "age", "roe")}, id="unnamed-noun-said-of-a-misread-name"),
    pytest.param("Ann Roe is a nurse at the Leeds clinic. Roe, 52, reached the crash site first.",
                 "A 25-year-old nurse was the first to reach the crash site in Leeds, police said.",
                 None, {("conflict", "age", "roe")}, id="unnamed-noun-a-name-is-elsewhere"),
    pytest.param("Tom Okafor, a 61-year-old employee, and Ivo Lund, a 40-year-old employee, were "
                 "hurt at a party in Denver.",
                 "A 38-year-old employee was charged over the shooting at a party in Denver.",
                 None, set(), id="unnamed-noun-the-corpus-gives-two-names"),
    pytest.param("A magnitude 6.1 quake, the strongest in the province in decades, hit Kelton.",
                 "A magnitude 5.4 quake hit Kelton, officials said.",
                 None, {("conflict", "magnitude", "")}, id="a-region-word-by-a-magnitude"),
    pytest.param("Floods near Kelton have killed 40 people in the province this year.",
                 "The flood near Kelton killed 9 people, officials said.",
                 None, {("possible", "deaths", "")}, id="a-region-word-by-a-toll"),
    pytest.param("A gunman killed two workers and wounded two others at the Kelton plant.",
                 "A gunman killed two workers and wounded five others at the Kelton plant.",
                 None, {("conflict", "injured", "")}, id="wounding-two-others"),
    pytest.param("Deputy Tom Vesk, 35, was shot dead in Denver. His son Ivo Vesk, 17, spoke at "
                 "the trial in Denver.",
                 "Deputy Tom Vesk, 35, was killed in Denver. Ivo Vesk, 17, said his father loved "
                 "the job.", None, set(), id="a-son-of-one-surname"),
    pytest.param("The three who voted against the death penalty for the Kelton gunman would not "
                 "comment.", "The Kelton gunman killed four people at the courthouse.",
                 None, set(), id="a-death-penalty-is-no-toll"),
    pytest.param("The Kelton gunman is one of 12 on death row in the state.",
                 "The Kelton gunman killed four people at the courthouse.",
                 None, set(), id="death-row-is-no-toll"),
    pytest.param("The jury deliberated the gunman's fate for 40 hours over four days in Kelton.",
                 "The jury in Kelton was unable to decide after 30 hours of deliberation.",
                 None, {("conflict", "time spent on deliber", "")}, id="time-spent-noun-and-verb"),
    pytest.param("Four days of riots in Kelton followed the shooting.",
                 "Eight days of riots in Kelton followed the shooting.",
                 ("2024-12-08", "2024-12-12"), {("update", "time spent on riot", "")},
                 id="time-spent-grows"),
    pytest.param("The gunman in the bank shooting got a 15-year sentence.",
                 "The gunman in the bank shooting got a 20-year sentence.",
                 ("2024-12-08", "2024-12-08"),
                 {("possible", "prison term", "")}, id="a-term-is-no-time-spent"),
    pytest.param("Storm Kills 12 in Ohio; 80 Hurt",
                 "The storm killed nine people in Ohio and injured 80, officials said.",
                 None, {("conflict", "deaths", "")}, id="headline-in-capitals"),
    pytest.param("The island of Vesk lies 1,150 km (700 miles) southeast of Kelton.",
                 "The island of Vesk is 1,500 km southeast of Kelton.", None,
                 {("conflict", "distance", "kelton")}, id="distance-with-its-conversion"),
    pytest.param("Kelton stocks plunged 5.4 per cent on Monday as the strike spread.",
                 "The Kelton stock exchange closed down 3.9 percent on Monday.", None,
                 {("conflict", "change (down)", "stocks")}, id="one-market-s-fall-told-twice"),
    pytest.param("Shares in Vesk Mining rose 12% on Monday.",
                 "Shares in Orvik Steel rose 4% on Monday.", None, set(),
                 id="two-companies-rises"),
    pytest.param("Kelton stocks rose 2 percent on Monday.",
                 "Kelton stocks fell 2 percent on Tuesday.", None, set(),
                 id="a-rise-and-a-fall-are-two-measures"),
    pytest.param("Ana Berg checked into the Orvik clinic on Tuesday, March 3, 2026.",
                 "Ana Berg checked into the Orvik clinic on Friday.", None,
                 {("conflict", "day of check", "berg")}, id="day-of-an-action-date-vs-weekday"),
    pytest.param("Ana Berg checked into a clinic in Orvik on Tuesday.",
                 "Actress Ana Berg checked herself into rehab on Friday.", None,
                 {("conflict", "day of check", "berg")}, id="day-of-an-action-two-weekdays"),
    pytest.param("Police arrested Tom Hale in Orvik on Saturday.",
                 "Tom Hale was arrested in Orvik on Sunday.", None,
                 {("conflict", "day of arrest (hale)", "")}, id="day-of-what-was-done-to-a-name"),
    pytest.param("Tom Hale was convicted of fraud in Orvik on Wednesday.",
                 "Jurors in Orvik found Tom Hale guilty on Tuesday.", None,
                 {("conflict", "day of convict (hale)", "")}, id="a-verdict-found-is-a-conviction"),
    pytest.param("A jury in Orvik found Tom Hale guilty of fraud on Wednesday.",
                 "Tom Hale was found guilty in Orvik on Tuesday.", None,
                 {("conflict", "day of convict (hale)", "")}, id="found-guilty-two-ways"),
    pytest.param("Ana Berg launched her fashion line in December.",
                 "Ana Berg launched a fashion line in September.", None,
                 {("conflict", "day of launch (line)", "berg")}, id="two-months-of-one-action"),
    pytest.param("Tom Hale was arrested in Orvik in 1999.",
                 "Tom Hale was arrested in Orvik in March 2005.", None,
                 {("conflict", "day of arrest (hale)", "")}, id="two-years-of-one-action"),
    pytest.param("Tom Hale was arrested in Orvik in March 2005.",
                 "Tom Hale was arrested in Orvik on March 14, 2005.", None, set(),
                 id="a-month-and-a-day-in-it"),
    pytest.param("Okafor was found guilty of the June 2005 killing of Ann Roe in Kelton.",
                 "A Kelton jury convicted Okafor of murdering Ann Roe in 1999.", None,
                 {("conflict", "day of kill (roe)", ""), ("conflict", "date of the killing", "")},
                 id="an-action-s-noun-and-its-verb"),
    pytest.param("Officer Tom Okafor shot Ann Roe in Kelton on Saturday.",
                 "Ann Roe was shot in Kelton on Sunday, police said.", None,
                 {("conflict", "day of shoot (roe)", ""), ("conflict", "day of the event", "")},
                 id="done-to-a-name-whoever-did-it"),
    pytest.param("Tom Okafor beat Ivo Lund in Kelton on Saturday.",
                 "Tom Hale beat Ivo Lund in Kelton on Sunday.", None, set(),
                 id="two-doers-of-an-action-done-again"),
    pytest.param("Police arrested Tom Hale over the killing of Ann Roe in Kelton 41 years ago.",
                 "Tom Hale was charged over the 1954 killing of Ann Roe in Kelton.",
                 ("2008-09-26", "2008-09-27"), {("conflict", "day of kill (roe)", ""),
                                                ("conflict", "date of the killing", "")},
                 id="a-day-counted-back-against-a-year"),
    pytest.param("Police arrested Tom Hale over the killing of Ann Roe in Kelton 41 years ago.",
                 "Tom Hale was charged over the 1967 killing of Ann Roe in Kelton.",
                 ("2008-09-26", "2008-09-27"), set(), id="a-day-counted-back-within-a-year"),
    pytest.param("The fire at Ann Roe's church in Kelton did an estimated $1 million in damage.",
                 "Arson is suspected in a fire that did $5 million in damage to a Kelton church.",
                 None, {("conflict", "damage value", "")}, id="a-damage-is-the-event-s"),
    pytest.param("Pirates who seized the Orvik freighter asked a $3 million ransom from Tom Hale.",
                 "The pirates holding the Orvik freighter want a ransom of $5 million.",
                 None, {("conflict", "ransom value (demanded)", "")}, id="a-ransom-is-the-event-s"),
    pytest.param("Ann Roe signed an $8 million deal with the Kelton Hawks.",
                 "Tom Okafor signed a $10 million deal with the Kelton Hawks.",
                 None, set(), id="two-parties-deals"),
    pytest.param("Firefighters fought the Denver church blaze in temperatures of minus 17 degrees.",
                 "Firefighters fought the Denver church blaze in temperatures of minus 20.",
                 None, {("conflict", "temperature", "denver")}, id="one-temperature-told-alike"),
    pytest.param("Firefighters fought the Denver church blaze in temperatures of minus 17 degrees.",
                 "Marathon runners faced temperatures of 12 degrees at the Sunday race.",
                 None, set(), id="a-place-s-temperature-and-one-of-no-place"),
    pytest.param("Fourteen people are missing after the Kelton ferry capsized.",
                 "Nine people remain missing after the Kelton ferry capsized.",
                 ("2031-03-15", "2031-03-17"), {("update", "missing", "")},
                 id="the-missing-fall-as-news-comes-in"),
    pytest.param("Fourteen people are missing after the Kelton ferry capsized.",
                 "Nine people remain missing after the Kelton ferry capsized.",
                 ("2031-03-17", "2031-03-15"), {("conflict", "missing", "")},
                 id="more-missing-later-is-no-fall"),
    pytest.param("The Kelton ferry capsized on Friday, killing 14 people.",
                 "In 2011 the Orvik Dawn sank off Kelton. Sixty-three people died when that "
                 "ferry overturned.", ("2031-03-15", "2031-03-15"), set(),
                 id="that-ferry-of-a-past-year"),
    pytest.param("Temperatures in Kelton reached 41C on Tuesday.",
                 "Temperatures in Orvik reached 38C on Tuesday.",
                 None, set(), id="two-places-temperatures"),
    pytest.param("Temperatures in Kelton reached 41C on Tuesday.",
                 "The temperature in Kelton hit 44C on Tuesday as the city sweltered.",
                 None, {("conflict", "temperature", "kelton")}, id="one-place-s-temperature"),
    pytest.param("Ann Roe hosted the Kelton Awards in 2007.",
                 "Ann Roe hosted the Orvik Awards in 2009.", None, set(),
                 id="two-awards-by-their-names"),
    pytest.param("Mayor Ivo Lund spoke to reporters in Orvik on Monday.",
                 "Mayor Ivo Lund spoke to reporters in Orvik on Tuesday.", None,
                 {("possible", "day of speak", "lund")}, id="an-action-done-on-many-days"),
    pytest.param("Tom Hale was arrested in 2004 for fraud in Orvik.",
                 "Tom Hale was arrested in Orvik on Sunday.", None, set(),
                 id="a-year-and-a-weekday-do-not-compare"),
    pytest.param("Ana Berg did not check into the Orvik clinic on Tuesday.",
                 "Ana Berg checked into the Orvik clinic on Friday.", None, set(),
                 id="a-denied-day-is-no-day"),
    pytest.param("The Orvik ferry sank on Tuesday.", "The Orvik ferry sank on Friday.", None,
                 {("conflict", "day of sink (ferry)", "")}, id="day-of-an-unnamed-thing",
                 marks=pytest.mark.xfail(strict=True, reason="only a named party keys a day: "
                                         "an unnamed thing may be two things")),
    pytest.param("The quake struck Vesk, 40 km north of Kelton, on Monday.",
                 "The quake struck Vesk on Monday, 40 km south of Kelton.", None,
                 {("conflict", "distance", "kelton")}, id="one-distance-two-sides"),
    pytest.param("The quake struck Vesk, 40 km south-west of Kelton, on Monday.",
                 "The quake struck Vesk on Monday, 40 km south of Kelton.", None, set(),
                 id="one-distance-near-directions"),
    pytest.param("Tom Okafor (41-2) stopped Ivo Lund in Berne on Saturday.",
                 "Tom Okafor, 44-2, stopped Ivo Lund in the sixth round in Berne.",
                 None, {("conflict", "record", "okafor")}, id="records-of-one-fighter"),
    pytest.param("Tom Okafor (41-2) stopped Ivo Lund in Berne on Saturday.",
                 "Tom Okafor, 42-2, stopped Ivo Lund in the sixth round in Berne.",
                 None, {("possible", "record", "okafor")}, id="records-a-game-apart-are-possible"),
    pytest.param("Tom Okafor (41-2) stopped Ivo Lund in Berne on Saturday.",
                 "Ivo Lund, 28-6, was stopped by Tom Okafor in Berne.",
                 None, set(), id="records-of-two-fighters"),
    pytest.param("The 1950s pin-up star Ann Roe died in Kelton on Friday, aged 85.",
                 "Ann Roe died in Kelton on Friday at the age of 89.", None,
                 {("conflict", "age", "roe")}, id="a-decade-before-a-noun-is-no-occasion"),
    pytest.param("In the 1950s, 300 people died in the Kelton mine.",
                 "The Kelton mine blast killed 12 people.", None, set(),
                 id="a-decade-as-the-time-is-an-occasion"),
    pytest.param("Mayor Ann Roe toured Vancouver. A magnitude 5.9 quake struck Vancouver.",
                 "Mayor Ann Roe spoke of the damage. A magnitude 6.4 quake struck Canada.", None,
                 {("conflict", "magnitude", "")}, id="a-magnitude-told-by-city-and-by-country"),
    pytest.param("Mayor Ann Roe toured Vancouver. A magnitude 5.9 quake struck Vancouver.",
                 "Mayor Ann Roe spoke of the damage. A magnitude 6.4 quake struck Chile.", None,
                 {("possible", "magnitude", "")}, id="a-magnitude-told-by-two-places-apart"),
    pytest.param("Mayor Ann Roe toured the harbour. The storm killed nine people in the U.S.",
                 "Mayor Ann Roe spoke of the damage. The storm killed 14 people in the United "
                 "States.", None, {("conflict", "deaths", "")}, id="one-place-written-two-ways"),
    pytest.param("Mayor Ann Roe toured Houston. The storm killed nine people in Houston.",
                 "Mayor Ann Roe spoke of the damage. The storm killed 14 people in Texas.", None,
                 {("possible", "deaths", "")}, id="a-toll-of-a-city-and-of-its-state"),
    pytest.param("Mayor Ann Roe visited the mill. No one was hurt in the Kelton mill fire.",
                 "Mayor Ann Roe visited the mill. Two workers were hurt in the Kelton mill fire.",
                 None, {("conflict", "injured", "")}, id="no-one-hurt-against-two"),
    pytest.param("The quake killed 12 people in Vesk on Monday, the deadliest since 2003.",
                 "The quake killed 15 people in Vesk on Monday.", None,
                 {("conflict", "deaths", "")}, id="a-since-dating-a-ranking-is-no-scope"),
    pytest.param("Navy ships captured 26 pirates off Vesk on Thursday, the fifth raid since "
                 "September.", "Navy ships captured 80 pirates off Vesk on Thursday.", None,
                 {("conflict", "arrested", "")}, id="a-date-after-since-is-no-occasion"),
    pytest.param("The Vesk quake is the worst disaster since 2003, when 14 people died in a "
                 "landslide in Vesk.", "The quake killed 12 people in Vesk on Monday.", None,
                 set(), id="a-since-date-with-what-happened-then-is-an-occasion"),
    pytest.param("Two police officers involved in the shooting were arrested in Kelton.",
                 "More than 200 people have been arrested in Kelton.", None,
                 {("possible", "arrested", "")}, id="people-sent-are-a-group-of-their-own"),
    pytest.param("Ann Roe died on Friday in Kelton. She was 85.",
                 "Ann Roe, the film star, died on Friday at the age of 89.", None,
                 {("conflict", "age", "roe")}, id="she-after-the-one-person-named"),
    pytest.param("Ann Roe died on Friday in Kelton. Tom Hale said she had been ill. She was 85.",
                 "Ann Roe, the film star, died on Friday at the age of 89.", None, set(),
                 id="she-with-two-people-in-reach-is-nobody"),
    pytest.param("Twelve people have died in Vesk since Monday.",
                 "The quake killed 15 people in Vesk on Monday.", None,
                 {("possible", "deaths", "")}, id="a-toll-since-a-day-is-a-scope"),
    pytest.param("Tom Hale killed Ann Roe on Sunday during a clash in Kelton.",
                 "The fatal shooting of Ann Roe on Saturday sparked riots in Kelton.", None,
                 {("conflict", "day of the event", "")}, id="weekdays-of-undated-articles"),
    pytest.param("The fire at the Kelton church started on Friday night.",
                 "A fire devastated the Kelton church on Friday evening.", None, set(),
                 id="one-weekday-at-two-times-of-day"),
    pytest.param("The fire at the Kelton church started on Friday night.",
                 "Police are treating the Kelton church fire as arson, the Kelton Post reported "
                 "on Sunday.", None, set(), id="the-day-it-was-reported"),
    pytest.param("Tom Hale killed Ann Roe on Sunday during a clash in Kelton.",
                 "The gunman who killed Ann Roe in Kelton was convicted on Wednesday.",
                 None, set(), id="the-day-of-the-trial"),
    pytest.param("The gunman opened fire at the Kelton plant on Monday, killing two workers.",
                 "The gunman who killed two workers at the Kelton plant was arraigned Wednesday "
                 "on murder charges.", None, set(), id="the-day-of-a-hearing-on-the-crime"),
    pytest.param("The blast at the Kelton plant killed two workers on Sunday.",
                 "A worker hurt in the blast at the Kelton plant remained in hospital on "
                 "Tuesday.", None, set(), id="the-day-in-hospital"),
    pytest.param("The fire at the Kelton depot broke out on Friday night.",
                 "The fire at the Kelton depot was still burning on Saturday morning.", None,
                 set(), id="the-event-still-going-on"),
    pytest.param("A quake struck the island of Vesk on Sunday.",
                 "Monday's quake was the second one to hit the island of Vesk.", None, set(),
                 id="the-second-quake-s-day"),
    pytest.param("The 40-metre footbridge in Kelton gave way on Friday.",
                 "The 65-metre span in Kelton collapsed on Friday.", None,
                 {("conflict", "size of bridge", "")}, id="a-bridge-s-size-by-its-noun"),
    pytest.param("Pirates seized the tanker Vesk Star, which had 18 sailors on board.",
                 "Sixteen crew members were aboard the ship when pirates struck off Orvik.", None,
                 {("possible", "aboard", "")}, id="aboard-two-ships-maybe"),
    pytest.param("Twenty-three people were taken to hospital after the Kelton bridge collapse.",
                 "Eleven people remain in hospital after the Kelton bridge collapse.", None,
                 {("possible", "hospitalised", "")}, id="those-still-in-hospital"),
    pytest.param("The Kelton council on Sunday approved a $2.5 million relief fund.",
                 "Councillors in Kelton on Sunday approved a $4 million fund for the victims.",
                 None, {("possible", "fund value", "")}, id="a-fund-whose-is-unsaid"),
    pytest.param("Tom Hale was sentenced on Thursday to seven years in prison.",
                 "Tom Hale was jailed for nine years.", None,
                 {("conflict", "prison term", "hale")}, id="a-named-person-s-term"),
    pytest.param("Tom Hale was jailed for seven years.",
                 "His co-accused Ivo Lund got two years behind bars.", None, set(),
                 id="a-co-accused-s-term-is-his-own"),
    pytest.param("A former Orvik treasurer was jailed for seven years.",
                 "A former Orvik treasurer was ordered to spend nine years in prison.", None,
                 {("possible", "prison term", "")}, id="an-unnamed-person-s-term-maybe"),
    pytest.param("The former Orvik treasurer embezzled $2.4 million from the fund.",
                 "Prosecutors said the Orvik treasurer stole $4.2 million from the fund.",
                 ("2024-12-08", "2024-12-08"),
                 {("conflict", "theft value", "")}, id="the-sum-a-crime-took"),
    pytest.param("Residents within 2 kilometres of the Orvik plant were told to leave.",
                 "Police evacuated homes in a 5 km radius around the Orvik plant.",
                 ("2024-12-08", "2024-12-08"), {("conflict", "evacuation radius", "")},
                 id="an-evacuation-radius-worded-two-ways"),
    pytest.param("Orvik Systems reported quarterly revenue of $4.2 billion.",
                 "Revenue at Orvik Systems for the quarter came in at $4.8 billion.",
                 ("2025-10-28", "2025-10-28"), {("conflict", "revenue value", "")},
                 id="a-company-s-revenue-two-ways"),
    pytest.param("Orvik Systems reported quarterly revenue of $4.2 billion.",
                 "A year earlier Orvik Systems reported revenue of $3.75 billion.",
                 ("2025-10-28", "2025-10-28"), set(), id="last-year-s-revenue"),
    pytest.param("The fire near Orvik has burned 12,000 hectares of bushland.",
                 "About 18,000 hectares have burned near Orvik.", ("2025-01-16", "2025-01-16"),
                 {("conflict", "area burned", "")}, id="area-burned-two-ways"),
    pytest.param("The fire near Orvik has burned 12,000 hectares of bushland.",
                 "The blaze near Orvik has blackened 120 square kilometres.",
                 ("2025-01-16", "2025-01-16"), set(), id="area-burned-in-other-units"),
    pytest.param("Rescuers pulled three boats from the harbour at Orvik.",
                 "The storm sank three boats at Orvik.",
                 None, set(), id="same-count-of-things-no-finding"),
    pytest.param("The quake near Orvik killed 63 people on Tuesday.",
                 "The deadliest quake near Orvik, in 1987, measured 6.8 and killed more than 400 "
                 "people.", ("2025-03-12", "2025-03-12"), set(),
                 id="a-year-in-one-part-of-a-sentence-dates-the-other"),
    pytest.param("A magnitude 6.1 quake struck Orvik on Tuesday.",
                 "Dozens of aftershocks followed the quake in Orvik, the strongest measuring 4.8.",
                 ("2025-03-12", "2025-03-12"), set(), id="an-aftershock-s-magnitude-is-its-own"),
    pytest.param("The quake near Orvik killed 63 people on Tuesday.",
                 "In the village of Vesk alone, 22 people died in Tuesday's quake.",
                 ("2025-03-12", "2025-03-12"), set(), id="one-place-alone-is-a-part"),
    pytest.param("The quake near Orvik killed 63 people on Tuesday.",
                 "In Vesk itself, 22 people were killed by Tuesday's quake.",
                 ("2025-03-12", "2025-03-12"), set(), id="one-place-itself-is-a-part"),
    pytest.param("The quake near Orvik killed 45 people on Tuesday.",
                 "Officials feared that 90 people died in Tuesday's quake near Orvik.",
                 ("2025-03-12", "2025-03-12"), {("conflict", "deaths", "")},
                 id="a-toll-feared-is-a-report-hedged"),
    pytest.param("The quake near Orvik killed 45 people on Tuesday.",
                 "There might have been 90 people killed in Tuesday's quake near Orvik.",
                 ("2025-03-12", "2025-03-12"), {("conflict", "deaths", "")},
                 id="a-toll-that-might-have-been-is-a-report-hedged"),
    pytest.param("Orvik Mining agreed to acquire Vesk Robotics for 8.4 billion euros.",
                 "Orvik Mining agreed to acquire Vesk Robotics for 42.50 euros per share.",
                 ("2025-03-12", "2025-03-12"), set(), id="a-price-per-share-is-no-total"),
    pytest.param("Police put the turnout at 35,000 at the Kelton march on Tuesday.",
                 "Organisers said 150,000 people joined the Kelton march on Tuesday.",
                 ("2025-03-12", "2025-03-12"), {("possible", "crowd", "")},
                 id="police-and-organisers-count-a-march-apart"),
    pytest.param("The Kelton ministry offered a pay rise of 3.5 percent.",
                 "The Kelton ministry has offered a 4.5% raise.",
                 ("2025-03-12", "2025-03-12"), {("conflict", "pay rise (offered)", "")},
                 id="two-offers-of-one-side"),
    pytest.param("The Kelton ministry offered a pay rise of 3.5 percent.",
                 "The Kelton union is demanding a pay rise of 12 percent.",
                 ("2025-03-12", "2025-03-12"), set(), id="an-offer-and-a-demand"),
    pytest.param("The Kelton bus was travelling at 88 mph when it crashed on Tuesday.",
                 "The Kelton bus was travelling at about 105 mph when it crashed on Tuesday.",
                 ("2025-03-12", "2025-03-12"), {("conflict", "speed", "")},
                 id="a-vehicle-s-speed-about-a-figure-rounded-to-5"),
    pytest.param("The Kelton bus was travelling at 88 mph when it crashed on Tuesday.",
                 "The Kelton bus crashed on Tuesday on a bend with a 50 mph limit.",
                 ("2025-03-12", "2025-03-12"), set(), id="a-speed-and-a-limit"),
    pytest.param("The train crash near Orvik killed 12 people on Tuesday.",
                 "It revived memories of the 2009 Orvik disaster, which killed 23 people.",
                 ("2025-03-12", "2025-03-12"), set(), id="the-year-of-a-past-disaster-dates-it"),
    pytest.param("Police made 23 arrests in Kelton on Tuesday.",
                 "In 2011 a strike shut the ports of Kelton. Police made 41 arrests during that "
                 "dispute.", ("2025-03-12", "2025-03-12"), set(),
                 id="that-dispute-is-the-sentence-before-s"),
    pytest.param("Police made 23 arrests in Kelton on Tuesday.",
                 "The last strike in Kelton was in 2011. Police made 41 arrests that year.",
                 ("2025-03-12", "2025-03-12"), set(), id="that-year-is-the-sentence-before-s"),
    pytest.param("Police made 23 arrests in Kelton on Tuesday.",
                 "The last strike in Kelton was in 2011. Police made 41 arrests in Kelton.",
                 ("2025-03-12", "2025-03-12"), {("conflict", "arrested", "")},
                 id="no-word-points-back-to-the-year"),
]


@pytest.mark.parametrize(("first", "second", "dates", "expected"), CASES)
def test_discrepancies_from_the_measure(tmp_path, first, second, dates, expected):
    report = _report(tmp_path, first, second, dates)
    found = _found(report)
    if expected:
        assert expected <= found
    assert all(tier != "conflict" for tier, _c, _s in found - expected)


@pytest.mark.parametrize(("first", "second", "dates"), [
    pytest.param("The quake near Orvik killed 45 people on Tuesday.",
                 "Officials had predicted that 90 people would die in a quake near Orvik.",
                 ("2025-03-12", "2025-03-12"), id="a-toll-predicted"),
    pytest.param("The quake near Orvik on Tuesday had a magnitude of 6.1.",
                 "Experts said a quake of magnitude 7.5 or more could strike near Orvik.",
                 ("2025-03-12", "2025-03-12"), id="a-figure-a-modal-follows"),
    pytest.param("A crowd of 41,236 watched the final in Orvik on Saturday.",
                 "Organisers had expected a crowd of around 30,000 for Saturday's final in Orvik.",
                 ("2025-05-18", "2025-05-18"), id="a-crowd-expected"),
    pytest.param("The quake near Orvik on Tuesday had a magnitude of 6.1.",
                 "Experts say the fault near Orvik can produce quakes of magnitude 7.5.",
                 ("2025-03-12", "2025-03-12"), id="a-magnitude-a-fault-can-produce"),
])
def test_a_figure_foreseen_or_possible_is_no_figure_reported(tmp_path, first, second, dates):
    """"predicted that 90 would die", "had expected a crowd of 30,000": no side of any finding;
    "officials feared that 90 died" is a report, hedged (`test_discrepancies_from_the_measure`)."""
    assert not _report(tmp_path, first, second, dates).discrepancies


@pytest.mark.parametrize(("dates", "tier"), [
    pytest.param(("2024-12-08", "2024-12-09", "2024-12-10"), "update", id="later-days-rise"),
    pytest.param(("2024-12-08", "2024-12-09", "2024-12-09"), "conflict",
                 id="two-counts-on-one-day-are-not-ordered"),
])
def test_a_toll_is_an_update_only_when_the_days_order_it(tmp_path, dates, tier):
    """Six dead, then eight, is an update when each later day gives more; when one source says
    six on the day another says eight, nothing orders them and they conflict."""
    report = build_report(write_sources(
        tmp_path, "Six workers were killed in the blast at the Orvik plant.",
        "The blast at the Orvik plant killed six people.",
        "Eight people died in the blast at the Orvik plant.", dates=dates))
    assert [(d.tier, d.concept) for d in report.discrepancies] == [(tier, "deaths")]


@pytest.mark.parametrize(("times", "tier"), [
    pytest.param(("07:05", "13:10", "20:30"), "update", id="later-hours-rise"),
    pytest.param(("20:30", "13:10", "07:05"), "conflict", id="later-hours-fall"),
])
def test_a_toll_rising_through_one_day_is_an_update(tmp_path, times, tier):
    """Reports of one day ordered by their datelines' times: two dead in the morning, four at
    noon, six at night is news coming in; all three said "14 March 2026" and conflicted."""
    for name, hour, toll in zip("abc", times, ("Two", "Four", "Six"), strict=True):
        (tmp_path / f"{name}.txt").write_text(
            f"Storm hits Kelton\n14 March 2026, {hour}\n\n{toll} people died when the storm "
            "struck the Kelton coast.\n", encoding="utf-8")
    report = build_report(tmp_path, cache=None)
    assert [(d.tier, d.concept) for d in report.discrepancies] == [(tier, "deaths")]


@pytest.mark.parametrize(("texts", "dates", "wanted"), [
    pytest.param(("Four people have died of cholera in Kelton.",
                  "Six people have now died of cholera in Kelton.",
                  "Eleven people have died of cholera in Kelton.",
                  "Nine people have died of cholera in Kelton."),
                 ("2025-03-10", "2025-03-11", "2025-03-12", "2025-03-14"),
                 [("conflict", {"Eleven", "Nine"})], id="a-fall-among-rises-is-the-conflict"),
    pytest.param(("Engineers in Kelton tested 48 wells.",
                  "Engineers in Kelton have now tested 52 wells."),
                 ("2025-03-11", "2025-03-12"),
                 [("update", {"48", "52"})], id="a-count-said-to-accrue-rises"),
    pytest.param(("Engineers in Kelton tested 48 wells.",
                  "Engineers in Kelton have now tested 52 wells.",
                  "Engineers in Kelton have tested 38 wells."),
                 ("2025-03-11", "2025-03-12", "2025-03-12"),
                 [("conflict", {"48", "52", "38"})], id="a-count-of-one-day-below-a-rise"),
    pytest.param(("Airlines cancelled 612 flights in Kelton on Monday.",
                  "Airlines cancelled 1,450 flights in Kelton over the course of the strike."),
                 ("2025-03-11", "2025-03-13"), [("update", {"612", "1,450"})],
                 id="a-total-over-the-course-of"),
    pytest.param(("Engineers in Kelton tested 52 wells.",
                  "Engineers in Kelton tested 48 wells."),
                 ("2025-03-11", "2025-03-12"), [("conflict", {"52", "48"})],
                 id="a-count-no-word-says-accrued-is-no-update"),
])
def test_counts_told_at_two_times(tmp_path, texts, dates, wanted):
    """A count that grows as news comes in (a toll), or that the later source says has accrued
    ("have now tested", "over the course of"), is an update when the later source gives more;
    two counts of one day, or a later smaller one, are not."""
    report = build_report(write_sources(tmp_path, *texts, dates=dates))
    set_against = [(d.tier, {r.value.text for r in d.rows if r.claim in d.claims})
                   for d in report.discrepancies]
    assert set_against == wanted


def test_a_doubt_on_rows_a_conflict_shows_is_not_a_second_finding(tmp_path):
    """Five outlets on a jury's deliberation, one saying two days: the conflict shows every
    outlet's figure, and the doubt left on a pair it did not set apart (claims told differently)
    was listed again as a possible discrepancy of the same rows."""
    report = build_report(write_sources(
        tmp_path,
        "A jury in Orvik County Court found Ann Roe guilty on Tuesday of embezzling some 2.4 "
        "million dollars from the fund, after deliberating for about six hours.",
        "Ann Roe, 47, was convicted on Wednesday of embezzlement and fraud after a jury in Orvik "
        "County Court deliberated for about six hours.",
        "Roe, 47, a resident of the Vesk Heights neighbourhood, was found guilty on Tuesday after "
        "roughly six hours of deliberation, ending a three-week trial in Orvik County Court.",
        "Ann Roe, a 47-year-old mother of two, was convicted on Tuesday by an Orvik County jury "
        "that deliberated about six hours.",
        "Jurors found Ann Roe guilty on Tuesday following two days of deliberations, at the end "
        "of a three-week trial.", dates=("2024-12-08",) * 5))
    found = [d.tier for d in report.discrepancies if d.concept == "time spent on deliber"]
    assert found == ["conflict"]


def test_tiers_come_conflicts_first_and_name_their_claims(tmp_path):
    report = _report(tmp_path,
                     "Nine miners were killed in the blast in Orvik. It killed 612 people.",
                     "The explosion in Orvik left 11 dead. The blast injured 30 miners in Orvik.")
    tiers = [d.tier for d in report.discrepancies]
    assert tiers == sorted(tiers, key=["conflict", "possible", "update"].index)
    ids = {c.id for c in report.claims}
    for d in report.discrepancies:
        assert set(d.claims) <= ids and len(d.sources) >= 2
        assert all(r.quote and r.value.text in r.quote for r in d.rows)


def test_measure_table_is_a_dataframe_of_every_row(tmp_path):
    report = _report(tmp_path, "Nine miners were killed in the blast.",
                     "The explosion left 11 dead.")
    frame = table(report.measures)
    assert isinstance(frame, pd.DataFrame)
    assert sorted(frame["value"]) == ["11", "Nine"]
    assert set(frame["concept"]) == {"deaths"}
    assert frame.groupby(["concept", "subject"]).size().to_dict() == {("deaths", ""): 2}


ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def madeup_evaluation():
    from claimcheck import evaluate, load_gold
    from claimcheck.report import to_dict

    report = to_dict(build_report(ROOT / "tests" / "data" / "madeup-event"))
    return evaluate(report, load_gold(ROOT / "tests" / "gold" / "madeup-event.yaml"))


@pytest.mark.parametrize("finding", ["D1", "D2", "D3", "D4", "D5", "D6", "D7"])
def test_madeup_event_discrepancy_worded_differently_comes_out(madeup_evaluation, finding):
    outcome = next(o for o in madeup_evaluation.findings if o.id == finding)
    assert outcome.holds and outcome.verdict == "conflict", outcome


def test_madeup_event_raises_no_false_conflict(madeup_evaluation):
    assert madeup_evaluation.false_conflicts == ()


def test_madeup_event_agrees_on_when_a_named_party_acted(madeup_evaluation):
    """Two outlets give the governor's arrival one time in other words; the time of another
    action told beside it stays apart."""
    agreed = next(o for o in madeup_evaluation.findings if o.id == "A5")
    apart = next(o for o in madeup_evaluation.apart if o.id == "T20")
    assert agreed.holds and agreed.verdict in ("agree", "compatible"), agreed
    assert apart.holds, apart


def test_a_place_named_at_two_scales_in_one_story_is_one_place(tmp_path):
    """Both outlets tell the story by Chile and Valparaiso; one gives the toll for the country,
    one for the city in it: one place at two scales, so their figures conflict."""
    first = ("The quake shook Valparaiso in Chile. Valparaiso lost power. Chile sent troops to "
             "Valparaiso. The quake injured five people in Chile.")
    second = ("The quake hit Valparaiso. Chile declared an emergency in Valparaiso. Chile mourned. "
              "The quake injured two people in Valparaiso.")
    assert ("conflict", "injured", "") in _found(_report(tmp_path, first, second))


@pytest.mark.parametrize(("first_place", "second_place"), [
    pytest.param("Mich.", "Michigan", id="an-abbreviation-and-the-name"),
    pytest.param("Ohio", "Ohio", id="the-same-name"),
])
def test_a_place_both_rows_name_is_no_place_doubt(tmp_path, first_place, second_place):
    """Both outlets tell the story by a city and its people, and give the toll in the state
    around the city, which neither story is told by: the same place in both, so the figures
    conflict."""
    story = ("Police in Dayton searched the Kelton office. Kelton staff said Ivo Lund fled. Ann "
             "Roe saw Lund. Tom Okafor met Ann Roe. Tom Okafor called Dayton police. ")
    first = story + f"The office shooting in {first_place} injured two people."
    second = story + f"The office shooting in {second_place} injured eight people."
    assert ("conflict", "injured", "") in _found(_report(tmp_path, first, second))


def test_story_names_break_ties_by_name_not_by_order():
    """Names said equally often are taken in name order, so the story's names (and the place
    doubts they settle) do not hang on the order a set or a corpus yields them: the same
    corpus gives the same findings in every process (Python varies set order run to run)."""
    from types import SimpleNamespace

    from claimcheck.settings import LIMITS
    from claimcheck.story import story_names

    names = ["vesk", "tarn", "orvik", "nolby", "lund", "holm", "arlo"]  # each said once
    claims = [SimpleNamespace(source="a", entities=((n.title(), "GPE"),)) for n in names]
    assert story_names(claims)["a"] == frozenset(sorted(names)[:LIMITS.story_names])


def test_a_figure_of_another_day_stays_out_of_the_main_days_finding(tmp_path):
    """Most outlets date the quake Sunday; one adds Monday's 3.8 tremor. An outlet dating its
    6.1 by no day tells of the day most name, so the 3.8 is neither set against it nor shown
    beside it."""
    texts = ("A magnitude 5.9 quake struck Kermanshah on Sunday, officials said.",
             "A quake of magnitude 5.9 hit Kermanshah on Sunday. On Monday a magnitude 3.8 "
             "tremor shook Kermanshah.",
             "Officials in Kermanshah said the quake measured 6.1 on the Richter scale.",
             "A magnitude 5.9 quake rocked Kermanshah on Sunday.")
    write_sources(tmp_path, *texts, dates=("2031-05-06",) * len(texts))
    found = [d for d in build_report(tmp_path).discrepancies if d.concept == "magnitude"]
    assert [d.tier for d in found] == ["conflict"]
    assert {r.value.text for r in found[0].rows} == {"5.9", "6.1"}
    assert "b#2" not in found[0].claims


# two hijackings off one coast, told in the same words: each pair of outlets agrees within
# itself and differs from the other pair on every figure
_FIRST_HIJACK = ("Navy sailors seized a pirate ship off Vesk and arrested 23 pirates. The pirates "
                 "had nine rifles and sailed in four skiffs. The navy said the Vesk patrol fired "
                 "40 shots.")
_FIRST_RETOLD = ("The navy arrested 23 pirates off Vesk after a chase. Sailors found nine rifles "
                 "on the pirate ship and four skiffs. The Vesk patrol fired 40 shots, the navy "
                 "said.")


def _second(text: str) -> str:
    return text.replace("23", "31").replace("nine", "six").replace("four", "seven").replace(
        "40", "12")


def test_two_stories_told_alike_make_possible_discrepancies_only(tmp_path):
    report = build_report(write_sources(tmp_path, _FIRST_HIJACK, _FIRST_RETOLD,
                                       _second(_FIRST_HIJACK), _second(_FIRST_RETOLD)))
    found = _found(report)
    assert ("possible", "arrested", "") in found
    assert not [d for d in report.discrepancies if d.tier == "conflict"]
    assert all("which story" in d.reason for d in report.discrepancies)


def test_an_outlet_sharing_a_figure_with_the_others_is_one_story(tmp_path):
    """The third outlet gives the same arrests (a figure that ties reports) and other counts:
    one story told with three wrong counts, whose differences are conflicts."""
    third = _second(_FIRST_HIJACK).replace("31", "23")
    found = _found(build_report(write_sources(tmp_path, _FIRST_HIJACK, _FIRST_RETOLD, third)))
    assert ("conflict", "number of rifle", "") in found


def test_a_conflict_of_one_story_shows_no_outlet_of_the_other(tmp_path):
    """Two outlets of the first hijacking differ on its skiffs: a conflict, whose table of what
    each outlet says holds no outlet of the second hijacking."""
    report = build_report(write_sources(
        tmp_path, _FIRST_HIJACK, _FIRST_RETOLD.replace("four skiffs", "five skiffs"),
        _second(_FIRST_HIJACK), _second(_FIRST_RETOLD)))
    skiffs = [d for d in report.discrepancies if d.concept == "number of boat"]
    assert [(d.tier, d.sources) for d in skiffs if d.tier == "conflict"] == [("conflict",
                                                                              ("a", "b"))]



def _age_row(source: str, age: int, *, concept: str = "age", subject: str = "roe",
             occasion: tuple[str, ...] = (), places: frozenset[str] = frozenset(),
             elsewhere: bool = False):
    from claimcheck.measurerows import MeasureRow
    from claimcheck.values import Value

    value = Value(f"{age}-year-old", "age", float(age), float(age), "exact", None, "woman")
    return MeasureRow(source, f"{source}#1", "", 0, 1, value, concept, subject, occasion, (), (),
                      places, False, None, None, elsewhere=elsewhere)


@pytest.mark.parametrize(("concept", "occasion", "same"), [
    pytest.param("age", ("--12-06",), True, id="an-age-on-a-day-of-no-year-is-of-the-story"),
    pytest.param("age", ("2003-01-01",), None, id="an-age-in-another-year-may-be-another"),
    pytest.param("deaths", ("--12-06",), None, id="a-toll-on-another-day-may-be-another"),
])
def test_an_age_on_a_day_of_no_year_is_the_storys(concept, occasion, same):
    """"The December 6 killing of a 15-year-old" and "Roe, 17": a day of no year lies within
    a year of the story, so the ages are of one occasion (a year apart is the birthday doubt's
    to weigh); a named year may be years before, and a toll on another day another toll."""
    from claimcheck.measures import same_occasion

    a = _age_row("a", 15, concept=concept, occasion=occasion)
    assert same_occasion(a, _age_row("b", 19, concept=concept)) is same


@pytest.mark.parametrize(("subject", "doubted"), [
    pytest.param("roe", False, id="a-named-person-is-one-wherever-placed"),
    pytest.param("unnamed woman", True, id="an-unnamed-one-may-be-two"),
])
def test_a_place_elsewhere_doubts_an_age_of_no_named_person(subject, doubted):
    """One outlet places the claim giving an age in a city its story is not told by: a named
    person is one person wherever she is said to be, so the ages conflict; "a 76-year-old
    woman" in another city may be another woman."""
    from claimcheck.measures import doubts

    said = doubts(_age_row("a", 76, subject=subject, places=frozenset({"columbus"}),
                           elsewhere=True), _age_row("b", 59, subject=subject))
    assert any(d.startswith("place:") for d in said) == doubted, said



@pytest.mark.parametrize("first, second, way", [
    pytest.param("Fourteen people are missing after the Kelton ferry capsized.",
                 "Nine people remain missing after the Kelton ferry capsized.", "falls",
                 id="the-missing-fall"),
    pytest.param("The Kelton ferry capsized, killing nine people.",
                 "The Kelton ferry capsized, killing 14 people.", "rises", id="a-toll-rises"),
])
def test_an_update_says_which_way_the_figure_goes(tmp_path, first, second, way):
    """The missing falling 15 -> 5 -> 2 were reported as "missing rises"."""
    report = _report(tmp_path, first, second, ("2031-03-15", "2031-03-17"))
    [found] = [d for d in report.discrepancies if d.tier == "update"]
    assert f" {way} with the sources' publication times" in found.reason


@pytest.mark.parametrize("first, second, found", [
    pytest.param("Twenty-three miners were trapped underground at the Kelton mine.",
                 "Twenty-five miners were trapped underground at the Kelton mine.",
                 {("conflict", "trapped", "")}, id="the-trapped"),
    pytest.param("Twenty-three miners were trapped underground at the Kelton mine.",
                 "Thirty-one miners were underground at the Kelton mine when the roof fell.",
                 set(), id="the-trapped-are-not-all-underground",
                 marks=pytest.mark.xfail(strict=True, reason="the claims worded alike still set "
                                         "the two counts of miners against each other: a count "
                                         "no word keys (31 miners) is compared with any")),
    pytest.param("Twenty-three miners were trapped underground at the Kelton mine.",
                 "Twelve miners remain trapped at the Kelton mine.",
                 {("possible", "trapped", "")}, id="those-still-trapped"),
])
def test_the_trapped_are_a_measure(tmp_path, first, second, found):
    """"23 miners were trapped" and "31 miners were underground" were one count of miners, a
    conflict in the claims worded alike; "25 were trapped" against 23 was no measure's."""
    report = _report(tmp_path, first, second)
    assert _found(report) == found
    assert not any(g.verdict == "conflict" for g in report.groups) or found
