"""Every error the service returns becomes JSON of one shape here, and only here.

The library raises `TimelineError` knowing nothing of HTTP; marshmallow raises
`ValidationError`; Werkzeug raises `HTTPException`. This module picks the status codes.
"""

from __future__ import annotations

import re
from typing import Any

from flask import Flask, Response, current_app, jsonify, request
from marshmallow import ValidationError
from werkzeug.exceptions import BadRequest, HTTPException, RequestEntityTooLarge

from schemas.errors import ERROR, field_errors
from timeline import TimelineError


class MalformedJson(BadRequest):
    """400: a JSON body that does not parse."""

    slug = "malformed_json"


class InvalidEncoding(BadRequest):
    """400: a body whose bytes are not UTF-8."""

    slug = "invalid_encoding"


class MalformedForm(BadRequest):
    """400: a form body that does not parse."""

    slug = "malformed_form"


def error_response(status: int, code: str, message: str, fields: Any = None) -> Response:
    """A JSON error reply in the one shape of `schemas.errors.ErrorSchema`."""
    body = ERROR.dump({"error": {"code": code, "message": message, "fields": fields or {}}})
    response = jsonify(body)
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
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    message = f"The request body is over the limit of {limit:,} bytes."
    return error_response(413, "body_too_large", message)


def _on_http(exc: HTTPException) -> Response:
    slug = getattr(exc, "slug", None) or _slug(exc.name)
    response = error_response(exc.code or 500, slug, exc.description or exc.name)
    # Keep headers the exception carries, such as Allow on a 405.
    for name, value in exc.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


def _on_unexpected(exc: Exception) -> Response:
    # A bug: log it whole for us, tell the client nothing about our code or paths.
    current_app.logger.exception("Unhandled error on %s %s", request.method, request.path)
    return error_response(500, "internal_error", "The server failed to handle this request.")


def summarize(fields: dict[str, Any]) -> str:
    """One line naming the fields at fault; a fault of the whole body speaks for itself."""
    named = [name for name in fields if name != "_schema"]
    if not named:
        messages = fields.get("_schema") or ["Invalid request."]
        return str(messages[0])
    return f"Invalid request: see {', '.join(named)}."


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
