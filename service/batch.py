"""POST /v1/timelines: many documents per request, each failing on its own.

`application/json`: `{"documents": [...], "merge": false}`, at most `MAX_DOCUMENTS` and the
usual body limit; the answer lists one result per document in order, and is bound in size
(`MAX_BATCH_EXPRESSIONS`, `MAX_ANSWER_BYTES`): documents past the bound get the error
`answer_too_large` rather than silently growing the answer. `application/x-ndjson`: one
document per line in, one result per line out, streamed (`service.ndjson`).
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, request
from werkzeug.exceptions import UnsupportedMediaType

from schemas.batch import BATCH_ENVELOPE, MAX_ANSWER_BYTES, MAX_BATCH_EXPRESSIONS, NDJSON
from service import ndjson
from service.body import JSON, read_fields
from service.jsonprovider import encode
from service.lifecycle import shutdown_of
from service.outcomes import Outcome, dump, merge, process, refused

bp = Blueprint("batch", __name__)


@bp.post("/timelines")
def post_timelines() -> Response:
    """The timelines of many documents, as one JSON answer or a stream of NDJSON lines."""
    if request.mimetype == NDJSON:
        return ndjson.stream()
    if request.mimetype != JSON:
        raise UnsupportedMediaType(
            f"Content-Type {request.content_type or 'none'!r} is not accepted; "
            f"send {JSON} or {NDJSON}."
        )
    envelope = BATCH_ENVELOPE.load(read_fields("documents"))
    return _answer(envelope["documents"], envelope["merge"])


def _answer(documents: list[Any], merging: bool) -> Response:
    """The JSON answer, encoded one result at a time so that its size is known as it grows."""
    shutdown = shutdown_of(request.environ)
    weight = 2 if merging else 1  # merged events are answered a second time
    expressions = size = 0
    seen: set[str] = set()
    parts: list[bytes] = []
    kept: list[Outcome] = []
    for index, raw in enumerate(documents):
        if expressions > MAX_BATCH_EXPRESSIONS or size > MAX_ANSWER_BYTES:
            outcome = refused(index, raw, "answer_too_large", _too_large())
        elif shutdown is not None and shutdown.out_of_time():
            outcome = refused(index, raw, "server_stopping", _stopping())
        else:
            outcome = process(index, raw, seen)
        part = _encoded(outcome)
        timeline = outcome[2]
        if timeline is not None:
            expressions += weight * len(timeline.events)
            size += weight * len(part)
            if expressions > MAX_BATCH_EXPRESSIONS or size > MAX_ANSWER_BYTES:
                outcome = refused(index, raw, "answer_too_large", _too_large())
                part = _encoded(outcome)
            elif merging:
                kept.append(outcome)
        parts.append(part)
    merged = encode(merge(kept), current_app.json).rstrip() if merging else b"null"
    body = b'{"results":[' + b",".join(parts) + b'],"merged":' + merged + b"}\n"
    return Response(body, mimetype=JSON)


def _too_large() -> str:
    return (
        f"The answer to this batch reached its limit ({MAX_BATCH_EXPRESSIONS:,} expressions "
        f"or {MAX_ANSWER_BYTES:,} bytes, merged events counted twice); send this document "
        "and the ones after it in another request."
    )


def _stopping() -> str:
    return "The server is stopping; send this document and the ones after it again."


def _encoded(outcome: Outcome) -> bytes:
    return encode(dump(outcome), current_app.json).rstrip()
