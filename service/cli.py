"""`timeline`: timelines on the command line, and the production server.

`timeline extract` prints the timeline `POST /v1/timeline` returns, validated by the same
schema (or one of the export formats), for one or many files, without a server; an HTML page
is reduced to its main text and may supply its own publish date. `timeline serve` execs
gunicorn with the project's settings. Exit status 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from marshmallow import ValidationError

from schemas.errors import field_errors
from schemas.requests import TIMELINE_REQUEST
from schemas.responses import TIMELINE_RESPONSE
from service.documents import InputError, load_document
from service.export import to_table, to_timeml, to_tsv
from service.localserver import PROJECT_ROOT
from service.progress import Progress
from timeline import Timeline, TimelineError, build_timeline
from timeline.model import PREFERENCES

USAGE_ERROR = 2
FORMATS = ("json", "table", "tsv", "timeml")
# More files than this get a progress bar, when stderr is a terminal.
PROGRESS_AFTER = 3
GUNICORN_CONFIG = PROJECT_ROOT / "gunicorn.conf.py"
APP = "service:create_app()"


_EXTRACT_HELP = """\
A FILE is UTF-8 text or an HTML page; - reads standard input. A page is told by its .html or
.htm suffix, or by content that starts with '<' (such as <!DOCTYPE html>). Its main text is
extracted first (trafilatura: navigation, footers and comments left out), so every offset in
the output (span, sentence_span, TimeML) counts characters of that extracted text, not of the
HTML. Without --published, a page's own publish date is used (htmldate: article:published_time,
JSON-LD datePublished, <time> and the like); a text file, or a page that names no date, then
needs --published, and a given --published wins over the page's date.

Output, on stdout only. One FILE prints alone: indented JSON, or the plain format. Several:
  json            one compact JSON object per line (NDJSON), its "file" key naming the FILE
  tsv             a single table: one header line, then rows led by a "file" column
  table, timeml   each file's output under a "==> FILE <==" line, as head(1) does
A FILE that cannot be used is named on stderr and skipped, the others still print, and the
exit status is 2. With more than 3 files and stderr a terminal, a progress bar is drawn on
stderr.

