"""Hand-made place mentions for figure tests (independent of geo.mentions.find)."""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

from geo.model import Article, Mention, Span

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
EXPECTED = ROOT / "tests" / "data" / "expected_figures"

PROVINCE = ("vnold:p:11", "Điện Biên", "province")

#: (pattern, (place_id, name, kind)): what a careful reader marks in the seeds.
_TABLE: list[tuple[str, tuple[str, str, str]]] = [
    (r"(?:Si Pha Phìn|Si Pa Phìn) Border Post", ("post:si-pa-phin", "Si Pa Phìn Border Post",
                                                  "border_post")),
    (r"Tây Trang International Border Post", ("post:tay-trang", "Tây Trang Border Post",
                                              "border_post")),
    (r"Pa Thơm Border Post", ("post:pa-thom", "Pa Thơm Border Post", "border_post")),
    (r"Nậm Kè Border Post", ("post:nam-ke", "Nậm Kè Border Post", "border_post")),
    (r"Sen Thượng Border Post", ("post:sen-thuong", "Sen Thượng Border Post", "border_post")),
    (r"Nà Bủng Border Post|Na Bung Border Guard Post", ("post:na-bung", "Nà Bủng Border Post",
                                                         "border_post")),
    (r"Thanh Luông Border Post", ("post:thanh-luong", "Thanh Luông Border Post",
                                  "border_post")),
    (r"A Pa Chải Border Post", ("post:a-pa-chai", "A Pa Chải Border Post", "border_post")),
    (r"Điện Biên Phủ", ("vnold:d:094", "Điện Biên Phủ", "district")),
    (r"(?<=\()Điện Biên(?= district)|Điện Biên(?=, Mường Chà)", ("vnold:d:100", "Điện Biên",
                                                           "district")),
    (r"Điện Biên|Dien Bien", PROVINCE),
    (r"Si Pa Phìn(?! Border)", ("vnold:c:03199", "Si Pa Phìn", "commune")),
    (r"Chà Nưa", ("vnold:c:03187", "Chà Nưa", "commune")),
    (r"Pa Thơm commune|Pa Thơm(?= \()", ("vnold:c:03340", "Pa Thơm", "commune")),
    (r"Nậm Kè commune", ("vnold:c:03162", "Nậm Kè", "commune")),
    (r"Thanh Yên commune", ("vn2025:c:03349", "Thanh Yên", "commune")),
    (r"Nậm Pồ district", ("vnold:d:103", "Nậm Pồ", "district")),
    (r"Tàng Phon", ("village:tang-phon", "Tàng Phon", "village")),
    (r"Pa Xa Lào", ("village:pa-xa-lao", "Pa Xa Lào", "village")),
    (r"markers 107 to 111", ("marker:vn-la:107", "Marker 107", "border_marker")),
    (r"\bChina\b", ("country:cn", "China", "country")),
    (r"\bLaos\b", ("country:la", "Laos", "country")),
    (r"\bVietnam\b", ("country:vn", "Vietnam", "country")),
]
_PATTERN = re.compile("|".join(f"({p})" for p, _ in _TABLE))


def make_mention(article: Article | str, start: int, end: int, place: tuple[str, str, str]
                 ) -> Mention:
    """Return a resolved mention of ``place`` = (id, name, kind) at ``[start, end)``."""
    text = article.text if isinstance(article, Article) else article
    art = article.id if isinstance(article, Article) else "t"
    place_id, name, kind = place
    return Mention(article=art, surface=text[start:end], start=start, end=end, in_body=True,
                   kind=kind, place_id=place_id, name=name, lat=None, lon=None,
                   precision=None, uncertainty_m=None)


def mention_of(article: Article, surface: str, place: tuple[str, str, str], nth: int = 0
               ) -> Mention:
    """Return a mention of the *nth* occurrence of *surface* in the article text."""
    pos = -1
    for _ in range(nth + 1):
        pos = article.text.index(surface, pos + 1)
    return make_mention(article, pos, pos + len(surface), place)


def hand_mentions(article: Article) -> list[Mention]:
    """Mark the seed places a careful reader would mark (NFC or NFD text)."""
    nfd = unicodedata.is_normalized("NFC", article.text) is False
    text = unicodedata.normalize("NFC", article.text) if nfd else article.text
    out = []
    for m in _PATTERN.finditer(text):
        place = _TABLE[m.lastindex - 1][1]
        out.append((m.start(), m.end(), place))
    if not nfd:
        return [make_mention(article, s, e, p) for s, e, p in out]
    # map NFC offsets to the NFD text: NFC prefix length -> NFD prefix length
    mapped = []
    for s, e, p in out:
        ns = len(unicodedata.normalize("NFD", text[:s]))
        ne = len(unicodedata.normalize("NFD", text[:e]))
        mapped.append(make_mention(article, ns, ne, p))
    return mapped


def article_of(text: str, *, body: tuple[int, int] | None = None, date: str | None = None,
               article_id: str = "t") -> Article:
    """Return an article whose whole text (or *body*) is the body."""
    span = Span(*body) if body else Span(0, len(text))
    return Article(id=article_id, text=text, body=span, date=date)


def read_expected(article_id: str) -> list[dict[str, str]]:
    """Return the expected figure rows of a seed."""
    with open(EXPECTED / f"{article_id}.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))
