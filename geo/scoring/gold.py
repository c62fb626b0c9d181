"""Hand annotations ("gold") of articles: one JSON file per article, read and checked.

The format is documented in ``docs/SCORING.md``.  In short::

    {"article": "000_dedc6cf91859ad52",
     "places": [{"surface": "Pa Thơm", "kind": "commune", "name": "Pa Thơm", "count": 2}],
     "markers": [{"numbers": [107, 108, 109, 110, 111], "series": "VN-LA"}],
     "figures": [{"value": 2650, "unit": "patrols", "place": "Điện Biên"}]}

``article`` defaults to the file stem; ``name`` is the gazetteer's canonical
name, ``null`` for a place the gazetteer does not hold; a figure's ``place``
is a canonical name, a list of acceptable names, ``null`` for a figure tied
to no place, or left out when its place is not scored.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from geo.errors import InputError
from geo.model import Kind

#: Marker series a gold file may name.
SERIES = ("VN-LA", "VN-CN")
_KINDS = frozenset(k.value for k in Kind)
#: A figure whose place is not scored (the key ``place`` left out).
ANY_PLACE = None


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """A place mention the annotator read in the article body."""

    surface: str
    kind: str
    name: str | None
    count: int = 1


@dataclass(frozen=True, slots=True)
class GoldFigure:
    """A figure the annotator read: its value, unit and the places it may be about.

    ``places`` is ``None`` when the figure's place is not scored, ``()``
    when the figure is about no place, else the acceptable canonical names.
    """

    value: float
    unit: str | None = None
    places: tuple[str, ...] | None = ANY_PLACE


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """Everything annotated for one article."""

    article: str
    path: str
    places: tuple[GoldPlace, ...] = ()
    markers: tuple[tuple[int, str | None], ...] = ()  # (number, series or None)
    figures: tuple[GoldFigure, ...] = ()
    date: str | None = None  # the publication date a reader gives (ISO), if annotated


_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def nfc(text: str | None) -> str | None:
    """Return *text* in Unicode NFC (``None`` stays ``None``): gold and output compare so."""
    return None if text is None else unicodedata.normalize("NFC", text)


def load_gold(path: str | Path) -> GoldArticle:
    """Read and check one gold file.

    Parameters
    ----------
    path : str or Path
        A ``.json`` file in the format of ``docs/SCORING.md``.

    Returns
    -------
    GoldArticle

    Raises
    ------
    InputError
        The file cannot be read or breaks the format; the message names the
        file and the entry.
    """
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise InputError(f"could not read gold file {str(p)!r}: {err}") from err
    if not isinstance(data, dict):
        raise InputError(f"{p}: a gold file holds one JSON object, not {type(data).__name__}")
    unknown = set(data) - {"article", "places", "markers", "figures", "note", "source", "date"}
    if unknown:
        raise InputError(f"{p}: unknown key(s) {', '.join(sorted(unknown))}")
    article = data.get("article") or p.stem
    places = tuple(_place(p, i, e) for i, e in enumerate(_list(p, data, "places")))
    markers = tuple(m for i, e in enumerate(_list(p, data, "markers")) for m in _markers(p, i, e))
    figures = tuple(_figure(p, i, e) for i, e in enumerate(_list(p, data, "figures")))
    date = data.get("date")
    if date is not None and not (isinstance(date, str) and _ISO.fullmatch(date)):
        raise InputError(f"{p}: date {date!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return GoldArticle(str(article), str(p), places, markers, figures, date)


def load_gold_dir(folder: str | Path) -> list[GoldArticle]:
    """Read every ``*.json`` gold file in *folder* (not below it), sorted by name.

    Raises
    ------
    InputError
        *folder* is not a folder, holds no gold file, a file is malformed,
        or two files annotate the same article.
    """
    d = Path(folder)
    if not d.is_dir():
        raise InputError(f"gold folder {str(d)!r} is not a folder")
    golds = [load_gold(f) for f in sorted(d.glob("*.json"))]
    if not golds:
        raise InputError(f"no gold files (*.json) in {str(d)!r}")
    seen: dict[str, str] = {}
    for g in golds:
        if g.article in seen:
            raise InputError(f"{g.path}: article {g.article!r} is annotated twice "
                             f"(also in {seen[g.article]})")
        seen[g.article] = g.path
    return golds


def _list(p: Path, data: dict, key: str) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise InputError(f"{p}: {key!r} must be a list")
    return value


def _where(p: Path, key: str, i: int) -> str:
    return f"{p}: {key}[{i}]"


def _place(p: Path, i: int, e) -> GoldPlace:
    where = _where(p, "places", i)
    if not isinstance(e, dict) or not isinstance(e.get("surface"), str) or not e["surface"]:
        raise InputError(f"{where}: needs a non-empty 'surface'")
    kind = e.get("kind")
    if kind not in _KINDS:
        raise InputError(f"{where}: kind {kind!r} is not one of {', '.join(sorted(_KINDS))}")
    if kind == Kind.BORDER_MARKER:
        raise InputError(f"{where}: border markers go in 'markers', with their numbers")
    name = e.get("name")
    if name is not None and not isinstance(name, str):
        raise InputError(f"{where}: 'name' must be a string or null")
    count = e.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise InputError(f"{where}: 'count' must be a whole number above 0")
    return GoldPlace(nfc(e["surface"]), kind, nfc(name), count)


def _markers(p: Path, i: int, e) -> list[tuple[int, str | None]]:
    where = _where(p, "markers", i)
    if not isinstance(e, dict) or not isinstance(e.get("numbers"), list) or not e["numbers"]:
        raise InputError(f"{where}: needs a non-empty list 'numbers'")
    series = e.get("series")
    if series is not None and series not in SERIES:
        raise InputError(f"{where}: series {series!r} is not one of {', '.join(SERIES)}")
    out = []
    for n in e["numbers"]:
        if not isinstance(n, int) or isinstance(n, bool) or n < 0:
            raise InputError(f"{where}: marker number {n!r} is not a whole number")
        out.append((n, series))
    return out


def _figure(p: Path, i: int, e) -> GoldFigure:
    where = _where(p, "figures", i)
    if not isinstance(e, dict):
        raise InputError(f"{where}: a figure is an object with 'value'")
    value = e.get("value")
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise InputError(f"{where}: 'value' must be a number")
    unit = e.get("unit")
    if unit is not None and not isinstance(unit, str):
        raise InputError(f"{where}: 'unit' must be a string")
    if "place" not in e:
        places = ANY_PLACE
    elif e["place"] is None:
        places = ()
    elif isinstance(e["place"], str):
        places = (nfc(e["place"]),)
    elif isinstance(e["place"], list) and e["place"] and all(isinstance(x, str)
                                                              for x in e["place"]):
        places = tuple(nfc(x) for x in e["place"])
    else:
        raise InputError(f"{where}: 'place' must be a name, a list of names or null")
    return GoldFigure(value, unit, places)
