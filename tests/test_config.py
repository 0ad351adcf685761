"""site.toml parsing."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.config import AnalysisSettings, SiteConfig, load_config
from site_builder.errors import InputError


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_config(tmp_path) == SiteConfig()


def test_settings_are_read_and_typed(tmp_path: Path) -> None:
    (tmp_path / "site.toml").write_text(
        '[site]\ntitle = "T"\nout = "public"\nbase_url = "https://x.example/r/"\n[analysis]\npassage_threshold = 1\n'
    )
    config = load_config(tmp_path)
    assert config.title == "T"
    assert config.out == Path("public")
    assert config.analysis == AnalysisSettings(passage_threshold=1.0)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[site\n", "invalid TOML"),
        ("[site]\ncolour = 1\n", "unknown setting 'colour'"),
        ("[site]\nstrict = 'yes'\n", "should be bool"),
        ("[analysis]\nquote_threshold = 'high'\n", "should be float"),
        ("[extra]\n", "unknown section"),
    ],
)
def test_bad_config_names_the_file(tmp_path: Path, text: str, fragment: str) -> None:
    (tmp_path / "site.toml").write_text(text)
    with pytest.raises(InputError, match=fragment) as caught:
        load_config(tmp_path)
    assert caught.value.file is not None and caught.value.file.endswith("site.toml")
