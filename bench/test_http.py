"""The service over HTTP: the real gunicorn with the Procfile's settings on 127.0.0.1.

Throughput and latency under 8 concurrent clients, flat out and at a steady 400 requests per
second; the CPU time a worker spends per request; the first request to a freshly booted worker
against warm ones; and the memory of a worker over 10,000 requests. The load generator runs on
the same machine and takes its share of the cores, as it would in any single-box measurement.
"""

from __future__ import annotations

import os
import random
import subprocess
import time
from collections.abc import Iterator
from statistics import median

import pytest

from bench.support import EXAMPLE, FIGURES, Article, load_article, milliseconds
from scripts.load import (
    LoadResult,
    Request,
    loopback_address,
    procfile_workers,
    run_load,
    send,
    timeline_requests,
)
from service.localserver import running_server

CLIENTS = 8
SECONDS = 20.0
RATE_TARGET = 400.0
P99_TARGET_MS = 25.0
COLD_TARGET = 2.0
RSS_TARGET_MIB = 80.0
GROWTH_TARGET = 0.05
# What the Procfile runs: gunicorn.conf.py's settings, access log included (to stdout).
PROCFILE_LOGGING = ("--access-logfile", "-")
HEALTH = [Request("GET", "/healthz")]

Server = tuple[str, subprocess.Popen[bytes]]


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_server(workers=procfile_workers(), extra_args=PROCFILE_LOGGING) as started:
        yield started


def _report_load(label: str, result: LoadResult, rate_target: float | None = None) -> None:
    rate = f"{result.rate:.0f} req/s"
    if rate_target is None:
        FIGURES.add("http", f"{label}: throughput", rate)
    else:
        met = result.rate >= rate_target
        FIGURES.add("http", f"{label}: throughput", rate, f">= {rate_target:.0f} req/s", met)
    FIGURES.add("http", "  p50 / p99 latency", _p50_p99(result))
    _report_errors(result)


def _report_errors(result: LoadResult) -> None:
    errors = f"{result.errors} of {result.requests}"
    FIGURES.add("http", "  errors", errors, "0", result.errors == 0)


def _p50_p99(result: LoadResult) -> str:
    return f"{result.percentile(0.50):.1f} / {result.percentile(0.99):.1f} ms"


def test_post_timeline_flat_out(server: Server, http_article: Article) -> None:
    """As many articles per second as 8 clients get answered, one request each at a time."""
    url, _ = server
    requests = timeline_requests(http_article.text, http_article.published.date())
    run_load(url, requests, clients=CLIENTS, seconds=2.0)  # every worker past its first request
    result = run_load(url, requests, clients=CLIENTS, seconds=SECONDS)
    label = f"POST /v1/timeline ({http_article.name}), {CLIENTS} clients flat out"
    _report_load(label, result, RATE_TARGET)
    assert result.errors == 0
    assert result.rate >= RATE_TARGET


def test_post_timeline_at_400_per_second(server: Server, http_article: Article) -> None:
    """400 articles a second from 8 clients: p99 under 25 ms, counted from each scheduled send."""
    url, _ = server
    requests = timeline_requests(http_article.text, http_article.published.date())
    result = run_load(url, requests, clients=CLIENTS, seconds=SECONDS, rate=RATE_TARGET)
    kept_up = result.rate >= 0.98 * RATE_TARGET
    p99 = result.percentile(0.99)
    FIGURES.add(
        "http",
        f"POST /v1/timeline at {RATE_TARGET:.0f}/s, {CLIENTS} clients: throughput",
        f"{result.rate:.0f} req/s",
        f">= {RATE_TARGET:.0f} req/s",
        kept_up,
    )
    FIGURES.add(
        "http",
        "  p50 / p99 latency",
        _p50_p99(result),
        f"p99 < {P99_TARGET_MS:.0f} ms",
        p99 < P99_TARGET_MS,
    )
    _report_errors(result)
    assert result.errors == 0
    assert kept_up and p99 < P99_TARGET_MS


def test_healthz_flat_out(server: Server) -> None:
    """The HTTP floor: the same server answering its cheapest route."""
    url, _ = server
    result = run_load(url, HEALTH, clients=CLIENTS, seconds=SECONDS)
    _report_load(f"GET /healthz, {CLIENTS} clients flat out", result)
    assert result.errors == 0


def test_first_request_after_boot(http_article: Article) -> None:
    """A freshly booted worker answers its first article at most 2x slower than a warm one."""
    ratios, firsts, warms = [], [], []
    for boot in range(3):
        first, warm = _first_and_warm(http_article, boot)
        firsts.append(first)
        warms.append(warm)
        ratios.append(first / warm)
    ratio = median(ratios)
    FIGURES.add("cold start", "first POST after boot, median of 3", milliseconds(median(firsts)))
    FIGURES.add("cold start", "warm POST, median", milliseconds(median(warms)))
    FIGURES.add(
        "cold start",
        "  first / warm",
        f"{ratio:.2f}x",
        f"<= {COLD_TARGET:.0f}x",
        ratio <= COLD_TARGET,
    )
    assert ratio <= COLD_TARGET


