"""The Dutch rules: one record per kind of phrase, with what it means and its examples.

Examples resolve against Monday 14 March 2022 unless they say otherwise (`reference`); a
phrase alone is read as `POST /v1/resolve` reads it, one with `text` inside that sentence.
At one position the longest match wins, then the earlier rule.
"""

from __future__ import annotations

from timeline.engine.records import Groups, Rule, ex
from timeline.engine.wordlists import alternation, lower_words
from timeline.lang.nl import checks
from timeline.lang.nl.holidays import holiday_key
from timeline.lang.nl.patterns import (
    APOSTROPHE,
    COMPOUND_PART,
    CYCLE,
    DAY_NUM,
    DAY_PART,
    HOLIDAY,
    HOUR_PLURAL,
    HOUR_WORD,
    MONTH,
    MONTH_NUM,
    NUMBER,
    NUMBER_WORD,
    OPT,
    ORD_DAY,
    ORDINAL_WORD,
    REL,
    UNIT,
    WEEKDAY,
    WEEKDAY_ABBR,
    YEAR,
    _,
)
from timeline.lang.nl.words import (
    DEICTIC_DAYS,
    FUTURE_WORDS,
    HOUR_PLURALS,
    HOUR_WORDS,
    MONTHS,
    NUMBERS,
    PARTS,
    PAST_WORDS,
    SEASONS,
    SET_PERIODS,
    TODAY_PARTS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    number_value,
    ordinal_value,
    part_of_day,
    relation,
    unit_of,
)
from timeline.lang.shared import germanic_rules
from timeline.meaning import (
    Ahead,
    Clock,
    Cycle,
    Date,
    DayOfMonth,
    DayShift,
    Decade,
    Duration,
    Every,
    Meaning,
    MonthName,
    NthItem,
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
    Unit,
    Weekday,
    Weekend,
    WeekNumber,
    Within,
    Year,
)

# Day numbers said in words: "tweeëntwintig februari".
_DAY_WORDS = alternation(w for w, v in NUMBERS.items() if 1 <= v <= 31 and " " not in w)
_int = germanic_rules.int_of
_with_part = germanic_rules.with_part(part_of_day)
_month_of = germanic_rules.month_of(MONTHS)


def _year_of(written: str | None) -> int | None:
    return int(written) if written else None


# ---- absolute dates ------------------------------------------------------------------------


ISO_DATE = germanic_rules.iso_date(
    (ex("2002-10-09", "2002-10-09"), ex("2015-03-29 21:00", "2015-03-29T21:00")),
)


def _day_first(groups: Groups) -> Meaning | None:
    day, month = _int(groups, "d"), _int(groups, "m")
    year = groups.get("y")
    if year is None:
        return Date(month, day)
    if len(year) == 4:
        return Date(month, day, int(year))
    return NumericDate(day, month, int(year), day_first=True)


NUMERIC_DATE = Rule(
    name="numeric_date",
    pattern=r"(?<![\d/.,])(?P<d>" + DAY_NUM + r")(?:/(?P<m>" + MONTH_NUM + r")(?:/(?P<y>\d{4}|"
    r"\d{2}))?(?![\d/])|-(?P<m2>" + MONTH_NUM + r")(?:-(?P<y2>\d{4}|\d{2}))?(?![\d]|-\d{4}\b)|"
    r"\.(?P<m3>" + MONTH_NUM + r")\.(?P<y3>\d{4}|\d{2})(?![\d.]))",
    produce=lambda g: _day_first({"d": g.get("d"), "m": g.get("m") or g.get("m2") or g.get("m3"),
                                  "y": g.get("y") or g.get("y2") or g.get("y3")}),
    accept=checks.numeric_date_ok,
    examples=(
        ex("22/02/2016", "2016-02-22"),
        ex("22-2-2016", "2016-02-22"),
        ex("3-7-07", "2007-07-03"),
        ex("20-11", "2021-11-20"),
        ex("12/5", "2022-05-12"),
        ex("14.3.2022", "2022-03-14"),
        ex("3-1", None, text="Ajax won met 3-1 van PSV."),
        ex("1/2", None, text="Ongeveer 1/2 van de stemmen is geteld."),
    ),
)  # fmt: skip


def _dotted(groups: Groups) -> Meaning | None:
    """ "5.12": a date alone, a time beside another time or a date; "20.00", "9.30" a time."""
    first, said = _int(groups, "a"), groups.get("b") or ""
    second = int(said)
    date = Date(second, first) if 1 <= second <= 12 and 1 <= first <= 31 else None
    if len(said) == 2 and first <= 24 and second <= 59:
        clock = Clock(first % 24, second, exact=True, twelve_hour=1 <= first < 12)
        return clock if date is None else SaidClock(clock, fallback=date)
    return date


DOTTED = Rule(
    name="dotted",
    pattern=r"(?<![\d.,])(?P<a>[0-3]?\d)\.(?P<b>[0-5]?\d)(?!\d|\.\d|,\d)(?:" + OPT + r"uur\b)?",
    produce=_dotted,
    accept=checks.dotted_clock_ok,
    examples=(
        ex("20.00", "2022-03-14T20:00"),
        ex("om 14.30", "2022-03-14T14:30"),
        ex("14.30 uur", "2022-03-14T14:30"),
        ex("5.12", "2021-12-05"),
        ex("3.5", None, text="De prijzen stegen met 3.5 procent."),
    ),
)


def _day_month(groups: Groups) -> Meaning | None:
    said = groups.get("day")
    day = ordinal_value(said) if said else None
    if day is None and groups.get("word"):
        day = NUMBERS.get(lower_words(groups.get("word")))
    if day is None:
        day = _int(groups, "bare")
    if not 1 <= day <= 31:
        return None
    return Date(_month_of(groups.get("month")), day, _year_of(groups.get("year")))


_YEAR_TAIL = r"(?:,?" + _ + r"(?:van" + _ + r"|in" + _ + r")?(?P<year>" + YEAR + r")(?![\d.:]))?"

