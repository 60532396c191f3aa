"""A client connection as our worker holds it, and what becomes of it after each request."""

from __future__ import annotations

import socket
from enum import Enum
from typing import Any

from gunicorn.workers.gthread import TConn

from service.framing import ChunkedScanner, Head
from service.logsafe import printable

CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"


class Phase(Enum):
    """Where a connection is between two requests, and who holds it."""

    HEAD = "head"  # waiting for (the rest of) a request head
    BODY = "body"  # the head is in; buffering a body of bounded size
    READY = "ready"  # whole, waiting for a thread
    RUNNING = "running"  # a thread has it
    WRITE = "write"  # run on the loop; its answer is going out as the client reads it
    KEEPALIVE = "keep-alive"  # answered; waiting for the next request
    LINGER = "linger"  # answered and half-closed; dropping what the client still sends


class Ending(Enum):
    """How a connection ends once its answer is written: what `Outcome` the loop gets."""

    KEEP = "keep"  # open for the next request
    CLOSE = "close"  # half-close, then close: the client sent all it will
    LINGER = "linger"  # half-close, and read what the client still sends
    DROP = "drop"  # close at once: the connection broke, or the answer did


class Outcome(Enum):
    """What the thread leaves the loop to do with a connection once it has answered."""

    KEEP = "keep"
    LINGER = "linger"
    CLOSED = "closed"


class Conn(TConn):  # type: ignore[misc]  # gunicorn ships no type hints
    """A client connection and what the loop has buffered of its next request."""

    def __init__(self, cfg: Any, sock: socket.socket, client: Any, server: Any) -> None:
        super().__init__(cfg, sock, client, server)
        self.buffer = bytearray()
        self.head: Head | None = None
        self.scanner: ChunkedScanner | None = None
        self.phase = Phase.HEAD
        self.deadline = 0.0
        self.continue_sent = False
        self.watched = False
        self.streaming = False
        self.received = False  # the loop holds every byte of the request: none will follow
        self.dropped = 0
        # An answer the loop is sending (Phase.WRITE), and how the connection then ends.
        self.answer = memoryview(b"")
        self.ending = Ending.KEEP

    def next_request(self, leftover: bytes) -> None:
        self.buffer = bytearray(leftover)
        self.head, self.scanner, self.continue_sent, self.dropped = None, None, False, 0


class AnswerBuffer:
    """Where a request run on the event loop writes its answer, in place of the socket:
    gunicorn writes with `sendall`, and the loop then sends the bytes as fast as the client
    reads them, never waiting on it."""

    def __init__(self) -> None:
        self.data = bytearray()

    def sendall(self, data: bytes) -> None:
        self.data += data

    def send(self, data: bytes) -> int:
        self.data += data
        return len(data)


def send_continue(conn: Conn, out: Any) -> None:
    """Write the interim `100 Continue` the client waits for, once."""
    if not conn.continue_sent:
        conn.continue_sent = True
        out.sendall(CONTINUE)


def peer(client: Any) -> str:
    """The client's address as a log line may show it."""
    address = client[0] if isinstance(client, tuple) and client else client
    return printable(str(address or "-"))
