"""Figures: the quantities an article reports, with unit, theme, period and place.

:func:`extract_figures` is the entry point; :mod:`.numbers` parses number
forms, :mod:`.themes` names the theme, :mod:`._context` ties a figure to its
place, :mod:`.summary` groups like with like across articles.
"""

from geo.figures.extract import extract_figures
from geo.figures.summary import group_like_figures, summarise_figures

__all__ = ["extract_figures", "group_like_figures", "summarise_figures"]
