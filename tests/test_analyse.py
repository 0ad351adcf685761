"""The per-story analysis: titles for stories whose articles state no headline."""

from __future__ import annotations

import pytest

from site_builder.analysis.analyse import humanise


@pytest.mark.parametrize(
    ("folder", "title"),
    [
        ("L14-kim-jong-nam-vx-nerve-agent", "Kim Jong Nam VX Nerve Agent"),
        ("mn-occupy-evictions-philly-la-2011", "MN Occupy Evictions Philly LA 2011"),
        ("deal-of-the-year", "Deal of the Year"),
        ("the_bridge_reopens", "The Bridge Reopens"),
        ("2025-budget", "2025 Budget"),
        ("01", "01"),
    ],
)
def test_a_folder_name_becomes_a_readable_title(folder: str, title: str) -> None:
    assert humanise(folder) == title
