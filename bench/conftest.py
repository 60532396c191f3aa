"""Fixtures of the benchmarks, and the table of figures printed at the end of the run."""

from __future__ import annotations

import os
import platform

import pytest

from bench.support import EXAMPLE, FIGURES, Article, load_article, render_table


@pytest.fixture(params=["example", "short", "long"])
def article(request: pytest.FixtureRequest) -> Article:
    return load_article(str(request.param))


@pytest.fixture
def http_article() -> Article:
    """What the HTTP benchmarks post: the example article, or the long one without it."""
    return load_article("example" if EXAMPLE.is_file() else "long")


def pytest_sessionstart(session: pytest.Session) -> None:
    FIGURES.context = (
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.1f} at start"
    )


@pytest.hookimpl(trylast=True)  # after pytest-benchmark's own tables
def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if FIGURES.rows:
        terminalreporter.write_line("")
        for line in render_table(FIGURES):
            terminalreporter.write_line(line)
