"""One document of a batch (JSON or NDJSON): its timeline or its own error, and the merge
of many documents' events onto one axis."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from marshmallow import ValidationError

from schemas.batch import BATCH_DOCUMENT, BATCH_RESULT, document_id
from schemas.errors import field_errors
from schemas.responses import EventSchema
from timeline import Event, Timeline, TimelineError, build_timeline

_EVENT = EventSchema()

# (index or line number, the document's id if usable, its timeline, or its error)
Outcome = tuple[int, str | None, Timeline | None, dict[str, Any] | None]


def process(index: int, raw: Any, seen: set[str]) -> Outcome:
    """Build one document's timeline, or the error that document alone gets."""
    given_id = document_id(raw)
    try:
        if not isinstance(raw, dict):
            raise ValidationError("A document must be a JSON object.")
        args = BATCH_DOCUMENT.load(raw)
        if args["id"] in seen:
            raise ValidationError({"id": [f"Duplicate id {args['id']!r} in this batch."]})
        seen.add(args["id"])
        timeline = build_timeline(**{name: args[name] for name in args if name != "id"})
    except ValidationError as exc:
        fields = field_errors(exc)
        return index, given_id, None, error_body("validation_error", "Invalid document.", fields)
    except TimelineError as exc:
        error = error_body("validation_error", exc.message, {exc.field: [exc.message]})
        return index, given_id, None, error
    return index, args["id"], timeline, None


def refused(index: int, raw: Any, code: str, message: str) -> Outcome:
    """The outcome of a document that was not read: the error alone."""
    return index, document_id(raw), None, error_body(code, message)


def error_body(code: str, message: str, fields: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"code": code, "message": message, "fields": fields or {}}


def dump(outcome: Outcome) -> dict[str, Any]:
    """One result as the schema writes it."""
    index, doc_id, timeline, error = outcome
    body: dict[str, Any] = BATCH_RESULT.dump(
        {"id": doc_id, "index": index, "timeline": timeline, "error": error}
    )
    return body


def merge(outcomes: Iterable[Outcome]) -> dict[str, Any]:
    """One timeline of every document's events, each tagged with its document id.

    Dated events by start (compared in UTC; a naive moment counts as UTC), then undated ones
    in document order.
    """
    tagged = [
        (doc_id, index, event)
        for index, doc_id, timeline, _ in outcomes
        if timeline is not None and doc_id is not None
        for event in timeline.events
    ]
    tagged.sort(key=lambda item: _merge_key(item[1], item[2]))
    return {"events": [{**_EVENT.dump(event), "document": doc_id} for doc_id, _, event in tagged]}


def _merge_key(index: int, event: Event) -> tuple[int, datetime, int, int]:
    start = event.time.start
    if start is None:
        return 1, datetime.min.replace(tzinfo=UTC), index, event.span.start
    utc = start.astimezone(UTC) if start.tzinfo else start.replace(tzinfo=UTC)
    return 0, utc, index, event.span.start
