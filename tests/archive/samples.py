"""A small archive the batch tests write for themselves: our own articles (none from a corpus),
under news-please's column names, in every input format, with bad records among them."""

from __future__ import annotations

import csv
import gzip
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

# The archive's own names for our fields, as `timeline batch --field` is given them.
FIELD_OPTIONS = ("--field", "text=maintext", "--field", "published=date_publish")
FIELDS = {
    "id": "id",
    "text": "maintext",
    "published": "date_publish",
    "language": "language",
    "timezone": "timezone",
    "title": "title",
}
# Small enough that the JSON lines file is cut into several blocks, and the Parquet file's
# row groups into several runs.
BLOCK_SIZE = 1500

STORIES = (
    "Bus drivers walked off the job on Friday, and the union said yesterday that the strike "
    "would go on until next month. The last contract was signed in 2020.",
    "A fire that broke out at the harbour warehouse on Saturday night was put out yesterday "
    "morning. The warehouse, built in 1998, had been inspected last month.",
    "The council voted on Tuesday to approve the budget, ending a debate that began two weeks "
    "ago. The plan takes effect in the first quarter of next year.",
    "Forecasters expect another storm on Thursday. The last one of this size hit in the 1990s, "
    "and the clean-up took three weeks.",
    "The museum reopens on March 20 after a renovation that started in 2019. Tickets go on "
    "sale every Monday.",
    "Nothing in this short note names a moment at all.",
)
# Guards, a cellar and a plot: a story set before 1677, where nanosecond timestamps end.
OLD_STORY = (
    "Guards found the cellar full of powder on the night of November 4, and the plotter was "
    "taken the next day. Parliament had been due to sit that week."
)
GERMAN_STORY = "Der Streik begann am 3. März 2022 und endete gestern."
FERRY_STORY = "The ferry left at 3 p.m. on Friday and docked two hours later."


@dataclass
class Archive:
    """The files written, the documents that should succeed (as the API takes them), and the
    code of each bad record, by id or by "file name:line" when it has no usable id. Bad
    records are short, so that the 200 characters an error row keeps are all of them."""

    directory: Path
    files: list[Path] = field(default_factory=list)
    good: list[dict[str, Any]] = field(default_factory=list)
    bad: dict[str, str] = field(default_factory=dict)


def write_archive(directory: Path) -> Archive:
    """news-1.jsonl, news-2.jsonl.gz, news-3.parquet and news-4.csv in `directory`."""
    archive = Archive(directory)
    _write_jsonl(archive)
    _write_gzip(archive)
    _write_parquet(archive)
    _write_csv(archive)
    return archive


def _record(doc_id: str, number: int, **extra: Any) -> dict[str, Any]:
    """A good record under the archive's names, with a column the job must ignore."""
    day = 1 + number % 28
    published = f"2022-03-{day:02d}" if number % 3 else f"2022-03-{day:02d}T09:30:00+03:00"
    record = {"id": doc_id, "maintext": STORIES[number % len(STORIES)], "date_publish": published}
    return record | {"url": f"https://news.example/{doc_id}"} | extra


def _keep_good(archive: Archive, records: list[dict[str, Any]]) -> None:
    """Note each record in its API form: what a plain `build_timeline` loop is given."""
    for record in records:
        ours = {name: record[column] for name, column in FIELDS.items() if column in record}
        if isinstance(ours["published"], datetime):
            ours["published"] = ours["published"].isoformat()
        archive.good.append(ours)


def _write_jsonl(archive: Archive) -> None:
    records = [_record(f"n1-{i}", i) for i in range(12)]
    _keep_good(archive, records)
    lines = [json.dumps(record) for record in records]
    lines.insert(4, "{this line is not JSON")  # line 5
    lines.insert(7, "")  # a blank line is skipped, and still counted
    lines.insert(9, "[1, 2, 3]")  # line 10
    lines.append(
        json.dumps(
            {"id": "n1-bad-date", "maintext": "It rained on Friday.", "date_publish": "2022-02-30"}
        )
    )
    archive.bad |= {"news-1.jsonl:5": "malformed_json", "news-1.jsonl:10": "validation_error"}
    archive.bad["n1-bad-date"] = "validation_error"
    path = archive.directory / "news-1.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    archive.files.append(path)


def _write_gzip(archive: Archive) -> None:
    records = [_record(f"n2-{i}", 20 + i) for i in range(8)]
    records.append(_record("n2-de", 4, language="de", maintext=GERMAN_STORY))
    _keep_good(archive, records)
    records.append({"id": "n2-empty", "maintext": "", "date_publish": "2022-03-14"})
    archive.bad["n2-empty"] = "validation_error"
    path = archive.directory / "news-2.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as file:
        file.writelines(json.dumps(record) + "\n" for record in records)
    archive.files.append(path)


def _write_parquet(archive: Archive) -> None:
    """Publish dates as a timestamp column, as columnar archives keep them."""
    records = [_record(f"n3-{i}", 40 + i) for i in range(10)]
    records.append({"id": "n3-old", "maintext": OLD_STORY, "date_publish": "1605-11-06"})
    for record in records:
        record["date_publish"] = datetime.fromisoformat(record["date_publish"][:10])
    _keep_good(archive, records)
    path = archive.directory / "news-3.parquet"
    pq.write_table(pa.Table.from_pylist(records), path, row_group_size=3)
    archive.files.append(path)


def _write_csv(archive: Archive) -> None:
    records = [_record(f"n4-{i}", 60 + i, timezone="", title="") for i in range(5)]
    records[1]["maintext"] = "A quoted text, with a comma,\nover two lines, on Friday."
    ferry = {"timezone": "Europe/Berlin", "title": "Ferry, late", "maintext": FERRY_STORY}
    records.append(_record("n4-ferry", 61, **ferry) | {"date_publish": "2022-03-14T09:30:00+01:00"})
    # An empty cell counts as absent, so the good records' API form leaves them out.
    _keep_good(archive, [{k: v for k, v in record.items() if v != ""} for record in records])
    mars = {
        "id": "n4-mars",
        "maintext": "Dust fell on Sunday.",
        "date_publish": "2022-03-14",
        "url": "",
    }
    records.append(mars | {"timezone": "Mars/Olympus_Mons", "title": ""})
    archive.bad["n4-mars"] = "validation_error"
    path = archive.directory / "news-4.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, list(records[0]))
        writer.writeheader()
        writer.writerows(records[:3])
        file.write("n4-short,only two fields\r\n")  # row 5: the header is row 1
        writer.writerows(records[3:])
    archive.bad["news-4.csv:5"] = "malformed_csv"
    archive.files.append(path)
