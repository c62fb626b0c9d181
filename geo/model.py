"""Plain value objects shared by every stage, and the gazetteer's contract.

Places, mentions, figures, articles, per-article results, failures and the
processed corpus live here, so every stage imports them from one module that
imports nothing of ``geo`` (no cycles).  :class:`Gazetteer` is the protocol
the stages rely on; :class:`geo.gazetteer.Gazetteer` implements it.

All are frozen dataclasses of plain Python values so they pickle (for
multiprocessing and Dask; how, fast: :mod:`geo.pickling`), compare by value,
and turn into JSON with :func:`dataclasses.asdict`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable


class Kind(StrEnum):
    """Kinds of place: one vocabulary in code, exports and CLI output."""

    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"
    WARD = "ward"
    VILLAGE = "village"
    BORDER_POST = "border_post"
    BORDER_GATE = "border_gate"
    BORDER_MARKER = "border_marker"
    COUNTRY = "country"
    FOREIGN_PLACE = "foreign_place"
    REGION = "region"
    OTHER = "other"


class Precision(StrEnum):
    """How much a coordinate says about where the place is (see DESIGN.md)."""

    POINT = "point"
    SEGMENT = "segment"
    COMMUNE = "commune"
    DISTRICT = "district"
    PROVINCE = "province"
    COUNTRY = "country"
    #: a named region (Tây Bắc, the Golden Triangle): drawn as its extent when one is sourced
    REGION = "region"


#: Default radius (metres) of the area a place may lie in, by precision, used
#: when the data gives no extent of its own (a bounding box, a segment).
DEFAULT_UNCERTAINTY_M: dict[str, float] = {
    Precision.POINT: 50.0,
    Precision.SEGMENT: 5_000.0,
    Precision.COMMUNE: 10_000.0,
    Precision.DISTRICT: 30_000.0,
    Precision.PROVINCE: 100_000.0,
    Precision.COUNTRY: 500_000.0,
    Precision.REGION: 300_000.0,
}

#: Era of an administrative unit.
LEGACY = "legacy"  # 63-province units, abolished or renamed on 1 July 2025
CURRENT = "2025"  # 34-province units from 1 July 2025
MERGER_DATE = "2025-07-01"


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    ``lat``/``lon`` are ``None`` only when nothing, not even a containing
    unit, gives a point.  ``coord_source`` says where the coordinate comes
    from (a URL, ``vietnamadminunits``, ``commune:<id>``, ``user``).
    ``legacy_unit``/``successor`` are place ids of the legacy (pre-2025)
    commune-level unit the place is or sits in, and its 2025 successor.
    """

    id: str
    name: str
    name_ascii: str
    kind: str
    lat: float | None
    lon: float | None
    precision: str
    uncertainty_m: float | None
    coord_source: str
    source: str = ""
    era: str | None = None
    parent: str | None = None
    province: str | None = None
    legacy_unit: str | None = None
    successor: str | None = None
    alt_names: tuple[str, ...] = ()
    bbox: tuple[float, float, float, float] | None = None  # (min_lon, min_lat, max_lon, max_lat)
    country: str = "VN"
    attrs: tuple[tuple[str, str], ...] = ()  # extra facts: gate_type, counterpart, series...
    notes: str = ""

    def to_row(self) -> dict:
        """Return the place as one flat row: the ``geo places --json`` object.

        Keys: ``id``, ``name``, ``kind``, ``lat``, ``lon``, ``precision``,
        ``uncertainty_m``, ``source`` (where the coordinate comes from) and
        ``successor``.
        """
        return {"id": self.id, "name": self.name, "kind": self.kind, "lat": self.lat,
                "lon": self.lon, "precision": self.precision,
                "uncertainty_m": self.uncertainty_m, "source": self.coord_source,
                "successor": self.successor}

    def attr(self, key: str, default: str | None = None) -> str | None:
        """Return the extra attribute *key* (e.g. ``"gate_type"``) or *default*."""
        for k, v in self.attrs:
            if k == key:
                return v
        return default


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of an article's text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """One place mention in an article, resolved or not.

    ``text[start:end] == surface`` always holds for the article text as read.
    """

    article: str
    surface: str
    start: int
    end: int
    in_body: bool
    kind: str
    place_id: str | None
    name: str | None
    lat: float | None
    lon: float | None
    precision: str | None
    uncertainty_m: float | None
    legacy_unit: str | None = None
    legacy_name: str | None = None
    successor: str | None = None
    successor_name: str | None = None
    method: str = "exact"  # exact | folded | fuzzy | context | unresolved
    score: float = 1.0
    why: str = ""
    marker_numbers: tuple[int, ...] = ()
    marker_series: str | None = None  # "VN-LA" | "VN-CN" | None
    sentence: Span | None = None
    paragraph: Span | None = None
    article_date: str | None = None  # the article's (maybe partial) ISO date
    date_source: str = "none"  # where it comes from: manifest | text:<pattern> | none

    def to_row(self) -> dict[str, Any]:
        """Return the mention as one row of plain values (a ``geo mentions --json`` line).

        Every field, in this order: ``article``, ``surface``, ``start``,
        ``end``, ``in_body``, ``kind``, ``place_id``, ``name``, ``lat``,
        ``lon``, ``precision``, ``marker_numbers`` (a list, empty for
        non-markers), ``uncertainty_m``, ``legacy_unit``, ``legacy_name``,
        ``successor``, ``successor_name``, ``method``, ``score``, ``why``,
        ``marker_series``, ``sentence`` and ``paragraph`` (``[start, end]``
        or ``None``), ``article_date`` and ``date_source``.
        """
        return {
            "article": self.article, "surface": self.surface, "start": self.start,
            "end": self.end, "in_body": self.in_body, "kind": self.kind,
            "place_id": self.place_id, "name": self.name, "lat": self.lat, "lon": self.lon,
            "precision": self.precision, "marker_numbers": list(self.marker_numbers),
            "uncertainty_m": self.uncertainty_m, "legacy_unit": self.legacy_unit,
            "legacy_name": self.legacy_name, "successor": self.successor,
            "successor_name": self.successor_name, "method": self.method, "score": self.score,
            "why": self.why, "marker_series": self.marker_series,
            "sentence": [self.sentence.start, self.sentence.end] if self.sentence else None,
            "paragraph": [self.paragraph.start, self.paragraph.end] if self.paragraph else None,
            "article_date": self.article_date, "date_source": self.date_source,
        }


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure (a reported quantity) in an article body."""

    article: str
    quote: str
    start: int
    end: int
    value: float | int | None
    unit: str
    subject: str
    theme: str
    qualifier: str | None = None
    period: str | None = None
    date: str | None = None
    value_high: float | int | None = None  # upper end of a range ("2,500 - 3,000MW")
    vague: bool = False  # "thousands of individuals": kept, with no value
    place_id: str | None = None
    place_name: str | None = None
    scope_reason: str = ""
    sentence: Span | None = None
    #: every occurrence of the figure in the article, (start, end, quote) in
    #: text order, when it is repeated; empty when its own quote is the only one
    quotes: tuple[tuple[int, int, str], ...] = ()
    article_date: str | None = None  # the article's (maybe partial) ISO date
    date_source: str = "none"  # where it comes from: manifest | text:<pattern> | none

    def to_row(self) -> dict:
        """Return the figure as one flat row: the ``geo figures --json`` object.

        Keys: ``article``, ``quote``, ``start``, ``end``, ``value``, ``unit``,
        ``subject``, ``theme``, ``qualifier``, ``period``, ``place_id``,
        ``place_name`` (the contract), then ``date``, ``value_high``,
        ``vague``, ``scope_reason``, ``quotes`` (every occurrence, as
        ``{"quote", "start", "end"}`` objects; the figure's own quote when it
        has no others), ``article_date`` and ``date_source``.  The CLI,
        ``figures.csv`` and the app's tables all take their columns from
        this row.
        """
        return {"article": self.article, "quote": self.quote, "start": self.start,
                "end": self.end, "value": self.value, "unit": self.unit,
                "subject": self.subject, "theme": self.theme, "qualifier": self.qualifier,
                "period": self.period, "place_id": self.place_id,
                "place_name": self.place_name, "date": self.date,
                "value_high": self.value_high, "vague": self.vague,
                "scope_reason": self.scope_reason,
                "quotes": [{"quote": q, "start": s, "end": e}
                           for s, e, q in self.quotes or ((self.start, self.end, self.quote),)],
                "article_date": self.article_date, "date_source": self.date_source}


