"""`timeline`: timelines on the command line, and the production server.

`timeline extract` prints the timeline `POST /v1/timeline` returns, validated by the same
schema (or one of the export formats), for one or many files, without a server; an HTML page
is reduced to its main text and may supply its own publish date and title. `timeline resolve`
prints what `POST /v1/resolve` returns for one phrase. `timeline serve` execs gunicorn with
the project's settings; `timeline batch` (`service/archive_cli.py`) runs an archive on
Dask. Exit status 2 on bad input.

Each command is one `_add_*` function that declares its parser and names the function that
runs it, so a new command is one more such function.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from importlib.metadata import version
from typing import Any

from marshmallow import ValidationError

from schemas.errors import field_errors
from schemas.requests import RESOLVE_REQUEST
from schemas.responses import RESOLVE_RESPONSE
from service.archive_cli import add_batch_parser, run_batch
from service.cli_extract import FORMATS, USAGE_ERROR, complain, describe, run_extract
from service.documents import InputError
from service.localserver import PROJECT_ROOT
from timeline import resolve_phrase
from timeline.model import PREFERENCES

GUNICORN_CONFIG = PROJECT_ROOT / "gunicorn.conf.py"
APP = "service:create_app()"
Commands = Any  # argparse's subparsers action, which typeshed keeps private

_EXTRACT_HELP = """\
A FILE is UTF-8 text or an HTML page; - reads standard input. A page is told by its .html or
.htm suffix, or by content that starts with '<' (such as <!DOCTYPE html>). Its main text is
extracted first (trafilatura: navigation, footers and comments left out), so every offset in
the output (span, sentence_span, TimeML) counts characters of that extracted text, not of the
HTML. Its title (og:title, the headline) is used unless --title is given.

