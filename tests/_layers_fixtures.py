"""Tiny hand-made gazetteer and corpus for the layer, export and map tests.

Coordinates are illustrative (commune points near Điện Biên); the facts
(which post sits in which commune, markers 107-111 in Pa Thơm, Pa Xa Lào
village in Pa Thơm / Thanh Yên) follow the project's reference notes.
"""

from __future__ import annotations

from shapely.geometry import LineString

from geo.model import Article, ArticleResult, Corpus, Figure, Mention, Place, Span

XSS_NAME = 'Bản <script>alert("x")</script>'
XSS_PASSAGE = "Attack <img src=x onerror=alert(1)> at the gate."

PA_THOM_OLD = Place(
    id="vnold:c:03200", name="Pa Thơm", name_ascii="Pa Thom", kind="commune",
    lat=21.30, lon=102.88, precision="commune", uncertainty_m=8000.0,
    coord_source="vietnamadminunits", era="legacy", successor="vn2025:c:03201",
    bbox=(102.82, 21.25, 102.95, 21.36),
)
THANH_YEN = Place(
    id="vn2025:c:03201", name="Thanh Yên", name_ascii="Thanh Yen", kind="commune",
    lat=21.33, lon=102.98, precision="commune", uncertainty_m=12000.0,
    coord_source="vietnamadminunits", era="2025",
)
NA_U_OLD = Place(
    id="vnold:c:03190", name="Na Ư", name_ascii="Na U", kind="commune",
    lat=21.25, lon=102.95, precision="district", uncertainty_m=None,
    coord_source="vietnamadminunits (district point)", era="legacy",
    successor="vn2025:c:03210",
)
SAM_MUN = Place(
    id="vn2025:c:03210", name="Sam Mứn", name_ascii="Sam Mun", kind="commune",
    lat=21.22, lon=103.00, precision="commune", uncertainty_m=9000.0,
    coord_source="vietnamadminunits", era="2025",
)
PA_THOM_POST = Place(
    id="post:pa-thom", name="Pa Thơm Border Post", name_ascii="Pa Thom Border Post",
    kind="border_post", lat=21.30, lon=102.88, precision="commune", uncertainty_m=8000.0,
    coord_source="commune:vnold:c:03200", source="https://example.org/pa-thom",
    legacy_unit="vnold:c:03200", successor="vn2025:c:03201",
)
TAY_TRANG_GATE = Place(
    id="gate:tay-trang", name="Tây Trang International Border Gate",
    name_ascii="Tay Trang International Border Gate", kind="border_gate",
    lat=21.2290, lon=102.8930, precision="point", uncertainty_m=50.0,
    coord_source="https://example.org/tay-trang", legacy_unit="vnold:c:03190",
    successor="vn2025:c:03210", attrs=(("gate_type", "international"),),
)
MARKER_0 = Place(
    id="marker:vn-cn:0", name="Marker 0 (Vietnam-Laos-China tripoint)",
    name_ascii="Marker 0 (Vietnam-Laos-China tripoint)", kind="border_marker",
    lat=22.400638, lon=102.143919, precision="point", uncertainty_m=50.0,
    coord_source="https://example.org/marker-0",
)
MARKERS = tuple(
    Place(
        id=f"marker:vn-la:{n}", name=f"Marker {n}", name_ascii=f"Marker {n}",
        kind="border_marker", lat=21.30, lon=102.88, precision="segment",
        uncertainty_m=5000.0, coord_source="commune:vnold:c:03200",
        legacy_unit="vnold:c:03200", successor="vn2025:c:03201",
    )
    for n in range(107, 112)
)
PA_XA_LAO = Place(
    id="village:pa-xa-lao", name="Pa Xa Lào", name_ascii="Pa Xa Lao", kind="village",
    lat=21.30, lon=102.88, precision="commune", uncertainty_m=8000.0,
    coord_source="commune:vnold:c:03200", legacy_unit="vnold:c:03200",
    successor="vn2025:c:03201",
)
LAOS = Place(
    id="country:la", name="Laos", name_ascii="Laos", kind="country", lat=19.85, lon=102.5,
    precision="country", uncertainty_m=None, coord_source="naturalearth", country="LA",
)
XSS_VILLAGE = Place(
    id="user:xss", name=XSS_NAME, name_ascii=XSS_NAME, kind="village", lat=21.40, lon=103.0,
    precision="point", uncertainty_m=50.0, coord_source="user <b>file</b>",
)
MUONG_PHANG = Place(
    id="vnold:c:03150", name="Mường Phăng", name_ascii="Muong Phang", kind="commune",
    lat=21.45, lon=103.15, precision="commune", uncertainty_m=7000.0,
    coord_source="vietnamadminunits", era="legacy",
)
NOWHERE = Place(
    id="village:nowhere", name="Nowhere", name_ascii="Nowhere", kind="village", lat=None,
    lon=None, precision="province", uncertainty_m=None, coord_source="",
)

PLACES = (PA_THOM_OLD, THANH_YEN, NA_U_OLD, SAM_MUN, PA_THOM_POST, TAY_TRANG_GATE, MARKER_0,
          *MARKERS, PA_XA_LAO, LAOS, XSS_VILLAGE, MUONG_PHANG, NOWHERE)