@dataclass(frozen=True, slots=True)
class Article:
    """An article as read: its whole text and the parts recognised in it.

    ``text`` is the decoded file content (NFC is *not* applied, so offsets
    stay valid in the text as read), but for the line breaks inside
    hard-wrapped paragraphs, made spaces (the same length:
    :func:`geo.reading._lines.unwrapped`); ``body`` is the span of the
    article body, ``furniture`` the spans of page furniture (comment box,
    "Recent news" teasers, ...).
    """

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    title_span: Span | None = None
    byline: str | None = None
    dateline: Span | None = None
    date: str | None = None  # ISO date of publication ("2023-03-14", "2023-03", "2023"), or None
    outlet: str | None = None
    body: Span = field(default_factory=lambda: Span(0, 0))
    furniture: tuple[Span, ...] = ()
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    # where ``date`` comes from: "manifest", "text:<pattern>" (geo.reading.dates) or "none"
    date_source: str = "none"
    date_precision: str | None = None  # "day" | "month" | "year" ("2023-03", "2023")

    def in_body(self, start: int, end: int) -> bool:
        """Return whether ``[start, end)`` lies inside the body.

        Furniture inside the body span (a "Read more: ..." line) is not body.
        """
        if not (self.body.start <= start and end <= self.body.end):
            return False
        return not self.in_furniture(start, end)

    def in_furniture(self, start: int, end: int) -> bool:
        """Return whether ``[start, end)`` overlaps a furniture span."""
        return any(f.start < end and start < f.end for f in self.furniture)


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """An article with the place mentions and figures found in it."""

    article: Article
    mentions: tuple[Mention, ...]
    figures: tuple[Figure, ...]


