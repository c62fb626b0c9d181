"""A table's column header types the bare names under it: "Post" over "Nậm Kè" is the post.

Private helper of :mod:`geo.mentions._context`: a name in a column of words
of a table (:func:`geo.text.tables.find_tables`; not a column of numbers)
whose header ends in a type word of running text (a trigger phrase: "Post",
"Border post", "Responsible border post(s)", "Border commune", "District",
"Village", "Gate", "Xã") is read as if that word followed it, unless a
trigger already typed it; a gate's name under "Post" is the post named after
the gate ("Huổi Puốc Border Gate" in a column of posts).
"""

from __future__ import annotations

from geo.mentions._index import NameHit
from geo.mentions._posts import has_post
from geo.mentions.triggers import header_kind
from geo.model import Kind
from geo.text import Folded
from geo.text.tables import find_tables

__all__ = ["column_kinds"]

def column_kinds(text: str, folded: Folded, hits: list[NameHit]) -> None:
    """Type the untyped *hits* that stand in a typed label column of a table (in place)."""
    cells = []
    for table in find_tables(text):
        for col, cell in enumerate(table.header):
            kind = None if col in table.measures else header_kind(cell.text)
            if kind is not None:
                cells += [(row[col], kind, cell.text) for row in table.rows if col < len(row)]
    if not cells:
        return
    for h in hits:
        gate = h.kind == Kind.BORDER_GATE and has_post(h)  # a post named after its gate
        if h.kind is not None and not gate or h.skip:
            continue
        start, end = folded.to_original(h.start, h.end)
        for cell, kind, header in cells:
            if cell.start <= start and end <= cell.end:
                if gate and kind != Kind.BORDER_POST:
                    break
                h.kind, h.how = kind, "context"
                h.why = f"in the '{header}' column of a table"
                break
