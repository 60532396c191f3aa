"""The Chinese rules: one record per kind of phrase, with what it means and its examples.

Examples resolve against Monday 14 March 2022 unless they say otherwise. At one position the
longest match wins, then the earlier rule, so 上周末 (last weekend) beats 上周 (last week).
"""

from __future__ import annotations

from timeline.engine.records import Groups, Rule, ex
from timeline.lang.shared import cjk_rules
from timeline.lang.zh import checks
from timeline.lang.zh.holidays import holiday_key
from timeline.lang.zh.patterns import (
    BOUND,
    COUNT,
    CYCLE,
    DAY_NUM,
    DAY_PART,
    DEICTIC,
    EDGE,
    HOLIDAY,
    HOUR_MARK,
    HOUR_NUM,
    MEASURE,
    MINUTE_NUM,
    MONTH_NUM,
    NOT_AFTER_NUMBER,
    NOT_BEFORE_DIGIT,
    OPT,
    RELATION,
    SHORT_YEAR,
    WEEK,
    WEEKDAY,
    YEAR,
    YEAR_WORD,
)
from timeline.lang.zh.words import (
    AFTERNOON_PARTS,
    CLOCK_PARTS,
    CYCLES,
    DAY_AND_PART,
    DAY_PARTS,
    DEICTIC_DAYS,
    EDGES,
    NARRATIVE_DAYS,
    NUMERALS,
    OFFSET_SIGNS,
    RELATIONS,
    SEASONS,
    SET_PERIODS,
    STRETCH_WORDS,
    UNITS,
    VAGUE,
    WEEKDAYS,
    YEAR_WORDS,
    alternation,
    number_value,
)
from timeline.meaning import (
    Century,
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
    NumericDate,
    Offset,
    PartOf,
    PartOfDay,
    Quarter,
    Rel,
    Season,
    Stretch,
    Unit,
    Vague,
    Weekday,
    Weekend,
    Within,
    Year,
)

_number = cjk_rules.number_of(number_value)
_in_range = cjk_rules.in_range
_century_of = cjk_rules.century_of


def _year(groups: Groups, name: str = "y") -> int | None:
    """A year written in digits or digit by digit in numerals ("二〇一七")."""
    written = groups.get(name)
    if not written:
        return None
    if "千" in written:
        return number_value(written)
    if not written.isdecimal():
        written = "".join(str(number_value(char)) for char in written)
    if not written.isdecimal():
        return None
    return int(written) if len(written) > 2 else _century_of(int(written))


def _edged(meaning: Meaning, edge: str | None) -> Meaning:
    """月底 "the end of the month": the value stays the month's, the interval narrows."""
    return PartOf(EDGES[edge], meaning) if edge else meaning


def _rel(groups: Groups, name: str = "rel") -> Rel | None:
    written = groups.get(name)
    return RELATIONS.get(written) if written else None


# ---- calendar dates ------------------------------------------------------------------------


def _numeric(groups: Groups) -> Meaning | None:
    year, month, day = _year(groups), _number(groups, "m"), _number(groups, "d")
    if year is None or _in_range(month, 1, 12) is None or _in_range(day, 1, 31) is None:
        return None
    date = Date(month, day, year)  # type: ignore[arg-type]
    if groups.get("hh") is None:
        return date
    clock = Clock(int(groups["hh"] or 0), int(groups["mm"] or 0), exact=True)
    return Within(clock, date)


ISO_DATE = Rule(
    name="iso_date",
    pattern=NOT_AFTER_NUMBER + r"(?P<y>\d{4})[-./／](?P<m>\d{1,2})[-./／](?P<d>\d{1,2})"
    r"(?:[T ](?P<hh>[01]?\d|2[0-3])[:：](?P<mm>[0-5]\d))?" + NOT_BEFORE_DIGIT,
    produce=_numeric,
    examples=(
        ex("2015-03-29", "2015-03-29"),
        ex("2010.01.29", "2010-01-29"),
        ex("2018/1/10", "2018-01-10"),
        ex("2015-03-29 21:00", "2015-03-29T21:00"),
    ),
)


