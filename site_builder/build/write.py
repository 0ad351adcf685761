"""Write stage: the only code that touches the output directory.

A first build writes the whole site into a fresh directory beside the target and swaps it in
with renames only once it is complete, so a failed or interrupted build leaves the previous
site exactly as it was (Lektor and Pelican guard their output the same way).

A rebuild of a site we wrote changes it in place instead: new pages are staged beside it as
before, and only once the build is complete are the files whose bytes changed renamed into
it, and those no longer built moved out; an error or an interrupt while doing so puts every
one back. Relinking thousands of unchanged files into a fresh tree and deleting the old one
took most of the write stage of a rebuild after a one-source edit.
Each file is replaced whole (a rename), so a reader never sees half a page; only a machine
that dies within the few milliseconds of the renames can leave some pages new and some old,
which the next build, comparing every file's digest, repairs.

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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

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


def _check_site_path(name: str) -> None:
    """A site path is relative, with plain segments only: nothing may land outside the site."""
    parts = name.split("/")
    if "" in parts or "." in parts or ".." in parts:
        raise OutputError(f"refusing to write outside the site: {name!r}")


class _Targets:
    """Where each site path goes under ``root``, each parent folder made once: a site has
    thousands of files in a few hundred folders, and asking the file system for every file's
    folder was much of the cost of linking an unchanged site."""

    def __init__(self, root: Path) -> None:
        self._root = os.fspath(root)
        self._made: set[str] = set()

    def __call__(self, name: str) -> str:
        _check_site_path(name)
        folder = name.rpartition("/")[0]
        if folder and folder not in self._made:
            os.makedirs(os.path.join(self._root, folder), exist_ok=True)
            self._made.add(folder)
        return os.path.join(self._root, name)


def _staging_prefixes(out_dir: Path) -> tuple[str, str]:
    return f".{out_dir.name}.new-", f".{out_dir.name}.old-"


@contextlib.contextmanager
def _locked(directory: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``directory`` (released by the OS if the process dies)."""
    if fcntl is None:  # pragma: no cover
        yield
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError as exc:
        raise OutputError(os_error_message(exc, "write the site to", directory)) from exc
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


@dataclass(frozen=True, slots=True)
class WrittenFile:
    """One file of the new site, as the marker lists it: enough to link it into the next build."""

    path: str
    digest: str
    size: int


def write_files(site: Path, files: Mapping[str, bytes]) -> tuple[WrittenFile, ...]:
    """Write ``files`` (relative posix path -> content) under the staging directory ``site``.

    Worker processes call this for their story's pages, so no page travels back to the main
    process. A path already there (linked from the previous site) is replaced, never written
    through, since a hard link shares its bytes with the published site.
    """
    written = []
    target = _Targets(site)
    try:
        for name in sorted(files):
            content = files[name]
            path = Path(target(name))
            path.unlink(missing_ok=True)
            path.write_bytes(content)
            written.append(WrittenFile(name, _digest(content), len(content)))
    except OSError as exc:
        raise OutputError(os_error_message(exc, "write the site to", _site_of(site))) from exc
    return tuple(written)


def _site_of(staging: Path) -> Path:
    """The site a staging directory will become (``.<name>.new-XXXX`` beside it): what errors name."""
    name = staging.name.removeprefix(".").rpartition(".new-")[0]
    return staging.with_name(name) if name else staging


