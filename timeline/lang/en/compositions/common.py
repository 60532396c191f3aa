"""What the English compositions share: the meanings that name one day."""

from __future__ import annotations

from timeline.meaning import (
    Cycle,
    Date,
    DayOfMonth,
    DayShift,
    Holiday,
    Meaning,
    NthOf,
    NumericDate,
    PartOfDay,
    Shifted,
    Weekday,
    Within,
)

# Meanings that name one day, which a clock time can sit in.
DAYS: tuple[type[Meaning], ...] = (
    Date, NumericDate, Weekday, DayShift, Holiday, Cycle, NthOf, DayOfMonth, Within, Shifted,
    PartOfDay,
)  # fmt: skip
