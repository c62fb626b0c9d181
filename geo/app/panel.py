"""The place panel: what the app shows about one place when it is clicked.

:func:`place_panel` returns a :class:`PlacePanel`: the gazetteer's record
(names, kind, legacy unit and 2025 successor, coordinates, precision,
sources), the figures the corpus reports about the place (with the
disagreements between articles grouped) and every body passage that
mentions it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, fields

from geo.app.index import CorpusIndex, Passage, passages_for
from geo.app.labels import display_name
from geo.model import Figure, Gazetteer, Precision
from geo.text import fold

__all__ = ["FigureRow", "PlacePanel", "UnitRef", "figure_disagreements", "figure_row",
           "format_figure", "place_panel", "zoom_for"]

#: Map zoom that shows a place of each precision whole.
_ZOOM = {Precision.POINT: 13, Precision.SEGMENT: 12, Precision.COMMUNE: 11,
         Precision.DISTRICT: 10, Precision.PROVINCE: 8, Precision.COUNTRY: 6}


def zoom_for(precision: str | None) -> int:
    """Return a map zoom that shows a place of this precision whole (10 if unknown)."""
    return _ZOOM.get(precision or "", 10)


def format_figure(value, unit: str | None = None, *, qualifier: str | None = None,
                  value_high=None) -> str:
    """Return a figure as a reader would write it: ``"over 17,400,000,000 VND"``."""
    def num(v) -> str:
        if isinstance(v, float) and not v.is_integer():
            return f"{v:,.3f}".rstrip("0").rstrip(".")
        return f"{int(v):,}"

    if value is None:
        text = "(no number)"
    else:
        text = num(value) + (f"–{num(value_high)}" if value_high is not None else "")
    return " ".join(x for x in (qualifier, text, unit) if x)


@dataclass(frozen=True, slots=True)
class UnitRef:
    """Another gazetteer unit named in a panel (a legacy commune, a 2025 successor)."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One figure as the panel and the figures table show it, with its article's title."""

    figure: str  # as a reader writes it (format_figure)
    article: str
    title: str
    date: str | None
    quote: str
    value: float | None
    value_high: float | None
    unit: str | None
    subject: str | None
    theme: str | None
    qualifier: str | None
    period: str | None
    place_id: str | None
    place_name: str | None
    start: int = 0  # where the figure is in its article (the reader marks it)
    end: int = 0
    scope_reason: str = ""  # why the figure is about this place (geo.figures)

    def to_row(self) -> dict:
        """Return the row as a dict (columns in field order), for tables and CSV."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def figure_row(index: CorpusIndex, f: Figure) -> FigureRow:
    """Return the :class:`FigureRow` of figure *f* of the corpus in *index*."""
    article = index.articles.get(f.article)
    return FigureRow(
        figure=format_figure(f.value, f.unit, qualifier=f.qualifier, value_high=f.value_high),
        article=f.article,
        title=(article.title if article else None) or f.article,
        date=(article.date if article else None) or f.article_date,
        quote=f.quote,
        value=f.value,
        value_high=f.value_high,
        unit=f.unit,
        subject=f.subject,
        theme=f.theme,
        qualifier=f.qualifier,
        period=f.period,
        place_id=f.place_id,
        place_name=f.place_name,
        start=f.start,
        end=f.end,
        scope_reason=f.scope_reason,
    )


def figure_disagreements(rows: Sequence[FigureRow]) -> tuple[tuple[FigureRow, ...], ...]:
    """Group figures that report the same kind of quantity with different values.

    Two figures are about the same quantity when they share unit, theme,
    subject and period; a group is a disagreement when its figures come
    from more than one article and carry more than one value.

    Parameters
    ----------
    rows : sequence of FigureRow
        Figures as in :attr:`PlacePanel.figures`.

    Returns
    -------
    tuple of tuple of FigureRow
        One group per disagreement, its figures in article order, to be
        shown side by side.
    """
    groups: dict[tuple, list[FigureRow]] = defaultdict(list)
    for r in rows:
        if r.value is None:
            continue
        groups[(r.unit or "", r.theme or "", fold(r.subject or ""), r.period or "")].append(r)
    return tuple(tuple(group) for group in groups.values()
                 if len({r.article for r in group}) > 1 and len({r.value for r in group}) > 1)


@dataclass(frozen=True)
class PlacePanel:
    """What the app shows about one place: record, figures, passages.

    Every text field is plain (unescaped) text; ``passages`` carry escaped
    HTML (see :class:`~geo.app.index.Passage`).
    """

    id: str
    name: str
    name_ascii: str
    kind: str
    lat: float | None
    lon: float | None
    precision: str | None
    uncertainty_m: float | None
    coord_source: str
    source: str
    notes: str
    alt_names: tuple[str, ...]
    legacy_unit: UnitRef | None
    successor: UnitRef | None
    figures: tuple[FigureRow, ...] = ()
    disagreements: tuple[tuple[FigureRow, ...], ...] = ()
    passages: tuple[Passage, ...] = ()
    furniture_mentions: int = 0  # mentions in page furniture (not shown as passages)
    passage_count: int = 0  # body passages in all (``passages`` may hold the first ones only)
    figure_count: int = 0  # figures in all (``figures`` may hold the first ones only)

    @property
    def approximate(self) -> bool:
        """Whether the point stands for a larger area (any precision but ``point``)."""
        return self.precision not in (Precision.POINT, None)


def place_panel(place_id: str, index: CorpusIndex, gazetteer: Gazetteer | None, *,
                limit: int | None = None) -> PlacePanel | None:
    """Return what the app shows about one place when it is clicked.

    Parameters
    ----------
    place_id : str
        A gazetteer id (as carried by map features and mentions).
    index : CorpusIndex
        The processed corpus (or the part of it about this place: with
        *limit*, the articles of the first *limit* passages are enough).
    gazetteer : Gazetteer or None
        For the place record, and the names of its legacy unit and successor.
    limit : int, optional
        Passages made at most (the first ones, in corpus order);
        ``passage_count`` counts them all.

    Returns
    -------
    PlacePanel or None
        ``None`` when neither the gazetteer nor the corpus knows *place_id*.
    """
    place = gazetteer.get(place_id) if gazetteer is not None else None
    mentions = index.mentions_by_place.get(place_id, ())
    if place is None and not mentions:
        return None
    first = mentions[0] if mentions else None

    def unit(uid: str | None, fallback_name: str | None = None) -> UnitRef | None:
        if not uid:
            return None
        other = gazetteer.get(uid) if gazetteer is not None else None
        return UnitRef(uid, other.name if other else (fallback_name or uid))

    if place is not None:
        record = dict(id=place.id, name=display_name(place.name),
                      name_ascii=display_name(place.name_ascii),
                      kind=place.kind, lat=place.lat, lon=place.lon, precision=place.precision,
                      uncertainty_m=place.uncertainty_m, coord_source=place.coord_source,
                      source=place.source, notes=place.notes, alt_names=tuple(place.alt_names),
                      legacy_unit=unit(place.legacy_unit), successor=unit(place.successor))
    else:  # known to the corpus only (e.g. a gazetteer without this entry any more)
        name = first.name or first.surface
        record = dict(id=place_id, name=name, name_ascii=fold(name), kind=first.kind,
                      lat=first.lat, lon=first.lon, precision=first.precision,
                      uncertainty_m=first.uncertainty_m, coord_source="", source="", notes="",
                      alt_names=(), legacy_unit=unit(first.legacy_unit, first.legacy_name),
                      successor=unit(first.successor, first.successor_name))
    if first is not None:  # mentions carry the resolution's view of the merger
        record["legacy_unit"] = record["legacy_unit"] or unit(first.legacy_unit,
                                                              first.legacy_name)
        record["successor"] = record["successor"] or unit(first.successor, first.successor_name)
    figures = tuple(figure_row(index, f) for f in index.figures_by_place.get(place_id, ()))
    totals = index.totals.get(place_id)
    if totals is None:  # every mention and figure of the place is in the index
        body = sum(1 for m in mentions if m.in_body)
        totals = (body, len(mentions) - body, len(figures))
    body, furniture, figure_count = totals
    return PlacePanel(
        **record,
        figures=figures,
        disagreements=figure_disagreements(figures),
        passages=passages_for(index, place_id, limit=limit),
        furniture_mentions=furniture,
        passage_count=body,
        figure_count=figure_count,
    )
