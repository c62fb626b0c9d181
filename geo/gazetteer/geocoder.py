"""A geopy geocoder backed by the gazetteer: no network, ever.

>>> from geo.gazetteer.geocoder import GazetteerGeocoder
>>> GazetteerGeocoder().geocode("Pa Thơm").raw["successor"]      # doctest: +SKIP
'vn2025:c:03349'

It also plugs into geopandas::

    geopandas.tools.geocode(["Pa Thơm"], provider=GazetteerGeocoder)
"""

from __future__ import annotations

import dataclasses

from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderServiceError
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo.gazetteer import Gazetteer, load_gazetteer
from geo.model import Place


class NoNetworkAdapter(BaseSyncAdapter):
    """A geopy adapter that refuses every request: the gazetteer is local."""

    def get_json(self, url, *, timeout, headers):
        """Refuse: this geocoder never touches the network."""
        raise GeocoderServiceError(f"GazetteerGeocoder does not make requests (asked for {url})")

    def get_text(self, url, *, timeout, headers):
        """Refuse: this geocoder never touches the network."""
        raise GeocoderServiceError(f"GazetteerGeocoder does not make requests (asked for {url})")


class GazetteerGeocoder(Geocoder):
    """Geocode place names against the local gazetteer, geopy style.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        The gazetteer to use; :func:`geo.gazetteer.load_gazetteer` by default.
    kinds : iterable of str, optional
        Restrict results to these kinds (``"commune"``, ``"border_post"``...).
    **kwargs
        Accepted for geopy compatibility (``user_agent``, ``timeout``...) and
        ignored but for validation; the adapter never makes a request.
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, kinds=None, **kwargs):
        kwargs["adapter_factory"] = lambda proxies, ssl_context: NoNetworkAdapter(
            proxies=proxies, ssl_context=ssl_context)
        super().__init__(**kwargs)
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.kinds = tuple(kinds) if kinds is not None else None

    def geocode(self, query: str, *, exactly_one: bool = True, limit: int | None = None,
                kinds=None) -> Location | list[Location] | None:
        """Return the location(s) of the places called *query*.

        Parameters
        ----------
        query : str
            A place name ("Pa Thơm", "xa pa thom", "Si Pa Phìn Border Post").
        exactly_one : bool
            Return the best location only (default), else a list.
        limit : int, optional
            Most locations returned when ``exactly_one`` is false.
        kinds : iterable of str, optional
            Restrict to these kinds (overrides the instance setting).

        Returns
        -------
        Location, list of Location or None
            ``Location.raw`` is the place record as a dict plus ``score``,
            ``method`` and ``why``.  Places without a point are skipped;
            ``None`` (or ``[]``) when nothing matches.
        """
        kinds = tuple(kinds) if kinds is not None else self.kinds
        found = [self._parse_candidate(c) for c in self.gazetteer.lookup(str(query), kinds=kinds)
                 if c.place.lat is not None]
        if exactly_one:
            return found[0] if found else None
        return found[:limit] if limit else found

    def reverse(self, query, *, exactly_one=True):
        """Not supported: the gazetteer resolves names, not points."""
        raise NotImplementedError("GazetteerGeocoder does not reverse-geocode")

    @staticmethod
    def _parse_candidate(candidate) -> Location:
        place = candidate.place
        raw = place_record(place) | {"score": candidate.score, "method": candidate.method,
                                     "why": candidate.why}
        return Location(place_address(place), (place.lat, place.lon), raw)


def place_record(place: Place) -> dict:
    """Return *place* as a plain dict (tuples become lists, attrs a dict)."""
    record = dataclasses.asdict(place)
    record["alt_names"] = list(place.alt_names)
    record["bbox"] = list(place.bbox) if place.bbox else None
    record["attrs"] = dict(place.attrs)
    return record


def place_address(place: Place) -> str:
    """Return a one-line description: ``"Pa Thơm (commune, legacy)"``."""
    era = f", {place.era}" if place.era else ""
    return f"{place.name} ({place.kind}{era})"
