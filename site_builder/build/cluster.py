"""Per-story work on a Dask distributed cluster, when one machine is not enough (issue 17).

``site-builder build --scheduler tcp://HOST:PORT`` (or ``DASK_SCHEDULER_ADDRESS``) hands each
story's analysis and rendering to the cluster as one Dask task, the same work a local worker
process does; results stream back as they finish and are cached and written here, as in a local
build, so the site is byte for byte the same. Needs the optional extra ``site-builder[dask]``
(Dask's ``distributed``); without ``--scheduler`` nothing of it is imported.

The workers must have site_builder installed (the same version) and read the project's
templates at the same path, as a shared file system gives: a task names its theme's folders.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from ..errors import SiteBuilderError

INSTALL_HINT = "--scheduler needs the dask extra: pip install 'site-builder[dask]'"
#: How long to wait for the scheduler to answer.
CONNECT_TIMEOUT = "20s"
Task = TypeVar("Task")
Result = TypeVar("Result")


def run_on_cluster(address: str, work: Callable[[Task], Result], tasks: Sequence[Task]) -> Iterator[tuple[int, Result]]:
    """``(index of the task, its result)`` for every task, in the order they finish."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:
        raise SiteBuilderError(INSTALL_HINT) from exc
    try:
        client: Any = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SiteBuilderError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    try:
        futures = client.map(work, list(tasks), pure=False)
        index_of = {future.key: index for index, future in enumerate(futures)}
        for future in as_completed(futures, loop=client.loop):
            yield index_of[future.key], future.result()
    finally:
        client.close()
