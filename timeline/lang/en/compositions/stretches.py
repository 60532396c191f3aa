"""Stretches from one time to another: "3 to 5 pm", "from Tuesday through Thursday", "between
noon and 4 p.m.", "March 5-9, 1918", and years said after a date."""

from __future__ import annotations

from dataclasses import replace

from timeline.engine.records import Composition, Groups, ex
from timeline.lang.en.patterns import _
from timeline.meaning import (
    Both,
    Clock,
    Date,
    DayOfMonth,
    DayShift,
    Half,
    Holiday,
    Interval,
    Meaning,
    MonthName,
    Number,
    NumberPair,
    NumericDate,
    PartOf,
    Quarter,
    SaidClock,
    Season,
    TwoDigitYear,
    Vague,
    Weekday,
    Within,
    WordYear,
    Year,
)

# What a stretch may run between.
ENDS: tuple[type[Meaning], ...] = (
    Vague, Clock, SaidClock, Number, NumberPair, Date, NumericDate, DayOfMonth, Weekday, MonthName,
    Year, Within, PartOf, Quarter, Season, DayShift, Holiday,
)  # fmt: skip


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
        if not (0 <= first.value <= 23 and 0 <= last.value <= 23):
            return None
        if last.value < first.value and not (first.value >= _MORNING and last.value <= _EVENING):
            return None  # "won 3-2", "voted 7-2": a score or a vote; "10-2" may be hours
        return NumberPair(first.value, last.value)
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


# Two bare numbers falling ("10-2", "11 to 1") are hours only across noon: from the morning
# to the afternoon or evening. Others that fall ("3-2", "6-3") are scores and votes.
_MORNING, _EVENING = 8, 6


# Ends of different kinds that may still make one stretch ("between 2007 and the end of 2008").
_DATED = (
    Year, MonthName, Date, NumericDate, PartOf, Quarter, Season, DayShift, Holiday, Half, Weekday,
)  # fmt: skip


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
    joint=r"[ \t]{0,3}(?:\.?(?:-|–)|/|to|through|thru|till|until|untill)[ \t]{0,3}",
    right=ENDS,
    produce=_stretch,
    examples=(
        ex("3 to 5 pm", "2022-03-14T15:00", end="2022-03-14T17:00:00"),
        ex("from Tuesday through Thursday", "2022-03-08", end="2022-03-11T00:00:00"),
        ex("March 3 - March 7", "2022-03-03", end="2022-03-08T00:00:00"),
        ex("July 13-15", "2022-07-13", end="2022-07-16T00:00:00"),
        ex("13.-15.7.", "2022-07-13", end="2022-07-16T00:00:00"),  # days written the German way
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
        ex("from today until next Friday", "2022-03-14", end="2022-03-19T00:00:00"),
        # A date's "year" and four digits more: times when the first is a time, typed for the
        # future (see `Date.or_time`), else a date and a year.
        ex("Wed 6 Apr 1505-1740", "2022-04-06T15:05", end="2022-04-06T17:40:00", prefer="future"),
        ex("Aug 4 1914-1918", "1914-08-04", end="1919-01-01T00:00:00"),
        ex("Aug 4 2014-2016", "2014-08-04", end="2017-01-01T00:00:00", prefer="future"),
        # In a document each end is an expression of its own, as TimeML marks them.
        ex(
            "6-7 January 1916",
            "1916-01-06",
            text="The battle raged on 6-7 January 1916 near the river.",
        ),
        ex("9:30", "2022-03-14T09:30", text="Talks ran 9:30 - 11:00 in the hall."),
        ex("58", "1958", text="The deal, signed in 1957-58, lasted."),
        ex("3-2 on Saturday", None, text="Rovers came from behind to beat City 3-2 on Saturday."),
        ex("6-3 on Friday", None, text="The court ruled 6-3 on Friday that the law stands."),
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
        ex("between Wednesday and March 31", "2022-03-09", end="2022-04-01T00:00:00"),
    ),
)


