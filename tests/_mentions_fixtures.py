"""A tiny in-memory gazetteer with the interface geo.mentions.find needs."""

from geo.model import Article, Place, Span
from geo.text import fold


def _p(pid, name, kind, *, era=None, parent=None, province=None, legacy=None, succ=None,
       alts=(), country="VN", type_=None, lat=21.3, lon=102.9, precision="commune"):
    attrs = (("type", type_),) if type_ else ()
    return Place(id=pid, name=name, name_ascii=fold(name), kind=kind, lat=lat, lon=lon,
                 precision=precision, uncertainty_m=10_000.0, coord_source="test", era=era,
                 parent=parent, province=province, legacy_unit=legacy, successor=succ,
                 alt_names=tuple(alts), country=country, attrs=attrs)


def _places():
    P_OLD, P_NEW = "vnold:p:11", "vn2025:p:11"
    yield _p(P_OLD, "Điện Biên", "province", era="legacy", province=P_OLD, succ=P_NEW,
             alts=("Tỉnh Điện Biên",), precision="province")
    yield _p(P_NEW, "Điện Biên", "province", era="2025", province=P_NEW,
             alts=("Tỉnh Điện Biên",), precision="province")
    yield _p("vn2025:p:01", "Hà Nội", "province", era="2025", province="vn2025:p:01",
             alts=("Thành phố Hà Nội",), precision="province")
    for code, name in (("100", "Điện Biên"), ("097", "Mường Chà"), ("103", "Nậm Pồ")):
        yield _p(f"vnold:d:{code}", name, "district", era="legacy", parent=P_OLD, province=P_OLD,
                 alts=(f"Huyện {name}",), precision="district")
    legacy = [("03340", "Pa Thơm", "100", "03349"), ("03346", "Thanh Yên", "100", "03349"),
              ("03199", "Si Pa Phìn", "103", "03199"), ("03187", "Chà Nưa", "103", "03166"),
              ("03361", "Na Ư", "100", "03356")]
    for code, name, dist, succ in legacy:
        yield _p(f"vnold:c:{code}", name, "commune", era="legacy", parent=f"vnold:d:{dist}",
                 province=P_OLD, legacy=f"vnold:c:{code}", succ=f"vn2025:c:{succ}",
                 alts=(f"Xã {name}",), type_="Xã")
    yield _p("vnold:c:03172", "Mường Chà", "commune", era="legacy", parent="vnold:d:097",
             province=P_OLD, legacy="vnold:c:03172", succ="vn2025:c:03172",
             alts=("Thị trấn Mường Chà",), type_="Thị trấn")
    for code, name in (("03349", "Thanh Yên"), ("03199", "Si Pa Phìn"), ("03166", "Mường Chà"),
                       ("03356", "Sam Mứn"), ("03172", "Na Sang")):
        yield _p(f"vn2025:c:{code}", name, "commune", era="2025", parent=P_NEW, province=P_NEW,
                 alts=(f"Xã {name}",), type_="Xã")
    yield _p("vnold:c:99999", "Tân An", "commune", era="legacy", parent="vnold:d:999",
             province="vnold:p:80", type_="Xã")
    yield _p("post:si-pa-phin", "Si Pa Phìn Border Post", "border_post",
             legacy="vnold:c:03199", succ="vn2025:c:03199", parent="vn2025:c:03199",
             alts=("Đồn Biên phòng Si Pa Phìn",))
    yield _p("post:pa-thom", "Pa Thơm Border Post", "border_post", legacy="vnold:c:03340",
             succ="vn2025:c:03349", parent="vn2025:c:03349")
    yield _p("post:tay-trang", "Tây Trang International Border Gate Border Post", "border_post",
             legacy="vnold:c:03361", succ="vn2025:c:03356", parent="vn2025:c:03356")
    yield _p("gate:tay-trang", "Tây Trang International Border Gate", "border_gate",
             alts=("Tay Trang",), legacy="vnold:c:03361", succ="vn2025:c:03356")
    yield _p("gate:huoi-puoc", "Huổi Puốc Border Gate", "border_gate",
             alts=("Cửa khẩu chính Huổi Puốc",))
    yield _p("gate:si-pa-phin", "Si Pa Phìn Border Gate", "border_gate",
             alts=("Cửa khẩu phụ Si Pa Phìn",), legacy="vnold:c:03199", succ="vn2025:c:03199")
    yield _p("village:pa-xa-lao", "Pa Xa Lào", "village", legacy="vnold:c:03340",
             succ="vn2025:c:03349", parent="vn2025:c:03349", alts=("bản Pa Xa Lào",))
    yield _p("other:dien-bien-phu-city", "Điện Biên Phủ city", "other",
             alts=("Dien Bien Phu",), precision="point")
    yield _p("country:vn", "Vietnam", "country", alts=("Việt Nam",), precision="country")
    yield _p("country:la", "Laos", "country", alts=("Lào",), country="LA", precision="country")
    yield _p("country:cn", "China", "country", country="CN", precision="country")
    yield _p("foreign:yunnan", "Yunnan", "foreign_place", country="CN", precision="province")
    for n in range(107, 112):
        yield _p(f"marker:vn-la:{n}", f"Vietnam–Laos border marker {n}", "border_marker",
                 legacy="vnold:c:03340", succ="vn2025:c:03349", precision="segment",
                 alts=(f"Mốc {n}",))
    yield _p("marker:vn-cn:0", "Tripoint (Marker 0)", "border_marker", precision="point",
             alts=("Marker 0",))
    yield _p("marker:vn-cn:3", "Vietnam–China border marker 3", "border_marker",
             precision="segment")


class FakeGazetteer:
    """Places by id and their folded names, like geo.gazetteer.Gazetteer."""

    def __init__(self, version="fake-1"):
        self.places = tuple(_places())
        self._by_id = {p.id: p for p in self.places}
        self.version = version
        self.memo = {}

    def __len__(self):
        return len(self.places)

    def get(self, place_id):
        return self._by_id.get(place_id)

    def aliases(self):
        for p in self.places:
            for name in (p.name, *p.alt_names):
                yield fold(name), p.id


def article(text, *, date=None, body=None, title=None, aid="t"):
    """An article whose body is all of *text* unless *body* says otherwise."""
    return Article(id=aid, text=text, date=date, body=body or Span(0, len(text)),
                   title_span=title)
