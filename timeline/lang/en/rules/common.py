"""Helpers the English rules share: numbers, units and relations read out of a match."""

from __future__ import annotations

from timeline.engine.records import Groups
from timeline.lang.en.words import (
    UNITS,
    lower_words,
    relation,
    singular,
)
from timeline.meaning import (
    Rel,
    Unit,
)


def integer(groups: Groups, name: str) -> int:
    return int(groups.get(name) or 0)


def said_relation(groups: Groups) -> Rel | None:
    """The relation a phrase names before its word ("last") or after it ("before last")."""
    return relation(groups.get("after")) or relation(groups.get("rel"))


def unit_of(word: str | None) -> Unit:
    return UNITS[singular(lower_words(word))]
