"""Counts a benchmark adds up over articles or stories."""

from __future__ import annotations

from dataclasses import fields
from typing import Any


def add_counts(total: Any, part: Any) -> None:
    """Add every whole-number field of the dataclass ``part`` to the same field of ``total`` (a list
    of misses is the caller's to keep or not)."""
    for counted in fields(total):
        value = getattr(part, counted.name)
        if isinstance(value, int) and not isinstance(value, bool):
            setattr(total, counted.name, getattr(total, counted.name) + value)
