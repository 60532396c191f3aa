"""POST /v1/timelines: many documents per request, each failing on its own.

`application/json`: `{"documents": [...], "merge": false}`, at most `MAX_DOCUMENTS` and the
usual body limit; the answer lists one result per document in order, and is bound in size
(`MAX_BATCH_EXPRESSIONS`, `MAX_ANSWER_BYTES`): documents past the bound get the error
`answer_too_large` rather than silently growing the answer. `application/x-ndjson`: one
document per line in, one result per line out, streamed (`service.ndjson`). Either way
`index` is the document's 0-based position, and a document without an id is known by its
index (`service.outcomes`).
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, request

from schemas.batch import (
    BATCH_ENVELOPE,
    MAX_ANSWER_BYTES,
    MAX_BATCH_EXPRESSIONS,
    NDJSON,
    BatchRequestSchema,
    BatchResponseSchema,
)
from service import examples, ndjson
from service.body import JSON, read_fields, unsupported_media_type
from service.contract import Body, operation
from service.jsonprovider import encode
from service.lifecycle import Shutdown, shutdown_of
from service.outcomes import Outcome, dump, merge, process, refused

bp = Blueprint("batch", __name__)

_LINES = {"type": "string", "description": "One JSON object per line."}
_MERGE = {
    "name": "merge",
    "in": "query",
    "required": False,
    "schema": {"type": "boolean"},
    "description": f"Only with {NDJSON}; a JSON body carries `merge` itself.",
}


def _answerable() -> tuple[str, ...]:
    """A JSON batch is answered as JSON, an NDJSON stream as NDJSON."""
    return ("ndjson",) if request.mimetype == NDJSON else ("json",)


@bp.post("/timelines")
@operation(
    formats=("json", "ndjson"),
    offered=_answerable,
    answers={"json": BatchResponseSchema, "ndjson": _LINES},
    errors=(400, 406, 413, 415, 422),
    bodies={
        JSON: Body(BatchRequestSchema, examples.BATCH),
        NDJSON: Body(_LINES, examples.BATCH_LINES),
    },
    parameters=(_MERGE,),
    examples=examples.batch_answers,
    invalid=examples.INVALID_BATCH,
    streams=True,
)
def post_timelines() -> Response:
    """The timelines of many documents; a bad document fails alone.

    JSON: up to 100 documents within the body limit, answered in order; the documents past
    the answer's bounds (`max_batch_expressions` expressions, merged events counted twice, or
    `max_answer_bytes` bytes, in `x-limits`) get the error `answer_too_large`, to send again
    in another request. NDJSON: one document per line in, one result per line out as soon as
    its line is complete; no total limit, each line within the body limit; `?merge=true`
    adds a last line `{"merged": {...}}` (an `answer_too_large` error line past
    `max_merged_events` events). A stream that cannot go on ends with a line
    `{"error": {...}}`: `server_stopping`, `body_timeout`, `malformed_body`. `id` is optional
    (a string or a number); `index` is the 0-based position; merged event ids are prefixed
    with their document's id.
    """
    if request.mimetype == NDJSON:
        return ndjson.stream()
    if request.mimetype != JSON:
        raise unsupported_media_type((JSON, NDJSON))
    envelope = BATCH_ENVELOPE.load(read_fields("documents", (JSON,)))
    body = answer_batch(envelope["documents"], envelope["merge"], shutdown_of(request.environ))
    return Response(body, mimetype=JSON)


def answer_batch(documents: list[Any], merging: bool, shutdown: Shutdown | None = None) -> bytes:
    """The JSON answer to a batch of raw documents, encoded one result at a time so that its
    size is known as it grows; documents past a stop's deadline are marked, not dropped."""
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
    return b'{"results":[' + b",".join(parts) + b'],"merged":' + merged + b"}\n"


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
