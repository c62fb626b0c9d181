"""Figure symbols spread on rings around their place: a screen offset, not a new position.

Private helper of :mod:`geo.mapping.folium_map`.  A figure feature carries
``offset_x``/``offset_y`` (pixels, from :func:`geo.layers._rows.ring_offsets`);
its geometry stays the place's point.  Leaflet projects a circle marker to
the screen in ``_project``: the script below adds the offset there, so the
symbol is drawn, hovered and clicked where it shows, at every zoom, and the
place's own symbol stays on the point.  ``_geoPoint`` gives the shown point
to the map's other scripts (the places under a click,
:class:`geo.mapping._scripts.PlacesHere`).
"""

from __future__ import annotations

import folium
from jinja2 import Template

__all__ = ["SpreadFigures"]


class SpreadFigures(folium.MacroElement):
    """Draw each circle marker with ``offset_x``/``offset_y`` properties that far off its point.

    *map_js* is the map's JavaScript name (default: the parent's, for an
    element added to the map itself).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var proto = L.CircleMarker.prototype;
            function offset(l) {
                var p = l.feature && l.feature.properties;
                return (p && (p.offset_x || p.offset_y)) ? L.point(p.offset_x, p.offset_y)
                                                          : null;
            }
            if (!proto.__geoSpread) {
                var project = proto._project;
                proto._project = function() {
                    project.call(this);
                    var o = offset(this);
                    if (o) { this._point = this._point.add(o); this._updateBounds(); }
                };
                proto._geoPoint = function(map) {
                    var pt = map.latLngToContainerPoint(this.getLatLng()), o = offset(this);
                    return o ? pt.add(o) : pt;
                };
                proto.__geoSpread = true;
            }
            var map = {{ this.map_js or this._parent.get_name() }};
            map.eachLayer(function(l) { if (offset(l) && l.redraw) l.redraw(); });
        })();
        {% endmacro %}
        """
    )

    def __init__(self, *, map_js: str | None = None):
        super().__init__()
        self._name = "SpreadFigures"
        self.map_js = map_js
