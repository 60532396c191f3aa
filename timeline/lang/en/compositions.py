"""English compositions: two neighbouring expressions that make one, by the words between.

Each takes the meanings of the two and gives the meaning of the whole, so "three days after
Easter", "the last weekend of October", "from 9 to 11 am on Saturday" and "tomorrow at nine"
need no pattern of their own. The finder applies them left to right, again and again, so a
composed expression composes further ("9 to 11 am" + "on Saturday").
"""

from __future__ import annotations

from dataclasses import replace

from timeline.engine.records import Composition, Groups, ex
from timeline.lang.en.patterns import _
from timeline.lang.en.words import lower_words
from timeline.meaning import (
    Ahead,
    Century,
    Clock,
    Cycle,
    Date,
    DayOfMonth,
    DayShift,
    Decade,
    Duration,
    Every,
    FirstUnits,
    Half,
    Holiday,
    Interval,
    Lasting,
    Meaning,
    MonthName,
    NthItem,
    NthOf,
    Number,
    NumberPair,
    NumericDate,
    Offset,
    PartOf,
    PartOfDay,
    PartUnits,
    PartWord,
    Quarter,
    SaidClock,
    Season,
    Shifted,
    Vague,
    Weekday,
    Weekend,
    WeekNumber,
    Within,
    WordYear,
    Year,
)

# Meanings that name one day, which a clock time can sit in.
DAYS: tuple[type[Meaning], ...] = (
    Date, NumericDate, Weekday, DayShift, Holiday, Cycle, NthOf, DayOfMonth, Within, Shifted,
    PartOfDay,
)  # fmt: skip
# Periods that "the first <...> of", "the end of" and "<...> of" read inside.
PERIODS: tuple[type[Meaning], ...] = (
    MonthName, Year, Cycle, Quarter, Season, Decade, Century, Weekend,
)  # fmt: skip
# What a stretch may run between.
ENDS: tuple[type[Meaning], ...] = (
    Vague, Clock, SaidClock, Number, NumberPair, Date, NumericDate, DayOfMonth, Weekday, MonthName,
    Year, Within, PartOf, Quarter, Season, DayShift, Holiday,
)  # fmt: skip


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


def _as_day(meaning: Meaning) -> Meaning:
    """ "in 4 years" read to the day, as a clock time said with it needs ("in 4 years at
    5pm")."""
    if isinstance(meaning, (Ahead, Offset)) and meaning.amount is not None:
        narrative = isinstance(meaning, Offset) and meaning.narrative
        if not narrative:
            sign = meaning.sign if isinstance(meaning, Offset) else 1
            return Shifted(meaning.amount, meaning.unit, sign, DayShift(0))
    return meaning


def _day_then_clock(day: Meaning, joint: Groups, clock: Meaning) -> Meaning | None:
    if isinstance(day, Lasting):  # "a day starting this Friday" + "at 5 pm"
        start = _day_then_clock(day.start, joint, clock)
        return None if start is None else Lasting(start, day.length)
    if _holds_a_time(day) or (isinstance(day, Cycle) and day.unit != "day"):
        return None
    day = _as_day(day)
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


def _clock_then_day(clock: Meaning, joint: Groups, day: Meaning) -> Meaning | None:
    if _holds_a_time(day) or (isinstance(day, Cycle) and day.unit != "day"):
        return None
    day = _as_day(day)
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
        ex("9:30 tomorrow", "2022-03-15T09:30"),
        ex("from 9 to 11 am on Saturday", "2022-03-12T09:00", end="2022-03-12T11:00:00"),
        ex(
            "between 4pm on Jan 1, 2016 and 5pm today",
            "2016-01-01T16:00",
            end="2022-03-14T17:00:00",
        ),
    ),
)


def _nth_of(item: Meaning, joint: Groups, whole: Meaning) -> Meaning | None:
    if isinstance(item, FirstUnits):
        return PartUnits(item.count, item.unit, whole, item.from_end)
    if not isinstance(item, NthItem):
        return None
    return NthOf(item.nth, item.item, whole)


NTH_OF = Composition(
    name="nth_of",
    left=(NthItem, FirstUnits),
    joint=_ + r"(?:of|in)" + _,
    right=PERIODS,
    produce=_nth_of,
    examples=(
        ex("the first Monday of March", "2022-03-07"),
        ex("the last Friday in October", "2021-10-29"),
        ex("the first weekend of August", "2022-W31-WE"),
        ex("the last weekend of October", "2021-W43-WE"),
        ex("the last day of February 2016", "2016-02-29"),
        ex("the first week of October", "2021-W40"),
        ex("the second quarter of next year", "2023-Q2"),
        ex("the first quarter of last year", "2021-Q1"),
    ),
)


