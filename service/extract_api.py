"""POST /v1/extract: an HTML page read as an article, as `POST /v1/timeline` reads a
text/html body, but answering the text itself, so a client can show and edit it first.

The page comes as the body, or (`POST /v1/extract/url`, JSON `{"url": ...}`) from a URL the
server fetches, a route that exists only when its operator turns fetching on
(`service.fetch`). The page at `/` uses it for uploaded files, pasted HTML
and URLs.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, request
from marshmallow import ValidationError

from schemas.extract import (
    EXTRACT_REQUEST,
    EXTRACT_RESPONSE,
    ExtractRequestSchema,
    ExtractResponseSchema,
)
from service import examples
from service.body import HTML, JSON, html_charset, read_body, read_fields, unsupported_media_type
from service.contract import Body, operation
from service.fetch import FetchLimits, fetch_page
from service.webpage import Page, PageError, read_page

extract = Blueprint("extract", __name__)
# Registered only when the operator turns fetching on, so that it is absent, not refused.
by_url = Blueprint("extract_url", __name__)

_PAGE = {
    "type": "string",
    "minLength": 1,
    "description": "An HTML page, as it was published; its own charset declaration is read.",
}


@extract.post("/extract")
@operation(
    formats=("json",),
    answers={"json": ExtractResponseSchema},
    errors=(400, 406, 413, 415, 422),
    bodies={HTML: Body(_PAGE, examples.PAGE)},
    examples=examples.extract_answers,
    invalid={"text": ["The page is no article: found no article text in the page."]},
)
def post_extract() -> dict[str, Any]:
    """An HTML page read as an article: its text, title and publish date.

    Send the page as a text/html body. The text is what `POST /v1/timeline` reads from the
    same page, so a timeline of it has the same offsets; `published` is null when the page
    names no date.
    """
    if request.mimetype != HTML:
        raise unsupported_media_type((HTML,))
    extra = [name for name in request.args if name != "format"]
    if extra:
        raise ValidationError({name: ["Not a parameter of this route."] for name in extra})
    charset = html_charset()
    return _answer(_read(read_body(), "text", charset), None)


@by_url.post("/extract/url")
@operation(
    formats=("json",),
    answers={"json": ExtractResponseSchema},
    errors=(400, 406, 413, 415, 422, 502, 504),
    bodies={JSON: Body(ExtractRequestSchema, {"url": "https://news.example/2022/03/14/talks"})},
    invalid={"adress": "https://news.example/2022/03/14/talks"},
    waits=True,
)
def post_extract_url() -> dict[str, Any]:
    """A page the server fetches by URL, read as an article.

    Served only when the operator sets TIMELINE_FETCH_URLS; bounded in size, time and
    redirects, and never fetched from a private or local address unless allowed. An HTML
    page is read as by `POST /v1/extract`; a plain-text page is its own text.
    """
    url = EXTRACT_REQUEST.load(read_fields("url", (JSON,)))["url"]
    fetched = fetch_page(url.strip(), FetchLimits.from_config(current_app.config))
    if fetched.mimetype == "text/plain":
        text = _decoded(fetched.body, fetched.charset)
        if not text.strip():
            raise ValidationError({"url": ["The page at the URL is empty."]})
        return _answer(Page(text, None, None), fetched.url)
    return _answer(_read(fetched.body, "url"), fetched.url)


def _decoded(raw: bytes, charset: str | None) -> str:
    """A fetched text page's characters; bytes its charset cannot read show as U+FFFD."""
    try:
        return raw.decode(charset or "utf-8", errors="replace")
    except LookupError:  # a charset Python does not know: UTF-8 is the web's default
        return raw.decode("utf-8", errors="replace")


def _read(raw: bytes, field: str, charset: str | None = None) -> Page:
    try:
        return read_page(raw, charset=charset)
    except PageError as exc:
        raise ValidationError({field: [f"The page is no article: {exc}."]}) from exc


def _answer(page: Page, url: str | None) -> dict[str, Any]:
    body: dict[str, Any] = EXTRACT_RESPONSE.dump(
        {"text": page.text, "title": page.title, "published": page.published, "url": url}
    )
    return body