DAY_MONTH = Rule(
    name="day_month",
    pattern=r"\b(?:(?P<day>" + ORD_DAY + r")|(?P<bare>" + DAY_NUM + r")|(?P<word>" + _DAY_WORDS
    + r"))" + _ + r"(?:van" + _ + r")?(?P<month>" + MONTH + r")(?!\w)" + _YEAR_TAIL,
    produce=_day_month,
    examples=(
        ex("3e jan 2019", "2019-01-03"),
        ex("12 nov", "2021-11-12"),
        ex("de 9e van mei", "2022-05-09"),
        ex("vierde juli van 1995", "1995-07-04"),
        ex("eerste januari 2012", "2012-01-01"),
        ex("tweeëntwintig februari", "2022-02-22"),
        ex("18 januari, 2019", "2019-01-18"),
        ex("1 feb", "2022-02-01", text="We vertrekken op 1 feb naar Parijs."),
        ex("3 maart", "2022-03-03", text="Het verdrag werd op 3 maart getekend."),
    ),
)  # fmt: skip


def _month_day(groups: Groups) -> Meaning | None:
    day = ordinal_value(groups.get("day")) if groups.get("day") else _int(groups, "bare")
    if day is None or not 1 <= day <= 31:
        return None
    return Date(_month_of(groups.get("month")), day, _year_of(groups.get("year")))


MONTH_DAY = Rule(
    name="month_day",
    pattern=r"\b(?P<month>" + MONTH + r")" + _ + r"(?:de" + _ + r"(?P<day>" + ORD_DAY + r")|"
    r"(?P<bare>" + DAY_NUM + r")\b(?![:.,]\d|" + OPT + r"(?:uur|%)))" + _YEAR_TAIL,
    produce=_month_day,
    accept=checks.month_ok,
    examples=(ex("november de 15e", "2021-11-15"), ex("november 19", "2021-11-19")),
)  # fmt: skip


def _month_dashed(groups: Groups) -> Meaning | None:
    return Date(_month_of(groups.get("month")), _int(groups, "d"), _int(groups, "y"))


MONTH_DASHED = Rule(
    name="month_dashed",
    pattern=r"\b(?P<d>" + DAY_NUM + r")[/-](?P<month>" + MONTH + r")[/-](?P<y>" + YEAR + r")\b",
    produce=_month_dashed,
    examples=(ex("01/aug/2019", "2019-08-01"), ex("23-september-2020", "2020-09-23")),
)


NUMERIC_MONTH = germanic_rules.numeric_month(
    r"(?<![\d./-])(?:(?P<y>" + YEAR + r")" + OPT + r"[/-]" + OPT + r"(?P<m>" + MONTH_NUM
    + r")(?![\d/.-])|(?P<m2>" + MONTH_NUM + r")" + OPT + r"[/-]" + OPT + r"(?P<y2>" + YEAR
    + r"))(?![\d.-])",
    (ex("2015-3", "2015-03"), ex("12-2015", "2015-12"), ex("2016 / 11", "2016-11")),
)  # fmt: skip


def _month_year(groups: Groups) -> Meaning | None:
    month = groups.get("month") or groups.get("month2")
    return MonthName(_month_of(month), _int(groups, "year") or _int(groups, "year2"))


MONTH_YEAR = Rule(
    name="month_year",
    pattern=r"\b(?:(?P<month>" + MONTH + r"),?" + _ + r"(?:van" + _ + r"|in" + _ + r")?(?P<year>"
    + YEAR + r")|(?P<year2>" + YEAR + r")," + _ + r"(?P<month2>" + MONTH + r"))(?![\d.:\w])",
    produce=_month_year,
    examples=(ex("juni van 1992", "1992-06"), ex("november, 2016", "2016-11"),
              ex("2016, nov", "2016-11"), ex("april in 2016", "2016-04")),
)  # fmt: skip

MONTH_RULE = Rule(
    name="month",
    pattern=r"\b(?:(?P<rel>" + REL + r")" + _ + r")?(?P<month>" + MONTH + r")(?!\w)",
    produce=lambda g: MonthName(_month_of(g.get("month")), rel=relation(g.get("rel"))),
    accept=checks.month_ok,
    examples=(
        ex("oktober", "2021-10"),
        ex("deze september", "2022-09"),
        ex("afgelopen september", "2021-09"),
        ex("september", "2021-09", text="De prijzen stegen in september."),
        ex("september", "2022-09", text="De fabriek gaat in september open."),
        ex("dec", None, text="Het bedrijf dec de kosten."),
    ),
)  # fmt: skip


def _year(groups: Groups) -> Meaning | None:
    if groups.get("yy"):
        return Year(2000 + _int(groups, "yy"))
    return Year(_int(groups, "year"))


YEAR_RULE = Rule(
    name="year",
    pattern=r"(?:(?P<lead>\b(?:het" + _ + r")?jaar" + _ + r")|(?<![\w$€#.,/-])|(?<=\d{4}-))"
    r"(?P<year>" + YEAR
    + r")\b(?![.,]\d|/\d{3}|-\d{3}(?!\d))",
    produce=_year,
    accept=checks.year_ok,
    examples=(
        ex("1998", "1998"),
        ex("jaar 2008", "2008"),
        ex("2150", "2150"),
        ex("2020", None, text="Dat staat in artikel 2020 van de wet."),
        ex("2000", None, text="Zo'n 2000 mensen kwamen."),
        ex("2015", None, text="Bel: +31 138-2010-2015"),
    ),
)  # fmt: skip


def _decade(groups: Groups) -> Meaning | None:
    if groups.get("word"):
        tens = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
                "zeventig": 70, "tachtig": 80, "negentig": 90,
                "tweeduizend": 0}[lower_words(groups.get("word"))]  # fmt: skip
        return Decade(tens, 20 if tens == 0 else None)
    century = groups.get("cent")
    return Decade(_int(groups, "dec") * 10, None if century is None else int(century))


DECADE = Rule(
    name="decade",
    pattern=r"\bjaren" + _ + r"(?:(?P<cent>1\d|20)(?P<dec>\d)0|" + APOSTROPHE
    + r"?(?P<dec2>[2-9])0|"
    r"(?P<word>twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|tweeduizend))\b",
    produce=lambda g: _decade({**g, "dec": g.get("dec") or g.get("dec2")}),
    examples=(ex("jaren 1990", "199"), ex("de jaren tachtig", "198"), ex("de jaren '80", "198"),
              ex("de jaren tweeduizend", "200")),
)  # fmt: skip


