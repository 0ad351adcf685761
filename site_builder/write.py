"""Write stage: the only code that touches the output directory.

The whole site is written into a fresh directory beside the target and swapped in with
renames only once it is complete, so a failed or interrupted build leaves the previous
site exactly as it was (Lektor and Pelican guard their output the same way).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from .errors import OutputError

#: Written into every site we build, so we only ever replace a directory we made.
MARKER = ".site-builder"
MARKER_TEXT = b"Built by site-builder. This whole directory is replaced on every build.\n"


def check_output_dir(out_dir: Path, project_dir: Path, seeds_dir: Path) -> None:
    """Refuse output directories whose replacement would destroy the user's own files."""
    out = out_dir.resolve()
    seeds = seeds_dir.resolve()
    project = project_dir.resolve()
    if out == Path(out.anchor) or out == Path.home().resolve():
        raise OutputError(f"refusing to use '{out_dir}' as the output directory: it is a root or home directory")
    if out == project:
        raise OutputError(f"refusing to use the project directory '{out_dir}' as the output directory")
    if out == seeds or seeds.is_relative_to(out):
        raise OutputError(f"refusing to use '{out_dir}' as the output directory: it contains the seeds")
    if out.is_relative_to(seeds):
        raise OutputError(f"refusing to use '{out_dir}' as the output directory: it is inside the seeds")
    if out.exists():
        if not out.is_dir():
            raise OutputError(f"output path '{out_dir}' exists and is not a directory")
        if any(out.iterdir()) and not (out / MARKER).is_file():
            raise OutputError(
                f"output directory '{out_dir}' holds files site-builder did not write; "
                "empty it or choose another with --out"
            )


def _safe_relative(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise OutputError(f"refusing to write outside the site: {name!r}")
    return path


def write_site(files: Mapping[str, bytes], out_dir: Path) -> None:
    """Write ``files`` (relative posix path -> content) as the complete new ``out_dir``."""
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    try:
        for name in sorted(files):
            target = staging.joinpath(*_safe_relative(name).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(files[name])
        (staging / MARKER).write_bytes(MARKER_TEXT)
        _swap_in(staging, out_dir)
    except BaseException:
        # Interrupted or failed: drop the half-written copy; the old site was never touched.
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap_in(staging: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        os.replace(staging, out_dir)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
    retired.rmdir()
    os.replace(out_dir, retired)
    try:
        os.replace(staging, out_dir)
    except BaseException:
        os.replace(retired, out_dir)
        raise
    shutil.rmtree(retired, ignore_errors=True)
