"""The English rules: one record per kind of phrase, with what it means and its examples.

Examples resolve against Monday 14 March 2022 unless they say otherwise (`reference`); a
phrase alone is read as `POST /v1/resolve` reads it, one with `text` inside that sentence.
The order of the records matters only for ties: at one position the longest match wins, then
the earlier rule.
"""

from __future__ import annotations

from typing import Literal

from timeline.engine.records import Groups, Rule, ex
from timeline.lang.en import checks
from timeline.lang.en.holidays import holiday_key
from timeline.lang.en.patterns import (
    AMPM,
    AMPM_WORD,
    CENTURY_WORD,
    CLOCK_WORD,
    CYCLE,
    DAY_NUM,
    DAY_PART,
    DAY_WORD,
    DECADE_WORD,
    HOLIDAY,
    HOUR_WORD,
    HY,
    MINUTE_WORD,
    MONTH,
    NUMBER,
    NUMBER_WORD,
    OPT,
    ORD_SUFFIX,
    ORDINAL_WORD,
    REL,
    REL_AFTER,
    REL_NAME,
    SEP,
    TIMEZONE,
    TO_99_WORD,
    UNIT,
    UNIT_END,
    WEEKDAY,
    YEAR,
    _,
)
from timeline.lang.en.words import (
    CYCLE_UNITS,
    DAY_PARTS,
    DECADE_WORDS,
    DEICTIC_DAYS,
    EDGES,
    FUTURE_WORDS,
    HOUR_WORDS,
    MINUTE_WORDS,
    MONTHS,
    PARTS,
    PAST_WORDS,
    SEASONS,
    SET_PERIODS,
    SMALL_NUMBERS,
    TIMEZONES,
    TO_NINETY_NINE,
    UNIT_MULTIPLIER,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS,
    lower_words,
    number_value,
    ordinal_value,
    relation,
    singular,
    year_in_words,
)
from timeline.meaning import (
    Ahead,
    Century,
    Clock,
    Cycle,
    Date,
    DayOfMonth,
    DayShift,
    Decade,
    Duration,
    Every,
    FirstUnits,
    Half,
    Holiday,
    Meaning,
    MonthName,
    NthItem,
    Number,
    NumericDate,
    Offset,
    PartOf,
    PartOfDay,
    PartWord,
    Quarter,
    Rel,
    SaidClock,
    Season,
    Stretch,
    TwoDigitYear,
    Unit,
    Vague,
    Weekday,
    Weekend,
    WeekendOf,
    WeekNumber,
    WeekOf,
    Within,
    WordYear,
    Year,
)


def _int(groups: Groups, name: str) -> int:
    return int(groups.get(name) or 0)


def _rel(groups: Groups) -> Rel | None:
    """The relation a phrase names before its word ("last") or after it ("before last")."""
    return relation(groups.get("after")) or relation(groups.get("rel"))


def _edged(meaning: Meaning, word: str | None) -> Meaning:
    """ "late March": the end of the month, keeping the month's TIMEX3 value."""
    return PartOf(EDGES[word.lower()], meaning) if word else meaning


def _day_part(word: str | None) -> str | None:
    part = lower_words(word).removeprefix("at ").removesuffix("ish")
    return DAY_PARTS.get(part) if part else None


def _with_part(day: Meaning, word: str | None) -> Meaning:
    part = _day_part(word)
    return day if part is None else Within(PartOfDay(part), day)


def _unit(word: str | None) -> Unit:
    return UNITS[singular(lower_words(word))]


def _amount(word: str | None, unit_word: str | None) -> float | None:
    """The number a quantity names, in the unit's terms ("a fortnight" is two weeks)."""
    words = lower_words(word)
    amount = None if words in VAGUE_NUMBERS else number_value(words)
    multiplier = UNIT_MULTIPLIER.get(singular(lower_words(unit_word)), 1)
    return None if amount is None else amount * multiplier


# ---- absolute dates ------------------------------------------------------------------------


def _iso_date(groups: Groups) -> Meaning | None:
    day = Date(_int(groups, "m"), _int(groups, "d"), _int(groups, "y"))
    if groups.get("hh") is None:
        return day
    seconds = groups.get("ss")
    zone = _zone_offset(groups.get("tz"))
    clock = Clock(
        _int(groups, "hh"),
        _int(groups, "mm"),
        None if seconds is None else int(seconds),
        exact=True,
        zone=zone,
    )
    return Within(clock, day)


def _zone_offset(written: str | None) -> int | None:
    """ "Z" -> 0, "+03:00" -> 180, "-0530" -> -330."""
    if not written:
        return None
    if written.upper() == "Z":
        return 0
    digits = written[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:] or 0)
    return -minutes if written[0] == "-" else minutes


ISO_DATE = Rule(
    name="iso_date",
    pattern=r"\b(?P<y>\d{4})-(?P<m>0?[1-9]|1[0-2])-(?P<d>[0-3]?\d)"
    r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?(?:\.\d{1,6})?"
    r"(?P<tz>Z\b|[+-](?:[01]\d|2[0-3]):?[0-5]\d\b)?|\b)",
    produce=_iso_date,
    examples=(
        ex("2015-03-29", "2015-03-29"),
        ex("2015-03-29 21:00", "2015-03-29T21:00"),
        ex("2015-03-29T21:00:30", "2015-03-29T21:00:30"),
    ),
)


def _numeric_date(groups: Groups) -> Meaning | None:
    if groups.get("a3") is not None:
        return NumericDate(_int(groups, "a3"), _int(groups, "b3"), _int(groups, "y3"))
    dotted = groups.get("b2") is not None
    second = _int(groups, "b2") if dotted else _int(groups, "b")
    return NumericDate(_int(groups, "a"), second, _int(groups, "y"), day_first=dotted)


COMPACT_DATE = Rule(
    name="compact_date",
    pattern=r"\b(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\b",
    produce=lambda g: Date(_int(g, "m"), _int(g, "d"), _int(g, "y")),
    accept=checks.typed_only,
    examples=(ex("20170302", "2017-03-02"), ex("20170302", None, text="Order 20170302 shipped.")),
)

NUMERIC_DATE = Rule(
    name="numeric_date",
    pattern=r"\b(?P<a>[0-3]?\d)(?:/(?P<b>[0-3]?\d)/|\.(?P<b2>[0-3]?\d)\.)"
    r"(?P<y>\d{4}|\d{2})\b(?![/.]\d)|(?<![\d-])\b(?P<a3>1[0-2]|0?[1-9])-(?P<b3>[12]\d|3[01]|0?[1-9])-"
    r"(?P<y3>\d{4}|\d{2})\b(?!-\d)",
    produce=_numeric_date,
    examples=(
        ex("3/4/2022", "2022-03-04"),
        ex("14/3/2022", "2022-03-14"),
        ex("4.3.2022", "2022-03-04"),
        ex("12-25-21", "2021-12-25"),
        ex("03-03-2020", None, text="The code of this object is 133-03-03-2020."),
    ),
)


def _month_day(groups: Groups) -> Meaning | None:
    said = groups.get("day") or ""
    day = ordinal_value(said) or TO_NINETY_NINE.get(
        " ".join(said.lower().replace("-", " ").split())
    )
    if day is None or day < 1:
        return None
    weekday = WEEKDAYS.get(lower_words(groups.get("wd"))) if groups.get("wd") else None
    year = _int(groups, "year") or None
    return Date(MONTHS[lower_words(groups.get("month"))], day, year, weekday)


