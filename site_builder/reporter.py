"""Progress and diagnostics go through a Reporter, so build logic never prints.

The command line uses :class:`ConsoleReporter`; tests use :class:`BufferReporter` and
assert on what was reported.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # only named in annotations: a no-change rebuild need not import the model
    from .model import Diagnostic


class Reporter:
    """Receives build events. The base class ignores them all."""

    def diagnostic(self, diagnostic: Diagnostic) -> None:
        """A warning or error about the input."""

    def stage(self, name: str, seconds: float, summary: str) -> None:
        """A build stage finished."""

    def info(self, message: str) -> None:
        """A line for the user that is neither a stage nor a problem."""


class BufferReporter(Reporter):
    def __init__(self) -> None:
        self.diagnostics: list[Diagnostic] = []
        self.stages: list[tuple[str, float, str]] = []
        self.messages: list[str] = []

    def diagnostic(self, diagnostic: Diagnostic) -> None:
        self.diagnostics.append(diagnostic)

    def stage(self, name: str, seconds: float, summary: str) -> None:
        self.stages.append((name, seconds, summary))

    def info(self, message: str) -> None:
        self.messages.append(message)


class ConsoleReporter(Reporter):
    """Problems to stderr, one line each (with their detail, such as a traceback, when
    ``verbose``); stages and messages to stdout."""

    def __init__(self, out: TextIO | None = None, err: TextIO | None = None, *, verbose: bool = False) -> None:
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.verbose = verbose

    def diagnostic(self, diagnostic: Diagnostic) -> None:
        print(str(diagnostic), file=self.err)
        if self.verbose and diagnostic.detail:
            print(diagnostic.detail.rstrip("\n"), file=self.err)

    def stage(self, name: str, seconds: float, summary: str) -> None:
        print(f"{name:<8} {seconds * 1000:8.1f} ms  {summary}", file=self.out)

    def info(self, message: str) -> None:
        print(message, file=self.out)