def _slash_date(groups: Groups) -> Meaning | None:
    first, second = _number(groups, "a"), _number(groups, "b")
    if first is None or second is None:
        return None
    if groups.get("y") is not None:  # 1/2/2020: day first, as Chinese writes it with a year
        return NumericDate(first, second, int(groups["y"] or 0), day_first=True)
    if _in_range(first, 1, 12) is None or _in_range(second, 1, 31) is None:
        return None
    return Date(first, second)


SLASH_DATE = Rule(
    name="slash_date",
    pattern=r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?P<y>\d{4}))?(?![\d/])",
    produce=_slash_date,
    examples=(
        ex("1/2/2020", "2020-02-01"),
        ex("12/1", "2021-12-01"),
        ex("12/1", "2022-12-01", text="会议将在12/1举行。", prefer="future"),
    ),
)


FULL_DATE = cjk_rules.full_date(
    NOT_AFTER_NUMBER + rf"(?:(?P<y>{YEAR}|{SHORT_YEAR}){OPT}年{OPT})?(?P<m>{MONTH_NUM})"
    rf"{OPT}月{OPT}"
    rf"(?P<d>{DAY_NUM}){OPT}[日号號](?:[（(]{WEEK}(?P<wd>{WEEKDAY})[）)])?{BOUND}",
    (
        ex("2015年3月3日", "2015-03-03"),
        ex("二〇一五年三月三日", "2015-03-03"),
        ex("3月3日", "2022-03-03"),
        ex("10月12号", "2021-10-12"),
        ex("2019年8月1日之后", "2019-08-01"),
        ex("2015年2月1日或之前", "2015-02-01"),
        ex("15年一月十日", "2015-01-10"),
        ex("3月14日（周一）", "2022-03-14"),
        ex("十二月二十五日", "2022-12-25", text="新馆将于十二月二十五日开放。"),
    ),
    number_value=number_value,
    weekdays=WEEKDAYS,
    year=_year,
)


def _year_month(groups: Groups) -> Meaning | None:
    month = _in_range(_number(groups, "m"), 1, 12)
    if month is None:
        return None
    return _edged(MonthName(month, _year(groups)), groups.get("edge"))


YEAR_MONTH = Rule(
    name="year_month",
    pattern=NOT_AFTER_NUMBER + rf"(?:(?P<y>{YEAR}|{SHORT_YEAR}){OPT}年{OPT})?(?P<m>{MONTH_NUM})"
    rf"{OPT}月份?"
    rf"(?P<edge>{EDGE})?(?![\d日号號])" + BOUND,
    produce=_year_month,
    examples=(
        ex("2018年12月", "2018-12"),
        ex("二〇一八年十二月", "2018-12"),
        ex("5月", "2021-05", text="他5月去了北京。"),
        ex("三月底", "2022-03"),
        ex("2014年5月以前", "2014-05"),
    ),
)


def _year_rule(groups: Groups) -> Meaning | None:
    year = _year(groups)
    return None if year is None else _edged(Year(year), groups.get("edge"))


YEAR_RULE = Rule(
    name="year",
    pattern=NOT_AFTER_NUMBER + rf"(?P<y>{YEAR}|[0０零〇]\d|[零〇][一二三四五六七八九]){OPT}年度?"
    rf"(?P<edge>{EDGE})?(?![代级級])" + BOUND,
    produce=_year_rule,
    examples=(
        ex("2009年", "2009"),
        ex("二〇〇九年", "2009"),
        ex("2018年之后", "2018"),
        ex("2015年前", "2015"),
        ex("2018年开始", "2018"),
        ex("2020年底", "2020"),
        ex("08年", "2008"),
        ex("零八年", "2008"),
        ex("二千零八年", "2008"),
    ),
)


def _day_of_month(groups: Groups) -> Meaning | None:
    day = _in_range(_number(groups, "d"), 1, 31)
    return None if day is None else DayOfMonth(day)


