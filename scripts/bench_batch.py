"""The figures of `timeline batch`: a plain loop against Dask with 1 and 2 local workers.

    python scripts/bench_batch.py [--articles 20000] [--block-size SIZE] [--repeat 1]

Generates an archive of synthetic articles (our own sentence templates, seeded, so every run
reads the same text) as JSON lines, then measures on it:
- the plain loop: one process, `json.loads` and `build_timeline` per line, after a warm-up;
- the job's own tasks (read, validate as the API does, build, write Parquet) one after the
  other in that process, without Dask;
- `timeline batch`'s own job (read, build, write Parquet) on a LocalCluster of 1 and of 2
  worker processes with one thread each, on 127.0.0.1, from submit to the last part written
  (the cluster's start and the workers' warm-up are timed apart);
- two plain loops at once in two processes: what the two cores give two processes that share
  nothing, the ceiling of 2 workers. On a virtual machine a core runs slower while the other
  is busy too, so this can be well under 2x.
It prints articles/s and CPU ms per article (for Dask, the workers' CPU, then split into their
task threads and the rest, and that of this process, which holds the local cluster's
scheduler and nannies and the client), the peak RSS of each worker, and the Parquet bytes per
event. Blocks are sized as `timeline batch` sizes them by default for the run's workers,
unless `--block-size` is given. The load average before each run is printed too: on a shared
machine the figures move with it, so run it more than once; with `--repeat` above 1 it ends
with the best run of each, the ratio of the bests, and the median of the runs' own ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path
from statistics import median
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from service.archive import IDENTITY  # noqa: E402 (the project root goes on the path first)
from service.archive_cli import DEFAULT_BLOCK_SIZE, parse_size  # noqa: E402
from service.archive_read import block_size_for  # noqa: E402

_WHO = ("The minister", "The union", "Police", "The council", "The company", "Residents", "Doctors")
_DID = ("said", "announced", "warned", "confirmed", "denied", "reported")
_WHAT = ("the talks would resume", "prices had risen", "the bridge was closed", "the vote failed",
         "the strike would go on", "the plant would reopen", "the trial was delayed")  # fmt: skip
_WHEN = ("on Friday", "yesterday", "last week", "two weeks ago", "next month", "in 2019",
         "on March 3", "in the first quarter", "by Christmas", "three days later", "this morning",
         "in recent days", "since the 1990s", "every Monday", "for six years", "at 3 p.m.",
         "the next day", "in mid-2024", "last year", "on Tuesday night")  # fmt: skip
_PLAIN = ("Nobody was hurt.", "The figures were not published.", "Talks continue.",
          "A spokesman declined to comment.", "Critics were not convinced.",
          "The report runs to 48 pages and names 12 suppliers.",
          "Shares in the group fell 3 percent in early trading.",
          "Opposition leaders called for an independent inquiry into the decision.",
          "The agency said it was reviewing the findings with its partners abroad.",
          "Local businesses have complained about the noise and the traffic.")  # fmt: skip


def synthetic_article(rng: random.Random, sentences: int) -> str:
    """A news-like text of `sentences` sentences, about a third of them with a time expression
    (real articles carry some 10 to 20 in 3 kB)."""
    parts = []
    for _ in range(sentences):
        if rng.random() < 0.7:
            parts.append(rng.choice(_PLAIN))
            continue
        who, did, what, when = (rng.choice(x) for x in (_WHO, _DID, _WHAT, _WHEN))
        parts.append(f"{who} {did} {when} that {what}.")
    return " ".join(parts)


def write_archive(directory: Path, articles: int, seed: int = 14) -> Path:
    rng = random.Random(seed)
    path = directory / "synthetic.jsonl"
    with path.open("w", encoding="utf-8") as file:
        for number in range(articles):
            day = f"2022-{1 + number % 12:02d}-{1 + number % 28:02d}"
            text = synthetic_article(rng, rng.randint(30, 60))
            file.write(json.dumps({"id": f"a{number}", "text": text, "published": day}) + "\n")
    return path


def plain_loop(path: Path) -> dict[str, float]:
    from timeline import build_timeline, warm_up, warm_up_finder

    warm_up()
    warm_up_finder()
    lines = path.read_bytes().splitlines()
    wall, cpu = time.perf_counter(), time.process_time()
    events = 0
    for line in lines:
        doc = json.loads(line)
        events += len(build_timeline(doc["text"], datetime.fromisoformat(doc["published"])).events)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"articles": len(lines), "seconds": wall, "cpu": cpu, "events": events}


def two_loops_at_once(path: Path) -> dict[str, float]:
    """Two plain loops in two processes at the same time: what this machine's two cores give
    two independent processes, with nothing shared (no Dask), as the ceiling of 2 workers."""
    command = [sys.executable, __file__, "--plain-loop", str(path)]
    loops = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    printed = [loop.communicate()[0] for loop in loops]
    if any(loop.returncode for loop in loops):
        sys.exit("bench_batch: a plain loop of the ceiling run failed")
    results = [json.loads(output) for output in printed]
    articles = sum(result["articles"] for result in results)
    # Each process's own rate, added: their warm-ups are not in them, as in the plain loop's.
    rate = sum(result["articles"] / result["seconds"] for result in results)
    return {"articles": articles, "rate": rate, "cpu": sum(r["cpu"] for r in results)}


def one_process(path: Path, block_size: int, output: Path) -> dict[str, float]:
    """The job's own per-block function over every block in this process: Dask's share of
    the cost is what the Dask runs add to this."""
    from service.archive_read import expand_inputs, plan_blocks
    from service.archive_write import Job, prepare_output, process_block, total

    blocks = plan_blocks(expand_inputs([str(path)]), block_size, IDENTITY)
    prepare_output(str(output), overwrite=True)
    job = Job(output=str(output), fields=IDENTITY, line_limit=1_000_000)
    wall, cpu = time.perf_counter(), time.process_time()
    counts = total([process_block(block, job) for block in blocks])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"articles": counts["documents"], "seconds": wall, "cpu": cpu}


def block_size(path: Path, workers: int, given: int | None) -> int:
    """`given`, or the CLI's default for a local cluster of `workers`."""
    return given or block_size_for([str(path)], workers, parse_size(DEFAULT_BLOCK_SIZE))


