"""An HTML page → its main text, title and date, in time linear in the page's size.

trafilatura's main-text extraction (with readability and justext as
fallbacks) reads ordinary pages well, but some of its XPath searches cost
time quadratic in the number of elements: a page of 100,000 ``<p>`` took
48 s, most of it in ``.//p//text()`` (readability's comparison), the
author and site-name searches of ``extract_metadata``, and the pruning of
unwanted nodes.  So:

- the title and the date are read with trafilatura's linear parts
  (``<meta>`` tags, JSON-LD, ``<title>``/``<h1>``; htmldate on the markup
  only), never with ``extract_metadata`` as a whole;
- a page of at most :data:`LARGE_PAGE` elements (news pages have a few
  thousand) goes to ``trafilatura.extract`` as before;
- a bigger page is read by :func:`plain_text`, one pass over the tree:
  every paragraph outside scripts, styles, forms, navigation, headers,
  footers and asides, in document order; the article says so in a warning.
"""

from __future__ import annotations

import copy
import itertools
import re

from lxml import etree

from geo.errors import ArticleError
from geo.reading._bylines import split_dated_line
from geo.reading.dates import read_date_line

#: Pages with more elements than this are read by :func:`plain_text`.
LARGE_PAGE = 20_000

#: Elements whose whole content is never article text.
#: Elements that hold code, never text.
_CODE = ("script", "style", "noscript", "template")
_DROPPED = (*_CODE, "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
            "select", "textarea", "head")
#: Elements that start and end a paragraph.
_BLOCKS = frozenset({"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
                     "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table",
                     "tr", "td", "th", "caption", "figure", "figcaption", "br", "hr",
                     "address", "details", "summary", "body"})


def page_text(html: str, name: str) -> tuple[list[str], dict[str, str], list[str]]:
    """Return the paragraphs of *html*'s main text, its ``title``/``date``, and notes.

    Raises
    ------
    ArticleError
        The page cannot be parsed.
    """
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)  # trafilatura's own parsing (an XML declaration, odd bytes...)
    except Exception as err:  # lxml raises many kinds on broken pages
        raise ArticleError(f"{name}: cannot extract text from HTML ({err})") from err
    if tree is None:
        return [], {}, []
    size = sum(1 for _ in tree.iter())
    meta, notes = page_meta(tree), []
    if size <= LARGE_PAGE:
        paragraphs = _main_text(tree if _unwrap_layout_tables(tree) else html, name)
        paragraphs = with_lead(tree, paragraphs)
        if _captions_as_paragraphs(tree) > sum(len(p) for p in paragraphs):
            paragraphs = _main_text(tree, name)  # a photo story: its text is its captions
    else:
        paragraphs = plain_text(tree)
        notes.append(f"{name}: a page of {size:,} HTML elements is read whole (every paragraph "
                     f"but navigation, headers, footers, asides, forms and scripts), without "
                     f"the main-text extraction of pages up to {LARGE_PAGE:,} elements")
    return paragraphs, meta, notes


def _main_text(page, name: str) -> list[str]:
    """Return the paragraphs trafilatura extracts from *page* (markup or a parsed tree)."""
    import trafilatura

    try:
        body = trafilatura.extract(page, include_comments=False, include_tables=True,
                                   include_images=False, include_links=False,
                                   deduplicate=False, with_metadata=False, favor_recall=True)
    except Exception as err:  # lxml and trafilatura raise many kinds on broken pages
        raise ArticleError(f"{name}: cannot extract text from HTML ({err})") from err
    return table_rows_together([ln.strip() for ln in (body or "").splitlines() if ln.strip()])


#: The class of a page's lead, above its body: "sapo", "post-summary", "article-standfirst",
#: "lead_detail" (not a "lead-image")
_LEAD_CLASS = re.compile(r"(?:^|[-_\s])(?:sapo|summary|lead|standfirst|chapeau|intro|deck)"
                         r"(?:$|[-_\s])(?!.*(?:image|img|photo|caption))", re.IGNORECASE)


