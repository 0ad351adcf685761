"""Static checks run as part of the suite: ruff (lint) and mypy (types), configured in pyproject.toml.

Both run as subprocesses from the repository root with this Python, so the README's single
test command (which CI runs) includes them. Run them alone with::

    python -m ruff check site_builder benchmarks tools tests
    python -m mypy site_builder benchmarks tools

``ruff check --fix`` repairs the findings marked [*]; ``ruff check --statistics`` counts them by rule.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def run_module(*args: str) -> subprocess.CompletedProcess[str]:
    # A hang guard only: ruff takes under 0.5 s here and mypy about 3 s without its cache.
    return subprocess.run([sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, timeout=300)


def check(*args: str) -> None:
    result = run_module(*args)
    if result.returncode != 0:
        command = " ".join(("python", "-m", *args))
        pytest.fail(f"{command} exited with {result.returncode}:\n{result.stdout}{result.stderr}", pytrace=False)


def test_ruff_finds_nothing() -> None:
    check("ruff", "check", "--no-fix", "site_builder", "benchmarks", "tools", "tests")


def test_mypy_finds_nothing() -> None:
    check("mypy", "site_builder", "benchmarks", "tools")
