"""Compositions of a Romance grammar: two neighbouring expressions that make one, by the words
between them ("mañana" + " a las " + "9", "del 2" + " al " + "9 de marzo", "el primer lunes" +
" de " + "marzo"). Each builder takes the joint's words from the language's lexicon."""

from __future__ import annotations

from dataclasses import replace

from timeline.engine.records import Composition, Example, Groups
from timeline.lang.romance.lexicon import Lexicon
from timeline.lang.romance.patterns import OPT, Pieces, _, then
from timeline.lang.shared import produce as shared
from timeline.lang.shared.produce import as_day
from timeline.meaning import (
    Ahead,
    Clock,
    Cycle,
    Date,
    DayOfMonth,
    DayShift,
    Duration,
    Every,
    Half,
    Holiday,
    Interval,
    Meaning,
    MonthName,
    NthItem,
    NthOf,
    Number,
    NumericDate,
    Offset,
    PartOf,
    PartOfDay,
    PartWord,
    Quarter,
    Season,
    Shifted,
    Weekday,
    Weekend,
    WeekNumber,
    Within,
    Year,
)

Examples = tuple[Example, ...]

# Meanings that name one day, which a clock time can sit in.
DAYS: tuple[type[Meaning], ...] = (
    Date, NumericDate, Weekday, DayShift, Holiday, Cycle, NthOf, DayOfMonth, Within, Shifted,
    PartOfDay,
)  # fmt: skip
PERIODS: tuple[type[Meaning], ...] = (
    MonthName, Year, Cycle, Quarter, Season, Weekend, Half,
)  # fmt: skip
ENDS: tuple[type[Meaning], ...] = (
    Clock, Number, Date, NumericDate, DayOfMonth, Weekday, MonthName, Year, Within, PartOf,
    Quarter, Season, DayShift, Holiday, Cycle,
)  # fmt: skip
# Ends of different kinds that may still make one stretch ("entre 2007 y finales de 2008").
_DATED = (Year, MonthName, Date, NumericDate, PartOf, Quarter, Season, DayShift, Holiday, Half,
          Weekday, Cycle)  # fmt: skip


def _words(words: tuple[str, ...]) -> str:
    """Joint words with their blanks: "(?:a las |alle )"."""
    return then(words)


def _clock_of(meaning: Meaning) -> Meaning | None:
    if isinstance(meaning, Number):
        hour = meaning.value
        return Clock(hour, twelve_hour=1 <= hour < 12) if 0 <= hour <= 23 else None
    if isinstance(meaning, Clock):
        return meaning
    if isinstance(meaning, Interval) and isinstance(meaning.end, Clock):
        return meaning
    return None


def _holds_a_time(day: Meaning) -> bool:
    return isinstance(day, Within) and isinstance(day.inner, (Clock, Interval))


def _day_then_clock(day: Meaning, joint: Groups, clock: Meaning) -> Meaning | None:
    if _holds_a_time(day) or (isinstance(day, Cycle) and day.unit != "day"):
        return None
    day = as_day(day)
    if isinstance(day, (Ahead, Offset)):
        return None
    if isinstance(clock, Number) and not joint.get("at"):
        return None  # "viernes 13": a date, not an hour
    inner = _clock_of(clock)
    return None if inner is None else Within(inner, day)


def date_at_clock(lexicon: Lexicon, examples: Examples) -> Composition:
    """ "mañana a las 9", "domani alle 9", "Mer. 6 Mai 2020 à 18h", "lundi 14h"."""
    return Composition(
        name="date_at_clock",
        left=(*DAYS, Ahead, Offset),
        joint=r",?" + OPT + r"(?:(?P<at>" + _words(lexicon.at_words) + r"))?",
        right=(Clock, Interval, Number),
        produce=_day_then_clock,
        examples=examples,
    )


def _clock_then_day(clock: Meaning, joint: Groups, day: Meaning) -> Meaning | None:
    if _holds_a_time(day) or (isinstance(day, Cycle) and day.unit != "day"):
        return None
    day = as_day(day)
    if isinstance(day, (Ahead, Offset)):
        return None
    in_part = isinstance(day, Within) and isinstance(day.inner, PartOfDay)
    inner = _clock_of(clock) if in_part or not isinstance(clock, Number) else None
    return None if inner is None else Within(inner, day)


