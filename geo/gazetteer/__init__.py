"""The gazetteer: Vietnam's administrative units, curated border places, user overrides.

Entry points: :func:`load_gazetteer` returns a :class:`Gazetteer`;
:func:`read_overrides` / :func:`read_overrides_lenient` read a user override
file; :class:`Candidate` is one result of :meth:`Gazetteer.lookup`.
"""

from geo.gazetteer.core import Gazetteer
from geo.gazetteer.index import Candidate
from geo.gazetteer.load import load_gazetteer
from geo.gazetteer.overrides import read_overrides, read_overrides_lenient
from geo.gazetteer.rows import COLUMNS, PlaceRow
from geo.region import TRIPOINT_ID

__all__ = [
    "COLUMNS",
    "TRIPOINT_ID",
    "Candidate",
    "Gazetteer",
    "PlaceRow",
    "load_gazetteer",
    "read_overrides",
    "read_overrides_lenient",
]
