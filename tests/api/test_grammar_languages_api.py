"""POST /v1/timeline in German and Dutch: each read by its own grammar, a real sentence each."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient

GERMAN = (
    "Der Bundestag hat am Freitag das Gesetz beschlossen. Die Beratungen hatten vor drei "
    "Wochen begonnen und dauerten 5 Stunden. Die Minister treffen sich nächsten Freitag um "
    "15 Uhr, die Konferenz läuft vom 21. bis 23. März."
)
DUTCH = (
    "De gemeenteraad heeft gisteren de begroting goedgekeurd. Het debat duurde drie uur. "
    "Over twee weken stemt de Tweede Kamer, en de hoorzittingen zijn van 2 tot 9 mei."
)


def _events(client: FlaskClient, text: str, language: str) -> dict[str, dict[str, Any]]:
    response = client.post(
        "/v1/timeline", json={"text": text, "published": "2022-03-14", "language": language}
    )
    assert response.status_code == 200, response.get_json()
    body: dict[str, Any] = response.get_json()
    assert body["language"] == language
    return {event["phrase"]: event["time"] for event in body["events"]}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", GERMAN, {"Freitag": "2022-03-11", "vor drei Wochen": "2022-02-21",
                        "5 Stunden": "PT5H", "nächsten Freitag um 15 Uhr": "2022-03-18T15:00",
                        "21. bis 23. März": "2022-03-21"}),
        ("nl", DUTCH, {"gisteren": "2022-03-13", "drie uur": "PT3H",
                       "Over twee weken": "2022-03-28", "2 tot 9 mei": "2022-05-02"}),
    ],
)  # fmt: skip
def test_a_news_sentence_is_read_by_its_own_grammar(
    client: FlaskClient, language: str, text: str, expected: dict[str, str]
) -> None:
    found = _events(client, text, language)
    assert {phrase: found[phrase]["value"] for phrase in expected if phrase in found} == expected


@pytest.mark.parametrize(
    ("language", "text", "phrase", "end"),
    [
        ("de", GERMAN, "21. bis 23. März", "2022-03-24T00:00:00"),
        ("nl", DUTCH, "2 tot 9 mei", "2022-05-10T00:00:00"),
    ],
)
def test_a_range_is_one_event_with_its_end(
    client: FlaskClient, language: str, text: str, phrase: str, end: str
) -> None:
    assert _events(client, text, language)[phrase]["end"] == end


@pytest.mark.parametrize(
    ("language", "phrase", "value"),
    [("de", "in drei Tagen", "2022-03-17"), ("nl", "over drie dagen", "2022-03-17"),
     ("de", "für 3 Tage", "P3D"), ("nl", "twee weken geleden", "2022-02-28")],
)  # fmt: skip
def test_resolve_reads_a_phrase_in_its_language(
    client: FlaskClient, language: str, phrase: str, value: str
) -> None:
    response = client.post(
        "/v1/resolve", json={"phrase": phrase, "published": "2022-03-14", "language": language}
    )
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["time"]["value"] == value