MONTH_DAY = Rule(
    name="month_day",
    pattern=r"\b(?:(?P<wd>" + WEEKDAY + r"),?" + _ + r")?(?P<month>" + MONTH + r")" + _
    + r"(?P<day>" + DAY_NUM + ORD_SUFFIX + r"?|" + ORDINAL_WORD + r")\b(?!:|\.\d|,\d{3})(?:,?" + _
    + r"(?P<year>" + YEAR + r")\b)?",
    produce=_month_day,
    accept=checks.dated_name_ok,
    examples=(
        ex("March 3", "2022-03-03"),
        ex("Friday, March 4, 2022", "2022-03-04"),
        ex("Oct. 5th", "2021-10-05"),
        # The weekday said beside the date picks the year where they agree.
        ex("Wednesday, Oct. 5", "2022-10-05"),
        ex("february twenty second", "2022-02-22"),
        ex("June 1", "2022-06-01", text="The law takes effect June 1.", reference="2022-05-10"),
    ),
)  # fmt: skip

DAY_MONTH = Rule(
    name="day_month",
    pattern=r"\b(?:the" + _ + r")?(?P<day>" + DAY_NUM + r"|" + ORDINAL_WORD + r"|" + DAY_WORD
    + r")" + ORD_SUFFIX + r"?" + _ + r"(?:day" + _ + r")?(?:of" + _ + r")?(?P<month>" + MONTH
    + r")(?:,?" + _
    + r"(?P<year>" + YEAR + r")\b)?",
    produce=_month_day,
    accept=checks.dated_name_ok,
    examples=(
        ex("the 3rd of March", "2022-03-03"),
        ex("3 March 2021", "2021-03-03"),
        ex("the first of April", "2022-04-01"),
        ex("twenty third day of September", "2021-09-23"),
    ),
)  # fmt: skip

MONTH_YEAR = Rule(
    name="month_year",
    pattern=r"\b(?:(?P<mod>early|mid|late)" + HY + r")?(?P<month>" + MONTH + r"),?"
    + _ + r"(?:of" + _ + r")?(?P<year>" + YEAR + r")\b",
    produce=lambda g: _edged(
        MonthName(MONTHS[lower_words(g.get("month"))], _int(g, "year")), g.get("mod")
    ),
    accept=checks.dated_name_ok,
    examples=(
        ex("March 2015", "2015-03"),
        ex("early March 2015", "2015-03", start="2015-03-01T00:00:00", end="2015-03-11T00:00:00"),
        ex("June of 1944", "1944-06"),
    ),
)  # fmt: skip

MONTH_RULE = Rule(
    name="month",
    pattern=r"\b(?:(?:the" + _ + r")?(?P<rel>" + REL_NAME + r")" + _
    + r"|(?P<mod>early|mid|late)" + HY + r")?(?P<month>" + MONTH + r")\b" + REL_AFTER,
    produce=lambda g: _edged(
        MonthName(MONTHS[lower_words(g.get("month"))], rel=_rel(g)), g.get("mod")
    ),
    accept=checks.month_ok,
    examples=(
        ex("March", "2022-03"),
        ex("last March", "2021-03"),
        ex("next March", "2023-03"),
        ex("this March", "2022-03"),
        ex("the following March", "2023-03"),
        ex("late October", "2021-10", start="2021-10-21T00:00:00"),
        ex("September", "2021-09", text="Prices rose in September."),
        ex("September", "2022-09", text="The plant will open in September."),
    ),
)  # fmt: skip

YEAR_RULE = Rule(
    name="year",
    pattern=r"(?:(?<=(?:1\d|20)\d\d[-–])|(?<![\w$£€#.,/-]))(?:(?P<pre>mid|early|late)" + HY
    + r")?(?P<year>" + YEAR + r")(?=['’]s\b|\b)(?![.,]\d|[-/](?!(?:1\d|20)\d\d\b)\d{3})",
    produce=lambda g: _edged(Year(_int(g, "year")), g.get("pre")),
    accept=checks.year_ok,
    examples=(
        ex("2020", "2020"),
        ex("2020", "2020", text="He lost 2020’s election."),
        ex("mid-2011", "2011", start="2011-04-01T00:00:00"),
        ex("1453", "1453", text="The city fell in 1453."),
        ex("2018", "2018", text="He served from 2014-2018 in the senate."),
        ex("2020", None, text="It is set out in Section 2020 of the act."),
        ex("2,000", None, text="Some 2,000 people came."),
    ),
)  # fmt: skip


def _year_tail(groups: Groups) -> Meaning | None:
    century, first = groups.get("century"), groups.get("first")
    if century is None or first is None:
        return None
    tail = _int(groups, "yy")
    if not 0 < tail - int(first) <= 10:  # "1957-58"; not "2015-32" or a phone number
        return None
    return Year(int(century) * 100 + tail)


SHORT_YEAR = Rule(
    name="short_year",
    pattern=r"(?<![\w'’])['’](?P<yy>\d{2})\b(?!['’]?s\b|[.,:]\d)",
    produce=lambda g: TwoDigitYear(_int(g, "yy")),
    examples=(
        ex("'99", "1999", text="The party won in '99 and lost in '03."),
        ex(
            "'99",
            "1899",
            text="The war began in 1896. It spread in 1897 and ended in 1898, "
            "and in '99 the treaty was signed.",
        ),
    ),
)

YEAR_TAIL = Rule(
    name="year_tail",
    pattern=r"(?<=(?P<century>\d{2})(?P<first>\d{2})[-–])(?P<yy>\d{2})\b(?![-/.]\d)",
    produce=_year_tail,
    examples=(
        ex("58", "1958", text="The deal, signed in 1957-58, lasted."),
        ex("32", None, text="Is this a valid date? 2015-32"),
    ),
)


def _decade(groups: Groups) -> Meaning | None:
    century = groups.get("cent")
    tens = _int(groups, "dec") * 10
    return _edged(Decade(tens, None if century is None else int(century)), groups.get("mod"))


DECADE = Rule(
    name="decade",
    pattern=r"\b(?P<the>the" + _ + r")?(?:(?P<mod>early|mid|late)" + HY + r")?"
    r"(?:(?P<cent>1\d|20)|(?P<apostrophe>['’])?)(?P<dec>\d)0['’]?s\b",
    produce=_decade,
    accept=checks.decade_ok,
    examples=(
        ex("the 1990s", "199"),
        ex("the '80s", "198"),
        ex("the late 1960s", "196"),
        ex("2020's", None, text="He lost 2020's election."),
    ),
)  # fmt: skip

DECADE_WORD_RULE = Rule(
    name="decade_word",
    pattern=r"\b(?:the" + _ + r")(?:(?P<mod>early|mid|late)" + HY + r")?(?P<word>" + DECADE_WORD
    + r")\b",
    produce=lambda g: _edged(Decade(DECADE_WORDS[lower_words(g.get("word"))]), g.get("mod")),
    examples=(ex("the eighties", "198"), ex("the early nineties", "199")),
)  # fmt: skip


def _century(groups: Groups) -> Meaning | None:
    number = ordinal_value(groups.get("ord") or "")
    return None if number is None or number < 1 else Century(number)


CENTURY = Rule(
    name="century",
    pattern=r"\b(?P<ord>\d{1,2}" + ORD_SUFFIX + r"|" + ORDINAL_WORD + r")" + HY + r"century\b",
    produce=_century,
    examples=(ex("the 20th century", "19"), ex("the nineteenth century", "18")),
)


def _quarter(groups: Groups) -> Meaning | None:
    word = lower_words(groups.get("ord"))
    number = 4 if word == "final" else ordinal_value(word)
    if number is None or not 1 <= number <= 4:
        return None
    return Quarter(number, _int(groups, "year") or None)


