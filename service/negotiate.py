"""The answer's format, by one rule on every route: `?format=` in the query string, else the
Accept header, else the route's first format.

`format` is never a body field, whatever the body's type; a name or an Accept header the
route cannot answer gets 406.
"""

from __future__ import annotations

from collections.abc import Sequence

from flask import request
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.exceptions import NotAcceptable

from schemas.errors import did_you_mean
from service.export import MEDIA_TYPES

NDJSON = "application/x-ndjson"
# Format name -> the media type answered.
FORMATS = {**MEDIA_TYPES, "ndjson": NDJSON}
# Other names a client may put in Accept for a format.
_ALIASES = {"text/xml": "timeml"}


def choose_format(offered: Sequence[str]) -> str:
    """The format the request asks for among `offered` (names; the first is the default).

    Takes `format` out of the query string, so that no schema sees it. Raises
    `NotAcceptable` (406) for a name not offered, `format` given twice, or an Accept header
    none of them meets.
    """
    named = _take_format_parameter()
    if named is not None:
        if named not in offered:
            hint = "" if named in FORMATS else did_you_mean(named, offered)
            raise NotAcceptable(
                f"This request cannot be answered as {named!r}{hint}: "
                f"ask for {' or '.join(offered)}."
            )
        return named
    accept = request.accept_mimetypes
    if not accept:
        return offered[0]
    by_media = {FORMATS[name]: name for name in offered}
    by_media |= {alias: name for alias, name in _ALIASES.items() if name in offered}
    best = accept.best_match(list(by_media))
    if best is None:
        raise NotAcceptable(
            f"The Accept header {request.headers.get('Accept', '')!r} allows none of the "
            f"types this route answers: {', '.join(by_media)}."
        )
    return by_media[best]


def _take_format_parameter() -> str | None:
    if "format" not in request.args:  # the usual request: no copy of the query to make
        return None
    query = request.args.copy()
    values = query.poplist("format")
    request.args = ImmutableMultiDict(query)
    if len(values) > 1:
        raise NotAcceptable("`format` is given more than once; give one.")
    return values[0]
