"""Text → :class:`~geo.model.Article`: title, dates, dateline, byline, body, furniture.

:func:`parse_article` is pure: it never changes the text, so every span it
reports (and every offset computed later on ``article.text``) is valid in the
text as read.

How a page is read (line by line; classifiers in :mod:`geo.reading._furniture`):

- **Head** (:mod:`geo.reading._head`).  Leading date lines (``"Friday,
  September 20, 2024, 08:32 (GMT+7)"``), menus (``"Home | Politics"``),
  upper-case breadcrumb labels (``"NEWS - POLITICS -"``) and the outlet's
  name or section over the title (``"VietnamPlus"``, ``"Economy"``: a short
  line over a menu or a longer title-like line) are furniture.  The title is
  the first other non-empty line (a Markdown ``#`` is not part of it).  Date
  lines, ``"By ..."`` lines, share buttons and an outlet's credit (``"Tuoi
  Tre News"`` over the first paragraph) right after the title are head too.
- **Publication date.**  Of the head's date lines, the one nearest the title.
  Pages of the National Defence Journal start with the site header's date
  (the day the page was viewed: 003's "Friday, September 20, 2024") and
  carry the article's own timestamp right above the title ("Thursday, August
  15, 2024").  Dates inside the body (events) are never taken for it.
- **Dateline.**  An upper-case token and a dash opening the first paragraph
  (``"ĐBP - "``, ``"(VNA) - "``) is the dateline; the body starts after it,
  so the newspaper's "ĐBP" is never a body mention.
- **End of the body.**  The body ends where the furniture starts: the first
  comment-box line ("Comment", "Your Comment (0)", "You have 500/500
  characters left", "Please enter 5 or more characters"), a
  "Recent/Related/Latest/Most read news" header, tags, share buttons,
  copyright, or a teaser block (a bullet item followed by a section label
  such as ``"SOCIAL AFFAIRS -"`` or by another article's dateline).
  Everything from there on is furniture, one span per section.
- **Byline / signature.**  Just before the furniture (or the end), a short
  name line ("Hà Linh", "Senior Colonel Phan Văn Hóa") optionally followed by
  role lines ("Commander of the ... Command"), or role lines alone (003,
  whose name line is empty), none ending in sentence punctuation, form the
  signature block.  ``Article.byline`` is its name line (its first role line
  when there is no name).  The block is neither body nor furniture.
- **Inside the body**, "Read more: ..." / "See also: ..." lines are furniture
  spans, and so is a headline box ("MOST READ" and a few short items) with
  two prose paragraphs after it: the body goes on after the box.  Photo
  captions are body.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from geo.model import Article, Span
from geo.reading._furniture import (
    CONTENTS_HEADS,
    MAX_SHORT_LINE,
    byline_name,
    contents_end,
    is_bullet,
    is_furniture_start,
    is_inline_furniture,
    is_name_line,
    is_role_line,
    is_section_header,
    is_section_label,
    match_dateline,
    photo_credit,
)
from geo.reading._head import SENTENCE_END, Head, is_prose, read_head
from geo.reading._lines import Line, split_lines, trimmed, unwrapped
from geo.reading.dates import read_date_line
from geo.reading.pagedate import publication_date

#: A forum's reply under the first post: "#2  mekongmike  (Member, posts: 1,877)" over its
#: "Posted: Tue Mar 18, 2014 7:15 am"; the replies are the page's comments.
_REPLY_HEAD = re.compile(r"#[^\S\n]?(?:[2-9]|\d{2,})[^\S\n]+\S")


def _reply_starts(lines: list[Line], i: int) -> bool:
    """Tell a forum reply's header at line *i*: its number, its poster, then its date."""
    if not _REPLY_HEAD.match(lines[i].key):
        return False
    nxt = next((ln.key for ln in lines[i + 1:i + 4] if ln.key), "")
    return read_date_line(nxt) is not None


