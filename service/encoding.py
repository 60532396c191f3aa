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
from collections.abc import Iterable, Iterator

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


# Decoded bytes come out in pieces of at most this size, so that a line reader or a limit
# check sees a "zip bomb" before it is all in memory.
PIECE = 64 * 1024


def decoded(pieces: Iterable[bytes], codings: tuple[str, ...]) -> Iterator[bytes]:
    """The body sent as `pieces` with `codings` undone, in pieces of at most `PIECE` bytes.

    Raises `MalformedBody` (400) when a compressed stream is broken or cut short.
    """
    stream: Iterable[bytes] = pieces
    for coding in reversed(codings):
        stream = _inflated(coding, stream)
    return iter(stream)


def decode_body(raw: bytes, codings: tuple[str, ...], limit: int | None) -> bytes:
    """The whole body with `codings` undone; `DecodedBodyTooLarge` (413) past `limit`."""
    if not codings:
        return raw
    parts: list[bytes] = []
    size = 0
    for piece in decoded([raw], codings):
        size += len(piece)
        if limit is not None and size > limit:
            raise DecodedBodyTooLarge(
                f"The body decodes to more than the limit of {limit:,} bytes."
            )
        parts.append(piece)
    return b"".join(parts)


def _inflated(coding: str, pieces: Iterable[bytes]) -> Iterator[bytes]:
    """One coding undone. gzip members may follow one another, as RFC 1952 allows."""
    inflate: zlib._Decompress | None = None
    start = b""
    for piece in pieces:
        data = start + piece
        if inflate is None:
            if len(data) < 2:  # the format is told by the first two bytes
                start = data
                continue
            start, inflate = b"", _decompressor(coding, data)
        full = False  # the last piece filled up: zlib may hold more, with no input left
        while data or full:
            if inflate.eof:
                if coding == "deflate" or not data.strip(b"\0"):
                    break  # nothing but padding may follow the stream
                inflate = _decompressor(coding, data)
            try:
                out = inflate.decompress(data, PIECE)
            except zlib.error as exc:
                raise MalformedBody(f"The {coding} body does not decompress: {exc}.") from exc
            if out:
                yield out
            full = len(out) == PIECE and not inflate.eof
            data = inflate.unused_data if inflate.eof else inflate.unconsumed_tail
    if inflate is None or not inflate.eof:
        what = "is empty" if inflate is None else "ends before its compressed stream does"
        raise MalformedBody(f"The {coding} body {what}.")


def _decompressor(coding: str, start: bytes) -> zlib._Decompress:
    """deflate is meant to be zlib's format (RFC 9110), but some clients send raw deflate,
    told apart by zlib's two-byte header."""
    if coding != "deflate":
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    zlib_header = start[0] & 0x0F == 8 and (start[0] << 8 | start[1]) % 31 == 0
    return zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)


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
