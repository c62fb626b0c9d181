"""Places drawn at one point are drawn as one symbol that lists them.

Private helper of :mod:`geo.mapping.folium_map`.  Most villages have no
published point and sit at their commune's point, so a corpus that names
3,000 villages draws 3,000 symbols on 150 points: the map grows with the
corpus instead of with the ground, and only the top symbol of each pile can
be hovered.  Here, within one layer, the features at the same point (and of
the same precision, so a published point never hides under an approximate
one) become one feature:

* its properties are those of the most mentioned member, plus ``members``
  (every member's place id, most mentioned first), which the map's click
  script reports so that the panel offers each of them ("N places here");
* its tooltip and popup list the members;
* counts that add up (mentions, figures) are summed; article counts, which
  overlap, are not.

Where several places share a point, or one place has more groups of like
figures than one ring holds (:data:`~geo.layers.RING_SIZE`), the figures
are drawn as one symbol per theme and unit, never summed: the symbol has the
largest value (one scale per unit, as everywhere), the tooltip lists each
group; the symbols of that point go on one ring.  Elsewhere each group of
like figures keeps its own symbol on its place's ring, as the layer made it.
Uncertainty shapes that are the same shape (the villages of one commune)
are drawn once, with every place's id in ``place_ids``.

The exported layers are not changed: this is how the map draws them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable

from geo.app.labels import display_name, theme_label
from geo.layers import RING_SIZE, Layer, Symbol, ring_offsets
from geo.mapping._style import RING_NOTE, esc

__all__ = ["LISTED", "stack_features"]

#: Members listed by name in a stacked symbol's tooltip; the rest are counted.
LISTED = 8
#: Groups of figures shown in a stacked figure symbol's tooltip, and lines of each.
SHOWN_GROUPS, BRIEF_LINES = 4, 4


def stack_features(layer: Layer, features: list[dict]) -> list[dict]:
    """Return *features* (their tooltips made) with each pile at one point made one feature.

    Parameters
    ----------
    layer : Layer
        Its symbol says what piles up and how members combine.
    features : list of dict
        GeoJSON features with ``tooltip_html`` (and ``popup_html``) already
        made (:func:`geo.mapping._style.add_info`); not changed.

    Returns
    -------
    list of dict
        The features in their order, the first of each pile standing for it.
    """
    if layer.symbol is Symbol.UNCERTAINTY:
        return _piles(features, _shape_key, _shapes)
    if layer.symbol is Symbol.FIGURE:
        shared = _crowded_points(features)
        return _ring(_piles(features, lambda f: _figure_key(f, shared), _figures), shared)
    if layer.symbol in (Symbol.PLACE, Symbol.SIZED):
        return _piles(features, _point_key, _places)
    return features


def _piles(features: list[dict], key: Callable[[dict], Hashable | None],
           merge: Callable[[list[dict]], dict]) -> list[dict]:
    piles: dict[Hashable, list[dict]] = {}
    order: list[list[dict]] = []  # each pile where its first feature was
    for f in features:
        k = key(f)
        if k is None:
            order.append([f])
        elif k in piles:
            piles[k].append(f)
        else:
            piles[k] = [f]
            order.append(piles[k])
    return [merge(pile) if len(pile) > 1 else pile[0] for pile in order]


def _point(f: dict) -> tuple[float, float] | None:
    geometry = f.get("geometry") or {}
    if geometry.get("type") != "Point":
        return None
    lon, lat = geometry["coordinates"][:2]
    return round(lon, 6), round(lat, 6)


def _point_key(f: dict):
    point = _point(f)
    return None if point is None else (point, f["properties"].get("precision"))


def _crowded_points(features: list[dict]) -> set[tuple[float, float]]:
    """Return the points with figures of several places, or more than one ring of them."""
    places: dict[tuple[float, float], set] = {}
    symbols: dict[tuple[float, float], int] = {}
    for f in features:
        point = _point(f)
        if point is not None:
            places.setdefault(point, set()).add(f["properties"].get("place_id"))
            symbols[point] = symbols.get(point, 0) + 1
    return {point for point, ids in places.items()
            if len(ids) > 1 or symbols[point] > RING_SIZE}


def _figure_key(f: dict, shared: set):
    point, p = _point(f), f["properties"]
    if point not in shared:
        return None  # one symbol per group of like figures, on the place's ring
    return (point, p.get("precision"), p.get("theme"), p.get("unit"),
            p.get("size_value") is None)


def _shape_key(f: dict):
    geometry = f.get("geometry")
    return None if not geometry else json.dumps(geometry, sort_keys=True)


def _mentions(p: dict) -> int:
    return p.get("mention_count") or 0


def _places(pile: list[dict]) -> dict:
    """One symbol for the places of one point: the most mentioned one's, listing all."""
    pile = sorted(pile, key=lambda f: (-_mentions(f["properties"]),
                                       f["properties"].get("name") or ""))
    members = [f["properties"] for f in pile]
    p = dict(members[0])
    p["members"] = [m.get("place_id") or m.get("id") for m in members]
    p["mention_count"] = sum(_mentions(m) for m in members)
    if "figure_count" in p:
        p["figure_count"] = sum(m.get("figure_count") or 0 for m in members)
    if "share" in p:
        p["share"] = sum(m.get("share") or 0 for m in members)
    p["article_count"] = None  # the members' articles overlap: not a sum
    lines = [f"{esc(display_name(m.get('name') or ''))} · {_mentions(m)} mention"
             f"{'s' if _mentions(m) != 1 else ''}" for m in members[:LISTED]]
    if len(members) > LISTED:
        lines.append(f"… and {len(members) - LISTED} more")
    head = f"<b>{len(members)} places at this point</b>"
    p["tooltip_html"] = "<br>".join([head, *lines, "<i>click to choose one</i>"])
    if "popup_html" in p:
        p["popup_html"] = "<br>".join([head, *lines[:LISTED]])
    return {**pile[0], "properties": p}


