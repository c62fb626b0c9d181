"""The Streamlit page, driven headless by Streamlit's ``AppTest`` (no browser).

The map shows up as a custom-component element whose arguments (the map
script, its JS/CSS links) can be read: none may point off the machine, or
the map would blank silently offline.  A click is simulated by patching
``geo_app.mapframe.send`` (what sends the map) to return a clicked feature.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from _apptest import app_test, map_args
from streamlit.testing.v1 import AppTest

from geo_app import mapframe
from geo_app.views import VIEWS

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app.py"
TAY_TRANG_PASSAGE = ("Border guards from the Tây Trang International Border Post assist locals "
                     "in Na Ư commune")
URL = re.compile(r"""(?:https?:)?//[^\s"'<>)]+""", re.I)
REAL_SEND = mapframe.send


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    """A copy of the seeds and an empty override file, for every test of the module."""
    work = tmp_path_factory.mktemp("apptest")
    corpus = work / "corpus"
    shutil.copytree(ROOT / "seeds", corpus)
    values = {"GEO_CORPUS": str(corpus), "GEO_OVERRIDES": str(work / "overrides.csv"),
              "GEO_CACHE_DIR": str(work / "cache")}
    with pytest.MonkeyPatch.context() as mp:
        for k, v in values.items():
            mp.setenv(k, v)
        yield {"corpus": corpus, "overrides": work / "overrides.csv", "work": work}


@pytest.fixture(autouse=True)
def _module_cache(env, monkeypatch):
    """Every test of the module uses the module's cache folder, not its own.

    Streamlit's ``st.cache_resource`` lives as long as the process, so a
    corpus the app processed in one test is reused in the next; its articles
    must still be in the cache folder the app reads.
    """
    monkeypatch.setenv("GEO_CACHE_DIR", str(env["work"] / "cache"))


@pytest.fixture(scope="module")
def tay_trang(gaz) -> str:
    """The id of the Tây Trang International Border Post."""
    cands = gaz.lookup("Tây Trang Border Post", kinds=["border_post"])
    assert cands, "the gazetteer has no Tây Trang Border Post"
    return cands[0].place.id


def _run(at: AppTest | None = None) -> AppTest:
    # "is None": an AppTest that has not run yet is falsy (no elements)
    at = app_test() if at is None else at
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def _goto(at: AppTest, view: str) -> AppTest:
    """Ask for the registered view *view* as the app's own buttons do, and run."""
    at.session_state["goto"] = view
    at = _run(at)
    assert at.session_state.view == view
    return at


