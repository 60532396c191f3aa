"""A timeline in other formats: TSV, TimeML, iCalendar and a plain table.

Pure functions of the library's `Timeline` and the text it was built from, shared by the
API's content negotiation and the CLI's `--format`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from service import timeml
from timeline import Event, Timeline

# Format name -> media type answered; the first is the default.
MEDIA_TYPES = {
    "json": "application/json",
    "tsv": "text/tab-separated-values",
    "timeml": "application/xml",
    "ics": "text/calendar",
}
FILE_SUFFIXES = {"json": "json", "tsv": "tsv", "timeml": "tml", "ics": "ics"}

TSV_COLUMNS = (
    "id", "phrase", "span_start", "span_end", "type", "value",
    "start", "end", "granularity", "anchor", "event", "sentence",
)  # fmt: skip
# Runs of what some reader takes for a line or field break: every control character (C0,
# DEL, C1: tab, CR, LF, but also VT, FF, the separators 0x1C-0x1E and NEL, which Python's
# `splitlines` and spreadsheet programs break on) and the Unicode line and paragraph
# separators. A table cell or a calendar text keeps none of them raw.
_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
# The same but tab, CR and LF, which a TSV cell keeps inside its quotes (RFC 4180).
_UNQUOTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]+")
_QUOTED = re.compile('[\t\r\n"]')
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_TIMED = {"second", "minute", "hour"}
_FILE_STEM_LENGTH = 60


def document_key(timeline: Timeline, text: str) -> str:
    """16 hex digits naming the document: its text and publish moment, nothing else.

    The same article always gets the same key, so a calendar that imports it twice updates
    its events instead of doubling them; two articles never share one.
    """
    digest = hashlib.sha256(timeline.published.isoformat().encode())
    digest.update(b"\0" + text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def file_name(timeline: Timeline, form: str) -> str:
    """A download name: the title made safe for any file system, else the publish date."""
    folded = unicodedata.normalize("NFKD", timeline.title or "").encode("ascii", "ignore")
    stem = re.sub(r"[^a-z0-9]+", "-", folded.decode().lower()).strip("-")[:_FILE_STEM_LENGTH]
    stem = stem.strip("-") or f"timeline-{timeline.published:%Y-%m-%d}"
    return f"{stem}.{FILE_SUFFIXES[form]}"


def to_tsv(timeline: Timeline, leading: Sequence[tuple[str, str]] = (), header: bool = True) -> str:
    """A header line, then a line per event; `leading` columns (name, value) go first.

    Quoted by RFC 4180's rules, so a cell holding a tab, a line break or a double quote is
    read back whole by spreadsheets and Python's `csv` module; lines end with LF. Every other
    run of control characters, and of Unicode line or paragraph separators, becomes one
    space: quotes do not stop some readers from breaking a row on those.
    """
    rows = [[name for name, _ in leading] + list(TSV_COLUMNS)] if header else []
    values = [value for _, value in leading]
    rows += (values + _tsv_cells(event) for event in timeline.events)
    return "".join("\t".join(_tsv_cell(cell) for cell in row) + "\n" for row in rows)


def _tsv_cell(cell: str) -> str:
    """One cell as RFC 4180 quotes it: in double quotes, doubled inside, when it holds a tab,
    a line break or a double quote (a lone CR too, which Python's `csv` writer leaves bare
    when lines end with LF); other breaking characters are spaces by then."""
    cell = _UNQUOTABLE.sub(" ", cell)
    if _QUOTED.search(cell):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def _tsv_cells(event: Event) -> list[str]:
    time = event.time
    return [
        event.id, event.phrase, str(event.span.start), str(event.span.end), time.type,
        time.value, _iso(time.start), _iso(time.end), time.granularity or "", time.anchor,
        event.event, event.sentence,
    ]  # fmt: skip


def to_timeml(timeline: Timeline, text: str) -> str:
    """The TimeML 1.2.1 document of the timeline, its DOCID the document key."""
    return timeml.to_timeml(timeline, text, docid=document_key(timeline, text))


def to_ics(timeline: Timeline, text: str, now: datetime | None = None) -> str:
    """An iCalendar file of one document's events: see `to_ics_many`."""
    return to_ics_many([(timeline, text)], now)


def to_ics_many(documents: Iterable[tuple[Timeline, str]], now: datetime | None = None) -> str:
    """One calendar: an all-day VEVENT per event of a day or coarser, a timed one below.

    Each UID is the event id and the document key, unique across documents. Durations, sets
    and vague references have no place in a calendar and are left out.
    """
    stamp = _ics_moment(now or datetime.now(UTC))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline-service//timeline//EN"]
    documents = list(documents)
    if len(documents) == 1 and documents[0][0].title:
        lines.append(f"X-WR-CALNAME:{_ics_text(documents[0][0].title or '')}")
    for timeline, text in documents:
        key = document_key(timeline, text)
        lines += [line for event in timeline.events for line in _vevent(event, key, stamp)]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _vevent(event: Event, key: str, stamp: str) -> list[str]:
    start, end = event.time.start, event.time.end
    if start is None or end is None:
        return []
    lines = ["BEGIN:VEVENT", f"UID:{event.id}-{key}@timeline-service", f"DTSTAMP:{stamp}"]
    if event.time.granularity in _TIMED:
        lines += [f"DTSTART:{_ics_moment(start)}", f"DTEND:{_ics_moment(end)}"]
    else:
        lines += [f"DTSTART;VALUE=DATE:{start:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}"]
    lines.append(f"SUMMARY:{_ics_text(event.event or event.phrase)}")
    lines.append(f"DESCRIPTION:{_ics_text(event.sentence)}")
    lines.append("END:VEVENT")
    return lines


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
