"""The rules German and Dutch share: records whose reading is the same in both, built from the
language's pattern, its readers of words (`ordinal_value`, `relation` ...) and its examples,
and the produce helpers both grammars' own rules use. The examples stay in the language's
folder; no word of either language is here.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from timeline.engine.records import Check, Example, Groups, Rule
from timeline.engine.wordlists import lower_words
from timeline.lang.shared.produce import vague_reading
from timeline.meaning import (
    Century,
    Clock,
    Cycle,
    Date,
    DayShift,
    Half,
    Holiday,
    Meaning,
    MonthName,
    NthOf,
    Number,
    PartOfDay,
    Rel,
    Shifted,
    Unit,
    Within,
)

Examples = tuple[Example, ...]
# A language's readers of its words: an ordinal or an hour, a number, a relation ("letzten",
# "vorige"), a unit, a part of the day, a holiday's key.
Count = Callable[[str | None], int | None]
Amount = Callable[[str | None], float | None]
Relation = Callable[[str | None], Rel | None]
UnitOf = Callable[[str | None], Unit | None]
PartOfDayOf = Callable[[str | None], str | None]
HolidayKey = Callable[[str], str | None]


def int_of(groups: Groups, name: str) -> int:
    """A group's digits as a number; 0 when it said nothing."""
    return int(groups.get(name) or 0)


def with_part(part_of_day: PartOfDayOf) -> Callable[[Meaning, str | None], Meaning]:
    """A day in the part of the day a word names ("Dienstagmorgen"), or the day alone."""

    def in_part(day: Meaning, word: str | None) -> Meaning:
        part = part_of_day(word)
        return day if part is None else Within(PartOfDay(part), day)

    return in_part


def month_of(months: Mapping[str, int]) -> Callable[[str | None], int]:
    """The number of a month said by one of `months` ("März", "mrt.")."""

    def month(word: str | None) -> int:
        return months[lower_words(word).rstrip(".")]

    return month


def compound(number_value: Amount, unit_of: UnitOf) -> Callable[[Groups, int], Meaning | None]:
    """ "vor 1 Monat und 3 Tagen", "over 2 jaar en 21 dagen": each part counted in turn from
    today, to the day, backwards when `sign` is -1; None when the words say one part only."""

    def counted(groups: Groups, sign: int) -> Meaning | None:
        if not groups.get("num2"):
            return None
        first, second = unit_of(groups.get("unit")), unit_of(groups.get("unit2"))
        amounts = number_value(groups.get("num")), number_value(groups.get("num2"))
        if first is None or second is None or amounts[0] is None or amounts[1] is None:
            return None
        return Shifted(amounts[1], second, sign, Shifted(amounts[0], first, sign, DayShift(0)))

    return counted


# ---- records -------------------------------------------------------------------------------


def _iso_date(groups: Groups) -> Meaning | None:
    month = int_of(groups, "m") or int_of(groups, "m2") or int_of(groups, "m3")
    day = Date(month, int_of(groups, "d"), int_of(groups, "y"))
    if groups.get("hh") is None:
        return day
    seconds = groups.get("ss")
    clock = Clock(int_of(groups, "hh"), int_of(groups, "mm"),
                  None if seconds is None else int(seconds), exact=True)  # fmt: skip
    return Within(clock, day)


def iso_date(examples: Examples) -> Rule:
    """ "2015-03-29", "2015.5.13", "2015-03-29 21:00": written the same in both languages."""
    return Rule(
        name="iso_date",
        pattern=r"\b(?P<y>\d{4})(?:-(?P<m>0?[1-9]|1[0-2])-|\.(?P<m2>0?[1-9]|1[0-2])\.|/(?P<m3>0?"
        r"[1-9]|1[0-2])/)(?P<d>[0-3]?\d)"
        r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?\b|\b)(?![./-]\d)",
        produce=_iso_date,
        examples=examples,
    )


