"""Pure helpers behind the app: highlighting, panel, reader, filters, search, tables."""

from __future__ import annotations

import csv
import io

import pytest

from geo.app import data as appdata
from geo.model import Article, ArticleResult, Corpus, Figure, Mention, Place, Span

XSS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '"><svg onload=alert(1)>',
    "<a href=\"javascript:alert(1)\">x</a>",
    "[click](javascript:alert(1))",
]


def _article(text: str, aid: str = "a1", **kw) -> Article:
    """An article whose body is the whole text unless told otherwise."""
    kw.setdefault("body", Span(0, len(text)))
    return Article(id=aid, text=text, **kw)


def _mention(article: Article, surface: str, place_id: str | None, *, nth: int = 0,
             kind: str = "border_post", name: str | None = None, in_body: bool = True) -> Mention:
    """A mention of the nth occurrence of *surface* in *article*."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(surface, start + 1)
    return Mention(article=article.id, surface=surface, start=start, end=start + len(surface),
                   in_body=in_body, kind=kind, place_id=place_id, name=name or surface,
                   lat=21.3, lon=102.9, precision="commune", uncertainty_m=10_000.0)


class _Gaz:
    """A two-entry gazetteer with the methods the app uses."""

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


@pytest.fixture
def corpus():
    """One article with two body mentions of Tây Trang, one in furniture, one unresolved."""
    body_end = TEXT.index("Recent news")
    a = _article(TEXT, title="Border work in Điện Biên", title_span=Span(0, 24),
                 date="2024-08-15", body=Span(26, body_end),
                 furniture=(Span(body_end, len(TEXT)),))
    ms = (
        _mention(a, "Tây Trang Border Post", "post:tay-trang"),
        _mention(a, "Na Ư", "vnold:c:9", kind="commune"),
        _mention(a, "Tây Trang", "post:tay-trang", nth=1),
        _mention(a, "Tây Trang", "post:tay-trang", nth=2, in_body=False),
    )
    b = _article("Patrols near Huổi Xyz village and the Tây Trang post.", aid="b2",
                 title="<script>alert('t')</script>", date="2025-01-02")
    ms_b = (_mention(b, "Huổi Xyz", None, kind="village"),
            _mention(b, "Tây Trang", "post:tay-trang"))
    f1 = Figure(article="a1", quote="12 patrols", start=TEXT.index("12 patrols"),
                end=TEXT.index("12 patrols") + 10, value=12, unit="patrol", subject="patrols",
                theme="patrols", place_id="post:tay-trang", place_name="Tây Trang Border Post")
    f2 = Figure(article="b2", quote="15 patrols", start=0, end=10, value=15, unit="patrol",
                subject="patrols", theme="patrols", place_id="post:tay-trang")
    return Corpus((ArticleResult(a, ms, (f1,)), ArticleResult(b, ms_b, (f2,))))


@pytest.fixture
def index(corpus):
    return appdata.index_corpus(corpus)


@pytest.mark.parametrize("payload", XSS)
def test_highlight_escapes_everything(payload):
    text = f"before {payload} Tây Trang {payload} after"
    start = text.index("Tây Trang")
    out = appdata.highlight(text, 0, len(text), [(start, start + 9)], titles=[payload])
    assert "<script" not in out and "<img" not in out and "<svg" not in out and "<a " not in out
    assert out.count("<mark") == 1
    assert '<mark class="geo-mention" title="' in out


def test_highlight_marks_exact_span_and_clips():
    text = "abc Tây Trang def"
    out = appdata.highlight(text, 2, 15, [(4, 13), (0, 3)])
    assert out == ('<mark class="geo-mention">c</mark> '
                   '<mark class="geo-mention">Tây Trang</mark> d')


@pytest.mark.parametrize("payload", XSS)
def test_escape_markdown_leaves_no_markup(payload):
    out = appdata.escape_markdown(payload)
    assert "<" not in out.replace("\\<", "") and "](" not in out


def test_panel_has_names_units_coordinates_and_passages(index):
    info = appdata.place_panel("post:tay-trang", index, _Gaz())
    assert info["name"] == "Tây Trang Border Post" and info["name_ascii"] == "Tay Trang Border Post"
    assert info["legacy_unit"] == {"id": "vnold:c:9", "name": "Na Ư"}
    assert info["successor"] == {"id": "vn2025:c:1", "name": "Sam Mứn"}
    assert info["precision"] == "commune" and info["coord_source"].startswith("commune:")
    # body mentions only: two in article a1, one in b2; the teaser is furniture
    assert [p["article"] for p in info["passages"]] == ["a1", "a1", "b2"]
    first = info["passages"][0]
    assert first["title"] == "Border work in Điện Biên" and first["date"] == "2024-08-15"
    assert first["html"] == ('Guards of the <mark class="geo-mention">Tây Trang Border Post</mark>'
                             " help Na Ư commune.")
    assert info["furniture_mentions"] == 1


def test_panel_shows_disagreeing_figures_side_by_side(index):
    info = appdata.place_panel("post:tay-trang", index, _Gaz())
    assert [f["value"] for f in info["figures"]] == [12, 15]
    assert len(info["disagreements"]) == 1
    assert {f["article"] for f in info["disagreements"][0]} == {"a1", "b2"}


def test_panel_unknown_place_is_none(index):
    assert appdata.place_panel("post:nowhere", index, _Gaz()) is None


def test_reader_marks_mentions_and_furniture(index):
    doc = appdata.article_reader(index, "a1")
    assert doc["title"] == "Border work in Điện Biên"
    assert [p["furniture"] for p in doc["paragraphs"]] == [False, False, False, True, True]
    assert doc["paragraphs"][0]["title"] is True
    assert doc["paragraphs"][1]["html"].count("<mark") == 2
    assert doc["places"][0] == {"id": "post:tay-trang", "name": "Tây Trang Border Post",
                                "kind": "border_post", "count": 2}
    hidden = appdata.article_reader(index, "a1", show_furniture=False)
    assert len(hidden["paragraphs"]) == 3


def test_reader_escapes_title_text(index):
    doc = appdata.article_reader(index, "b2")
    assert doc["title"] == "<script>alert('t')</script>"  # raw: the page escapes or st.html's it
    assert all("<script" not in p["html"] for p in doc["paragraphs"])


def test_filters(corpus):
    assert len(appdata.filter_corpus(corpus).results) == 2
    only_b = appdata.filter_corpus(corpus, articles=["b2"])
    assert [r.article.id for r in only_b.results] == ["b2"]
    communes = appdata.filter_corpus(corpus, kinds=["commune"])
    assert [m.surface for r in communes.results for m in r.mentions] == ["Na Ư"]
    none = appdata.filter_corpus(corpus, themes=["drugs"])
    assert not any(r.figures for r in none.results)
    dated = appdata.filter_corpus(corpus, date_from="2025-01-01", date_to="2025-12-31")
    assert [r.article.id for r in dated.results] == ["b2"]


def test_filter_options(index):
    opts = appdata.filter_options(index)
    assert opts["kinds"] == ["border_post", "commune", "village"]
    assert opts["themes"] == ["patrols"]
    assert opts["dates"] == ("2024-08-15", "2025-01-02")


@pytest.mark.parametrize("query", ["Tây Trang", "tay trang", "TAY TRANG BORDER POST",
                                   "Tây Trang International Border Post"])
def test_search_with_or_without_diacritics(index, query):
    hits = appdata.search_places(query, _Gaz(), index)
    assert hits[0]["id"] == "post:tay-trang"
    assert hits[0]["in_corpus"] == 4


@pytest.mark.parametrize("query", ["", "   ", "zzz"])
def test_search_nothing(index, query):
    assert appdata.search_places(query, _Gaz(), index) == []


def test_search_na_u(index):
    assert appdata.search_places("Na U", _Gaz(), index)[0]["id"] == "vnold:c:9"


def test_tables_and_csv(index):
    places = appdata.places_rows(index, _Gaz())
    assert [r["place_id"] for r in places] == ["post:tay-trang", "vnold:c:9"]
    assert places[0]["mentions"] == 3 and places[0]["articles"] == 2
    mentions = appdata.mentions_rows(index)
    assert len(mentions) == 6
    data = appdata.rows_to_csv(mentions).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data)))
    assert rows[0]["surface"] == "Tây Trang Border Post"
    figures = appdata.figures_rows(index)
    assert [f["value"] for f in figures] == [12, 15]


def test_csv_defuses_formulas():
    data = appdata.rows_to_csv([{"a": "=HYPERLINK(\"x\")", "b": "-1", "c": 3}])
    assert "'=HYPERLINK" in data.decode("utf-8-sig")


def test_unresolved_names(index):
    groups = appdata.unresolved_names(index)
    assert [(g["name"], g["count"]) for g in groups] == [("Huổi Xyz", 1)]
    assert '<mark class="geo-mention">Huổi Xyz</mark>' in groups[0]["passages"][0]["html"]


@pytest.mark.parametrize(("args", "kw", "expected"), [
    ((17_400_000_000, "VND"), {"qualifier": "over"}, "over 17,400,000,000 VND"),
    ((408.616, "km"), {}, "408.616 km"),
    ((59.7, "kg"), {}, "59.7 kg"),
    ((2500, "MW"), {"value_high": 3000}, "2,500–3,000 MW"),
    ((None, "individuals"), {"qualifier": "thousands of"}, "thousands of (no number) individuals"),
    ((12.0, ""), {}, "12"),
])
def test_format_figure(args, kw, expected):
    assert appdata.format_figure(*args, **kw) == expected


def test_zoom_grows_with_precision():
    zooms = [appdata.zoom_for(p) for p in ("country", "province", "district", "commune",
                                           "point")]
    assert zooms == sorted(zooms) and appdata.zoom_for(None) == 10


def test_search_with_a_prebuilt_name_table(index):
    gaz = _Gaz()
    names = appdata.name_table(gaz)
    assert appdata.search_places("sam mun", gaz, index, names=names)[0]["id"] == "vn2025:c:1"
    assert appdata.search_places("sam mun", gaz, index, names=()) == []
