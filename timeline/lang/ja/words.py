"""Japanese words: the word lists the patterns and rules are built from, each spelled once.

Japanese writes no spaces, so nothing here leans on word boundaries: a rule says what may and
may not stand beside it with lookarounds. Numbers are written in digits (ASCII or full-width,
which Python's `\\d` and `int` both read) or in kanji numerals, read by `cn2an`; years also by
era (令和, 平成, 昭和, 大正, 明治).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from timeline.meaning import Part, Unit

DIGIT_NUMERALS: Final = "零〇一二三四五六七八九"
NUMERALS: Final = DIGIT_NUMERALS + "十百千万"
# Counts in kana: ひと月 "one month", ふた月 "two months".
KANA_COUNTS: Final = {"ひと": 1, "ふた": 2}

# The eras of the modern calendar: the year before each one's first (平成元年 is 1989).
ERAS: Final = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}

# Cycles by their own words: 先週 "last week", 再来月 "the month after next".
CYCLE_WORDS: Final[dict[str, tuple[Unit, int]]] = {
    "先々週": ("week", -2), "先週": ("week", -1), "今週": ("week", 0), "来週": ("week", 1),
    "再来週": ("week", 2), "先々月": ("month", -2), "先月": ("month", -1), "今月": ("month", 0),
    "来月": ("month", 1), "再来月": ("month", 2), "一昨年": ("year", -2), "去年": ("year", -1),
    "昨年": ("year", -1), "今年": ("year", 0), "本年": ("year", 0), "来年": ("year", 1),
    "明年": ("year", 1), "再来年": ("year", 2), "今期": ("quarter", 0),
}  # fmt: skip
# ... counted from the last date the text named: 翌週 "the following week", その年 "that year".
NARRATIVE_CYCLES: Final[dict[str, tuple[Unit, int]]] = {
    "翌日": ("day", 1), "前日": ("day", -1), "当日": ("day", 0), "同日": ("day", 0),
    "翌週": ("week", 1), "前週": ("week", -1), "前の週": ("week", -1), "同週": ("week", 0),
    "同じ週": ("week", 0), "その週": ("week", 0), "翌月": ("month", 1), "前月": ("month", -1),
    "前の月": ("month", -1), "同月": ("month", 0), "同じ月": ("month", 0), "その月": ("month", 0),
    "翌年": ("year", 1), "前年": ("year", -1), "前の年": ("year", -1), "同年": ("year", 0),
    "同じ年": ("year", 0), "その年": ("year", 0),
}  # fmt: skip
# Before a weekday: 先週の月曜日, 次の金曜日 (next week's Friday).
WEEK_RELATIONS: Final = {
    "先々週": -2, "先週": -1, "今週": 0, "この": 0, "来週": 1, "再来週": 2, "次": 1,
    "次の週": 1,
}  # fmt: skip
# Days counted from today.
DEICTIC_DAYS: Final = {
    "一昨日": -2, "おととい": -2, "昨日": -1, "きのう": -1, "今日": 0, "本日": 0, "きょう": 0,
    "明日": 1, "あした": 1, "あす": 1, "明後日": 2, "あさって": 2, "明々後日": 3,
    "しあさって": 3,
}  # fmt: skip
# 今朝 "this morning", 昨夜 "last night".
DAY_AND_PART: Final = {
    "今朝": (0, "morning"), "今晩": (0, "evening"), "今夜": (0, "night"), "昨夜": (-1, "night"),
    "昨晩": (-1, "evening"), "明朝": (1, "morning"), "明晩": (1, "evening"),
}  # fmt: skip
WEEKDAYS: Final = {"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6}
# Units a quantity counts in: 3年間, 2か月, 4週間, 5日間, 2時間, 30分, 10秒.
UNITS: Final[dict[str, Unit]] = {
    "年間": "year", "年": "year", "か月間": "month", "ヶ月間": "month", "カ月間": "month",
    "ケ月間": "month", "ヵ月間": "month", "箇月間": "month", "か月": "month", "ヶ月": "month",
    "カ月": "month", "ケ月": "month", "ヵ月": "month", "箇月": "month", "月": "month",
    "週間": "week", "週": "week", "日間": "day", "日": "day", "時間": "hour", "分間": "minute",
    "分": "minute", "秒間": "second", "秒": "second", "世紀": "century", "営業日": "day",
}  # fmt: skip
# Parts of the day before a clock time, and what they say of it (午後3時 is 15:00).
DAY_PARTS: Final = {
    "午前": "morning", "早朝": "morning", "未明": "morning", "朝": "morning", "昼": "noon",
    "午後": "afternoon",
    "夕方": "evening", "晩": "evening", "夜": "night", "深夜": "night", "夜中": "night",
}  # fmt: skip
AFTERNOON_PARTS: Final = frozenset({"afternoon", "evening", "night"})
SEASONS: Final = {"春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"}
# Before a season: 今夏 "this summer", 昨秋 "last autumn", 来春 "next spring".
SEASON_STEPS: Final = {"今": 0, "この": 0, "昨": -1, "去": -1, "来": 1}
# The beginning, middle or end of a period: 月末, 年始, 今週の終わり.
EDGES: Final[dict[str, Part]] = {
    "初め": "beginning", "はじめ": "beginning", "初旬": "beginning", "上旬": "beginning",
    "始め": "beginning", "半ば": "middle", "中旬": "middle", "なかば": "middle",
    "終わり": "end", "おわり": "end", "下旬": "end", "末": "end",
}  # fmt: skip
# Sets: 毎日 "every day", 毎朝 "every morning".
SET_PERIODS: Final = {
    "日": "P1D", "週": "P1W", "月": "P1M", "年": "P1Y", "時": "PT1H", "朝": "XXXX-XX-XXTMO",
    "晩": "XXXX-XX-XXTEV", "夜": "XXXX-XX-XXTNI", "週末": "XXXX-WXX-WE",
}  # fmt: skip
# Every other: 隔週 "every other week".
OTHER_PERIODS: Final = {"日": "P2D", "週": "P2W", "月": "P2M", "年": "P2Y"}
# Before a count of units: 今後2か月 "the next two months", ここ2日間 "the past two days".
STRETCH_WORDS: Final = {"今後": 1, "これから": 1, "ここ": -1, "過去": -1, "最近": -1}
# Words a length carries after it without changing it: 30分以上, 9か月以内.
QUALIFIERS: Final = (
    "以上", "以下", "以内", "未満", "ほど", "ぐらい", "くらい", "程度", "近く", "余り", "あまり",
    "弱", "強",
)  # fmt: skip
# Before or after a date without changing its value: 2018年以降, 2010年以前, 21日ごろ.
BOUNDS: Final = (
    "以前", "以降", "以後", "以来", "ごろ", "頃", "前後", "またはその前", "またはその後",
    "及びその前", "及びその後", "とその前", "とその後", "の前", "の後",
)  # fmt: skip
VAGUE: Final = {
    "現在": "PRESENT_REF", "現時点": "PRESENT_REF", "最近": "PAST_REF", "近年": "PAST_REF",
    "将来": "FUTURE_REF", "近い将来": "FUTURE_REF", "いずれ": "FUTURE_REF",
}  # fmt: skip
CONJUNCTIONS: Final = ("そして", "しかし", "また", "だが")
FILLER: Final = ("に", "は", "の", "から", "まで", "で", "約", "の間", "間", "までの間")


def alternation(words: Iterable[str]) -> str:
    """An alternation of words, longest first so that 再来週 wins over 来週."""
    items = sorted(set(words), key=lambda word: (-len(word), word))
    return "(?:" + "|".join(re.escape(item) for item in items) + ")"


@lru_cache(maxsize=512)
def number_value(written: str | None) -> int | None:
    """The number that digits or kanji numerals write: "12", "１２", "十二", "二〇一八"."""
    if not written:
        return None
    if written.isdecimal():
        return int(written)
    if written in KANA_COUNTS:
        return KANA_COUNTS[written]
    if written == "元":  # 平成元年: the first year of an era
        return 1
    import cn2an  # noqa: PLC0415 - only Chinese and Japanese texts need it

    try:
        value = cn2an.cn2an(written, "smart")
    except (ValueError, KeyError, IndexError):
        return None
    return int(value) if float(value).is_integer() else None