QUARTER = Rule(
    name="quarter",
    pattern=r"\b(?:the" + _ + r")?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
    + HY + r"(?:fiscal" + _ + r")?(?:quarter|qtr)\b(?:" + _ + r"(?:of" + _ + r")?(?P<year>"
    + YEAR + r")\b)?",
    produce=_quarter,
    examples=(
        ex("the first quarter of 2023", "2023-Q1"),
        ex("the fourth quarter", "2022-Q4"),
        ex("the fourth quarter", "2021-Q4", text="Profits fell in the fourth quarter."),
    ),
)  # fmt: skip

QUARTER_CODE = Rule(
    name="quarter_code",
    pattern=r"\b(?:Q(?P<q>[1-4])(?:(?:-|" + OPT + r")(?P<year>" + YEAR + r"))?|(?P<year2>" + YEAR
    + r")(?:-|" + OPT + r")Q(?P<q2>[1-4])|(?P<yy>\d{2})Q(?P<q3>[1-4]))\b",
    produce=lambda g: Quarter(
        _int(g, "q") or _int(g, "q2") or _int(g, "q3"),
        (_int(g, "year") or _int(g, "year2") or (2000 + _int(g, "yy") if g.get("yy") else 0))
        or None,
    ),
    examples=(ex("Q1 2023", "2023-Q1"), ex("2023Q2", "2023-Q2"), ex("2017-q1", "2017-Q1"),
              ex("q1-2019", "2019-Q1"), ex("21q2", "2021-Q2")),
)  # fmt: skip


def _half(groups: Groups) -> Meaning | None:
    if groups.get("h"):  # "2019-H2"
        return Half(_int(groups, "h"), _int(groups, "year2"))
    number = ordinal_value(lower_words(groups.get("ord"))) or 1
    step = {"last": -1, "next": 1}.get(lower_words(groups.get("rel")), 0)
    return Half(number, _int(groups, "year") or None, step)


HALF = Rule(
    name="half",
    pattern=r"\b(?:(?:the" + _ + r")?(?P<ord>first|second|1st|2nd)" + _ + r"half" + _ + r"of"
    + _ + r"(?:(?P<year>" + YEAR + r")|(?P<rel>the|this|last|next)" + _ + r"year)|(?P<year2>"
    + YEAR + r")-?H(?P<h>[12]))\b",
    produce=_half,
    examples=(
        ex("the first half of 2022", "2022-H1"),
        ex("the second half of next year", "2023-H2"),
        ex("2019-H2", "2019-H2"),
    ),
)  # fmt: skip

SEASON = Rule(
    name="season",
    pattern=r"\b(?:(?:the" + _ + r")?(?P<rel>" + REL_NAME + r")" + _ + r"|the" + _ + r")?"
    r"(?P<season>spring|summer|autumn|fall|winter)\b(?:" + _ + r"(?:of" + _ + r")?(?P<year>"
    + YEAR + r")\b)?",
    produce=lambda g: Season(
        SEASONS[lower_words(g.get("season"))],  # type: ignore[arg-type]
        _int(g, "year") or None,
        relation(g.get("rel")),
    ),
    accept=checks.season_ok,
    examples=(
        ex("last summer", "2021-SU"),
        ex("next winter", "2022-WI"),
        ex("the fall of 1453", "1453-FA"),
        ex("this spring", "2022-SP"),
        ex("fall", None, text="The fall of the city came quickly."),
    ),
)  # fmt: skip

# ---- days relative to the publish date -----------------------------------------------------

WEEKDAY_RULE = Rule(
    name="weekday",
    pattern=r"\b(?:(?:the" + _ + r")?(?P<rel>" + REL_NAME + r")" + _ + r"|(?P<mod>early|late)"
    + _ + r")?(?P<wd>" + WEEKDAY + r")(?:['’]s)?" + REL_AFTER + r"(?:" + _ + r"(?P<part>"
    + DAY_PART + r"))?(?!\w)",
    produce=lambda g: _with_part(
        Weekday(WEEKDAYS[lower_words(g.get("wd"))], _rel(g)), g.get("part")
    ),
    accept=checks.weekday_ok,
    examples=(
        ex("Friday", "2022-03-11"),
        ex("Monday", "2022-03-14"),
        ex("last Friday", "2022-03-11"),
        ex("next Friday", "2022-03-18"),
        ex("this Friday", "2022-03-18"),
        ex("this coming Friday", "2022-03-18"),
        ex("this past Friday", "2022-03-11"),
        ex("previous Friday", "2022-03-11"),
        ex("the following Friday", "2022-03-18"),
        ex("Friday before last", "2022-03-04"),
        ex("Friday after next", "2022-03-25"),
        ex("Friday morning", "2022-03-11TMO"),
        ex("Friday", "2022-03-18", text="The board will meet on Friday."),
        ex("Friday", "2022-03-11", text="The board met on Friday."),
        ex("wed", None, text="They wed in a small chapel."),
    ),
)  # fmt: skip


def _deictic(groups: Groups) -> Meaning | None:
    word = lower_words(groups.get("word")).removesuffix("'s").removesuffix("’s")
    shift = {"before": -1, "after": 1}.get(lower_words(groups.get("shift")), 0)
    day = DayShift(DEICTIC_DAYS[word] + shift)
    part = groups.get("part") or ("night" if word == "tonight" else None)
    return _with_part(day, part)


DEICTIC = Rule(
    name="deictic",
    pattern=r"\b(?:the" + _ + r"day" + _ + r"(?P<shift>before|after)" + _ + r")?"
    r"(?P<word>yesterday|today|tomorrow|tonight)(?:['’]s)?(?:" + _ + r"(?P<part>" + DAY_PART
    + r"))?\b",
    produce=_deictic,
    examples=(
        ex("yesterday", "2022-03-13"),
        ex("today", "2022-03-14"),
        ex("the day after tomorrow", "2022-03-16"),
        ex("the day before yesterday", "2022-03-12"),
        ex("tonight", "2022-03-14TNI"),
        ex("yesterday morning", "2022-03-13TMO"),
    ),
)  # fmt: skip


def _this_part(groups: Groups) -> Meaning | None:
    rel = lower_words(groups.get("rel"))
    part = _day_part(groups.get("part")) or "morning"
    days = {"yesterday": -1, "tomorrow": 1, "last": -1 if part == "night" else 0}.get(rel, 0)
    return Within(PartOfDay(part), DayShift(days))


THIS_PART = Rule(
    name="this_part",
    pattern=r"\b(?P<rel>this|last|tomorrow|yesterday)" + _ + r"(?P<part>" + DAY_PART + r")\b",
    produce=_this_part,
    examples=(
        ex("this morning", "2022-03-14TMO"),
        ex("last night", "2022-03-13TNI"),
        ex("this afternoon", "2022-03-14TAF"),
    ),
)

WEEKEND = Rule(
    name="weekend",
    pattern=r"\bthe" + _ + r"week-?end\b",
    produce=lambda g: Weekend(),
    examples=(
        ex("the weekend", "2022-W10-WE", text="They met over the weekend."),
        ex("the weekend", "2022-W11-WE", text="They will meet over the weekend."),
    ),
)

# "the day before." counts from the last date named; "the day before the vote" from an
# event, which this grammar does not resolve.
UNIT_BEFORE = Rule(
    name="unit_before",
    pattern=r"\bthe" + _ + r"(?P<unit>day|week|month|year)" + _
    + r"(?P<dir>before|after)(?=[ \t]{0,3}[,.;:!?)]|[ \t]{0,3}$|" + SEP + r"(?:that|and)\b)",
    produce=lambda g: Cycle(
        CYCLE_UNITS[lower_words(g.get("unit"))],
        Rel(-1 if lower_words(g.get("dir")) == "before" else 1, narrative=True),
    ),
    examples=(
        ex("The day before", "2022-03-02", text="The vote was on March 3, 2022. The day before, "
           "crowds gathered."),
        ex("the year after", "2023", text="The war ended in 2022 and the year after, trade "
           "resumed."),
    ),
)  # fmt: skip

