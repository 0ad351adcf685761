"""Python's cycle collector, paused over one story's work and run once after it.

The collector runs every few hundred new containers and, every so often, walks every object
alive, which in a big story is the whole analysis. A story of hundreds of sources makes
millions of objects (its copied runs between tens of thousands of pairs of sources, its
pages, its export), and those walks cost more than some stages' own work. The analysis makes no reference cycles; the
templates leave some behind (Jinja's render contexts), so one pass over the objects the story
made, the youngest generation, frees them when the story is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector off inside the block, as it was afterwards, and the block's own
    cyclic garbage freed."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
            # Everything made in the block is still in the youngest generation: only that is walked.
            gc.collect(0)
