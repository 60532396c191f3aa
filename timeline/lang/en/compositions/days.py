"""Compositions within a day or a week: "Friday at 3 p.m.", "9:30 tomorrow", "Monday of next
week", "Wednesday the 31st", "each Monday at 4pm"."""

from __future__ import annotations

from dataclasses import replace

from timeline.engine.records import Composition, Groups, ex
from timeline.lang.en.compositions.common import DAYS
from timeline.lang.en.patterns import _
from timeline.lang.shared.produce import as_day
from timeline.meaning import (
    Ahead,
    Clock,
    Cycle,
    Date,
    DayOfMonth,
    DayShift,
    Every,
    Holiday,
    Interval,
    Lasting,
    Meaning,
    NthOf,
    Number,
    NumberPair,
    NumericDate,
    Offset,
    PartOfDay,
    SaidClock,
    Weekday,
    Within,
)


def _clock_of(meaning: Meaning) -> Meaning | None:
    """A clock time, or a stretch of them, that a day can hold; a bare number as an hour."""
    if isinstance(meaning, SaidClock):
        return meaning.clock
    if isinstance(meaning, NumberPair):  # "Monday 3-8", "last night between 7 and 9"
        first = Clock(meaning.first, twelve_hour=1 <= meaning.first < 12)
        return Interval(first, Clock(meaning.second, twelve_hour=1 <= meaning.second < 12))
    if isinstance(meaning, Number):
        hour = meaning.value
        return Clock(hour, twelve_hour=1 <= hour < 12) if 0 <= hour <= 23 else None
    if isinstance(meaning, Clock):
        return meaning
    if isinstance(meaning, Interval) and isinstance(meaning.end, Clock):
        return meaning
    if isinstance(meaning, PartOfDay):
        return meaning
    return None


def _holds_a_time(day: Meaning) -> bool:
    return isinstance(day, Within) and isinstance(day.inner, (Clock, Interval))


def _day_then_clock(day: Meaning, joint: Groups, clock: Meaning) -> Meaning | None:
    if isinstance(day, Lasting):  # "a day starting this Friday" + "at 5 pm"
        start = _day_then_clock(day.start, joint, clock)
        return None if start is None else Lasting(start, day.length)
    if _holds_a_time(day) or (isinstance(day, Cycle) and day.unit != "day"):
        return None
    day = as_day(day)
    if isinstance(day, (Ahead, Offset)):
        return None
    if isinstance(clock, Number) and not joint.get("at"):
        return None  # "Friday 13": a date, not an hour
    if isinstance(clock, NumberPair) and isinstance(day, (Date, DayOfMonth, NumericDate)):
        return None  # "May 3-8": days, not hours
    inner = _clock_of(clock)
    if isinstance(inner, PartOfDay):
        return None
    return None if inner is None else Within(inner, day)


DATE_AT_CLOCK = Composition(
    name="date_at_clock",
    left=(*DAYS, Ahead, Offset, Lasting),
    joint=r",?"
    + _
    + r"(?:(?P<at>at|around|about|by|@)"
    + _
    + r"|(?:on|for|from|between)"
    + _
    + r")?",
    right=(Clock, Interval, Number, SaidClock, NumberPair),
    produce=_day_then_clock,
    examples=(
        ex("Friday at 3 p.m.", "2022-03-11T15:00"),
        ex("Friday at 6pm", "2022-03-18T18:00", text="The shop will close on Friday at 6pm."),
        ex("tomorrow at nine", "2022-03-15T09:00"),
        ex("this evening at 7", "2022-03-14T19:00"),
        ex("March 3, 2022 at 14:30", "2022-03-03T14:30"),
        ex("Thursday from 9:30 until 11:00", "2022-03-10T09:30", end="2022-03-10T11:00:00"),
        ex("in 4 years at 5pm", "2026-03-14T17:00"),
        ex("in three years at noon", "2025-03-14T12:00"),
        ex("Monday 3-8", "2022-03-14T03:00", end="2022-03-14T08:00:00"),
        ex("Tuesday, Jan 15, 1:00 PM - 1:15 PM", "2019-01-15T13:00", reference="2019-02-27"),
    ),
)


