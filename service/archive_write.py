"""One block in, its Parquet parts out; the output directory before and after the job.

A part is written under a temporary name in its folder and renamed into place once complete,
so a reader never sees half a part, and a task that runs again (its worker died) writes the
same name: it overwrites, it never adds a duplicate. The temporary names start with a dot and
do not end in `.parquet`, so that no reader's glob or directory listing takes them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from service.archive import ERROR_SCHEMA, EVENT_SCHEMA, Rows, add_line, add_record
from service.archive_read import Block, Failed, LineCounter, read_block
from service.documents import InputError

SUMMARY = "_SUMMARY.json"
OUTPUTS = ("events", "errors")
# Events held before they go to the part as one row group: bounds a worker's memory.
ROW_GROUP = 50_000
# zstd: about a third smaller than snappy here, and read by DuckDB, Spark and pandas alike.
COMPRESSION = "zstd"


@dataclass(frozen=True, slots=True)
class Job:
    """What every task needs besides its block: where to write, the field map, the line cap."""

    output: str
    fields: Mapping[str, str]
    line_limit: int


@dataclass(frozen=True, slots=True)
class Counts:
    """What one part holds; the job's summary adds them up."""

    documents: int = 0
    timelines: int = 0
    events: int = 0
    errors: int = 0


def process_block(block: Block, job: Job) -> Counts:
    """Read `block`, build each record's timeline and write its events and errors parts."""
    rows = Rows(locate=LineCounter(block.url).line_at)
    fs, root = fsspec.core.url_to_fs(job.output)
    with _Part(fs, f"{root}/events", block.index, EVENT_SCHEMA) as events:
        for source, item in read_block(block, job.fields, job.line_limit):
            if isinstance(item, Failed):
                rows.add_error(None, source, item.error, item.record)
            elif isinstance(item, dict):
                add_record(rows, source, item, job.fields, record=None)
            else:
                add_line(rows, source, item, job.fields, job.line_limit)
            if rows.pending_events >= ROW_GROUP:
                events.write(rows.take_events())
        events.write(rows.take_events())
    errors = rows.take_errors()
    if errors.num_rows:
        with _Part(fs, f"{root}/errors", block.index, ERROR_SCHEMA) as part:
            part.write(errors)
    return Counts(rows.documents, rows.timelines, rows.event_count, rows.error_count)


class _Part:
    """`folder/part-NNNNN.parquet`, written to a temporary name and renamed on success."""

    def __init__(self, fs: Any, folder: str, index: int, schema: pa.Schema) -> None:
        self.fs, self.schema = fs, schema
        self.final = f"{folder}/part-{index:05d}.parquet"
        self.temporary = f"{folder}/.part-{index:05d}.{uuid.uuid4().hex}.tmp"
        fs.makedirs(folder, exist_ok=True)
        self.file = fs.open(self.temporary, "wb")
        self.writer = pq.ParquetWriter(self.file, schema, compression=COMPRESSION)

    def write(self, table: pa.Table) -> None:
        if table.num_rows:
            self.writer.write_table(table)

    def __enter__(self) -> _Part:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self.writer.close()
        self.file.close()
        if kind is None:
            self.fs.mv(self.temporary, self.final)
        else:
            self.fs.rm(self.temporary)


def check_output(output: str, overwrite: bool) -> list[str]:
    """What `prepare_output` would remove from `output`, touching nothing. Raises
    `InputError` when it holds anything, unless `overwrite`, and even then when it holds what
    this command does not write."""
    fs, root = fsspec.core.url_to_fs(output)
    if not fs.exists(root):
        return []
    if not fs.isdir(root):
        raise InputError(f"--output {output}: is a file, not a directory")
    entries = [name.rstrip("/").rsplit("/", 1)[-1] for name in fs.ls(root, detail=False)]
    if entries and not overwrite:
        raise InputError(f"--output {output}: is not empty; give --overwrite to replace it")
    foreign = sorted(set(entries) - {*OUTPUTS, SUMMARY})
    if foreign:
        raise InputError(
            f"--output {output}: holds {', '.join(foreign[:3])}, which timeline batch did not "
            "write; --overwrite only replaces its own output"
        )
    return entries


def prepare_output(output: str, overwrite: bool) -> None:
    """Make `output` an empty directory, as `check_output` allows."""
    fs, root = fsspec.core.url_to_fs(output)
    for name in check_output(output, overwrite):
        fs.rm(f"{root}/{name}", recursive=True)
    fs.makedirs(f"{root}/events", exist_ok=True)


def finish_output(output: str, summary: Mapping[str, Any]) -> None:
    """Remove what killed attempts left behind, then write the summary: last, on success."""
    fs, root = fsspec.core.url_to_fs(output)
    for folder in OUTPUTS:
        if fs.isdir(f"{root}/{folder}"):
            for path in fs.ls(f"{root}/{folder}", detail=False):
                if path.rsplit("/", 1)[-1].startswith(".part-"):
                    fs.rm(path)
    with fs.open(f"{root}/{SUMMARY}", "w") as file:
        json.dump(summary, file, indent=2)
        file.write("\n")


def total(counts: Sequence[Counts]) -> dict[str, int]:
    """The counts of every part, added up."""
    sums = dict.fromkeys(asdict(Counts()), 0)
    for part in counts:
        for name, value in asdict(part).items():
            sums[name] += value
    return sums
