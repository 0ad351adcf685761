"""Suite-wide guards."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from site_builder.commands.serve import DevServer
from site_builder.config import SiteConfig
from site_builder.reporter import BufferReporter

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


@pytest.fixture
def running(tmp_path: Path) -> Iterator[DevServer]:
    """A dev server on 127.0.0.1 over a copy of the project; ``server.rebuilt`` is set by each rebuild."""
    from test_serve import make_project

    server = DevServer(SiteConfig(), make_project(tmp_path), "127.0.0.1", 0, BufferReporter())
    rebuilt = threading.Event()
    server.on_rebuilt = rebuilt.set
    server.start()
    rebuilt.clear()  # the first build is not a rebuild
    server.rebuilt = rebuilt  # type: ignore[attr-defined]
    try:
        yield server
    finally:
        server.stop()
