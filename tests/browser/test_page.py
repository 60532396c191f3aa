"""The timeline page in real headless Chromium, against the real server (gunicorn): the axis,
keyboard use, phones and errors.

Needs Debian's Chromium at /usr/bin/chromium (`make test` installs it). Without it the tests
are skipped with a message, except in CI (CI=true), where a missing browser is a failure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, FloatRect, Locator, Page, expect

from tests.browser.conftest import PHONE, watched_page
from tests.browser.support import SEED_IN_TIME_ORDER, build_example, contrast, save_screenshot

pytestmark = pytest.mark.browser

ROUND_TICK = re.compile(
    r"[0-9]{4}s?|[0-9]{4}[–-][0-9]{4}|[A-Z][a-z]{2}( [0-9]{4})?"
    r"|[0-9]{1,2} [A-Z][a-z]{2}( [0-9]{4})?|[0-9]{2}:[0-9]{2}"
)


def _box(locator: Locator) -> FloatRect:
    box = locator.bounding_box()
    assert box is not None, "not laid out"
    return box


def _mark_centre(page: Page, phrase: str) -> float:
    row = page.locator(".event-row", has=page.locator(".when .phrase", has_text=phrase)).first
    box = _box(row.locator(".mark"))
    return box["x"] + box["width"] / 2


def test_the_seed_axis_keeps_recent_days_apart_beside_a_decades_old_year(page: Page) -> None:
    build_example(page)
    phrases = page.locator(".event-row .when .phrase")
    assert phrases.all_inner_texts() == SEED_IN_TIME_ORDER
    # 28 years on one axis, yet the days of March stay apart: the empty decades are cut out.
    assert page.locator(".axis-head .break").count() >= 1
    # On one linear scale 11 days of 28 years would be under 1 px; here they get tens.
    days = [_mark_centre(page, p) for p in ("Two weeks ago", "March 2", "two days later", "Friday")]
    assert all(b - a >= 6 for a, b in zip(days, days[1:], strict=False)), days
    assert days[-1] - days[0] >= 40, days
    assert page.locator(".mark.off").count() == 0  # every event is on the axis, none pushed off
    # Ticks fall on round dates, and the rows share their x: the 1994 bar starts at its tick.
    labels = page.locator(".axis-head .tick").all_inner_texts()
    assert labels and all(ROUND_TICK.fullmatch(label) for label in labels), labels
    tick = page.locator(".axis-head .tick", has_text=re.compile(r"^1994$"))
    tick_x = _box(tick)["x"] + (2 if "start" in (tick.get_attribute("class") or "") else 0)
    bar = _box(page.locator(".event-row", has_text="opened in 1994").locator(".mark.bar"))
    centred = _box(tick)["x"] + _box(tick)["width"] / 2
    assert min(abs(bar["x"] - tick_x), abs(bar["x"] - centred)) <= 2
    head = _box(page.locator(".axis-head .track"))
    for track in page.locator(".event-row .track").all():
        assert (
            abs(_box(track)["x"] - head["x"]) <= 1
            and abs(_box(track)["width"] - head["width"]) <= 1
        )
    save_screenshot(page, "timeline-page.png")


def test_an_anchored_event_links_to_its_anchor(page: Page) -> None:
    build_example(page)
    expect(page.locator(".links path")).to_have_count(1)
    later = page.locator(".event-row", has_text="two days later")
    later.locator(".anchor-link").click()
    expect(page.locator("#row-e4")).to_be_focused()
    expect(page.locator("#row-e4")).to_have_attribute("aria-pressed", "true")


def test_zooming_in_shows_the_days_around_the_publish_date_and_back(page: Page) -> None:
    build_example(page)
    whole = page.locator("#range-label").inner_text()
    page.click("#zoom-in")
    expect(page.locator("#range-label")).to_contain_text("Showing")
    assert page.locator(".axis-head .break").count() == 0
    assert page.locator(".mark.off.before", has_text="1994").count() == 1
    page.locator(".event-select", has_text="two days later").click()
    page.click("#zoom-in")  # around the selected event
    days = [_mark_centre(page, p) for p in ("March 2", "two days later")]
    assert days[1] - days[0] >= 20, days
    handle = page.locator(".handle.start")
    before = int(handle.get_attribute("aria-valuenow") or 0)
    handle.focus()
    page.keyboard.press("ArrowLeft")
    assert int(page.locator(".handle.start").get_attribute("aria-valuenow") or 0) < before
    page.click("#zoom-all")
    expect(page.locator("#range-label")).to_have_text(whole)


def test_hovering_an_event_shows_its_sentence(page: Page) -> None:
    build_example(page)
    page.locator(".event-row", has_text="lorries were turned away").locator(".event-select").hover()
    tooltip = page.locator("#tooltip")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("and last week lorries were turned away")
    expect(tooltip.locator("mark")).to_have_text("last week")


def _tab_to(page: Page, selector: str, limit: int = 60) -> None:
    for _ in range(limit):
        if page.evaluate("s => document.activeElement?.matches(s) ?? false", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def test_keyboard_only_from_paste_to_selecting_an_event(page: Page) -> None:
    article = "Talks collapsed on Friday. They had begun in 1998 and resumed last week."
    _tab_to(page, "#text")
    page.keyboard.insert_text(article)  # what a paste does
    _tab_to(page, "#published")
    page.keyboard.press("Control+A")
    page.keyboard.type("2022-03-14")
    _tab_to(page, "#submit")
    page.keyboard.press("Enter")
    expect(page.locator("#result-title")).to_be_focused()
    _tab_to(page, ".event-select")
    first = page.evaluate("document.activeElement.id")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.id") != first
    page.keyboard.press("Enter")
    focused = page.locator(".event-select:focus")
    expect(focused).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#details")).to_contain_text("Selected event")
    # The ring is visible: at least 2 px, and 3:1 against the row behind it.
    ring = focused.evaluate(
        "n => { const s = getComputedStyle(n);"
        " return [s.outlineStyle, s.outlineWidth, s.outlineColor]; }"
    )
    assert ring[0] != "none" and float(ring[1].rstrip("px")) >= 2
    assert contrast(page, ring[2], "#eef0ff") >= 3 and contrast(page, ring[2], "#ffffff") >= 3
    # From the row's phrase in the text back to the row, by keyboard: linked both ways.
    _tab_to(page, ".phrase-link")
    phrase = page.evaluate("document.activeElement.dataset.id")
    page.keyboard.press(" ")
    expect(page.locator(f"#row-{phrase}")).to_be_focused()
    expect(page.locator(f"#mark-{phrase}")).to_have_class(re.compile("selected"))


def test_a_refused_request_focuses_the_error_and_marks_the_field(page: Page) -> None:
    page.fill("#text", "It rained on Friday.")
    page.fill("#published", "14/03/2022")
    page.click("#submit")
    error = page.locator("#error")
    expect(error).to_be_focused()
    expect(error).to_contain_text("422")
    expect(error).to_contain_text("Published")
    expect(page.locator("#published")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#published-error")).to_contain_text("Not a valid publish date")
    expect(page.locator("#result")).to_be_hidden()
    error.get_by_role("button", name="Published").click()
    expect(page.locator("#published")).to_be_focused()
    page.fill("#published", "2022-03-14")
    page.click("#submit")
    expect(page.locator("#result")).to_be_visible()
    assert page.locator("[aria-invalid]").count() == 0


@pytest.fixture
def phone(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page, faults = watched_page(context, base_url)
    yield page
    context.close()
    assert faults == [], f"the page went wrong: {faults}"


def _overflow(page: Page) -> Any:
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_a_phone_never_scrolls_sideways_and_lands_on_the_result(phone: Page) -> None:
    assert _overflow(phone) <= 0
    build_example(phone)
    assert _overflow(phone) <= 0
    title = _box(phone.locator("#result-title"))
    assert -1 <= title["y"] < PHONE["height"] / 2, title
    # Label above track: each row's track spans the width of the axis.
    head = _box(phone.locator(".axis-head .track"))
    track = _box(phone.locator(".event-row .track").first)
    assert track["width"] == pytest.approx(head["width"], abs=1)
    save_screenshot(phone, "timeline-phone.png")
    phone.fill("#published", "yesterday")
    phone.click("#submit")
    expect(phone.locator("#error")).to_be_visible()
    assert _overflow(phone) <= 0
