"""Line classifiers for article pages: dates, datelines, bylines, furniture.

Each classifier takes a line *key*: the line NFC-normalised, without
zero-width characters, with one kind of space and quote, collapsed and
stripped (see :func:`line_key`).  They are patterns of the page templates
(comment boxes, character counters, "Recent/Related/Latest news" headers,
bulleted teaser blocks with section labels), not lists of exact strings from
the seed pages.
"""

from __future__ import annotations

import re
import unicodedata

from geo.reading.dates import read_date_line

#: What ends a sentence (a line ending so is text, not a label).
SENTENCE_END = (".", "!", "?", "…")

# dropped from keys: zero-width characters (none is printable, see line_key)
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
# one kind of quote and dash, each replaced with str.replace: a dict-based str.translate looks
# up every character of a non-ASCII line (no-break spaces: str.split() takes them for spaces)
_QUOTES = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
           ("\u2013", "-"), ("\u2014", "-"))

#: A line longer than this is never a title, byline or furniture line.
MAX_SHORT_LINE = 300


_MARKDOWN_MARKS = re.compile(r"^\s*#{1,6}\s+|\*\*")
#: A line's first words in Markdown emphasis: "*Related:* [...](#)", "_Read more:_ ..."
_LEAD_EMPHASIS = re.compile(r"^(\s*)([*_])([^*_\s][^*_\n]{0,40}?)\2")
_MARKDOWN_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()\s]*\)")


def line_key(raw: str) -> str:
    """Return the classification key of a raw line (never used for offsets).

    Markdown's heading marks, bold ("### Related news", "**Tags:** ...") and
    emphasis of a line's first words ("*Related:* ...") are dropped and its
    links read as their text: a saved page's sections read alike in Markdown
    and text.
    """
    if len(raw) > 4 * MAX_SHORT_LINE:  # long lines are body text: skip the work
        return raw.strip()
    if raw[:1] == "#" or "**" in raw:
        raw = _MARKDOWN_MARKS.sub("", raw)
    if raw.lstrip()[:1] in ("*", "_"):
        raw = _LEAD_EMPHASIS.sub(r"\1\3", raw)
    if "](" in raw:  # a link or an image reads as its text: "Tags: [Điện Biên](https://...)"
        raw = _MARKDOWN_LINK.sub(r"\1", _MARKDOWN_LINK.sub(r"\1", raw))
    if not raw.isascii():  # (on ASCII, NFC and the tables change nothing)
        raw = unicodedata.normalize("NFC", raw)
        for old, new in _QUOTES:
            if old in raw:
                raw = raw.replace(old, new)
    key = raw.strip()
    # " ".join(key.split()) with zero-width characters dropped: needed only when the
    # stripped line has a double space, or other white space or a zero-width
    # character, none of which is printable
    if "  " in key or not key.isprintable():
        key = " ".join(key.translate(_ZERO_WIDTH).split())
    return key


# --- dates -----------------------------------------------------------------


def parse_date_line(key: str) -> str | None:
    """Return the ISO date of a line that is only a date (and time), else ``None``.

    ``"Thursday, August 15, 2024, 09:13 (GMT+7)"`` → ``"2024-08-15"``; an
    ambiguous numeric date gives its day-first reading (the page decides,
    see :func:`geo.reading.pagedate.settle`).  Rules in :mod:`geo.reading.dates`.
    """
    found = read_date_line(key)
    return found.iso if found else None


# --- datelines and section labels ------------------------------------------

