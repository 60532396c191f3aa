"""What a pool thread of our worker does with a request the event loop hands it whole:
parse it with gunicorn's parser, run the app, write the answer, and say what becomes of the
connection (`service.worker` has the loop; this is the half that may block, on the app and
on the client, never longer than the client timeout).
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

from service.connection import Conn, Outcome, peer, send_continue
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
        req = None
        try:
            conn.init()  # the parser, the first time; it makes the socket blocking
            conn.sock.settimeout(self.limits.client_timeout)
            conn.parser.unreader.unread(bytes(conn.buffer))
            conn.buffer = bytearray()
            req = next(conn.parser)
            keep, body = self._respond(req, conn)
            return self._after(conn, keep, body)
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
            self.handle_error(req, conn.sock, conn.client, exc)
            return self._after(conn, False, None, complete=False)  # it may still be sending
        util.close(conn.sock)
        return Outcome.CLOSED

    def _after(
        self, conn: Conn, keep: bool, body: StreamingInput | None, complete: bool = True
    ) -> Outcome:
        """Keep the connection, close it, or leave it to the loop to linger on."""
        complete = complete and (body is None or body.complete or conn.received)
        if keep and complete and (body is None or body.complete or self._skip_body(conn)):
            return Outcome.KEEP
        try:
            conn.sock.shutdown(socket.SHUT_WR)
        except OSError:
            util.close(conn.sock)
            return Outcome.CLOSED
        if complete:  # nothing more will come from the client: no reset to fear
            util.close(conn.sock)
            return Outcome.CLOSED
        return Outcome.LINGER

    @staticmethod
    def _skip_body(conn: Conn) -> bool:
        """Drop the unread rest of a body the loop buffered whole (no socket read needed)."""
        return bool(conn.parser.finish_body(deadline=time.monotonic() + 1.0, max_bytes=1 << 62))

    def _respond(self, req: Any, conn: Conn) -> tuple[bool, StreamingInput | None]:
        """gunicorn's `handle_request`, with our body and shutdown in the environ."""
        environ: dict[str, Any] = {}
        resp = None
        body = None
        try:
            self.cfg.pre_request(self, req)
            started = datetime.now()
            owed = req._expected_100_continue and not conn.continue_sent
            req._expected_100_continue = False  # sent when the app reads, if ever
            resp, environ = wsgi.create(req, conn.sock, conn.client, conn.server, self.cfg)
            body = StreamingInput(req.body, partial(send_continue, conn) if owed else None)
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


def _start_response(resp: Any, body: StreamingInput, conn: Conn, *args: Any) -> Any:
    """gunicorn's `start_response`, closing the connection when the body did not come whole
    (broken, or refused before it was read): where the next request starts is unknown."""
    if body.failed or not (conn.received or body.complete):
        resp.force_close()
    return resp.start_response(*args)
