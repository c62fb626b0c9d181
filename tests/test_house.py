"""House rules of the ``geo`` package, read from its source (``ast``, nothing imported).

No import cycles; no Streamlit anywhere in ``geo/``; Folium only in
``geo/mapping/``; modules of at most :data:`MAX_LINES` lines; only
``geo/settings.py`` reads the environment; the code and the tests pass the linter
(ruff, with the settings of ``pyproject.toml``).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "geo"
MAX_LINES = 400
#: Modules allowed over MAX_LINES for now, each while someone splits it: remove the
#: entry when the split lands, so the limit applies to it again.
TOO_LONG_FOR_NOW: dict[str, str] = {}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
TREES = {name: ast.parse(path.read_text(encoding="utf-8"), str(path))
         for name, path in MODULES.items()}


def imported_names(name: str, tree: ast.Module) -> set[str]:
    """Every module *name* imports, anywhere in the file (also inside functions).

    ``from a import b`` counts as importing ``a`` and, if it is a module,
    ``a.b``; relative imports are resolved against *name*.
    """
    is_package = name in MODULES and MODULES[name].name == "__init__.py"
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            stem = node.module or ""
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                stem = ".".join([*base, *([node.module] if node.module else [])])
            out.add(stem)
            out.update(f"{stem}.{alias.name}" for alias in node.names)
    return out


def import_graph() -> dict[str, set[str]]:
    """Module → the geo modules it imports.

    An edge from a module to a package that contains it is left out: importing
    ``geo.gazetteer.load`` runs ``geo/gazetteer/__init__.py`` first anyway, and a
    package ``__init__`` that re-exports its modules is not a tangle.
    """
    graph = {}
    for name, tree in TREES.items():
        deps = {m for m in imported_names(name, tree) if m in MODULES and m != name}
        graph[name] = {m for m in deps if not name.startswith(m + ".")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return the strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _third_party(name: str, tree: ast.Module) -> set[str]:
    return {m.split(".")[0] for m in imported_names(name, tree)}


# -- the checks themselves ------------------------------------------------------------


def test_the_walk_sees_the_package():
    assert {"geo", "geo.cli", "geo.settings", "geo.gazetteer.load"} <= set(MODULES)
    assert "geo.settings" in import_graph()["geo.gazetteer.load"]


def test_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles():
    assert cycles(import_graph()) == []


def test_geo_never_imports_streamlit():
    offenders = sorted(n for n, t in TREES.items()
                       if {"streamlit", "streamlit_folium"} & _third_party(n, t))
    assert offenders == [], "geo/ never imports Streamlit: the page lives in app.py"


def test_folium_only_in_the_mapping_package():
    app = ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))
    trees = {**TREES, "app": app}
    offenders = sorted(n for n, t in trees.items()
                       if "folium" in _third_party(n, t)
                       and not (n + ".").startswith("geo.mapping."))
    assert offenders == [], "Folium belongs to geo/mapping/ (the page uses streamlit_folium)"


def test_modules_are_short():
    lengths = {n: len(p.read_text(encoding="utf-8").splitlines()) for n, p in MODULES.items()}
    too_long = {n: k for n, k in lengths.items() if k > MAX_LINES and n not in TOO_LONG_FOR_NOW}
    assert too_long == {}, f"split modules over {MAX_LINES} lines"
    split = [n for n in TOO_LONG_FOR_NOW if lengths.get(n, 0) <= MAX_LINES]
    assert split == [], "split now: remove from TOO_LONG_FOR_NOW so the limit applies"


def test_only_settings_reads_the_environment():
    offenders = []
    for name, tree in TREES.items():
        if name == "geo.settings":
            continue
        for node in ast.walk(tree):
            is_environ = (isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv")
                          and isinstance(node.value, ast.Name) and node.value.id == "os")
            is_import = (isinstance(node, ast.ImportFrom) and node.module == "os"
                         and any(a.name in ("environ", "getenv") for a in node.names))
            if is_environ or is_import:
                offenders.append(f"{name}:{node.lineno}")
    assert offenders == [], "read settings through geo.settings.Settings.from_env()"


def test_the_code_passes_the_linter():
    # the project's ruff settings (pyproject.toml) over the code and the tests: a line too
    # long or an unused import fails here, in the README's test command, not only in review
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "geo", "geo_app",
                          "tests", "benchmarks"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
