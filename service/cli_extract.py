"""`timeline extract`: the timelines of files, as `POST /v1/timeline` would answer them.

Each FILE is read (`service.documents`), its request validated by the API's own schema, its
timeline built and rendered; a FILE that cannot be used is named on stderr and skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from marshmallow import ValidationError

from schemas.errors import field_errors
from schemas.requests import TIMELINE_REQUEST
from schemas.responses import TIMELINE_RESPONSE
from service.documents import InputError, load_document
from service.export import to_ics_many, to_table, to_timeml, to_tsv
from service.progress import Progress
from timeline import Timeline, TimelineError, build_timeline

USAGE_ERROR = 2
FORMATS = ("json", "table", "tsv", "timeml", "ics")
# More files than this get a progress bar, when stderr is a terminal.
PROGRESS_AFTER = 3
_OPTIONS = {"published": "--published", "language": "--language", "timezone": "--timezone"}
_OPTIONS |= {"prefer": "--prefer", "title": "--title"}


class BrokenOutput(Exception):
    """The reader of standard output has gone."""


def run_extract(args: argparse.Namespace) -> int:
    """Print the timeline of every FILE; 0, 1 when stdout closed early, 2 on unusable input."""
    default, per_file = publish_dates(args.published or [], args.files)
    check_options(args, default, per_file)
    with _output(args.output) as out:
        try:
            return _extract_all(args, default, per_file, out)
        except BrokenOutput:
            return 1


def publish_dates(given: list[str], files: list[str]) -> tuple[str | None, dict[str, str]]:
    """The --published for every FILE, and those given per FILE as FILE=DATE.

    A date never holds "=", so the last "=" splits; a file name may hold one.
    """
    default: str | None = None
    per_file: dict[str, str] = {}
    for value in given:
        name, equals, date = value.rpartition("=")
        if not equals:
            if default is not None:
                raise InputError("--published without FILE= is given twice")
            default = value
        elif name not in files:
            raise InputError(f"--published {value}: {name!r} is not among the FILEs")
        else:
            per_file[name] = date
    return default, per_file


def check_options(args: argparse.Namespace, default: str | None, per_file: dict[str, str]) -> None:
    """Refuse a bad option once, before any file is read, rather than once per file."""
    # A stand-in text, and a stand-in date for pages that bring their own.
    for date in {default or "2022-03-14", *per_file.values()}:
        request(args, "-", date, None)


def request(
    args: argparse.Namespace, text: str, published: str, page_title: str | None
) -> dict[str, Any]:
    """The request `POST /v1/timeline` would get, validated by its schema."""
    given = {"text": text, "published": published, "language": args.language}
    given |= {"timezone": args.timezone, "prefer": args.prefer}
    given["title"] = args.title or page_title
    try:
        fields: dict[str, Any] = TIMELINE_REQUEST.load(
            {k: v for k, v in given.items() if v is not None}
        )
    except ValidationError as exc:
        raise InputError(describe(field_errors(exc))) from exc
    return fields


def describe(messages: dict[str, Any]) -> str:
    """Schema errors in the CLI's words: fields named as the options that set them."""
    return "; ".join(
        f"{_OPTIONS.get(field, field)}: {' '.join(map(str, errors))}"
        for field, errors in messages.items()
    )


@contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or FILE of -o (created or emptied; UTF-8, line ends as written)."""
    if path is None or path == "-":
        yield sys.stdout
        return
    try:
        handle = Path(path).open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"-o {path}: cannot write it: {exc.strerror or exc}") from exc
    with handle:
        yield handle


def _extract_all(
    args: argparse.Namespace, default: str | None, per_file: dict[str, str], out: IO[str]
) -> int:
    several = len(args.files) > 1
    status = printed = 0
    calendar: list[tuple[Timeline, str]] = []
    progress = Progress(len(args.files), after=PROGRESS_AFTER)
    try:
        for done, name in enumerate(args.files):
            progress.show(done, name)
            try:
                timeline, text = _timeline_of(name, args, per_file.get(name, default))
            except InputError as exc:
                progress.clear()
                complain(f"{name}: {exc}")
                status = USAGE_ERROR
                continue
            progress.clear()
            if args.format == "ics":  # one calendar for every file, written at the end
                calendar.append((timeline, text))
                continue
            _write(out, _render(args.format, timeline, text, name if several else None, printed))
            printed += 1
        if args.format == "ics" and calendar:
            _write(out, to_ics_many(calendar))
    finally:
        progress.clear()
    return status


def _timeline_of(
    name: str, args: argparse.Namespace, published: str | None
) -> tuple[Timeline, str]:
    document = load_document(name, want_date=published is None)
    published = published or document.page_date
    if published is None:
        if document.is_html:
            raise InputError("the page names no publish date; give one with --published")
        raise InputError("--published is required for a text file (only a page names its date)")
    fields = request(args, document.text, published, document.title)
    try:
        timeline = build_timeline(**fields)
    except TimelineError as exc:
        raise InputError(f"{exc.field}: {exc.message}") from exc
    return timeline, document.text


def _render(form: str, timeline: Timeline, text: str, name: str | None, printed: int) -> str:
    """The output of one file; `name` is None when it is the only FILE."""
    if form == "json":
        document: dict[str, Any] = TIMELINE_RESPONSE.dump(timeline)
        if name is None:
            return json.dumps(document, indent=2) + "\n"
        return json.dumps({"file": name, **document}) + "\n"
    if form == "tsv":
        leading = [] if name is None else [("file", name)]
        return to_tsv(timeline, leading=leading, header=printed == 0)
    body = to_table(timeline) if form == "table" else to_timeml(timeline, text)
    if name is None:
        return body
    return ("\n" if printed else "") + f"==> {name} <==\n{body}"


def _write(out: IO[str], output: str) -> None:
    """Write `output`; `BrokenOutput` when the reader of stdout has gone."""
    try:
        out.write(output)
        out.flush()
    except BrokenPipeError as exc:
        # The reader (say `head`) left early. Point stdout at devnull so that Python's own
        # flush at exit does not fail a second time, as the `signal` docs advise.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise BrokenOutput() from exc


def complain(message: str) -> None:
    """One error line on stderr, in the form argparse uses."""
    print(f"timeline: error: {message}", file=sys.stderr, flush=True)
