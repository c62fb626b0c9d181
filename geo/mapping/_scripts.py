"""The map's own scripts, as Folium elements: legend, places under a click, shapes, tiles.

Private helper of :mod:`geo.mapping.folium_map`.  Each element is one
Leaflet script bound to the map (not to a layer), so it works for layers
switched on after the page loaded too.
"""

from __future__ import annotations

import folium
from jinja2 import Template

__all__ = ["LABEL_CSS", "Legend", "PlacesHere", "SettleBeforeLeaving", "TilesFailed",
           "TooltipsInside", "ZoomLabels"]

#: How the names of places look (a white halo keeps them readable over lines).
LABEL_CSS = """<style>
.geo-place-label span { font: 12px sans-serif; color: #374151; white-space: nowrap;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff; position: relative; left: 6px; top: -7px; }
.geo-place-label.geo-label-z0 span { font-weight: 700; font-size: 13px; color: #111827; }
.geo-place-label.geo-label-z9 span { font-style: italic; }
</style>"""


class Legend(folium.MacroElement):
    """A legend drawn as a Leaflet control (so it also shows inside streamlit-folium)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var legend = L.control({position: 'bottomright'});
            legend.onAdd = function () {
                var div = L.DomUtil.create('div', 'geo-legend');
                div.innerHTML = {{ this.legend_html | tojson }};
                return div;
            };
            legend.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
        """
    )

    def __init__(self, legend_html: str):
        super().__init__()
        self._name = "Legend"
        self.legend_html = legend_html