def _part_of(word: Meaning, joint: Groups, whole: Meaning) -> Meaning | None:
    return PartOf(word.part, whole) if isinstance(word, PartWord) else None


PART_OF = Composition(
    name="part_of",
    left=(PartWord,),
    joint=r"(?:-|" + _ + r"(?:around" + _ + r")?)",
    right=PERIODS,
    produce=_part_of,
    examples=(
        ex("the end of March", "2022-03", start="2022-03-21T00:00:00"),
        ex("the middle of August", "2022-08", start="2022-08-11T00:00:00"),
        ex("at the end of the following month", "2022-04", start="2022-04-21T00:00:00"),
        ex("the end of 2010", "2010", start="2010-09-01T00:00:00"),
        ex("the beginning of around next week", "2022-W12", start="2022-03-21T00:00:00"),
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
    """ "Thursday 16.11.2017", "Thurs 2 Nov 2015": the date, its weekday said beside it."""
    if not isinstance(day, Weekday) or day.rel is not None:
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
        ex("Friday 28/06", "2022-06-28"),
    ),
)


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


def _lasting(start: Meaning, joint: Groups, length: Meaning) -> Meaning | None:
    """ "from 10 am for 3 hours 30 minutes", "18th Dec for 10 days"."""
    if not isinstance(length, Duration) or length.amount is None:
        return None
    return Lasting(start, length)


LASTING = Composition(
    name="lasting",
    left=(*DAYS, Clock, Date),
    joint=_ + r"for" + _,
    right=(Duration,),
    produce=_lasting,
    typed_only=True,
    examples=(
        ex("from 10 am for 3 hours", "2022-03-14T10:00", end="2022-03-14T13:00:00"),
        ex("18th Dec for 10 days", "2021-12-18", end="2021-12-28T00:00:00"),
    ),
)


def _lasting_from(length: Meaning, joint: Groups, start: Meaning) -> Meaning | None:
    if isinstance(start, Number):  # "for 2.5 hours from 9": the hour
        start = Clock(start.value, twelve_hour=1 <= start.value < 12)
    return _lasting(start, joint, length)


def _lasting_more(lasting: Meaning, joint: Groups, more: Meaning) -> Meaning | None:
    """ "from 10 am for 3 hours" + "30 minutes": one length."""
    if not isinstance(lasting, Lasting):
        return None
    length = _durations(lasting.length, joint, more)
    return None if length is None else Lasting(lasting.start, length)


LASTING_MORE = Composition(
    name="lasting_more",
    left=(Lasting,),
    joint=r",?" + _ + r"(?:(?P<and>and)" + _ + r")?",
    right=(Duration,),
    produce=_lasting_more,
    examples=(
        ex("from 10 am for 3 hours 30 minutes", "2022-03-14T10:00", end="2022-03-14T13:30:00"),
    ),
)


LASTING_FROM = Composition(
    name="lasting_from",
    left=(Duration,),
    joint=_ + r"from" + _,
    right=(*DAYS, Clock, Number),
    produce=_lasting_from,
    lead=r"for" + _,
    typed_only=True,
    examples=(
        ex("for 2.5 hours from 9", "2022-03-14T09:00", end="2022-03-14T11:30:00"),
        ex("for 10 days from 18th Dec", "2021-12-18", end="2021-12-28T00:00:00"),
    ),
)

LASTING_STARTING = Composition(
    name="lasting_starting",
    left=(Duration,),
    joint=_ + r"starting(?:" + _ + r"(?:from|on))?" + _,
    right=(*DAYS, Clock),
    produce=_lasting_from,
    examples=(
        ex("3 days starting from next Monday", "2022-03-21", end="2022-03-24T00:00:00"),
        ex("a day starting this Friday at 5 pm", "2022-03-18T17:00", end="2022-03-19T17:00:00"),
    ),
)


# What may be read inside a month ("the 5th of next month") and inside a year ("the first
# quarter of last year").
_IN_MONTH = (DayOfMonth, Interval)
_IN_YEAR = (Quarter, Season, WeekNumber)