def _part_then_hour(day: Meaning, joint: Groups, number: Meaning) -> Meaning | None:
    """ "tomorrow morning 9", "Friday evening 7": a bare hour typed after a part of the day,
    which says the hour is in it (the part's own day holds it)."""
    if not isinstance(day, Within) or not isinstance(day.inner, PartOfDay):
        return None
    if not isinstance(number, Number) or not 1 <= number.value <= 12:
        return None
    hour = _clock_of(number)
    return None if hour is None else Within(hour, day)


PART_THEN_HOUR = Composition(
    name="part_then_hour",
    left=(Within,),
    joint=r",?" + _,
    right=(Number,),
    produce=_part_then_hour,
    typed_only=True,
    examples=(
        ex("tomorrow morning 8", "2022-03-15T08:00"),
        ex("Friday evening 7", "2022-03-18T19:00", prefer="future"),
        ex("9", None, text="On Tuesday morning 9 people were hurt."),
    ),
)


def _clock_then_day(clock: Meaning, joint: Groups, day: Meaning) -> Meaning | None:
    if _holds_a_time(day) or (isinstance(day, Cycle) and day.unit != "day"):
        return None
    day = as_day(day)
    if isinstance(clock, Within) and isinstance(clock.outer, PartOfDay):
        if not isinstance(clock.inner, Clock):
            return None
        return Within(clock.inner, Within(clock.outer, day))  # "8:00 in the evening on Friday"
    if isinstance(clock, Within):  # "4pm on Jan 1 and 5pm" + "today": each end its own day
        stretch = clock.inner
        if not isinstance(stretch, Interval) or not isinstance(stretch.end, Clock):
            return None
        return Interval(Within(stretch.start, clock.outer), Within(stretch.end, day))
    inner = _clock_of(clock) if not isinstance(clock, Number) else None
    return None if inner is None or isinstance(inner, PartOfDay) else Within(inner, day)


CLOCK_ON_DATE = Composition(
    name="clock_on_date",
    left=(Clock, Interval, Within, NumberPair),
    joint=r",?" + _ + r"(?:(?:on|of|in(?:" + _ + r"the)?)" + _ + r")?",
    right=(*DAYS, Ahead),
    produce=_clock_then_day,
    examples=(
        ex("3 p.m. on Friday", "2022-03-11T15:00"),
        ex(
            "8:00 in the evening on Friday",
            "2022-03-11T20:00",
            text="They landed at 8:00 in the evening on Friday.",
        ),
        ex("9:30 tomorrow", "2022-03-15T09:30"),
        ex("from 9 to 11 am on Saturday", "2022-03-12T09:00", end="2022-03-12T11:00:00"),
        # Falling hours across noon; "won 3-2 on Saturday" is no clock time (see `range`).
        ex(
            "10-2 on Saturday",
            "2022-03-19T10:00",
            end="2022-03-19T14:00:00",
            text="The shop opens 10-2 on Saturday.",
        ),
        ex(
            "between 4pm on Jan 1, 2016 and 5pm today",
            "2016-01-01T16:00",
            end="2022-03-14T17:00:00",
        ),
    ),
)


def _weekday_in_week(day: Meaning, joint: Groups, week: Meaning) -> Meaning | None:
    if not isinstance(week, Cycle) or week.unit != "week":
        return None
    if isinstance(day, Within) and isinstance(day.inner, PartOfDay):  # "Tuesday morning"
        inner = _weekday_in_week(day.outer, joint, week)
        return None if inner is None else Within(day.inner, inner)
    if not isinstance(day, Weekday) or day.rel is not None:
        return None
    return Within(day, week)


WEEKDAY_OF_WEEK = Composition(
    name="weekday_of_week",
    left=(Weekday, Within),
    joint=_ + r"(?:of" + _ + r")?",
    right=(Cycle,),
    produce=_weekday_in_week,
    examples=(
        ex("Monday of next week", "2022-03-21"),
        ex("Friday last week", "2022-03-11"),
        ex("Wednesday of the following week", "2022-03-23"),
    ),
)