CENTURY = germanic_rules.century(
    r"\b(?P<ord>\d{1,2}(?:e|ste|de)|" + ORDINAL_WORD + r")" + _ + r"eeuw\b",
    (ex("15e eeuw", "14"), ex("de twintigste eeuw", "19")),
    ordinal_value=ordinal_value,
)


def _quarter(groups: Groups) -> Meaning | None:
    year = _int(groups, "year") or _int(groups, "qy") or _int(groups, "qy2") or None
    if groups.get("q") or groups.get("q2"):
        return Quarter(_int(groups, "q") or _int(groups, "q2"), year)
    number = ordinal_value(groups.get("ord"))
    if number is None or not 1 <= number <= 4:
        return None
    return Quarter(number, year)


QUARTER = Rule(
    name="quarter",
    pattern=r"\b(?:(?P<ord>[1-4](?:e|ste|de)|" + ORDINAL_WORD + r")" + _ + r"kwartaal(?:" + _
    + r"(?:van" + _ + r")?(?P<year>" + YEAR + r"))?|Q(?P<q>[1-4])(?:(?:[- /]|" + _ + r"van" + _
    + r")(?P<qy>" + YEAR + r"))?|(?P<qy2>" + YEAR + r")[- ]?Q(?P<q2>[1-4]))\b",
    produce=_quarter,
    examples=(ex("1e kwartaal van 2013", "2013-Q1"), ex("Q1-2017", "2017-Q1"),
              ex("2019 Q3", "2019-Q3"), ex("Q1 van 2017", "2017-Q1")),
)  # fmt: skip


HALF = germanic_rules.half(
    r"\b(?:(?P<ord>eerste|tweede|1e|2e)" + _ + r"(?:helft|halfjaar)(?:" + _ + r"(?:van"
    + _ + r")?(?P<year>" + YEAR + r"))?|H(?P<h>[12])[ /-]?(?P<hy>" + YEAR + r"))\b",
    (ex("eerste helft van 2022", "2022-H1"), ex("H2 2019", "2019-H2")),
    ordinal_value=ordinal_value,
)  # fmt: skip

SEASON = Rule(
    name="season",
    pattern=r"\b(?:(?P<rel>" + REL + r")" + _ + r")?(?P<season>lente|voorjaar|zomer|herfst|najaar|"
    r"winter)(?:" + _ + r"(?:van" + _ + r")?(?P<year>" + YEAR + r"))?\b",
    produce=lambda g: Season(
        SEASONS[lower_words(g.get("season"))],  # type: ignore[arg-type]
        _int(g, "year") or None,
        relation(g.get("rel")),
    ),
    examples=(ex("vorige zomer", "2021-SU"), ex("zomer 2020", "2020-SU"),
              ex("deze winter", "2022-WI")),
)  # fmt: skip

# ---- days relative to the publish date -----------------------------------------------------


# "volgende vrijdag" is the Friday of next week, "vorige maandag" the Monday of last week;
# "komende vrijdag" and "afgelopen maandag" the nearest ones.
_WEEK_RELATIONS = {"volgende": 1, "volgend": 1, "vorige": -1, "vorig": -1}


def _weekday(groups: Groups) -> Meaning | None:
    weekday = WEEKDAYS[lower_words(groups.get("wd"))]
    week = _WEEK_RELATIONS.get(lower_words(groups.get("rel")))
    day: Meaning
    if week is not None:
        day = Within(Weekday(weekday), Cycle("week", Rel(week)))
    else:
        day = Weekday(weekday, relation(groups.get("rel")))
    return _with_part(day, groups.get("cpart") or groups.get("part"))


WEEKDAY_RULE = Rule(
    name="weekday",
    pattern=r"\b(?:(?P<rel>" + REL + r")" + _ + r")?(?P<wd>" + WEEKDAY + r")(?P<cpart>"
    + COMPOUND_PART + r")?(?:" + _ + r"(?P<part>" + DAY_PART + r"|(?:vroeg|laat)(?!" + _
    + r"in\b)(?:" + _
    + r"op" + _ + r"de" + _ + r"dag)?))?(?!\w)",
    produce=_weekday,
    examples=(
        ex("vrijdag", "2022-03-11"),
        ex("afgelopen maandag", "2022-03-07"),
        ex("vorige maandag", "2022-03-07"),
        ex("vorige vrijdag", "2022-03-11"),
        ex("volgende vrijdag", "2022-03-25"),
        ex("aanstaande vrijdag", "2022-03-18"),
        ex("komende maandagmiddag", "2022-03-21TAF"),
        ex("deze afgelopen woensdag", "2022-03-09"),
        ex("dinsdagochtend vroeg", "2022-03-08TMO"),
        ex("woensdag vroeg op de dag", "2022-03-09TMO"),
        ex("dinsdag laat in de middag", "2022-03-08TAF"),
        ex("vrijdag", "2022-03-18", text="De raad zal vrijdag vergaderen."),
        ex("vrijdag", "2022-03-11", text="De raad vergaderde vrijdag."),
    ),
)  # fmt: skip

WEEKDAY_SHORT = Rule(
    name="weekday_abbreviation",
    pattern=r"\b(?P<wd>" + WEEKDAY_ABBR + r")(?!\w)",
    produce=lambda g: Weekday(WEEKDAY_ABBREVIATIONS[lower_words(g.get("wd")).rstrip(".")]),
    accept=checks.weekday_abbreviation_ok,
    examples=(
        ex("zat", "2022-03-12"),
        ex("dinsd. de 4e", "2022-01-04"),
        ex("zo", None, text="Het was zo koud in de stad."),
    ),
)


def _deictic(groups: Groups) -> Meaning | None:
    if groups.get("today"):
        return Within(PartOfDay(TODAY_PARTS[lower_words(groups.get("today"))]), DayShift(0))
    day = DayShift(DEICTIC_DAYS[lower_words(groups.get("word"))])
    return _with_part(day, groups.get("cpart") or groups.get("part"))


