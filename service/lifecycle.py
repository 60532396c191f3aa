"""How a request learns that its worker is stopping, so that long work ends in an answer.

The worker puts one `Shutdown` in every request's environ under `SHUTDOWN_KEY`. When it is
told to stop (SIGTERM on a deploy, or its request quota reached), an NDJSON stream ends after
the document in hand with an error line that says where to resume, and a JSON batch answers
by `answer_by`, marking the documents it did not reach; nothing is cut off unannounced by the
worker being killed at the end of its graceful timeout.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

SHUTDOWN_KEY = "timeline.shutdown"
# The share of the graceful timeout that long work may still take once a stop is asked for;
# the rest is for the answer to be written and the connection closed.
WORK_SHARE = 0.5


class Shutdown:
    """Set once by the worker; read by any request thread."""

    def __init__(self) -> None:
        self._answer_by: float | None = None

    def begin(self, graceful_seconds: float) -> None:
        """Note that the worker stops, and will be killed `graceful_seconds` from now."""
        if self._answer_by is None:
            self._answer_by = time.monotonic() + WORK_SHARE * graceful_seconds

    @property
    def requested(self) -> bool:
        return self._answer_by is not None

    def out_of_time(self) -> bool:
        """Whether long work must stop now and answer with what it has."""
        return self._answer_by is not None and time.monotonic() >= self._answer_by


def shutdown_of(environ: Mapping[str, Any]) -> Shutdown | None:
    """The request's `Shutdown`, or None under a server that gives none (the test client)."""
    found = environ.get(SHUTDOWN_KEY)
    return found if isinstance(found, Shutdown) else None
