"""English compositions: two neighbouring expressions that make one, by the words between.

Each takes the meanings of the two and gives the meaning of the whole, so "three days after
Easter", "the last weekend of October", "from 9 to 11 am on Saturday" and "tomorrow at nine"
need no pattern of their own. The finder applies them left to right, again and again, so a
composed expression composes further ("9 to 11 am" + "on Saturday").
"""

from __future__ import annotations

from timeline.engine.records import Composition
from timeline.lang.en.compositions.days import (
    CLOCK_ON_DATE,
    DATE_AT_CLOCK,
    DAY_CLOCK_THEN_PART,
    DAY_IN_THE_PART,
    DAY_THEN_PART,
    EVERY_AT,
    NAMED_DAY_THEN_DATE,
    PART_BEFORE_DAY,
    PART_ON_DAY,
    PART_THEN_HOUR,
    WEEK_THEN_WEEKDAY,
    WEEKDAY_DAY_NUMBER,
    WEEKDAY_OF_WEEK,
    WEEKDAY_THE_DAY,
    WEEKDAY_THEN_DATE,
)
from timeline.lang.en.compositions.periods import (
    DURATION_AND,
    IN_PERIOD,
    IN_THIS_PERIOD,
    LASTING,
    LASTING_FROM,
    LASTING_MORE,
    LASTING_STARTING,
    NTH_OF,
    PART_OF,
    SHIFTED,
    SHIFTED_FROM,
    SHIFTED_FROM_DAY,
)
from timeline.lang.en.compositions.stretches import (
    DATE_IN_SHORT_YEAR,
    DATE_IN_YEAR,
    DAYS_AND,
    RANGE,
    RANGE_BETWEEN,
    STRETCH_IN_YEAR,
    YEAR_THEN_MONTH,
)

COMPOSITIONS: tuple[Composition, ...] = (
    NTH_OF,
    PART_OF,
    WEEKDAY_OF_WEEK,
    WEEK_THEN_WEEKDAY,
    WEEKDAY_THEN_DATE,
    WEEKDAY_THE_DAY,
    WEEKDAY_DAY_NUMBER,
    EVERY_AT,
    IN_PERIOD,
    IN_THIS_PERIOD,
    DURATION_AND,
    LASTING_FROM,
    LASTING_STARTING,
    SHIFTED,
    SHIFTED_FROM_DAY,
    SHIFTED_FROM,
    RANGE,
    RANGE_BETWEEN,
    DAYS_AND,
    STRETCH_IN_YEAR,
    DATE_IN_YEAR,
    DATE_IN_SHORT_YEAR,
    YEAR_THEN_MONTH,
    DATE_AT_CLOCK,
    CLOCK_ON_DATE,
    LASTING,
    LASTING_MORE,
    DAY_CLOCK_THEN_PART,
    DAY_THEN_PART,
    DAY_IN_THE_PART,
    NAMED_DAY_THEN_DATE,
    PART_BEFORE_DAY,
    PART_ON_DAY,
    PART_THEN_HOUR,
)
