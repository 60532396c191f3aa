"""Fetch a page that a client names by URL, only as far as the server's operator allows.

Off by default: `POST /v1/extract/url` exists only with `TIMELINE_FETCH_URLS`. When on, a
fetch is bounded in size (`TIMELINE_FETCH_MAX_BYTES`), in time for the whole fetch,
redirects included (`TIMELINE_FETCH_TIMEOUT`, seconds) and in redirects
(`TIMELINE_FETCH_MAX_REDIRECTS`), and never reaches a loopback, private, link-local or
otherwise non-public address unless `TIMELINE_FETCH_PRIVATE_ADDRESSES` is on: a server
inside a network must not become a way into it. Every hop is checked, and the connection
goes to the address that was checked, so a name that resolves differently a moment later
(DNS rebinding) changes nothing.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from marshmallow import ValidationError
from werkzeug.exceptions import BadGateway, GatewayTimeout

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
_USER_AGENT = "timeline-service (fetching one article a reader asked for)"
_DEFAULT_PORTS = {"http": 80, "https": 443}

# (host, port) -> the addresses it resolves to; swapped in tests.
Resolver = Callable[[str, int], list[str]]


class FetchFailed(BadGateway):
    """502: the page could not be fetched, or not within the limits."""

    slug = "fetch_failed"


class FetchTimedOut(GatewayTimeout):
    """504: the page did not arrive within the time limit."""

    slug = "fetch_timeout"


@dataclass(frozen=True)
class FetchLimits:
    """What one fetch may cost, and whether it may reach non-public addresses."""

    max_bytes: int
    timeout: float
    max_redirects: int
    private_addresses: bool

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> FetchLimits:
        """The limits in a Flask config (`service.config`)."""
        return cls(
            max_bytes=int(config["FETCH_MAX_BYTES"]),
            timeout=float(config["FETCH_TIMEOUT"]),
            max_redirects=int(config["FETCH_MAX_REDIRECTS"]),
            private_addresses=bool(config["FETCH_PRIVATE_ADDRESSES"]),
        )


@dataclass(frozen=True)
class Fetched:
    """A page as it arrived: its bytes, its media type and charset, and the URL it came from."""

    body: bytes
    mimetype: str
    charset: str | None
    url: str


def is_public(address: str) -> bool:
    """Whether an IP address is on the public internet (not loopback, private, link-local,
    shared, reserved, multicast or unspecified); an IPv4 address mapped into IPv6 counts as
    itself."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve_host(host: str, port: int) -> list[str]:
    """Every address `host` resolves to, in the resolver's order."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchFailed(f"The host {host!r} could not be resolved.") from exc
    return [str(info[4][0]) for info in found]


def fetch_page(url: str, limits: FetchLimits, resolve: Resolver = resolve_host) -> Fetched:
    """GET `url`, following redirects, within `limits`.

    Raises `ValidationError` on `url` for a URL that may not be fetched (scheme, credentials,
    a non-public address) or a page that is not HTML or text, `FetchFailed` (502) when the
    page cannot be had, and `FetchTimedOut` (504) past the time limit.
    """
    deadline = time.monotonic() + limits.timeout
    for _hop in range(limits.max_redirects + 1):
        response, body_or_location = _get(url, limits, resolve, deadline)
        if response.status not in _REDIRECTS:
            return _page(response, body_or_location, url)
        url = urljoin(url, body_or_location.decode("latin-1"))
    raise FetchFailed(f"The page redirected more than {limits.max_redirects} times.")


def _get(
    url: str, limits: FetchLimits, resolve: Resolver, deadline: float
) -> tuple[http.client.HTTPResponse, bytes]:
    """One request: the response and its body, or for a redirect its Location."""
    parts = urlsplit(url)
    host, port = _checked_target(url)
    address = _checked_address(host, port, limits, resolve)
    connection = _connection(parts.scheme, host, port, address, limits.timeout)
    try:
        connection.timeout = _remaining(deadline)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        connection.request("GET", path, headers=_HEADERS)
        response = connection.getresponse()
        if response.status in _REDIRECTS:
            location = response.getheader("Location")
            if not location:
                raise FetchFailed(f"The page answered {response.status} with no Location.")
            return response, location.encode("latin-1", "replace")
        if response.status != 200:
            raise FetchFailed(f"The page answered HTTP {response.status} {response.reason}.")
        return response, _read_body(connection, response, limits.max_bytes, deadline)
    except TimeoutError as exc:
        raise _timed_out(limits) from exc
    except (OSError, http.client.HTTPException) as exc:
        raise FetchFailed(f"The page could not be fetched: {exc}.") from exc
    finally:
        connection.close()


_HEADERS = {
    "User-Agent": _USER_AGENT,
    "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
    "Accept-Encoding": "identity",
}


def _checked_target(url: str) -> tuple[str, int]:
    """The host and port of a URL that may be fetched; `ValidationError` otherwise."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise _refused(f"Not a URL that can be fetched: {exc}.") from exc
    if parts.scheme not in _DEFAULT_PORTS:
        raise _refused("Only http:// and https:// URLs are fetched.")
    if parts.username is not None or parts.password is not None:
        raise _refused("A URL with a user name or password is not fetched.")
    if not parts.hostname:
        raise _refused("The URL names no host.")
    return parts.hostname, port or _DEFAULT_PORTS[parts.scheme]


