"""Suite-wide guards."""

from __future__ import annotations

import pytest


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # A suite that collects nothing is broken, not green: turn pytest's "no tests ran"
    # (exit 5) and an empty selection into a failure.
    if session.testscollected == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