def dask_run(path: Path, workers: int, block_size: int, output: Path) -> dict[str, Any]:
    from service.archive_dask import WarmUp, open_client, run_blocks
    from service.archive_read import expand_inputs, plan_blocks
    from service.archive_write import Job, prepare_output, total

    started = time.perf_counter()
    with open_client(None, workers) as client:
        client.register_plugin(WarmUp())  # returns once every worker has warmed up
        ready = time.perf_counter() - started
        blocks = plan_blocks(expand_inputs([str(path)]), block_size, IDENTITY)
        prepare_output(str(output), overwrite=True)
        job = Job(output=str(output), fields=IDENTITY, line_limit=1_000_000)
        cpu_before = sum(client.run(_cpu_seconds).values())
        tasks_before = sum(client.run(_task_threads_cpu).values())
        here = _cpu_seconds()
        wall = time.perf_counter()
        counts = total(run_blocks(client, blocks, job, show_progress=False))
        wall = time.perf_counter() - wall
        here = _cpu_seconds() - here
        cpu = sum(client.run(_cpu_seconds).values()) - cpu_before
        tasks = sum(client.run(_task_threads_cpu).values()) - tasks_before
        peaks = sorted(client.run(_peak_rss_mib).values())
    size = sum(p.stat().st_size for p in (output / "events").glob("*.parquet"))
    return {"ready": ready, "seconds": wall, "cpu": cpu, "peaks": peaks, "counts": counts,
            "blocks": len(blocks), "bytes": size, "client_cpu": here,
            "task_cpu": tasks}  # fmt: skip


def _cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system


def _task_threads_cpu() -> float:
    """The CPU seconds of the worker's task threads (Dask names them so); the rest of the
    worker's CPU is its event loop's and its monitors'."""
    names = {thread.native_id: thread.name for thread in threading.enumerate()}
    seconds = 0.0
    for task in Path("/proc/self/task").iterdir():
        if "Dask-Default-Threads" in names.get(int(task.name), ""):
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            seconds += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return seconds


