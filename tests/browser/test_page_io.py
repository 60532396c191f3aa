"""What goes in and out of the page: downloads, the shareable link, pasted HTML, files, the
reader's own date, an API key and a URL the server fetches (from a site of the test's own
on 127.0.0.1)."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, FilePayload, Page, expect

from service.examples import PAGE
from service.localserver import running_server
from service.webpage import read_page
from tests.browser.conftest import DESKTOP, watched_page
from tests.browser.support import SEED_IN_TIME_ORDER, build_example, require_chromium

pytestmark = pytest.mark.browser

KEY = "page-test-key-0123"
# What the server reads from the example page: the same function does it here.
PAGE_TEXT = read_page(PAGE.encode()).text


def test_every_format_downloads(page: Page, tmp_path: Path) -> None:
    build_example(page)
    saved: dict[str, str] = {}
    for name in ("JSON", "TSV", "iCalendar", "TimeML"):
        with page.expect_download() as info:
            page.get_by_role("button", name=name, exact=True).click()
        download = info.value
        path = tmp_path / download.suggested_filename
        download.save_as(path)
        saved[download.suggested_filename] = path.read_text(encoding="utf-8")
    stem = "council-approves-the-river-bridge"
    assert sorted(saved) == sorted(f"{stem}.{suffix}" for suffix in ("json", "tsv", "ics", "tml"))
    events = json.loads(saved[f"{stem}.json"])["events"]
    assert [e["phrase"] for e in events[: len(SEED_IN_TIME_ORDER)]] == SEED_IN_TIME_ORDER
    assert saved[f"{stem}.tsv"].startswith("id\tphrase\t")
    assert len(saved[f"{stem}.tsv"].splitlines()) == len(events) + 1
    assert saved[f"{stem}.ics"].startswith("BEGIN:VCALENDAR")
    assert "<TIMEX3" in saved[f"{stem}.tml"]
    expect(page.locator("#toolbar-status")).to_contain_text(f"Saved {stem}.tml")


def test_the_link_restores_the_result_its_range_and_selection(
    page: Page, browser: Browser, base_url: str
) -> None:
    build_example(page)
    page.locator(".event-select", has_text="two days later").click()
    page.click("#zoom-in")
    range_label = page.locator("#range-label").inner_text()
    page.wait_for_function("location.hash.length > 3 && !document.hidden")
    page.wait_for_timeout(400)  # the link follows the selection after a short pause
    link = page.url
    assert "#s=" in link and KEY not in link
    context = browser.new_context(viewport=DESKTOP)
    other = context.new_page()
    other.goto(link)
    expect(other.locator(".event-row")).to_have_count(len(SEED_IN_TIME_ORDER))
    expect(other.locator("#text")).to_have_value(page.locator("#text").input_value())
    expect(other.locator("#title")).to_have_value("Council approves the river bridge")
    expect(other.locator("#range-label")).to_have_text(range_label)
    expect(other.locator(".event-select[aria-pressed=true]")).to_contain_text("two days later")
    context.close()


def test_pasted_html_is_read_on_the_server(page: Page) -> None:
    page.fill("#text", PAGE)
    page.fill("#published", "")
    page.click("#submit")
    expect(page.locator(".event-row", has_text="Talks collapsed on Friday")).to_have_count(1)
    expect(page.locator("#text")).to_have_value(PAGE_TEXT)
    expect(page.locator("#title")).to_have_value("Talks collapse")
    expect(page.locator("#published")).to_have_value("2022-03-14T09:30:00+03:00")


@pytest.mark.parametrize(
    ("name", "mime", "body", "text"),
    [
        ("page.html", "text/html", PAGE.encode(), "Talks collapsed on Friday"),
        # The page's own charset (Latin-1 here) is read on the server, not guessed as UTF-8.
        (
            "page.htm",
            "text/html",
            '<html><head><meta charset="iso-8859-1"></head><body><article><p>Caf\xe9 '
            "owners met on Friday.</p></article></body></html>".encode("latin-1"),
            "Café owners met on Friday.",
        ),
        ("notes.txt", "text/plain", "Die Räte trafen sich am Freitag.".encode(), "Die Räte"),
    ],
)
def test_a_file_opens_into_the_article_field(
    page: Page, name: str, mime: str, body: bytes, text: str
) -> None:
    file: FilePayload = {"name": name, "mimeType": mime, "buffer": body}
    page.set_input_files("#file", files=[file])
    expect(page.locator("#text")).to_have_value(re.compile(re.escape(text)))


def test_a_file_that_is_not_utf8_text_says_so_at_the_field(page: Page) -> None:
    file: FilePayload = {"name": "old.txt", "mimeType": "text/plain", "buffer": b"Caf\xe9"}
    page.set_input_files("#file", files=[file])
    expect(page.locator("#error")).to_be_focused()
    expect(page.locator("#file")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#file-error")).to_contain_text("not UTF-8")


def test_the_publish_date_defaults_to_the_readers_own_day(browser: Browser, base_url: str) -> None:
    # Noon in UTC is already the next day at UTC+14: the page must show the reader's day.
    context = browser.new_context(timezone_id="Pacific/Kiritimati")
    page = context.new_page()
    page.clock.set_fixed_time(datetime.fromisoformat("2022-03-14T12:00:00+00:00"))
    page.goto(base_url + "/")
    expect(page.locator("#published")).to_have_value("2022-03-15")
    assert "Pacific/Kiritimati" in (page.locator("#timezone").get_attribute("placeholder") or "")
    page.locator("#published-picker").fill("2021-12-24")
    page.locator("#published-picker").dispatch_event("change")
    expect(page.locator("#published")).to_have_value("2021-12-24")
    context.close()


class _Site(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        body = PAGE.encode() if self.path == "/talks.html" else b"gone"
        self.send_response(200 if self.path == "/talks.html" else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def guarded_url() -> Iterator[str]:
    """A server with API keys on and URL fetching on, loopback allowed for the test's site."""
    require_chromium()
    env = {
        "TIMELINE_API_KEYS": KEY,
        "TIMELINE_FETCH_URLS": "true",
        "TIMELINE_FETCH_PRIVATE_ADDRESSES": "true",
    }
    with running_server(workers=1, env=env) as (url, _process):
        yield url


