"""What our worker does with a request the event loop holds whole: parse it with gunicorn's
parser, run the app, write the answer, and say what becomes of the connection. On a pool
thread (`_serve`) it writes to the socket and may block, on the app and on the client, never
longer than the client timeout; on the loop itself (`_serve_here`, quick requests) it writes
to a buffer that the loop sends (`service.worker` has the loop).
"""

from __future__ import annotations

import errno
import socket
import time
from datetime import datetime
from functools import partial
from typing import Any

from gunicorn import util
from gunicorn.http import errors as http_errors
from gunicorn.http import wsgi
from gunicorn.workers.gthread import ThreadWorker

from service.connection import AnswerBuffer, Conn, Ending, Outcome, peer, send_continue
from service.lifecycle import SHUTDOWN_KEY, Shutdown
from service.logsafe import printable
from service.serving import ServingLimits
from service.wire import error_bytes, refusal
from service.wsgi_input import StreamingInput


class RequestThreads(ThreadWorker):  # type: ignore[misc]  # gunicorn ships no type hints
    """The thread side of `service.worker.TimelineWorker`."""

    alive: bool  # set by gunicorn's base worker
    limits: ServingLimits
    shutdown: Shutdown

    def _serve(self, conn: Conn) -> Outcome:
        """Run one request whose bytes the loop has buffered. Runs in a pool thread."""
        try:
            conn.init()  # the parser, the first time; it makes the socket blocking
            conn.sock.settimeout(self.limits.client_timeout)
        except OSError:
            return self._end(conn, Ending.DROP)
        return self._end(conn, self._run(conn, conn.sock))

    def _serve_here(self, conn: Conn, out: AnswerBuffer) -> Ending:
        """Run one request on the loop's own thread, its answer written to `out` for the
        loop to send as the client reads it; the socket stays non-blocking, and nothing
        here reads it, since the loop buffered the whole request."""
        try:
            conn.init()
        except OSError:
            return Ending.DROP
        conn.sock.setblocking(False)
        return self._run(conn, out, response_class=BufferedResponse)

    def _run(self, conn: Conn, out: Any, response_class: Any = None) -> Ending:
        """Parse the request, run the app with its answer going to `out`, and say how the
        connection ends; `_end` then does it on the socket."""
        req = None
        try:
            conn.parser.unreader.unread(bytes(conn.buffer))
            conn.buffer = bytearray()
            req = next(conn.parser)
            keep, body = self._respond(req, conn, out, response_class)
            return self._ending(conn, keep, body)
        except StopIteration:
            pass
        except http_errors.NoMoreData:
            pass  # the client left before its head was whole
        except TimeoutError:
            self.log.warning("Closed a connection from %s: the client stalled", peer(conn.client))
        except OSError as exc:
            if exc.errno not in (errno.EPIPE, errno.ECONNRESET, errno.ENOTCONN):
                self.log.exception("Socket error processing request.")
        except Exception as exc:
            self.handle_error(req, out, conn.client, exc)
            return self._ending(conn, False, None, complete=False)  # it may still be sending
        return Ending.DROP

    def _ending(
        self, conn: Conn, keep: bool, body: StreamingInput | None, complete: bool = True
    ) -> Ending:
        """Keep the connection, close it, or leave it to the loop to linger on."""
        complete = complete and (body is None or body.complete or conn.received)
        if keep and complete and (body is None or body.complete or self._skip_body(conn)):
            return Ending.KEEP
        # Nothing more will come from a complete client, so closing resets nothing.
        return Ending.CLOSE if complete else Ending.LINGER

    @staticmethod
    def _end(conn: Conn, ending: Ending) -> Outcome:
        """Do what `ending` says on the socket, once the whole answer is written."""
        if ending is Ending.KEEP:
            return Outcome.KEEP
        if ending is not Ending.DROP:
            try:
                conn.sock.shutdown(socket.SHUT_WR)
            except OSError:
                ending = Ending.DROP
        if ending is Ending.LINGER:
            return Outcome.LINGER
        util.close(conn.sock)
        return Outcome.CLOSED

    @staticmethod
    def _skip_body(conn: Conn) -> bool:
        """Drop the unread rest of a body the loop buffered whole (no socket read needed)."""
        return bool(conn.parser.finish_body(deadline=time.monotonic() + 1.0, max_bytes=1 << 62))

    def _respond(
        self, req: Any, conn: Conn, out: Any, response_class: Any
    ) -> tuple[bool, StreamingInput | None]:
        """gunicorn's `handle_request`, with our body and shutdown in the environ, writing
        the answer to `out` (the socket, or the loop's buffer)."""
        environ: dict[str, Any] = {}
        resp = None
        body = None
        try:
            self.cfg.pre_request(self, req)
            started = datetime.now()
            owed = req._expected_100_continue and not conn.continue_sent
            req._expected_100_continue = False  # sent when the app reads, if ever
            resp, environ = wsgi.create(
                req, out, conn.client, conn.server, self.cfg, response_class=response_class
            )
            body = StreamingInput(req.body, partial(send_continue, conn, out) if owed else None)
            environ["wsgi.input"] = body
            environ["wsgi.multithread"] = True
            environ[SHUTDOWN_KEY] = self.shutdown
            self._count_request()
            if not self.alive or not self.cfg.keepalive:
                resp.force_close()
            respiter = self.wsgi(environ, partial(_start_response, resp, body, conn))
            try:
                if isinstance(respiter, environ["wsgi.file_wrapper"]):
                    resp.write_file(respiter)
                else:
                    for item in respiter:
                        resp.write(item)
                resp.close()
            finally:
                self.log.access(resp, req, environ, datetime.now() - started)
                if hasattr(respiter, "close"):
                    respiter.close()
            return not resp.should_close(), body
        except OSError:
            raise
        except (Exception, SystemExit):
            if resp is not None and resp.headers_sent:
                self.log.exception("Error handling request")  # after the answer began
                raise StopIteration() from None
            raise
        finally:
            try:
                self.cfg.post_request(self, req, environ, resp)
            except Exception:
                self.log.exception("Exception in post_request hook")

    def _count_request(self) -> None:
        self.nr += 1
        if self.nr >= self.max_requests and self.alive:
            self.log.info("Autorestarting worker after current request.")
            self.alive = False
            self.shutdown.begin(self.cfg.graceful_timeout)
            self.method_queue.defer(lambda: None)  # wake the loop to start draining

    def handle_error(self, req: Any, client: Any, addr: Any, exc: BaseException) -> None:
        """gunicorn's refusals (400, 414, 431, ...) as JSON with a request id, in one log line
        with no traceback; anything else is a bug, logged whole and answered 500."""
        known = refusal(exc)
        if known is None:
            self.log.exception("Error handling request")
            status, code, message = 500, "internal_error", "The server failed the request."
        else:
            (status, code), message = known, str(exc)
            self.log.warning(
                "Refused a request from %s: %s %s", peer(addr), status, printable(message)
            )
        try:
            client.sendall(error_bytes(status, code, message))
        except OSError:
            self.log.debug("Failed to send error message.")


class BufferedResponse(wsgi.Response):  # type: ignore[misc]
    """gunicorn's response, writing a file as bytes rather than by `sendfile`, which needs a
    socket: the answer goes to an `AnswerBuffer`."""

    def can_sendfile(self) -> bool:
        return False


def _start_response(resp: Any, body: StreamingInput, conn: Conn, *args: Any) -> Any:
    """gunicorn's `start_response`, closing the connection when the body did not come whole
    (broken, or refused before it was read): where the next request starts is unknown."""
    if body.failed or not (conn.received or body.complete):
        resp.force_close()
    return resp.start_response(*args)