# "ĐBP - ", "(VNA) - ", "HÀ NỘI (VNA) — " at the start of a raw line: an
# upper-case token (letters, combining marks, dots; at most four words, maybe
# in parentheses) and a dash.
# A letter, then letters and combining marks in any order.  (Written as
# ``L L* M* (L M*)*`` before, which matches the same words but backtracks
# exponentially: 45 ms on one 60-character title.)
_LETTERS = r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*(?:\.[^\W\d_]{2,3})?"  # "VOV.VN"
# A wire's dateline may carry the day (and year) and the agency: "KUNMING, June 3 (Xinhua) --",
# "HANOI, Oct 14, 2008 (AFP) -", "HANOI/MUONG NHE, 3 April 2008 (IRIN) -".
_MONTH = r"[A-Z][a-z]{2,8}\.?"
# ... or the country, maybe the day, then the agency: "NA BUNG, Vietnam (Reuters) -",
# "DIEN BIEN PHU, Vietnam, May 6 (AFP) -".
_SP = r"[ \t\u00a0]"
_DAY = rf"(?:{_MONTH}{_SP}+\d{{1,2}}|\d{{1,2}}{_SP}+{_MONTH})(?:,?{_SP}*\d{{4}})?"
_AGENCY = rf"{_SP}*\([A-Za-z]{{2,12}}\)"
_WIRE_DAY = (rf"(?:,{_SP}+{_DAY}(?:{_AGENCY})?"
             rf"|,{_SP}+[A-Z][a-z]+(?:{_SP}[A-Z][a-z]+)?(?:,{_SP}+{_DAY})?{_AGENCY}"
             # a country without an agency: "KUNMING, China --" (Nikkei; not "SIN THAU, Muong
             # Nhe -", two places)
             rf"|,{_SP}+(?:Vietnam|Viet{_SP}Nam|Laos|Lao{_SP}PDR|China|Thailand|Myanmar|Cambodia))?")
_DATELINE = re.compile(
    rf"^\s*(\(?{_LETTERS}\)?(?:[ /]\(?{_LETTERS}\)?){{0,3}}){_WIRE_DAY}[ \t\u00a0]*"
    rf"(?:(?:--|[-\u2013\u2014])[ \t\u00a0]+|\u2014(?=[A-Z]))"  # RFA's "HANOI—Ethnic Hmong"
)


#: A press release's place and full date, in any case: "Bangkok (Thailand), 30 May 2024 - ",
#: or in brackets: "(New York, March 14, 2006) – " (Human Rights Watch)
_PLACE_DATE_LINE = re.compile(
    rf"^\s*\(?([A-Z][a-z]+(?:{_SP}[A-Z][a-z]+){{0,2}}(?:{_SP}\([A-Z][\w.]*(?:{_SP}[\w.]+){{0,3}}\))?)"
    rf",{_SP}+(?:{_MONTH}{_SP}+\d{{1,2}},?|\d{{1,2}}{_SP}+{_MONTH}){_SP}+\d{{4}}\)?{_SP}*"
    rf"(?:--|[-\u2013\u2014]){_SP}+")


#: A place in title case opening an article's first paragraph, maybe with its country, then
#: an en or em dash: "Dien Bien – When Mua Thi Chia ...", "Dien Bien, Viet Nam — Lo Thi Hien
#: was 19" (UN agencies, NGOs, a page's AMP text); not "The Tây Trang – Pang Hốc pair".
_LEAD_DATELINE = re.compile(
    rf"^\s*(?!The\b)((?=[A-ZĐ]){_LETTERS}(?:{_SP}(?=[A-ZĐ]){_LETTERS}){{0,2}})"
    rf"(?:,{_SP}+(?:Vietnam|Viet{_SP}Nam|Laos|Lao{_SP}PDR|China))?{_SP}+[\u2013\u2014]{_SP}+"
    rf"(?=[A-Z])")


