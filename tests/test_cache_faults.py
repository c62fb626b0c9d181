"""The caches under faults: shared by two runs, killed runs, unreadable or read-only files.

The rule: a cache is never fatal.  An unreadable file is moved aside as
``*.corrupt-<time>``, rebuilt and reported in one line; a cache that cannot
be written is left out with one line; two runs may share one cache; a
killed run keeps the batches it wrote; pool workers die with their parent.
"""

from __future__ import annotations

import os
import pickle
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _hooks import HOOKED

import geo.cli as cli
import geo.store as store
from geo.cache import BATCH_SIZE, ResultCache
from geo.errors import StoreError
from geo.store import Store

# real processes, kills and locks: the full gate, not the edit-test loop
pytestmark = pytest.mark.slow


ROOT = Path(__file__).resolve().parent.parent
SEED_FILES = sorted((ROOT / "seeds").glob("*.txt"))
CORRUPT = r"geo: cache .*results\.sqlite: unreadable \(.+\); moved aside as " \
          r"results\.sqlite\.corrupt-\d{8}T\d{6}Z and rebuilt"


def small_corpus(folder: Path, n: int) -> Path:
    """*n* short distinct articles (a place and a figure each): quick to process."""
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(
            f"Border news {i}\n\nBorder guards at Pa Thơm Border Post held {i + 10} patrols "
            f"with {i + 3} officers in {2000 + i}.\n", encoding="utf-8")
    return folder


def rows(path: Path, table: str) -> int:
    with sqlite3.connect(path) as db:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """``geo mentions`` of the first two seeds without any cache: what every run must print."""
    import io
    from contextlib import redirect_stdout

    buf = io.StringIO()
    with redirect_stdout(buf):
        assert cli.main(["mentions", *map(str, SEED_FILES[:2]), "--json", "--no-cache",
                         "--quiet"]) == 0
    return buf.getvalue()


def mentions(capsys, cache_dir: Path) -> tuple[int, str, str]:
    code = cli.main(["mentions", *map(str, SEED_FILES[:2]), "--json", "--quiet",
                     "--cache-dir", str(cache_dir)])
    out, err = capsys.readouterr()
    return code, out, err


def _garble_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page, len(data), page):  # every page but the header's
        data[start:start + 100] = os.urandom(100)
    path.write_bytes(bytes(data))


