"""POST /v1/timelines: many documents per request, each failing on its own.

`application/json`: `{"documents": [...], "merge": false}`, at most `MAX_DOCUMENTS` and the
usual body limit; the answer lists one result per document in order. `application/x-ndjson`:
one document per line in, one result per line out, streamed, so an archive of any size goes
through in one request; only each line is bound by the body limit. With `?merge=true` the
last line out is `{"merged": {...}}`. Either way `index` is the document's 0-based position,
and a document without an id is known by its index.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import IO, Any

from flask import Blueprint, Response, current_app, request, stream_with_context
from marshmallow import ValidationError

from schemas.batch import (
    BATCH_DOCUMENT,
    BATCH_ENVELOPE,
    BATCH_RESULT,
    NDJSON,
    BatchRequestSchema,
    BatchResponseSchema,
    DocumentId,
    document_id,
)
from schemas.errors import field_errors
from schemas.responses import EventSchema
from service import examples
from service.body import JSON, read_fields, unsupported_media_type
from service.contract import Body, operation
from timeline import Event, Timeline, TimelineError, build_timeline

bp = Blueprint("batch", __name__)

_EVENT = EventSchema()
# What `_lines` yields for a line over the limit; `process_line` answers it with body_too_large.
TOO_LONG = object()
_LINES = {"type": "string", "description": "One JSON object per line."}
_MERGE = {
    "name": "merge",
    "in": "query",
    "required": False,
    "schema": {"type": "boolean"},
    "description": f"Only with {NDJSON}; a JSON body carries `merge` itself.",
}


def _answerable() -> tuple[str, ...]:
    """A JSON batch is answered as JSON, an NDJSON stream as NDJSON."""
    return ("ndjson",) if request.mimetype == NDJSON else ("json",)


@bp.post("/timelines")
@operation(
    formats=("json", "ndjson"),
    offered=_answerable,
    answers={"json": BatchResponseSchema, "ndjson": _LINES},
    errors=(400, 406, 413, 415, 422),
    bodies={
        JSON: Body(BatchRequestSchema, examples.BATCH),
        NDJSON: Body(_LINES, examples.BATCH_LINES),
    },
    parameters=(_MERGE,),
    examples=examples.batch_answers,
    invalid=examples.INVALID_BATCH,
)
def post_timelines() -> Response | dict[str, Any]:
    """The timelines of many documents; a bad document fails alone.

    JSON: up to 100 documents within the body limit, answered in order. NDJSON: one document
    per line in, one result per line out, streamed; no total limit, each line within the body
    limit; `?merge=true` adds a last line `{"merged": {...}}`. `id` is optional (a string or
    a number); `index` is the 0-based position; merged event ids are prefixed with their
    document's id.
    """
    if request.mimetype == NDJSON:
        return _stream()
    if request.mimetype != JSON:
        raise unsupported_media_type((JSON, NDJSON))
    envelope = BATCH_ENVELOPE.load(read_fields("documents", (JSON,)))
    return answer_batch(envelope["documents"], envelope["merge"])


def answer_batch(documents: list[Any], merging: bool) -> dict[str, Any]:
    """The JSON answer to a batch of raw documents."""
    seen: set[str] = set()
    outcomes = [process_document(index, raw, seen) for index, raw in enumerate(documents)]
    return {
        "results": [_dump(outcome) for outcome in outcomes],
        "merged": merge(outcomes) if merging else None,
    }


Outcome = tuple[int, DocumentId | None, Timeline | None, dict[str, Any] | None]


def process_document(index: int, raw: Any, seen: set[str] | None = None) -> Outcome:
    """Build one document's timeline, or the error that document alone gets.

    `seen` collects the ids so far, to refuse a duplicate; None skips that check (the archive
    path of `timeline batch`, whose partitions cannot see each other's ids).
    """
    given_id = document_id(raw, index)
    try:
        if not isinstance(raw, dict):
            raise ValidationError("A document must be a JSON object.")
        args = BATCH_DOCUMENT.load(raw)
        doc_id = index if args["id"] is None else args["id"]
        if seen is not None:
            if str(doc_id) in seen:
                taken = "is the index of another" if args["id"] is None else "is taken"
                raise ValidationError({"id": [f"Id {doc_id!r} {taken} in this batch."]})
            seen.add(str(doc_id))
        timeline = build_timeline(**{name: args[name] for name in args if name != "id"})
    except ValidationError as exc:
        fields = field_errors(exc)
        return index, given_id, None, _error("validation_error", "Invalid document.", fields)
    except TimelineError as exc:
        error = _error("validation_error", exc.message, {exc.field: [exc.message]})
        return index, given_id, None, error
    return index, doc_id, timeline, None


def _error(code: str, message: str, fields: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"code": code, "message": message, "fields": fields or {}}


def _dump(outcome: Outcome) -> dict[str, Any]:
    index, doc_id, timeline, error = outcome
    body: dict[str, Any] = BATCH_RESULT.dump(
        {"id": doc_id, "index": index, "timeline": timeline, "error": error}
    )
    return body


def merge(outcomes: Iterable[Outcome]) -> dict[str, Any]:
    """One timeline of every document's events, each tagged with its document id.

    Event ids (and anchors that name an event) become `<document id>:<event id>`, unique
    across the batch as document ids are. Dated events by start (compared in UTC; a naive
    moment counts as UTC), then undated ones in document order.
    """
    tagged = [
        (doc_id, index, event)
        for index, doc_id, timeline, _ in outcomes
        if timeline is not None and doc_id is not None
        for event in timeline.events
    ]
    tagged.sort(key=lambda item: _merge_key(item[1], item[2]))
    return {"events": [_merged_event(doc_id, event) for doc_id, _, event in tagged]}


def _merged_event(doc_id: DocumentId, event: Event) -> dict[str, Any]:
    dumped: dict[str, Any] = _EVENT.dump(event)
    dumped["id"] = f"{doc_id}:{event.id}"
    if event.time.anchor != "published":
        dumped["time"] = {**dumped["time"], "anchor": f"{doc_id}:{event.time.anchor}"}
    dumped["document"] = doc_id
    return dumped


def _merge_key(index: int, event: Event) -> tuple[int, datetime, int, int]:
    start = event.time.start
    if start is None:
        return 1, datetime.min.replace(tzinfo=UTC), index, event.span.start
    utc = start.astimezone(UTC) if start.tzinfo else start.replace(tzinfo=UTC)
    return 0, utc, index, event.span.start


def _stream() -> Response:
    """One result line per document line, written as each document is done."""
    merging = _merge_flag()
    line_limit: int = current_app.config["MAX_CONTENT_LENGTH"]
    # The stream has no total limit; each line is bound instead (see `_lines`).
    request.max_content_length = sys.maxsize
    stream = request.stream

    def generate() -> Iterator[str]:
        seen: set[str] = set()
        kept: list[Outcome] = []
        for index, line in _lines(stream, line_limit):
            outcome = process_line(index, line, line_limit, seen)
            if merging and outcome[2] is not None:
                kept.append(outcome)
            yield json.dumps(_dump(outcome)) + "\n"
        if merging:
            yield json.dumps({"merged": merge(kept)}) + "\n"

    return Response(stream_with_context(generate()), mimetype=NDJSON)


def _merge_flag() -> bool:
    unknown = [name for name in request.args if name != "merge"]
    if unknown:
        message = "With NDJSON the documents carry their fields; only `merge` is a query option."
        raise ValidationError({name: [message] for name in unknown})
    value = request.args.get("merge", "false").lower()
    if value not in ("true", "false", "1", "0"):
        raise ValidationError({"merge": ["Must be true or false."]})
    return value in ("true", "1")


def process_line(index: int, line: object, limit: int, seen: set[str] | None = None) -> Outcome:
    """One NDJSON line (bytes, or `TOO_LONG`) parsed and built as `process_document` does."""
    raw, error = parse_line(line, limit)
    if error is not None:
        return index, None, None, error
    return process_document(index, raw, seen)


def parse_line(line: object, limit: int) -> tuple[Any, dict[str, Any] | None]:
    """The JSON value of one NDJSON line (bytes, or `TOO_LONG`), or the error it gets instead."""
    if line is TOO_LONG:
        return None, _error("body_too_large", f"The line is over the limit of {limit:,} bytes.")
    assert isinstance(line, bytes)
    try:
        return json.loads(line), None
    except UnicodeDecodeError:
        return None, not_utf8()
    except (ValueError, RecursionError) as exc:
        return None, _error("malformed_json", f"The line is not valid JSON: {exc}.")


def not_utf8() -> dict[str, Any]:
    """The error of input whose bytes are not UTF-8."""
    return _error("invalid_encoding", "The line is not valid UTF-8.")


def _lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, object]]:
    """(0-based line index, bytes) for each non-blank line; `TOO_LONG` for one over `limit`."""
    index = -1
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        index += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = stream.readline(limit + 1)
            yield index, TOO_LONG
        elif line.strip():
            yield index, line
