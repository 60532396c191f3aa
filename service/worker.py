"""Our gunicorn worker: gunicorn's threaded worker with the buffering of a proxy in front.

gunicorn's sync worker gives each connection the whole process until it is done, so two
clients that connect and send nothing hold two workers until the timeout kills them, and its
own docs ask for a buffering proxy in front. Its threaded worker still hands every new
connection to a thread that waits for data, and reads headers with no deadline. Here the
worker's event loop (one thread) does what the proxy would:

- it accepts connections and reads each request's head, and its body when it is of bounded
  size, without a thread; a thread takes a request only once all of it is there. A client
  that sends nothing, or a byte at a time, costs a buffer until its deadline (`408`, JSON).
- it answers what never reaches the app (a head too large, gunicorn's 400/414/431/501, too
  many streams) in the JSON error shape, and closes connections by lingering (reading and
  dropping what the client still sends, bounded) so a client that sends before it reads
  sees a 413 instead of a reset, without any thread waiting for that.
- a whole request of at most `QUICK_BYTES` to a route that only computes
  (`service.contract.quick_paths`: not a stream, not a fetch) runs on the loop's own thread,
  and the loop sends its answer as the client reads it, never waiting on the client. Such a
  request takes a few milliseconds, and handing it to a thread and back cost more than that.
- NDJSON bodies are the exception: a thread reads them as they arrive, and at most
  `TIMELINE_MAX_STREAMS` of them run per worker, so uploads never take every thread.
- the thread that runs the app never waits on a client longer than the client timeout, and
  heartbeats come from the loop, so long work is not killed by gunicorn's timeout.
- on SIGTERM it accepts what is already queued on the listening socket, stops listening,
  and serves everything it holds until the graceful timeout (see `service.lifecycle`).

Settings: `service.serving.ServingLimits`; figures: gunicorn.conf.py.
"""

from __future__ import annotations

import errno
import selectors
import socket
import time
from collections import deque
from concurrent.futures import Future
from functools import partial
from typing import Any

from flask import Flask
from gunicorn import util
from gunicorn.workers.gthread import STOP_KEEPALIVE_LINGER

from service.connection import CONTINUE, AnswerBuffer, Conn, Ending, Outcome, Phase, peer
from service.contract import quick_paths
from service.framing import ChunkedScanner, Head, head_size, read_head
from service.lifecycle import Shutdown
from service.logsafe import printable
from service.serving import ServingLimits
from service.wire import error_bytes
from service.worker_thread import RequestThreads

MAX_HEAD = 64 * 1024  # a request head beyond this is answered 431
_RECEIVE = 256 * 1024
_ACCEPT_BATCH = 16
_SWEEP_EVERY = 0.25  # seconds between looks for connections past their deadline
_LINGER_SECONDS = 10.0  # after an answer, how long a client may go on sending
_LINGER_BYTES = 64 * 1024 * 1024  # ...and how much of it is read and dropped
# A request is short until it has run this long. One short request at a time per worker:
# requests take a few milliseconds of pure CPU, and two in one process only share the GIL
# (see gunicorn.conf.py); a long one (a batch, a stream) lets the next one start beside it.
SHORT_SECONDS = 0.05
MAX_SHORT = 1
# A whole request to a quick path (`service.contract.quick_paths`) with a body up to this
# size runs on the loop's own thread: it takes a few milliseconds, and handing it to a thread
# and back cost more than that (two thread switches and GIL handovers per request).
QUICK_BYTES = 64 * 1024
# Quick requests the loop runs in a row before it looks at its sockets again.
QUICK_IN_A_ROW = 8


