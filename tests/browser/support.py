"""What the browser tests share: where Chromium is, how it starts, and what to do without it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

CHROMIUM = Path("/usr/bin/chromium")
# Without the networking flags Chromium keeps trying Google's hosts, which this network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def require_chromium() -> None:
    """Skip (or, in CI, fail) when Chromium is not installed."""
    if CHROMIUM.exists():
        return
    message = f"Chromium is not installed at {CHROMIUM}; `make test` installs it with apt-get."
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
DOCS = Path(__file__).resolve().parent.parent.parent / "docs"
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"

# The page's own example (its "Load example" button): a bridge opened in 1994, a debate from
# 2020, and the weeks around its publish date, Monday 2022-03-14.
SEED_IN_TIME_ORDER = [
    "1994",
    "2020",
    "Two weeks ago",
    "March 2",
    "two days later",
    "last week",
    "Friday",
    "May",
]


def save_screenshot(page: Page, name: str) -> None:
    """Into tests/artifacts; with TIMELINE_SCREENSHOTS=docs (`make screenshots`) into docs/
    too, where the README shows them."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)
    if os.environ.get("TIMELINE_SCREENSHOTS") == "docs":
        page.screenshot(path=str(DOCS / name), full_page=True)


def build_example(page: Page) -> None:
    """Load the page's example and build its timeline, waiting for the rows."""
    page.click("#example")
    page.click("#submit")
    page.wait_for_selector(".event-row")


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """What axe-core (vendored, run in the page) finds against every rule it runs by
    default: WCAG 2.x A and AA, and its best practices."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    found: list[dict[str, Any]] = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' ') + ': '"
        " + n.failureSummary)}))"
    )
    return found


def contrast(page: Page, foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two CSS colours, as the browser reads them."""
    ratio: float = page.evaluate(
        """([a, b]) => {
          const rgb = (c) => { const d = document.createElement('div'); d.style.color = c;
            document.body.append(d); const v = getComputedStyle(d).color; d.remove();
            return v.match(/[\\d.]+/g).slice(0, 3).map(Number); };
          const lum = (c) => { const [r, g, b] = rgb(c).map(v => { v /= 255;
            return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
          const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
          return (x + 0.05) / (y + 0.05);
        }""",
        [foreground, background],
    )
    return ratio
