"""geo.app.keys: one CacheKey for every cache of the app, changed by whatever changes the data."""

from __future__ import annotations

import os

import pytest

from geo.app.filters import NO_FILTERS, Filters
from geo.app.keys import CacheKey


@pytest.fixture
def corpus(tmp_path):
    """A corpus folder with an article at the top and one in a sub-folder."""
    (tmp_path / "corpus" / "2024").mkdir(parents=True)
    (tmp_path / "corpus" / "a.txt").write_text("Title\n\nBody in Điện Biên.\n", "utf-8")
    (tmp_path / "corpus" / "2024" / "b.txt").write_text("Title\n\nBody in Mường Nhé.\n", "utf-8")
    return tmp_path / "corpus"


def _touch(path, text: str) -> None:
    """Rewrite *path* with a new mtime (never the same nanosecond stamp)."""
    st = path.stat()
    path.write_text(text, "utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_same_files_same_key(corpus, tmp_path):
    overrides = tmp_path / "overrides.csv"
    assert CacheKey.of(corpus, overrides) == CacheKey.of(corpus, overrides)
    assert CacheKey.of(corpus, overrides).files == 2


def test_an_article_changed_in_a_sub_folder_changes_the_key(corpus, tmp_path):
    """The app's map snapshot must not go stale when an article in a sub-folder changes."""
    overrides = tmp_path / "overrides.csv"
    before = CacheKey.of(corpus, overrides)
    _touch(corpus / "2024" / "b.txt", "Title\n\nBody in Nậm Pồ now.\n")
    after = CacheKey.of(corpus, overrides)
    assert after.stamps != before.stamps
    assert after.with_gazetteer("g").snapshot_id != before.with_gazetteer("g").snapshot_id


def test_an_article_added_in_a_sub_folder_changes_the_key(corpus, tmp_path):
    before = CacheKey.of(corpus, tmp_path / "o.csv")
    (corpus / "2025").mkdir()
    (corpus / "2025" / "c.html").write_text("<p>x</p>", "utf-8")
    after = CacheKey.of(corpus, tmp_path / "o.csv")
    assert after.files == 3 and after != before


def test_overrides_content_is_in_the_gazetteer_key(corpus, tmp_path):
    overrides = tmp_path / "overrides.csv"
    missing = CacheKey.of(corpus, overrides)
    assert missing.overrides_digest == "" and missing.overrides_path is None
    overrides.write_text("id,name,kind,lat,lon\n", "utf-8")
    present = CacheKey.of(corpus, overrides)
    assert present.overrides_path == overrides
    assert present.gazetteer_key() != missing.gazetteer_key()
    _touch(overrides, "id,name,kind,lat,lon\nuser:x,X,village,21.4,102.9\n")
    assert CacheKey.of(corpus, overrides).gazetteer_key() != present.gazetteer_key()


def test_narrowed_keys(corpus, tmp_path):
    key = CacheKey.of(corpus, tmp_path / "o.csv", extra=["upload:x"]).with_gazetteer("v1")
    filtered = key.with_filters(Filters(kinds=["commune"]))
    assert filtered != key and filtered.unfiltered() == key
    assert filtered.corpus_key() == key.corpus_key()
    assert key.corpus_key().extra == () and key.corpus_key().filters == NO_FILTERS
    # the gazetteer's key knows nothing of the corpus: one gazetteer for every corpus
    other = CacheKey.of(corpus.parent, tmp_path / "o.csv")
    assert other.gazetteer_key() == key.gazetteer_key()
    # the snapshot is of the folder: uploads and filters are not part of it
    assert filtered.snapshot_id == key.corpus_key().snapshot_id
    assert key.with_gazetteer("v2").snapshot_id != key.snapshot_id
    hash(filtered)
