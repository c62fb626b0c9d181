"""What the Streamlit app shows and writes, without Streamlit: typed view models.

The pages (:mod:`geo_app`) gather input, call these and show the results;
every untrusted string is escaped here.  One module per job:

- :mod:`.config` — :class:`~.config.AppConfig`: corpus folder, override
  file, cache and static folders (read from the environment once per run).
- :mod:`.keys` — :class:`~.keys.CacheKey`, the one key of every cache.
- :mod:`.sources` — the gazetteer with the user's overrides, the processed
  corpus folder, an uploaded article.
- :mod:`.worker` — :func:`~.worker.in_child`: that work in a forked child
  process, where the per-file time budget holds.
- :mod:`.index` — :class:`~.index.CorpusIndex` and
  :class:`~.index.Passage` (a mention in its sentence, highlighted).
- :mod:`.markup` — markdown escaping and highlighted, escaped HTML.
- :mod:`.panel` — :class:`~.panel.PlacePanel`: what a click on a place shows.
- :mod:`.reader` — :class:`~.reader.ArticleView`: an article for reading.
- :mod:`.filters` — :class:`~.filters.Filters` and
  :class:`~.filters.FilterOptions`.
- :mod:`.search` — :class:`~.search.SearchHit`: places by name.
- :mod:`.tables` — rows of the places, mentions and figures tables; CSV.
- :mod:`.unresolved` — :class:`~.unresolved.UnresolvedName` and the
  override rows that fix one.
- :mod:`.snapshot` — :class:`~.snapshot.MapSnapshot` and its store.
- :mod:`.files` — corpus files, saved uploads, the override writer, exports.
- :mod:`.here` — :class:`~.here.HerePlace`: every place under a click, ordered.
- :mod:`.far` — the map's window on Điện Biên and the places mentioned far from it.
- :mod:`.geography` — names of the capital, districts and communes for the map.
- :mod:`.labels` — reader's words for kinds and themes; display names.
- :mod:`.share` — :class:`~.share.SharedView`: place and filters in the URL.
"""
