"""axe-core (vendored in tests/browser/vendor, run offline inside the page) finds nothing on
the empty page, a result or an error, on a desktop and a phone: every rule it runs by
default, colour contrast among them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import DESKTOP, PHONE, watched_page
from tests.browser.support import axe_violations, build_example

pytestmark = pytest.mark.browser


@pytest.fixture(params=["desktop", "phone"])
def screen(request: pytest.FixtureRequest, browser: Browser, base_url: str) -> Iterator[Page]:
    viewport = DESKTOP if request.param == "desktop" else PHONE
    context = browser.new_context(viewport=viewport)
    page, faults = watched_page(context, base_url)
    yield page
    context.close()
    assert faults == [], f"the page went wrong: {faults}"


def _assert_clean(page: Page) -> None:
    violations = axe_violations(page)
    assert violations == [], "\n".join(
        f"{v['id']}: {v['help']}\n  " + "\n  ".join(v["nodes"]) for v in violations
    )


def test_the_empty_page_has_no_violation(screen: Page) -> None:
    _assert_clean(screen)


def test_a_result_has_no_violation(screen: Page) -> None:
    build_example(screen)
    screen.locator(".event-select").nth(4).click()  # with an event selected and its details
    expect(screen.locator("#details")).to_be_visible()
    _assert_clean(screen)


def test_an_error_has_no_violation(screen: Page) -> None:
    screen.fill("#text", "It rained on Friday.")
    screen.fill("#published", "14/03/2022")
    screen.click("#submit")
    expect(screen.locator("#error")).to_be_visible()
    _assert_clean(screen)


def test_axe_does_find_a_fault_when_there_is_one(page: Page) -> None:
    # The check itself can fail: grey on white that no one can read is found.
    page.evaluate(
        "() => { const p = document.createElement('p'); p.textContent = 'faint';"
        " p.style.color = '#eeeeee'; document.querySelector('main').append(p); }"
    )
    assert "color-contrast" in [v["id"] for v in axe_violations(page)]
