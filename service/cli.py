"""`timeline extract FILE --published DATE`: the API's timeline without the server.

Prints the same JSON document as `POST /v1/timeline`, validated by the same schema, so a
file gives the same answer on the command line as over HTTP. Exit status 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from marshmallow import ValidationError

from schemas.errors import field_errors
from schemas.requests import TIMELINE_REQUEST
from schemas.responses import TIMELINE_RESPONSE
from timeline import TimelineError, build_timeline
from timeline.model import PREFERENCES

USAGE_ERROR = 2


class InputError(Exception):
    """Input the command cannot use; the message is printed as is."""


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0, or 2 on bad input)."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed usage and the error (or the help)
        return int(exc.code or 0)
    try:
        document = _extract(args)
    except InputError as exc:
        print(f"{parser.prog}: error: {exc}", file=sys.stderr)
        return USAGE_ERROR
    return _print(json.dumps(document, indent=2))


def _print(output: str) -> int:
    try:
        print(output, flush=True)
    except BrokenPipeError:
        # The reader (say `head`) left early. Point stdout at devnull so that Python's own
        # flush at exit does not fail a second time, as the `signal` docs advise.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline", description="Find, resolve and order the time expressions in a text."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract = commands.add_parser(
        "extract",
        help="print the timeline of a text as JSON",
        description="Print the timeline of FILE as the JSON of POST /v1/timeline.",
    )
    extract.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for stdin")
    extract.add_argument(
        "--published", required=True, help="publish date: 2022-03-14 or 2022-03-14T09:30:00-05:00"
    )
    extract.add_argument("--language", help="language code (default: en)")
    extract.add_argument("--timezone", help="IANA zone of the newsroom, e.g. Europe/Minsk")
    extract.add_argument("--prefer", choices=PREFERENCES, help="default: auto")
    extract.add_argument("--title", help="headline, echoed in the output")
    return parser


def _extract(args: argparse.Namespace) -> dict[str, Any]:
    given = {
        "text": _read(args.file),
        "published": args.published,
        "language": args.language,
        "timezone": args.timezone,
        "prefer": args.prefer,
        "title": args.title,
    }
    try:
        fields = TIMELINE_REQUEST.load({k: v for k, v in given.items() if v is not None})
        timeline = build_timeline(
            fields["text"],
            fields["published"],
            language=fields["language"],
            timezone=fields["timezone"],
            prefer=fields["prefer"],
            title=fields["title"],
        )
    except ValidationError as exc:
        raise InputError(_describe(field_errors(exc))) from exc
    except TimelineError as exc:
        raise InputError(f"{exc.field}: {exc.message}") from exc
    document: dict[str, Any] = TIMELINE_RESPONSE.dump(timeline)
    return document


def _read(name: str) -> str:
    try:
        raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror or exc}") from exc
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not UTF-8 text (byte offset {exc.start})") from exc


def _describe(messages: dict[str, Any]) -> str:
    # The text is FILE on the command line; name it so.
    names = {"text": "FILE", "published": "--published", "language": "--language"}
    names |= {"timezone": "--timezone", "prefer": "--prefer", "title": "--title"}
    return "; ".join(
        f"{names.get(field, field)}: {' '.join(map(str, errors))}"
        for field, errors in messages.items()
    )


if __name__ == "__main__":
    raise SystemExit(main())
