"""The archive's files cut into blocks, and the records of one block read back.

Planning runs once, where the job is started: it lists the inputs (local paths, or fsspec
URLs such as s3:// once the filesystem package is installed), tells each file's format by its
name, and cuts it into blocks. Reading runs in the task that owns a block, which parses each of
its records itself: a line that does not parse is one error row, never a failed job (a reader
such as Dask's `read_json` fails the whole read on one).

- JSON lines (`.jsonl`, `.ndjson`): byte ranges of about `block_size`. A block owns the lines
  that start after its first byte and at or before its last, so every line has exactly one
  owner wherever the cuts fall. Compressed (`.gz`) files cannot be cut: one block each.
- Parquet: runs of whole row groups of about `block_size` bytes (uncompressed).
- CSV (`.csv`, `.csv.gz`): a quoted field may hold a newline, so a cut can fall inside a
  record: one block per file.
"""

from __future__ import annotations

import glob
import os
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any

import fsspec
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from fsspec.implementations.local import LocalFileSystem

from service.archive import RECORD_PREVIEW, Source
from service.documents import InputError
from service.ndjson import TOO_LONG, not_utf8

REQUIRED = ("id", "text", "published")
_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".csv": "csv"}
_CHUNK = 1 << 20
# Rows per batch read from Parquet and CSV: enough to amortise Arrow's calls.
_BATCH_ROWS = 1024


@dataclass(frozen=True, slots=True)
class Block:
    """One task's share of the archive: `start`/`stop` are byte offsets for JSON lines, row
    group numbers for Parquet (`first_row` rows come before), unused for CSV."""

    index: int
    url: str
    form: str
    compression: str | None
    start: int
    stop: int
    first_row: int = 0


@dataclass(frozen=True, slots=True)
class Failed:
    """A record that could not even be read as one: its error, and the text to show."""

    error: dict[str, Any]
    record: str


def expand_inputs(inputs: Sequence[str]) -> list[str]:
    """Every file the inputs name: a file, a directory (the archive files in it, recursively)
    or a glob pattern. Raises `InputError` for one that names nothing."""
    found: list[str] = []
    for given in inputs:
        fs, path = fsspec.core.url_to_fs(given)
        local = isinstance(fs, LocalFileSystem)
        if glob.has_magic(path):
            matches = sorted(fs.glob(path))
        elif fs.isdir(path):
            matches = sorted(p for p in fs.find(path) if _format_of(p))
        elif fs.isfile(path):
            matches = [path]
        else:
            raise InputError(f"{given}: no such file or directory")
        if not matches:
            raise InputError(f"{given}: names no archive file")
        found += [os.path.abspath(p) if local else fs.unstrip_protocol(p) for p in matches]
    return found


# Blocks per worker the default block size aims at on a small archive, and the least it goes
# down to (a task of 1 MiB, some 450 articles, still spends well under 1 % on its own setup).
BLOCKS_PER_WORKER = 8
MIN_BLOCK_SIZE = 2**20