DAY_OF_MONTH = Rule(
    name="day_of_month",
    pattern=NOT_AFTER_NUMBER
    + rf"(?P<d>{DAY_NUM}){OPT}(?:日|[号號](?![楼樓线線院房门門位机機码碼]))"
    r"(?![前后後内內间間])",
    produce=_day_of_month,
    accept=checks.day_ok,
    examples=(
        ex("29日", "2022-03-29", text="29日你去看电影吗"),
        ex("5号", "2022-03-05"),
        ex("3号线", None, text="乘坐地铁3号线。"),
        ex("一日", None, text="有一日他来了。"),
    ),
)


DECADE = cjk_rules.decade(
    rf"(?:(?P<c>{COUNT}){OPT}世[纪紀]{OPT})?(?:(?P<full>\d{{3}}[0０])|(?P<tens>[1-9１-９][0０]|"
    r"[一二三四五六七八九]?十))年代",
    (
        ex("90年代", "199"),
        ex("十九世纪七十年代", "187"),
        ex("1990年代", "199"),
    ),
    number_value=number_value,
)

CENTURY = Rule(
    name="century",
    pattern=NOT_AFTER_NUMBER + rf"(?:公元)?(?P<c>{COUNT}){OPT}世[纪紀]",
    produce=lambda g: None if (c := _number(g, "c")) is None else Century(c),
    examples=(ex("二十世纪", "19"), ex("21世纪", "20")),
)

QUARTER = Rule(
    name="quarter",
    pattern=r"(?:第(?P<q>[一二三四1-4])|(?P<q2>[一二三四1-4]))季度|[Qq](?P<q3>[1-4])(?!\d)",
    produce=lambda g: Quarter(number_value(g.get("q") or g.get("q2") or g.get("q3")) or 1),
    examples=(ex("第三季度", "2022-Q3"), ex("一季度", "2022-Q1")),
)


HALF = Rule(
    name="half",
    pattern=r"(?P<h>[上下])半年",
    produce=lambda g: Half(1 if g.get("h") == "上" else 2),
    examples=(ex("上半年", "2022-H1"), ex("下半年", "2022-H2")),
)


def _season(groups: Groups) -> Meaning | None:
    season = Season(SEASONS[groups.get("s") or "春"])  # type: ignore[arg-type]
    year_word = groups.get("yw")
    if year_word is None:
        return season
    return Within(season, Cycle("year", Rel(YEAR_WORDS[year_word])))


SEASON = Rule(
    name="season",
    pattern=rf"(?:(?P<yw>{YEAR_WORD})的?)?(?P<s>[春夏秋冬])[天季](?![节節])",
    produce=_season,
    examples=(
        ex("今年夏天", "2022-SU"),
        ex("去年冬天", "2021-WI"),
        ex("秋天", "2022-FA", text="秋天我们将去北京。", prefer="future"),
    ),
)

# ---- days relative to now -----------------------------------------------------------------


DEICTIC_RULE = Rule(
    name="deictic",
    pattern=rf"(?<![《〈])(?P<w>{DEICTIC})",
    produce=lambda g: DayShift(DEICTIC_DAYS[g.get("w") or "今天"]),
    examples=(
        ex("昨天", "2022-03-13"),
        ex("今天", "2022-03-14"),
        ex("明天", "2022-03-15"),
        ex("后天", "2022-03-16"),
        ex("後天", "2022-03-16"),
        ex("大前天", "2022-03-11"),
        ex("明日", None, text="迎来《明日之后》周年庆活动"),
    ),
)

DAY_AND_PART_RULE = Rule(
    name="day_and_part",
    pattern=alternation(DAY_AND_PART).replace("(?:", "(?P<w>", 1),
    produce=lambda g: Within(
        PartOfDay(DAY_AND_PART[g.get("w") or "今晚"][1]),
        DayShift(DAY_AND_PART[g.get("w") or "今晚"][0]),
    ),
    examples=(ex("今晚", "2022-03-14TNI"), ex("昨晚", "2022-03-13TNI")),
)

