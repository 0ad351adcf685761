"""Whether the last build's site is still what a build would write: a rebuild that changes nothing
costs a look at file dates, not an import of the analysis (issue 17).

The build's inputs are fingerprinted by what the file system says about them, without reading
them: every file of the seeds, the project's templates and static folders, the site_builder
package (code, word lists, default theme) as path, size and modification time; the settings;
the versions of Python and of the libraries whose output the site holds. A build that wrote a
site records the fingerprint, with the output's marker and what the build reported, in the
cache folder. The next ``build`` compares before importing anything heavy: when nothing
differs and the site is still there as written, it repeats the last report and stops.

A file edited in place keeps the same size and date only when a tool sets the date back;
``--no-cache`` builds afresh whatever the fingerprint says.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from ..config import SiteConfig
from ..input.walk import files_under

#: Where analysed stories and this stamp are kept between builds, inside the project directory.
CACHE_DIR = ".site-builder-cache"
STAMP = "up-to-date.json"
#: Libraries whose version can change what the site holds.
_LIBRARIES = ("jinja2", "markdown-it-py", "rapidfuzz", "numpy", "ftfy", "trafilatura")
PACKAGE = Path(__file__).resolve().parent.parent


def _library_versions() -> list[str]:
    """``name=version`` of each library, read from the names of the installed distributions'
    metadata folders (``numpy-2.1.0.dist-info``): ``importlib.metadata`` takes longer to import
    than the rest of a no-change rebuild's fingerprint takes to compute."""
    wanted = {_distribution_key(name): name for name in _LIBRARIES}
    found: dict[str, str] = {}
    for folder in sys.path:
        try:
            entries = os.listdir(folder or ".")
        except OSError:
            continue
        for entry in entries:
            stem, dot, kind = entry.rpartition(".")
            if not dot or kind not in ("dist-info", "egg-info"):
                continue
            name, _, version = stem.partition("-")
            library = wanted.get(_distribution_key(name))
            # The first on the path is the one imported, as with importlib.metadata.
            if library is not None and library not in found:
                found[library] = version.partition("-")[0] or "?"
    return [f"{name}={found.get(name, '-')}" for name in _LIBRARIES]


def _distribution_key(name: str) -> str:
    """A distribution's name as its metadata folder may spell it (PEP 503 normalised, ``_`` for ``-``)."""
    return re.sub(r"[-_.]+", "_", name).lower()


def fingerprint(config: SiteConfig, project_dir: Path, theme_folders: Sequence[Path]) -> str:
    """A digest of everything a build reads, from file dates and sizes."""
    digest = hashlib.sha256()
    digest.update(repr(config).encode())
    digest.update(f"{sys.version}\n{';'.join(_library_versions())}\n".encode())
    folders = [project_dir / config.seeds, PACKAGE, *theme_folders]
    for top in dict.fromkeys(folder.resolve() for folder in folders):
        digest.update(f"\0{top}\0".encode())
        add_file_states(digest, top)
    return digest.hexdigest()


def add_file_states(digest: hashlib._Hash, top: Path) -> None:
    """Add the path, size and modification time of every file under ``top`` to ``digest``."""
    for entry in files_under(top):
        try:
            stat = entry.stat()
        except OSError:
            continue  # gone since it was listed
        digest.update(f"{entry.path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())


def _marker_state(out_dir: Path) -> list[int] | None:
    try:
        stat = (out_dir / ".site-builder").stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino]


@dataclass(frozen=True, slots=True)
class LastBuild:
    """What a build reported: its problems, its outcome in words, its exit status, its summary."""

    diagnostics: tuple[str, ...]
    outcome: str
    exit: int
    summary: dict[str, object]


def last_report(cache_dir: Path, out_dir: Path, key: str) -> LastBuild | None:
    """What the last build reported, if it built from exactly these inputs and its site is intact."""
    try:
        stamp = json.loads((cache_dir / STAMP).read_text(encoding="utf-8"))
        if stamp["key"] != key or stamp["marker"] != _marker_state(out_dir):
            return None
        report = stamp["report"]
        return LastBuild(
            tuple(str(line) for line in report["diagnostics"]),
            str(report["outcome"]),
            int(report["exit"]),
            dict(report["summary"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # no stamp, or one this version cannot read: build


def record(cache_dir: Path, out_dir: Path, key: str, report: LastBuild) -> None:
    """Remember that the site in ``out_dir`` was built from inputs with fingerprint ``key``."""
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        temporary = cache_dir / f".{STAMP}.tmp"
        stamp = {"key": key, "marker": _marker_state(out_dir), "report": asdict(report)}
        temporary.write_text(json.dumps(stamp), encoding="utf-8")
        os.replace(temporary, cache_dir / STAMP)
    except OSError:
        pass  # no stamp: the next build only does the work again
