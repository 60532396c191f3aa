"""The side-by-side behind the README's comparison pairs both sides' finds by their place."""

from __future__ import annotations

from datetime import datetime

from scripts.compare_dateparser import compare, render

TEXT = "The vote was held on Friday, and we counted for three days."


def test_finds_are_paired_where_they_overlap_and_judged_by_the_day() -> None:
    rows = compare(TEXT, datetime(2022, 3, 14))
    verdicts = {(row.ours.phrase if row.ours else None): row.verdict for row in rows}
    assert verdicts["Friday"] == "same time"  # dateparser: "on Friday", 2022-03-11
    assert verdicts["three days"] == "differ"  # ours a duration, dateparser a day
    assert verdicts[None] == "dateparser only"  # "we" read as a Wednesday
    assert [row.start for row in rows] == sorted(row.start for row in rows)


def test_the_table_ends_with_the_counts() -> None:
    lines = render(compare(TEXT, datetime(2022, 3, 14)))
    assert lines[-1] == "same time: 1, differ: 1, ours only: 0, dateparser only: 1"
