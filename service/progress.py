"""A progress bar on one line of stderr, for `timeline extract` over many files."""

from __future__ import annotations

import shutil
import sys

_BAR_WIDTH = 24


class Progress:
    """A bar on one line of stderr, redrawn in place; drawn only for many files on a terminal.

    Cleared before anything else is written, so it never mixes with results or errors.
    """

    def __init__(self, total: int, after: int) -> None:
        self.total = total
        self.drawn = 0
        self.enabled = total > after and sys.stderr.isatty()

    def show(self, done: int, name: str) -> None:
        if not self.enabled:
            return
        filled = _BAR_WIDTH * done // self.total
        line = f"[{'#' * filled}{'.' * (_BAR_WIDTH - filled)}] {done}/{self.total} {name}"
        line = line[: shutil.get_terminal_size().columns - 1]
        sys.stderr.write("\r" + line.ljust(self.drawn))
        sys.stderr.flush()
        self.drawn = len(line)

    def clear(self) -> None:
        if self.drawn:
            sys.stderr.write("\r" + " " * self.drawn + "\r")
            sys.stderr.flush()
            self.drawn = 0