def _days_and(first: Meaning, joint: Groups, date: Meaning) -> Meaning | None:
    """ "18 and 19 June", "the 3rd and 4th of May": a day number before a date, in its month
    and year; the days in the order of the calendar, as a list of them is written."""
    if not isinstance(date, Date):
        return None
    day = first.value if isinstance(first, Number) else getattr(first, "day", None)
    if not isinstance(first, (Number, DayOfMonth)) or day is None or not 1 <= day < date.day:
        return None
    return Both(Date(date.month, day, date.year), date)


DAYS_AND = Composition(
    name="days_and",
    left=(Number, DayOfMonth),
    joint=_ + r"(?:and|&)" + _,
    right=(Date,),
    produce=_days_and,
    examples=(
        ex("18", "2022-06-18", text="The summit is set for 18 and 19 June in Madrid."),
        ex("19 June", "2022-06-19", text="The summit is set for 18 and 19 June in Madrid."),
        ex("the 3rd", "2021-05-03", text="Storms hit the coast on the 3rd and 4th of May."),
        ex("28", "1916-08-28", text="The two armies fought on 28 and 29 August 1916."),
        ex("18 and 19 June", "2022-06-18", end="2022-06-20T00:00:00"),
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


def _date_in_short_year(date: Meaning, joint: Groups, year: Meaning) -> Meaning | None:
    """ "April of '87", "the summer of '69", "June 3 '99": a year-less month, season or date
    in the year its last two digits name (which century, the year's own rule decides)."""
    if not isinstance(year, TwoDigitYear):
        return None
    if isinstance(date, (MonthName, Season)) and date.year is None and date.rel is None:
        return Within(date, year)
    if isinstance(date, Date) and date.year is None:
        return Within(date, year)
    return None


DATE_IN_SHORT_YEAR = Composition(
    name="date_in_short_year",
    left=(Date, MonthName, Season),
    joint=r"\.?,?" + _ + r"(?:(?:in|of)" + _ + r")?",
    right=(TwoDigitYear,),
    produce=_date_in_short_year,
    examples=(
        ex("April of '87", "1987-04", text="The plant closed in April of '87 after the strike."),
        ex("the summer of '69", "1969-SU", text="They met in the summer of '69, in Ohio."),
        ex("June 3 '99", "1999-06-03", text="The deal was signed June 3 '99 in Oslo."),
        ex("Nov. '03", "2003-11", text="The band played here in Nov. '03 and never came back."),
        ex(
            "April of '99",
            "1899-04",
            text="The war began in 1896. It spread in 1897 and ended in 1898, and in April of "
            "'99 the treaty was signed.",
        ),
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
    if isinstance(start, MonthName) and isinstance(end, MonthName) and joint.get("in"):
        if start.rel is None and end.rel is None and end.year is None:  # "April to June in 2017"
            return Interval(replace(start, year=start.year or year.year),
                            replace(end, year=year.year))  # fmt: skip
    if not isinstance(start, Date) or not isinstance(end, Date) or end.year is not None:
        return None
    return Interval(replace(start, year=start.year or year.year), replace(end, year=year.year))


STRETCH_IN_YEAR = Composition(
    name="stretch_in_year",
    left=(Interval,),
    joint=r",?" + _ + r"(?:(?P<in>in)" + _ + r")?",
    right=(Year,),
    produce=_stretch_in_year,
    examples=(
        ex("March 5-9, 1918", "1918-03-05", end="1918-03-10T00:00:00"),
        ex("March 5-9, 1918", "1918-03-05", text="Talks ran from March 5-9, 1918, in the town."),
        ex("from 5/1-5/7, 2020", "2020-05-01", end="2020-05-08T00:00:00"),
        ex("from April to June in 2017", "2017-04", end="2017-07-01T00:00:00"),
        ex("June in 2017", "2017-06", text="Sales from april in 2016 to June in 2017 fell."),
    ),
)
