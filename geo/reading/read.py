"""Files → articles: size limit, decoding, HTML → text, corpus folders.

This is the I/O edge of the article stage; the parsing itself is
:func:`geo.reading.articles.parse_article` (pure).

- Accepted files: ``.txt`` and ``.md`` (plain text, Markdown kept as is) and
  ``.html``/``.htm``.  Decoding rules: :mod:`geo.reading._decoding` (UTF-8, BOMs,
  a reported guess for Windows-1258/Windows-1252/Latin-1, clear refusals).
- Files over ``max_bytes`` (default :data:`DEFAULT_MAX_BYTES`, 5 MB) are
  refused from their size on disk before anything is read.
- **HTML** becomes text with trafilatura's main-text extraction (a page of
  more than 20,000 elements: a one-pass reader, see :mod:`geo.reading._html`):
  scripts, styles, comments, navigation and boilerplate never reach the text.  The
  article's text *is* the extracted text (title, a blank line, then the
  paragraphs separated by blank lines): every offset refers to it, not to
  the HTML source.  Title and date come from the page's metadata (the date
  only from markup such as ``article:published_time``, never guessed from
  the prose); a manifest row still wins.
- The article id is the file stem (``000_dedc6cf91859ad52``).
"""

from __future__ import annotations

import html as _html
import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path

from geo.errors import ArticleError
from geo.model import Article, Failure, printable
from geo.reading._decoding import decode_article_bytes
from geo.reading._html import page_text
from geo.reading.articles import parse_article
from geo.reading.manifest import MANIFEST_NAME, load_manifest

__all__ = ["ARTICLE_SUFFIXES", "DEFAULT_MAX_BYTES", "html_to_text", "iter_corpus",
           "iter_corpus_files", "load_manifest", "read_article"]

