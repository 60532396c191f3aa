"""The serving settings that gunicorn.conf.py and our worker read from the environment.

Read and checked once in gunicorn's master when it loads its config, so a bad value stops
the server at start with a message naming the variable, instead of every worker failing to
boot; the worker reads the same variables again after the fork.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

# A client gets this long to send its whole request head...
HEADER_TIMEOUT = 10.0
# ...and, once a request runs, this long between two pieces of its body, and to make room
# for the answer when its window is full; a buffered body must be whole within it too.
CLIENT_TIMEOUT = 30.0


@dataclass(frozen=True)
class ServingLimits:
    """How long clients may take, and how many long streams one worker serves at once."""

    threads: int
    max_streams: int
    header_timeout: float
    client_timeout: float

    @classmethod
    def from_environ(cls) -> ServingLimits:
        """The limits the environment sets; raises `ValueError` naming a bad variable."""
        threads = positive_int("TIMELINE_THREADS", 4)
        # At most half the threads for streams, so short requests always find one.
        streams = positive_int("TIMELINE_MAX_STREAMS", max(1, threads // 2))
        if streams >= threads:
            raise ValueError(
                f"TIMELINE_MAX_STREAMS ({streams}) must be below TIMELINE_THREADS ({threads}), "
                "so that a thread is left for short requests."
            )
        return cls(
            threads=threads,
            max_streams=streams,
            header_timeout=positive_float("TIMELINE_HEADER_TIMEOUT", HEADER_TIMEOUT),
            client_timeout=positive_float("TIMELINE_CLIENT_TIMEOUT", CLIENT_TIMEOUT),
        )


def positive_int(variable: str, default: int) -> int:
    """`variable` from the environment as a whole number above 0, or `default` if unset."""
    raw = os.environ.get(variable)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise ValueError(f"{variable} must be a whole number above 0, not {raw!r}.")
    return value


def positive_float(variable: str, default: float) -> float:
    """`variable` from the environment as a number of seconds above 0, or `default`."""
    raw = os.environ.get(variable)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not 0 < value < float("inf"):
        raise ValueError(f"{variable} must be a number of seconds above 0, not {raw!r}.")
    return value
