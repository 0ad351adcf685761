"""site_builder: static microsites that compare how several outlets covered one story.

The public surface, for use from Python (a notebook, a Dask or Spark driver)::

    from site_builder import SiteConfig, load_config, load_seeds, analyse_story, build_site, check_site

Names are imported on first use, so ``import site_builder`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "SiteConfig": "config",
    "AnalysisSettings": "config",
    "load_config": "config",
    "load_seeds": "input.load",
    "analyse_story": "analysis.analyse",
    "build_site": "build.pipeline",
    "check_site": "commands.check",
}
__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'site_builder' has no attribute {name!r}")