#: Default size limit of one article file (bytes): 5 MB, far above any news page.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: File name suffixes read as articles when walking a folder.
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})
HTML_SUFFIXES = frozenset({".html", ".htm"})

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
# a character that is neither white space nor zero-width: same answer as
# ``text.translate(_ZERO_WIDTH).strip()`` being non-empty, without a
# dict-based translate of the whole text (slow on non-ASCII text)
_VISIBLE = re.compile("[^\\s" + "".join(map(chr, _ZERO_WIDTH)) + "]")
#: An HTML character reference left in a plain text: "&nbsp;", "&amp;", "&#39;", "&#x2013;".
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""",
                      re.IGNORECASE)


def read_article(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    meta: Mapping[str, str] | None = None,
) -> Article:
    """Read one article file.

    Parameters
    ----------
    path : str or PathLike
        A ``.txt``, ``.md``, ``.html`` or ``.htm`` file (other names are
        read as plain text).
    max_bytes : int, optional
        Largest file accepted, checked on the size on disk before reading.
    meta : mapping, optional
        The file's manifest row (see :func:`geo.reading.manifest.load_manifest`);
        :func:`iter_corpus` passes it, this function never looks for one.

    Returns
    -------
    Article
        ``text`` exactly as decoded (or as extracted from HTML; HTML entities
        left in a plain text, "&amp;", "&nbsp;", read as their characters),
        ``encoding`` and ``warnings`` (BOM removed, encoding guessed, ...).

    Raises
    ------
    ArticleError
        Missing, unreadable, too big, empty, whitespace only, binary, NUL
        bytes, an encoding that cannot be told reliably, HTML without text;
        a one-line message naming the file.
    """
    p = Path(path)
    name = printable(str(p))  # a name that is not UTF-8: shown escaped, read as it is
    data = _read_bytes(p, max_bytes)
    html = p.suffix.lower() in HTML_SUFFIXES
    declared = _declared_charset(data) if html else None
    decoded = decode_article_bytes(data, name, declared=declared)
    if not _VISIBLE.search(decoded.text):
        raise ArticleError(f"{name}: only white space ({len(data)} bytes), no text")
    text, merged, notes = decoded.text, dict(meta or {}), []
    if not html and len(_ENTITY.findall(text, 0, 200_000)) >= 2:  # "&nbsp;", "&amp;" left over
        text = _html.unescape(text)
        notes.append(f"{name}: HTML entities in the text (&amp;, &nbsp;...) read as characters")
    if html:
        text, page_meta, notes = _html_article(decoded.text, name)
        merged = {**page_meta, **{k: v for k, v in merged.items() if v}}
        if page_meta.get("date") and not (meta or {}).get("date"):
            notes.append(f"{name}: publication date {page_meta['date']} from the page's markup")
    article = parse_article(text, article_id=printable(p.stem), path=name, meta=merged)
    return replace(article, encoding=decoded.encoding,
                   warnings=decoded.warnings + tuple(notes) + article.warnings)


def _read_bytes(p: Path, max_bytes: int) -> bytes:
    name = printable(str(p))
    try:
        st = p.stat()
    except FileNotFoundError as err:
        kind = "broken symbolic link" if p.is_symlink() else "no such file"
        raise ArticleError(f"{name}: {kind}") from err
    except OSError as err:
        raise ArticleError(f"{name}: cannot read ({err.strerror or err})") from err
    if stat.S_ISDIR(st.st_mode):
        raise ArticleError(f"{name}: is a directory, not an article file")
    if not stat.S_ISREG(st.st_mode):
        raise ArticleError(f"{name}: not a regular file")
    if st.st_size > max_bytes:
        raise ArticleError(f"{name}: {st.st_size:,} bytes is over the size limit of "
                           f"{max_bytes:,} bytes")
    try:
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as err:
        raise ArticleError(f"{name}: cannot read ({err.strerror or err})") from err
    if len(data) > max_bytes:  # grew since stat()
        raise ArticleError(f"{name}: over the size limit of {max_bytes:,} bytes")
    return data


def _declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def html_to_text(html: str, *, name: str = "<html>") -> tuple[str, dict[str, str]]:
    """Extract an HTML page's main text (see :mod:`geo.reading._html`).

    Parameters
    ----------
    html : str
        The page source.
    name : str, optional
        Used in messages.

    Returns
    -------
    text : str
        The title (when the page has one), then the paragraphs of the main
        text, separated by blank lines.  Scripts, styles, HTML comments,
        navigation and reader comments are left out.
    meta : dict
        ``title`` and ``date`` (ISO) found in the page's markup, when present.

    Raises
    ------
    ArticleError
        The page has no main text.
    """
    text, meta, _ = _html_article(html, name)
    return text, meta


def _html_article(html: str, name: str) -> tuple[str, dict[str, str], list[str]]:
    paragraphs, meta, notes = page_text(html, name)
    if not paragraphs:
        raise ArticleError(f"{name}: no article text found in the HTML")
    title = meta.get("title", "")
    if title and not _same(title, paragraphs[0]):
        paragraphs.insert(0, title)
    line = meta.pop("date_line", None)
    if line and not any(_same(line, p) for p in paragraphs[:8]):
        # the date line the extraction left out, back under the title, where the
        # page has it (its head is read by geo.reading.articles like any page's)
        paragraphs.insert(1 if title else 0, line)
    footer = meta.pop("footer_line", None)
    if footer and not any(_same(footer, p) for p in paragraphs[-4:]):
        paragraphs.append(footer)  # "This page was last edited on ...", at the page's end
    return "\n\n".join(paragraphs), meta, notes


def _same(a: str, b: str) -> bool:
    def squash(s: str) -> str:
        return " ".join(s.split()).casefold()
    return squash(a) == squash(b)


def iter_corpus(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    recursive: bool = True,
) -> Iterator[Article | Failure]:
    """Read every article under *paths*, yielding a Failure for each bad one.

    Parameters
    ----------
    paths : path or iterable of paths
        Files and folders.  A file named explicitly is read whatever its
        suffix (a picture then fails as binary); a missing path is a Failure.
    max_bytes : int, optional
        Size limit per file.
    recursive : bool, optional
        Walk sub-folders too.

    Yields
    ------
    Article or Failure
        In order: the paths as given; inside a folder, its article files by
        name, then its sub-folders by name.

    Notes
    -----
    - In folders only ``.txt``, ``.md``, ``.html`` and ``.htm`` files are
      read; other files (``manifest.csv``, pictures, ...) and hidden files and
      folders (name starting with ``.``) are skipped silently.
    - Each folder's ``manifest.csv`` gives the rows passed as ``meta``; a
      malformed manifest is one Failure, and that folder's articles still
      load without it.
    - Symbolic links to files are followed; a broken one is a Failure.
      Symbolic links to folders are followed unless they lead to a folder
      already walked (loops end there).  A file reached twice (a link and its
      target) is read once.
    - Unreadable files and folders (permission denied) are Failures; one bad
      file never stops the others.
    """
    for item in iter_corpus_files(paths, recursive=recursive):
        if isinstance(item, Failure):
            yield item
        else:
            yield from _read_one(*item, max_bytes)


def iter_corpus_files(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    recursive: bool = True,
) -> Iterator[tuple[Path, dict[str, str] | None] | Failure]:
    """Yield what :func:`iter_corpus` would read, without reading it.

    Same walk, order, de-duplication and manifest handling as
    :func:`iter_corpus`; each article file comes as ``(path, manifest row)``
    (read it with ``read_article(path, meta=row)``), each folder or manifest
    problem as a :class:`Failure`.  Lets a caller skip files it already knows
    (the result cache) or read them elsewhere (worker processes).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    state = _Walk(recursive)
    for path in paths:
        p = Path(path)
        if p.is_dir():
            yield from state.walk(p, os.path.realpath(p))
        elif p.exists() or p.is_symlink():
            yield from state.read(p)
        else:
            yield Failure(str(p), f"{p}: no such file or directory")


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _read_one(p: Path, meta: dict[str, str] | None,
              max_bytes: int) -> Iterator[Article | Failure]:
    try:
        yield read_article(p, max_bytes=max_bytes, meta=meta)
    except ArticleError as err:
        yield Failure(str(p), str(err))
    except Exception as err:  # a bug or a library failure on one file: report, go on
        yield Failure(str(p), f"{p}: unexpected error: {type(err).__name__}: {err}")


