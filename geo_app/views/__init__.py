"""The registry of the app's views: one declaration each, in the order of the navigation.

A view is a module with ``render(ctx: geo_app.context.Context) -> None``
and one :class:`View` in :data:`VIEWS`; :func:`geo_app.page.run` makes a
Streamlit page (``st.Page``) of each and the navigation (``st.navigation``)
of them all, the first being the page the app opens on.

To add a view: write ``geo_app/views/<name>.py`` with its ``render``, add
one ``View(...)`` below, and add a test (``tests/test_app_views.py`` renders
every registered view already).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from geo_app.context import Context
from geo_app.views import add, charts, export, map_view, reader, tables, unresolved

__all__ = ["VIEWS", "View", "view_by_key"]


@dataclass(frozen=True)
class View:
    """One view of the app.

    Parameters
    ----------
    key : str
        Its URL path (``/tables``) and the name other views ask for it by
        (:func:`geo_app.state.go`).
    title : str
        Its name in the navigation.
    render : callable
        Draws it from a :class:`~geo_app.context.Context`.
    """

    key: str
    title: str
    render: Callable[[Context], None]


VIEWS: tuple[View, ...] = (
    View("map", "Map", map_view.render),
    View("reader", "Read an article", reader.render),
    View("tables", "Tables", tables.render),
    View("unresolved", "Unresolved names", unresolved.render),
    View("add", "Add an article", add.render),
    View("export", "Export", export.render),
    View("charts", "Charts", charts.render),
)


def view_by_key(key: str) -> View:
    """Return the view registered under *key*.

    Raises
    ------
    KeyError
        If no view has that key (the message lists those that do).
    """
    for v in VIEWS:
        if v.key == key:
            return v
    raise KeyError(f"no view {key!r}; views: {', '.join(v.key for v in VIEWS)}")
