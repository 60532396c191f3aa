"""What the benchmarks share: their articles, and the table of figures `make bench` prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from statistics import median

import pytest

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = BENCH_DIR.parent
# Read at bench time only, never copied into the repo.
EXAMPLE = PROJECT_ROOT.parent / "shared" / "examples" / "belarus-2022-03-14.txt"
SECTIONS = ("library", "linearity", "http", "cpu", "cold start", "memory")


@dataclass(frozen=True)
class Article:
    """A benchmark text and the date it was published."""

    name: str
    text: str
    published_ymd: tuple[int, int, int]

    @property
    def published(self) -> datetime:
        return datetime(*self.published_ymd)

    @property
    def words(self) -> int:
        return len(self.text.split())

    def published_on_round(self, index: int) -> datetime:
        """A different publish date on every round, so no cache keyed on it can help."""
        return self.published + timedelta(days=index % 3650)


def load_article(name: str) -> Article:
    """ "example", "short" or "long"; skips the test when the shared example is absent."""
    if name == "example":
        if not EXAMPLE.is_file():
            pytest.skip(f"the example article is not at {EXAMPLE} (a checkout of ../shared)")
        return Article("example", EXAMPLE.read_text(encoding="utf-8"), (2022, 3, 14))
    if name == "short":
        path = BENCH_DIR / "articles" / "short-council-budget.txt"
        return Article("short", path.read_text(encoding="utf-8"), (2023, 8, 23))
    path = BENCH_DIR / "articles" / "long-river-drought.txt"
    return Article("long", path.read_text(encoding="utf-8"), (2023, 8, 17))


@dataclass(frozen=True)
class Row:
    section: str
    label: str
    value: str
    target: str = ""
    met: bool | None = None


@dataclass
class Figures:
    """Rows of the final table, added by the benchmarks as they run."""

    context: str = ""
    rows: list[Row] = field(default_factory=list)

    def add(
        self, section: str, label: str, value: str, target: str = "", met: bool | None = None
    ) -> None:
        self.rows.append(Row(section, label, value, target, met))


FIGURES = Figures()


def render_table(figures: Figures) -> list[str]:
    """The table as lines of text: figure, value, target, and whether it is met."""
    rows = sorted(figures.rows, key=lambda row: SECTIONS.index(row.section))
    header = ("figure", "value", "target", "")
    cells = [header] + [
        (row.label, row.value, row.target, {True: "met", False: "MISSED", None: ""}[row.met])
        for row in rows
    ]
    widths = [max(len(cell[i]) for cell in cells) for i in range(3)]
    lines = [f"Benchmark figures ({figures.context})" if figures.context else "Benchmark figures"]
    for index, (label, value, target, verdict) in enumerate(cells):
        lines.append(
            f"{label:<{widths[0]}}  {value:>{widths[1]}}  {target:<{widths[2]}}  {verdict}".rstrip()
        )
        if index == 0:
            lines.append("-" * (sum(widths) + 12))
    return lines


def milliseconds(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def middle(samples: list[float]) -> float:
    """The median: on a shared machine the minimum flatters and the mean follows the noise."""
    return median(samples)