NARRATIVE_DAY = Rule(
    name="narrative_day",
    pattern=alternation(NARRATIVE_DAYS).replace("(?:", "(?P<w>", 1),
    produce=lambda g: Cycle("day", Rel(NARRATIVE_DAYS[g.get("w") or "次日"], narrative=True)),
    examples=(ex("次日", "2015-03-04", text="2015年3月3日开会，次日闭幕。"),),
)


def _cycle(groups: Groups) -> Meaning | None:
    if groups.get("yw"):
        return _edged(Cycle("year", Rel(YEAR_WORDS[groups["yw"] or "今年"])), groups.get("edge"))
    rel = _rel(groups)
    if rel is None:
        return None
    return _edged(Cycle(CYCLES[groups.get("unit") or "月"], rel), groups.get("edge"))


CYCLE_RULE = Rule(
    name="cycle",
    pattern=rf"(?:(?P<yw>{YEAR_WORD})(?:年?(?P<edge>{EDGE}))?|(?P<rel>{RELATION})一?{MEASURE}"
    rf"(?P<unit>{CYCLE})(?:(?<=月)(?P<edge2>{EDGE}))?)",
    produce=lambda g: _cycle({**g, "edge": g.get("edge") or g.get("edge2")}),
    examples=(
        ex("上周", "2022-W10"),
        ex("下下周", "2022-W13"),
        ex("上上周", "2022-W09"),
        ex("这周", "2022-W11"),
        ex("上个月", "2022-02"),
        ex("下个月", "2022-04"),
        ex("本月", "2022-03"),
        ex("去年", "2021"),
        ex("今年", "2022"),
        ex("明年", "2023"),
        ex("前年", "2020"),
        ex("上个月底", "2022-02"),
        ex("去年底", "2021"),
        ex("本季度", "2022-Q1"),
    ),
)

EDGE_ALONE = Rule(
    name="edge_alone",
    pattern=r"(?<![\d上下本这這个個年])(?P<unit>[月年])(?P<edge>[初底末])(?![\d])",
    produce=lambda g: PartOf(
        EDGES[g.get("edge") or "初"], Cycle("month" if g.get("unit") == "月" else "year", Rel(0))
    ),
    examples=(ex("月底", "2022-03"), ex("年初", "2022")),
)


def _weekday(groups: Groups) -> Meaning | None:
    day = Weekday(WEEKDAYS[groups.get("wd") or "一"])
    rel = _rel(groups)
    return day if rel is None else Within(day, Cycle("week", rel))


WEEKDAY_RULE = Rule(
    name="weekday",
    pattern=rf"(?:(?P<rel>{RELATION}){MEASURE})?{WEEK}(?P<wd>{WEEKDAY})(?![次遍回])",
    produce=_weekday,
    examples=(
        ex("星期一", "2022-03-14"),
        ex("周五", "2022-03-11"),
        ex("週三", "2022-03-09"),
        ex("上周三", "2022-03-09"),
        ex("下周三", "2022-03-23"),
        ex("上上個週三", "2022-03-02"),
        ex("这个星期天", "2022-03-20"),
    ),
)


def _weekend(groups: Groups) -> Meaning | None:
    rel = _rel(groups)
    return Weekend() if rel is None else NthOf(1, "weekend", Cycle("week", rel))


WEEKEND = Rule(
    name="weekend",
    pattern=rf"(?:(?P<rel>{RELATION}){MEASURE})?(?:周末|週末)",
    produce=_weekend,
    examples=(
        ex("下下周末", "2022-W13-WE"),
        ex("上上個週末", "2022-W09-WE"),
        ex("这个周末", "2022-W11-WE"),
    ),
)

# ---- times of day --------------------------------------------------------------------------


def _meridiem(part: str | None, hour: int) -> tuple[str | None, str | None]:
    """What a part of the day says of the clock time after it: 下午3点 is 3 p.m."""
    if part is None:
        return None, None
    name = DAY_PARTS.get(part) or CLOCK_PARTS[part]
    if name == "noon":
        return ("pm" if hour <= 2 or hour == 12 else None), name
    if name in AFTERNOON_PARTS:
        return ("pm" if 1 <= hour <= 11 else None), name
    return ("am" if hour <= 12 else None), name


