"""Command line: ``site-builder build``. Errors are reported as one clear line, never a traceback."""

from __future__ import annotations

import argparse
import difflib
import json
import os
import signal
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from .. import __version__
from ..build.uptodate import CACHE_DIR, LastBuild, fingerprint, last_report, record
from ..config import CONFIG_FILE, SiteConfig, load_config, normalise_base_url
from ..errors import SiteBuilderError, os_error_message
from ..reporter import ConsoleReporter

if TYPE_CHECKING:  # the build's modules are imported only when a build has work to do
    from ..build.pipeline import BuildResult

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="site-builder",
        description="Build a static site comparing how several outlets covered the same stories.",
        # "--seed" must not quietly mean "--seeds": a flag is spelt out or refused.
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"site-builder {__version__}")
    build_help_config = (
        f"site configuration (default: ./{CONFIG_FILE} when present); relative paths in it are relative to it"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    build = commands.add_parser(
        "build", help="build the site from the seeds", description="Build the site.", allow_abbrev=False
    )
    build.add_argument("--config", type=Path, help=build_help_config)
    build.add_argument("--seeds", type=Path, help="folder of stories (default from site.toml: seeds)")
    build.add_argument("--out", type=Path, help="output folder (default from site.toml: _site)")
    build.add_argument("--base-url", help="absolute URL the site is published at, e.g. https://user.github.io/repo/")
    build.add_argument("--strict", action="store_true", default=None, help="fail on any warning")
    build.add_argument("--verbose", action="store_true", help="show the traceback of a story that failed unexpectedly")
    build.add_argument(
        "--jobs",
        type=_positive_int,
        default=None,
        help="stories analysed at once in worker processes (default: one per core)",
    )
    build.add_argument(
        "--scheduler",
        default=os.environ.get("DASK_SCHEDULER_ADDRESS") or None,
        help="analyse and render stories on the Dask cluster whose scheduler is at this address, "
        "e.g. tcp://10.0.0.5:8786 (default: $DASK_SCHEDULER_ADDRESS; needs the dask extra)",
    )
    build.add_argument(
        "--report", type=Path, help="also write a JSON summary of the build (stage timings, files, bytes) to this file"
    )
    build.add_argument(
        "--no-cache", action="store_true", help=f"analyse every story afresh, ignoring and not writing {CACHE_DIR}/"
    )
    serve = commands.add_parser(
        "serve",
        allow_abbrev=False,
        help="build, serve on this machine and rebuild and reload the browser on every change",
        description="Build and serve the site locally; rebuild and reload open pages when seeds, "
        "templates, static files or site.toml change.",
    )
    serve.add_argument("--config", type=Path, help=build_help_config)
    serve.add_argument("--seeds", type=Path, help="folder of stories (default from site.toml: seeds)")
    serve.add_argument("--base-url", help="serve under this URL's path too, e.g. https://user.github.io/repo/")
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)"
    )
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000; the next free one if taken)")
    serve.add_argument("--verbose", action="store_true", help="show the traceback of a story that failed unexpectedly")
    add = commands.add_parser(
        "add",
        allow_abbrev=False,
        help="fetch web pages and save them as sources of a story",
        description="Fetch each page (http or https) and save its HTML in the story's folder under the seeds, "
        "with its address and fetch time in the story's story.toml. Needs the web extra to read the pages.",
    )
    add.add_argument("urls", nargs="+", metavar="URL", help="address of a page to add")
    add.add_argument("--story", required=True, help="the story's folder name under the seeds (made if missing)")
    add.add_argument("--force", action="store_true", help="replace a page saved before under the same name")
    add.add_argument("--config", type=Path, help=build_help_config)
    add.add_argument("--seeds", type=Path, help="folder of stories (default from site.toml: seeds)")
    check = commands.add_parser(
        "check",
        allow_abbrev=False,
        help="verify a built site: links, anchors, titles, lang, no machine paths, no external requests",
        description="Verify a built site; exits 1 when any problem is found.",
    )
    check.add_argument("--config", type=Path, help=build_help_config)
    check.add_argument("--out", type=Path, help="the built site to check (default from site.toml: _site)")
    check.add_argument("--base-url", help="the URL the site was built for (default from site.toml)")
    return parser


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse, and answer a flag the command does not know with that command's usage and the
    flag it most likely meant, rather than the top-level usage."""
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        command = _subcommands(parser)[args.command]
        known = [option for action in command._actions for option in action.option_strings]
        flag = unknown[0].split("=", 1)[0]
        close = difflib.get_close_matches(flag, known, n=1, cutoff=0.6)
        command.error(f"unrecognized argument {unknown[0]!r}" + (f"; did you mean {close[0]}?" if close else ""))
    return args


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


class _Overrides(TypedDict, total=False):
    """The settings command-line flags may override: some of :class:`SiteConfig`'s fields, with their types."""

    seeds: Path
    out: Path
    base_url: str
    strict: bool