THE_DAY = Rule(
    name="the_day",
    pattern=r"\bthe" + _ + r"day\b(?!" + _ + r"(?:before|after|of|when|that|which|who|on|in|"
    r"to|and|he|she|they|it|we|i|you|his|her|their)\b|-)",
    produce=lambda g: Cycle("day", Rel(0, narrative=True)),
    accept=checks.the_day_ok,
    examples=(ex("the day", "2022-03-11", text="Shares rose on Friday and ended the day higher."),),
)

DAY_PART_RULE = Rule(
    name="day_part",
    pattern=r"\b(?:(?P<the>the" + _ + r"))?(?P<part>morning|afternoon|evening|night|lunchtime|"
    r"lunch)\b",
    produce=lambda g: PartOfDay(_day_part(g.get("part")) or "morning"),
    accept=checks.day_part_ok,
    examples=(
        ex("evening", "2022-03-14TEV"),
        ex("morning", None, text="It was a cold morning."),
        ex(
            "the morning",
            "2022-03-11TMO",
            text="The strike began on Friday, and in the morning the mines closed.",
        ),
    ),
)

# ---- pieces that compositions take: "the first Monday (of March)", "the end of (2010)" -----


def _nth_item(groups: Groups) -> Meaning | None:
    nth = ordinal_value(groups.get("ord") or "")
    if nth is None or nth == 0:
        return None
    word = lower_words(groups.get("item")).replace("-", "")
    item: Unit | int = WEEKDAYS[word] if word in WEEKDAYS else CYCLE_UNITS[word]
    return NthItem(nth, item, _nth_alone(nth, item))


def _nth_alone(nth: int, item: Unit | int) -> Meaning | None:
    """What "the last Friday" or "the fourth quarter" mean with no period after them."""
    if item == "quarter":
        return Quarter(nth) if 1 <= nth <= 4 else None
    if nth != -1 or item == "day":
        return None  # "the first week": of nothing named; "the last day": a position
    if isinstance(item, int):
        return Weekday(item, Rel(-1))
    return Cycle(item, Rel(-1))


NTH_ITEM = Rule(
    name="nth_item",
    pattern=r"\b(?:the" + _ + r")?(?P<ord>" + ORDINAL_WORD + r"|[1-5]" + ORD_SUFFIX
    + r"|last|final)" + _ + r"(?P<item>" + WEEKDAY + r"|day|week-?end|week|month|quarter)"
    r"(?=" + _ + r"(?:of|in)" + _ + r")",
    produce=_nth_item,
    accept=checks.nth_item_ok,
    examples=(
        ex("the first Monday of March", "2022-03-07"),
        ex("last Friday", "2022-03-11", text="We met last Friday in Paris."),
        ex("the fourth quarter", "2021-Q4", text="Sales fell in the fourth quarter of the year "
           "before they recovered."),
    ),
)  # fmt: skip


def _first_units(groups: Groups) -> Meaning | None:
    count = number_value(lower_words(groups.get("num")))
    if count is None or count % 1 or count < 1:
        return None
    from_end = lower_words(groups.get("ord")) in ("last", "final")
    return FirstUnits(int(count), _unit(groups.get("unit")), from_end)


FIRST_UNITS = Rule(
    name="first_units",
    pattern=r"\b(?:the" + _ + r")?(?P<ord>first|last|final)" + _ + r"(?P<num>" + NUMBER + r")"
    + _ + r"(?P<unit>days|weeks|months)(?=" + _ + r"of" + _ + r")",
    produce=_first_units,
    examples=(
        ex("the first 2 weeks of 2021", "2021-W01", end="2021-01-18T00:00:00"),
        ex("first ten days of last year", "2021-01-01", end="2021-01-11T00:00:00"),
        ex("the last three days of the year", "2022-12-29", end="2023-01-01T00:00:00"),
    ),
)  # fmt: skip


def _part_word(groups: Groups) -> Meaning | None:
    abbreviation = lower_words(groups.get("abbr"))  # "EOY": the end of the year
    if abbreviation:
        part = PARTS["beginning" if abbreviation[0] == "b" else "end"]
        unit = {"y": "year", "m": "month", "w": "week"}[abbreviation[2]]
        return PartOf(part, Cycle(CYCLE_UNITS[unit], Rel(0)))
    part = PARTS[lower_words(groups.get("part"))]
    if groups.get("unit"):
        narrative = lower_words(groups.get("det")) == "that"
        return PartOf(part, Cycle(CYCLE_UNITS[lower_words(groups.get("unit"))], Rel(0, narrative)))
    return PartWord(part)


PART_WORD = Rule(
    name="period_part",
    pattern=r"\b(?:the" + _ + r")?(?:(?P<abbr>[BE]O[YMW])\b|(?P<part>beginning|start|end|"
    r"middle|close)" + _ + r"of(?:" + _ + r"(?:(?P<det>the|this|current|that)" + _
    + r")?(?P<unit>week|month|year)\b)?)",
    produce=_part_word,
    accept=checks.period_part_ok,
    examples=(
        ex("the end of the month", "2022-03", start="2022-03-21T00:00:00"),
        ex("EOY", "2022", start="2022-09-01T00:00:00"),
        ex("the end of next month", "2022-04", start="2022-04-21T00:00:00"),
        ex("the beginning of 2010", "2010", start="2010-01-01T00:00:00", end="2010-04-01T00:00:00"),
    ),
)  # fmt: skip


def _relative_unit(groups: Groups) -> Meaning | None:
    rel = relation(groups.get("after2")) or _rel(groups)
    word = lower_words(groups.get("unit") or groups.get("unit2")).replace("-", "")
    unit = CYCLE_UNITS[singular(word)]
    if rel is None:
        return None
    said = lower_words(groups.get("rel"))
    stretch = (said, unit) in _STRETCHES or (said in ("next", "coming") and unit in _LONG_UNITS)
    if groups.get("the") and stretch:
        return Duration(1, unit)  # "over the next decade", "the past year": a stretch of time
    if unit == "day" and rel.step < 0 and not rel.narrative:
        return None  # "the last day" of something: an ordinal position, not a date
    if unit == "day" and said == "next":
        rel = Rel(1, narrative=True)  # "the next day": the day after the one last named
    edge = EDGES.get(lower_words(groups.get("mod")))
    cycle = Cycle(unit, rel)
    return cycle if edge is None else PartOf(edge, cycle)


_LONG_UNITS = frozenset({"month", "quarter", "year", "decade", "century"})
# "the past year", "the last decade": a stretch up to now, where "the last quarter" is the
# quarter before this one.
_STRETCHES = frozenset(
    {("past", "year"), ("past", "decade"), ("past", "century"), ("last", "decade")}
)

