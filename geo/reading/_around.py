"""A line of a page's head told by the lines around it.

Over breadcrumbs, a banner, a cover's fields or a dateline; a motto; a short
line before the text; a paragraph.  Private helpers of :mod:`geo.reading._head`.
"""

from __future__ import annotations

import re

from geo.reading._bylines import split_dated_line
from geo.reading._furniture import SENTENCE_END, is_spaced_menu, match_dateline
from geo.reading._headdates import labelled_inside
from geo.reading._lines import Line
from geo.reading.dates import read_date_line, unmark

__all__ = ["BANNER", "BREADCRUMB", "COVER_FIELD", "caption_over_dateline", "is_paragraph",
           "is_prose", "over_banner", "over_crumbs", "over_fields", "short_before_text",
           "tagline"]

# a breadcrumb: "Home | Politics | Society", "News > Border" (short items, no sentence)
# (its last item may be the title itself: "Home » Laos » Phongsaly, Dien Bien Agree to ...")
# (a slash inside a word is an item's: "Health & Nutrition | HIV/AIDS (PlusNews) | Drugs")
_ITEM = r"(?:[^|>»›/.!?]|(?<=[^\W\d])/(?=[^\W\d]))"
BREADCRUMB = re.compile(rf"^{_ITEM}{{1,40}}(?:\s[|>»›/]\s{_ITEM}{{1,40}}){{0,11}}"
                        rf"\s[|>»›/]\s{_ITEM}{{1,150}}$")
#: A cookie banner, and the fixed head of an official document ("SOCIALIST REPUBLIC OF
#: VIETNAM", "Independence – Freedom – Happiness", "No. 14/TB-CA-BĐBP").
BANNER = re.compile(r"^(?:we use cookies\b|this (?:web)?site uses cookies\b|.*\baccept all "
                     r"cookies\b|socialist republic of viet ?nam$|independence\W+freedom\W+"
                     r"happiness\W*$|no\.\s*\d+/[\w./-]+$)", re.IGNORECASE)
#: A wiki's citation marks after a paragraph's last sentence: "... in 2005.[1][3]"
_CITES = re.compile(r"(?:\[(?:\d{1,3}|[a-z]|citation needed)\])+$")
_CREDIT = re.compile(r"\s*\((?:photo|ảnh|image|source)\b[^()]*\)$", re.IGNORECASE)  # "(Photo: VBT)"
#: A field of a report's cover under its title: "Prepared by: Programme team, field office".
COVER_FIELD = re.compile(r"(?:[A-Z][a-z]+(?:[^\S\n][a-z]+){0,3}):[^\S\n]+\S(?!.*[.!?]$)")


def over_crumbs(lines: list[Line], i: int) -> bool:
    """Tell a line over a page's breadcrumbs or menu, with only such short lines between."""
    for k in range(i + 1, min(i + 6, len(lines))):
        key = lines[k].key
        if (BREADCRUMB.match(key) and not split_dated_line(key)) or is_spaced_menu(lines[k].raw):
            return True
        if len(key.split()) > 12 or key.endswith(SENTENCE_END):
            return False
    return False


def over_banner(lines: list[Line], i: int) -> bool:
    """Tell an agency's name over an official document's fixed head.

    An upper-case name over the head, maybe with its section between ("ĐIỆN
    BIÊN PROVINCIAL BORDER GUARD COMMAND", "Press and Mass Mobilisation
    Section", "No. 27/TB-BCH"); a short line right over it.
    """
    key = lines[i].key
    if len(key) > 160 or key.endswith(SENTENCE_END):
        return False
    upper = key.upper() == key
    if not upper and len(key.split()) > 8:
        return False
    nxt = [k for k in range(i + 1, min(i + 5, len(lines))) if lines[k].key][:2 if upper else 1]
    for n, j in enumerate(nxt):
        if BANNER.match(lines[j].key):
            return True
        if n == 0 and (len(lines[j].key.split()) > 8 or lines[j].key.endswith(SENTENCE_END)):
            return False
    return False


def tagline(lines: list[Line], i: int) -> bool:
    """Tell an outlet's motto between its masthead and its menu.

    ("NHÂN DÂN ONLINE", "The Central Organ of the Communist Party of Vietnam, ...",
    "Home » Business").
    """
    j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].key), None)
    return j is not None and bool(BREADCRUMB.match(lines[j].key)) and len(lines[i].key) <= 200 \
        and not split_dated_line(lines[j].key)


def is_prose(key: str) -> bool:
    """Tell a paragraph of text: long and ending a sentence (a caption's credit aside)."""
    return len(key) >= 100 and _CITES.sub("", _CREDIT.sub("", key)).rstrip(
        "\"”’'»)*").endswith(SENTENCE_END)


def is_paragraph(ln: Line) -> bool:
    """Tell a paragraph of text (the lead), not a headline or a menu."""
    return is_prose(unmark(ln.key)) or (len(ln.key) >= 60 and match_dateline(ln.raw) is not None)


def short_before_text(lines: list[Line], i: int) -> bool:
    """Tell a short line under the title before the text: a site's name, a byline, a time.

    Not a hard-wrapped sentence's first line, whose next line goes on in lower
    case ("VOV.VN - Authorities of Vietnam's Dien Bien province" / "and Laos'
    Phongsaly province on August 24 conducted a ...").
    """
    key = lines[i].key  # (blank lines after it are not counted)
    ends = key.endswith(SENTENCE_END) and not key.endswith(("...", "…"))  # not "Search..."
    if len(key) > 60 or len(key.split()) > 8 or ends or (
            i + 1 < len(lines) and lines[i + 1].key[:1].islower()):
        return False
    return any(is_paragraph(ln) for ln in [ln for ln in lines[i + 1:i + 20] if ln.key][:8])


def over_fields(lines: list[Line], i: int) -> bool:
    """Tell a report's subtitle over its cover's fields ("Reporting period: ...").

    Or a page's source over its dated line ("*Phongsaly Provincial Department of
    Information, Culture and Tourism*" / "*Posted: 11/08/2025 · News*").
    """
    key = lines[i].key
    j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].key), None)
    if j is None or key.endswith(SENTENCE_END):
        return False
    nxt, words = unmark(lines[j].key), len(key.split())
    return (words <= 8 and bool(COVER_FIELD.match(nxt) or read_date_line(nxt))) or (
        words <= 12 and labelled_inside(nxt) is not None)


def caption_over_dateline(lines: list[Line], i: int) -> bool:
    """Tell a photo's caption between the title and the dateline that opens the text.

    ("A recovering drug user at a rehabilitation centre in Dien Bien Phu" over
    "DIEN BIEN, 14 August 2008 (IRIN) - In the hamlets of ...": no sentence
    of the text ends without a stop.)
    """
    key = lines[i].key
    if len(key) > 200 or key.endswith(SENTENCE_END):
        return False
    j = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k].key), None)
    return j is not None and match_dateline(lines[j].raw) is not None
