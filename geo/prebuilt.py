"""What ``geo export`` leaves in the cache folder for the app's first start.

The app (``geo_app``) shows its first map from a map snapshot
(:mod:`geo.app.snapshot`) saved in the cache folder under the key of the
corpus folder's files, the gazetteer, the override file and geo's code
(:attr:`geo.app.keys.CacheKey.snapshot_id`); without one, its first start
reads every result back and builds the layers.  An export has just built
those layers from the same results, so it saves the snapshot under the key
the app will compute for the same folder: the app's first start on an
exported corpus then reads one row.  (The name automaton is saved beside the
results by :func:`geo.pipeline.process_corpus` itself, see
:func:`geo.cache.save_automaton`.)

A snapshot saved for another gazetteer, override file or set of files is
simply never read: its key differs.  The gazetteer's version must be the
app's: with an override file, the app reads it leniently
(:func:`geo.app.sources.load_app_gazetteer`), so its version is that of the
rows read; the export saves a snapshot only when its gazetteer has the
version the app would load.
"""

from __future__ import annotations

import os
from pathlib import Path

from geo.model import Corpus, Gazetteer


def app_corpus_folder(paths, app_corpus: str | os.PathLike) -> str | None:
    """Return the corpus folder string the app would key a snapshot of *paths* by, if any.

    Only an export of exactly one folder has a snapshot; the app names its
    folder ``app_corpus`` (``$GEO_CORPUS`` or the default), so that string is
    used when it is the same folder, else the folder's absolute path.
    """
    paths = list(paths)
    if len(paths) != 1 or not Path(paths[0]).is_dir():
        return None
    folder = Path(paths[0]).resolve()
    if Path(app_corpus).resolve() == folder:
        return str(app_corpus)
    return str(folder)


def app_snapshot_key(paths, settings, overrides: Path | None = None):
    """Return the app's snapshot key of the exported *paths*, or ``None`` when there is none.

    *settings* (:class:`geo.settings.Settings`) name the app's corpus folder
    and override file; *overrides* is the export's ``--overrides``, if any.
    """
    folder = app_corpus_folder(paths, settings.corpus_dir)
    return snapshot_key(folder, overrides or settings.overrides) if folder else None


def snapshot_key(folder: str, overrides: Path):
    """Return the app's key of *folder* and *overrides* as they stand now (stats the files).

    Taken before the export reads the corpus and given to
    :func:`save_app_snapshot`, which saves nothing if a file changed since.
    """
    from geo.app.keys import CacheKey

    return CacheKey.of(folder, overrides)


def save_app_snapshot(cache_dir: str | os.PathLike, key, gazetteer: Gazetteer, corpus: Corpus,
                      layers: dict, counted: dict | None = None,
                      keys: dict | None = None) -> bool:
    """Save the app's map snapshot of the folder of *key*: *corpus*, drawn as *layers*.

    Parameters
    ----------
    cache_dir : path-like
        The cache folder the app reads (where the results are).
    key : geo.app.keys.CacheKey
        :func:`snapshot_key` of the folder, taken before it was read.
    gazetteer, corpus, layers
        What the export used.  *layers* must be the unfiltered layers of *corpus*.
    counted : dict, optional
        :func:`geo.layers.count_articles` of *corpus*, if the export made it
        (the digest saved with the snapshot needs it; made here otherwise).
    keys : dict, optional
        ``{article id: content key}`` when *corpus* holds its results without
        their texts (``geo export``); made from the articles otherwise.

    Returns
    -------
    bool
        Whether the snapshot was written; ``False`` (nothing written) when
        the app would load another gazetteer, a file changed during the
        export, or on any cache problem.
    """
    from geo.app.digest import corpus_digest
    from geo.app.index import index_corpus
    from geo.app.snapshot import map_snapshot, place_entries, write_snapshot
    from geo.layers import count_articles

    if not key.files or snapshot_key(key.corpus, Path(key.overrides)) != key:
        return False  # the folder or the override file changed while it was exported
    if key.overrides_digest:
        from geo.app.sources import load_app_gazetteer

        app_gazetteer, _ = load_app_gazetteer(key.overrides_path)
        if app_gazetteer.version != gazetteer.version:
            return False  # the app keys its results by another version: nothing to share
    key = key.with_gazetteer(gazetteer.version)
    index = index_corpus(corpus)
    if counted is None:
        counted = count_articles(corpus.results, gazetteer)
    return write_snapshot(cache_dir, key.snapshot_id, map_snapshot(corpus, index, layers),
                          place_entries(index, gazetteer.version, keys=keys),
                          corpus_digest(corpus, counted, gazetteer))
