"""Records printed by the command line: aligned text columns or JSON lines.

The rows are the records' own layouts (:meth:`geo.model.Mention.to_row`,
:meth:`~geo.model.Figure.to_row`, :meth:`~geo.model.Place.to_row`); this
module only decides how they look on a terminal.
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

#: Widest text column; longer cells are cut.
MAX_WIDTH = 40


def print_rows(rows: list[dict], as_json: bool, columns: list[str], *,
               out: TextIO | None = None) -> None:
    """Write *rows* to *out* (standard output): one JSON object per line, or aligned columns.

    Parameters
    ----------
    rows : list of dict
        The records' rows.
    as_json : bool
        Every field of every row as one JSON line; otherwise only *columns*,
        aligned, with a header line.
    columns : list of str
        The fields shown as text columns.
    """
    out = sys.stdout if out is None else out
    if as_json:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    widths = {c: min(MAX_WIDTH, max([len(c)] + [len(cell_text(r.get(c))) for r in rows]))
              for c in columns}
    out.write("  ".join(c.ljust(widths[c]) for c in columns).rstrip() + "\n")
    for row in rows:
        out.write("  ".join(cell_text(row.get(c))[:MAX_WIDTH].ljust(widths[c])
                            for c in columns).rstrip() + "\n")


def cell_text(value) -> str:
    """Return *value* as one text cell: ``-`` for none, 6 significant digits for floats."""
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value).replace("\n", " ")