class StagedSite:
    """The new site, assembled file by file in a directory beside ``out_dir``, swapped in whole.

    Files arrive three ways: written here (:meth:`add`), written by a worker process straight
    into :attr:`path` (:meth:`record`), or unchanged from a previous build (:meth:`reuse`):
    hard-linked, or, when the site is updated in place, left where they are (and a file
    written again with the same bytes is not moved in). Two files for one path are refused.
    Made by :func:`staged_site`.
    """

    def __init__(self, path: Path, reuse_from: Path | None, in_place: bool = False) -> None:
        self.path = path
        self._target = _Targets(path)
        self._reuse_from = os.fspath(reuse_from) if reuse_from is not None else None
        self._previous = _previous_digests(reuse_from) if reuse_from is not None else {}
        #: Updating ``reuse_from`` in place: unchanged files stay where they are, not linked.
        self._in_place = in_place and bool(self._previous)
        self._files: dict[str, WrittenFile] = {}
        #: Files written into :attr:`path` whose bytes differ from the site's, to be moved into it in place.
        self._staged: list[str] = []

    @property
    def in_place(self) -> bool:
        return self._in_place

    @property
    def files(self) -> Mapping[str, WrittenFile]:
        return self._files

    def add(self, files: Mapping[str, bytes]) -> tuple[WrittenFile, ...]:
        """Write ``files`` into the new site, linking those unchanged since the previous build."""
        try:
            written = []
            for name in sorted(files):
                content = files[name]
                file = WrittenFile(name, _digest(content), len(content))
                self._claim(file)
                written.append(file)
                if self._in_place and self._is_unchanged(file):
                    continue
                target = self._target(name)
                if self._in_place or not self._link_previous(file, target):
                    Path(target).write_bytes(content)
                    self._staged.append(name)
            return tuple(written)
        except OSError as exc:
            raise OutputError(os_error_message(exc, "write the site to", _site_of(self.path))) from exc

    def record(self, written: Iterable[WrittenFile]) -> None:
        """Files a worker wrote into :attr:`path` itself."""
        for file in written:
            self._claim(file)
            # Rendered again with the same bytes (its story's other sources changed): leave it be.
            if not (self._in_place and self._is_unchanged(file)):
                self._staged.append(file.path)

    def reuse(self, files: Sequence[WrittenFile]) -> bool:
        """Keep every one of ``files`` unchanged from the previous build (left where it is, or
        hard-linked); ``False`` (and none of them kept) when any is not there as it was."""
        unchanged = all(self._is_unchanged(file) for file in files) if self._in_place else self._link_all(files)
        if not unchanged:
            return False
        for file in files:
            self._claim(file)
        return True

    def _link_all(self, files: Sequence[WrittenFile]) -> bool:
        linked: list[str] = []
        try:
            for file in files:
                if file.path in self._files:
                    raise OutputError(f"two files would be written to {file.path}")
                target = self._target(file.path)
                if not self._link_previous(file, target):
                    for path in linked:
                        os.unlink(path)
                    return False
                linked.append(target)
        except OSError as exc:
            raise OutputError(os_error_message(exc, "write the site to", _site_of(self.path))) from exc
        return True

    def _claim(self, file: WrittenFile) -> None:
        _check_site_path(file.path)
        if file.path in self._files:
            raise OutputError(f"two files would be written to {file.path}")
        self._files[file.path] = file

    def _is_unchanged(self, file: WrittenFile) -> bool:
        """Whether the site being updated holds this file as the previous build wrote it."""
        if self._reuse_from is None or self._previous.get(file.path) != file.digest:
            return False
        try:  # edited by hand since: not what the marker says
            return os.stat(os.path.join(self._reuse_from, file.path)).st_size == file.size
        except OSError:
            return False

    def _link_previous(self, file: WrittenFile, target: str) -> bool:
        """Hard-link an unchanged file of the previous site into the new one."""
        if self._reuse_from is None or not self._is_unchanged(file):
            return False
        try:
            os.link(os.path.join(self._reuse_from, file.path), target)
        except OSError:
            return False
        return True

    def _finish(self) -> None:
        """The marker, listing every file with its digest, for the next build to link from."""
        listing = "".join(f"{file.digest} {name}\n" for name, file in sorted(self._files.items()))
        (self.path / MARKER).write_text(MARKER_HEADER + listing, encoding="utf-8")

    def _update(self, out_dir: Path) -> None:
        """Make ``out_dir`` the new site in place: files that changed renamed into it, files no
        longer built moved out, the marker last; on any failure, every one put back."""
        changed = self._staged
        removed = [name for name in self._previous if name not in self._files]
        retired = Path(tempfile.mkdtemp(prefix=_staging_prefixes(out_dir)[1], dir=out_dir.parent))
        (retired / MARKER).write_text(MARKER_HEADER, encoding="utf-8")  # recognisably ours if left behind
        site, backup = _Targets(out_dir), _Targets(retired)
        moved_out: list[str] = []
        moved_in: list[str] = []
        try:
            for name in [*removed, *changed]:
                if os.path.lexists(os.path.join(out_dir, name)):
                    os.replace(os.path.join(out_dir, name), backup(name))
                    moved_out.append(name)
            _remove_empty_folders(out_dir, removed)
            for name in changed:
                os.replace(os.path.join(self.path, name), site(name))
                moved_in.append(name)
            os.replace(self.path / MARKER, out_dir / MARKER)
        except BaseException:
            for name in moved_in:
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(out_dir, name))
            for name in moved_out:
                os.replace(os.path.join(retired, name), site(name))
            raise
        finally:
            shutil.rmtree(retired, ignore_errors=True)
        shutil.rmtree(self.path, ignore_errors=True)


