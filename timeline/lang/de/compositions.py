"""German compositions: two neighbouring expressions that make one, by the words between.

"morgen um 9", "nächsten Freitag um 15 Uhr", "vom 2. bis 9. März", "zwischen Montag und
Mittwoch", "5 Uhr nachmittags", "drei Tage vor Weihnachten" need no pattern of their own.
The finder applies them left to right, again and again, so a composed expression composes
further ("22. April" + "von 5 bis 6 Uhr" + "nachmittags").
"""

from __future__ import annotations

from timeline.engine.records import Composition, ex
from timeline.lang.de.patterns import OPT, _
from timeline.lang.shared import germanic

_CA = r"(?:ca\.?|circa|etwa|ungefähr)"

DATE_AT_CLOCK = germanic.date_at_clock(
    r",?"
    + _
    + r"(?:(?P<at>um|gegen|ab|bis|von|vom|@|"
    + _CA
    + r")"
    + _
    + r"(?:"
    + _CA
    + _
    + r")?|(?P<between>zwischen)"
    + _
    + r")?|(?P<at2>,)"
    + _,
    (
        ex("Freitag um 15 Uhr", "2022-03-11T15:00"),
        ex("morgen um 9", "2022-03-15T09:00"),
        ex("nächsten Freitag um 15 Uhr", "2022-03-18T15:00"),
        ex("14. Oktober um 8:00:31", "2021-10-14T08:00:31"),
        ex("21.04.2016 um 16 Uhr", "2016-04-21T16:00"),
        ex("diesen Morgen um 7", "2022-03-14T07:00"),
        ex("am 18.10 um 8:10", "2022-10-18T08:10", prefer="future"),
        ex("20.09. 22.10", "2022-09-20T22:10", prefer="future"),
        ex("08.09.2017 gegen 6:30 Uhr", "2017-09-08T06:30"),
        ex("29.11. ca. 18.00 h", "2022-11-29T18:00", prefer="future"),
        ex("Mittwoch 4:00", "2022-03-09T04:00"),
        ex("Montag zwischen 8 und 9", "2022-03-14T08:00", end="2022-03-14T09:00:00"),
    ),
)

CLOCK_ON_DATE = germanic.clock_on_date(
    r",?" + _ + r"(?:(?:am|an|vom)" + _ + r")?",
    (
        ex("15 Uhr am Freitag", "2022-03-11T15:00"),
        ex("13:00 Uhr 28.11.2017", "2017-11-28T13:00"),
        ex("von 17 bis 18 Uhr am 22. April", "2022-04-22T17:00", end="2022-04-22T18:00:00"),
    ),
)

CLOCK_IN_PART = germanic.clock_in_part(
    _ + r"(?:am" + _ + r"|in" + _ + r"der" + _ + r")?",
    (
        ex("9 Uhr morgens", "2022-03-14T09:00"),
        ex("5 Uhr Nachmittags", "2022-03-14T17:00"),
        ex("ein Uhr Nachmittags", "2022-03-14T13:00"),
        ex(
            "von 5 Uhr Nachmittags bis 6 Uhr Nachmittags",
            "2022-03-14T17:00",
            end="2022-03-14T18:00:00",
        ),
        ex("22. April von 5 bis 6 Uhr Nachmittags", "2022-04-22T17:00", end="2022-04-22T18:00:00"),
    ),
)

DATE_IN_PART = germanic.date_in_part(
    r"\)?,?" + _ + r"(?:am" + _ + r"|in" + _ + r"der" + _ + r")?",
    (
        ex("22.05.2017 früh", "2017-05-22TMO"),
        ex("18.07 abends", "2022-07-18TEV"),
        ex("Sonntag, 20.08. am Nachmittag", "2022-08-20TAF", prefer="future"),
    ),
)

PART_OF_DAY_OF = germanic.part_of_day_of(
    _ + r"(?:des|vom|am)" + _,
    (
        ex("Abend des Mittwochs", "2022-03-09TEV", text="Am Abend des Mittwochs kam er an."),
        ex("Nacht vom 5. auf den 6. Dezember", "2021-12-05TNI"),
    ),
)