class _Walk:
    """State of one :func:`iter_corpus` call: folders walked, files read, manifests."""

    def __init__(self, recursive: bool) -> None:
        self.recursive = recursive
        self.dirs: set[str] = set()
        self.files: set[tuple[int, int]] = set()
        self.manifests: dict[str, dict[str, dict[str, str]]] = {}

    def walk(self, folder: Path, root: str) -> Iterator[Article | Failure]:
        """Walk *folder*, inside the corpus folder *root* (a real path)."""
        real = os.path.realpath(folder)
        if real in self.dirs:
            return
        self.dirs.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as err:
            yield Failure(str(folder), f"{folder}: cannot list folder ({err.strerror or err})")
            return
        subdirs: list[Path] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_symlink() and not _inside(os.path.realpath(entry.path), root):
                if entry.is_dir() or Path(entry.name).suffix.lower() in ARTICLE_SUFFIXES:
                    yield Failure(entry.path, f"{entry.path}: symbolic link to "
                                  f"{os.path.realpath(entry.path)}, outside the corpus folder: "
                                  "not followed (name it on the command line to read it)")
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                subdirs.append(Path(entry.path))
            elif Path(entry.name).suffix.lower() in ARTICLE_SUFFIXES:
                yield from self.read(Path(entry.path))
        if self.recursive:
            for sub in subdirs:
                yield from self.walk(sub, root)

    def read(self, p: Path) -> Iterator[tuple[Path, dict[str, str] | None] | Failure]:
        try:
            st = p.stat()
            key = (st.st_dev, st.st_ino)
        except OSError:
            key = None  # read_article reports it
        if key is not None:
            if key in self.files:
                return
            self.files.add(key)
        meta, failure = self._meta(p)
        if failure:
            yield failure
        yield p, meta

    def _meta(self, p: Path) -> tuple[dict[str, str] | None, Failure | None]:
        folder = str(p.parent)
        failure = None
        if folder not in self.manifests:
            try:
                self.manifests[folder] = load_manifest(folder)
            except ArticleError as err:
                self.manifests[folder] = {}
                failure = Failure(str(Path(folder) / MANIFEST_NAME), str(err))
        return self.manifests[folder].get(p.name), failure
