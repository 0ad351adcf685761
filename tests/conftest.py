"""Suite-wide guards."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from browsing import CHROMIUM_ARGS

if TYPE_CHECKING:
    from playwright.sync_api import Browser


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # A suite that collects nothing is broken, not green: turn pytest's "no tests ran"
    # (exit 5) and an empty selection into a failure.
    if session.testscollected == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One real Chromium (Debian's package) for the whole run; missing Chromium fails, never skips.

    Playwright is imported here, not at the top of the file, so the tests that need no
    browser run where it is not installed.
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        missing = str(exc)
    else:
        missing = ""
    if missing:
        pytest.fail(f"Playwright is not installed ({missing}); install the test extra: pip install -e '.[test]'",
                    pytrace=False)
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
