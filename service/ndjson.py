"""POST /v1/timelines with `application/x-ndjson`: one document per line in, one result per
line out, each written as soon as its line is complete, so an archive of any size goes through
in one request; only each line is bound by the body limit. With `?merge=true` the last line
out is `{"merged": {...}}`. A result's `index` is its line's 0-based index (blank lines are
skipped but counted).

The body is read in blocks of what has arrived (`read1` on our worker's input, see
`service.wsgi_input`), never a byte at a time, and may be gzip- or deflate-compressed. A
stream that cannot go on ends with one line in the error shape, `{"error": {...}}`, instead
of stopping mid-line: `server_stopping` when the worker is told to stop (send the lines after
the last answered one again), `body_timeout` or `malformed_body` when the client stalls or
breaks the framing, `internal_error` for a bug. A stream that ends without such a line, and
with `merged` when it was asked for, answered every line.

`parse_line` and `TOO_LONG` are public: `timeline batch` reads an archive's JSON lines with
them (`service.archive`), so a bad line gets the same error there as here.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

from flask import Response, current_app, request, stream_with_context
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException

from schemas.batch import MAX_MERGED_EVENTS, NDJSON
from service.encoding import check_json_charset, content_codings, decoded
from service.errors import error_code, error_document
from service.jsonprovider import encode
from service.lifecycle import Shutdown, shutdown_of
from service.outcomes import Outcome, dump, error_body, merge, process

BLOCK = 64 * 1024
# What `numbered_lines` yields for a line over the limit; `parse_line` answers it with
# body_too_large.
TOO_LONG = object()


def stream() -> Response:
    """The streamed answer; the options and the body's coding are checked before it starts."""
    merging = _merge_flag()
    codings = content_codings(request.headers.get("Content-Encoding"))
    check_json_charset(request.mimetype_params.get("charset"))
    limit: int = current_app.config["MAX_CONTENT_LENGTH"]
    lines = numbered_lines(decoded(_blocks(_body()), codings), limit)
    answer = _answer(lines, limit, merging, shutdown_of(request.environ))
    return Response(stream_with_context(answer), mimetype=NDJSON)


def _answer(
    lines: Iterator[tuple[int, object]], limit: int, merging: bool, shutdown: Shutdown | None
) -> Iterator[bytes]:
    seen: set[str] = set()
    kept: list[Outcome] | None = [] if merging else None
    events = 0
    answered = 0  # the index of the first line not answered yet
    try:
        for index, line in lines:
            if shutdown is not None and shutdown.requested:
                yield _stopping(answered)
                return
            outcome = process_line(index, line, limit, seen)
            if kept is not None and outcome[2] is not None:
                events += len(outcome[2].events)
                if events > MAX_MERGED_EVENTS:
                    kept = None  # let the held events go: the merged line will be an error
                else:
                    kept.append(outcome)
            yield _line(dump(outcome))
            answered = index + 1
    except HTTPException as exc:  # the body: stalled, broken framing, a bad compression
        if shutdown is not None and shutdown.requested:  # reading was cut to stop
            yield _stopping(answered)
        else:
            yield _line(error_document(error_code(exc), exc.description or str(exc)))
        return
    except Exception:
        current_app.logger.exception("NDJSON stream failed at line index %d", answered)
        yield _line(error_document("internal_error", "The server failed this stream."))
        return
    if merging:
        yield _line({"merged": merge(kept)} if kept is not None else _merge_too_large())


def _stopping(answered: int) -> bytes:
    message = (
        f"The server is stopping: the lines before index {answered} were answered; send the "
        f"lines from index {answered} on again."
    )
    return _line(error_document("server_stopping", message))


def _merge_too_large() -> dict[str, Any]:
    message = (
        f"merge=true holds at most {MAX_MERGED_EVENTS:,} events and this stream had more; "
        "every document's own result was answered above."
    )
    return error_document("answer_too_large", message)


def _line(document: dict[str, Any]) -> bytes:
    return encode(document, current_app.json)


def _body() -> IO[bytes]:
    """The body stream, with no total limit: only each line is bound."""
    if request.environ.get("wsgi.input_terminated"):  # gunicorn ends the body itself
        stream: IO[bytes] = request.environ["wsgi.input"]
        return stream
    request.max_content_length = sys.maxsize
    return request.stream


def _blocks(source: IO[bytes]) -> Iterator[bytes]:
    """The body in blocks of what has arrived (`read1`), or of up to `BLOCK` bytes."""
    read = getattr(source, "read1", None) or source.read
    while block := read(BLOCK):
        yield block


def numbered_lines(pieces: Iterable[bytes], limit: int) -> Iterator[tuple[int, object]]:
    """(0-based line index, bytes) for each non-blank line of the body; `TOO_LONG` in place
    of a line over `limit` bytes, which is skipped without being held."""
    number = 0  # lines complete so far: the index of the line being read
    line = bytearray()
    too_long = False
    for piece in pieces:
        start = 0
        while (end := piece.find(b"\n", start)) >= 0:
            if not too_long and len(line) + end - start <= limit:
                line += piece[start:end]
                if line.strip():
                    yield number, bytes(line)
            else:
                yield number, TOO_LONG
            number += 1
            line.clear()
            too_long, start = False, end + 1
        if not too_long:
            line += piece[start:]
            too_long = len(line) > limit
            if too_long:
                line.clear()
    if too_long or line.strip():
        yield number, TOO_LONG if too_long else bytes(line)


def _merge_flag() -> bool:
    unknown = [name for name in request.args if name != "merge"]
    if unknown:
        message = "With NDJSON the documents carry their fields; only `merge` is a query option."
        raise ValidationError({name: [message] for name in unknown})
    value = request.args.get("merge", "false").lower()
    if value not in ("true", "false", "1", "0"):
        raise ValidationError({"merge": ["Must be true or false."]})
    return value in ("true", "1")


def process_line(index: int, line: object, limit: int, seen: set[str] | None = None) -> Outcome:
    """One NDJSON line (bytes, or `TOO_LONG`) parsed and built as `outcomes.process` does."""
    raw, error = parse_line(line, limit)
    if error is not None:
        return index, None, None, error
    return process(index, raw, seen)


def parse_line(line: object, limit: int) -> tuple[Any, dict[str, Any] | None]:
    """The JSON value of one NDJSON line (bytes, or `TOO_LONG`), or the error it gets instead."""
    if line is TOO_LONG:
        return None, error_body("body_too_large", f"The line is over the limit of {limit:,} bytes.")
    assert isinstance(line, bytes)
    try:
        return json.loads(line), None
    except UnicodeDecodeError:
        return None, not_utf8()
    except (ValueError, RecursionError) as exc:
        return None, error_body("malformed_json", f"The line is not valid JSON: {exc}.")


def not_utf8() -> dict[str, Any]:
    """The error of input whose bytes are not UTF-8."""
    return error_body("invalid_encoding", "The line is not valid UTF-8.")