def _clock(groups: Groups) -> Meaning | None:
    hour = _in_range(_number(groups, "h"), 0, 24)
    if hour is None:
        return None
    minute = 30 if groups.get("half") else 15 * (_number(groups, "q") or 0)
    if groups.get("m") or groups.get("mm"):
        minute = _in_range(number_value(groups.get("m") or groups.get("mm")), 0, 59) or 0
    second = _in_range(_number(groups, "s"), 0, 59) if groups.get("s") else None
    meridiem, _part = _meridiem(groups.get("part"), hour)
    said_minutes = bool(
        groups.get("m") or groups.get("mm") or groups.get("half") or groups.get("q")
    )
    return Clock(
        hour % 24,
        minute,
        second,
        meridiem=meridiem,  # type: ignore[arg-type]
        exact=said_minutes or bool(groups.get("colon")),
        twelve_hour=meridiem is None and 1 <= hour < 12,
    )


# Minutes after the hour without 分: two digits or tens ("3点30", "三点二十"); one numeral
# alone would be a decimal (三点五 is 3.5).
MINUTES = r"(?:[0-5]\d|[０-５][０-９]|[一二三四五]?十[一二三四五六七八九]?)"
_PART_PREFIX = rf"(?:(?P<part>{DAY_PART}|[早晚](?=[\d{NUMERALS}]))的?)?(?:大约|大概|约|約)?"
CLOCK = Rule(
    name="clock",
    pattern=_PART_PREFIX + NOT_AFTER_NUMBER + rf"(?P<h>{HOUR_NUM}){OPT}{HOUR_MARK}[钟鐘]?"
    rf"(?:(?P<half>半)|(?P<q>[一三])刻|(?P<m>{MINUTE_NUM}){OPT}分|(?P<mm>{MINUTES})|整)?"
    rf"(?:(?P<s>{MINUTE_NUM}){OPT}秒)?(?:左右)?(?![\d{NUMERALS}间間])",
    produce=_clock,
    accept=checks.clock_ok,
    examples=(
        ex("下午3点", "2022-03-14T15:00"),
        ex("9点", "2022-03-14T09:00"),
        ex("15时20分", "2022-03-14T15:20"),
        ex("17点55分23秒", "2022-03-14T17:55:23"),
        ex("大约十点", "2022-03-14T10:00"),
        ex("五点一刻", "2022-03-14T05:15"),
        ex("晚上八点", "2022-03-14T20:00"),
        ex("七点半", "2022-03-14T07:30"),
        ex("中午12点", "2022-03-14T12:00"),
        ex("早8点", "2022-03-14T08:00"),
        ex("晚十点", "2022-03-14T22:00"),
        ex("一点", None, text="请再快一点。"),
    ),
)

DIGITAL_CLOCK = Rule(
    name="digital_clock",
    pattern=_PART_PREFIX + r"(?<![\d:：])(?P<h>[01]?\d|2[0-4])(?P<colon>[:：])(?P<m>[0-5]\d)"
    r"(?:[:：](?P<s>[0-5]\d))?(?![\d:：])",
    produce=_clock,
    examples=(
        ex("8:00", "2022-03-14T08:00"),
        ex("下午5:00", "2022-03-14T17:00"),
        ex("17:30:15", "2022-03-14T17:30:15"),
    ),
)


def _clock_range(groups: Groups) -> Meaning | None:
    end = _clock(groups)
    start = _clock({"h": groups.get("h1"), "part": groups.get("part")})
    if not isinstance(end, Clock) or not isinstance(start, Clock):
        return None
    return Interval(start, end)


CLOCK_RANGE = Rule(
    name="clock_range",
    pattern=rf"(?:(?P<part>{DAY_PART}))?{NOT_AFTER_NUMBER}(?P<h1>{HOUR_NUM})(?:到|至|-|－|~|～)"
    rf"(?P<h>{HOUR_NUM}){HOUR_MARK}[钟鐘]?(?:(?P<half>半)|(?P<m>{MINUTE_NUM})分)?",
    produce=_clock_range,
    examples=(ex("早上五到六点", "2022-03-14T05:00", end="2022-03-14T06:00:00"),),
)