def _configure(args: argparse.Namespace) -> tuple[SiteConfig, Path]:
    config_path: Path | None = args.config
    if config_path is None and Path(CONFIG_FILE).is_file():
        config_path = Path(CONFIG_FILE)
    if config_path is not None and not config_path.is_file():
        raise SiteBuilderError(f"{config_path}: configuration file not found")
    project_dir = (config_path.parent if config_path else Path.cwd()).resolve()
    config = (
        load_config(project_dir) if config_path is None else load_config(config_path.parent.resolve(), config_path.name)
    )
    overrides: _Overrides = {}
    # Paths given as flags are relative to where the command runs, like any command-line path.
    if getattr(args, "seeds", None) is not None:
        overrides["seeds"] = args.seeds.resolve()
    if getattr(args, "out", None) is not None:
        overrides["out"] = args.out.resolve()
    if getattr(args, "base_url", None) is not None:
        overrides["base_url"] = normalise_base_url(args.base_url)
    if getattr(args, "strict", None):
        overrides["strict"] = True
    return replace(config, **overrides), project_dir


def _check(config: SiteConfig, project_dir: Path) -> int:
    site_dir = project_dir / config.out
    if not (site_dir / "index.html").is_file():
        raise SiteBuilderError(f"{config.out}: no built site here; run 'site-builder build' first")
    from .check import check_site  # an HTML parser a build never needs

    problems = check_site(site_dir, config.base_url)
    for problem in problems:
        print(problem, file=sys.stderr)
    pages = sum(1 for _ in site_dir.rglob("*.html"))
    print(f"checked {pages} pages: {len(problems)} problem(s)")
    return EXIT_FAILED if problems else EXIT_OK


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    # `kill` gets the same clean stop as Ctrl-C: the half-written copy is removed, the old site kept.
    signal.signal(signal.SIGTERM, _interrupt)
    args = _parse(_parser(), argv)
    reporter = ConsoleReporter(verbose=getattr(args, "verbose", False))
    try:
        config, project_dir = _configure(args)
        if args.command == "check":
            return _check(config, project_dir)
        if args.command == "add":
            from .add import add_pages  # urllib and the page reader: only this command needs them

            add_pages(args.urls, args.story, project_dir / config.seeds, force=args.force)
            return EXIT_OK
        if args.command == "serve":
            # Imported here: the dev server pulls in Tornado, which a plain build never needs.
            from .serve import serve

            serve(config, project_dir, args.host, args.port, reporter)
            return EXIT_OK
        return _build(args, config, project_dir, reporter)
    except SiteBuilderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        # The stages turn the errors they expect into SiteBuilderError; any other still gets one line.
        print(f"error: {os_error_message(exc, 'read or write')}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("interrupted: the previous site was left as it was", file=sys.stderr)
        return 130


def _build(args: argparse.Namespace, config: SiteConfig, project_dir: Path, reporter: ConsoleReporter) -> int:
    """Build, unless the site already is what a build would write (then say so, as it was said)."""
    from ..site.theme import project_theme

    cache_dir, out_dir = project_dir / CACHE_DIR, project_dir / config.out
    key = None
    if not args.no_cache:
        theme = project_theme(project_dir)
        key = fingerprint(config, project_dir, (*theme.templates, *theme.static))
        last = last_report(cache_dir, out_dir, key)
        if last is not None:
            for line in last.diagnostics:
                print(line, file=sys.stderr)
            print(f"up to date: nothing changed since the last build, {last.outcome}; --no-cache builds afresh")
            _write_report(args.report, last.summary)
            return last.exit
    # Imported only now: the analysis pulls in numpy, rapidfuzz, jinja2 and markdown-it.
    from ..build.pipeline import build_site
    from ..build.stories import AnalysisCache, ProgressBar

    cache = None if args.no_cache else AnalysisCache(cache_dir)
    result = build_site(
        config,
        project_dir,
        reporter,
        cache=cache,
        jobs=args.jobs,
        progress=ProgressBar(sys.stderr),
        scheduler=args.scheduler,
    )
    summary = _summary(result)
    _write_report(args.report, summary)
    code = EXIT_FAILED if result.errors else EXIT_OK
    if key is not None:
        outcome = f"{result.warnings} warning(s), {result.errors} error(s)"
        diagnostics = tuple(str(diagnostic) for diagnostic in result.diagnostics)
        record(cache_dir, out_dir, key, LastBuild(diagnostics, outcome, code, summary))
    return code


def _write_report(path: Path | None, summary: dict[str, object]) -> None:
    """``--report FILE``: the build's summary as JSON."""
    if path is not None:
        path.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


def _summary(result: BuildResult) -> dict[str, object]:
    summary = {
        "stories": len(result.stories),
        "sources": sum(story.listing.summary.source_count for story in result.stories),
        "files": result.files,
        "pages": result.pages,
        "bytes": result.bytes_written,
        "warnings": result.warnings,
        "errors": result.errors,
        "seconds": {stage: round(seconds, 6) for stage, seconds in sorted(result.seconds.items())},
    }
    return summary


if __name__ == "__main__":
    raise SystemExit(main())