def match_dateline(raw: str, *, lead: bool = False) -> tuple[int, int, int] | None:
    """Find a dateline at the start of a raw line (*lead*: the body's first paragraph).

    Returns
    -------
    tuple of int or None
        ``(start, dash_end, text_start)`` offsets in *raw*: the dateline
        token starts at ``start``, ``raw[start:dash_end]`` is e.g. ``"ĐBP -"``
        and the sentence after it starts at ``text_start``.
    """
    m = _DATELINE.match(raw[:60])
    token = m.group(1).strip("()") if m else ""
    letters = [c for c in token if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        m = _PLACE_DATE_LINE.match(raw[:60])  # "Bangkok (Thailand), 30 May 2024 - "
        if not m and lead and len(raw) >= 60:
            m = _LEAD_DATELINE.match(raw[:60])
        if not m:
            return None
    dash_end = m.end() - len(m.group()) + len(m.group().rstrip(" \t\u00a0"))
    return m.start(1), dash_end, m.end()


#: Words of an outlet's name in capitals: "ĐIỆN BIÊN PROVINCE PORTAL", "CAND ONLINE".
_OUTLET_WORD = re.compile(r"\b(?:PORTAL|NEWSPAPER|ONLINE|MAGAZINE|CỔNG THÔNG TIN)\b")
#: Words of an outlet's name ("PUBLIC SECURITY NEWS - The People's Public Security ...").
_OUTLET_TOKEN = re.compile(r"\b(?:NEWS|TIMES|POST|DAILY|PORTAL|NEWSPAPER|ONLINE|MAGAZINE|TV|"
                           r"RADIO|PRESS)\b")


def is_masthead(key: str) -> bool:
    """Tell an outlet's name in capitals (not a headline in capitals): "CAND ONLINE".

    Maybe with its motto after a dash: "PUBLIC SECURITY NEWS - The People's Public
    Security of Viet Nam".
    """
    name, dash, _ = key.partition(" - ")
    letters = [c for c in name if c.isalpha()]
    return bool(_OUTLET_WORD.search(name) or dash and _OUTLET_TOKEN.search(name)) and all(
        c.isupper() for c in letters) and not key.endswith((".", "!", "?")) and (
        dash or match_dateline(key) is None)


_SECTION_LABEL = re.compile(r"^(?:[^\W\d_][^\W_]*(?:[ &/,.'-]+[^\W_]+)*\s+-\s*)+$")


def is_section_label(key: str) -> bool:
    """``"SOCIAL AFFAIRS -"``, ``"NEWS - POLITICS -"``: an upper-case label ending in a dash."""
    if len(key) > 60 or not key.endswith("-"):
        return False
    letters = [c for c in key if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and bool(
        _SECTION_LABEL.match(key))


# --- furniture lines -------------------------------------------------------

_NEWS = (r"(?:news|articles?|stories|posts|items|reports|videos|photos|reads?|infographics|"
         r"podcasts|episodes|galleries|clips)")
_SECTION_HEADER = re.compile(
    # maybe after the same words in Vietnamese: "Video khác / More videos"
    rf"^(?:[^/\n]{{1,30}}\s/\s)?"
    rf"(?:(?:recent|related|latest|other|more|popular|top|hot|featured|similar|trending|"
    rf"further|same[- ]category|same[- ]topic|most[- ](?:read|viewed|popular|shared|commented)"
    # ... "in this section": "Other stories in this section", "More news from this category"
    rf")\s+{_NEWS}(?:\s+(?:in|from|on)\s+(?:this|the\s+same)\s+(?:section|category|topic|issue|"
    rf"page))?|most[- ](?:read|viewed|popular|shared)|read more|read next|up next|"
    rf"see also|read also|our standards\b.*|\(reporting by\b.*\)|"
    rf"related|you may (?:also )?(?:like|be interested(?: in)?)|in other news|"
    rf"more (?:on|from) (?:this|the)\s+\w+|editor'?s picks?|references|external links|"
    # a printed page's other stories: "ALSO ON THIS PAGE", "Also in this issue"
    rf"(?:also|elsewhere) (?:on|in) this (?:page|issue|section)|"
    # left in Vietnamese by a province's English page: "Tin liên quan", "Tin khác"
    rf"(?:tin|video|bài viết|bài) (?:liên quan|lien quan|khác|khac|cùng chuyên mục|mới|moi|"
    rf"đọc nhiều))"
    rf"(?:\s*\[edit\])?\s*:?$",  # a wiki's "See also [edit]"
    re.IGNORECASE,
)
_COMMENT_BOX = re.compile(
    r"^(?:comments?|your comments?|comments? \(\d+\)|your comments? \(\d+\)|\d+ comments?|"
    r"leave a (?:comment|reply)|write (?:a |your )?comments?|add (?:a |your )?comment|"
    r"post (?:a |your )?comment|send (?:a |your )?comment|submit (?:a |your )?comment|"
    r"no comments? yet|be the first to comment|comments? are closed)\s*:?$"
    r"|^you have \d+ ?/ ?\d+ characters?\b"
    r"|\b\d+ characters? (?:left|remaining)\W*$"
    r"|^please enter (?:at least )?\d+ or more characters"
    r"|^please enter (?:your )?(?:name|email|comment|full name)\b"
    # a social network's post: "1.2K reactions · 86 comments · 41 shares", "Like · Comment"
    r"|^[\d.,]+[km]?\s+(?:reactions?|likes?)\b|^like\s*·\s*comment\b|^view \d+ more comments?",
    re.IGNORECASE,
)
_TAGS = re.compile(r"^(?:tags?|keywords?|topics?|hashtags?)\s*(?::.*)?$|^(?:#\w+\s*){2,}$",
                   re.IGNORECASE)
_SHARE = re.compile(
    r"^(?:share(?: this(?: article| story| post| page)?)?(?: on \w+)?|"
    r"(?:share ?: ?)?(?:facebook|twitter|zalo|linkedin|telegram|whatsapp|pinterest|reddit)"
    r"(?: ?[|/,] ?(?:facebook|twitter|zalo|linkedin|telegram|whatsapp|email|print))*|"
    r"print(?: this)?(?: article| page)?|e-?mail(?: this)?(?: article)?|copy link|"
    r"back to top|tweet|bookmark)\s*:?$"
    r"|^(?:copyright\b|©|\(c\) ?\d{4}|all rights reserved)"
    # "Like us on Facebook or follow us on Twitter to get the latest news about Vietnam!"
    r"|^(?:like|follow) us on (?:facebook|twitter|x|instagram|zalo|youtube|telegram)\b",
    re.IGNORECASE,
)
_INLINE = re.compile(r"^(?:read more|see also|read also|related(?: news| articles?)?|"
                     r"caption|in this issue)\s*:\s*\S", re.IGNORECASE)  # "Caption: A Hmong ..."
#: A broadcast script's production cues, maybe after a timestamp: "[01:29] [VISUALS: border
#: marker, soldiers on patrol, Nậm Kè market]", "SIGN-OFF: Thu Trang, VTV News, Mường Nhé";
#: not a name strap ("SUPER: Major X - Deputy Head, Nậm Kè Border Post"), which tells whose
#: "we" follows
_STAMP = r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\][^\S\n]*)?"
_CUE = re.compile(rf"{_STAMP}(?:(?:SIGN-OFF|SIGN OFF|VISUALS?|GRAPHICS?|SHOWS|LOCATOR)[^\S\n]*:"
                  rf"|\[(?:VISUALS?|MUSIC|SFX|NEXT|GRAPHICS?|SHOWS?|CUT TO|SOUND)\b[^\]\n]*\]"
                  rf"[^\S\n]*$)")