def _in_period(inner: Meaning, joint: Groups, outer: Meaning) -> Meaning | None:
    unit = (
        outer.unit if isinstance(outer, Cycle) else "year" if isinstance(outer, Year) else "month"
    )
    if isinstance(inner, Interval) and not isinstance(inner.start, DayOfMonth):
        return None
    if unit == "month" and isinstance(inner, _IN_MONTH):
        return Within(inner, outer)
    if unit == "year" and isinstance(inner, _IN_YEAR):
        return Within(inner, outer)
    return None


IN_PERIOD = Composition(
    name="in_period",
    left=(*_IN_MONTH, *_IN_YEAR),
    joint=_ + r"of" + _,
    right=(Cycle, MonthName, Year),
    produce=_in_period,
    examples=(
        ex("the 5th of next month", "2022-04-05"),
        ex("the 5th to the 9th of next month", "2022-04-05", end="2022-04-10T00:00:00"),
        ex("the summer of last year", "2021-SU"),
        ex("week 3 of 2027", "2027-W03"),
    ),
)


def _shifted(amount: Meaning, joint: Groups, base: Meaning) -> Meaning | None:
    if not isinstance(amount, Duration) or amount.amount is None or amount.more:
        return None
    if isinstance(base, Cycle) and base.unit != "day":
        return None
    sign = -1 if lower_words(joint.get("dir")) in ("before", "prior to") else 1
    return Shifted(amount.amount, amount.unit, sign, base)


SHIFTED = Composition(
    name="shifted",
    left=(Duration,),
    joint=_ + r"(?P<dir>before|after|prior" + _ + r"to)" + _,
    right=DAYS,
    produce=_shifted,
    examples=(
        ex("two days before Christmas", "2021-12-23"),
        ex("three days after Easter", "2022-04-20"),
        ex(
            "two days before Christmas",
            "2022-12-23",
            text="We will meet two days before Christmas.",
        ),
    ),
)

SHIFTED_FROM = Composition(
    name="shifted_from",
    left=(Duration,),
    joint=_ + r"from" + _,
    right=DAYS,
    produce=_shifted,
    typed_only=True,
    examples=(
        ex("a week from Monday", "2022-03-21"),
        ex("4 months from tomorrow", "2022-07-15"),
        ex(
            "64 days from November 21, 1948", None, text="It lasted 64 days from November 21, 1948."
        ),
    ),
)


def _stretch(first: Meaning, joint: Groups, last: Meaning) -> Meaning | None:
    """Both ends as one interval, each taking from the other what it did not say: "3 to 5
    pm" (the hour from a number), "3 and 12 of Sept" (the month), "Tuesday, Jan 15, 1:00 PM -
    1:15 PM" (the day of the first)."""
    if (
        isinstance(first, Within)
        and isinstance(first.inner, Clock)
        and isinstance(last, (Clock, Number))
    ):
        end = _number_like(last, first.inner) if isinstance(last, Number) else last
        return None if end is None else Within(Interval(first.inner, end), first.outer)
    if isinstance(first, Vague) and first.value == "PRESENT_REF":
        first = DayShift(0)  # "between now and May 21th": from today
    first = first.clock if isinstance(first, SaidClock) else first
    last = last.clock if isinstance(last, SaidClock) else last
    if isinstance(first, Number) and isinstance(last, Number):  # "3-8", "7 to 9": hours, maybe
        if 0 <= first.value <= 23 and 0 <= last.value <= 23:
            return NumberPair(first.value, last.value)
        return None
    start = _number_like(first, last) if isinstance(first, (Number, DayOfMonth)) else first
    end = _number_like(last, first) if isinstance(last, (Number, DayOfMonth)) else last
    if start is None or end is None:
        return None
    if type(start) is not type(end) and not (isinstance(start, _DATED) and isinstance(end, _DATED)):
        return None
    if isinstance(start, Date) and isinstance(end, Date) and start is not first:
        if start.day > end.day:  # "the 27th to the 3rd of April": the 27th of March
            month = 12 if end.month == 1 else end.month - 1
            year = None if end.year is None else end.year - (end.month == 1)
            start = Date(month, start.day, year)
    return Interval(start, end)


# Ends of different kinds that may still make one stretch ("between 2007 and the end of 2008").
_DATED = (Year, MonthName, Date, NumericDate, PartOf, Quarter, Season, DayShift, Holiday, Half)


