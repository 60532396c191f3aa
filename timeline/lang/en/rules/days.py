"""English rules for days and cycles counted from now or from the story: weekdays, yesterday and
tomorrow, parts of the day, "last week", "the next day", "the day before"."""

from __future__ import annotations

from timeline.engine.records import Groups, Rule, ex
from timeline.lang.en import checks
from timeline.lang.en.patterns import (
    CYCLE,
    DAY_NUM,
    DAY_PART,
    HY,
    ORD_SUFFIX,
    ORDINAL_WORD,
    REL,
    REL_AFTER,
    REL_NAME,
    SEP,
    WEEKDAY,
    _,
)
from timeline.lang.en.rules.common import said_relation
from timeline.lang.en.words import (
    CYCLE_UNITS,
    DAY_PARTS,
    DEICTIC_DAYS,
    EDGES,
    WEEKDAYS,
    lower_words,
    number_value,
    ordinal_value,
    relation,
    singular,
)
from timeline.meaning import (
    Cycle,
    DayOfMonth,
    DayShift,
    Duration,
    Meaning,
    PartOf,
    PartOfDay,
    Rel,
    SamePeriod,
    Weekday,
    Weekend,
    Within,
)


def _day_part(word: str | None) -> str | None:
    part = lower_words(word).removeprefix("at ").removesuffix("ish")
    return DAY_PARTS.get(part) if part else None


def _with_part(day: Meaning, word: str | None) -> Meaning:
    part = _day_part(word)
    return day if part is None else Within(PartOfDay(part), day)


