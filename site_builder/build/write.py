"""Write stage: the only code that touches the output directory.

The whole site is written into a fresh directory beside the target and swapped in with
renames only once it is complete, so a failed or interrupted build leaves the previous
site exactly as it was (Lektor and Pelican guard their output the same way).

A build killed outright (SIGKILL, power loss) cannot clean up after itself: it may leave a
``.<name>.new-*`` or ``.<name>.old-*`` directory beside the site. The next write removes
those, but only directories with exactly that prefix that carry our marker file (or are
empty), and only while it holds a lock on the parent directory, so a concurrent build's
staging directory is never touched.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path, PurePosixPath

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows
    fcntl = None  # type: ignore[assignment]

from ..errors import OutputError, os_error_message

#: Written into every site we build, so we only ever replace a directory we made. It also
#: lists a digest of every file, so the next build can link unchanged files instead of
#: writing them again.
MARKER = ".site-builder"
MARKER_HEADER = "# Built by site-builder. This whole directory is replaced on every build.\n"


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


def _staging_prefixes(out_dir: Path) -> tuple[str, str]:
    return f".{out_dir.name}.new-", f".{out_dir.name}.old-"


@contextlib.contextmanager
def _locked(directory: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``directory`` (released by the OS if the process dies)."""
    if fcntl is None:  # pragma: no cover
        yield
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def remove_stale_staging(out_dir: Path) -> list[Path]:
    """Delete what killed builds left beside ``out_dir``; return what was removed.

    Only ``.<name>.new-*``/``.<name>.old-*`` directories (not links) that hold our marker,
    or are empty, are removed. Call with the parent directory locked.
    """
    removed: list[Path] = []
    if not out_dir.parent.is_dir():
        return removed
    for entry in sorted(out_dir.parent.iterdir()):
        if not entry.name.startswith(_staging_prefixes(out_dir)) or entry.is_symlink() or not entry.is_dir():
            continue
        if (entry / MARKER).is_file():
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
        else:
            with contextlib.suppress(OSError):  # not empty and not ours: leave it alone
                entry.rmdir()
                removed.append(entry)
    return removed


def _digest(content: bytes) -> str:
    return hashlib.blake2b(content, digest_size=16).hexdigest()


def _previous_digests(out_dir: Path) -> dict[str, str]:
    """``{path: digest}`` of the files the previous build wrote, from its marker."""
    try:
        lines = (out_dir / MARKER).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    digests = {}
    for line in lines:
        digest, _, name = line.partition(" ")
        if name and not line.startswith("#"):
            digests[name] = digest
    return digests


def _reuse(previous: Path, target: Path, size: int) -> bool:
    """Hard-link an unchanged file of the previous site into the new one."""
    try:
        if previous.stat().st_size != size:  # edited by hand since: not what the marker says
            return False
        os.link(previous, target)
    except OSError:
        return False
    return True


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and put back (this build writes nothing meanwhile)
    os.umask(mask)
    return mask


def write_site(files: Mapping[str, bytes], out_dir: Path) -> None:
    """Write ``files`` (relative posix path -> content) as the complete new ``out_dir``.

    Files whose content is unchanged since the previous build are hard-linked from it
    rather than written again, which keeps rebuilds of large sites fast. An operating-system
    error (a full disk, a read-only folder) becomes one :class:`OutputError` line; the
    previous site is left as it was.
    """
    out_dir = out_dir.resolve()
    for name in files:
        _safe_relative(name)
    try:
        _write_site(files, out_dir)
    except OSError as exc:
        raise OutputError(os_error_message(exc, "write the site to", out_dir)) from exc


def _write_site(files: Mapping[str, bytes], out_dir: Path) -> None:
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with _locked(out_dir.parent):
        remove_stale_staging(out_dir)
        previous = _previous_digests(out_dir)
        staging: Path | None = None
        try:
            staging = Path(tempfile.mkdtemp(prefix=_staging_prefixes(out_dir)[0], dir=out_dir.parent))
            # mkdtemp makes it private (700); the site is a folder like any other, readable as the
            # umask allows, or a web server running as another user answers 403 for everything.
            os.chmod(staging, 0o777 & ~_umask())
            # The marker goes in first, so a copy left by a killed build is recognisably ours.
            (staging / MARKER).write_text(MARKER_HEADER, encoding="utf-8")
            digests = []
            for name in sorted(files):
                content = files[name]
                digest = _digest(content)
                digests.append(f"{digest} {name}\n")
                parts = _safe_relative(name).parts
                target = staging.joinpath(*parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                if previous.get(name) != digest or not _reuse(out_dir.joinpath(*parts), target, len(content)):
                    target.write_bytes(content)
            (staging / MARKER).write_text(MARKER_HEADER + "".join(digests), encoding="utf-8")
            _swap_in(staging, out_dir)
        except BaseException:
            # Interrupted or failed: drop the half-written copy; the old site was never touched.
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)
            else:
                # Interrupted inside mkdtemp: the directory may exist without our knowing its
                # name. We still hold the lock, so every staging directory here is this build's.
                remove_stale_staging(out_dir)
            raise


_RENAME_EXCHANGE = 2  # linux/fs.h


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories (Linux ``renameat2``); ``False`` when not supported here."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    try:
        libc = ctypes.CDLL(libc_name, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _swap_in(staging: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        os.replace(staging, out_dir)
        return
    if _exchange(staging, out_dir):
        # ``staging`` now holds the previous site; there was never a moment without one.
        shutil.rmtree(staging, ignore_errors=True)
        return
    retired = Path(tempfile.mkdtemp(prefix=_staging_prefixes(out_dir)[1], dir=out_dir.parent))
    retired.rmdir()
    os.replace(out_dir, retired)
    try:
        os.replace(staging, out_dir)
    except BaseException:
        os.replace(retired, out_dir)
        raise
    shutil.rmtree(retired, ignore_errors=True)