def clock_on_date(lexicon: Lexicon, examples: Examples) -> Composition:
    """ "14:30, 3 de marzo de 2015", "9h le mardi", "las 9 de mañana"."""
    return Composition(
        name="clock_on_date",
        left=(Clock, Interval, Number),
        joint=r",?" + OPT + r"(?:" + _words(lexicon.on_words) + r")?",
        right=(*DAYS, Ahead),
        produce=_clock_then_day,
        examples=examples,
    )


def _nth_of(item: Meaning, joint: Groups, whole: Meaning) -> Meaning | None:
    return NthOf(item.nth, item.item, whole) if isinstance(item, NthItem) else None


def nth_of(p: Pieces, examples: Examples) -> Composition:
    """ "el primer lunes de marzo", "la dernière semaine de juin"."""
    return Composition(
        name="nth_of",
        left=(NthItem,),
        joint=_ + r"(?:" + p.of + r")",
        right=PERIODS,
        produce=_nth_of,
        examples=examples,
    )


def _part_of(word: Meaning, joint: Groups, whole: Meaning) -> Meaning | None:
    return PartOf(word.part, whole) if isinstance(word, PartWord) else None


def part_of(p: Pieces, examples: Examples) -> Composition:
    """ "a finales de marzo", "début 2015", "mi-mars", "alla fine dell'anno"."""
    return Composition(
        name="part_of",
        left=(PartWord,),
        joint=r"(?:" + OPT + r"|" + _ + r"(?:" + p.of + r"))",
        right=PERIODS,
        produce=_part_of,
        examples=examples,
    )


def _weekday_in_week(day: Meaning, joint: Groups, week: Meaning) -> Meaning | None:
    if not isinstance(day, Weekday) or day.rel is not None:
        return None
    if not isinstance(week, Cycle) or week.unit != "week":
        return None
    return Within(day, week)


def weekday_of_week(p: Pieces, examples: Examples) -> Composition:
    """ "lunes de la próxima semana", "martes de la semana pasada"."""
    return Composition(
        name="weekday_of_week",
        left=(Weekday,),
        joint=_ + r"(?:" + p.of + r")?",
        right=(Cycle,),
        produce=_weekday_in_week,
        examples=examples,
    )


def week_then_weekday(lexicon: Lexicon, examples: Examples) -> Composition:
    """ "la próxima semana el martes", "la settimana prossima martedì"."""
    return Composition(
        name="week_then_weekday",
        left=(Cycle,),
        joint=r",?" + _ + r"(?:" + _words(lexicon.day_leads) + r")?",
        right=(Weekday,),
        produce=lambda week, joint, day: _weekday_in_week(day, joint, week),
        examples=examples,
    )


def _weekday_the_day(day: Meaning, joint: Groups, number: Meaning) -> Meaning | None:
    if not isinstance(day, Weekday) or day.rel is not None:
        return None
    if isinstance(number, Number) and 1 <= number.value <= 31:
        return DayOfMonth(number.value, day.weekday)
    if isinstance(number, DayOfMonth):
        return DayOfMonth(number.day, day.weekday)
    return None


def weekday_the_day(lexicon: Lexicon, examples: Examples) -> Composition:
    """ "martes 25", "viernes el 31", "sexta-feira 13": the day that agrees with both."""
    return Composition(
        name="weekday_the_day",
        left=(Weekday,),
        joint=r",?" + _ + r"(?:" + _words(lexicon.day_leads) + r")?",
        right=(DayOfMonth, Number),
        produce=_weekday_the_day,
        examples=examples,
    )


def _every_at(every: Meaning, joint: Groups, clock: Meaning) -> Meaning | None:
    if not isinstance(every, Every) or not isinstance(clock, Clock) or "T" in every.value:
        return None
    if every.value.startswith("XXXX-WXX-"):
        return Every(f"{every.value}T{clock.hour24:02d}:{clock.minute:02d}")
    if every.value == "P1D":
        return Every(f"XXXX-XX-XXT{clock.hour24:02d}:{clock.minute:02d}")
    return None


