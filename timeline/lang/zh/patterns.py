"""Pieces of Chinese patterns, built from the word lists: the rules assemble these.

Every quantifier is bounded, so a pattern matches only a short stretch from any position.
Text without spaces has no word boundaries to lean on: a number must not continue a number
before it (`NOT_AFTER_NUMBER`), and a rule that could be the start of a longer word says what
may not follow it.
"""

from __future__ import annotations

from timeline.lang.zh.holidays import NAMES_PATTERN
from timeline.lang.zh.words import (
    BOUNDS,
    CYCLES,
    DAY_PARTS,
    DEICTIC_DAYS,
    EDGES,
    NUMERALS,
    RELATIONS,
    WEEK_WORDS,
    WEEKDAYS,
    YEAR_WORDS,
    alternation,
)

_NUMERAL = f"[{NUMERALS}]"
# Not inside a longer number (digits, numerals, a decimal point).
NOT_AFTER_NUMBER = rf"(?<![\d{NUMERALS}.．])"
NOT_BEFORE_DIGIT = r"(?![\d.．])"
OPT = r"[ \t\u00a0\u3000]?"  # "6 天": a blank some writers put between number and unit

# A year: four digits, four numerals digit by digit ("二〇一七") or counted ("二千十八").
YEAR = r"(?:\d{4}|[零〇一二三四五六七八九]{4}|[一二]千[零〇一二三四五六七八九十百]{0,4})"
# Before a month, two digits are a year too ("15年一月十日", "零八年").
SHORT_YEAR = r"(?:\d{2}|[零〇一二三四五六七八九]{2})"
MONTH_NUM = r"(?:1[0-2]|0?[1-9]|[１][０-２]|[０]?[１-９]|十[一二]?|[一二三四五六七八九])"
DAY_NUM = (
    r"(?:[0-3]?\d|[０-３]?[０-９]|[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|"
    r"卅一?|[一二三四五六七八九])"
)
HOUR_NUM = (
    r"(?:[0-2]?\d|[０-２]?[０-９]|二十[一二三四]?|十[一二三四五六七八九]?|"
    r"[零〇一二两兩三四五六七八九])"
)
MINUTE_NUM = (
    r"(?:[0-5]?\d|[０-５]?[０-９]|[一二三四五]?十[一二三四五六七八九]?|"
    r"[零〇][一二三四五六七八九]|[一二三四五六七八九])"
)
# How many: digits (with a fraction), numerals, or "几" / "数" (some).
COUNT = rf"(?:\d{{1,3}}(?:[.．]\d{{1,2}})?|{_NUMERAL}{{1,4}}|好?[几幾数數])"
BOUND = rf"(?:[或及]?{alternation(BOUNDS)})?"

RELATION = alternation(RELATIONS)
MEASURE = r"[个個]?"  # the measure word before a unit: 三个月, 上个星期
CYCLE = alternation(CYCLES)
YEAR_WORD = alternation(YEAR_WORDS)
DEICTIC = alternation(DEICTIC_DAYS)
WEEK = alternation(WEEK_WORDS)
WEEKDAY = f"[{''.join(WEEKDAYS)}]"
DAY_PART = alternation(DAY_PARTS)
EDGE = alternation(EDGES)  # not 中 alone: 今年中国 is "China this year"
HOUR_MARK = r"[点點时時]"
HOLIDAY = NAMES_PATTERN