def _dateline_follows(lines: list[Line], i: int, within: int = 4) -> bool:
    seen = 0
    for j in range(i + 1, len(lines)):
        ln = lines[j]
        if not ln.key:
            continue
        if is_section_label(ln.key) or match_dateline(ln.raw):
            return True
        seen += 1
        if seen >= within:
            return False
    return False


def _teaser_start(lines: list[Line], i: int, lo: int) -> int:
    """Return where a teaser opened by the section label at *i* starts (its title lines)."""
    start, taken = i, 0
    for j in range(i - 1, lo, -1):
        key = lines[j].key
        if not key:
            continue
        if (taken >= 2 or key.endswith(SENTENCE_END) or len(key) > 200
                or is_name_line(key) or is_role_line(key)):
            break
        start, taken = j, taken + 1
    return start


def _resumes_after(lines: list[Line], i: int) -> int | None:
    """Return where the body goes on after a list opened by the section header at *i*, if it does.

    A "MOST READ" box saved in the middle of an article: the header, a few
    short items (headlines), then paragraphs of the article again.  The body
    resumes only when the two paragraphs after the items are both prose; a
    related-news section (headline, teaser, headline, ...) does not.
    """
    items, j = 0, i + 1
    while j < len(lines) and items <= 15:
        key = lines[j].key
        if key and (len(key) > 120 or is_prose(key)):
            break
        if key and is_section_header(key):
            return None  # a wiki's "See also" items, then its "References": the page's end
        items += bool(key)
        j += 1
    prose = [ln.key for ln in lines[j:j + 6] if ln.key  # (a heading between them passed over:
             and (len(ln.key.split()) > 4 or ln.key.endswith(SENTENCE_END))][:2]  # "History")
    if 1 <= items <= 15 and len(prose) == 2 and all(map(is_prose, prose)):
        return j
    return None


def _text_follows(lines: list[Line], i: int) -> bool:
    """Tell whether text follows line *i* within its next eight lines.

    Text: a line of prose, or of twelve words (a caption, a hard-wrapped
    paragraph's line).
    """
    return any(_text_like(ln.key) for ln in [ln for ln in lines[i + 1:i + 24] if ln.key][:8])


def _text_like(key: str) -> bool:
    """Tell a line of text: prose, or twelve words and more."""
    return len(key.split()) >= 12 or is_prose(key)


def _furniture_start(lines: list[Line], lo: int,
                     boxes: list[tuple[int, int]] | None = None) -> int:
    """Return where the page's furniture after the body starts.

    A box of headlines inside the body (:func:`_resumes_after`) is added to
    *boxes* as ``(first line, line after it)`` and the body goes on after it.
    """
    i, prose = lo, lo > 0 and _text_like(lines[lo - 1].key)  # (the body's first line)
    told = prose and not is_bullet(lines[lo - 1].raw)  # text that is no item of a list
    while i < len(lines):
        ln = lines[i]
        if boxes is not None and ln.key.lower() in CONTENTS_HEADS and (
                end := contents_end([x.key for x in lines[i:i + 60]], 0)) is not None:
            boxes.append((i, i + end))  # a contents box in the text: the text goes on after it
            i += end
            continue
        if ln.key and len(ln.key) <= MAX_SHORT_LINE:
            if is_furniture_start(ln.key):
                if not prose and boxes is not None and _text_follows(lines, i):
                    boxes.append((i, i + 1))  # "Tags: ..." before any text: the head's
                    i += 1
                    continue
                resume = _resumes_after(lines, i) if boxes is not None else None
                if resume is None:
                    return i
                boxes.append((i, resume))
                i = resume
                continue
            if is_bullet(ln.raw) and told and _dateline_follows(lines, i):
                return i  # (not a box of highlights over the story's own dateline)
            if told and ln.key[:1] == "#" and _reply_starts(lines, i):
                return i  # a forum thread's replies
            if is_section_label(ln.key) and _dateline_follows(lines, i, within=1):
                return _teaser_start(lines, i, lo)
        prose = prose or _text_like(ln.key)  # text seen (a caption, a wrapped line too)
        told = told or _text_like(ln.key) and not is_bullet(ln.raw)
        i += 1
    return len(lines)


