"""The timeline page in real headless Chromium, against the real server (gunicorn).

Needs Debian's Chromium at /usr/bin/chromium (`make test` installs it). Without it the tests
are skipped with a message, except in CI (CI=true), where a missing browser is a failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from service.localserver import running_server
from tests.browser.support import require_chromium

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"

ARTICLE = (
    "The city council approved the new river bridge on Friday, ending a debate that began "
    "in 2020. Engineers had inspected the old crossing last week and found cracks in two "
    "pillars. Two weeks ago the mayor warned that traffic would have to be limited. Residents "
    "have recently complained about delays lasting three hours. Construction is expected to "
    "start in May and take two years, and inspections will happen every month."
)
# Read on Monday 2022-03-14: the dated phrases by start.
IN_TIME_ORDER = ["2020", "Two weeks ago", "last week", "Friday", "May"]


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    require_chromium()
    with running_server(workers=1) as (url, _process):
        yield url


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    failed: list[str] = []
    # Every asset comes from the server itself: a request elsewhere is a bug (no CDN).
    page.on("request", lambda r: None if r.url.startswith(base_url) else failed.append(r.url))
    page.goto(base_url + "/")
    yield page
    context.close()
    assert failed == [], f"the page requested outside the service: {failed}"


def _submit(page: Page, published: str) -> None:
    """Paste the test article, give its publish date, and ask for the timeline."""
    page.fill("#text", ARTICLE)
    page.fill("#published", published)
    page.click("#submit")


def test_events_are_drawn_in_time_order(page: Page) -> None:
    _submit(page, published="2022-03-14")
    rows = page.locator(".event-row .phrase")
    expect(rows).to_have_count(len(IN_TIME_ORDER))
    assert rows.all_inner_texts() == IN_TIME_ORDER
    expect(page.locator("#vague .vague-chip")).to_contain_text(["recently"])
    expect(page.locator("#spans .phrase")).to_have_text(["three hours", "two years", "every month"])
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline.png"), full_page=True)


def test_hovering_an_event_shows_its_sentence(page: Page) -> None:
    _submit(page, published="2022-03-14")
    page.locator(".event-row", has_text="last week").hover()
    tooltip = page.locator("#tooltip")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("Engineers had inspected the old crossing last week")
    expect(tooltip.locator("mark")).to_have_text("last week")


def test_clicking_an_event_highlights_its_phrase_in_the_text(page: Page) -> None:
    _submit(page, published="2022-03-14")
    page.locator(".event-row", has_text="Friday").click()
    selected = page.locator("#source mark.selected")
    expect(selected).to_have_count(1)
    expect(selected).to_have_text("Friday")


def test_a_refused_request_shows_the_error_and_the_field(page: Page) -> None:
    _submit(page, published="14/03/2022")
    error = page.locator("#error")
    expect(error).to_be_visible()
    expect(error).to_contain_text("422")
    expect(error).to_contain_text("published")
    expect(page.locator("#result")).to_be_hidden()
