"""Every file under a folder, found without recursion: a folder nested thousands deep must not
exhaust the stack (``Path.rglob`` and ``os.walk`` recurse). Links to folders are not followed, so
a link loop ends; tool caches (``__pycache__``...) are passed over, as they change by themselves."""

from __future__ import annotations

import os
from pathlib import Path

_TOOL_CACHES = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"})


def files_under(top: Path) -> list[os.DirEntry[str]]:
    """The files under ``top``, sorted by path; a folder that cannot be read (or is gone) is passed over."""
    found: list[os.DirEntry[str]] = []
    pending = [str(top)]
    while pending:
        try:
            with os.scandir(pending.pop()) as entries:
                for entry in entries:
                    if entry.name in _TOOL_CACHES:
                        continue
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            pending.append(entry.path)
                        elif entry.is_file():
                            found.append(entry)
                    except OSError:
                        continue
        except OSError:
            continue
    return sorted(found, key=lambda entry: entry.path)
