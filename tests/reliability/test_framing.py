"""The pieces of the worker that read requests, on bytes alone: where a head ends, when a
chunked body is whole, how a body is read as it arrives, and how client text is logged."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from flask.testing import FlaskClient
from gunicorn.config import Config
from gunicorn.http.parser import RequestParser

from service.errors import MalformedBody
from service.framing import ChunkedScanner, head_size, read_head
from service.logsafe import printable
from service.wsgi_input import StreamingInput

HEAD = b"POST /v1/timelines HTTP/1.1\r\nHost: x\r\n"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (HEAD + b"Content-Length: 12\r\n\r\n", (12, False, False, True)),
        (HEAD + b"transfer-encoding: gzip, Chunked\r\n\r\n", (None, True, False, True)),
        (HEAD + b"Content-Length: 5\r\nExpect: 100-Continue\r\n\r\n", (5, False, True, True)),
        (HEAD + b"Content-Length: 5\r\nContent-Length: 6\r\n\r\n", (5, False, False, False)),
        (
            HEAD + b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n",
            (5, True, False, False),
        ),
        (HEAD + b"Content-Length: -5\r\n\r\n", (None, False, False, False)),
        (HEAD + b"Transfer-Encoding: br\r\n\r\n", (None, False, False, False)),
        (
            b"POST / HTTP/1.0\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n",
            (5, False, False, True),
        ),
    ],
    ids=[
        "length",
        "chunked",
        "expect",
        "two-lengths",
        "both",
        "negative",
        "unknown-coding",
        "http10",
    ],
)
def test_a_head_tells_how_its_body_is_framed(raw: bytes, expected: tuple[Any, ...]) -> None:
    assert head_size(raw) == len(raw)
    head = read_head(raw)
    assert (
        head.content_length,
        head.chunked,
        head.expects_continue,
        head.framing_known,
    ) == expected


@pytest.mark.parametrize(
    ("line", "path"),
    [
        (b"POST /v1/timeline HTTP/1.1", "/v1/timeline"),
        (b"POST /v1/timeline?published=2022-03-14 HTTP/1.1", "/v1/timeline"),
        (b"GET http://example.org/v1/timeline HTTP/1.1", "http://example.org/v1/timeline"),
        (b"POST /v1/time%6Cine HTTP/1.1", "/v1/time%6Cine"),
        (b"POST  /v1/timeline HTTP/1.1", ""),
    ],
    ids=["plain", "query", "absolute", "escaped", "two-spaces"],
)
def test_a_head_gives_its_path_as_sent(line: bytes, path: str) -> None:
    # The worker runs a request on its loop only when this path is exactly a quick route's;
    # anything else (escaped, absolute, malformed) goes to a thread and gunicorn's parser.
    assert read_head(line + b"\r\nHost: x\r\n\r\n").path == path


def test_a_head_is_not_whole_until_its_blank_line() -> None:
    raw = HEAD + b"Content-Type: application/x-ndjson; charset=utf-8\r\nContent-Length: 3\r\n\r\n"
    assert [head_size(raw[:end]) for end in range(len(raw))] == [-1] * len(raw)
    assert read_head(raw).streamed and read_head(raw).media_type == "application/x-ndjson"


def test_a_chunked_body_is_found_whole_however_it_is_cut() -> None:
    body = b"5\r\nhello\r\n6;name=value\r\n world\r\n0\r\nTrailer: yes\r\n\r\nNEXT"
    end = len(body) - len(b"NEXT")
    for size in (1, 2, 3, 7, len(body)):
        scanner = ChunkedScanner(0)
        found = [scanner.end(body[: cut + size]) for cut in range(0, len(body), size)]
        assert found[-1] == end
        assert all(result is None for result in found[: (end - 1) // size])


@pytest.mark.parametrize(
    "body",
    [b"zz\r\n", b"5\r\nhelloXY", b"-1\r\n", b"5" * 9000],
    ids=["size", "crlf", "sign", "long"],
)
def test_chunked_framing_it_cannot_follow_is_left_to_gunicorn(body: bytes) -> None:
    with pytest.raises(ValueError):
        ChunkedScanner(0).end(body)


def _body(*pieces: bytes) -> StreamingInput:
    """The body of the request in `pieces`, read as gunicorn's worker reads it."""
    request = next(RequestParser(Config(), iter(pieces), ("127.0.0.1", 1)))
    return StreamingInput(request.body, None)


