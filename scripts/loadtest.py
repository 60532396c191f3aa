"""Load a real gunicorn (the Procfile's settings) on 127.0.0.1 with ordinary and hostile
clients, kill a worker halfway, then stop the server with SIGTERM while the load goes on.

    .venv/bin/python scripts/loadtest.py [--clients 24] [--seconds 60]   (or: make loadtest)

Two thirds of the clients send a mix of valid and invalid requests, one at a time on a fresh
connection, timing each; the rest are hostile (scripts/hostile_clients.py): idle, heads and
bodies a byte at a time, lingering, never reading, a slow NDJSON upload. Halfway, one worker
gets SIGKILL; gunicorn must replace it, and only what that worker had in hand may fail. At the
end the master gets SIGTERM with the clients still sending: what was accepted must be
answered; new connections are refused once the workers stop listening. Prints the answers by
status, 5xx, dropped connections, p50/p99 latency, workers' RSS and the drain; exits 1 when a
request got a 5xx or was dropped outside the killed worker. Bounded: 16-32 clients, at most
300 s, loopback only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts import hostile_clients  # noqa: E402  (after the path fix above)
from scripts.load import Request, procfile_workers, send  # noqa: E402
from service.localserver import running_server  # noqa: E402

ARTICLE = (
    "Bus drivers in the capital walked off the job on Friday. The union said yesterday that "
    "the strike would go on. Two weeks ago the authority offered 4 percent, which members "
    "rejected last week. The last contract was signed in 2020."
)
JSON, PLAIN = "application/json", "text/plain"
GOOD = json.dumps({"text": ARTICLE, "published": "2022-03-14"}).encode()
# (weight, request): mostly valid work, a fair share of client errors.
REQUESTS: list[tuple[int, Request]] = [
    (40, Request("POST", "/v1/timeline", GOOD, JSON)),
    (10, Request("POST", "/v1/timeline?published=2022-03-14", ARTICLE.encode(), PLAIN)),
    (15, Request("POST", "/v1/resolve", b'{"phrase": "two weeks ago", "published": "2022-03-14"}', JSON)),  # noqa: E501
    (5, Request("GET", "/healthz")),
    (8, Request("POST", "/v1/timeline", b'{"text": "x",', JSON)),
    (8, Request("POST", "/v1/timeline", b'{"text": "", "published": "soon", "extra": 1}', JSON)),
    (4, Request("POST", "/v1/timeline", b"\xff\xfe", PLAIN)),
    (4, Request("POST", "/v1/timeline", b"<xml/>", "application/xml")),
    (3, Request("GET", "/v1/nowhere")),
    (3, Request("POST", "/v1/timeline", b"[" * 5000 + b"]" * 5000, JSON)),
]  # fmt: skip


@dataclass
class Tally:
    statuses: Counter[int | str] = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)
    dropped: int = 0  # accepted, then cut before a whole answer
    dropped_at_kill: int = 0  # ... within a second of the SIGKILL: the victim's own
    refused_after_stop: int = 0
    answered_after_stop: int = 0
    in_flight_at_stop: Counter[str] = field(default_factory=Counter)
    hostile: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass
class Events:
    killed_at: float | None = None
    stopped_at: float | None = None


def _client(port: int, stop: threading.Event, tally: Tally, events: Events) -> None:
    rng = random.Random()
    weights = [weight for weight, _ in REQUESTS]
    while not stop.is_set():
        request = rng.choices(REQUESTS, weights)[0][1]
        started = time.monotonic()
        try:
            outcome: int | str = send("127.0.0.1", port, request, timeout=60)
        except ConnectionRefusedError:
            outcome = "refused"
        except OSError as exc:
            outcome = type(exc).__name__
        _count(tally, events, started, outcome)
        if outcome == "refused":
            stop.wait(0.05)  # the server is gone or going: do not spin


def _count(tally: Tally, events: Events, started: float, outcome: int | str) -> None:
    ended = time.monotonic()
    with tally.lock:
        tally.statuses[outcome] += 1
        after_stop = events.stopped_at is not None and started >= events.stopped_at
        if events.stopped_at is not None and started < events.stopped_at <= ended:
            tally.in_flight_at_stop["answered" if isinstance(outcome, int) else "dropped"] += 1
        if outcome == "refused":
            tally.refused_after_stop += after_stop
        elif isinstance(outcome, int):
            tally.latencies.append(ended - started)
            tally.answered_after_stop += after_stop
        else:
            tally.dropped += 1
            near_kill = events.killed_at is not None and abs(started - events.killed_at) < 1
            tally.dropped_at_kill += near_kill


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


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(clients: int, seconds: float) -> int:
    tally, events = Tally(), Events()
    stop = threading.Event()
    rss: list[int] = []
    workers = procfile_workers()
    hostile = max(6, clients // 3)
    log = Path(tempfile.mkdtemp(prefix="loadtest-")) / "gunicorn.log"
    with running_server(workers=workers, log_path=log) as (base_url, process):
        port = int(base_url.rsplit(":", 1)[1])
        before = _wait_for_workers(process.pid, workers)
        threads = [
            threading.Thread(target=_client, args=(port, stop, tally, events), daemon=True)
            for _ in range(clients - hostile)
        ]
        for thread in threads:
            thread.start()
        threads += hostile_clients.run(port, stop, tally.hostile, hostile)
        started = time.monotonic()
        victim = None
        while (elapsed := time.monotonic() - started) < seconds:
            rss.append(max((rss_kib(pid) for pid in worker_pids(process.pid)), default=0))
            if victim is None and elapsed >= seconds / 2:
                victim = worker_pids(process.pid)[0]
                events.killed_at = time.monotonic()
                os.kill(victim, signal.SIGKILL)
            time.sleep(1.0)
        after = worker_pids(process.pid)
        events.stopped_at = time.monotonic()
        process.send_signal(signal.SIGTERM)  # with every client still sending
        exit_code = process.wait(timeout=120)
        drained_in = time.monotonic() - events.stopped_at
        stop.set()
        for thread in threads:
            thread.join(timeout=65)
    tracebacks = log.read_text(errors="replace").count("Traceback")
    _report(clients, hostile, seconds, tally, rss, before, after, victim)
    _row("SIGTERM drain", f"exit {exit_code} after {drained_in:.1f} s")
    flight = tally.in_flight_at_stop
    _row("  in flight at SIGTERM", f"{flight['answered']} answered, {flight['dropped']} dropped")
    after_stop = f"{tally.answered_after_stop} answered, {tally.refused_after_stop} refused"
    _row("  sent after SIGTERM", after_stop)
    _row("tracebacks in the server log", str(tracebacks))
    fives = sum(n for s, n in tally.statuses.items() if isinstance(s, int) and s >= 500)
    unexplained = tally.dropped - tally.dropped_at_kill
    return 1 if fives or unexplained or exit_code != 0 or victim in after else 0


def _wait_for_workers(master: int, count: int, seconds: float = 30.0) -> list[int]:
    deadline = time.monotonic() + seconds
    while len(pids := worker_pids(master)) < count and time.monotonic() < deadline:
        time.sleep(0.1)
    return pids


def _report(
    clients: int,
    hostile: int,
    seconds: float,
    tally: Tally,
    rss: list[int],
    before: list[int],
    after: list[int],
    victim: int | None,
) -> None:
    answered = sum(n for s, n in tally.statuses.items() if isinstance(s, int))
    latencies = sorted(tally.latencies) or [0.0]
    fives = sum(n for s, n in tally.statuses.items() if isinstance(s, int) and s >= 500)
    quarter = max(1, len(rss) // 4)
    statuses = ", ".join(f"{s}: {n}" for s, n in sorted(tally.statuses.items(), key=str))
    _row("clients (hostile) / seconds", f"{clients} ({hostile}) / {seconds:g}")
    _row("answered", f"{answered} ({answered / seconds:.0f}/s)")
    _row("by status", statuses)
    _row("5xx", str(fives))
    _row("dropped after accept", f"{tally.dropped} ({tally.dropped_at_kill} at the SIGKILL)")
    _row("latency p50 / p99", f"{_ms(latencies, 0.5)} / {_ms(latencies, 0.99)} ms")
    _row(
        "worker RSS first / last quarter",
        f"{max(rss[:quarter]) // 1024} / {max(rss[-quarter:]) // 1024} MiB",
    )  # noqa: E501
    _row(
        "workers before / after kill",
        f"{len(before)} / {len(after)} (killed {victim}, replaced: {victim not in after})",
    )  # noqa: E501
    for name, count in sorted(tally.hostile.items()):
        _row(f"  {name}", str(count))


def _row(name: str, value: str) -> None:
    print(f"{name:<34}  {value}", flush=True)


def _ms(values: list[float], fraction: float) -> str:
    return f"{values[min(len(values) - 1, int(len(values) * fraction))] * 1000:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=24, help="16 to 32 (default 24)")
    parser.add_argument("--seconds", type=float, default=60.0, help="at most 300 (default 60)")
    args = parser.parse_args()
    return run(min(max(args.clients, 16), 32), min(max(args.seconds, 4.0), 300.0))


if __name__ == "__main__":
    sys.exit(main())