def _html(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def _text(at: AppTest) -> str:
    parts = []
    for kind in ("markdown", "caption", "subheader", "success", "error", "warning", "info"):
        parts += [str(e.value) for e in getattr(at, kind)]
    return "\n".join(parts).replace("\\", "")


def _click(monkeypatch, place_id: str | None, *, point=(21.5, 102.9), here=None):
    """Make the map component show the real map but report a click on *place_id*.

    With *here*, the click is reported as the map's own script does: the ids
    of every drawn place near the click.
    """
    calls = []

    def fake(*args, **kwargs):
        calls.append(kwargs)
        REAL_SEND(*args, **kwargs)
        props = {"id": place_id} if here is None else {"id": (here or [None])[0],
                                                       "here": list(here), "click": 1}
        drawing = None if place_id is None and here is None else {
            "type": "Feature", "properties": props,
            "geometry": {"type": "Point", "coordinates": [point[1], point[0]]}}
        return {"last_active_drawing": drawing,
                "last_clicked": {"lat": point[0], "lng": point[1]}}

    monkeypatch.setattr(mapframe, "send", fake)
    return calls


def test_map_loads_nothing_off_the_machine(env):
    at = _run()
    args = map_args(at)
    links = args["js_links"] + args["css_links"]
    assert links, "the map has no scripts"
    assert all(link.startswith("/app/static/") for link in links), links
    for link in links:  # every script the map needs is there to be served
        assert (ROOT / "static" / link.removeprefix("/app/static/")).is_file(), link
    names = " ".join(links)
    assert "leaflet.js" in names and "jquery" in names
    for part in ("header", "html"):
        for tag in re.findall(r"<(?:script|link|img)\b[^>]*>", args[part] or "", re.I):
            assert not URL.search(tag), tag
    assert "tileLayer" not in args["script"], "tiles must be off by default"
    assert "@import" not in args["header"]


def test_map_returns_only_what_the_app_reads(env):
    args = map_args(_run())
    # the clicked feature and point; where the map is (for the URL)
    assert sorted(args["returned_objects"]) == ["center", "last_active_drawing", "last_clicked",
                                                "zoom"]


def test_tiles_toggle_adds_openstreetmap(env):
    at = _run()
    at.sidebar.toggle(key="tiles").set_value(True)
    at = _run(at)
    args = map_args(at)
    assert "tileLayer" in args["script"] and "openstreetmap" in args["script"].lower()
    assert all(link.startswith("/app/static/") for link in args["js_links"])


def test_click_on_tay_trang_shows_its_passages(env, monkeypatch, tay_trang):
    calls = _click(monkeypatch, tay_trang)
    at = _run()
    assert calls and calls[0]["returned_objects"] == ["last_active_drawing", "last_clicked",
                                                      "center", "zoom"]
    html = _html(at)
    assert '<mark class="geo-mention">' in html
    plain = re.sub(r"<[^>]+>", "", html)
    assert TAY_TRANG_PASSAGE in plain
    text = _text(at)
    assert "tay trang" in text.lower()  # the name without diacritics
    assert at.session_state.selected == tay_trang
    assert at.session_state.last_point == (21.5, 102.9)


def test_places_sharing_a_point_are_all_offered(env, monkeypatch):
    # the gate sits on its post's point: the map reports both; the panel lists
    # both ("2 places here"), post first, and a button opens the gate's panel
    _click(monkeypatch, None, here=["gate:tay-trang", "post:tay-trang"])
    at = _run()
    assert at.session_state.selected == "post:tay-trang"
    assert "2 places here" in _text(at)
    chooser = [b for b in at.button if (b.key or "").startswith("here_")]
    assert [b.label for b in chooser] == ["Tây Trang Border Post (border post)",
                                          "Tây Trang International Border Gate (border gate)"]
    assert TAY_TRANG_PASSAGE in re.sub(r"<[^>]+>", "", _html(at))
    chooser[1].click()
    at = _run(at)
    assert at.session_state.selected == "gate:tay-trang"
    assert any(h.value == "Tây Trang International Border Gate" for h in at.subheader)


def test_map_opens_on_dien_bien_and_lists_far_places_beside_it(env):
    # countries and places far from the province are not pins with
    # continent-sized circles: they are listed beside the map, and open there
    at = _run()
    script = map_args(at)["script"]
    (south, west), (north, east) = json.loads(
        re.search(r"fitBounds\(\s*(\[\[.*?\]\])", script, re.S).group(1))
    assert 20.5 < south < north < 22.9 and 101.8 < west < east < 103.95  # Điện Biên
    assert '"kind": "country"' not in script
    far = at.pills(key="far")
    assert far.options[:2] == ["China 8×", "Laos 6×"], far.options  # most mentioned first
    far.set_value("country:cn")
    at = _run(at)
    assert at.session_state.selected == "country:cn"
    assert any(h.value == "China" for h in at.subheader)


@pytest.mark.parametrize("place_id", ["post:tay-trang", "gate:tay-trang", "marker:vn-la:111",
                                      "vnold:c:03340"])
def test_link_with_place_opens_its_panel(env, place_id):
    at = app_test()
    at.query_params["place"] = place_id
    at = _run(at)
    assert at.session_state.selected == place_id
    assert at.subheader, "no panel"
    assert at.session_state.zoom is not None  # the map goes to it
    if place_id == "marker:vn-la:111":
        assert "**Passages** (1)" in _text(at)


def test_selection_and_filters_go_to_the_url_and_back(env, monkeypatch, tay_trang):
    _click(monkeypatch, tay_trang)
    at = _run()
    at.multiselect(key="f_kinds").set_value(["border_post"])
    at = _run(at)
    assert at.query_params["place"] == tay_trang
    assert at.query_params["kinds"] == "border_post"
    # a new session with that link: same place, same filter
    monkeypatch.setattr(mapframe, "send", REAL_SEND)
    again = app_test()
    for k, v in at.query_params.items():
        again.query_params[k] = v
    again.query_params["undated"] = "no"
    again = _run(again)
    assert again.session_state.selected == tay_trang
    assert again.multiselect(key="f_kinds").value == ["border_post"]
    assert again.checkbox(key="f_undated").value is False
    # the seeds have one dated article (003, 2024-08-15, from the manifest): no range
    # to move, the day is said instead
    assert not [s for s in again.slider if s.key == "f_dates"]
    assert "Every dated article is of 2024-08-15." in [c.value for c in again.sidebar.caption]
    again = _run(_run(again))  # the widgets keep their values run after run
    assert again.checkbox(key="f_undated").value is False
    # the panel follows the filters: Tây Trang is named in 000 only, which is undated
    assert TAY_TRANG_PASSAGE not in re.sub(r"<[^>]+>", "", _html(again))
    assert "**Passages** (0)" in _text(again)
    again.checkbox(key="f_undated").check()
    again = _run(again)
    assert TAY_TRANG_PASSAGE in re.sub(r"<[^>]+>", "", _html(again))


def test_a_click_on_no_place_keeps_the_panel(env, monkeypatch, tay_trang):
    _click(monkeypatch, tay_trang)
    at = _run()
    _click(monkeypatch, None, here=[])
    at = _run(at)
    assert at.session_state.selected == tay_trang


def test_panel_button_opens_the_article(env, monkeypatch, tay_trang):
    _click(monkeypatch, tay_trang)
    at = _run()
    open_buttons = [b for b in at.button if (b.key or "").startswith("open_")]
    assert open_buttons
    open_buttons[0].click()
    at = _run(at)
    assert at.session_state.view == "reader"
    assert "geo-article" in _html(at)


def test_search_without_diacritics_jumps_to_the_place(env, tay_trang):
    at = _run()
    at.sidebar.text_input(key="search").input("tay trang border post")
    at = _run(at)
    pick = at.sidebar.selectbox(key="search_pick")
    pick.set_value(tay_trang)
    at.sidebar.button(key="search_go").click()
    at = _run(at)
    assert at.session_state.selected == tay_trang
    assert at.session_state.center is not None
    assert TAY_TRANG_PASSAGE in re.sub(r"<[^>]+>", "", _html(at))


def test_reader_highlights_mentions_and_greys_furniture(env):
    at = _run()
    at = _goto(at, "reader")
    html = _html(at)
    assert html.count('<mark class="geo-mention"') > 5
    assert "geo-furniture" in html  # "Recent news", the comment box...
    assert any((b.key or "").startswith("goto_") for b in at.button)


def test_tables_and_downloads(env):
    at = _run()
    at = _goto(at, "tables")
    assert len(at.dataframe) == 3
    keys = {d.key for d in at.get("download_button")} if at.get("download_button") else set()
    assert {"csv_places", "csv_mentions", "csv_figures"} <= keys or len(
        at.get("download_button")) == 3


def test_filters_change_the_layers_not_the_base_map(env):
    # the browser keeps the map (st_folium keys its frame by the map's script) and
    # gets the layers the filters select as a feature group
    at = _run()
    posts, gates = 'title: "Border posts"', 'title: "Border gates and crossings"'
    before = map_args(at)
    assert posts in before["feature_group"] and gates in before["feature_group"]
    at.sidebar.multiselect(key="f_kinds").set_value(["border_gate"])
    at = _run(at)
    after = map_args(at)
    assert posts not in after["feature_group"] and gates in after["feature_group"]
    assert (after["script"], after["key"]) == (before["script"], before["key"])


def test_figures_are_drawn_on_request_and_the_link_keeps_them(env):
    # the figures layer is heavy on a large corpus: not in the map until asked for,
    # then shown at once (the seeds' province has a ring of figure groups)
    at = _run()
    assert '"theme":' not in map_args(at)["feature_group"]
    at.sidebar.toggle(key="layer_figures").set_value(True)
    at = _run(at)
    script = map_args(at)["feature_group"]
    assert '"theme": "border"' in script and '"place_id": "vnold:p:11"' in script
    assert at.query_params["layers"] == "figures"
    # the exports have the figures whatever the switch
    again = app_test()
    again.query_params["layers"] = "figures"
    again = _run(again)
    assert again.sidebar.toggle(key="layer_figures").value is True
    assert '"theme": "border"' in map_args(again)["feature_group"]
    at.sidebar.toggle(key="layer_figures").set_value(False)
    at = _goto(_run(at), "export")
    assert any(str(d.proto.label).startswith("Figures (") for d in at.get("download_button"))


def test_export_view_offers_every_format(env):
    at = _run()
    at = _goto(at, "export")
    keys = {d.proto.id for d in at.get("download_button")}
    assert len(keys) >= 4  # layers, zip, GeoPackage, figures CSV
    labels = " ".join(d.proto.label for d in at.get("download_button"))
    assert "GeoJSON" in labels and "zip" in labels and "GeoPackage" in labels and "CSV" in labels


XSS_ARTICLE = """Attack <script>window.__xss=1</script> in Điện Biên

ĐBP - Guards of the <img src=x onerror="window.__xss=2"> Tây Trang Border Post met \
people of "><svg onload=alert(1)> village and [click](javascript:alert(1)) in Na Ư commune.
"""


def test_pasted_article_with_payloads_is_processed_and_escaped(env):
    at = _run()
    at = _goto(at, "add")
    at.text_area(key="paste").input(XSS_ARTICLE)
    at.button(key="process").click()
    at = _run(at)
    assert not at.error, [e.value for e in at.error]
    assert at.success
    assert len(at.session_state.extra) == 1
    at = _goto(at, "reader")
    labels = {o for o in at.selectbox(key="reader").options}
    assert any("Attack" in o for o in labels)
    aid = at.session_state.extra[0].article.id
    at.selectbox(key="reader").set_value(aid)
    at = _run(at)
    html = _html(at)
    assert "&lt;script&gt;" in html or "&lt;img" in html
    assert "<script" not in html.replace("<style>", "") and "<img" not in html
    assert "<svg" not in html


@pytest.mark.parametrize("text", ["   \n  ", ""])
def test_empty_paste_is_a_message_not_a_traceback(env, text):
    at = _run()
    at = _goto(at, "add")
    at.text_area(key="paste").input(text)
    at.button(key="process").click()
    at = _run(at)
    assert at.warning or at.error


def test_unreadable_paste_is_an_error_message(env):
    at = _run()
    at = _goto(at, "add")
    at.text_area(key="paste").input("\x00\x00\x00 binary \x00")
    at.button(key="process").click()
    at = _run(at)
    assert not at.exception
    assert at.error or at.success  # a clear outcome either way, never a traceback


def test_fix_unresolved_name_with_a_point_writes_the_override(env, monkeypatch):
    _click(monkeypatch, None, point=(21.45, 102.85))
    at = _run()
    at = _goto(at, "unresolved")
    if not at.selectbox:
        pytest.skip("the seeds have no unresolved names")
    name_key = at.selectbox(key="unres").value
    name = next(o for o in at.selectbox(key="unres").options).rsplit(" (", 1)[0]
    at.number_input(key="fix_lat").set_value(21.45)
    at.number_input(key="fix_lon").set_value(102.85)
    at.button(key="fix_save").click()
    at = _run(at)
    assert not at.error, [e.value for e in at.error]
    rows = list(csv.DictReader(env["overrides"].open(encoding="utf-8")))
    assert rows and rows[-1]["coord_source"] == "user" and rows[-1]["lat"] == "21.450000"
    assert rows[-1]["id"].startswith("user:")
    assert not any("User overrides ignored" in str(w.value) for w in at.sidebar.warning)
    assert rows[-1]["name"] == name
    # the name now resolves to the user's place: it left the unresolved list
    left = [o.rsplit(" (", 1)[0] for o in at.selectbox(key="unres").options] if [
        s for s in at.selectbox if s.key == "unres"] else []
    assert name not in left, (name_key, left)


def test_fix_without_coordinates_is_refused_with_a_message(env):
    # no click, empty latitude and longitude: nothing is written, the user is
    # told why (it used to say "Saved …" and write a point with no coordinates)
    before = env["overrides"].read_bytes() if env["overrides"].exists() else None
    at = _run()
    at = _goto(at, "unresolved")
    if not [s for s in at.selectbox if s.key == "unres"]:
        pytest.skip("the seeds have no unresolved names")
    at.number_input(key="fix_lat").set_value(None)
    at.number_input(key="fix_lon").set_value(None)
    at.button(key="fix_save").click()
    at = _run(at)
    errors = " ".join(str(e.value) for e in at.error)
    assert "latitude and a longitude" in errors
    assert not at.success
    after = env["overrides"].read_bytes() if env["overrides"].exists() else None
    assert after == before


def test_bad_override_file_is_reported_and_the_app_keeps_running(env, tmp_path, monkeypatch):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name,kind,lat,lon\nuser:x,X,castle,abc,102\n", encoding="utf-8")
    monkeypatch.setenv("GEO_OVERRIDES", str(bad))
    at = _run()
    warnings = " ".join(str(w.value) for w in at.sidebar.warning)
    assert "override" in warnings.lower() and "castle" in warnings
    assert map_args(at)["script"]


def test_app_never_needs_network(env, monkeypatch):
    import socket

    def refuse(*a, **k):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    _run()
    assert os.environ["GEO_CORPUS"] == str(env["corpus"])


def test_export_files_are_valid(env, gaz):
    """What the Export view offers: RFC 7946 GeoJSON per layer, a zip, a GeoPackage, a CSV."""
    import io
    import zipfile

    from geojson_pydantic import FeatureCollection

    from geo.app.files import export_files
    from geo.layers.build import build_layers
    from geo.pipeline import process_corpus

    corpus = process_corpus([env["corpus"]], gaz, workers=1)
    layers = build_layers(corpus, gaz)
    files = export_files(layers, [f for r in corpus.results for f in r.figures])
    geojson = [name for name in files if name.endswith(".geojson")]
    assert len(geojson) == len(layers)
    for name in geojson:
        data = json.loads(files[name])
        FeatureCollection.model_validate(data)
        assert "crs" not in data
    zipped = zipfile.ZipFile(io.BytesIO(next(v for k, v in files.items() if k.endswith(".zip"))))
    assert sorted(zipped.namelist()) == sorted(geojson)
    assert next(v for k, v in files.items() if k.endswith(".gpkg")).startswith(b"SQLite format 3")
    figures_csv = next(v for k, v in files.items() if k.endswith(".csv")).decode("utf-8-sig")
    assert figures_csv.splitlines()[0].startswith("article,")


@pytest.mark.parametrize("view", [v.key for v in VIEWS])
def test_every_view_works_on_an_empty_corpus(env, tmp_path, monkeypatch, view):
    monkeypatch.setenv("GEO_CORPUS", str(tmp_path / "empty"))
    at = _goto(_run(), view)
    assert any("No articles" in str(w.value) for w in at.sidebar.warning)



def _report_view(monkeypatch, lat: float, lng: float, zoom: int):
    """Make the map component show the real map and report that it now sits at (lat, lng), zoom."""
    calls = []

    def fake(*args, **kwargs):
        calls.append(kwargs)
        REAL_SEND(*args, **kwargs)
        return {"last_active_drawing": None, "last_clicked": None,
                "center": {"lat": lat, "lng": lng}, "zoom": zoom}

    monkeypatch.setattr(mapframe, "send", fake)
    return calls


def test_no_view_in_the_url_lets_the_map_open_on_dien_bien(env):
    at = _run()
    args = map_args(at)
    assert args["center"] is None and args["zoom"] is None  # the map's own first view
    assert "lat" not in at.query_params and "zoom" not in at.query_params


def test_map_view_goes_to_the_url_and_a_link_restores_it(env, monkeypatch):
    calls = _report_view(monkeypatch, 21.123456, 102.987654, 12)
    at = _run()
    assert calls[0]["center"] is None  # the map was not sent back where it reported
    at.multiselect(key="f_kinds").set_value(["border_post"])
    at = _run(at)
    assert at.query_params["lat"] == "21.12346" and at.query_params["lon"] == "102.98765"
    assert at.query_params["zoom"] == "12" and at.query_params["kinds"] == "border_post"
    # the link shown under "Link to this view" carries the same query
    code = " ".join(c.value for c in at.code)
    assert "lat=21.12346" in code and "lon=102.98765" in code and "zoom=12" in code
    assert "kinds=border_post" in code
    # a new session on that link: the map is asked to go there, same filters
    monkeypatch.setattr(mapframe, "send", REAL_SEND)
    again = app_test()
    for k, v in at.query_params.items():
        again.query_params[k] = v
    again = _run(again)
    args = map_args(again)
    assert args["center"] == [21.12346, 102.98765] and args["zoom"] == 12
    assert again.multiselect(key="f_kinds").value == ["border_post"]
    assert again.query_params["zoom"] == "12"  # kept, not overwritten by the first view


def test_link_view_wins_over_the_place_point(env):
    at = app_test()
    at.query_params.update({"place": "post:tay-trang", "lat": "21.5", "lon": "102.5",
                            "zoom": "9"})
    at = _run(at)
    assert at.session_state.selected == "post:tay-trang"
    args = map_args(at)
    assert args["center"] == [21.5, 102.5] and args["zoom"] == 9


def _pinned(at: AppTest) -> str | None:
    """The place whose uncertainty shape the map is told to show (the selection group)."""
    group = map_args(at)["feature_group"] or ""
    found = re.search(r"var id = (null|\"[^\"]*\")", group)
    assert found, group[:300]
    return json.loads(found.group(1))


def test_the_shape_follows_a_place_chosen_by_link_search_or_list(env):
    at = _run()
    assert _pinned(at) is None
    linked = app_test()
    linked.query_params["place"] = "village:tang-phon"
    assert _pinned(_run(linked)) == "village:tang-phon"
    at.sidebar.text_input(key="search").input("Pa Thom")
    at = _run(at)
    at.sidebar.selectbox(key="search_pick").set_value("vnold:c:03340")
    at.sidebar.button(key="search_go").click()
    at = _run(at)
    assert _pinned(at) == "vnold:c:03340"
    at.pills(key="far").set_value("country:la")
    at = _run(at)
    assert _pinned(at) == "country:la"


def test_open_the_article_goes_to_the_passage(env, monkeypatch, tay_trang):
    _click(monkeypatch, tay_trang)
    at = _run()
    open_buttons = [b for b in at.button if (b.key or "").startswith("open_")]
    open_buttons[-1].click()
    at = _run(at)
    assert at.session_state.view == "reader"
    aid, start, end = at.session_state.reader_focus
    assert at.session_state.reader == aid and end > start
    html = _html(at)
    focus = re.search(r'<p class="[^"]*geo-focus[^"]*">(.*?)</p>', html, re.S)
    assert focus, "no paragraph marked as the passage"
    assert 'class="geo-mention geo-focus-mention"' in focus.group(1)
    assert html.count('class="geo-mention geo-focus-mention"') == 1
    assert "scrollIntoView" in html  # the page scrolls to it


def test_the_map_where_folium_created_it_is_not_a_view_of_the_user(env, monkeypatch):
    # st_folium's first report of a new map is Folium's starting point
    # (Điện Biên Phủ, zoom 9), before the map is put on its places or on the
    # link's view: it must not replace the link's view in the URL
    _report_view(monkeypatch, 21.3918, 103.0177, 9)  # (nudged by a resize: seen so)
    at = app_test()
    at.query_params.update({"lat": "21.5", "lon": "102.5", "zoom": "12"})
    at = _run(at)
    assert (at.query_params["lat"], at.query_params["zoom"]) == ("21.50000", "12")


def test_a_click_reported_before_the_run_is_sent_with_the_map(env, monkeypatch):
    # st_folium keeps the map's last report under its key before the run:
    # the selection it makes is the one the map is told to pin in that run
    at = _run()
    at.session_state["map"] = {
        "last_active_drawing": {"type": "Feature", "geometry": {"type": "Point",
                                "coordinates": [102.9, 21.2]},
                                "properties": {"id": "gate:tay-trang",
                                               "here": ["gate:tay-trang", "post:tay-trang"],
                                               "click": 1}},
        "last_clicked": None}
    at = _run(at)
    assert at.session_state.selected == "post:tay-trang"  # the chooser's order: post first
    assert _pinned(at) == "post:tay-trang"


def test_the_panel_shows_the_first_passages_and_all_on_demand(env, monkeypatch):
    # a place's panel makes (and reads the articles of) its first passages only;
    # the count is of them all, and "Show all" brings the rest
    from geo_app.views import panel

    monkeypatch.setattr(panel, "PASSAGES_SHOWN", 1)
    for _ in range(2):  # the second run answers from the saved map snapshot
        at = app_test()
        at.query_params["place"] = "post:tay-trang"
        at = _run(at)
        boxes = [h for h in at.get("html") if h.proto.body.startswith('<div class="geo-passage')]
        assert len(boxes) == 1
        assert any(m.value.startswith("**Passages** (2)") for m in at.markdown)
    at.toggle(key="all_post:tay-trang").set_value(True)
    at = _run(at)
    boxes = [h for h in at.get("html") if h.proto.body.startswith('<div class="geo-passage')]
    assert len(boxes) == 2
    assert TAY_TRANG_PASSAGE in re.sub("<[^>]+>", "", _html(at))


def test_the_panel_lists_the_first_figures_and_says_where_the_rest_are(env, monkeypatch):
    from geo_app.views import panel

    monkeypatch.setattr(panel, "FIGURES_LISTED", 1)
    at = app_test()
    at.query_params["place"] = "vnold:p:11"  # the province: figures of several seeds
    at = _run(at)
    heads = [m.value for m in at.markdown if m.value.startswith("**Figures** (")]
    assert heads and int(heads[0].split("(")[1].split(")")[0].replace(",", "")) > 1
    assert len(at.dataframe[0].value) == 1  # the panel's figures table: its first row only
    assert any("The table lists the first 1;" in c.value for c in at.caption)
