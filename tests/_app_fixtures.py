"""A tiny corpus and gazetteer for the tests of the app's view models (``geo.app``).

Two articles: ``a1`` mentions the Tây Trang post twice in its body and once
in its "Recent news" furniture, and Na Ư commune; ``b2`` (title a script
tag) mentions Tây Trang and an unresolved "Huổi Xyz" village.  Each has a
patrol figure about the post, with different values (a disagreement).
"""

from __future__ import annotations

from pathlib import Path

from geo.model import Article, ArticleResult, Corpus, Figure, Mention, Place, Span

#: Payloads that must come out of the app as text.
XSS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '"><svg onload=alert(1)>',
    "<a href=\"javascript:alert(1)\">x</a>",
    "[click](javascript:alert(1))",
]


def article(text: str, aid: str = "a1", **kw) -> Article:
    """An article whose body is the whole text unless told otherwise."""
    kw.setdefault("body", Span(0, len(text)))
    return Article(id=aid, text=text, **kw)


def mention(art: Article, surface: str, place_id: str | None, *, nth: int = 0,
            kind: str = "border_post", name: str | None = None, in_body: bool = True) -> Mention:
    """A mention of the nth occurrence of *surface* in article *art*."""
    start = -1
    for _ in range(nth + 1):
        start = art.text.index(surface, start + 1)
    return Mention(article=art.id, surface=surface, start=start, end=start + len(surface),
                   in_body=in_body, kind=kind, place_id=place_id, name=name or surface,
                   lat=21.3, lon=102.9, precision="commune", uncertainty_m=10_000.0)


class AppGazetteer:
    """A three-entry gazetteer with the methods the app uses."""

    def __init__(self):
        self.places = [
            Place(id="post:tay-trang", name="Tây Trang Border Post",
                  name_ascii="Tay Trang Border Post",
                  kind="border_post", lat=21.3, lon=102.9, precision="commune",
                  uncertainty_m=10_000.0, coord_source="commune:vn2025:c:1",
                  legacy_unit="vnold:c:9", successor="vn2025:c:1",
                  alt_names=("Tây Trang International Border Post",)),
            Place(id="vnold:c:9", name="Na Ư", name_ascii="Na U", kind="commune", lat=21.3,
                  lon=102.9, precision="district", uncertainty_m=30_000.0,
                  coord_source="vietnamadminunits", era="legacy", successor="vn2025:c:1"),
            Place(id="vn2025:c:1", name="Sam Mứn", name_ascii="Sam Mun", kind="commune",
                  lat=21.3, lon=102.9, precision="point", uncertainty_m=50.0,
                  coord_source="vietnamadminunits", era="2025"),
        ]
        self._by_id = {p.id: p for p in self.places}

    def get(self, pid):
        return self._by_id.get(pid)

    def lookup(self, name, *, kinds=None):
        return []


TEXT = ("Border work in Điện Biên\n\n"
        "Guards of the Tây Trang Border Post help Na Ư commune. They patrol daily.\n\n"
        "In 2024 the Tây Trang post held 12 patrols.\n\n"
        "Recent news\n\nTây Trang teaser.")


def make_corpus() -> Corpus:
    """One article with two body mentions of Tây Trang, one in furniture, one unresolved."""
    body_end = TEXT.index("Recent news")
    a = article(TEXT, title="Border work in Điện Biên", title_span=Span(0, 24),
                date="2024-08-15", body=Span(26, body_end),
                furniture=(Span(body_end, len(TEXT)),))
    ms = (
        mention(a, "Tây Trang Border Post", "post:tay-trang"),
        mention(a, "Na Ư", "vnold:c:9", kind="commune"),
        mention(a, "Tây Trang", "post:tay-trang", nth=1),
        mention(a, "Tây Trang", "post:tay-trang", nth=2, in_body=False),
    )
    b = article("Patrols near Huổi Xyz village and the Tây Trang post.", aid="b2",
                title="<script>alert('t')</script>", date="2025-01-02")
    ms_b = (mention(b, "Huổi Xyz", None, kind="village"),
            mention(b, "Tây Trang", "post:tay-trang"))
    f1 = Figure(article="a1", quote="12 patrols", start=TEXT.index("12 patrols"),
                end=TEXT.index("12 patrols") + 10, value=12, unit="patrol", subject="patrols",
                theme="patrols", place_id="post:tay-trang", place_name="Tây Trang Border Post")
    f2 = Figure(article="b2", quote="15 patrols", start=0, end=10, value=15, unit="patrol",
                subject="patrols", theme="patrols", place_id="post:tay-trang")
    return Corpus((ArticleResult(a, ms, (f1,)), ArticleResult(b, ms_b, (f2,))))


def seeds_in_cache(cache_dir, gaz):
    """Process the seeds into a result cache in *cache_dir*; return ``(corpus, index)``."""
    from geo.app.index import index_corpus
    from geo.cache import ResultCache
    from geo.pipeline import process_corpus

    cache = ResultCache(cache_dir)
    try:
        corpus = process_corpus([Path(__file__).resolve().parent.parent / "seeds"], gaz,
                                workers=1, cache=cache)
    finally:
        cache.close()
    return corpus, index_corpus(corpus)
