"""A timeline in other formats: TSV, TimeML, iCalendar and a plain table.

Pure functions of the library's `Timeline` (and, for TimeML, the text it was built from),
shared by the API's content negotiation and the CLI's `--format`.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from xml.sax.saxutils import escape, quoteattr

from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import NotAcceptable

from timeline import Event, Timeline

# Format name -> media type answered; the first is the default.
MEDIA_TYPES = {
    "json": "application/json",
    "tsv": "text/tab-separated-values",
    "timeml": "application/xml",
    "ics": "text/calendar",
}
_ACCEPTED = {**{media: name for name, media in MEDIA_TYPES.items()}, "text/xml": "timeml"}

TSV_COLUMNS = (
    "id", "phrase", "span_start", "span_end", "type", "value",
    "start", "end", "granularity", "anchor", "sentence",
)  # fmt: skip
# Characters XML 1.0 cannot carry at all; each becomes U+FFFD, so offsets stay as they were.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Runs of what some reader takes for a line or field break: every control character (C0,
# DEL, C1: tab, CR, LF, but also VT, FF, the separators 0x1C-0x1E and NEL, which Python's
# `splitlines` and spreadsheet programs break on) and the Unicode line and paragraph
# separators. A table cell or a calendar text keeps none of them raw.
_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_TIMED = {"second", "minute", "hour"}


def choose_format(query: str | None, accept: MIMEAccept) -> str:
    """The format asked for by `?format=`, else by the Accept header; JSON by default.

    Raises `NotAcceptable` (406) for an unknown `format` or an Accept header none can meet.
    """
    if query is not None:
        if query not in MEDIA_TYPES:
            raise NotAcceptable(f"Unknown format {query!r}: use one of {', '.join(MEDIA_TYPES)}.")
        return query
    if not accept:
        return "json"
    best = accept.best_match(list(_ACCEPTED))
    if best is None:
        raise NotAcceptable(
            f"None of the accepted types can be produced; ask for one of {', '.join(_ACCEPTED)}."
        )
    return _ACCEPTED[best]


def to_tsv(timeline: Timeline) -> str:
    """One header line, then one tab-separated line per event.

    In a cell, every run of control characters (tabs and line breaks included) and of Unicode
    line or paragraph separators becomes one space, so no reader splits a row or a cell.
    """
    rows = [TSV_COLUMNS]
    for event in timeline.events:
        time = event.time
        rows.append(
            (
                event.id,
                event.phrase,
                str(event.span.start),
                str(event.span.end),
                time.type,
                time.value,
                _iso(time.start),
                _iso(time.end),
                time.granularity or "",
                time.anchor,
                event.sentence,
            )  # fmt: skip
        )
    return "".join("\t".join(_one_line(cell) for cell in row) + "\n" for row in rows)


def to_timeml(timeline: Timeline, text: str) -> str:
    """The text with a `<TIMEX3>` around each expression, in a TimeML document.

    The publish date is the document creation time (`t0`); an expression overlapping an
    earlier one is left out, since XML elements cannot overlap.
    """
    parts: list[str] = []
    at = 0
    for number, event in enumerate(sorted(timeline.events, key=lambda e: e.span.start), 1):
        if event.span.start < at:
            continue
        parts.append(_xml(text[at : event.span.start]))
        attributes = f"tid={quoteattr(f't{number}')} type={quoteattr(event.time.type)}"
        attributes += f" value={quoteattr(_xml(event.time.value))}"
        phrase = _xml(text[event.span.start : event.span.end])
        parts.append(f"<TIMEX3 {attributes}>{phrase}</TIMEX3>")
        at = event.span.end
    parts.append(_xml(text[at:]))
    day = timeline.published.date().isoformat()
    creation = (
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" '
        f'functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<TimeML>\n{creation}\n<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n"
    )


def to_ics(timeline: Timeline, now: datetime | None = None) -> str:
    """An iCalendar file: an all-day VEVENT per event of a day or coarser, a timed one below.

    Durations, sets and vague references have no place in a calendar and are left out.
    """
    stamp = _ics_moment(now or datetime.now(UTC))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline-service//timeline//EN"]
    for event in timeline.events:
        if event.time.start is None or event.time.end is None:
            continue
        lines += ["BEGIN:VEVENT", f"UID:{_uid(timeline, event)}", f"DTSTAMP:{stamp}"]
        if event.time.granularity in _TIMED:
            lines.append(f"DTSTART:{_ics_moment(event.time.start)}")
            lines.append(f"DTEND:{_ics_moment(event.time.end)}")
        else:
            lines.append(f"DTSTART;VALUE=DATE:{event.time.start:%Y%m%d}")
            lines.append(f"DTEND;VALUE=DATE:{event.time.end:%Y%m%d}")
        lines.append(f"SUMMARY:{_ics_text(event.event or event.phrase)}")
        lines.append(f"DESCRIPTION:{_ics_text(event.sentence)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def to_table(timeline: Timeline) -> str:
    """Aligned columns for a terminal: value, type, interval, phrase."""
    rows = [("VALUE", "TYPE", "FROM", "TO", "PHRASE")]
    for event in timeline.events:
        time = event.time
        rows.append((time.value, time.type, _iso(time.start), _iso(time.end), event.phrase))
    widths = [max(len(_one_line(row[i])) for row in rows) for i in range(4)]
    return "".join(
        "  ".join(_one_line(cell).ljust(width) for cell, width in zip(row, widths, strict=False))
        + "  "
        + _one_line(row[4])
        + "\n"
        for row in rows
    )


def _iso(moment: datetime | None) -> str:
    return "" if moment is None else moment.isoformat()


def _one_line(cell: str) -> str:
    return _BREAKS.sub(" ", cell)


def _xml(text: str) -> str:
    return escape(_NOT_XML.sub("\ufffd", text))


def _uid(timeline: Timeline, event: Event) -> str:
    return f"{timeline.published:%Y%m%dT%H%M%S}-{event.id}-{event.span.start}@timeline-service"


def _ics_moment(moment: datetime) -> str:
    # An aware moment goes out in UTC; a naive one stays "floating" local time, as it came.
    if moment.tzinfo is not None:
        return f"{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    return f"{moment:%Y%m%dT%H%M%S}"


def _ics_text(text: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon and comma escaped, a line break written as `\\n`;
    the controls TEXT may not hold (all but tab) become spaces."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    text = _LINE_BREAK.sub("\\\\n", text)
    return _BREAKS.sub(_space_unless_tab, text)


def _space_unless_tab(run: re.Match[str]) -> str:
    return "".join("\t" if char == "\t" else " " for char in run[0])


def _fold(line: str) -> str:
    """RFC 5545: lines of at most 75 octets, continued with CRLF and a space."""
    pieces: list[str] = []
    current = ""
    for char in line:
        limit = 75 if not pieces else 74
        if len((current + char).encode()) > limit:
            pieces.append(current)
            current = ""
        current += char
    pieces.append(current)
    return "\r\n ".join(pieces)