RELATIVE_UNIT = Rule(
    name="relative_unit",
    pattern=r"\b(?:(?:(?P<mod>earlier|later|early|late|mid)" + HY + r")?(?P<the>the" + _
    + r")?(?P<rel>" + REL + r")" + _ + r"(?P<unit>" + CYCLE + r")\b" + REL_AFTER + r"|the" + _
    + r"(?P<unit2>" + CYCLE + r")" + _ + r"(?P<after2>before" + _ + r"last|after" + _
    + r"next)\b)",
    produce=_relative_unit,
    examples=(
        ex("last week", "2022-W10"),
        ex("next month", "2022-04"),
        ex("this year", "2022"),
        ex("last yr", "2021"),
        ex("next quarter", "2022-Q2"),
        ex("the week after next", "2022-W13"),
        ex("the year before last", "2020"),
        ex("the coming weekend", "2022-W11-WE"),
        ex("next weekend", "2022-W11-WE"),
        ex("last weekend", "2022-W10-WE"),
        ex("the following year", "2023"),
        ex("the next day", "2022-03-15"),
        ex("early next week", "2022-W12", start="2022-03-21T00:00:00"),
        ex("late last year", "2021", start="2021-09-01T00:00:00"),
        ex("the next decade", "P10Y", text="Costs will rise over the next decade."),
        ex("the past decade", "P10Y", text="Prices have doubled over the past decade."),
        ex("That week", "2022-W09", text="The talks began on March 2, 2022. That week, prices "
           "rose."),
    ),
)  # fmt: skip

# ---- counted from now, or from the last date named -----------------------------------------

_AGO = frozenset({"ago", "earlier", "before"})
_NARRATIVE = frozenset({"earlier", "later", "before", "after"})


def _offset(groups: Groups) -> Meaning | None:
    direction = lower_words(groups.get("dir"))
    sign = -1 if direction in _AGO else 1
    unit = _unit(groups.get("unit"))
    amount = _amount(groups.get("num"), groups.get("unit"))
    return Offset(amount, unit, sign, narrative=direction in _NARRATIVE)


OFFSET = Rule(
    name="offset",
    pattern=r"\b(?P<num>" + NUMBER + r")" + HY + r"(?P<unit>" + UNIT + r")" + SEP
    # "two weeks after." counts from the last date named; "two weeks after they began" from an
    # event, so there only "two weeks" is an expression (a duration).
    + r"(?P<dir>ago|earlier|later|hence|from" + _ + r"(?:now|today)|(?:after|before)"
    r"(?=[ \t]{0,3}[,.;:!?)]|[ \t]{0,3}$|" + SEP + r"(?:that|and)\b))",
    produce=_offset,
    examples=(
        ex("two weeks ago", "2022-02-28"),
        ex("a year ago", "2021"),
        ex("three days later", "2022-03-17"),
        ex("two weeks from now", "2022-03-28"),
        ex("several years ago", "PAST_REF"),
        ex("a fortnight ago", "2022-02-28"),
        ex("three days later", "2022-03-06", text="The strike began on March 3, 2022, and three "
           "days later the mines closed."),
    ),
)  # fmt: skip


def _weekdays_away(groups: Groups) -> Meaning | None:
    count = number_value(lower_words(groups.get("num")))
    if count is None or not 1 <= count <= 10 or count % 1:
        return None
    sign = -1 if lower_words(groups.get("dir")) in ("ago", "back") else 1
    return Weekday(
        WEEKDAYS[singular(lower_words(groups.get("wd"))).removesuffix("s")], Rel(sign * int(count))
    )


WEEKDAYS_AWAY = Rule(
    name="weekdays_away",
    pattern=r"\b(?P<num>" + NUMBER + r")" + _ + r"(?P<wd>monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)s" + _ + r"(?P<dir>ago|back|hence|from" + _ + r"(?:now|today))\b",
    produce=_weekdays_away,
    examples=(
        ex("three Mondays from now", "2022-04-04"),
        ex("two Fridays ago", "2022-03-04"),
        ex("2 thursdays back", "2022-03-03"),
    ),
)

AGO = Rule(
    name="ago",
    pattern=r"\b(?P<word>years|decades|months|weeks|days|centuries)" + SEP + r"ago\b",
    produce=lambda g: Vague("PAST_REF"),
    examples=(ex("years ago", "PAST_REF"),),
)

FUTURE_OFFSET = Rule(
    name="future_offset",
    pattern=r"(?:(?<=\bin )|(?<=\bwithin ))(?P<num>" + NUMBER + r")" + OPT + r"(?:more" + _
    + r")?(?P<unit>" + UNIT + r"|h)(?:['’]" + _ + r"time)?\b" + UNIT_END,
    produce=lambda g: Ahead(_amount(g.get("num"), g.get("unit")), _unit(g.get("unit"))),
    examples=(
        ex("in 3 days", "2022-03-17"),
        ex("in two weeks", "2022-03-28"),
        ex("in 2 more minutes", "2022-03-14T00:02"),
        ex("100 days", "P100D", text="They built it in 100 days."),
        ex("a month", "2022-04", text="The plant will reopen in a month."),
    ),
)  # fmt: skip


_STRETCH_SIGNS = {"past": -1, "last": -1, "previous": -1, "next": 1, "coming": 1,
                  "following": 1}  # fmt: skip


def _duration(groups: Groups) -> Meaning | None:
    amount = _amount(groups.get("num"), groups.get("unit"))
    unit = _unit(groups.get("unit"))
    sign = _STRETCH_SIGNS.get(lower_words(groups.get("rel")))
    if (
        sign is not None
        and amount is not None
        and not (groups.get("hyphen") or " ").startswith("-")
    ):
        return Stretch(amount, unit, sign)  # "the past 4 days", "next 3 weeks"
    return Duration(amount, unit)


DURATION = Rule(
    name="duration",
    pattern=r"\b(?:(?:the" + _ + r")?(?P<rel>past|last|next|coming|previous|first|final|"
    r"following|better" + _ + r"part" + _ + r"of" + _ + r"the)" + _ + r")?(?P<num>" + NUMBER
    + r")(?P<hyphen>" + HY + r")(?:(?:more|trading|business|working|calendar|consecutive|"
    r"straight|full|whole)" + _ + r")?(?P<unit>" + UNIT + r")\b(?P<old>-old)?" + UNIT_END,
    produce=_duration,
    accept=checks.duration_ok,
    examples=(
        ex("three days", "P3D"),
        ex("the last dozen years", "P12Y", text="Prices rose over the last dozen years."),
        ex("last 2 days", "2022-03-12", start="2022-03-12T00:00:00", end="2022-03-14T00:00:00"),
        ex("next 3 weeks", "2022-W12", start="2022-03-21T00:00:00", end="2022-04-11T00:00:00"),
        ex("the past 4 days", "P4D", text="It rained for the past 4 days."),
        ex("the past five trading days", "P5D", text="Shares fell in the past five trading days."),
        ex("two consecutive quarters", "P2Q", text="It shrank for two consecutive quarters."),
        ex("a few years", "PXY"),
        ex("three-day", "P3D", text="They held a three-day summit."),
        ex("two quarters", "P2Q"),
        ex("a decade", "P10Y"),
        ex("1 1/2 years", "P1.5Y"),
        ex("10-year", None, text="A 10-year-old boy was found."),
        ex("quarter", None, text="Markets priced in a quarter-point rise."),
    ),
)  # fmt: skip

VAGUE_DURATION = Rule(
    name="vague_duration",
    pattern=r"\b(?P<unit>years|decades|months|weeks|days|hours|minutes)\b",
    produce=lambda g: Duration(None, _unit(g.get("unit"))),
    accept=checks.vague_duration_ok,
    examples=(
        ex("years", "PXY", text="They waited for years."),
        ex("decades", "PXDE", text="The feud lasted for decades."),
    ),
)  # fmt: skip


def _vague(groups: Groups) -> Meaning | None:
    phrase = lower_words(groups.get("phrase"))
    if any(word in phrase for word in FUTURE_WORDS):
        return Vague("FUTURE_REF")
    if any(word in phrase for word in PAST_WORDS):
        return Vague("PAST_REF")
    return Vague("PRESENT_REF")


