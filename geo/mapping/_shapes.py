"""Uncertainty shapes on demand: the place under the pointer's, and the selected place's.

Private helper of :mod:`geo.mapping.folium_map` and :mod:`geo.mapping._host`.
All shapes at once hide the map; the layer of every shape stays in the layer
control (hidden at start), and :class:`ShapeOnHover` shows the ones that
matter.  :class:`PinPlace` selects a place from outside the map (a link, the
search, the list beside the map).
"""

from __future__ import annotations

import folium
from jinja2 import Template

__all__ = ["PinPlace", "ShapeOnHover"]


class ShapeOnHover(folium.MacroElement):
    """Draw a place's uncertainty shape while the pointer is on it, and the clicked one's.

    The place clicked last (``PlacesHere`` fires ``geo:selected``) keeps its
    shape until another is clicked.  *map_js* is the map's JavaScript name
    (default: the parent's, for an element added to the map itself).
    *hosted*: the element is part of the layers sent to a map already drawn
    (:mod:`geo.mapping._host`): it does nothing when the map shows these
    layers already, and hands what it binds to the map to the host, which
    undoes it when other layers replace these.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var map = {{ this.map_js or this._parent.get_name() }};
            var shapes = {{ this.shapes.get_name() }};
            var places = [{% for p in this.places %}{{ p.get_name() }},{% endfor %}];
            {%- if this.hosted %}
            var host = map.__geoNext;
            if (!host) return;  // these layers are shown already, with their scripts
            {%- endif %}
            var shown = L.layerGroup().addTo(map), pinned = null;
            map.__geoShapes = true;  // PinPlace waits for this
            function draw(ids) {
                shown.clearLayers();
                shapes.eachLayer(function(l) {
                    var p = l.feature && l.feature.properties;
                    var own = p && (p.place_ids || [p.place_id || p.id]);
                    if (own && own.some(function(id) { return ids.indexOf(id) >= 0; })) {
                        shown.addLayer(L.geoJSON(l.feature, {style: shapes.options.style,
                                                             interactive: false}));
                    }
                });
            }
            places.forEach(function(g) {
                g.on('mouseover', function(e) {
                    var p = e.layer && e.layer.feature && e.layer.feature.properties;
                    if (p) draw((p.members || [p.id]).concat(pinned ? [pinned] : []));
                });
                g.on('mouseout', function() { draw(pinned ? [pinned] : []); });
            });
            function selected(e) {
                pinned = e.id || null;
                map.__geoPinned = pinned;  // (read by the browser tests)
                draw(pinned ? [pinned] : []);
            }
            map.on('geo:selected', selected);
            {%- if this.hosted %}
            host.off.push(['geo:selected', selected]);
            host.layers.push(shown);
            {%- endif %}
        })();
        {% endmacro %}
        """
    )

    def __init__(self, shapes: folium.GeoJson, places: list[folium.GeoJson], *,
                 map_js: str | None = None, hosted: bool = False):
        super().__init__()
        self._name = "ShapeOnHover"
        self.shapes, self.places = shapes, list(places)
        self.map_js, self.hosted = map_js, hosted


class PinPlace(folium.MacroElement):
    """Pin the uncertainty shape of *place_id* (``None``: of no place), as a click does.

    The app sends it with st_folium's ``feature_group_to_add`` (run again
    whenever the selected place changes, without reloading the map), so the
    shape follows a place chosen by a link, the search or the list beside
    the map too; :class:`ShapeOnHover` draws it.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            // (request: which sending of the selection this is; the same place sent
            // again after the map pinned another itself is a new script)
            var id = {{ this.place_id | tojson }}, request = {{ this.serial | int }}, tries = 0;
            (function pin() {
                var map = window.map;
                if (map && map.__geoShapes) { map.fire('geo:selected', {id: id}); }
                else if (tries++ < 100) { setTimeout(pin, 50); }
            })();
        })();
        {% endmacro %}
        """
    )

    def __init__(self, place_id: str | None, serial: int = 0):
        super().__init__()
        self._name = "PinPlace"
        self.place_id, self.serial = place_id, int(serial)
