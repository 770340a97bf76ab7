"""Which day or clock time in a claim is the event's own: a case table of made-up sentences."""

from __future__ import annotations

import pytest

from claimcheck.concepts import concept_of


def _concepts(extractor, sentence: str, kind: str) -> list[tuple[str, str] | None]:
    claims = extractor.analyse(sentence, date="2026-03-15").claims
    return [concept_of(c, v) for c in claims for v in c.values if v.kind == kind]


@pytest.mark.parametrize("sentence, wanted", [
    pytest.param("The ferry capsized at about 5:50 p.m.", ("time of the event", ""),
                 id="an-event-word-opens-the-claim"),
    pytest.param("The Kelton ferry overturned shortly before 6 p.m.", ("time of the event", ""),
                 id="overturned"),
    pytest.param("The ferry went down at around 7:40 p.m.", ("time of the event", ""),
                 id="a-phrasal-event-verb"),
    pytest.param("Tom Hale surrendered to police just after 6 p.m.", ("time of surrender", "hale"),
                 id="another-action-s-time"),
    pytest.param("The dockers' talks will resume at 10 a.m.", ("planned time of resume", ""),
                 id="a-time-still-to-come"),
    pytest.param("The rocket lifted off at 06:42.", ("time of launch", ""),
                 id="lifted-off-is-a-launch"),
    pytest.param("The rocket left the pad at 06:42.", ("time of launch", ""),
                 id="left-the-pad-is-a-launch"),
    pytest.param("Investigators arrived an hour after the blast, at 9 a.m.",
                 ("time of arrive", ""), id="a-time-after-the-event-is-its-action-s"),
    pytest.param("The raid on the Kelton museum began at 3:40 a.m.", ("time of the event", ""),
                 id="a-crime-named-by-its-noun"),
    pytest.param("The Orvik bank robbery took place shortly after 10 a.m.",
                 ("time of the event", ""), id="a-robbery"),
    pytest.param("The break-in started at about 2 a.m.", ("time of the event", ""),
                 id="a-break-in"),
    pytest.param("The Kelton train came off the rails at about 8.40am.",
                 ("time of the event", ""), id="came-off-the-rails"),
    pytest.param("The Orvik tram left the tracks at 21:10.", ("time of the event", ""),
                 id="left-the-tracks"),
])
def test_the_time_a_claim_gives(extractor, sentence, wanted):
    assert _concepts(extractor, sentence, "time") == [wanted]


@pytest.mark.parametrize("sentence, wanted", [
    pytest.param("The fire at the Kelton church started on Friday night.",
                 ("day of the event", ""), id="the-event-s-day"),
    pytest.param("The gunman who killed two workers at the Kelton plant was convicted on "
                 "Wednesday.", None, id="a-trial-s-day"),
    pytest.param("A worker hurt in the blast at the Kelton plant remained in hospital on Tuesday.",
                 None, id="a-day-in-hospital"),
    pytest.param("The fire at the Kelton depot was still burning on Saturday morning.", None,
                 id="the-event-still-going-on"),
    pytest.param("The Kelton fire jumped Highway 14 on Sunday.", None,
                 id="the-event-going-on-jumps"),
    pytest.param("The Vesk flood reached the town of Orvik on Tuesday.", None,
                 id="the-event-going-on-reaches"),
    pytest.param("The Kelton blaze was about a third contained on Tuesday.", None,
                 id="the-event-going-on-contained"),
    pytest.param("The Kelton fire had burned 21,500 hectares as of Wednesday morning.", None,
                 id="a-figure-as-of-a-day"),
    pytest.param("Thirty-one people were hospitalised after the collapse of the Kelton "
                 "footbridge on Thursday evening.", ("day of the event", ""),
                 id="the-day-the-parse-gives-the-event"),
    pytest.param("Nine were injured when a coach plunged off the Vesk bridge on Saturday night.",
                 ("day of the event", ""), id="a-vehicle-s-plunge"),
    pytest.param("Two died after a lorry veered off the Orvik road on Friday.",
                 ("day of the event", ""), id="a-vehicle-s-veer"),
    pytest.param("Police in Kelton arrested a farmer over the 1974 killings of two hikers.",
                 ("date of the killing", ""), id="a-year-before-a-crime"),
    pytest.param("A Kelton farmer was arrested over the killings of two hikers in 1976.",
                 ("date of the killing", ""), id="a-year-after-a-crime"),
])
def test_the_day_a_claim_gives(extractor, sentence, wanted):
    assert _concepts(extractor, sentence, "date") == [wanted]
