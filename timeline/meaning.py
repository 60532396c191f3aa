"""What a phrase means, in small typed values between the words and the arithmetic.

A language's rules turn words into these meanings ("last Friday" is `Weekday(4, LAST)`,
"two days before Christmas" is `Shifted(2, "day", -1, Holiday("christmas"))`); one resolver
(`timeline.resolver`) turns any meaning into a TIMEX3 value against the situation it is read
in. Meanings hold no words of any language, and they compose: a date with a clock time, a
duration before or after a time, the nth part of a period, a stretch from one time to another.

Weak meanings (a bare number, "the first weekend", "the end of") are pieces that only a
composition can use; a finder drops any that no composition took.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar, Literal

Part = Literal["beginning", "middle", "end"]
# The units a cycle, an offset or a duration counts in.
Unit = Literal[
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "weekend",
    "month",
    "quarter",
    "half",
    "season",
    "year",
    "decade",
    "century",
]
Vagueness = Literal["PAST_REF", "PRESENT_REF", "FUTURE_REF"]


@dataclass(frozen=True, slots=True)
class Rel:
    """Which occurrence of a recurring time a phrase picks, relative to a base day.

    `step` -1 is the latest one before the base ("last Friday"), -2 the one before it ("Friday
    before last"), 0 the one in the current enclosing period ("this Friday"), 1 the first one
    after ("next Friday", "this coming Friday"), 2 the one after that. `narrative` counts from
    the last date the text named ("the following March", "the previous week") rather than from
    the publish date; `story`, in a narrative, from the time the story has reached ("by the
    end of the month", told of May 1940, is May's end).
    """

    step: int
    narrative: bool = False
    story: bool = False


@dataclass(frozen=True, slots=True)
class Meaning:
    """The base of every meaning."""

    weak: ClassVar[bool] = False  # only a piece of a larger expression

    def alone(self) -> Meaning | None:
        """What this means when no composition took it: itself, or nothing for a piece."""
        return None if self.weak else self


# ---- times named by the calendar ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Date(Meaning):
    """A day by its month and number, with a year or without ("March 3", "Friday, Oct. 5")."""

    month: int
    day: int
    year: int | None = None
    weekday: int | None = None  # as said beside the date: it must agree with it
    # The year was said as four bare digits that read as a 24-hour time too ("2 Nov 1815"):
    # in a phrase typed alone for the future, a year that cannot be meant is that time.
    or_time: bool = False


@dataclass(frozen=True, slots=True)
class NumericDate(Meaning):
    """A date written in numbers only ("03/04/2022", "4.3.22"): which of the two leading
    numbers is the month depends on the locale unless one of them is over 12."""

    first: int
    second: int
    year: int | None  # None: "28/06", "19.06" say no year
    day_first: bool = False  # the writing itself says day first (dotted: "4.3.2022")


@dataclass(frozen=True, slots=True)
class DayOfMonth(Meaning):
    """A day number alone ("on the 21st"): in the month around the base day; with a weekday
    ("Wednesday the 31st"), in the nearest month where the two agree."""

    day: int
    weekday: int | None = None


@dataclass(frozen=True, slots=True)
class WeekNumber(Meaning):
    """An ISO week by its number ("week 23"), in the year around the base day or its frame."""

    week: int


@dataclass(frozen=True, slots=True)
class MonthName(Meaning):
    """A month, with its year, a relation ("last March") or neither ("in March")."""

    month: int
    year: int | None = None
    rel: Rel | None = None


@dataclass(frozen=True, slots=True)
class Year(Meaning):
    year: int


@dataclass(frozen=True, slots=True)
class TwoDigitYear(Meaning):
    """ "'99": the year with those last two digits nearest before the story's or the
    publish date's year, or at most ten years after it."""

    last_two: int


@dataclass(frozen=True, slots=True)
class Decade(Meaning):
    """A decade; `century` unknown ("the eighties", "the '90s") means the latest one so far."""

    tens: int
    century: int | None = None


@dataclass(frozen=True, slots=True)
class Century(Meaning):
    """The nth century: 20 is 1900-1999."""

    ordinal: int


@dataclass(frozen=True, slots=True)
class Quarter(Meaning):
    quarter: int
    year: int | None = None
    rel: Rel | None = None


@dataclass(frozen=True, slots=True)
class Half(Meaning):
    half: int
    year: int | None = None
    step: int = 0  # of this year (0), last year (-1), next year (1)


@dataclass(frozen=True, slots=True)
class Season(Meaning):
    code: Literal["SP", "SU", "FA", "WI"]
    year: int | None = None
    rel: Rel | None = None


@dataclass(frozen=True, slots=True)
class Weekday(Meaning):
    """A day of the week, 0 Monday to 6 Sunday."""

    weekday: int
    rel: Rel | None = None


@dataclass(frozen=True, slots=True)
class Weekend(Meaning):
    rel: Rel | None = None


@dataclass(frozen=True, slots=True)
class Holiday(Meaning):
    """A named day (a key of `timeline.holidays`), in a year, by relation, or nearest."""

    key: str
    year: int | None = None
    rel: Rel | None = None
    months_away: int = 0  # "Thanksgiving in 3 years": the one in the year 36 months from now


@dataclass(frozen=True, slots=True)
class DayShift(Meaning):
    """A day counted from today: 0 today, -1 yesterday, 2 the day after tomorrow."""

    days: int


# ---- times of day ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Clock(Meaning):
    """A clock time. `meridiem` is what the words said; with none, `twelve_hour` tells whether
    the time as written could as well be twelve hours later ("3:30", not "15:30" or "03:30")."""

    hour: int
    minute: int = 0
    second: int | None = None
    meridiem: Literal["am", "pm"] | None = None
    exact: bool = False  # said to the minute ("3:00"), not as an hour ("3 pm")
    zone: int | None = None  # minutes east of UTC, when the words named a zone
    twelve_hour: bool = False

    @staticmethod
    def of_digits(digits: int) -> Clock | None:
        """Four digits as a 24-hour time ("1440" is 14:40), or None if they cannot be one."""
        hour, minute = divmod(digits, 100)
        return Clock(hour, minute, exact=True) if hour < 24 and minute < 60 else None

    @property
    def hour24(self) -> int:
        if self.meridiem == "pm" and self.hour < 12:
            return self.hour + 12
        if self.meridiem == "am" and self.hour == 12:
            return 0
        return self.hour


@dataclass(frozen=True, slots=True)
class PartOfDay(Meaning):
    """Morning, afternoon, evening, night, noon: today's unless composed with a day."""

    part: str


# ---- counting from now or from the story ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cycle(Meaning):
    """A calendar unit counted from the one holding the base day ("last week", "next year",
    "the week after next", "the following month")."""

    unit: Unit
    rel: Rel


@dataclass(frozen=True, slots=True)
class Offset(Meaning):
    """A point some amount away ("two weeks ago", "three days later", "in 4 years' time");
    `amount` None is a vague one ("some years ago")."""

    amount: float | None
    unit: Unit
    sign: int
    narrative: bool = False


@dataclass(frozen=True, slots=True)
class Ahead(Meaning):
    """ "in three days": a point ahead when the clause looks ahead, else a length of time."""

    amount: float | None
    unit: Unit
    # The clause looks ahead unless it says otherwise: in languages whose present tense
    # speaks of the future ("wir kommen in drei Tagen"), only a past cue makes it a length.
    looks_ahead: bool = False


@dataclass(frozen=True, slots=True)
class Duration(Meaning):
    """A length of time; `amount` None for "several years", "decades"."""

    amount: float | None
    unit: Unit
    # Extra parts in finer units ("3 hours 30 minutes", "1 year and 6 months").
    more: tuple[tuple[float, Unit], ...] = ()


@dataclass(frozen=True, slots=True)
class Stretch(Meaning):
    """The last or next few units up to or from now ("the past 4 days", "next 3 weeks"): a
    length of time in running text, as TimeML has it, and the stretch itself when asked
    alone."""

    amount: float
    unit: Unit
    sign: int


@dataclass(frozen=True, slots=True)
class Vague(Meaning):
    value: Vagueness


@dataclass(frozen=True, slots=True)
class Every(Meaning):
    """A set of times, as its TIMEX3 value ("P1W" every week, "XXXX-WXX-1" Mondays)."""

    value: str


# ---- compositions ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Within(Meaning):
    """A time read inside another: "Friday at 3 p.m." (a clock time in a day), "Monday of
    next week", "the 5th of next month", "from 9 to 11 on Saturday"."""

    inner: Meaning
    outer: Meaning


@dataclass(frozen=True, slots=True)
class PartOf(Meaning):
    """The beginning, middle or end of a period ("early March", "the end of next month");
    the value stays the whole's, the interval narrows."""

    part: Part
    whole: Meaning


@dataclass(frozen=True, slots=True)
class NthOf(Meaning):
    """The nth day, week, weekend or weekday of a period ("the first Monday of March", "the
    last weekend of October", "the last day of February 2016"); `nth` -1 is the last.
    `item` is a unit or a weekday (0 Monday)."""

    nth: int
    item: Unit | int
    whole: Meaning


@dataclass(frozen=True, slots=True)
class FirstUnits(Meaning):
    """ "the first 2 weeks", "the last three days": waits for "of <period>"."""

    weak: ClassVar[bool] = True
    count: int
    unit: Unit
    from_end: bool = False


@dataclass(frozen=True, slots=True)
class PartUnits(Meaning):
    """The first or last few units of a period ("the first 2 weeks of 2021", "the last three
    days of the year")."""

    count: int
    unit: Unit
    whole: Meaning
    from_end: bool = False


@dataclass(frozen=True, slots=True)
class Shifted(Meaning):
    """An amount before or after another time: "two days before Christmas", "a week from
    Monday", "three days after the vote" (when "the vote" is a date)."""

    amount: float
    unit: Unit
    sign: int
    base: Meaning


@dataclass(frozen=True, slots=True)
class SamePeriod(Meaning):
    """The period the text last named, `years` back: "the same period last year" after "sales
    rose in February" is the February before, "the year-earlier quarter" after "the third
    quarter" the third quarter of the year before. `unit` is the period's kind when the words
    say it ("the same quarter a year ago"); None reads the last month, quarter, half, season
    or week named. With none named, the current one (the year itself for None) is shifted."""

    years: int
    unit: Unit | None = None


@dataclass(frozen=True, slots=True)
class Interval(Meaning):
    """From one time to another, as one stretch: "from 3 to 5 p.m.", "March 3 - March 7"."""

    start: Meaning
    end: Meaning

    def ends(self) -> tuple[Meaning, Meaning]:
        """The two ends, each with what the other said for both: a first clock time with no
        am/pm takes the second's when that keeps it first ("3 to 5 p.m."); a first date with
        no year takes the second's ("March 30 - April 2, 2015")."""
        start, end = self.start, self.end
        if isinstance(start, Clock) and isinstance(end, Clock):
            start = _shared_meridiem(start, end)
        if isinstance(start, (Date, MonthName)) and isinstance(end, (Date, MonthName)):
            related = isinstance(start, MonthName) and start.rel is not None  # "this May"
            if start.year is None and end.year is not None and not related:  # "Jan - Feb 2017"
                start = replace(start, year=end.year)
        return start, end


@dataclass(frozen=True, slots=True)
class Both(Meaning):
    """Two days said together, the first taking the second's month ("18 and 19 June", "the
    3rd and 4th of May"): in a document two expressions, as TimeML marks them; asked alone,
    the stretch that holds both, the one time a single answer can give."""

    first: Meaning
    second: Meaning


def _shared_meridiem(start: Clock, end: Clock) -> Clock:
    if start.zone is None and end.zone is not None:  # "9h30 - 11h CST"
        start = replace(start, zone=end.zone)
    if start.meridiem is not None or end.meridiem is None or start.hour > 12:
        return start
    shared = replace(start, meridiem=end.meridiem)
    if shared.hour24 * 60 + shared.minute < end.hour24 * 60 + end.minute:
        return shared
    return replace(start, meridiem="am" if end.meridiem == "pm" else "pm")


def stretch_ends(meaning: Meaning) -> tuple[Meaning, Meaning] | None:
    """A stretch as two points, each read in what holds the stretch: "from 9 to 11 on
    Saturday" is 9 on Saturday and 11 on Saturday. None for anything but a stretch."""
    if isinstance(meaning, Interval):
        return meaning.ends()
    if isinstance(meaning, Both):
        return meaning.first, meaning.second
    if isinstance(meaning, Within) and (inner := stretch_ends(meaning.inner)) is not None:
        return Within(inner[0], meaning.outer), Within(inner[1], meaning.outer)
    return None


@dataclass(frozen=True, slots=True)
class Lasting(Meaning):
    """A time and how long from it ("from 10 am for 3 hours", "3 days starting next Monday")."""

    start: Meaning
    length: Meaning  # a Duration


@dataclass(frozen=True, slots=True)
class WeekendOf(Meaning):
    """The weekend a day belongs to ("Labor Day weekend", "the weekend of Thanksgiving"): its
    own when it falls on one, the one before a Monday or Tuesday, else the one after."""

    day: Meaning


@dataclass(frozen=True, slots=True)
class WeekOf(Meaning):
    """The week that holds a day ("the week of March 14")."""

    day: Meaning


# ---- pieces only compositions use -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Number(Meaning):
    """A bare number ("3" in "from 3 to 5 pm"), a clock hour or a day only beside others."""

    weak: ClassVar[bool] = True
    value: int


@dataclass(frozen=True, slots=True)
class SaidClock(Meaning):
    """A clock time in words that could as well be two numbers ("three twenty"): a time only
    beside a date or another time ("march eighteenth nine thirty", "three thirty to four")."""

    weak: ClassVar[bool] = True
    clock: Clock
    # What the words mean with no time beside them, if anything: "22.10" alone is a date
    # where day.month is written so, "22.10 Uhr" or "am 3.5. 22.10" a time.
    fallback: Meaning | None = None

    def alone(self) -> Meaning | None:
        return self.fallback


@dataclass(frozen=True, slots=True)
class NumberPair(Meaning):
    """ "3-8", "7 to 9": two numbers, hours of a stretch only beside a day or a part of one."""

    weak: ClassVar[bool] = True
    first: int
    second: int


@dataclass(frozen=True, slots=True)
class WordYear(Meaning):
    """ "nineteen eighty six", "two thousand": a year in words, only beside a date."""

    weak: ClassVar[bool] = True
    year: int


@dataclass(frozen=True, slots=True)
class NthItem(Meaning):
    """ "the first weekend", "the last Friday": waits for "of <period>"; alone, it means its
    `fallback` ("the last Friday" in "met the last Friday in Paris"), if it has one."""

    weak: ClassVar[bool] = True
    nth: int
    item: Unit | int
    fallback: Meaning | None = None

    def alone(self) -> Meaning | None:
        return self.fallback


@dataclass(frozen=True, slots=True)
class PartWord(Meaning):
    """ "the end of", "early": waits for the period it narrows."""

    weak: ClassVar[bool] = True
    part: Part


@dataclass(frozen=True, slots=True)
class Written(Meaning):
    """Words another parser reads: the dateparser tier, for languages without a grammar."""

    phrase: str


def describe(meaning: Meaning) -> str:
    """A compact, readable form for `explain`: `Weekday(weekday=4, rel=Rel(step=-1))`."""
    return (
        repr(meaning)
        .replace(", narrative=False", "")
        .replace(", story=False", "")
        .replace(", or_time=False", "")
    )