def _number_like(number: Number | DayOfMonth, other: Meaning) -> Meaning | None:
    """A bare number, or a day of the month, read as the kind of time beside it."""
    value = number.value if isinstance(number, Number) else number.day
    if isinstance(other, Clock) and isinstance(number, Number) and 0 <= value <= 23:
        return Clock(value, twelve_hour=1 <= value < 12)
    if isinstance(other, Date) and 1 <= value <= 31:
        return Date(other.month, value, other.year)
    if isinstance(other, NumericDate) and 1 <= value <= 31:  # "between 21 and 22.11.2017"
        day_first = other.day_first or other.first > 12
        first, second = (value, other.second) if day_first else (other.first, value)
        return NumericDate(first, second, other.year, other.day_first)
    if isinstance(other, DayOfMonth) and 1 <= value <= 31:
        return DayOfMonth(value)
    return None


RANGE = Composition(
    name="range",
    left=ENDS,
    joint=r"[ \t]{0,3}(?:-|–|/|to|through|thru|till|until|untill)[ \t]{0,3}",
    right=ENDS,
    produce=_stretch,
    examples=(
        ex("3 to 5 pm", "2022-03-14T15:00", end="2022-03-14T17:00:00"),
        ex("from Tuesday through Thursday", "2022-03-08", end="2022-03-11T00:00:00"),
        ex("March 3 - March 7", "2022-03-03", end="2022-03-08T00:00:00"),
        ex("July 13-15", "2022-07-13", end="2022-07-16T00:00:00"),
        ex("13 to 15 July 2021", "2021-07-13", end="2021-07-16T00:00:00"),
        ex("from 1939 to 1945", "1939", end="1946-01-01T00:00:00"),
        ex("9:30 - 11:00", "2022-03-14T09:30", end="2022-03-14T11:00:00"),
        ex("from 13th to 15th July", "2022-07-13", end="2022-07-16T00:00:00"),
        ex("19th To 21st aug", "2022-08-19", end="2022-08-22T00:00:00"),
        ex(
            "from the twenty-seventh to the third of april", "2022-03-27", end="2022-04-04T00:00:00"
        ),
        ex("2015-03-28 17:00/2015-03-29 21:00", "2015-03-28T17:00", end="2015-03-29T21:00:00"),
        ex("Jan-Feb 2017", "2017-01", end="2017-03-01T00:00:00"),
        ex("from April until the end of June", "2022-04", end="2022-07-01T00:00:00"),
        ex("2014 through May 2018", "2014", end="2018-06-01T00:00:00"),
        # In a document each end is an expression of its own, as TimeML marks them.
        ex(
            "6-7 January 1916",
            "1916-01-06",
            text="The battle raged on 6-7 January 1916 near the river.",
        ),
        ex("9:30", "2022-03-14T09:30", text="Talks ran 9:30 - 11:00 in the hall."),
        ex("58", "1958", text="The deal, signed in 1957-58, lasted."),
    ),
)

RANGE_BETWEEN = Composition(
    name="range_between",
    left=ENDS,
    joint=_ + r"and" + _,
    right=ENDS,
    produce=_stretch,
    lead=r"between" + _,
    examples=(
        ex("between 3 and 12 of Sept", "2022-09-03", end="2022-09-13T00:00:00"),
        ex("between noon and 4 p.m. tomorrow", "2022-03-15T12:00", end="2022-03-15T16:00:00"),
        ex("between 2007 and the end of 2008", "2007", end="2009-01-01T00:00:00"),
        ex("between 21 and 22.11.2017", "2017-11-21", end="2017-11-23T00:00:00"),
        ex("between now and May 21th", "2022-03-14", end="2022-05-22T00:00:00"),
    ),
)


def _date_in_year(date: Meaning, joint: Groups, year: Meaning) -> Meaning | None:
    """ "april in 2016", "January 25 nineteen eighty six": a year-less date or month, and
    its year said after it."""
    said = year.year if isinstance(year, (Year, WordYear)) else None
    if said is None:
        return None
    if isinstance(year, Year) and not joint.get("in"):
        return None  # "March 3 2016" is a date rule's; "March 3, 1918" too
    if isinstance(date, (Date, MonthName)) and date.year is None:
        return replace(date, year=said)
    if isinstance(date, NumericDate) and date.year is None:
        return replace(date, year=said)
    return None


