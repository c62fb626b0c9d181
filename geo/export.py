"""Export map layers: RFC 7946 GeoJSON, a zip of them, a GeoPackage and a figures CSV.

An export is all or nothing: it is written whole into a staging folder beside
the output folder, which then replaces the output folder's contents in one
swap (:mod:`geo.staging`), so a reader, or the next run, sees the previous
export or the new one and never a mix; the output folder is locked for the
run, and what killed runs left is cleaned.  Files of the output folder that
are not the export's are kept.  Nothing else outside the output folder is
touched.

GeoJSON follows RFC 7946: longitude then latitude, WGS 84, no ``crs``
member, finite numbers only, polygon exteriors counter-clockwise.  Property
values are plain JSON scalars (string, number, boolean, null): lists and
objects are stored as JSON *text* (``articles``, ``figures``, ``groups``,
``alt_names``, ``attrs``) because QGIS and GeoPackage fields cannot hold
nested values; parse them with ``json.loads``.  See ``docs/LAYERS.md``.

File and GeoPackage layer names are the export names declared in the layer
registry (:mod:`geo.layers.registry`); a layer the registry does not know is
written under its own name, made safe.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path

import geopandas as gpd

from geo.errors import ExportError
from geo.files import FORMULA_STARTS, atomic_write, spreadsheet_safe
from geo.geojson import plain, write_geojson
from geo.layers import article_counter
from geo.layers.registry import LAYERS, Registry
from geo.model import ArticleResult, Figure
from geo.staging import OutputFolder

ZIP_NAME = "layers.zip"
GPKG_NAME = "layers.gpkg"
FIGURES_CSV = "figures.csv"
#: Columns of ``figures.csv``: the fields of :meth:`geo.model.Figure.to_row`, in this order.
FIGURE_COLUMNS = (
    "article", "quote", "start", "end", "value", "value_high", "unit", "subject", "theme",
    "qualifier", "period", "date", "vague", "place_id", "place_name", "scope_reason",
    "quotes", "article_date", "date_source",
)

_UNSAFE = re.compile(r"[^a-z0-9_-]+")


def safe_name(name: str) -> str:
    """Return *name* as a safe file stem: lower-case ASCII letters, digits, ``_``, ``-``.

    Raises
    ------
    ExportError
        If nothing of *name* is left.
    """
    stem = _UNSAFE.sub("_", str(name).lower()).strip("_-")[:64]
    if not stem:
        raise ExportError(f"layer name {name!r} gives no usable file name")
    return stem


def _text_writer(fn: Callable[[io.TextIOBase], object]) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            fn(fh)

    return write


def export_layers(
    layers: Mapping[str, gpd.GeoDataFrame],
    out_dir: str | os.PathLike,
    *,
    figures: Iterable[Figure] | None = None,
    corpus=None,
    registry: Registry = LAYERS,
    stamp: tuple[str, str] | None = None,
) -> list[Path]:
    """Write every layer as GeoJSON, plus a zip, a GeoPackage and a figures CSV.

    Parameters
    ----------
    layers : mapping of str to geopandas.GeoDataFrame
        As returned by :func:`geo.layers.build.build_layers`.
    out_dir : str or path-like
        Output folder, created if missing.  Its export files
        (``<export name>.geojson``, ``layers.zip``, ``layers.gpkg``,
        ``figures.csv``) are replaced all at once; its other files are kept.
    figures : iterable of Figure, optional
        Figures for the CSV, one row each (unplaced ones too).
    corpus : geo.pipeline.Corpus, optional
        Instead of *figures*: every figure of the corpus, with its article's
        title and date in the CSV.  With neither, no CSV is written.
    registry : Registry, optional
        Gives each layer's export name: file stem and GeoPackage layer name
        (default: the product's, :data:`geo.layers.registry.LAYERS`).
    stamp : (str, str), optional
        ``(file name, first line)``: a file written last, holding the first
        line then the paths of the files written, one a line; it appears
        with them and only with them (``geo export``'s up-to-date stamp).
        A stamp of a previous export that this one does not write is dropped.

    Returns
    -------
    list of pathlib.Path
        The files written (in *out_dir*), GeoJSON first; the stamp is not listed.

    Raises
    ------
    ExportError
        If a file cannot be written or a layer holds a non-finite coordinate;
        the output folder is then left as it was.
    geo.errors.ExportBusyError
        If another process is exporting into *out_dir*.
    """
    out = Path(out_dir)
    names = {name: safe_name(registry.export_name(name)) for name in layers}
    if len(set(names.values())) != len(names):
        raise ExportError(f"layer names collide as file names: {sorted(layers)!r}")
    own = {f"{safe_name(registry.export_name(n))}.geojson" for n in registry.names}
    own |= {f"{n}.geojson" for n in names.values()} | {ZIP_NAME, GPKG_NAME, FIGURES_CSV}
    if stamp is not None:
        own.add(stamp[0])
    with OutputFolder(out) as folder:
        staging = folder.stage()
        try:
            written = _write_files(layers, staging, names, figures, corpus, shown=out)
            final = [out / p.name for p in written]
            if stamp is not None:
                lines = [stamp[1], *(str(p) for p in final)]
                atomic_write(staging / stamp[0],
                             lambda tmp: tmp.write_text("\n".join(lines) + "\n",
                                                        encoding="utf-8"))
            folder.publish(staging, keep_out=own)
        except BaseException:
            folder.discard(staging)
            raise
    return final


def counted_without_text(gazetteer) -> tuple[Callable, dict, dict]:
    """Return ``(keep, counted, keys)``: *keep* for ``process_corpus(each=keep)``.

    *keep* counts each result as it arrives into *counted* (by article id,
    :func:`geo.layers.article_counter`, first passages made from the text),
    notes its content key in *keys* (the result cache's,
    :func:`geo.work.content_key`: the app reads its passages back by it) and
    returns it without its article's text (``""``): nothing an export
    writes reads a text, and at 10,000 articles the texts are 270 MB of the
    results.  Afterwards, :func:`geo.layers.keep_first_passages` drops the
    passages no layer uses.
    """
    from geo.work import content_key

    count = article_counter(gazetteer, passages=True)
    counted: dict = {}
    keys: dict[str, str] = {}

    def keep(result: ArticleResult) -> ArticleResult:
        counted[result.article.id] = count(result)
        keys[result.article.id] = content_key(result.article, gazetteer.version)
        return ArticleResult(replace(result.article, text=""), result.mentions, result.figures)

    return keep, counted, keys


def _write_files(layers, out: Path, names: dict, figures, corpus, *, shown: Path) -> list[Path]:
    written: list[Path] = []
    try:
        for name, frame in layers.items():
            path = out / f"{names[name]}.geojson"
            writer = _text_writer(lambda fh, f=frame: write_geojson(f, fh))
            written.append(atomic_write(path, writer))
        geojson = list(written)
        written.append(atomic_write(out / ZIP_NAME, lambda tmp: _write_zip(tmp, geojson)))
        written.append(atomic_write(out / GPKG_NAME, lambda tmp: _write_gpkg(tmp, layers, names)))
        if figures is not None or corpus is not None:
            rows, info = _figure_rows(figures, corpus)
            points = place_points(layers)
            written.append(atomic_write(
                out / FIGURES_CSV,
                _text_writer(lambda fh: write_figures_csv(rows, fh, info, points))))
    except ExportError:
        raise
    except (OSError, ValueError) as err:
        raise ExportError(f"could not export layers to {str(shown)!r}: {err}") from err
    return written


def _write_zip(tmp: Path, files: list[Path]) -> None:
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in files:
            zf.write(path, arcname=path.name)


def _gpkg_frame(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Columns as plain values: object columns keep None, not NaN."""
    data = {}
    for col in frame.columns:
        if col == frame.geometry.name:
            continue
        series = frame[col]
        if series.dtype == bool or str(series.dtype) in ("int64", "float64"):
            data[col] = series.to_numpy()
        else:
            data[col] = [plain(v) for v in series.tolist()]
    return gpd.GeoDataFrame(data, geometry=list(frame.geometry.values), crs="EPSG:4326")


def _write_gpkg(tmp: Path, layers: Mapping[str, gpd.GeoDataFrame], names: dict) -> None:
    import pyogrio

    tmp.unlink()  # GDAL must create the GeoPackage itself
    for name, frame in layers.items():
        frame = _gpkg_frame(frame if frame.crs is not None else frame.set_crs(4326))
        types = set(frame.geometry.geom_type.dropna())
        geometry_type = types.pop() if len(types) == 1 else "Unknown"
        try:
            pyogrio.write_dataframe(
                frame, tmp, layer=names[name], driver="GPKG", geometry_type=geometry_type,
                append=False,
            )
        except (OSError, ValueError):
            raise
        except Exception as err:  # GDAL errors (pyogrio.errors.*) are RuntimeErrors
            raise ExportError(f"could not write layer {name!r} to the GeoPackage: {err}") from err


def _figure_rows(figures, corpus) -> tuple[list[Figure], dict[str, tuple]]:
    rows = list(figures) if figures is not None else []
    info: dict[str, tuple] = {}
    if corpus is not None:
        for result in corpus.results:
            info[result.article.id] = (result.article.title, result.article.date)
            if figures is None:
                rows.extend(result.figures)
    return rows, info


#: Columns of ``figures.csv`` after :data:`FIGURE_COLUMNS`: one value each, no JSON.
FIGURE_EXTRA_COLUMNS = ("quote_count", "lat", "lon", "place_precision", "article_title")


def place_points(layers: Mapping) -> dict[str, tuple[float, float, str]]:
    """Return ``{place id: (lat, lon, precision)}`` of every place of the place layers."""
    points: dict[str, tuple[float, float, str]] = {}
    for frame in layers.values():
        if not {"id", "lat", "lon", "precision"} <= set(frame.columns):
            continue
        for pid, lat, lon, precision in zip(frame["id"], frame["lat"], frame["lon"],
                                            frame["precision"], strict=True):
            if lat == lat and lon == lon:  # not NaN
                points.setdefault(pid, (float(lat), float(lon), str(precision)))
    return points


#: ``json.dumps(..., ensure_ascii=False)`` without building an encoder per call
_QUOTES_JSON = json.JSONEncoder(ensure_ascii=False).encode


def write_figures_csv(
    figures: Iterable[Figure], fh: io.TextIOBase, articles: Mapping[str, tuple] | None = None,
    places: Mapping[str, tuple[float, float, str]] | None = None,
) -> int:
    """Write one CSV row per figure (tidy: one column per field); return the count.

    Parameters
    ----------
    figures : iterable of Figure
    fh : text file
        Opened with ``newline=""``.
    articles : mapping, optional
        ``{article id: (title, date)}`` for the ``article_title`` column
        and for ``article_date`` when a figure has none (empty without it).
    places : mapping, optional
        ``{place id: (lat, lon, precision)}`` (:func:`place_points`): the
        point of the figure's place, so that the file opens as a point layer
        (QGIS, GDAL's CSV driver with ``X_POSSIBLE_NAMES=lon``,
        ``Y_POSSIBLE_NAMES=lat``); empty for a figure without a place.

    Returns
    -------
    int
        Rows written; columns are :data:`FIGURE_COLUMNS` then
        :data:`FIGURE_EXTRA_COLUMNS`; ``quotes`` is a JSON list in one cell
        (its length is ``quote_count``); missing values are empty cells.
    """
    articles, places = articles or {}, places or {}
    writer = csv.writer(fh)
    columns = (*FIGURE_COLUMNS, *FIGURE_EXTRA_COLUMNS)
    writer.writerow(columns)
    n = 0
    for fig in figures:
        record = fig.to_row()
        title, date = articles.get(fig.article, (None, None))
        record["article_date"] = record["article_date"] or date
        record["quote_count"] = len(record["quotes"])
        record["quotes"] = _QUOTES_JSON(record["quotes"])
        lat, lon, precision = places.get(fig.place_id or "", (None, None, None))
        record.update(lat=lat, lon=lon, place_precision=precision, article_title=title or "")
        writer.writerow(_cells(record, columns))
        n += 1
    return n


def _cells(record: dict, columns: tuple[str, ...]) -> list:
    """Return *record*'s cells: plain values (:func:`plain`), text spreadsheet-safe.

    (``None`` stays: the csv module writes it as an empty cell.)
    """
    row = [record[col] for col in columns]
    for i, value in enumerate(row):
        kind = type(value)
        if kind is str:
            if value.startswith(FORMULA_STARTS):
                row[i] = "'" + value
        elif value is not None and kind is not int and kind is not bool:
            value = plain(value)  # a float (NaN is no value), anything else
            row[i] = None if value is None else spreadsheet_safe(value)
    return row
