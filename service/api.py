"""HTTP views: read the fields, validate them with the schema, call the library, dump."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, request
from werkzeug.datastructures import ImmutableMultiDict

from schemas.requests import RESOLVE_REQUEST, TIMELINE_REQUEST
from schemas.responses import HEALTH_RESPONSE, RESOLVE_RESPONSE, TIMELINE_RESPONSE
from service import export
from service.body import read_fields
from timeline import Timeline, build_timeline, resolve_phrase

bp = Blueprint("v1", __name__)
meta = Blueprint("meta", __name__)


@bp.post("/timeline")
def post_timeline() -> dict[str, Any] | Response:
    """The ordered timeline of an article, as JSON or the format `?format=`/Accept asks for."""
    form = _take_format()
    args = TIMELINE_REQUEST.load(read_fields("text"))  # exactly build_timeline's arguments
    timeline = build_timeline(**args)
    if form != "json":
        return _exported(form, timeline, args["text"])
    body: dict[str, Any] = TIMELINE_RESPONSE.dump(timeline)
    return body


def _take_format() -> str:
    """Pick the answer's format, removing `format` from the query so no schema sees it."""
    if "format" not in request.args:  # the usual request: no copy of the query to make
        return export.choose_format(None, request.accept_mimetypes)
    query = request.args.copy()
    form = export.choose_format(query.pop("format", None), request.accept_mimetypes)
    request.args = ImmutableMultiDict(query)
    return form


def _exported(form: str, timeline: Timeline, text: str) -> Response:
    content = {
        "tsv": lambda: export.to_tsv(timeline),
        "timeml": lambda: export.to_timeml(timeline, text),
        "ics": lambda: export.to_ics(timeline),
    }[form]()
    return Response(content, mimetype=export.MEDIA_TYPES[form])


@bp.post("/resolve")
def post_resolve() -> dict[str, Any]:
    """One phrase resolved against the publish date; `time` is null for a non-expression."""
    args = RESOLVE_REQUEST.load(read_fields("phrase"))  # exactly resolve_phrase's arguments
    time = resolve_phrase(**args)
    body: dict[str, Any] = RESOLVE_RESPONSE.dump({"phrase": args["phrase"], "time": time})
    return body


@meta.get("/healthz")
def get_health() -> dict[str, Any]:
    """Liveness: the app is up and the library imported."""
    body: dict[str, Any] = HEALTH_RESPONSE.dump({"status": "ok"})
    return body


@meta.get("/openapi.json")
def get_openapi() -> dict[str, Any]:
    """The OpenAPI document built by `create_app`."""
    document: dict[str, Any] = current_app.extensions["openapi"]
    return document
