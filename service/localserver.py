"""Start the production server (gunicorn, the Procfile's settings) on a free loopback port.

Used by the end-to-end tests, `make eval` and the benchmarks, so that each measures the same
server a deployment runs.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def running_server(
    workers: int = 2,
    env: Mapping[str, str] | None = None,
    startup_seconds: float = 60.0,
    extra_args: tuple[str, ...] = (),
    app: str = "service:create_app()",
    log_path: Path | None = None,
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Yield (base URL, process) of a gunicorn serving `app` (ours unless told) on 127.0.0.1.

    With `log_path`, its error log and whatever it prints (the access log, with
    `--access-logfile -`) go to that file, for a test to read.
    """
    port = free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    command = [
        str(gunicorn),
        "--config", str(PROJECT_ROOT / "gunicorn.conf.py"),
        "--bind", f"127.0.0.1:{port}",
        "--workers", str(workers),
        "--access-logfile", "/dev/null",
        *extra_args,
        app,
    ]  # fmt: skip
    # gunicorn's log goes to a file, not a pipe: a pipe nobody drains fills up under load and
    # then blocks every worker that writes to it.
    with open(log_path, "w+b") if log_path else tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            command,
            cwd=PROJECT_ROOT,
            env={**os.environ, **(env or {})},
            stdout=log if log_path else subprocess.DEVNULL,
            stderr=log,
        )
        base_url = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(base_url, process, startup_seconds, log)
            yield base_url, process
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_healthy(
    base_url: str, process: subprocess.Popen[bytes], seconds: float, log: IO[bytes]
) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            error = log.read().decode(errors="replace")
            raise RuntimeError(f"gunicorn exited with {process.returncode}: {error[-2000:]}")
        try:
            with urllib.request.urlopen(base_url + "/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"gunicorn did not answer /healthz within {seconds} s")