SEGMENT = LineString([(102.86, 21.27), (102.87, 21.30), (102.89, 21.33)])
BOUNDARY = [LineString([(102.80, 21.10), (102.86, 21.27), (102.89, 21.33), (102.14, 22.40)])]


class FakeGazetteer:
    """Just the Gazetteer methods the layers use."""

    version = "test"

    def __init__(self, places=PLACES):
        self._by_id = {p.id: p for p in places}

    @property
    def places(self):
        return tuple(self._by_id.values())

    def get(self, place_id):
        aliases = {"marker:vn-la:0": "marker:vn-cn:0"}  # the tripoint is in both series
        return self._by_id.get(aliases.get(place_id, place_id))

    def extent(self, place_id):
        if place_id.startswith("marker:vn-la:"):
            return SEGMENT
        return None

    def boundary_lines(self):
        return [("VN-LA", BOUNDARY[0])]


def _mention(article, text, surface, place, *, nth=0, in_body=True, **kw):
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    end = start + len(surface)
    sentence_start = text.rfind("\n", 0, start) + 1
    sentence_end = text.find("\n", end)
    return Mention(
        article=article, surface=surface, start=start, end=end, in_body=in_body,
        kind=place.kind if place else "other", place_id=place.id if place else None,
        name=place.name if place else None, lat=place.lat if place else None,
        lon=place.lon if place else None, precision=place.precision if place else None,
        uncertainty_m=place.uncertainty_m if place else None,
        sentence=Span(sentence_start, sentence_end if sentence_end >= 0 else len(text)), **kw,
    )


TEXT_A = (
    "Patrols at Pa Thơm\n"
    "Pa Thơm Border Post patrolled markers 107 to 111 with Laos.\n"
    "Pa Xa Lào village in Pa Thơm commune received 20 tonnes of rice.\n"
    "The border is 455.573 km long.\n"
    "Recent news: Tây Trang International Border Gate reopens.\n"
)
TEXT_B = (
    "Trade at Tây Trang\n"
    "Tây Trang International Border Gate handled 1,200 vehicles.\n"
    "Pa Xa Lào village in Thanh Yên commune grows rice.\n"
    f"{XSS_PASSAGE} {XSS_NAME} joined.\n"
    "The border is 408.616 km long.\n"
    "Pa Thơm Border Post sent twelve soldiers to Nowhere hamlet.\n"
)


def make_corpus() -> Corpus:
    """Two articles: mentions (one in furniture), a marker range and figures."""
    a = Article(id="a", text=TEXT_A, title="Patrols at Pa Thơm", date="2024-05-01",
                body=Span(19, TEXT_A.index("Recent news")))
    b = Article(id="b", text=TEXT_B, title="Trade <b>at</b> Tây Trang", date="2025-08-02",
                body=Span(19, len(TEXT_B)))
    ma = (
        _mention("a", TEXT_A, "Pa Thơm Border Post", PA_THOM_POST),
        _mention("a", TEXT_A, "markers 107 to 111", MARKERS[0],
                 marker_numbers=(107, 108, 109, 110, 111), marker_series="VN-LA"),
        _mention("a", TEXT_A, "Laos", LAOS),
        _mention("a", TEXT_A, "Pa Xa Lào", PA_XA_LAO),
        _mention("a", TEXT_A, "Pa Thơm", PA_THOM_OLD, nth=2),
        _mention("a", TEXT_A, "Tây Trang International Border Gate", TAY_TRANG_GATE,
                 in_body=False),
    )
    mb = (
        _mention("b", TEXT_B, "Tây Trang International Border Gate", TAY_TRANG_GATE),
        _mention("b", TEXT_B, "Pa Xa Lào", PA_XA_LAO),
        _mention("b", TEXT_B, "Thanh Yên", THANH_YEN),
        _mention("b", TEXT_B, XSS_NAME, XSS_VILLAGE),
        _mention("b", TEXT_B, "Pa Thơm Border Post", PA_THOM_POST),
        _mention("b", TEXT_B, "Nowhere", NOWHERE),
        _mention("b", TEXT_B, "twelve soldiers", None),  # unresolved: counts nowhere
    )
    fa = (
        Figure(article="a", quote="20 tonnes of rice", start=0, end=0, value=20, unit="tonne",
               subject="rice", theme="aid", place_id="village:pa-xa-lao",
               place_name="Pa Xa Lào"),
        Figure(article="a", quote="455.573 km", start=0, end=0, value=455.573, unit="km",
               subject="border", theme="border", place_id="post:pa-thom"),
    )
    fb = (
        Figure(article="b", quote="1,200 vehicles", start=0, end=0, value=1200,
               unit="vehicle", subject="vehicles", theme="trade", place_id="gate:tay-trang"),
        Figure(article="b", quote="408.616 km", start=0, end=0, value=408.616, unit="km",
               subject="border", theme="border", place_id="post:pa-thom"),
        Figure(article="b", quote="thousands of people", start=0, end=0, value=None,
               unit="person", subject="people", theme="aid", vague=True),
    )
    return Corpus(
        (ArticleResult(a, ma, fa), ArticleResult(b, mb, fb)),
        gazetteer_version="test",
    )