PART_OF_DAY = Rule(
    name="part_of_day",
    pattern=rf"(?P<part>{DAY_PART})(?!好)",
    produce=lambda g: PartOfDay(DAY_PARTS[g.get("part") or "上午"]),
    examples=(ex("上午", "2022-03-14TMO"), ex("晚上", "2022-03-14TEV")),
)

# ---- lengths, offsets, sets ----------------------------------------------------------------


def _amount(groups: Groups) -> float | None:
    """How many units: 三 is 3, 三年半 3.5, 一个半小时 1.5, 半小时 0.5, 几天 some."""
    written = groups.get("n")
    half = 0.5 if groups.get("half") or groups.get("half2") else 0.0
    if not written:
        return half or None
    if written.endswith(("几", "幾", "数", "數")):
        return None
    fraction = written.replace("．", ".")
    if "." in fraction:
        return float(fraction)
    value = number_value(written)
    return None if value is None else value + half


def _unit(groups: Groups) -> Unit:
    return UNITS[groups.get("unit") or "天"]


# 三天, 两个月, 半小时, 三年半, 一个半小时: the unit's words, less 日 and 月 alone (the 3rd,
# March), and 分 alone (a score, or 十分 "very").
# 月 alone only after 个半 ("一个半月", a month and a half); else 3月 is March.
_HALF_MONTH = r"|(?<=[个個]半)月"
_DURATION_UNIT = alternation(u for u in UNITS if u not in ("日", "月"))[:-1] + _HALF_MONTH + ")"
# 3日前 "three days ago", but 3月前 "before March".
_OFFSET_UNIT = alternation(u for u in UNITS if u != "月")[:-1] + _HALF_MONTH + ")"
QUANTITY = (
    rf"(?:{NOT_AFTER_NUMBER}(?P<n>{COUNT}){OPT}{MEASURE}(?P<half>半)?|(?P<half2>半){MEASURE})"
    rf"{OPT}(?P<unit>{_DURATION_UNIT})(?P<half3>半)?"
)


def _duration(groups: Groups) -> Meaning | None:
    amount = _amount({**groups, "half": groups.get("half") or groups.get("half3")})
    if amount is None and not groups.get("n"):
        return None
    return Duration(amount, _unit(groups))


DURATION = Rule(
    name="duration",
    pattern=QUANTITY + r"(?:多|左右|之内|之內|以内|以內|内|內)?(?![代级級前后後岁歲])",
    produce=_duration,
    accept=checks.quantity_ok,
    examples=(
        ex("6 天", "P6D"),
        ex("7 周", "P7W"),
        ex("三年半", "P3.5Y"),
        ex("半小时", "PT0.5H"),
        ex("两个小时", "PT2H"),
        ex("一个半月", "P1.5M"),
        ex("30分钟", "PT30M"),
        ex("几天", "PXD"),
        ex("十分", None, text="这个问题十分重要。"),
        ex("18周", None, text="我今年18周岁了"),
    ),
)


def _offset(groups: Groups) -> Meaning | None:
    amount = _amount(groups)
    unit = UNITS[groups.get("unit") or "天"]
    sign = OFFSET_SIGNS[groups.get("dir") or "前"]
    return Offset(amount, unit, sign)


OFFSET = Rule(
    name="offset",
    pattern=rf"(?:{NOT_AFTER_NUMBER}(?P<n>{COUNT}){OPT}{MEASURE}(?P<half>半)?|(?P<half2>半){MEASURE})"
    rf"{OPT}(?P<unit>{_OFFSET_UNIT})"
    rf"(?P<dir>以前|之前|以后|以後|之后|之後|前|后|後)",
    produce=_offset,
    accept=checks.quantity_ok,
    examples=(
        ex("三天前", "2022-03-11"),
        ex("两周后", "2022-03-28"),
        ex("2分钟前", "2022-03-13T23:58"),
        ex("5年前", "2017"),
        ex("3个月后", "2022-06"),
        ex("半年前", "2021-09"),
        ex("一个半月后", "2022-04-28"),
    ),
)


