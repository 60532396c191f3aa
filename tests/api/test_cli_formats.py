"""`timeline extract` with several files, other formats and HTML pages; `timeline serve`."""

from __future__ import annotations

import html
import io
import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

import pytest

from service.cli import main
from service.export import to_table, to_timeml, to_tsv
from service.localserver import PROJECT_ROOT
from timeline import build_timeline

PUBLISHED = "2022-03-14"

# A page written for these tests: the date is in the metadata only, and the navigation and
# footer hold time words ("today", "tomorrow") that are not part of the article.
PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Library reopens - Riverside Gazette</title>
<meta property="article:published_time" content="2022-03-14T08:00:00Z">
</head>
<body>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | Subscribe today</nav>
<article>
<h1>Riverside library reopens after renovation</h1>
<p>The Riverside public library opened its doors again on Saturday, after a renovation that
kept it closed for two years.</p>
<p>More than a thousand visitors came through the new reading room yesterday, the head
librarian said. Work on the building began in 2019 and ran over budget last summer.</p>
<p>A children's book festival is planned for next month, and the caf&eacute; on the top floor
will open in the coming weeks.</p>
</article>
<footer>Comments close tomorrow. &copy; Riverside Gazette</footer>
</body>
</html>
"""
UNDATED_PAGE = PAGE.replace(
    '<meta property="article:published_time" content="2022-03-14T08:00:00Z">\n', ""
)


class _Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def texts(tmp_path: Path, transit_strike: str, harbour_fire: str) -> list[Path]:
    paths = [tmp_path / "strike.txt", tmp_path / "fire.txt"]
    for path, text in zip(paths, [transit_strike, harbour_fire], strict=True):
        path.write_text(text, encoding="utf-8")
    return paths


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "library.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def _run(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(arguments)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _phrases(events: list[dict[str, Any]]) -> dict[str, str]:
    return {event["phrase"]: event["time"]["value"] for event in events}


def _timeml_text(document: str) -> str:
    """The text a TimeML document tags, with the tags taken out."""
    match = re.search(r"<TEXT>(.*)</TEXT>", document, re.DOTALL)
    assert match is not None
    return html.unescape(re.sub(r"</?TIMEX3[^>]*>", "", match.group(1)))


@pytest.mark.parametrize(
    ("form", "formatter"),
    [
        ("table", lambda timeline, text: to_table(timeline)),
        ("tsv", lambda timeline, text: to_tsv(timeline)),
        ("timeml", to_timeml),
    ],
)
def test_one_file_prints_the_export_format_alone(
    texts: list[Path],
    transit_strike: str,
    form: str,
    formatter: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = _run(
        ["extract", str(texts[0]), "--published", PUBLISHED, "--format", form], capsys
    )
    assert (status, err) == (0, "")
    assert out == formatter(build_timeline(transit_strike, datetime(2022, 3, 14)), transit_strike)


def test_several_files_as_json_are_one_object_per_line_named_by_file(
    texts: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(["extract", *map(str, texts), "--published", PUBLISHED], capsys)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 2
    documents = [json.loads(line) for line in lines]
    assert [document["file"] for document in documents] == list(map(str, texts))
    assert _phrases(documents[0]["events"])["Friday"] == "2022-03-11"
    assert _phrases(documents[1]["events"])["1998"] == "1998"


def test_several_files_as_tsv_are_one_table_with_a_file_column(
    texts: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(
        ["extract", *map(str, texts), "--published", PUBLISHED, "--format", "tsv"], capsys
    )
    assert status == 0
    header, *rows = out.splitlines()
    assert header.split("\t")[:3] == ["file", "id", "phrase"]
    assert {row.split("\t")[0] for row in rows} == set(map(str, texts))
    assert all(len(row.split("\t")) == len(header.split("\t")) for row in rows)


@pytest.mark.parametrize("form", ["table", "timeml"])
def test_several_files_in_text_formats_each_come_under_a_head_style_line(
    texts: list[Path], form: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(
        ["extract", *map(str, texts), "--published", PUBLISHED, "--format", form], capsys
    )
    assert status == 0
    first, second = (f"==> {path} <==\n" for path in texts)
    assert out.startswith(first)
    assert f"\n\n{second}" in out
    assert out.count("==> ") == 2


def test_files_may_follow_options(texts: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    arguments = ["extract", str(texts[0]), "--published", PUBLISHED, str(texts[1])]
    status, out, _ = _run(arguments, capsys)
    assert status == 0
    assert [json.loads(line)["file"] for line in out.splitlines()] == list(map(str, texts))


def test_stdin_is_one_of_several_files_named_dash(
    texts: list[Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"He left yesterday.")))
    status, out, _ = _run(["extract", "-", str(texts[0]), "--published", PUBLISHED], capsys)
    assert status == 0
    documents = [json.loads(line) for line in out.splitlines()]
    assert documents[0]["file"] == "-"
    assert _phrases(documents[0]["events"]) == {"yesterday": "2022-03-13"}


def test_an_unusable_file_is_named_and_skipped_and_the_rest_still_print(
    texts: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    arguments = ["extract", str(texts[0]), str(missing), str(texts[1]), "--published", PUBLISHED]
    status, out, err = _run(arguments, capsys)
    assert status == 2
    assert [json.loads(line)["file"] for line in out.splitlines()] == list(map(str, texts))
    assert f"{missing}: cannot read" in err


def test_a_bad_option_is_reported_once_and_nothing_is_printed(
    texts: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = ["extract", *map(str, texts), "--published", PUBLISHED, "--timezone", "Mars/Base"]
    status, out, err = _run(arguments, capsys)
    assert (status, out) == (2, "")
    assert err.count("--timezone") == 1


def test_a_page_gives_its_publish_date_and_main_text(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(["extract", str(page)], capsys)
    assert (status, err) == (0, "")
    document = json.loads(out)
    assert document["published"] == "2022-03-14T08:00:00+00:00"
    phrases = _phrases(document["events"])
    assert phrases["Saturday"] == "2022-03-12"
    assert phrases["yesterday"] == "2022-03-13"
    assert phrases["next month"] == "2022-04"
    assert "today" not in phrases and "tomorrow" not in phrases  # navigation and footer
    assert not any("<" in event["sentence"] for event in document["events"])


def test_offsets_from_a_page_refer_to_its_extracted_text(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _run(["extract", str(page), "--format", "timeml"], capsys)
    text = _timeml_text(out)
    assert "café" in text and "<p>" not in text and "Riverside Gazette" not in text
    _, out, _ = _run(["extract", str(page)], capsys)
    for event in json.loads(out)["events"]:
        start, end = event["span"]
        assert text[start:end] == event["phrase"]


def test_paragraphs_of_a_page_end_sentences(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(["extract", str(page)], capsys)
    sentences = {event["phrase"]: event["sentence"] for event in json.loads(out)["events"]}
    assert sentences["Saturday"].startswith("The Riverside public library")
    assert sentences["last summer"].endswith("ran over budget last summer.")


def test_a_page_on_stdin_is_told_by_its_content(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode())))
    status, out, _ = _run(["extract", "-", "--format", "tsv"], capsys)
    assert status == 0
    assert "\tyesterday\t" in out and "<" not in out


def test_published_wins_over_the_page_date(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(["extract", str(page), "--published", "2022-03-21"], capsys)
    assert _phrases(json.loads(out)["events"])["yesterday"] == "2022-03-20"


def test_a_page_without_a_date_needs_published(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "undated.html"
    path.write_text(UNDATED_PAGE, encoding="utf-8")
    status, out, err = _run(["extract", str(path)], capsys)
    assert (status, out) == (2, "")
    assert f"{path}: the page names no publish date" in err and "--published" in err
    status, out, _ = _run(["extract", str(path), "--published", PUBLISHED], capsys)
    assert status == 0
    assert _phrases(json.loads(out)["events"])["yesterday"] == "2022-03-13"


def test_a_page_with_no_article_text_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.htm"
    path.write_text("<html><body></body></html>", encoding="utf-8")
    status, _, err = _run(["extract", str(path), "--published", PUBLISHED], capsys)
    assert status == 2
    assert f"{path}: found no article text" in err


@pytest.mark.parametrize(
    ("count", "tty", "drawn"), [(4, True, True), (3, True, False), (4, False, False)]
)
def test_a_progress_bar_is_drawn_on_a_terminal_for_more_than_3_files(
    tmp_path: Path,
    count: int,
    tty: bool,
    drawn: bool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths = [tmp_path / f"{number}.txt" for number in range(count)]
    for path in paths:
        path.write_text("He left yesterday.", encoding="utf-8")
    stderr = _Terminal() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    status = main(["extract", *map(str, paths), "--published", PUBLISHED, "--format", "tsv"])
    assert status == 0
    out = capsys.readouterr().out
    assert "[" not in out and "\r" not in out
    assert len(out.splitlines()) == 1 + count
    bar = stderr.getvalue()
    assert (f"0/{count}" in bar and "#" in bar) is drawn
    assert bar.endswith("\r") if drawn else bar == ""  # cleared at the end


def test_the_console_script_reads_stdin_and_prints_only_results() -> None:
    script = Path(sys.executable).with_name("timeline")
    result = subprocess.run(
        [str(script), "extract", "-", "--published", PUBLISHED, "--format", "table"],
        input=b"The fire was put out yesterday.",
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.decode().splitlines()[1].startswith("2022-03-13")


@pytest.mark.parametrize(
    "arguments", [["--help"], ["extract", "--help"], ["resolve", "--help"], ["serve", "--help"]]
)
def test_help_at_every_level_has_examples(
    arguments: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(arguments) == 0
    assert "examples:\n  timeline " in capsys.readouterr().out


def test_serve_help_names_gunicorn_and_its_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--help"]) == 0
    out = capsys.readouterr().out
    assert "gunicorn" in out and "never Flask's development server" in out
    assert all(option in out for option in ("--host", "--port", "--workers"))


class _Exec(Exception):
    """Raised in place of `os.execv`, carrying the command."""


def _capture_exec(monkeypatch: pytest.MonkeyPatch, arguments: list[str]) -> list[str]:
    def fake_execv(path: str, argv: list[str]) -> NoReturn:
        raise _Exec(argv)

    monkeypatch.setattr(os, "execv", fake_execv)
    with pytest.raises(_Exec) as caught:
        main(["serve", *arguments])
    command: list[str] = caught.value.args[0]
    assert command[0] == sys.executable
    return command


def test_serve_execs_gunicorn_with_the_project_config(monkeypatch: pytest.MonkeyPatch) -> None:
    config = str(PROJECT_ROOT / "gunicorn.conf.py")
    assert _capture_exec(monkeypatch, [])[1:] == [
        "-m", "gunicorn", "--config", config, "--bind", "127.0.0.1:5000", "service:create_app()",
    ]  # fmt: skip
    command = _capture_exec(monkeypatch, ["--host", "::1", "--port", "8123", "--workers", "3"])
    assert command[5:] == ["--bind", "[::1]:8123", "--workers", "3", "service:create_app()"]


def test_the_serve_command_is_one_gunicorn_accepts(monkeypatch: pytest.MonkeyPatch) -> None:
    command = _capture_exec(monkeypatch, ["--workers", "1"])
    # --check-config loads the config and the app, then exits without serving.
    result = subprocess.run(
        [*command[:3], "--check-config", *command[3:]],
        cwd=PROJECT_ROOT,
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]


@pytest.mark.parametrize(
    "arguments", [["--port", "0"], ["--port", "70000"], ["--workers", "none"], ["extra"]]
)
def test_serve_refuses_bad_arguments(
    arguments: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", *arguments]) == 2
    assert "error" in capsys.readouterr().err
