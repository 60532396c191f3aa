"""An HTML page read as an article: its main text, its title and its publish date.

Shared by `POST /v1/timeline` (Content-Type text/html) and `timeline extract`, so a page
gives the same timeline either way. The text is trafilatura's (navigation, footers and
comments left out). The publish date is the first the page states, in this order:
`article:published_time` (or microdata `datePublished`) in a `<meta>`, JSON-LD
`datePublished`, a `<time datetime>` (marked as the publication's, else in the article,
else the first); only then htmldate's guess from the rest, the URL included. A date in the
URL carries no time of day, so it comes last. The markup's dates have no earliest year: an
archive page from 1987 keeps its date. htmldate's guesses are kept from 1990, the first
year its patterns know (its own default floor is 1995).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from lxml.html import HtmlElement

# htmldate keeps the time and offset when the page gives them, else midnight with no zone.
_GUESS_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_DATE_ONLY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_META = (
    '//meta[@property="article:published_time" or @name="article:published_time" '
    'or @itemprop="datePublished"]/@content'
)
_TIMES = (
    '//time[@datetime][@pubdate or @itemprop="datePublished"]/@datetime',
    "//article//time/@datetime",
    "//time/@datetime",
)
_JSON_LD = '//script[@type="application/ld+json"]/text()'
_MAX_JSON_DEPTH = 20


class PageError(ValueError):
    """The page has no article text to read."""


@dataclass(frozen=True)
class Page:
    """What a page gives: `published` as the API takes it (ISO date or date-time), or None."""

    text: str
    title: str | None
    published: str | None


def read_page(raw: bytes, want_date: bool = True, charset: str | None = None) -> Page:
    """Read an HTML page given as bytes, so the libraries read its own charset declaration;
    a `charset` the page came with (an HTTP Content-Type's) wins over it, as in a browser,
    bytes it cannot read showing as U+FFFD.

    Raises `PageError` when it holds no article text.
    """
    # Imported here: they take a while to load, and only pages need them.
    import trafilatura
    from htmldate.utils import load_html

    page: bytes | str = raw if charset is None else raw.decode(charset, errors="replace")
    text = trafilatura.extract(page, include_comments=False)
    if not text or text.isspace():
        raise PageError("found no article text in the page")
    # trafilatura ends each paragraph (and headline) with one line break, which the library
    # reads as a wrapped line; a blank line ends the sentence there, as in the page.
    text = re.sub(r"\n+", "\n\n", text.strip())
    tree = load_html(page)
    if tree is None:
        return Page(text, None, None)
    metadata = trafilatura.extract_metadata(tree, date_config=_guess_settings())
    title = (metadata.title or "").strip() or None
    published = (_stated_date(tree) or metadata.date) if want_date else None
    return Page(text, title, published)


def _guess_settings() -> dict[str, Any]:
    """htmldate's settings for the last resort: the first publication, no guessing from the
    text, any year from 1000 (htmldate's own floor is 1995), the URL after the markup."""
    return {
        "original_date": True,
        "extensive_search": False,
        "outputformat": _GUESS_FORMAT,
        "min_date": datetime(1000, 1, 1),
        # A page dated in the zones ahead of the server's may be "tomorrow" here.
        "max_date": datetime.combine(date.today() + timedelta(days=2), time()),
        "deferred_url_extractor": True,
    }


def _stated_date(tree: HtmlElement) -> str | None:
    """The first publish date the markup states outright, in the order of the module doc."""
    for value in _candidates(tree):
        parsed = parse_moment(value)
        if parsed is not None:
            return parsed
    return None


def _candidates(tree: HtmlElement) -> Iterator[str]:
    yield from (str(value) for value in tree.xpath(_META))
    for script in tree.xpath(_JSON_LD):
        try:
            data = json.loads(str(script))
        except (ValueError, RecursionError):  # broken JSON-LD is common; skip it
            continue
        yield from _json_ld_dates(data, 0)
    for query in _TIMES:
        yield from (str(value) for value in tree.xpath(query))


def _json_ld_dates(data: Any, depth: int) -> Iterator[str]:
    """Every `datePublished` string in JSON-LD, in document order (`@graph` included)."""
    if depth > _MAX_JSON_DEPTH:
        return
    if isinstance(data, dict):
        value = data.get("datePublished")
        if isinstance(value, str):
            yield value
        for item in data.values():
            yield from _json_ld_dates(item, depth + 1)
    elif isinstance(data, list):
        for item in data:
            yield from _json_ld_dates(item, depth + 1)


def parse_moment(value: str) -> str | None:
    """An ISO 8601 (or RFC 2822) date or moment as the API's `published` takes it."""
    value = value.strip()
    if _DATE_ONLY.fullmatch(value):
        try:
            return datetime.fromisoformat(value).date().isoformat()
        except ValueError:
            return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    return moment.isoformat()
