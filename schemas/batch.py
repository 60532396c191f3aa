"""POST /v1/timelines: many documents in, one result per document out.

A bad document gets its own error in its result instead of failing the batch, so the
envelope is loaded first (`BATCH_ENVELOPE`) and each document on its own (`BATCH_DOCUMENT`).
"""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, fields, missing, validate

from schemas.errors import ErrorBodySchema
from schemas.requests import StrictSchema, TimelineRequestSchema
from schemas.responses import (
    EventSchema,
    TextField,
    TimeField,
    TimelineResponseSchema,
    TimeSchema,
)

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
# Ids that are numbers stay within what every JSON reader holds exactly (a double's integers).
MAX_NUMERIC_ID = 2**53 - 1

DocumentId = str | int
_ID_FORMS = [
    {"type": "string", "minLength": 1, "maxLength": MAX_ID_LENGTH},
    {"type": "integer", "minimum": -MAX_NUMERIC_ID, "maximum": MAX_NUMERIC_ID},
]
_INDEX = (
    "The document's 0-based position in the request: its index in `documents` for JSON, "
    "its line's index for NDJSON (blank lines are skipped but counted)."
)


class DocumentIdField(fields.Field[DocumentId]):
    """A document id: a string of 1 to 200 characters, or a whole number, kept as given."""

    default_error_messages = {
        "type": f"Must be a string of 1 to {MAX_ID_LENGTH} characters or a whole number.",
        "range": f"A numeric id must lie within ±{MAX_NUMERIC_ID}.",
    }

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> DocumentId:
        if isinstance(value, str) and 0 < len(value) <= MAX_ID_LENGTH:
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            if abs(value) > MAX_NUMERIC_ID:
                raise self.make_error("range")
            return value
        raise self.make_error("type")


class BatchDocumentSchema(TimelineRequestSchema):
    """One document of a batch: a timeline request with an optional id."""

    id = DocumentIdField(
        load_default=None,
        metadata={
            "description": "Your name for the document, unique in the batch: a string or a "
            "number, answered as given. Without one, the document's `index` is its id.",
            "oneOf": _ID_FORMS,
            "example": "a1",
        },
    )


class BatchRequestSchema(StrictSchema):
    """POST /v1/timelines with a JSON body."""

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

    id = fields.Raw(
        required=True,
        allow_none=True,
        metadata={
            "description": "The id given, or the index when none was; null when the one "
            "given is not a usable id.",
            "oneOf": _ID_FORMS,
        },
    )
    index = fields.Integer(required=True, metadata={"description": _INDEX, "minimum": 0})
    timeline = fields.Nested(TimelineResponseSchema, required=True, allow_none=True)
    error = fields.Nested(ErrorBodySchema, required=True, allow_none=True)


class MergedTimeSchema(TimeSchema):
    anchor = TextField(
        required=True,
        metadata={"description": "`published`, or the merged id of an earlier event."},
    )


class MergedEventSchema(EventSchema):
    """An event of one document, its id (and anchor) prefixed with the document's id."""

    id = TextField(
        required=True,
        metadata={
            "description": "`<document id>:<event id>`, unique in the merge.",
            "example": "a:e1",
        },
    )
    time = TimeField(MergedTimeSchema, required=True)
    document = fields.Raw(
        required=True, metadata={"description": "The document's id.", "oneOf": _ID_FORMS}
    )


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

# (key in the input, key in the result, field) for each field `BATCH_DOCUMENT` loads.
_DOCUMENT_FIELDS = [
    (field.data_key or name, field.attribute or name, field)
    for name, field in BATCH_DOCUMENT.load_fields.items()
]
_DOCUMENT_KEYS = frozenset(key for key, _, _ in _DOCUMENT_FIELDS)
# The schema's own validators, which `load_document` runs as `Schema.load` does; a test
# checks that the schema has no other hook (no pre_load, post_load or field validator).
_DOCUMENT_VALIDATORS = ("_check_published_in_zone",)
_ID_FIELD = DocumentIdField()


def load_document(raw: dict[str, Any]) -> dict[str, Any]:
    """`BATCH_DOCUMENT.load(raw)`: the same result, or the same `ValidationError`.

    A document without fault is loaded field by field, through the schema's own fields and
    validators, without the schema's machinery around them (a third of the cost, which counts
    over an archive of millions). A document with any fault, or an unknown key, goes through
    `Schema.load` itself, so that its error names every fault exactly as it always has.
    """
    if raw.keys() <= _DOCUMENT_KEYS:
        try:
            args = {
                attribute: field.deserialize(raw.get(key, missing), key, raw)
                for key, attribute, field in _DOCUMENT_FIELDS
            }
            for name in _DOCUMENT_VALIDATORS:
                getattr(BATCH_DOCUMENT, name)(args)
        except ValidationError:
            pass
        else:
            return args
    loaded: dict[str, Any] = BATCH_DOCUMENT.load(raw)
    return loaded


def document_id(raw: Any, index: int) -> DocumentId | None:
    """The id a raw document claims (its index when it claims none), to label its result;
    None when the one it claims is unusable."""
    if not isinstance(raw, dict) or raw.get("id") is None:
        return index
    try:
        value: DocumentId | None = _ID_FIELD.deserialize(raw["id"])
    except ValidationError:
        return None
    return value
