"""POST /v1/timeline in Spanish, French, Portuguese and Italian: a real news sentence in each,
read by the language's own grammar (compounds, durations, ranges, tense)."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient

PUBLISHED = "2022-03-14T10:00:00"

CASES = [
    (
        "es",
        "El ministro llegó ayer a Madrid. La cumbre empezará mañana a las 9 y durará 3 días; "
        "el acuerdo se firmó el 14:30, 3 de marzo de 2015, hace siete años.",
        {"ayer": "2022-03-13", "mañana a las 9": "2022-03-15T09:00", "3 días": "P3D",
         "14:30, 3 de marzo de 2015": "2015-03-03T14:30", "hace siete años": "2015"},
    ),
    (
        "fr",
        "Le ministre est arrivé hier à Paris. Les négociations ont duré pendant 3 jours et "
        "reprendront du 2 au 9 avril, il y a deux semaines elles avaient échoué.",
        {"hier": "2022-03-13", "3 jours": "P3D", "il y a deux semaines": "2022-02-28"},
    ),
    (
        "pt",
        "O ministro chegou ontem a Lisboa. A cimeira começa amanhã às 9h e os trabalhos "
        "duraram 5 horas na semana passada.",
        {"ontem": "2022-03-13", "amanhã às 9h": "2022-03-15T09:00", "5 horas": "PT5H",
         "semana passada": "2022-W10"},
    ),
    (
        "it",
        "Il ministro è arrivato ieri a Roma. Il vertice si terrà domani alle 9 e durerà per 3 "
        "giorni; l'accordo era stato firmato 3 giorni fa.",
        {"ieri": "2022-03-13", "domani alle 9": "2022-03-15T09:00", "3 giorni": "P3D",
         "3 giorni fa": "2022-03-11"},
    ),
]  # fmt: skip


def _values(body: dict[str, Any]) -> dict[str, str]:
    return {event["phrase"]: event["time"]["value"] for event in body["events"]}


@pytest.mark.parametrize(("language", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_news_sentence_is_read_by_its_languages_grammar(
    client: FlaskClient, language: str, text: str, expected: dict[str, str]
) -> None:
    response = client.post(
        "/v1/timeline", json={"text": text, "published": PUBLISHED, "language": language}
    )
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["language"] == language
    assert expected.items() <= _values(body).items()
    for event in body["events"]:
        assert text[event["span"][0] : event["span"][1]] == event["phrase"]


@pytest.mark.parametrize(
    ("language", "phrase", "value"),
    [("es", "del 2 al 9 del mes que viene", "2022-04-02"), ("fr", "du 2 au 9 mars", "2022-03-02"),
     ("pt", "de 2 a 9 de março", "2022-03-02"), ("it", "dal 2 al 9 marzo", "2022-03-02")],
)  # fmt: skip
def test_a_range_typed_alone_is_one_stretch(
    client: FlaskClient, language: str, phrase: str, value: str
) -> None:
    response = client.post(
        "/v1/resolve", json={"phrase": phrase, "published": PUBLISHED, "language": language}
    )
    assert response.status_code == 200, response.get_json()
    time = response.get_json()["time"]
    assert time["value"] == value
    assert time["end"].startswith(value[:8])