def with_lead(tree, paragraphs: list[str]) -> list[str]:
    """Return *paragraphs* with the page's lead before its body, when the extraction left it out.

    trafilatura takes the body's own container ("<div class="post-content">")
    and leaves out the lead above it ("<div class="post-summary"><strong>(PANO)
    - After days of rain, ...</strong></div>"), which names the story's places
    first: the first element of a lead's class (:data:`_LEAD_CLASS`) before
    the body's first paragraph, outside navigation and asides, of 60
    characters or more.  It goes after the title if the extraction kept one.
    """
    if not paragraphs:
        return paragraphs
    h1 = tree.find(".//h1")
    k = int(len(paragraphs) > 1 and h1 is not None and _text_of(h1) == _words(
        paragraphs[0]))  # the title kept as the first paragraph
    first, lead = _words(paragraphs[k])[:40], None
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _DROPPED:
            continue
        if _opening(el, len(first) + 40).startswith(first):  # the body reached
            return paragraphs if lead is None else [*paragraphs[:k], lead, *paragraphs[k:]]
        if lead is None and _LEAD_CLASS.search(el.get("class", "")) and not any(
                up.tag in _DROPPED for up in el.iterancestors()) and len(
                text := _text_of(el)) >= 60:
            if text[:60] in _words(" ".join(paragraphs)):
                return paragraphs
            lead = text
    return paragraphs


def _words(text: str) -> str:
    return " ".join(text.split())


def _text_of(el) -> str:
    """Return the whole text of *el*, words single-spaced."""
    return _words("".join(el.itertext()))


def _opening(el, size: int) -> str:
    """Return the first *size* characters or so of *el*'s text, words single-spaced.

    Read piece by piece, so that a deep page is not read again for each of
    its nested elements (linear time).
    """
    pieces, n = [], 0
    for piece in el.itertext():
        pieces.append(piece)
        n += len(piece)
        if n > 2 * size:
            break
    return _words("".join(pieces))


def _unwrap_layout_tables(tree) -> bool:
    """Turn the tables that lay out a page into plain blocks (in place); return if any.

    An old page puts its whole story in one cell ("<td class="content"><p>...
    <h1>..."): read as a table it would be one row of every paragraph.  A
    table is layout when a cell of its own holds a heading or two paragraphs.
    """
    layout = [table for table in tree.iter("table") if any(
        cell.find(".//h1") is not None or cell.find(".//h2") is not None
        or len(cell.findall(".//p")) >= 2 for cell in _own_parts(table)[-1])]
    for table in layout:
        for part in _own_parts(table):
            for el in part:
                el.tag = "div"
    return bool(layout)


def _own_parts(table) -> tuple[list, list, list]:
    """Return *table* with its own ``tbody``, its rows and its cells (not a nested table's)."""
    bodies = [table, *table.iterfind("./tbody")]
    rows = [row for body in bodies for row in body.iterfind("./tr")]
    return bodies, rows, [cell for row in rows for cell in row.iterfind("./td")]


def _captions_as_paragraphs(tree) -> int:
    """Make each ``<figure>``'s caption a paragraph of *tree* (in place); return their length.

    trafilatura leaves figures out of the main text; a photo story ("Life
    along the border", seven photos) says everything in its captions.
    """
    size = 0
    for figure in list(tree.iter("figure")):
        caption = figure.find(".//figcaption")
        parent = figure.getparent()
        if caption is None or parent is None:
            continue
        text = _text_of(caption)
        paragraph = etree.Element("p")
        paragraph.text, paragraph.tail = text, figure.tail
        parent.replace(figure, paragraph)
        size += len(text)
    return size


def table_rows_together(lines: list[str]) -> list[str]:
    """Return *lines* with each table trafilatura wrote ("| a | b |") as one paragraph.

    A row a line, so that :func:`geo.text.tables.find_tables` reads the table.
    """
    out: list[str] = []
    for line in lines:
        if line.startswith("|") and out and out[-1].startswith("|"):
            out[-1] += "\n" + line
        else:
            out.append(line)
    return out


def page_meta(tree) -> dict[str, str]:
    """Return the page's ``title`` and publication ``date`` (ISO) from its markup."""
    from htmldate import find_date
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url

    meta: dict[str, str] = {}
    try:
        info = examine_meta(tree)
        try:
            info = extract_meta_json(tree, info)
        except Exception:  # noqa: BLE001 - broken JSON-LD: the other markup still counts
            pass
        title = info.title or extract_title(tree)
        url = info.url or extract_url(tree, None)
        head = above_body(tree)
        date = find_date(head, extensive_search=False, original_date=True, url=url)
    except Exception:  # noqa: BLE001 - odd markup: no title or date, the text still counts
        return meta
    if title and title.strip():
        meta["title"] = title.strip()
    if date:
        meta["date"] = date
    elif line := date_line(head):
        meta["date_line"] = line
    elif line := footer_line(tree):
        meta["footer_line"] = line
    return meta


