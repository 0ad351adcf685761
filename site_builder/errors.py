"""Errors a user can act on: each names the file (and line) that caused it."""

from __future__ import annotations

import errno


class SiteBuilderError(Exception):
    """Base of every error the command line reports without a traceback."""


class InputError(SiteBuilderError):
    """Bad input: a seed, ``story.toml`` or ``site.toml`` that cannot be used as it is."""

    def __init__(self, message: str, file: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.file = file
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file or ""
        if self.file and self.line:
            where += f":{self.line}"
        return f"{where}: {self.message}" if where else self.message


class OutputError(SiteBuilderError):
    """The output directory cannot be written safely."""


#: What a user can do about the operating-system errors a build meets, by ``errno`` name.
_OS_ERROR_ADVICE = {
    "ENOSPC": "the disk is full; free some space and build again",
    "EDQUOT": "the disk quota is used up; free some space and build again",
    "EROFS": "the file system is read-only; choose another output folder with --out",
    "EACCES": "permission denied; check the folder's permissions or choose another folder",
    "EPERM": "permission denied; check the folder's permissions or choose another folder",
    "ENOENT": "it no longer exists (moved or deleted during the build?); check the path and build again",
}


def os_error_message(exc: OSError, doing: str, path: object = None) -> str:
    """One line for an ``OSError``: what was being done, on which path (``exc``'s own unless
    given), and what to do about it."""
    name = errno.errorcode.get(exc.errno or 0, "")
    advice = _OS_ERROR_ADVICE.get(name, exc.strerror or str(exc))
    shown = path if path is not None else exc.filename
    where = f" '{shown}'" if shown else ""
    return f"cannot {doing}{where}: {advice}"
