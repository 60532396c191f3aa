"""Meanings -> TIMEX3 values against a situation: one resolver for every language.

Each meaning type has one function, in the module for its kind (`dates`, `days`, `counting`,
`clock`, `compose`), registered in `registry`; composed meanings resolve their parts first. No
words of any language appear here: what "last" or "Friday" says arrives as `Rel(-1)` and
`Weekday(4)`. A function returns None when the meaning names no real time (a 31st of
February, a date past the year 9999).
"""

from __future__ import annotations

# Importing each kind's module registers its resolvers.
from timeline.resolver import clock, compose, counting, dates, days  # noqa: F401
from timeline.resolver.counting import duration_value, offset_value
from timeline.resolver.registry import resolve, resolves

__all__ = ["duration_value", "offset_value", "resolve", "resolves"]
