"""The example requests of the OpenAPI document, and the answers the code gives them.

Swagger UI's "Try it out" sends these requests as they are, so each must answer 200; the
answer examples are computed from them by the library, so they cannot show a value the
service would never give.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from schemas.requests import RESOLVE_REQUEST, TIMELINE_REQUEST
from schemas.responses import RESOLVE_RESPONSE, TIMELINE_RESPONSE
from service import export
from timeline import build_timeline, resolve_phrase

TEXT = (
    "Talks collapsed on Friday, two weeks after they began. Both sides will meet again "
    "next month, the mediators said this morning."
)
TIMELINE = {
    "text": TEXT,
    "published": "2022-03-14T09:30:00+03:00",
    "timezone": "Europe/Minsk",
    "title": "Talks collapse",
}
PAGE = (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n'
    "<title>Talks collapse | Example News</title>\n"
    '<meta property="og:title" content="Talks collapse">\n'
    '<meta property="article:published_time" content="2022-03-14T09:30:00+03:00">\n'
    '</head><body><nav><a href="/">Home</a></nav>\n'
    "<article><h1>Talks collapse</h1>\n"
    "<p>Talks collapsed on Friday, two weeks after they began.</p>\n"
    "<p>Both sides will meet again next month, the mediators said this morning.</p>\n"
    "</article></body></html>\n"
)
RESOLVE = {"phrase": "two weeks ago", "published": "2022-03-14"}
BATCH_DOCUMENTS: list[dict[str, Any]] = [
    {"id": "a", "text": "It rained on Friday.", "published": "2022-03-14"},
    {"id": 2, "text": "Snow fell yesterday.", "published": "2022-03-14"},
    {"text": "The thaw came in 2020.", "published": "2022-03-14"},
]
BATCH = {"merge": True, "documents": BATCH_DOCUMENTS}
BATCH_LINES = "".join(
    f'{{"id": "{doc_id}", "text": "{text}", "published": "2022-03-14"}}\n'
    for doc_id, text in (("a", "It rained on Friday."), ("b", "Snow fell yesterday."))
)
# What Duckling's README sends, with a fixed reference time (2022-03-14T09:30:00+01:00).
PARSE = {
    "text": "tomorrow at eight",
    "locale": "en_GB",
    "tz": "Europe/London",
    "reftime": "1647250200000",
    "dims": '["time"]',
}
# An ICS file's DTSTAMP is the moment it is made; the example's is fixed.
_STAMPED = datetime(2022, 3, 14, 9, 30, tzinfo=UTC)

# Bad requests, whose errors the document shows as the 422 examples.
INVALID_TIMELINE = {"text": TEXT, "publishd": "2022-03-14"}
INVALID_RESOLVE = {"phrase": "two weeks ago", "published": "14/03/2022"}
INVALID_BATCH = {"documents": [], "merj": True}
INVALID_PARSE = {"text": "tomorrow at eight", "reftime": "yesterday"}


def timeline_answers() -> dict[str, Any]:
    """The answer to `TIMELINE` in every format."""
    timeline = build_timeline(**TIMELINE_REQUEST.load(TIMELINE))
    return {
        "json": TIMELINE_RESPONSE.dump(timeline),
        "tsv": export.to_tsv(timeline),
        "timeml": export.to_timeml(timeline, TEXT),
        "ics": export.to_ics(timeline, TEXT, now=_STAMPED),
    }


def resolve_answers() -> dict[str, Any]:
    """The answer to `RESOLVE`."""
    args = RESOLVE_REQUEST.load(RESOLVE)
    return {
        "json": RESOLVE_RESPONSE.dump({"phrase": args["phrase"], "time": resolve_phrase(**args)})
    }


def batch_answers() -> dict[str, Any]:
    """The answer to `BATCH`; `service.batch` builds it, so it is the real one."""
    from service.batch import answer_batch  # the view's module imports this one

    return {"json": json.loads(answer_batch(BATCH_DOCUMENTS, merging=True))}


def parse_answers() -> dict[str, Any]:
    """The answer to `PARSE`, Duckling's README request."""
    from schemas.duckling import PARSE_REQUEST
    from service.duckling import parse_entities

    return {"json": parse_entities(PARSE_REQUEST.load(PARSE))}


def extract_answers() -> dict[str, Any]:
    """The answer to `PAGE` sent to POST /v1/extract."""
    from service.webpage import read_page

    page = read_page(PAGE.encode())
    return {
        "json": {"text": page.text, "title": page.title, "published": page.published, "url": None}
    }
