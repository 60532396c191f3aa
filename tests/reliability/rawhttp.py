"""HTTP/1.1 on a plain socket, for tests that must send what a library would not (a head a
byte at a time, broken chunks, nothing at all) and see exactly what comes back."""

from __future__ import annotations

import json
import socket
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

# Every socket of these tests gives up after this long: a guard against a hang, never a
# measurement (the tests assert what arrives, not when).
GUARD_SECONDS = 15.0


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    chunks_ended: bool = field(default=False)  # a chunked body ended with its last chunk

    def json(self) -> Any:
        return json.loads(self.body)

    def lines(self) -> list[Any]:
        return [json.loads(line) for line in self.body.splitlines() if line.strip()]


def connect(base_url: str, receive_buffer: int | None = None) -> socket.socket:
    """A connection to the server at `base_url` (127.0.0.1 only)."""
    parts = urlsplit(base_url)
    assert parts.hostname == "127.0.0.1" and parts.port is not None
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if receive_buffer is not None:  # before connecting, so the window is small from the start
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
    sock.settimeout(GUARD_SECONDS)
    sock.connect((parts.hostname, parts.port))
    return sock


def head(
    method: str, path: str, headers: dict[str, str] | None = None, body: bytes | None = None
) -> bytes:
    """A request head; Content-Length from `body` unless `headers` frame it themselves."""
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1"]
    given = {name.lower() for name in headers or {}}
    if body is not None and not {"content-length", "transfer-encoding"} & given:
        lines.append(f"Content-Length: {len(body)}")
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


STREAM_HEADERS = {"Content-Type": "application/x-ndjson", "Transfer-Encoding": "chunked"}


def open_stream(base_url: str, first_line: bytes) -> socket.socket:
    """A chunked NDJSON upload to /v1/timelines with its first line sent, once a worker has
    taken it (its answer's status line is there, unread).

    A stream that an earlier test closed is given back to its worker's share a moment after
    the close, when its thread is done; until then that worker answers 503
    `too_many_streams`. So a refusal of that code is tried again, a bounded number of times;
    nothing is timed.
    """
    for _ in range(200):
        sock = connect(base_url)
        sock.sendall(head("POST", "/v1/timelines", STREAM_HEADERS) + chunk(first_line))
        status = b""
        while len(status) < 12:  # "HTTP/1.1 200", peeked so that the answer stays whole
            status = sock.recv(12, socket.MSG_PEEK)
            if not status:
                break
        if status.startswith(b"HTTP/1.1 200"):
            return sock
        refusal = read_answer(sock)
        sock.close()
        assert refusal.status == 503, refusal.body[:300]
        assert refusal.json()["error"]["code"] == "too_many_streams"
        time.sleep(0.05)
    raise AssertionError("no worker took the stream: the earlier ones were never given back")


def read_answer(sock: socket.socket) -> Answer:
    """One whole answer (skipping any 100 Continue): by Content-Length, chunks, or EOF."""
    return _answer(_Reader(sock))


def read_answers(sock: socket.socket, count: int) -> list[Answer]:
    """`count` answers in a row, to requests sent together: one reader keeps what arrived of
    the next answer with the last one."""
    reader = _Reader(sock)
    return [_answer(reader) for _ in range(count)]


def _answer(reader: _Reader) -> Answer:
    status, headers = reader.head()
    while status == 100:
        status, headers = reader.head()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body, ended = reader.chunked()
        return Answer(status, headers, body, ended)
    if "content-length" in headers:
        return Answer(status, headers, reader.exactly(int(headers["content-length"])))
    return Answer(status, headers, reader.rest())


def read_status_line(sock: socket.socket) -> bytes:
    """The first line the server sends."""
    return _Reader(sock).line()


class _Reader:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""

    def _more(self) -> bool:
        data = self.sock.recv(1 << 16)
        self.buffer += data
        return bool(data)

    def line(self) -> bytes:
        while b"\r\n" not in self.buffer:
            if not self._more():
                raise ConnectionError(f"closed before a line ended: {self.buffer[:200]!r}")
        line, self.buffer = self.buffer.split(b"\r\n", 1)
        return line

    def head(self) -> tuple[int, dict[str, str]]:
        status = int(self.line().split()[1])
        headers: dict[str, str] = {}
        while line := self.line():
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        return status, headers

    def exactly(self, size: int) -> bytes:
        while len(self.buffer) < size:
            if not self._more():
                raise ConnectionError(f"closed after {len(self.buffer)} of {size} bytes")
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data

    def rest(self) -> bytes:
        while self._more():
            pass
        data, self.buffer = self.buffer, b""
        return data

    def chunked(self) -> tuple[bytes, bool]:
        body = b""
        try:
            while size := int(self.line().split(b";")[0], 16):
                body += self.exactly(size)
                self.exactly(2)
            self.line()  # the empty line after the last chunk (we send no trailers)
        except ConnectionError:
            return body, False
        return body, True
