"""The real server (gunicorn.conf.py, as the Procfile runs it) against clients that are slow,
idle, careless or hostile, on 127.0.0.1.

Deadlines are set short in the server's environment so that the tests meet them quickly;
every socket has a guard timeout against a hang, but no test asserts how long anything took.
"""

from __future__ import annotations

import gzip
import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from service.localserver import running_server
from service.worker import QUICK_BYTES
from tests.reliability.rawhttp import (
    GUARD_SECONDS,
    chunk,
    connect,
    head,
    open_stream,
    read_answer,
    read_answers,
    read_status_line,
)

pytestmark = pytest.mark.e2e

BODY_LIMIT = 1_000_000
ARTICLE = {"text": "The minister resigned yesterday.", "published": "2022-03-14"}
JSON_HEADERS = {"Content-Type": "application/json", "Connection": "close"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    log = tmp_path_factory.mktemp("serving") / "gunicorn.log"
    env = {
        "TIMELINE_HEADER_TIMEOUT": "1",
        "TIMELINE_CLIENT_TIMEOUT": "2",
        "TIMELINE_LOG_REQUESTS": "true",
        "TIMELINE_MAX_CONTENT_LENGTH": str(BODY_LIMIT),
    }
    with running_server(workers=2, env=env, log_path=log, extra_args=("--access-logfile", "-")) as (
        url,
        _,
    ):
        yield url, log


@pytest.fixture
def url(server: tuple[str, Path]) -> str:
    return server[0]


def _article_request(**headers: str) -> bytes:
    body = json.dumps(ARTICLE).encode()
    return head("POST", "/v1/timeline", {**JSON_HEADERS, **headers}, body) + body


def _answered(url: str) -> int:
    """The status of one ordinary request, sent on a fresh connection."""
    with connect(url) as sock:
        sock.sendall(_article_request())
        return read_answer(sock).status


def _assert_error(answer: Any, status: int, code: str) -> None:
    assert answer.status == status, answer.body[:300]
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers["x-request-id"]
    error = answer.json()["error"]
    assert set(error) == {"code", "message", "fields"} and error["code"] == code


def test_idle_connections_do_not_keep_others_out(url: str) -> None:
    # More silent connections than both workers have threads: with sync workers two of them
    # held the whole service until the worker timeout.
    idle = [connect(url) for _ in range(12)]
    try:
        assert _answered(url) == 200
    finally:
        for sock in idle:
            sock.close()


def test_a_head_sent_a_byte_at_a_time_is_answered_408_and_others_are_served(url: str) -> None:
    with connect(url) as slow:
        request = _article_request()
        slow.sendall(request[:10])
        assert _answered(url) == 200  # while the slow head is still arriving
        slow.sendall(request[10:11])
        _assert_error(read_answer(slow), 408, "request_timeout")


def test_a_body_that_stops_coming_is_answered_408(url: str) -> None:
    with connect(url) as slow:
        body = json.dumps(ARTICLE).encode()
        slow.sendall(head("POST", "/v1/timeline", JSON_HEADERS, body) + body[:5])
        assert _answered(url) == 200
        _assert_error(read_answer(slow), 408, "body_timeout")


def test_clients_that_never_read_a_large_answer_do_not_keep_others_out(url: str) -> None:
    text = "It rained yesterday and " * 1999 + "today."
    documents = [{**ARTICLE, "id": str(number), "text": text} for number in range(3)]
    body = json.dumps({"documents": documents}).encode()  # about 9 MB of answer
    request = head("POST", "/v1/timelines", JSON_HEADERS, body) + body
    readers = [connect(url, receive_buffer=4096) for _ in range(4)]
    try:
        for sock in readers:
            sock.sendall(request)
        assert _answered(url) == 200
    finally:
        for sock in readers:
            sock.close()


def test_clients_that_never_read_quick_answers_do_not_keep_others_out(
    server: tuple[str, Path],
) -> None:
    # Requests small enough for a worker to run on its event loop, sent together on each
    # connection, with answers (600 kB each) that soon fill the socket buffers: the loop
    # sends them as the client reads and serves the others meanwhile, and after the client
    # timeout it closes the connection of a client that stopped reading.
    url, log = server
    text = "It rained yesterday and on Friday, said the minister of the region. " * 900
    body = json.dumps({**ARTICLE, "text": text}).encode()
    assert len(body) <= QUICK_BYTES
    one = head("POST", "/v1/timeline", {"Content-Type": "application/json"}, body) + body
    readers = [connect(url, receive_buffer=4096) for _ in range(4)]
    try:
        for sock in readers:
            sock.sendall(one * 8)  # 5 MB of answers each, past the 4 MB a socket buffers
        assert _answered(url) == 200
        _wait_for_line(log, "the client stopped reading its answer")
        answers = [_read_to_the_end(sock).count(b"HTTP/1.1 200 OK") for sock in readers]
        assert min(answers) < 8  # one was cut short, not sent whole
    finally:
        for sock in readers:
            sock.close()


def _wait_for_line(log: Path, words: str) -> None:
    for _ in range(int(GUARD_SECONDS * 10)):
        if words in log.read_text(errors="replace"):
            return
        time.sleep(0.1)
    raise AssertionError(f"no log line says {words!r}")


def _read_to_the_end(sock: socket.socket) -> bytes:
    """What the server sent until it closed (or reset, having left requests unread)."""
    received = bytearray()
    try:
        while chunk := sock.recv(65536):
            received += chunk
    except ConnectionResetError:
        pass
    return bytes(received)


def test_quick_requests_sent_together_on_one_connection_are_answered_in_order(
    url: str,
) -> None:
    texts = [f"The minister resigned {day}." for day in ("yesterday", "on Friday", "today")]
    requests = b""
    for text in texts:
        body = json.dumps({**ARTICLE, "text": text}).encode()
        requests += head("POST", "/v1/timeline", {"Content-Type": "application/json"}, body)
        requests += body
    with connect(url) as sock:
        sock.sendall(requests)
        answers = read_answers(sock, len(texts))
    sentences = [answer.json()["events"][0]["sentence"] for answer in answers]
    assert sentences == texts


def test_a_body_over_the_limit_sent_before_reading_gets_a_readable_413(url: str) -> None:
    # http.client, requests and urllib all send the whole body before they read.
    body = b"x" * (8 * BODY_LIMIT)
    with connect(url) as sock:
        sock.sendall(
            head("POST", "/v1/timeline?published=2022-03-14", {"Content-Type": "text/plain"}, body)
        )
        sock.sendall(body)
        _assert_error(read_answer(sock), 413, "body_too_large")


def test_an_oversized_declared_body_gets_413_without_100_continue(url: str) -> None:
    headers = {
        "Content-Type": "text/plain",
        "Content-Length": str(5 * BODY_LIMIT),
        "Expect": "100-continue",
    }
    with connect(url) as sock:
        sock.sendall(head("POST", "/v1/timeline?published=2022-03-14", headers))
        assert read_status_line(sock).startswith(b"HTTP/1.1 413 ")


def test_a_body_within_the_limit_gets_100_continue_then_its_answer(url: str) -> None:
    body = b"It rained yesterday."
    headers = {"Content-Type": "text/plain", "Expect": "100-continue", "Connection": "close"}
    with connect(url) as sock:
        sock.sendall(head("POST", "/v1/timeline?published=2022-03-14", headers, body))
        assert read_status_line(sock) == b"HTTP/1.1 100 Continue"
        sock.sendall(body)
        assert read_answer(sock).json()["events"][0]["phrase"] == "yesterday"


@pytest.mark.parametrize(
    "chunks",
    [b"zz\r\nabc\r\n0\r\n\r\n", b"5\r\nabc\r\n0\r\n\r\n", b"3\r\nabcXY0\r\n\r\n"],
    ids=["bad-size", "short-chunk", "no-crlf"],
)
def test_broken_chunked_framing_is_a_400_in_the_error_shape_without_a_traceback(
    server: tuple[str, Path], chunks: bytes
) -> None:
    url, log = server
    headers = {"Content-Type": "text/plain", "Transfer-Encoding": "chunked"}
    with connect(url) as sock:
        sock.sendall(head("POST", "/v1/timeline?published=2022-03-14", headers) + chunks)
        answer = read_answer(sock)
    assert answer.status == 400
    assert answer.json()["error"]["code"] in ("malformed_body", "bad_request")
    assert answer.headers["x-request-id"]
    assert answer.headers["connection"] == "close"
    assert "Traceback" not in log.read_text(errors="replace")


@pytest.mark.parametrize(
    ("request_bytes", "status", "code"),
    [
        (b"GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n", 400, "bad_request"),
        (b"GET / HTTP/1.1\r\nHo st: x\r\n\r\n", 400, "bad_request"),
        (b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414, "uri_too_long"),
        (b"GET / HTTP/1.1\r\n" + b"X-A: b\r\n" * 70 + b"\r\n", 431, "header_fields_too_large"),
        (
            b"GET / HTTP/1.1\r\nX-Big: " + b"b" * 70_000 + b"\r\n\r\n",
            431,
            "header_fields_too_large",
        ),
        (b"POST / HTTP/1.1\r\nTransfer-Encoding: br\r\n\r\n", 501, "not_implemented"),
    ],
    ids=["control-in-path", "space-in-name", "long-uri", "many-headers", "huge-head", "coding"],
)
def test_what_gunicorn_refuses_is_answered_in_the_error_shape(
    url: str, request_bytes: bytes, status: int, code: str
) -> None:
    with connect(url) as sock:
        sock.sendall(request_bytes)
        _assert_error(read_answer(sock), status, code)


def test_log_lines_escape_control_characters_from_the_client(server: tuple[str, Path]) -> None:
    url, log = server
    forged = "/v1/nowhere%0A127.0.0.1%20%22GET%20/admin%22%20200%0D%1B[31m"
    with connect(url) as sock:
        sock.sendall(head("GET", forged, {"Connection": "close"}))
        assert read_answer(sock).status == 404
    lines = log.read_text(errors="replace").splitlines()
    assert not any(line.startswith('127.0.0.1 "GET /admin') for line in lines)
    assert not any("\x1b" in line or "\r" in line for line in lines)
    assert any("/v1/nowhere\\x0a127.0.0.1" in line for line in lines)


def test_each_ndjson_result_comes_back_before_the_next_line_is_sent(url: str) -> None:
    lines = [json.dumps({**ARTICLE, "id": str(number)}).encode() + b"\n" for number in (1, 2, 3)]
    with open_stream(url, lines[0]) as sock:
        received = b""
        for number, line in enumerate(lines, 1):
            if number > 1:
                sock.sendall(chunk(line))
            while received.count(b'"index"') < number:  # this line's result
                data = sock.recv(1 << 16)
                assert data, "the server closed the stream"
                received += data
        sock.sendall(b"0\r\n\r\n")


def test_open_ndjson_uploads_do_not_keep_others_out(url: str) -> None:
    line = json.dumps({**ARTICLE, "id": "1"}).encode() + b"\n"
    uploads = []
    try:
        for _ in range(2):
            uploads.append(open_stream(url, line))
        for sock in uploads:
            assert sock.recv(1 << 16).startswith(b"HTTP/1.1 200 ")
        assert _answered(url) == 200  # while both streams wait for their next line
    finally:
        for sock in uploads:
            sock.close()


def test_a_stalled_ndjson_upload_ends_with_an_error_line(url: str) -> None:
    line = json.dumps({**ARTICLE, "id": "1"}).encode() + b"\n"
    with open_stream(url, line) as sock:
        answer = read_answer(sock)  # the client sends nothing more
    assert answer.status == 200 and answer.chunks_ended
    first, last = answer.lines()
    assert first["index"] == 0 and first["error"] is None
    assert last["error"]["code"] == "body_timeout"


def test_a_gzip_body_is_read(url: str) -> None:
    body = gzip.compress(json.dumps(ARTICLE).encode())
    headers = {**JSON_HEADERS, "Content-Encoding": "gzip"}
    with connect(url) as sock:
        sock.sendall(head("POST", "/v1/timeline", headers, body) + body)
        assert read_answer(sock).json()["events"][0]["phrase"] == "yesterday"


def test_a_keep_alive_connection_serves_several_requests(url: str) -> None:
    body = json.dumps(ARTICLE).encode()
    with connect(url) as sock:
        for _ in range(3):
            sock.sendall(head("POST", "/v1/timeline", {"Content-Type": "application/json"}, body))
            sock.sendall(body)
            answer = read_answer(sock)
            assert answer.status == 200 and answer.headers["connection"] == "keep-alive"


def test_broken_chunks_mid_stream_end_it_with_an_error_line(server: tuple[str, Path]) -> None:
    url, log = server
    line = json.dumps({**ARTICLE, "id": "1"}).encode() + b"\n"
    with open_stream(url, line) as sock:
        sock.sendall(b"zz\r\n")
        answer = read_answer(sock)
    assert answer.status == 200 and answer.chunks_ended
    first, last = answer.lines()
    assert first["error"] is None
    assert last["error"]["code"] == "malformed_body"
    assert "Traceback" not in log.read_text(errors="replace")
