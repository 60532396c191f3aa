"""Dutch compositions: two neighbouring expressions that make one, by the words between.

"morgen om 9", "volgende vrijdag om 15.00", "van 2 tot 9 maart", "tussen maandag en
woensdag", "4 uur 's middags", "twee dagen voor kerst" need no pattern of their own. The
finder applies them left to right, again and again, so a composed expression composes
further ("22 april" + "van 5 tot 6 uur" + "'s middags").
"""

from __future__ import annotations

from timeline.engine.records import Composition, ex
from timeline.lang.nl.patterns import OPT, _
from timeline.lang.shared import germanic

_CA = r"(?:ca\.?|circa|ongeveer|omstreeks|omtrent)"

DATE_AT_CLOCK = germanic.date_at_clock(
    r",?"
    + _
    + r"(?:(?P<at>om|rond|rondom|tegen|vanaf|van|tot|@|"
    + _CA
    + r")"
    + _
    + r"(?:"
    + _CA
    + _
    + r")?|(?P<between>tussen)"
    + _
    + r"|(?:op"
    + _
    + r")?)?|(?P<at2>,)"
    + _
    + r"|"
    + OPT
    + r"-"
    + OPT,
    (
        ex("vrijdag om 15.00", "2022-03-11T15:00"),
        ex("morgen om 9", "2022-03-15T09:00"),
        ex("volgende vrijdag om 15 uur", "2022-03-25T15:00"),
        ex("tweeëntwintig februari om 3.30", "2022-02-22T03:30"),
        ex("deze morgen om zeven", "2022-03-14T07:00"),
        ex("vanavond rond 19.00", "2022-03-14T19:00"),
        ex("22 mei - 11:30", "2022-05-22T11:30"),
        ex("de 22e februari 3.30", "2022-02-22T03:30"),
        ex(
            "volgende maandag tussen 3 en 8 uur 's morgens",
            "2022-03-21T03:00",
            end="2022-03-21T08:00:00",
        ),
        ex("maandag 21 tussen 9:30 en 15:00", "2022-03-21T09:30", end="2022-03-21T15:00:00"),
    ),
)

CLOCK_ON_DATE = germanic.clock_on_date(
    r",?" + _ + r"(?:(?:op|van)" + _ + r")?",
    (
        ex("15:00 vandaag", "2022-03-14T15:00"),
        ex("om 13.00 28 februari 2013", "2013-02-28T13:00"),
        ex("van 10:30 tot 15:00 op 1/1/2015", "2015-01-01T10:30", end="2015-01-01T15:00:00"),
    ),
)

CLOCK_IN_PART = germanic.clock_in_part(
    _ + r"(?:in" + _ + r"de" + _ + r")?",
    (
        ex("9 uur 's ochtends", "2022-03-14T09:00"),
        ex("4 uur 's middags", "2022-03-14T16:00"),
        ex("zes uur 's avonds", "2022-03-14T18:00"),
        ex(
            "van 5 uur 's middags tot 6 uur 's middags",
            "2022-03-14T17:00",
            end="2022-03-14T18:00:00",
        ),
        ex("van half acht tot 4 uur 's middags", "2022-03-14T07:30", end="2022-03-14T16:00:00"),
        ex("22 april van 5 tot 6 uur 's middags", "2022-04-22T17:00", end="2022-04-22T18:00:00"),
    ),
)

DATE_IN_PART = germanic.date_in_part(
    r"\)?,?" + _ + r"(?:(?:in|op)" + _ + r"de" + _ + r")?",
    (
        ex("5 feb 's ochtends", "2022-02-05TMO"),
        ex("dinsdag, in de ochtend", "2022-03-08TMO"),
    ),
)

PART_OF_DAY_OF = germanic.part_of_day_of(
    _ + r"(?:(?:op|van)" + _ + r")?",
    (
        ex("vroeg in de ochtend op dinsdag", "2022-03-08TMO"),
        ex("laat in de middag dinsdag", "2022-03-08TAF"),
    ),
)

PART_OR_PART = germanic.part_or_part(
    OPT + r"(?:/|of)" + OPT,
    (ex("22-08-2017 's middags of 's avonds", "2017-08-22TAF"),),
)

