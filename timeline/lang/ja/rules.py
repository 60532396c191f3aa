"""The Japanese rules: one record per kind of phrase, with what it means and its examples.

Examples resolve against Monday 14 March 2022 unless they say otherwise. At one position the
longest match wins, then the earlier rule, so 再来週 (the week after next) beats 来週.
"""

from __future__ import annotations

from timeline.engine.records import Groups, Rule, ex
from timeline.lang.ja import checks
from timeline.lang.ja.holidays import holiday_key
from timeline.lang.ja.patterns import (
    BOUND,
    COUNT,
    CYCLE_WORD,
    DAY_NUM,
    DAY_PART,
    DEICTIC,
    EDGE,
    ERA,
    ERA_YEAR,
    HOLIDAY,
    HOUR_NUM,
    MINUTE_NUM,
    MONTH_NUM,
    NOT_AFTER_NUMBER,
    NOT_BEFORE_DIGIT,
    OPT,
    QUALIFIER,
    SHORT_YEAR,
    WEEK_RELATION,
    WEEKDAY,
    YEAR,
)
from timeline.lang.ja.words import (
    AFTERNOON_PARTS,
    CYCLE_WORDS,
    DAY_AND_PART,
    DAY_PARTS,
    DEICTIC_DAYS,
    EDGES,
    ERAS,
    NARRATIVE_CYCLES,
    NUMERALS,
    OTHER_PERIODS,
    SEASON_STEPS,
    SEASONS,
    SET_PERIODS,
    STRETCH_WORDS,
    UNITS,
    VAGUE,
    WEEK_RELATIONS,
    WEEKDAYS,
    alternation,
    number_value,
)
from timeline.lang.shared import cjk_rules
from timeline.meaning import (
    Ahead,
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
    Meaning,
    MonthName,
    NthItem,
    NthOf,
    NumericDate,
    Offset,
    PartOf,
    PartOfDay,
    PartWord,
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


def _year(groups: Groups) -> int | None:
    """A year in digits, in numerals digit by digit ("二〇一八"), or by era ("平成13年")."""
    era = groups.get("era")
    if era:
        count = number_value(groups.get("ey"))
        return None if count is None or count < 1 else ERAS[era] + count
    written = groups.get("y")
    if not written:
        return None
    if "千" in written:
        return number_value(written)
    if not written.isdecimal():
        written = "".join(str(number_value(char)) for char in written)
    if not written.isdecimal():
        return None
    return int(written) if len(written) > 2 else _century_of(int(written))


# A year: in the Western calendar or by era.
_YEAR = rf"(?:(?P<y>{YEAR}|{SHORT_YEAR})|(?P<era>{ERA})(?P<ey>{ERA_YEAR})){OPT}年{OPT}"

# ---- calendar dates ------------------------------------------------------------------------


def _numeric(groups: Groups) -> Meaning | None:
    year, month, day = _year(groups), _number(groups, "m"), _number(groups, "d")
    if year is None or _in_range(month, 1, 12) is None or _in_range(day, 1, 31) is None:
        return None
    return Date(month, day, year)  # type: ignore[arg-type]


ISO_DATE = Rule(
    name="iso_date",
    pattern=NOT_AFTER_NUMBER
    + r"(?P<y>\d{4})[-./／](?P<m>\d{1,2})[-./／](?P<d>\d{1,2})"
    + NOT_BEFORE_DIGIT,
    produce=_numeric,
    examples=(ex("2015-03-29", "2015-03-29"), ex("2018/1/10", "2018-01-10")),
)

SLASH_DATE = Rule(
    name="slash_date",
    pattern=r"(?<![\d/])(?P<a>1[0-2]|0?[1-9])/(?P<b>[12]\d|3[01]|0?[1-9])(?:/(?P<y>\d{4}))?"
    r"(?![\d/])",
    produce=lambda g: (
        NumericDate(int(g["a"] or 1), int(g["b"] or 1), int(g["y"] or 0))
        if g.get("y")
        else Date(int(g["a"] or 1), int(g["b"] or 1))
    ),
    examples=(ex("3/15", "2022-03-15"), ex("3/15/2020", "2020-03-15")),
)


FULL_DATE = cjk_rules.full_date(
    NOT_AFTER_NUMBER + rf"(?:{_YEAR})?(?P<m>{MONTH_NUM}){OPT}月{OPT}(?P<d>{DAY_NUM})"
    rf"{OPT}日(?![間])(?:[（(](?P<wd>[月火水木金土日])(?:曜日?)?[）)])?" + BOUND,
    (
        ex("2019年1月2日", "2019-01-02"),
        ex("２００７年１月１０日", "2007-01-10"),
        ex("10月2日", "2021-10-02", text="10月2日に戻りました。"),
        ex("平成30年3月3日", "2018-03-03"),
        ex("三月一日", "2022-03-01"),
        ex("二千年の九月十日", "2000-09-10"),
        ex("１９年二月三日", "2019-02-03"),
        ex("2016年1月1日以降", "2016-01-01"),
        ex("２０１２年１月１日とその前", "2012-01-01"),
        ex("3月14日（月）", "2022-03-14"),
        ex("10月5日（水）", "2022-10-05", text="式典は10月5日（水）に開かれる。"),
    ),
    number_value=number_value,
    weekdays=WEEKDAYS,
    year=_year,
)


def _year_month(groups: Groups) -> Meaning | None:
    month = _in_range(_number(groups, "m"), 1, 12)
    return None if month is None else MonthName(month, _year(groups))


YEAR_MONTH = Rule(
    name="year_month",
    pattern=NOT_AFTER_NUMBER
    + rf"(?:{_YEAR})?(?P<m>{MONTH_NUM}){OPT}月(?![\d{NUMERALS}曜間])"
    + BOUND,
    produce=_year_month,
    examples=(
        ex("2017年4月", "2017-04"),
        ex("二〇一八年十二月", "2018-12"),
        ex("２０１８年　１２月", "2018-12"),
        ex("4月", "2021-04", text="4月に中国へ戻った。"),
    ),
)

YEAR_RULE = Rule(
    name="year",
    pattern=NOT_AFTER_NUMBER + rf"(?:(?P<y>{YEAR})|(?P<era>{ERA})(?P<ey>{ERA_YEAR})){OPT}年"
    rf"(?:度)?(?![代間生目])" + BOUND,
    produce=lambda g: None if (y := _year(g)) is None else Year(y),
    examples=(
        ex("2008年", "2008"),
        ex("平成13年", "2001"),
        ex("平成元年", "1989"),
        ex("昭和二年", "1927"),
        ex("令和5年", "2023"),
        ex("明治13年", "1880"),
        ex("二千年", "2000"),
        ex("2018年以降", "2018"),
    ),
)

DAY_OF_MONTH = Rule(
    name="day_of_month",
    pattern=NOT_AFTER_NUMBER + rf"(?P<d>{DAY_NUM}){OPT}日(?![間前後目分連以未ぶほ中])(?:ごろ|頃)?",
    produce=lambda g: None if (d := _in_range(_number(g, "d"), 1, 31)) is None else DayOfMonth(d),
    accept=checks.day_ok,
    examples=(
        ex("２９日", "2022-03-29", text="２９日に来ますか？", prefer="future"),
        ex("21日ごろ", "2022-03-21", text="21日ごろに何か設定してくれませんか。"),
        ex("一日", None, text="一日の終わりに休む。"),
    ),
)


DECADE = cjk_rules.decade(
    rf"(?:(?P<c>{COUNT}){OPT}世紀{OPT})?(?:(?P<full>\d{{3}}[0０])|(?P<tens>[1-9１-９][0０]|"
    r"[一二三四五六七八九]?十))年代",
    (ex("1990年代", "199"), ex("80年代", "198"), ex("１８７０年代", "187")),
    number_value=number_value,
)

CENTURY = Rule(
    name="century",
    pattern=NOT_AFTER_NUMBER + rf"(?P<c>{COUNT}){OPT}世紀(?!間)",
    produce=lambda g: None if (c := _number(g, "c")) is None else Century(c),
    examples=(ex("二十世紀", "19"), ex("21世紀", "20")),
)

QUARTER = Rule(
    name="quarter",
    pattern=r"第(?P<q>[一二三四1-4１-４])四半期",
    produce=lambda g: Quarter(number_value(g.get("q")) or 1),
    examples=(ex("第3四半期", "2022-Q3"),),
)

HALF = Rule(
    name="half",
    pattern=r"(?P<h>[上下])半期",
    produce=lambda g: Half(1 if g.get("h") == "上" else 2),
    examples=(ex("上半期", "2022-H1"),),
)


def _season(groups: Groups) -> Meaning | None:
    code = SEASONS[groups.get("s") or "春"]
    word = groups.get("w")
    if word in CYCLE_WORDS:
        return Within(Season(code), Cycle("year", Rel(CYCLE_WORDS[word][1])))  # type: ignore[arg-type]
    step = SEASON_STEPS.get(word or "")
    return Season(code, rel=None if step is None else Rel(step))  # type: ignore[arg-type]


SEASON = Rule(
    name="season",
    pattern=rf"(?:(?P<w>{CYCLE_WORD})の|(?P<w2>この|今|昨|去|来))?(?P<s>[春夏秋冬])季?",
    produce=lambda g: _season({**g, "w": g.get("w") or g.get("w2")}),
    accept=checks.season_ok,
    examples=(
        ex("今年の夏", "2022-SU"),
        ex("昨秋", "2021-FA"),
        ex("夏", "2022-SU", text="夏に会いましょう。", prefer="future"),
        ex("夏", None, text="夏休みは長い。"),
    ),
)

# ---- days relative to now -----------------------------------------------------------------

DEICTIC_RULE = Rule(
    name="deictic",
    pattern=rf"(?P<w>{DEICTIC})",
    produce=lambda g: DayShift(DEICTIC_DAYS[g.get("w") or "今日"]),
    examples=(
        ex("今日", "2022-03-14"),
        ex("昨日", "2022-03-13"),
        ex("明日", "2022-03-15"),
        ex("明後日", "2022-03-16"),
        ex("一昨日", "2022-03-12"),
    ),
)

DAY_AND_PART_RULE = Rule(
    name="day_and_part",
    pattern=alternation(DAY_AND_PART).replace("(?:", "(?P<w>", 1),
    produce=lambda g: Within(
        PartOfDay(DAY_AND_PART[g.get("w") or "今朝"][1]),
        DayShift(DAY_AND_PART[g.get("w") or "今朝"][0]),
    ),
    examples=(
        ex("今晩", "2022-03-14TEV"),
        ex("今朝", "2022-03-14TMO"),
        ex("昨夜", "2022-03-13TNI"),
    ),
)


def _cycle(groups: Groups) -> Meaning | None:
    word = groups.get("w") or "今週"
    unit, step = CYCLE_WORDS.get(word) or NARRATIVE_CYCLES[word]
    cycle = Cycle(unit, Rel(step, narrative=word in NARRATIVE_CYCLES))
    return cycle


CYCLE_RULE = Rule(
    name="cycle",
    pattern=rf"(?P<w>{alternation([*CYCLE_WORDS, *NARRATIVE_CYCLES])})(?!間)",
    produce=_cycle,
    examples=(
        ex("先週", "2022-W10"),
        ex("今週", "2022-W11"),
        ex("来週", "2022-W12"),
        ex("再来週", "2022-W13"),
        ex("先月", "2022-02"),
        ex("来月", "2022-04"),
        ex("去年", "2021"),
        ex("再来年", "2024"),
        ex("翌週", "2018-W27", text="それは翌週に起きた。", reference="2018-06-26"),
        ex("その年", "2022", text="その年の売り上げを表示して。"),
    ),
)


def _edge(unit_word: str | None, edge: str | None) -> Meaning:
    unit: Unit = "year" if unit_word == "年" else "month"
    return PartOf(EDGES[edge or "末"], Cycle(unit, Rel(0)))


EDGE_ALONE = Rule(
    name="edge_alone",
    pattern=r"(?<![\d上下今来先同前翌〇一二三四五六七八九十])(?P<u>[月年])(?P<e>末|初め|始め|半ば)",
    produce=lambda g: _edge(g.get("u"), g.get("e")),
    examples=(ex("月末", "2022-03"), ex("年末", "2022")),
)


PART_WORD = Rule(
    name="part_word",
    pattern=rf"(?P<e>{EDGE})(?:ごろ|頃)?",
    produce=lambda g: PartWord(EDGES[g.get("e") or "末"]),
    examples=(ex("今週の終わりごろ", "2022-W11", text="今週の終わりごろ会いましょう。"),),
)


def _weekday(groups: Groups) -> Meaning | None:
    day = Weekday(WEEKDAYS[groups.get("wd") or "月"])
    rel = groups.get("rel")
    if rel is None:
        return day
    return Within(day, Cycle("week", Rel(WEEK_RELATIONS[rel])))


WEEKDAY_RULE = Rule(
    name="weekday",
    pattern=rf"(?:(?P<rel>{WEEK_RELATION})の?)?{WEEKDAY}",
    produce=_weekday,
    examples=(
        ex("水曜日", "2022-03-09"),
        ex("金曜", "2022-03-11"),
        ex("先週の月曜日", "2022-03-07"),
        ex("来週月曜日", "2022-03-21"),
        ex("今週の日曜日", "2022-03-20"),
        ex("次の金曜日", "2022-03-25"),
        ex("金曜日", "2022-03-18", text="金曜日に会います。"),
        ex("金曜日", "2022-03-11", text="金曜日に会いました。"),
    ),
)

WEEKEND = Rule(
    name="weekend",
    pattern=r"(?:(?P<w>先週|今週|来週|次)の?週?末|(?P<that>その|この)?週末)",
    produce=lambda g: (
        NthOf(1, "weekend", Cycle("week", Rel(WEEK_RELATIONS[g["w"] or "今週"])))
        if g.get("w")
        else Weekend(Rel(0, narrative=True) if g.get("that") == "その" else None)
    ),
    examples=(
        ex("来週末", "2022-W12-WE"),
        ex("次の週末", "2022-W12-WE"),
        ex("週末", "2022-W10-WE", text="週末に会った。"),
    ),
)

# ---- times of day --------------------------------------------------------------------------


def _meridiem(part: str | None, hour: int) -> str | None:
    """What a part of the day says of the clock time after it: 午後3時 is 3 p.m."""
    if part is None:
        return None
    name = DAY_PARTS[part]
    if name == "noon":
        return "pm" if hour <= 3 or hour == 12 else None
    if name in AFTERNOON_PARTS:
        return "pm" if 1 <= hour <= 11 else None
    return "am" if hour <= 12 else None


def _clock(groups: Groups) -> Meaning | None:
    hour = _in_range(_number(groups, "h"), 0, 24)
    if hour is None:
        return None
    minute = 30 if groups.get("half") else 0
    if groups.get("m"):
        minute = _in_range(_number(groups, "m"), 0, 59) or 0
    second = _in_range(_number(groups, "s"), 0, 59) if groups.get("s") else None
    meridiem = _meridiem(groups.get("part"), hour)
    return Clock(
        hour % 24,
        minute,
        second,
        meridiem=meridiem,  # type: ignore[arg-type]
        exact=bool(groups.get("m") or groups.get("half") or groups.get("colon")),
        twelve_hour=meridiem is None and 1 <= hour < 12,
    )


_PART_PREFIX = rf"(?:(?P<part>{DAY_PART})の?)?(?:約|およそ)?"
CLOCK = Rule(
    name="clock",
    pattern=_PART_PREFIX + NOT_AFTER_NUMBER + rf"(?P<h>{HOUR_NUM}){OPT}時(?![間期代点])"
    rf"(?:(?P<half>半)|(?P<m>{MINUTE_NUM}){OPT}分(?!間))?(?:(?P<s>{MINUTE_NUM}){OPT}秒(?!間))?"
    r"(?:ちょうど|ごろ|頃|ぐらい|くらい|過ぎ)?",
    produce=_clock,
    accept=checks.clock_ok,
    examples=(
        ex("午後7時", "2022-03-14T19:00"),
        ex("7時半", "2022-03-14T07:30"),
        ex("朝8時", "2022-03-14T08:00"),
        ex("17時49分19秒", "2022-03-14T17:49:19"),
        ex("夜十一時半十秒", "2022-03-14T23:30:10"),
        ex("零時", "2022-03-14T00:00"),
        ex("未明二時半", "2022-03-14T02:30"),
        ex("今夜7時ぐらい", "2022-03-14T19:00"),
        ex("一時", None, text="一時的に停止した。"),
    ),
)

DIGITAL_CLOCK = Rule(
    name="digital_clock",
    pattern=_PART_PREFIX + r"(?<![\d:：])(?P<h>[01]?\d|2[0-4])(?P<colon>[:：])(?P<m>[0-5]\d)"
    r"(?:[:：](?P<s>[0-5]\d))?(?![\d:：])",
    produce=_clock,
    examples=(ex("12:00", "2022-03-14T12:00"), ex("午後3:30", "2022-03-14T15:30")),
)

NAMED_CLOCK = Rule(
    name="named_clock",
    pattern=r"(?P<w>正午|真夜中)",
    produce=lambda g: Clock(12 if g.get("w") == "正午" else 0),
    examples=(ex("正午", "2022-03-14T12:00"), ex("真夜中", "2022-03-14T00:00")),
)

PART_OF_DAY = Rule(
    name="part_of_day",
    pattern=r"(?P<part>午前|午後|夕方|深夜|早朝|未明|夜中|朝(?!日|食|刊)|夜(?!間|明))(?:に|は)?",
    produce=lambda g: PartOfDay(DAY_PARTS[g.get("part") or "午前"]),
    examples=(ex("午後", "2022-03-14TAF"), ex("夕方に", "2022-03-14TEV")),
)

# ---- lengths, offsets, sets ----------------------------------------------------------------


def _amount(groups: Groups) -> float | None:
    written = groups.get("n")
    half = 0.5 if groups.get("half") else 0.0
    if not written or written in ("数", "何", "幾"):
        return None
    fraction = written.replace("．", ".")
    if "." in fraction:
        return float(fraction) + half
    value = number_value(written)
    return None if value is None else value + half


def _unit(groups: Groups) -> Unit:
    return UNITS[groups.get("unit") or "日"]


# A length: 3年間, 2か月, 数時間, 一時間半; 日 and 月 alone only with a qualifier after them
# (4日以上), as 4日 alone is the 4th and 4月 April.
_LENGTH_UNIT = alternation(u for u in UNITS if u not in ("日", "月", "年"))
_QUANTITY = rf"(?:まる|約|およそ)?{NOT_AFTER_NUMBER}(?P<n>{COUNT}){OPT}"


def _duration(groups: Groups) -> Meaning | None:
    return Duration(_amount(groups), _unit(groups))


DURATION = Rule(
    name="duration",
    pattern=r"(?P<half0>半)(?P<unit0>年|日|月)(?!間)|"
    + _QUANTITY
    + rf"(?:(?P<unit>{_LENGTH_UNIT}|(?<=[とた])月)(?P<half>半)?|(?P<unit2>[日年])"
    r"(?:(?P<half2>半)|(?=以上|以下|以内|未満|ほど|ぐらい|くらい|程度|連続|近く|間|で|も)))"
    + QUALIFIER,
    produce=lambda g: (
        Duration(0.5, UNITS[g["unit0"] or "年"])
        if g.get("half0")
        else _duration(
            {**g, "unit": g.get("unit") or g.get("unit2"), "half": g.get("half") or g.get("half2")}
        )
    ),
    accept=checks.quantity_ok,
    examples=(
        ex("まる1か月", "P1M"),
        ex("数時間", "PTXH"),
        ex("数日間", "PXD"),
        ex("数週間", "PXW"),
        ex("2時間以下", "PT2H"),
        ex("4日以上", "P4D"),
        ex("30分以上", "PT30M"),
        ex("一時間", "PT1H"),
        ex("3年半", "P3.5Y"),
        ex("半年", "P0.5Y", text="半年かかった。"),
        ex("まるひと月", "P1M"),
        ex("1時間半", "PT1.5H"),
        ex("十分", None, text="時間は十分ある。"),
    ),
)

_OFFSET_UNIT = alternation(u for u in UNITS if u != "月")


def _offset(groups: Groups) -> Meaning | None:
    sign = -1 if groups.get("dir") == "前" else 1
    return Offset(_amount(groups), _unit(groups), sign)


OFFSET = Rule(
    name="offset",
    pattern=rf"(?:今から|今日から)?{NOT_AFTER_NUMBER}(?P<n>{COUNT}){OPT}"
    rf"(?P<unit>{_OFFSET_UNIT}|(?<=[とた])月)"
    r"(?P<half>半)?(?:以上)?(?P<dir>前|後)(?!半)",
    produce=_offset,
    accept=checks.quantity_ok,
    examples=(
        ex("2か月前", "2022-01"),
        ex("ひと月前", "2022-02"),
        ex("５年前", "2017"),
        ex("5分後", "2022-03-14T00:05"),
        ex("今から3分後", "2022-03-14T00:03"),
        ex("今日から2日後", "2022-03-16"),
    ),
)

AHEAD = Rule(
    name="ahead",
    pattern=rf"{NOT_AFTER_NUMBER}(?P<n>{COUNT}){OPT}(?P<unit>{_LENGTH_UNIT}|年)(?P<half>半)?で",
    produce=lambda g: Ahead(_amount(g), _unit(g)),
    accept=checks.quantity_ok,
    examples=(
        ex("2分で", "2022-03-14T00:02", text="2分で出発します。"),
        ex("三十分で", "2022-03-14T00:30", text="ご飯は後三十分でできます。"),
    ),
)


def _stretch(groups: Groups) -> Meaning | None:
    amount = _amount(groups)
    if amount is None:  # ここ数年 "these last few years": a length of some years
        return Duration(None, _unit(groups))
    return Stretch(amount, _unit(groups), STRETCH_WORDS[groups.get("w") or "今後"])


STRETCH = Rule(
    name="stretch",
    pattern=rf"(?P<w>{alternation(STRETCH_WORDS)})の?(?P<n>{COUNT}){OPT}(?P<unit>{_LENGTH_UNIT}"
    r"|日間|日|年間|年)(?P<half>半)?",
    produce=_stretch,
    examples=(
        ex("今後2か月", "P2M", text="今後2か月の間に何が起こるでしょうか。"),
        ex("ここ2日間", "2022-03-12", end="2022-03-14T00:00:00"),
        ex("過去の十年間", "P10Y", text="過去の十年間中国は著しく変わりました。"),
        ex("ここ数年", "PXY"),
    ),
)


def _set(groups: Groups) -> Meaning | None:
    if groups.get("other"):
        return Every(OTHER_PERIODS[groups["other"] or "週"])
    if groups.get("wd"):
        return Every(f"XXXX-WXX-{WEEKDAYS[groups['wd'] or '月'] + 1}")
    return Every(SET_PERIODS[groups.get("p") or "日"])


SET = Rule(
    name="set",
    pattern=rf"毎(?:週{WEEKDAY}|(?P<p>{alternation(SET_PERIODS)}))|隔(?P<other>[日週月年])",
    produce=_set,
    examples=(
        ex("毎年", "P1Y"),
        ex("毎週", "P1W"),
        ex("毎朝", "XXXX-XX-XXTMO"),
        ex("毎週月曜日", "XXXX-WXX-1"),
        ex("隔週", "P2W"),
    ),
)

VAGUE_RULE = Rule(
    name="vague",
    pattern=alternation(VAGUE).replace("(?:", "(?P<w>", 1)
    + r"|(?P<now>今)(?![日週月年朝晩夜後回度季期頃ごろ夏春秋冬から年])",
    produce=lambda g: Vague("PRESENT_REF" if g.get("now") else VAGUE[g.get("w") or "現在"]),  # type: ignore[arg-type]
    examples=(ex("今", "PRESENT_REF", text="今戻ります。"), ex("最近", "PAST_REF")),
)

HOLIDAY_RULE = Rule(
    name="holiday",
    pattern=rf"(?P<name>{HOLIDAY})",
    produce=lambda g: None if (k := holiday_key(g.get("name") or "")) is None else Holiday(k),
    examples=(
        ex("クリスマス", "2021-12-25"),
        ex("文化の日", "2021-11-03"),
        ex("感謝祭", "2021-11-25"),
    ),
)


def _nth_item(groups: Groups) -> Meaning | None:
    nth = -1 if groups.get("last") else (1 if groups.get("first") else _number(groups, "n"))
    if nth is None:
        return None
    if groups.get("wd"):
        return NthItem(nth, WEEKDAYS[groups["wd"] or "月"])
    item: Unit = {"月": "month", "日": "day"}.get(groups.get("unit") or "", "week")  # type: ignore[assignment]
    return NthItem(nth, item)


NTH_ITEM = Rule(
    name="nth_item",
    pattern=rf"(?:第(?P<n>{COUNT})の?|(?P<first>最初)の|(?P<last>最後の|最終))"
    rf"(?:{WEEKDAY}|(?P<unit>週|月|日)(?![間曜]))",
    produce=_nth_item,
    examples=(
        ex("2018年の第3週", "2018-W03", text="2018年の第3週はどうですか。"),
        ex("2015年の最初の週", "2015-W01", text="2015年の最初の週はどうですか。"),
        ex("今月の第一金曜日", "2022-03-04"),
        ex("来月の第2月曜日", "2022-04-11"),
        ex("8月最後の月曜日", "2022-08-29"),
    ),
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
    CYCLE_RULE,
    EDGE_ALONE,
    PART_WORD,
    WEEKDAY_RULE,
    WEEKEND,
    CLOCK,
    DIGITAL_CLOCK,
    NAMED_CLOCK,
    PART_OF_DAY,
    DURATION,
    OFFSET,
    AHEAD,
    STRETCH,
    SET,
    VAGUE_RULE,
    HOLIDAY_RULE,
    NTH_ITEM,
)