def _first_and_warm(article: Article, boot: int) -> tuple[float, float]:
    """Seconds for the first and (median) later POSTs to a new one-worker server.

    One worker, so that the first article surely meets a fresh process; it has answered the
    start-up /healthz probes only, as behind any load balancer.
    """
    requests = timeline_requests(article.text, article.published.date(), days=60)
    with running_server(workers=1, extra_args=PROCFILE_LOGGING) as (url, _):
        host, port = loopback_address(url)
        first = _timed_send(host, port, requests[boot])
        warm = [_timed_send(host, port, request) for request in requests[boot + 1 :]]
    return first, median(warm)


def _timed_send(host: str, port: int, request: Request) -> float:
    started = time.perf_counter()
    status = send(host, port, request)
    elapsed = time.perf_counter() - started
    assert status == 200
    return elapsed


def test_worker_cpu_per_request(http_article: Article) -> None:
    """The CPU time one worker spends per article and per health check, from /proc: the
    server's own cost, whatever the load generator beside it takes."""
    articles = timeline_requests(http_article.text, http_article.published.date())
    with running_server(workers=1, extra_args=PROCFILE_LOGGING) as (url, master):
        (worker,) = _children(master.pid)
        run_load(url, articles, clients=2, seconds=60, total=200)
        for label, requests in (("POST /v1/timeline", articles), ("GET /healthz", HEALTH)):
            before = _cpu_seconds(worker)
            result = run_load(url, requests, clients=2, seconds=120, total=2_000)
            spent = _cpu_seconds(worker) - before
            FIGURES.add("cpu", f"worker CPU per {label}", milliseconds(spent / result.requests))
            assert result.errors == 0


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far, from /proc/<pid>/stat."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_worker_memory_over_10000_requests() -> None:
    """A worker's RSS after 10,000 mixed articles: at most 80 MiB, under 5 % growth after 1,000."""
    requests = _mixed_requests()
    with running_server(workers=1, extra_args=PROCFILE_LOGGING) as (url, master):
        (worker,) = _children(master.pid)
        run_load(url, requests, clients=2, seconds=600, total=1_000)
        at_1000 = _memory_kib(worker)["VmRSS"]
        result = run_load(url, requests, clients=2, seconds=600, total=9_000)
        memory = _memory_kib(worker)
        assert _children(master.pid) == [worker], "the worker was replaced during the run"
    at_10000, peak = memory["VmRSS"], memory["VmHWM"]
    growth = (at_10000 - at_1000) / at_1000
    FIGURES.add("memory", "worker RSS after 1,000 requests", _mib(at_1000))
    FIGURES.add("memory", "worker RSS after 10,000 requests", _mib(at_10000))
    FIGURES.add(
        "memory",
        "  peak RSS (VmHWM)",
        _mib(peak),
        f"<= {RSS_TARGET_MIB:.0f} MiB",
        peak / 1024 <= RSS_TARGET_MIB,
    )
    FIGURES.add(
        "memory",
        "  growth from 1,000 to 10,000",
        f"{100 * growth:.1f} %",
        f"< {100 * GROWTH_TARGET:.0f} %",
        growth < GROWTH_TARGET,
    )
    assert result.errors == 0
    assert peak / 1024 <= RSS_TARGET_MIB and growth < GROWTH_TARGET


def _mixed_requests() -> list[Request]:
    """The three articles on different days, mostly the shorter two, in a fixed mix."""
    articles = [load_article("short")] + ([load_article("example")] if EXAMPLE.is_file() else [])
    mixed = [request for article in articles for request in _dated(article, 365)]
    mixed += _dated(load_article("long"), 73)
    random.Random(2024).shuffle(mixed)
    return mixed


def _dated(article: Article, days: int) -> list[Request]:
    return timeline_requests(article.text, article.published.date(), days=days)


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid`: a gunicorn master's workers."""
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:  # gone since the listing
                continue
            if int(fields[1]) == pid:
                children.append(int(entry))
    return sorted(children)


def _memory_kib(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of a process, in KiB, from /proc/<pid>/status."""
    with open(f"/proc/{pid}/status") as status:
        lines = [line.split() for line in status if line.startswith(("VmRSS:", "VmHWM:"))]
    return {fields[0].rstrip(":"): int(fields[1]) for fields in lines}


def _mib(kib: int) -> str:
    return f"{kib / 1024:.1f} MiB"
