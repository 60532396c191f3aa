"""A fault for the batch tests to inject, importable by the Dask workers they start."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin


class DieAfterPart(WorkerPlugin):
    """Kills its worker the first time a task of part `part` finishes, deterministically: the
    marker file says the death has happened, so the task's second run lives.

    It dies after the task wrote and renamed its part and before the scheduler hears of it,
    so the task runs again and writes the same part a second time.
    """

    name = "die-after-part"

    def __init__(self, part: int, marker: Path) -> None:
        self.part, self.marker = part, str(marker)

    def transition(self, key: Any, start: str, finish: str, *args: Any, **kwargs: Any) -> None:
        mine = str(key).startswith(f"timeline-part-{self.part:05d}-")
        if mine and (start, finish) == ("executing", "memory") and not os.path.exists(self.marker):
            Path(self.marker).touch()
            os._exit(1)
