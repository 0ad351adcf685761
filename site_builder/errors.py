"""Errors a user can act on: each names the file (and line) that caused it."""

from __future__ import annotations


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
