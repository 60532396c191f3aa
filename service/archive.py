"""Archive records in, Arrow rows out: the engine-free heart of `timeline batch`.

A record is one article as an archive holds it (a JSON line, a Parquet or CSV row) under the
archive's own column names; `project` maps them to ours, and each record then goes through
exactly what `POST /v1/timelines` does with one document (`service.outcomes`), so a bad record
gets the same error code and message. `Rows` collects the events and errors of one partition
and hands them out as Arrow tables. No engine here: Dask calls this from
`archive_write.process_block`, and Spark's `mapInArrow` can call `spark_outcomes` (see the
README).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import pyarrow as pa

from schemas.batch import document_id
from service.ndjson import parse_line
from service.outcomes import process
from timeline import Timeline

# Our field names, as the API takes them; the first three are required.
FIELDS = ("id", "text", "published", "language", "timezone", "title")
IDENTITY = {name: name for name in FIELDS}
# How much of a bad record its error row keeps.
RECORD_PREVIEW = 200
# What a document gets when the library raises what it should not: the API answers such a
# request with a 500 and this code.
LIBRARY_FAILED = {
    "code": "internal_error",
    "message": "The library failed on this document; the worker's log has the traceback.",
    "fields": {},
}

_log = logging.getLogger(__name__)

_UTC_MICROS = pa.timestamp("us", tz="UTC")
_EPOCH = datetime(1970, 1, 1)
_MICROSECOND = timedelta(microseconds=1)

EVENT_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("rank", pa.int32()),
        ("event_id", pa.string()),
        ("phrase", pa.string()),
        ("span_start", pa.int32()),
        ("span_end", pa.int32()),
        ("sentence_start", pa.int32()),
        ("sentence_end", pa.int32()),
        ("clause", pa.string()),
        ("type", pa.string()),
        ("value", pa.string()),
        ("start", pa.string()),
        ("end", pa.string()),
        ("start_utc", _UTC_MICROS),
        ("end_utc", _UTC_MICROS),
        ("granularity", pa.string()),
        ("anchor", pa.string()),
        ("published", pa.string()),
        ("language", pa.string()),
    ]
)
SOURCE_TYPE = pa.struct([("file", pa.string()), ("offset", pa.int64()), ("line", pa.int64())])
ERROR_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source", SOURCE_TYPE),
        ("code", pa.string()),
        ("message", pa.string()),
        ("fields", pa.string()),
        ("record", pa.string()),
    ]
)


@dataclass(frozen=True, slots=True)
class Source:
    """Where a record came from: its file, the byte offset of its line (JSON lines only) and
    its line number (for CSV and Parquet, its row number); None until an error row needs it,
    where finding it means reading the file up to the line (see `Rows`)."""

    file: str
    offset: int | None
    line: int | None


class Rows:
    """The events and errors of one partition: the events one list per column (in
    `EVENT_SCHEMA`'s order), the errors one tuple per row, until they are taken as Arrow
    tables. Columns of plain strings and integers, rather than a tuple per event, leave the
    garbage collector nothing to trace and Arrow one list to read per column."""

    def __init__(self, locate: Callable[[int], int] | None = None) -> None:
        """`locate` gives the line number at a byte offset, for a source that has none."""
        self.locate = locate
        self.columns: list[list[Any]] = [[] for _ in EVENT_SCHEMA]
        self.errors: list[tuple[Any, ...]] = []
        self.documents = self.timelines = self.event_count = self.error_count = 0

    @property
    def pending_events(self) -> int:
        return len(self.columns[0])

    def add_timeline(self, doc_id: str, timeline: Timeline) -> None:
        """One row per event, in the timeline's order (`rank` from 1)."""
        self.documents += 1
        self.timelines += 1
        events = timeline.events
        count = len(events)
        self.event_count += count
        (doc_ids, ranks, ids, phrases, span_starts, span_ends, sentence_starts, sentence_ends,
         clauses, types, values, starts, ends, starts_utc, ends_utc, granularities, anchors,
         published, languages) = self.columns  # fmt: skip
        doc_ids += [doc_id] * count
        ranks += range(1, count + 1)
        published += [timeline.published.isoformat()] * count
        languages += [timeline.language] * count
        for event in events:
            time, span, sentence = event.time, event.span, event.sentence_span
            ids.append(event.id)
            phrases.append(event.phrase)
            span_starts.append(span.start)
            span_ends.append(span.end)
            sentence_starts.append(sentence.start)
            sentence_ends.append(sentence.end)
            clauses.append(event.event)
            types.append(time.type)
            values.append(time.value)
            start, end = time.start, time.end
            starts.append(None if start is None else start.isoformat())
            ends.append(None if end is None else end.isoformat())
            starts_utc.append(start)  # the moments themselves, for `_utc_array`
            ends_utc.append(end)
            granularities.append(time.granularity)
            anchors.append(time.anchor)

    def add_error(
        self, doc_id: str | None, source: Source, error: Mapping[str, Any], record: str
    ) -> None:
        """One error row; `record` is cut to its first `RECORD_PREVIEW` characters."""
        self.documents += 1
        self.error_count += 1
        line = source.line
        if line is None and self.locate is not None and source.offset is not None:
            line = self.locate(source.offset)
        where = {"file": source.file, "offset": source.offset, "line": line}
        fields = json.dumps(error["fields"] or {})
        row = (doc_id, where, error["code"], error["message"], fields, record[:RECORD_PREVIEW])
        self.errors.append(row)

    def take_events(self) -> pa.Table:
        """The events collected since the last call, as a table; the columns start afresh."""
        columns, self.columns = self.columns, [[] for _ in EVENT_SCHEMA]
        return _table(columns, EVENT_SCHEMA)

    def take_errors(self) -> pa.Table:
        rows, self.errors = self.errors, []
        columns = [list(column) for column in zip(*rows, strict=True)] if rows else None
        return _table(columns or [[] for _ in ERROR_SCHEMA], ERROR_SCHEMA)


def add_line(
    rows: Rows, source: Source, line: object, fields: Mapping[str, str], limit: int
) -> None:
    """One JSON line (bytes, or `service.ndjson.TOO_LONG`): its events or its error."""
    raw, error = parse_line(line, limit)
    if error is not None:
        preview = line.decode("utf-8", "replace") if isinstance(line, bytes) else ""
        rows.add_error(None, source, error, preview.rstrip("\r\n"))
        return
    assert isinstance(line, bytes)
    add_record(rows, source, raw, fields, record=line.decode().rstrip("\r\n"))


# The error of a record that names no id.
MISSING_ID = {
    "code": "validation_error",
    "message": "Invalid document.",
    "fields": {"id": ["Missing data for required field."]},
}


def add_record(
    rows: Rows, source: Source, raw: Any, fields: Mapping[str, str], record: str | None
) -> None:
    """One parsed record under the archive's names: its events, or its error row.

    `record` is the text kept for an error; None means the record itself, as JSON.
    """
    document = project(raw, fields)
    try:
        _, doc_id, timeline, error = process(source.line or 0, document)
    except Exception:  # a bug of ours: one error row (its traceback logged), not a lost job
        _log.exception("Building the timeline of %s line %s failed", source.file, source.line)
        doc_id, timeline, error = document_id(document, source.line or 0), None, LIBRARY_FAILED
    if not isinstance(document, dict) or document.get("id") is None:
        # An archive's records carry their ids (the API may number a batch's documents; a
        # partition cannot number an archive's): the row is named by its file and line.
        doc_id = None
        if timeline is not None:
            timeline, error = None, MISSING_ID
    if timeline is not None and doc_id is not None:
        rows.add_timeline(str(doc_id), timeline)  # the archive's ids are strings, as read
        return
    assert error is not None
    if record is None:
        record = json.dumps(raw, ensure_ascii=False, default=str)
    rows.add_error(None if doc_id is None else str(doc_id), source, error, record)


def project(raw: Any, fields: Mapping[str, str]) -> Any:
    """The document a record describes, under our names (`fields` maps ours to the archive's).

    Columns not mapped are ignored, and a null counts as absent, as in a Parquet column. An
    integer id becomes its decimal string, a date or timestamp its ISO form, since columnar
    archives store them so. Anything else is left for the request schema to judge.
    """
    if not isinstance(raw, dict):
        return raw
    document = {}
    for ours, theirs in fields.items():
        value = raw.get(theirs)
        if value is not None:
            document[ours] = _normalise(ours, value)
    return document


def spark_outcomes(
    batches: Iterable[pa.RecordBatch], fields: Mapping[str, str] = IDENTITY
) -> Iterator[pa.RecordBatch]:
    """For Spark's `mapInArrow`: batches of articles in, batches of `OUTCOME_SCHEMA` out.

    That is the events' columns then `code`, `message`, `fields` and `record`: null on an
    event's row, set on the one row of a document that failed, whose other columns but
    `doc_id` are null. One pass of the library gives both outputs (see the README's recipe).
    """
    for batch in batches:
        rows = Rows()
        for number, raw in enumerate(batch.to_pylist(), 1):
            add_record(rows, Source("", None, number), raw, fields, record=None)
        errors = rows.take_errors().drop_columns(["source"])
        table = pa.concat_tables([rows.take_events(), errors], promote_options="default")
        yield from (
            table.select(OUTCOME_SCHEMA.names).cast(OUTCOME_SCHEMA).combine_chunks().to_batches()
        )


OUTCOME_SCHEMA = pa.schema(
    [*EVENT_SCHEMA, *(field for field in ERROR_SCHEMA if field.name not in ("doc_id", "source"))]
)
_SPARK_TYPES = {pa.string(): "STRING", pa.int32(): "INT", _UTC_MICROS: "TIMESTAMP"}
# `OUTCOME_SCHEMA` as the DDL string `mapInArrow` takes; names quoted, as `end` is reserved.
OUTCOME_DDL = ", ".join(f"`{field.name}` {_SPARK_TYPES[field.type]}" for field in OUTCOME_SCHEMA)


def utc_micros(moment: datetime | None) -> int | None:
    """Microseconds since 1970 in UTC; a naive moment counts as UTC, as the API's merge does.

    Integer arithmetic rather than `astimezone`, which overflows a moment near year 1 or 9999
    whose UTC reading is out of `datetime`'s range; Arrow holds it all the same.
    """
    if moment is None:
        return None
    if moment.tzinfo is None:
        return (moment - _EPOCH) // _MICROSECOND
    offset = moment.utcoffset() or timedelta(0)
    return (moment.replace(tzinfo=None) - _EPOCH - offset) // _MICROSECOND


def _normalise(name: str, value: Any) -> Any:
    if name == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _table(columns: list[list[Any]], schema: pa.Schema) -> pa.Table:
    arrays = []
    for field, values in zip(schema, columns, strict=True):
        if field.type == _UTC_MICROS:
            arrays.append(_utc_array(values))
        else:
            arrays.append(pa.array(values, field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def _utc_array(moments: list[datetime | None]) -> pa.Array:
    """`utc_micros` of each moment, as Arrow timestamps.

    Arrow converts the moments itself, in C, five times faster than `utc_micros` for an aware
    one, and to the same instant, naive or aware, year 1 or 9999, but for an offset with a
    fraction of a second, which it drops. No zone of ours has one (an IANA zone's offsets are
    whole seconds, an ISO 8601 offset whole minutes); a column with a zone of any other kind
    goes through `utc_micros`.
    """
    zones = {moment.tzinfo for moment in moments if moment is not None}
    if all(zone is None or _whole_seconds(zone) for zone in zones):
        return pa.array(moments, _UTC_MICROS)
    return pa.array([utc_micros(moment) for moment in moments], pa.int64()).cast(_UTC_MICROS)


def _whole_seconds(zone: tzinfo) -> bool:
    """Whether every offset of `zone` is a whole number of seconds, as far as its kind says."""
    if isinstance(zone, ZoneInfo):  # read from the tz database, which counts in seconds
        return True
    offset = zone.utcoffset(None) if isinstance(zone, timezone) else None
    return offset is not None and not offset.microseconds
