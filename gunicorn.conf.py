"""gunicorn settings shared by the Procfile and `make serve`, so both run the same server."""

import gc
import multiprocessing
import os
import sys
from typing import Any

from service.security import check_api_keys_environ
from service.serving import ServingLimits, positive_int

# Settings checked here, in the master, before anything starts: a bad one stops the server
# with one line saying which and why, instead of a traceback from each worker.
try:
    LIMITS = ServingLimits.from_environ()
    check_api_keys_environ()
except ValueError as problem:
    sys.exit(f"timeline: {problem}")

# The worker model: our worker (service/worker.py), gunicorn's threaded worker with the
# buffering of a proxy built in, one process per core.
# - Not sync: a sync worker is the whole process for one connection, so 2 idle connections
#   held both workers of a 2-core box until the 30 s timeout, and a client reading its answer
#   slowly, or closing late, held one too (gunicorn's docs ask for a buffering proxy in front;
#   tests/reliability/test_serving_e2e.py fails this way on the sync worker).
# - Not a proxy of our own in front: a second process and hop per request on 2 shared cores,
#   and nginx is a system package the Procfile path cannot rely on.
# - Not gunicorn's gthread as it is (read in gunicorn 27's source): it gives each new
#   connection a thread that waits up to 5 s for data, reads headers with no deadline, and
#   lingers on closing connections in its event loop, up to 2 s each, for everyone.
# Ours reads heads and bodies in its event loop, runs a small whole request to a route that
# only computes on that loop's own thread, gives a thread to any other whole request, and
# runs one short request at a time (worker.py's MAX_SHORT), since two in one process only
# share the GIL. Measured on the 2-core machine with `POST /v1/timeline` (the example article),
# 8 clients flat out, base and ours alternating 6 times (load average 8-11 from other users):
#   sync (this branch's start)  579 req/s  p99 58 ms  1.50 ms of server CPU per request
#   ours                        852 req/s  p99 40 ms  1.53 ms
#   ours, 4 short at once       603 req/s  p99 99 ms  1.64 ms  (vs 860 / 45 / 1.44 that round)
# `make bench` measures the same on an idle machine; the README quotes its figures.
workers = positive_int("WEB_CONCURRENCY", multiprocessing.cpu_count())
worker_class = "service.worker.TimelineWorker"
# Threads per worker (TIMELINE_THREADS, 4): one short request runs at a time; the others are
# for long work beside it (a batch, answers written to a slow reader) and for streams, which
# may take at most half (TIMELINE_MAX_STREAMS) so uploads never take every thread.
threads = LIMITS.threads
# Connections one worker holds at once, idle and slow ones included; past it the worker stops
# accepting and they wait in the listen queue for another. A held connection costs a socket
# and its buffered request (at most the 64 KiB head limit plus the body limit), not a thread.
worker_connections = positive_int("TIMELINE_MAX_CONNECTIONS", 250)
backlog = 1024
# Request heads: gunicorn's own limits per line and field (its 414 and 431, answered as JSON
# by our worker), within the worker's 64 KiB for a whole head.
limit_request_line = 8190
limit_request_fields = 64
limit_request_field_size = 8190
# Access-log lines with what the client sent escaped (no forged lines, no terminal codes).
logger_class = "service.accesslog.EscapingLogger"
# Import the app (and warm dateparser, compile patterns) once in the master before forking:
# every worker starts warm and shares those pages copy-on-write.
preload_app = True
# The master replaces a worker that has not shown a sign of life for this long. Our worker's
# event loop signs every second whatever its threads do, so this catches a stuck loop, never
# a long request: a batch or a stream runs as long as it needs (each of its documents is
# bound by the library's limits).
timeout = positive_int("TIMELINE_WORKER_TIMEOUT", 30)
# On SIGTERM a worker accepts what is already queued, stops listening, and has this long to
# answer everything it holds; streams end with a `server_stopping` line, batches answer by
# half of it (service/lifecycle.py). Give the platform's own stop timeout (Heroku: 30 s,
# Kubernetes: terminationGracePeriodSeconds) at least this much.
graceful_timeout = positive_int("TIMELINE_GRACEFUL_TIMEOUT", 30)
keepalive = 5
# Recycle workers now and then so that any slow growth in memory cannot accumulate.
max_requests = 20000
max_requests_jitter = 2000
# The heartbeat file each worker touches on every request: in memory, not on a disk that may
# stall (gunicorn's advice for containers).
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
accesslog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms rid=%({x-request-id}o)s'
# gunicorn 25+ opens a control socket at one path per user ($XDG_RUNTIME_DIR/gunicorn.ctl),
# shared by every instance on the machine: each takes it over and deletes it on exit. None
# unless TIMELINE_CONTROL_SOCKET names one for this instance.
control_socket_disable = not os.environ.get("TIMELINE_CONTROL_SOCKET")
if not control_socket_disable:
    control_socket = os.environ["TIMELINE_CONTROL_SOCKET"]


def pre_fork(server: object, worker: object) -> None:
    """Move everything the master has built into the garbage collector's permanent generation,
    so that collections in a worker never write to those shared pages (which would copy them)."""
    gc.collect()  # garbage left now would stay for good once frozen
    gc.freeze()


def post_worker_init(worker: Any) -> None:
    """Warm the finder's automaton in each new worker and send one short article through the
    app, before the worker takes a request.

    A fresh fork shares the master's memory until it writes to it; without this, its first
    client pays for copying every page a request touches, and for the automaton states that
    its article is the first to need (measured: 2.2x a warm request). The article goes
    through one of the worker's request threads, which is then started and warm too.
    """
    pool = getattr(worker, "tpool", None)
    try:
        if pool is not None:
            pool.submit(_warm_up, worker).result()
        else:
            _warm_up(worker)
    except Exception:  # a warm-up must never keep a worker from serving
        worker.log.exception("worker warm-up request failed")


def _warm_up(worker: Any) -> None:
    from werkzeug.test import Client

    from timeline import warm_up_finder
    from timeline.warmup import WARM_UP_TEXT

    warm_up_finder()  # in the worker itself: see timeline/warmup.py
    headers = {"X-Request-ID": "worker-warm-up"}
    api_keys = worker.wsgi.extensions["security"]["api_keys"]
    if api_keys:  # a server that asks for a key asks its own warm-up too
        headers["Authorization"] = f"Bearer {api_keys[0]}"
    response = Client(worker.wsgi).post(
        "/v1/timeline",
        json={"text": WARM_UP_TEXT, "published": "2022-03-14"},
        headers=headers,
    )
    if response.status_code != 200:
        worker.log.error("worker warm-up request answered %s", response.status)
