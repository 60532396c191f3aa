"""How news text is read: direction by tense, modality and nearness, zones in the text,
stretches as one interval when asked alone, and the clause an expression dates. Our own
sentences, one per convention."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline import build_timeline, resolve_phrase


def _value(text: str, phrase: str, published: datetime) -> str:
    events = build_timeline(text, published).events
    return next(event.time.value for event in events if event.phrase == phrase)


@pytest.mark.parametrize(
    ("text", "phrase", "published", "value"),
    [
        ("The bonds mature Jan. 15.", "Jan. 15", datetime(2022, 11, 10), "2023-01-15"),
        (
            "The company reported fourth-quarter results on Tuesday.",
            "fourth-quarter",
            datetime(2022, 1, 27),
            "2021-Q4",
        ),
        (
            "He had until Friday to reply, but no answer came.",
            "Friday",
            datetime(2022, 3, 14),
            "2022-03-11",
        ),
        (
            "The festival, which opens on June 2, is expected to draw crowds.",
            "June 2",
            datetime(2022, 5, 10),
            "2022-06-02",
        ),
        (
            "The meeting, first planned for Wednesday afternoon, was cancelled.",
            "Wednesday afternoon",
            datetime(2022, 3, 14),
            "2022-03-09TAF",
        ),
        ("More protests are planned for Friday.", "Friday", datetime(2022, 3, 14), "2022-03-18"),
        (
            "The firm said it would unveil the phone on October 12.",
            "October 12",
            datetime(2022, 10, 4),
            "2022-10-12",
        ),
        # A schedule in the present looks ahead, as "will" does; its past looks back.
        ("Voters go to the polls on Sunday.", "Sunday", datetime(2022, 3, 16), "2022-03-20"),
        ("The court hears the case on Tuesday.", "Tuesday", datetime(2022, 3, 16), "2022-03-22"),
        ("The court heard the case on Tuesday.", "Tuesday", datetime(2022, 3, 16), "2022-03-15"),
        ("Trading resumes on Monday.", "Monday", datetime(2022, 3, 16), "2022-03-21"),
        (
            "The two leaders meet in Geneva on Friday, officials said.",
            "Friday",
            datetime(2022, 3, 16),
            "2022-03-18",
        ),
        # Only a day is read as reported ahead; a past month or feast is the one before.
        ("Sales fell in April.", "April", datetime(2022, 3, 14), "2021-04"),
        ("The shops were full at Easter.", "Easter", datetime(2022, 3, 14), "2021-04-04"),
        # A bare clock time falls on the day named before it in its sentence.
        (
            "The jet made its first flight Tuesday in Everett at 18:00 UTC.",
            "18:00 UTC",
            datetime(2009, 12, 16),
            "2009-12-15T18:00Z",
        ),
        # A day named with a time of its own is a day named too.
        (
            "The envoys met on Tuesday at 9 am and had left by noon.",
            "noon",
            datetime(2022, 3, 14),
            "2022-03-08T12:00",
        ),
        (
            "The ferry sailed on Friday in the evening and was back by 11 pm.",
            "11 pm",
            datetime(2022, 3, 14),
            "2022-03-11T23:00",
        ),
        ("Markets opened at 1400 GMT.", "1400 GMT", datetime(2022, 3, 14), "2022-03-14T14:00Z"),
        (
            "The vote closes at 9:30 p.m. PST.",
            "9:30 p.m. PST",
            datetime(2022, 3, 14),
            "2022-03-14T21:30-08:00",
        ),
    ],
)
def test_news_reads_each_date_the_way_its_sentence_points(
    text: str, phrase: str, published: datetime, value: str
) -> None:
    assert _value(text, phrase, published) == value


def test_a_weekday_given_with_a_date_picks_the_year_they_agree_in() -> None:
    assert _value(
        "It was signed on Tuesday, Oct. 5.", "Tuesday, Oct. 5", datetime(2022, 3, 14)
    ) == ("2021-10-05")


def test_a_quotation_is_the_clause_of_what_it_dates() -> None:
    text = 'He continued, "In recent days, we have seen the army move closer."'
    event = build_timeline(text, datetime(2022, 3, 14)).events[0]
    assert event.event == "In recent days, we have seen the army move closer"


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("from 9 to 11 am on Saturday", "2022-03-12T09:00:00", "2022-03-12T11:00:00"),
        ("from Tuesday through Thursday", "2022-03-08T00:00:00", "2022-03-11T00:00:00"),
        ("between noon and 4 p.m. tomorrow", "2022-03-15T12:00:00", "2022-03-15T16:00:00"),
        ("March 3 - March 7", "2022-03-03T00:00:00", "2022-03-08T00:00:00"),
        ("the 5th to the 9th of next month", "2022-04-05T00:00:00", "2022-04-10T00:00:00"),
        ("from 3 to 5 pm", "2022-03-14T15:00:00", "2022-03-14T17:00:00"),
    ],
)
def test_a_stretch_asked_alone_is_one_interval_that_ends_after_it_starts(
    phrase: str, start: str, end: str
) -> None:
    time = resolve_phrase(phrase, datetime(2022, 3, 14))
    assert time is not None and time.start is not None and time.end is not None
    assert (time.start.isoformat(), time.end.isoformat()) == (start, end)


def test_in_a_document_each_end_of_a_stretch_between_two_dates_is_an_event() -> None:
    text = "Talks ran from March 3 to March 7 and again from 1939 to 1945."
    phrases = [event.phrase for event in build_timeline(text, datetime(2022, 3, 14)).events]
    assert phrases == ["1939", "1945", "March 3", "March 7"]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("two days before Christmas", "2021-12-23"),
        ("the first weekend of August", "2022-W31-WE"),
        ("the last day of February 2016", "2016-02-29"),
        ("in three years at noon", "2025-03-14T12:00"),
        ("tomorrow at nine", "2022-03-15T09:00"),
        ("three Mondays from now", "2022-04-04"),
        ("at the end of the following month", "2022-04"),
        ("every six hours", "PT6H"),
        ("21q2", "2021-Q2"),
        ("in three quarters of an hour", "2022-03-14T00:45"),
    ],
)
def test_compositions_and_everyday_phrases(phrase: str, value: str) -> None:
    time = resolve_phrase(phrase, datetime(2022, 3, 14))
    assert time is not None and time.value == value
