"""Rules for times counted from now or from the story, built from one language's words:
"ayer", "el lunes pasado", "la semana que viene", "hace 3 días", "dans deux semaines",
"5 minutos", "los próximos 5 días", "cada lunes", and the pieces compositions take ("el primer
lunes", "a finales")."""

from __future__ import annotations

import re

from timeline.engine.records import Example, Groups, Rule
from timeline.lang.romance import checks
from timeline.lang.romance.lexicon import (
    Lexicon,
    lookup,
    lower_words,
    number_value,
    ordinal_value,
    plain,
    relation,
)
from timeline.lang.romance.patterns import OPT, Pieces, _, behind
from timeline.meaning import (
    Ahead,
    Cycle,
    DayOfMonth,
    DayShift,
    Duration,
    Every,
    Meaning,
    NthItem,
    Number,
    Offset,
    PartOf,
    PartOfDay,
    PartWord,
    Quarter,
    Rel,
    Stretch,
    Unit,
    Vague,
    Weekday,
    Weekend,
    WeekNumber,
    Within,
)

Examples = tuple[Example, ...]


def _rel(groups: Groups, lexicon: Lexicon) -> Rel | None:
    return relation(groups.get("after"), lexicon) or relation(groups.get("rel"), lexicon)


def _unit(word: str | None, lexicon: Lexicon) -> Unit | None:
    found = lookup(lexicon.units, (word or "").rstrip("."))
    return found if isinstance(found, str) else None  # type: ignore[return-value]


def _amount(word: str | None, lexicon: Lexicon) -> float | None:
    words = lower_words(word)
    if words.endswith("'"):  # "un'ora"
        words = words[:-1]
    if plain(words) in {plain(w) for w in lexicon.vague_amounts}:
        return None
    return number_value(words, lexicon)


def _part(word: str | None, lexicon: Lexicon) -> str | None:
    found = lookup(lexicon.day_parts, word) if word else None
    return found if isinstance(found, str) else None


def with_part(day: Meaning, word: str | None, lexicon: Lexicon) -> Meaning:
    part = _part(word, lexicon)
    return day if part is None else Within(PartOfDay(part), day)


def _weekday_of(word: str | None, lexicon: Lexicon) -> int | None:
    found = lookup(lexicon.weekdays, (word or "").rstrip("."))
    return found if isinstance(found, int) else None


def _part_tail(p: Pieces) -> str:
    return (
        r"(?:" + _ + r"(?:(?:" + p.part_link + r")" + OPT + r")?(?P<part>" + p.day_part + r")\b)?"
    )


