"""The rules Chinese and Japanese share: records whose reading is the same in both, built from
the language's pattern, its reader of numerals and its examples, and the helpers both
grammars' own rules use. The examples stay in the language's folder; no word of either
language is here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from timeline.engine.records import Example, Groups, Rule
from timeline.meaning import Date, Decade, Meaning

Examples = tuple[Example, ...]
# A language's reader of numbers in digits or in numerals ("十二", "１２").
NumberValue = Callable[[str | None], int | None]


def number_of(number_value: NumberValue) -> Callable[[Groups, str], int | None]:
    """The number a group says, read by `number_value`; None when it says none."""

    def number(groups: Groups, name: str) -> int | None:
        return number_value(groups.get(name))

    return number


def in_range(value: int | None, low: int, high: int) -> int | None:
    """The value when it lies from `low` to `high`, else None."""
    return value if value is not None and low <= value <= high else None


def century_of(short: int) -> int:
    """A two-digit year in the century that puts it at most ten years ahead ("08" is 2008)."""
    return 2000 + short if short <= 40 else 1900 + short


def full_date(
    pattern: str,
    examples: Examples,
    *,
    number_value: NumberValue,
    weekdays: Mapping[str, int],
    year: Callable[[Groups], int | None],
) -> Rule:
    """A month and a day (`m`, `d`), with the year `year` reads and the weekday in `wd`:
    2019年1月2日（水）."""
    number = number_of(number_value)

    def produce(groups: Groups) -> Meaning | None:
        month = in_range(number(groups, "m"), 1, 12)
        day = in_range(number(groups, "d"), 1, 31)
        if month is None or day is None:
            return None
        weekday = weekdays.get(groups.get("wd") or "")
        return Date(month, day, year(groups), weekday)

    return Rule(name="full_date", pattern=pattern, produce=produce, examples=examples)


def decade(pattern: str, examples: Examples, *, number_value: NumberValue) -> Rule:
    """A decade in digits (`full`: 1990年代) or by its tens (`tens`: 80年代), its century
    (`c`) said before it or not."""
    number = number_of(number_value)

    def produce(groups: Groups) -> Meaning | None:
        full = groups.get("full")
        if full:
            return Decade(int(full) % 100, int(full) // 100)
        tens = number_value(groups.get("tens"))
        if tens is None or tens % 10 or not 0 <= tens <= 90:
            return None
        century = number(groups, "c")
        return Decade(tens, None if century is None else century - 1)

    return Rule(name="decade", pattern=pattern, produce=produce, examples=examples)
