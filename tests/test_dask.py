"""Scale-out: the per-article function runs unchanged on a Dask cluster, same output.

See docs/SCALING.md.  The cluster is a LocalCluster of two worker processes;
results must equal, value for value and in order, those of
``process_corpus(..., workers=1)``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from geo.model import Corpus  # noqa: E402
from geo.pipeline import process_article, process_corpus  # noqa: E402
from geo.reading.read import iter_corpus, load_manifest, read_article  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def single_process(gaz):
    corpus = process_corpus([SEEDS], gaz, workers=1, cache=None)
    assert not corpus.failures and len(corpus.results) == 5
    return corpus


@pytest.fixture(scope="module")
def client():
    # real worker processes: results cross a process boundary, as on a cluster
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as cluster, \
            distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def scattered(client, gaz):
    # one scattered copy for the module: scattering the same object twice gives the same
    # key, and releasing one future could then drop the data under the other
    return client.scatter(gaz, broadcast=True)


def test_client_map_gives_the_single_process_output(client, scattered, gaz, single_process):
    articles = [a for a in iter_corpus([str(SEEDS)]) if hasattr(a, "text")]
    futures = client.map(process_article, articles, gazetteer=scattered, pure=False)
    results = client.gather(futures)
    assert {f.status for f in futures} == {"finished"}
    # ran on the workers, not in this process
    assert len({w for f in futures for w in client.who_has([f])[f.key]}) >= 1
    corpus = Corpus(tuple(results), (), gaz.version)
    assert corpus.results == single_process.results
    assert sum(len(r.mentions) for r in results) > 0
    assert sum(len(r.figures) for r in results) > 0


def test_bag_reading_on_workers_gives_the_single_process_output(client, scattered,
                                                                 single_process):
    import dask.bag as db

    paths = sorted(str(p) for p in SEEDS.glob("*.txt"))
    manifest = load_manifest(SEEDS)  # titles, outlets, dates: as iter_corpus applies them
    results = db.from_sequence(paths, npartitions=2).map(
        lambda p: read_article(p, meta=manifest.get(Path(p).name))).map(
        process_article, scattered).compute()
    assert tuple(results) == single_process.results


def test_results_survive_pickling_between_processes(client, single_process):
    # what the workers send back is what they got: round-trip through a worker
    echoed = client.gather(client.map(lambda r: r, list(single_process.results), pure=False))
    assert tuple(echoed) == single_process.results


def test_workers_never_run_the_app(client):
    # After an AppTest, __main__ was app.py and spawned workers re-ran the whole page as
    # their main module (tests/conftest.py restores __main__ after every test).
    import sys

    mains = client.run(lambda: getattr(sys.modules.get("__mp_main__"), "__file__", None))
    assert not any(str(m or "").endswith("app.py") for m in mains.values()), mains
    assert not any(client.run(lambda: "streamlit" in sys.modules).values())


def _export_files(folder: Path) -> dict[str, object]:
    """Every export file's content, timestamps aside (zip members; GeoPackage tables)."""
    import sqlite3
    import zipfile

    out: dict[str, object] = {}
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue  # the export stamp names the folder's own files
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as z:
                out[path.name] = [(n, z.read(n)) for n in z.namelist()]
        elif path.suffix == ".gpkg":
            db = sqlite3.connect(path)
            tables = {}
            for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
                cols = [c[1] for c in db.execute(f'PRAGMA table_info("{table}")')]
                keep = [c for c in cols if c != "last_change"]  # when it was written
                rows = db.execute(f'SELECT {", ".join(map(repr, keep))} FROM "{table}"')
                tables[table] = sorted(map(repr, rows.fetchall()))
            db.close()
            out[path.name] = tables
        else:
            out[path.name] = path.read_bytes()
    return out


def test_export_on_a_cluster_writes_the_single_machine_outputs(client, tmp_path, capsys):
    # the same code path as a real cluster: the CLI connects to a scheduler's address
    from geo import cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, seed in enumerate(sorted(SEEDS.glob("*.txt")) * 3):  # 15 files, 3 batches' worth
        (corpus / f"{i:02d}_{seed.name}").write_bytes(seed.read_bytes())
    address = client.scheduler.address
    assert address.startswith("tcp://")
    args = ["export", str(corpus), "--no-cache", "--quiet"]
    assert cli.main([*args, "--out", str(tmp_path / "single"), "--workers", "1"]) == 0
    assert cli.main([*args, "--out", str(tmp_path / "cluster"), "--scheduler", address]) == 0
    single, cluster = _export_files(tmp_path / "single"), _export_files(tmp_path / "cluster")
    assert len(single) >= 10 and single.keys() == cluster.keys()
    for name in single:
        assert cluster[name] == single[name], name


def test_process_corpus_on_a_cluster_keeps_failures_and_order(client, tmp_path, gaz):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, seed in enumerate(sorted(SEEDS.glob("*.txt"))):
        (corpus / f"{i:02d}.txt").write_bytes(seed.read_bytes())
    (corpus / "03_bad.txt").write_bytes(b"\x00\x01binary")
    single = process_corpus([corpus], gaz, workers=1)
    clustered = process_corpus([corpus], gaz, scheduler=client.scheduler.address)
    assert clustered == single and len(single.failures) == 1


def test_an_unreachable_scheduler_is_one_line(tmp_path, capsys):
    from geo import cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes((SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0])
                                   .read_bytes())
    status = cli.main(["export", str(corpus), "--out", str(tmp_path / "out"), "--no-cache",
                       "--quiet", "--scheduler", "tcp://127.0.0.1:9"])
    err = capsys.readouterr().err
    assert status != 0
    assert err.strip().splitlines()[-1].startswith("geo: --scheduler tcp://127.0.0.1:9: ")
