"""POST /v1/timeline with Content-Type text/html: the page read as `timeline extract` reads it.

The pages are written for these tests. Each carries a date in its canonical URL as well,
which htmldate alone would take first (losing the time of day).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from service.cli import main

ARTICLE = """
<article><h1>Harbour bridge reopens</h1>
<p>The harbour bridge reopened this morning after repairs that began on Friday.</p>
<p>Engineers said the next inspection is planned for next month.</p></article>
"""


def page(head: str, body: str = ARTICLE, charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="{charset}">\n'
        "<title>Bridge reopens | The Harbour Post</title>\n"
        '<link rel="canonical" href="https://news.example/2022/03/01/bridge.html">\n'
        f"{head}\n</head><body><nav>Home | Subscribe today</nav>{body}"
        "<footer>Comments close tomorrow.</footer></body></html>\n"
    )


META = '<meta property="article:published_time" content="2022-03-14T09:30:00+02:00">'
JSON_LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
    '[{"@type": "WebSite"}, {"@type": "NewsArticle", '
    '"datePublished": "2022-03-14T09:30:00+02:00"}]}'
    "</script>"
)
TIME = ARTICLE.replace("<h1>", '<time datetime="2022-03-14T09:30:00+02:00">14 March</time><h1>')


def _post(client: FlaskClient, html: str, query: str = "", **kwargs: Any) -> Any:
    return client.post(
        "/v1/timeline" + query, data=html.encode(kwargs.pop("encoding", "utf-8")),
        content_type="text/html", **kwargs,
    )  # fmt: skip


def _values(answer: dict[str, Any]) -> dict[str, str]:
    return {event["phrase"]: event["time"]["value"] for event in answer["events"]}


@pytest.mark.parametrize(
    "html",
    [page(META), page(JSON_LD), page("", body=TIME)],
    ids=["article:published_time", "json-ld", "time-element"],
)
def test_the_stated_publish_moment_wins_over_the_date_in_the_url(
    client: FlaskClient, html: str
) -> None:
    response = _post(client, html)
    assert response.status_code == 200, response.get_data(as_text=True)
    answer = response.get_json()
    assert answer["published"] == "2022-03-14T09:30:00+02:00"
    morning = next(e for e in answer["events"] if e["phrase"] == "this morning")
    assert morning["time"]["start"] == "2022-03-14T00:00:00+02:00"
    assert _values(answer)["Friday"] == "2022-03-11"


def test_only_the_article_is_read(client: FlaskClient) -> None:
    answer = _post(client, page(META)).get_json()
    assert "today" not in _values(answer) and "tomorrow" not in _values(answer)
    assert not any("<" in event["sentence"] for event in answer["events"])


def test_the_title_comes_from_the_page_unless_the_client_gives_one(client: FlaskClient) -> None:
    titled = page(META + '\n<meta property="og:title" content="Bridge back in service">')
    assert _post(client, titled).get_json()["title"] == "Bridge back in service"
    assert _post(client, page(META)).get_json()["title"]  # the headline or <title>
    ours = _post(client, titled, "?title=Ours").get_json()
    assert ours["title"] == "Ours"


def test_a_published_given_by_the_client_wins(client: FlaskClient) -> None:
    answer = _post(client, page(META), "?published=2022-03-21").get_json()
    assert answer["published"] == "2022-03-21T00:00:00"
    assert _values(answer)["Friday"] == "2022-03-18"


def test_an_old_page_keeps_its_date(client: FlaskClient) -> None:
    old = page('<meta property="article:published_time" content="1987-10-19T16:00:00-05:00">')
    answer = _post(client, old).get_json()
    assert answer["published"] == "1987-10-19T16:00:00-05:00"
    assert _values(answer)["Friday"] == "1987-10-16"


def test_a_date_before_1995_found_only_by_htmldate_is_kept(client: FlaskClient) -> None:
    # htmldate's own patterns know the years 1990 to 2039; its default floor was 1995.
    html = page("").replace("/2022/03/01/", "/1992/10/19/")
    answer = _post(client, html).get_json()
    assert answer["published"] == "1992-10-19T00:00:00"


def test_a_page_in_another_charset_is_read_in_it(client: FlaskClient) -> None:
    html = page(META, body=ARTICLE.replace("repairs", "réparations"), charset="windows-1252")
    answer = _post(client, html, encoding="cp1252").get_json()
    assert any("réparations" in event["sentence"] for event in answer["events"])


def test_a_page_without_a_date_needs_published(client: FlaskClient) -> None:
    undated = page("").replace(
        '<link rel="canonical" href="https://news.example/2022/03/01/bridge.html">\n', ""
    )
    response = _post(client, undated)
    assert response.status_code == 422
    assert "names no publish date" in response.get_json()["error"]["fields"]["published"][0]
    assert _post(client, undated, "?published=2022-03-14").status_code == 200


def test_a_page_without_an_article_is_422(client: FlaskClient) -> None:
    response = _post(
        client, "<html><body><script>x = 1;</script></body></html>", "?published=2022-03-14"
    )
    assert response.status_code == 422
    assert "no article" in response.get_json()["error"]["fields"]["text"][0]


def test_query_fields_are_checked_as_for_plain_text(client: FlaskClient) -> None:
    assert set(_post(client, page(META), "?text=x").get_json()["error"]["fields"]) == {"text"}
    fields = _post(client, page(META), "?timzone=UTC").get_json()["error"]["fields"]
    assert fields == {"timzone": ["Unknown field (did you mean 'timezone'?)."]}


def test_the_api_and_the_cli_read_a_page_alike(
    client: FlaskClient, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    html = page(META + '\n<meta property="og:title" content="Harbour bridge reopens">')
    path = tmp_path / "bridge.html"
    path.write_text(html, encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    import json

    printed = json.loads(capsys.readouterr().out)
    served = _post(client, html).get_json()
    for answer in (printed, served):
        answer["stats"].pop("elapsed_ms")
    assert printed == served
