"""``geo export`` holds the results without their texts; the layers' passages still come from them.

The export counts each article as it arrives, makes each place's first
passage from the text then, and keeps the result without its text (the
texts are most of the memory of 10,000 results).  Expected passages are
quoted from the seeds.
"""

from __future__ import annotations

import json
from pathlib import Path

import geo.cli as cli

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
S0 = "000_dedc6cf91859ad52"


def _posts(out: Path) -> dict[str, dict]:
    data = json.loads((out / "border_posts.geojson").read_text(encoding="utf-8"))
    return {f["properties"]["id"]: f["properties"] for f in data["features"]}


def _check_passages(out: Path) -> None:
    posts = _posts(out)
    # 000: "Border guards from the Tây Trang International Border Post assist locals ..."
    tay_trang = posts["post:tay-trang"]
    assert tay_trang["first_passage_article"] == S0
    assert "Tây Trang International Border Post" in tay_trang["first_passage"]
    # 000: "... at the Si Pha Phìn Border Post, and his colleagues visit ..."
    assert "Si Pha Phìn Border Post" in posts["post:si-pa-phin"]["first_passage"]
    # every mentioned post has a passage that names something: none is empty
    assert all(p["first_passage"] for p in posts.values() if p.get("mention_count"))


def test_export_passages_without_keeping_texts(capsys, tmp_path):
    # processed here (no cache) and then again from the cache (a second folder)
    assert cli.main(["export", str(SEEDS), "--out", str(tmp_path / "a"), "--no-cache",
                     "--quiet"]) == 0
    _check_passages(tmp_path / "a")
    assert cli.main(["export", str(SEEDS), "--out", str(tmp_path / "b"), "--quiet"]) == 0
    assert cli.main(["export", str(SEEDS), "--out", str(tmp_path / "c"), "--quiet"]) == 0
    capsys.readouterr()
    _check_passages(tmp_path / "c")  # every result read back from the cache
    for name in ("border_posts.geojson", "villages.geojson", "figures.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "c" / name).read_bytes()


def test_the_kept_results_hold_no_text_and_their_counts_their_passages(gaz):
    from geo.export import counted_without_text
    from geo.layers import keep_first_passages
    from geo.pipeline import process_corpus
    from geo.work import content_key

    keep, counted, keys = counted_without_text(gaz)
    corpus = process_corpus([SEEDS], gaz, workers=1, each=keep)
    assert corpus.results and all(r.article.text == "" for r in corpus.results)
    # each article's key is the cache's: made from the text, before it was left out
    read = process_corpus([SEEDS], gaz, workers=1).results
    assert keys == {r.article.id: content_key(r.article, gaz.version) for r in read}
    assert all(r.article.title for r in corpus.results)  # what the export writes stays
    # the passage of 000's first mention of the Tây Trang post is in its counts
    assert "Tây Trang International Border Post" in counted[S0].passages["post:tay-trang"]
    keep_first_passages(corpus.results, counted)
    # only a place's first article keeps its passage: 000 names Tây Trang first
    assert not any("post:tay-trang" in counted[r.article.id].passages
                   for r in corpus.results if r.article.id != S0)
