"""Settings: the environment variables and default paths, read in one place."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from geo import settings
from geo.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
HEADER = "id,name,kind,lat,lon\n"


@pytest.fixture
def checkout(tmp_path, monkeypatch):
    """A fake source checkout at ``tmp_path/repo``."""
    root = tmp_path / "repo"
    root.mkdir()
    monkeypatch.setattr(settings, "source_checkout", lambda: root)
    return root


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """geo as installed from a wheel (no checkout), with its home at ``tmp_path/home``."""
    monkeypatch.setattr(settings, "source_checkout", lambda: None)
    return tmp_path / "home"


def test_this_test_run_is_a_source_checkout():
    assert settings.source_checkout() == ROOT


def test_defaults_of_a_source_checkout(checkout, tmp_path):
    s = Settings.from_env({"HOME": str(tmp_path / "home")})
    assert s.cache_dir == tmp_path / "home" / ".cache" / "geo-dienbien"
    assert s.overrides == checkout / "data" / "overrides.csv"
    assert s.corpus_dir == checkout / "seeds"
    assert not s.overrides_from_env


def test_defaults_of_an_installed_package(installed, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    s = Settings.from_env({"HOME": str(installed)})
    assert s.overrides == installed / ".local" / "share" / "geo-dienbien" / "overrides.csv"
    assert s.cache_dir == installed / ".cache" / "geo-dienbien"
    assert s.corpus_dir == tmp_path / "corpus"


def test_environment_wins(checkout, tmp_path):
    env = {"GEO_CACHE_DIR": str(tmp_path / "c"), "GEO_OVERRIDES": str(tmp_path / "o.csv"),
           "GEO_CORPUS": str(tmp_path / "corpus")}
    s = Settings.from_env(env)
    assert (s.cache_dir, s.overrides, s.corpus_dir) == (
        tmp_path / "c", tmp_path / "o.csv", tmp_path / "corpus")
    assert s.overrides_from_env


def test_empty_variables_count_as_unset(checkout, tmp_path):
    s = Settings.from_env({"GEO_CACHE_DIR": "", "GEO_OVERRIDES": "", "GEO_CORPUS": "",
                           "HOME": str(tmp_path)})
    assert s == Settings.from_env({"HOME": str(tmp_path)})


def test_from_env_reads_os_environ(monkeypatch, tmp_path):
    monkeypatch.setenv("GEO_CORPUS", str(tmp_path))
    assert Settings.from_env().corpus_dir == tmp_path


def test_settings_are_frozen(tmp_path):
    s = Settings.from_env({"HOME": str(tmp_path)})
    with pytest.raises(FrozenInstanceError):
        s.cache_dir = tmp_path  # type: ignore[misc]


def test_override_file_read_only_when_present_unless_named(checkout, tmp_path):
    assert Settings.from_env({}).overrides_to_read() is None
    (checkout / "data").mkdir()
    (checkout / "data" / "overrides.csv").write_text(HEADER, encoding="utf-8")
    assert Settings.from_env({}).overrides_to_read() == checkout / "data" / "overrides.csv"
    # a named file is read even when missing, so a typo is reported
    named = Settings.from_env({"GEO_OVERRIDES": str(tmp_path / "mine.csv")})
    assert named.overrides_to_read() == tmp_path / "mine.csv"


def test_installed_override_file_in_the_users_data_folder(installed):
    s = Settings.from_env({"HOME": str(installed)})
    assert s.overrides_to_read() is None
    s.overrides.parent.mkdir(parents=True)
    s.overrides.write_text(HEADER, encoding="utf-8")
    assert s.overrides_to_read() == s.overrides


def test_package_data_is_inside_the_package():
    data = settings.data_dir()
    names = {p.name for p in data.iterdir()}
    assert {"curated_places.csv", "boundary.geojson", "README.md"} <= names
    assert Path(str(data)).parent == ROOT / "geo"
    assert (ROOT / "geo" / "py.typed").is_file()


def test_default_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path / "x"))
    assert settings.default_cache_dir() == tmp_path / "x"