Publish dates: --published DATE is every FILE's; --published FILE=DATE is one FILE's and wins
over it (give it once per FILE). A page without either uses the date its markup states
(article:published_time, JSON-LD datePublished, <time>, then htmldate's guess). A text file,
or a page that names no date, needs one of the two.

Output, on stdout or in -o FILE. One FILE prints alone: indented JSON, or the plain format.
Several:
  json            one compact JSON object per line (NDJSON), its "file" key naming the FILE
  tsv             a single table: one header line, then rows led by a "file" column
  ics             a single calendar holding every file's events
  table, timeml   each file's output under a "==> FILE <==" line, as head(1) does
TSV cells are quoted as RFC 4180 says when they hold a tab, a line break or a quote. A FILE
that cannot be used is named on stderr and skipped, the others still print, and the exit
status is 2. With more than 3 files and stderr a terminal, a progress bar is drawn on stderr.

examples:
  timeline extract article.txt --published 2022-03-14
  timeline extract article.txt --published 2022-03-14T09:30:00+03:00 --timezone Europe/Minsk
  timeline extract page.html --format table           # date and title taken from the page
  cat page.html | timeline extract - --format timeml  # - is standard input
  timeline extract archive/*.html > timelines.ndjson  # one JSON object per file
  timeline extract a.txt b.txt --published a.txt=2022-03-14 --published b.txt=2022-03-15
  timeline extract archive/*.txt --published 2022-03-14 --format ics -o events.ics

exit status: 0 all printed; 2 a bad option or an unusable FILE; 1 stdout closed early.
"""

_RESOLVE_HELP = """\
Prints the JSON of POST /v1/resolve: the phrase and its `time` in TIMEX3 terms, or `time`
null when the phrase is no time expression (still exit status 0).

examples:
  timeline resolve 'two weeks ago' --published 2022-03-14
  timeline resolve 'Friday at 3pm' --published 2022-03-14T09:30:00+01:00 --prefer future
"""

_SERVE_HELP = f"""\
Runs gunicorn with {GUNICORN_CONFIG.name} serving {APP}: the same server and settings as
`make serve` and the Procfile, never Flask's development server. Options given here override
the config file; its settings otherwise apply (workers: WEB_CONCURRENCY, else one per core).

examples:
  timeline serve                          # http://127.0.0.1:5000
  timeline serve --port 8080 --workers 4
"""

_MAIN_HELP = """\
examples:
  timeline extract article.txt --published 2022-03-14
  timeline extract archive/*.html --format table
  timeline resolve 'last week' --published 2022-03-14
  timeline serve --port 8080
  timeline batch archive/*.jsonl.gz --output timelines/

`timeline COMMAND --help` describes each command.
"""


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0, 1 on a closed stdout, 2 on bad input)."""
    parser = _parser()
    try:
        args = _parse(parser, argv)
    except SystemExit as exc:  # argparse has printed usage and the error (or the help)
        return int(exc.code or 0)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except InputError as exc:
        complain(str(exc))
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
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Find, resolve and order the time expressions in a text.",
        epilog=_MAIN_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action="version", version=f"timeline {version('timeline-service')}"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_extract(commands)
    _add_resolve(commands)
    _add_serve(commands)
    _add_batch(commands)
    return parser


def _command(commands: Commands, name: str, summary: str, epilog: str) -> Any:
    return commands.add_parser(
        name,
        help=summary,
        description=summary[0].upper() + summary[1:] + ".",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _add_reading_options(command: Any) -> None:
    """The options every request shares: how the text is read."""
    command.add_argument(
        "--language", help="language code, or auto to detect it (extract only; default: en)"
    )
    command.add_argument("--timezone", help="IANA zone of the newsroom, e.g. Europe/Minsk")
    command.add_argument("--prefer", choices=PREFERENCES, help="default: auto")


def _add_extract(commands: Commands) -> None:
    extract = _command(
        commands, "extract", "print the timeline of text files or HTML pages", _EXTRACT_HELP
    )
    extract.add_argument("files", nargs="+", metavar="FILE", help="text file, HTML page, or -")
    extract.add_argument(
        "--published",
        action="append",
        metavar="[FILE=]DATE",
        help="publish date: 2022-03-14 or 2022-03-14T09:30:00-05:00; FILE=DATE for one FILE "
        "(optional for a page that carries its own)",
    )
    extract.add_argument("--format", choices=FORMATS, default="json", help="default: json")
    extract.add_argument("-o", "--output", metavar="FILE", help="write there, not to stdout")
    _add_reading_options(extract)
    extract.add_argument("--title", help="headline, echoed in the JSON (default: the page's)")
    extract.set_defaults(run=run_extract)


def _add_resolve(commands: Commands) -> None:
    resolve = _command(
        commands, "resolve", "resolve one phrase against a publish date", _RESOLVE_HELP
    )
    resolve.add_argument("phrase", metavar="PHRASE", help="one time expression, e.g. 'last week'")
    resolve.add_argument("--published", metavar="DATE", required=True, help="publish date")
    _add_reading_options(resolve)
    resolve.set_defaults(run=_run_resolve)


def _run_resolve(args: argparse.Namespace) -> int:
    given = {"phrase": args.phrase, "published": args.published, "language": args.language}
    given |= {"timezone": args.timezone, "prefer": args.prefer}
    try:
        fields = RESOLVE_REQUEST.load({k: v for k, v in given.items() if v is not None})
    except ValidationError as exc:
        raise InputError(describe(field_errors(exc))) from exc
    answer = RESOLVE_RESPONSE.dump({"phrase": fields["phrase"], "time": resolve_phrase(**fields)})
    print(json.dumps(answer, indent=2))
    return 0


def _add_serve(commands: Commands) -> None:
    serve = _command(commands, "serve", "start the production server (gunicorn)", _SERVE_HELP)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    serve.add_argument("--port", type=_port, default=5000, help="default: %(default)s")
    serve.add_argument("--workers", type=_positive, metavar="N", help="worker processes")
    serve.set_defaults(run=_run_serve)


def _add_batch(commands: Commands) -> None:
    add_batch_parser(commands)  # the archive path declares its own options
    commands.choices["batch"].set_defaults(run=run_batch)


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {value!r}")
    return int(value)


def _port(value: str) -> int:
    port = _positive(value)
    if port > 65535:
        raise argparse.ArgumentTypeError(f"a TCP port is at most 65535, not {port}")
    return port


def _run_serve(args: argparse.Namespace) -> int:
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
        complain(f"cannot start gunicorn: {exc}")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
