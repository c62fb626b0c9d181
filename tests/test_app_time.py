"""The date range, the timeline, the Charts view and the figure links, in Streamlit's AppTest.

The corpus is a copy of the seeds whose manifest dates them as a desk would
(the seeds date only 003, 2024-08-15): 000 on 2024-03-12, 001 on
2024-05-20, 002 on 2024-11-02; 004 stays undated.  Read in the seeds:
Pa Xa Lào village is named once in the body of 000 ("said Lò Văn Nhúng,
head of Pa Xa Lào village in Pa Thơm commune") and once in 001 ("Pa Xa Lào village, Thanh
Yên commune"); the Sen Thượng post "is tasked with managing and protecting
24km of national border" (001); the province's border is 408.616 km in 000
and 455.573 km in 002.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import pyarrow as pa
import pytest
from _apptest import app_env, app_test, dated_copy
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app.py"
@pytest.fixture(scope="module")
def env(tmp_path_factory):
    work = tmp_path_factory.mktemp("apptime")
    with app_env(work, dated_copy(work / "corpus")):
        yield work


@pytest.fixture(autouse=True)
def _module_cache(env, monkeypatch):
    monkeypatch.setenv("GEO_CACHE_DIR", str(env / "cache"))


def _run(at: AppTest | None = None) -> AppTest:
    at = app_test() if at is None else at
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def _mention_count(at: AppTest, place_id: str) -> int | None:
    comps = [c for c in at.get("component_instance")
             if "st_folium" in (c.proto.component_name or "")]
    args = json.loads(comps[0].proto.json_args)
    script = args["feature_group"] or ""  # the layers, sent to the base map drawn
    pattern = '"id": "' + re.escape(place_id) + r'",(?:(?!"id": ).)*?"mention_count": (\d+)'
    found = re.search(pattern, script, re.S)
    return int(found.group(1)) if found else None


def _shown(at: AppTest) -> str:
    return next(c.value for c in at.sidebar.caption if c.value.startswith("Shown:"))


def test_the_range_filters_the_map_and_the_timeline_and_goes_to_the_url(env):
    at = _run()
    rng = at.slider(key="f_dates")
    assert rng.value == (dt.date(2024, 3, 12), dt.date(2024, 11, 2))  # first and last
    assert _mention_count(at, "village:pa-xa-lao") == 2  # 000 and 001
    assert _shown(at).startswith("Shown: 5 article(s)")
    rng.set_value((dt.date(2024, 4, 1), dt.date(2024, 11, 2)))  # 000 (2024-03-12) leaves
    at = _run(at)
    assert _mention_count(at, "village:pa-xa-lao") == 1
    assert _shown(at).startswith("Shown: 4 article(s)")  # 001, 002, 003 and undated 004
    assert (at.query_params["from"], at.query_params["to"]) == ("2024-04-01", "2024-11-02")
    # the timeline: March 2024 (000's month) is now outside the range
    svg = "\n".join(m.value for m in at.sidebar.markdown)
    assert "month: 2024-03; measure: articles; count: 1; in_range: outside the range" in svg
    assert "month: 2024-05; measure: articles; count: 1; in_range: in range" in svg  # 001


def test_a_range_on_a_saved_snapshot_is_answered_without_the_corpus(env, monkeypatch):
    # the first start saves the map snapshot with the corpus digest; a later
    # start with a range draws the map, the timeline and a place's panel from
    # them: no result of the corpus is read back whole
    from geo_app import cache

    _run()

    def whole_corpus(*args, **kwargs):
        raise AssertionError("the whole corpus was read")

    monkeypatch.setattr(cache, "indexed", whole_corpus)
    at = app_test()
    at.query_params["place"] = "village:pa-xa-lao"
    at = _run(at)
    assert any(m.value.startswith("**Passages** (2)") for m in at.markdown)  # 000 and 001
    at.slider(key="f_dates").set_value((dt.date(2024, 4, 1), dt.date(2024, 11, 2)))
    at = _run(at)  # 000 (2024-03-12) leaves
    assert _mention_count(at, "village:pa-xa-lao") == 1
    assert _shown(at).startswith("Shown: 4 article(s)")
    assert any(m.value.startswith("**Passages** (1)") for m in at.markdown)
    text = re.sub("<[^>]+>", "", "\n".join(h.proto.body for h in at.get("html")))
    assert "Thanh Yên" in text and "Pa Thơm" not in text  # 001's passage, not 000's


def test_the_digest_is_read_once_the_page_is_drawn(env, tmp_path, monkeypatch):
    # on a folder of its own (a digest of its own): once the first page is drawn
    # the digest is read in the background, so the first filter change does
    # not wait for it
    import threading

    from geo_app import cache

    monkeypatch.setenv("GEO_CORPUS", str(dated_copy(tmp_path / "corpus")))
    _run()  # builds and saves the snapshot and digest: the next start reads them
    at = _run()
    for thread in threading.enumerate():
        if thread.name == "geo-digest":
            thread.join(timeout=60)

    def read_digest(*args, **kwargs):
        raise AssertionError("the digest was read at the filter change")

    monkeypatch.setattr(cache, "read_digest", read_digest)
    at.checkbox(key="f_undated").uncheck()
    at = _run(at)
    assert _shown(at).startswith("Shown: 4 article(s)")


def test_undated_articles_go_whatever_the_range(env):
    at = _run()
    at.checkbox(key="f_undated").uncheck()
    at = _run(at)
    shown = _shown(at)
    assert shown.startswith("Shown: 4 article(s)") and "1 undated (left out)" in shown
    assert at.query_params["undated"] == "no"


def test_a_link_restores_the_range(env):
    at = app_test()
    at.query_params["from"], at.query_params["to"] = "2024-05-01", "2024-09-30"
    at = _run(at)
    assert at.slider(key="f_dates").value == (dt.date(2024, 5, 1), dt.date(2024, 9, 30))
    assert _mention_count(at, "village:pa-xa-lao") == 1  # 001 only
    assert _shown(at).startswith("Shown: 3 article(s)")  # 001, 003, undated 004


def _chart_rows(element) -> list[dict]:
    (data,) = element.proto.datasets
    return pa.ipc.open_stream(io.BytesIO(data.data.data)).read_all().to_pylist()


def _charts_on(theme: str, unit: str) -> AppTest:
    """The Charts view, with *theme* and then *unit* chosen as a user does."""
    at = _run()
    at.session_state["goto"] = "charts"
    at = _run(at)
    at.selectbox(key="chart_theme").set_value(theme)
    at = _run(at)
    at.selectbox(key=f"chart_unit_{theme}").set_value(unit)
    return _run(at)


def test_charts_view_draws_the_theme_chosen(env):
    at = _charts_on("border", "km")
    bars, points = at.main.get("vega_lite_chart")
    rows = {r["place_id"]: r for r in _chart_rows(bars)}
    assert rows["post:sen-thuong"]["high"] == 24 and rows["post:sen-thuong"]["start"] == 0
    province = next(r for pid, r in rows.items() if pid != "post:sen-thuong")
    # 408.616 km (000) and 455.573 km (002): a range with both sources, never a sum
    assert (province["low"], province["high"]) == (408.616, 455.573)
    assert province["agree"] == "sources disagree"
    assert "2024-03-12" in province["sources"] and "2024-11-02" in province["sources"]
    spec = json.loads(bars.proto.spec)
    assert spec["params"][0]["select"]["fields"] == ["place_id"]
    dated = _chart_rows(points)
    assert sorted(r["value"] for r in dated) == [24, 408.616, 455.573]
    at.selectbox(key="chart_theme").set_value("drugs_crime")
    at = _run(at)
    assert any("Drugs and crime in kg" in m.value for m in at.markdown)


def test_a_figure_opened_from_the_panel_shows_in_its_sentence(env):
    at = _run()
    text = (env / "corpus" / "001_ecd96f9a6b292574.txt").read_text(encoding="utf-8")
    start = text.index("24km of national border")
    at.session_state["reader_figure"] = ("001_ecd96f9a6b292574", start, start + 4)
    at.session_state["reader"] = "001_ecd96f9a6b292574"
    at.session_state["goto"] = "reader"
    at = _run(at)
    html = "\n".join(h.proto.body for h in at.get("html"))
    assert 'protecting <mark class="geo-mention">24km</mark> of national border' in html


def test_the_chart_theme_and_unit_go_to_the_url_and_a_link_restores_them(env):
    at = _charts_on("border", "km")
    assert at.query_params["chart"] == "border" and at.query_params["unit"] == "km"
    again = app_test()
    again.query_params["chart"], again.query_params["unit"] = "border", "km"
    again = _run(again)
    again.session_state["goto"] = "charts"
    again = _run(again)
    assert again.selectbox(key="chart_theme").value == "border"
    assert again.selectbox(key="chart_unit_border").value == "km"
    assert any("in km, by place" in m.value for m in again.markdown)
    # a theme the corpus does not offer opens the charts on their first theme
    other = app_test()
    other.query_params["chart"], other.query_params["unit"] = "castles", "km"
    other = _run(other)
    other.session_state["goto"] = "charts"
    other = _run(other)
    assert other.selectbox(key="chart_theme").value != "castles"


def test_many_articles_are_found_by_title_not_listed_all(env, monkeypatch):
    # beyond ARTICLES_LISTED articles the filter lists what a title search finds
    # (and what is chosen already), not every article on every run
    from geo_app import sidebar

    monkeypatch.setattr(sidebar, "ARTICLES_LISTED", 2)
    at = _run()
    assert len(at.multiselect(key="f_articles").options) == 2
    at.text_input(key="f_article_query").set_value("good mass mobilization")
    at = _run(at)
    (found,) = at.multiselect(key="f_articles").options
    assert "mass mobilization" in found
    at.multiselect(key="f_articles").set_value(["001_ecd96f9a6b292574"])
    at = _run(at)
    assert _shown(at).startswith("Shown: 1 article(s)")
    at.text_input(key="f_article_query").set_value("sovereignty")
    at = _run(at)
    options = at.multiselect(key="f_articles").options
    assert len(options) == 2 and "mass mobilization" in options[0]  # the chosen one stays
    assert at.multiselect(key="f_articles").value == ["001_ecd96f9a6b292574"]
    assert _shown(at).startswith("Shown: 1 article(s)")