def _checked_address(host: str, port: int, limits: FetchLimits, resolve: Resolver) -> str:
    """The address to connect to: the first, once every address of the host is allowed."""
    addresses = resolve(host, port)
    if not addresses:
        raise FetchFailed(f"The host {host!r} has no address.")
    if not limits.private_addresses:
        closed = [address for address in addresses if not is_public(address)]
        if closed:
            raise _refused(
                f"The host {host!r} is at a private or local address ({closed[0]}), which "
                "this server does not fetch from."
            )
    return addresses[0]


def _connection(
    scheme: str, host: str, port: int, address: str, timeout: float
) -> http.client.HTTPConnection:
    if scheme == "https":
        return _PinnedHTTPSConnection(host, port, address, timeout)
    return _PinnedHTTPConnection(host, port, address, timeout)


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to the checked address, while the Host header keeps the URL's name."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """As `_PinnedHTTPConnection`, with TLS checked against the URL's host name."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.address = address

    def connect(self) -> None:
        raw = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)  # type: ignore[attr-defined]


def _read_body(
    connection: http.client.HTTPConnection,
    response: http.client.HTTPResponse,
    max_bytes: int,
    deadline: float,
) -> bytes:
    """The body, read in chunks, each wait bounded by what is left of the deadline."""
    declared = response.getheader("Content-Length")
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        raise _too_large(max_bytes)
    chunks: list[bytes] = []
    size = 0
    while True:
        if connection.sock is not None:
            connection.sock.settimeout(_remaining(deadline))
        chunk = response.read1(_CHUNK) if size <= max_bytes else b""
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(max_bytes)
    return b"".join(chunks)


def _page(response: http.client.HTTPResponse, body: bytes, url: str) -> Fetched:
    content_type = response.getheader("Content-Type", "")
    mimetype, _, parameters = content_type.partition(";")
    mimetype = mimetype.strip().lower() or "text/html"
    if mimetype not in PAGE_TYPES:
        raise _refused(f"The URL gives {mimetype}, not an HTML page or plain text.")
    charset = None
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"').lower()
    return Fetched(body, mimetype, charset, url)


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("deadline passed")
    return left


def _refused(message: str) -> ValidationError:
    return ValidationError({"url": [message]})


def _too_large(max_bytes: int) -> FetchFailed:
    return FetchFailed(f"The page is over this server's limit of {max_bytes:,} bytes.")


def _timed_out(limits: FetchLimits) -> FetchTimedOut:
    return FetchTimedOut(f"The page did not arrive within {limits.timeout:g} s.")