def every_at(lexicon: Lexicon, examples: Examples) -> Composition:
    """ "cada lunes a las 4 p.m.", "ogni lunedì alle 4pm"."""
    return Composition(
        name="every_at",
        left=(Every,),
        joint=r",?" + OPT + r"(?:" + _words(lexicon.at_words) + r")?",
        right=(Clock,),
        produce=_every_at,
        examples=examples,
    )


def clock_every(examples: Examples) -> Composition:
    """ "4pm chaque lundi", "tres de la tarde cada día"."""
    return Composition(
        name="clock_every",
        left=(Clock,),
        joint=r",?" + _,
        right=(Every,),
        produce=lambda clock, joint, every: _every_at(every, joint, clock),
        examples=examples,
    )


_IN_MONTH = (DayOfMonth, Interval)
_IN_YEAR = (Quarter, Season, WeekNumber, Half)


def _in_period(inner: Meaning, joint: Groups, outer: Meaning) -> Meaning | None:
    if isinstance(outer, Cycle):
        unit = outer.unit
    else:
        unit = "year" if isinstance(outer, Year) else "month"
    if isinstance(inner, Interval) and not isinstance(inner.start, DayOfMonth):
        return None
    if unit == "month" and isinstance(inner, _IN_MONTH):
        return Within(inner, outer)
    if unit == "year" and isinstance(inner, _IN_YEAR):
        return Within(inner, outer)
    return None


def in_period(p: Pieces, examples: Examples) -> Composition:
    """ "el día 21 de este mes", "la semana 27 del año pasado", "del 2 al 9 del mes que
    viene"."""
    return Composition(
        name="in_period",
        left=(*_IN_MONTH, *_IN_YEAR),
        joint=_ + r"(?:" + p.of + r")",
        right=(Cycle, MonthName, Year),
        produce=_in_period,
        examples=examples,
    )


def _shifted(amount: Meaning, joint: Groups, base: Meaning) -> Meaning | None:
    if not isinstance(amount, Duration) or amount.amount is None or amount.more:
        return None
    if isinstance(base, Cycle) and base.unit != "day":
        return None
    return Shifted(amount.amount, amount.unit, -1 if joint.get("before") else 1, base)


def shifted(lexicon: Lexicon, examples: Examples) -> Composition:
    """ "dos días antes de ayer", "tres días después de Navidad"."""
    return Composition(
        name="shifted",
        left=(Duration,),
        joint=_
        + r"(?:(?P<before>"
        + lexicon.before_words
        + r")|(?P<after>"
        + lexicon.after_words
        + r"))(?:"
        + _
        + r"|(?<=['’]))",
        right=DAYS,
        produce=_shifted,
        examples=examples,
    )


def _with_offset(first: Meaning, joint: Groups, second: Meaning) -> Meaning | None:
    """ "2 semanas y 2 días" + "antes": both lengths counted the same way; "hace 2 semanas"
    + "y 2 días": the same."""
    if isinstance(first, Duration) and isinstance(second, Offset):
        length, point = first, second
    elif isinstance(first, Offset) and isinstance(second, Duration):
        length, point = second, first
    else:
        return None
    if length.amount is None or point.amount is None or point.narrative or length.more:
        return None
    return Shifted(length.amount, length.unit, point.sign, point)


def duration_offset(lexicon: Lexicon, examples: Examples) -> Composition:
    """ "2 settimane e 2 giorni fa", "hace 2 semanas y 3 días"."""
    return Composition(
        name="duration_offset",
        left=(Duration, Offset),
        joint=r",?" + _ + r"(?:" + lexicon.and_word + _ + r")?",
        right=(Offset, Duration),
        produce=_with_offset,
        examples=examples,
    )


def _number_like(number: Number | DayOfMonth, other: Meaning) -> Meaning | None:
    value = number.value if isinstance(number, Number) else number.day
    if isinstance(other, Clock) and isinstance(number, Number) and 0 <= value <= 23:
        return Clock(value, twelve_hour=1 <= value < 12)
    if isinstance(other, Date) and 1 <= value <= 31:
        return Date(other.month, value, other.year)
    if isinstance(other, DayOfMonth) and 1 <= value <= 31:
        return DayOfMonth(value)
    if isinstance(other, Within) and isinstance(other.inner, Clock) and isinstance(number, Number):
        return Clock(value, twelve_hour=1 <= value < 12) if 0 <= value <= 23 else None
    return None


