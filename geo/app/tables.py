"""The Tables view: one row per place, mention and figure, and the rows as CSV.

Rows are plain dicts (column → value), the shape ``st.dataframe`` and
:func:`rows_to_csv` take; figure rows come from :meth:`FigureRow.to_row
<geo.app.panel.FigureRow.to_row>`, so the panel and the table agree.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from geo.app.index import CorpusIndex
from geo.app.labels import display_name, kind_label, theme_label
from geo.app.panel import figure_row
from geo.files import spreadsheet_safe
from geo.model import Gazetteer
from geo.text import fold

__all__ = ["figures_rows", "mentions_rows", "places_rows", "rows_to_csv", "shown_rows"]


def mentions_rows(index: CorpusIndex) -> list[dict]:
    """Return one row per mention, for the mentions table and its CSV.

    The row of ``geo mentions --json`` (:meth:`geo.model.Mention.to_row`:
    legacy unit, 2025 successor, method and why included), marker numbers
    as one cell ("107 108 109"); the sentence and paragraph offsets, which
    only the reader uses, are left out.
    """
    rows = []
    for ms in index.mentions.values():
        for m in ms:
            row = m.to_row()
            row["marker_numbers"] = " ".join(str(n) for n in m.marker_numbers) or None
            del row["sentence"], row["paragraph"]
            rows.append(row)
    return rows


def figures_rows(index: CorpusIndex) -> list[dict]:
    """Return one row per figure, for the figures table and its CSV."""
    return [figure_row(index, f).to_row() for fs in index.figures.values() for f in fs]


def places_rows(index: CorpusIndex, gazetteer: Gazetteer | None) -> list[dict]:
    """Return one row per place the article bodies mention, most mentioned first."""
    rows = []
    for pid, ms in index.mentions_by_place.items():
        body = [m for m in ms if m.in_body]
        if not body:
            continue
        p = gazetteer.get(pid) if gazetteer is not None else None
        m = body[0]
        rows.append({
            "place_id": pid, "name": p.name if p else m.name,
            "name_ascii": p.name_ascii if p else fold(m.name or m.surface),
            "kind": p.kind if p else m.kind,
            "lat": p.lat if p else m.lat, "lon": p.lon if p else m.lon,
            "precision": p.precision if p else m.precision,
            "uncertainty_m": p.uncertainty_m if p else m.uncertainty_m,
            "coord_source": p.coord_source if p else "",
            "mentions": len(body), "articles": len({x.article for x in body}),
            "figures": len(index.figures_by_place.get(pid, ())),
        })
    rows.sort(key=lambda r: (-r["mentions"], r["name"] or ""))
    return rows


#: What the table shows for a code (the CSV keeps the codes).
_SHOWN = {"kind": kind_label, "theme": theme_label, "name": display_name,
          "place_name": display_name}


def shown_rows(rows: Sequence[dict]) -> list[dict]:
    """Return *rows* as the table shows them to a reader.

    Kinds and themes in a reader's words ("border post", not
    ``border_post``), names without doubled designators, uncertainties in
    whole metres; :func:`rows_to_csv` writes the rows as they are.
    """
    out = []
    for row in rows:
        shown = {k: (_SHOWN[k](v) if k in _SHOWN and isinstance(v, str) and v else v)
                 for k, v in row.items()}
        if isinstance(shown.get("uncertainty_m"), float):
            shown["uncertainty_m"] = round(shown["uncertainty_m"])
        out.append(shown)
    return out


def rows_to_csv(rows: Sequence[dict], columns: Sequence[str] | None = None) -> bytes:
    """Return *rows* as UTF-8 CSV bytes (with BOM, so spreadsheets read diacritics).

    Cells that a spreadsheet would run as a formula (``=``, ``+``, ``-``,
    ``@`` first) are prefixed with a quote: article text is untrusted.
    """
    columns = list(columns or (rows[0].keys() if rows else []))
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: spreadsheet_safe(r.get(k)) for k in columns})
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