def printable(text: str) -> str:
    r"""Return *text* (a file name, a message naming one) as valid UTF-8 text.

    A file name that is not valid UTF-8 reaches Python with its bad bytes as
    lone surrogates (``"r\udce9sum\udce9.txt"``), which no UTF-8 output
    (JSON, GeoJSON, CSV, the terminal) can hold: they become ``\xe9``.
    """
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # surrogates that are not escaped bytes
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "backslashreplace")


@dataclass(frozen=True, slots=True)
class Failure:
    """A file that could not be processed, and why (one line, printable)."""

    path: str
    reason: str

    def __post_init__(self) -> None:
        # one line, whatever the error said (library messages span lines); a file
        # name that is not UTF-8 is shown escaped
        object.__setattr__(self, "path", printable(self.path))
        object.__setattr__(self, "reason", printable(" ".join(self.reason.split())))

    def message(self) -> str:
        """Return the one-line message: the reason, naming the file once."""
        return self.reason if self.path in self.reason else f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Corpus:
    """The processed corpus: results in file order, failures, gazetteer version."""

    results: tuple[ArticleResult, ...]
    failures: tuple[Failure, ...] = ()
    gazetteer_version: str = ""


@runtime_checkable
class Gazetteer(Protocol):
    """What the stages need of a gazetteer (implemented by :class:`geo.gazetteer.Gazetteer`).

    ``version`` is a content hash of the data it was built from: it keys
    every cache.  ``memo`` holds what later stages derive from the gazetteer
    once (the name automaton of :mod:`geo.mentions`), so it lives and dies
    with the gazetteer instead of in a module-level cache.
    """

    places: tuple[Place, ...]
    version: str
    memo: dict[str, Any]

    def __len__(self) -> int:
        """Return the number of places."""

    def get(self, place_id: str) -> Place | None:
        """Return the place with id *place_id*, or ``None``."""

    def children(self, place_id: str) -> list[Place]:
        """Return the places whose parent is *place_id*."""

    def successor(self, place_id: str) -> Place | None:
        """Return the 2025 unit that succeeded *place_id*, or ``None``."""

    def lookup(self, name: str, *, kinds: Iterable[str] | None = None) -> list:
        """Return the candidates for *name*, best first; empty when none."""

    def aliases(self) -> Iterator[tuple[str, str]]:
        """Yield ``(folded alias, place id)`` for every name of every place."""

    def extent(self, place_id: str) -> Any:
        """Return the geometry where the place may lie, or ``None``."""

    def boundary_lines(self) -> list:
        """Return the international boundary lines as ``(series, line)`` pairs."""
