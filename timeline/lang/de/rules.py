"""The German rules: one record per kind of phrase, with what it means and its examples.

Examples resolve against Monday 14 March 2022 unless they say otherwise (`reference`); a
phrase alone is read as `POST /v1/resolve` reads it, one with `text` inside that sentence.
At one position the longest match wins, then the earlier rule.
"""

from __future__ import annotations

from timeline.engine.records import Groups, Rule, ex
from timeline.engine.wordlists import lower_words
from timeline.lang.de import checks
from timeline.lang.de.holidays import holiday_key
from timeline.lang.de.patterns import (
    COMPOUND_PART,
    CYCLE,
    DAY_NUM,
    DAY_PART,
    HOLIDAY,
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
from timeline.lang.de.words import (
    DEICTIC_DAYS,
    FUTURE_WORDS,
    HOUR_WORDS,
    MONTHS,
    PARTS,
    PAST_WORDS,
    SEASONS,
    SET_PERIODS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    cycle_of,
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
    Year,
)

_int = germanic_rules.int_of
_with_part = germanic_rules.with_part(part_of_day)


def _compound_part(word: str | None) -> str | None:
    """The day part a compound ends in: "Dienstagmorgen" -> "morgen"."""
    return None if not word else {"früh": "früh"}.get(word.lower(), word.lower())


def _amount(word: str | None) -> float | None:
    return number_value(word)


# ---- absolute dates ------------------------------------------------------------------------


ISO_DATE = germanic_rules.iso_date(
    (
        ex("2015-03-29", "2015-03-29"),
        ex("2015.5.13", "2015-05-13"),
        ex("2015-03-29 21:00", "2015-03-29T21:00"),
    ),
)


def _dotted_date(groups: Groups) -> Meaning | None:
    day, month = _int(groups, "d"), _int(groups, "m")
    year = groups.get("y") or groups.get("y2")
    if year is None:
        return Date(month, day)
    if len(year) == 4:
        return Date(month, day, int(year))
    return NumericDate(day, month, int(year), day_first=True)


DOTTED_DATE = Rule(
    name="dotted_date",
    pattern=r"(?<![\d.])(?P<d>" + DAY_NUM + r")\.[ \t]?(?P<m>" + MONTH_NUM + r")\."
    r"(?:(?P<y>\d{4}|\d{2})(?![\d:]|\.\d)|[ \t]{1,2}(?P<y2>(?:19|20)\d{2})(?![\d:]|\.\d))?"
    r"(?!\d)",
    produce=_dotted_date,
    accept=checks.not_counted,
    examples=(
        ex("14.03.2022", "2022-03-14"),
        ex("22.04.", "2022-04-22", text="Wir treffen uns am 22.04. in Berlin."),
        ex("4.3.22", "2022-03-04"),
        ex("28.10.", "2021-10-28", text="Das Konzert fand am 28.10. statt."),
    ),
)  # fmt: skip


def _dotted_pair(groups: Groups) -> Meaning | None:
    """ "22.10": a date alone, a time beside a date ("am 3.5. 22.10")."""
    first, second = _int(groups, "a"), _int(groups, "b")
    date = Date(second, first) if 1 <= second <= 12 and 1 <= first <= 31 else None
    said = groups.get("b") or ""
    if len(said) == 2 and first <= 23 and second <= 59:
        return SaidClock(Clock(first, second, exact=True), fallback=date)
    return date


DOTTED_PAIR = Rule(
    name="dotted_pair",
    pattern=r"(?<![\d.,])(?P<a>[0-3]?\d)\.(?P<b>[0-5]?\d)(?!\d|\.\d|,\d)",
    produce=_dotted_pair,
    accept=checks.not_counted,
    examples=(
        ex("22.05", "2022-05-22"),
        ex("14.9", "2021-09-14", text="Die Wahl war am 14.9 in Köln."),
        ex("3.5", None, text="Die Preise stiegen um 3.5 Prozent."),
    ),
)


def _slash_date(groups: Groups) -> Meaning | None:
    day, month = _int(groups, "d"), _int(groups, "m")
    year = groups.get("y")
    if year is None:
        return Date(month, day)
    if len(year) == 4:
        return Date(month, day, int(year))
    return NumericDate(day, month, int(year), day_first=True)


SLASH_DATE = Rule(
    name="slash_date",
    pattern=r"(?<![\d/])(?P<d>" + DAY_NUM + r")/(?P<m>" + MONTH_NUM + r")(?:/(?P<y>\d{4}|\d{2}))?"
    r"(?![\d/])",
    produce=_slash_date,
    accept=checks.slash_date_ok,
    examples=(
        ex("29/2/2020", "2020-02-29"),
        ex("05/05/89", "1989-05-05"),
        ex("15/09", "2021-09-15"),
        ex("1/2", None, text="Etwa 1/2 der Stimmen wurde gezählt."),
    ),
)  # fmt: skip

DASH_DATE = Rule(
    name="dash_date",
    pattern=r"(?<![\d-])(?P<d>" + DAY_NUM + r")-(?P<m>" + MONTH_NUM + r")-(?P<y>\d{4}|\d{2})\b"
    r"(?!-\d)",
    produce=_slash_date,
    examples=(ex("3-7-07", "2007-07-03"), ex("22-2-2016", "2016-02-22")),
)


NUMERIC_MONTH = germanic_rules.numeric_month(
    r"(?<![\d./-])(?:(?P<y>" + YEAR + r")[/-](?P<m>" + MONTH_NUM + r")(?![\d/.-])|"
    r"(?P<m2>" + MONTH_NUM + r")" + OPT + r"[/.-]" + OPT + r"(?P<y2>" + YEAR + r"))(?![\d.])",
    (ex("2016/05", "2016-05"), ex("05/2016", "2016-05"), ex("3-2015", "2015-03")),
)  # fmt: skip


_month_of = germanic_rules.month_of(MONTHS)


def _day_month(groups: Groups) -> Meaning | None:
    day = ordinal_value(groups.get("day")) if groups.get("day") else _int(groups, "bare")
    if day is None or not 1 <= day <= 31:
        return None
    return Date(_month_of(groups.get("month")), day, _int(groups, "year") or None)


DAY_MONTH = Rule(
    name="day_month",
    pattern=r"\b(?:(?P<day>" + ORD_DAY + r")" + OPT + r"|(?P<bare>" + DAY_NUM + r")" + _ + r")"
    r"(?P<month>" + MONTH + r")(?!\w)(?:,?" + _ + r"(?P<year>" + YEAR + r")(?![\d.:]))?",
    produce=_day_month,
    examples=(
        ex("2. Oktober", "2021-10-02"),
        ex("15. Januar 2011", "2011-01-15"),
        ex("28.Oktober", "2021-10-28"),
        ex("10ter Juni", "2022-06-10", prefer="future"),
        ex("siebenundzwanzigsten Dezember", "2021-12-27"),
        ex("17 August", "2022-08-17", text="Die Messe beginnt am 17 August."),
        ex("3. März", "2022-03-03", text="Der Vertrag wurde am 3. März unterzeichnet."),
    ),
)  # fmt: skip


def _day_month_words(groups: Groups) -> Meaning | None:
    """ "den siebenundzwanzigsten zwölften": both as ordinals."""
    day, month = ordinal_value(groups.get("day")), ordinal_value(groups.get("month"))
    if day is None or month is None or not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return Date(month, day)


DAY_MONTH_WORDS = Rule(
    name="day_month_words",
    pattern=r"\bden" + _ + r"(?P<day>" + ORDINAL_WORD + r")" + _ + r"(?P<month>"
    + ORDINAL_WORD + r")\b",
    produce=_day_month_words,
    examples=(ex("den dritten zwölften", "2021-12-03"),),
)  # fmt: skip


def _month_dashed(groups: Groups) -> Meaning | None:
    month = groups.get("month") or groups.get("month2") or groups.get("month3")
    day = _int(groups, "d") or _int(groups, "d2") or _int(groups, "d3")
    year = _int(groups, "y") or _int(groups, "y2") or _int(groups, "y3")
    return Date(_month_of(month), day, year)


MONTH_DASHED = Rule(
    name="month_dashed",
    pattern=r"\b(?:(?P<month>" + MONTH + r")-(?P<d>" + DAY_NUM + r")-(?P<y>" + YEAR + r")|"
    r"(?P<y2>" + YEAR + r")/(?P<d2>" + DAY_NUM + r")/(?P<month2>" + MONTH + r")|"
    r"(?P<d3>" + DAY_NUM + r")[/-](?P<month3>" + MONTH + r")[/-](?P<y3>" + YEAR + r"))(?!\w)",
    produce=_month_dashed,
    examples=(ex("Sep-23-2020", "2020-09-23"), ex("2020/23/Sep", "2020-09-23"),
              ex("01/aug/2019", "2019-08-01")),
)  # fmt: skip

MONTH_YEAR = Rule(
    name="month_year",
    pattern=r"\b(?P<month>" + MONTH + r"),?" + _ + r"(?P<year>" + YEAR + r")(?![\d.:])",
    produce=lambda g: MonthName(_month_of(g.get("month")), _int(g, "year")),
    examples=(ex("März 2008", "2008-03"), ex("Juni 1944", "1944-06")),
)


def _month(groups: Groups) -> Meaning | None:
    return MonthName(_month_of(groups.get("month")), rel=relation(groups.get("rel")))


MONTH_RULE = Rule(
    name="month",
    pattern=r"\b(?:(?P<rel>" + REL + r")" + _ + r")?(?P<month>" + MONTH + r")(?!\w)",
    produce=_month,
    accept=checks.month_ok,
    examples=(
        ex("März", "2022-03"),
        ex("Diesen September", "2022-09"),
        ex("letzten September", "2021-09"),
        ex("nächsten Mai", "2022-05"),
        ex("September", "2021-09", text="Die Preise stiegen im September."),
        ex("September", "2022-09", text="Das Werk wird im September eröffnet."),
        ex("August", None, text="Der Dichter August Stramm schrieb Gedichte."),
    ),
)  # fmt: skip


def _year(groups: Groups) -> Meaning | None:
    return Year(_int(groups, "year"))


YEAR_RULE = Rule(
    name="year",
    pattern=r"(?:(?P<lead>\b(?:im|dem|das|des)" + _ + r"jahre?s?" + _ + r")|(?<![\w$€#.,/-])|"
    r"(?<=\d{4}-))"
    r"(?P<year>" + YEAR + r")\b(?![.,]\d|/\d{3}|-\d{3}(?!\d))",
    produce=_year,
    accept=checks.year_ok,
    examples=(
        ex("2020", "2020"),
        ex("im Jahr 1453", "1453", text="Die Stadt fiel im Jahr 1453."),
        ex("dem Jahr 2001", "2001", text="Die Firma gibt es seit dem Jahr 2001 nicht."),
        ex("2020", None, text="Das steht in Artikel 2020 des Gesetzes."),
        ex("2000", None, text="Rund 2000 Menschen kamen."),
    ),
)  # fmt: skip


def _decade(groups: Groups) -> Meaning | None:
    century = groups.get("cent")
    return Decade(_int(groups, "dec") * 10, None if century is None else int(century))


_JAHRE = r"(?:(?:-|" + _ + r")?jahren?)"

DECADE = Rule(
    name="decade",
    pattern=r"\b(?:(?P<cent>1\d|20)(?P<dec>\d)0er|(?P<the>(?:die|den|der)" + _ + r")"
    r"(?P<dec2>[2-9])0er)" + _JAHRE + r"?(?!\w)",
    produce=lambda g: _decade({**g, "dec": g.get("dec") or g.get("dec2")}),
    examples=(ex("1990er Jahre", "199"), ex("die 80er", "198"), ex("1960er-Jahren", "196")),
)

_DECADE_WORDS = {"zwanziger": 20, "dreißiger": 30, "dreissiger": 30, "vierziger": 40,
                 "fünfziger": 50, "sechziger": 60, "siebziger": 70, "achtziger": 80,
                 "neunziger": 90}  # fmt: skip

DECADE_WORD = Rule(
    name="decade_word",
    pattern=r"\b(?:die|den|der)" + _ + r"(?P<word>zwanziger|dreißiger|dreissiger|vierziger|"
    r"fünfziger|sechziger|siebziger|achtziger|neunziger)(?:" + _ + r"|-)?(?:jahre[n]?)?\b",
    produce=lambda g: Decade(_DECADE_WORDS[lower_words(g.get("word"))]),
    examples=(ex("die achtziger Jahre", "198"), ex("den Neunzigerjahren", "199")),
)


CENTURY = germanic_rules.century(
    r"\b(?P<ord>\d{1,2}\.|" + ORDINAL_WORD + r")" + _ + r"jahrhundert(?:s|e?s)?\b",
    (ex("20. Jahrhundert", "19"), ex("im neunzehnten Jahrhundert", "18")),
    ordinal_value=ordinal_value,
)


def _quarter(groups: Groups) -> Meaning | None:
    if groups.get("q"):
        return Quarter(_int(groups, "q"), (_int(groups, "qy") or _int(groups, "qy2")) or None)
    number = ordinal_value(groups.get("ord"))
    if number is None or not 1 <= number <= 4:
        return None
    return Quarter(number, _int(groups, "year") or None)


QUARTER = Rule(
    name="quarter",
    pattern=r"\b(?:(?P<ord>[1-4]\.|" + ORDINAL_WORD + r")" + _ + r"(?:quartal|vierteljahr)(?:e?s)?"
    r"(?:" + _ + r"(?P<year>" + YEAR + r"))?|(?:Q(?P<q>[1-4])(?:[- /]?(?P<qy>" + YEAR + r"))?|"
    r"(?P<qy2>" + YEAR + r")[- ]?Q(?P<q2>[1-4])))\b",
    produce=lambda g: _quarter({**g, "q": g.get("q") or g.get("q2")}),
    examples=(ex("erstes Quartal 2023", "2023-Q1"), ex("Q3 2019", "2019-Q3"),
              ex("dritten Quartal", "2021-Q3", text="Der Umsatz sank im dritten Quartal.")),
)  # fmt: skip


HALF = germanic_rules.half(
    r"\b(?:(?P<ord>[12]\.|erste[nrms]?|zweite[nrms]?)" + _ + r"(?:halbjahr(?:e?s)?|"
    r"jahreshälfte|hälfte)(?:" + _ + r"(?P<year>" + YEAR + r"))?|H(?P<h>[12])[ /-]?(?P<hy>"
    + YEAR + r"))\b",
    (ex("erstes Halbjahr 2022", "2022-H1"), ex("H2 2019", "2019-H2")),
    ordinal_value=ordinal_value,
)  # fmt: skip

SEASON = Rule(
    name="season",
    pattern=r"\b(?:(?P<rel>" + REL + r")" + _ + r")?(?P<season>frühling|frühjahr|sommer|herbst|"
    r"winter)(?:s)?(?:" + _ + r"(?P<year>" + YEAR + r"))?\b",
    produce=lambda g: Season(
        SEASONS[lower_words(g.get("season"))],  # type: ignore[arg-type]
        _int(g, "year") or None,
        relation(g.get("rel")),
    ),
    examples=(ex("letzten Sommer", "2021-SU"), ex("Herbst 1989", "1989-FA"),
              ex("diesen Winter", "2022-WI")),
)  # fmt: skip

# ---- days relative to the publish date -----------------------------------------------------


def _weekday(groups: Groups) -> Meaning | None:
    said = groups.get("wd") or groups.get("wdg")
    day = Weekday(WEEKDAYS[lower_words(said)], relation(groups.get("rel")))
    return _with_part(day, _compound_part(groups.get("cpart")) or groups.get("part"))


WEEKDAY_RULE = Rule(
    name="weekday",
    pattern=r"\b(?:(?:(?P<rel>" + REL + r")" + _ + r")?(?P<wd>" + WEEKDAY + r")(?P<cpart>"
    + COMPOUND_PART + r")?(?:" + _ + r"(?P<part>" + DAY_PART + r"))?|(?<=des )(?P<wdg>" + WEEKDAY
    + r")s)(?!\w)",
    produce=_weekday,
    examples=(
        ex("Freitag", "2022-03-11"),
        ex("letzten Freitag", "2022-03-11"),
        ex("nächsten Freitag", "2022-03-18"),
        ex("kommenden Freitag", "2022-03-18"),
        ex("diesen Freitag", "2022-03-18"),
        ex("übernächsten Freitag", "2022-03-25"),
        ex("Dienstagmorgen", "2022-03-08TMO"),
        ex("Sonnabendabend", "2022-03-12TEV"),
        ex("Mittwoch abends", "2022-03-09TEV"),
        ex("Freitag", "2022-03-18", text="Der Rat wird am Freitag tagen."),
        ex("Freitag", "2022-03-11", text="Der Rat tagte am Freitag."),
    ),
)  # fmt: skip

WEEKDAY_SHORT = Rule(
    name="weekday_abbreviation",
    pattern=r"\b(?P<wd>" + WEEKDAY_ABBR + r")(?!\w)",
    produce=lambda g: Weekday(WEEKDAY_ABBREVIATIONS[lower_words(g.get("wd")).rstrip(".")]),
    accept=checks.weekday_abbreviation_ok,
    examples=(
        ex("Fr, 23.6.", "2022-06-23", prefer="future"),
        ex("Mo. 3.7.2017", "2017-07-03"),
        ex("So", None, text="So sprach der Minister mit den Bürgern."),
    ),
)


def _deictic(groups: Groups) -> Meaning | None:
    word = lower_words(groups.get("word"))
    if groups.get("adj"):
        stem = lower_words(groups.get("adj"))
        word = {"heutig": "heute", "gestrig": "gestern", "morgig": "morgen",
                "vorgestrig": "vorgestern"}.get(stem, "heute")  # fmt: skip
    day = DayShift(DEICTIC_DAYS[word])
    return _with_part(day, groups.get("part"))


DEICTIC = Rule(
    name="deictic",
    pattern=r"\b(?:(?P<word>vorgestern|gestern|heute|heut|übermorgen|uebermorgen|morgen)(?:"
    + _ + r"(?P<part>" + DAY_PART + r"))?|(?P<adj>heutig|gestrig|morgig|vorgestrig)(?:e[nmrs]?)"
    r"(?:" + _ + r"(?:tag(?:e?s)?|" + WEEKDAY + r"))?)(?!\w)",
    produce=_deictic,
    accept=checks.tomorrow_ok,
    examples=(
        ex("gestern", "2022-03-13"),
        ex("heute", "2022-03-14"),
        ex("morgen", "2022-03-15"),
        ex("übermorgen", "2022-03-16"),
        ex("vorgestern", "2022-03-12"),
        ex("heute Nacht", "2022-03-14TNI"),
        ex("morgen früh", "2022-03-15TMO"),
        ex("gestern Abend", "2022-03-13TEV"),
        ex("heute Morgen", "2022-03-14TMO"),
        ex("am heutigen Tag", "2022-03-14"),
        ex("Morgen", None, text="Guten Morgen, liebe Leser."),
        ex("Morgen", None, text="Am Morgen regnete es stark."),
    ),
)  # fmt: skip


THIS_PART = germanic_rules.this_part(
    r"\b(?P<rel>diese[nmrs]?|letzte[nmrs]?|vergangene[nmrs]?)" + _ + r"(?P<part>morgen|"
    r"vormittag|mittag|nachmittag|abend|nacht)\b",
    (ex("diesen Morgen", "2022-03-14TMO"), ex("letzte Nacht", "2022-03-13TNI"),
     ex("diesem Abend", "2022-03-14TEV")),
    part_of_day=part_of_day,
    relation=relation,
)  # fmt: skip

DAY_PART_RULE = Rule(
    name="day_part",
    pattern=r"\b(?P<part>(?:spät|früh)?(?:morgens|vormittags|mittags|nachmittags|abends|nachts)|"
    r"(?:spät|früh)?(?:morgen|vormittag|mittag|nachmittag|abend|nacht)|früh[ \t]morgens|"
    r"(?:am[ \t])?(?:frühen|späten)[ \t](?:morgen|vormittag|nachmittag|abend)|"
    r"spät[ \t]abends|früh|spät)\b",
    produce=lambda g: PartOfDay(part_of_day(g.get("part")) or _part_stem(g.get("part"))),
    accept=checks.day_part_ok,
    examples=(
        ex("abends", "2022-03-14TEV"),
        ex("Spätnachmittags", "2022-03-14TAF"),
        ex("am frühen Morgen", "2022-03-14TMO"),
        ex("Abend", None, text="Guten Abend, meine Damen und Herren."),
    ),
)


def _part_stem(word: str | None) -> str:
    said = lower_words(word).removeprefix("am ")
    said = said.split()[-1] if said.startswith(("frühen", "späten")) else said
    if said in ("früh", "spät"):
        return "morning" if said == "früh" else "evening"
    said = said.removeprefix("spät").removeprefix("früh")
    return part_of_day(said) or part_of_day(said + "s") or "morning"


WEEKEND = Rule(
    name="weekend",
    pattern=r"\b(?:am|übers|über[ \t]das|das|dem|zum)" + _ + r"wochenende\b",
    produce=lambda g: Weekend(),
    examples=(
        ex("Am Wochenende", "2022-W10-WE", text="Am Wochenende gab es Proteste."),
        ex("am Wochenende", "2022-W11-WE", text="Sie wird am Wochenende reisen."),
    ),
)


def _relative_unit(groups: Groups) -> Meaning | None:
    unit = cycle_of(groups.get("unit"))
    rel = relation(groups.get("rel"))
    if unit is None or rel is None:
        return None
    if unit == "day" and rel.step == 1 and not rel.narrative:
        rel = Rel(1, narrative=True)  # "am nächsten Tag": the day after the one last named
    if unit == "day" and rel.step == -1 and not rel.narrative:
        return None  # "der letzte Tag" of something: a position
    return Cycle(unit, rel)


RELATIVE_UNIT = Rule(
    name="relative_unit",
    pattern=r"\b(?P<rel>" + REL + r")" + _ + r"(?P<unit>" + CYCLE + r")\b",
    produce=_relative_unit,
    examples=(
        ex("letzte Woche", "2022-W10"),
        ex("nächsten Monat", "2022-04"),
        ex("dieses Jahr", "2022"),
        ex("diesem Jahr", "2022"),
        ex("letztes Jahr", "2021"),
        ex("nächstem Jahr", "2023"),
        ex("übernächste Woche", "2022-W13"),
        ex("kommenden Woche", "2022-W12"),
        ex("dieses Wochenende", "2022-W11-WE"),
        ex("vergangenen Jahres", "2021"),
        ex("nächsten Tag", "2022-03-04", text="Die Wahl war am 3. März 2022. Am nächsten Tag "
           "feierten viele."),
    ),
)  # fmt: skip


def _next_or_prior(groups: Groups) -> Meaning | None:
    unit = cycle_of(groups.get("unit"))
    if unit is None:
        return None
    step = -1 if lower_words(groups.get("pre")) in ("vor", "tags zuvor") else 1
    return Cycle(unit, Rel(step, narrative=True))


NEXT_OR_PRIOR = Rule(
    name="next_or_prior",
    pattern=r"\b(?P<pre>vor|folge)(?P<unit>tag(?:e?s)?|woche|monat(?:e?s)?|jahr(?:e?s)?|"
    r"quartal(?:e?s)?)\b",
    produce=_next_or_prior,
    examples=(
        ex("Vortag", "2022-03-02", text="Die Wahl war am 3. März 2022. Am Vortag gab es Proteste."),
        ex("Vorjahr", "2021"),
        ex("Folgejahr", "2023"),
    ),
)  # fmt: skip


def _day_around(groups: Groups) -> Meaning | None:
    word = lower_words(groups.get("dir"))
    step = 1 if word in ("darauf", "danach", "später") else -1
    return Cycle("day", Rel(step, narrative=True))


DAY_AROUND = Rule(
    name="day_around",
    pattern=r"\b(?:am" + _ + r"tag|tags)" + _ + r"(?P<dir>darauf|danach|zuvor|davor|vorher)\b",
    produce=_day_around,
    examples=(ex("tags darauf", "2022-03-04", text="Die Wahl war am 3. März 2022, tags darauf "
                 "feierten viele."),),
)  # fmt: skip

THIS_CYCLE = Rule(
    name="this_cycle",
    pattern=r"\b(?:(?P<the>das|die|der|dem|den)" + _ + r"(?P<unit>jahr|woche|monat)|unter"
    + _ + r"der" + _ + r"(?P<week>woche))\b",
    produce=lambda g: Cycle(cycle_of(g.get("unit") or g.get("week")) or "week", Rel(0)),
    accept=lambda text, match, strict: not strict or match.group("week") is not None,
    examples=(
        ex("Das Jahr", "2022"),
        ex("Unter der Woche", "2022-W11", text="Unter der Woche bin ich nicht hier."),
    ),
)  # fmt: skip


NTH_WEEKDAY = germanic_rules.nth_weekday(
    r"\b(?P<ord>"
    + ORDINAL_WORD
    + r"|[1-5]\.)"
    + _
    + r"(?P<wd>"
    + WEEKDAY
    + r")\b(?!"
    + _
    + r"(?:im|in|des)"
    + _
    + r")",
    (ex("zweiter Sonntag", "2022-03-13"), ex("3. Dienstag", "2022-03-15")),
    ordinal_value=ordinal_value,
    weekdays=WEEKDAYS,
    accept=checks.typed_only,
)

# ---- pieces that compositions take: "der ersten Woche (im Juli)", "Ende (1989)" ------------


def _nth_item(groups: Groups) -> Meaning | None:
    nth = ordinal_value(groups.get("ord"))
    if nth is None or nth == 0:
        return None
    word = lower_words(groups.get("item"))
    item: Unit | int
    if word in WEEKDAYS:
        item = WEEKDAYS[word]
    else:
        unit = cycle_of(word)
        if unit is None:
            return None
        item = unit
    fallback = Weekday(item, Rel(-1)) if nth == -1 and isinstance(item, int) else None
    return NthItem(nth, item, fallback)


NTH_ITEM = Rule(
    name="nth_item",
    pattern=r"\b(?P<ord>" + ORDINAL_WORD + r"|[1-5]\.|letzte[nmrs]?)" + _ + r"(?P<item>" + WEEKDAY
    + r"|tag|wochenende|woche|monat|quartal)(?=" + _ + r"(?:im|in|des|der|von|vom|dieses|"
    r"diesen|nächsten|letzten)" + _ + r")",
    produce=_nth_item,
    examples=(
        ex("der ersten Woche im Juli", "2022-W27"),
        ex("letzten Woche im Juli", "2022-W30"),
        ex("ersten Montag im März", "2022-03-07"),
    ),
)  # fmt: skip


def _part_word(groups: Groups) -> Meaning | None:
    part = PARTS[lower_words(groups.get("part"))]
    unit = cycle_of(groups.get("unit"))
    if unit is not None:
        return PartOf(part, Cycle(unit, Rel(0)))  # type: ignore[arg-type]
    return PartWord(part)  # type: ignore[arg-type]


PART_WORD = Rule(
    name="period_part",
    pattern=r"\b(?P<part>anfang|beginn|mitte|ende)(?:" + _ + r"(?:de[sr]|diese[sr])" + _
    + r"(?P<unit>woche|monats|jahres)\b|(?=[ \t\u00a0]))",
    produce=_part_word,
    examples=(
        ex("Ende 1989", "1989", start="1989-09-01T00:00:00"),
        ex("Ende des Monats", "2022-03", start="2022-03-21T00:00:00"),
        ex("Anfang März", "2022-03", start="2022-03-01T00:00:00"),
    ),
)  # fmt: skip

# ---- counted from now, or from the last date named -----------------------------------------

_NARRATIVE_AFTER = frozenset({"später", "danach", "darauf"})
_NARRATIVE_BEFORE = frozenset({"zuvor", "vorher", "davor", "früher"})


_compound = germanic_rules.compound(number_value, unit_of)


def _ago(groups: Groups) -> Meaning | None:
    if groups.get("num2"):
        return _compound(groups, -1)
    unit = unit_of(groups.get("unit"))
    if unit is None:
        return None
    return Offset(_amount(groups.get("num")), unit, -1)


AGO = Rule(
    name="ago",
    pattern=r"\bvor" + _ + r"(?P<num>" + NUMBER + r")" + _ + r"(?P<unit>" + UNIT + r")(?:,?"
    + _ + r"(?:und" + _ + r")?(?P<num2>" + NUMBER + r")" + _ + r"(?P<unit2>" + UNIT
    + r"))?(?!\w)",
    produce=_ago,
    examples=(
        ex("vor 3 Tagen", "2022-03-11"),
        ex("vor zwei Wochen", "2022-02-28"),
        ex("vor einem Jahr", "2021"),
        ex("vor einigen Jahren", "PAST_REF"),
        ex("vor 1 Monat und 3 Tagen", "2022-02-11"),
    ),
)  # fmt: skip


def _later(groups: Groups) -> Meaning | None:
    unit = unit_of(groups.get("unit"))
    if unit is None:
        return None
    sign = 1 if lower_words(groups.get("dir")) in _NARRATIVE_AFTER else -1
    return Offset(_amount(groups.get("num")), unit, sign, narrative=True)


LATER = Rule(
    name="later",
    pattern=r"\b(?P<num>" + NUMBER + r")" + _ + r"(?P<unit>" + UNIT + r")" + _
    + r"(?P<dir>später|danach|darauf|zuvor|vorher|davor|früher)\b",
    produce=_later,
    examples=(
        ex("drei Tage später", "2022-03-17"),
        ex("drei Tage später", "2022-03-06", text="Der Streik begann am 3. März 2022, und drei "
           "Tage später schlossen die Minen."),
        ex("zwei Wochen zuvor", "2022-02-28"),
    ),
)  # fmt: skip


def _in_time(groups: Groups) -> Meaning | None:
    if groups.get("num2"):
        return _compound(groups, 1)
    unit = unit_of(groups.get("unit"))
    if unit is None:
        return None
    return Ahead(_amount(groups.get("num")), unit, looks_ahead=True)


IN_TIME = Rule(
    name="in_time",
    pattern=r"\bin" + _ + r"(?P<num>" + NUMBER + r")" + _ + r"(?P<unit>" + UNIT + r")(?:,?"
    + _ + r"(?:und" + _ + r")?(?P<num2>" + NUMBER + r")" + _ + r"(?P<unit2>" + UNIT
    + r"))?(?!\w)",
    produce=_in_time,
    examples=(
        ex("in 3 Wochen", "2022-04-04"),
        ex("in 5 minuten", "2022-03-14T00:05"),
        ex("in 2 Jahren und 3 Tagen", "2024-03-17"),
        ex("in zwei Wochen", "2022-03-28", text="Wir kommen in zwei Wochen zurück."),
        ex("in drei Tagen", "P3D", text="Sie hatten das Haus in drei Tagen gebaut."),
    ),
)  # fmt: skip


def _duration(groups: Groups) -> Meaning | None:
    if groups.get("quarter"):
        quarters = _amount(groups.get("qnum")) or 1
        return Duration(quarters * 0.25, "hour")
    if groups.get("whole"):
        unit = unit_of(groups.get("wunit"))
        return None if unit is None else Duration(1, unit)
    unit = unit_of(groups.get("unit"))
    if unit is None:
        return None
    said = _amount(groups.get("num"))
    rel = relation(groups.get("rel"))
    if rel is not None and said is not None and rel.step in (-1, 1):
        return Stretch(said, unit, rel.step)  # "die letzten 3 Tage", "nächsten 5 Stunden"
    return Duration(said, unit)


DURATION = Rule(
    name="duration",
    pattern=r"\b(?:(?:(?P<rel>letzte[nmrs]?|vergangene[nmrs]?|nächste[nmrs]?|kommende[nmrs]?|"
    r"folgende[nmrs]?)" + _ + r")?(?P<num>" + NUMBER + r")" + _ + r"(?P<unit>" + UNIT + r")"
    r"|(?P<qnum>" + NUMBER_WORD + r"|\d{1,2})" + _ + r"(?P<quarter>viertelstunde[n]?)"
    r"|(?P<whole>ganze[nmrs]?|gesamte[nmrs]?|volle[nmrs]?)" + _ + r"(?P<wunit>tag|nacht|woche|"
    r"monat|jahr)(?!\w))(?!\w)",
    produce=_duration,
    accept=checks.duration_ok,
    examples=(
        ex("3 Stunden", "PT3H"),
        ex("3,5 Jahre", "P3.5Y"),
        ex("123,45 sek", "PT123.45S"),
        ex("zwanzig min", "PT20M"),
        ex("3 Tagen", "P3D"),
        ex("eine Viertelstunde", "PT0.25H"),
        ex("eine halbe Stunde", "PT0.5H"),
        ex("anderthalb Jahre", "P1.5Y"),
        ex("ganzen Tag", "P1D"),
        ex("einige Jahre", "PXY"),
        ex("3 Stunden", "PT3H", text="Ich bin für 3 Stunden weg."),
        ex("nächsten 3 Tage", "2022-03-15", end="2022-03-18T00:00:00"),
        ex("letzten 3 Wochen", "2022-W08", start="2022-02-21T00:00:00"),
        ex("letzten 4 Tage", "P4D", text="Es regnete die letzten 4 Tage."),
    ),
)  # fmt: skip

VAGUE_DURATION = Rule(
    name="vague_duration",
    pattern=r"\b(?:(?P<word>jahre|jahrzehnte|monate|wochen|tage|stunden)lang|seit" + _
    + r"(?P<word2>jahren|jahrzehnten|monaten|wochen|tagen|stunden))\b",
    produce=lambda g: Duration(None, unit_of(g.get("word") or g.get("word2")) or "year"),
    examples=(ex("jahrelang", "PXY"), ex("seit Jahrzehnten", "PXDE")),
)  # fmt: skip


VAGUE = germanic_rules.vague(
    r"\b(?P<phrase>jetzt|derzeit|zurzeit|zur" + _ + r"zeit|momentan|gegenwärtig|"
    r"heutzutage|kürzlich|neulich|unlängst|vor" + _ + r"kurzem|bald|demnächst|in" + _
    + r"kürze|künftig|zukünftig|in" + _ + r"(?:der" + _ + r")?zukunft|so" + _ + r"(?:früh|bald|"
    r"schnell)" + _ + r"wie" + _ + r"möglich|baldmöglichst|schnellstmöglich)\b",
    (ex("jetzt", "PRESENT_REF"), ex("kürzlich", "PAST_REF"),
     ex("so früh wie möglich", "FUTURE_REF"), ex("in Zukunft", "FUTURE_REF")),
    future=FUTURE_WORDS,
    past=PAST_WORDS,
)  # fmt: skip


def _set(groups: Groups) -> Meaning | None:
    weekday = groups.get("wd") or groups.get("wds")
    if weekday:
        day = WEEKDAYS[lower_words(weekday).removesuffix("s")]
        return Every(f"XXXX-WXX-{day + 1}")
    word = lower_words(groups.get("what") or groups.get("adverb") or groups.get("per"))
    value = SET_PERIODS.get(word) or SET_PERIODS.get(word.removesuffix("s"))
    value = value or SET_PERIODS.get((unit_of(word) or "").replace("day", "tag"))
    if value is None:
        unit = unit_of(word)
        value = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "hour": "PT1H",
                 "minute": "PT1M", "quarter": "P3M"}.get(unit or "")  # fmt: skip
    count = groups.get("count")
    if value and count and value.startswith(("P1", "PT1")):
        step = number_value(count.rstrip(".")) or ordinal_value(count) or 1
        value = value.replace("1", str(int(step)), 1)
    return None if value is None else Every(value)


