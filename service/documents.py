"""The documents `timeline extract` reads: UTF-8 text files, or HTML pages reduced to their
main text, with the title and publish date their markup gives (`service.webpage`)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from service.webpage import PageError, read_page

_HTML_SUFFIXES = (".html", ".htm")


class InputError(Exception):
    """Input the command cannot use; the message is printed as is."""


@dataclass(frozen=True)
class Document:
    """A FILE's text, and the publish date and title its HTML metadata gives (None for text)."""

    text: str
    is_html: bool
    page_date: str | None = None
    title: str | None = None


def load_document(name: str, want_date: bool) -> Document:
    """Read FILE `name` (- for standard input); raises `InputError` when it cannot be used."""
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
    """The main text of an HTML page, its title, and (if wanted) the publish date it states."""
    try:
        page = read_page(raw, want_date=want_date)
    except PageError as exc:
        raise InputError(str(exc)) from exc
    return Document(page.text, is_html=True, page_date=page.published, title=page.title)
