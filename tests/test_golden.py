"""The bundled story, built with default settings, matches the golden tree byte for byte.

``tests/golden/site/`` holds the site that ``seeds/putin-trump-call-2025/`` builds into with
``SiteConfig()``. Any change to what the site outputs shows up here as a list of files that
differ and a short unified diff of the first differing text file. When the change is
intended, regenerate the golden tree from the repository root and review it before
committing::

    python -m tools.golden --update
    git diff --stat -- tests/golden

See ``tests/golden/README.md``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tools import golden


def test_golden_tree_is_there() -> None:
    assert (golden.GOLDEN / "index.html").is_file(), "no golden tree: run python -m tools.golden --update"


def test_bundled_site_matches_the_golden_tree_byte_for_byte(tmp_path: Path) -> None:
    differences = golden.compare(golden.GOLDEN, golden.build(tmp_path))
    if differences:
        pytest.fail(differences, pytrace=False)


def test_the_comparison_sees_a_changed_page_and_a_changed_asset(tmp_path: Path) -> None:
    site = golden.build(tmp_path)
    (site / "assets" / "style.css").write_bytes(b"/* edited */\n")
    (site / "robots.txt").write_text("User-agent: *\n", encoding="utf-8")
    differences = golden.compare(golden.GOLDEN, site)
    assert "assets/style.css" in differences and "robots.txt" in differences