WEEKDAY_RULE = Rule(
    name="weekday",
    pattern=r"\b(?:(?:the" + _ + r")?(?P<rel>" + REL_NAME + r")" + _ + r"|(?P<mod>early|late)"
    + _ + r")?(?P<wd>" + WEEKDAY + r")(?:['’]s)?" + REL_AFTER + r"(?:" + _ + r"(?P<part>"
    + DAY_PART + r"))?(?!\w)",
    produce=lambda g: _with_part(
        Weekday(WEEKDAYS[lower_words(g.get("wd"))], said_relation(g)), g.get("part")
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
    meridiem = lower_words(groups.get("mer"))[:1]  # "tomorrow a.m.": its morning
    said = {"a": "morning", "p": "afternoon"}.get(meridiem) if meridiem else groups.get("part")
    part = said or ("night" if word == "tonight" else None)
    return _with_part(day, part)


DEICTIC = Rule(
    name="deictic",
    pattern=r"\b(?:the" + _ + r"day" + _ + r"(?P<shift>before|after)" + _ + r")?"
    r"(?P<word>yesterday|today|tomorrow|tonight)(?:['’]s)?\b(?:" + _ + r"(?:(?P<part>" + DAY_PART
    + r")\b|(?P<mer>[ap]\.?m\b\.?)(?!" + _ + r"(?-i:[A-Z][a-z]))))?",
    produce=_deictic,
    examples=(
        ex("yesterday", "2022-03-13"),
        ex("today", "2022-03-14"),
        ex("the day after tomorrow", "2022-03-16"),
        ex("the day before yesterday", "2022-03-12"),
        ex("tonight", "2022-03-14TNI"),
        ex("yesterday morning", "2022-03-13TMO"),
        ex("tomorrow a.m.", "2022-03-15TMO", text="Can we talk tomorrow a.m.?"),
        ex("today pm", "2022-03-14TAF"),
        ex("Today", "2022-03-14", text="Today PM Ortiz met the unions."),
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
    pattern=r"\b(?:(?P<the>the" + _ + r"))?(?:(?P<mod>early|late)" + _ + r")?(?P<part>morning|"
    r"afternoon|evening|night|lunchtime|lunch|dinnertime|suppertime)\b",
    produce=lambda g: PartOfDay(_day_part(g.get("part")) or "morning"),
    accept=checks.day_part_ok,
    examples=(
        ex("evening", "2022-03-14TEV"),
        ex("early morning", "2022-03-14TMO"),
        ex("morning", "2022-03-14TMO", text="It was early morning when they left."),
        ex("morning", None, text="It was a cold morning."),
        # A meal's "-time" is a time of day wherever it stands.
        ex("dinnertime", "2022-03-14TEV", text="Take the tablets after dinnertime."),
        ex(
            "lunchtime",
            "2022-03-11TMI",
            text="The strike began on Friday and ended before lunchtime.",
        ),
        ex(
            "the morning",
            "2022-03-11TMO",
            text="The strike began on Friday, and in the morning the mines closed.",
        ),
    ),
)


def _relative_unit(groups: Groups) -> Meaning | None:
    rel = relation(groups.get("after2")) or said_relation(groups)
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
    if unit == "day" and said == "this":
        rel = Rel(0, story=True)  # "on this day", told of 8 August 1918: that day
    edge = EDGES.get(lower_words(groups.get("mod")))
    cycle = Cycle(unit, rel)
    return cycle if edge is None else PartOf(edge, cycle)


_LONG_UNITS = frozenset({"month", "quarter", "year", "decade", "century"})


# "the past year", "the last decade": a stretch up to now, where "the last quarter" is the
# quarter before this one.
_STRETCHES = frozenset(
    {("past", "year"), ("past", "decade"), ("past", "century"), ("last", "decade")}
)


def _the_next_unit(groups: Groups) -> Meaning | None:
    unit = CYCLE_UNITS[singular(lower_words(groups.get("unit")))]
    return Cycle(unit, Rel(1, narrative=True))


# "was born the next year": the year after the one the text has reached, as "the following
# year" is; "over the next year" stays a stretch of time (`relative_unit`), which wins where
# the check refuses this rule.
THE_NEXT_UNIT = Rule(
    name="the_next_unit",
    pattern=r"\bthe" + _ + r"next" + _ + r"(?P<unit>month|quarter|year|decade|century)\b",
    produce=_the_next_unit,
    accept=checks.the_next_unit_ok,
    examples=(
        ex("the next year", "1954", text="They married in June 1953, and their first child was "
           "born the next year."),
        ex("the next month", "2021-10", text="The plant closed in September 2021 and reopened the "
           "next month."),
    ),
)  # fmt: skip


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
        ex("next work-week", "2022-W12"),
        ex("this day", "2022-03-14", text="Markets rallied on this day."),
        ex(
            "this day",
            "1918-08-08",
            text="The war began in 1914 and dragged on through 1916 and 1917. The attack of 8 "
            "August 1918 broke the line, and on this day the retreat began.",
        ),
        ex("last weekend", "2022-W10-WE"),
        ex("the following year", "2023"),
        ex("the next day", "2022-03-15"),
        ex("early next week", "2022-W12", start="2022-03-21T00:00:00"),
        ex("late last year", "2021", start="2021-09-01T00:00:00"),
        ex("the next decade", "P10Y", text="Costs will rise over the next decade."),
        ex("the next year", "P1Y", text="Sales should double over the next year."),
        ex("the past decade", "P10Y", text="Prices have doubled over the past decade."),
        ex("That week", "2022-W09", text="The talks began on March 2, 2022. That week, prices "
           "rose."),
    ),
)  # fmt: skip


IN_THE_CYCLE = Rule(
    name="in_the_cycle",
    pattern=r"\b(?:earlier|later)" + _ + r"in" + _ + r"the" + _ + r"(?P<unit>week|month|year)\b",
    produce=lambda g: Cycle(CYCLE_UNITS[lower_words(g.get("unit"))], Rel(0, story=True)),
    examples=(
        ex("later in the week", "2022-W11", text="The minister will visit later in the week."),
        ex("earlier in the month", "2022-03", text="Prices fell earlier in the month."),
    ),
)  # fmt: skip


# Periods "the same period" may name by kind; "period" and "time" name the one last named.
_SAME_PERIODS = r"(?:period|time|month|quarter|half|season|week)"


def _same_period(groups: Groups) -> Meaning | None:
    unit = lower_words(groups.get("unit") or groups.get("unit2"))
    count = lower_words(groups.get("count"))
    years = 1 if not count else int(number_value(count) or 1)
    return SamePeriod(years, None if unit in ("period", "time") else CYCLE_UNITS.get(unit))


SAME_PERIOD = Rule(
    name="same_period",
    pattern=r"\b(?:(?:the|that)" + _ + r"same" + _ + r"(?P<unit>" + _SAME_PERIODS + r")(?:" + _
    + r"of)?" + _ + r"(?:(?:the" + _ + r")?(?:last|previous|prior|preceding)" + _ + r"year|"
    r"(?P<count>a|one|two|three|[1-9])" + _ + r"years?" + _ + r"(?:earlier|ago|before))|the"
    + _ + r"year[- ](?:earlier|ago)" + _ + r"(?P<unit2>" + _SAME_PERIODS + r"))\b",
    produce=_same_period,
    examples=(
        ex("the same period last year", "2021-02",
           text="Exports rose 8% in February from the same period last year."),
        ex("the year-earlier quarter", "2020-Q4",
           text="Profit fell in the fourth quarter of 2021 from the year-earlier quarter."),
        ex("the same quarter two years ago", "2020-Q1"),
        ex("the same period a year earlier", "2021",
           text="Imports were up on the same period a year earlier."),
    ),
)  # fmt: skip


TYPED_CYCLE = Rule(
    name="typed_cycle",
    pattern=r"\b(?P<the>the" + _ + r")?(?P<unit>week-?end|week|month|year|fortnight)\b",
    produce=lambda g: Weekend() if "end" in lower_words(g.get("unit")) else (
        Cycle(CYCLE_UNITS.get(lower_words(g.get("unit")), "week"), Rel(0)) if g.get("the") else None
    ),
    accept=checks.cycle_ok,
    examples=(
        ex("the month", "2022-03"),
        ex("the year", "2022"),
        ex("weekend", "2022-W10-WE"),
        ex("the month", None, text="It rained all through the month."),
        # After a day or week counted into it, the one the text is in.
        ex("the last day of the month", "2022-03-31", text="The offer ends on the last day "
           "of the month."),
        ex("the thirty-first day of the month", "2022-03-31", text="Units must be delivered "
           "before the thirty-first day of the month."),
        ex("the first week of the year", "2022-W01", text="Sales slowed in the first week of "
           "the year."),
    ),
)  # fmt: skip


def _day_of_month(groups: Groups) -> Meaning | None:
    dotted = groups.get("dot")
    day = int(dotted) if dotted else ordinal_value(groups.get("day") or groups.get("word") or "")
    return DayOfMonth(day) if day and 1 <= day <= 31 else None


DAY_OF_MONTH = Rule(
    name="day_of_month",
    pattern=r"\b(?:(?P<the>the" + _ + r")?(?P<day>" + DAY_NUM + ORD_SUFFIX + r")|the" + _
    + r"(?P<word>" + ORDINAL_WORD + r"))\b(?!" + _ + r"(?:century|centuries|anniversary|"
    r"birthday|time|floor|round|place|day|week|month|year|quarter|half|minute|hour|edition|"
    r"session|season|term|stage|leg|game|race|test|lap|inning|hole|grade|generation|amendment|"
    r"episode|row|of[ \t]{1,3}(?:the|these|those|its|their|"
    r"his|her|our|them|all)))|\b(?P<dot>" + DAY_NUM + r")\.(?![\w.,:/-])",
    produce=_day_of_month,
    accept=checks.day_of_month_ok,
    examples=(
        ex("the 21st", "2022-03-21"),
        ex("21st", "2022-03-21"),
        ex("the 21st", "2022-02-21", text="The accord was signed on the 21st."),
        ex("the 25th", "2023-11-25", reference="2023-11-14",
           text="A warmer spell should arrive around the 25th."),
        ex("the 3rd", None, text="He crashed on the 3rd lap."),
        ex("the 3rd", None, text="He joined the 3rd Battalion."),
        ex("21.", "2022-03-21"),  # the day as German writes it, typed alone
        ex("21.", None, text="Prices rose by 21. Markets fell."),
        ex("the first", None, text="She was the first to arrive."),
    ),
)  # fmt: skip
