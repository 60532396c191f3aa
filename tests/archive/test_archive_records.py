"""The engine-free half of `timeline batch`: cutting files into blocks, reading records,
mapping them to documents and timelines to rows. No cluster here."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from service.archive import (
    IDENTITY,
    OUTCOME_DDL,
    OUTCOME_SCHEMA,
    Rows,
    Source,
    add_line,
    add_record,
    project,
    spark_outcomes,
    utc_micros,
)
from service.archive_read import (
    BLOCKS_PER_WORKER,
    MIN_BLOCK_SIZE,
    Block,
    Failed,
    LineCounter,
    block_size_for,
    plan_blocks,
    read_block,
)
from service.documents import InputError
from service.ndjson import TOO_LONG
from timeline import Timeline
from timeline.model import Event, Span, TimeValue

LINES = [b'{"a": 1}\n', b"\n", b'{"bb": 22}\r\n', b"x" * 40 + b"\n", b"{}\n", b'{"last": 0}']


@pytest.fixture
def jsonl(tmp_path: Path) -> str:
    path = tmp_path / "lines.jsonl"
    path.write_bytes(b"".join(LINES))
    return str(path)


@pytest.mark.parametrize("block_size", [1, 2, 7, 9, 10, 11, 23, 40, 64, 1000])
def test_every_line_has_exactly_one_block_wherever_the_cuts_fall(
    jsonl: str, block_size: int
) -> None:
    blocks = plan_blocks([jsonl], block_size, IDENTITY)
    read = [item for block in blocks for item in read_block(block, IDENTITY, limit=30)]
    counter = LineCounter(jsonl)
    read = [(_numbered(source, counter), item) for source, item in read]
    offsets = [sum(map(len, LINES[:i])) for i in range(len(LINES))]
    expected = [
        (Source(jsonl, offsets[i], i + 1), TOO_LONG if len(line) > 30 else line)
        for i, line in enumerate(LINES)
        if line.strip()
    ]
    assert read == expected


@pytest.mark.parametrize(
    ("sizes", "workers", "expected"),
    [
        ([100], 2, MIN_BLOCK_SIZE),  # a small archive: blocks of the least size
        ([40 * 2**20, 24 * 2**20], 2, 4 * 2**20),  # 64 MiB on 2 workers: 16 blocks of 4 MiB
        ([64 * 2**20], 1, 8 * 2**20),
        ([64 * 2**20 + 1], 1, 8 * 2**20),  # never past the largest
        ([20 * 2**20 + 5], 1, 20 * 2**20 // BLOCKS_PER_WORKER + 1),  # rounded up
        ([2**30], 4, 8 * 2**20),  # a large archive: the largest
    ],
)
def test_the_default_block_size_gives_each_worker_several_blocks(
    tmp_path: Path, sizes: list[int], workers: int, expected: int
) -> None:
    files = []
    for number, size in enumerate(sizes):
        path = tmp_path / f"part{number}.jsonl"
        with path.open("wb") as file:
            file.truncate(size)  # sparse: the size is all that counts
        files.append(str(path))
    assert block_size_for(files, workers, largest=8 * 2**20) == expected


def _numbered(source: Source, counter: LineCounter) -> Source:
    """`source` with its line number, counted as an error row would count it."""
    if source.line is not None:
        return source
    assert source.offset is not None
    return Source(source.file, source.offset, counter.line_at(source.offset))


def test_only_a_files_first_block_numbers_its_lines_as_it_reads(jsonl: str) -> None:
    first, *rest = plan_blocks([jsonl], 20, IDENTITY)
    assert all(source.line is not None for source, _ in read_block(first, IDENTITY, 30))
    later = [source for block in rest for source, _ in read_block(block, IDENTITY, 30)]
    assert later and all(source.line is None for source in later)


def test_an_error_row_counts_the_line_it_needs(jsonl: str) -> None:
    rows = Rows(locate=LineCounter(jsonl).line_at)
    add_line(rows, Source(jsonl, 22, None), b"{oops", IDENTITY, limit=30)
    assert rows.take_errors().to_pylist()[0]["source"] == {"file": jsonl, "offset": 22, "line": 4}


def test_a_line_over_the_limit_gets_the_api_error(jsonl: str) -> None:
    rows = Rows()
    add_line(rows, Source(jsonl, 0, 4), TOO_LONG, IDENTITY, limit=30)
    error = rows.take_errors().to_pylist()[0]
    assert (error["code"], error["message"]) == (
        "body_too_large",
        "The line is over the limit of 30 bytes.",
    )


def test_csv_rows_keep_quoted_newlines_and_fail_alone(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_bytes(
        b"id,text,published,extra\n"
        b'a,"two\nlines, on Friday",2022-03-14,\n'
        b"b,too,few\n"
        b"c,caf\xe9 on Monday,2022-03-14,x\n"
        b"d,,2022-03-14,\n"
    )
    [block] = plan_blocks([str(path)], 1 << 20, IDENTITY)
    read = list(read_block(block, IDENTITY, limit=1000))
    assert [source.line for source, _ in read] == [2, 3, 4, 5]
    first, short, latin, blank = (item for _, item in read)
    assert first == {"id": "a", "text": "two\nlines, on Friday", "published": "2022-03-14"} | {
        "language": None,
        "timezone": None,
        "title": None,
    }
    assert isinstance(short, Failed) and short.error["code"] == "malformed_csv"
    assert short.error["message"] == "The row has 3 fields; the header has 4."
    assert isinstance(latin, Failed) and latin.error["code"] == "invalid_encoding"
    assert blank["text"] is None  # an empty cell is absent: "Missing data for required field."


def test_parquet_row_groups_become_runs_and_rows_keep_their_numbers(tmp_path: Path) -> None:
    path = tmp_path / "news.parquet"
    table = pa.table({"id": [str(i) for i in range(10)], "text": ["x"] * 10})
    table = table.append_column("published", pa.array(["2022-03-14"] * 10))
    pq.write_table(table, path, row_group_size=2)
    blocks = plan_blocks([str(path)], 1, IDENTITY)
    assert [(b.start, b.stop, b.first_row) for b in blocks] == [(i, i + 1, 2 * i) for i in range(5)]
    read = [item for block in blocks for item in read_block(block, IDENTITY, limit=1000)]
    assert [(source.line, row["id"]) for source, row in read] == [
        (i + 1, str(i)) for i in range(10)
    ]


def test_a_plain_text_file_is_refused_before_the_job(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(InputError, match="cannot tell its format"):
        plan_blocks([str(tmp_path / "notes.txt")], 100, IDENTITY)


@pytest.mark.parametrize(
    ("raw", "document"),
    [
        ({"id": 7, "text": "t", "published": "2022-03-14"}, {"id": "7", "text": "t"}),
        ({"id": True, "text": "t"}, {"id": True, "text": "t"}),
        ({"id": "a", "text": None, "url": "u"}, {"id": "a"}),
        (
            {"id": "a", "published": datetime(1600, 1, 2, 3, 4)},
            {"published": "1600-01-02T03:04:00"},
        ),
        ([1, 2], [1, 2]),
    ],
)
def test_records_map_to_the_documents_the_api_takes(raw: Any, document: Any) -> None:
    mapped = project(raw, IDENTITY)
    if isinstance(document, dict):
        assert {k: v for k, v in mapped.items() if k in document} == document
        assert "url" not in mapped and None not in mapped.values()
    else:
        assert mapped == document


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(1970, 1, 1, 0, 0, 1), 1_000_000),
        (datetime(1970, 1, 1, 3, tzinfo=timezone(timedelta(hours=3))), 0),
        (
            datetime(1500, 6, 1, tzinfo=UTC),
            (datetime(1500, 6, 1) - datetime(1970, 1, 1)) // timedelta(microseconds=1),
        ),
        # Year 1 at +14:00 is in year 0 in UTC: out of `datetime`, not of Arrow.
        (
            datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14))),
            -62135596800_000_000 - 14 * 3600_000_000,
        ),
        (None, None),
    ],
)
def test_utc_micros_counts_any_moment(moment: datetime | None, expected: int | None) -> None:
    assert utc_micros(moment) == expected


_MOMENTS = [
    datetime(1970, 1, 1, 0, 0, 1),
    datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14))),
    datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-14))),
    datetime(1500, 3, 1, 12, tzinfo=ZoneInfo("Europe/Minsk")),  # local mean time: +01:50:16
    datetime(2022, 10, 30, 2, 30, fold=1, tzinfo=ZoneInfo("Europe/Berlin")),
    datetime(2022, 10, 30, 2, 30, tzinfo=UTC),
    None,
]


@pytest.mark.parametrize(
    "odd", [None, datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=1, microseconds=7)))]
)
def test_the_utc_columns_hold_what_utc_micros_counts(odd: datetime | None) -> None:
    """Arrow converts the moments of a column itself unless one has a zone it would get
    wrong (an offset with a fraction of a second): the same instants either way."""
    moments = [*_MOMENTS, odd]
    events = tuple(
        Event(f"e{n}", "x", Span(0, 1), "x", "x", Span(0, 1), TimeValue("DATE", "x", m, m))
        for n, m in enumerate(moments)
    )
    rows = Rows()
    rows.add_timeline("d", Timeline(published=datetime(2022, 1, 1), language="en", events=events))
    table = rows.take_events()
    expected = [utc_micros(moment) for moment in moments]
    assert table["start_utc"].cast(pa.int64()).to_pylist() == expected
    assert table["end_utc"].cast(pa.int64()).to_pylist() == expected
    assert table["start"].to_pylist() == [m and m.isoformat() for m in moments]


def test_spark_outcomes_gives_events_and_errors_in_one_schema() -> None:
    batch = pa.RecordBatch.from_pylist(
        [
            {
                "id": "a",
                "text": "It rained on Friday and snowed yesterday.",
                "published": "2022-03-14",
            },
            {"id": "b", "text": "It rained.", "published": "Monday"},
        ]
    )
    [out] = list(spark_outcomes([batch]))
    assert out.schema == OUTCOME_SCHEMA
    rows = out.to_pylist()
    events = [row for row in rows if row["code"] is None]
    assert [(row["doc_id"], row["value"]) for row in events] == [
        ("a", "2022-03-11"),
        ("a", "2022-03-13"),
    ]
    [failed] = [row for row in rows if row["code"] is not None]
    assert (failed["doc_id"], failed["code"], failed["value"]) == ("b", "validation_error", None)
    assert "published" in json.loads(failed["fields"])


def test_a_block_of_an_empty_file_reads_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    assert plan_blocks([str(tmp_path / "empty.jsonl")], 10, IDENTITY) == []
    block = Block(0, str(tmp_path / "empty.jsonl"), "jsonl", None, 0, 0)
    assert list(read_block(block, IDENTITY, limit=10)) == []


def test_the_spark_ddl_names_every_outcome_column_in_order() -> None:
    columns = [part.split()[0].strip("`") for part in OUTCOME_DDL.split(", ")]
    assert columns == OUTCOME_SCHEMA.names
    assert "`start_utc` TIMESTAMP" in OUTCOME_DDL and "`rank` INT" in OUTCOME_DDL


def test_a_document_the_library_fails_on_is_one_error_row(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import service.outcomes
    from timeline import build_timeline as real

    def fragile(text: str, *args: Any, **kwargs: Any) -> Any:
        if "boom" in text:
            raise IndexError("a bug")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(service.outcomes, "build_timeline", fragile)
    rows = Rows()
    for number, text in enumerate(["It rained on Friday.", "boom on Monday", "Snow fell today."]):
        raw = {"id": f"d{number}", "text": text, "published": "2022-03-14"}
        add_record(rows, Source("f.jsonl", 0, number + 1), raw, IDENTITY, record=None)
    assert (rows.timelines, rows.error_count) == (2, 1)
    [error] = rows.take_errors().to_pylist()
    assert (error["doc_id"], error["code"]) == ("d1", "internal_error")
    assert "IndexError: a bug" in caplog.text