_BULLET = re.compile(r"^\s*[\u2022\u00b7\u25aa\u25e6\u2023\u25cf\u25a0\u25ba\u25b8*-]"
                     r"\s*(?![-*=_~]{2})\S")


#: A contents box inside the text (a wiki's "Contents", a press kit's "CONTENTS") and its
#: items: numbered sections, maybe with dot leaders and a page ("2. Five posts ...... 1")
CONTENTS_HEADS = frozenset({"contents", "table of contents"})
_CONTENTS_ITEM = re.compile(r"\d+(?:\.\d+)*\.?[^\S\n]+\S.{0,90}|.{1,90}?\.{3,}[^\S\n]*\d+")


def contents_end(keys: list[str], i: int) -> int | None:
    """Return where a contents box at line *i* ends (its items), or ``None`` if it is none."""
    if keys[i].lower() not in CONTENTS_HEADS:
        return None
    j = end = i + 1
    while j < len(keys) and (not keys[j] or _CONTENTS_ITEM.fullmatch(keys[j])):
        j += 1
        end = j if keys[j - 1] else end
    return end if end > i + 1 else None


#: A photo's credit closing its caption ("... Photo courtesy of Dien Bien Border Guard", "Photo
#: by VnExpress/Duc Hung"), a wire's desk its last paragraph ("((Hanoi newsroom, +84 ...))")
_PHOTO_CREDIT = re.compile(r"(?:^|(?<=[.!?]\s))(?:Photo|Photos|Picture|Image)[^\S\n]+(?:courtesy"
                           r"[^\S\n]+of|by)[^\S\n]+[^.!?\n]{2,80}\]?[^\S\n]*$"
                           r"|(?<=[.!?\"”]\s)\(\([^()\n]{2,120}\)\)[^\S\n]*$")


