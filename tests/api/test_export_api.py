"""POST /v1/timeline in other formats: TSV, TimeML, iCalendar, picked by ?format= or Accept."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET

import pytest
from flask.testing import FlaskClient

from service.export import TSV_COLUMNS

ARTICLE = "The bridge opened on Friday & closed in 2020 <briefly>. Talks lasted two weeks."
BODY = {"text": ARTICLE, "published": "2022-03-14"}


@pytest.mark.parametrize(
    ("query", "accept", "mimetype"),
    [
        ("", None, "application/json"),
        ("?format=tsv", None, "text/tab-separated-values"),
        ("?format=timeml", None, "application/xml"),
        ("?format=ics", None, "text/calendar"),
        ("", "text/tab-separated-values", "text/tab-separated-values"),
        ("", "text/xml", "application/xml"),
        ("", "text/calendar", "text/calendar"),
        ("", "text/html,*/*;q=0.8", "application/json"),
    ],
)
def test_the_format_follows_query_or_accept(
    client: FlaskClient, query: str, accept: str | None, mimetype: str
) -> None:
    headers = {"Accept": accept} if accept else {}
    response = client.post("/v1/timeline" + query, json=BODY, headers=headers)
    assert response.status_code == 200
    assert response.mimetype == mimetype


@pytest.mark.parametrize(("query", "accept"), [("?format=pdf", None), ("", "image/png")])
def test_an_unknown_format_is_406_json(client: FlaskClient, query: str, accept: str | None) -> None:
    headers = {"Accept": accept} if accept else {}
    response = client.post("/v1/timeline" + query, json=BODY, headers=headers)
    assert response.status_code == 406
    assert response.get_json()["error"]["code"] == "not_acceptable"


def _tsv_rows(client: FlaskClient, body: dict[str, str]) -> list[list[str]]:
    tsv = client.post("/v1/timeline?format=tsv", json=body).get_data(as_text=True)
    return list(csv.reader(io.StringIO(tsv, newline=""), delimiter="\t"))


def test_tsv_has_a_header_and_a_row_per_event(client: FlaskClient) -> None:
    header, *rows = _tsv_rows(client, BODY)
    assert header == list(TSV_COLUMNS)
    assert header[:6] == ["id", "phrase", "span_start", "span_end", "type", "value"]
    assert [row[5] for row in rows] == ["2020", "2022-03-11", "P2W"]


QUOTED = (
    '"Stop," she said on Friday.\tThen "nothing" for two weeks.\n\n'
    'Talks began in 2020 with a "\ttabbed" quote\r\nand a broken line. It rained yesterday.'
)


def test_tsv_reads_back_row_for_row_whatever_the_sentences_hold(client: FlaskClient) -> None:
    body = {"text": QUOTED, "published": "2022-03-14"}
    timeline = client.post("/v1/timeline", json=body).get_json()
    header, *rows = _tsv_rows(client, body)
    assert len(rows) == len(timeline["events"]) >= 4
    for row, event in zip(rows, timeline["events"], strict=True):
        cells = dict(zip(header, row, strict=True))
        assert cells["id"] == event["id"] and cells["phrase"] == event["phrase"]
        assert cells["sentence"] == event["sentence"]  # quotes, tabs and breaks kept
        assert cells["event"] == event["event"]


def test_a_lone_carriage_return_in_a_cell_is_quoted_too(client: FlaskClient) -> None:
    # Python's csv writer leaves a lone CR bare when lines end with LF; a reader splits on it.
    body = {"text": "It rained on Friday,\rthen snowed on Saturday.", "published": "2022-03-14"}
    timeline = client.post("/v1/timeline", json=body).get_json()
    header, *rows = _tsv_rows(client, body)
    assert len(rows) == len(timeline["events"]) == 2
    for row, event in zip(rows, timeline["events"], strict=True):
        assert dict(zip(header, row, strict=True))["sentence"] == event["sentence"]
    assert any("\r" in event["sentence"] for event in timeline["events"])


def test_exports_are_attachments_named_for_the_title_or_the_date(client: FlaskClient) -> None:
    titled = {**BODY, "title": "Brücke öffnet: 100% fertig!"}
    for form, suffix in (("tsv", "tsv"), ("timeml", "tml"), ("ics", "ics")):
        response = client.post(f"/v1/timeline?format={form}", json=titled)
        assert response.headers["Content-Disposition"] == (
            f"attachment; filename=brucke-offnet-100-fertig.{suffix}"
        )
    untitled = client.post("/v1/timeline?format=ics", json=BODY)
    assert untitled.headers["Content-Disposition"] == "attachment; filename=timeline-2022-03-14.ics"
    assert "Content-Disposition" not in client.post("/v1/timeline", json=BODY).headers


def test_timeml_tags_the_text_inline_and_escapes_it(client: FlaskClient) -> None:
    xml = client.post("/v1/timeline?format=timeml", json=BODY).get_data(as_text=True)
    assert (
        '<TIMEX3 tid="t1" type="DATE" value="2022-03-11" anchorTimeID="t0">Friday</TIMEX3>' in xml
    )
    assert "&amp; closed" in xml and "&lt;briefly&gt;" in xml
    root = ET.fromstring(xml.encode())
    text = root.find("TEXT")
    assert text is not None
    assert "".join(text.itertext()) == ARTICLE
    assert [t.get("value") for t in text.iter("TIMEX3")] == ["2022-03-11", "2020", "P2W"]


def test_the_plain_text_form_takes_format_from_the_query(client: FlaskClient) -> None:
    response = client.post(
        "/v1/timeline?published=2022-03-14&format=tsv", data=ARTICLE, content_type="text/plain"
    )
    assert response.status_code == 200
    assert response.mimetype == "text/tab-separated-values"


def test_ics_has_all_day_events_for_dated_expressions(client: FlaskClient) -> None:
    ics = client.post("/v1/timeline?format=ics", json=BODY).get_data(as_text=True)
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VCALENDAR\r\n")
    assert ics.count("BEGIN:VEVENT") == 2  # the duration has no place in a calendar
    assert "DTSTART;VALUE=DATE:20220311\r\n" in ics
    assert "DTEND;VALUE=DATE:20220312\r\n" in ics
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))


def _uids(client: FlaskClient, text: str, published: str = "2022-03-14") -> list[str]:
    body = {"text": text, "published": published}
    ics = client.post("/v1/timeline?format=ics", json=body).get_data(as_text=True)
    return re.findall(r"^UID:(.*)\r$", ics, flags=re.MULTILINE)


def test_ics_uids_are_unique_per_document_and_event(client: FlaskClient) -> None:
    first = _uids(client, "It rained on Friday and on Saturday.")
    other = _uids(client, "It snowed on Friday and on Saturday.")
    later = _uids(client, "It rained on Friday and on Saturday.", published="2022-03-21")
    assert len(first) == len(other) == len(later) == 2
    assert len(set(first + other + later)) == 6
    assert _uids(client, "It rained on Friday and on Saturday.") == first  # re-import updates


def test_ics_gives_times_a_timed_event(client: FlaskClient) -> None:
    body = {"text": "They met at 3 pm yesterday.", "published": "2022-03-14T09:00:00+02:00"}
    ics = client.post("/v1/timeline?format=ics", json=body).get_data(as_text=True)
    assert "DTSTART:20220313T130000Z" in ics
