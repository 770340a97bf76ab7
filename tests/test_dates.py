"""Dates as news writes them: datelines with a weekday, dates in figures, decades, runs of days,
date-and-time stamps, and days counted from a date nobody gave."""

from __future__ import annotations

import pytest

from claimcheck.dates import read_date, unplaced, weekday_named
from claimcheck.intervals import disagree
from claimcheck.values import compare, read_mentions


def read(extractor, text, date=None):
    return read_mentions(extractor.mentions(text), text=text, date=date)


def dates(extractor, text, date=None):
    return [(v.text, v.low, v.high) for v in read(extractor, text, date) if v.kind == "date"]


@pytest.mark.parametrize(
    "text, low, high",
    [
        pytest.param("Filed on Thursday, March 5, 2009.", "2009-03-05", "2009-03-05",
                     id="weekday-before-a-date"),
        pytest.param("Posted Sat June 6 2015 in Sport.", "2015-06-06", "2015-06-06",
                     id="weekday-abbreviated"),
        pytest.param("Monday, 12 October 2020", "2020-10-12", "2020-10-12",
                     id="weekday-day-month-year"),
        pytest.param("Updated 10/23/2019 at noon.", "2019-10-23", "2019-10-23",
                     id="month-first-figures"),
        pytest.param("The vote, on 23/10/2019, was close.", "2019-10-23", "2019-10-23",
                     id="day-first-figures"),
        pytest.param("Published 2019.10.23 by the desk.", "2019-10-23", "2019-10-23",
                     id="year-first-dots"),
        pytest.param("Filed 4/5/2011 by staff.", "2011-04-05", "2011-05-04",
                     id="day-or-month-spans-both"),
        pytest.param("Filed 11/25/98 by staff.", "1998-11-25", "1998-11-25", id="two-digit-year"),
        pytest.param("The mill was built in the 1920s by settlers.", "1920-01-01", "1929-12-31",
                     id="decade"),
        pytest.param("The fair opens in July of 2027, organisers said.", "2027-07-01",
                     "2027-07-31", id="month-of-year"),
        pytest.param("Mar 4, 2031", "2031-03-04", "2031-03-04",
                     id="dateline-the-recogniser-takes-for-a-name"),
        pytest.param("MAR. 14, 2031, 8:12 PM", "2031-03-14", "2031-03-14",
                     id="dateline-in-capitals-with-a-point"),
        pytest.param("Tom Okafor shot a guard in June, 2005, police said.", "2005-06-01",
                     "2005-06-30", id="month-comma-year"),
        pytest.param("Polls opened on Nov.3 across the state.", "--11-03", "--11-03",
                     id="month-point-day"),
        pytest.param("Early March 2019, the firm had cut 80 jobs.", "2019-03-01", "2019-03-10",
                     id="early-month"),
        pytest.param("By mid-April 2019 the firm had cut 80 jobs.", "2019-04-11", "2019-04-20",
                     id="mid-month"),
        pytest.param("The firm cut 80 jobs in late February 2020.", "2020-02-21", "2020-02-29",
                     id="late-month-to-its-last-day"),
        pytest.param("The plant opened in mid-2008.", "2008-01-01", "2008-12-31", id="mid-year"),
        pytest.param("She was hit on the night of Sept. 13, 2024.", "2024-09-13", "2024-09-13",
                     id="the-night-of-a-date"),
        pytest.param("Talks resume at the end of June 2024.", "2024-06-01", "2024-06-30",
                     id="end-of-month"),
    ],
)
def test_written_dates(extractor, text, low, high):
    """A date written out in any of news's usual ways names its days."""
    assert [(lo, hi) for _, lo, hi in dates(extractor, text)] == [(low, high)]


@pytest.mark.parametrize("text, low, high", [
    pytest.param("Kelton changed the rules last December.", "2030-12-01", "2030-12-31",
                 id="a-month-before-the-articles"),
    pytest.param("Kelton changed the rules last May.", "2030-05-01", "2030-05-31",
                 id="a-month-after-the-articles-is-last-years"),
    pytest.param("Kelton changed the rules last March.", "2030-03-01", "2030-03-31",
                 id="the-articles-own-month-is-last-years"),
])
def test_last_and_a_month_is_the_one_before_the_article(extractor, text, low, high):
    """"last December" in an article of 4 March 2031 is December 2030."""
    assert [(lo, hi) for _, lo, hi in dates(extractor, text, "2031-03-04")] == [(low, high)]


@pytest.mark.parametrize("text, low, high", [
    pytest.param("Kelton's mill burned down 41 years ago.", "1989-09-03", "1990-09-02",
                 id="years-ago-give-or-take-half-a-year"),
    pytest.param("Ann Roe married Tom Okafor two weeks ago.", "2031-02-15", "2031-02-21",
                 id="weeks-ago-give-or-take-half-a-week"),
    pytest.param("The firm cut 80 jobs five months ago.", "2030-09-18", "2030-10-18",
                 id="months-ago-give-or-take-half-a-month"),
    pytest.param("The ferry sank two days ago.", "2031-03-02", "2031-03-02",
                 id="days-ago-is-one-day"),
])
def test_a_day_counted_back_from_the_article(extractor, text, low, high):
    """"41 years ago" in an article of 4 March 2031 is a span of a year around March 1990: such
    a count is rounded, so a figure half a unit off is no conflict."""
    assert [(lo, hi) for _, lo, hi in dates(extractor, text, "2031-03-04")] == [(low, high)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Install version 4.2.11 before Friday's update.", id="version"),
        pytest.param("The score was 3.1.20 in the old notation.", id="dotted-short-year"),
    ],
)
def test_dotted_numbers_with_a_short_last_part_are_no_dates(extractor, text):
    assert all(lo is None or "2011" not in lo and "2020" not in lo
               for _, lo, _ in dates(extractor, text))