DEICTIC = Rule(
    name="deictic",
    pattern=r"\b(?:(?P<today>vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|vanvoormiddag|"
    r"vannamiddag)|(?P<word>eergisteren|eergister|gisteren|gister|vandaag|overmorgen|morgen)"
    r"(?P<cpart>"
    + COMPOUND_PART + r")?(?:" + _ + r"(?P<part>" + DAY_PART + r"))?)(?!\w)",
    produce=_deictic,
    accept=checks.tomorrow_ok,
    examples=(
        ex("gisteren", "2022-03-13"),
        ex("vandaag", "2022-03-14"),
        ex("morgen", "2022-03-15"),
        ex("overmorgen", "2022-03-16"),
        ex("eergisteren", "2022-03-12"),
        ex("morgenavond", "2022-03-15TEV"),
        ex("gisterenmiddag", "2022-03-13TAF"),
        ex("vanavond", "2022-03-14TEV"),
        ex("morgen 's ochtends", "2022-03-15TMO"),
        ex("morgen", None, text="Goede morgen, beste lezers."),
    ),
)  # fmt: skip


THIS_PART = germanic_rules.this_part(
    r"\b(?:later" + _ + r")?(?P<rel>deze|laatste|afgelopen|vorige)" + _ + r"(?P<part>"
    r"ochtend|morgen|voormiddag|middag|namiddag|avond|nacht)\b",
    (ex("deze avond", "2022-03-14TEV"), ex("laatste avond", "2022-03-13TEV"),
     ex("later deze middag", "2022-03-14TAF")),
    part_of_day=part_of_day,
    relation=relation,
)  # fmt: skip


def _day_part(groups: Groups) -> Meaning | None:
    said = lower_words(groups.get("part"))
    if said.endswith("middaguur"):
        return Clock(12)
    for word in ("ochtend", "morgen", "voormiddag", "namiddag", "middag", "avond", "nacht"):
        if said.endswith(word) or said.endswith(word + "s"):
            return PartOfDay(part_of_day(word) or "morning")
    return PartOfDay(part_of_day(said) or "morning")


DAY_PART_RULE = Rule(
    name="day_part",
    pattern=r"(?:(?P<part>" + APOSTROPHE + r"s" + OPT + r"(?:ochtends|morgens|voormiddags|middags|"
    r"namiddags|avonds|nachts)|\b(?:(?:vroeg|laat)" + _ + r"in" + _ + r"de" + _ + r"|(?:in" + _
    + r"de" + _ + r")?(?:vroege|late)" + _
    + r")?(?:ochtend|voormiddag|namiddag|middag|avond|nacht)|\b(?:het" + _ + r")?middaguur|\bvroeg|"
    r"\blaat)\b)",
    produce=_day_part,
    accept=checks.day_part_ok,
    examples=(
        ex("'s avonds", "2022-03-14TEV"),
        ex("vroeg in de ochtend", "2022-03-14TMO"),
        ex("in de vroege ochtend", "2022-03-14TMO"),
        ex("het middaguur", "2022-03-14T12:00"),
        ex("avond", None, text="Goede avond, dames en heren."),
    ),
)  # fmt: skip

WEEKEND = Rule(
    name="weekend",
    pattern=r"\bhet" + _ + r"weekend\b",
    produce=lambda g: Weekend(),
    examples=(
        ex("het weekend", "2022-W10-WE", text="In het weekend waren er protesten."),
        ex("het weekend", "2022-W11-WE", text="Ze zal in het weekend reizen."),
    ),
)


def _relative_unit(groups: Groups) -> Meaning | None:
    word = lower_words(groups.get("unit"))
    unit = "year" if word == "kalenderjaar" else unit_of(word)
    said = lower_words(groups.get("rel"))
    rel = Rel(0, narrative=True) if said in ("dat", "die") else relation(said)
    if unit is None or rel is None:
        return None
    if unit == "day" and rel.step == 1 and not rel.narrative:
        rel = Rel(1, narrative=True)  # "de volgende dag": the day after the one last named
    if unit == "day" and rel.step == -1:
        return None  # "de laatste dag" of something: a position
    return Cycle(unit, rel)


RELATIVE_UNIT = Rule(
    name="relative_unit",
    pattern=r"\b(?:eerder" + _ + r"|later" + _ + r")?(?P<rel>" + REL + r"|dat|die)" + _
    + r"(?P<unit>" + CYCLE + r"|kalenderjaar)\b",
    produce=_relative_unit,
    examples=(
        ex("volgende week", "2022-W12"),
        ex("vorige week", "2022-W10"),
        ex("deze week", "2022-W11"),
        ex("dit jaar", "2022"),
        ex("volgend jaar", "2023"),
        ex("vorig jaar", "2021"),
        ex("volgende maand", "2022-04"),
        ex("afgelopen kwartaal", "2021-Q4"),
        ex("dit kalenderjaar", "2022"),
        ex("dit weekend", "2022-W11-WE"),
        ex("eerder vorige week", "2022-W10"),
        ex("Dat weekend", "2022-W09-WE", text="De gesprekken begonnen op 2 maart 2022. Dat "
           "weekend stegen de prijzen."),
        ex("volgende dag", "2022-03-04", text="De verkiezing was op 3 maart 2022. De volgende "
           "dag vierden velen feest."),
    ),
)  # fmt: skip


def _unit_around(groups: Groups) -> Meaning | None:
    unit = unit_of(groups.get("unit"))
    if unit is None:
        return None
    step = 1 if lower_words(groups.get("dir")) in ("erna", "daarna", "daarop", "nadien") else -1
    return Cycle(unit, Rel(step, narrative=True))


UNIT_AROUND = Rule(
    name="unit_around",
    pattern=r"\bde" + _ + r"(?P<unit>dag|week|maand)" + _ + r"(?P<dir>ervoor|daarvoor|erna|"
    r"daarna|daarop|nadien|voordien)\b",
    produce=_unit_around,
    examples=(ex("de dag ervoor", "2022-03-13"), ex("De dag erna", "2022-03-04", text="De "
              "verkiezing was op 3 maart 2022. De dag erna vierden velen feest.")),
)  # fmt: skip

