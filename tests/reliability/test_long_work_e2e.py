"""Long work against the real server: batches and streams that outlive gunicorn's worker
timeout, the per-worker share of streams, a SIGTERM drain, and the control socket.

The servers here set `TIMELINE_WORKER_TIMEOUT=2`: work that takes longer than that must
still be answered whole. No test asserts how long anything took.
"""

from __future__ import annotations

import json
import signal
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from service.localserver import running_server
from tests.reliability.rawhttp import chunk, connect, head, open_stream, read_answer

pytestmark = pytest.mark.e2e

# About a second of work each on a fast machine: 2,000 German dates, the per-text limit.
GERMAN = " ".join(f"{day % 28 + 1}.{day % 12 + 1}.2021" for day in range(2000))
PUBLISHED = "2022-03-14"
SHORT = {"text": "The minister resigned yesterday.", "published": PUBLISHED}
LONG_WORK = {"TIMELINE_WORKER_TIMEOUT": "2", "TIMELINE_THREADS": "2"}


def _german(number: int) -> dict[str, Any]:
    return {"id": str(number), "text": GERMAN, "published": PUBLISHED, "language": "de"}


def _post(path: str, body: bytes, content_type: str = "application/json") -> bytes:
    headers = {"Content-Type": content_type, "Connection": "close"}
    return head("POST", path, headers, body) + body


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with running_server(workers=1, env=LONG_WORK) as (base_url, _):
        yield base_url


def test_a_json_batch_longer_than_the_worker_timeout_is_answered_whole(url: str) -> None:
    body = json.dumps({"documents": [_german(number) for number in range(4)]}).encode()
    with connect(url) as sock:
        sock.sendall(_post("/v1/timelines", body))
        answer = read_answer(sock)
    assert answer.status == 200
    results = answer.json()["results"]
    assert [len(result["timeline"]["events"]) for result in results] == [2000] * 4


def test_an_ndjson_stream_longer_than_the_worker_timeout_is_answered_whole(url: str) -> None:
    body = b"".join(json.dumps(_german(number)).encode() + b"\n" for number in range(4))
    with connect(url) as sock:
        sock.sendall(_post("/v1/timelines", body, "application/x-ndjson"))
        answer = read_answer(sock)
    assert answer.status == 200 and answer.chunks_ended
    assert [line["index"] for line in answer.lines()] == [0, 1, 2, 3]
    assert all(line["error"] is None for line in answer.lines())


def test_streams_past_the_workers_share_get_503_and_short_requests_still_run(url: str) -> None:
    # Two threads, so one stream at most: the other thread stays for everything else.
    headers = {"Content-Type": "application/x-ndjson", "Transfer-Encoding": "chunked"}
    line = json.dumps({**SHORT, "id": "1"}).encode() + b"\n"
    with open_stream(url, line) as first, connect(url) as second:
        assert first.recv(1 << 16).startswith(b"HTTP/1.1 200 ")
        second.sendall(head("POST", "/v1/timelines", headers) + chunk(line))
        refused = read_answer(second)
        assert refused.status == 503 and refused.headers["retry-after"]
        assert refused.json()["error"]["code"] == "too_many_streams"
        with connect(url) as other:
            other.sendall(_post("/v1/timeline", json.dumps(SHORT).encode()))
            assert read_answer(other).status == 200


def test_sigterm_answers_the_connections_queued_on_the_socket() -> None:
    body = json.dumps({"documents": [_german(1)]}).encode()
    with running_server(workers=1, env=LONG_WORK) as (url, process), ExitStack() as sockets:
        busy = [sockets.enter_context(connect(url)) for _ in range(2)]  # both threads
        for sock in busy:
            sock.sendall(_post("/v1/timelines", body))
        queued = [sockets.enter_context(connect(url)) for _ in range(8)]  # not accepted yet
        for sock in queued:
            sock.sendall(_post("/v1/timeline", json.dumps(SHORT).encode()))
        process.send_signal(signal.SIGTERM)
        statuses = [read_answer(sock).status for sock in busy + queued]
        assert process.wait(timeout=60) == 0
    assert statuses == [200] * 10


def test_sigterm_ends_an_open_stream_with_an_error_line_saying_where_it_stopped() -> None:
    headers = {"Content-Type": "application/x-ndjson", "Transfer-Encoding": "chunked"}
    with running_server(workers=1, env=LONG_WORK) as (url, process):
        with connect(url) as sock:
            sock.sendall(head("POST", "/v1/timelines", headers))
            for number in (1, 2):
                sock.sendall(chunk(json.dumps({**SHORT, "id": str(number)}).encode() + b"\n"))
            received = b""
            while received.count(b'"index"') < 2:  # both lines answered
                data = sock.recv(1 << 16)
                assert data, "the server closed the stream"
                received += data
            process.send_signal(signal.SIGTERM)
            while data := sock.recv(1 << 16):
                received += data
        assert process.wait(timeout=60) == 0
    lines = [json.loads(line) for line in received.split(b"\r\n") if line.startswith(b"{")]
    assert [line.get("index") for line in lines[:2]] == [0, 1]
    assert lines[-1]["error"]["code"] == "server_stopping"
    assert "from index 2" in lines[-1]["error"]["message"]
    assert received.endswith(b"0\r\n\r\n")  # the stream itself ended properly


def test_no_control_socket_is_shared_between_instances(tmp_path: Path) -> None:
    home, runtime = tmp_path / "home", tmp_path / "run"
    home.mkdir()
    runtime.mkdir()
    env = {"HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)}
    with running_server(workers=1, env=env), running_server(workers=1, env=env):
        created = sorted(str(path) for path in tmp_path.rglob("*.ctl"))
    assert created == []


def test_a_control_socket_is_opened_where_the_instance_is_told(tmp_path: Path) -> None:
    path = tmp_path / "web-1.ctl"
    with running_server(workers=1, env={"TIMELINE_CONTROL_SOCKET": str(path)}):
        # gunicorn opens it in a thread once its workers are up: look until it is there.
        deadline = time.monotonic() + 20
        while not path.is_socket() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert path.is_socket()


def test_a_request_still_arriving_when_the_server_stops_gets_503_to_send_again() -> None:
    with running_server(workers=1, env=LONG_WORK) as (url, process), connect(url) as slow:
        slow.sendall(_post("/v1/timeline", json.dumps(SHORT).encode())[:20])
        with connect(url) as other:  # the slow one is held by now: this one comes after it
            other.sendall(_post("/v1/timeline", json.dumps(SHORT).encode()))
            assert read_answer(other).status == 200
        process.send_signal(signal.SIGTERM)
        answer = read_answer(slow)
        assert process.wait(timeout=60) == 0
    assert answer.status == 503 and answer.headers["retry-after"]
    assert answer.json()["error"]["code"] == "server_stopping"
