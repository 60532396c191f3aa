"""Load a real gunicorn on 127.0.0.1 with mixed good and bad requests, then kill a worker.

    .venv/bin/python scripts/load_faults.py --clients 16 --seconds 60

Counts answers by status, 5xx and connection errors, samples the workers' memory, and halfway
through sends SIGKILL to one worker: gunicorn must replace it and clients may see at most the
requests that worker had in flight fail. Bounded: 8-32 clients, at most 300 s, loopback only.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from service.localserver import running_server  # noqa: E402  (after the path fix above)

ARTICLE = (
    "Bus drivers in the capital walked off the job on Friday. The union said yesterday that "
    "the strike would go on. Two weeks ago the authority offered 4 percent, which members "
    "rejected last week. The last contract was signed in 2020."
)
JSON = {"Content-Type": "application/json"}
PLAIN = {"Content-Type": "text/plain"}
GOOD = json.dumps({"text": ARTICLE, "published": "2022-03-14"}).encode()
# (weight, method, path, body, headers): mostly valid work, a fair share of client errors.
REQUESTS: list[tuple[int, str, str, bytes, dict[str, str]]] = [
    (40, "POST", "/v1/timeline", GOOD, JSON),
    (10, "POST", "/v1/timeline?published=2022-03-14", ARTICLE.encode(), PLAIN),
    (15, "POST", "/v1/resolve", b'{"phrase": "two weeks ago", "published": "2022-03-14"}', JSON),
    (5, "GET", "/healthz", b"", {}),
    (8, "POST", "/v1/timeline", b'{"text": "x",', JSON),
    (8, "POST", "/v1/timeline", b'{"text": "", "published": "soon", "extra": 1}', JSON),
    (4, "POST", "/v1/timeline", b"\xff\xfe", {"Content-Type": "text/plain"}),
    (4, "POST", "/v1/timeline", b"<xml/>", {"Content-Type": "application/xml"}),
    (3, "GET", "/v1/nowhere", b"", {}),
    (3, "POST", "/v1/timeline", b"[" * 5000 + b"]" * 5000, JSON),
]  # fmt: skip


@dataclass
class Tally:
    statuses: Counter[int] = field(default_factory=Counter)
    connection_errors: int = 0
    errors_after_kill: int = 0
    latencies: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _client(port: int, stop: threading.Event, killed: threading.Event, tally: Tally) -> None:
    rng = random.Random()
    weights = [r[0] for r in REQUESTS]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while not stop.is_set():
        _, method, path, body, headers = rng.choices(REQUESTS, weights)[0]
        started = time.perf_counter()
        try:
            conn.request(method, path, body=body or None, headers=headers)
            response = conn.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            with tally.lock:
                tally.connection_errors += 1
                tally.errors_after_kill += killed.is_set()
            continue
        with tally.lock:
            tally.statuses[status] += 1
            tally.latencies.append(time.perf_counter() - started)
    conn.close()


def worker_pids(master: int) -> list[int]:
    """The children of the gunicorn master, read from /proc."""
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == master:
                children.append(int(entry))
    return sorted(children)


def _wait_for_workers(master: int, count: int, seconds: float = 30.0) -> list[int]:
    """/healthz answers once one worker is up; the load should meet all of them."""
    deadline = time.monotonic() + seconds
    while len(pids := worker_pids(master)) < count and time.monotonic() < deadline:
        time.sleep(0.1)
    return pids


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(clients: int, seconds: float, workers: int) -> int:
    tally = Tally()
    stop, killed = threading.Event(), threading.Event()
    rss_samples: list[int] = []
    with running_server(workers=workers) as (base_url, process):
        port = int(base_url.rsplit(":", 1)[1])
        before = _wait_for_workers(process.pid, workers)
        threads = [
            threading.Thread(target=_client, args=(port, stop, killed, tally), daemon=True)
            for _ in range(clients)
        ]
        for thread in threads:
            thread.start()
        started = time.monotonic()
        victim = None
        while (elapsed := time.monotonic() - started) < seconds:
            rss_samples.append(max((rss_kib(p) for p in worker_pids(process.pid)), default=0))
            if victim is None and elapsed >= seconds / 2:
                victim = worker_pids(process.pid)[0]
                os.kill(victim, signal.SIGKILL)
                killed.set()
            time.sleep(1.0)
        stop.set()
        for thread in threads:
            thread.join(timeout=35)
        after = _wait_for_workers(process.pid, workers, seconds=10.0)
    _report(clients, seconds, tally, rss_samples, before, after, victim)
    fives = sum(n for s, n in tally.statuses.items() if s >= 500)
    return 1 if fives or tally.connection_errors > clients else 0


def _report(
    clients: int,
    seconds: float,
    tally: Tally,
    rss: list[int],
    before: list[int],
    after: list[int],
    victim: int | None,
) -> None:
    total = sum(tally.statuses.values())
    latencies = sorted(tally.latencies) or [0.0]
    fives = sum(n for s, n in tally.statuses.items() if s >= 500)
    quarter = max(1, len(rss) // 4)
    rows = [
        ("clients / seconds", f"{clients} / {seconds:g}"),
        ("answers", f"{total} ({total / seconds:.0f}/s)"),
        ("by status", ", ".join(f"{s}: {n}" for s, n in sorted(tally.statuses.items()))),
        ("5xx", str(fives)),
        ("connection errors", f"{tally.connection_errors} ({tally.errors_after_kill} after kill)"),
        ("latency p50 / p99", f"{_ms(latencies, 0.5)} / {_ms(latencies, 0.99)} ms"),
        ("worker RSS first / last quarter", f"{max(rss[:quarter]) // 1024} / {max(rss[-quarter:]) // 1024} MiB"),  # noqa: E501
        ("workers before / after", f"{len(before)} / {len(after)} (killed {victim})"),
        ("victim replaced", str(victim not in after and len(after) == len(before))),
    ]  # fmt: skip
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


def _ms(values: list[float], fraction: float) -> str:
    return f"{values[min(len(values) - 1, int(len(values) * fraction))] * 1000:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=16, help="8 to 32 (default 16)")
    parser.add_argument("--seconds", type=float, default=60.0, help="at most 300 (default 60)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (default 3)")
    args = parser.parse_args()
    clients = min(max(args.clients, 8), 32)
    seconds = min(max(args.seconds, 4.0), 300.0)
    return run(clients, seconds, min(max(args.workers, 1), 8))


if __name__ == "__main__":
    sys.exit(main())