def _week_then_weekday(week: Meaning, joint: Groups, day: Meaning) -> Meaning | None:
    return _weekday_in_week(day, joint, week)


WEEK_THEN_WEEKDAY = Composition(
    name="week_then_weekday",
    left=(Cycle,),
    joint=_ + r"(?:on" + _ + r")?",
    right=(Weekday, Within),
    produce=_week_then_weekday,
    examples=(
        ex("next week on Tuesday", "2022-03-22"),
        ex("next week Tues", "2022-03-22"),
        ex("next week Tues morning", "2022-03-22TMO"),
    ),
)


def _weekday_then_date(day: Meaning, joint: Groups, date: Meaning) -> Meaning | None:
    """ "Thursday 16.11.2017", "Thurs 2 Nov 2015", "next Friday 5/12": the date, its weekday
    said beside it (the date says which, whatever "next" or "this" said)."""
    if not isinstance(day, Weekday):
        return None
    if isinstance(date, Date):
        return replace(date, weekday=day.weekday) if date.weekday is None else None
    return date if isinstance(date, NumericDate) else None


WEEKDAY_THEN_DATE = Composition(
    name="weekday_then_date",
    left=(Weekday,),
    joint=r",?" + _,
    right=(Date, NumericDate),
    produce=_weekday_then_date,
    examples=(
        ex("Thursday 16.11.2017", "2017-11-16"),
        ex("Thurs 2 Nov 2015", "2015-11-02"),
        # Typed for the future: 2015 is a time when the weekday agrees only with the coming day.
        ex("Fri 8 Apr 2015", "2022-04-08T20:15", prefer="future"),
        ex("Fri 8 Apr 2016", "2016-04-08", prefer="future"),  # a Friday in 2016 too
        ex("Friday 28/06", "2022-06-28"),
        # A weekday that is also a word ("Sun", "Wed") is one before a day of the month.
        ex(
            "Sun 5 Nov",
            "2023-11-05",
            text="It runs to Sun 5 Nov in the park.",
            reference="2023-10-02",
        ),
        ex(
            "Wed 8 March", "2023-03-08", text="Talks resume on Wed 8 March.", reference="2023-03-01"
        ),
        ex("next Friday 3/25", "2022-03-25", text="The report is due next Friday 3/25."),
    ),
)


def _named_day_then_date(day: Meaning, joint: Groups, date: Meaning) -> Meaning | None:
    """ "Thursday evening 17.3.", "tomorrow morning Tue 15 Mar": one day said twice, by its
    name (or its distance from today) with a part of it or a time, then by its date, which
    holds the part."""
    if not isinstance(day, Within) or not isinstance(day.inner, (PartOfDay, Clock)):
        return None
    named = day.outer
    if isinstance(named, Weekday):
        dated = _weekday_then_date(named, joint, date)
    elif isinstance(named, DayShift) and isinstance(date, (Date, NumericDate)):
        dated = date
    else:
        return None
    return None if dated is None else Within(day.inner, dated)


NAMED_DAY_THEN_DATE = Composition(
    name="named_day_then_date",
    left=(Within,),
    joint=r",?" + _,
    right=(Date, NumericDate),
    produce=_named_day_then_date,
    typed_only=True,
    examples=(
        ex("Thursday evening 17.3.", "2022-03-17TEV"),
        ex("Monday noon 4/4", "2022-04-04T12:00"),
        ex("tomorrow morning Tue 15 Mar", "2022-03-15TMO"),
    ),
)


def _part_before_day(part: Meaning, joint: Groups, day: Meaning) -> Meaning | None:
    """ "evening on Friday 18.3.", "morning 21 March", "night 4.5.": a part of the day said
    before the day, as a traveller types it."""
    if not isinstance(part, PartOfDay) or isinstance(day, (PartOfDay, Cycle)):
        return None
    if isinstance(day, Within) and isinstance(day.inner, (Clock, PartOfDay, Interval)):
        return None
    if isinstance(day, Interval) and not isinstance(day.start, (Date, NumericDate, Weekday)):
        return None
    return Within(part, day)