THIS_CYCLE = Rule(
    name="this_cycle",
    pattern=r"\b(?:(?:het|de|deze)" + _ + r"(?P<unit>jaar|week|maand|dag)|(?P<ytd>jaar)" + _
    + r"tot" + _ + r"(?:op" + _ + r")?(?:heden|nu|vandaag))\b",
    produce=lambda g: Cycle(unit_of(g.get("unit") or g.get("ytd")) or "year", Rel(0)),
    accept=checks.typed_only,
    examples=(ex("het jaar", "2022"), ex("de week", "2022-W11"), ex("jaar tot op heden", "2022")),
)  # fmt: skip


NTH_WEEKDAY = germanic_rules.nth_weekday(
    r"\b(?:de"
    + _
    + r")?(?P<ord>"
    + ORDINAL_WORD
    + r"|[1-5](?:e|ste|de))"
    + _
    + r"(?P<wd>"
    + WEEKDAY
    + r")\b(?!"
    + _
    + r"(?:van|in)"
    + _
    + r")",
    (ex("tweede zondag", "2022-03-13"), ex("3e dinsdag", "2022-03-15")),
    ordinal_value=ordinal_value,
    weekdays=WEEKDAYS,
    accept=checks.typed_only,
)

# ---- pieces that compositions take ---------------------------------------------------------


def _nth_item(groups: Groups) -> Meaning | None:
    nth = ordinal_value(groups.get("ord"))
    if nth is None or nth == 0:
        return None
    word = lower_words(groups.get("item"))
    item: Unit | int
    if word in WEEKDAYS:
        item = WEEKDAYS[word]
    else:
        unit = unit_of(word)
        if unit is None:
            return None
        item = unit
    fallback = Weekday(item, Rel(-1)) if nth == -1 and isinstance(item, int) else None
    return NthItem(nth, item, fallback)


NTH_ITEM = Rule(
    name="nth_item",
    pattern=r"\b(?:de" + _ + r")?(?P<ord>" + ORDINAL_WORD + r"|[1-5](?:e|ste|de)|laatste)" + _
    + r"(?P<item>" + WEEKDAY + r"|dag|weekend|week|maand|kwartaal)(?=" + _ + r"(?:van|in)" + _
    + r")",
    produce=_nth_item,
    examples=(
        ex("de eerste week van jan 2015", "2015-W02"),
        ex("de laatste week van 2016", "2016-W52"),
        ex("eerste maandag van maart", "2022-03-07"),
    ),
)  # fmt: skip


def _part_word(groups: Groups) -> Meaning | None:
    part = PARTS[lower_words(groups.get("part"))]
    unit = unit_of(groups.get("unit"))
    if unit is not None:
        rel = relation(groups.get("det")) or Rel(0)
        return PartOf(part, Cycle(unit, rel))  # type: ignore[arg-type]
    return PartWord(part)  # type: ignore[arg-type]


PART_WORD = Rule(
    name="period_part",
    pattern=r"\b(?:(?:aan|in|op|tegen)" + _ + r"het" + _ + r"|de" + _ + r"|het" + _
    + r")?(?P<part>begin|start|aanvang|midden|"
    r"halverwege|medio|einde|eind|laat(?=" + _ + r"op)|vroeg(?=" + _ + r"op))(?:" + _
    + r"van)?(?:" + _ + r"(?P<det>de|het|deze|dit|"
    r"volgende|volgend|vorige|vorig|komende)" + _ + r"(?P<unit>week|maand|jaar)\b|(?=[ \t]))",
    produce=_part_word,
    examples=(
        ex("eind deze maand", "2022-03", start="2022-03-21T00:00:00"),
        ex("begin volgende maand", "2022-04", start="2022-04-01T00:00:00"),
        ex("eind vorige week", "2022-W10", start="2022-03-11T00:00:00"),
        ex("Aan het eind van het jaar", "2022", start="2022-09-01T00:00:00"),
    ),
)  # fmt: skip

# ---- counted from now, or from the last date named -----------------------------------------


_compound = germanic_rules.compound(number_value, unit_of)


def _ago(groups: Groups) -> Meaning | None:
    if groups.get("num2"):
        return _compound(groups, -1)
    unit = unit_of(groups.get("unit"))
    return None if unit is None else Offset(number_value(groups.get("num")), unit, -1)


AGO = Rule(
    name="ago",
    pattern=r"\b(?P<num>" + NUMBER + r")" + _ + r"(?P<unit>" + UNIT + r")(?:,?" + _
    + r"(?:en" + _ + r")?(?P<num2>" + NUMBER + r")" + _ + r"(?P<unit2>" + UNIT
    + r"))?" + _ + r"geleden\b",
    produce=_ago,
    examples=(
        ex("3 dagen geleden", "2022-03-11"),
        ex("twee weken geleden", "2022-02-28"),
        ex("een jaar geleden", "2021"),
        ex("enkele jaren geleden", "PAST_REF"),
        ex("1 maand en 21 dagen geleden", "2022-01-24"),
    ),
)  # fmt: skip

_LATER = frozenset({"later", "erna", "daarna", "nadien"})


def _later(groups: Groups) -> Meaning | None:
    unit = unit_of(groups.get("unit"))
    if unit is None:
        return None
    sign = 1 if lower_words(groups.get("dir")) in _LATER else -1
    return Offset(number_value(groups.get("num")), unit, sign, narrative=True)


LATER = Rule(
    name="later",
    pattern=r"\b(?P<num>" + NUMBER + r")" + _ + r"(?P<unit>" + UNIT + r")" + _ + r"(?P<dir>later|"
    r"erna|daarna|nadien|eerder|ervoor|daarvoor|voordien)\b",
    produce=_later,
    examples=(
        ex("drie dagen later", "2022-03-17"),
        ex("30 min later", "2022-03-14T00:30"),
        ex("drie dagen later", "2022-03-06", text="De staking begon op 3 maart 2022 en drie "
           "dagen later sloten de mijnen."),
    ),
)  # fmt: skip


