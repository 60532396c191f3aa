"""The documents `timeline extract` reads: UTF-8 text files, or HTML pages reduced to their
main text (trafilatura), with the publish date their markup gives (htmldate)."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

_HTML_SUFFIXES = (".html", ".htm")
# htmldate keeps the time and offset when the page gives them, else midnight with no zone,
# which the schema reads as the date alone.
_PAGE_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


class InputError(Exception):
    """Input the command cannot use; the message is printed as is."""


@dataclass(frozen=True)
class Document:
    """A FILE's text, and the publish date its HTML metadata gives (None for plain text)."""

    text: str
    is_html: bool
    page_date: str | None = None


def load_document(name: str, want_date: bool) -> Document:
    try:
        raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read it: {exc.strerror or exc}") from exc
    if name.lower().endswith(_HTML_SUFFIXES) or _starts_with_markup(raw):
        return _from_page(raw, want_date)
    try:
        return Document(raw.decode("utf-8"), is_html=False)
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte offset {exc.start})") from exc


def _starts_with_markup(raw: bytes) -> bool:
    return raw.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"<")


def _from_page(raw: bytes, want_date: bool) -> Document:
    """The main text of an HTML page and, if wanted, the publish date its markup gives."""
    # Imported here: they take a while to load and plain text needs neither.
    import trafilatura
    from htmldate import find_date

    # Bytes, never str: htmldate downloads a str that looks like a URL. Both read the
    # page's own charset declaration.
    text = trafilatura.extract(raw, include_comments=False)
    if not text or text.isspace():
        raise InputError("found no article text in the page")
    # trafilatura ends each paragraph (and headline) with one line break, which the library
    # reads as a wrapped line; a blank line ends the sentence there, as in the page.
    text = re.sub(r"\n+", "\n\n", text.strip())
    page_date = None
    if want_date:
        # original_date: first publication, not the last update; no extensive_search, which
        # would guess from any date in the text.
        page_date = find_date(
            raw, original_date=True, extensive_search=False, outputformat=_PAGE_DATE_FORMAT
        )
    return Document(text, is_html=True, page_date=page_date)
