"""`timeline batch` end to end on a 2-worker LocalCluster (processes, one thread each, no
dashboard, 127.0.0.1), over a small archive in every input format that the tests write."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from flask.testing import FlaskClient

from service.archive_dask import open_client, run_blocks
from service.archive_read import expand_inputs, plan_blocks
from service.archive_write import Job, finish_output, prepare_output, total
from service.cli import main
from tests.archive.faults import DieAfterPart
from tests.archive.samples import BLOCK_SIZE, FIELD_OPTIONS, FIELDS, Archive, write_archive
from timeline import Timeline, build_timeline

NDJSON = "application/x-ndjson"


@dataclass
class Run:
    output: Path
    partitions: int
    counts: dict[str, int]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    return write_archive(tmp_path_factory.mktemp("archive"))


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """A Dask client of the 2-worker local cluster every test here shares."""
    with open_client(None, workers=2) as dask_client:
        yield dask_client


@pytest.fixture(scope="module")
def first_run(archive: Archive, cluster: Any, tmp_path_factory: pytest.TempPathFactory) -> Run:
    return _run(archive, cluster, tmp_path_factory.mktemp("out") / "timelines")


def _run(archive: Archive, cluster: Any, output: Path) -> Run:
    files = expand_inputs([str(archive.directory)])
    blocks = plan_blocks(files, BLOCK_SIZE, FIELDS)
    prepare_output(str(output), overwrite=False)
    job = Job(output=str(output), fields=FIELDS, line_limit=1_000_000)
    counts = total(run_blocks(cluster, blocks, job, show_progress=False))
    finish_output(str(output), counts)
    return Run(output, len(blocks), counts)


def _rows(folder: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = pq.read_table(folder).to_pylist()
    return rows


def test_the_cluster_is_the_one_the_tests_describe(cluster: Any) -> None:
    workers = cluster.scheduler_info()["workers"]
    assert len(workers) == 2
    assert all(worker["nthreads"] == 1 for worker in workers.values())
    assert all(address.startswith("tcp://127.0.0.1:") for address in workers)


def test_events_equal_a_plain_build_timeline_loop(archive: Archive, first_run: Run) -> None:
    expected = [row for doc in archive.good for row in _expected_rows(doc)]
    written = _rows(first_run.output / "events")
    key = _row_key
    assert sorted(written, key=key) == sorted(expected, key=key)
    assert first_run.partitions > len(archive.files)  # files were cut into several blocks
    assert first_run.counts["timelines"] == len(archive.good)
    assert first_run.counts["events"] == len(expected)


def test_a_year_before_1677_keeps_its_instant(first_run: Run) -> None:
    old = [row for row in _rows(first_run.output / "events") if row["doc_id"] == "n3-old"]
    assert {row["start_utc"].year for row in old} == {1605}
    assert {row["start"][:4] for row in old} == {"1605"}


def test_each_bad_record_is_an_error_row_and_the_job_succeeds(
    archive: Archive, first_run: Run
) -> None:
    errors = _rows(first_run.output / "errors")
    found = {_error_key(row): row["code"] for row in errors}
    assert found == archive.bad
    assert first_run.counts["errors"] == len(archive.bad)
    summary = json.loads((first_run.output / "_SUMMARY.json").read_text())
    assert summary["documents"] == len(archive.good) + len(archive.bad)


def test_errors_say_what_the_api_says_for_the_same_record(
    first_run: Run, client: FlaskClient
) -> None:
    for row in _rows(first_run.output / "errors"):
        if row["code"] == "malformed_csv":  # no CSV in the API: checked by its own test
            assert "fields" in row["message"]
            continue
        line = _api_line(row["record"])
        answer = client.post("/v1/timelines", data=line + b"\n", content_type=NDJSON)
        result = json.loads(answer.data.splitlines()[0])
        if row["doc_id"] is not None:  # the API numbers a document with no id; an archive can't
            assert row["doc_id"] == str(result["id"])
        assert {k: row[k] for k in ("code", "message")} == {
            k: result["error"][k] for k in ("code", "message")
        }
        assert json.loads(row["fields"]) == result["error"]["fields"]


def test_a_worker_killed_after_writing_a_part_changes_nothing(
    archive: Archive, cluster: Any, first_run: Run, tmp_path: Path
) -> None:
    marker = tmp_path / "died"
    cluster.register_plugin(DieAfterPart(part=1, marker=marker))
    try:
        again = _run(archive, cluster, tmp_path / "timelines")
    finally:
        cluster.unregister_worker_plugin(DieAfterPart.name)
    assert marker.exists()  # the worker did die
    events = _rows(again.output / "events")
    assert len({(row["doc_id"], row["rank"]) for row in events}) == len(events)
    assert sorted(events, key=_row_key) == sorted(_rows(first_run.output / "events"), key=_row_key)
    assert _rows(again.output / "errors") == _rows(first_run.output / "errors")
    assert again.counts == first_run.counts
    left = [p.name for p in again.output.rglob("*") if p.name.startswith(".")]
    assert left == []


def test_cli_exit_codes_and_refusal_of_a_non_empty_output(
    archive: Archive, cluster: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out"
    base = ["batch", str(archive.directory), "--output", str(output), *FIELD_OPTIONS]
    on_cluster = [*base, "--scheduler", cluster.scheduler.address, "--block-size", "2KiB"]
    assert main(on_cluster) == 0
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith(f"timeline: {len(archive.good) + len(archive.bad)} documents: ")
    assert main(on_cluster) == 2
    assert "not empty" in capsys.readouterr().err
    assert (output / "_SUMMARY.json").exists()  # the refused run left the old output alone
    assert main([*on_cluster, "--overwrite"]) == 0
    (tmp_path / "notes.txt").write_text("mine")
    assert main([*on_cluster[:3], str(tmp_path), *on_cluster[4:], "--overwrite"]) == 2
    assert "did not write" in capsys.readouterr().err

    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(gzip.compress(b'{"id": "x"}\n')[:-12])  # cut short: not readable
    assert main(["batch", str(broken), "--output", str(tmp_path / "b"), *on_cluster[4:]]) == 1
    assert "broken.jsonl.gz" in capsys.readouterr().err
    assert not (tmp_path / "b" / "_SUMMARY.json").exists()


def test_cli_exits_1_when_the_scheduler_cannot_be_reached_and_writes_nothing(
    archive: Archive, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import dask

    output = tmp_path / "o"
    argv = ["batch", str(archive.files[0]), "--output", str(output), *FIELD_OPTIONS]
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        assert main([*argv, "--scheduler", "tcp://127.0.0.1:9"]) == 1  # the discard port
    assert "the job failed" in capsys.readouterr().err
    assert not output.exists()


@pytest.mark.parametrize(
    ("options", "complaint"),
    [
        (["--field", "body=maintext"], "--field body=maintext"),
        (["--workers", "2", "--scheduler", "tcp://127.0.0.1:1"], "--workers"),
        (["--block-size", "lots"], "--block-size"),
    ],
)
def test_cli_refuses_bad_options_with_status_2(
    archive: Archive,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    complaint: str,
) -> None:
    argv = ["batch", str(archive.directory), "--output", str(tmp_path / "o"), *options]
    assert main(argv) == 2
    assert complaint in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_cli_names_a_missing_input_and_a_missing_column(
    archive: Archive, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = str(tmp_path / "o")
    assert main(["batch", str(tmp_path / "nowhere.jsonl"), "--output", output]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["batch", str(archive.directory / "news-3.parquet"), "--output", output]) == 2
    assert "no column 'text'" in capsys.readouterr().err


def test_cli_without_the_extra_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import service.archive_cli as archive_cli

    def no_pyarrow(name: str) -> object:
        raise ImportError(name)

    monkeypatch.setattr(archive_cli, "import_module", no_pyarrow)
    assert main(["batch", "a.jsonl", "--output", str(tmp_path / "o")]) == 2
    assert "pip install 'timeline-service[batch]'" in capsys.readouterr().err


def _expected_rows(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """What the events file should hold for `doc`, from `build_timeline` itself."""
    options = {name: doc[name] for name in ("language", "timezone", "title") if name in doc}
    timeline = build_timeline(doc["text"], datetime.fromisoformat(doc["published"]), **options)
    return [_expected_row(doc["id"], rank, timeline) for rank in range(len(timeline.events))]


def _expected_row(doc_id: str, index: int, timeline: Timeline) -> dict[str, Any]:
    event = timeline.events[index]
    time = event.time
    return {
        "doc_id": doc_id,
        "rank": index + 1,
        "event_id": event.id,
        "phrase": event.phrase,
        "span_start": event.span.start,
        "span_end": event.span.end,
        "sentence_start": event.sentence_span.start,
        "sentence_end": event.sentence_span.end,
        "clause": event.event,
        "type": time.type,
        "value": time.value,
        "start": None if time.start is None else time.start.isoformat(),
        "end": None if time.end is None else time.end.isoformat(),
        "start_utc": _utc(time.start),
        "end_utc": _utc(time.end),
        "granularity": time.granularity,
        "anchor": time.anchor,
        "published": timeline.published.isoformat(),
        "language": timeline.language,
    }


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _row_key(row: dict[str, Any]) -> tuple[str, int]:
    return row["doc_id"], row["rank"]


def _error_key(row: dict[str, Any]) -> str:
    if row["doc_id"] is not None:
        return str(row["doc_id"])
    return f"{Path(row['source']['file']).name}:{row['source']['line']}"


def _api_line(record: str) -> bytes:
    """The NDJSON line the API would get for an archive record: our names for its columns."""
    try:
        raw = json.loads(record)
    except ValueError:
        return record.encode()
    if not isinstance(raw, dict):
        return record.encode()
    ours = {name: raw[column] for name, column in FIELDS.items() if raw.get(column) is not None}
    return json.dumps(ours).encode()