def _in_time(groups: Groups) -> Meaning | None:
    if groups.get("num2"):
        return _compound(groups, 1)
    unit = unit_of(groups.get("unit"))
    if unit is None:
        return None
    return Ahead(number_value(groups.get("num")), unit, looks_ahead=True)


IN_TIME = Rule(
    name="in_time",
    pattern=r"\bover" + _ + r"(?P<num>" + NUMBER + r")" + _ + r"(?P<unit>" + UNIT + r")(?:,?"
    + _ + r"(?:en" + _ + r")?(?P<num2>" + NUMBER + r")" + _ + r"(?P<unit2>" + UNIT
    + r"))?(?!\w)",
    produce=_in_time,
    examples=(
        ex("over twee weken", "2022-03-28"),
        ex("over twee maanden", "2022-05"),
        ex("over 5 minuten", "2022-03-14T00:05"),
        ex("over 2 jaar en 3 dagen", "2024-03-17"),
    ),
)  # fmt: skip


def _duration(groups: Groups) -> Meaning | None:
    if groups.get("quarter"):
        return Duration(0.25, "hour")
    if groups.get("halfhour"):
        return Duration(0.5, "hour")
    if groups.get("whole"):
        unit = unit_of(groups.get("wunit"))
        return None if unit is None else Duration(1, unit)
    unit = unit_of(groups.get("unit"))
    if unit is None:
        return None
    amount = number_value(groups.get("num"))
    extra = lower_words(groups.get("extra"))
    if amount is not None and extra:
        amount += 0.25 if extra.endswith("kwart") else 0.5
    rel = relation(groups.get("rel") or groups.get("rel2"))
    if rel is not None and amount is not None and rel.step in (-1, 1):
        return Stretch(amount, unit, rel.step)  # "afgelopen 5 minuten", "komende drie dagen"
    return Duration(amount, unit)


DURATION = Rule(
    name="duration",
    pattern=r"\b(?:(?:(?:de" + _ + r")?(?P<rel>afgelopen|vorige|laatste|komende|aankomende|"
    r"volgende|voorbije)" + _ + r")?(?P<num>" + NUMBER + r")" + _ + r"(?:(?P<rel2>komende|"
    r"aankomende|volgende|afgelopen)" + _ + r")?(?P<unit>" + UNIT + r")(?:" + _ + r"(?P<extra>en"
    + _ + r"(?:een" + _ + r")?(?:kwart|half)))?|(?:een" + _ + r")?(?P<quarter>kwartier)|"
    r"(?:een" + _ + r")?(?P<halfhour>halfuur)|(?P<whole>de" + _ + r"(?:hele|gehele|volle))" + _
    + r"(?P<wunit>dag|nacht|week|maand|jaar))(?!\w)",
    produce=_duration,
    accept=checks.not_counted,
    examples=(
        ex("3 uur", "PT3H"),
        ex("vierentwintig uur", "PT24H"),
        ex("paar uur", "PT2H"),
        ex("een paar minuten", "PT2M"),
        ex("2 nachten", "P2D"),
        ex("een kwartier", "PT0.25H"),
        ex("een half uur", "PT0.5H"),
        ex("halfuur", "PT0.5H"),
        ex("tweeëneenhalf uur", "PT2.5H"),
        ex("een jaar en een kwart", "P1.25Y"),
        ex("½ uur", "PT0.5H"),
        ex("de hele dag", "P1D"),
        ex("een aantal dagen", "PXD"),
        ex("3 uur", "PT3H", text="Ik ben voor 3 uur weg."),
        ex("komende drie dagen", "2022-03-15", end="2022-03-18T00:00:00"),
        ex("afgelopen 5 jaren", "2017", start="2017-01-01T00:00:00"),
        ex("2 aankomende dagen", "2022-03-15", end="2022-03-17T00:00:00"),
    ),
)  # fmt: skip

VAGUE_DURATION = Rule(
    name="vague_duration",
    pattern=r"\b(?:(?P<adverb>jaren|decennia|maanden|weken|dagen|uren)lang|(?:al|sinds)" + _
    + r"(?P<word>jaren|decennia|maanden|weken|dagen|uren))\b",
    produce=lambda g: Duration(None, unit_of(g.get("word") or g.get("adverb")) or "year"),
    examples=(ex("jarenlang", "PXY"), ex("al jaren", "PXY", text="Ze wachten al jaren.")),
)  # fmt: skip


VAGUE = germanic_rules.vague(
    r"\b(?P<phrase>nu(?:" + _ + r"meteen|" + _ + r"direct)?|momenteel|tegenwoordig|"
    r"thans|op" + _ + r"dit" + _ + r"moment|binnenkort|spoedig|weldra|eerdaags|in" + _
    + r"de" + _ + r"toekomst|onlangs|kortgeleden|kort" + _ + r"geleden|destijds|zo" + _
    + r"(?:snel|spoedig|vroeg)" + _ + r"mogelijk|zsm)\b",
    (ex("nu", "PRESENT_REF"), ex("nu meteen", "PRESENT_REF"), ex("onlangs", "PAST_REF"),
     ex("binnenkort", "FUTURE_REF")),
    future=FUTURE_WORDS,
    past=PAST_WORDS,
)  # fmt: skip


def _set(groups: Groups) -> Meaning | None:
    weekday = groups.get("wd") or groups.get("wds")
    if weekday:
        stem = lower_words(weekday).removeprefix("'s ").removesuffix("en").removesuffix("s")
        for name, day in WEEKDAYS.items():
            if name.startswith(stem):
                return Every(f"XXXX-WXX-{day + 1}")
        return None
    word = lower_words(groups.get("what") or groups.get("adverb") or groups.get("per"))
    value = SET_PERIODS.get(word)
    if value is None:
        unit = unit_of(word)
        value = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "hour": "PT1H",
                 "minute": "PT1M", "quarter": "P3M"}.get(unit or "")  # fmt: skip
    count = groups.get("count")
    if value and count and value.startswith(("P1", "PT1")):
        step = number_value(count) or ordinal_value(count) or 1
        value = value.replace("1", f"{step:g}", 1)
    return None if value is None else Every(value)


