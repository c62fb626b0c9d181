"""Assemble the gazetteer: administrative units + curated data + user overrides.

Building the administrative units (14,000 units, one ``convert_address``
call per legacy commune) takes a few seconds, so they are cached as a pickle
keyed by the package versions and a hash of the package data and of the
building code.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
from collections.abc import Sequence
from importlib import metadata
from importlib.resources.abc import Traversable
from pathlib import Path

import geo
from geo.errors import GazetteerError, OverrideError
from geo.files import atomic_write_bytes
from geo.gazetteer import admin
from geo.gazetteer.boundary import read_boundary
from geo.gazetteer.core import Gazetteer
from geo.gazetteer.curated import merge_rows, patch_unit, resolve_rows
from geo.gazetteer.overrides import (
    OverrideCheck,
    by_line,
    check_overrides,
    find_shadows,
    read_overrides_lenient,
)
from geo.gazetteer.regions import REGIONS_FILE, region_places
from geo.gazetteer.rows import PlaceRow, parse_rows
from geo.model import Place
from geo.settings import data_dir as package_data_dir
from geo.settings import default_cache_dir
from geo.store import quarantine, report

CURATED_FILE = "curated_places.csv"
#: Towns and provinces across the border from GeoNames and ISO 3166-2
#: (``scripts/make_foreign_places.py``); curated rows of the same id win.
FOREIGN_FILE = "foreign_places.csv"
BOUNDARY_FILE = "boundary.geojson"


def load_gazetteer(*, overrides: Path | Sequence[PlaceRow] | None = None,
                   data_dir: Path | Traversable | None = None,
                   cache_dir: Path | None | bool = None,
                   check: OverrideCheck | None = None) -> Gazetteer:
    """Load the gazetteer of Vietnam's units plus the curated Điện Biên border places.

    Parameters
    ----------
    overrides : Path or sequence of PlaceRow, optional
        A user override CSV, or rows already read with
        :func:`~geo.gazetteer.overrides.read_overrides_lenient`.  Nothing is
        read by default: callers pass
        :meth:`geo.settings.Settings.overrides_to_read` explicitly.  The rows
        are checked against the gazetteer
        (:func:`~geo.gazetteer.overrides.check_overrides`).
    data_dir : Path or Traversable, optional
        Folder with ``curated_places.csv`` and ``boundary.geojson``;
        defaults to the package's data (:func:`geo.settings.data_dir`).
    cache_dir : Path or False, optional
        Where the built administrative units are cached; ``$GEO_CACHE_DIR``
        or ``~/.cache/geo-dienbien`` by default; ``False`` disables the cache.
    check : OverrideCheck, optional
        Given, the load is lenient: impossible rows (unreadable, or refused by
        the check) are left out and recorded in ``check.errors``, the warnings
        in ``check.warnings`` and ``check.shadows``.  Without it, any
        impossible row raises.

    Returns
    -------
    Gazetteer

    Raises
    ------
    OverrideError
        Without *check*, when an override row is impossible: the message has
        one line per bad row (``"file:line: problem"``), all of them.
    GazetteerError
        The built-in data is missing or inconsistent.
    """
    if data_dir is None:
        data_dir = package_data_dir()
    elif isinstance(data_dir, (str, os.PathLike)):
        data_dir = Path(data_dir)
    curated_bytes = _read(data_dir / CURATED_FILE)
    boundary_path = data_dir / BOUNDARY_FILE
    boundary = read_boundary(boundary_path)
    # the origin is exported with each row: a name relative to the package, not a
    # path on this machine
    rows, errors = parse_rows(io.StringIO(curated_bytes.decode("utf-8-sig"), newline=""),
                              f"data/{CURATED_FILE}")
    foreign_path = data_dir / FOREIGN_FILE
    foreign_bytes = _read(foreign_path) if foreign_path.is_file() else b""
    if foreign_bytes:
        more, more_errors = parse_rows(io.StringIO(foreign_bytes.decode("utf-8-sig"),
                                                   newline=""), f"data/{FOREIGN_FILE}")
        ids = {r.id for r in rows}
        rows.extend(r for r in more if r.id not in ids)
        errors = errors or more_errors
    if errors:
        raise GazetteerError(f"built-in data is invalid: {errors[0]}")
    override_rows, read_errors = _override_rows(overrides)

    units = {p.id: p for p in admin_units(cache_dir)}
    override_rows, found = check_overrides(override_rows, units, rows)
    found.errors = sorted([*read_errors, *found.errors], key=by_line)
    if check is None and found.errors:
        raise OverrideError("\n".join(str(e) for e in found.errors))
    if check is not None:
        check.errors.extend(found.errors)
        check.warnings.extend(found.warnings)
    curated_ids = {r.id: i for i, r in enumerate(rows)}
    before = {o.id: (units[o.id].name, *units[o.id].alt_names) if o.id in units
              else (rows[curated_ids[o.id]].name, *rows[curated_ids[o.id]].alt_names)
              for o in override_rows if o.id in units or o.id in curated_ids}
    for orow in override_rows:
        if orow.id in units:
            units[orow.id] = patch_unit(units[orow.id], orow)
        elif orow.id in curated_ids:
            rows[curated_ids[orow.id]] = merge_rows(rows[curated_ids[orow.id]], orow)
        else:
            rows.append(orow)
    curated, extents = resolve_rows(rows, units, boundary)
    regions_path = data_dir / REGIONS_FILE
    regions_bytes = _read(regions_path) if regions_path.is_file() else b""
    if regions_bytes:  # named regions, drawn as the union of their member provinces
        taken = {p.id for p in curated}
        regions, region_extents = region_places(regions_bytes, units)
        curated = [*curated, *(r for r in regions if r.id not in taken)]
        extents = {**region_extents, **extents}
    version = _hash(curated_bytes, foreign_bytes, regions_bytes, boundary_path.read_bytes(),
                    repr(override_rows).encode() if override_rows else b"",
                    geo.__version__.encode(), _package_version().encode())
    gazetteer = Gazetteer((*curated, *units.values()), extents=extents, boundary=boundary,
                          version=version)
    if check is not None and override_rows:
        check.shadows.extend(find_shadows(override_rows, gazetteer, before))
    return gazetteer


def _override_rows(overrides) -> tuple[list[PlaceRow], list[OverrideError]]:
    if overrides is None:
        return [], []
    if isinstance(overrides, (str, os.PathLike)):
        return read_overrides_lenient(Path(overrides))
    return list(overrides), []


def admin_units(cache_dir: Path | None | bool = None) -> tuple[Place, ...]:
    """Return every administrative unit, from the cache when it is current.

    Parameters
    ----------
    cache_dir : Path or False, optional
        Cache directory; ``None`` means ``$GEO_CACHE_DIR`` or ``~/.cache/geo-dienbien``;
        ``False`` builds without reading or writing a cache.
    """
    if cache_dir is False:
        return admin.build_admin_places()
    directory = Path(cache_dir) if cache_dir else default_cache_dir()
    path = directory / f"admin-units-{_admin_key()}.pickle"
    problem = None
    try:
        with path.open("rb") as fh:
            places = pickle.load(fh)
        if isinstance(places, tuple) and places and isinstance(places[0], Place):
            return places
        problem = "not a tuple of places"
    except FileNotFoundError:
        pass
    except OSError as err:  # unreadable (permissions): built, not kept
        report(f"cache {path}: {err.strerror or err}; building the units without it")
    except Exception as err:  # any garbled pickle: moved aside, built again
        problem = f"{type(err).__name__}: {err}"
    if problem is not None:
        try:
            moved = quarantine(path)
            report(f"cache {path}: unreadable ({problem}); moved aside as {moved.name} and "
                   "rebuilt")
        except OSError as err:
            report(f"cache {path}: unreadable ({problem}) and could not be moved aside: "
                   f"{err.strerror or err}")
    places = admin.build_admin_places()
    _write_atomic(path, pickle.dumps(places, protocol=pickle.HIGHEST_PROTOCOL))
    for stale in directory.glob("admin-units-*.pickle"):  # older keys are never read again
        if stale != path:
            with contextlib.suppress(OSError):
                stale.unlink(missing_ok=True)
    return places


def _admin_key() -> str:
    """Cache key: package versions + package data files + the code that builds units."""
    import importlib.util

    # the package's folder without importing it (its import costs ~0.4 s)
    spec = importlib.util.find_spec("vietnamadminunits")
    pkg = Path(spec.origin).parent
    parts = [_package_version().encode(), geo.__version__.encode()]
    for f in (pkg / "data" / "dataset.db", pkg / "data" / "converter_2025.json"):
        stat = f.stat()
        parts.append(f"{f.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    parts.append(Path(admin.__file__).read_bytes())
    return _hash(*parts)[:16]


def _package_version() -> str:
    try:
        return metadata.version("vietnamadminunits")
    except metadata.PackageNotFoundError:  # pragma: no cover
        return "unknown"


def _hash(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


def _read(path: Path | Traversable) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise GazetteerError(f"could not read built-in data {str(path)!r}: {err}") from err


def _write_atomic(path: Path, data: bytes) -> None:
    """Write *data* to *path* through a temporary file; a failing cache is one line only."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, data)
    except OSError as err:
        report(f"cache {path.parent}: {err.strerror or err}; the built units are not kept")
