"""Human labels for the vocabularies the app shows: kinds of place and figure themes.

The data keeps its codes (``border_post``, ``drugs_crime``): exports and the
command line use them.  What a reader sees in filters, the panel and tables
goes through :func:`kind_label` and :func:`theme_label`.
"""

from __future__ import annotations

import re

from geo.figures.themes import THEME_LABELS
from geo.model import Kind

__all__ = ["KIND_LABELS", "display_name", "kind_label", "theme_label"]

#: One reader's word per kind of place.
KIND_LABELS: dict[str, str] = {
    Kind.PROVINCE: "province",
    Kind.DISTRICT: "district",
    Kind.COMMUNE: "commune",
    Kind.WARD: "ward",
    Kind.VILLAGE: "village",
    Kind.BORDER_POST: "border post",
    Kind.BORDER_GATE: "border gate",
    Kind.BORDER_MARKER: "border marker",
    Kind.COUNTRY: "country",
    Kind.FOREIGN_PLACE: "place across the border",
    Kind.REGION: "region",
    Kind.OTHER: "other place",
}


def kind_label(kind: str | None) -> str:
    """Return the reader's word for a kind of place (the code itself if unknown)."""
    return KIND_LABELS.get(kind or "", (kind or "").replace("_", " "))


def theme_label(theme: str | None) -> str:
    """Return the reader's label of a figure theme (the code itself if unknown)."""
    return THEME_LABELS.get(theme or "", (theme or "").replace("_", " ").capitalize())


# "Tây Trang International Border Gate Border Post": a post named after its gate
_DOUBLED = re.compile(r"\s+(?:international\s+)?border\s+(?:gate|crossing)(?=\s+border\s+post$)",
                      re.IGNORECASE)


def display_name(name: str) -> str:
    """Return *name* without a doubled designator, for display only.

    The gazetteer keeps its names (the exports and the command line show
    them); a post named after its gate reads "Tây Trang Border Post", not
    "Tây Trang International Border Gate Border Post".
    """
    return _DOUBLED.sub("", name).strip()
