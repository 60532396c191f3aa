"""resolve_phrase: single phrases against a fixed publish date, as tables."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline import resolve_phrase

PUBLISHED = datetime(2022, 3, 14)  # a Monday


@pytest.mark.parametrize(
    ("phrase", "value", "granularity"),
    [
        ("yesterday", "2022-03-13", "day"),
        ("today", "2022-03-14", "day"),
        ("tomorrow", "2022-03-15", "day"),
        ("on Friday", "2022-03-11", "day"),
        ("last week", "2022-W10", "week"),
        ("this month", "2022-03", "month"),
        ("next year", "2023", "year"),
        ("last summer", "2021-SU", "season"),
        ("the first quarter", "2022-Q1", "quarter"),
        ("the 1990s", "199", "decade"),
        ("the '80s", "198", "decade"),
        ("the 20th century", "19", "century"),
        ("two weeks ago", "2022-02-28", "day"),
        ("four years ago", "2018", "year"),
        ("three months ago", "2021-12", "month"),
        ("March 3", "2022-03-03", "day"),
        ("March 3, 2015", "2015-03-03", "day"),
        ("3 March 2015", "2015-03-03", "day"),
        ("May 2010", "2010-05", "month"),
        ("2022-03-01", "2022-03-01", "day"),
        ("in 2020", "2020", "year"),
        ("Christmas 2020", "2020-12-25", "day"),
        ("Thanksgiving 2021", "2021-11-25", "day"),
        ("Easter 2022", "2022-04-17", "day"),
        ("Diwali 2019", "2019-10-27", "day"),
        ("Chinese New Year 2014", "2014-01-31", "day"),
        ("Labor Day 2023", "2023-09-04", "day"),
        ("the first Monday of September 2022", "2022-09-05", "day"),
        ("the end of the month", "2022-03", "day"),
        ("at 3 p.m.", "2022-03-14T15:00", "hour"),
        ("Friday at 3:30 pm", "2022-03-11T15:30", "minute"),
        ("tonight", "2022-03-14TNI", "hour"),
        ("Monday morning", "2022-03-14TMO", "hour"),
    ],
)
def test_resolves_against_publish_date(phrase: str, value: str, granularity: str) -> None:
    time = resolve_phrase(phrase, PUBLISHED)
    assert time is not None
    assert (time.value, time.granularity) == (value, granularity)


@pytest.mark.parametrize(
    ("phrase", "prefer", "value"),
    [("Friday", "past", "2022-03-11"), ("Friday", "future", "2022-03-18"),
     ("Monday", "past", "2022-03-14"), ("Monday", "future", "2022-03-14"),
     ("in two months", "future", "2022-05")],
)  # fmt: skip
def test_prefer_decides_the_direction_of_bare_names(phrase: str, prefer: str, value: str) -> None:
    time = resolve_phrase(phrase, PUBLISHED, prefer=prefer)  # type: ignore[arg-type]
    assert time is not None and time.value == value


# 09:30 on a Monday: a bare clock time sits on the publish day unless `prefer` says otherwise.
MORNING = datetime(2022, 3, 14, 9, 30)


@pytest.mark.parametrize(
    ("phrase", "prefer", "value"),
    [("8:15", "auto", "2022-03-14T08:15"), ("8:15", "future", "2022-03-14T20:15"),
     ("8:15 a.m.", "future", "2022-03-15T08:15"), ("08:15", "future", "2022-03-15T08:15"),
     ("20h15", "past", "2022-03-13T20:15"), ("at 11", "past", "2022-03-13T23:00"),
     ("at 11", "future", "2022-03-14T11:00"), ("noon", "past", "2022-03-13T12:00"),
     ("a quarter past 8", "future", "2022-03-14T20:15"),
     ("Friday at 8:15", "future", "2022-03-18T08:15")],
)  # fmt: skip
def test_prefer_moves_a_bare_clock_time_to_its_side_of_the_moment(
    phrase: str, prefer: str, value: str
) -> None:
    time = resolve_phrase(phrase, MORNING, prefer=prefer)  # type: ignore[arg-type]
    assert time is not None and time.value == value


@pytest.mark.parametrize(
    ("phrase", "prefer", "start", "end"),
    [("from 8:00 to 9:00", "future", "2022-03-15T08:00", "2022-03-15T09:00"),
     ("from 8:00 to 10:00", "past", "2022-03-14T08:00", "2022-03-14T10:00"),
     ("from 10:00 to 11:00", "past", "2022-03-13T10:00", "2022-03-13T11:00"),
     ("9:30 - 11:00 on Thursday", "future", "2022-03-17T09:30", "2022-03-17T11:00")],
)  # fmt: skip
def test_prefer_moves_a_clock_range_as_a_whole_unless_it_names_its_day(
    phrase: str, prefer: str, start: str, end: str
) -> None:
    time = resolve_phrase(phrase, MORNING, prefer=prefer)  # type: ignore[arg-type]
    assert time is not None and time.start is not None and time.end is not None
    assert (time.start.isoformat(timespec="minutes"), time.end.isoformat(timespec="minutes")) == (
        start,
        end,
    )


def test_a_clock_time_in_another_zone_is_moved_by_whole_days() -> None:
    published = datetime.fromisoformat("2022-03-14T09:30:00-05:00")  # 14:30 GMT
    time = resolve_phrase("15:30 GMT", published, prefer="past")
    assert time is not None and time.value == "2022-03-13T10:30"


@pytest.mark.parametrize(
    ("published", "prefer", "value"),
    [(datetime(9999, 12, 31, 9, 30), "future", "9999-12-31T20:15"),
     (datetime(9999, 12, 31, 21, 0), "future", "9999-12-31T08:15"),
     (datetime(1, 1, 1, 9, 30), "past", "0001-01-01T08:15"),
     (datetime(1, 1, 1, 7, 0), "past", "0001-01-01T08:15")],
)  # fmt: skip
def test_prefer_leaves_a_clock_time_where_no_move_stays_in_the_calendar(
    published: datetime, prefer: str, value: str
) -> None:
    time = resolve_phrase("8:15", published, prefer=prefer)  # type: ignore[arg-type]
    assert time is not None and time.value == value


@pytest.mark.parametrize(
    ("phrase", "kind", "value"),
    [
        ("for two years", "DURATION", "P2Y"),
        ("three-day", "DURATION", "P3D"),
        ("a dozen years", "DURATION", "P12Y"),
        ("90 minutes", "DURATION", "PT90M"),
        ("every Monday", "SET", "XXXX-WXX-1"),
        ("weekly", "SET", "P1W"),
        ("each year", "SET", "P1Y"),
        ("recently", "DATE", "PAST_REF"),
        ("in recent days", "DATE", "PAST_REF"),
        ("now", "DATE", "PRESENT_REF"),
        ("currently", "DATE", "PRESENT_REF"),
        ("soon", "DATE", "FUTURE_REF"),
        ("in the near future", "DATE", "FUTURE_REF"),
    ],
)
def test_durations_sets_and_vague_references_stay_off_the_axis(
    phrase: str, kind: str, value: str
) -> None:
    time = resolve_phrase(phrase, PUBLISHED)
    assert time is not None
    assert (time.type, time.value, time.start, time.end) == (kind, value, None, None)


@pytest.mark.parametrize(
    "phrase",
    ["this is the one", "48,000-man-strong", "38th Airborne Brigade", "3 percent",
     "$2,020", "Section 2020", "a 10-year-old boy", "at 650-650-6500", "hello world",
     "80s", "25"],
)  # fmt: skip
def test_things_that_are_not_time_resolve_to_none(phrase: str) -> None:
    assert resolve_phrase(phrase, PUBLISHED) is None


def test_clock_time_in_another_zone_moves_to_the_reference_zone() -> None:
    published = datetime.fromisoformat("2022-03-14T08:00:00+00:00")
    time = resolve_phrase("3 p.m. EST", published)
    assert time is not None and time.value == "2022-03-14T20:00"


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("from 3:30 to 6:00pm", "2022-03-14T15:30:00", "2022-03-14T18:00:00"),
        ("9:30 - 11:00 on Thursday", "2022-03-10T09:30:00", "2022-03-10T11:00:00"),
        ("between 9h30 and 11h00", "2022-03-14T09:30:00", "2022-03-14T11:00:00"),
        ("8am - 1pm", "2022-03-14T08:00:00", "2022-03-14T13:00:00"),
    ],
)
def test_a_typed_clock_range_is_one_interval_that_ends_when_its_last_time_begins(
    phrase: str, start: str, end: str
) -> None:
    time = resolve_phrase(phrase, PUBLISHED)
    assert time is not None and time.type == "TIME"
    assert (time.start, time.end) == (datetime.fromisoformat(start), datetime.fromisoformat(end))


@pytest.mark.parametrize(
    ("phrase", "value", "start"),
    [
        ("thanksgiving in 3 years", "2025-11-27", "2025-11-27T00:00:00"),
        ("Easter 2 years ago", "2020-04-12", "2020-04-12T00:00:00"),
        ("the EOY", "2022", "2022-09-01T00:00:00"),
        ("late March", "2022-03", "2022-03-21T00:00:00"),
        ("tomorrow at lunch", "2022-03-15TMI", "2022-03-15T12:00:00"),
        ("last season", "2021-FA", "2021-09-23T00:00:00"),
        ("past seasons", "2021-FA", "2021-09-23T00:00:00"),
        ("a quarter past noon", "2022-03-14T12:15", "2022-03-14T12:15:00"),
        ("9 tomorrow", "2022-03-15T09:00", "2022-03-15T09:00:00"),
        ("in the 80s", "198", "1980-01-01T00:00:00"),
        ("over the weekend", "2022-W10-WE", "2022-03-12T00:00:00"),
        ("this past weekend", "2022-W10-WE", "2022-03-12T00:00:00"),
        ("fiscal 2021", "2021", "2021-01-01T00:00:00"),
    ],
)
def test_composite_phrases(phrase: str, value: str, start: str) -> None:
    time = resolve_phrase(phrase, PUBLISHED)
    assert time is not None
    assert (time.value, time.start) == (value, datetime.fromisoformat(start))