def _stretch(first: Meaning, joint: Groups, last: Meaning) -> Meaning | None:
    """Both ends as one interval, each taking from the other what it did not say."""
    if (
        isinstance(first, Within)
        and isinstance(first.inner, Clock)
        and isinstance(last, (Clock, Number))
    ):
        end = _number_like(last, first.inner) if isinstance(last, Number) else last
        return None if end is None else Within(Interval(first.inner, end), first.outer)
    if (
        isinstance(first, (Clock, Number))
        and isinstance(last, Within)
        and isinstance(last.inner, Clock)
    ):
        start = _number_like(first, last.inner) if isinstance(first, Number) else first
        return None if start is None else Within(Interval(start, last.inner), last.outer)
    start = _number_like(first, last) if isinstance(first, (Number, DayOfMonth)) else first
    end = _number_like(last, first) if isinstance(last, (Number, DayOfMonth)) else last
    if start is None or end is None:
        return None
    if type(start) is not type(end) and not (isinstance(start, _DATED) and isinstance(end, _DATED)):
        return None
    if isinstance(start, Date) and isinstance(end, Date) and start is not first:
        if start.day > end.day:  # "del 27 al 3 de abril": the 27th of March
            month = 12 if end.month == 1 else end.month - 1
            year = None if end.year is None else end.year - (end.month == 1)
            start = Date(month, start.day, year)
    return Interval(start, end)


def range_of(lexicon: Lexicon, examples: Examples) -> Composition:
    """ "de 3 a 5 p.m.", "del 2 al 9 de marzo", "du 2 au 9 mars", "dal 2 al 9 marzo", "de
    lunes a viernes", "2014-2018"."""
    return Composition(
        name="range",
        left=ENDS,
        joint=r"(?:" + OPT + r"[-–/]" + OPT + r"|" + _ + _words(lexicon.range_words) + r")",
        right=ENDS,
        produce=_stretch,
        examples=examples,
    )


def range_between(lexicon: Lexicon, examples: Examples) -> Composition:
    """ "entre las 4 y las 5 p.m.", "entre 2008 y 2011", "tra le 5 e le 6"."""
    return Composition(
        name="range_between",
        left=ENDS,
        joint=_ + _words(lexicon.between_and),
        right=ENDS,
        produce=_stretch,
        lead=r"(?:" + lexicon.between_lead + r")" + r"(?:" + _ + r"|['’])(?:" + then(
            lexicon.articles) + r")?",
        examples=examples,
    )  # fmt: skip


def stretch_in_year(p: Pieces, examples: Examples) -> Composition:
    """ "del 5 al 9 de marzo de 1918": the year after a stretch holds both ends."""
    return Composition(
        name="stretch_in_year",
        left=(Interval,),
        joint=r",?" + _ + r"(?:" + p.of + r")?",
        right=(Year,),
        produce=shared.stretch_in_year,
        examples=examples,
    )


_UNIT_ORDER = ("second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade",
               "century", "weekend", "half", "season")  # fmt: skip


def _durations(longer: Meaning, joint: Groups, shorter: Meaning) -> Meaning | None:
    if not isinstance(longer, Duration) or not isinstance(shorter, Duration):
        return None
    if longer.amount is None or shorter.amount is None or shorter.more:
        return None
    if _UNIT_ORDER.index(shorter.unit) >= _UNIT_ORDER.index(longer.unit):
        return None
    return replace(longer, more=(*longer.more, (shorter.amount, shorter.unit)))


def duration_and(lexicon: Lexicon, examples: Examples) -> Composition:
    """ "3 horas y 30 minutos", "1 an et 6 mois": one length."""
    return Composition(
        name="duration_and",
        left=(Duration,),
        joint=r",?" + _ + r"(?:" + lexicon.and_word + _ + r")?",
        right=(Duration,),
        produce=_durations,
        examples=examples,
    )