def _signature(lines: list[Line], lo: int, hi: int) -> tuple[int | None, str | None]:
    """Find the signature block in ``lines[lo:hi]`` (at its end): first index, byline."""
    block: list[tuple[int, bool]] = []  # (index, is a name line)
    for j in range(hi - 1, lo, -1):
        key = lines[j].key
        if not key:
            continue
        if len(block) == 4:
            break
        if is_name_line(key):
            block.append((j, True))
        elif is_role_line(key) and ". " not in key and len(key.split()) <= 25:
            block.append((j, False))
        else:
            break
    block.reverse()
    # the block starts at its first name line; without one, role lines alone
    names = [k for k, (_, is_name) in enumerate(block) if is_name]
    block = block[names[0]:] if names else block
    if not block:
        return None, None
    return block[0][0], byline_name(lines[block[0][0]].key)


def _sections(lines: list[Line], lo: int, hi: int) -> list[Span]:
    """Furniture spans of ``lines[lo:hi]``: a new span at each section header."""
    cuts = [lo] + [i for i in range(lo + 1, hi) if lines[i].key
                   and len(lines[i].key) <= 120 and is_section_header(lines[i].key)]
    spans = [trimmed(lines, a, b) for a, b in zip(cuts, cuts[1:] + [hi], strict=True)]
    return [s for s in spans if s]


def _merge_runs(lines: list[Line], idxs: list[int]) -> list[Span]:
    """Spans of the given line indices, adjacent ones (blank lines between) merged."""
    spans: list[Span] = []
    prev = None
    for i in sorted(idxs):
        span = trimmed(lines, i, i + 1)
        if span is None:
            continue
        if prev is not None and all(not ln.key for ln in lines[prev + 1:i]):
            spans[-1] = Span(spans[-1].start, span.end)
        else:
            spans.append(span)
        prev = i
    return spans


