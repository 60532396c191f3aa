"""`timeline extract`: the API's JSON on the command line, exit status 2 on bad input."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from service.cli import main


def _without_timing(document: dict[str, Any]) -> dict[str, Any]:
    return {**document, "stats": {**document["stats"], "elapsed_ms": None}}


@pytest.fixture
def article_file(tmp_path: Path, transit_strike: str) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(transit_strike, encoding="utf-8")
    return path


def test_extract_prints_the_json_the_api_returns(
    article_file: Path,
    transit_strike: str,
    client: FlaskClient,
    capsys: pytest.CaptureFixture[str],
) -> None:
    options = ["--published", "2022-03-14T09:30:00-05:00", "--timezone", "America/Chicago"]
    assert main(["extract", str(article_file), *options, "--title", "Strike"]) == 0
    printed = json.loads(capsys.readouterr().out)
    answer = client.post(
        "/v1/timeline",
        json={
            "text": transit_strike,
            "published": "2022-03-14T09:30:00-05:00",
            "timezone": "America/Chicago",
            "title": "Strike",
        },
    ).get_json()
    assert _without_timing(printed) == _without_timing(answer)


def test_extract_reads_stdin_for_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO("Sie kam gestern – he left yesterday.".encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["extract", "-", "--published", "2022-03-14"]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    assert [event["time"]["value"] for event in events if event["phrase"] == "yesterday"] == [
        "2022-03-13"
    ]


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        (["--published", "14.03.2022"], "--published"),
        (["--published", "2022-03-14", "--language", "xx"], "--language"),
        (["--published", "2022-03-14", "--timezone", "Mars/Base"], "--timezone"),
        (["--published", "2022-03-14", "--prefer", "never"], "--prefer"),
        ([], "--published"),
    ],
)
def test_bad_options_exit_2_naming_the_option(
    article_file: Path,
    arguments: list[str],
    complaint: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["extract", str(article_file), *arguments]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert complaint in captured.err


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        (None, "cannot read"),
        (b"caf\xe9 hier", "not UTF-8"),
        (b"  \n", "article.txt: text: Must not be blank"),
    ],
    ids=["missing", "latin-1", "blank"],
)
def test_unusable_file_exits_2(
    tmp_path: Path,
    content: bytes | None,
    complaint: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["extract", str(path), "--published", "2022-03-14"]) == 2
    assert complaint in capsys.readouterr().err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--help"]) == 0
    assert "--published" in capsys.readouterr().out
