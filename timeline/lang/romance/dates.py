"""Rules for dates named by the calendar, built from one language's words: numeric dates,
"3 de marzo de 2015", "mars 2015", years, decades, centuries, quarters, seasons, holidays."""

from __future__ import annotations

from timeline.engine.records import Example, Groups, Rule
from timeline.lang.romance import checks
from timeline.lang.romance.lexicon import (
    Lexicon,
    lookup,
    lower_words,
    number_value,
    ordinal_value,
    relation,
)
from timeline.lang.romance.patterns import AMPM, DAY_NUM, OPT, ROMAN, YEAR, Pieces, _, then
from timeline.meaning import (
    Century,
    Date,
    Decade,
    Half,
    Holiday,
    Meaning,
    MonthName,
    NumericDate,
    Quarter,
    Rel,
    Season,
    Within,
    Year,
)

Examples = tuple[Example, ...]


def _int(groups: Groups, *names: str) -> int:
    return next((int(value) for name in names if (value := groups.get(name))), 0)


def _first(groups: Groups, *names: str) -> str | None:
    return next((value for name in names if (value := groups.get(name))), None)


def _year(written: str | None, lexicon: Lexicon) -> int | None:
    """A year in digits ("2015", "82") or in words ("dos mil veinte")."""
    if not written:
        return None
    text = lower_words(written)
    if text.isdigit():
        year = int(text)
        return year + (2000 if year < 50 else 1900) if len(text) == 2 else year
    value = number_value(text, lexicon)
    return int(value) if value is not None and 1000 <= value <= 2100 and not value % 1 else None


def _rel(groups: Groups, lexicon: Lexicon) -> Rel | None:
    return relation(groups.get("rel"), lexicon) or relation(groups.get("after"), lexicon)


def _month(word: str | None, lexicon: Lexicon) -> int:
    found = lookup(lexicon.months, (word or "").rstrip("."))
    return found if isinstance(found, int) else 0


def iso_date(examples: Examples) -> Rule:
    """ "2015-03-29", "2015-03-29 21:00": written the same in every language."""
    from timeline.meaning import Clock

    def produce(groups: Groups) -> Meaning | None:
        day = Date(_int(groups, "m"), _int(groups, "d"), _int(groups, "y"))
        if groups.get("hh") is None:
            return day
        second = groups.get("ss")
        clock = Clock(
            _int(groups, "hh"), _int(groups, "mm"), int(second) if second else None, exact=True
        )
        return Within(clock, day)

    return Rule(
        name="iso_date",
        pattern=r"\b(?P<y>\d{4})-(?P<m>0?[1-9]|1[0-2])-(?P<d>[0-3]?\d)(?:[T ](?P<hh>[01]\d|2[0-3])"
        r":(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?)?\b(?!-\d)",
        produce=produce,
        examples=examples,
    )


def numeric_date(examples: Examples) -> Rule:
    """ "03/04/2022", "3.4.22", "03-04-2022": the day first, as these languages write it;
    "2015/03/29" year first."""

    def produce(groups: Groups) -> Meaning | None:
        if groups.get("y2"):
            return Date(_int(groups, "b2"), _int(groups, "a2"), _int(groups, "y2"))
        second = _int(groups, "b", "b4", "b3")
        return NumericDate(_int(groups, "a"), second, _int(groups, "y"), day_first=True)

    return Rule(
        name="numeric_date",
        pattern=r"\b(?:(?P<a>[0-3]?\d)(?:/(?P<b>[0-3]?\d)/|\.(?P<b4>[0-3]?\d)\.|-(?P<b3>[0-3]?\d)-)(?P<y>\d{4}|\d{2})"
        r"|(?P<y2>\d{4})/(?P<b2>[01]?\d)/(?P<a2>[0-3]?\d))\b(?![/.-]\d)",
        produce=produce,
        examples=examples,
    )


def spaced_date(examples: Examples) -> Rule:
    """ "02 04 2009", "18 8 78": a date in numbers and blanks, only in a phrase typed alone."""
    return Rule(
        name="spaced_date",
        pattern=r"\b(?P<a>[0-3]?\d) (?P<b>[01]?\d) (?P<y>\d{4}|\d{2})\b(?![ /.-]\d)",
        produce=lambda g: NumericDate(_int(g, "a"), _int(g, "b"), _int(g, "y"), day_first=True),
        accept=checks.typed_only,
        examples=examples,
    )


