"""Stories built as tasks of a Dask cluster (issue 17): the same site, byte for byte, as a local
build. The cluster is a LocalCluster on 127.0.0.1."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from site_builder.build.pipeline import build_site
from site_builder.commands.cli import main
from site_builder.config import SiteConfig
from site_builder.reporter import BufferReporter

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    from distributed import LocalCluster

    # dashboard_address=None still binds the default dashboard port 8787, so a second cluster on
    # the machine (a benchmark, another test run) made this fail: any free local port instead.
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0"
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_cluster_build_is_byte_identical_to_a_local_one(tmp_path: Path, scheduler: str) -> None:
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    shutil.copytree(REPO / "seeds" / "putin-trump-call-2025", tmp_path / "seeds" / "second-story")
    build_site(SiteConfig(), tmp_path, BufferReporter(), out_dir=tmp_path / "local", jobs=1)
    build_site(SiteConfig(), tmp_path, BufferReporter(), out_dir=tmp_path / "cluster", scheduler=scheduler)
    local, cluster = _tree(tmp_path / "local"), _tree(tmp_path / "cluster")
    assert len(local) > 40 and local == cluster


def _build_on(tmp_path: Path, scheduler: str) -> int:
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    seeds, out = str(tmp_path / "seeds"), str(tmp_path / "_site")
    return main(["build", "--seeds", seeds, "--out", out, "--no-cache", "--scheduler", scheduler])


def test_an_unreachable_scheduler_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import site_builder.build.cluster as cluster

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "2s")  # a hang guard: nothing listens on port 9
    code = _build_on(tmp_path, "tcp://127.0.0.1:9")
    err = capsys.readouterr().err
    assert code == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err and "Traceback" not in err
    assert not (tmp_path / "_site").exists()


def test_without_the_extra_the_flag_says_what_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # an import of it fails, as when not installed
    code = _build_on(tmp_path, "tcp://127.0.0.1:8786")
    assert code == 1 and "--scheduler needs the dask extra: pip install 'site-builder[dask]'" in capsys.readouterr().err
