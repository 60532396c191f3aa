"""The English rules: one record per kind of phrase, with what it means and its examples.

Examples resolve against Monday 14 March 2022 unless they say otherwise (`reference`); a
phrase alone is read as `POST /v1/resolve` reads it, one with `text` inside that sentence.
The order of the records matters only for ties: at one position the longest match wins, then
the earlier rule.
"""

from __future__ import annotations

from timeline.engine.records import Rule
from timeline.lang.en.rules.clock import (
    CLOCK,
    CLOCK_OFFSET,
    CLOCK_WORDS,
)
from timeline.lang.en.rules.counting import (
    AGO,
    DURATION,
    FUTURE_OFFSET,
    NUMBER_NEXT,
    OFFSET,
    SET,
    UPCOMING,
    VAGUE,
    VAGUE_DURATION,
    WEEKDAYS_AWAY,
)
from timeline.lang.en.rules.dates import (
    CENTURY,
    COMPACT_DATE,
    DAY_MONTH,
    DECADE,
    DECADE_WORD_RULE,
    HALF,
    HOLIDAY_RULE,
    ISO_DATE,
    MONTH_DAY,
    MONTH_RULE,
    MONTH_YEAR,
    NUMERIC_DATE,
    NUMERIC_MONTH_DAY,
    QUARTER,
    QUARTER_CODE,
    SEASON,
    SHORT_YEAR,
    WEEK_NUMBER,
    WEEK_OF,
    WORD_YEAR,
    YEAR_RULE,
    YEAR_TAIL,
)
from timeline.lang.en.rules.days import (
    DAY_OF_MONTH,
    DAY_PART_RULE,
    DEICTIC,
    RELATIVE_UNIT,
    THE_DAY,
    THIS_PART,
    TYPED_CYCLE,
    UNIT_BEFORE,
    WEEKDAY_RULE,
    WEEKEND,
)
from timeline.lang.en.rules.pieces import (
    FIRST_UNITS,
    NTH_ITEM,
    NUMBER_RULE,
    ORDINAL_NUMBER,
    PART_WORD,
)

RULES: tuple[Rule, ...] = (
    ISO_DATE,
    COMPACT_DATE,
    NUMERIC_DATE,
    MONTH_DAY,
    DAY_MONTH,
    MONTH_YEAR,
    MONTH_RULE,
    YEAR_RULE,
    YEAR_TAIL,
    SHORT_YEAR,
    DECADE,
    DECADE_WORD_RULE,
    CENTURY,
    NTH_ITEM,
    FIRST_UNITS,
    QUARTER,
    QUARTER_CODE,
    HALF,
    SEASON,
    WEEKDAY_RULE,
    DEICTIC,
    THIS_PART,
    WEEKEND,
    UNIT_BEFORE,
    THE_DAY,
    DAY_PART_RULE,
    PART_WORD,
    RELATIVE_UNIT,
    OFFSET,
    WEEKDAYS_AWAY,
    AGO,
    FUTURE_OFFSET,
    DURATION,
    VAGUE_DURATION,
    VAGUE,
    SET,
    HOLIDAY_RULE,
    WEEK_OF,
    NUMBER_NEXT,
    UPCOMING,
    CLOCK_OFFSET,
    CLOCK,
    CLOCK_WORDS,
    WEEK_NUMBER,
    NUMERIC_MONTH_DAY,
    TYPED_CYCLE,
    DAY_OF_MONTH,
    NUMBER_RULE,
    ORDINAL_NUMBER,
    WORD_YEAR,
)