SET = Rule(
    name="set",
    pattern=r"(?:\b(?:elke|iedere|elk|ieder)" + _ + r"(?:(?P<count>\d{1,2}|twee|drie|vier|vijf|"
    r"zes|tweede|derde)" + _ + r")?(?:(?P<wd>" + WEEKDAY + r")|(?P<what>dag|dagen|weekdag|werkdag|"
    r"week|weken|weekend|maand|maanden|kwartaal|jaar|jaren|uur|uren|minuut|ochtend|morgen|"
    r"middag|avond|nacht|zomer|winter|lente|herfst))|(?P<wds>\b(?:maan|dins|woens|donder|"
    r"vrij|zater|zon)dagen|" + APOSTROPHE + r"s" + _ + r"(?:maan|dins|woens|donder|vrij|zater|"
    r"zon)dags|\b(?:maan|dins|woens|donder|vrij|zater|zon)dags)|\b(?P<adverb>dagelijkse?|"
    r"wekelijkse?|tweewekelijkse?|maandelijkse?|driemaandelijkse?|halfjaarlijkse?|"
    r"jaarlijkse?)|\b(?:eenmaal|eens|tweemaal|(?:een|één|twee|drie)" + _ + r"keer)" + _
    + r"(?:per|in" + _ + r"de|in" + _ + r"het|per" + _ + r"de)" + _ + r"(?P<per>dag|week|maand|"
    r"jaar|uur))\b",
    produce=_set,
    examples=(
        ex("elke maandag", "XXXX-WXX-1"),
        ex("wekelijks", "P1W"),
        ex("elke twee dagen", "P2D"),
        ex("iedere twee dagen", "P2D"),
        ex("elke 3 weken", "P3W"),
        ex("eenmaal per week", "P1W"),
        ex("halfjaarlijkse", "P0.5Y"),
        ex("elke weekdag", "P1D"),
        ex("op maandagen", "XXXX-WXX-1"),
        ex("'s zondags", "XXXX-WXX-7"),
        ex("driemaandelijkse", "P3M"),
    ),
)  # fmt: skip


HOLIDAY_RULE = germanic_rules.holiday(
    r"\b(?:(?P<rel>" + REL + r")" + _ + r")?(?P<name>" + HOLIDAY + r")(?:" + _
    + r"(?P<year>" + YEAR + r"))?(?!\w)",
    (
        ex("kerst", "2021-12-25"),
        ex("oudjaarsavond", "2021-12-31"),
        ex("Nieuwjaarsdag", "2022-01-01"),
        ex("vaderdag 2015", "2015-06-21"),
        ex("volgende Nieuwjaarsdag", "2023-01-01"),
        ex("voorgaande Pasen", "2021-04-04"),
        ex("tweede pinksterdag 2018", "2018-05-21"),
        ex("Koningsdag", "2022-04-27"),
        ex("MLKdag", "2022-01-17"),
    ),
    holiday_key=holiday_key,
    relation=relation,
)  # fmt: skip

WEEK_NUMBER = Rule(
    name="week_number",
    pattern=r"\b(?:week|weeknummer|wk)" + OPT + r"(?P<n>[1-4]?\d|5[0-3])\b(?![.,:/]\d)",
    produce=lambda g: WeekNumber(n) if 1 <= (n := _int(g, "n")) <= 53 else None,
    examples=(ex("Week 10", "2022-W10"), ex("week 23", "2022-W23")),
)

# ---- clock times ---------------------------------------------------------------------------


def _hour_of(word: str | None) -> int | None:
    said = lower_words(word)
    if said.isdigit():
        return int(said)
    return HOUR_WORDS.get(said) or HOUR_PLURALS.get(said)


def _clock(groups: Groups) -> Meaning | None:
    if groups.get("named"):
        return Clock(0)
    if groups.get("h") is not None:
        hour, second = _int(groups, "h"), groups.get("s")
        written = groups.get("h") or ""
        twelve_hour = not written.startswith("0") and 1 <= hour < 12
        return Clock(hour % 24, _int(groups, "m"), None if second is None else int(second),
                     exact=True, twelve_hour=twelve_hour)  # fmt: skip
    if groups.get("hb") is not None:
        hour = _int(groups, "hb")
        minute = groups.get("mb")
        return Clock(hour % 24, int(minute or 0), exact=minute is not None,
                     twelve_hour=1 <= hour < 12)  # fmt: skip
    if groups.get("hat") is not None:
        said = _int(groups, "hat")
        return Clock(said, twelve_hour=1 <= said < 12)
    spoken = _hour_of(groups.get("hu") or groups.get("hw") or groups.get("hp"))
    if spoken is None or spoken > 24:
        return None
    minute = groups.get("mu")
    return Clock(spoken % 24, int(minute or 0), exact=minute is not None,
                 twelve_hour=1 <= spoken < 12)  # fmt: skip


_CLOCK_LEAD = (
    r"(?:(?<=\bom )|(?<=\brond )|(?<=\bomstreeks )|(?<=\bomtrent )|(?<=\btegen )|(?<=\bvanaf )|"
    r"(?<=\bvan )|(?<=\btot )|(?<=\btussen )|(?<=\ben ))"
)
_NOT_A_COUNT = (
    r"(?!" + OPT + r"(?:%|procent|jaar|jaren|dagen|weken|maanden|uur|uren|minuten|mensen|"
    r"keer)\b)"
)

