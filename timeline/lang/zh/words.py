"""Chinese words: the word lists the patterns and rules are built from, each spelled once, in
simplified and traditional characters.

Chinese writes no spaces, so nothing here leans on word boundaries: a rule says what may and
may not stand beside it with lookarounds. Numbers are written in digits (ASCII or full-width,
which Python's `\\d` and `int` both read) or in Chinese numerals, read by `cn2an`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from timeline.meaning import Part, Rel, Unit

# Chinese numerals: digits one by one ("二〇一七") or with tens and hundreds ("二十三").
DIGIT_NUMERALS: Final = "零〇一二两兩三四五六七八九"
NUMERALS: Final = DIGIT_NUMERALS + "十百千万萬廿卅"

# Relations before a cycle or a weekday: 上周 "last week", 下下周 "the week after next".
RELATIONS: Final = {
    "上上": Rel(-2), "上": Rel(-1), "这": Rel(0), "這": Rel(0), "本": Rel(0), "今": Rel(0),
    "下": Rel(1), "下下": Rel(2),
}  # fmt: skip
# The years by their own words: 去年 "last year", 后年 "the year after next".
YEAR_WORDS: Final = {
    "大前年": -3, "前年": -2, "去年": -1, "今年": 0, "明年": 1, "后年": 2, "後年": 2,
    "大后年": 3, "大後年": 3,
}  # fmt: skip
# Days counted from today: 昨天 "yesterday", 大后天 "in three days".
DEICTIC_DAYS: Final = {
    "大前天": -3, "前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "明天": 1,
    "明日": 1, "后天": 2, "後天": 2, "大后天": 3, "大後天": 3,
}  # fmt: skip
# Days, weeks, years counted from the last date the text named: 次日 "the next day".
NARRATIVE_DAYS: Final = {"次日": 1, "翌日": 1, "前一天": -1, "第二天": 1, "当天": 0, "當天": 0}
# Words for the week, and the days of the week after them (周一 Monday ... 周日 Sunday).
WEEK_WORDS: Final = ("星期", "礼拜", "禮拜", "周", "週")
WEEKDAYS: Final = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
# Cycles after a relation: 上个月, 下个星期, 本季度.
CYCLES: Final[dict[str, Unit]] = {
    "周": "week", "週": "week", "星期": "week", "礼拜": "week", "禮拜": "week", "月": "month",
    "季度": "quarter", "季": "quarter",
}  # fmt: skip
# Units a quantity counts in: 三天, 两个月, 半小时.
UNITS: Final[dict[str, Unit]] = {
    "年": "year", "个月": "month", "個月": "month", "月": "month", "个星期": "week",
    "個星期": "week", "星期": "week", "个礼拜": "week", "個禮拜": "week", "礼拜": "week",
    "禮拜": "week", "周": "week", "週": "week", "天": "day", "日": "day", "个小时": "hour",
    "個小時": "hour", "小时": "hour", "小時": "hour", "个钟头": "hour", "個鐘頭": "hour",
    "钟头": "hour", "鐘頭": "hour", "分钟": "minute", "分鐘": "minute", "秒钟": "second",
    "秒鐘": "second", "秒": "second", "季度": "quarter", "个季度": "quarter",
    "個季度": "quarter", "世纪": "century", "世紀": "century",
}  # fmt: skip
# Parts of the day, and what they say of a clock time after them (下午3点 is 15:00).
DAY_PARTS: Final = {
    "凌晨": "morning", "清晨": "morning", "早晨": "morning", "早上": "morning",
    "上午": "morning", "中午": "noon", "午后": "afternoon", "午後": "afternoon",
    "下午": "afternoon", "傍晚": "evening", "晚上": "evening", "晚间": "evening",
    "晚間": "evening", "夜里": "night", "夜裡": "night", "夜间": "night", "夜間": "night",
    "深夜": "night", "半夜": "night", "早间": "morning", "早間": "morning",
}  # fmt: skip
# One character before a clock time only (早8点, 晚10点): alone, 早 and 晚 are "early", "late".
CLOCK_PARTS: Final = {"早": "morning", "晚": "evening"}
AFTERNOON_PARTS: Final = frozenset({"afternoon", "evening", "night"})
# 今晚 "tonight", 昨晚 "last night", 明早 "tomorrow morning".
DAY_AND_PART: Final = {
    "今早": (0, "morning"), "今晨": (0, "morning"), "今晚": (0, "night"), "今夜": (0, "night"),
    "昨晚": (-1, "night"), "昨夜": (-1, "night"), "明早": (1, "morning"), "明晚": (1, "night"),
}  # fmt: skip
SEASONS: Final = {"春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"}
# 月初 "early in the month", 年底 "the end of the year".
EDGES: Final[dict[str, Part]] = {
    "初": "beginning", "上旬": "beginning", "中旬": "middle", "末": "end", "底": "end",
    "下旬": "end",
}  # fmt: skip
# Sets: 每天 "every day", 每个月 "every month".
SET_PERIODS: Final = {
    "天": "P1D", "日": "P1D", "周": "P1W", "週": "P1W", "星期": "P1W", "礼拜": "P1W",
    "禮拜": "P1W", "月": "P1M", "年": "P1Y", "小时": "PT1H", "小時": "PT1H", "季度": "P3M",
    "周末": "XXXX-WXX-WE", "週末": "XXXX-WXX-WE", "早上": "XXXX-XX-XXTMO",
    "上午": "XXXX-XX-XXTMO", "下午": "XXXX-XX-XXTAF", "晚上": "XXXX-XX-XXTEV",
}  # fmt: skip
# Vague references: what the words point at.
VAGUE: Final = {
    "现在": "PRESENT_REF", "現在": "PRESENT_REF", "目前": "PRESENT_REF", "当前": "PRESENT_REF",
    "當前": "PRESENT_REF", "如今": "PRESENT_REF", "最近": "PAST_REF", "近来": "PAST_REF",
    "近來": "PAST_REF", "将来": "FUTURE_REF",
    "將來": "FUTURE_REF", "未来": "FUTURE_REF", "未來": "FUTURE_REF",
}  # fmt: skip
# Before a count of units: 过去三天 "the past three days", 未来两周 "the next two weeks".
STRETCH_WORDS: Final = {
    "过去": -1, "過去": -1, "最近": -1, "近": -1, "前": -1, "未来": 1, "未來": 1, "接下来": 1,
    "接下來": 1, "今后": 1, "今後": 1,
}  # fmt: skip
# After a count: 三天前 "three days ago", 两周后 "two weeks later".
OFFSET_SIGNS: Final = {
    "前": -1, "以前": -1, "之前": -1, "后": 1, "後": 1, "以后": 1, "以後": 1, "之后": 1,
    "之後": 1,
}  # fmt: skip
# Before or after a date without changing its value: 2018年之后, 2015年或之前.
BOUNDS: Final = (
    "以前", "之前", "以后", "以後", "之后", "之後", "以来", "以來", "开始", "開始", "起", "前",
    "后", "後",
)  # fmt: skip
# Words that open a clause and that an event's clause leaves out.
CONJUNCTIONS: Final = ("而且", "但是", "但", "而", "并且", "並且")
# What a phrase typed alone may carry around its expression ("在", "于", "从").
FILLER: Final = (
    "在", "于", "於", "从", "從", "到", "的", "是", "大约", "约", "之间", "之間", "期间", "期間",
)  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """An alternation of words, longest first so that 上上 wins over 上."""
    items = sorted(set(words), key=lambda word: (-len(word), word))
    return "(?:" + "|".join(re.escape(item) for item in items) + ")"


@lru_cache(maxsize=512)
def number_value(written: str | None) -> int | None:
    """The number that digits or Chinese numerals write: "12", "１２", "十二", "二〇一七"."""
    if not written:
        return None
    if written.isdecimal():
        return int(written)
    if written in ("两", "兩"):
        return 2
    import cn2an  # noqa: PLC0415 - only Chinese and Japanese texts need it

    plain = written.replace("兩", "两").replace("萬", "万").replace("卅", "三十")
    try:
        value = cn2an.cn2an(plain, "smart")
    except (ValueError, KeyError, IndexError):
        return None
    return int(value) if float(value).is_integer() else None