def weekday(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "lunes", "el próximo lunes", "lundi dernier", "martedì prossimo", "sexta-feira de
    manhã"."""
    return Rule(
        name="weekday",
        pattern=r"\b(?:(?P<rel>" + p.rel_before + r")(?:" + _ + r"|(?<=['’])))?(?P<wd>"
        + p.weekday + r")(?![\w-])(?:" + _ + r"(?P<after>" + p.rel_after + r")\b)?" + _part_tail(p),
        produce=lambda g: with_part(
            Weekday(_weekday_of(g.get("wd"), lexicon) or 0, _rel(g, lexicon)),
            g.get("part"),
            lexicon,
        ),
        accept=checks.name_check(lexicon, "wd"),
        examples=examples,
    )  # fmt: skip


def deictic(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "ayer", "pasado mañana", "anoche", "ce soir", "domani mattina", "ontem à noite"."""

    def produce(groups: Groups) -> Meaning | None:
        found = lookup(lexicon.deictic, groups.get("word"))
        if not isinstance(found, tuple):
            return None
        days, part = found
        day = with_part(DayShift(days), groups.get("part"), lexicon)
        return Within(PartOfDay(part), day) if part and day == DayShift(days) else day

    return Rule(
        name="deictic",
        pattern=r"\b(?P<word>" + p.deictic + r")(?!\w)" + _part_tail(p),
        produce=produce,
        accept=checks.deictic_check(lexicon),
        examples=examples,
    )  # fmt: skip


def narrative_day(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "el día siguiente", "le lendemain", "la veille", "il giorno dopo": counted from the
    last date named."""

    def produce(groups: Groups) -> Meaning | None:
        step = lookup(lexicon.narrative_days, groups.get("word"))
        return Cycle("day", Rel(step, narrative=True)) if isinstance(step, int) else None

    return Rule(
        name="narrative_day",
        pattern=r"\b(?P<word>" + p.narrative_day + r")\b",
        produce=produce,
        examples=examples,
    )


def day_part(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "por la tarde", "le soir": a part of the day; a bare word only in a phrase typed
    alone."""
    return Rule(
        name="day_part",
        pattern=r"\b(?:(?P<link>" + p.part_link + r")" + OPT + r")?(?P<part>" + p.day_part + r")\b",
        produce=lambda g: PartOfDay(_part(g.get("part"), lexicon) or "morning"),
        accept=lambda text, match, strict: not strict or bool(match.group("link")),
        examples=examples,
    )


def relative_unit(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "la semana pasada", "el próximo mes", "le mois prochain", "quest'anno", "o ano
    passado", "el fin de semana"."""

    def produce(groups: Groups) -> Meaning | None:
        word = groups.get("unit") or groups.get("unit2") or groups.get("wk")
        rel = _rel(groups, lexicon)
        if groups.get("wk"):
            return Weekend(rel)
        unit = _unit(word, lexicon)
        if unit is None or rel is None:
            return None
        return Cycle(unit, rel)

    return Rule(
        name="relative_unit",
        pattern=r"\b(?:" + p.article + r")?(?:(?P<rel>" + p.rel_before + r")(?:" + _
        + r"|(?<=['’]))(?:(?P<unit>" + p.cycle + r")|(?P<wk>" + lexicon.weekend + r"))\b|(?:"
        r"(?P<unit2>" + p.cycle + r")|(?P<wk2>" + lexicon.weekend + r"))" + _ + r"(?P<after>"
        + p.rel_after + r")\b)",
        produce=lambda g: produce({**g, "wk": g.get("wk") or g.get("wk2")}),
        examples=examples,
    )  # fmt: skip


def weekend(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "el fin de semana", "le week-end": the last one in a past clause, else the next."""
    return Rule(
        name="weekend",
        pattern=r"\b(?:" + p.article + r")?(?:" + lexicon.weekend + r")\b",
        produce=lambda g: Weekend(),
        examples=examples,
    )


def typed_cycle(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "mes", "semana": the current one, in a phrase typed alone."""
    return Rule(
        name="typed_cycle",
        pattern=r"\b(?P<unit>" + p.cycle + r")\b",
        produce=lambda g: (
            Cycle(unit, Rel(0))
            if (unit := _unit(g.get("unit"), lexicon)) in ("day", "week", "month", "year")
            else None
        ),
        accept=checks.typed_only,
        examples=examples,
    )


def _number_then_unit(p: Pieces, name: str = "num", unit: str = "unit") -> str:
    return (r"(?P<" + name + r">" + p.number + r")(?:" + OPT + r"|['’]|-)(?P<" + unit + r">"
            + p.unit + r")\b")  # fmt: skip


def offset(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "hace 3 días", "il y a deux semaines", "3 giorni fa", "há 3 dias", "tres días
    después" (from the last date named), "3 minutos a partir de ahora"."""
    link = r"(?!" + _ + r"(?:" + p.of + r"|que\b|di\b|de\b|d['’]|" + p.time_word + r"))"
    # After a preposition ("después", "après") an article begins what it counts from.
    prep_link = r"(?!" + _ + r"(?:" + p.article + r"))" + link
    prepositions = re.compile(r"(?:" + lexicon.before_words + "|" + lexicon.after_words + r")\Z")

    def linked(words: str) -> str:
        return "|".join(
            word + (prep_link if prepositions.match(word) else link) for word in words.split("|")
        )

    def produce(groups: Groups) -> Meaning | None:
        unit = _unit(groups.get("unit") or groups.get("unit2"), lexicon)
        if unit is None:
            return None
        amount = _amount(groups.get("num") or groups.get("num2"), lexicon)
        if groups.get("ago") or groups.get("back"):
            return Offset(amount, unit, -1)
        if groups.get("later"):
            return Offset(amount, unit, 1, narrative=True)
        if groups.get("earlier"):
            return Offset(amount, unit, -1, narrative=True)
        return Offset(amount, unit, 1)

    return Rule(
        name="offset",
        pattern=r"\b(?:(?P<ago>" + lexicon.ago_before + r")" + _ + _number_then_unit(p)
        + r"|" + _number_then_unit(p, "num2", "unit2") + _ + r"(?:(?P<back>" + lexicon.ago_after
        + r")\b|(?P<later>" + linked(lexicon.later_after) + r")\b|(?P<earlier>"
        + linked(lexicon.earlier_after) + r")\b|(?P<now>" + lexicon.from_now_after
        + r")\b))",
        produce=produce,
        examples=examples,
    )  # fmt: skip


def ahead(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "en 3 días", "dans deux semaines", "tra un'ora", "daqui a 2 dias": a point ahead when
    the clause looks ahead, else a length ("lo hizo en 3 días")."""
    leads = [word + " " for word in lexicon.ahead_before.split("|")]
    return Rule(
        name="ahead",
        pattern=behind(leads) + r"(?P<num>" + p.number + r")(?:" + OPT + r"|['’])(?:(?:más|plus|"
        r"più|mais)" + _ + r")?(?P<unit>" + p.unit + r")\b",
        produce=lambda g: Ahead(_amount(g.get("num"), lexicon), _unit(g.get("unit"), lexicon)
                                or "day"),
        examples=examples,
    )  # fmt: skip


def duration(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "5 minutos", "tres años y medio", "una hora y media", "media hora", "un mes entero",
    "toda la semana", "unos días", "los próximos 5 días" (a stretch from now)."""
    half = r"(?:" + lexicon.half_words + r")"

    def produce(groups: Groups) -> Meaning | None:
        if groups.get("hunit"):
            unit = _unit(groups.get("hunit"), lexicon)
            return None if unit is None else _length(0.5, unit)
        if groups.get("qh"):
            return Duration(15, "minute")
        if groups.get("wunit"):
            unit = _unit(groups.get("wunit"), lexicon)
            return None if unit is None else Duration(1, unit)
        unit = _unit(groups.get("unit") or groups.get("bunit"), lexicon)
        if unit is None:
            return None
        amount = 1.0 if groups.get("bunit") else _amount(groups.get("num"), lexicon)
        if amount is not None and groups.get("half"):
            amount += 0.5
        sign = lookup(lexicon.stretch_words, groups.get("rel") or groups.get("rel2"))
        if isinstance(sign, int) and amount is not None:
            return Stretch(amount, unit, sign)
        return _length(amount, unit)

    and_half = r"(?:" + _ + lexicon.and_word + _ + r"(?P<half>" + half + r")\b)?"
    return Rule(
        name="duration",
        pattern=r"\b(?:(?:(?:" + p.article + r")?(?P<rel>" + p.stretch + r")" + _ + r")?(?P<num>"
        + p.number + r")(?:" + OPT + r"|['’]|-)(?:(?P<rel2>" + p.stretch + r")" + _ + r")?(?P<unit>"
        + p.unit + r")\b" + and_half + r"(?:" + _ + r"(?:" + lexicon.whole_after + r")\b)?"
        r"|(?P<bunit>" + p.unit + r")" + _ + lexicon.and_word + _ + r"(?P<half2>" + half
        + r")\b|(?:un[ae]?" + _ + r")?(?P<hh>" + half + r")(?:" + _ + r"|-|['’])(?P<hunit>"
        + p.unit + r")\b|(?P<qh>(?:un|um)" + _ + r"(?:" + lexicon.quarter_words + r")" + _
        + r"(?:" + p.of + r")(?:" + p.unit + r"))|(?:" + lexicon.whole_before + r")" + _
        + r"(?P<wunit>" + p.unit + r")\b)",
        produce=produce,
        accept=lambda text, match, strict: match.group("bunit") is None or bool(
            match.group("half2")),
        examples=examples,
    )  # fmt: skip


def _length(amount: float | None, unit: Unit) -> Duration:
    """A length, a half hour said in minutes ("una hora y media" is PT1H30M)."""
    if unit == "hour" and amount is not None and amount % 1 == 0.5:
        whole = int(amount)
        return Duration(whole, "hour", ((30, "minute"),)) if whole else Duration(30, "minute")
    return Duration(amount, unit)


def vague_duration(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "durante años", "pendant des mois", "per anni": some number of units."""
    plural = [w for w, u in lexicon.units.items() if w.endswith("s") or w.endswith("i")]
    leads = [lead + " " for lead in lexicon.duration_leads.split("|")]
    return Rule(
        name="vague_duration",
        pattern=behind(leads) + r"(?:(?:des|de)" + _ + r")?(?P<unit>" + "|".join(
            sorted(plural, key=len, reverse=True)) + r")\b",
        produce=lambda g: Duration(None, _unit(g.get("unit"), lexicon) or "year"),
        examples=examples,
    )  # fmt: skip


def every(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "cada lunes", "todos los días", "tous les deux jours", "ogni lunedì", "semanalmente"."""

    def produce(groups: Groups) -> Meaning | None:
        if groups.get("adverb"):
            value = lookup(lexicon.set_adverbs, groups.get("adverb"))
            return Every(value) if isinstance(value, str) else None
        what = groups.get("what")
        weekday_number = _weekday_of(what, lexicon)
        if weekday_number is not None:
            return Every(f"XXXX-WXX-{weekday_number + 1}")
        value = lookup(lexicon.set_periods, what)
        if not isinstance(value, str):
            return None
        count = number_value(groups.get("count"), lexicon) if groups.get("count") else None
        if count and value.startswith(("P1", "PT1")):
            value = value.replace("1", f"{count:g}", 1)
        return Every(value)

    periods = list(lexicon.set_periods)
    return Rule(
        name="set",
        pattern=r"\b(?:(?:(?:" + lexicon.every + r")|(?:" + lexicon.every_plural + r"))" + _
        + r"(?:(?P<count>" + p.number + r")" + _ + r")?(?P<what>" + p.weekday + r"|" + "|".join(
            re.escape(w).replace(r"\ ", _) for w in sorted(periods, key=len, reverse=True))
        + r")(?![\w-])|(?P<adverb>" + p.set_adverb + r")\b)",
        produce=produce,
        examples=examples,
    )  # fmt: skip


def _vague_of(word: str | None, lexicon: Lexicon) -> Meaning | None:
    found = lookup(lexicon.vague_words, word)
    if found in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
        return Vague(found)
    return None


def vague(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "ahora", "recientemente", "bientôt", "adesso", "em breve"."""
    return Rule(
        name="vague",
        pattern=r"\b(?P<word>" + p.vague + r")\b",
        produce=lambda g: _vague_of(g.get("word"), lexicon),
        examples=examples,
    )  # fmt: skip


def nth_item(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "el primer lunes", "la última semana" (of March): a piece for "<nth> of <period>"."""
    items = [w for w, u in lexicon.units.items() if u in ("day", "week", "month", "quarter")]

    def produce(groups: Groups) -> Meaning | None:
        nth = ordinal_value(groups.get("ord"), lexicon)
        if not nth:
            return None
        word = groups.get("item")
        weekday_number = _weekday_of(word, lexicon)
        if weekday_number is not None:
            return NthItem(
                nth, weekday_number, Weekday(weekday_number, Rel(-1)) if nth == -1 else None
            )
        if groups.get("wk"):
            return NthItem(nth, "weekend")
        unit = _unit(word, lexicon)
        if unit is None:
            return None
        if unit == "quarter":
            return NthItem(nth, unit, Quarter(nth) if 1 <= nth <= 4 else None)
        return NthItem(nth, unit, Cycle(unit, Rel(-1)) if nth == -1 and unit != "day" else None)

    return Rule(
        name="nth_item",
        pattern=r"\b(?:" + p.article + r")?(?P<ord>" + p.ordinal + r")" + _ + r"(?:(?P<item>"
        + p.weekday + "|" + "|".join(sorted(items, key=len, reverse=True)) + r")|(?P<wk>"
        + lexicon.weekend + r"))(?=" + _ + r"(?:" + p.of + r"))",
        produce=produce,
        examples=examples,
    )  # fmt: skip


def part_word(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "a principios de", "à la fin de", "alla fine di", "mi-": a piece that narrows the
    period after it; "fin de mes" says its period itself."""

    def produce(groups: Groups) -> Meaning | None:
        part = lookup(lexicon.edges, groups.get("part"))
        if not isinstance(part, str):
            return None
        unit = _unit(groups.get("unit"), lexicon)
        if unit is not None:
            return PartOf(part, Cycle(unit, Rel(0)))  # type: ignore[arg-type]
        return PartWord(part)  # type: ignore[arg-type]

    return Rule(
        name="period_part",
        pattern=r"\b(?:" + p.article + r")?(?!" + lexicon.weekend + r")(?P<part>" + p.edge
        + r")(?:(?<=-)|\b(?:" + _ + r"(?:"
        + p.of + r")?(?P<unit>" + p.cycle + r")\b(?!" + _ + r"(?:" + p.rel_after + r")))?)",
        produce=produce,
        examples=examples,
    )  # fmt: skip


def week_number(lexicon: Lexicon, examples: Examples) -> Rule:
    """ "semana 31", "la semaine 12"."""
    return Rule(
        name="week_number",
        pattern=r"\b(?:" + lexicon.week_word + r")" + _ + r"(?P<n>[1-4]?\d|5[0-3])\b(?![.,:/]\d)",
        produce=lambda g: WeekNumber(n) if 1 <= (n := int(g.get("n") or 0)) <= 53 else None,
        examples=examples,
    )


def day_of_month(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """ "el 15", "el día 21", "le 3", "dal 2": a day of the month alone."""

    def produce(groups: Groups) -> Meaning | None:
        day = ordinal_value(groups.get("day") or groups.get("day2"), lexicon)
        return DayOfMonth(day) if day and 1 <= day <= 31 else None

    return Rule(
        name="day_of_month",
        pattern=r"(?:" + behind(lexicon.day_leads) + r"(?:(?:" + lexicon.day_word + r")" + _
        + r")?(?P<day>" + p.day + r")|\b(?:"
        + lexicon.day_word + r")" + _ + r"(?P<day2>" + p.day + r"))\b(?![.,:/]\d)",
        produce=produce,
        accept=checks.day_of_month_check(lexicon),
        examples=examples,
    )  # fmt: skip


def number(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """A bare number: an hour or a day only beside another time ("de 3 a 5 p.m.")."""

    def produce(groups: Groups) -> Meaning | None:
        written = lower_words(groups.get("n"))
        value = int(written) if written.isdigit() else lookup(lexicon.hour_words, written)
        return Number(value) if isinstance(value, int) else None

    return Rule(
        name="number",
        pattern=r"\b(?P<n>[12]?\d|3[01]|" + p.hour_word + r")\b(?![.,:/]\d)",
        produce=produce,
        accept=checks.not_counted,
        examples=examples,
    )