def _peak_rss_mib() -> float:
    """The worker's peak resident memory. Not `getrusage`, whose `ru_maxrss` a spawned
    process inherits from the process it was forked from (on Linux, across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    return float("nan")


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--block-size", type=parse_size, help="default: as timeline batch")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--plain-loop", type=Path, help=argparse.SUPPRESS)  # the ceiling's
    args = parser.parse_args(argv)
    if args.plain_loop:
        print(json.dumps(plain_loop(args.plain_loop)))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as scratch:
        directory = Path(scratch)
        path = write_archive(directory, args.articles)
        sizes = {workers: block_size(path, workers, args.block_size) for workers in (1, 2)}
        how = "given" if args.block_size else f"timeline batch's: {DEFAULT_BLOCK_SIZE} at most"
        print(f"archive: {args.articles:,} articles, {path.stat().st_size / 2**20:.1f} MiB of "
              f"JSON lines; blocks of {sizes[1] / 2**20:.2f} MiB for 1 worker, "
              f"{sizes[2] / 2**20:.2f} MiB for 2 ({how}); {os.cpu_count()} cores")  # fmt: skip
        rates: dict[str, list[float]] = {
            "plain loop": [], "1 worker": [], "2 workers": [], "2 loops": []
        }  # fmt: skip
        ratios: list[float] = []
        for attempt in range(1, args.repeat + 1):
            print(f"\nrun {attempt} of {args.repeat}")
            print(f"  plain loop     ({_load()})")
            plain = plain_loop(path)
            rate = plain["articles"] / plain["seconds"]
            rates["plain loop"].append(rate)
            print(f"    {rate:8,.0f} articles/s  {1000 * plain['cpu'] / plain['articles']:.2f} ms "
                  f"CPU/article  {plain['events']:,} events")  # fmt: skip
            print(f"  the job's tasks in one process, no Dask ({_load()})")
            alone = one_process(path, sizes[1], directory / "out0")
            print(f"    {alone['articles'] / alone['seconds']:8,.0f} articles/s  "
                  f"{1000 * alone['cpu'] / alone['articles']:.2f} ms CPU/article")  # fmt: skip
            for workers in (1, 2):
                print(f"  dask, {workers} worker{'s' if workers > 1 else ' '} ({_load()})")
                run = dask_run(path, workers, sizes[workers], directory / f"out{workers}")
                articles = run["counts"]["documents"]
                rates[f"{workers} worker{'s' if workers > 1 else ''}"].append(
                    articles / run["seconds"]
                )
                if workers == 2:
                    ratios.append(articles / run["seconds"] / rate)
                peaks = ", ".join(f"{peak:.0f}" for peak in run["peaks"])
                print(f"    {articles / run['seconds']:8,.0f} articles/s  "
                      f"{1000 * run['cpu'] / articles:.2f} ms CPU/article  "
                      f"{articles / run['seconds'] / rate:.2f}x the loop  peak RSS {peaks} MiB  "
                      f"{run['bytes'] / run['counts']['events']:.1f} Parquet bytes/event  "
                      f"{run['blocks']} blocks  start + warm-up {run['ready']:.1f} s")  # fmt: skip
                tasks, rest = run["task_cpu"], run["cpu"] - run["task_cpu"]
                print(f"      CPU/article: the workers' tasks {1000 * tasks / articles:.3f} ms, "
                      f"the rest of the workers (event loops, monitors) "
                      f"{1000 * rest / articles:.3f} ms, this process (scheduler, nannies, "
                      f"client) {1000 * run['client_cpu'] / articles:.3f} ms")  # fmt: skip
            print(f"  two plain loops at once, in two processes ({_load()})")
            both = two_loops_at_once(path)
            rates["2 loops"].append(both["rate"])
            print(f"    {both['rate']:8,.0f} articles/s  "
                  f"{1000 * both['cpu'] / both['articles']:.2f} ms CPU/article  "
                  f"{both['rate'] / rate:.2f}x the loop, what 2 processes got")  # fmt: skip
        if args.repeat > 1:
            _print_best(rates, ratios)
    return 0


def _print_best(rates: dict[str, list[float]], ratios: list[float]) -> None:
    """The best run of each, as pytest-benchmark's minimum is: what the machine's neighbours
    took from a run is never the code's, so the best of a few is the fairest of them. Then the
    median of the runs' own ratios of 2 workers to the loop, which one lucky run cannot move."""
    loop = max(rates["plain loop"])
    print(f"\nbest of {len(rates['plain loop'])} runs")
    for label, found in rates.items():
        ratio = "" if label == "plain loop" else f"  {max(found) / loop:.2f}x the loop's best"
        print(f"  {label:<11} {max(found):8,.0f} articles/s{ratio}")
    print(f"  2 workers against the loop of the same run: median {median(ratios):.2f}x "
          f"({', '.join(f'{ratio:.2f}' for ratio in ratios)}); of the 2 loops at once "
          f"{max(rates['2 workers']) / max(rates['2 loops']):.0%} (bests)")  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
