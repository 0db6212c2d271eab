"""Browser tests: Playwright driving Debian's Chromium (/usr/bin/chromium), never a
downloaded browser. Locally they skip when Chromium is missing; in CI they fail."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("XUNSHI_CHROMIUM", "/usr/bin/chromium")
# Without these flags Chromium tries to reach Google's hosts, which an isolated network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _require_chromium() -> None:
    if Path(CHROMIUM).exists() or shutil.which(CHROMIUM):
        return
    message = f"Chromium not found at {CHROMIUM}: run `make system-deps`"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


# Per module, not per session: while Playwright's sync API is open its event loop runs in
# this thread, and later tests that call asyncio.run() (tests/portal) would fail.
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _require_chromium()
    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests
    # make for their assertions are still synchronous and safe here.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(15000)
    yield tab
    context.close()
