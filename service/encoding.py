"""Request bodies as their bytes: content codings undone within a bound, charsets honoured.

`Content-Encoding: gzip` (or `x-gzip`) and `deflate` are decoded, in the reverse of the order
they are listed, never to more than the body limit: a small compressed body that expands
past it (a "zip bomb") is refused with 413 as soon as the limit is passed, without holding
more than the limit in memory. `identity` is nothing to undo. Any other coding (`br`, `zstd`,
`compress`) is refused with 415 rather than read as if it were plain bytes.

A declared charset is honoured for text (`text/plain; charset=latin-1` is read as Latin-1, so
offsets count the characters the client sent) and must be UTF-8 for JSON, which RFC 8259
requires; a charset Python does not know as a text encoding is refused with 415.
"""

from __future__ import annotations

import codecs
import zlib

from service.errors import (
    DecodedBodyTooLarge,
    InvalidEncoding,
    MalformedBody,
    UnsupportedCharset,
    UnsupportedContentEncoding,
)

DECODABLE = ("gzip", "x-gzip", "deflate")
_UTF8 = codecs.lookup("utf-8").name


def content_codings(header: str | None) -> tuple[str, ...]:
    """The codings to undo, in the order they were applied; raises 415 for an unknown one."""
    if not header:
        return ()
    codings = tuple(part.strip().lower() for part in header.split(","))
    for coding in codings:
        if coding not in DECODABLE and coding != "identity":
            raise UnsupportedContentEncoding(
                f"Content-Encoding {coding or 'empty'!r} is not accepted; send the body as it "
                f"is, or compressed with {' or '.join(('gzip', 'deflate'))}."
            )
    return tuple(coding for coding in codings if coding != "identity")


class BoundedDecoder:
    """Undoes `codings` on a body fed in pieces, refusing to produce more than `limit` bytes
    in total (`DecodedBodyTooLarge`) or `limit` for a stream read line by line (`per_feed`)."""

    def __init__(self, codings: tuple[str, ...], limit: int | None) -> None:
        self._stages = [_Inflater(coding) for coding in reversed(codings)]
        self._limit = limit
        self._produced = 0

    def feed(self, data: bytes) -> bytes:
        """The decoded bytes that `data` (the next piece of the body as sent) stands for."""
        for stage in self._stages:
            data = stage.feed(data, self._room())
        self._count(data)
        return data

    def finish(self) -> bytes:
        """What is left once the whole body was fed; raises `MalformedBody` if it was cut."""
        data = b""
        for stage in self._stages:
            data = stage.feed(data, self._room()) + stage.finish()
        self._count(data)
        return data

    def _room(self) -> int | None:
        return None if self._limit is None else self._limit - self._produced

    def _count(self, data: bytes) -> None:
        self._produced += len(data)
        if self._limit is not None and self._produced > self._limit:
            raise DecodedBodyTooLarge(
                f"The body decodes to more than the limit of {self._limit:,} bytes."
            )


class _Inflater:
    """One coding's decompressor; gzip members may follow one another, as RFC 1952 allows."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self._inflate: zlib._Decompress | None = None
        self._header = b""
        self._done = False

    def feed(self, data: bytes, room: int | None) -> bytes:
        if self._inflate is None:
            data = self._start(data)
            if self._inflate is None:
                return b""
        out = bytearray()
        while data:
            if self._done:
                if self.coding == "deflate" or not data.strip(b"\0"):
                    return bytes(out)  # padding after the stream
                self._inflate, self._done = zlib.decompressobj(16 + zlib.MAX_WBITS), False
            # One byte past the room tells that the limit is passed, without inflating more.
            limit = 0 if room is None else max(room - len(out), 0) + 1
            try:
                out += self._inflate.decompress(data, limit)
            except zlib.error as exc:
                raise MalformedBody(f"The {self.coding} body does not decompress: {exc}.") from exc
            if room is not None and len(out) > room:
                return bytes(out)
            data = self._inflate.unconsumed_tail
            if self._inflate.eof:
                self._done, data = True, self._inflate.unused_data
        return bytes(out)

    def finish(self) -> bytes:
        if self._inflate is None and not self._header:
            raise MalformedBody(f"The {self.coding} body is empty.")
        if self._inflate is None or not (self._done or self._inflate.eof):
            raise MalformedBody(f"The {self.coding} body ends before its compressed stream does.")
        return b""

    def _start(self, data: bytes) -> bytes:
        """Pick the decompressor once two bytes are known: deflate is meant to be zlib's
        format (RFC 9110), but some clients send a raw deflate stream, told by its header."""
        data, self._header = self._header + data, b""
        if len(data) < 2:
            self._header = data
            return b""
        if self.coding == "deflate":
            zlib_header = data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self._inflate = zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)
        else:
            self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        return data


def decode_body(raw: bytes, codings: tuple[str, ...], limit: int | None) -> bytes:
    """The whole body with `codings` undone, at most `limit` bytes of it."""
    if not codings:
        return raw
    decoder = BoundedDecoder(codings, limit)
    return decoder.feed(raw) + decoder.finish()


def text_charset(declared: str | None) -> str:
    """The codec to read a text body with: the declared charset, UTF-8 when none is."""
    if not declared:
        return _UTF8
    try:
        info = codecs.lookup(declared)
    except LookupError:
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise UnsupportedCharset(
            f"charset {declared!r} is not a text encoding this server knows; send UTF-8."
        )
    return info.name


def check_json_charset(declared: str | None) -> None:
    """JSON is UTF-8 (RFC 8259); a body declared in any other charset is refused with 415."""
    if declared and text_charset(declared) != _UTF8:
        raise UnsupportedCharset(
            f"JSON is always UTF-8 (RFC 8259), not charset {declared!r}; send it as UTF-8."
        )


def decode_text(raw: bytes, charset: str) -> str:
    """`raw` read in `charset`; raises `InvalidEncoding` (400) naming the first bad byte."""
    try:
        return raw.decode(charset)
    except UnicodeDecodeError as exc:
        name = "UTF-8" if charset == _UTF8 else charset
        raise InvalidEncoding(
            f"The body is not valid {name} (byte {raw[exc.start]:#04x} at offset {exc.start}); "
            f"send the text encoded as {name}."
        ) from exc
