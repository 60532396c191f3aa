"""HTTP views: read the fields, validate them with the schema, call the library, dump.

Each view declares its contract (`service.contract.operation`), from which the OpenAPI
document is built.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Flask, Response, current_app

from schemas.requests import (
    RESOLVE_REQUEST,
    TIMELINE_REQUEST,
    ResolveOptionsSchema,
    ResolveRequestSchema,
    TimelineOptionsSchema,
    TimelineRequestSchema,
)
from schemas.responses import (
    HEALTH_RESPONSE,
    RESOLVE_RESPONSE,
    TIMELINE_RESPONSE,
    HealthResponseSchema,
    ResolveResponseSchema,
    TimelineResponseSchema,
)
from service import examples, export
from service.body import HTML, JSON, PLAIN_TEXT, read_fields
from service.contract import Body, answer_format, operation
from service.openapi import build_openapi
from timeline import Timeline, build_timeline, resolve_phrase

bp = Blueprint("v1", __name__)
meta = Blueprint("meta", __name__)

TIMELINE_TYPES = (JSON, PLAIN_TEXT, HTML)
_TEXT = {"type": "string", "minLength": 1}
_PLAIN = {**_TEXT, "description": "The article, UTF-8; the other fields in the query string."}
_PAGE = {
    **_TEXT,
    "description": "An HTML page, read as `timeline extract` reads one: its article text, "
    "and its title and publish date unless the query string gives them.",
}
_EXPORT = {"type": "string"}


@bp.post("/timeline")
@operation(
    formats=("json", "tsv", "timeml", "ics"),
    answers={"json": TimelineResponseSchema, "tsv": _EXPORT, "timeml": _EXPORT, "ics": _EXPORT},
    errors=(400, 406, 413, 415, 422),
    bodies={
        JSON: Body(TimelineRequestSchema, examples.TIMELINE),
        PLAIN_TEXT: Body(_PLAIN, examples.TEXT),
        HTML: Body(_PAGE, examples.PAGE),
    },
    query=TimelineOptionsSchema,
    examples=examples.timeline_answers,
    invalid=examples.INVALID_TIMELINE,
)
def post_timeline() -> dict[str, Any] | Response:
    """The ordered timeline of an article.

    Send the fields as a JSON object; or the text as a text/plain body (UTF-8), or an HTML
    page as a text/html body, with the other fields in the query string. The answer is JSON,
    or TSV, TimeML or iCalendar when `format` or Accept asks for one.
    """
    args = TIMELINE_REQUEST.load(read_fields("text", TIMELINE_TYPES))
    timeline = build_timeline(**args)  # exactly build_timeline's arguments
    form = answer_format()
    if form != "json":
        return _exported(form, timeline, args["text"])
    body: dict[str, Any] = TIMELINE_RESPONSE.dump(timeline)
    return body


def _exported(form: str, timeline: Timeline, text: str) -> Response:
    content = {
        "tsv": lambda: export.to_tsv(timeline),
        "timeml": lambda: export.to_timeml(timeline, text),
        "ics": lambda: export.to_ics(timeline, text),
    }[form]()
    response = Response(content, mimetype=export.MEDIA_TYPES[form])
    response.headers.set(
        "Content-Disposition", "attachment", filename=export.file_name(timeline, form)
    )
    return response


@bp.post("/resolve")
@operation(
    formats=("json",),
    answers={"json": ResolveResponseSchema},
    errors=(400, 406, 413, 415, 422),
    bodies={
        JSON: Body(ResolveRequestSchema, examples.RESOLVE),
        PLAIN_TEXT: Body({**_TEXT, "description": "The phrase, UTF-8."}, "last week"),
    },
    query=ResolveOptionsSchema,
    examples=examples.resolve_answers,
    invalid=examples.INVALID_RESOLVE,
)
def post_resolve() -> dict[str, Any]:
    """Resolve one phrase against a publish date.

    `time` is null when the phrase is no time expression. Send the fields as a JSON object,
    or the phrase as a text/plain body with the other fields in the query string.
    """
    args = RESOLVE_REQUEST.load(read_fields("phrase"))  # exactly resolve_phrase's arguments
    time = resolve_phrase(**args)
    body: dict[str, Any] = RESOLVE_RESPONSE.dump({"phrase": args["phrase"], "time": time})
    return body


@meta.get("/healthz")
@operation(formats=("json",), answers={"json": HealthResponseSchema}, errors=(406,), tag="meta")
def get_health() -> dict[str, Any]:
    """Liveness: the app is up and the library imported."""
    body: dict[str, Any] = HEALTH_RESPONSE.dump({"status": "ok"})
    return body


@meta.get("/openapi.json")
@operation(formats=("json",), answers={"json": {"type": "object"}}, errors=(406,), tag="meta")
def get_openapi() -> dict[str, Any]:
    """This document: the routes, their bodies, answers and errors, built from the code."""
    return openapi_document(current_app)


def openapi_document(app: Flask) -> dict[str, Any]:
    """The app's OpenAPI document, built once, on first use."""
    document: dict[str, Any] | None = app.extensions["openapi"]
    if document is None:
        keys_on = bool(app.extensions["security"]["api_keys"])
        document = app.extensions["openapi"] = build_openapi(app, api_keys=keys_on)
    return document