CLOCK = Rule(
    name="clock",
    pattern=r"\b(?:(?P<h>[01]?\d|2[0-4]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?!\.\d|:\d)(?:" + OPT
    + r"(?:uur|u)\b)?|(?P<hb>[01]?\d|2[0-4])u(?P<mb>[0-5]\d)?\b|" + _CLOCK_LEAD + r"(?:(?P<hu>"
    r"[01]?\d|2[0-4])|(?P<hw>" + HOUR_WORD + r"))" + _ + r"uur\b(?:" + _ + r"(?P<mu>[0-5]\d)\b"
    r"(?![.:,]\d))?|(?:(?P<hu2>[01]?\d|2[0-4])|(?P<hw2>" + HOUR_WORD + r"))" + _ + r"uur(?="
    + _ + APOSTROPHE + r"s|" + _ + r"(?:in" + _ + r"de|precies|stipt))|" + _CLOCK_LEAD
    + r"(?P<hp>" + HOUR_PLURAL + r")\b|(?P<named>middernacht)\b|(?:om|rond|omstreeks|tegen)" + _
    + r"(?P<hat>1\d|2[0-3]|0?\d)(?![\d.,:/%])" + _NOT_A_COUNT + r")",
    produce=lambda g: _clock({**g, "hu": g.get("hu") or g.get("hu2"),
                              "hw": g.get("hw") or g.get("hw2")}),
    accept=checks.clock_ok,
    examples=(
        ex("19:56:30", "2022-03-14T19:56:30"),
        ex("11:40", "2022-03-14T11:40"),
        ex("rond 11 uur", "2022-03-14T11:00"),
        ex("om negen uur", "2022-03-14T09:00"),
        ex("4u", "2022-03-14T04:00"),
        ex("16u30", "2022-03-14T16:30"),
        ex("rond vieren", "2022-03-14T04:00"),
        ex("middernacht", "2022-03-14T00:00"),
        ex("om 5", "2022-03-14T05:00"),
        ex("11 uur", "2022-03-14T11:00", text="De winkel gaat om 11 uur open."),
    ),
)  # fmt: skip


def _clock_words(groups: Groups) -> Meaning | None:
    """ "half drie" 2:30, "kwart over drie" 3:15, "tien over half drie" 2:40."""
    hour = _hour_of(groups.get("hour"))
    if hour is None or not 0 <= hour <= 24:
        return None
    said = lower_words(groups.get("minutes") or groups.get("minutes2"))
    minutes = 15 if said == "kwart" else int(number_value(said) or 0) if said else 0
    direction = lower_words(groups.get("dir") or groups.get("dir2"))
    base = hour * 60 - (30 if groups.get("half") else 0)
    base += minutes if direction == "over" else -minutes if direction == "voor" else 0
    if not (said or groups.get("half")):
        return None
    total = base % (24 * 60)
    return Clock(total // 60, total % 60, exact=True, twelve_hour=1 <= hour <= 12)


CLOCK_WORDS = Rule(
    name="clock_words",
    pattern=r"\b(?:(?:(?P<minutes>kwart|\d{1,2}|" + NUMBER_WORD + r")(?:" + _ + r"minuten?)?" + _
    + r"(?P<dir>over|voor)" + _ + r")?(?P<half>half)" + _ + r"|(?P<minutes2>kwart|\d{1,2}|"
    + NUMBER_WORD + r")(?:" + _ + r"minuten?)?" + _ + r"(?P<dir2>over|voor)" + _ + r")(?P<hour>"
    r"1\d|2[0-4]|0?\d|" + HOUR_WORD + r")(?:" + _ + r"uur)?(?!\w)" + _NOT_A_COUNT,
    produce=_clock_words,
    examples=(
        ex("half drie", "2022-03-14T02:30"),
        ex("kwart over drie", "2022-03-14T03:15"),
        ex("kwart voor drie", "2022-03-14T02:45"),
        ex("tien over half drie", "2022-03-14T02:40"),
        ex("10 voor 8", "2022-03-14T07:50"),
    ),
)  # fmt: skip

# ---- weak pieces: a number, a day of the month --------------------------------------------


NUMBER_RULE = germanic_rules.number(
    r"\b(?P<n>[012]?\d|3[01]|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b"
    r"(?![.,:/]\d)",
    (
        ex("morgen om 9", "2022-03-15T09:00", text="We zien elkaar morgen om 9 op kantoor."),
    ),
    hour_of=_hour_of,
    accept=checks.number_ok,
)  # fmt: skip


def _day_of_month(groups: Groups) -> Meaning | None:
    day = ordinal_value(groups.get("day")) if groups.get("day") else _int(groups, "bare")
    return DayOfMonth(day) if day is not None and 1 <= day <= 31 else None


DAY_OF_MONTH = Rule(
    name="day_of_month",
    pattern=r"(?:\b(?P<day>" + DAY_NUM + r"(?:ste|de|e)|" + ORDINAL_WORD + r")\b|(?<=\bde )"
    r"(?P<bare>" + DAY_NUM + r")\b(?![.,:/]\d|" + _ + r"(?!van\b)\w))(?!" + _ + r"(?:eeuw|"
    r"plaats|keer|maal|ronde|"
    r"divisie|klas|verdieping|week|maand|jaar|kwartaal|helft|minuut|uur|dag" + _ + r"van" + _
    + r"de" + _ + r"week))",
    produce=_day_of_month,
    accept=checks.day_of_month_ok,
    examples=(
        ex("de 5e", "2022-03-05"),
        ex("5e", "2022-03-05", text="Het verdrag werd op de 5e getekend."),
        ex("3e", None, text="Ze werd 3e in de race."),
        ex("Tweede", None, text="De Tweede Kamer stemde in."),
    ),
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    ISO_DATE,
    NUMERIC_DATE,
    DOTTED,
    DAY_MONTH,
    MONTH_DAY,
    MONTH_DASHED,
    NUMERIC_MONTH,
    MONTH_YEAR,
    MONTH_RULE,
    YEAR_RULE,
    DECADE,
    CENTURY,
    NTH_ITEM,
    NTH_WEEKDAY,
    QUARTER,
    HALF,
    SEASON,
    WEEKDAY_RULE,
    WEEKDAY_SHORT,
    DEICTIC,
    THIS_PART,
    DAY_PART_RULE,
    WEEKEND,
    RELATIVE_UNIT,
    UNIT_AROUND,
    THIS_CYCLE,
    PART_WORD,
    AGO,
    LATER,
    IN_TIME,
    CLOCK_WORDS,
    CLOCK,
    DURATION,
    VAGUE_DURATION,
    VAGUE,
    SET,
    HOLIDAY_RULE,
    WEEK_NUMBER,
    DAY_OF_MONTH,
    NUMBER_RULE,
)
