"""Every error the service returns becomes JSON of one shape here, and only here.

The library raises `TimelineError` knowing nothing of HTTP; marshmallow raises
`ValidationError`; Werkzeug raises `HTTPException`. This module picks the status codes.
"""

from __future__ import annotations

import re
from typing import Any

from flask import Flask, Response, current_app, jsonify, request
from marshmallow import ValidationError
from werkzeug.exceptions import (
    BadRequest,
    HTTPException,
    RequestEntityTooLarge,
    RequestTimeout,
    UnsupportedMediaType,
)

from schemas.errors import ERROR, field_errors
from service.logsafe import printable
from timeline import TimelineError


class MalformedJson(BadRequest):
    """400: a JSON body that does not parse."""

    slug = "malformed_json"


class InvalidEncoding(BadRequest):
    """400: a body whose bytes are not in its charset (UTF-8 unless declared)."""

    slug = "invalid_encoding"


class MalformedForm(BadRequest):
    """400: a form body that does not parse."""

    slug = "malformed_form"


class MalformedBody(BadRequest):
    """400: a body whose framing or compression is broken (bad chunks, a cut gzip stream)."""

    slug = "malformed_body"


class BodyTimeout(RequestTimeout):
    """408: the client stopped sending the body it announced."""

    slug = "body_timeout"


class DecodedBodyTooLarge(RequestEntityTooLarge):
    """413: a compressed body that expands past the body limit."""


class UnsupportedContentEncoding(UnsupportedMediaType):
    """415: a Content-Encoding other than gzip, deflate or identity (RFC 7694 names the
    codings that would be accepted in Accept-Encoding)."""

    slug = "unsupported_content_encoding"

    def get_headers(self, *args: Any, **kwargs: Any) -> list[tuple[str, str]]:
        return [*super().get_headers(*args, **kwargs), ("Accept-Encoding", "gzip, deflate")]


class UnsupportedCharset(UnsupportedMediaType):
    """415: a declared charset that is not a text encoding, or not UTF-8 for JSON."""

    slug = "unsupported_charset"


def error_document(code: str, message: str, fields: Any = None) -> dict[str, Any]:
    """The one error shape, `schemas.errors.ErrorSchema`, as a dict: for Flask's replies and
    for the few the server itself writes before a request reaches the app."""
    document: dict[str, Any] = ERROR.dump(
        {"error": {"code": code, "message": message, "fields": fields or {}}}
    )
    return document


def error_response(status: int, code: str, message: str, fields: Any = None) -> Response:
    """A JSON error reply in the one shape of `schemas.errors.ErrorSchema`."""
    response = jsonify(error_document(code, message, fields))
    response.status_code = status
    return response


def register_error_handlers(app: Flask) -> None:
    """Install the handlers that turn every exception into an error reply."""
    app.register_error_handler(ValidationError, _on_invalid)
    app.register_error_handler(TimelineError, _on_refused)
    app.register_error_handler(RequestEntityTooLarge, _on_too_large)
    app.register_error_handler(HTTPException, _on_http)
    app.register_error_handler(Exception, _on_unexpected)


def _on_invalid(exc: ValidationError) -> Response:
    fields = field_errors(exc)
    return error_response(422, "validation_error", summarize(fields), fields)


def _on_refused(exc: TimelineError) -> Response:
    return error_response(422, "validation_error", exc.message, {exc.field: [exc.message]})


def _on_too_large(exc: RequestEntityTooLarge) -> Response:
    if isinstance(exc, DecodedBodyTooLarge) and exc.description:
        return error_response(413, "body_too_large", exc.description)
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    message = f"The request body is over the limit of {limit:,} bytes."
    return error_response(413, "body_too_large", message)


def _on_http(exc: HTTPException) -> Response:
    response = error_response(exc.code or 500, error_code(exc), exc.description or exc.name)
    # Keep headers the exception carries, such as Allow on a 405.
    for name, value in exc.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


def _on_unexpected(exc: Exception) -> Response:
    # A bug: log it whole for us, tell the client nothing about our code or paths.
    current_app.logger.exception(
        "Unhandled error on %s %s", printable(request.method), printable(request.path)
    )
    return error_response(500, "internal_error", "The server failed to handle this request.")


def summarize(fields: dict[str, Any]) -> str:
    """One line naming the fields at fault; a fault of the whole body speaks for itself."""
    named = [name for name in fields if name != "_schema"]
    if not named:
        messages = fields.get("_schema") or ["Invalid request."]
        return str(messages[0])
    return f"Invalid request: see {', '.join(named)}."


def error_code(exc: HTTPException) -> str:
    """The `code` an HTTP error gets in the error shape."""
    if isinstance(exc, RequestEntityTooLarge):
        return "body_too_large"
    return getattr(exc, "slug", None) or _slug(exc.name)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
