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
