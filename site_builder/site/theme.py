"""Themes: the templates and static files pages are made with, layered like MkDocs' ``custom_dir``.

A theme is an ordered list of template folders and one of static folders: the
project's own ``templates/`` and ``static/`` first, the default theme after them.
The first folder that holds a file wins, so a project overrides only the files it
has (say ``templates/base.html`` or ``static/style.css``) and takes every other one
from the default theme. Jinja searches the template folders in this order (one
``FileSystemLoader`` over the list); ``static_files`` overlays the static folders the
same way.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

TEMPLATES = "templates"
STATIC = "static"


@dataclass(frozen=True, slots=True)
class Theme:
    """Template and static folders, each list searched in order. Hashable, as the cache of
    compiled templates keys on it, and picklable, as worker processes are handed it."""

    templates: tuple[Path, ...]
    static: tuple[Path, ...]

    def static_files(self) -> dict[str, bytes]:
        """``{posix path within the static folders: bytes}``, a file of an earlier folder hiding a later one's."""
        files: dict[str, bytes] = {}
        for folder in self.static:
            for path in sorted(folder.rglob("*")):
                name = path.relative_to(folder).as_posix()
                if path.is_file() and name not in files:
                    files[name] = path.read_bytes()
        return files


def _default_dir(name: str) -> Path:
    # Installed wheels carry the theme inside the package, as a namespace package (the folders
    # have no __init__.py), whose location find_spec gives; a source checkout finds it at the
    # top of the repository.
    try:
        spec = importlib.util.find_spec(f"site_builder.theme.{name}")
    except ModuleNotFoundError:
        spec = None
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        if Path(location).is_dir():
            return Path(location)
    return Path(__file__).resolve().parents[2] / name


def default_theme() -> Theme:
    return Theme(templates=(_default_dir(TEMPLATES),), static=(_default_dir(STATIC),))


def _layers(own: Path, default: Path) -> tuple[Path, ...]:
    # Built in this repository, the project's folder is the default theme itself: list it once.
    if not own.is_dir() or own.resolve() == default.resolve():
        return (default,)
    return (own, default)


def project_theme(project_dir: Path) -> Theme:
    """The project's own ``templates/`` and ``static/``, where it has them, over the default theme."""
    return Theme(
        templates=_layers(project_dir / TEMPLATES, _default_dir(TEMPLATES)),
        static=_layers(project_dir / STATIC, _default_dir(STATIC)),
    )