def _year_then_month(year: Meaning, joint: Groups, month: Meaning) -> Meaning | None:
    """ "2017 april": the month of that year."""
    if isinstance(year, Year) and isinstance(month, MonthName) and month.year is None:
        return replace(month, year=year.year)
    return None


YEAR_THEN_MONTH = Composition(
    name="year_then_month",
    left=(Year,),
    joint=_,
    right=(MonthName,),
    produce=_year_then_month,
    examples=(ex("2017 april", "2017-04"),),
)

DATE_IN_YEAR = Composition(
    name="date_in_year",
    left=(Date, MonthName, NumericDate),
    joint=r",?" + _ + r"(?:(?P<in>in|of)" + _ + r")?",
    right=(Year, WordYear),
    produce=_date_in_year,
    examples=(
        ex("april in 2016", "2016-04"),
        ex("26 june in 2019", "2019-06-26"),
        ex("twenty five January nineteen eighty six", "1986-01-25"),
    ),
)


def _stretch_in_year(stretch: Meaning, joint: Groups, year: Meaning) -> Meaning | None:
    """ "March 5-9, 1918": the year said after a stretch of days holds both ends."""
    if not isinstance(stretch, Interval) or not isinstance(year, Year):
        return None
    if isinstance(stretch.start, NumericDate) and isinstance(stretch.end, NumericDate):
        if stretch.end.year is None:  # "5/1-5/7, 2020"
            return Interval(replace(stretch.start, year=stretch.start.year or year.year),
                            replace(stretch.end, year=year.year))  # fmt: skip
    start, end = stretch.start, stretch.end
    if not isinstance(start, Date) or not isinstance(end, Date) or end.year is not None:
        return None
    return Interval(replace(start, year=start.year or year.year), replace(end, year=year.year))


STRETCH_IN_YEAR = Composition(
    name="stretch_in_year",
    left=(Interval,),
    joint=r",?" + _,
    right=(Year,),
    produce=_stretch_in_year,
    examples=(
        ex("March 5-9, 1918", "1918-03-05", end="1918-03-10T00:00:00"),
        ex("March 5-9, 1918", "1918-03-05", text="Talks ran from March 5-9, 1918, in the town."),
        ex("from 5/1-5/7, 2020", "2020-05-01", end="2020-05-08T00:00:00"),
    ),
)


def _durations(longer: Meaning, joint: Groups, shorter: Meaning) -> Meaning | None:
    """ "3 hours 30 minutes", "1 year and 6 months": one length; with "and", only a unit and
    the one just below it, so that "the last 3 months and 2 weeks ago" stay apart."""
    if not isinstance(longer, Duration) or not isinstance(shorter, Duration):
        return None
    if longer.amount is None or shorter.amount is None or shorter.more:
        return None
    if _UNIT_ORDER.index(shorter.unit) >= _UNIT_ORDER.index(longer.unit):
        return None
    if joint.get("and") and (longer.unit, shorter.unit) not in _NEXT_UNITS:
        return None
    return replace(longer, more=(*longer.more, (shorter.amount, shorter.unit)))


_NEXT_UNITS = {("year", "month"), ("day", "hour"), ("hour", "minute"), ("minute", "second")}
_UNIT_ORDER = ("second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade",
               "century", "weekend", "half", "season")  # fmt: skip

DURATION_AND = Composition(
    name="duration_and",
    left=(Duration,),
    joint=r",?" + _ + r"(?:(?P<and>and)" + _ + r")?",
    right=(Duration,),
    produce=_durations,
    examples=(ex("3 hours 30 minutes", "PT3H30M"), ex("1 year and 6 months", "P1Y6M")),
)

COMPOSITIONS: tuple[Composition, ...] = (
    NTH_OF,
    PART_OF,
    WEEKDAY_OF_WEEK,
    WEEK_THEN_WEEKDAY,
    WEEKDAY_THEN_DATE,
    WEEKDAY_THE_DAY,
    EVERY_AT,
    IN_PERIOD,
    DURATION_AND,
    LASTING_FROM,
    LASTING_STARTING,
    SHIFTED,
    SHIFTED_FROM,
    RANGE,
    RANGE_BETWEEN,
    STRETCH_IN_YEAR,
    DATE_IN_YEAR,
    YEAR_THEN_MONTH,
    DATE_AT_CLOCK,
    CLOCK_ON_DATE,
    LASTING,
    LASTING_MORE,
    DAY_THEN_PART,
)