def _stretch(groups: Groups) -> Meaning | None:
    amount = _amount(groups)
    if amount is None:
        return None
    return Stretch(
        amount, UNITS[groups.get("unit") or "天"], STRETCH_WORDS[groups.get("w") or "过去"]
    )


STRETCH = Rule(
    name="stretch",
    pattern=rf"(?P<w>{alternation(k for k in STRETCH_WORDS if k != '前')})的?"
    rf"(?P<n>{COUNT}){OPT}{MEASURE}(?P<half>半)?{OPT}(?P<unit>{_DURATION_UNIT})",
    produce=_stretch,
    examples=(
        ex("过去十年", "P10Y", text="过去十年中国有了巨大的变化"),
        ex("未来三天", "2022-03-15", end="2022-03-18T00:00:00"),
    ),
)

_SET_PERIOD = alternation(SET_PERIODS)


def _set(groups: Groups) -> Meaning | None:
    if groups.get("wd"):
        return Every(f"XXXX-WXX-{WEEKDAYS[groups['wd'] or '一'] + 1}")
    return Every(SET_PERIODS[groups.get("p") or "天"])


SET = Rule(
    name="set",
    pattern=rf"每{MEASURE}(?:{WEEK}(?P<wd>[一二三四五六日天])|(?P<p>{_SET_PERIOD}))",
    produce=_set,
    examples=(
        ex("每个星期", "P1W"),
        ex("每年", "P1Y"),
        ex("每天", "P1D"),
        ex("每周一", "XXXX-WXX-1"),
    ),
)

VAGUE_RULE = Rule(
    name="vague",
    pattern=alternation(VAGUE).replace("(?:", "(?P<w>", 1),
    produce=lambda g: Vague(VAGUE[g.get("w") or "现在"]),  # type: ignore[arg-type]
    examples=(ex("现在", "PRESENT_REF"), ex("最近", "PAST_REF")),
)

HOLIDAY_RULE = Rule(
    name="holiday",
    pattern=rf"(?P<name>{HOLIDAY})",
    produce=lambda g: None if (k := holiday_key(g.get("name") or "")) is None else Holiday(k),
    examples=(
        ex("圣诞节", "2021-12-25"),
        ex("国庆节", "2022-10-01", text="国庆节我们将去上海。"),
        ex("春节", "2022-02-01"),
        ex("教师节", "2022-09-10"),
        ex("妇女节", "2022-03-08"),
    ),
)

_NTH_UNITS: dict[str, Unit] = {
    "月": "month", "天": "day", "周": "week", "週": "week", "星期": "week",
}  # fmt: skip


def _nth_item(groups: Groups) -> Meaning | None:
    nth = _number(groups, "n")
    return None if nth is None else NthItem(nth, _NTH_UNITS[groups.get("unit") or "月"])


NTH_ITEM = Rule(
    name="nth_item",
    pattern=rf"第(?P<n>{COUNT}){MEASURE}(?P<unit>{alternation(_NTH_UNITS)})",
    produce=_nth_item,
    examples=(ex("2021年的第三个月", "2021-03", text="他们将在2021年的第三个月离开"),),
)

RULES: tuple[Rule, ...] = (
    ISO_DATE,
    SLASH_DATE,
    FULL_DATE,
    YEAR_MONTH,
    YEAR_RULE,
    DAY_OF_MONTH,
    DECADE,
    CENTURY,
    QUARTER,
    HALF,
    SEASON,
    DEICTIC_RULE,
    DAY_AND_PART_RULE,
    NARRATIVE_DAY,
    CYCLE_RULE,
    EDGE_ALONE,
    WEEKDAY_RULE,
    WEEKEND,
    CLOCK,
    DIGITAL_CLOCK,
    CLOCK_RANGE,
    PART_OF_DAY,
    DURATION,
    OFFSET,
    STRETCH,
    SET,
    VAGUE_RULE,
    HOLIDAY_RULE,
    NTH_ITEM,
)
