"""Compositions inside or beside a period: "the first Monday of March", "the end of 2010", "the
5th of next month", "two days before Christmas", "from 10 am for 3 hours", "3 hours 30
minutes"."""

from __future__ import annotations

from dataclasses import replace

from timeline.engine.records import Composition, Groups, ex
from timeline.lang.en.compositions.common import DAYS
from timeline.lang.en.patterns import _
from timeline.lang.en.words import lower_words
from timeline.lang.shared.produce import lasting
from timeline.meaning import (
    Century,
    Clock,
    Cycle,
    Date,
    DayOfMonth,
    DayShift,
    Decade,
    Duration,
    FirstUnits,
    Interval,
    Lasting,
    Meaning,
    MonthName,
    NthItem,
    NthOf,
    Number,
    PartOf,
    PartUnits,
    PartWord,
    Quarter,
    Season,
    Shifted,
    Weekend,
    WeekNumber,
    Within,
    Year,
)

# Periods that "the first <...> of", "the end of" and "<...> of" read inside.
PERIODS: tuple[type[Meaning], ...] = (
    MonthName, Year, Cycle, Quarter, Season, Decade, Century, Weekend,
)  # fmt: skip


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


LASTING = Composition(
    name="lasting",
    left=(*DAYS, Clock, Date),
    joint=_ + r"for" + _,
    right=(Duration,),
    produce=lasting,
    typed_only=True,
    examples=(
        ex("from 10 am for 3 hours", "2022-03-14T10:00", end="2022-03-14T13:00:00"),
        ex("18th Dec for 10 days", "2021-12-18", end="2021-12-28T00:00:00"),
    ),
)


def _lasting_from(length: Meaning, joint: Groups, start: Meaning) -> Meaning | None:
    if isinstance(start, Number):  # "for 2.5 hours from 9": the hour
        start = Clock(start.value, twelve_hour=1 <= start.value < 12)
    return lasting(start, joint, length)


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


_IN_YEAR = (Quarter, Season, WeekNumber, MonthName, Date)


def _in_period(inner: Meaning, joint: Groups, outer: Meaning) -> Meaning | None:
    unit = (
        outer.unit if isinstance(outer, Cycle) else "year" if isinstance(outer, Year) else "month"
    )
    if isinstance(inner, Interval) and not isinstance(inner.start, DayOfMonth):
        return None
    if isinstance(inner, (MonthName, Date)):  # "October of next year"
        if inner.year is not None or not isinstance(outer, Cycle):
            return None  # "June of 1944" is a rule's
        if isinstance(inner, MonthName) and inner.rel is not None:
            return None  # "last March of ...": the month has said which
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
        ex("October of next year", "2023-10"),
        ex("March 3 of last year", "2021-03-03"),
        ex("week 3 of 2027", "2027-W03"),
    ),
)


def _in_this_period(inner: Meaning, joint: Groups, outer: Meaning) -> Meaning | None:
    """ "the 19th this month", "the 5th to the 9th next month": days of a month said with the
    month after them, "of" left out (in running text the day needs its lead: "on", "around")."""
    if not isinstance(outer, Cycle) or outer.unit != "month":
        return None
    if not isinstance(inner, _IN_MONTH):
        return None
    return _in_period(inner, joint, outer)


IN_THIS_PERIOD = Composition(
    name="in_this_period",
    left=_IN_MONTH,
    joint=_,
    right=(Cycle,),
    produce=_in_this_period,
    examples=(
        ex("the 25th this month", "2022-03-25"),
        ex("the 21st next month", "2022-04-21", text="Let us meet around the 21st next month."),
        ex("the 2nd to the 4th next month", "2022-04-02", end="2022-04-05T00:00:00"),
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


# "4 months from tomorrow", "a week from today": counted from a day named by its distance
# from now, the whole is a point in running text too (a length would say "for").
SHIFTED_FROM_DAY = Composition(
    name="shifted_from_day",
    left=(Duration,),
    joint=_ + r"from" + _,
    right=(DayShift,),
    produce=_shifted,
    examples=(
        ex(
            "4 months from tomorrow",
            "2022-07-15",
            text="The law takes effect 4 months from tomorrow.",
        ),
        ex("a week from tomorrow", "2022-03-22", text="Voting closes a week from tomorrow."),
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
