"""Story time: the time a text is talking about, which year-less dates count from.

News speaks from its publish date: "on March 3" in an article of 14 March 2022 is 3 March
2022. A history speaks from the time it has reached: after "In the spring of 1915 the regiment
landed", "in June" is June 1915. A text is read as a narrative when its explicit years (and
decades and centuries: "the 1280s", "the 19th century") lie mostly two or more years before
the publish date and almost nothing in it counts from the publish date ("yesterday", "last
week", "two days ago"); there, a year-less expression takes the year of the last date the
text named, and says so in its `anchor`. News keeps counting from its publish date, even
after an old year earlier in the same sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from timeline.meaning import (
    Century,
    Cycle,
    Date,
    DayShift,
    Decade,
    Half,
    Holiday,
    Interval,
    Meaning,
    MonthName,
    NthOf,
    NumericDate,
    Offset,
    PartOf,
    Quarter,
    Season,
    Shifted,
    Weekday,
    WeekOf,
    Within,
    Year,
)

# A narrative names years this far before its publish date at least `_MIN_FAR` times, and
# `_FAR_PER_DEICTIC` times as often as it names a time counted from the publish date (a
# history of 2003-2009 published in 2009 names recent years too: those count for nothing).
_FAR_YEARS = 2
_MIN_FAR = 3
_FAR_PER_DEICTIC = 4


def named_year(meaning: Meaning) -> int | None:
    """The year a meaning states outright ("March 1915", "1915", "the spring of 1915")."""
    kind = type(meaning)
    read = _YEAR_READERS.get(kind)
    if read is None:  # found once per type: every document asks of most of its meanings
        read = _YEAR_READERS[kind] = _year_reader(kind)
    return read(meaning)


def _year_reader(kind: type[Meaning]) -> Callable[[Any], int | None]:
    """How `named_year` reads a meaning of type `kind`."""
    if issubclass(kind, (Date, MonthName, Season, Quarter, Holiday, Half, Year)):
        return _own_year
    if issubclass(kind, NumericDate):
        return _numeric_year
    if issubclass(kind, Within):
        return lambda meaning: named_year(meaning.outer) or named_year(meaning.inner)
    if issubclass(kind, (PartOf, NthOf)):
        return lambda meaning: named_year(meaning.whole)
    if issubclass(kind, Interval):
        return lambda meaning: named_year(meaning.start) or named_year(meaning.end)
    if issubclass(kind, WeekOf):
        return lambda meaning: named_year(meaning.day)
    if issubclass(kind, Shifted):
        return lambda meaning: named_year(meaning.base)
    return _no_year


def _own_year(meaning: Any) -> int | None:
    year: int | None = meaning.year
    return year


def _numeric_year(meaning: NumericDate) -> int | None:
    return meaning.year if meaning.year is not None and meaning.year >= 100 else None


def _no_year(meaning: Meaning) -> None:
    return None


_YEAR_READERS: dict[type[Meaning], Callable[[Any], int | None]] = {}


def era_end(meaning: Meaning) -> int | None:
    """The last year of a decade or century named outright ("the 1280s", "the early 1800s",
    "the 17th century"): a history's time as much as a year is, though too coarse a one to
    move its story to ("In the 1800s ... on 3 August" says no year of the 3rd)."""
    if isinstance(meaning, PartOf):
        meaning = meaning.whole
    if isinstance(meaning, Decade) and meaning.century is not None:
        return meaning.century * 100 + meaning.tens + 9
    if isinstance(meaning, Century):
        return meaning.ordinal * 100 - 1
    return None


def counts_from_now(meaning: Meaning) -> bool:
    """Whether a meaning counts from the moment of writing ("yesterday", "last week")."""
    if isinstance(meaning, DayShift):
        return True
    if isinstance(meaning, Cycle):
        return not meaning.rel.narrative and meaning.unit in ("day", "week", "weekend", "month")
    if isinstance(meaning, Offset):
        return not meaning.narrative and meaning.amount is not None
    if isinstance(meaning, Weekday):
        return meaning.rel is None or not meaning.rel.narrative
    if isinstance(meaning, Within):
        return counts_from_now(meaning.outer)
    return False


def is_narrative(meanings: Iterable[Meaning], published: datetime) -> bool:
    """Whether a text reads as a narrative of its own time rather than as news."""
    far = from_now = 0
    for meaning in meanings:
        year = named_year(meaning)
        if year is None:
            year = era_end(meaning)
        if year is not None:
            far += year <= published.year - _FAR_YEARS
        elif counts_from_now(meaning):
            from_now += 1
    return far >= _MIN_FAR and far >= _FAR_PER_DEICTIC * from_now