class TilesFailed(folium.MacroElement):
    """Tell the user, once, when the online background cannot load (no network).

    The map stays usable without it; the message says so and sits in the
    map's corner (``.geo-tiles-failed``) until closed.
    """

    MESSAGE = ("The online background could not load (no network?). "
               "The map works without it: turn it off in the sidebar.")

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var map = {{ this._parent.get_name() }}, tiles = {{ this.tiles.get_name() }};
            tiles.once('tileerror', function() {
                var note = L.control({position: 'topright'});
                note.onAdd = function() {
                    var div = L.DomUtil.create('div', 'geo-tiles-failed');
                    div.style.cssText = 'background:#fff7ed;border:1px solid #c2410c;' +
                        'padding:6px 8px;max-width:260px;font:12px sans-serif;cursor:pointer';
                    div.title = 'Click to close';
                    div.textContent = {{ this.MESSAGE | tojson }};
                    L.DomEvent.disableClickPropagation(div);
                    L.DomEvent.on(div, 'click', function() { map.removeControl(note); });
                    return div;
                };
                note.addTo(map);
            });
        })();
        {% endmacro %}
        """
    )

    def __init__(self, tiles: folium.TileLayer):
        super().__init__()
        self._name = "TilesFailed"
        self.tiles = tiles


class PlacesHere(folium.MacroElement):
    """On every click, report the ids of every drawn place within a few pixels of it.

    Bound to the map itself, so layers switched on after the page loaded
    answer too (streamlit-folium binds its handlers to the layers present at
    load only), and a place under another place, or under an area, is still
    found.  The report is a GeoJSON point feature whose ``here`` property
    lists the place ids, nearest first, put where streamlit-folium reads a
    clicked feature (``last_active_drawing``); ``click`` counts the clicks so
    that a second click on the same point is news too.  It is sent at once,
    as streamlit-folium would send it on ``moveend`` 250 ms later (a click on
    a feature with a popup never reaches the map's ``click``).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var map = {{ this._parent.get_name() }}, clicks = 0;
            // What streamlit-folium sends on 'moveend' (its updateComponentValue:
            // the returned objects, in its order), sent now: it would wait 250 ms
            // for the map to settle, and a click moves nothing.  Its own later
            // send of the same values is then no news (it compares with
            // previous_data).  Other returned objects, or no API: 'moveend'.
            var ORDER = ['last_clicked', 'last_active_drawing', 'zoom', 'center'];
            function send(g) {
                var S = window.Streamlit, keys = g.returned_objects;
                var plain = {last_clicked: g.lat_lng_clicked,
                             last_active_drawing: g.last_active_drawing,
                             zoom: map.getZoom(), center: map.getCenter()};
                if (!S || !S.setComponentValue || !keys || g.wrap_longitude ||
                        keys.some(function(k) { return !(k in plain); })) {
                    map.fire('moveend');
                    return;
                }
                var value = {};
                ORDER.forEach(function(k) { if (keys.indexOf(k) >= 0) value[k] = plain[k]; });
                g.previous_data = value;
                S.setComponentValue(value);
            }
            // 'preclick' reaches the map on every click, also when the click
            // is on a feature whose popup stops the 'click' itself.
            map.on('preclick', function(e) {
                var g = window.__GLOBAL_DATA__;
                if (!g) return;
                var at = map.latLngToContainerPoint(e.latlng), found = {};
                map.eachLayer(function(l) {
                    var p = l.feature && l.feature.properties;
                    if (!p || !l.getLatLng || l.options.interactive === false) return;
                    // a pile at one point lists its places (geo/mapping/_stack.py)
                    var ids = p.members || [p.place_id || p.id];
                    var r = (l instanceof L.CircleMarker && !(l instanceof L.Circle))
                        ? l.getRadius() : 8;
                    var d = at.distanceTo(l._geoPoint ? l._geoPoint(map)  // geo/mapping/_spread.py
                                              : map.latLngToContainerPoint(l.getLatLng()));
                    if (d > r + {{ this.slack }}) return;
                    ids.forEach(function(id) {
                        if (id && !(id in found && found[id] <= d)) found[id] = d;
                    });
                });
                var ids = Object.keys(found).sort(function(a, b) { return found[a] - found[b]; });
                clicks += 1;
                var report = {type: 'Feature',
                    geometry: {type: 'Point', coordinates: [e.latlng.lng, e.latlng.lat]},
                    properties: {id: ids.length ? ids[0] : null, here: ids, click: clicks}};
                // after the click's own handlers (streamlit-folium's writes the
                // clicked feature): the report wins, and is sent at once
                setTimeout(function() {
                    g.last_active_drawing = report;
                    send(g);
                }, 0);
                if (ids.length) map.fire('geo:selected', {id: ids[0]});
            });
        })();
        {% endmacro %}
        """
    )

    def __init__(self, slack_px: int = 6):
        super().__init__()
        self._name = "PlacesHere"
        self.slack = int(slack_px)


class ZoomLabels(folium.MacroElement):
    """Names of places at the zooms where they fit (never clickable).

    *labels* are ``(name, lat, lon, min_zoom)``: each name shows from its
    zoom on (the capital always, districts from 9, communes from 11).  The
    names go in as text (``textContent``), never as HTML.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var map = {{ this._parent.get_name() }}, group = L.layerGroup().addTo(map);
            var items = {{ this.labels | tojson }}.map(function(it) {
                var el = document.createElement('span');
                el.textContent = it[0];
                var icon = L.divIcon({className: 'geo-place-label geo-label-z' + it[3],
                                      html: el, iconSize: null});
                return {zoom: it[3], marker: L.marker([it[1], it[2]], {
                    icon: icon, interactive: false, keyboard: false})};
            });
            function update() {
                var z = map.getZoom();
                items.forEach(function(it) {
                    if (z >= it.zoom) group.addLayer(it.marker);
                    else group.removeLayer(it.marker);
                });
            }
            map.on('zoomend', update);
            update();
        })();
        {% endmacro %}
        """
    )

    def __init__(self, labels):
        super().__init__()
        self._name = "ZoomLabels"
        self.labels = [[str(n), float(lat), float(lon), int(z)] for n, lat, lon, z in labels]


class TooltipsInside(folium.MacroElement):
    """Keep every tooltip inside the map: shifted back in when it would cross an edge.

    Leaflet's ``direction: 'auto'`` only chooses left or right of the
    pointer; near the top or bottom edge (or with a long name near a side)
    the tooltip is cut.  This wraps ``L.Tooltip``'s positioning, once per
    page, so every tooltip of every layer (also those switched on later) is
    moved by what sticks out; the tooltips' pane sits above the map's
    controls.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            // above the map's controls (zoom, layers, legend) while it is shown
            {{ this._parent.get_name() }}.getPane('tooltipPane').style.zIndex = 1000;
            var T = L.Tooltip.prototype;
            if (T.__geoInside) return;
            T.__geoInside = true;
            var place = T._setPosition;
            T._setPosition = function(pos) {
                place.call(this, pos);
                var map = this._map, el = this._container;
                if (!map || !el) return;
                // the box as drawn (the direction classes add a margin of their own)
                var r = el.getBoundingClientRect(), c = map.getContainer().getBoundingClientRect();
                var m = {{ this.margin }}, dx = 0, dy = 0, at = L.DomUtil.getPosition(el);
                if (r.right > c.right - m) dx = c.right - m - r.right;
                if (r.left + dx < c.left + m) dx = c.left + m - r.left;
                if (r.bottom > c.bottom - m) dy = c.bottom - m - r.bottom;
                if (r.top + dy < c.top + m) dy = c.top + m - r.top;
                if (dx || dy) L.DomUtil.setPosition(el, at.add(L.point(dx, dy)));
            };
        })();
        {% endmacro %}
        """
    )

    def __init__(self, margin_px: int = 2):
        super().__init__()
        self._name = "TooltipsInside"
        self.margin = int(margin_px)


class SettleBeforeLeaving(folium.MacroElement):
    """Hold a click on the app's navigation made just after the map reported to Streamlit.

    In the app the map is an iframe whose moves and clicks are sent to
    Streamlit (streamlit-folium's ``setComponentValue``).  A click on the
    navigation within a few milliseconds of such a report is merged with the
    report's re-run, and the new view's main area stays empty (reproduced in
    Chromium: a report, then the link clicked in the same tick).  So a
    navigation click made less than :attr:`SETTLE_MS` after a report, or
    while the re-run of a recent report is still running (Streamlit's
    "Running" indicator is shown: a busy machine), is held and made again
    once that re-run is over: when the indicator, once seen, is gone, or
    :attr:`QUIET_MS` after the report if it never showed (a quick re-run);
    never later than :attr:`GIVE_UP_MS`.  Outside an iframe (the downloaded
    HTML file) it does nothing.
    """

    #: How long after a report a click on the navigation is held at least.
    SETTLE_MS = 150
    #: A re-run that shows no indicator this long after its report is over.
    QUIET_MS = 1000
    #: A held click is made at the latest this long after it was held.
    GIVE_UP_MS = 8000
    #: Streamlit's "Running" indicator, shown while the app's script runs.
    RUNNING = '[data-testid="stStatusWidget"]'
    #: The host page's navigation links (Streamlit's top and sidebar navigation).
    NAV_LINKS = '[data-testid="stTopNavLink"], [data-testid="stSidebarNavLink"]'

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var host = window.parent, doc;
            if (host === window || window.geoSettleBeforeLeaving) return;  // once per frame
            try { doc = host.document; } catch (e) { return; }  // another origin
            window.geoSettleBeforeLeaving = true;
            var reported = 0, replaying = false, settle = {{ this.SETTLE_MS }},
                quiet = {{ this.QUIET_MS }}, giveUp = {{ this.GIVE_UP_MS }};
            function running() { return !!doc.querySelector({{ this.RUNNING | tojson }}); }
            function onClick(e) {
                var link = e.target && e.target.closest &&
                    e.target.closest({{ this.NAV_LINKS | tojson }});
                var since = Date.now() - reported;
                if (!link || replaying || !(since < settle || (since < giveUp && running()))) {
                    return;
                }
                e.preventDefault();
                e.stopImmediatePropagation();
                var held = Date.now(), seen = running();
                (function later() {
                    var now = Date.now(), busy = running();
                    seen = seen || busy;
                    var over = now - reported >= settle && !busy
                        && (seen || now - reported >= quiet);
                    if (!over && now - held < giveUp) { setTimeout(later, 50); return; }
                    replaying = true;
                    try { link.click(); } finally { replaying = false; }
                })();
            }
            doc.addEventListener('click', onClick, true);
            window.addEventListener('pagehide', function() {
                doc.removeEventListener('click', onClick, true);
            });
            // window.parent is replaceable: the component's messages go through this
            window.parent = {postMessage: function(msg, origin) {
                if (msg && msg.type === 'streamlit:setComponentValue') reported = Date.now();
                host.postMessage(msg, origin);
            }};
        })();
        {% endmacro %}
        """
    )

    def __init__(self):
        super().__init__()
        self._name = "SettleBeforeLeaving"
