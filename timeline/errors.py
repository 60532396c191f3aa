"""Errors the library raises for input it cannot take; the service maps them to HTTP codes."""

from __future__ import annotations


class TimelineError(Exception):
    """Base of every error the library raises on purpose; `field` names the input at fault."""

    field = "text"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnsupportedLanguageError(TimelineError):
    field = "language"


class UnknownTimezoneError(TimelineError):
    field = "timezone"


class TooManyExpressionsError(TimelineError):
    """Raised rather than silently dropping expressions past the per-document limit."""

    field = "text"