PART_OR_PART = germanic.part_or_part(
    OPT + r"(?:/|oder)" + OPT,
    (ex("22.08.2017 Nachmittags/abends", "2017-08-22TAF"),),
)

WEEKDAY_THEN_DATE = germanic.weekday_then_date(
    r"\.?,?" + _ + r"(?:den" + _ + r")?\(?|\.?,?\(|\.",
    (
        ex("Montag den 15. Januar 2017", "2017-01-15"),
        ex("Mittwoch 09.08.", "2022-08-09", prefer="future"),
        ex("Sonntag 18ter", "2022-09-18"),
        ex("Donnerstag, den siebenundzwanzigsten zwölften", "2021-12-27"),
        ex("Do. 18. Mai 19:40", "2022-05-18T19:40", prefer="future"),
        ex("kommenden Mittwoch den 02.August 2017", "2017-08-02"),
    ),
)

DATE_THEN_WEEKDAY = germanic.date_then_weekday(
    r"," + _,
    (ex("02.06.2017, Freitag", "2017-06-02"),),
)

NTH_OF = germanic.nth_of(
    _ + r"(?:im|in|des|der|von|vom)?" + OPT,
    (
        ex("der letzten Woche im Juli", "2022-W30"),
        ex("ersten Montag im März", "2022-03-07"),
        ex("letzten Freitag im Oktober", "2021-10-29"),
        ex("ersten Woche des nächsten Monats", "2022-W14"),
    ),
)

PART_OF = germanic.part_of(
    r"(?:-|" + _ + r"(?:de[sr]" + _ + r")?)",
    (
        ex("Ende März", "2022-03", start="2022-03-21T00:00:00"),
        ex("Mitte August", "2022-08", start="2022-08-11T00:00:00"),
        ex("Ende nächsten Monats", "2022-04", start="2022-04-21T00:00:00"),
        ex("Anfang 2010", "2010", start="2010-01-01T00:00:00"),
        ex("Ende Dienstagnachmittag", "2022-03-08TAF"),
    ),
)

WEEKDAY_OF_WEEK = germanic.weekday_of_week(
    _ + r"(?:der" + _ + r")?",
    (ex("Montag nächster Woche", "2022-03-21"), ex("Freitag der letzten Woche", "2022-03-11")),
)

WEEK_THEN_WEEKDAY = germanic.week_then_weekday(
    r",?" + _ + r"(?:am" + _ + r"|(?P<between>zwischen)" + _ + r")?",
    (
        ex("nächste Woche Montag", "2022-03-21"),
        ex("übernächste Woche am Freitag", "2022-04-01"),
        ex("diese Woche Sonntag", "2022-03-20"),
        ex("nächste Woche Montag um 9 Uhr morgens", "2022-03-21T09:00"),
        ex("nächste Woche zwischen Mittwoch und Freitag", "2022-03-23", end="2022-03-26T00:00:00"),
    ),
)

EVERY_IN_PART = germanic.every_in_part(
    _,
    (
        ex("jeden Tag um 3 Uhr nachmittags", "XXXX-XX-XXT15:00"),
        ex("jeden Montag nachmittags", "XXXX-WXX-1TAF"),
    ),
)

EVERY_AT = germanic.every_at(
    _ + r"(?:um|gegen|ab)?" + OPT,
    (
        ex("jeden Mittwoch um 16 Uhr", "XXXX-WXX-3T16:00"),
        ex("montags um 9 Uhr", "XXXX-WXX-1T09:00"),
        ex("jeden Abend um 19:13 Uhr", "XXXX-XX-XXT19:13"),
    ),
)

IN_PERIOD = germanic.in_period(
    _ + r"(?:des|im|in|dieses|diesen)?" + OPT,
    (
        ex("am 5. nächsten Monats", "2022-04-05"),
        ex("KW 3 des letzten Jahres", "2021-W03"),
    ),
)

HOLIDAY_IN_YEAR = germanic.holiday_in_year(
    _ + r"(?:im|in|des)" + _,
    (ex("Fastnachtssonntag im nächsten Jahr", "2023-02-19"),),
)