examples:
  timeline extract article.txt --published 2022-03-14
  timeline extract article.txt --published 2022-03-14T09:30:00+03:00 --timezone Europe/Minsk
  timeline extract page.html --format table           # date taken from the page
  cat page.html | timeline extract - --format timeml  # - is standard input
  timeline extract archive/*.html > timelines.ndjson  # one JSON object per file
  timeline extract archive/*.txt --published 2022-03-14 --format tsv > events.tsv

exit status: 0 all printed; 2 a bad option or an unusable FILE; 1 stdout closed early.
"""

_SERVE_HELP = f"""\
Runs gunicorn with {GUNICORN_CONFIG.name} serving {APP}: the same server and settings as
`make serve` and the Procfile, never Flask's development server. Options given here override
the config file; its worker count otherwise applies (WEB_CONCURRENCY, else cores + 1).

examples:
  timeline serve                          # http://127.0.0.1:5000
  timeline serve --port 8080 --workers 4
"""

_MAIN_HELP = """\
examples:
  timeline extract article.txt --published 2022-03-14
  timeline extract archive/*.html --format table
  timeline serve --port 8080

`timeline COMMAND --help` describes each command.
"""


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0, 1 on a closed stdout, 2 on bad input)."""
    parser = _parser()
    try:
        args = _parse(parser, argv)
    except SystemExit as exc:  # argparse has printed usage and the error (or the help)
        return int(exc.code or 0)
    try:
        if args.command == "serve":
            return _serve(args)
        _check_options(args)
        return _extract_all(args)
    except InputError as exc:
        _complain(str(exc))
        return USAGE_ERROR


def _parse(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """Parse `argv`, taking FILEs after options too (`a.txt --format tsv b.txt`)."""
    # argparse stops a `nargs="+"` positional at the first option, and its intermixed
    # parsing refuses subcommands; the words it leaves over are the remaining FILEs.
    args, rest = parser.parse_known_args(argv)
    unknown = [word for word in rest if word.startswith("-") and word != "-"]
    if unknown or (rest and args.command != "extract"):
        parser.error(f"unrecognized arguments: {' '.join(unknown or rest)}")
    if rest:
        args.files += rest
    return args


def _parser() -> argparse.ArgumentParser:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Find, resolve and order the time expressions in a text.",
        epilog=_MAIN_HELP,
        formatter_class=raw,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract = commands.add_parser(
        "extract",
        help="print the timeline of text files or HTML pages",
        description="Print the timeline of each FILE: the JSON of POST /v1/timeline, or a "
        "table, TSV or TimeML.",
        epilog=_EXTRACT_HELP,
        formatter_class=raw,
    )
    extract.add_argument("files", nargs="+", metavar="FILE", help="text file, HTML page, or -")
    extract.add_argument(
        "--published",
        metavar="DATE",
        help="publish date: 2022-03-14 or 2022-03-14T09:30:00-05:00 (optional for a page "
        "that carries its own)",
    )
    extract.add_argument("--format", choices=FORMATS, default="json", help="default: json")
    extract.add_argument("--language", help="language code (default: en)")
    extract.add_argument("--timezone", help="IANA zone of the newsroom, e.g. Europe/Minsk")
    extract.add_argument("--prefer", choices=PREFERENCES, help="default: auto")
    extract.add_argument("--title", help="headline, echoed in the JSON")
    serve = commands.add_parser(
        "serve",
        help="start the production server (gunicorn)",
        description="Start the production HTTP server.",
        epilog=_SERVE_HELP,
        formatter_class=raw,
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    serve.add_argument("--port", type=_port, default=5000, help="default: %(default)s")
    serve.add_argument("--workers", type=_positive, metavar="N", help="worker processes")
    return parser


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {value!r}")
    return int(value)


def _port(value: str) -> int:
    port = _positive(value)
    if port > 65535:
        raise argparse.ArgumentTypeError(f"a TCP port is at most 65535, not {port}")
    return port


def _serve(args: argparse.Namespace) -> int:
    if not GUNICORN_CONFIG.is_file():
        raise InputError(f"{GUNICORN_CONFIG} is missing: serve runs from a checkout of the project")
    host = f"[{args.host}]" if ":" in args.host else args.host
    command = [sys.executable, "-m", "gunicorn", "--config", str(GUNICORN_CONFIG)]
    command += ["--bind", f"{host}:{args.port}"]
    if args.workers is not None:
        command += ["--workers", str(args.workers)]
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execv(sys.executable, [*command, APP])
    except OSError as exc:
        _complain(f"cannot start gunicorn: {exc}")
        return 1


def _extract_all(args: argparse.Namespace) -> int:
    several = len(args.files) > 1
    status = printed = 0
    progress = Progress(len(args.files), after=PROGRESS_AFTER)
    try:
        for done, name in enumerate(args.files):
            progress.show(done, name)
            try:
                timeline, text = _timeline_of(name, args)
            except InputError as exc:
                progress.clear()
                _complain(f"{name}: {exc}")
                status = USAGE_ERROR
                continue
            output = _render(args.format, timeline, text, name if several else None, printed)
            progress.clear()
            if not _write(output):
                return 1
            printed += 1
    finally:
        progress.clear()
    return status


def _timeline_of(name: str, args: argparse.Namespace) -> tuple[Timeline, str]:
    document = load_document(name, want_date=args.published is None)
    published = args.published or document.page_date
    if published is None:
        if document.is_html:
            raise InputError("the page names no publish date; give one with --published")
        raise InputError("--published is required for a text file (only a page names its date)")
    fields = _request(document.text, published, args)
    try:
        timeline = build_timeline(**fields)
    except TimelineError as exc:
        raise InputError(f"{exc.field}: {exc.message}") from exc
    return timeline, document.text


def _check_options(args: argparse.Namespace) -> None:
    """Refuse a bad option once, before any file is read, rather than once per file."""
    # A stand-in text, and a stand-in date for pages that bring their own.
    _request("-", args.published or "2022-03-14", args)


def _request(text: str, published: str, args: argparse.Namespace) -> dict[str, Any]:
    """The request `POST /v1/timeline` would get, validated by its schema."""
    given = {"text": text, "published": published, "language": args.language}
    given |= {"timezone": args.timezone, "prefer": args.prefer, "title": args.title}
    try:
        fields: dict[str, Any] = TIMELINE_REQUEST.load(
            {k: v for k, v in given.items() if v is not None}
        )
    except ValidationError as exc:
        raise InputError(_describe(field_errors(exc))) from exc
    return fields


def _render(form: str, timeline: Timeline, text: str, name: str | None, printed: int) -> str:
    """The output of one file; `name` is None when it is the only FILE."""
    if form == "json":
        document: dict[str, Any] = TIMELINE_RESPONSE.dump(timeline)
        if name is None:
            return json.dumps(document, indent=2) + "\n"
        return json.dumps({"file": name, **document}) + "\n"
    if form == "tsv":
        table = to_tsv(timeline)
        if name is None:
            return table
        header, *rows = table.removesuffix("\n").split("\n")
        cell = " ".join(name.split())  # a tab or newline in a file name would break the row
        lines = ([f"file\t{header}"] if printed == 0 else []) + [f"{cell}\t{r}" for r in rows]
        return "".join(line + "\n" for line in lines)
    body = to_table(timeline) if form == "table" else to_timeml(timeline, text)
    if name is None:
        return body
    return ("\n" if printed else "") + f"==> {name} <==\n{body}"


def _write(output: str) -> bool:
    """Print `output`; False when the reader has gone."""
    try:
        sys.stdout.write(output)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (say `head`) left early. Point stdout at devnull so that Python's own
        # flush at exit does not fail a second time, as the `signal` docs advise.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return False
    return True


def _complain(message: str) -> None:
    print(f"timeline: error: {message}", file=sys.stderr, flush=True)


def _describe(messages: dict[str, Any]) -> str:
    names = {"published": "--published", "language": "--language", "timezone": "--timezone"}
    names |= {"prefer": "--prefer", "title": "--title"}
    return "; ".join(
        f"{names.get(field, field)}: {' '.join(map(str, errors))}"
        for field, errors in messages.items()
    )


if __name__ == "__main__":
    raise SystemExit(main())
