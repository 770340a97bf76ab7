"""Clock times with their zones: the forms news writes one moment in, and zones kept apart."""

from __future__ import annotations

import pytest

from claimcheck.clock import read_clock
from claimcheck.values import Value, compare, span_between

xfail = pytest.mark.xfail(strict=True)


@pytest.mark.parametrize(
    ("text", "after", "want"),
    [
        pytest.param("21:15", "local time", ("21:15", None), id="24-hour-local"),
        pytest.param("0740", "gmt)", ("07:40", "UTC"), id="compact-zone-after"),
        pytest.param("1840 utc", "", ("18:40", "UTC"), id="compact-zone-inside"),
        pytest.param("6.40pm", "", ("18:40", None), id="dotted-pm"),
        pytest.param("3:33 a. m", "", ("03:33", None), id="spaced-am"),
        pytest.param("7", "p.m. on friday", ("19:00", None), id="pm-cut-off"),
        pytest.param("10:00 (gmt+05:00)", "", ("10:00", "UTC+05:00"), id="offset-zone"),
        pytest.param("8:13am pdt", "", ("08:13", "PDT"), id="us-zone"),
        pytest.param("11:47:35", "", ("11:47", None), id="seconds"),
        pytest.param("1100 hours", "", ("11:00", None), id="military-hours"),
        pytest.param("noon", "et", ("12:00", "ET"), id="noon"),
        pytest.param("1353", "(1023 gmt), was felt", ("13:53", None),
                     id="compact-then-the-moment-in-another-zone"),
        pytest.param("1353", "(10:23 gmt)", ("13:53", None), id="compact-then-colon-in-a-zone"),
        pytest.param("2013", "(the year before)", None, id="a-year-then-brackets-is-no-time"),
        pytest.param("2013", "", None, id="a-year-is-no-time"),
        pytest.param("13 pm", "", None, id="no-13-pm"),
        pytest.param("12.5", "", None, id="a-decimal-is-no-time"),
    ],
)
def test_read_clock(text, after, want):
    assert read_clock(text, after) == want


@pytest.mark.parametrize(
    ("sentence", "hhmm", "zone"),
    [
        pytest.param("The ferry sank at 0740 GMT on Friday.", "07:40", "UTC", id="gmt"),
        pytest.param("Polls closed at 21:15 local time.", "21:15", None, id="local"),
        pytest.param("The alarm was raised at 6.40pm.", "18:40", None, id="dotted"),
        pytest.param("The order went out at 1100 hours.", "11:00", None, id="military"),
        pytest.param("Updated at 16:05 CET by the desk.", "16:05", "CET", id="lone-colon-zone"),
        pytest.param("Last edited 08:41:12 on the site.", "08:41", None, id="lone-seconds"),
        pytest.param("Filed 9:05pm from the court.", "21:05", None, id="lone-pm-attached"),
        pytest.param("Monday 4 May 2015 19.22 BST", "19:22", "BST", id="dotted-with-zone"),
        pytest.param("The quake struck Vesk at 1353 on Sunday.", "13:53", None,
                     id="compact-after-at-alone", marks=pytest.mark.xfail(
                         strict=True, reason="alone, four digits after 'at' may be a year")),
    ],
)
def test_a_sentence_gives_the_time_and_its_zone(extractor, sentence, hhmm, zone):
    from claimcheck.values import read_mentions

    times = [v for v in read_mentions(extractor.mentions(sentence)) if v.kind == "time"]
    assert [(v.low, v.unit) for v in times] == [(hhmm, zone)]


@pytest.mark.parametrize("sentence", [
    pytest.param("The index closed at 19.22 points.", id="dotted-points"),
    pytest.param("Shares rose 11.45 on the day.", id="dotted-change"),
])
def test_a_dotted_number_without_a_zone_is_no_time(extractor, sentence):
    from claimcheck.values import read_mentions

    assert "time" not in [v.kind for v in read_mentions(extractor.mentions(sentence))]


def test_hours_worked_are_a_duration_not_a_time(extractor):
    from claimcheck.values import read_mentions

    kinds = [v.kind for v in read_mentions(extractor.mentions("She worked 1100 hours last year."))]
    assert "time" not in kinds


def _time(hhmm: str, zone: str | None) -> Value:
    return Value(hhmm, "time", hhmm, hhmm, "exact", zone)


def test_times_in_two_zones_never_conflict():
    assert compare(_time("18:00", None), _time("13:00", "UTC")) == "compatible"
    assert compare(_time("18:00", "UTC"), _time("13:00", "UTC")) == "disjoint"
    assert compare(_time("18:00", None), _time("13:00", None)) == "disjoint"