def _figures(pile: list[dict]) -> dict:
    """One symbol for the figures of one theme and unit at one point: the largest drawn."""
    pile = sorted(pile, key=lambda f: -(f["properties"].get("size_value") or 0))
    members = [f["properties"] for f in pile]
    p = dict(members[0])
    p["members"] = list(dict.fromkeys(m.get("place_id") for m in members))
    p["id"] = f"{p['id']}+{len(members) - 1}"
    p["figure_count"] = sum(m.get("figure_count") or 0 for m in members)
    p["article_count"] = None
    p["disagreement"] = any(m.get("disagreement") for m in members)
    lows = [m["value_low"] for m in members if m.get("value_low") is not None]
    p["value_low"] = min(lows) if lows else None
    shown = [_brief(m["tooltip_html"]) for m in members[:SHOWN_GROUPS]]
    more = ([f"… and {len(members) - SHOWN_GROUPS} more groups"]
            if len(members) > SHOWN_GROUPS else [])
    places = len(p["members"])
    head = (f"<b>{esc(theme_label(p.get('theme')))}: {len(members)} groups of figures"
            + (f" of {places} places" if places > 1 else "")
            + "</b> (drawn: the largest, never a sum)")
    p["tooltip_html"] = "<hr>".join([head, *shown, *more]) + f"<br>{RING_NOTE}"
    return {**pile[0], "id": p["id"], "properties": p}


def _brief(tooltip: str) -> str:
    """Return a member's figure tooltip as a pile lists it: its first lines, no ring note."""
    lines = [line for line in tooltip.split("<br>") if line != RING_NOTE]
    return "<br>".join(lines[:BRIEF_LINES] + (["…"] if len(lines) > BRIEF_LINES else []))


def _ring(features: list[dict], shared: set) -> list[dict]:
    """Put the figure symbols of each crowded point on one ring (piles made some go)."""
    at: dict[tuple, list[dict]] = {}
    for f in features:
        point = _point(f)
        if point in shared:
            at.setdefault(point, []).append(f)
    out = {id(f): f for f in features}
    for group in at.values():
        group.sort(key=lambda f: (f["properties"].get("theme") or "",
                                  -(f["properties"].get("size_value") or 0),
                                  f["properties"].get("id") or ""))
        for f, (dx, dy) in zip(group, ring_offsets(len(group)), strict=True):
            p = {**f["properties"], "offset_x": dx, "offset_y": dy, "ring": len(group)}
            out[id(f)] = {**f, "properties": p}
    return [out[id(f)] for f in features]


def _shapes(pile: list[dict]) -> dict:
    """One shape for the places that share it, every place id in ``place_ids``."""
    p = dict(pile[0]["properties"])
    p["place_ids"] = [f["properties"].get("place_id") or f["properties"].get("id")
                      for f in pile]
    return {**pile[0], "properties": p}
