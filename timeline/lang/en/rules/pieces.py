"""Pieces only compositions use: "the first Monday" (of), "the end" (of), a bare number."""

from __future__ import annotations

from timeline.engine.records import Groups, Rule, ex
from timeline.lang.en import checks
from timeline.lang.en.patterns import (
    CLOCK_WORD,
    DAY_NUM,
    NUMBER,
    ORD_SUFFIX,
    ORDINAL_WORD,
    WEEKDAY,
    _,
)
from timeline.lang.en.rules.common import unit_of
from timeline.lang.en.words import (
    CYCLE_UNITS,
    PARTS,
    SMALL_NUMBERS,
    WEEKDAYS,
    lower_words,
    number_value,
    ordinal_value,
)
from timeline.meaning import (
    Cycle,
    FirstUnits,
    Meaning,
    NthItem,
    Number,
    PartOf,
    PartWord,
    Quarter,
    Rel,
    Unit,
    Weekday,
)


def _nth_item(groups: Groups) -> Meaning | None:
    nth = ordinal_value(groups.get("ord") or "")
    if nth is None or nth == 0:
        return None
    word = lower_words(groups.get("item")).replace("-", "")
    item: Unit | int = WEEKDAYS[word] if word in WEEKDAYS else CYCLE_UNITS[word]
    return NthItem(nth, item, _nth_alone(nth, item))


def _nth_alone(nth: int, item: Unit | int) -> Meaning | None:
    """What "the last Friday" or "the fourth quarter" mean with no period after them."""
    if item == "quarter":
        return Quarter(nth) if 1 <= nth <= 4 else None
    if nth != -1 or item == "day":
        return None  # "the first week": of nothing named; "the last day": a position
    if isinstance(item, int):
        return Weekday(item, Rel(-1))
    return Cycle(item, Rel(-1))


NTH_ITEM = Rule(
    name="nth_item",
    pattern=r"\b(?:the" + _ + r")?(?P<ord>" + ORDINAL_WORD + r"|" + DAY_NUM + ORD_SUFFIX
    + r"|last|final)" + _ + r"(?P<item>" + WEEKDAY + r"|day|week-?end|week|month|quarter)"
    r"(?=" + _ + r"(?:of|in)" + _ + r")",
    produce=_nth_item,
    accept=checks.nth_item_ok,
    examples=(
        ex("the first Monday of March", "2022-03-07"),
        ex("the 15th day of next month", "2022-04-15", text="Rent is due on the 15th day of "
           "next month."),
        ex("the 12th week of the year", "2022-W12"),
        ex("last Friday", "2022-03-11", text="We met last Friday in Paris."),
        ex("the fourth quarter", "2021-Q4", text="Sales fell in the fourth quarter of the year "
           "before they recovered."),
    ),
)  # fmt: skip


def _first_units(groups: Groups) -> Meaning | None:
    count = number_value(lower_words(groups.get("num")))
    if count is None or count % 1 or count < 1:
        return None
    from_end = lower_words(groups.get("ord")) in ("last", "final")
    return FirstUnits(int(count), unit_of(groups.get("unit")), from_end)


FIRST_UNITS = Rule(
    name="first_units",
    pattern=r"\b(?:the" + _ + r")?(?P<ord>first|last|final)" + _ + r"(?P<num>" + NUMBER + r")"
    + _ + r"(?P<unit>days|weeks|months)(?=" + _ + r"of" + _ + r")",
    produce=_first_units,
    examples=(
        ex("the first 2 weeks of 2021", "2021-W01", end="2021-01-18T00:00:00"),
        ex("first ten days of last year", "2021-01-01", end="2021-01-11T00:00:00"),
        ex("the last three days of the year", "2022-12-29", end="2023-01-01T00:00:00"),
    ),
)  # fmt: skip


def _part_word(groups: Groups) -> Meaning | None:
    abbreviation = lower_words(groups.get("abbr"))  # "EOY": the end of the year
    if abbreviation:
        part = PARTS["beginning" if abbreviation[0] == "b" else "end"]
        unit = {"y": "year", "m": "month", "w": "week"}[abbreviation[2]]
        return PartOf(part, Cycle(CYCLE_UNITS[unit], Rel(0)))
    part = PARTS[lower_words(groups.get("part"))]
    if groups.get("unit"):
        det = lower_words(groups.get("det"))  # "that year": the one named; "the year": the story's
        rel = Rel(0, narrative=det == "that", story=det == "the")
        return PartOf(part, Cycle(CYCLE_UNITS[lower_words(groups.get("unit"))], rel))
    return PartWord(part)


PART_WORD = Rule(
    name="period_part",
    pattern=r"\b(?:the" + _ + r")?(?:(?P<abbr>[BE]O[YMW])\b|(?P<part>beginning|start|end|"
    r"middle|close)" + _ + r"of(?:" + _ + r"(?:(?P<det>the|this|current|that)" + _
    + r")?(?P<unit>week|month|year)\b)?)",
    produce=_part_word,
    accept=checks.period_part_ok,
    examples=(
        ex("the end of the month", "2022-03", start="2022-03-21T00:00:00"),
        ex(
            "the end of the month",
            "1940-05",
            text="The war began in 1939. Norway fell in April 1940. The army attacked in May "
            "1940, and by the end of the month it had reached the sea.",
        ),
        ex(
            "the end of the month",
            "2022-03",
            text="In 2019 it lost money; by the end of the month it will report again.",
        ),
        ex("EOY", "2022", start="2022-09-01T00:00:00"),
        ex("the end of next month", "2022-04", start="2022-04-21T00:00:00"),
        ex("the beginning of 2010", "2010", start="2010-01-01T00:00:00", end="2010-04-01T00:00:00"),
    ),
)  # fmt: skip


_NUMBER_WORDS = {k: int(v) for k, v in SMALL_NUMBERS.items() if 1 <= v <= 12 and " " not in k}


def _number(written: str | None) -> int:
    word = lower_words(written)
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 0)


NUMBER_RULE = Rule(
    name="number",
    pattern=r"\b(?P<n>[12]?\d|3[01]|" + CLOCK_WORD + r")\b(?![.,:/]\d)",
    produce=lambda g: Number(_number(g.get("n"))),
    accept=checks.number_ok,
    examples=(ex("Friday at 5", "2022-03-18T05:00", text="The shop opens Friday at 5."),),
)  # fmt: skip


ORDINAL_NUMBER = Rule(
    name="ordinal_number",
    pattern=r"\b(?P<word>" + ORDINAL_WORD + r")\b",
    produce=lambda g: Number(n) if (n := ordinal_value(g.get("word") or "")) and n > 0 else None,
    examples=(ex("between ninth and seventeenth of april", "2022-04-09"),),
)