VAGUE = Rule(
    name="vague",
    pattern=r"\b(?P<phrase>recently|lately|"
    r"nowadays|currently|soon|shortly|recent" + _ + r"(?:days|weeks|months|years|times)|"
    r"the" + _ + r"(?:near|distant|coming)" + _ + r"(?:future|days|weeks|months|years)|"
    r"the" + _ + r"(?:past|future)|"
    r"(?<!most )recent(?!" + _ + r"(?:days|weeks|months|years|times))|the" + _ + r"time" + _
    + r"being|the" + _ + r"(?:long|short)" + _ + r"term|"
    r"at" + _ + r"the" + _ + r"(?:time|moment|minute)|at" + _ + r"this" + _ + r"time|at" + _
    + r"present|for" + _ + r"now|"
    r"these" + _ + r"days|(?:right" + _ + r")?now|the" + _ + r"present|"
    r"some" + _ + r"day|one" + _ + r"day" + _ + r"soon)\b",
    produce=_vague,
    accept=checks.vague_ok,
    examples=(
        ex("recently", "PAST_REF"),
        ex("recent days", "PAST_REF"),
        ex("recent", "PAST_REF", text="It was the worst crash in recent history."),
        ex("the time being", "PRESENT_REF", text="Talks are off for the time being."),
        ex("recent", None, text="It is their most recent model."),
        ex("the near future", "FUTURE_REF"),
        ex("now", "PRESENT_REF"),
        ex("soon", None, text="They left as soon as they could."),
    ),
)  # fmt: skip


def _set(groups: Groups) -> Meaning | None:
    word = singular(
        lower_words(groups.get("what"))
        or lower_words(groups.get("per"))
        or lower_words(groups.get("adverb"))
        or lower_words(groups.get("plural"))
    ).removesuffix("s")
    if word in WEEKDAYS:
        return Every(f"XXXX-WXX-{WEEKDAYS[word] + 1}")
    value = SET_PERIODS.get(word) or SET_PERIODS.get(word + "s")
    count = lower_words(groups.get("count"))
    if value and count and value.startswith(("P1", "PT1")):  # "every six hours": PT6H
        step = 2 if count == "other" else int(number_value(count) or 1)
        value = value.replace("1", str(step), 1)
    return None if value is None else Every(value)


SET = Rule(
    name="set",
    pattern=r"\b(?:(?P<quant>every|each|per)" + _ + r"(?:(?P<count>other|" + CLOCK_WORD + r"|"
    r"\d{1,2})" + _ + r")?(?P<what>" + WEEKDAY + r"|" + DAY_PART + r"|day|week|weekend|month|"
    r"year|quarter|decade|summer|winter|spring|autumn|fall|hour|minute)s?|(?P<times>once|"
    r"twice|three" + _ + r"times|\d" + _ + r"times)" + _ + r"(?:a|an|per|every)" + _
    + r"(?P<per>day|week|month|year|decade|hour)|(?P<adverb>daily|weekly|monthly|annually|"
    r"yearly|hourly|nightly|quarterly|biweekly|fortnightly|annual)|(?P<plural>mondays|tuesdays|"
    r"wednesdays|thursdays|fridays|saturdays|sundays|weekends))\b",
    produce=_set,
    examples=(
        ex("every Monday", "XXXX-WXX-1"),
        ex("every other week", "P2W"),
        ex("every six hours", "PT6H"),
        ex("twice a year", "P1Y"),
        ex("daily", "P1D"),
        ex("weekends", "XXXX-WXX-WE", text="The shop opens weekends."),
    ),
)  # fmt: skip


def _holiday(groups: Groups) -> Meaning | None:
    key = holiday_key(groups.get("name") or "")
    if key is None:
        return None
    months_away = 0
    words, unit = groups.get("ahead"), groups.get("unit_ahead")
    sign = 1
    if words is None:
        words, unit = groups.get("shift"), groups.get("unit_shift")
        sign = -1 if lower_words(groups.get("dir")) == "ago" else 1
    amount = number_value(words or "")
    if amount is not None and unit is not None:
        months_away = sign * int(amount) * (12 if lower_words(unit).startswith("year") else 1)
    holiday = Holiday(key, _int(groups, "year") or None, _rel(groups), months_away)
    return WeekendOf(holiday) if groups.get("weekend") or groups.get("weekend_of") else holiday


HOLIDAY_RULE = Rule(
    name="holiday",
    pattern=r"\b(?P<weekend_of>(?:the" + _ + r")?week-?end" + _ + r"of" + _ + r")?(?:(?:the" + _
    + r")?(?P<rel>" + REL_NAME + r")" + _ + r")?(?P<name>" + HOLIDAY + r")(?P<weekend>" + _
    + r"week-?end)?" + REL_AFTER + r"(?:" + _ + r"(?:of" + _ + r"|in" + _ + r")?(?P<year>" + YEAR
    + r")|"
    + _ + r"(?:in" + _ + r"(?P<ahead>" + NUMBER + r")" + _ + r"(?P<unit_ahead>years?|months?)|"
    r"(?P<shift>" + NUMBER + r")" + _ + r"(?P<unit_shift>years?|months?)" + _
    + r"(?P<dir>ago|hence|from" + _ + r"now)))?(?!\w)",
    produce=_holiday,
    accept=checks.holiday_ok,
    examples=(
        ex("Christmas", "2021-12-25"),
        ex("last Christmas", "2021-12-25"),
        ex("this past Christmas", "2021-12-25"),
        ex("this Christmas", "2022-12-25"),
        ex("Christmas before last", "2020-12-25"),
        ex("next Easter", "2022-04-17"),
        ex("the upcoming Easter", "2022-04-17"),
        ex("Easter 2023", "2023-04-09"),
        ex("thanksgiving in 3 years", "2025-11-27"),
        ex("thanksgiving 9 months from now", "2022-11-24"),
        ex("Diwali 2021", "2021-11-04"),
        ex("Eid al-Fitr 2022", "2022-05-02"),
        ex("the feast of the sacrifice 2022", "2022-07-09"),
        ex("Ramadan 2022", "2022-04-02"),
        ex("rosh hashanah 2022", "2022-09-26", start="2022-09-25T18:00:00"),
        ex("Hanukkah 2022", "2022-12-19", start="2022-12-18T18:00:00"),
        ex("Labor Day weekend", "2022-W35-WE"),
        ex("the weekend of Thanksgiving 2023", "2023-W47-WE"),
    ),
)  # fmt: skip

WEEK_OF = Rule(
    name="week_of",
    pattern=r"\b(?:the" + _ + r")?week" + _ + r"of" + _ + r"(?P<month>" + MONTH + r")" + _
    + r"(?P<day>" + DAY_NUM + r")" + ORD_SUFFIX + r"?(?:,?" + _ + r"(?P<year>" + YEAR + r"))?\b",
    produce=lambda g: WeekOf(Date(MONTHS[lower_words(g.get("month"))], _int(g, "day"),
                                  _int(g, "year") or None)),
    accept=checks.dated_name_ok,
    examples=(ex("the week of March 14", "2022-W11"),),
)  # fmt: skip


NUMBER_NEXT = Rule(
    name="number_next",
    pattern=r"\b(?P<num>"
    + NUMBER
    + r")"
    + _
    + r"(?P<rel>next|following|coming|last|past|previous)"
    + _
    + r"(?P<unit>"
    + UNIT
    + r")\b",
    produce=lambda g: (
        Stretch(a, _unit(g.get("unit")), _STRETCH_SIGNS[lower_words(g.get("rel"))])
        if (a := _amount(g.get("num"), g.get("unit"))) is not None
        else None
    ),
    examples=(ex("2 next days", "2022-03-15", start="2022-03-15T00:00:00"),),
)