SHIFTED = germanic.shifted(
    _ + r"(?P<dir>vor|nach|ab|von)" + _,
    ("vor",),
    (
        ex("zwei Tage vor Weihnachten", "2021-12-23"),
        ex("drei Tage nach Ostern", "2022-04-20"),
        ex("3 Tage ab heute", "2022-03-17"),
    ),
)

RANGE = germanic.range_of(
    r",?[ \t]{0,3}(?:-|–|—|/|bis(?:[ \t]{1,3}(?:zum|zur|einschließlich))?|auf[ \t]{1,3}den)"
    r"[ \t]{0,3}",
    (
        ex("von 5 bis 6 Uhr", "2022-03-14T05:00", end="2022-03-14T06:00:00"),
        ex("vom 2. bis 9. März", "2022-03-02", end="2022-03-10T00:00:00"),
        ex("18.07.-19.07.2017", "2017-07-18", end="2017-07-20T00:00:00"),
        ex("16.-17.05.2017", "2017-05-16", end="2017-05-18T00:00:00"),
        ex("von 1939 bis 1945", "1939", end="1946-01-01T00:00:00"),
        ex("9:30 - 11:00", "2022-03-14T09:30", end="2022-03-14T11:00:00"),
        ex("vom 15. auf den 16.11.2017", "2017-11-15", end="2017-11-17T00:00:00"),
        ex("von Dienstag bis Donnerstag", "2022-03-08", end="2022-03-11T00:00:00"),
        ex("28/2-1/3", "2022-02-28", end="2022-03-02T00:00:00"),
        ex("kommende Woche Dienstag bis Donnerstag", "2022-03-22", end="2022-03-25T00:00:00"),
        ex(
            "31.05.2017, 15:00 Uhr, - 03.06.2017, 15:00 Uhr",
            "2017-05-31T15:00",
            end="2017-06-03T15:00:00",
        ),
        # In a document the stretch is one expression, with a start and an end.
        ex(
            "6. bis 7. Januar 1916",
            "1916-01-06",
            end="1916-01-08T00:00:00",
            text="Die Schlacht tobte vom 6. bis 7. Januar 1916 am Fluss.",
        ),
    ),
)

RANGE_BETWEEN = germanic.range_between(
    _ + r"und" + _ + r"(?:(?:dem|den)" + _ + r")?",
    r"zwischen" + _,
    (
        ex("zwischen Montag und Mittwoch", "2022-03-14", end="2022-03-17T00:00:00"),
        ex("zwischen 4 und 6 Uhr", "2022-03-14T04:00", end="2022-03-14T06:00:00"),
        ex("zwischen 2007 und Ende 2008", "2007", end="2009-01-01T00:00:00"),
        ex("zwischen jetzt und dem 15. November", "2022-03-14", end="2022-11-16T00:00:00"),
    ),
)

RANGE_HOURS = germanic.range_hours(
    OPT + r"(?:-|–|bis)" + OPT,
    r"(?:von|vom|ab)" + _,
    (ex("von 9 bis 11", "2022-03-14T09:00", end="2022-03-14T11:00:00"),),
)

RANGE_HOURS_BETWEEN = germanic.range_hours_between(
    _ + r"und" + _,
    r"zwischen" + _,
    (ex("zwischen 8 und 9", "2022-03-14T08:00", end="2022-03-14T09:00:00"),),
)

STRETCH_IN_YEAR = germanic.stretch_in_year_of(
    r",?" + _,
    (ex("5. bis 9. März im Jahr 1918", "1918-03-05", end="1918-03-10T00:00:00"),),
)

DURATION_AND = germanic.duration_and(
    r",?" + _ + r"(?:und" + _ + r")?",
    (ex("3 Stunden 30 Minuten", "PT3H30M"), ex("1 Jahr und 6 Monate", "P1Y6M")),
)

LASTING = germanic.lasting_for(
    _ + r"für" + _,
    (ex("ab 10 Uhr für 3 Stunden", "2022-03-14T10:00", end="2022-03-14T13:00:00"),),
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
