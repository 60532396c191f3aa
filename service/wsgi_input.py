"""`wsgi.input` as the app gets it from our gunicorn worker: gunicorn's request body, plus
what the app needs of it and gunicorn does not give.

- `read1(size)`: what has arrived, at least one byte unless the body is over, and never waits
  for more; a stream read line by line (NDJSON) answers each line as soon as it is complete
  instead of waiting for a block to fill.
- The interim `100 Continue` is sent when the app first reads the body: a request the app
  refuses before reading (a declared length over the limit) gets its final answer without it.
- Broken framing (a bad chunk size, a missing CRLF, the client closing mid-body) and a client
  that stops sending become `MalformedBody` (400) and `BodyTimeout` (408), answered as JSON
  by the app like any other client error, instead of escaping as exceptions with tracebacks.

`read1` works on gunicorn's own readers (`LengthReader`, `ChunkedReader`), whose internals it
uses; gunicorn is pinned in constraints.txt and tests/reliability/test_serving_e2e.py holds
these to it. Any other reader falls back to a plain `read`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from gunicorn.http.body import ChunkedReader, LengthReader
from gunicorn.http.errors import NoMoreData, ParseException

from service.errors import BodyTimeout, MalformedBody

READ1_SIZE = 64 * 1024


class StreamingInput:
    """The body of one request; `send_continue` writes `100 Continue` once, if it is owed."""

    def __init__(self, body: Any, send_continue: Callable[[], None] | None) -> None:
        self._body = body
        self._send_continue = send_continue
        self.failed = False

    def read(self, size: int | None = None) -> bytes:
        data: bytes = self._guarded(self._body.read, size)
        return data

    def readline(self, size: int | None = None) -> bytes:
        data: bytes = self._guarded(self._body.readline, size)
        return data

    def readlines(self, hint: int | None = None) -> list[bytes]:
        lines: list[bytes] = self._guarded(self._body.readlines, hint)
        return lines

    def __iter__(self) -> Iterator[bytes]:
        while line := self.readline():
            yield line

    def read1(self, size: int = READ1_SIZE) -> bytes:
        """Up to `size` bytes of what has arrived; waits only when nothing has."""
        data: bytes = self._guarded(self._available, size)
        return data

    @property
    def complete(self) -> bool:
        """Whether the client has sent the whole body (so nothing more will come)."""
        reader = self._body.reader
        if self.failed:
            return False
        if isinstance(reader, LengthReader):
            return bool(reader.length == 0)
        if isinstance(reader, ChunkedReader):
            return reader.parser is None
        return False

    def _available(self, size: int) -> bytes:
        body, reader = self._body, self._body.reader
        if size <= 0:
            return b""
        if body.buf.tell():  # bytes the last readline read past its line
            return bytes(body.read(min(size, body.buf.tell())))
        if isinstance(reader, ChunkedReader):
            return self._next_chunk(reader, size)
        if isinstance(reader, LengthReader):
            return self._next_bytes(reader, size)
        return bytes(body.read(size))

    @staticmethod
    def _next_chunk(reader: Any, size: int) -> bytes:
        if reader.buf.tell():
            return bytes(reader.read(min(size, reader.buf.tell())))
        if reader.parser is None:
            return b""
        try:
            piece: bytes = next(reader.parser)  # one chunk's bytes, as they were received
        except StopIteration:
            reader.parser = None
            return b""
        if len(piece) > size:
            reader.buf.write(piece[size:])
            piece = piece[:size]
        return piece

    @staticmethod
    def _next_bytes(reader: Any, size: int) -> bytes:
        if reader.length <= 0:
            return b""
        data: bytes = reader.unreader.read()  # what is buffered, else one recv()
        if not data:
            raise NoMoreData()
        wanted = min(size, reader.length)
        if len(data) > wanted:
            reader.unreader.unread(data[wanted:])
            data = data[:wanted]
        reader.length -= len(data)
        return data

    def _guarded(self, read: Callable[[Any], Any], size: Any) -> Any:
        if self._send_continue is not None:
            send, self._send_continue = self._send_continue, None
            send()
        try:
            return read(size)
        except TimeoutError as exc:
            self._fail()
            raise BodyTimeout("The client stopped sending the request body.") from exc
        except NoMoreData as exc:
            self._fail()
            raise MalformedBody("The request body ended before its announced end.") from exc
        except OSError as exc:  # reset by the client: nobody reads the answer, but no trace
            self._fail()
            raise MalformedBody(f"The connection broke while reading the body: {exc}.") from exc
        except ParseException as exc:
            self._fail()
            raise MalformedBody(f"The request body's framing is broken: {exc}.") from exc

    def _fail(self) -> None:
        self.failed = True
        self._body.failed = True
