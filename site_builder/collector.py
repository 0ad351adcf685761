"""Python's cycle collector, paused where a stage makes masses of objects that form no cycles.

The collector runs every few hundred new containers and, every so often, walks every object
alive, which in a big story is the whole analysis. The copied-runs stage and the JSON export
of a 400-source story make hundreds of thousands of tuples, dicts and lists, and spent more
time in those walks than in their own work. Nothing they make refers back to itself, so
pausing the collector over them frees nothing late.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector off inside the block, and as it was afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
