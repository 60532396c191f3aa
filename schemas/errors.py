"""The one shape of every error the API returns: `{"error": {"code", "message", "fields"}}`."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from marshmallow import Schema, ValidationError, fields


class ErrorBodySchema(Schema):
    code = fields.String(
        required=True,
        metadata={
            "description": "Stable machine-readable slug: validation_error, malformed_json, "
            "malformed_form, invalid_encoding, malformed_body, bad_request, unauthorized, "
            "forbidden, not_found, method_not_allowed, not_acceptable, request_timeout, "
            "body_timeout, body_too_large, uri_too_long, unsupported_media_type, "
            "unsupported_charset, unsupported_content_encoding, expectation_failed, "
            "header_fields_too_large, internal_error, not_implemented, fetch_failed, "
            "server_stopping, too_many_streams, fetch_timeout; in a batch's results also "
            "answer_too_large and server_stopping.",
            "example": "validation_error",
        },
    )
    message = fields.String(required=True, metadata={"description": "For humans."})
    # Named `fields` on the wire; `fields_` here because Schema instances own a `fields` dict.
    fields_ = fields.Dict(
        data_key="fields",
        attribute="fields",
        keys=fields.String(),
        values=fields.List(fields.String()),
        required=True,
        metadata={
            "description": "The request fields at fault, each with its messages; empty when "
            "the fault is not in one field. `_schema` holds faults of the body as a whole.",
            "example": {"published": ["Missing data for required field."]},
        },
    )


class ErrorSchema(Schema):
    error = fields.Nested(ErrorBodySchema, required=True)


ERROR = ErrorSchema()


def field_errors(exc: ValidationError) -> dict[str, Any]:
    """The messages of `exc` by field name; faults of the whole input under `_schema`."""
    # marshmallow leaves normalized_messages unannotated.
    messages: dict[str, Any] = exc.normalized_messages()  # type: ignore[no-untyped-call]
    return messages


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """ " (did you mean 'published'?)" when `word` is close to one of `known`, else ""."""
    choices = {name.lower(): name for name in known}
    close = difflib.get_close_matches(word.lower(), list(choices), n=1, cutoff=0.6)
    return f" (did you mean {choices[close[0]]!r}?)" if close else ""
