"""The gazetteer with the user's override file, and every problem of that file, one line each.

:func:`geo.gazetteer.load_gazetteer` checks the rows against the gazetteer
(:func:`geo.gazetteer.overrides.check_overrides`); a row that gives a place a
name other places have is applied with a warning, and this module says
what the resolution rules now do with that name: it resolves the name alone,
in an undated sentence, with the new gazetteer.  The command line and the
app both load the user's gazetteer here.
"""

from __future__ import annotations

import os
from pathlib import Path

from geo.gazetteer import load_gazetteer
from geo.gazetteer.overrides import OverrideCheck, Shadow
from geo.mentions import find_mentions
from geo.model import Article, Gazetteer, Span

__all__ = ["load_user_gazetteer", "shadow_resolution"]


def load_user_gazetteer(overrides: str | os.PathLike | None, *, strict: bool = True,
                        cache_dir: Path | None = None,
                        ) -> tuple[Gazetteer, list[str], list[str]]:
    """Load the gazetteer with *overrides* and report every problem of the file.

    Parameters
    ----------
    overrides : path-like or None
        The user override CSV, or ``None`` for the built-in gazetteer.
    strict : bool, default True
        ``True``: any impossible row raises, with every problem in the
        message (one ``file:line: problem`` line each, then the warnings).  ``False``: impossible
        rows are left out and returned as errors; the rest applies.
    cache_dir : Path, optional
        Where the administrative units are cached (default: the settings').

    Returns
    -------
    gazetteer : Gazetteer
    errors : list of str
        One line per row left out (``file:line: problem``); empty when strict.
    warnings : list of str
        One line per row applied with a warning (``file:line: warning: ...``).

    Raises
    ------
    geo.errors.OverrideError
        When *strict* and a row is impossible.
    """
    if overrides is None:
        return load_gazetteer(cache_dir=cache_dir), [], []
    check = OverrideCheck()
    gaz = load_gazetteer(overrides=Path(overrides), cache_dir=cache_dir, check=check)
    warnings = [*check.warnings, *(s.message(shadow_resolution(gaz, s)) for s in check.shadows)]
    if strict and check.errors:
        from geo.errors import OverrideError

        raise OverrideError("\n".join([*(str(e) for e in check.errors), *warnings]))
    return gaz, [str(e) for e in check.errors], warnings


def shadow_resolution(gazetteer: Gazetteer, shadow: Shadow) -> str:
    """Say where the name of *shadow*, alone in an undated sentence, resolves now."""
    text = f"Officials met in {shadow.name} on Monday.\n"
    start = text.index(shadow.name)
    article = Article(id="override-check", text=text, body=Span(0, len(text)))
    try:
        found = [m for m in find_mentions(article, gazetteer, furniture=False)
                 if m.start <= start and m.end >= start + len(shadow.name)]
    except Exception:  # noqa: BLE001 - the warning stands without its last clause
        return ""
    pid = found[0].place_id if found else None
    place = gazetteer.get(pid) if pid else None
    alone = f"{shadow.name!r} alone in an article"
    if place is None:
        return f"{alone} resolves to no place"
    if place.id == shadow.place_id:
        return (f"{alone} now resolves to {place.id} instead of them (a type word or the "
                f"context may still choose another)")
    return (f"{alone} still resolves to {place.id} ({place.kind}), not to {shadow.place_id}: "
            f"give it a name of its own for its mentions to reach it")
