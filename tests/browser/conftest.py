"""Headless Chromium for the browser tests: Debian's, at /usr/bin/chromium.

`make test` installs it. Without it the tests are skipped with a message, except in CI
(CI=true), where a missing browser is a failure.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, ViewportSize, sync_playwright

from service.localserver import running_server
from tests.browser.support import CHROMIUM, CHROMIUM_ARGS, require_chromium

DESKTOP: ViewportSize = {"width": 1200, "height": 900}
PHONE: ViewportSize = {"width": 320, "height": 640}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    require_chromium()
    # `launch` gives Chromium a fresh temporary profile of its own (no --user-data-dir).
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """The real server (gunicorn), with the default settings: no keys, no URL fetching."""
    require_chromium()
    with running_server(workers=1) as (url, _process):
        yield url


def watched_page(context: BrowserContext, base_url: str) -> tuple[Page, list[str]]:
    """A page of `context` at `/`, and the list of what went wrong while it ran: a request
    outside the service (every asset is its own) or an error in the page's scripts."""
    page = context.new_page()
    faults: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(base_url) else faults.append(r.url))
    page.on("pageerror", lambda error: faults.append(f"script error: {error}"))
    page.goto(base_url + "/")
    return page, faults


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(viewport=DESKTOP)
    page, faults = watched_page(context, base_url)
    yield page
    context.close()
    assert faults == [], f"the page went wrong: {faults}"
