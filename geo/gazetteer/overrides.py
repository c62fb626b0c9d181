"""User override files: add or correct gazetteer entries without code changes.

An override file is a CSV with the columns of ``geo/data/curated_places.csv``
(see ``geo/data/README.md``); only ``id``, ``name``, ``kind``, ``lat`` and
``lon`` must be present as columns.  A row whose id exists corrects that entry
(its non-empty cells win); any other row adds an entry.  Which file the app
and CLI read is :attr:`geo.settings.Settings.overrides`.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from geo.errors import OverrideError
from geo.gazetteer.index import exact_key
from geo.gazetteer.rows import PlaceRow, parse_rows
from geo.model import Kind, Place
from geo.region import TRIPOINT_ALIASES

#: Largest override file read (bytes); a bigger file is refused.
MAX_BYTES = 5_000_000


def read_overrides_lenient(path: Path) -> tuple[list[PlaceRow], list[OverrideError]]:
    """Read an override file, keeping the good rows and reporting the bad ones.

    Parameters
    ----------
    path : Path
        The override CSV.

    Returns
    -------
    rows : list of PlaceRow
        Valid rows.
    errors : list of OverrideError
        One per problem, message ``"file:line: problem"``; an unreadable
        file gives a single error and no rows.
    """
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        return [], [OverrideError(f"{name}:0: could not read the override file: "
                                  f"{err.strerror or err}")]
    if len(data) > MAX_BYTES:
        return [], [OverrideError(f"{name}:0: override file is {len(data)} bytes, "
                                  f"more than the {MAX_BYTES} allowed")]
    if b"\x00" in data:
        return [], [OverrideError(f"{name}:0: not a text file (contains NUL bytes)")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        return [], [OverrideError(f"{name}:{line}: not valid UTF-8 (byte {err.start}); "
                                  f"save the file as UTF-8")]
    return parse_rows(io.StringIO(text, newline=""), name)


def read_overrides(path: Path) -> list[PlaceRow]:
    """Read an override file, raising on the first problem.

    Raises
    ------
    OverrideError
        ``"file:line: problem"`` for the first bad row.
    """
    rows, errors = read_overrides_lenient(path)
    if errors:
        raise errors[0]
    return rows


# ------------------------------------------------------------------ checks against the gazetteer

#: Kinds an existing place may change between: the same level of administrative unit, the
#: border posts and gates (both mark their commune as a border commune), the named places.
#: Other kinds carry what the place is (a unit's level in the register, a marker's number, a
#: country): an override giving a kind of another family is applied without its kind.
FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({Kind.PROVINCE}), frozenset({Kind.DISTRICT}),
    frozenset({Kind.COMMUNE, Kind.WARD}), frozenset({Kind.BORDER_POST, Kind.BORDER_GATE}),
    frozenset({Kind.BORDER_MARKER}), frozenset({Kind.VILLAGE, Kind.OTHER, Kind.REGION}),
    frozenset({Kind.FOREIGN_PLACE}), frozenset({Kind.COUNTRY}),
)
_SIZE = {Kind.COUNTRY: 5, Kind.REGION: 5, Kind.PROVINCE: 4, Kind.DISTRICT: 3,
         Kind.FOREIGN_PLACE: 3, Kind.COMMUNE: 2, Kind.WARD: 2}
_REFERENCES = ("parent", "counterpart", "commune_old_id", "commune_new_id")


@dataclass(frozen=True, slots=True)
class Shadow:
    """An override row giving a place a name other places already have.

    ``origin`` is the row's ``file:line``, ``place_id`` the row's place,
    ``others`` the ``(id, kind, name)`` of the existing places of that name.
    """

    origin: str
    place_id: str
    name: str
    others: tuple[tuple[str, str, str], ...]

    def message(self, resolution: str = "") -> str:
        """Return the one-line warning, with what resolution does with the name if known."""
        others = sorted(self.others, key=lambda o: (-_SIZE.get(o[1], 0), o[0]))
        shown = ", ".join(f"{pid} ({kind})" for pid, kind, _ in others[:3])
        more = f" and {len(others) - 3} more" if len(others) > 3 else ""
        tail = resolution or ("which of them a mention means is decided by the resolution "
                              "rules (type words, context, the article's era)")
        return (f"{self.origin}: warning: {self.place_id} is named {self.name!r} like "
                f"{shown}{more} (a shadowing name): {tail}")


@dataclass
class OverrideCheck:
    """What :func:`check_overrides` found: rows refused, rows applied with a warning.

    Attributes
    ----------
    errors : list of OverrideError
        One per impossible row (``"file:line: problem"``); the row is left out.
    warnings : list of str
        One line per questionable row that is applied (``"file:line: warning: ..."``),
        shadowing names excepted.
    shadows : list of Shadow
        Rows naming a place like existing ones (see :meth:`Shadow.message`),
        found by :func:`find_shadows` once the gazetteer is built.
    """

    errors: list[OverrideError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    shadows: list[Shadow] = field(default_factory=list)

    def lines(self) -> list[str]:
        """Every problem as one line: errors first, then warnings and shadows."""
        return ([str(e) for e in self.errors] + self.warnings
                + [s.message() for s in self.shadows])


def check_overrides(rows: Sequence[PlaceRow], units: Mapping[str, Place],
                    curated: Sequence[PlaceRow]) -> tuple[list[PlaceRow], OverrideCheck]:
    """Check override rows against the gazetteer they change; keep what can be applied.

    Impossible rows are refused (an error each, all of them reported): a new
    entry without a name or a kind, a reference (``parent``, ``counterpart``,
    ``commune_old_id``, ``commune_new_id``) to no place, a ``parent`` chain
    that comes back to the row.  Questionable rows are applied with a warning:
    a name other places already have (a :class:`Shadow`), a new kind for an
    existing place within its family (:data:`FAMILIES`: a post becomes a
    gate, a commune a ward, a village another named place).  A kind of
    another family (a province as a border marker) is ignored, with a
    warning, and the rest of the row applies: the place stays what it is, so
    the export keeps every feature it had.

    Parameters
    ----------
    rows : sequence of PlaceRow
        Valid override rows (ids unique).
    units : mapping
        Administrative units by id.
    curated : sequence of PlaceRow
        The built-in curated rows.

    Returns
    -------
    rows : list of PlaceRow
        The rows to apply, in order (a unit's foreign kind blanked).
    check : OverrideCheck
    """
    check = OverrideCheck()
    if not rows:
        return [], check
    by_curated = {r.id: r for r in curated}
    known = set(units) | set(by_curated) | set(TRIPOINT_ALIASES)

    def kind_of(pid: str) -> str:
        return str(units[pid].kind) if pid in units else by_curated[pid].kind

    out: list[PlaceRow] = []
    for row in rows:
        if row.id not in known:
            if missing := [c for c in ("name", "kind") if not getattr(row, c)]:
                check.errors.append(OverrideError(
                    f"{row.origin}: new entry {row.id!r} needs {' and '.join(missing)} "
                    f"(no built-in entry has this id)"))
                continue
        elif row.kind and row.kind != kind_of(row.id):
            old = kind_of(row.id)
            if _family(row.kind) != _family(old):
                where = " in the official register" if row.id in units else ""
                check.warnings.append(
                    f"{row.origin}: warning: kind {row.kind!r} ignored: {row.id} is a "
                    f"{old}{where} and stays one (a {old} cannot become a {row.kind}; the rest "
                    f"of the row applies); add a new entry with its own id for a place of "
                    f"that kind")
                row = replace(row, kind="")
            else:
                check.warnings.append(
                    f"{row.origin}: warning: {row.id} changes kind from {old} to {row.kind}: "
                    f"it is resolved and drawn as a {row.kind} from now on (its names are "
                    f"kept)")
        out.append(row)
    out = _refuse_bad_references(out, known, units, by_curated, check)
    check.errors.sort(key=by_line)
    return out, check


def _family(kind: str) -> frozenset[str]:
    return next((f for f in FAMILIES if kind in f), frozenset({kind}))


def _refuse_bad_references(rows, known, units, by_curated, check) -> list[PlaceRow]:
    """Refuse rows naming no place, or whose parents lead back to them, until none is left."""
    refused: dict[str, str] = {}
    while True:
        ids = known | {r.id for r in rows}
        parents = {pid: p.parent for pid, p in units.items() if p.parent}
        parents |= {pid: r.parent for pid, r in by_curated.items() if r.parent}
        parents |= {r.id: r.parent for r in rows if r.parent}
        bad: list[tuple[PlaceRow, str]] = []
        for row in rows:
            for column in _REFERENCES:
                target = getattr(row, column)
                if not target or target in ids:
                    continue
                why = (f"was refused ({refused[target]})" if target in refused
                       else "is no place of the gazetteer nor of this file")
                bad.append((row, f"{column} {target!r} {why}"))
                break
            else:
                if cycle := _cycle(row.id, parents):
                    bad.append((row, f"parent cycle {' → '.join(cycle)}: a place cannot "
                                     f"contain itself"))
        if not bad:
            return rows
        for row, problem in bad:
            check.errors.append(OverrideError(f"{row.origin}: {problem}"))
            refused[row.id] = row.origin
        gone = {row.id for row, _ in bad}
        rows = [r for r in rows if r.id not in gone]


def _cycle(start: str, parents: Mapping[str, str]) -> list[str] | None:
    trail = [start]
    current = parents.get(start)
    while current:
        if current == start:
            return [*trail, start]
        if current in trail or len(trail) > 64:
            return None  # a loop above this row: reported on its own rows
        trail.append(current)
        current = parents.get(current)
    return None


def find_shadows(rows: Sequence[PlaceRow], gazetteer,
                 before: Mapping[str, Iterable[str]]) -> list[Shadow]:
    """Return the rows that give a place a name other places of *gazetteer* have exactly.

    *gazetteer* is the one built with the rows; *before* holds the names
    each existing place had before them: those are no shadow of the rows'
    making, and are not reported.
    """
    shadows = []
    for row in rows:
        place = gazetteer.get(row.id)
        if place is None:
            continue
        had = {exact_key(n) for n in before.get(row.id, ())}
        for name in dict.fromkeys(n for n in (row.name, *row.alt_names) if n):
            key = exact_key(name)
            if key in had:
                continue
            others = tuple(dict.fromkeys(
                (c.place.id, str(c.place.kind), c.place.name) for c in gazetteer.lookup(name)
                if c.method == "exact" and c.place.id != place.id
                and key in {exact_key(n) for n in (c.place.name, *c.place.alt_names)}))
            if others:
                shadows.append(Shadow(row.origin, row.id, name, others))
    return shadows


def by_line(error: Exception) -> tuple:
    """Sort key of a ``"file:line: problem"`` error: by file, then line number."""
    head = str(error).split(": ", 1)[0]
    file, _, line = head.rpartition(":")
    return (file, int(line)) if line.isdigit() else (head, 0)
