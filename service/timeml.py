"""A timeline as a TimeML 1.2.1 document, laid out as TempEval-3's files are.

`DOCID`, then the creation time in `DCT` (with its time of day when the publish moment has
one), `TITLE` when the timeline has one, and the text with a `TIMEX3` around each expression.
Each `TIMEX3` carries `tid`, `type` and `value`, and, where the library's values say so:
- `anchorTimeID`: the `tid` of what it was resolved against (`t0`, the creation time, or an
  earlier expression);
- `mod`: START, MID or END when the interval is a part of the period its value names
  ("early 2020": value 2020, the interval January to March);
- `quant` and `freq` for sets, read from an English phrase's own words ("every week":
  EVERY; "twice a week": 2X), which is all the library gives of them.
The library keeps no "about", "more than" or "nearly" (APPROX, MORE_THAN, ...): those `mod`s
are never written.
"""

from __future__ import annotations

import calendar
import re
from datetime import datetime, timedelta
from xml.sax.saxutils import escape, quoteattr

from timeline import Event, Timeline, TimeValue

SCHEMA_LOCATION = "http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd"
CREATION_TID = "t0"

# Characters XML 1.0 cannot carry at all; each becomes U+FFFD, so offsets stay as they were.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_QUANTIFIERS = {"every": "EVERY", "each": "EACH"}
_TIMES = {"once": 1, "twice": 2, "thrice": 3}
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
# 2020, 2020-03, 2020-03-14, 2020-W11, 2020-Q1, 2020-H1.
_CALENDAR_VALUE = re.compile(
    r"([0-9]{4})(?:-(?:([0-9]{2})(?:-([0-9]{2}))?|W([0-9]{2})|([QH])([1-4])))?"
)
_FREQUENCY = re.compile(r"\b(?:(once|twice|thrice)|([0-9]{1,3}|[a-z]{3,5}) times)\b")


def to_timeml(timeline: Timeline, text: str, docid: str) -> str:
    """The TimeML document of `timeline`, built from `text`, named `docid`.

    An expression overlapping an earlier one is left out, since XML elements cannot overlap;
    an `anchorTimeID` pointing at one left out is left out with it.
    """
    written = _written_events(timeline)
    tids = {event.id: _tid(event) for event in written}
    parts: list[str] = []
    at = 0
    for event in written:
        parts.append(_xml(text[at : event.span.start]))
        phrase = _xml(text[event.span.start : event.span.end])
        parts.append(f"<TIMEX3 {_attributes(event, timeline.language, tids)}>{phrase}</TIMEX3>")
        at = event.span.end
    parts.append(_xml(text[at:]))
    head = [f"<DOCID>{_xml(docid)}</DOCID>", f"<DCT>{_creation_time(timeline.published)}</DCT>"]
    if timeline.title is not None:
        head.append(f"<TITLE>{_xml(timeline.title)}</TITLE>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:noNamespaceSchemaLocation="{SCHEMA_LOCATION}">\n'
        + "\n".join(head)
        + f"\n<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n"
    )


def _written_events(timeline: Timeline) -> list[Event]:
    written: list[Event] = []
    at = 0
    for event in sorted(timeline.events, key=lambda e: e.span.start):
        if event.span.start >= at:
            written.append(event)
            at = event.span.end
    return written


def _tid(event: Event) -> str:
    """`e3` becomes `t3`: the numbering follows the text, as the event ids do."""
    return "t" + event.id.removeprefix("e")


def _attributes(event: Event, language: str, tids: dict[str, str]) -> str:
    time = event.time
    pairs = [("tid", tids[event.id]), ("type", time.type), ("value", time.value)]
    mod = part_of_period(time)
    if mod is not None:
        pairs.append(("mod", mod))
    if time.type == "SET" and language == "en":
        pairs += _set_attributes(event.phrase)
    anchor = CREATION_TID if time.anchor == "published" else tids.get(time.anchor)
    if anchor is not None:
        pairs.append(("anchorTimeID", anchor))
    return " ".join(f"{name}={quoteattr(_NOT_XML.sub(chr(0xFFFD), v))}" for name, v in pairs)