@pytest.fixture
def guarded(browser: Browser, guarded_url: str) -> Iterator[Page]:
    context = browser.new_context(viewport=DESKTOP)
    page, faults = watched_page(context, guarded_url)
    yield page
    context.close()
    assert faults == [], f"the page went wrong: {faults}"


def test_the_api_key_is_asked_for_and_kept_for_the_tab_only(guarded: Page) -> None:
    build = guarded.locator("#submit")
    guarded.click("#example")
    build.click()
    expect(guarded.locator("#error")).to_be_focused()
    expect(guarded.locator("#error")).to_contain_text("401")
    expect(guarded.locator("#api-key")).to_have_attribute("aria-invalid", "true")
    guarded.fill("#api-key", KEY)
    build.click()
    expect(guarded.locator(".event-row")).to_have_count(len(SEED_IN_TIME_ORDER))
    assert guarded.evaluate("sessionStorage.getItem('timeline.api-key')") == KEY
    assert guarded.evaluate("localStorage.length") == 0
    assert KEY not in guarded.url
    guarded.reload()
    expect(guarded.locator("#api-key")).to_have_value(KEY)
    expect(guarded.locator(".event-row")).to_have_count(len(SEED_IN_TIME_ORDER))  # the link


def test_a_url_is_fetched_by_the_server_when_it_allows(guarded: Page, site: str) -> None:
    guarded.fill("#api-key", KEY)
    guarded.fill("#url", site + "/talks.html")
    guarded.click("#fetch")
    expect(guarded.locator("#title")).to_have_value("Talks collapse")
    expect(guarded.locator("#text")).to_have_value(PAGE_TEXT)
    guarded.fill("#url", site + "/gone.html")
    guarded.click("#fetch")
    expect(guarded.locator("#error")).to_contain_text("HTTP 404")


def test_the_url_field_is_there_only_when_the_server_fetches(page: Page) -> None:
    assert page.locator("#url").count() == 0
    assert page.locator("#api-key").count() == 0
