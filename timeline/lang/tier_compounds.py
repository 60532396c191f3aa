"""What the dateparser tier reads itself, around what it hands to dateparser: which
neighbouring pieces make one expression, and which pieces are lengths of time.

dateparser reads "5 minutos" as five minutes ago and a piece cut from "14:30, 3 de marzo de
2015" as a date without its time, so the tier keeps pieces whole when dateparser reads them
together, and gives a number with a unit, alone, the meaning of a length. Language-neutral:
the unit words come from dateparser's locale data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping

from timeline.meaning import Duration, Unit

# dateparser's locale keys for units, and the unit each one counts in.
UNIT_KEYS: dict[str, Unit] = {
    "year": "year", "month": "month", "week": "week", "day": "day", "hour": "hour",
    "minute": "minute", "second": "second", "decade": "decade",
}  # fmt: skip
CLOCK = r"(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?"
COUNT = r"\d{1,3}(?:[.,]\d{1,2})?"
# A year stuck to its unit ("2019년"): four digits with a blank are a count ("2008 वर्ष").
YEAR_COUNT = r"\d{4}"
# One-character units that, stuck to a number, count a length ("5분", "2주", "1년"); the
# others name a point (an hour "10시", a month "3월") or either (a day "3일").
_COUNTING = frozenset({"year", "week", "minute", "second"})
# Where a piece may end: before no letter, or after Hangul, whose particles attach to the
# word before them ("8월부터", "3시에").
END = r"(?:(?!\w)|(?<=[\uac00-\ud7a3]))"
# Between two pieces of one expression: nothing, or blanks and a comma and up to two short
# words ("a las", "को सुबह", "sabah"). Not letters stuck to the piece before: those end it
# ("8월부터" is "from August", "3:00'dan" "from 3:00").
_JOINT = re.compile(
    r"(?:[ \t\u00a0]{1,3},?|,)[ \t\u00a0]{0,3}(?:[^\W\d]{1,6}[ \t\u00a0]{1,3}){0,2}|"
)
_MAX_JOINT = 16
_LENGTH = re.compile(rf"(?P<n>{COUNT})(?P<gap>[ \t\u00a0]?)(?P<unit>\S+)")


def unit_words(forms: object) -> tuple[str, ...]:
    """A unit's words from dateparser's locale data, lower-cased, less the one-letter Latin
    abbreviations ("m", "h") that stand for other things in running text."""
    if not isinstance(forms, list):
        return ()
    found = {word.lower() for word in forms if isinstance(word, str) and word.strip()}
    return tuple(sorted(w for w in found if len(w) > 1 or not w.isascii()))


def joined(
    text: str, pieces: list[tuple[int, int]], parses: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """The pieces' spans, each run of neighbours that dateparser reads as one joined."""
    index = 0
    while index < len(pieces):
        start, end = pieces[index]
        while index + 1 < len(pieces):
            after_start, after_end = pieces[index + 1]
            gap = text[end:after_start]
            if len(gap) > _MAX_JOINT or not _JOINT.fullmatch(gap):
                break
            if not parses(text[start:after_end]):
                break
            end = after_end
            index += 1
        yield start, end
        index += 1


def _units(words: Iterable[tuple[str, tuple[str, ...]]]) -> dict[str, Unit]:
    table: dict[str, Unit] = {}
    for key, forms in words:
        if key.startswith("unit:"):
            table.update((form, UNIT_KEYS[key.removeprefix("unit:")]) for form in forms)
    return table


def length_of(phrase: str, words: Iterable[tuple[str, tuple[str, ...]]]) -> Duration | None:
    """A number and a unit with nothing else ("5 minutos", "24시간", "3.5 साल") as a length
    of time; None for anything else, and for a single character stuck to a number, which
    names a point as often ("2019년", "3일", "10시")."""
    found = _LENGTH.fullmatch(phrase)
    if found is None:
        return None
    unit = _units(words).get(found["unit"].lower())
    number = found["n"].replace(",", ".")
    if unit is None or (len(number) == 4 and "." not in number):  # "2019 years": a year
        return None
    if not found["gap"] and len(found["unit"]) < 2 and unit not in _COUNTING:
        return None
    return Duration(float(number) if "." in number else int(number), unit)


def ambiguous_count(phrase: str, words: Mapping[str, tuple[str, ...]]) -> bool:
    """A count stuck to a one-character unit that is the day or week ("3일"): alone it is a
    day of the month as often as a length, and dateparser reads it as that long ago."""
    found = _LENGTH.fullmatch(phrase)
    if found is None or found["gap"] or len(found["unit"]) != 1:
        return False
    unit = found["unit"].lower()
    return unit in words.get("unit:day", ()) or unit in words.get("unit:week", ())