def _set_attributes(phrase: str) -> list[tuple[str, str]]:
    """`quant` and `freq` of a set, from the words of its English phrase."""
    words = phrase.lower()
    pairs = []
    quantifier = _QUANTIFIERS.get(words.split(" ", 1)[0])
    if quantifier is not None:
        pairs.append(("quant", quantifier))
    match = _FREQUENCY.search(words)
    if match is not None:
        word, count = match.groups()
        times = _TIMES[word] if word else _count(count)
        if times is not None:
            pairs.append(("freq", f"{times}X"))
    return pairs


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def part_of_period(time: TimeValue) -> str | None:
    """START, MID or END when the interval is a strict part of the period `value` names."""
    period = _period(time.value)
    if period is None or time.start is None or time.end is None:
        return None
    start, end = time.start.replace(tzinfo=None), time.end.replace(tzinfo=None)
    first, after = period
    if (start, end) == period or not first <= start < end <= after:
        return None
    if start == first:
        return "START"
    return "END" if end == after else "MID"


def _period(value: str) -> tuple[datetime, datetime] | None:
    """The interval a calendar value names: a year, half, quarter, month, week, day, decade
    or century; None for any other value (seasons, parts of days, durations, references)."""
    match = _CALENDAR_VALUE.fullmatch(value)
    if match is not None:
        return _calendar_period(*match.groups())
    if re.fullmatch(r"[0-9]{3}X?", value):  # a decade: 199X, or 199 as TimeML writes it
        return _years(int(value[:3]) * 10, 10)
    if re.fullmatch(r"[0-9]{2}", value):
        return _years(int(value) * 100, 100)
    return None


def _calendar_period(
    year: str, month: str | None, day: str | None, week: str | None, part: str | None, n: str | None
) -> tuple[datetime, datetime] | None:
    number = int(year)
    try:
        if day is not None and month is not None:
            first = datetime(number, int(month), int(day))
            return first, first + timedelta(days=1)
        if month is not None:
            return _months(number, int(month), 1)
        if week is not None:
            first = datetime.fromisocalendar(number, int(week), 1)
            return first, first + timedelta(days=7)
        if part is not None:
            size = 3 if part == "Q" else 6
            return _months(number, (int(n or 0) - 1) * size + 1, size)
        return _years(number, 1)
    except (ValueError, OverflowError):  # a value past the calendar's ends has no period
        return None


def _months(year: int, month: int, count: int) -> tuple[datetime, datetime] | None:
    if not 1 <= month <= 12 or month + count - 1 > 12:
        return None
    first = datetime(year, month, 1)
    last = month + count - 1
    return first, datetime(year, last, calendar.monthrange(year, last)[1]) + timedelta(days=1)


def _years(first: int, count: int) -> tuple[datetime, datetime] | None:
    if first < 1 or first + count > 9999:
        return None
    return datetime(first, 1, 1), datetime(first + count, 1, 1)


def _creation_time(published: datetime) -> str:
    """The DCT's TIMEX3: a DATE for a date alone (naive midnight), else a TIME to the minute
    (the second when it has one). A value carries no offset in TimeML; the text keeps it."""
    if published.tzinfo is None and published.time() == datetime.min.time():
        kind, value, shown = "DATE", published.date().isoformat(), published.date().isoformat()
    else:
        spec = "seconds" if published.second or published.microsecond else "minutes"
        kind, value = "TIME", published.replace(tzinfo=None).isoformat(timespec=spec)
        shown = published.isoformat()
    return (
        f'<TIMEX3 tid="{CREATION_TID}" type="{kind}" value="{value}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{shown}</TIMEX3>'
    )


def _xml(text: str) -> str:
    return escape(_NOT_XML.sub("\ufffd", text))
