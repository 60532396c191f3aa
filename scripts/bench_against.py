"""`make bench`'s HTTP throughput against an earlier commit's, measured in turn on this machine.

    python scripts/bench_against.py REF [--rounds 2] [--keep DIR]

On a shared machine one run of `make bench` against another says little: the neighbours'
load moves the flat-out figure by a third from one run to the next, and the second of two
runs back to back tends to come out ahead. So this runs the full `make bench` of REF (a
commit, tag or branch, unpacked with `git archive` beside a link to `../shared`, with its own
venv from its own constraints) and of this checkout in the order A B B A for each round: the
order favours each side equally. It prints the flat-out `POST /v1/timeline` throughput of
every run, the ratio of this checkout's total to REF's, and the geometric mean of the ratios
of the pairs (a run and the one beside it).

The baseline tree is built in a temporary folder and removed at the end, unless `--keep DIR`
names a folder to build it in (or reuse it from) so that later calls skip the venv's set-up.
Every run's whole output is kept in that folder as `bench-<side>-<n>.log`.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# The row `make bench` prints for the figure issue 10 names (bench/test_http.py).
FLAT_OUT = re.compile(r"POST /v1/timeline \(\w+\), \d+ clients flat out: throughput\s+(\d+) req/s")


@dataclass(frozen=True, slots=True)
class Run:
    side: str  # "base" or "now"
    number: int
    rate: float  # requests per second, flat out
    load: float  # the one-minute load average when the run started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ref", help="the commit to compare with (e.g. 0497520)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of A B B A (default 2)")
    parser.add_argument("--keep", type=Path, help="build the baseline here and keep it")
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    try:
        commit = _git("rev-parse", "--verify", f"{args.ref}^{{commit}}").strip()
    except subprocess.CalledProcessError:
        parser.error(f"{args.ref!r} is not a commit of this repository")
    with _baseline(commit, args.keep) as (base_tree, logs):
        print(f"baseline {commit[:12]} in {base_tree}; this checkout {PROJECT_ROOT}", flush=True)
        trees = {"base": base_tree, "now": PROJECT_ROOT}
        runs: list[Run] = []
        for order in orders(args.rounds):
            for side in order:
                runs.append(_bench(side, trees[side], len(runs) + 1, logs))
                print(f"  {side:<4} {runs[-1].rate:6.0f} req/s  (load {runs[-1].load:.2f})")
    summarise(runs)
    return 0


def orders(rounds: int) -> Iterator[tuple[str, str]]:
    """A B, B A for each round: each side runs first as often as second."""
    for _ in range(rounds):
        yield ("base", "now")
        yield ("now", "base")


def _bench(side: str, tree: Path, number: int, logs: Path) -> Run:
    load = os.getloadavg()[0]
    log = logs / f"bench-{side}-{number}.log"
    with log.open("w") as out:
        # The exit status is not ours to judge: a missed target (first/warm on a busy machine)
        # fails the run without touching the throughput row.
        subprocess.run(["make", "-C", str(tree), "bench"], stdout=out, stderr=subprocess.STDOUT)
    found = FLAT_OUT.search(log.read_text(errors="replace"))
    if found is None:
        sys.exit(f"bench_against: no flat-out throughput in {log}; see the log")
    return Run(side, number, float(found.group(1)), load)


def summarise(runs: list[Run]) -> None:
    base = sum(run.rate for run in runs if run.side == "base")
    now = sum(run.rate for run in runs if run.side == "now")
    pairs = [(runs[i], runs[i + 1]) for i in range(0, len(runs), 2)]
    ratios = [_now_over_base(*pair) for pair in pairs]
    mean = math.exp(sum(math.log(ratio) for ratio in ratios) / len(ratios))
    print(f"\n{len(pairs)} pairs, {len(pairs) // 2} with each side first")
    print("  pair ratios (now / base): " + ", ".join(f"{ratio:.2f}" for ratio in ratios))
    print(f"  total: base {base:,.0f} req/s, now {now:,.0f} req/s: now / base {now / base:.3f}")
    print(f"  geometric mean of the pair ratios: {mean:.3f}")


def _now_over_base(first: Run, second: Run) -> float:
    now, base = (first, second) if first.side == "now" else (second, first)
    return now.rate / base.rate


@contextmanager
def _baseline(commit: str, keep: Path | None) -> Iterator[tuple[Path, Path]]:
    """(the baseline's tree, a folder for the logs): `commit` unpacked beside a link to the
    shared examples the benchmarks read from `../shared`, as this checkout has them."""
    if keep is not None:
        yield unpack(commit, keep.resolve()), keep.resolve()
        return
    with tempfile.TemporaryDirectory(prefix="bench-against-") as scratch:
        yield unpack(commit, Path(scratch)), Path(scratch)


def unpack(commit: str, folder: Path) -> Path:
    tree = folder / f"tree-{commit[:12]}"
    shared = PROJECT_ROOT.parent / "shared"
    folder.mkdir(parents=True, exist_ok=True)
    if shared.is_dir() and not (folder / "shared").exists():
        (folder / "shared").symlink_to(shared)
    if not tree.is_dir():
        started = time.perf_counter()
        partial = folder / f".{tree.name}.partial"  # renamed once whole: a kept tree is whole
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(PROJECT_ROOT), "archive", commit], check=True, capture_output=True
        )
        subprocess.run(["tar", "-x", "-C", str(partial)], input=archive.stdout, check=True)
        partial.rename(tree)
        print(f"unpacked {commit[:12]} in {time.perf_counter() - started:.1f} s", flush=True)
    return tree


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(PROJECT_ROOT), *args], check=True, capture_output=True, text=True
    ).stdout


if __name__ == "__main__":
    raise SystemExit(main())
