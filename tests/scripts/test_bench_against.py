"""The paired `make bench` runs against an earlier commit: the order, the row read, the sums."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bench.support import Figures, render_table
from scripts.bench_against import FLAT_OUT, PROJECT_ROOT, Run, orders, summarise, unpack


def test_each_side_runs_first_as_often_as_second() -> None:
    found = list(orders(3))
    assert [order[0] for order in found].count("base") == 3
    assert [order[0] for order in found].count("now") == 3
    assert all(sorted(order) == ["base", "now"] for order in found)


def test_the_flat_out_row_is_read_from_the_table_make_bench_prints() -> None:
    figures = Figures()
    figures.add("http", "POST /v1/timeline (example), 8 clients flat out: throughput",
                "1131 req/s", ">= 400 req/s", True)  # fmt: skip
    figures.add("http", "GET /healthz, 8 clients flat out: throughput", "4111 req/s")
    found = [FLAT_OUT.search(line) for line in render_table(figures)]
    assert [match.group(1) for match in found if match] == ["1131"]


def test_the_summary_pairs_neighbouring_runs(capsys: pytest.CaptureFixture[str]) -> None:
    runs = [Run("base", 1, 800, 1.0), Run("now", 2, 1000, 1.0),
            Run("now", 3, 900, 1.0), Run("base", 4, 1000, 1.0)]  # fmt: skip
    summarise(runs)
    printed = capsys.readouterr().out
    assert "pair ratios (now / base): 1.25, 0.90" in printed
    assert "now / base 1.056" in printed  # 1900 / 1800
    assert "geometric mean of the pair ratios: 1.061" in printed  # sqrt(1.25 * 0.9)


def test_the_baseline_is_unpacked_beside_the_shared_examples(tmp_path: Path) -> None:
    head = subprocess.run(["git", "-C", str(PROJECT_ROOT), "rev-parse", "HEAD"],
                          check=True, capture_output=True, text=True).stdout.strip()  # fmt: skip
    tree = unpack(head, tmp_path)
    assert (tree / "Makefile").is_file() and (tree / "bench" / "test_http.py").is_file()
    if (PROJECT_ROOT.parent / "shared").is_dir():
        assert (tree.parent / "shared" / "examples").is_dir()
    assert unpack(head, tmp_path) == tree  # a kept folder is reused, not unpacked again