#: A footer that dates the version of the page read: "This page was last edited on ...".
_EDITED = re.compile(r"\blast[^\S\n]+(?:edited|modified|updated)\b", re.IGNORECASE)


def footer_line(tree) -> str | None:
    """Return a page's "last edited" line (a wiki's footer), which the main text leaves out.

    For a page whose markup and head give no date; the text's rules then
    read it (``text:last-edited``, ``text:footer``: ``docs/DATES.md``).
    """
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag not in _CODE and el.text \
                and _EDITED.search(el.text):
            text = _text_of(el)
            if len(text) <= 300:
                return text
    return None


#: Classes and ids of the elements that hold a page's date ("meta", "post-date", "time"), or
#: its byline and date ("author": "By Hoang Phong  November 18, 2024 | 05:12 pm GMT+7").
_DATE_HOLDER = re.compile(r"date|time|meta|posted|publish|updated|author|byline", re.IGNORECASE)
#: A paragraph of prose (80 characters or more, ending a sentence) is the body's: the
#: page's own date is above it (a byline "By ... Published: 16/12/2012 ... Section:
#: Travel" is not prose).
_PROSE = re.compile(r"^.{79,}[.!?][\"'”’)]?$", re.DOTALL)
#: ... but not a standfirst under the title, which the byline and date may follow
#: (``<p class="td-lead">``, ``<p class="article__subhead">``, "sapo", "standfirst")
_STANDFIRST = re.compile(r"lead|sub-?head|sapo|standfirst|summary|excerpt|deck|dek|intro|strap",
                         re.IGNORECASE)


def above_body(tree):
    """Return a copy of *tree* cut at its body's first paragraph of prose (itself left out).

    The page's own date is in its ``<head>`` or above the body; the dates
    below it ("Related news", "Most read") are other stories'.  A page
    without one is kept whole.
    """
    at = next((i for i, el in enumerate(tree.iter()) if el.tag == "p"
               and not _STANDFIRST.search(el.get("class", ""))
               and _PROSE.search("".join(el.itertext()).strip())), None)
    if at is None:
        return tree
    cut = copy.deepcopy(tree)
    first = node = next(itertools.islice(cut.iter(), at, None))
    while (parent := node.getparent()) is not None:
        for later in list(node.itersiblings()):
            parent.remove(later)
        node = parent
    first.getparent().remove(first)
    return cut


def date_line(head) -> str | None:
    """Return the text of a date line of *head* (``<div class="meta">Sunday, ...``).

    For pages whose markup gives no date htmldate reads and whose date line
    the main-text extraction leaves out: the first ``<time>`` or element of
    a date-like class or id in *head* (:func:`above_body`) whose text is a
    date line (:func:`geo.reading.dates.read_date_line`) or a byline and its date
    (:func:`geo.reading._bylines.split_dated_line`).
    """
    for el in head.iter():
        if not isinstance(el.tag, str) or el.tag in ("head", "title", "meta", "script"):
            continue
        if el.tag == "time" or _DATE_HOLDER.search(f"{el.get('class', '')} {el.get('id', '')}"):
            text = _text_of(el)
            words = text.split()  # said twice, for screen readers and the eye: once
            if len(words) % 2 == 0 and words[:len(words) // 2] == words[len(words) // 2:]:
                text = " ".join(words[:len(words) // 2])
            if 0 < len(text) <= 100 and (read_date_line(text) or split_dated_line(
                    " ".join(text.split()))):  # (or a byline's: "By X March 14, 2023 | 05:32")
                return text
    return None


def plain_text(tree) -> list[str]:
    """Return the paragraphs of *tree* in document order, in one pass (linear time).

    Text inside :data:`_DROPPED` elements and comments is left out; every
    block element (:data:`_BLOCKS`) ends a paragraph; white space inside a
    paragraph becomes single spaces.
    """
    body = tree.find("body")
    root = body if body is not None else tree
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join(" ".join(current).split())
        if text:
            paragraphs.append(text)
        current.clear()

    skip_depth = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else None  # comments, processing instructions
        if event == "start":
            if tag is None or tag.lower() in _DROPPED:
                skip_depth += 1
                continue
            if skip_depth:
                continue
            if tag.lower() in _BLOCKS:
                flush()
            if el.text:
                current.append(el.text)
        else:
            dropped = tag is None or tag.lower() in _DROPPED
            if dropped:
                skip_depth -= 1
            if skip_depth:
                continue
            if not dropped and tag.lower() in _BLOCKS:
                flush()
            if el.tail and el is not root:
                current.append(el.tail)
    flush()
    return paragraphs
