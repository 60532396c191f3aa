"""`timeline batch`: an archive's timelines as Parquet, on Dask; its options and its run.

Kept apart from `service.cli`, which only registers the command, and free of Dask and Arrow
at import: they come with the optional `[batch]` extra, and `timeline extract` must work
without it.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from importlib import import_module, metadata
from typing import Any

from service.config import DefaultConfig
from service.documents import InputError

USAGE_ERROR = 2
ENGINE_ERROR = 1
DEFAULT_BLOCK_SIZE = "8MiB"
_EXTRA_MODULES = ("distributed", "pyarrow", "fsspec")
_SIZE = re.compile(r"([0-9]+)\s*(|B|KB|MB|GB|KiB|MiB|GiB)", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9}
_UNITS |= {"kib": 2**10, "mib": 2**20, "gib": 2**30}

_HELP = """\
Each INPUT is a file, a directory (the archive files in it) or a glob, local or an fsspec URL
(s3://, gs://, ... once s3fs, gcsfs, ... is installed): JSON lines (.jsonl, .ndjson), CSV
(.csv), either optionally .gz, or Parquet (.parquet). A record has the fields of POST
/v1/timelines: id, text, published, and optionally language, timezone, title; --field maps
other column names (--field text=maintext --field published=date_publish). Other columns are
ignored, and a null (or an empty CSV cell) counts as absent.

Writes DIR/events/part-NNNNN.parquet (one row per event), DIR/errors/part-NNNNN.parquet (one
row per record that failed, with the code and message the API gives; only where there are
any) and, last and only on success, DIR/_SUMMARY.json. A record that fails never fails the
job. Without --scheduler (or $DASK_SCHEDULER_ADDRESS) it starts a local Dask cluster on
127.0.0.1 with --workers processes of one thread each; the last line on stderr gives the
counts.

examples:
  timeline batch archive/*.jsonl.gz --output timelines/
  timeline batch crawl.parquet --field text=maintext --field published=date_publish --output out
  timeline batch s3://bucket/news/ --output s3://bucket/timelines --scheduler tcp://10.0.0.5:8786

exit status: 0 the job finished (error rows included); 1 the engine failed; 2 a bad option,
an unusable INPUT, a non-empty DIR without --overwrite, or the [batch] extra missing.
"""


def add_batch_parser(commands: Any) -> None:
    """Register `timeline batch` on the CLI's subcommands."""
    batch = commands.add_parser(
        "batch",
        help="timelines of a whole archive as Parquet, on Dask",
        description="Build every article's timeline on Dask; write the events as Parquet.",
        epilog=_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    batch.add_argument("inputs", nargs="+", metavar="INPUT", help="file, directory, glob or URL")
    batch.add_argument("--output", required=True, metavar="DIR", help="where to write")
    batch.add_argument("--overwrite", action="store_true", help="replace an earlier output")
    batch.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="NAME=COLUMN",
        help="read field NAME (id, text, published, language, timezone, title) from COLUMN",
    )
    batch.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        default=os.environ.get("DASK_SCHEDULER_ADDRESS") or None,
        help="a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: "
        "$DASK_SCHEDULER_ADDRESS, else a local cluster)",
    )
    batch.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        help="local worker processes (default: one per core)",
    )
    batch.add_argument(
        "--block-size",
        type=parse_size,
        metavar="SIZE",
        help=f"bytes of input per task, e.g. 64MiB (default: {DEFAULT_BLOCK_SIZE}, or less "
        "on a local cluster for an archive too small to give each worker 8 blocks)",
    )


def run_batch(args: argparse.Namespace) -> int:
    """Run the job `args` describe; returns the exit status."""
    started = time.perf_counter()
    try:
        missing = _missing_modules()
        if missing:
            raise InputError(
                f"timeline batch needs the [batch] extra ({', '.join(missing)} missing): "
                "pip install 'timeline-service[batch]'"
            )
        if args.scheduler and args.workers:
            raise InputError("--workers sizes the local cluster; it cannot apply to --scheduler")
        plan = _plan(args)
    except InputError as exc:
        _say(f"error: {exc}")
        return USAGE_ERROR
    return _run(args, *plan, started)


def _plan(args: argparse.Namespace) -> tuple[Any, list[str], list[Any]]:
    from service.archive_read import block_size_for, expand_inputs, plan_blocks
    from service.archive_write import Job, check_output

    fields = parse_fields(args.field)
    try:
        files = expand_inputs(args.inputs)
        block_size = args.block_size or parse_size(DEFAULT_BLOCK_SIZE)
        if args.block_size is None and not args.scheduler:
            # Only a local cluster's size is known before the job starts.
            block_size = block_size_for(files, _local_workers(args), block_size)
        blocks = plan_blocks(files, block_size, fields)
        check_output(args.output, args.overwrite)  # before the engine starts, changing nothing
    except OSError as exc:  # unreadable input or unwritable output: the user's to fix
        raise InputError(str(exc)) from exc
    job = Job(output=args.output, fields=fields, line_limit=DefaultConfig.MAX_CONTENT_LENGTH)
    return job, files, blocks


def _run(
    args: argparse.Namespace, job: Any, files: list[str], blocks: list[Any], started: float
) -> int:
    from service.archive_dask import open_client, run_blocks
    from service.archive_write import finish_output, prepare_output, total

    written = False
    try:
        with open_client(args.scheduler, _local_workers(args)) as client:
            prepare_output(args.output, args.overwrite)
            written = True
            counts = run_blocks(client, blocks, job, show_progress=sys.stderr.isatty())
    except Exception as exc:  # whatever the engine raised: the job did not finish
        left = f"; {args.output} is incomplete" if written else ""
        _say(f"error: the job failed ({type(exc).__name__}: {exc}){left}")
        return ENGINE_ERROR
    sums = total(counts)
    seconds = round(time.perf_counter() - started, 3)
    summary = {**sums, "inputs": files, "partitions": len(blocks), "seconds": seconds}
    finish_output(args.output, {**summary, "version": _version()})
    _say(
        f"{sums['documents']:,} documents: {sums['timelines']:,} timelines, {sums['events']:,} "
        f"events, {sums['errors']:,} errors in {seconds:.1f} s -> {args.output}"
    )
    return 0


def _local_workers(args: argparse.Namespace) -> int:
    """The worker processes of a local cluster: `--workers`, else one per core."""
    workers: int = args.workers or os.cpu_count() or 1
    return workers


def parse_fields(pairs: list[str]) -> dict[str, str]:
    """Our field names to the archive's columns, from `NAME=COLUMN` options."""
    from service.archive import FIELDS, IDENTITY

    fields = dict(IDENTITY)
    for pair in pairs:
        name, _, column = pair.partition("=")
        if name not in FIELDS or not column:
            raise InputError(
                f"--field {pair}: expected NAME=COLUMN with NAME one of {', '.join(FIELDS)}"
            )
        fields[name] = column
    return fields


def _missing_modules() -> list[str]:
    missing = []
    for name in _EXTRA_MODULES:
        try:
            import_module(name)
        except ImportError:
            missing.append(name)
    return missing


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {value!r}")
    return int(value)


def parse_size(value: str) -> int:
    """Bytes from `8MiB`, `64MB` or `1000000`; argparse reports the error."""
    match = _SIZE.fullmatch(value.strip())
    if not match or int(match[1]) < 1:
        raise argparse.ArgumentTypeError(f"expected a size such as 8MiB or 1000000, not {value!r}")
    return int(match[1]) * _UNITS[match[2].lower()]


def _version() -> str:
    try:
        return metadata.version("timeline-service")
    except metadata.PackageNotFoundError:
        return "unknown"


def _say(message: str) -> None:
    print(f"timeline: {message}", file=sys.stderr, flush=True)
