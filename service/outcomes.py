"""One document of a batch (JSON, NDJSON, or an archive's record): its timeline or its own
error, and the merge of many documents' events onto one axis."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from marshmallow import ValidationError

from schemas.batch import BATCH_RESULT, DocumentId, document_id, load_document
from schemas.errors import field_errors
from schemas.responses import EventSchema
from timeline import Event, Timeline, TimelineError, build_timeline

_EVENT = EventSchema()

# (0-based index, the document's id if usable, its timeline, or its error)
Outcome = tuple[int, DocumentId | None, Timeline | None, dict[str, Any] | None]


def process(index: int, raw: Any, seen: set[str] | None = None) -> Outcome:
    """Build one document's timeline, or the error that document alone gets.

    A document without an id is known by its index. `seen` collects the ids so far, to
    refuse a duplicate; None skips that check (the archive path of `timeline batch`, whose
    partitions cannot see each other's ids).
    """
    try:
        if not isinstance(raw, dict):
            raise ValidationError("A document must be a JSON object.")
        args = load_document(raw)
        doc_id = index if args["id"] is None else args["id"]
        if seen is not None:
            if str(doc_id) in seen:
                taken = "is the index of another" if args["id"] is None else "is taken"
                raise ValidationError({"id": [f"Id {doc_id!r} {taken} in this batch."]})
            seen.add(str(doc_id))
        timeline = build_timeline(**{name: args[name] for name in args if name != "id"})
    except ValidationError as exc:
        fields = field_errors(exc)
        error = error_body("validation_error", "Invalid document.", fields)
        return index, document_id(raw, index), None, error
    except TimelineError as exc:
        error = error_body("validation_error", exc.message, {exc.field: [exc.message]})
        return index, document_id(raw, index), None, error
    return index, doc_id, timeline, None


def refused(index: int, raw: Any, code: str, message: str) -> Outcome:
    """The outcome of a document that was not read: the error alone."""
    return index, document_id(raw, index), None, error_body(code, message)


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
