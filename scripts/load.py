"""A bounded HTTP load on the service at 127.0.0.1: a few clients, for a few seconds.

    python scripts/load.py ARTICLE --published 2022-03-14 [--clients 8] [--seconds 20]
        [--rate 400] [--url http://127.0.0.1:5000]

Without `--url` it starts gunicorn with the Procfile's settings on a free loopback port and
stops it afterwards. Each client sends one request at a time on a fresh connection (sync
workers close it after each response), written and read on a plain socket: the clients share
the machine's cores with the server, and `http.client` took 0.47 ms of CPU a request where
this takes 0.33 ms, most of it the kernel's. A response counts only when it arrived whole.
Without `--rate` the clients send as fast as the server answers; with it they share a
schedule of that many requests per second and each latency is counted from the request's
scheduled time, so a server that falls behind shows it in p99.
Only 127.0.0.1 is ever contacted; clients, duration and request count are capped.
"""

from __future__ import annotations

import argparse
import json
import re
import runpy
import socket
import sys
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

MAX_CLIENTS = 64
MAX_SECONDS = 600.0
MAX_REQUESTS = 1_000_000
PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Request:
    """One request to send; a load cycles through a list of them."""

    method: str
    path: str
    body: bytes | None = None
    content_type: str | None = None


@dataclass
class LoadResult:
    """What a load measured; latencies in seconds, sorted."""

    seconds: float
    latencies: list[float]
    statuses: Counter[int | str] = field(default_factory=Counter)
    expected: int = 200

    @property
    def requests(self) -> int:
        return len(self.latencies)

    @property
    def errors(self) -> int:
        return self.requests - self.statuses[self.expected]

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        """Nearest-rank percentile, in milliseconds."""
        if not self.latencies:
            return float("nan")
        rank = max(1, round(share * len(self.latencies)))
        return 1000 * self.latencies[min(rank, len(self.latencies)) - 1]

    def summary(self) -> str:
        return (
            f"{self.requests} requests in {self.seconds:.1f} s: {self.rate:.0f} req/s, "
            f"p50 {self.percentile(0.50):.1f} ms, p99 {self.percentile(0.99):.1f} ms, "
            f"{self.errors} errors {dict(self.statuses)}"
        )


def loopback_address(base_url: str) -> tuple[str, int]:
    """Host and port of `base_url`; refuses anything but http://127.0.0.1."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" or parts.hostname != "127.0.0.1" or parts.port is None:
        raise ValueError(f"only http://127.0.0.1:PORT may be loaded, not {base_url!r}")
    return parts.hostname, parts.port


def send(host: str, port: int, request: Request, timeout: float = 30.0) -> int | str:
    """Send one request on a fresh connection; the response status, or "IncompleteResponse"
    when it ended before its Content-Length or carried no status line."""
    with socket.create_connection((host, port), timeout=timeout) as connection:
        connection.sendall(_wire(host, port, request))
        chunks = []
        while chunk := connection.recv(_RECEIVE_SIZE):
            chunks.append(chunk)
    return response_status(b"".join(chunks))


_RECEIVE_SIZE = 1 << 16
_STATUS_LINE = re.compile(rb"HTTP/1\.[01] (\d{3}) ")
_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:[ \t]*(\d+)", re.IGNORECASE)


def _wire(host: str, port: int, request: Request) -> bytes:
    """The request as HTTP/1.1 bytes that ask the server to close the connection after it."""
    body = request.body or b""
    lines = [
        f"{request.method} {request.path} HTTP/1.1",
        f"Host: {host}:{port}",
        "Connection: close",
        f"Content-Length: {len(body)}",
    ]
    if request.content_type:
        lines.append(f"Content-Type: {request.content_type}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body


def response_status(response: bytes) -> int | str:
    """The status of a whole HTTP/1.x response, or "IncompleteResponse" when it has no status
    line or its body is not as long as its Content-Length says."""
    head, separator, body = response.partition(b"\r\n\r\n")
    status = _STATUS_LINE.match(head)
    if status is None or not separator:
        return "IncompleteResponse"
    length = _CONTENT_LENGTH.search(head)
    if length is not None and int(length[1]) != len(body):
        return "IncompleteResponse"
    return int(status[1])


def run_load(
    base_url: str,
    requests: Sequence[Request],
    *,
    clients: int = 8,
    seconds: float = 20.0,
    total: int | None = None,
    rate: float | None = None,
) -> LoadResult:
    """Send `requests` in turn from `clients` threads until `seconds` pass or `total` are done."""
    host, port = loopback_address(base_url)
    if not requests or not 1 <= clients <= MAX_CLIENTS or not 0 < seconds <= MAX_SECONDS:
        raise ValueError("need requests, 1..64 clients and 0..600 seconds")
    limit = min(total or MAX_REQUESTS, MAX_REQUESTS)
    lock = threading.Lock()
    issued = 0
    latencies: list[float] = []
    statuses: Counter[int | str] = Counter()
    started = time.perf_counter()
    deadline = started + seconds

    def next_index() -> int | None:
        nonlocal issued
        with lock:
            if issued >= limit or time.perf_counter() >= deadline:
                return None
            issued += 1
            return issued - 1

    def client() -> None:
        while (index := next_index()) is not None:
            due = started + index / rate if rate else time.perf_counter()
            if rate:
                time.sleep(max(0.0, due - time.perf_counter()))
            try:
                outcome: int | str = send(host, port, requests[index % len(requests)])
            except OSError as exc:  # refused, reset, timed out: an error, not a crash
                outcome = type(exc).__name__
            elapsed = time.perf_counter() - due
            with lock:
                latencies.append(elapsed)
                statuses[outcome] += 1

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return LoadResult(time.perf_counter() - started, sorted(latencies), statuses)


def timeline_requests(text: str, published: date, days: int = 365) -> list[Request]:
    """JSON bodies for POST /v1/timeline, one publish date per day, so no cache sees a repeat."""
    return [
        Request(
            "POST",
            "/v1/timeline",
            json.dumps(
                {"text": text, "published": (published + timedelta(days=i)).isoformat()}
            ).encode(),
            "application/json",
        )
        for i in range(days)
    ]


def procfile_workers() -> int:
    """The worker count gunicorn.conf.py gives this machine (what the Procfile runs)."""
    settings = runpy.run_path(str(PROJECT_ROOT / "gunicorn.conf.py"))
    return int(settings["workers"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("article", type=Path, help="UTF-8 text to POST to /v1/timeline")
    parser.add_argument("--published", type=date.fromisoformat, default=date(2022, 3, 14))
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--rate", type=float, help="requests per second (default: flat out)")
    parser.add_argument("--url", help="a running server, http://127.0.0.1:PORT")
    args = parser.parse_args(argv)
    requests = timeline_requests(args.article.read_text(encoding="utf-8"), args.published)
    if args.url:
        result = run_load(
            args.url, requests, clients=args.clients, seconds=args.seconds, rate=args.rate
        )
        print(result.summary())
        return 0
    from service.localserver import running_server  # only when we start the server ourselves

    logging_as_procfile = ("--access-logfile", "-")
    with running_server(workers=procfile_workers(), extra_args=logging_as_procfile) as (url, _):
        result = run_load(url, requests, clients=args.clients, seconds=args.seconds, rate=args.rate)
    print(result.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
