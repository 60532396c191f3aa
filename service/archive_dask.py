"""`timeline batch` on Dask: one task per block, on a local cluster or the user's own.

Nothing here retries, pools or schedules by hand: the Dask scheduler places the tasks and
runs again any task whose worker died (up to `distributed.scheduler.allowed-failures`, 3 by
default); a task's output is safe to write twice (see `archive_write`). A worker warms the
library up once, when it joins, through a worker plugin, never per task.
"""

from __future__ import annotations

import gc
import sys
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, redirect_stdout

import dask
from distributed import Client, LocalCluster, Worker, progress
from distributed.diagnostics.plugin import WorkerPlugin

from service.archive_read import Block
from service.archive_write import Counts, Job, process_block
from timeline import warm_up, warm_up_finder

# The tasks' keys start so: Dask's progress bar groups them under this name.
TASK_PREFIX = "timeline-part"
# How often the local run's progress bar asks the scheduler and redraws (Dask's default is
# 100 ms; a part takes seconds, so a finer bar shows nothing more).
PROGRESS_INTERVAL = "500ms"

# Dask's settings for a local cluster (a cluster of the user's keeps its own), without what
# only a dashboard would show. On 2 cores the scheduler, the nannies and the client share a
# process that competes with the workers, and each wake-up of a worker's event loop takes the
# GIL from its task.
# - No dashboard shows the workers' statistical profiler, and it samples every thread ten
#   times a second: off, a local worker read 4-7 % more articles a second.
# - The event loop's health check (every 20 ms by default, in every scheduler, nanny and
#   worker) only feeds a metric and the warning of a loop blocked for over
#   `distributed.admin.tick.limit` (3 s), which a check every second still gives.
# - The system monitor (CPU, memory, descriptors, disk and network counters, every 500 ms)
#   feeds the dashboard, which there is none of.
# - The memory monitor (which pauses a worker at 80 % of its memory limit, and has its nanny
#   restart it at 95 %) every 500 ms rather than 100 ms still reacts within half a second.
# Measured per thread on a 2-worker run (/proc/PID/task/TID/stat): the client process's event
# loop went from 3-5 % of a core to about 1 %, each worker's from about 2 % to 0.3 % (and
# from some 170 wake-ups a second to 20), idle or busy.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "500ms",
}


class WarmUp(WorkerPlugin):
    """Builds what the library builds lazily (dateparser's data, the finder's automaton) when
    a worker starts, replaced ones too, so that no task pays for it."""

    name = "timeline-warm-up"
    # Registered again by a later job on the same cluster, it is left as it is.
    idempotent = True

    def setup(self, worker: Worker) -> None:
        warm_up()
        warm_up_finder()
        # What is alive now (the library's rule index and data, Dask's own modules) lives as
        # long as the worker: frozen, a full collection no longer walks it (on a warm worker
        # it took 25-50 ms, frozen about 1 ms). The events are kept as plain columns, so
        # full collections are rare anyway (see `service.archive.Rows`); a partition full of
        # error rows is where they would come.
        gc.collect()
        gc.freeze()


@contextmanager
def open_client(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a new local one of `workers` processes
    with one thread each (the library holds the GIL), on 127.0.0.1 and without a dashboard."""
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        dask.config.set(LOCAL_CLUSTER_CONFIG),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            # The scheduler serves HTTP (health, metrics) even without a dashboard, on 8787
            # unless told otherwise: a free port on loopback, so that two jobs never collide.
            scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_blocks(
    client: Client, blocks: Sequence[Block], job: Job, show_progress: bool
) -> list[Counts]:
    """Process every block on the cluster and return each part's counts, in block order.

    Raises what a task raised, or `distributed.KilledWorker` when a block's workers kept dying.
    """
    client.register_plugin(WarmUp())
    token = uuid.uuid4().hex  # two jobs on one cluster must not share keys
    keys = [f"{TASK_PREFIX}-{block.index:05d}-{token}" for block in blocks]
    futures = client.map(process_block, blocks, job=job, key=keys)
    if show_progress:
        with redirect_stdout(sys.stderr):  # Dask draws on stdout; ours is for results only
            progress(futures, interval=PROGRESS_INTERVAL)
    counts: list[Counts] = client.gather(futures)
    return counts