UPCOMING = Rule(
    name="upcoming",
    pattern=r"\b(?:upcoming" + _ + r"(?P<num>" + NUMBER + r")|(?P<num2>" + NUMBER + r")"
    + _ + r"upcoming)" + _ + r"(?P<unit>" + UNIT + r")\b",
    produce=lambda g: Offset(
        _amount(g.get("num") or g.get("num2"), g.get("unit")), _unit(g.get("unit")), 1
    ),
    examples=(ex("upcoming 2 days", "2022-03-16"), ex("upcoming two months", "2022-05")),
)  # fmt: skip

# ---- clock times ---------------------------------------------------------------------------


def _clock_base(groups: Groups) -> Clock | None:
    """The hour "a quarter past <hour>" counts from."""
    if groups.get("bnamed"):
        return Clock(0 if lower_words(groups.get("bnamed")) == "midnight" else 12)
    written = lower_words(groups.get("bh"))
    hour = int(written) if written.isdigit() else HOUR_WORDS.get(written, 0)
    meridiem = _meridiem(groups.get("bampm"))
    return Clock(hour, meridiem=meridiem if hour <= 12 else None, twelve_hour=meridiem is None
                 and 1 <= hour < 12)  # fmt: skip


def _clock_offset(groups: Groups) -> Meaning | None:
    """ "a quarter past noon", "20 minutes to 2pm"."""
    words = lower_words(groups.get("minutes")).replace("a ", "").strip()
    minutes = {"quarter": 15, "half": 30}.get(words) or int(number_value(words) or 0)
    base = _clock_base(groups)
    if base is None or not 0 < minutes < 60:
        return None
    sign = -1 if lower_words(groups.get("rel")) in ("to", "before", "till") else 1
    total = (base.hour24 * 60 + sign * minutes) % (24 * 60)
    hour, minute = divmod(total, 60)
    return Clock(hour, minute, exact=True, twelve_hour=base.twelve_hour)


CLOCK_OFFSET = Rule(
    name="clock_offset",
    pattern=r"\b(?P<minutes>\d{1,2}|" + NUMBER_WORD + r"|a" + _
    + r"quarter|quarter|half)(?P<unit>" + _ + r"min(?:ute)?s?)?" + _ + r"(?P<rel>past|after|to|"
    r"before|till|from)" + _ + r"(?:(?P<bh>1\d|2[0-3]|0?[1-9]|" + HOUR_WORD + r")(?:" + OPT
    + r"(?P<bampm>" + AMPM + r")|h\b|" + OPT + r"o['’]?clock)?|(?P<bnamed>noon|midnight))",
    produce=_clock_offset,
    accept=checks.clock_offset_ok,
    examples=(
        ex("a quarter past 3 pm", "2022-03-14T15:15"),
        ex("20 minutes to 2pm", "2022-03-14T13:40"),
        ex("half past noon", "2022-03-14T12:30"),
        ex("half past seven o'clock", "2022-03-14T07:30"),
        ex("20 min past eight", "2022-03-14T08:20"),
    ),
)  # fmt: skip


def _meridiem(word: str | None) -> Literal["am", "pm"] | None:
    if not word:
        return None
    return "pm" if word.lower().startswith("p") else "am"


def _clock(groups: Groups) -> Meaning | None:
    zone = TIMEZONES.get(lower_words(groups.get("tz"))) if groups.get("tz") else None
    if groups.get("named"):
        hour = 0 if lower_words(groups.get("named")) == "midnight" else 12
        return Clock(hour, zone=zone)
    if groups.get("h24") is not None:
        written = groups.get("h24") or ""
        hour = int(written)
        second = groups.get("s24")
        return Clock(hour, _int(groups, "m24"), None if second is None else int(second),
                     exact=True, zone=zone,
                     twelve_hour=not written.startswith("0") and 1 <= hour < 12)  # fmt: skip
    if groups.get("ho") is not None:
        word = lower_words(groups.get("ho"))
        hour = int(word) if word.isdigit() else int(number_value(word) or 0)
        return Clock(hour, zone=zone, twelve_hour=1 <= hour < 12)
    if groups.get("hf") is not None:
        return Clock(_int(groups, "hf"), _int(groups, "mf"), exact=True, zone=zone)
    if groups.get("mil") is not None or groups.get("mz") is not None:
        hour, minute = divmod(_int(groups, "mil") or _int(groups, "mz"), 100)
        return Clock(hour, minute, exact=True, zone=zone)
    if groups.get("hat") is not None or groups.get("hb") is not None:
        written = groups.get("hat") or groups.get("hb") or ""
        hour = int(written)
        return Clock(hour, zone=zone, twelve_hour=not written.startswith("0") and 1 <= hour < 12)
    said_minute = groups.get("m")
    return Clock(_int(groups, "h"), int(said_minute or 0), meridiem=_meridiem(groups.get("ampm")),
                 exact=said_minute is not None, zone=zone)  # fmt: skip


CLOCK = Rule(
    name="clock",
    pattern=r"\b(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?" + OPT + r"(?P<ampm>" + AMPM
    + r")|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?!\.\d|:\d\d\d)(?::(?P<s24>[0-5]\d))?|"
    r"(?P<ho>1[0-2]|0?[1-9]|" + CLOCK_WORD + r")" + OPT + r"o['’]?clock|(?P<named>noon|midnight|"
    r"midday)|(?P<hb>1[0-2]|0?[1-9])(?=" + _ + r"(?:tomorrow|today|tonight|this" + _
    + r"(?:morning|afternoon|evening)))|(?P<hf>[01]?\d|2[0-3])h(?P<mf>[0-5]\d)?|(?P<mz>(?:[01]"
    r"\d|2[0-3])[0-5]\d)(?=" + OPT + r"(?:utc|gmt|z)\b)|(?:at|@|around|"
    r"approximately)" + _ + r"(?:(?P<mil>(?:[01]\d|2[0-3])[0-5]\d|[1-9][0-5]\d)|(?P<hat>1[0-2]|"
    r"0?[1-9]))(?![\d.,:/%-])(?!" + OPT + r"(?:%|percent|per|[ap]\b|[ap]\.?m|of|years?|days?|"
    r"weeks?|months?|hours?|minutes?|people|times|o['’]clock)))(?:" + OPT + r"(?:ish)?\(?(?P<tz>"
    + TIMEZONE + r")\b)?",
    produce=_clock,
    accept=checks.clock_ok,
    examples=(
        ex("3 p.m.", "2022-03-14T15:00"),
        ex("3:30", "2022-03-14T03:30"),
        ex("15:45:10", "2022-03-14T15:45:10"),
        ex("noon", "2022-03-14T12:00"),
        ex("seven o'clock", "2022-03-14T07:00"),
        ex("10 oclock", "2022-03-14T10:00"),
        ex("8.30pm", "2022-03-14T20:30"),
        ex("15h30", "2022-03-14T15:30"),
        ex("at 1030", "2022-03-14T10:30"),
        ex("1400 GMT", "2022-03-14T14:00Z"),
        ex("0800 UTC", "2022-03-14T08:00Z", text="Trading opened at 0800 UTC."),
        ex("10 a.m. CET", "2022-03-14T10:00+01:00"),
        ex("3:30", "2022-03-14T15:30", prefer="future", reference="2022-03-14T09:00:00"),
    ),
)  # fmt: skip


