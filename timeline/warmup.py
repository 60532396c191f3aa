"""Build what the stages build lazily before a client pays for it, once per serving process.

Patterns compile on import; dateparser loads its language data on its first call; and RE2,
which finds where rules may match, builds its automaton state by state as new text leads it to
new states: in a fresh process the example article took 3.2 ms to scan the first time and
0.13 ms the next. States learnt before a fork stay shared with the workers, and the first new
transition a worker writes into each of their pages copies that page: in a worker forked from
a warm master, an unseen article cost ~350 page faults (2.8 ms to find its expressions instead
of 0.9; 2.2x a warm request through gunicorn). So a process warms up in two steps: `warm_up`
before any fork (gunicorn's master), `warm_up_finder` in each process that serves, after it is
forked.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from timeline.context import make_reference
from timeline.lang import dateparser_tier, finder_for
from timeline.order import build_events
from timeline.read import find_expressions

# A paragraph with one of most kinds of expression, for `warm_up` to take through every stage.
WARM_UP_TEXT = (
    "On Friday, March 4, 2022, at 3 p.m., the minister said that the talks, begun two weeks "
    "ago and suspended last week, would resume next month, in the first quarter of 2023 or by "
    "Christmas. Prices have doubled since the 1990s; the board meets every Monday for three "
    "days. Recently the mood improved, and in the near future, perhaps in mid-2024, it may not."
)
# How much of CPython's documentation `warm_up_finder` reads: the gain levels off by then.
_PROSE_LIMIT = 256_000


@lru_cache(maxsize=1)
def warm_up() -> None:
    """Load dateparser's data and take a paragraph through every stage: what a process can
    share with the workers it forks."""
    reference = make_reference(datetime(2022, 3, 14), language="en", timezone=None, prefer="auto")
    dateparser_tier.warm_up(reference)
    build_events(WARM_UP_TEXT, find_expressions(WARM_UP_TEXT, "en"), reference)
    finder_for("en").find(WARM_UP_TEXT, strict_case=False)


def warm_up_finder() -> None:
    """Drive the finder's automaton through 250 KB of English prose (about 60 ms), in the
    process that will serve and after any fork: in a forked worker the example article's
    expressions then took 1.5 ms to find the first time, not 2.8 (and 1.4x a warm request
    through gunicorn). Not cached: a worker would inherit the mark from its master."""
    finder_for("en").find(english_prose())


def english_prose() -> str:
    """English prose that ships with CPython (`pydoc_data`), or "" where a trimmed Python
    lacks it: the warm-up needs varied prose, and none of ours is a text the tests or
    benchmarks read."""
    try:
        from pydoc_data.topics import topics
    except ImportError:
        return ""
    return "\n\n".join(topics.values())[:_PROSE_LIMIT]
