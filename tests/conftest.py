"""Suite-wide guards."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

from browsing import CHROMIUM_ARGS


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # A suite that collects nothing is broken, not green: turn pytest's "no tests ran"
    # (exit 5) and an empty selection into a failure.
    if session.testscollected == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One real Chromium (Debian's package) for the whole run; missing Chromium fails, never skips."""
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail(
            "Chromium is not on PATH. Install the system package (apt-get install chromium); "
            "these tests never download a browser.",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()