def photo_credit(raw: str) -> int | None:
    """Return where a photo's credit (or a wire's desk) closing the line *raw* starts, if any."""
    if not any(w in raw for w in ("hoto", "mage", "icture", "((")):
        return None
    m = _PHOTO_CREDIT.search(raw)
    return m.start() if m else None


def is_furniture_start(key: str) -> bool:
    """Whether a line starts page furniture (comment box, related news, tags, share)."""
    if not key or len(key) > 120:
        return False
    return bool(_COMMENT_BOX.search(key) or _SECTION_HEADER.match(key)
                or _TAGS.match(key) or _SHARE.match(key))


def is_section_header(key: str) -> bool:
    """Whether a furniture line opens a new furniture section (its own span)."""
    # match, not search: the only comment-box line found further in ("... 500
    # characters left") is left out here anyway, like every character counter
    return bool(_SECTION_HEADER.match(key) or _TAGS.match(key)
                or (_COMMENT_BOX.match(key) and not re.search(r"\d+ ?/ ?\d+|characters?", key,
                                                              re.IGNORECASE)))


def is_inline_furniture(key: str) -> bool:
    """Tell a "Read more: ..." / "See also: ..." / "Caption: ..." line or a page's footer."""
    if len(key) > MAX_SHORT_LINE:
        return False
    end = key.rstrip()[-1:]  # a page's footer ends in a digit or a dash: no search otherwise
    return bool(_INLINE.match(key) or _CUE.match(key) or _CREDIT.search(key)
                or ((end.isdecimal() or end in ("-", "–", "—")) and _PAGE_LINE.search(key)))


#: A wire's credits closing the story: "Reporting by Panu Wongcha in Bangkok; Editing by Martin
#: Petty", "Associated Press writer K. in Bangkok contributed to this report." (the places are
#: where the reporters sat)
_CREDIT = re.compile(r"^\(?(?:additional )?(?:reporting|writing|editing) by\b"
                     r"|\bcontributed(?: reporting)? to this (?:report|story|article)\.?\)?$",
                     re.IGNORECASE)
#: A printed page's footer or number, in text extracted from a PDF: "... — Page 2 of 4",
#: "Page 3", "- 12 -".
_PAGE_LINE = re.compile(r"(?:^|[\s—–-])page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$"
                        r"|^[-–—]\s*\d{1,4}\s*[-–—]$", re.IGNORECASE)


def is_bullet(raw: str) -> bool:
    """Whether a raw line is a bulleted list item ("  • 'Title"; not a rule "-------")."""
    return bool(_BULLET.match(raw[:20]))


# --- bylines and signature blocks ------------------------------------------

_RANK = (r"(?:(?:senior |junior )?(?:lieutenant |major |brigadier )?(?:colonel|general|major|"
         r"captain|lieutenant)|comrade|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?|assoc\.? prof\.?|"
         r"reporter|journalist|pv\.?)")
