"""The answers our gunicorn worker writes itself, before or instead of the app: in the one
JSON error shape, with an `X-Request-ID`, like every answer of the app.

They are for what never reaches Flask: a request head gunicorn refuses (400, 414, 431, 417,
501), a client too slow to send its head or body (408), a stream over the worker's share
(503). gunicorn's own are HTML pages without a request id.
"""

from __future__ import annotations

import json
import uuid

from gunicorn.http import errors as http_errors

from service.errors import error_document

REASONS = {
    400: "Bad Request",
    403: "Forbidden",
    408: "Request Timeout",
    413: "Content Too Large",
    414: "URI Too Long",
    417: "Expectation Failed",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    501: "Not Implemented",
    503: "Service Unavailable",
}
# gunicorn's refusals of a request head, by status, as its own worker maps them.
_REFUSALS: tuple[tuple[type[Exception], int, str], ...] = (
    (http_errors.LimitRequestLine, 414, "uri_too_long"),
    (http_errors.LimitRequestHeaders, 431, "header_fields_too_large"),
    (http_errors.ExpectationFailed, 417, "expectation_failed"),
    (http_errors.UnsupportedTransferCoding, 501, "not_implemented"),
    (http_errors.ForbiddenProxyRequest, 403, "forbidden"),
    (http_errors.ConfigurationProblem, 500, "internal_error"),
    (http_errors.ParseException, 400, "bad_request"),
)


def refusal(exc: BaseException) -> tuple[int, str] | None:
    """(status, code) for a request gunicorn's parser refused; None for anything else."""
    for kind, status, code in _REFUSALS:
        if isinstance(exc, kind):
            return status, code
    return None


def error_bytes(status: int, code: str, message: str, *, retry_after: int | None = None) -> bytes:
    """A whole HTTP/1.1 answer that closes the connection, with a fresh request id."""
    body = json.dumps(error_document(code, message), separators=(",", ":")).encode() + b"\n"
    headers = [
        f"HTTP/1.1 {status} {REASONS.get(status, 'Error')}",
        "Content-Type: application/json",
        f"Content-Length: {len(body)}",
        "Connection: close",
        f"X-Request-ID: {uuid.uuid4().hex}",
        "X-Content-Type-Options: nosniff",
    ]
    if retry_after is not None:
        headers.append(f"Retry-After: {retry_after}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + body