SET = Rule(
    name="set",
    pattern=r"\b(?:(?:jede[nmrs]?|alle)" + _ + r"(?:(?P<count>zweite[nn]?|dritte[nn]?|vierte[nn]?"
    r"|\d{1,2}|zwei|drei|vier|fünf|sechs)" + _ + r")?(?:(?P<wd>" + WEEKDAY + r")|(?P<what>tage?|"
    r"nacht|nächte|wochen?|wochenende|monate?|quartale?|jahre?|stunden?|minuten?|morgen|"
    r"vormittag|nachmittag|abend|sommer|winter|frühling|herbst|werktag))|(?:immer" + _ + r")?"
    r"(?P<wds>(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)s)|"
    r"(?P<adverb>(?:all)?täglich(?:e[nrs]?)?|(?:zwei)?wöchentlich(?:e[nrs]?)?|"
    r"monatlich(?:e[nrs]?)?|(?:all|halb|viertel)?jährlich(?:e[nrs]?)?|stündlich|"
    r"vierzehntägig|quartalsweise)|(?:einmal|zweimal|dreimal|\d" + _ + r"mal)" + _
    + r"(?:pro|im|in[ \t]der|am|die|den|das)" + _ + r"(?P<per>tag|woche|monat|jahr|stunde))\b",
    produce=_set,
    examples=(
        ex("jeden Montag", "XXXX-WXX-1"),
        ex("immer Mittwochs", "XXXX-WXX-3"),
        ex("wöchentlich", "P1W"),
        ex("alljährliches", "P1Y"),
        ex("alle zwei Wochen", "P2W"),
        ex("jeden zweiten Tag", "P2D"),
        ex("jeden Abend", "XXXX-XX-XXTEV"),
        ex("einmal pro Woche", "P1W"),
    ),
)  # fmt: skip