PART_BEFORE_DAY = Composition(
    name="part_before_day",
    left=(PartOfDay,),
    joint=r",?" + _ + r"(?:(?:on|of|from|between)" + _ + r")?",
    right=(Date, NumericDate, Weekday, DayShift, Holiday, DayOfMonth, Within, Interval),
    produce=_part_before_day,
    typed_only=True,
    examples=(
        ex("evening on Friday 18.3.", "2022-03-18TEV"),
        ex("morning 21 March", "2022-03-21TMO"),
        ex("early morning on Wednesday", "2022-03-16TMO", prefer="future"),
        ex("night 4-5.4.", "2022-04-04TNI"),
        ex("night from 8 to 9 April", "2022-04-08TNI"),
    ),
)


# In running text, a part of the day before the day it is "on": "at lunchtime on Friday",
# "in the evening on March 3" (the typed forms above take more: "morning 21 March"). Side
# by side ("lunchtime today") they stay two expressions, each dated on its own.
PART_ON_DAY = Composition(
    name="part_on_day",
    left=(PartOfDay,),
    joint=_ + r"on" + _,
    right=(Date, NumericDate, Weekday, DayShift, Holiday),
    produce=_part_before_day,
    examples=(
        ex("lunchtime on Friday", "2022-03-11TMI", text="The two sides met at lunchtime on "
           "Friday."),
        ex("dinnertime on Sunday", "2022-03-13TEV", text="The talks broke up at dinnertime on "
           "Sunday."),
        ex("the evening on March 3", "2022-03-03TEV", text="Shots were heard in the evening on "
           "March 3."),
    ),
)  # fmt: skip


def _day_then_part(day: Meaning, joint: Groups, part: Meaning) -> Meaning | None:
    """ "11.07.2017 in the evening", "Thursday 16.11.2017 late afternoon"."""
    if not isinstance(part, PartOfDay) or isinstance(day, (PartOfDay, Cycle)):
        return None
    if isinstance(day, Within) and isinstance(day.inner, (Clock, PartOfDay, Interval)):
        return None
    return Within(part, day)


DAY_THEN_PART = Composition(
    name="day_then_part",
    left=(Date, NumericDate, Weekday, DayShift, Holiday, NthOf, DayOfMonth, Within),
    joint=r",?" + _ + r"(?:in" + _ + r"(?:the" + _ + r")?)?(?:(?:late|early)" + _ + r")?",
    right=(PartOfDay,),
    produce=_day_then_part,
    typed_only=True,
    examples=(
        ex("11.07.2017 in the evening", "2017-07-11TEV"),
        ex("Thursday 16.11.2017 late afternoon", "2017-11-16TAF"),
    ),
)


# In running text only "in the" joins a day and its part ("met on Tuesday in the morning"):
# a part said straight after a day is that day's own rule's ("Tuesday morning").
DAY_IN_THE_PART = Composition(
    name="day_in_the_part",
    left=(Date, NumericDate, Weekday, DayShift, Holiday, NthOf, DayOfMonth, Within),
    joint=r",?" + _ + r"in" + _ + r"(?:the" + _ + r")?",
    right=(PartOfDay,),
    produce=_day_then_part,
    examples=(
        ex("Tuesday in the morning", "2022-03-08TMO",
           text="The ministers met on Tuesday in the morning and left by noon."),
        ex("March 3 in the evening", "2022-03-03TEV",
           text="The ship docked on March 3 in the evening, a day late."),
        ex("tomorrow in the afternoon", "2022-03-15TAF",
           text="The results will be known tomorrow in the afternoon."),
    ),
)  # fmt: skip


def _clock_in_day_then_part(day: Meaning, joint: Groups, part: Meaning) -> Meaning | None:
    """ "Friday at 8:00 in the evening": the part of the day says which 8:00 of that day."""
    if not isinstance(day, Within) or not isinstance(day.inner, Clock):
        return None
    if not isinstance(part, PartOfDay) or isinstance(day.outer, PartOfDay):
        return None
    return Within(Within(day.inner, part), day.outer)


