"""English rules for times the calendar names: days, months, years, decades, quarters, halves,
seasons, holidays, week numbers, and dates written in numbers."""

from __future__ import annotations

import re

from timeline.engine.records import Groups, Rule, ex
from timeline.lang.en import checks
from timeline.lang.en.holidays import holiday_key
from timeline.lang.en.patterns import (
    CENTURY_WORD,
    DAY_NUM,
    DAY_WORD,
    DECADE_WORD,
    HOLIDAY,
    HY,
    MONTH,
    NUMBER,
    OPT,
    ORD_SUFFIX,
    ORDINAL_WORD,
    REL_AFTER,
    REL_NAME,
    TO_99_WORD,
    WEEKDAY,
    YEAR,
    _,
)
from timeline.lang.en.rules.common import integer, said_relation
from timeline.lang.en.words import (
    DECADE_WORDS,
    DEICTIC_DAYS,
    EDGES,
    MONTHS,
    SEASONS,
    TO_NINETY_NINE,
    WEEKDAYS,
    lower_words,
    number_value,
    ordinal_value,
    relation,
    year_in_words,
)
from timeline.meaning import (
    Century,
    Clock,
    Date,
    DayShift,
    Decade,
    Half,
    Holiday,
    Interval,
    Meaning,
    MonthName,
    NumericDate,
    PartOf,
    Quarter,
    Season,
    TwoDigitYear,
    Weekday,
    WeekendOf,
    WeekNumber,
    WeekOf,
    Within,
    WordYear,
    Year,
)


def _edged(meaning: Meaning, word: str | None) -> Meaning:
    """ "late March": the end of the month, keeping the month's TIMEX3 value."""
    return PartOf(EDGES[word.lower()], meaning) if word else meaning