def parse_article(
    text: str,
    *,
    article_id: str,
    path: str | None = None,
    meta: Mapping[str, str] | None = None,
) -> Article:
    """Recognise the parts of an article's text.

    Parameters
    ----------
    text : str
        The article text as decoded; stored with the line breaks of
        hard-wrapped paragraphs made spaces (:func:`geo.reading._lines.unwrapped`:
        the same length, so offsets into the decoded text hold).
    article_id : str
        Id of the article (by convention the file stem).
    path : str, optional
        Where the text comes from, kept for display.
    meta : mapping, optional
        A manifest row (``title``, ``outlet``, ``date``); its non-empty values
        win over what the text says.  A date that differs from the text's is
        kept and noted in ``warnings``.

    Returns
    -------
    Article
        With ``title``/``title_span``, ``date`` (ISO or ``None``),
        ``dateline``, ``byline``, ``body`` and ``furniture`` (sorted,
        disjoint spans).  A text without recognisable body gets an empty
        body span and a warning.
    """
    text = unwrapped(text)  # hard-wrapped paragraphs joined (the same length)
    lines = split_lines(text)
    head = read_head(lines)
    body_idx = head.body_idx
    while body_idx < len(lines) and is_inline_furniture(lines[body_idx].key):
        # "Caption: ..." above the dateline: the body starts after it
        body_idx = next((j for j in range(body_idx + 1, len(lines)) if lines[j].key), len(lines))
    dateline = None
    body_start = len(text)
    if body_idx < len(lines):
        first = lines[body_idx]
        found = match_dateline(first.raw, lead=True)
        if found:
            dateline = Span(first.start + found[0], first.start + found[1])
            body_start = first.start + found[2]
        else:
            body_start = first.start + len(first.raw) - len(first.raw.lstrip())
    boxes: list[tuple[int, int]] = []  # headline boxes inside the body
    tail = (_furniture_start(lines, body_idx + 1, boxes) if body_idx < len(lines)
            else len(lines))
    sig_idx, byline = _signature(lines, body_idx, tail)
    body_end_idx = sig_idx if sig_idx is not None else tail
    last = trimmed(lines, body_idx, body_end_idx)
    body_end = max(body_start, last.end) if last else body_start
    warnings: list[str] = []
    if body_end <= body_start:
        body_end = body_start = min(body_start, len(text))
        warnings.append(f"{path or article_id}: no article body found")

    # a running header of a PDF's pages ("No. 2846/BC-UBND" on every page): a short line
    # said three times or more
    running = {k for k, n in Counter(ln.key for ln in lines if ln.key and len(ln.key) <= 80
                                     and not ln.key.endswith(SENTENCE_END)).items() if n >= 3}
    furniture = _merge_runs(lines, head.furniture or [])
    furniture += [s for i in range(body_idx + 1, body_end_idx)
                  if lines[i].key and (is_inline_furniture(lines[i].key)
                                       or lines[i].key in running)
                  and (s := trimmed(lines, i, i + 1))]
    furniture += [Span(ln.start + at, ln.start + len(ln.raw.rstrip()))  # a photo's credit
                  for ln in lines[body_idx:body_end_idx]
                  if ln.key and (at := photo_credit(ln.raw)) is not None]
    furniture += [s for a, b in boxes if (s := trimmed(lines, a, b))]
    furniture += _sections(lines, tail, len(lines)) if tail < len(lines) else []

    date, date_source, precision, ambiguity = _publication_date(head, lines, text, dateline,
                                                                body_start)
    meta = meta or {}
    meta_date = (meta.get("date") or "").strip() or None
    if meta_date and date and meta_date != date:
        warnings.append(f"{path or article_id}: manifest date {meta_date} differs from the "
                        f"text's {date}")
    elif ambiguity and not meta_date:
        warnings.append(f"{path or article_id}: {ambiguity}")
    if meta_date:
        date, date_source, precision = meta_date, "manifest", _precision(meta_date)
    return Article(
        id=article_id,
        text=text,
        path=path,
        title=(meta.get("title") or "").strip() or head.title,
        title_span=head.title_span,
        byline=byline or head.byline,
        dateline=dateline,
        date=date,
        date_source=date_source,
        date_precision=precision,
        outlet=(meta.get("outlet") or "").strip() or None,
        body=Span(body_start, body_end),
        furniture=tuple(sorted(furniture, key=lambda s: s.start)),
        warnings=tuple(warnings),
    )


def _publication_date(head: Head, lines: list[Line], text: str, dateline: Span | None,
                      body_start: int) -> tuple[str | None, str, str | None, str | None]:
    anchor = head.title_idx if head.title_idx is not None else head.body_idx
    lead = text[body_start:body_start + 400].split("\n", 1)[0]
    return publication_date(head.dates or [], anchor, [ln.key for ln in lines], text,
                            text[dateline.start:dateline.end] if dateline else None, lead)


def _precision(iso: str) -> str:
    return "day" if len(iso) >= 10 else "month" if len(iso) == 7 else "year"


def in_body(article: Article, start: int, end: int | None = None) -> bool:
    """Return whether offset *start* (or the range ``[start, end)``) is article body.

    Parameters
    ----------
    article : Article
        A parsed article.
    start : int
        Character offset in ``article.text``.
    end : int, optional
        End of the range (exclusive); ``start + 1`` when omitted.

    Returns
    -------
    bool
        ``True`` inside the body span and outside every furniture span.
    """
    return article.in_body(start, start + 1 if end is None else end)


def body_text(article: Article) -> str:
    """Return the text of the article body, furniture inside it left out (for display)."""
    start, end = article.body.start, article.body.end
    parts, pos = [], start
    for f in article.furniture:
        if start <= f.start < end:
            parts.append(article.text[pos:f.start])
            pos = max(pos, min(f.end, end))
    parts.append(article.text[pos:end])
    return "".join(parts)