HOLIDAY_RULE = germanic_rules.holiday(
    r"\b(?:(?P<rel>" + REL + r")" + _ + r")?(?P<name>" + HOLIDAY + r")(?:" + _
    + r"(?P<year>" + YEAR + r"))?(?!\w)",
    (
        ex("Ostern 2020", "2020-04-12"),
        ex("Pfingsten 2022", "2022-06-05"),
        ex("Pfingstmontag 2018", "2018-05-21"),
        ex("Heiligabend", "2021-12-24"),
        ex("Tag der Arbeit", "2022-05-01"),
        ex("zweiten Weihnachtstag", "2021-12-26"),
        ex("1. Advent 2018", "2018-12-02"),
        ex("Buß- und Bettag 2018", "2018-11-21"),
        ex("Karneval 2017", "2017-02-26"),
        ex("letzte Weihnachten", "2021-12-25"),
        ex("nächstes Ostern", "2022-04-17"),
    ),
    holiday_key=holiday_key,
    relation=relation,
)  # fmt: skip

WEEK_NUMBER = Rule(
    name="week_number",
    pattern=r"\b(?:kalenderwoche|kw)" + OPT + r"(?P<n>[1-4]?\d|5[0-3])\b(?![.,:/]\d)",
    produce=lambda g: WeekNumber(n) if 1 <= (n := _int(g, "n")) <= 53 else None,
    examples=(ex("KW 23", "2022-W23"), ex("Kalenderwoche 10", "2022-W10")),
)