def _iso_date(groups: Groups) -> Meaning | None:
    day = Date(integer(groups, "m"), integer(groups, "d"), integer(groups, "y"))
    if groups.get("hh") is None:
        return day
    seconds = groups.get("ss")
    zone = _zone_offset(groups.get("tz"))
    clock = Clock(
        integer(groups, "hh"),
        integer(groups, "mm"),
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
        return NumericDate(integer(groups, "a3"), integer(groups, "b3"), integer(groups, "y3"))
    dotted = groups.get("b2") is not None
    second = integer(groups, "b2") if dotted else integer(groups, "b")
    return NumericDate(integer(groups, "a"), second, integer(groups, "y"), day_first=dotted)


COMPACT_DATE = Rule(
    name="compact_date",
    pattern=r"\b(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\b",
    produce=lambda g: Date(integer(g, "m"), integer(g, "d"), integer(g, "y")),
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


# Four digits that read as a 24-hour time: "1440", "0710", "2330".
_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
_YEAR_DIGITS = re.compile(YEAR)


def _day_digits(groups: Groups) -> Meaning | None:
    """A day and four digits after it that no year can be: the time on that day ("Sunday
    1925", "1 Dec 0710", "tomorrow 2015"). Digits a date's year may be are `_month_day`'s."""
    said = groups.get("wd") or groups.get("wd2")
    weekday = WEEKDAYS[lower_words(said)] if said else None
    digits, until = groups.get("hhmm") or "", groups.get("until")
    month = groups.get("month") or groups.get("month2")
    day: Meaning
    if month:
        if _YEAR_DIGITS.fullmatch(digits):
            return None
        day = Date(MONTHS[lower_words(month)], integer(groups, "day") or integer(groups, "day2"),
                   None, weekday)  # fmt: skip
    elif weekday is not None:
        day = Weekday(weekday)
    else:
        day = DayShift(DEICTIC_DAYS[lower_words(groups.get("shift"))])
    clock = Clock.of_digits(int(digits))
    last = None if until is None else Clock.of_digits(int(until))
    if clock is None:
        return None
    return Within(clock if last is None else Interval(clock, last), day)


DAY_DIGITS = Rule(
    name="day_digits",
    pattern=r"\b(?:(?:(?P<wd>" + WEEKDAY + r"),?" + _ + r")?(?:(?:the" + _ + r")?(?P<day>"
    + DAY_NUM + r")" + ORD_SUFFIX + r"?" + _ + r"(?:of" + _ + r")?(?P<month>" + MONTH + r")|"
    r"(?P<month2>" + MONTH + r")" + _ + r"(?P<day2>" + DAY_NUM + r")" + ORD_SUFFIX + r"?)|"
    r"(?P<wd2>" + WEEKDAY + r"),?|(?P<shift>today|tomorrow|tonight),?)" + _ + r"(?P<hhmm>" + _HHMM
    + r")(?:" + OPT + r"[-–]" + OPT + r"(?P<until>" + _HHMM + r"))?\b",
    produce=_day_digits,
    accept=checks.typed_only,
    examples=(
        ex("Tuesday 0930", "2022-03-15T09:30", prefer="future"),
        ex("on Saturday 1845", "2022-03-19T18:45", prefer="future"),
        ex("Thursday, 2100", "2022-03-17T21:00", prefer="future"),
        ex("tomorrow 2015", "2022-03-15T20:15"),
        ex("4 Apr 0645", "2022-04-04T06:45", prefer="future"),
        ex("Apr 4 2210-2355", "2022-04-04T22:10", end="2022-04-04T23:55:00", prefer="future"),
        ex("Fri 1500-1735", "2022-03-18T15:00", end="2022-03-18T17:35:00", prefer="future"),
        ex("1845", None, text="On Saturday 1845 people came."),
    ),
)  # fmt: skip


def _month_day(groups: Groups) -> Meaning | None:
    said = groups.get("day") or ""
    day = ordinal_value(said) or TO_NINETY_NINE.get(
        " ".join(said.lower().replace("-", " ").split())
    )
    if day is None or day < 1:
        return None
    weekday = WEEKDAYS.get(lower_words(groups.get("wd"))) if groups.get("wd") else None
    year = integer(groups, "year") or None
    # "2 Nov 1815" may say 18:15; "Nov 2, 1815", with its comma, says a year.
    or_time = year is not None and not groups.get("comma") and Clock.of_digits(year) is not None
    return Date(MONTHS[lower_words(groups.get("month"))], day, year, weekday, or_time)


def _joined_date(groups: Groups) -> Meaning | None:
    day = integer(groups, "d1") or integer(groups, "d2") or integer(groups, "d3")
    month = groups.get("m1") or groups.get("m2") or groups.get("m3")
    year = integer(groups, "y1") or integer(groups, "y2") or integer(groups, "y3")
    return Date(MONTHS[lower_words(month)], day, year) if day and month and year else None


# A date with its month's name, joined by hyphens or slashes as forms and logs write it:
# "22-Jan-2019", "22/Jan/2019", "2019-Aug-01".
JOINED_DATE = Rule(
    name="joined_date",
    pattern=r"\b(?:(?P<d1>" + DAY_NUM + r")-(?P<m1>" + MONTH + r")-(?P<y1>" + YEAR + r")|(?P<d2>"
    + DAY_NUM + r")/(?P<m2>" + MONTH + r")/(?P<y2>" + YEAR + r")|(?P<y3>" + YEAR + r")-(?P<m3>"
    + MONTH + r")-(?P<d3>" + DAY_NUM + r"))\b",
    produce=_joined_date,
    examples=(
        ex("14-Mar-2021", "2021-03-14"),
        ex("3/Feb/2020", "2020-02-03", text="The file was sent on 3/Feb/2020 by post."),
        ex("2021-sep-07", "2021-09-07"),
    ),
)  # fmt: skip


MONTH_DAY = Rule(
    name="month_day",
    pattern=r"\b(?:(?P<wd>" + WEEKDAY + r"),?" + _ + r")?(?P<month>" + MONTH + r")" + _
    + r"(?P<day>" + DAY_NUM + ORD_SUFFIX + r"?|" + ORDINAL_WORD + r")\b(?!:|\.\d|,\d{3})"
    r"(?:(?P<comma>,)?" + _ + r"(?P<year>" + YEAR + r")\b)?",
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
        ex("Wed Apr 6 1505", "2022-04-06T15:05", prefer="future"),
        ex("Apr 6 1505", "1505-04-06"),
    ),
)  # fmt: skip


DAY_MONTH = Rule(
    name="day_month",
    pattern=r"\b(?:the" + _ + r")?(?P<day>" + DAY_NUM + r"|" + ORDINAL_WORD + r"|" + DAY_WORD
    + r")(?:" + ORD_SUFFIX + r"|(?P<dot>\.))?" + _ + r"(?:day" + _ + r")?(?:of" + _
    + r")?(?P<month>" + MONTH + r")(?:(?P<comma>,)?" + _ + r"(?P<year>" + YEAR + r")\b)?",
    produce=_month_day,
    accept=checks.day_month_ok,
    examples=(
        ex("15 January", "2024-01-15", reference="2023-11-10",
           text="The appeal will be heard on 15 January, the court said on Friday."),
        ex("the 3rd of March", "2022-03-03"),
        ex("3 March 2021", "2021-03-03"),
        # Typed alone for the future, a year long gone is a 24-hour time on the coming day.
        ex("9 May 1630", "2022-05-09T16:30", prefer="future"),
        ex("9 May 1945", "2022-05-09T19:45", prefer="future"),  # more than fifty years back
        ex("9 May 1630", "1630-05-09"),
        ex("8 Apr 2016", "2016-04-08", prefer="future"),
        ex("9 May 1630", "1630-05-09", prefer="future", text="The fleet sailed on 9 May 1630."),
        ex("the first of April", "2022-04-01"),
        ex("twenty third day of September", "2021-09-23"),
        ex("Fri 8. Apr 2022", "2022-04-08"),  # typed the German way, its day with a stop
        ex("8. April", None, text="Sales rose 8. April was slow."),
    ),
)  # fmt: skip


MONTH_YEAR = Rule(
    name="month_year",
    pattern=r"\b(?:(?P<mod>early|mid|late)" + HY + r")?(?P<month>" + MONTH + r")(?:,?"
    + _ + r"(?:of" + _ + r")?|[-/])(?P<year>" + YEAR + r")\b",
    produce=lambda g: _edged(
        MonthName(MONTHS[lower_words(g.get("month"))], integer(g, "year")), g.get("mod")
    ),
    accept=checks.dated_name_ok,
    examples=(
        ex("March 2015", "2015-03"),
        ex("early March 2015", "2015-03", start="2015-03-01T00:00:00", end="2015-03-11T00:00:00"),
        ex("June of 1944", "1944-06"),
        ex("Sep-2021", "2021-09"),
        ex("Mar/2020", "2020-03"),
    ),
)  # fmt: skip


MONTH_RULE = Rule(
    name="month",
    pattern=r"\b(?:(?:the" + _ + r")?(?P<rel>" + REL_NAME + r"|that)" + _
    + r"|(?P<mod>early|mid|late)" + HY + r")?(?P<month>" + MONTH + r")\b" + REL_AFTER,
    produce=lambda g: _edged(
        MonthName(MONTHS[lower_words(g.get("month"))], rel=said_relation(g)), g.get("mod")
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
        ex("July", "2021-07", text="In July Danish troops left the city."),
        ex("March", "2022-03", text="It began with a March operation against the rebels."),
        ex("March", None, text="March Madness starts soon."),
        # In lower case after a preposition of time, as a hurried writer types it; "may" and
        # "march" are words first, and "august" after "the" an adjective.
        ex("april", "2021-04", text="We have not met since april."),
        ex("june", "2022-06", text="The pool will be shut until june."),
        ex("may", None, text="He said it may be in may or later."),
        ex("august", None, text="The august body met in the hall."),
        # "that" points back to the year last named, at the start of a sentence or after a
        # preposition of time; after a verb it only joins a clause.
        ex("That September", "1987-09", text="The school opened in 1987. That September it "
           "took its first pupils."),
        ex("that March", "2004-03", text="He won the seat in 2004, and by that March he led "
           "the party."),
        ex("September", "2022-09", text="The club was founded in 1987. He said that September "
           "would be busy."),
    ),
)  # fmt: skip


YEAR_RULE = Rule(
    name="year",
    pattern=r"(?:(?<=(?:1\d|20)\d\d[-–])|(?<![\w$£€#.,/-]))(?:(?P<pre>mid|early|late)" + HY
    + r")?(?P<year>" + YEAR + r")(?=['’]s\b|\b)(?![.,]\d|[-/](?!(?:1\d|20)\d\d\b)\d{3})",
    produce=lambda g: _edged(Year(integer(g, "year")), g.get("pre")),
    accept=checks.year_ok,
    examples=(
        ex("2020", "2020"),
        ex("2020", "2020", text="He lost 2020’s election."),
        ex("mid-2011", "2011", start="2011-04-01T00:00:00"),
        ex("1453", "1453", text="The city fell in 1453."),
        ex("2018", "2018", text="He served from 2014-2018 in the senate."),
        ex("1939", "1939", text="Slovakia - a client state in 1939 - joined the attack."),
        ex("1500", None, text="Between 1500 - 2000 troops were sent."),
        ex("2020", None, text="It is set out in Section 2020 of the act."),
        ex("2,000", None, text="Some 2,000 people came."),
        ex("2016", None, text="For tickets call 020-1987-2016 after noon."),
        ex("1999", None, text="Form 44-1999-07 was filed."),
    ),
)  # fmt: skip


def _year_tail(groups: Groups) -> Meaning | None:
    century, first = groups.get("century"), groups.get("first")
    if century is None or first is None:
        return None
    tail = integer(groups, "yy")
    if not 0 < tail - int(first) <= 10:  # "1957-58"; not "2015-32" or a phone number
        return None
    return Year(int(century) * 100 + tail)


SHORT_YEAR = Rule(
    name="short_year",
    pattern=r"(?<![\w'’])['’](?P<yy>\d{2})\b(?!['’]?s\b|[.,:]\d)",
    produce=lambda g: TwoDigitYear(integer(g, "yy")),
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
    tens = integer(groups, "dec") * 10
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
    return Quarter(number, integer(groups, "year") or None)


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


def _quarter_year(groups: Groups) -> int | None:
    """ "Q1 2023", "2023Q1", "21q2" (the twenty-first century's)."""
    two_digits = integer(groups, "yy")
    return (
        integer(groups, "year")
        or integer(groups, "year2")
        or (2000 + two_digits if groups.get("yy") else None)
    )


QUARTER_CODE = Rule(
    name="quarter_code",
    pattern=r"\b(?:Q(?P<q>[1-4])(?:(?:-|" + OPT + r")(?P<year>" + YEAR + r"))?|(?P<year2>" + YEAR
    + r")(?:-|" + OPT + r")Q(?P<q2>[1-4])|(?P<yy>\d{2})Q(?P<q3>[1-4]))\b",
    produce=lambda g: Quarter(
        integer(g, "q") or integer(g, "q2") or integer(g, "q3"), _quarter_year(g)
    ),
    examples=(ex("Q1 2023", "2023-Q1"), ex("2023Q2", "2023-Q2"), ex("2017-q1", "2017-Q1"),
              ex("q1-2019", "2019-Q1"), ex("21q2", "2021-Q2")),
)  # fmt: skip


def _half(groups: Groups) -> Meaning | None:
    if groups.get("h"):  # "2019-H2"
        return Half(integer(groups, "h"), integer(groups, "year2"))
    if groups.get("h2"):  # "H1 2024", as business news writes halves like quarters
        return Half(integer(groups, "h2"), integer(groups, "year3"))
    number = ordinal_value(lower_words(groups.get("ord"))) or 1
    step = {"last": -1, "next": 1}.get(lower_words(groups.get("rel")), 0)
    return Half(number, integer(groups, "year") or None, step)


HALF = Rule(
    name="half",
    pattern=r"\b(?:(?:the" + _ + r")?(?P<ord>first|second|1st|2nd)" + _ + r"half" + _ + r"of"
    + _ + r"(?:(?P<year>" + YEAR + r")|(?P<rel>the|this|last|next)" + _ + r"year)|(?P<year2>"
    + YEAR + r")-?H(?P<h>[12])|H(?P<h2>[12])(?:-|" + OPT + r")(?P<year3>" + YEAR + r"))\b",
    produce=_half,
    examples=(
        ex("the first half of 2022", "2022-H1"),
        ex("the second half of next year", "2023-H2"),
        ex("2019-H2", "2019-H2"),
        ex("H1 2024", "2024-H1", text="It plans to launch in Europe in H1 2024."),
        ex("H2-2023", "2023-H2"),
    ),
)  # fmt: skip


SEASON = Rule(
    name="season",
    pattern=r"\b(?:(?:the" + _ + r")?(?P<rel>" + REL_NAME + r"|that)" + _ + r"|the" + _ + r")?"
    r"(?P<season>spring|summer|autumn|fall|winter)\b(?:" + _ + r"(?:of" + _ + r")?(?P<year>"
    + YEAR + r")\b)?",
    produce=lambda g: Season(
        SEASONS[lower_words(g.get("season"))],  # type: ignore[arg-type]
        integer(g, "year") or None,
        relation(g.get("rel")),
    ),
    accept=checks.season_ok,
    examples=(
        ex("the autumn", "2023-FA", reference="2023-03-21",
           text="The trial is expected to start in the autumn and last about three weeks."),
        ex("last summer", "2021-SU"),
        ex("next winter", "2022-WI"),
        ex("the fall of 1453", "1453-FA"),
        ex("this spring", "2022-SP"),
        ex("fall", None, text="The fall of the city came quickly."),
        ex("spring", "2021-SP", text="The army launched a spring offensive."),
        ex("the summer", "2022-SU", text="The plant will reopen in the summer."),
        ex("the winter", "2021-WI", text="The talks failed in the winter."),
        ex("the spring", "2021-SP", text="They spent the spring in Paris."),
        ex("the spring", None, text="She drank from the spring."),
        ex("that summer", "1969-SU", text="The band formed in 1969 and played its first "
           "concert later that summer."),
        ex("That winter", "1941-WI", text="The siege began in 1941. That winter the city "
           "starved."),
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
    holiday = Holiday(key, integer(groups, "year") or None, said_relation(groups), months_away)
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
    pattern=r"\b(?:the" + _ + r")?week" + _ + r"of" + _ + r"(?:(?P<month>" + MONTH + r")" + _
    + r"(?P<day>" + DAY_NUM + r")" + ORD_SUFFIX + r"?|(?P<day2>" + DAY_NUM + r")" + ORD_SUFFIX
    + r"?(?:" + _ + r"of)?" + _ + r"(?P<month2>" + MONTH + r"))(?:,?" + _ + r"(?P<year>" + YEAR
    + r"))?\b",
    produce=lambda g: WeekOf(Date(MONTHS[lower_words(g.get("month") or g.get("month2"))],
                                  integer(g, "day") or integer(g, "day2"),
                                  integer(g, "year") or None)),
    accept=checks.dated_name_ok,
    examples=(ex("the week of March 14", "2022-W11"), ex("the week of 14 March", "2022-W11"),
              ex("the week of 15 January", "2024-W03", reference="2023-11-10",
                 text="The appeal will be heard in the week of 15 January.")),
)  # fmt: skip


WEEK_NUMBER = Rule(
    name="week_number",
    pattern=r"\bweek" + _ + r"(?:no\.?" + _ + r"|number" + _ + r")?(?P<n>[1-4]?\d|5[0-3])\b"
    r"(?![.,:/]\d)",
    produce=lambda g: WeekNumber(n) if 1 <= (n := integer(g, "n")) <= 53 else None,
    examples=(
        ex("week 23", "2022-W23"),
        ex("week 3 of 2027", "2027-W03"),
        ex("week 27 of last year", "2021-W27"),
    ),
)  # fmt: skip


def _numeric_day_and_month(groups: Groups) -> Meaning | None:
    first, second = (
        integer(groups, "a") or integer(groups, "c"),
        integer(groups, "b") or integer(groups, "d"),
    )
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