def test_a_run_of_days_in_a_month():
    assert read_date("june 3-5", None) == ("--06-03", "--06-05", "range")
    assert read_date("3 to 5 june 2024", None) == ("2024-06-03", "2024-06-05", "range")
    assert read_date("february 28-30", None) is None  # no February 30


@pytest.mark.parametrize(
    "text, date_part, time_part",
    [
        pytest.param("Last updated: June 3, 2021 14:05", "June 3, 2021", "14:05", id="colon"),
        pytest.param("Posted 2021.06.03 02:05 PM", "2021.06.03", "14:05", id="year-first"),
        pytest.param("March 9, 2016-7:30 pm", "March 9, 2016", "19:30", id="joined-by-a-dash"),
        pytest.param("FRIDAY, MAY 6, 2022, 6:10 AM", "FRIDAY, MAY 6, 2022", "06:10",
                     id="capitals-with-weekday"),
        pytest.param("She was struck around 7 p.m. Wednesday.", "Wednesday", "19:00",
                     id="a-time-then-its-weekday"),
        pytest.param("Shortly after 3:30 Tuesday morning a caller rang.", "Tuesday morning",
                     "03:30",
                     id="a-clock-then-its-weekday"),
        pytest.param("The blast hit at 7:15 on Wednesday.", "Wednesday", "07:15",
                     id="a-clock-on-a-weekday"),
    ],
)
def test_a_date_and_time_stamp_gives_a_day_and_a_minute(extractor, text, date_part, time_part):
    """A stamp tells a day and a minute; each compares with its own kind."""
    vals = read(extractor, text)
    assert [v.text for v in vals if v.kind == "date"] == [date_part]
    assert [v.low for v in vals if v.kind == "time"] == [time_part]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The crew was rescued on Thursday.", id="weekday"),
        pytest.param("Shots were fired on Saturday night.", id="weekday-night"),
        pytest.param("Police said last night that two men were held.", id="last-night"),
        pytest.param("Turnout rose this year, officials said.", id="this-year"),
        pytest.param("The striker scored 20 goals the previous season.", id="previous-season"),
    ],
)
def test_a_day_counted_from_no_given_date_is_a_date_of_unknown_days(extractor, text):
    """Without the article's date the days cannot be told, but the words still name a date:
    `claimcheck values` shows it, and it compares with nothing."""
    (v,) = [v for v in read(extractor, text) if v.kind == "date"]
    assert (v.low, v.high) == (None, None)


def test_the_article_date_places_a_weekday():
    assert read_date("on thursday", "2025-06-02") == ("2025-05-29", "2025-05-29", "exact")
    assert read_date("last night", "2025-06-02") == ("2025-06-01", "2025-06-01", "exact")
    assert read_date("last week", "2025-06-04") == ("2025-05-26", "2025-06-01", "range")
    # "the shooting follows two last week": the count is no part of the days
    assert read_date("two last week", "2025-06-04") == ("2025-05-26", "2025-06-01", "range")
    assert read_date("wednesday night", "2025-06-02") == ("2025-05-28", "2025-05-28", "exact")
    assert read_date("december 15 of this year", "2025-06-02") == ("2025-12-15", "2025-12-15",
                                                                    "exact")
    assert read_date("earlier this year", "2025-06-02") == ("2025-01-01", "2025-12-31", "range")
    assert unplaced("the previous season") and unplaced("on friday")
    assert not unplaced("march 3, 2020")


def test_unplaced_days_compare_by_their_weekday(extractor):
    """"Thursday" in two undated articles of one story is one day, and "Thursday" / "Friday"
    cannot both be the day of one event; a weekday against a date of another weekday is only
    compatible, as the date may be another event's."""
    (a,) = read(extractor, "The ferry sank on Thursday.")
    (b,) = read(extractor, "The ferry sank on Friday.")
    (c,) = read(extractor, "The ferry sank on March 3, 2020.")
    (d,) = read(extractor, "The ferry sank late on Thursday night.")
    assert compare(a, a) == compare(a, d) == "equal"
    assert compare(a, b) == compare(a, c) == "compatible"
    assert disagree(a, b) and not disagree(a, d)


@pytest.mark.parametrize("text, day", [
    pytest.param("Friday", 4, id="alone"),
    pytest.param("on Friday", 4, id="on"),
    pytest.param("Friday night", 4, id="a-part-of-the-day-after"),
    pytest.param("early Saturday", 5, id="early"),
    pytest.param("late on Sunday", None, id="three-words-are-no-weekday-alone"),
    pytest.param("last week", None, id="no-weekday"),
])
def test_a_weekday_named_alone(text, day):
    assert weekday_named(text) == day
