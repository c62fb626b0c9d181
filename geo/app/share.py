"""A view as a link: the selected place and the filters, to and from URL query parameters.

``?place=post:tay-trang&kinds=border_post,village&from=2024-08-01&to=2024-08-31``
opens the panel of the Tây Trang post with those filters;
``&lat=21.27&lon=102.95&zoom=12`` puts the map's centre and zoom there;
``&chart=drugs_crime&unit=kg`` is the theme and unit of the Charts view;
``&layers=figures`` the map's layers on request switched on.
The view itself is the URL's path (``/tables``), given by the app's
navigation.  Reading a link never fails: values the corpus does not offer,
and a centre or zoom off the map's range, are dropped (a link from another
corpus still opens).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from geo.app.filters import FilterOptions
from geo.layers.registry import LAYERS

__all__ = ["SharedView"]

_LISTS = ("articles", "kinds", "themes")


def _date(value) -> str | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


#: The map's zooms (``geo.mapping.folium_map``: 3 to 18).
ZOOMS = (3, 18)


def _number(value, low: float, high: float) -> float | None:
    try:
        x = float(str(value))
    except ValueError:
        return None
    return x if low <= x <= high else None  # (NaN and infinities fail the range)


def _split(value) -> tuple[str, ...]:
    if value is None:
        return ()
    parts = value if isinstance(value, (list, tuple)) else str(value).split(",")
    return tuple(dict.fromkeys(p.strip() for p in parts if p and p.strip()))


@dataclass(frozen=True)
class SharedView:
    """What a link carries: the place in the panel, the filters (empty: none), the map view."""

    place: str | None = None
    articles: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    undated: bool = True
    lat: float | None = None  # the map's centre and zoom: all three, or none
    lon: float | None = None
    zoom: float | None = None
    chart: str | None = None  # the Charts view's theme and unit ("": no unit)
    unit: str | None = None
    layers: tuple[str, ...] = ()  # the map's layers on request switched on

    @property
    def map_view(self) -> tuple[float, float, float] | None:
        """Return ``(lat, lon, zoom)`` of the map, or ``None`` when the link has none."""
        if self.lat is None or self.lon is None or self.zoom is None:
            return None
        return self.lat, self.lon, self.zoom

    def to_query(self) -> dict[str, str]:
        """Return the query parameters of this view (what is not the default only)."""
        q: dict[str, str] = {}
        if self.place:
            q["place"] = self.place
        for name in _LISTS:
            if getattr(self, name):
                q[name] = ",".join(getattr(self, name))
        if self.date_from and self.date_to:
            q["from"], q["to"] = self.date_from, self.date_to
        if not self.undated:
            q["undated"] = "no"
        if self.map_view:  # 5 decimals: about a metre
            q["lat"], q["lon"] = f"{self.lat:.5f}", f"{self.lon:.5f}"
            q["zoom"] = f"{self.zoom:g}"
        if self.chart:
            q["chart"] = self.chart
            if self.unit is not None:
                q["unit"] = self.unit
        if self.layers:
            q["layers"] = ",".join(self.layers)
        return q

    @classmethod
    def from_query(cls, params: Mapping[str, object],
                   options: FilterOptions | None = None) -> SharedView:
        """Read a view from query parameters, keeping only what *options* offer.

        Parameters
        ----------
        params : mapping
            The URL's query parameters (``st.query_params.to_dict()``).
        options : FilterOptions, optional
            What the corpus offers; without it every well-formed value is kept.
        """
        offered: dict[str, Iterable[str] | None] = {name: None for name in _LISTS}
        if options is not None:
            offered = {"articles": {a for a, _ in options.articles},
                       "kinds": set(options.kinds), "themes": set(options.themes)}
        lists = {}
        for name in _LISTS:
            values = _split(params.get(name))
            allowed = offered[name]
            lists[name] = tuple(v for v in values if allowed is None or v in allowed)
        date_from, date_to = _date(params.get("from") or ""), _date(params.get("to") or "")
        if not (date_from and date_to) or date_from > date_to:
            date_from = date_to = None
        place = str(params.get("place") or "").strip() or None
        at = (_number(params.get("lat", ""), -90, 90), _number(params.get("lon", ""), -180, 180),
              _number(params.get("zoom", ""), *ZOOMS))
        lat, lon, zoom = at if None not in at else (None, None, None)
        # the chart's theme: one the corpus offers (its units are checked by the view)
        chart = str(params.get("chart") or "").strip() or None
        if chart is not None and options is not None and chart not in options.themes:
            chart = None
        unit = str(params["unit"]).strip() if chart and "unit" in params else None
        on_request = {layer.name for layer in LAYERS.on_request}
        layers = tuple(v for v in _split(params.get("layers")) if v in on_request)
        return cls(place=place, date_from=date_from, date_to=date_to,
                   undated=str(params.get("undated", "")).lower() not in ("no", "0", "false"),
                   lat=lat, lon=lon, zoom=zoom, chart=chart, unit=unit, layers=layers,
                   **lists)