WEEKDAY_THEN_DATE = germanic.weekday_then_date(
    r"\.?,?" + _ + r"(?:de" + _ + r")?\(?|\.?,?\(|\.",
    (
        ex("maandag 15 januari 2017", "2017-01-15"),
        ex("vrijdag de vijftiende maart", "2022-03-15"),
        ex("donderdag 29/3", "2022-03-29"),
        ex("zondag 31", "2021-10-31"),
        ex("vrijdag de 26e", "2021-11-26"),
    ),
    bare_day=True,
)

DATE_THEN_WEEKDAY = germanic.date_then_weekday(
    r"," + _,
    (ex("2 juni 2017, vrijdag", "2017-06-02"),),
)

NTH_OF = germanic.nth_of(
    _ + r"(?:van|in)" + _,
    (
        ex("de laatste week van juli", "2022-W30"),
        ex("de eerste week van dit jaar", "2022-W01"),
        ex("laatste week van 2015", "2015-W53"),
        ex("de derde week van 2027", "2027-W03"),
    ),
)

PART_OF = germanic.part_of(
    r"(?:-|" + _ + r"(?:(?:van" + _ + r")?(?:de|het)" + _ + r"|op" + _ + r")?)",
    (
        ex("eind maart", "2022-03", start="2022-03-21T00:00:00"),
        ex("halverwege 2000", "2000", start="2000-04-01T00:00:00"),
        ex("begin van dinsdagmiddag", "2022-03-08TAF"),
        ex("laat op dinsdagavond", "2022-03-08TEV"),
        ex("einde van 2000", "2000", start="2000-09-01T00:00:00"),
    ),
)

WEEKDAY_OF_WEEK = germanic.weekday_of_week(
    _ + r"(?:van" + _ + r")?",
    (ex("maandag volgende week", "2022-03-21"), ex("vrijdag van vorige week", "2022-03-11")),
)

WEEK_THEN_WEEKDAY = germanic.week_then_weekday(
    r",?" + _ + r"(?:op" + _ + r"|(?P<between>tussen)" + _ + r")?",
    (
        ex("volgende week op dinsdag", "2022-03-22"),
        ex("op volgende week maandag om 9.00", "2022-03-21T09:00"),
        ex("volgende week tussen woensdag en vrijdag", "2022-03-23", end="2022-03-26T00:00:00"),
    ),
)

EVERY_IN_PART = germanic.every_in_part(
    _,
    (
        ex("elke dag om 3 uur 's middags", "XXXX-XX-XXT15:00"),
        ex("elke maandag 's middags", "XXXX-WXX-1TAF"),
    ),
)

EVERY_AT = germanic.every_at(
    _ + r"(?:om|rond|tegen|vanaf)?" + OPT,
    (
        ex("elke maandag 16.00", "XXXX-WXX-1T16:00"),
        ex("iedere maandag om 16.00", "XXXX-WXX-1T16:00"),
        ex("elke avond om 19:13", "XXXX-XX-XXT19:13"),
    ),
)

CLOCK_THEN_EVERY = germanic.clock_then_every(
    _ + r"(?:op" + _ + r")?",
    (ex("9.00 op zondagen", "XXXX-WXX-7T09:00"),),
)

IN_PERIOD = germanic.in_period(
    _ + r"(?:dag" + _ + r")?(?:van|in)" + _,
    (
        ex("de 15e dag van volgende maand", "2022-04-15"),
        ex("week 3 van vorig jaar", "2021-W03"),
    ),
)

HOLIDAY_IN_YEAR = germanic.holiday_in_year(
    _ + r"(?:in" + _ + r"|van" + _ + r")?",
    (ex("Pasen volgend jaar", "2023-04-09"),),
)

SHIFTED = germanic.shifted(
    _ + r"(?P<dir>voor|na|vanaf|vanuit)" + _ + r"(?:de" + _ + r")?",
    ("voor",),
    (
        ex("twee dagen voor kerst", "2021-12-23"),
        ex("twee dagen na vandaag", "2022-03-16"),
        ex("twee dagen voor gisteren", "2022-03-11"),
        ex("3 dagen vanaf vandaag", "2022-03-17"),
        ex("3 dagen na de 12e januari", "2022-01-15"),
    ),
)