def numeric_day_month(lexicon: Lexicon, examples: Examples) -> Rule:
    """ "29/2", "27/11": a day and month, the day first; in running text after a word that
    makes it a date ("el 27/11")."""
    lead = then((*lexicon.day_leads, *lexicon.range_words, lexicon.between_lead))
    import re

    before = re.compile(r"(?:" + lead + r"|\()\Z", re.IGNORECASE)

    def accept(text: str, match: re.Match[str], strict_case: bool) -> bool:
        if not strict_case:
            return True
        return bool(before.search(text[max(0, match.start() - 16) : match.start()]))

    return Rule(
        name="numeric_day_month",
        pattern=r"(?<![\d/.,-])(?P<a>[12]\d|3[01]|0?[1-9])[/-](?P<b>1[0-2]|0?[1-9])"
        r"(?![\d/]|[.,]\d|-\d|" + OPT + AMPM + r")",
        produce=lambda g: Date(_int(g, "b"), _int(g, "a")),
        accept=accept,
        examples=examples,
    )


def written_date(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """A month name among numbers: "31-dic-1994", "2020/sep/23", "sep-23-2020", "2-oct"."""
    month = p.month

    def produce(groups: Groups) -> Meaning | None:
        number = _month(_first(groups, "m1", "m2", "m3", "m4", "m5", "m6", "m7"), lexicon)
        day = _int(groups, "d1", "d2", "d3", "d4", "d5", "d6", "d7")
        year = _year(_first(groups, "y1", "y2", "y3", "y4", "y5"), lexicon)
        return Date(number, day, year) if number and 1 <= day <= 31 else None

    return Rule(
        name="written_date",
        pattern=r"\b(?:(?P<d1>" + DAY_NUM + r")[-/.](?P<m1>" + month + r")[-/.](?P<y1>\d{4}|\d{2})"
        r"|(?P<y2>\d{4})[-/](?P<m2>" + month + r")[-/](?P<d2>" + DAY_NUM + r")"
        r"|(?P<y3>\d{4})[-/](?P<d3>" + DAY_NUM + r")[-/](?P<m3>" + month + r")"
        r"|(?P<m4>" + month + r")[-/](?P<d4>" + DAY_NUM + r")[-/](?P<y4>\d{4})"
        r"|(?P<m5>" + month + r")-(?P<y5>\d{4})-(?P<d5>" + DAY_NUM + r")"
        r"|(?P<d6>" + DAY_NUM + r")-(?P<m6>" + month + r")(?![-/]\d)"
        r"|(?P<m7>" + month + r")/(?P<d7>" + DAY_NUM + r")(?![-/]\d))\b",
        produce=produce,
        examples=examples,
    )


def _said_weekday(groups: Groups, lexicon: Lexicon) -> int | None:
    found = lookup(lexicon.weekdays, (groups.get("wd") or "").rstrip("."))
    return found if isinstance(found, int) else None


def day_month(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "3 de marzo de 2015", "le 1er mars 2015", "3 marzo 2015", "lunes, 4 de diciembre",
    "cuatro de julio de 1995", "2 de octubre de dos mil veinte"."""

    def produce(groups: Groups) -> Meaning | None:
        day = ordinal_value(groups.get("day"), lexicon)
        if day is None or not 1 <= day <= 31:
            return None
        said_year = _first(groups, "year", "yw")
        year = _year(said_year, lexicon)
        if said_year and year is None:
            return None
        return Date(_month(groups.get("month"), lexicon), day, year, _said_weekday(groups, lexicon))

    year_lead = r",?" + _ + r"(?:" + p.of + r")?(?:" + lexicon.year_word + _ + r")?"
    return Rule(
        name="day_month",
        pattern=r"\b(?:(?P<wd>" + p.weekday + r")(?:,|\.)?" + _ + r"(?:" + then(
            lexicon.day_leads) + r")?)?(?:" + lexicon.day_word + _ + r")?(?P<day>" + p.day
        + r")(?:" + _ + r"(?:" + p.of + r")?|-|" + _ + r"-" + _ + r")(?P<month>" + p.month
        + r")(?![\w-])(?:" + year_lead + r"(?P<year>" + YEAR + r"|'?\d{2})\b(?![.,:/]\d)|" + _
        + r"(?:" + p.of + r")(?:" + lexicon.year_word + _ + r")?(?P<yw>" + p.cardinal_seq
        + r")\b)?",
        produce=produce,
        accept=checks.name_check(lexicon, "month"),
        examples=examples,
    )  # fmt: skip


def month_day(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "noviembre 19", "mayo 12 de 2015": the month first, mostly in typed phrases."""

    def produce(groups: Groups) -> Meaning | None:
        day = _int(groups, "day")
        year = _year(groups.get("year"), lexicon)
        return Date(_month(groups.get("month"), lexicon), day, year) if 1 <= day <= 31 else None

    import re

    def accept(text: str, match: re.Match[str], strict_case: bool) -> bool:
        return not strict_case or bool(match.group("year"))

    return Rule(
        name="month_day",
        pattern=r"\b(?P<month>" + p.month + r")" + _ + r"(?P<day>" + DAY_NUM + r")(?:"
        + lexicon.ordinal_mark + r")?\b(?![:.,]\d|" + _ + r"(?:" + p.unit + r")\b)(?:,?" + _
        + r"(?:" + p.of + r")?(?P<year>" + YEAR + r")\b)?",
        produce=produce,
        accept=accept,
        examples=examples,
    )  # fmt: skip


def month_year(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "marzo de 2015", "mars 2015", "dic. 2008", "diciembre/2018", "marzo del año 2015"."""
    return Rule(
        name="month_year",
        pattern=r"\b(?P<month>" + p.month + r")(?:,?" + _ + r"(?:" + p.of + r")?|/|-)(?:"
        + lexicon.year_word + _ + r")?(?P<year>" + YEAR + r")\b(?![.,/-]\d)",
        produce=lambda g: MonthName(_month(g.get("month"), lexicon), _int(g, "year")),
        examples=examples,
    )  # fmt: skip


def month(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "marzo", "este septiembre", "el próximo marzo", "marzo pasado", "cette décembre"."""
    return Rule(
        name="month",
        pattern=r"\b(?:(?P<rel>" + p.rel_before + r")(?:" + _ + r"|(?<=['’])))?(?P<month>"
        + p.month + r")(?![\w-])(?:" + _ + r"(?P<after>" + p.rel_after + r")\b)?",
        produce=lambda g: MonthName(_month(g.get("month"), lexicon), rel=_rel(g, lexicon)),
        accept=checks.name_check(lexicon, "month"),
        examples=examples,
    )  # fmt: skip


def year(lexicon: Lexicon, examples: Examples) -> Rule:
    """ "2015", "el año 2015", "l'année 1987"."""
    return Rule(
        name="year",
        pattern=r"(?<![\w$€£#.,/-])(?:(?P<yw>" + lexicon.year_word + r")" + _ + r")?(?P<year>"
        + YEAR + r")\b(?![.,]\d|[-/]\d|['’]\w)",
        produce=lambda g: Year(_int(g, "year")),
        accept=checks.year_check(lexicon),
        examples=examples,
    )  # fmt: skip


def decade(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "los años 90", "les années 1980", "gli anni '90", "los noventa"."""

    def produce(groups: Groups) -> Meaning | None:
        if groups.get("word") or groups.get("word2"):
            tens = lookup(lexicon.decade_words, groups.get("word") or groups.get("word2"))
            return Decade(tens) if isinstance(tens, int) else None
        century = groups.get("cent")
        return Decade(_int(groups, "dec", "dec2") * 10, int(century) if century else None)

    return Rule(
        name="decade",
        pattern=r"\b(?:(?:" + lexicon.decade_article + r")" + _ + r")?(?:(?:" + lexicon.decade_years
        + r")" + _ + r"(?:(?:(?P<cent>1\d|20)|['’])?(?P<dec>\d)0(?:['’]?s)?\b(?![.,:/]\d)|(?P<word>"
        + p.decade_word + r")\b)|(?:" + lexicon.decade_article + r")" + _ + r"['’]?(?P<dec2>[2-9])0"
        r"(?:['’]?s)?\b(?![.,:/]\d|" + _ + r"[^\W\d])|(?:" + lexicon.decade_article + r")" + _
        + r"(?P<word2>" + p.decade_word + r")\b)",
        produce=produce,
        examples=examples,
    )  # fmt: skip


def _roman(written: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for index, char in enumerate(written):
        value = values[char]
        following = values[written[index + 1]] if index + 1 < len(written) else 0
        total += -value if value < following else value
    return total or None


def century(lexicon: Lexicon, examples: Examples) -> Rule:
    """ "siglo XV", "el siglo 20", "le XXe siècle", "il XX secolo", "século XIX"."""

    def produce(groups: Groups) -> Meaning | None:
        written = _first(groups, "roman", "roman2")
        number = _roman(written.upper()) if written else _int(groups, "num", "num2")
        return Century(number) if number and 1 <= number <= 21 else None

    return Rule(
        name="century",
        pattern=r"\b(?:(?:" + lexicon.century_word + r")" + _ + r"(?:(?P<roman>" + ROMAN
        + r")|(?P<num>[12]?\d)(?:" + lexicon.ordinal_mark + r")?)|(?:(?P<roman2>" + ROMAN
        + r")|(?P<num2>[12]?\d))(?:" + lexicon.ordinal_mark + r")?" + _ + r"(?:"
        + lexicon.century_word + r"))\b",
        produce=produce,
        examples=examples,
    )  # fmt: skip


def quarter(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "el primer trimestre de 2017", "le 2e trimestre", "T1 2015", "2017-t1"."""

    def produce(groups: Groups) -> Meaning | None:
        if groups.get("q") or groups.get("q2"):
            return Quarter(_int(groups, "q", "q2"), _int(groups, "y2", "y3") or None)
        number = ordinal_value(groups.get("ord"), lexicon)
        if number is None or not 1 <= number <= 4:
            return None
        return Quarter(number, _int(groups, "year") or None)

    return Rule(
        name="quarter",
        pattern=r"\b(?:(?:" + p.article + r")?(?P<ord>" + p.ordinal + r")" + _ + r"(?:"
        + lexicon.quarter_word + r")\b(?:" + _ + r"(?:" + p.of + r")?(?:" + lexicon.year_word + _
        + r")?(?P<year>" + YEAR + r")\b)?|(?P<y2>" + YEAR + r")-?[TQ](?P<q>[1-4])\b|[TQ](?P<q2>"
        r"[1-4])(?:-|" + OPT + r")(?P<y3>" + YEAR + r")\b)",
        produce=produce,
        examples=examples,
    )  # fmt: skip


def half(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "el segundo semestre de 2019", "la primera mitad del año", "2º semestre"."""

    def produce(groups: Groups) -> Meaning | None:
        number = ordinal_value(groups.get("ord"), lexicon)
        if number not in (1, 2):
            return None
        return Half(number, _int(groups, "year") or None)

    return Rule(
        name="half",
        pattern=r"\b(?:" + p.article + r")?(?P<ord>" + p.ordinal + r")" + _ + r"(?:"
        + lexicon.half_year_word + r"|" + lexicon.half_noun + _ + r"(?:" + p.of + r")(?:"
        + lexicon.year_word + r"))\b(?:" + _
        + r"(?:" + p.of + r")?(?P<year>" + YEAR + r")\b)?",
        produce=produce,
        examples=examples,
    )  # fmt: skip


def season(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "el verano pasado", "este invierno", "l'été 2015", "la primavera de 1990"."""

    def produce(groups: Groups) -> Meaning | None:
        code = lookup(lexicon.seasons, groups.get("season"))
        if not isinstance(code, str):
            return None
        return Season(code, _int(groups, "year") or None, _rel(groups, lexicon))  # type: ignore[arg-type]

    return Rule(
        name="season",
        pattern=r"\b(?:(?P<rel>" + p.rel_before + r")(?:" + _ + r"|(?<=['’])))?(?P<season>"
        + p.season + r")\b(?:" + _ + r"(?P<after>" + p.rel_after + r")\b)?(?:,?" + _ + r"(?:"
        + p.of + r")?(?P<year>" + YEAR + r")\b)?",
        produce=produce,
        accept=checks.season_check(lexicon),
        examples=examples,
    )  # fmt: skip


def holiday(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "Navidad", "la próxima Pascua", "Noël 2015", "Ferragosto"."""
    import re

    compiled = [(re.compile(name.replace("[ ]", r"\s{1,3}"), re.IGNORECASE), key)
                for name, key in lexicon.holidays.items()]  # fmt: skip

    def produce(groups: Groups) -> Meaning | None:
        name = " ".join((groups.get("name") or "").split())
        key = next((key for pattern, key in compiled if pattern.fullmatch(name)), None)
        if key is None:
            return None
        return Holiday(key, _int(groups, "year") or None, _rel(groups, lexicon))

    return Rule(
        name="holiday",
        pattern=r"\b(?:(?P<rel>" + p.rel_before + r")(?:" + _ + r"|(?<=['’])))?(?P<name>"
        + p.holiday + r")(?!\w)(?:" + _ + r"(?P<after>" + p.rel_after + r")\b)?(?:,?" + _
        + r"(?:" + p.of + r")?(?P<year>" + YEAR + r")\b)?",
        produce=produce,
        examples=examples,
    )  # fmt: skip
