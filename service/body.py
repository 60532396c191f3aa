"""Read a request's fields from any body type, so the views see one dict.

`application/json`: the body is an object of fields. `text/plain`: the body is the one big
field (`text` or `phrase`) and the others come from the query string. `text/html` (for
timelines): the body is a page, read as the CLI reads one (`service.webpage`): its article
text, and its title and publish date unless the query string gives them. All end in the same
marshmallow schema, so every form accepts and refuses exactly the same things. Any of them
may come compressed (gzip, deflate), and a text body in its declared charset: see
`service.encoding`.
"""

from __future__ import annotations

import json
from typing import Any

from flask import request
from marshmallow import ValidationError
from werkzeug.exceptions import RequestEntityTooLarge, UnsupportedMediaType

from service.encoding import (
    check_json_charset,
    content_codings,
    decode_body,
    decode_text,
    text_charset,
)
from service.errors import InvalidEncoding, MalformedJson
from service.webpage import PageError, read_page

JSON = "application/json"
PLAIN_TEXT = "text/plain"
HTML = "text/html"
FORM = "application/x-www-form-urlencoded"
ACCEPTED_TYPES = (JSON, PLAIN_TEXT)

_JSON_KINDS = {
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
}


def unsupported_media_type(accepted: tuple[str, ...]) -> UnsupportedMediaType:
    """The 415 for a request whose Content-Type is none of `accepted`."""
    given = request.content_type or "none"
    return UnsupportedMediaType(
        f"Content-Type {given!r} is not accepted; send {' or '.join(accepted)}."
    )


def read_fields(body_field: str, accepted: tuple[str, ...] = ACCEPTED_TYPES) -> dict[str, Any]:
    """The request's fields; for text/plain the body becomes `body_field`.

    Raises `UnsupportedMediaType` (415: the type, its charset or the Content-Encoding),
    `MalformedJson`, `InvalidEncoding` or `MalformedBody` (400), `RequestEntityTooLarge`
    (413, before reading when the declared length is over the limit, or while reading or
    decompressing), or `ValidationError` (422) for a JSON body that is not an object, a
    query string that does not fit the form, or a page without article text.
    """
    if request.mimetype not in accepted:
        raise unsupported_media_type(accepted)
    declared = request.mimetype_params.get("charset")
    if request.mimetype == JSON:
        check_json_charset(declared)
        fields = _json_object(read_body())
        _refuse_query_string()
        return fields
    charset = text_charset(declared)
    fields = _query_fields(body_field)
    if request.mimetype == HTML:
        return _page_fields(read_body(), html_charset(), fields)
    fields[body_field] = decode_text(read_body(), charset)
    return fields


def html_charset() -> str | None:
    """The charset a text/html body declares in its Content-Type (415 for one that is no
    text encoding), which wins over the page's own, as in a browser; None when it declares
    none, and the page's own declaration is read."""
    declared = request.mimetype_params.get("charset")
    return text_charset(declared) if declared else None


def _page_fields(raw: bytes, charset: str | None, fields: dict[str, Any]) -> dict[str, Any]:
    """The query's fields, with the page's text, and its title and publish date where the
    query gives none: what the client says wins over what the page says."""
    try:
        page = read_page(raw, want_date="published" not in fields, charset=charset)
    except PageError as exc:
        raise ValidationError({"text": [f"The page is no article: {exc}."]}) from exc
    if "published" not in fields and page.published is None:
        raise ValidationError(
            {"published": ["The page names no publish date; give one in the query string."]}
        )
    defaults = {"published": page.published, "title": page.title}
    return {"text": page.text} | {k: v for k, v in defaults.items() if v is not None} | fields


def read_body() -> bytes:
    """The whole body, its content codings undone; 413 past `MAX_CONTENT_LENGTH` as sent or
    as decoded, streamed (chunked) bodies included.

    The codings are checked before a byte is read, so an unknown one is refused at once.
    Werkzeug refuses a declared Content-Length over the limit before reading, but a body
    without one is only cut at the limit, silently; one more byte from the server's stream
    tells it was longer.
    """
    codings = content_codings(request.headers.get("Content-Encoding"))
    raw = request.get_data(cache=False)
    limit = request.max_content_length
    if limit is not None and request.content_length is None and len(raw) >= limit:
        if request.environ["wsgi.input"].read(1):
            raise RequestEntityTooLarge()
    return decode_body(raw, codings, limit)


def _json_object(raw: bytes) -> dict[str, Any]:
    if not raw.strip():
        raise MalformedJson("The body is empty; send a JSON object of the request fields.")
    try:
        data = json.loads(raw)
    except UnicodeDecodeError as exc:
        raise InvalidEncoding(f"The JSON body is not valid UTF-8: {exc.reason}.") from exc
    except RecursionError as exc:
        raise MalformedJson("The JSON body is nested too deeply.") from exc
    except ValueError as exc:  # JSONDecodeError, and int() refusing a 5000-digit number
        raise MalformedJson(f"The body is not valid JSON: {exc}.") from exc
    if not isinstance(data, dict):
        kind = _JSON_KINDS.get(type(data), "null")
        raise ValidationError(f"The JSON body must be an object of the request fields, not {kind}.")
    return data


def _refuse_query_string() -> None:
    if request.args:
        raise ValidationError(
            {
                name: [
                    "Query parameters are read only with Content-Type text/plain; "
                    "put this field in the JSON body."
                ]
                for name in request.args
            }
        )


def _query_fields(body_field: str) -> dict[str, Any]:
    errors: dict[str, list[str]] = {}
    if body_field in request.args:
        errors[body_field] = [
            f"With Content-Type text/plain the {body_field} is the body, not a query parameter."
        ]
    for name, values in request.args.lists():
        if len(values) > 1:
            errors[name] = ["Given more than once."]
    if errors:
        raise ValidationError(errors)
    return dict(request.args.items())
