"""The benchmark: throughput, export, cache, incremental update, map, app; two baselines.

One command, from the repository root::

    .venv/bin/python -m benchmarks.run            # full run: 10,000 articles + browser
    .venv/bin/python -m benchmarks.run --quick    # smoke run: 500 articles, no browser

It generates a deterministic synthetic corpus (:mod:`benchmarks.corpus`) in a
temporary folder, measures everything in one run on this machine, prints a
table with the ratios to the two baselines (:mod:`benchmarks.baselines`) and
writes it, with the machine it ran on, to ``benchmarks/RESULTS.md``
(``--out`` to write elsewhere).  Nothing here is a test: numbers are
reported, and each target says whether it holds.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python benchmarks/run.py` as well as `-m benchmarks.run`
    sys.path.insert(0, str(ROOT))

from benchmarks import corpus as synth  # noqa: E402
from benchmarks.baselines import ScanBaseline, SpacyBaseline, gazetteer_names  # noqa: E402

# --------------------------------------------------------------------------- results


@dataclass
class Target:
    """A target of issue 7 and whether this run met it."""

    name: str
    goal: str
    measured: str
    holds: bool | None  # None: not measured in this run


@dataclass
class Results:
    """Everything measured, in the order it is reported."""

    machine: dict[str, str] = field(default_factory=dict)
    corpus: dict[str, str] = field(default_factory=dict)
    sections: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    tables: dict[str, tuple[list[str], list[list[str]]]] = field(default_factory=dict)
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    profiles: dict[str, str] = field(default_factory=dict)

    def add(self, section: str, label: str, value: str) -> None:
        self.sections.setdefault(section, []).append((label, value))
        print(f"  {label}: {value}", flush=True)

    def target(self, name: str, goal: str, measured: str, holds: bool | None) -> None:
        self.targets.append(Target(name, goal, measured, holds))

    def note(self, text: str) -> None:
        self.notes.append(text)
        print(f"  note: {text}", flush=True)


def _step(title: str) -> None:
    print(f"\n== {title}", flush=True)


@contextlib.contextmanager
def timer():
    """Yield a list whose first item becomes the elapsed wall time (s)."""
    out = [0.0]
    t = time.perf_counter()
    try:
        yield out
    finally:
        out[0] = time.perf_counter() - t


# --------------------------------------------------------------------------- code snapshot

#: Where the code under test lives: the repository, or the snapshot :func:`snapshot_code`
#: made of it for this run.
CODE = ROOT
# pyproject.toml makes the copy a source checkout for geo.settings (user files, default corpus)
_SNAPSHOT = ("geo", "geo_app", "seeds", ".streamlit", ".geo-cache", "app.py", "pyproject.toml")


def snapshot_code(workdir: Path, *, worktree: bool = False) -> Path:
    """Copy the product (``geo/`` with its data, ``app.py``...) into *workdir* and use that copy.

    The copy is of the last commit (``git archive HEAD``), so the numbers
    belong to a commit; with *worktree*, or outside a git checkout, of the
    working tree as it is.  Why a copy: the result cache keys on a hash of
    ``geo/*.py``, so an edit in the middle of a run would turn the
    "unchanged corpus" re-run into a cold one.  Every measurement (in
    process, CLI, app) runs the copy.
    """
    global CODE
    src = workdir / "src"
    src.mkdir(parents=True, exist_ok=True)
    archived = False
    if not worktree:
        names = [n for n in _SNAPSHOT if n != ".geo-cache"]
        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            tar = subprocess.run(["git", "archive", "--format=tar", "HEAD", *names], cwd=ROOT,
                                 capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(src)], input=tar, check=True)
            archived = True
    for name in _SNAPSHOT if not archived else (".geo-cache",):
        p = ROOT / name
        if p.is_dir():
            shutil.copytree(p, src / name, ignore=shutil.ignore_patterns("__pycache__"),
                            dirs_exist_ok=True)
        elif p.is_file():
            shutil.copy2(p, src / name)
    sys.path.insert(0, str(src))
    for mod in [m for m in sys.modules if m.split(".")[0] in ("geo", "geo_app")]:
        del sys.modules[mod]  # nothing should have imported geo yet; be sure
    CODE = src
    return src


def code_env() -> dict[str, str]:
    """Environment for subprocesses: the snapshot first on ``PYTHONPATH``, no user overrides."""
    env = dict(os.environ, PYTHONPATH=str(CODE) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.pop("GEO_OVERRIDES", None)
    return env


# --------------------------------------------------------------------------- machine


def machine_info() -> dict[str, str]:
    """Describe the machine and software the run used."""
    import psutil

    cpu = platform.processor() or ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    commit = ""
    with contextlib.suppress(Exception):
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=ROOT, capture_output=True, text=True).stdout.strip()
        commit += " (+ uncommitted changes)" if dirty else ""
    from importlib.metadata import PackageNotFoundError, version

    versions = []
    for dist in ("spacy", "pyahocorasick", "folium", "streamlit", "streamlit-folium",
                 "geopandas", "pyinstrument", "playwright", "dask"):
        with contextlib.suppress(PackageNotFoundError):
            versions.append(f"{dist} {version(dist)}")
    return {
        "CPU": f"{cpu}, {os.cpu_count()} logical cores",
        "memory": f"{psutil.virtual_memory().total / 2**30:.1f} GiB",
        "OS": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "packages": ", ".join(versions),
        "geo commit": commit or "unknown",
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "load average at start": _load(),
    }


def _load(*, judge: bool = True) -> str:
    one, five, _ = os.getloadavg()
    busy = judge and one > 0.5 * (os.cpu_count() or 1)
    return (f"{one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"
            + (": the machine was busy with other work, numbers are pessimistic" if busy
               else ""))


# --------------------------------------------------------------------------- helpers


def _mb(texts) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def _rate(n: int, mb: float, seconds: float) -> str:
    return f"{n / seconds:,.0f} articles/s, {mb / seconds:,.1f} MB/s ({seconds:.2f} s for {n:,})"


def _fmt_s(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds >= 0.1 else f"{seconds * 1000:.0f} ms"


def profile_top(fn, *, limit: int = 15) -> tuple[object, str]:
    """Run *fn* under pyinstrument (sampling); return its result and tables of the hot spots.

    Two tables: functions by *self* time (time in the function's own code and
    the C built-ins it calls directly, e.g. ``str.translate``), and ``geo``
    functions by *cumulative* time (counted once per stack, recursion
    included).  Sampling keeps the overhead low and spread evenly, unlike
    cProfile, whose per-call cost inflates tiny functions.
    """
    from collections import defaultdict

    import pyinstrument

    # Objects the benchmark itself keeps alive (10,000 articles and results) would make
    # every full garbage collection slower and blame it on whatever allocated at that
    # moment; freeze them, as if the profiled code ran in a fresh process.
    gc.collect()
    gc.freeze()
    prof = pyinstrument.Profiler(interval=0.0005)
    prof.start()
    try:
        result = fn()
    finally:
        prof.stop()
        gc.unfreeze()
    root = prof.last_session.root_frame()
    total = root.time or 1e-9
    own: dict[str, float] = defaultdict(float)
    cum: dict[str, float] = defaultdict(float)

    def name(f) -> str:
        if f.file_path_short == "<built-in>":
            return f"built-in {f.function}"
        return f"{_short_path(f.file_path or f.file_path_short)}:{f.line_no}:{f.function}"

    def walk(f, parent_key: str | None, seen: frozenset) -> None:
        if f.function == "[self]" or f.file_path_short == "<built-in>":
            own[parent_key if f.function == "[self]" else name(f)] += f.time
            if f.file_path_short == "<built-in>" and f.function != "[self]":
                return
            if f.function == "[self]":
                return
        key = name(f)
        if key not in seen:
            cum[key] += f.time
        for child in f.children:
            walk(child, key, seen | {key})

    walk(root, None, frozenset())
    lines = ["| self time | share | function (file:line:name) |", "|---:|---:|---|"]
    for key, t in sorted(own.items(), key=lambda kv: -kv[1])[:limit]:
        lines.append(f"| {t:.3f} s | {100 * t / total:.1f}% | `{key}` |")
    lines += ["", "| cumulative | share | geo function |", "|---:|---:|---|"]
    geo_cum = [(k, t) for k, t in cum.items() if k.startswith("geo/")]
    for key, t in sorted(geo_cum, key=lambda kv: -kv[1])[:limit]:
        lines.append(f"| {t:.3f} s | {100 * t / total:.1f}% | `{key}` |")
    lines.append(f"\nSampled with pyinstrument every 0.5 ms; {total:.2f} s profiled.")
    return result, "\n".join(lines)


def _short_path(file: str) -> str:
    if file.startswith("~") or file.startswith("<"):
        return file
    p = Path(file)
    for base in (CODE, ROOT):
        with contextlib.suppress(ValueError):
            return str(p.relative_to(base))
    parts = p.parts
    if "site-packages" in parts:
        return "/".join(parts[parts.index("site-packages") + 1:])
    return "/".join(parts[-2:])


# --------------------------------------------------------------------------- subprocess memory


class TreeMemory:
    """Poll the memory of a process and its descendants while it runs.

    ``peak_rss`` sums resident set sizes (pages shared after ``fork`` are
    counted once per process, so it overstates); ``peak_pss`` sums
    proportional set sizes (shared pages split between processes: the
    honest total); ``peak_single`` is the largest resident set of any one
    process of the tree.

    Not ``ru_maxrss`` (``wait4``): Linux keeps, across ``exec``, the
    high-water mark of the process that forked, so a command started by
    this (large) benchmark process reports the benchmark's own size: every
    export run of 2026-12-01 "had" 1,486 MB, a warm re-run that stays under
    200 MB included.
    """

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self.pid, self.interval = pid, interval
        self.peak_rss = self.peak_pss = self.peak_single = 0
        self.peak_procs = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _poll(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                return
            rss = pss = 0
            for p in procs:
                with contextlib.suppress(psutil.Error):
                    info = p.memory_full_info()
                    rss += info.rss
                    pss += getattr(info, "pss", info.rss)
                    self.peak_single = max(self.peak_single, info.rss)
            self.peak_rss = max(self.peak_rss, rss)
            self.peak_pss = max(self.peak_pss, pss)
            self.peak_procs = max(self.peak_procs, len(procs))
            self._stop.wait(self.interval)


@dataclass
class RunOutcome:
    wall: float
    returncode: int
    maxrss_mb: float  # largest single process of the tree (sampled: see TreeMemory)
    peak_rss_mb: float
    peak_pss_mb: float
    procs: int
    stderr: str


def run_measured(cmd: list[str], *, cwd: Path, env: dict | None = None) -> RunOutcome:
    """Run *cmd*, timing it and measuring its memory (largest process, the tree's PSS)."""
    t = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        with TreeMemory(proc.pid) as mem:
            _, status = os.waitpid(proc.pid, 0)
        wall = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return RunOutcome(wall, proc.returncode, mem.peak_single / 2**20, mem.peak_rss / 2**20,
                      mem.peak_pss / 2**20, mem.peak_procs, stderr)


def cache_rows(cache_dir: Path) -> int:
    """Return the number of results in a :class:`geo.cache.ResultCache` folder (0 if none)."""
    import sqlite3

    path = Path(cache_dir) / "results.sqlite"
    if not path.exists():
        return 0
    with contextlib.closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT count(*) FROM results").fetchone()[0]


# --------------------------------------------------------------------------- stages


def stage_corpus(res: Results, workdir: Path, n: int, seed: int):
    _step(f"synthetic corpus: {n:,} articles")
    gaz = None
    with timer() as t_gaz:
        from geo.gazetteer import load_gazetteer

        gaz = load_gazetteer()
    res.add("setup", "gazetteer load", f"{_fmt_s(t_gaz[0])} ({len(gaz.places):,} places)")
    corpus_dir = workdir / "corpus"
    with timer() as t:
        paths = synth.generate_corpus(corpus_dir, n, seed=seed, names=synth.gazetteer_names(gaz))
    size = sum(p.stat().st_size for p in paths)
    res.corpus = {
        "articles": f"{n:,}",
        "size": f"{size / 1e6:.1f} MB ({size / n / 1e3:.1f} kB per article; "
                f"the seeds average {_seed_avg_kb():.1f} kB)",
        "generator": f"benchmarks/corpus.py, seed {seed}, {_fmt_s(t[0])} to write",
    }
    res.add("setup", "corpus", f"{n:,} articles, {size / 1e6:.1f} MB, written in {_fmt_s(t[0])}")
    return gaz, corpus_dir, paths


def _seed_avg_kb() -> float:
    seeds = sorted(synth.SEEDS_DIR.glob("*.txt"))
    return sum(p.stat().st_size for p in seeds) / len(seeds) / 1e3


def stage_read(res: Results, corpus_dir: Path):
    _step("reading")
    from geo.reading.read import iter_corpus

    with timer() as t:
        items = list(iter_corpus([str(corpus_dir)]))
    articles = [a for a in items if hasattr(a, "text")]
    failures = len(items) - len(articles)
    mb = _mb(a.text for a in articles)
    res.add("throughput", "read + parse articles (1 process)", _rate(len(articles), mb, t[0]))
    if failures:
        res.note(f"{failures} synthetic file(s) failed to read")
    return articles


def stage_throughput(res: Results, articles, gaz, sample: int):
    _step(f"throughput on {sample:,} articles: geo vs baselines")
    from geo.pipeline import process_article

    arts = articles[:sample]
    texts = [a.text for a in arts]
    mb = _mb(texts)
    n = len(arts)
    with timer() as t_first:
        process_article(arts[0], gaz)  # first call builds lazy matchers
    res.add("throughput", "first process_article call (builds matchers)", _fmt_s(t_first[0]))
    with timer() as t_geo:
        results = [process_article(a, gaz) for a in arts]
    n_mentions = sum(len(r.mentions) for r in results)
    n_body = sum(1 for r in results for m in r.mentions if m.in_body)
    n_resolved = sum(1 for r in results for m in r.mentions if m.place_id)
    n_figures = sum(len(r.figures) for r in results)
    geo_rate = n / t_geo[0]
    res.add("throughput", "geo process_article, 1 process", _rate(n, mb, t_geo[0]))

    names = gazetteer_names(gaz)
    rows = [["geo `process_article` (mentions + resolution + figures)", f"{geo_rate:,.0f}",
             f"{mb / t_geo[0]:.1f}", "1.00",
             f"{n_mentions:,} mentions ({n_body:,} in body, {n_resolved:,} resolved), "
             f"{n_figures:,} figures"]]
    ratios = {}
    for cls in (SpacyBaseline, ScanBaseline):
        with timer() as t_build:
            base = cls(names)
        base.count(texts[:5])  # warm up
        with timer() as t:
            found = base.count(texts)
        rate = n / t[0]
        ratios[cls] = geo_rate / rate
        res.add("throughput", f"{base.label}",
                f"{_rate(n, mb, t[0])}; {found:,} name matches; built in {_fmt_s(t_build[0])}")
        rows.append([base.label, f"{rate:,.0f}", f"{mb / t[0]:.1f}", f"{geo_rate / rate:.2f}",
                     f"{found:,} name matches (names only, {len(names):,} patterns)"])
    res.tables["Throughput, one process"] = (
        ["", "articles/s", "MB/s", "geo ÷ this", "found"], rows)
    res.add("throughput", "geo ÷ spaCy", f"{ratios[SpacyBaseline]:.2f}×")
    res.add("throughput", "geo ÷ scan (upper bound)", f"{ratios[ScanBaseline]:.2f}×")
    res.target("per-core throughput", "≥ 1,000 articles/s (extraction + resolution + figures)",
               f"{geo_rate:,.0f} articles/s", geo_rate >= 1000)
    res.target("vs spaCy PhraseMatcher", "≥ 2× spaCy (names only) in the same run",
               f"{ratios[SpacyBaseline]:.2f}×", ratios[SpacyBaseline] >= 2)
    return geo_rate


def stage_all_cores(res: Results, corpus_dir: Path, gaz, workdir: Path):
    """``process_corpus`` over the whole corpus with 1 and with 2 workers, each with a fresh cache.

    The real path of ``geo export``: reading, keys, the result cache (pool
    workers write their own results), interning.  Wall times and the CPU time
    of the parent and of the workers: on a shared machine the wall-clock ratio
    says as much about the other jobs as about the code, the CPU times do not.
    """
    import resource

    from geo.cache import ResultCache
    from geo.pipeline import process_corpus

    workers = max(2, os.cpu_count() or 1)
    _step(f"process_corpus: 1 worker vs {workers}, {corpus_dir}")

    def cpu(who) -> float:
        r = resource.getrusage(who)
        return r.ru_utime + r.ru_stime

    runs = {}
    corpus = None
    for w in (1, workers):
        cache = ResultCache(workdir / f"cores-cache-{w}")
        gc.collect()
        own, kids, t = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
        try:
            corpus = process_corpus([corpus_dir], gaz, workers=w, cache=cache)
        finally:
            cache.close()
        wall = time.perf_counter() - t
        runs[w] = (wall, cpu(resource.RUSAGE_SELF) - own, cpu(resource.RUSAGE_CHILDREN) - kids)
        n = len(corpus.results)
        res.add("throughput", f"process_corpus, {w} worker{'s' if w > 1 else ''}, fresh cache",
                f"{n / wall:,.0f} articles/s ({wall:.2f} s for {n:,}); CPU: parent "
                f"{runs[w][1]:.2f} s, workers {runs[w][2]:.2f} s; load average "
                f"{os.getloadavg()[0]:.1f}")
    n = len(corpus.results)
    one, many = runs[1], runs[workers]
    speedup = one[0] / many[0]
    # what the same CPU work gives on idle cores: the busiest of the parent, a worker's
    # share, or all of it spread over the cores
    projected = one[1] / max(many[1], many[2] / workers, (many[1] + many[2]) / workers)
    res.add("throughput", f"{workers} workers ÷ 1 worker", f"{speedup:.2f}× wall clock, "
            f"{projected:.2f}× from CPU times (what idle cores would give)")
    res.tables["Throughput, all cores (process_corpus, fresh cache)"] = (
        ["", "articles/s", "wall", "CPU parent", "CPU workers", "speed-up"],
        [[f"1 worker (in process), {n:,} articles", f"{n / one[0]:,.0f}", f"{one[0]:.1f} s",
          f"{one[1]:.1f} s", "-", "1.00×"],
         [f"{workers} worker processes, {n:,} articles", f"{n / many[0]:,.0f}",
          f"{many[0]:.1f} s", f"{many[1]:.1f} s", f"{many[2]:.1f} s",
          f"{speedup:.2f}× wall, {projected:.2f}× CPU"]])
    res.target(f"{workers} workers vs 1", "≥ 1.7× (same run)",
               f"{speedup:.2f}× wall clock; {projected:.2f}× from CPU times", speedup >= 1.7)
    return list(corpus.results)


def stage_export(res: Results, workdir: Path, corpus_dir: Path, n: int, seed: int, gaz):
    _step("geo export (CLI subprocess): cold, warm, one added article")
    out = workdir / "export"
    cache = workdir / "cache"
    env = code_env()
    cmd = [sys.executable, "-m", "geo", "export", str(corpus_dir), "--out", str(out),
           "--cache-dir", str(cache), "--quiet"]
    rows = []

    cold = run_measured(cmd, cwd=workdir, env=env)
    if cold.returncode != 0:
        res.note(f"cold export exited {cold.returncode}: {cold.stderr.strip()[-500:]}")
    files = sorted(p.name for p in out.iterdir()) if out.is_dir() else []
    res.add("export", "cold (empty cache)", f"{cold.wall:.2f} s, largest process "
            f"{cold.maxrss_mb:.0f} MB RSS, tree peak {cold.peak_pss_mb:.0f} MB PSS "
            f"({cold.peak_rss_mb:.0f} MB summed RSS, {cold.procs} processes); "
            f"{len(files)} files")
    rows.append([f"`geo export` {n:,} articles, cold cache", f"{cold.wall:.2f} s",
                 f"{cold.maxrss_mb:.0f} MB", f"{cold.peak_pss_mb:.0f} MB"])
    res.target("10k export time", "≤ 20 s, cold", f"{cold.wall:.1f} s ({n:,} articles)",
               cold.wall <= 20 if n >= 10_000 else None)
    res.target("10k export memory", "whole tree ≤ 1 GB PSS, no process > 600 MB",
               f"{cold.maxrss_mb:.0f} MB largest process, {cold.peak_pss_mb:.0f} MB whole tree "
               f"(PSS)", (cold.maxrss_mb <= 600 and cold.peak_pss_mb <= 1024)
               if n >= 10_000 else None)

    warm = None
    for attempt in range(3):
        before = cache_rows(cache)
        warm = run_measured(cmd, cwd=workdir, env=env)
        missed = cache_rows(cache) - before
        if not missed:
            break
        # the cache key includes a hash of geo/*.py: an edit during the run invalidates it
        res.note(f"warm re-run {attempt + 1}: {missed:,} cache misses (geo/*.py changed "
                 "during the run?); run again")
    res.add("export", "warm re-run (unchanged corpus)",
            f"{warm.wall:.2f} s, largest process {warm.maxrss_mb:.0f} MB")
    rows.append(["re-run, unchanged corpus (cache warm)", f"{warm.wall:.2f} s",
                 f"{warm.maxrss_mb:.0f} MB", f"{warm.peak_pss_mb:.0f} MB"])

    gen = synth.Generator(tuple(synth.load_seeds()), tuple(synth.gazetteer_names(gaz)), seed)
    new = corpus_dir / f"{n:05d}_added.txt"
    new.write_text(gen.make_article(n), encoding="utf-8")
    added = run_measured(cmd, cwd=workdir, env=env)
    res.add("export", "one article added, re-run", f"{added.wall:.2f} s")
    rows.append(["one article added, re-run", f"{added.wall:.2f} s",
                 f"{added.maxrss_mb:.0f} MB", f"{added.peak_pss_mb:.0f} MB"])
    new.unlink()
    # as the corpus stands again: the export leaves the app's map snapshot for it (the
    # app stage starts on this folder and cache)
    back = run_measured(cmd, cwd=workdir, env=env)
    res.add("export", "the added article removed, re-run", f"{back.wall:.2f} s")
    rows.append(["the added article removed, re-run", f"{back.wall:.2f} s",
                 f"{back.maxrss_mb:.0f} MB", f"{back.peak_pss_mb:.0f} MB"])
    res.tables["Export (CLI, end to end, a fresh process each time)"] = (
        ["run", "wall", "largest process RSS", "whole tree PSS"], rows)
    # "near-instant": well under a second per 10k is out of reach for a fresh process
    # that re-reads 10k files; call it near-instant when it is ≤ 10% of the cold run.
    res.target("unchanged re-run", "near-instant (cache keyed by content + gazetteer)",
               f"{warm.wall:.2f} s CLI ({100 * warm.wall / cold.wall:.0f}% of cold)",
               warm.wall <= 0.1 * cold.wall or warm.wall <= 1.0)
    return cold, warm, added


def stage_scale(res: Results, workdir: Path, n: int, seed: int, gaz, workers: int):
    """``geo export --scheduler local`` over an *n*-article corpus: wall time and memory.

    The LocalCluster's scheduler and worker processes are children of the
    command, so the tree's PSS counts them.  That the outputs equal the
    single-machine path's is checked by ``tests/test_dask.py`` (every export
    file, timestamps aside); here only a run of this size is timed.
    """
    _step(f"{n:,} articles on a Dask LocalCluster of {workers} workers")
    corpus_dir = workdir / "scale-corpus"
    with timer() as t_gen:
        synth.generate_corpus(corpus_dir, n, seed=seed, names=synth.gazetteer_names(gaz))
    cmd = [sys.executable, "-m", "geo", "export", str(corpus_dir), "--out",
           str(workdir / "scale-export"), "--cache-dir", str(workdir / "scale-cache"),
           "--scheduler", "local", "--workers", str(workers), "--quiet"]
    load = os.getloadavg()[0]
    run = run_measured(cmd, cwd=workdir, env=code_env())
    ok = run.returncode == 0
    if not ok:
        res.note(f"{n:,}-article cluster export exited {run.returncode}: "
                 f"{run.stderr.strip()[-500:]}")
    res.add("scale", f"{n:,} articles on a LocalCluster ({workers} workers), cold cache",
            f"{run.wall:.1f} s ({n / run.wall:,.0f} articles/s), largest process "
            f"{run.maxrss_mb:.0f} MB RSS, tree peak {run.peak_pss_mb:.0f} MB PSS "
            f"({run.procs} processes); corpus written in {t_gen[0]:.0f} s; load average "
            f"{load:.1f} at start")
    res.tables[f"{n:,} articles on a Dask LocalCluster"] = (
        ["run", "wall", "articles/s", "largest process RSS", "whole tree PSS", "processes"],
        [[f"`geo export --scheduler local --workers {workers}`, cold", f"{run.wall:.1f} s",
          f"{n / run.wall:,.0f}", f"{run.maxrss_mb:.0f} MB", f"{run.peak_pss_mb:.0f} MB",
          f"{run.procs}"]])
    res.target(f"{n:,} articles on a Dask LocalCluster", "completes; wall time and memory "
               "reported; outputs equal to the single-machine path",
               f"{'completed' if ok else 'failed'} in {run.wall:.0f} s, {run.peak_pss_mb:.0f} MB "
               "PSS (outputs: tests/test_dask.py)", ok)
    shutil.rmtree(corpus_dir, ignore_errors=True)


def stage_incremental(res: Results, results, articles, gaz, n: int, seed: int, workdir: Path):
    _step("one added article, in process: process it, rebuild layers, export")
    from geo.export import export_layers
    from geo.layers.build import build_layers
    from geo.model import Corpus
    from geo.pipeline import process_article
    from geo.reading.read import read_article

    corpus = Corpus(tuple(results), (), getattr(gaz, "version", ""))
    with timer() as t_layers:
        build_layers(corpus, gaz)
    res.add("incremental", f"build_layers over {len(results):,} articles", _fmt_s(t_layers[0]))
    gen = synth.Generator(tuple(synth.load_seeds()), tuple(synth.gazetteer_names(gaz)), seed)
    path = workdir / "added.txt"
    path.write_text(gen.make_article(n + 1), encoding="utf-8")
    with timer() as t:
        article = read_article(path)
        result = process_article(article, gaz)
        corpus2 = Corpus(corpus.results + (result,), (), corpus.gazetteer_version)
        layers = build_layers(corpus2, gaz)
    with timer() as t_exp:
        export_layers(layers, workdir / "export-incremental", corpus=corpus2)
    res.add("incremental", "one added article → updated layers (in process)",
            f"{_fmt_s(t[0])} (+ {_fmt_s(t_exp[0])} to write every export file)")
    res.tables.setdefault("Incremental update", (["step", "time"], []))[1].extend([
        [f"read + process 1 article, rebuild layers of {len(results) + 1:,} articles",
         _fmt_s(t[0])],
        ["write every export file again", _fmt_s(t_exp[0])],
    ])
    res.target("one added article → updated layers", "≤ 1 s",
               f"{_fmt_s(t[0])} in process (layers), {_fmt_s(t[0] + t_exp[0])} with export",
               t[0] <= 1.0)
    return corpus2


def stage_profiles(res: Results, articles, gaz, corpus, sample: int, workdir: Path):
    _step("profiles (pyinstrument)")
    from geo.export import export_layers
    from geo.layers.build import build_layers
    from geo.pipeline import process_article

    arts = articles[:sample]
    _, table = profile_top(lambda: [process_article(a, gaz) for a in arts])
    res.profiles[f"process_article over {len(arts):,} articles"] = table

    def export():
        layers = build_layers(corpus, gaz)
        export_layers(layers, workdir / "export-profile", corpus=corpus)

    _, table = profile_top(export)
    res.profiles[f"build_layers + export_layers over {len(corpus.results):,} articles"] = table

    # the whole `geo export` in one process (no pool, no cache) on a slice of the corpus:
    # how reading, processing, layers and writing share the time
    from geo.cli import main as geo_main

    part = workdir / "profile-slice"
    part.mkdir(exist_ok=True)
    files = sorted(p for p in (workdir / "corpus").glob("*.txt"))[:sample]
    for f in files:
        (part / f.name).write_bytes(f.read_bytes())
    argv = ["export", str(part), "--out", str(workdir / "export-cli-profile"), "--no-cache",
            "--workers", "1", "--quiet"]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        _, table = profile_top(lambda: geo_main(argv))
    res.profiles[f"`geo export` of {len(files):,} articles in one process (--workers 1 "
                 "--no-cache)"] = table
    print("  done", flush=True)


def stage_cache_profile(res: Results, corpus_dir: Path, gaz, workdir: Path):
    """Profile an in-process warm re-run: where does a cached run spend its time."""
    from geo.cache import ResultCache
    from geo.pipeline import process_corpus

    cache = ResultCache(workdir / "cache")
    try:
        _, table = profile_top(lambda: process_corpus([corpus_dir], gaz, workers=1, cache=cache))
    finally:
        cache.close()
    res.profiles["process_corpus with a warm cache (re-run of an unchanged corpus)"] = table


# --------------------------------------------------------------------------- report


def render(res: Results, args) -> str:
    cmd = "python -m benchmarks.run" + (" --quick" if args.quick else "")
    out = ["# Benchmark results", "",
           f"Written by `{cmd}` (see `benchmarks/run.py`); do not edit by hand.", ""]
    out += ["## Machine", ""] + [f"- **{k}**: {v}" for k, v in res.machine.items()] + [""]
    out += ["## Corpus", ""] + [f"- **{k}**: {v}" for k, v in res.corpus.items()] + [""]
    out += ["## Targets", "", "| target | goal | measured | holds |", "|---|---|---|---|"]
    for t in res.targets:
        mark = "not measured" if t.holds is None else ("**yes**" if t.holds else "**no**")
        out.append(f"| {t.name} | {t.goal} | {t.measured} | {mark} |")
    out.append("")
    for title, (head, rows) in res.tables.items():
        out += [f"## {title}", "", "| " + " | ".join(head) + " |",
                "|" + "|".join("---" for _ in head) + "|"]
        out += ["| " + " | ".join(r) + " |" for r in rows]
        out.append("")
    out += ["## All measurements", ""]
    for section, items in res.sections.items():
        out.append(f"**{section}**")
        out.append("")
        out += [f"- {label}: {value}" for label, value in items]
        out.append("")
    if res.notes:
        out += ["## Notes", ""] + [f"- {n}" for n in res.notes] + [""]
    if res.profiles:
        out += ["## Where the time goes (pyinstrument: self time; cumulative time of geo "
                "functions)", ""]
        for title, table in res.profiles.items():
            out += [f"### {title}", "", table, ""]
    return "\n".join(out)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true",
                   help="smoke run: 500 articles, no browser")
    p.add_argument("-n", "--articles", type=int, default=None,
                   help="corpus size (default 10,000; 500 with --quick)")
    p.add_argument("--sample", type=int, default=None,
                   help="articles for the 1-process comparison with the baselines "
                   "(default 2,000; 300 with --quick)")
    p.add_argument("--seed", type=int, default=7, help="corpus generator seed")
    p.add_argument("--scale", type=int, default=0, metavar="N",
                   help="also export an N-article corpus on a Dask LocalCluster "
                   "(e.g. 100000; default: skip)")
    p.add_argument("--no-browser", action="store_true", help="skip the app measurements")
    p.add_argument("--no-profile", action="store_true", help="skip the cProfile tables")
    p.add_argument("--out", type=Path, default=None,
                   help="results file (default benchmarks/RESULTS.md; with --quick the "
                   "table is only printed unless --out is given)")
    p.add_argument("--worktree", action="store_true",
                   help="measure the working tree as it is (default: the last commit)")
    p.add_argument("--keep", type=Path, default=None,
                   help="work in this folder and keep it (default: a temporary folder)")
    args = p.parse_args(argv)
    n = args.articles or (500 if args.quick else 10_000)
    sample = min(n, args.sample or (300 if args.quick else 2_000))
    browser = not (args.quick or args.no_browser)
    out_path = args.out or (None if args.quick else ROOT / "benchmarks" / "RESULTS.md")

    res = Results(machine=machine_info())
    print("machine:", res.machine["CPU"], "|", res.machine["memory"], flush=True)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="geo-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    t_all = time.perf_counter()
    try:
        snapshot_code(workdir, worktree=args.worktree)
        if not args.worktree:
            res.machine["geo commit"] = res.machine["geo commit"].split(" (")[0]
        res.machine["code measured"] = ("the working tree (uncommitted changes included)"
                                        if args.worktree else "the last commit (git archive HEAD)")
        gaz, corpus_dir, _ = stage_corpus(res, workdir, n, args.seed)
        articles = stage_read(res, corpus_dir)
        stage_throughput(res, articles, gaz, sample)
        results = stage_all_cores(res, corpus_dir, gaz, workdir)
        stage_export(res, workdir, corpus_dir, n, args.seed, gaz)
        corpus = stage_incremental(res, results, articles, gaz, n, args.seed, workdir)
        if args.scale:
            stage_scale(res, workdir, args.scale, args.seed, gaz, max(2, os.cpu_count() or 1))
        from benchmarks import mapbench

        mapbench.stage_map(res, corpus, gaz, workdir)
        if browser:
            from benchmarks import appbench

            appbench.stage_app(res, workdir, corpus_dir, code=CODE, env=code_env())
        else:
            res.target("app map visible, warm start", "≤ 1.5× the minimal st_folium page",
                       "skipped", None)
            res.target("click → passages", "≤ 1 s", "skipped", None)
        if not args.no_profile:
            stage_profiles(res, articles, gaz, corpus, min(sample, 1000), workdir)
            stage_cache_profile(res, corpus_dir, gaz, workdir)
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    res.add("run", "whole benchmark", f"{time.perf_counter() - t_all:.0f} s")
    res.machine["load average at end"] = _load(judge=False) + " (this run included)"
    text = render(res, args)
    print("\n" + text)
    if out_path is not None:
        out_path.write_text(text + "\n", encoding="utf-8")
        print(f"\nwrote {out_path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
