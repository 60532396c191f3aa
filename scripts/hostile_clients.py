"""Clients that a public server meets and a benchmark never sends, for `scripts/loadtest.py`.

Each runs in its own thread against 127.0.0.1 until told to stop, and tallies what the server
did with it: idle connections that send nothing, heads and bodies sent a byte at a time,
clients that read their answer and then keep the connection open, clients that ask for a
large answer and never read it, and a slow NDJSON upload. None of them may cost the ordinary
clients their answers.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable

Tally = Counter[str]
ARTICLE = {"text": "The minister resigned yesterday.", "published": "2022-03-14"}
_BODY = json.dumps(ARTICLE).encode()
_HEAD = (
    "POST /v1/timeline HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    f"Content-Length: {len(_BODY)}\r\n\r\n"
).encode()
_BIG_TEXT = "It rained yesterday and " * 1999 + "today."
_BIG = json.dumps(
    {"documents": [{**ARTICLE, "id": str(n), "text": _BIG_TEXT} for n in range(3)]}
).encode()  # about 9 MB of answer
# A byte every this often: under every deadline between two bytes, never done in time.
TRICKLE_SECONDS = 0.5


def _connect(port: int, receive_buffer: int | None = None) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if receive_buffer is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
    sock.settimeout(60)
    sock.connect(("127.0.0.1", port))
    return sock


def _status(sock: socket.socket) -> str:
    """The status the server answered with, or how the connection ended."""
    try:
        first = sock.recv(64)
    except OSError as exc:
        return type(exc).__name__
    return first.split(b" ", 2)[1].decode() if first.startswith(b"HTTP/1.1 ") else "closed"


def idle(port: int, stop: threading.Event, tally: Tally) -> None:
    """Connects and sends nothing, again and again."""
    while not stop.is_set():
        with _connect(port) as sock:
            tally[f"idle: {_status(sock)}"] += 1


def slow_head(port: int, stop: threading.Event, tally: Tally) -> None:
    """Sends a request head a byte at a time."""
    while not stop.is_set():
        with _connect(port) as sock:
            tally[f"slow head: {_trickle(sock, _HEAD)}"] += 1


def slow_body(port: int, stop: threading.Event, tally: Tally) -> None:
    """Sends the head at once and the body a byte at a time."""
    while not stop.is_set():
        with _connect(port) as sock:
            sock.sendall(_HEAD)
            tally[f"slow body: {_trickle(sock, _BODY)}"] += 1


def _trickle(sock: socket.socket, data: bytes) -> str:
    """Send `data` a byte every `TRICKLE_SECONDS`, until the server answers or closes."""
    sock.settimeout(TRICKLE_SECONDS)
    for byte in data:
        try:
            sock.send(bytes([byte]))
            first = sock.recv(64)
        except TimeoutError:
            continue  # no answer yet: the next byte
        except OSError as exc:
            return type(exc).__name__
        if not first.startswith(b"HTTP/1.1 "):
            return "closed"
        return first.split(b" ", 2)[1].decode()
    return "never answered"


def lingering(port: int, stop: threading.Event, tally: Tally) -> None:
    """Reads its answer, then keeps the connection open until the server closes it."""
    while not stop.is_set():
        with _connect(port) as sock:
            sock.sendall(_HEAD + _BODY)
            outcome = _status(sock)
            try:
                while sock.recv(1 << 16):
                    pass
            except OSError:
                pass
            tally[f"lingering: {outcome}"] += 1


def non_reader(port: int, stop: threading.Event, tally: Tally) -> None:
    """Asks for a 9 MB answer with a tiny window and reads none of it for 20 s."""
    head = (
        "POST /v1/timelines HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Connection: close\r\nContent-Length: {len(_BIG)}\r\n\r\n"
    ).encode()
    while not stop.is_set():
        with _connect(port, receive_buffer=4096) as sock:
            sock.sendall(head + _BIG)
            stop.wait(20)
            tally["non-reader: left unread"] += 1


def slow_stream(port: int, stop: threading.Event, tally: Tally) -> None:
    """An NDJSON upload of a line every half second, reading each result as it comes."""
    head = (
        b"POST /v1/timelines HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    while not stop.is_set():
        with _connect(port) as sock:
            sock.sendall(head)
            received = b""
            for index in range(40):
                line = json.dumps({**ARTICLE, "id": str(index)}).encode() + b"\n"
                try:
                    sock.sendall(b"%x\r\n%s\r\n" % (len(line), line))
                    while f'"index":{index},'.encode() not in received:
                        data = sock.recv(1 << 16)
                        if not data:
                            raise ConnectionError("closed")
                        received += data
                except OSError:
                    break
                if b'"server_stopping"' in received or stop.wait(TRICKLE_SECONDS):
                    break
            answered = received.count(b'"index":')
            tally["stream: lines answered"] += answered
            if b'"server_stopping"' in received:
                tally["stream: ended with server_stopping"] += 1


BEHAVIOURS: list[tuple[str, Callable[[int, threading.Event, Tally], None]]] = [
    ("idle", idle),
    ("slow head", slow_head),
    ("idle", idle),
    ("slow head", slow_head),
    ("lingering", lingering),
    ("slow body", slow_body),
    ("non-reader", non_reader),
    ("slow stream", slow_stream),
    ("idle", idle),
    ("lingering", lingering),
]


def run(port: int, stop: threading.Event, tally: Tally, count: int) -> list[threading.Thread]:
    """Start `count` hostile clients, cycling through the behaviours."""
    threads = []
    for number in range(count):
        name, behaviour = BEHAVIOURS[number % len(BEHAVIOURS)]
        thread = threading.Thread(
            target=_guarded, args=(name, behaviour, port, stop, tally), daemon=True
        )
        thread.start()
        threads.append(thread)
        time.sleep(0.05)
    return threads


def _guarded(
    name: str,
    behaviour: Callable[[int, threading.Event, Tally], None],
    port: int,
    stop: threading.Event,
    tally: Tally,
) -> None:
    while not stop.is_set():
        try:
            behaviour(port, stop, tally)
        except OSError as exc:  # refused once the server stops, or reset: note it, go on
            tally[f"{name}: {type(exc).__name__}"] += 1
            stop.wait(0.2)
