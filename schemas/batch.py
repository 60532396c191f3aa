"""POST /v1/timelines: many documents in, one result per document out.

A bad document gets its own error in its result instead of failing the batch, so the
envelope is loaded first (`BATCH_ENVELOPE`) and each document on its own (`BATCH_DOCUMENT`).
"""

from __future__ import annotations

from typing import Any

from marshmallow import RAISE, Schema, fields, validate

from schemas.errors import ErrorBodySchema
from schemas.requests import TimelineRequestSchema
from schemas.responses import EventSchema, TimelineResponseSchema

# A JSON batch is also bound by the body limit (MAX_CONTENT_LENGTH, 1 MB by default).
MAX_DOCUMENTS = 100
NDJSON = "application/x-ndjson"
MAX_ID_LENGTH = 200
# What one JSON batch may answer: a document of 2,000 expressions answers about 1.7 MB, so
# without these a 1 MB request could ask for 100 MB and more. Documents past either bound get
# the error `answer_too_large` instead of a timeline (they are not even read), and can be
# sent again in another request; with `merge` every event is answered twice, so counts twice.
MAX_BATCH_EXPRESSIONS = 10_000
MAX_ANSWER_BYTES = 16_000_000
# An NDJSON stream with `?merge=true` holds this many events at most for its last line.
MAX_MERGED_EVENTS = 20_000


class BatchDocumentSchema(TimelineRequestSchema):
    """One document of a batch: a timeline request with an id."""

    id = fields.String(
        required=True,
        validate=validate.Length(min=1, max=MAX_ID_LENGTH),
        metadata={
            "description": "Your name for the document, unique in the batch.",
            "example": "a1",
        },
    )


class BatchRequestSchema(Schema):
    """POST /v1/timelines with a JSON body."""

    class Meta:
        unknown = RAISE

    documents = fields.List(
        fields.Nested(BatchDocumentSchema),
        required=True,
        validate=validate.Length(min=1, max=MAX_DOCUMENTS),
        metadata={"description": f"1 to {MAX_DOCUMENTS} documents."},
    )
    merge = fields.Boolean(
        load_default=False,
        metadata={"description": "Also answer one timeline merged across the documents."},
    )


class _BatchEnvelopeSchema(BatchRequestSchema):
    # The documents are checked one by one later, each failing alone.
    documents = fields.List(
        fields.Raw(), required=True, validate=validate.Length(min=1, max=MAX_DOCUMENTS)
    )


class BatchResultSchema(Schema):
    """The outcome of one document: its timeline, or its error."""

    id = fields.String(
        required=True, allow_none=True, metadata={"description": "null when it had no valid id."}
    )
    index = fields.Integer(
        required=True, metadata={"description": "Position in the batch (line number for NDJSON)."}
    )
    timeline = fields.Nested(TimelineResponseSchema, required=True, allow_none=True)
    error = fields.Nested(ErrorBodySchema, required=True, allow_none=True)


class MergedEventSchema(EventSchema):
    document = fields.String(required=True, metadata={"description": "The document's id."})


class MergedTimelineSchema(Schema):
    """The events of every document on one axis: dated ones by start, then undated ones."""

    events = fields.List(fields.Nested(MergedEventSchema), required=True)


class BatchResponseSchema(Schema):
    results = fields.List(fields.Nested(BatchResultSchema), required=True)
    merged = fields.Nested(
        MergedTimelineSchema,
        required=True,
        allow_none=True,
        metadata={"description": "null unless the request set `merge`."},
    )


BATCH_ENVELOPE = _BatchEnvelopeSchema()
BATCH_DOCUMENT = BatchDocumentSchema()
BATCH_RESULT = BatchResultSchema()


def document_id(raw: Any) -> str | None:
    """The id a raw document claims, if it is a usable one, to label its error."""
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        value: str = raw["id"]
        return value if 0 < len(value) <= MAX_ID_LENGTH else None
    return None
