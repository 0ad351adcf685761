"""Site configuration: ``site.toml`` with typed defaults, overridden by command-line flags."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import InputError

CONFIG_FILE = "site.toml"


@dataclass(frozen=True, slots=True)
class AnalysisSettings:
    """Thresholds of the analysis. Part of the cache key of an analysed story."""

    #: Minimum similarity (0..1) for two sentences of different sources to count as the same fact.
    passage_threshold: float = 0.4
    #: At or above this similarity a passage is shown as "verbatim".
    verbatim_threshold: float = 0.95
    #: At or above this (and below verbatim) a passage is "close"; below it, "reworded".
    close_threshold: float = 0.75
    #: Minimum similarity (0..1) for two quotations to be grouped as one utterance.
    quote_threshold: float = 0.6
    #: Two sentences scoring at least this that no passage joins are shown as "possibly related"
    #: (each sentence with at most one such partner per other source).
    related_floor: float = 0.35


@dataclass(frozen=True, slots=True)
class SiteConfig:
    title: str = "Story comparison"
    #: Folder of stories, relative to the project directory.
    seeds: Path = Path("seeds")
    #: Output folder, relative to the project directory.
    out: Path = Path("_site")
    #: Absolute URL the site is published at (e.g. ``https://user.github.io/repo/``); ``""`` when unknown.
    base_url: str = ""
    language: str = "en"
    strict: bool = False
    analysis: AnalysisSettings = field(default_factory=AnalysisSettings)


def normalise_base_url(url: str) -> str:
    """``https://x.github.io/repo`` and ``.../repo/`` mean the same site; keep one trailing slash.

    Only an absolute http(s) URL with a host, or a path from the site's root (``/repo/``), makes
    working links: anything else ("notaurl", "ftp://x") is refused rather than built into a site
    whose every link is broken."""
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    absolute = parts.scheme in ("http", "https") and _HOST.fullmatch(parts.netloc) is not None
    rooted = not parts.scheme and not parts.netloc and url.startswith("/")
    if not (absolute or rooted):
        raise InputError(
            f"base URL {url!r} is neither an absolute http(s) URL with a host (https://user.github.io/repo/)"
            " nor a path from the site's root (/repo/)"
        )
    # Links are written as base path + page: a path starting "//" ("https:////evil.example/",
    # "//evil.example/") would make them point at another site, and the rest cannot be linked to.
    if parts.path.startswith("//") or "\\" in url or parts.query or parts.fragment or re.search(r"[\s<>\"'`]", url):
        raise InputError(
            f"base URL {url!r} has a path the site's links cannot start with; give one like"
            " https://user.github.io/repo/ or /repo/"
        )
    return url.rstrip("/") + "/"


#: A host name or address, with an optional port: no user name, spaces or slashes.
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST = re.compile(rf"(?:{_LABEL}(?:\.{_LABEL})*|\[[0-9A-Fa-f:.]+\])(?::\d{{1,5}})?")


def _typed(section: str, cls: type, values: dict[str, Any], path: Path) -> dict[str, Any]:
    known = {f.name: f for f in fields(cls)}
    result: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise InputError(f"unknown setting '{key}' in [{section}]", file=str(path))
        default = getattr(cls(), key)
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, float):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
            value = float(value) if ok else value
        elif isinstance(default, Path):
            ok = isinstance(value, str)
            value = Path(value) if ok else value
        else:
            ok = isinstance(value, type(default))
        if not ok:
            raise InputError(
                f"setting '{key}' in [{section}] should be {type(default).__name__}, got {value!r}",
                file=str(path),
            )
        result[key] = value
    return result


def load_config(project_dir: Path, name: str = CONFIG_FILE) -> SiteConfig:
    """Read the configuration file ``name`` in ``project_dir``; the file and all of its settings are optional."""
    path = project_dir / name
    if not path.is_file():
        return SiteConfig()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"invalid TOML: {exc}", file=str(path)) from exc
    except RecursionError as exc:
        raise InputError("nested too deeply to read (arrays or tables inside thousands of others)", str(path)) from exc
    except UnicodeDecodeError as exc:
        raise InputError("not UTF-8 text", file=str(path)) from exc
    unknown = set(data) - {"site", "analysis"}
    if unknown:
        raise InputError(f"unknown section(s) {sorted(unknown)}; expected [site] and [analysis]", file=str(path))
    site = _typed("site", SiteConfig, {k: v for k, v in data.get("site", {}).items()}, path)
    if "analysis" in site:
        raise InputError("put analysis settings in their own [analysis] section", file=str(path))
    analysis = AnalysisSettings(**_typed("analysis", AnalysisSettings, data.get("analysis", {}), path))
    config = replace(SiteConfig(**site), analysis=analysis)
    try:
        return replace(config, base_url=normalise_base_url(config.base_url))
    except InputError as exc:
        raise InputError(exc.message, file=str(path), line=exc.line) from None
