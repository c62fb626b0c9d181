"""Reading: files → :class:`~geo.model.Article` (decoding, HTML, body vs furniture, manifest).

:func:`read_article` reads one file; :func:`iter_corpus_files` walks folders
and manifests without reading; :func:`parse_article` finds title, byline,
dateline, body and furniture in a text.
"""

from geo.reading.articles import parse_article
from geo.reading.manifest import load_manifest, parse_manifest
from geo.reading.read import (
    ARTICLE_SUFFIXES,
    DEFAULT_MAX_BYTES,
    html_to_text,
    iter_corpus,
    iter_corpus_files,
    read_article,
)

__all__ = ["ARTICLE_SUFFIXES", "DEFAULT_MAX_BYTES", "html_to_text", "iter_corpus",
           "iter_corpus_files", "load_manifest", "parse_article", "parse_manifest",
           "read_article"]