def _numeric_month(groups: Groups) -> Meaning | None:
    year = int_of(groups, "y") or int_of(groups, "y2")
    return MonthName(int_of(groups, "m") or int_of(groups, "m2"), year)


def numeric_month(pattern: str, examples: Examples) -> Rule:
    """ "2016/05", "05/2016": a month and its year in digits, the year in `y` or `y2`."""
    return Rule(name="numeric_month", pattern=pattern, produce=_numeric_month, examples=examples)


def century(pattern: str, examples: Examples, ordinal_value: Count) -> Rule:
    """ "20. Jahrhundert", "de twintigste eeuw": the ordinal in `ord`."""

    def produce(groups: Groups) -> Meaning | None:
        number = ordinal_value(groups.get("ord"))
        return None if number is None or number < 1 else Century(number)

    return Rule(name="century", pattern=pattern, produce=produce, examples=examples)


def half(pattern: str, examples: Examples, ordinal_value: Count) -> Rule:
    """ "erstes Halbjahr 2022", "H2 2019": the half by its ordinal (`ord`, `year`) or as
    `H` and a year (`h`, `hy`)."""

    def produce(groups: Groups) -> Meaning | None:
        if groups.get("h"):
            return Half(int_of(groups, "h"), int_of(groups, "hy"))
        number = ordinal_value(groups.get("ord")) or 1
        return Half(number, int_of(groups, "year") or None) if number in (1, 2) else None

    return Rule(name="half", pattern=pattern, produce=produce, examples=examples)


def this_part(
    pattern: str, examples: Examples, part_of_day: PartOfDayOf, relation: Relation
) -> Rule:
    """ "diesen Morgen", "laatste avond": a part of today, or of yesterday after a relation
    that looks back."""

    def produce(groups: Groups) -> Meaning | None:
        part = part_of_day(groups.get("part")) or "morning"
        rel = relation(groups.get("rel"))
        days = -1 if rel is not None and rel.step < 0 else 0
        return Within(PartOfDay(part), DayShift(days))

    return Rule(name="this_part", pattern=pattern, produce=produce, examples=examples)


def nth_weekday(
    pattern: str,
    examples: Examples,
    ordinal_value: Count,
    weekdays: Mapping[str, int],
    accept: Check | None = None,
) -> Rule:
    """ "zweiter Sonntag", "3e dinsdag": the nth such weekday (`ord`, `wd`) of this month."""

    def produce(groups: Groups) -> Meaning | None:
        nth = ordinal_value(groups.get("ord"))
        if nth is None or not 1 <= nth <= 5:
            return None
        return NthOf(nth, weekdays[lower_words(groups.get("wd"))], Cycle("month", Rel(0)))

    return Rule(
        name="nth_weekday", pattern=pattern, produce=produce, accept=accept, examples=examples
    )


def vague(pattern: str, examples: Examples, future: Collection[str], past: Collection[str]) -> Rule:
    """ "jetzt", "binnenkort": a vague reference said in `phrase`, read by its words."""
    return Rule(
        name="vague", pattern=pattern, produce=vague_reading(future, past), examples=examples
    )


def holiday(pattern: str, examples: Examples, holiday_key: HolidayKey, relation: Relation) -> Rule:
    """ "Ostern 2020", "volgende Nieuwjaarsdag": a holiday by its `name`, with a `year` or a
    relation (`rel`)."""

    def produce(groups: Groups) -> Meaning | None:
        key = holiday_key(groups.get("name") or "")
        if key is None:
            return None
        return Holiday(key, int_of(groups, "year") or None, relation(groups.get("rel")))

    return Rule(name="holiday", pattern=pattern, produce=produce, examples=examples)


def number(pattern: str, examples: Examples, hour_of: Count, accept: Check | None = None) -> Rule:
    """A bare number (`n`) that a composition may read as an hour ("morgen um 9")."""

    def produce(groups: Groups) -> Meaning | None:
        hour = hour_of(groups.get("n"))
        return None if hour is None else Number(hour)

    return Rule(name="number", pattern=pattern, produce=produce, accept=accept, examples=examples)