class TimelineWorker(RequestThreads):
    """See the module docstring; `gunicorn.conf.py` names it as `worker_class`."""

    alive: bool  # set by gunicorn's base worker

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limits = ServingLimits.from_environ()
        self.shutdown = Shutdown()
        self.held: set[Conn] = set()  # connections the loop waits on: not READY nor RUNNING
        self.ready: deque[Conn] = deque()
        self.running: dict[Conn, float] = {}  # since when, for those that count as short
        self.streaming: set[Conn] = set()
        self.busy = 0
        self.streams = 0
        self.body_limit: int | None = None
        self.quick_paths: frozenset[str] = frozenset()
        self.terminating = False
        self._dispatching = False
        # `--threads` on the command line may give fewer threads than TIMELINE_THREADS said.
        self.max_streams = min(self.limits.max_streams, max(1, self.cfg.threads // 2))
        self._next_sweep = 0.0

    @classmethod
    def check_config(cls, cfg: Any, log: Any) -> None:
        if cfg.is_ssl:
            raise RuntimeError("TimelineWorker serves plain HTTP: terminate TLS in front of it.")
        super().check_config(cfg, log)

    def load_wsgi(self) -> None:
        super().load_wsgi()
        config = getattr(self.wsgi, "config", {})
        limit = config.get("MAX_CONTENT_LENGTH")
        self.body_limit = limit if isinstance(limit, int) else None
        if isinstance(self.wsgi, Flask):
            self.quick_paths = quick_paths(self.wsgi)

    def handle_exit(self, sig: int, frame: Any) -> None:
        self.terminating = True  # told to stop (a deploy), not stopping on its own to recycle
        self.shutdown.begin(self.cfg.graceful_timeout)
        super().handle_exit(sig, frame)

    # The loop -------------------------------------------------------------------------

    def run(self) -> None:
        self.poller.register(
            self.method_queue.fileno(), selectors.EVENT_READ, self.method_queue.run_callbacks
        )
        while self.alive:
            self.notify()
            self._run_ready()
            self.set_accept_enabled(self._may_accept())
            self.wait_for_and_dispatch_events(timeout=self._wait_time())
            if not self.is_parent_alive():
                break
            self._sweep()
        self._drain()

    def _may_accept(self) -> bool:
        return self.alive and not self.ready and self._has_room() and self._may_connect()

    def _may_connect(self) -> bool:
        return bool(self.nr_conns < self.worker_connections)

    def _has_room(self) -> bool:
        """Whether a thread may start a request now: one is free, and no short one runs."""
        if self.busy >= self.cfg.threads:
            return False
        now = time.monotonic()
        short = sum(1 for since in self.running.values() if now - since < SHORT_SECONDS)
        return short < MAX_SHORT

    def _wait_time(self) -> float:
        """Until the next thing the loop must do unprompted: a deadline, or a short request
        turning long (which frees room for the next one)."""
        if self.ready and self._has_room():
            return 0.0  # quick requests left for the next turn (QUICK_IN_A_ROW)
        wait = _SWEEP_EVERY if self.held else 1.0
        if self.running and (self.ready or not self._accepting):
            now = time.monotonic()
            turns = [since + SHORT_SECONDS - now for since in self.running.values()]
            wait = min([wait] + [max(0.001, left) for left in turns if left > 0])
        return wait

    def accept(self, listener: socket.socket) -> None:
        for _ in range(_ACCEPT_BATCH):
            if not self._may_accept():
                return
            try:
                sock, client = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                if exc.errno in (errno.ECONNABORTED, errno.EMFILE, errno.ENFILE):
                    return
                raise
            self._admit(sock, client, listener.getsockname())

    def _admit(self, sock: socket.socket, client: Any, server: Any) -> None:
        self.nr_conns += 1
        conn = Conn(self.cfg, sock, client, server)
        util.close_on_exec(sock)
        conn.deadline = time.monotonic() + self.limits.header_timeout
        self.held.add(conn)
        self._receive(conn)

    def _on_readable(self, conn: Conn, _fileobj: Any) -> None:
        try:
            if conn.phase is Phase.LINGER:
                self._drop_input(conn)
            else:
                self._receive(conn)
        except Exception:  # a bug here must cost one connection, not the worker
            self.log.exception("Error reading a request from %s", peer(conn.client))
            if conn in self.held:
                self._close(conn)

    def _receive(self, conn: Conn) -> None:
        try:
            data = conn.sock.recv(_RECEIVE)
        except (BlockingIOError, InterruptedError):
            self._watch(conn)
            return
        except OSError:
            self._close(conn)
            return
        if not data:  # the client is gone, or done
            self._close(conn)
            return
        if conn.phase is Phase.KEEPALIVE:
            conn.phase, conn.deadline = Phase.HEAD, time.monotonic() + self.limits.header_timeout
        conn.buffer += data
        self._advance(conn)

    def _advance(self, conn: Conn) -> None:
        """Move a connection on with what it has buffered: wait, refuse, or run it."""
        if conn.head is None:
            size = head_size(conn.buffer)
            if size < 0:
                if len(conn.buffer) > MAX_HEAD:
                    self._refuse(conn, 431, "header_fields_too_large", _head_too_large())
                else:
                    self._watch(conn)
                return
            conn.head = read_head(conn.buffer[:size])
            self._start_body(conn, conn.head)
        if not self._whole(conn, conn.head):
            self._watch(conn)
        elif conn.head.streamed and self.streams >= self.max_streams:
            message = (
                f"This worker already serves {self.streams} streams; retry in a moment, "
                "or send the documents as a JSON batch."
            )
            self._refuse(conn, 503, "too_many_streams", message, retry_after=5)
        else:
            self._unwatch(conn)
            self.held.discard(conn)
            conn.received = conn.head.framing_known and (
                not conn.head.has_body or self._buffered(conn.head)
            )
            conn.phase = Phase.READY
            self.ready.append(conn)
            self._run_ready()

    def _start_body(self, conn: Conn, head: Head) -> None:
        """Once the head is in: how long the body may take, and the 100 Continue it is owed."""
        if not self._buffered(head):
            return
        conn.phase = Phase.BODY
        conn.deadline = time.monotonic() + self.limits.client_timeout
        if head.chunked:
            conn.scanner = ChunkedScanner(head.size)
        if head.expects_continue and len(conn.buffer) == head.size:
            try:
                conn.sock.send(CONTINUE)  # 25 bytes into an empty socket buffer
                conn.continue_sent = True
            except OSError:
                pass

    def _buffered(self, head: Head) -> bool:
        """Whether the loop buffers the body: known framing, bounded, and not a stream. A
        declared length over the limit goes to the app at once, to be refused unread."""
        if not head.framing_known or not head.has_body or head.streamed:
            return False
        limit = self.body_limit
        length = head.content_length
        return limit is not None and (length is None or length <= limit)

    def _whole(self, conn: Conn, head: Head) -> bool:
        """Whether a thread may take the request now."""
        if not self._buffered(head):
            return True
        received = len(conn.buffer) - head.size
        if head.content_length is not None:
            return received >= head.content_length
        assert conn.scanner is not None and self.body_limit is not None
        try:
            return conn.scanner.end(conn.buffer) is not None
        except ValueError:  # framing gunicorn will refuse, with its own message
            return True

    def _run_ready(self) -> None:
        if self._dispatching:  # a quick request's connection is ready again within a turn
            return
        self._dispatching = True
        try:
            quick = 0
            while self.ready and self._has_room() and quick < QUICK_IN_A_ROW:
                conn = self.ready.popleft()
                if self._quick(conn):
                    quick += 1
                    self._serve_quick(conn)
                else:
                    self._dispatch(conn)
        finally:
            self._dispatching = False

    def _quick(self, conn: Conn) -> bool:
        """Whether the loop runs the request itself: whole, small, to a quick path."""
        head = conn.head
        if not conn.received or head is None or head.streamed:
            return False
        if head.content_length is not None:
            size = head.content_length
        elif head.chunked and conn.scanner is not None:
            try:
                size = (conn.scanner.end(conn.buffer) or len(conn.buffer)) - head.size
            except ValueError:  # framing gunicorn refuses, with its own message
                return False
        else:
            size = 0
        return size <= QUICK_BYTES and head.path in self.quick_paths

    def _serve_quick(self, conn: Conn) -> None:
        conn.phase = Phase.RUNNING
        out = AnswerBuffer()
        try:
            conn.ending = self._serve_here(conn, out)
            conn.answer = memoryview(out.data)
            self._send_answer(conn)
        except Exception:  # a bug here must cost one connection, not the worker
            self.log.exception("Error serving a request from %s", peer(conn.client))
            self._close(conn)

    def _send_answer(self, conn: Conn) -> None:
        """Send what is left of a quick request's answer; wait for the client to read the
        rest, until the client timeout; then end the connection as the request said."""
        while conn.answer:
            try:
                sent = conn.sock.send(conn.answer)
            except (BlockingIOError, InterruptedError):
                if conn.phase is not Phase.WRITE:
                    conn.phase = Phase.WRITE
                    conn.deadline = time.monotonic() + self.limits.client_timeout
                    self.held.add(conn)
                    self._watch(conn, writing=True)
                return
            except OSError:
                conn.ending = Ending.DROP
                break
            conn.answer = conn.answer[sent:]
            # Each wait on the client is bounded, as a thread's send is, not the whole answer.
            conn.deadline = time.monotonic() + self.limits.client_timeout
        conn.answer = memoryview(b"")
        self._unwatch(conn)
        self.held.discard(conn)
        self._settle(conn, self._end(conn, conn.ending))

    def _on_writable(self, conn: Conn, _fileobj: Any) -> None:
        try:
            self._send_answer(conn)
        except Exception:  # a bug here must cost one connection, not the worker
            self.log.exception("Error writing an answer to %s", peer(conn.client))
            if conn in self.held:
                self._close(conn)

    def _dispatch(self, conn: Conn) -> None:
        conn.phase = Phase.RUNNING
        conn.streaming = bool(conn.head and conn.head.streamed)
        if conn.streaming:  # a stream waits on its client: it is never short
            self.streaming.add(conn)
        else:
            self.running[conn] = time.monotonic()
        self.busy += 1
        self.streams += conn.streaming
        future = self.tpool.submit(self._serve, conn)
        future.add_done_callback(partial(self._defer_finished, conn))

    def _defer_finished(self, conn: Conn, future: Future[Outcome]) -> None:
        self.method_queue.defer(self._finished, conn, future)

    def _finished(self, conn: Conn, future: Future[Outcome]) -> None:
        self.busy -= 1
        self.streams -= conn.streaming
        self.running.pop(conn, None)
        self.streaming.discard(conn)
        conn.streaming = False
        try:
            outcome = future.result()
        except Exception:  # _serve catches everything; this is for safety only
            self.log.exception("Unexpected error after a request")
            outcome = Outcome.CLOSED
            util.close(conn.sock)
        self._settle(conn, outcome)

    def _settle(self, conn: Conn, outcome: Outcome) -> None:
        """Take a connection back from its request: close it, linger, or wait for the next."""
        if outcome is Outcome.CLOSED:
            self.nr_conns -= 1
            return
        conn.sock.setblocking(False)
        self.held.add(conn)
        now = time.monotonic()
        if outcome is Outcome.LINGER:
            conn.phase, conn.deadline = Phase.LINGER, now + self._linger()
            self._watch(conn)
            return
        conn.next_request(conn.parser.unreader.take_buffered())
        if conn.buffer:  # the client sent its next request already
            conn.phase, conn.deadline = Phase.HEAD, now + self.limits.header_timeout
            self._advance(conn)
            return
        keepalive = self.cfg.keepalive if self.alive else STOP_KEEPALIVE_LINGER
        conn.phase, conn.deadline = Phase.KEEPALIVE, now + keepalive
        self._watch(conn)

    def _drop_input(self, conn: Conn) -> None:
        try:
            data = conn.sock.recv(_RECEIVE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        conn.dropped += len(data)
        if not data or conn.dropped > _LINGER_BYTES:
            self._close(conn)

    def _refuse(
        self, conn: Conn, status: int, code: str, message: str, retry_after: int | None = None
    ) -> None:
        """Answer from the loop and linger-close: the request never reaches a thread."""
        self.log.warning(
            "Refused a request from %s: %s %s", peer(conn.client), status, printable(message)
        )
        try:
            conn.sock.send(error_bytes(status, code, message, retry_after=retry_after))
            conn.sock.shutdown(socket.SHUT_WR)
        except OSError:
            self._close(conn)
            return
        conn.phase, conn.deadline = Phase.LINGER, time.monotonic() + self._linger()
        self._watch(conn)

    def _linger(self) -> float:
        """How long a client may go on sending after its answer: less once stopping."""
        return _LINGER_SECONDS if self.alive else STOP_KEEPALIVE_LINGER

    def _sweep(self, now: float | None = None) -> None:
        """Deal with the connections past their deadline; at most every `_SWEEP_EVERY` s."""
        now = time.monotonic() if now is None else now
        if now < self._next_sweep:
            return
        self._next_sweep = now + _SWEEP_EVERY
        for conn in [conn for conn in self.held if conn.deadline <= now]:
            if not self.alive and conn.phase in (Phase.HEAD, Phase.BODY) and conn.buffer:
                message = "The server is restarting; send the request again."
                self._refuse(conn, 503, "server_stopping", message, retry_after=1)
            elif conn.phase is Phase.HEAD and conn.buffer:
                timeout = self.limits.header_timeout
                message = f"The request head did not arrive within {timeout:g} s."
                self._refuse(conn, 408, "request_timeout", message)
            elif conn.phase is Phase.BODY:
                timeout = self.limits.client_timeout
                message = f"The request body did not arrive within {timeout:g} s."
                self._refuse(conn, 408, "body_timeout", message)
            elif conn.phase is Phase.WRITE:
                self.log.warning(
                    "Closed a connection from %s: the client stopped reading its answer",
                    peer(conn.client),
                )
                self._close(conn)
            else:  # idle, kept alive, or lingering: nothing to answer
                self._close(conn)

    def _watch(self, conn: Conn, writing: bool = False) -> None:
        """Wait for the client to send (or, `writing`, to take more of its answer)."""
        if not conn.watched:
            if writing:
                events, callback = selectors.EVENT_WRITE, self._on_writable
            else:
                events, callback = selectors.EVENT_READ, self._on_readable
            self.poller.register(conn.sock, events, partial(callback, conn))
            conn.watched = True

    def _unwatch(self, conn: Conn) -> None:
        if conn.watched:
            self.poller.unregister(conn.sock)
            conn.watched = False

    def _close(self, conn: Conn) -> None:
        self._unwatch(conn)
        self.held.discard(conn)
        util.close(conn.sock)
        self.nr_conns -= 1

    # Stopping -------------------------------------------------------------------------

    def _drain(self) -> None:
        """Serve what was accepted or queued, then go, within the graceful timeout.

        Told to stop (SIGTERM), the worker first takes every connection queued on the
        listening socket, which would be reset when the last worker closes it. Stopping on
        its own (its request quota reached, to be replaced), it leaves them to the others.
        Either way it goes as soon as what it runs is done: requests still arriving get 2 s
        to be whole, then a 503 to send again, so a slow client never holds a worker that
        nobody replaces until it exits.
        """
        self.shutdown.begin(self.cfg.graceful_timeout)
        if self.terminating:
            for listener in self.sockets:
                self._accept_queued(listener)
        self.set_accept_enabled(False)
        for listener in self.sockets:
            listener.close()  # new connections are refused rather than queued and reset
        for conn in self.streaming:  # a stream waiting for its next line ends now, saying so
            try:
                conn.sock.shutdown(socket.SHUT_RD)
            except OSError:
                pass
        now = time.monotonic()
        for conn in self.held:  # idle, kept alive, arriving or lingering: 2 s at most
            conn.deadline = min(conn.deadline, now + STOP_KEEPALIVE_LINGER)
        deadline = now + self.cfg.graceful_timeout
        while (self.held or self.ready or self.busy) and time.monotonic() < deadline:
            self.notify()
            self._run_ready()
            self.wait_for_and_dispatch_events(timeout=min(_SWEEP_EVERY, self._wait_time()))
            self._sweep()
        for conn in list(self.held):
            self._close(conn)
        self.tpool.shutdown(wait=False)
        self.poller.close()
        self.method_queue.close()

    def _accept_queued(self, listener: socket.socket) -> None:
        listener.setblocking(False)
        while True:
            try:
                sock, client = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return
            self._admit(sock, client, listener.getsockname())

    # A thread -------------------------------------------------------------------------


def _head_too_large() -> str:
    return f"The request head is over {MAX_HEAD:,} bytes."