# ---- clock times ---------------------------------------------------------------------------


def _hour_of(word: str | None) -> int | None:
    said = lower_words(word)
    if said.isdigit():
        return int(said)
    return HOUR_WORDS.get(said)


def _clock(groups: Groups) -> Meaning | None:
    if groups.get("named"):
        return Clock(0)
    if groups.get("h") is not None:
        hour, second = _int(groups, "h"), groups.get("s")
        written = groups.get("h") or ""
        twelve_hour = not written.startswith("0") and 1 <= hour < 12
        return Clock(hour % 24, _int(groups, "m"), None if second is None else int(second),
                     exact=True, twelve_hour=twelve_hour)  # fmt: skip
    if groups.get("hd") is not None:
        return Clock(_int(groups, "hd"), _int(groups, "md"), exact=True)
    if groups.get("hat") is not None:
        said = _int(groups, "hat")
        return Clock(said, twelve_hour=1 <= said < 12)
    spoken = _hour_of(groups.get("hu") or groups.get("hw"))
    if spoken is None or spoken > 24:
        return None
    minute = groups.get("mu")
    return Clock(spoken % 24, int(minute or 0), exact=minute is not None,
                 twelve_hour=1 <= spoken < 12)  # fmt: skip


CLOCK = Rule(
    name="clock",
    pattern=r"\b(?:(?P<h>[01]?\d|2[0-4]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?!\.\d|:\d)(?:" + OPT
    + r"(?:uhr|h)\b)?|(?P<hd>[01]?\d|2[0-3])\.(?P<md>[0-5]\d)" + OPT + r"(?:uhr|h)\b|"
    r"(?P<hu>[01]?\d|2[0-4])" + OPT + r"(?:uhr\b|h\b(?!\.))(?:" + _ + r"(?P<mu>[0-5]?\d)\b"
    r"(?![.:,]\d|" + OPT + r"(?:uhr|minuten|prozent|%)))?|(?P<hw>" + HOUR_WORD + r")" + _
    + r"uhr\b|(?P<named>mitternacht)\b|(?:um|gegen|ca\.?|circa|etwa)" + _ + r"(?P<hat>1\d|2[0-3]"
    r"|0?\d)(?![\d.,:/%])(?!" + OPT + r"(?:%|prozent|jahre?n?|tage?n?|wochen?|monate?n?|"
    r"stunden?|minuten?|uhr|menschen|leute|personen|mal)\b))",
    produce=_clock,
    accept=checks.clock_ok,
    examples=(
        ex("18:12", "2022-03-14T18:12"),
        ex("8:00:31", "2022-03-14T08:00:31"),
        ex("10:30 uhr", "2022-03-14T10:30"),
        ex("18 uhr", "2022-03-14T18:00"),
        ex("18 uhr 12", "2022-03-14T18:12"),
        ex("20.20 Uhr", "2022-03-14T20:20"),
        ex("ein Uhr", "2022-03-14T01:00"),
        ex("20Uhr", "2022-03-14T20:00"),
        ex("um 18:00 Uhr", "2022-03-14T18:00"),
        ex("um 5", "2022-03-14T05:00"),
    ),
)  # fmt: skip


