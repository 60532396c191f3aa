"""Headless Chromium for the browser tests: Debian's, at /usr/bin/chromium.

`make test` installs it. Without it the tests are skipped with a message, except in CI
(CI=true), where a missing browser is a failure.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.browser.support import CHROMIUM, CHROMIUM_ARGS, require_chromium


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    require_chromium()
    # `launch` gives Chromium a fresh temporary profile of its own (no --user-data-dir).
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