def test_read1_gives_each_chunk_as_it_arrives() -> None:
    head = HEAD + b"Transfer-Encoding: chunked\r\n\r\n"
    body = _body(head, b"5\r\nhello\r\n", b"6\r\n world\r\n", b"0\r\n\r\n")
    assert [body.read1(), body.read1(), body.read1()] == [b"hello", b" world", b""]
    assert body.complete


def test_read1_gives_what_arrived_of_a_body_of_known_length() -> None:
    body = _body(HEAD + b"Content-Length: 6\r\n\r\nab", b"cd", b"ef", b"GET / HTTP/1.1\r\n")
    assert [body.read1(), body.read1(), body.read1(), body.read1()] == [b"ab", b"cd", b"ef", b""]
    assert body.complete


def test_read1_never_goes_past_the_body() -> None:
    body = _body(HEAD + b"Content-Length: 3\r\n\r\nabcGET / HTTP/1.1\r\n\r\n")
    assert body.read1(100) == b"abc" and body.read1() == b""


@pytest.mark.parametrize(
    "pieces",
    [(b"zz\r\nabc\r\n",), (b"5\r\nabc",), (b"3\r\nabcXY",)],
    ids=["bad-size", "cut", "no-crlf"],
)
def test_broken_chunks_become_a_400_for_the_app(pieces: tuple[bytes, ...]) -> None:
    body = _body(HEAD + b"Transfer-Encoding: chunked\r\n\r\n", *pieces)
    with pytest.raises(MalformedBody):
        while body.read1():
            pass
    assert body.failed and not body.complete


def test_the_100_continue_owed_is_sent_once_on_the_first_read() -> None:
    sent: list[str] = []
    request = next(RequestParser(Config(), iter([HEAD + b"Content-Length: 2\r\n\r\nab"]), ("", 1)))
    body = StreamingInput(request.body, lambda: sent.append("100 Continue"))
    assert sent == []
    assert body.read(1) == b"a" and body.read(1) == b"b"
    assert sent == ["100 Continue"]


class CountingInput(io.BytesIO):
    """A request body that counts how often it is read."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.reads = 0

    def read(self, size: int | None = -1) -> bytes:
        self.reads += 1
        return super().read(size)

    def readinto(self, buffer: Any) -> int:
        self.reads += 1
        return super().readinto(buffer)


def test_an_ndjson_body_is_read_in_blocks_not_bytes(client: FlaskClient) -> None:
    line = json.dumps({"id": "a", "text": "word " * 40_000, "published": "2022-03-14"})
    data = (line + "\n").encode()  # one 200 kB line
    body = CountingInput(data)
    response = client.post(
        "/v1/timelines",
        input_stream=body,
        content_type="application/x-ndjson",
        headers={"Content-Length": str(len(data))},
    )
    assert response.status_code == 200
    assert json.loads(response.get_data())["id"] == "a"
    assert body.reads <= len(data) // 16_384 + 2


@pytest.mark.parametrize(
    ("given", "logged"),
    [
        ("/plain/path?q=1", "/plain/path?q=1"),
        ("/a\nforged", "/a\\x0aforged"),
        ("\x1b[31mred\r", "\\x1b[31mred\\x0d"),
        ('say "hi" \\o/', "say \\x22hi\\x22 \\x5co/"),
        ("nel\x85 ls\u2028 bidi\u202e", "nel\\x85 ls\\u2028 bidi\\u202e"),
        ("café ünïcode", "café ünïcode"),
    ],
)
def test_client_text_is_logged_on_one_line(given: str, logged: str) -> None:
    assert printable(given) == logged
