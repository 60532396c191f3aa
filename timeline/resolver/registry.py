"""The table of resolvers: each meaning type's one function, registered by `@resolves` in the
modules beside this one, and `resolve`, which composed meanings call for their parts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from timeline.meaning import Meaning
from timeline.model import TimeValue
from timeline.situation import Situation

M = TypeVar("M", bound=Meaning)
Resolver = Callable[[Any, Situation], TimeValue | None]
_RESOLVERS: dict[type[Meaning], Resolver] = {}


def resolve(meaning: Meaning, situation: Situation) -> TimeValue | None:
    """The TIMEX3 value of `meaning` read in `situation`; None if it names no real time."""
    resolver = _RESOLVERS.get(type(meaning))
    return None if resolver is None else resolver(meaning, situation)


def resolves(kind: type[M]) -> Callable[[Callable[[M, Situation], TimeValue | None]], Resolver]:
    """Register the function that resolves meanings of type `kind`."""

    def register(function: Callable[[M, Situation], TimeValue | None]) -> Resolver:
        _RESOLVERS[kind] = function
        return function

    return register