def _clock_words(groups: Groups) -> Meaning | None:
    """ "halb drei" 2:30, "Viertel nach drei" 3:15, "fünf vor halb acht" 7:25, "viertel 8"
    7:15 and "dreiviertel 8" 7:45 (as the east and south of Germany say it)."""
    hour = _hour_of(groups.get("hour"))
    if hour is None or not 0 <= hour <= 24:
        return None
    said = lower_words(groups.get("minutes"))
    minutes = 15 if said == "viertel" else int(number_value(said) or 0) if said else 0
    direction = lower_words(groups.get("dir"))
    base = hour * 60
    if groups.get("half"):
        base -= 30
    quarter = lower_words(groups.get("quarter"))
    if quarter:
        base -= 45 if quarter == "viertel" else 15
    if direction == "nach":
        base += minutes
    elif direction == "vor":
        base -= minutes
    if not (said or groups.get("half") or quarter):
        return None
    total = base % (24 * 60)
    return Clock(total // 60, total % 60, exact=True, twelve_hour=1 <= hour <= 12)


CLOCK_WORDS = Rule(
    name="clock_words",
    pattern=r"\b(?:(?:(?P<minutes>viertel|\d{1,2}|" + NUMBER_WORD + r")(?:" + _ + r"minuten?)?"
    + _ + r"(?P<dir>nach|vor)" + _ + r")?(?P<half>halb)" + _ + r"|(?P<minutes2>viertel|\d{1,2}|"
    + NUMBER_WORD + r")(?:" + _ + r"minuten?)?" + _ + r"(?P<dir2>nach|vor)" + _ + r"|(?P<quarter>"
    r"dreiviertel|drei[ \t]viertel|viertel)" + _ + r")(?P<hour>1\d|2[0-4]|0?\d|" + HOUR_WORD
    + r")(?:" + _ + r"uhr)?(?!\w)(?!" + OPT + r"(?:jahre?n?|tage?n?|wochen?|monate?n?|minuten?|"
    r"stunden?|prozent|%))",
    produce=lambda g: _clock_words({**g, "minutes": g.get("minutes") or g.get("minutes2"),
                                    "dir": g.get("dir") or g.get("dir2")}),
    examples=(
        ex("halb drei", "2022-03-14T02:30"),
        ex("Viertel nach drei", "2022-03-14T03:15"),
        ex("Viertel vor drei", "2022-03-14T02:45"),
        ex("viertel 8", "2022-03-14T07:15"),
        ex("dreiviertel 8", "2022-03-14T07:45"),
        ex("fünf vor halb acht", "2022-03-14T07:25"),
        ex("20 Minuten nach 8", "2022-03-14T08:20"),
    ),
)  # fmt: skip

# ---- weak pieces: a number, a day of the month --------------------------------------------


NUMBER_RULE = germanic_rules.number(
    r"\b(?P<n>[01]?\d|2[0-4]|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|"
    r"zwölf)\b(?![.,:/]\d|\.)",
    (ex("morgen um 9", "2022-03-15T09:00", text="Wir sehen uns morgen um 9 im Büro."),),
    hour_of=_hour_of,
    accept=checks.number_ok,
)  # fmt: skip


def _day_of_month(groups: Groups) -> Meaning | None:
    day = ordinal_value(groups.get("day"))
    return DayOfMonth(day) if day is not None and 1 <= day <= 31 else None


DAY_OF_MONTH = Rule(
    name="day_of_month",
    pattern=r"(?<![\d.])(?P<day>" + DAY_NUM + r"(?:\.(?![ \t]?\d)|te[nrs]?\b|ter\b)|"
    + ORDINAL_WORD + r"\b)(?!" + _ + r"(?:jahrhundert|jahrestag|geburtstag|mal|platz|stock|"
    r"etage|runde|liga|klasse|tag|woche|monat|jahr|quartal|halbjahr|minute|stunde|advent|"
    r"weihnacht|mai\b))",
    produce=_day_of_month,
    accept=checks.day_of_month_ok,
    examples=(
        ex("15.", "2022-03-15"),
        ex("15.", "2022-02-15", text="Der Vertrag wurde am 15. unterzeichnet."),
        ex("3.", None, text="Sie wurde 3. im Rennen."),
        ex("3.", None, text="Das Spiel am 3. Spieltag endete torlos."),
    ),
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    ISO_DATE,
    DOTTED_DATE,
    DOTTED_PAIR,
    SLASH_DATE,
    DASH_DATE,
    NUMERIC_MONTH,
    DAY_MONTH,
    DAY_MONTH_WORDS,
    MONTH_DASHED,
    MONTH_YEAR,
    MONTH_RULE,
    YEAR_RULE,
    DECADE,
    DECADE_WORD,
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
    NEXT_OR_PRIOR,
    DAY_AROUND,
    THIS_CYCLE,
    PART_WORD,
    AGO,
    LATER,
    IN_TIME,
    DURATION,
    VAGUE_DURATION,
    VAGUE,
    SET,
    HOLIDAY_RULE,
    WEEK_NUMBER,
    CLOCK_WORDS,
    CLOCK,
    DAY_OF_MONTH,
    NUMBER_RULE,
)