_WORD = r"[^\W\d_][^\W\d_'-]*"
_NAME = rf"{_WORD}(?: {_WORD}){{1,5}}"
_BYLINE = re.compile(
    rf"^(?P<by>(?:(?:written|posted|reported|compiled) )?by |text(?: and photos?)?: ?|"
    rf"story(?: and photos?)?: ?|"
    rf"(?:article and )?photos?(?: and text)?: ?)?(?:{_RANK} )?(?P<name>{_NAME}"
    rf"(?:(?: ?[,&-] ?| and )(?:(?:photos?|text|story|video|graphics?)(?: by)?: ?)?{_NAME})"
    rf"{{0,3}})(?: ?\([^()]{{1,30}}\))?"  # "Story: Thu Hằng - Photos: Trần Việt"
    # an outlet after a slash: "Hoàng Minh/VOV-Northwest", "Minh Thuy / VOV Northwest"
    rf"(?: ?/ ?[^\W\d_][\w.]*(?:[ -][\w.]+){{0,3}})?$",
    re.IGNORECASE,
)
_ROLE_START = re.compile(
    r"^(?:commander|deputy|member|secretary|chairman|chairwoman|chair|vice|director|head|"
    r"chief|political|commissar|minister|president|permanent|standing|general|editor|"
    r"reporter|correspondent|lecturer|researcher|professor|officer|staff|former)\b",
    re.IGNORECASE,
)
_TERMINAL = tuple(".!?:;…\"')]")  # a role line ends without these
_NAME_TERMINAL = tuple(".!?:;…\"")  # a name line may end with "(VNA)"


#: Where a byline's writer files from: "Rebecca Ratcliffe in Sin Thau"; or the writer's
#: role: "KENJI SATO, Nikkei staff writer", "Jane Doe, Post reporter".
_WHERE = re.compile(r" in [A-ZĐ][\w'-]*(?: [A-ZĐ][\w'-]*){0,3}$"
                    r"|,? (?:[A-Z][\w.'-]*[ -]){0,3}(?:(?:senior|chief|special|foreign|regional|"
                    r"staff|contributing) )?(?:staff writer|writer|reporter|correspondent|"
                    r"editor|contributor|photographer)s?$")  # ("Nikkei staff writers")


def is_name_line(key: str) -> bool:
    """Tell a byline: a short line that is a person's name, maybe with rank or "By".

    Every word of the name starts with a capital ("Hà Linh", "Senior Colonel
    Phan Văn Hóa", "By Hà Linh (VNA)"), maybe with where it is filed from
    ("Rebecca Ratcliffe in Sin Thau").
    """
    if not key or len(key) > 80 or key.endswith(_NAME_TERMINAL):
        return False
    m = _BYLINE.match(_WHERE.sub("", key))
    if not m:
        return False
    words = re.split(r" |[,&-]| and ", m.group("name"))
    return all(w[:1].isupper() for w in words if w and w != "and")


def is_role_line(key: str) -> bool:
    """Tell a signature's role line ("Commander of the ... Command"): no final stop."""
    if not key or len(key) > 200 or key.endswith(_TERMINAL) or not key[0].isupper():
        return False
    if len(key.split()) > 30:
        return False
    return bool(_ROLE_START.match(key)) or " of the " in key


def byline_name(key: str) -> str:
    """Strip a leading "By " / "Text:" and a trailing " in <place>" or role from a byline key."""
    key = _WHERE.sub("", key)
    m = _BYLINE.match(key)
    return key[m.end("by"):] if m and m.group("by") else key


def is_spaced_menu(raw: str) -> bool:
    """Tell a menu saved as one line, its items apart by runs of spaces or by dashes.

    ("Home   Laos   About", "Politics - Society - Economy - World - Sports").
    """
    for sep in (r"\s{2,}", r"\s+[-–]\s+"):
        items = [x for x in re.split(sep, raw.strip()) if x]
        if len(items) >= 4 and all(len(x.split()) <= 3 and not x.endswith(SENTENCE_END)
                                   for x in items):
            return True
    return False