RANGE = germanic.range_of(
    r",?[ \t]{0,3}(?:-|–|—|t/m|tot(?:[ \t]{1,3}en[ \t]{1,3}met|[ \t]{1,3}aan)?|op)"
    r"[ \t]{0,3}",
    (
        ex("van 5 tot 6 uur", "2022-03-14T05:00", end="2022-03-14T06:00:00"),
        ex("van 2 tot 9 maart", "2022-03-02", end="2022-03-10T00:00:00"),
        ex("van 2014 tot en met 2018", "2014", end="2019-01-01T00:00:00"),
        ex("16:00-17:00", "2022-03-14T16:00", end="2022-03-14T17:00:00"),
        ex("van mei tot okt 2020", "2020-05", end="2020-11-01T00:00:00"),
        ex("28e feb tot 1e maart", "2022-02-28", end="2022-03-02T00:00:00"),
        ex("van 1-10-2018 - 7-10-2018", "2018-10-01", end="2018-10-08T00:00:00"),
        ex("18 nov 2014-19 dec 2015", "2014-11-18", end="2015-12-20T00:00:00"),
        ex("van half drie tot kwart voor drie", "2022-03-14T02:30", end="2022-03-14T02:45:00"),
        ex("van 1:30 tot 3", "2022-03-14T01:30", end="2022-03-14T03:00:00"),
        ex("maandagmorgen van 10:00 tot 12:00", "2022-03-14T10:00", end="2022-03-14T12:00:00"),
        ex("van Q1-2017 tot Q1-2018", "2017-Q1", end="2018-04-01T00:00:00"),
        # In a document each end is an expression of its own, as TimeML marks them.
        ex(
            "6 tot 7 januari 1916",
            "1916-01-06",
            text="De slag woedde van 6 tot 7 januari 1916 bij de rivier.",
        ),
    ),
)

RANGE_BETWEEN = germanic.range_between(
    _ + r"en" + _ + r"(?:de" + _ + r")?",
    r"tussen" + _,
    (
        ex("tussen maandag en woensdag", "2022-03-14", end="2022-03-17T00:00:00"),
        ex("tussen 4 en 6 uur", "2022-03-14T04:00", end="2022-03-14T06:00:00"),
        ex("tussen augustus en oktober", "2022-08", end="2022-11-01T00:00:00"),
        ex("tussen 1 januari 2015 en 5 februari 2018", "2015-01-01", end="2018-02-06T00:00:00"),
        ex("tussen nu en november de 15e", "2022-03-14", end="2022-11-16T00:00:00"),
    ),
)

RANGE_HOURS = germanic.range_hours(
    OPT + r"(?:-|–|tot)" + OPT,
    r"(?:van|vanaf)" + _,
    (ex("van 9 tot 11", "2022-03-14T09:00", end="2022-03-14T11:00:00"),),
)

RANGE_HOURS_BETWEEN = germanic.range_hours_between(
    _ + r"en" + _,
    r"tussen" + _,
    (ex("tussen 8 en 9", "2022-03-14T08:00", end="2022-03-14T09:00:00"),),
)

STRETCH_IN_YEAR = germanic.stretch_in_year_of(
    r",?" + _,
    (ex("5 tot 9 maart jaar 1918", "1918-03-05", end="1918-03-10T00:00:00"),),
)

DURATION_AND = germanic.duration_and(
    r",?" + _ + r"(?:en" + _ + r")?",
    (
        ex("3 uur 30 minuten", "PT3H30M"),
        ex("1 jaar, 1 maand en 21 dagen", "P1Y1M21D"),
        ex("2 dagen, 1 maand", "P1M2D"),
    ),
)

LASTING = germanic.lasting_for(
    _ + r"(?:voor|gedurende)" + _,
    (ex("vanaf 10:00 gedurende 3 uur", "2022-03-14T10:00", end="2022-03-14T13:00:00"),),
)

COMPOSITIONS: tuple[Composition, ...] = (
    NTH_OF,
    PART_OF,
    WEEKDAY_OF_WEEK,
    WEEK_THEN_WEEKDAY,
    WEEKDAY_THEN_DATE,
    DATE_THEN_WEEKDAY,
    EVERY_AT,
    EVERY_IN_PART,
    CLOCK_THEN_EVERY,
    IN_PERIOD,
    HOLIDAY_IN_YEAR,
    DURATION_AND,
    SHIFTED,
    RANGE,
    RANGE_BETWEEN,
    RANGE_HOURS,
    RANGE_HOURS_BETWEEN,
    STRETCH_IN_YEAR,
    CLOCK_IN_PART,
    DATE_AT_CLOCK,
    CLOCK_ON_DATE,
    DATE_IN_PART,
    PART_OF_DAY_OF,
    PART_OR_PART,
    LASTING,
)