def test_no_span_between_times_in_two_zones():
    assert span_between(_time("13:00", "UTC"), _time("18:00", None)) is None
    assert span_between(_time("13:00", None), _time("18:00", None)) is not None


@pytest.mark.parametrize(
    ("sentence", "bound"),
    [
        pytest.param("Dispatchers got a call shortly after 3:30 a.m.", "gt", id="shortly-after"),
        pytest.param("She was struck just before 7 p.m.", "lt", id="just-before"),
        pytest.param("The blast struck at about 7 p.m.", "approx", id="about"),
        pytest.param("The blast struck at 7 p.m.", "exact", id="plain"),
        pytest.param("Queues formed at the Orvik gate before 7 a.m.", "lt", id="before"),
        pytest.param("The crowd had left after 9 p.m.", "gt", id="after"),
        pytest.param("The Kelton pier was cleared by 10 a.m.", "exact", id="by-is-as-of-then"),
    ],
)
def test_a_time_a_little_after_or_before_is_bounded(sentence, bound):
    from claimcheck import read_values

    (v,) = read_values(sentence)
    assert (v.kind, v.bound) == ("time", bound)



def test_wire_copy_gives_the_local_time_and_the_same_moment_in_gmt(extractor):
    """"struck at 1353 (1023 GMT)": the local clock time, then the moment in GMT; a story's
    "1:53 p.m. local time" compares with the first, never with the second."""
    from claimcheck.values import read_mentions

    times = [v for v in read_mentions(extractor.mentions(
        "The quake, which struck Vesk at 1353 (1023 GMT), was felt in Orvik.")) if v.kind == "time"]
    assert [(v.low, v.unit) for v in times] == [("13:53", None), ("10:23", "UTC")]

@pytest.mark.parametrize(
    ("sentence", "hhmm", "bound"),
    [
        pytest.param("The coach veered off the Vesk bridge and fell into the river shortly before "
                     "midnight.", "24:00", "lt", id="shortly-before-midnight-ends-the-day"),
        pytest.param("The bus crashed just after midnight on Saturday.", "00:00", "gt",
                     id="just-after-midnight-starts-it"),
        pytest.param("The Kelton market opens at noon.", "12:00", "exact", id="noon"),
    ],
)
def test_a_time_named_by_a_word_is_bounded_by_its_hedge(sentence, hhmm, bound):
    """"shortly before midnight" is late in the day, a few minutes from "about 11.40 p.m.": it
    was read as midnight exactly, the day's first minute, and contested the 11.40."""
    from claimcheck import read_values

    v = next(v for v in read_values(sentence) if v.kind == "time")
    assert (v.low, v.bound) == (hhmm, bound)


@pytest.mark.parametrize(("text", "hhmm"), [
    pytest.param("one minute past midnight", "00:01", id="a-minute-past-midnight"),
    pytest.param("a quarter to four", "03:45", id="a-quarter-to"),
    pytest.param("ten past nine p.m.", "21:10", id="past-with-pm"),
    pytest.param("20 minutes to midnight", "23:40", id="minutes-to-midnight"),
    pytest.param("ten to midnight", "23:50", id="ten-to-midnight"),
    pytest.param("half-past 10 p.m.", "22:30", id="half-past-hyphened"),
    pytest.param("quarter-past seven", "07:15", id="quarter-past-hyphened"),
    pytest.param("7 to 10", None, id="a-range-is-no-time"),
])
def test_a_time_said_in_words(text, hhmm):
    """"one minute past midnight" was midnight, so a strike's start backed its end."""
    from claimcheck.clock import read_clock

    found = read_clock(text)
    assert (found[0] if found else None) == hhmm


@pytest.mark.parametrize(("a", "b", "relation"), [
    pytest.param("Ann Roe died before 5 a.m.", "Ann Roe died shortly after 4 a.m.",
                 "compatible", id="two-bounds-meet"),
    pytest.param("The Kelton queue formed before 7 a.m.", "The Kelton queue formed at 6:40 a.m.",
                 "compatible", id="a-time-inside-a-bound"),
    pytest.param("The Orvik roof fell shortly after 3:15 a.m.", "The Orvik roof fell at 2:40 a.m.",
                 "disjoint", id="a-bound-misses"),
])
def test_a_time_bounded_on_one_side_reaches_an_hour(a, b, relation):
    """"Vold died before 5 a.m." conflicted with "shortly after 4 a.m.": a bound was one point."""
    from claimcheck import read_values
    from claimcheck.values import compare

    (x,), (y,) = read_values(a), read_values(b)
    assert compare(x, y) == relation
