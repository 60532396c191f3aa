"""What one request may produce: bounded answers, exports without raw control characters,
and log lines that a client cannot forge."""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service.export import TSV_COLUMNS

PUBLISHED = "2022-03-14"
# Every character that some reader breaks a line or a field on, or that a terminal obeys.
CONTROLS = "\x00\x01\x08\x0b\x0c\x1b\x1c\x1d\x1e\x7f\x85\u2028\u2029"
HOSTILE = f"It rained{CONTROLS} yesterday{CONTROLS}\r\n\tand on Friday."


def _export(client: FlaskClient, form: str) -> str:
    response = client.post(
        f"/v1/timeline?format={form}", json={"text": HOSTILE, "published": PUBLISHED}
    )
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_tsv_rows_and_cells_hold_no_break_or_control_character(client: FlaskClient) -> None:
    # Tab, CR and LF stay in their cells inside RFC 4180 quotes; every other character some
    # reader breaks on is gone, quoted or not.
    tsv = _export(client, "tsv")
    assert not any(char in tsv for char in CONTROLS)
    bare = re.sub(r'"(?:[^"]|"")*"', "", tsv)  # what lies outside the quoted cells
    assert "\r" not in bare and bare.endswith("\n")
    rows = bare.split("\n")[:-1]
    assert len(rows) == 3  # the header and two events
    assert all(row.count("\t") == len(TSV_COLUMNS) - 1 for row in rows)
    read = list(csv.reader(io.StringIO(tsv, newline=""), delimiter="\t"))
    assert len(read) == 3 and all(len(row) == len(TSV_COLUMNS) for row in read)
    sentences = [dict(zip(read[0], row, strict=True))["sentence"] for row in read[1:]]
    assert any("\r\n\t" in sentence for sentence in sentences)  # kept, not flattened


def test_ics_text_holds_no_control_character(client: FlaskClient) -> None:
    ics = _export(client, "ics")
    unfolded = ics.replace("\r\n ", "")
    lines = unfolded.split("\r\n")[:-1]
    assert all(line and "\n" not in line and "\r" not in line for line in lines)
    assert not any(char in unfolded.replace("\r\n", "") for char in CONTROLS)
    assert any(line.startswith("DESCRIPTION:") and "\\n" in line for line in lines)


def _documents(count: int, text: str = "It rained on Friday and on Saturday.") -> list[Any]:
    return [{"id": str(n), "text": text, "published": PUBLISHED} for n in range(count)]


def test_a_batch_answer_stops_growing_at_its_expression_bound(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("service.batch.MAX_BATCH_EXPRESSIONS", 5)  # two events a document
    results = client.post("/v1/timelines", json={"documents": _documents(5)}).get_json()["results"]
    answered = [r["id"] for r in results if r["timeline"] is not None]
    refused = [r for r in results if r["error"] is not None]
    assert answered == ["0", "1"]
    assert [r["id"] for r in refused] == ["2", "3", "4"]
    assert {r["error"]["code"] for r in refused} == {"answer_too_large"}
    assert "another request" in refused[0]["error"]["message"]


def test_a_batch_answer_stops_growing_at_its_byte_bound(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("service.batch.MAX_ANSWER_BYTES", 3000)
    response = client.post("/v1/timelines", json={"documents": _documents(10)})
    results = response.get_json()["results"]
    assert len(results) == 10 and results[0]["error"] is None
    assert results[-1]["error"]["code"] == "answer_too_large"
    assert len(response.data) < 3000 + 10 * 400  # what is left is the errors


def test_merging_counts_each_event_twice(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("service.batch.MAX_BATCH_EXPRESSIONS", 5)
    body = client.post("/v1/timelines", json={"documents": _documents(5), "merge": True})
    answer = body.get_json()
    assert [r["id"] for r in answer["results"] if r["timeline"]] == ["0"]
    assert {e["document"] for e in answer["merged"]["events"]} == {"0"}


def test_an_ndjson_merge_past_its_bound_ends_with_an_error_line(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("service.ndjson.MAX_MERGED_EVENTS", 5)
    body = b"".join(json.dumps(doc).encode() + b"\n" for doc in _documents(4))
    response = client.post(
        "/v1/timelines?merge=true", data=body, content_type="application/x-ndjson"
    )
    *results, last = [json.loads(line) for line in response.get_data().splitlines()]
    assert [r["error"] for r in results] == [None] * 4  # every document still answered
    assert last["error"]["code"] == "answer_too_large"


# Percent-encoded as a client sends it; the path the app logs has them decoded.
FORGED = "/v1/x%0A127.0.0.1%20%22GET%20/admin%20HTTP/1.1%22%20200%0D%1B[2J%E2%80%A8%E2%80%AE"


def test_the_request_log_escapes_what_the_client_sent(caplog: pytest.LogCaptureFixture) -> None:
    from service import create_app

    client = create_app({"TESTING": True, "LOG_REQUESTS": True}).test_client()
    with caplog.at_level(logging.INFO, logger="service.requests"):
        client.get(FORGED)
    (line,) = [r.getMessage() for r in caplog.records if r.name == "service.requests"]
    assert "\n" not in line and "\r" not in line and "\x1b" not in line
    assert "\u2028" not in line and "\u202e" not in line
    assert "/v1/x\\x0a127.0.0.1 \\x22GET /admin" in line


def test_the_unhandled_error_line_escapes_the_path(
    app: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    @app.get("/v1/boom/<path:rest>")
    def boom(rest: str) -> str:
        raise RuntimeError("a bug")

    app.config["PROPAGATE_EXCEPTIONS"] = False
    with caplog.at_level(logging.ERROR):
        assert app.test_client().get("/v1/boom/a\nforged line\x1b").status_code == 500
    (record,) = [r for r in caplog.records if "Unhandled error" in r.getMessage()]
    assert "\n" not in record.getMessage() and "\x1b" not in record.getMessage()
