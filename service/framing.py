"""What the server must know of a request before a thread takes it: where its head ends, how
long its body is, and whether the client waits for `100 Continue` before sending it.

This is no HTTP parser: gunicorn's parser reads the request for real once a thread has it,
and refuses what is malformed. These functions only tell the event loop when the bytes it has
buffered make a whole request, so that slow clients cost a buffer, not a thread. Whatever
they cannot read plainly (a repeated Content-Length, a Transfer-Encoding other than chunked,
a broken chunk) is marked `framing_known=False` and passed on for gunicorn to refuse.
"""

from __future__ import annotations

from dataclasses import dataclass

NDJSON = "application/x-ndjson"
# The longest chunk-size line or trailer section the scanner waits for before it gives up;
# gunicorn refuses the same lines at the same length (its limit_request_field_size).
MAX_CHUNK_LINE = 8190
MAX_TRAILERS = 8190 * 32


@dataclass(frozen=True, slots=True)
class Head:
    """The facts of a request head that decide when its body is all there."""

    size: int  # bytes up to and including the blank line
    content_length: int | None
    chunked: bool
    expects_continue: bool
    media_type: str  # lower case, without parameters
    framing_known: bool = True
    path: str = ""  # the request target up to any query, exactly as sent

    @property
    def has_body(self) -> bool:
        return self.chunked or bool(self.content_length)

    @property
    def streamed(self) -> bool:
        """A body read by the app as it arrives (NDJSON), never buffered whole."""
        return self.media_type == NDJSON and self.has_body


def head_size(buffer: bytes | bytearray) -> int:
    """Bytes up to and including the blank line that ends the head; -1 while it is not there.

    A bare LF line end also ends it here, so that gunicorn, which refuses bare LFs, answers
    such a request at once rather than the loop waiting for a CRLF that will not come.
    """
    crlf = buffer.find(b"\r\n\r\n")
    lf = buffer.find(b"\n\n")
    ends = [end + 4 for end in (crlf,) if end >= 0] + [end + 2 for end in (lf,) if end >= 0]
    return min(ends) if ends else -1


def read_head(head: bytes | bytearray) -> Head:
    """The facts of a complete head (as `head_size` found it)."""
    lines = bytes(head).replace(b"\r\n", b"\n").split(b"\n")
    version = lines[0].rsplit(b" ", 1)[-1].strip().upper()
    request_line = lines[0].split(b" ")
    target = request_line[1] if len(request_line) == 3 else b""
    path = target.split(b"?", 1)[0].decode("latin-1")
    lengths: list[bytes] = []
    codings: list[bytes] = []
    expects_continue = False
    media_type = ""
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        name, value = name.strip().upper(), value.strip()
        if name == b"CONTENT-LENGTH":
            lengths.append(value)
        elif name == b"TRANSFER-ENCODING":
            codings += [part.strip().lower() for part in value.split(b",")]
        elif name == b"EXPECT":
            expects_continue = value.lower() == b"100-continue" and version == b"HTTP/1.1"
        elif name == b"CONTENT-TYPE":
            media_type = value.split(b";", 1)[0].strip().lower().decode("latin-1")
    chunked = bool(codings) and codings[-1] == b"chunked"
    known = (not codings or chunked) and len(lengths) <= 1 and not (codings and lengths)
    length = None
    if lengths and lengths[0].isdigit() and len(lengths[0]) <= 18:
        length = int(lengths[0])
    elif lengths:
        known = False
    return Head(len(head), length, chunked, expects_continue, media_type, known, path)


class ChunkedScanner:
    """Finds the end of a chunked body in a buffer that grows as bytes arrive.

    Each call resumes where the last one stopped, so a body trickling in costs its length
    once, however small its pieces. Raises `ValueError` for framing it cannot follow.
    """

    def __init__(self, start: int) -> None:
        self.position = start  # the next byte of the buffer to look at
        self._remaining = 0  # data bytes left in the current chunk
        self._state = "size"
        self._trailers = 0
        self._end: int | None = None

    def end(self, buffer: bytes | bytearray) -> int | None:
        """The buffer offset just past the body, or None while more is needed."""
        if self._end is None:
            self._end = self._scan(buffer)
        return self._end

    def _scan(self, buffer: bytes | bytearray) -> int | None:
        while True:
            if self._state == "data":
                taken = min(self._remaining, len(buffer) - self.position)
                self.position += taken
                self._remaining -= taken
                if self._remaining:
                    return None
                self._state = "data-end"
            if self._state == "data-end":
                if len(buffer) - self.position < 2:
                    return None
                if buffer[self.position : self.position + 2] != b"\r\n":
                    raise ValueError("chunk data not followed by CRLF")
                self.position += 2
                self._state = "size"
            line = self._line(buffer)
            if line is None:
                return None
            if self._state == "trailers":
                if not line:
                    return self.position
                self._trailers += len(line) + 2
                if self._trailers > MAX_TRAILERS:
                    raise ValueError("trailer section too long")
                continue
            size = line.split(b";", 1)[0].strip()
            if not size or size.strip(b"0123456789abcdefABCDEF") or len(size) > 16:
                raise ValueError("bad chunk size")
            self._remaining = int(size, 16)
            self._state = "data" if self._remaining else "trailers"

    def _line(self, buffer: bytes | bytearray) -> bytes | None:
        end = buffer.find(b"\r\n", self.position)
        if end < 0:
            if len(buffer) - self.position > MAX_CHUNK_LINE:
                raise ValueError("chunk line too long")
            return None
        line = bytes(buffer[self.position : end])
        self.position = end + 2
        return line