def _clock_words(groups: Groups) -> Meaning | None:
    hour = HOUR_WORDS[lower_words(groups.get("h"))]
    said = lower_words(groups.get("m"))
    minute_words = " ".join(said.replace("-", " ").split())
    minute = MINUTE_WORDS.get(minute_words, 0) if minute_words else 0
    meridiem = _meridiem(groups.get("ampm"))
    clock = Clock(hour, minute, meridiem=meridiem, exact=bool(minute_words),
                  twelve_hour=meridiem is None and hour < 12)  # fmt: skip
    # "ten-thirty", "twelve oh three", "six fifteen a.m.", "at nine thirty" say a time; "three
    # twenty" alone may be two numbers, a time only beside another time.
    spoken = meridiem or groups.get("hyphen") or groups.get("lead") is not None
    if spoken or minute_words.split()[:1] in (["o"], ["oh"], ["ou"], ["zero"]):
        return clock
    return SaidClock(clock) if minute_words else None


CLOCK_WORDS = Rule(
    name="clock_words",
    pattern=r"\b(?P<lead>(?<=\bat )|(?<=\bby )|(?<=\baround ))?(?P<h>" + HOUR_WORD + r")(?:(?:"
    r"(?P<hyphen>-)|" + _ + r")(?P<m>" + MINUTE_WORD + r"))?(?:" + OPT + r"(?P<ampm>"
    + AMPM_WORD + r"))?(?=\W|$)",
    produce=_clock_words,
    examples=(
        ex("ten-thirty", "2022-03-14T10:30"),
        ex("twelve oh three", "2022-03-14T12:03"),
        ex("six fifteen a.m.", "2022-03-14T06:15"),
        ex("four twenty-three a m", "2022-03-14T04:23"),
        ex("nine thirty tonight", "2022-03-14T21:30", text="The show starts at nine thirty "
           "tonight."),
        ex("one", None, text="One of them left."),
        ex("three twenty", None),
        ex("march eighteenth nine thirty", "2022-03-18T09:30"),
        ex("from three thirty to four thirty", "2022-03-14T03:30", end="2022-03-14T04:30:00"),
    ),
)  # fmt: skip

WEEK_NUMBER = Rule(
    name="week_number",
    pattern=r"\bweek" + _ + r"(?:no\.?" + _ + r"|number" + _ + r")?(?P<n>[1-4]?\d|5[0-3])\b"
    r"(?![.,:/]\d)",
    produce=lambda g: WeekNumber(n) if 1 <= (n := _int(g, "n")) <= 53 else None,
    examples=(
        ex("week 23", "2022-W23"),
        ex("week 3 of 2027", "2027-W03"),
        ex("week 27 of last year", "2021-W27"),
    ),
)  # fmt: skip

TYPED_CYCLE = Rule(
    name="typed_cycle",
    pattern=r"\b(?P<the>the" + _ + r")?(?P<unit>week-?end|week|month|year|fortnight)\b",
    produce=lambda g: Weekend() if "end" in lower_words(g.get("unit")) else (
        Cycle(CYCLE_UNITS.get(lower_words(g.get("unit")), "week"), Rel(0)) if g.get("the") else None
    ),
    accept=checks.typed_only,
    examples=(
        ex("the month", "2022-03"),
        ex("the year", "2022"),
        ex("weekend", "2022-W10-WE"),
        ex("the month", None, text="It rained all through the month."),
    ),
)  # fmt: skip


def _numeric_day_and_month(groups: Groups) -> Meaning | None:
    first, second = _int(groups, "a") or _int(groups, "c"), _int(groups, "b") or _int(groups, "d")
    if first > 12 and second > 12:
        return None
    return NumericDate(first, second, None, day_first=groups.get("c") is not None)


NUMERIC_MONTH_DAY = Rule(
    name="numeric_month_day",
    pattern=r"(?<![\d/.])(?:(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\d/]|\.\d|,\d{3})|(?P<c>[0-3]?\d)"
    r"\.(?P<d>1[0-2]|0?[1-9])(?:\.(?![\d]))?(?![\d.]|:\d|h\b))",
    produce=_numeric_day_and_month,
    accept=checks.numeric_month_day_ok,
    examples=(
        ex("5/12", "2022-05-12"),
        ex("28/06", "2022-06-28"),
        ex("19.06", "2022-06-19"),
        ex("10/1", "2021-10-01", text="The rally was held on 10/1 downtown."),
        ex("1/2", None, text="Only 1/2 of the votes were counted."),
        ex("3.5", None, text="Prices rose 3.5 points."),
        ex("8.04", None, text="The index rose to 8.04 on the day."),
    ),
)  # fmt: skip

# ---- weak pieces: a number, a day of the month --------------------------------------------

_NUMBER_WORDS = {k: int(v) for k, v in SMALL_NUMBERS.items() if 1 <= v <= 12 and " " not in k}


def _number(written: str | None) -> int:
    word = lower_words(written)
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 0)


NUMBER_RULE = Rule(
    name="number",
    pattern=r"\b(?P<n>[12]?\d|3[01]|" + CLOCK_WORD + r")\b(?![.,:/]\d)",
    produce=lambda g: Number(_number(g.get("n"))),
    accept=checks.number_ok,
    examples=(ex("Friday at 5", "2022-03-11T05:00", text="The shop opens Friday at 5."),),
)  # fmt: skip

DAY_OF_MONTH = Rule(
    name="day_of_month",
    pattern=r"\b(?:(?P<the>the" + _ + r")?(?P<day>" + DAY_NUM + ORD_SUFFIX + r")|the" + _
    + r"(?P<word>" + ORDINAL_WORD + r"))\b(?!" + _ + r"(?:century|centuries|anniversary|"
    r"birthday|time|floor|round|place|day|week|month|year|quarter|half|minute|hour|edition|"
    r"session|season|term|stage|leg|game|race|test|of[ \t]{1,3}(?:the|these|those|its|their|"
    r"his|her|our|them|all)))",
    produce=lambda g: DayOfMonth(d)
    if (d := ordinal_value(g.get("day") or g.get("word") or "")) and 1 <= d <= 31
    else None,
    accept=checks.day_of_month_ok,
    examples=(
        ex("the 21st", "2022-03-21"),
        ex("21st", "2022-03-21"),
        ex("the 21st", "2022-02-21", text="The accord was signed on the 21st."),
        ex("the 3rd", None, text="He joined the 3rd Battalion."),
        ex("the first", None, text="She was the first to arrive."),
    ),
)  # fmt: skip

WORD_YEAR = Rule(
    name="word_year",
    pattern=r"\b(?:(?P<c>" + CENTURY_WORD + r")" + _ + r"(?P<r>hundred|(?:oh|o)[-\s]" + TO_99_WORD
    + r"|" + TO_99_WORD + r")|(?P<t>two" + _ + r"thousand)(?:" + _ + r"(?:and" + _ + r")?(?P<tr>"
    + TO_99_WORD + r"))?)\b",
    produce=lambda g: WordYear(y) if (y := year_in_words(
        lower_words(g.get("c") or g.get("t")), lower_words(g.get("r") or g.get("tr")))) else None,
    examples=(
        ex("twenty five January nineteen eighty six", "1986-01-25"),
        ex("January first two thousand and thirty two", "2032-01-01"),
        ex("October two thousand", "2000-10"),
        ex("nineteen eighty six", None, text="Some nineteen eighty six people came."),
    ),
)  # fmt: skip

ORDINAL_NUMBER = Rule(
    name="ordinal_number",
    pattern=r"\b(?P<word>" + ORDINAL_WORD + r")\b",
    produce=lambda g: Number(n) if (n := ordinal_value(g.get("word") or "")) and n > 0 else None,
    examples=(ex("between ninth and seventeenth of april", "2022-04-09"),),
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
