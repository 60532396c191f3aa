"""The command line's own features: --version, `resolve`, `--format ics`, `-o`, a publish
date per file, and help that matches the config."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import re
import runpy
from importlib.metadata import version
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from service.cli import GUNICORN_CONFIG, main

PUBLISHED = "2022-03-14"


def _run(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(arguments)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    texts = {"a.txt": "It rained on Friday.", "b=1.txt": "It snowed on Saturday, every week."}
    paths = []
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["--version"], capsys)
    assert (status, out) == (0, f"timeline {version('timeline-service')}\n")


def test_resolve_prints_what_the_api_answers(
    client: FlaskClient, capsys: pytest.CaptureFixture[str]
) -> None:
    options = ["--published", "2022-03-14T09:30:00+01:00", "--timezone", "Europe/Paris"]
    status, out, _ = _run(["resolve", "two weeks ago", *options], capsys)
    assert status == 0
    answer = client.post(
        "/v1/resolve",
        json={"phrase": "two weeks ago", "published": options[1], "timezone": options[3]},
    ).get_json()
    assert json.loads(out) == answer
    assert answer["time"]["value"] == "2022-02-28"


def test_resolve_prints_null_for_no_time_expression(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["resolve", "the cat", "--published", PUBLISHED], capsys)
    assert status == 0 and json.loads(out) == {"phrase": "the cat", "time": None}


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        (["resolve", "last week"], "--published"),
        (["resolve", "last week", "--published", "14/03/2022"], "--published"),
        (["resolve", "last week", "--published", PUBLISHED, "--timezone", "Mars"], "--timezone"),
        (["resolve", "", "--published", PUBLISHED], "phrase"),
    ],
)
def test_resolve_refuses_bad_input_naming_it(
    arguments: list[str], named: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(arguments, capsys)
    assert (status, out) == (2, "")
    assert named in err


def test_ics_of_several_files_is_one_calendar(
    files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(
        ["extract", *map(str, files), "--published", PUBLISHED, "--format", "ics"], capsys
    )
    assert status == 0
    assert out.count("BEGIN:VCALENDAR") == 1 and out.count("BEGIN:VEVENT") == 2
    uids = re.findall(r"^UID:(.*)\r$", out, flags=re.MULTILINE)
    assert len(set(uids)) == 2
    assert "DTSTART;VALUE=DATE:20220311\r\n" in out and "DTSTART;VALUE=DATE:20220312\r\n" in out


def test_output_goes_to_the_file_given_with_o(
    files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "events.ics"
    arguments = [
        "extract",
        str(files[0]),
        "--published",
        PUBLISHED,
        "--format",
        "ics",
        "-o",
        str(target),
    ]
    status, out, _ = _run(arguments, capsys)
    assert (status, out) == (0, "")
    calendar = target.read_bytes()
    assert calendar.startswith(b"BEGIN:VCALENDAR\r\n") and b"\r\r\n" not in calendar


def test_o_into_a_missing_folder_exits_2(
    files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no" / "such" / "out.json"
    status, _, err = _run(
        ["extract", str(files[0]), "--published", PUBLISHED, "-o", str(target)], capsys
    )
    assert status == 2 and "-o" in err and "cannot write" in err


def test_each_file_may_have_its_own_publish_date(
    files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = map(str, files)
    arguments = [
        "extract",
        a,
        b,
        "--published",
        f"{a}=2022-03-14",
        "--published",
        f"{b}=2022-03-21",
    ]
    status, out, _ = _run(arguments, capsys)
    assert status == 0
    first, second = (json.loads(line) for line in out.splitlines())
    assert (first["file"], first["published"]) == (a, "2022-03-14T00:00:00")
    assert (second["file"], second["published"]) == (b, "2022-03-21T00:00:00")
    assert second["events"][0]["time"]["value"] == "2022-03-19"


def test_a_file_s_own_date_wins_over_the_common_one(
    files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = map(str, files)
    arguments = ["extract", a, b, "--published", PUBLISHED, "--published", f"{b}=2022-03-21"]
    _, out, _ = _run(arguments, capsys)
    assert [json.loads(line)["published"][:10] for line in out.splitlines()] == [
        PUBLISHED,
        "2022-03-21",
    ]


@pytest.mark.parametrize(
    ("published", "message"),
    [
        (["missing.txt=2022-03-14"], "not among the FILEs"),
        (["2022-03-14", "2022-03-15"], "given twice"),
        (["{a}=14/03/2022"], "--published"),
    ],
)
def test_bad_publish_dates_are_refused_before_any_file_is_read(
    files: list[Path], published: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    options = [item for value in published for item in ("--published", value.format(a=files[0]))]
    status, out, err = _run(["extract", str(files[0]), *options], capsys)
    assert (status, out) == (2, "")
    assert message in err


def test_a_page_s_title_is_used_unless_one_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta property="og:title" content="Rain returns">'
        '<meta property="article:published_time" content="2022-03-14T08:00:00Z"></head>'
        "<body><article><p>It rained on Friday, the first rain since the drought began "
        "in 2020, and farmers said the harvest would recover next month.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    assert json.loads(_run(["extract", str(page)], capsys)[1])["title"] == "Rain returns"
    given = _run(["extract", str(page), "--title", "Ours"], capsys)[1]
    assert json.loads(given)["title"] == "Ours"


def test_tsv_of_several_files_reads_back_with_a_file_column(
    files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _run(
        ["extract", *map(str, files), "--published", PUBLISHED, "--format", "tsv"], capsys
    )
    header, *rows = list(csv.reader(io.StringIO(out, newline=""), delimiter="\t"))
    assert header[0] == "file" and "event" in header
    assert [row[0] for row in rows] == [str(files[0]), str(files[1]), str(files[1])]


def test_serve_help_states_the_config_s_worker_count(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    settings = runpy.run_path(str(GUNICORN_CONFIG))
    assert settings["workers"] == multiprocessing.cpu_count()  # what "one per core" says
    _, out, _ = _run(["serve", "--help"], capsys)
    assert "WEB_CONCURRENCY, else one per core" in " ".join(out.split())
    assert "cores + 1" not in out