def _other_layout(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE results (k TEXT, v BLOB)")
        db.execute("CREATE TABLE files (a TEXT)")
        db.execute("PRAGMA user_version = 1")


DAMAGES = {
    "garbled-pages": _garble_pages,
    "truncated": lambda p: p.write_bytes(p.read_bytes()[:100]),
    "random": lambda p: p.write_bytes(os.urandom(50_000)),
    "other-layout": _other_layout,
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_unreadable_result_cache_is_moved_aside_rebuilt_and_said_once(
        capsys, tmp_path, reference, damage):
    cache = tmp_path / "cache"
    assert mentions(capsys, cache)[:2] == (0, reference)
    db = cache / "results.sqlite"
    for side in ("-wal", "-shm"):  # the damage is in the file itself
        assert not Path(f"{db}{side}").exists()
    DAMAGES[damage](db)

    code, out, err = mentions(capsys, cache)
    assert code == 0 and out == reference  # the run is not affected
    (line,) = err.splitlines()
    assert re.fullmatch(CORRUPT, line), line
    (aside,) = cache.glob("results.sqlite.corrupt-*")
    assert line.endswith(f"moved aside as {aside.name} and rebuilt")
    assert rows(db, "results") == 2  # rebuilt, and filled by this run

    assert mentions(capsys, cache) == (0, reference, "")  # then quiet, from the cache


def test_store_rebuilds_a_file_garbled_after_it_was_opened(tmp_path):
    said = []
    path = tmp_path / "s.sqlite"
    schema = ("CREATE TABLE IF NOT EXISTS t (k TEXT PRIMARY KEY, v BLOB)",)
    with Store(path, schema=schema, version=1) as db, db.transaction():
        db.executemany("INSERT INTO t VALUES (?, ?)", ((str(i), os.urandom(500))
                                                       for i in range(200)))
    db = Store(path, schema=schema, version=1, warn=said.append)
    _garble_pages(path)
    with pytest.raises(StoreError) as caught:
        db.rows("SELECT count(*), sum(length(v)) FROM t")
    assert caught.value.rebuilt and len(said) == 1 and "moved aside" in said[0]
    assert db.rows("SELECT count(*) FROM t") == [(0,)]  # usable again, empty
    db.close()


def test_old_schema_version_is_emptied_silently(tmp_path, capsys):
    schema = ("CREATE TABLE IF NOT EXISTS t (k TEXT)",)
    with Store(tmp_path / "s.sqlite", schema=schema, version=1) as db:
        db.execute("INSERT INTO t VALUES ('x')")
    with Store(tmp_path / "s.sqlite", schema=schema, version=2) as db:
        assert db.rows("SELECT * FROM t") == []
    assert capsys.readouterr().err == ""  # a new version of the code: not a problem


@pytest.mark.slow
def test_garbled_admin_units_pickle_is_moved_aside_and_rebuilt(capsys, geo_cache_dir,
                                                                monkeypatch):
    # the units built here and cached as a pickle, not the prebuilt package data
    monkeypatch.setattr("geo.gazetteer.shipped.shipped_units", lambda: None)
    assert cli.main(["places", "--kind", "province", "--json"]) == 0
    expected = capsys.readouterr().out
    (pickled,) = geo_cache_dir.glob("admin-units-*.pickle")
    good = pickled.read_bytes()
    pickled.unlink()  # a hard link to the session's file: replaced, never written into
    pickled.write_bytes(b"\x80\x04\x95garbage\xff\xfe" + os.urandom(3000))
    assert cli.main(["places", "--kind", "province", "--json"]) == 0
    out, err = capsys.readouterr()
    assert out == expected
    (line,) = err.splitlines()
    (aside,) = geo_cache_dir.glob("admin-units-*.pickle.corrupt-*")
    assert re.fullmatch(rf"geo: cache {re.escape(str(pickled))}: unreadable \(.+\); moved "
                        rf"aside as {re.escape(aside.name)} and rebuilt", line), line
    assert pickle.loads(pickled.read_bytes()) == pickle.loads(good)
    assert cli.main(["places", "--kind", "province", "--json"]) == 0
    assert capsys.readouterr().err == ""


def _read_only_connect(real):
    """``sqlite3.connect`` that opens existing files read-only (as root ignores chmod)."""
    def connect(path, *args, **kwargs):
        if Path(path).exists():
            return real(f"file:{path}?mode=ro", *args, uri=True, **kwargs)
        return real(path, *args, **kwargs)
    return connect


def test_read_only_cache_is_one_line_and_the_run_goes_on(capsys, tmp_path, reference,
                                                        monkeypatch):
    cache = tmp_path / "cache"
    assert mentions(capsys, cache)[:2] == (0, reference)
    monkeypatch.setattr(store.sqlite3, "connect", _read_only_connect(sqlite3.connect))
    code = cli.main(["mentions", *map(str, SEED_FILES[:3]), "--json", "--quiet",
                     "--cache-dir", str(cache)])  # one new article to write
    out, err = capsys.readouterr()
    assert code == 0 and out.startswith(reference) and len(out) > len(reference)
    (line,) = err.splitlines()
    assert line.startswith("geo: cache disabled: ") and "readonly" in line
    assert not list(cache.glob("*.corrupt-*"))  # read-only is not unreadable


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes whatever the mode")
def test_read_only_cache_folder_is_one_line(capsys, tmp_path, reference):
    cache = tmp_path / "cache"
    assert mentions(capsys, cache)[:2] == (0, reference)
    for p in (*cache.iterdir(), cache):
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        code, out, err = mentions(capsys, tmp_path / "cache" / "sub")  # cannot be made
        assert code == 0 and out == reference and len(err.splitlines()) == 1
        assert err.startswith("geo: cache disabled: ")
    finally:
        cache.chmod(0o755)


# --- shared by two runs; killed runs ------------------------------------------------------


def test_two_cold_runs_sharing_one_cache_both_succeed(tmp_path, capsys):
    """A run paused after its first result must not hold the cache's write lock."""
    corpus = small_corpus(tmp_path / "corpus", 6)
    cache = tmp_path / "cache"
    argv = ["mentions", str(corpus), "--json", "--quiet", "--cache-dir", str(cache)]
    assert cli.main([*argv[:-2], "--no-cache"]) == 0
    expected = capsys.readouterr().out
    ready, go = tmp_path / "ready", tmp_path / "go"
    first = subprocess.Popen(
        [sys.executable, "-c", HOOKED, "geo.pipeline", "process_article", "2", "barrier",
         *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "GEO_TEST_READY": str(ready),
             "GEO_TEST_GO": str(go)})
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert first.poll() is None and time.monotonic() < deadline, first.stderr.read()
            time.sleep(0.05)
        second = subprocess.run([sys.executable, "-m", "geo", *argv], capture_output=True,
                                text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
                                timeout=300)
    finally:
        go.touch()
        out, err = first.communicate(timeout=300)
    assert (second.returncode, second.stderr) == (0, "")
    assert second.stdout == expected
    assert (first.returncode, err, out) == (0, "", expected)
    assert rows(cache / "results.sqlite", "results") == 6


@pytest.mark.slow
def test_a_killed_run_keeps_the_batches_it_wrote(tmp_path, capsys, monkeypatch):
    n, killed_at = 40, 37
    corpus = small_corpus(tmp_path / "corpus", n)
    cache = tmp_path / "cache"
    argv = ["mentions", str(corpus), "--json", "--quiet", "--workers", "1",
            "--cache-dir", str(cache)]
    proc = subprocess.run([sys.executable, "-c", HOOKED, "geo.pipeline", "process_article",
                           str(killed_at), "kill", *argv], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)
    assert proc.returncode == -signal.SIGKILL
    # one result and one file row per article: a batch every BATCH_SIZE // 2 articles
    kept = rows(cache / "results.sqlite", "results")
    assert (killed_at - 1) // (BATCH_SIZE // 2) * (BATCH_SIZE // 2) <= kept <= killed_at - 1

    import geo.pipeline as pipeline

    calls = []
    real = pipeline.process_article
    monkeypatch.setattr(pipeline, "process_article",
                        lambda *a, **k: calls.append(1) or real(*a, **k))
    assert cli.main(argv) == 0
    assert len(calls) == n - kept  # what the killed run finished is not done again
    assert rows(cache / "results.sqlite", "results") == n


def test_cache_write_buffer_is_read_back_before_it_is_written(tmp_path):
    cache = ResultCache(tmp_path)
    cache.put_blob("k", b"blob")
    assert cache.get_blob("k") == b"blob" and "k" in cache.keys()
    cache.close()
    assert rows(tmp_path / "results.sqlite", "results") == 1


# --- pool workers -------------------------------------------------------------------------

WORKERS_BLOCK = """
import os, sys, time
import geo.pipeline as pipeline
def blocked(article, gazetteer):
    open(os.path.join(os.environ["GEO_TEST_PIDS"], str(os.getpid())), "w").close()
    time.sleep(3600)
pipeline.process_article = blocked
from geo.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux parent-death signal")
def test_pool_workers_stop_when_the_parent_is_killed(tmp_path):
    corpus = small_corpus(tmp_path / "corpus", 70)  # above the in-process threshold
    pids = tmp_path / "pids"
    pids.mkdir()
    parent = subprocess.Popen(
        [sys.executable, "-c", WORKERS_BLOCK, "mentions", str(corpus), "--workers", "2",
         "--no-cache", "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT), "GEO_TEST_PIDS": str(pids)})
    deadline = time.monotonic() + 120
    while len(list(pids.iterdir())) < 2:  # both workers are in an hour-long article
        assert parent.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    workers = [int(p.name) for p in pids.iterdir()]
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 60  # generous: they go at once, or in an hour
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = [pid for pid in workers if _alive(pid)]
    for pid in alive:  # never leave them behind
        os.kill(pid, signal.SIGKILL)
    assert alive == []


# --- the app's map snapshot -----------------------------------------------------------------


def test_unreadable_map_snapshot_is_moved_aside_and_rebuilt(tmp_path, capsys):
    from geo.app.index import index_corpus
    from geo.app.snapshot import (
        SNAPSHOT_FILE,
        PlaceEntry,
        map_snapshot,
        read_snapshot,
        write_snapshot,
    )
    from geo.model import Corpus

    corpus = Corpus(())
    snapshot = map_snapshot(corpus, index_corpus(corpus), {"layer": "x" * 20_000})
    assert write_snapshot(tmp_path, "k", snapshot, {f"p{i}": PlaceEntry() for i in range(300)})
    assert read_snapshot(tmp_path, "k") == snapshot
    _garble_pages(tmp_path / SNAPSHOT_FILE)
    assert read_snapshot(tmp_path, "k") is None  # a miss: the app builds the map again
    (line,) = capsys.readouterr().err.splitlines()
    assert "app-snapshot.sqlite: unreadable" in line and "moved aside" in line
    assert write_snapshot(tmp_path, "k", snapshot, {})  # the rebuilt file takes it
    assert read_snapshot(tmp_path, "k") == snapshot
    assert len(list(tmp_path.glob(f"{SNAPSHOT_FILE}.corrupt-*"))) == 1