DAY_CLOCK_THEN_PART = Composition(
    name="day_clock_then_part",
    left=(Within,),
    joint=_ + r"(?:in" + _ + r"(?:the" + _ + r")?)?(?:(?:late|early)" + _ + r")?",
    right=(PartOfDay,),
    produce=_clock_in_day_then_part,
    examples=(
        ex("Friday at 8:00 in the evening", "2022-03-11T20:00",
           text="They landed on Friday at 8:00 in the evening."),
        ex("tomorrow by 6 in the morning", "2022-03-15T06:00",
           text="The roads will be clear tomorrow by 6 in the morning."),
    ),
)  # fmt: skip


def _weekday_the_day(day: Meaning, joint: Groups, number: Meaning) -> Meaning | None:
    """ "Wednesday the 31st": the day of the month the weekday agrees with."""
    if not isinstance(day, Weekday) or day.rel is not None or not isinstance(number, DayOfMonth):
        return None
    return DayOfMonth(number.day, day.weekday)


WEEKDAY_THE_DAY = Composition(
    name="weekday_the_day",
    left=(Weekday,),
    joint=r",?" + _,
    right=(DayOfMonth,),
    produce=_weekday_the_day,
    examples=(
        ex("wednesday the thirty first", "2022-08-31"),
        ex("monday the twenty seventh at six pm", "2021-12-27T18:00"),
    ),
)


def _weekday_day_number(day: Meaning, joint: Groups, number: Meaning) -> Meaning | None:
    """ "Saturday 26", "Tuesday 19th to Saturday 23": a weekday and a number no hour of a
    twelve-hour clock can be, typed as a day of the month the weekday agrees with."""
    if not isinstance(day, Weekday) or day.rel is not None or not isinstance(number, Number):
        return None
    return DayOfMonth(number.value, day.weekday) if 13 <= number.value <= 31 else None


WEEKDAY_DAY_NUMBER = Composition(
    name="weekday_day_number",
    left=(Weekday,),
    joint=r",?" + _,
    right=(Number,),
    produce=_weekday_day_number,
    typed_only=True,
    examples=(
        ex("Saturday 26", "2022-03-26"),
        ex("Saturday 23", "2022-04-23", reference="2022-05-01"),  # the nearest such Saturday
        ex("Saturday 23", "2022-07-23", prefer="future", reference="2022-05-01"),
        ex("from Thursday 17 to Sunday 20", "2022-03-17", end="2022-03-21T00:00:00"),
        ex("Friday 5", None),  # five o'clock or the fifth: neither said
    ),
)


def _every_at(every: Meaning, joint: Groups, clock: Meaning) -> Meaning | None:
    """ "each Monday at 4pm", "every evening at 7:13 p.m.": the set of those times."""
    if isinstance(clock, Number) and 0 <= clock.value <= 23:
        clock = Clock(clock.value)
    if not isinstance(every, Every) or not isinstance(clock, Clock):
        return None
    hour = clock.hour24
    value = every.value
    if value.startswith("XXXX-XX-XXT") and value[-2:] in ("AF", "EV", "NI") and hour < 12:
        hour += 12  # "every evening at 7"
    at = f"T{hour:02d}:{clock.minute:02d}"
    if value.startswith("XXXX-WXX-") and "T" not in value:
        return Every(value + at)
    if value == "P1D" or value.startswith("XXXX-XX-XXT"):
        return Every("XXXX-XX-XX" + at)
    return None


EVERY_AT = Composition(
    name="every_at",
    left=(Every,),
    joint=_ + r"(?:at" + _ + r")?",
    right=(Clock, Number),
    produce=_every_at,
    examples=(
        ex("each monday at 4pm", "XXXX-WXX-1T16:00"),
        ex("Tuesdays at 9am", "XXXX-WXX-2T09:00"),
        ex("every evening at 7:13 p.m.", "XXXX-XX-XXT19:13"),
        ex("every day at 9", "XXXX-XX-XXT09:00"),
    ),
)