def block_size_for(files: Sequence[str], workers: int, largest: int) -> int:
    """The default block size for `workers` workers: `largest`, or less for an archive too
    small to give each worker `BLOCKS_PER_WORKER` blocks of it.

    The job ends with its last block, and a worker that has finished waits for the others:
    with few blocks per worker that wait is a large share (20,000 articles in 11 blocks of
    4 MiB on 2 workers: one did 6, the other 5 and then waited). With 8 blocks each it is at
    most an eighth of a worker's share, and a worker that a busy machine slows hands the
    others its later blocks.
    """
    total = 0
    for url in files:
        fs, path = fsspec.core.url_to_fs(url)
        total += fs.size(path)
    share = -(-total // (max(workers, 1) * BLOCKS_PER_WORKER))
    return max(MIN_BLOCK_SIZE, min(largest, share))


def plan_blocks(files: Sequence[str], block_size: int, fields: Mapping[str, str]) -> list[Block]:
    """The blocks of every file, numbered in order. Raises `InputError` for a file of unknown
    format, or a Parquet or CSV file that lacks a required column."""
    blocks: list[Block] = []
    for url in files:
        found = _format_of(url)
        if found is None:
            raise InputError(
                f"{url}: cannot tell its format; name it .jsonl, .ndjson or .csv (each may be "
                ".gz), or .parquet"
            )
        form, compression = found
        for block in _blocks_of(url, form, compression, block_size, fields):
            blocks.append(Block(len(blocks), *block))
    return blocks


class UnreadableInput(Exception):
    """A file that cannot be read or decompressed where a task reads it. It fails the job, as
    Spark does by default: a file of which part is lost would be a silent loss."""


def read_block(block: Block, fields: Mapping[str, str], limit: int) -> Iterator[tuple[Source, Any]]:
    """(where, what) for each record of `block`: the bytes of a JSON line (or
    `service.ndjson.TOO_LONG`), a row as a dict under the archive's names, or `Failed`.

    Raises `UnreadableInput`, naming the file, when it cannot be read.
    """
    if block.form == "jsonl":
        records = _json_lines(block, limit)
    elif block.form == "parquet":
        records = _parquet_rows(block, fields)
    else:
        records = _csv_rows(block, fields)
    try:
        yield from records
    except (OSError, EOFError, zlib.error, pa.ArrowException) as exc:
        raise UnreadableInput(f"{block.url}: {exc}") from exc


def _format_of(url: str) -> tuple[str, str | None] | None:
    """(format, compression) by the file's name; None when the name tells neither."""
    name = url.lower()
    compression = "gzip" if name.endswith(".gz") else None
    form = _FORMATS.get(os.path.splitext(name.removesuffix(".gz"))[1])
    if form is None or (form == "parquet" and compression):
        return None
    return form, compression


def _blocks_of(
    url: str, form: str, compression: str | None, size: int, fields: Mapping[str, str]
) -> Iterator[tuple[str, str, str | None, int, int, int]]:
    if form == "jsonl" and compression is None:
        length = fsspec.core.url_to_fs(url)[0].size(url)
        for start in range(0, length, size):
            yield url, form, None, start, min(start + size, length), 0
    elif form == "parquet":
        with fsspec.open(url, "rb") as file:
            metadata = pq.ParquetFile(file).metadata
        _check_columns(url, metadata.schema.names, fields)
        yield from _row_group_runs(url, metadata, size)
    else:
        if form == "csv":
            with fsspec.open(url, "rb", compression=compression) as file:
                _check_columns(url, _csv_reader(file, {}).schema.names, fields)
        yield url, form, compression, 0, 0, 0


def _row_group_runs(
    url: str, metadata: Any, size: int
) -> Iterator[tuple[str, str, None, int, int, int]]:
    start = rows = first_row = weight = 0
    for group in range(metadata.num_row_groups):
        weight += metadata.row_group(group).total_byte_size
        rows += metadata.row_group(group).num_rows
        if weight >= size or group == metadata.num_row_groups - 1:
            yield url, "parquet", None, start, group + 1, first_row
            start, first_row, weight = group + 1, rows, 0


def _check_columns(url: str, names: Sequence[str], fields: Mapping[str, str]) -> None:
    missing = [fields[name] for name in REQUIRED if fields[name] not in names]
    if missing:
        raise InputError(
            f"{url}: no column {', '.join(map(repr, missing))} (it has {', '.join(names)}); "
            "map yours with --field, e.g. --field text=maintext"
        )


def _json_lines(block: Block, limit: int) -> Iterator[tuple[Source, Any]]:
    """Lines of a block past a file's first have no line number (None): counting it means
    reading the file up to there, so only an error row pays for it (`LineCounter`)."""
    with fsspec.open(block.url, "rb", compression=block.compression) as file:
        at = 0 if block.start == 0 else _next_line_start(file, block.start)
        file.seek(at)
        number = 1 if at == 0 else None
        for line, length in _lines(file, limit):
            if block.compression is None and at > block.stop:
                return
            if line is not None:
                yield Source(block.url, at, number), line
            at += length
            number = None if number is None else number + 1


def _lines(file: IO[bytes], limit: int) -> Iterator[tuple[object, int]]:
    """(line, bytes it spans) for each line: None for a blank one, `TOO_LONG` past `limit`."""
    while True:
        line = file.readline(limit + 1)
        if not line:
            return
        length = len(line)
        if length > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = file.readline(limit + 1)
                length += len(line)
            yield TOO_LONG, length
        else:
            yield (line if line.strip() else None), length


def _next_line_start(file: IO[bytes], offset: int) -> int:
    """The first line start after `offset`: one past the first newline at or after it."""
    file.seek(offset)
    at = offset
    while chunk := file.read(_CHUNK):
        found = chunk.find(b"\n")
        if found >= 0:
            return at + found + 1
        at += len(chunk)
    return at


class LineCounter:
    """The line number at a byte offset of one file, counted by reading forward from the last
    offset asked (offsets come in increasing order within a block), or from the start."""

    def __init__(self, url: str) -> None:
        self.url, self.at, self.line = url, 0, 1

    def line_at(self, offset: int) -> int:
        if offset < self.at:
            self.at, self.line = 0, 1
        with fsspec.open(self.url, "rb") as file:
            file.seek(self.at)
            while self.at < offset and (chunk := file.read(min(_CHUNK, offset - self.at))):
                self.line += chunk.count(b"\n")
                self.at += len(chunk)
        return self.line


def _parquet_rows(block: Block, fields: Mapping[str, str]) -> Iterator[tuple[Source, Any]]:
    with fsspec.open(block.url, "rb") as file:
        parquet = pq.ParquetFile(file)
        columns = [c for c in dict.fromkeys(fields.values()) if c in parquet.schema_arrow.names]
        groups = range(block.start, block.stop)
        number = block.first_row
        for batch in parquet.iter_batches(_BATCH_ROWS, row_groups=groups, columns=columns):
            for row in batch.to_pylist():
                number += 1
                yield Source(block.url, None, number), row


def _csv_rows(block: Block, fields: Mapping[str, str]) -> Iterator[tuple[Source, Any]]:
    """Rows as dicts of str; a row with the wrong number of fields, or bytes that are not
    UTF-8, is `Failed`. Rows are numbered as pyarrow does: the header is row 1."""
    bad: dict[int, Failed] = {}
    with fsspec.open(block.url, "rb", compression=block.compression) as file:
        reader = _csv_reader(file, bad, columns=list(dict.fromkeys(fields.values())))
        number = 1
        for batch in reader:
            for row in batch.to_pylist():
                number += 1
                while number in bad:
                    yield Source(block.url, None, number), bad.pop(number)
                    number += 1
                yield Source(block.url, None, number), _decoded(row)
        for late, failed in sorted(bad.items()):  # bad rows after the last good one
            yield Source(block.url, None, late), failed


def _csv_reader(file: IO[bytes], bad: dict[int, Failed], columns: list[str] | None = None) -> Any:
    def on_invalid(row: Any) -> str:
        message = f"The row has {row.actual_columns} fields; the header has {row.expected_columns}."
        error = {"code": "malformed_csv", "message": message, "fields": {}}
        bad[row.number] = Failed(error, row.text[:RECORD_PREVIEW])
        return "skip"

    convert = pacsv.ConvertOptions()
    if columns is not None:
        # Bytes, not strings: a cell that is not UTF-8 must fail its row, not the file.
        convert = pacsv.ConvertOptions(
            include_columns=columns,
            include_missing_columns=True,
            column_types=dict.fromkeys(columns, pa.binary()),
            # An empty cell is an absent value, as a null is in Parquet.
            strings_can_be_null=True,
            null_values=[""],
        )
    return pacsv.open_csv(
        file,
        # One thread, so that pyarrow numbers the bad rows it reports.
        read_options=pacsv.ReadOptions(use_threads=False),
        parse_options=pacsv.ParseOptions(newlines_in_values=True, invalid_row_handler=on_invalid),
        convert_options=convert,
    )


def _decoded(row: dict[str, bytes | None]) -> dict[str, str | None] | Failed:
    try:
        return {name: None if cell is None else cell.decode() for name, cell in row.items()}
    except UnicodeDecodeError:
        text = {name: (cell or b"").decode("utf-8", "replace") for name, cell in row.items()}
        return Failed(not_utf8(), repr(text)[:RECORD_PREVIEW])
