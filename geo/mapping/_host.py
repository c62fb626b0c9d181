"""The layers sent to a map already drawn: one feature group and its scripts.

Private helper of :mod:`geo.mapping.folium_map`.  The app draws the map in
two parts (issue 13: a filter change must not rebuild the whole map):

- the **base map** (:func:`geo.mapping.folium_map.base_map`): background,
  boundary, names, legend, layer control, the map's own scripts; it depends
  on the corpus, the gazetteer and the background chosen, never on the
  filters, so its frame (an iframe holding a Leaflet map) stays on the page;
- the **layers** (:func:`layers_group`): everything the filters change, as
  one ``folium.FeatureGroup`` that streamlit-folium sends to the map drawn
  (``feature_group_to_add``): it removes the group it sent before and runs
  the new one's script, without reloading the map.

The group's scripts do what the whole map did at load: :class:`HostBegin`
first (are these the layers shown already?), the layers' own groups (not
added to anything by Folium), the uncertainty shapes' script, then
:class:`HostLayers`, which takes the layers sent before off the map and out
of the layer control (with what their scripts bound to the map), puts these
on the map, shown as the user last had a layer of that title (else as the
registry says; a new frame remembers what the user switched while the page
was open), lists them in the base map's layer control and puts the figure
scales in its legend.  Layers sent again unchanged (only the selected
place changed: :func:`seal` gives each script its digest) stay as they are,
an open popup and the user's choices with them.

Every script reaches the map as ``window.map`` (streamlit-folium's name for
it); the base map hands its layer control over as ``map.__geoControl``
(:class:`HostControl`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection

import folium
from jinja2 import Template

from geo.layers.registry import LAYERS, Registry
from geo.mapping._draw import draw_layers, split_registry
from geo.mapping._shapes import ShapeOnHover
from geo.mapping._spread import SpreadFigures
from geo.mapping._style import scales_html

__all__ = ["MAP_JS", "UNSEALED", "HostBegin", "HostControl", "HostLayers", "layers_group",
           "seal"]

#: How the layers' scripts name the map (streamlit-folium's frame sets it).
MAP_JS = "window.map"
#: The digest of a script not sealed (:func:`seal`): its layers are always put anew.
UNSEALED = "geo-layers-unsealed"


def layers_group(layers, *, registry: Registry = LAYERS, window=None,
                 show: Collection[str] = ()) -> folium.FeatureGroup:
    """Return the layers of the data (all but the base map's) as one group to send to a map.

    Parameters are those of :func:`geo.mapping.folium_map.build_map`: the
    group holds the same features, drawn the same way, as the whole map
    holds beside its base.  Give it to streamlit-folium as
    ``feature_group_to_add`` of a map made by
    :func:`~geo.mapping.folium_map.base_map`, then :func:`seal` its script.
    """
    drawn = draw_layers(layers, split_registry(registry)[1], window, show)
    host = folium.FeatureGroup(name="Layers", control=False)
    HostBegin().add_to(host)
    items = []
    for group in drawn.groups:
        items.append((group, group.show))
        group.show = False  # HostLayers puts it on the map (Folium would add it to the host)
        group.add_to(host)
    if drawn.shapes is not None:
        ShapeOnHover(drawn.shapes, drawn.places, map_js=MAP_JS, hosted=True).add_to(host)
    if drawn.themes:
        SpreadFigures(map_js=MAP_JS).add_to(host)
    HostLayers(items, scales_html(drawn.scales, drawn.themes)).add_to(host)
    return host


def seal(script: str | None) -> str | None:
    """Return the script of a :func:`layers_group` with its digest in place of ``UNSEALED``.

    The digest is that of the script itself, so a map sent the same script
    again (another selected place, the same filters) keeps its layers.  A
    script not sealed puts its layers anew each time it runs.
    """
    if not script:
        return script
    digest = hashlib.sha1(script.encode("utf-8")).hexdigest()
    return script.replace(json.dumps(UNSEALED), json.dumps(digest))


class HostBegin(folium.MacroElement):
    """The first script of the layers: note whether the map shows them already.

    ``map.__geoNext`` is then the record of the layers being put on the map
    (their overlays, what their scripts bind to the map, helper layers), or
    ``null`` when the map shows these very layers (same digest): the
    scripts after it then do nothing.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var map = {{ this.map_js }}, now = map.__geoData, digest = {{ this.digest|tojson }};
            // streamlit-folium's list of the groups it sent: it has just removed them all
            window.feature_group = [];
            // (a sealed script's digest: 40 hex digits; an unsealed one is always new)
            var same = /^[0-9a-f]{40}$/.test(digest) && !!now && now.digest === digest;
            map.__geoNext = same ? null : {digest: digest, overlays: [], off: [], layers: []};
        })();
        {% endmacro %}
        """
    )

    def __init__(self):
        super().__init__()
        self._name = "HostBegin"
        self.map_js, self.digest = MAP_JS, UNSEALED


class HostLayers(folium.MacroElement):
    """The last script of the layers: swap the layers shown for these ones.

    *items* are ``(group, shown at start)`` in drawing order (bottom first);
    *scales* the legend's figure scales (HTML made by
    :func:`geo.mapping._style.scales_html`, every text escaped).  Each layer
    is shown as the user had the layer of its title in the layers it
    replaces; in a new frame (the base map drawn anew: another background,
    another view and back), as the user last switched it in the layer
    control while the page was open (kept by the page around the frame, not
    across a reload, which opens as the registry says); else as the registry
    says.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var map = {{ this.map_js }}, next = map.__geoNext;
            if (!next) return;  // the same layers: they stay, with the user's choices
            var prev = map.__geoData, control = map.__geoControl, was = {};
            // the page around the map's frame outlives it (another background, another
            // view and back): it keeps the layers the user switched on or off
            var page = null;
            try { page = window.frameElement && window.frameElement.ownerDocument.defaultView; }
            catch (e) { page = null; }
            var chosen = page ? (page.__geoOverlays = page.__geoOverlays || {}) : {};
            if (!map.__geoChoices) {  // (the control says when the user switches a layer)
                map.__geoChoices = true;
                map.on('overlayadd overlayremove', function(e) {
                    if (e.name) chosen[e.name] = e.type === 'overlayadd';
                });
            }
            if (prev) {
                prev.overlays.forEach(function(o) {
                    was[o.title] = map.hasLayer(o.layer);
                    if (control) control.removeLayer(o.layer);
                    map.removeLayer(o.layer);
                });
                prev.off.forEach(function(h) { map.off(h[0], h[1]); });
                prev.layers.forEach(function(l) { map.removeLayer(l); });
            } else {
                was = Object.assign({}, chosen);  // a new frame: as the user last had them
            }
            next.overlays = [
                {%- for group, shown in this.items %}
                {title: {{ group.layer_name|tojson }}, layer: {{ group.get_name() }},
                 shown: {{ shown|tojson }}},
                {%- endfor %}
            ];
            next.overlays.forEach(function(o) {
                var on = Object.prototype.hasOwnProperty.call(was, o.title) ? was[o.title]
                                                                           : o.shown;
                if (on) map.addLayer(o.layer);
                if (control) control.addOverlay(o.layer, o.title);
            });
            var slot = map.getContainer().querySelector('.geo-legend-scales');
            if (slot) slot.innerHTML = {{ this.scales|tojson }};
            map.__geoData = next;
            map.__geoNext = null;
        })();
        {% endmacro %}
        """
    )

    def __init__(self, items, scales: str):
        super().__init__()
        self._name = "HostLayers"
        self.map_js, self.items, self.scales = MAP_JS, list(items), scales


class HostControl(folium.MacroElement):
    """Hand the base map's layer control to the layers sent later (``map.__geoControl``)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.__geoControl = {{ this.control.get_name() }};
        {% endmacro %}
        """
    )

    def __init__(self, control: folium.LayerControl):
        super().__init__()
        self._name = "HostControl"
        self.control = control