def _remove_empty_folders(root: Path, removed: Iterable[str]) -> None:
    """Remove the folders under ``root`` that files just moved out of left empty."""
    folders = {name.rpartition("/")[0] for name in removed}
    while folders:
        deepest = max(folders, key=lambda folder: folder.count("/"))
        folders.discard(deepest)
        if not deepest:
            continue
        try:
            os.rmdir(os.path.join(root, deepest))
        except OSError:  # not empty: other files still live there
            continue
        folders.add(deepest.rpartition("/")[0])


@contextlib.contextmanager
def staged_site(out_dir: Path, reuse_from: Path | None = None) -> Iterator[StagedSite]:
    """A :class:`StagedSite` for ``out_dir``, swapped in when the block ends normally.

    Unchanged files are linked from ``reuse_from``, or, when that is ``out_dir`` itself (the
    default) and it holds a site we built, left where they are while the rest is updated in
    place. A block that raises, or is interrupted, leaves the previous site exactly as it
    was and no staging directory behind. An operating-system error (a full disk, a read-only
    folder) becomes one :class:`OutputError` line. The parent directory stays locked
    throughout, so two builds of one site take turns.
    """
    out_dir = out_dir.resolve()
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(os_error_message(exc, "write the site to", out_dir)) from exc
    with _locked(out_dir.parent):
        staging = _open_staging(out_dir)
        try:
            source = out_dir if reuse_from is None else reuse_from.resolve()
            site = StagedSite(staging, source, in_place=source == out_dir)
            yield site
            try:
                site._finish()
                if site.in_place:
                    site._update(out_dir)
                else:
                    _swap_in(staging, out_dir)
            except OSError as exc:
                raise OutputError(os_error_message(exc, "write the site to", out_dir)) from exc
        except BaseException:
            # Failed or interrupted: drop the half-written copy; the old site was never touched.
            shutil.rmtree(staging, ignore_errors=True)
            raise


def _open_staging(out_dir: Path) -> Path:
    try:
        remove_stale_staging(out_dir)
        staging = Path(tempfile.mkdtemp(prefix=_staging_prefixes(out_dir)[0], dir=out_dir.parent))
        # mkdtemp makes it private (700); the site is a folder like any other, readable as the
        # umask allows, or a web server running as another user answers 403 for everything.
        os.chmod(staging, 0o777 & ~_umask())
        # The marker goes in first, so a copy left by a killed build is recognisably ours.
        (staging / MARKER).write_text(MARKER_HEADER, encoding="utf-8")
    except OSError as exc:
        raise OutputError(os_error_message(exc, "write the site to", out_dir)) from exc
    except BaseException:
        # Interrupted inside mkdtemp: the directory may exist without our knowing its name.
        # We still hold the lock, so every staging directory here is this build's.
        remove_stale_staging(out_dir)
        raise
    return staging


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
