"""Pieces of Japanese patterns, built from the word lists: the rules assemble these.

Every quantifier is bounded, so a pattern matches only a short stretch from any position.
Text without spaces has no word boundaries to lean on: a number must not continue a number
before it (`NOT_AFTER_NUMBER`), and a rule that could be the start of a longer word says what
may not follow it.
"""

from __future__ import annotations

from timeline.lang.ja.holidays import NAMES_PATTERN
from timeline.lang.ja.words import (
    BOUNDS,
    CYCLE_WORDS,
    DAY_PARTS,
    DEICTIC_DAYS,
    EDGES,
    ERAS,
    KANA_COUNTS,
    NUMERALS,
    QUALIFIERS,
    WEEK_RELATIONS,
    WEEKDAYS,
    alternation,
)

_NUMERAL = f"[{NUMERALS}]"
NOT_AFTER_NUMBER = rf"(?<![\d{NUMERALS}.．])"
NOT_BEFORE_DIGIT = r"(?![\d.．])"
OPT = r"[ \t\u00a0\u3000]?"

# A year: four digits, four numerals digit by digit ("二〇一七") or counted ("二千十八").
YEAR = r"(?:\d{4}|[零〇一二三四五六七八九]{4}|[一二]千[零〇一二三四五六七八九十百]{0,4})"
# Before a month, two digits are a year too ("15年一月十日", "零八年").
SHORT_YEAR = r"(?:\d{2}|[零〇一二三四五六七八九]{2})"
ERA = alternation(ERAS)
ERA_YEAR = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3}|元)"
MONTH_NUM = r"(?:1[0-2]|0?[1-9]|[１][０-２]|[０]?[１-９]|十[一二]?|[一二三四五六七八九])"
DAY_NUM = r"(?:[0-3]?\d|[０-３]?[０-９]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
HOUR_NUM = (
    r"(?:[0-2]?\d|[０-２]?[０-９]|二十[一二三四]?|十[一二三四五六七八九]?|[零〇一二三四五六七八九])"
)
MINUTE_NUM = (
    r"(?:[0-5]?\d|[０-５]?[０-９]|[一二三四五]?十[一二三四五六七八九]?|[一二三四五六七八九])"
)
COUNT = rf"(?:\d{{1,3}}(?:[.．]\d{{1,2}})?|{_NUMERAL}{{1,4}}|{alternation(KANA_COUNTS)}|[数何幾])"
BOUND = rf"(?:{alternation(BOUNDS)})?"
QUALIFIER = rf"(?:{alternation(QUALIFIERS)})?"

CYCLE_WORD = alternation(CYCLE_WORDS)
WEEK_RELATION = alternation(WEEK_RELATIONS)
DEICTIC = alternation(DEICTIC_DAYS)
WEEKDAY = rf"(?P<wd>[{''.join(WEEKDAYS)}])曜日?"
DAY_PART = alternation(DAY_PARTS)
EDGE = alternation(EDGES)
HOLIDAY = NAMES_PATTERN
