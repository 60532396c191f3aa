"""/docs in real headless Chromium against gunicorn: every operation's "Try it out" and
"Execute" with the document's own example request answers 200, with API keys off and on
(then after "Authorize")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from service.localserver import running_server
from tests.browser.support import require_chromium

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
KEY = "docs-test-key-0123"
OPERATIONS = [
    "operations-timelines-post_timeline",
    "operations-timelines-post_resolve",
    "operations-timelines-post_extract",
    "operations-timelines-post_timelines",
    "operations-duckling-post_parse",
    "operations-meta-get_health",
    "operations-meta-get_openapi",
]


@pytest.fixture(scope="module", params=[False, True], ids=["keys-off", "keys-on"])
def server(request: pytest.FixtureRequest) -> Iterator[tuple[str, bool]]:
    require_chromium()
    env = {"TIMELINE_API_KEYS": KEY} if request.param else {}
    with running_server(workers=1, env=env) as (url, _process):
        yield url, request.param


@pytest.fixture
def docs(browser: Browser, server: tuple[str, bool]) -> Iterator[Page]:
    base_url, _ = server
    context = browser.new_context(viewport={"width": 1300, "height": 1000})
    page = context.new_page()
    failed: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(base_url) else failed.append(r.url))
    page.goto(base_url + "/docs")
    page.wait_for_selector(".opblock")
    yield page
    context.close()
    assert failed == [], f"the docs requested outside the service: {failed}"


def _authorize(page: Page) -> None:
    page.click("button.authorize")
    page.fill(".auth-container input", KEY)
    page.click(".auth-btn-wrapper button.authorize")
    page.click("button.btn-done")


def _try_it_out(page: Page, operation: str) -> str:
    """Open the operation, press Try it out (unless pressed) and Execute; the status shown."""
    block = page.locator(f"#{operation}")
    if block.locator("button.execute").count() == 0:
        block.locator(".opblock-summary").first.click()
        block.get_by_role("button", name="Try it out").click()
    clear = block.locator("button.btn-clear")
    if clear.count():  # an earlier answer: take it away, so that the new one is read
        clear.click()
    block.locator("button.execute").click()
    status = block.locator(".live-responses-table .response .response-col_status").first
    status.wait_for(timeout=20_000)
    return status.inner_text().strip()


def test_the_document_lists_every_operation_and_authorize_when_keys_are_on(
    docs: Page, server: tuple[str, bool]
) -> None:
    _, keys = server
    ids = docs.eval_on_selector_all(".opblock", "blocks => blocks.map(b => b.id)")
    assert sorted(ids) == sorted(OPERATIONS)
    assert docs.locator("button.authorize").count() == (1 if keys else 0)


def test_try_it_out_with_every_example_answers_200(docs: Page, server: tuple[str, bool]) -> None:
    _, keys = server
    if keys:
        assert _try_it_out(docs, OPERATIONS[0]) == "401"  # before Authorize
        _authorize(docs)
    statuses = {operation: _try_it_out(docs, operation) for operation in OPERATIONS}
    assert statuses == dict.fromkeys(OPERATIONS, "200")
    if not keys:
        ARTIFACTS.mkdir(exist_ok=True)
        shot = docs.locator(f"#{OPERATIONS[0]}")
        shot.screenshot(path=str(ARTIFACTS / "docs-try-it-out.png"))
