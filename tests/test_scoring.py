"""The scorer: gold files read and checked, counts of hits, misses and false hits, ``geo score``.

The small cases below are built by hand: what each comparison must count was
worked out from the case, not by running the scorer.  The development set
(``tests/data/dev``: invented articles in the styles of wire copy, provincial
and army papers, with gold written by reading) and the seed gold
(``tests/data/gold/seeds``) are scored with thresholds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import geo.cli as cli
from geo.errors import InputError
from geo.model import Article, ArticleResult, Figure, Mention, Span
from geo.pipeline import process_article
from geo.reading.read import iter_corpus
from geo.scoring import load_gold, load_gold_dir, score_results
from geo.scoring.compare import score_article
from geo.scoring.gold import GoldArticle, GoldFigure, GoldPlace

ROOT = Path(__file__).resolve().parents[1]
DEV = Path(__file__).parent / "data" / "dev"
SEED_GOLD = Path(__file__).parent / "data" / "gold" / "seeds"


def _mention(surface, kind, name=None, *, numbers=(), series=None, in_body=True):
    return Mention("a", surface, 0, len(surface), in_body, kind, "id" if name else None, name,
                   None, None, None, None, marker_numbers=tuple(numbers), marker_series=series)


def _figure(value, unit="kg", place=None):
    return Figure("a", f"{value} {unit}", 0, 1, value, unit, "", "", place_name=place)


def _result(mentions=(), figures=()):
    return ArticleResult(Article("a", "", body=Span(0, 0)), tuple(mentions), tuple(figures))


# --- reading gold files --------------------------------------------------------------------

VALID = [
    {"places": [{"surface": "Pa Thơm", "kind": "commune", "name": "Pa Thơm", "count": 2}]},
    {"places": [{"surface": "Northwest", "kind": "region", "name": None}]},
    {"markers": [{"numbers": [107, 108], "series": "VN-LA"}, {"numbers": [0]}]},
    {"figures": [{"value": 59.7, "unit": "kg", "place": ["Điện Biên", "Nậm Kè"]},
                 {"value": 3}, {"value": 2, "place": None}]},
    {},
]
INVALID = [
    ([1, 2], "one JSON object"),
    ({"placez": []}, "unknown key"),
    ({"places": [{"kind": "commune", "name": "X"}]}, "surface"),
    ({"places": [{"surface": "X", "kind": "town", "name": "X"}]}, "kind 'town'"),
    ({"places": [{"surface": "marker 5", "kind": "border_marker", "name": None}]}, "markers"),
    ({"places": [{"surface": "X", "kind": "commune", "name": "X", "count": 0}]}, "count"),
    ({"markers": [{"numbers": []}]}, "numbers"),
    ({"markers": [{"numbers": [5], "series": "LA"}]}, "series"),
    ({"markers": [{"numbers": ["12/1"]}]}, "12/1"),
    ({"figures": [{"value": "12"}]}, "value"),
    ({"figures": [{"value": 1, "place": 5}]}, "place"),
]


@pytest.mark.parametrize("data", VALID)
def test_valid_gold_files_load(tmp_path, data):
    path = tmp_path / "x1.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    gold = load_gold(path)
    assert gold.article == "x1"  # the file stem when no "article" is given


@pytest.mark.parametrize(("data", "words"), INVALID)
def test_invalid_gold_files_say_file_and_problem(tmp_path, data, words):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_gold(path)
    assert "bad.json" in str(err.value) and words in str(err.value)


def test_gold_folder_errors(tmp_path):
    with pytest.raises(InputError, match="no gold files"):
        load_gold_dir(tmp_path)
    with pytest.raises(InputError, match="not a folder"):
        load_gold_dir(tmp_path / "missing")
    (tmp_path / "a.json").write_text('{"article": "x"}', encoding="utf-8")
    (tmp_path / "b.json").write_text('{"article": "x"}', encoding="utf-8")
    with pytest.raises(InputError, match="annotated twice"):
        load_gold_dir(tmp_path)
    (tmp_path / "c.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="could not read"):
        load_gold(tmp_path / "c.json")


# --- counting ------------------------------------------------------------------------------

def test_places_count_by_surface_kind_and_name():
    gold = GoldArticle("a", "a.json", places=(
        GoldPlace("Nam Ke station", "border_post", "Nậm Kè Border Post"),
        GoldPlace("Laos", "country", "Laos", 2),
        GoldPlace("Northwest", "region", None)))
    found = [_mention("Nam Ke", "commune", "Nậm Kè"),  # right surface? no: wrong surface and kind
             _mention("Laos", "country", "Laos"), _mention("Laos", "country", "Laos"),
             _mention("Laos", "country", "Laos", in_body=False),  # the title: not scored
             _mention("Northwest", "region"),  # unresolved, as the gold says
             _mention("Muong Nhe", "district", "Mường Nhé")]
    s = score_article(gold, _result(found))
    assert (s.places["country"].tp, s.places["country"].fp, s.places["country"].fn) == (2, 0, 0)
    assert (s.places["region"].tp, s.places["region"].fn) == (1, 0)
    assert (s.places["border_post"].tp, s.places["border_post"].fn) == (0, 1)
    assert (s.places["commune"].fp, s.places["district"].fp) == (1, 1)
    all_ = s.places_all
    assert (all_.tp, all_.fp, all_.fn) == (3, 2, 1)
    assert all_.precision == pytest.approx(3 / 5) and all_.recall == pytest.approx(3 / 4)
    details = sorted((e.kind, e.detail) for e in s.errors)
    assert ("miss", "'Nam Ke station' border_post Nậm Kè Border Post x1") in details
    assert ("false", "'Muong Nhe' district Mường Nhé x1") in details


def test_a_right_surface_with_the_wrong_kind_is_a_miss_and_a_false_hit_saying_so():
    gold = GoldArticle("a", "a.json", places=(GoldPlace("A Pa Chai", "border_post",
                                                        "A Pa Chải Border Post"),))
    s = score_article(gold, _result([_mention("A Pa Chai", "border_gate",
                                              "A Pa Chải Border Gate")]))
    assert s.places_all.tp == 0 and s.places_all.fp == 1 and s.places_all.fn == 1
    miss = next(e for e in s.errors if e.kind == "miss")
    assert "found as border_gate A Pa Chải Border Gate" in miss.detail


def test_markers_are_numbers_per_article_with_their_series():
    gold = GoldArticle("a", "a.json", markers=((41, "VN-LA"), (42, "VN-LA"), (43, "VN-LA"),
                                               (44, "VN-LA"), (0, None)))
    found = [_mention("Marker No 41", "border_marker", numbers=(41,), series="VN-LA"),
             _mention("Marker No 44", "border_marker", numbers=(44,), series="VN-CN"),
             _mention("Marker 0", "border_marker", numbers=(0,)),
             _mention("marker 9", "border_marker", numbers=(9,))]
    s = score_article(gold, _result(found))
    assert (s.markers.tp, s.markers.fp, s.markers.fn) == (3, 1, 2)  # 41, 44, 0; 9; 42, 43
    assert (s.series.tp, s.series.fp) == (1, 1)  # 44 is on the wrong line; 0 has no series
    assert s.places_all.tp + s.places_all.fp == 0  # marker mentions are not places


def test_figures_match_by_value_then_check_the_place():
    gold = GoldArticle("a", "a.json", figures=(
        GoldFigure(3.2, "kg", ("Nậm Kè Border Post",)), GoldFigure(45, "cases", None),
        GoldFigure(12, "houses", ()), GoldFigure(7, "patrols", None)))
    found = [_figure(3.2, "kg", "Điện Biên"), _figure(45, "cases", "Điện Biên"),
             _figure(12, "houses"), _figure(1000, "pills"),
             Figure("a", "thousands", 0, 1, None, "people", "", "", vague=True)]
    s = score_article(gold, _result(figures=found))
    assert (s.figures.tp, s.figures.fp, s.figures.fn) == (3, 1, 1)
    assert (s.figure_places.tp, s.figure_places.fp) == (1, 1)  # 12 rightly nowhere; 3.2 wrong
    wrong = next(e for e in s.errors if e.kind == "wrong")
    assert "place Điện Biên, not Nậm Kè Border Post" in wrong.detail


def test_results_without_gold_and_gold_without_results_are_reported():
    golds = [GoldArticle("a", "a.json"), GoldArticle("b", "b.json")]
    other = ArticleResult(Article("c", "", body=Span(0, 0)), (), ())
    score, unread, unscored = score_results(golds, [_result(), other])
    assert (score.articles, unread, unscored) == (1, ["b"], ["c"])


# --- the development set and the seeds -----------------------------------------------------

def _score(gold_dir: Path, corpus: Path, gaz):
    results = [process_article(a, gaz) for a in iter_corpus([corpus])]
    score, unread, unscored = score_results(load_gold_dir(gold_dir), results)
    assert not unread and not unscored
    return score


def test_seeds_score_perfectly_against_their_gold(gaz):
    """Nothing on the seeds may get worse: every place, marker and figure as read."""
    s = _score(SEED_GOLD, ROOT / "seeds", gaz)
    assert s.articles == 5
    assert s.places_all.f1 == 1.0 and s.markers.f1 == 1.0 and s.figures.f1 == 1.0
    assert s.figure_places.fp == 0 and s.series.fp == 0


#: Floors on the development set (measured; raise them as rules improve, never lower).
DEV_FLOORS = {"places": 0.995, "markers": 0.99, "figures": 0.95}


#: Floors on the third held-out group (``u01``-``u08``, written before the rules that
#: read regions, Lao "Ban" villages and Longfu; scored before and after, see
#: docs/SCORING.md): what the rules reach on text they were not made on.
HELD_OUT_FLOORS = {"places": 0.99, "markers": 0.95, "figures": 1.0}


def _group(tmp_path: Path, prefixes: tuple[str, ...]) -> Path:
    """Copy the articles and gold of the development set whose names start with *prefixes*."""
    out = tmp_path / "group"
    out.mkdir()
    lines = (DEV / "manifest.csv").read_text(encoding="utf-8").splitlines()
    keep = [lines[0], *(ln for ln in lines[1:] if ln.startswith(prefixes))]
    (out / "manifest.csv").write_text("\n".join(keep) + "\n", encoding="utf-8")
    for f in DEV.iterdir():
        if f.name.startswith(prefixes) and f.suffix in (".txt", ".json"):
            (out / f.name).write_bytes(f.read_bytes())
    return out


#: Floors on round 4 (``r01``-``r12``: twelve full-length articles written by reading and
#: scored before the rules of that round; docs/SCORING.md), and the share of figures with a
#: gold place that are tied to it (issue 13's bar is 85 % on unseen articles).
ROUND_4_FLOORS = {"places": 0.975, "markers": 0.975, "figures": 0.96, "figure places": 0.86}
#: Rounds 5 (``s01``-``s12``) and 6 (``t01``-``t08``), written while the rules of the round
#: before were made and scored once after them (docs/SCORING.md), then worked on.
ROUND_5_FLOORS = {"places": 0.935, "markers": 0.99, "figures": 0.93, "figure places": 0.81}
ROUND_6_FLOORS = {"places": 0.96, "markers": 0.99, "figures": 0.95, "figure places": 0.80}
#: Round 7 (``v01``-``v08``): pages as tools save them (browser copy, reader mode, Markdown,
#: scraper dumps), scored once, then worked on.
ROUND_7_FLOORS = {"places": 0.945, "markers": 0.99, "figures": 0.96, "figure places": 0.85}
#: Round 8 (``w01``-``w10``): a Lao agency, a long feature, a provincial press release, a news
#: roundup, a 2014 army page, floods, an interview, text translated word for word, schools,
#: trade; scored once (figures tied to the gold place 206 of 248, dates 4 of 10), then worked on.
ROUND_8_FLOORS = {"places": 0.97, "markers": 0.99, "figures": 0.96, "figure places": 0.90}
#: Round 9 (``x01``-``x10``): a Reuters wire, a provincial year-end report, a travel blog, a
#: merger explainer with a flattened table, a Lao outlet, a customs bulletin, a soldier's
#: profile, a court roundup, an OCR'd PDF, the Chinese side; scored once (figures tied to
#: the gold place 187 of 244, dates 6 of 10), then worked on.
ROUND_9_FLOORS = {"places": 0.94, "markers": 0.95, "figures": 0.90, "figure places": 0.83}
#: Round 10 (``y01``-``y10``): a photo story of captions, a 2017 editorial, Lao writing of
#: Vietnamese names, an international feature, a police bulletin, an anniversary piece, a
#: radio transcript, an investment article, a live blog, a page with HTML leftovers; scored
#: once (figures tied to the gold place 179 of 241, markers 0.784, dates 7 of 10), then
#: worked on.
ROUND_10_FLOORS = {"places": 0.95, "markers": 0.99, "figures": 0.96, "figure places": 0.80}
#: Round 11 (``z01``-``z10``): ordinary news as outlets publish it (CAND, VietNamNet, Thanh
#: Nien, World & Vietnam Report, Vietnam Times, a VietnamPlus brief, the army paper, Viet Nam
#: News, Dân Trí, The Laotian Times); scored once (figures tied to the gold place 145 of 189,
#: dates 8 of 10), then worked on.
ROUND_11_FLOORS = {"places": 0.97, "markers": 0.99, "figures": 0.94, "figure places": 0.79}
#: Round 12 (``q01``-``q10``): in the provincial paper's and state outlets' ordinary style
#: (the seeds' kind); scored once (figures tied to the gold place 272 of 302, 90 %), then
#: worked on.
ROUND_12_FLOORS = {"places": 0.97, "markers": 0.98, "figures": 0.96, "figure places": 0.88}
#: Round 13 (``p01``-``p10``): ordinary news after all of rounds 8-12's rules; scored once
#: (figures tied to the gold place 160 of 189, 85 %), then worked on.
ROUND_13_FLOORS = {"places": 0.98, "markers": 0.99, "figures": 0.96, "figure places": 0.84}
#: Round 14 (``m01``-``m10``): ordinary news, 2019-2026; scored once (figures tied to the
#: gold place 174 of 204, 85 %), then worked on.
ROUND_14_FLOORS = {"places": 0.97, "markers": 0.99, "figures": 0.96, "figure places": 0.85}
#: Round 15 (``n01``-``n10``): the provincial and army press's figure-heavy reports; scored
#: once (figure values 0.940, tied to the gold place 183 of 221, 83 %), then worked on.
ROUND_15_FLOORS = {"places": 0.95, "markers": 0.99, "figures": 0.95, "figure places": 0.83}
#: Round 16 (``g01``-``g10``): short and medium daily news, 2018-2026; scored once (figures
#: tied to the gold place 149 of 193, 77 %; markers 0.889), then worked on.
ROUND_16_FLOORS = {"places": 0.96, "markers": 0.99, "figures": 0.95, "figure places": 0.77}
#: Round 17 (``k01``-``k10``): a press release, a bulletin, an interview, a wire and other
#: formats analysts collect; scored once (160 of 221, 72 %; dates 6 of 10), then worked on.
ROUND_17_FLOORS = {"places": 0.97, "markers": 0.99, "figures": 0.96, "figure places": 0.76}
#: Round 18 (``b01``-``b10``): English as Vietnamese outlets write it, text translated word for
#: word; scored once (places 0.964, figure values 0.948, 196 of 235 tied, 83 %; dates 7 of
#: 10), then worked on.
ROUND_18_FLOORS = {"places": 0.98, "markers": 0.99, "figures": 0.96, "figure places": 0.83}
#: Round 19 (``c01``-``c10``): figures shared between the Lao and Chinese sides and other
#: provinces; scored once (places 0.930, 173 of 214 tied, 81 %), not worked on yet.
ROUND_19_FLOORS = {"places": 0.92, "markers": 0.97, "figures": 0.94, "figure places": 0.80}
#: Round 20 (``e01``-``e10``): ordinary news of 2023-2026, scored blind with every rule of
#: the session (figures tied 172 of 219, 79 %, with a rule then withdrawn on its evidence;
#: 178 without it); not worked on.
ROUND_20_FLOORS = {"places": 0.95, "markers": 0.99, "figures": 0.95, "figure places": 0.80}
#: Round 21 (``f01``-``f10``): stories centred on the Lao and Chinese sides, scored blind
#: (167 of 224, 75 %); not worked on.
ROUND_21_FLOORS = {"places": 0.95, "markers": 0.99, "figures": 0.95, "figure places": 0.74}
#: Rounds 22-25 (``a``, ``j``, ``i``, ``o``): ordinary news; unusual formats (an interview, a
#: press release, a live blog, a court report...); before the merger (2015-2021); pages
#: saved badly (feeds, mail, AMP, a social post, merged PDF columns, Markdown).
ROUND_22_FLOORS = {"places": 0.97, "markers": 0.99, "figures": 0.95, "figure places": 0.82}
ROUND_23_FLOORS = {"places": 0.95, "markers": 0.99, "figures": 0.94, "figure places": 0.85}
ROUND_24_FLOORS = {"places": 0.96, "markers": 0.95, "figures": 0.94, "figure places": 0.81}
ROUND_25_FLOORS = {"places": 0.88, "markers": 0.85, "figures": 0.85, "figure places": 0.80}
#: Rounds 26 and 27 (``l01``-``l20``): ordinary news, the session's blind check.
ROUNDS_26_27_FLOORS = {"places": 0.98, "markers": 0.85, "figures": 0.94, "figure places": 0.80}


def test_development_set_meets_its_floors(gaz, tmp_path):
    group = _group(tmp_path, ("d", "h"))
    s = _score(group, group, gaz)
    assert s.articles == len(list(group.glob("*.json"))) >= 20
    got = {"places": s.places_all.f1, "markers": s.markers.f1, "figures": s.figures.f1}
    assert all(got[k] >= floor for k, floor in DEV_FLOORS.items()), got


def test_third_held_out_group_meets_its_floors(gaz, tmp_path):
    group = _group(tmp_path, ("u",))
    s = _score(group, group, gaz)
    assert s.articles == 8
    got = {"places": s.places_all.f1, "markers": s.markers.f1, "figures": s.figures.f1}
    assert all(got[k] >= floor for k, floor in HELD_OUT_FLOORS.items()), got


def test_geo_score_prints_tables_and_errors(capsys, tmp_path):
    status = cli.main(["score", str(DEV), "--no-cache", "--quiet"])
    out = capsys.readouterr().out
    assert status == 0
    assert "all places" in out and "marker numbers" in out and "figure values" in out
    status = cli.main(["score", str(SEED_GOLD), str(ROOT / "seeds"), "--json", "--no-cache"])
    row = json.loads(capsys.readouterr().out)
    assert status == 0 and row["articles"] == 5 and row["places"]["f1"] == 1.0
    assert row["errors"] == []


def test_geo_score_without_articles_for_a_gold_fails(capsys, tmp_path):
    (tmp_path / "ghost.json").write_text('{"places": []}', encoding="utf-8")
    (tmp_path / "real.txt").write_text("Border guards of Laos met.\n", encoding="utf-8")
    status = cli.main(["score", str(tmp_path), "--no-cache"])
    err = capsys.readouterr().err
    assert status == 1 and "no article read for gold 'ghost'" in err
    assert "without gold not scored: real" in err


@pytest.mark.parametrize(("prefix", "articles", "floors"), [
    ("r", 12, ROUND_4_FLOORS), ("s", 12, ROUND_5_FLOORS), ("t", 8, ROUND_6_FLOORS),
    ("v", 8, ROUND_7_FLOORS), ("w", 10, ROUND_8_FLOORS), ("x", 10, ROUND_9_FLOORS),
    ("y", 10, ROUND_10_FLOORS), ("z", 10, ROUND_11_FLOORS),
    ("q", 10, ROUND_12_FLOORS), ("p", 10, ROUND_13_FLOORS), ("m", 10, ROUND_14_FLOORS),
    ("n", 10, ROUND_15_FLOORS), ("g", 10, ROUND_16_FLOORS), ("k", 10, ROUND_17_FLOORS),
    ("b", 10, ROUND_18_FLOORS), ("c", 10, ROUND_19_FLOORS), ("e", 10, ROUND_20_FLOORS),
    ("f", 10, ROUND_21_FLOORS), ("a", 10, ROUND_22_FLOORS), ("j", 10, ROUND_23_FLOORS),
    ("i", 10, ROUND_24_FLOORS), ("o", 10, ROUND_25_FLOORS), ("l", 20, ROUNDS_26_27_FLOORS)])
def test_full_length_rounds_meet_their_floors(gaz, tmp_path, prefix, articles, floors):
    group = _group(tmp_path, (prefix,))
    s = _score(group, group, gaz)
    assert s.articles == articles
    got = {"places": s.places_all.f1, "markers": s.markers.f1, "figures": s.figures.f1,
           "figure places": s.figure_places.tp / (s.figure_places.tp + s.figure_places.fp)}
    assert all(got[k] >= floor for k, floor in floors.items()), got


#: Rounds 28-30, kept in their own folders (every letter prefix of the development set is
#: taken): news written blind to the rules of their sessions (round 28: 150 of 174 figures
#: tied at first sight; round 29: 163 of 219, 74 %; round 30: 150 of 187, 80 %).
BLIND_ROUNDS = [("blind28", 10, {"places": 0.95, "markers": 0.99, "figures": 0.97,
                                 "figure places": 0.88}),
                ("blind29", 10, {"places": 0.94, "markers": 0.97, "figures": 0.96,
                                 "figure places": 0.75}),
                ("blind30", 10, {"places": 0.94, "markers": 0.99, "figures": 0.94,
                                 "figure places": 0.78}),
                ("blind31", 10, {"places": 0.98, "markers": 0.99, "figures": 0.94,
                                 "figure places": 0.86}),
                ("blind32", 10, {"places": 0.96, "markers": 0.99, "figures": 0.94,
                                 "figure places": 0.85}),
                ("blind33", 10, {"places": 0.97, "markers": 0.99, "figures": 0.95,
                                 "figure places": 0.83}),
                ("blind34", 10, {"places": 0.97, "markers": 0.99, "figures": 0.98,
                                 "figure places": 0.87}),
                ("blind35", 10, {"places": 0.97, "markers": 0.99, "figures": 0.93,
                                 "figure places": 0.88}),
                ("blind36", 10, {"places": 0.98, "markers": 0.99, "figures": 0.96,
                                 "figure places": 0.91}),
                ("blind37", 10, {"places": 0.95, "markers": 0.99, "figures": 0.97,
                                 "figure places": 0.90}),
                ("blind38", 10, {"places": 0.93, "markers": 0.99, "figures": 0.95,
                                 "figure places": 0.84}),
                ("blind39", 10, {"places": 0.96, "markers": 0.99, "figures": 0.97,
                                 "figure places": 0.93}),
                ("blind40", 10, {"places": 0.96, "markers": 0.98, "figures": 0.98,
                                 "figure places": 0.89}),
                ("blind41", 10, {"places": 0.90, "markers": 0.99, "figures": 0.98,
                                 "figure places": 0.90}),
                ("blind42", 10, {"places": 0.95, "markers": 0.99, "figures": 0.97,
                                 "figure places": 0.81}),
                ("blind43", 10, {"places": 0.91, "markers": 0.99, "figures": 0.96,
                                 "figure places": 0.79}),
                ("blind44", 10, {"places": 0.93, "markers": 0.99, "figures": 0.96,
                                 "figure places": 0.82}),
                ("blind45", 10, {"places": 0.98, "markers": 0.98, "figures": 0.98,
                                 "figure places": 0.85}),
                ("blind46", 10, {"places": 0.97, "markers": 0.99, "figures": 0.98,
                                 "figure places": 0.88}),
                ("blind47", 10, {"places": 0.95, "markers": 0.99, "figures": 0.97,
                                 "figure places": 0.88}),
                ("blind48", 10, {"places": 0.91, "markers": 0.99, "figures": 0.98,
                                 "figure places": 0.83}),
                ("blind49", 10, {"places": 0.95, "markers": 0.98, "figures": 0.98,
                                 "figure places": 0.91}),
                ("blind50", 10, {"places": 0.94, "markers": 0.99, "figures": 0.95,
                                 "figure places": 0.90}),
                ("blind51", 10, {"places": 0.94, "markers": 0.99, "figures": 0.99,
                                 "figure places": 0.91}),
                # the tenth session's rounds (first sight: 52 134 of 180 figures tied, 53 159
                # of 176, 54 101 of 166, 55 121 of 154, 56 181 of 221, 57 303 of 353)
                ("blind52", 10, {"places": 0.94, "markers": 0.94, "figures": 0.97,
                                 "figure places": 0.78}),
                ("blind53", 10, {"places": 0.97, "markers": 0.99, "figures": 0.98,
                                 "figure places": 0.92}),
                ("blind54", 10, {"places": 0.85, "markers": 0.99, "figures": 0.95,
                                 "figure places": 0.80}),
                ("blind55", 10, {"places": 0.94, "markers": 0.99, "figures": 0.98,
                                 "figure places": 0.80}),
                ("blind56", 10, {"places": 0.91, "markers": 0.99, "figures": 0.96,
                                 "figure places": 0.88}),
                ("blind57", 10, {"places": 0.98, "markers": 0.99, "figures": 0.97,
                                 "figure places": 0.88}),
                # the eleventh session's (docs/SCORING.md, "Rounds 58-66")
                ("blind58", 10, {"places": 0.96, "markers": 0.99, "figures": 0.97,
                                 "figure places": 0.88}),
                ("blind59", 10, {"places": 0.92, "markers": 0.99, "figures": 0.98,
                                 "figure places": 0.77}),
                ("blind60", 10, {"places": 0.94, "markers": 0.99, "figures": 0.96,
                                 "figure places": 0.90}),
                ("blind61", 10, {"places": 0.95, "markers": 0.99, "figures": 0.98,
                                 "figure places": 0.79}),
                ("blind62", 10, {"places": 0.95, "markers": 0.99, "figures": 0.97,
                                 "figure places": 0.88}),
                ("blind63", 10, {"places": 0.92, "markers": 0.99, "figures": 0.92,
                                 "figure places": 0.87}),
                ("blind64", 10, {"places": 0.96, "markers": 0.99, "figures": 0.96,
                                 "figure places": 0.93}),
                ("blind65", 10, {"places": 0.90, "markers": 0.99, "figures": 0.94,
                                 "figure places": 0.81}),
                ("blind66", 10, {"places": 0.97, "markers": 0.99, "figures": 0.94,
                                 "figure places": 0.93}),
                # twelfth session (2026-12-04)
                ("blind67", 10, {"places": 0.94, "markers": 0.93, "figures": 0.98,
                                 "figure places": 0.81}),
                ("blind68", 10, {"places": 0.95, "markers": 0.97, "figures": 0.98,
                                 "figure places": 0.77}),
                ("blind69", 10, {"places": 0.95, "markers": 0.99, "figures": 0.98,
                                 "figure places": 0.85}),
                ("blind70", 10, {"places": 0.91, "markers": 0.99, "figures": 0.97,
                                 "figure places": 0.78}),
                ("blind71", 10, {"places": 0.96, "markers": 0.99, "figures": 0.97,
                                 "figure places": 0.92}),
                ("blind72", 10, {"places": 0.96, "markers": 0.99, "figures": 0.98,
                                 "figure places": 0.88}),
                ("blind73", 10, {"places": 0.97, "markers": 0.99, "figures": 0.97,
                                 "figure places": 0.90}),
                ("blind74", 10, {"places": 0.89, "markers": 0.99, "figures": 0.97,
                                 "figure places": 0.88}),
                ("blind75", 10, {"places": 0.92, "markers": 0.99, "figures": 0.93,
                                 "figure places": 0.75}),
                # thirteenth session; round 78's markers: its gold reads "between marker
                # 104 and marker 144" as two markers, the other rounds' golds as the stretch
                ("blind76", 10, {"places": 0.90, "markers": 0.99, "figures": 0.89,
                                 "figure places": 0.81}),
                ("blind77", 10, {"places": 0.95, "markers": 0.93, "figures": 0.97,
                                 "figure places": 0.87}),
                ("blind78", 10, {"places": 0.95, "markers": 0.49, "figures": 0.95,
                                 "figure places": 0.90}),
                ("blind79", 10, {"places": 0.84, "markers": 0.99, "figures": 0.97,
                                 "figure places": 0.81}),
                ("blind80", 10, {"places": 0.94, "markers": 0.99, "figures": 0.95,
                                 "figure places": 0.85}),
                ("blind81", 10, {"places": 0.86, "markers": 0.99, "figures": 0.98,
                                 "figure places": 0.77}),
                # round 82's figure places lowered in the twenty-fourth session: "the
                # checkpoint" is the gate named last before it, there a detour's Sop Hun
                # (three figures of cs08), for 15 ties gained net over all the sets
                ("blind82", 10, {"places": 0.90, "markers": 0.93, "figures": 0.92,
                                 "figure places": 0.82}),
                ("blind83", 10, {"places": 0.93, "markers": 0.99, "figures": 0.96,
                                 "figure places": 0.82}),
                ("blind84", 10, {"places": 0.95, "markers": 0.99, "figures": 0.94,
                                 "figure places": 0.72}),
                ("blind85", 10, {"places": 0.94, "markers": 0.99, "figures": 0.97,
                                 "figure places": 0.82}),
                ("blind86", 10, {"places": 0.94, "markers": 0.99, "figures": 0.97,
                                 "figure places": 0.75}),
                ("blind87", 10, {"places": 0.89, "markers": 0.99, "figures": 0.96,
                                 "figure places": 0.82}),
                ("blind88", 10, {"places": 0.91, "markers": 0.99, "figures": 0.98,
                                 "figure places": 0.89}),
                ("blind89", 10, {"places": 0.90, "markers": 0.99, "figures": 0.91,
                                 "figure places": 0.81}),
                ("blind90", 10, {"places": 0.91, "markers": 0.87, "figures": 0.98,
                                 "figure places": 0.84}),
                ("blind91", 10, {"places": 0.96, "markers": 0.99, "figures": 0.96,
                                 "figure places": 0.90}),
                ("blind92", 10, {"places": 0.96, "markers": 0.99, "figures": 0.91,
                                 "figure places": 0.85}),
                ("blind93", 10, {"places": 0.96, "markers": 0.96, "figures": 0.97,
                                 "figure places": 0.92}),
                ("blind94", 10, {"places": 0.93, "markers": 0.99, "figures": 0.94,
                                 "figure places": 0.79}),
                ("blind95", 10, {"places": 0.89, "markers": 0.99, "figures": 0.95,
                                 "figure places": 0.76}),
                ("blind96", 10, {"places": 0.95, "markers": 0.99, "figures": 0.93,
                                 "figure places": 0.92}),
                ("blind97", 10, {"places": 0.96, "markers": 0.99, "figures": 0.94,
                                 "figure places": 0.77}),
                ("blind98", 10, {"places": 0.96, "markers": 0.93, "figures": 0.97,
                                 "figure places": 0.80}),
                ("blind99", 10, {"places": 0.94, "markers": 0.99, "figures": 0.93,
                                 "figure places": 0.90}),
                ("blind100", 10, {"places": 0.95, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.85}),
                ("blind101", 10, {"places": 0.92, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.84}),
                ("blind102", 10, {"places": 0.93, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.89}),
                ("blind103", 10, {"places": 0.90, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.78}),
                ("blind104", 10, {"places": 0.89, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.81}),
                ("blind105", 10, {"places": 0.94, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.82}),
                # fifteenth session: 106-108 written at the start, 109-111 after the first
                # rules (first sight 180, 150, 200, 166, 169, 120 figures tied)
                ("blind106", 10, {"places": 0.96, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.84}),
                ("blind107", 10, {"places": 0.96, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.86}),
                ("blind108", 10, {"places": 0.97, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.91}),
                ("blind109", 10, {"places": 0.96, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.81}),
                ("blind110", 10, {"places": 0.95, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.87}),
                ("blind111", 10, {"places": 0.89, "markers": 0.99, "figures": 0.93,
                                  "figure places": 0.79}),
                # 112-114 after all the session's rules but three (first sight 222, 128, 207)
                ("blind112", 10, {"places": 0.96, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.87}),
                ("blind113", 10, {"places": 0.92, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.81}),
                ("blind114", 10, {"places": 0.96, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.89}),
                # 115-117 after every rule of the session (first sight 179, 165, 172)
                ("blind115", 10, {"places": 0.95, "markers": 0.99, "figures": 0.92,
                                  "figure places": 0.79}),
                ("blind116", 10, {"places": 0.97, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.84}),
                ("blind117", 10, {"places": 0.96, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.80}),
                # sixteenth session: 118-120 after its first rules (first sight 167, 133, 166)
                ("blind118", 10, {"places": 0.95, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.80}),
                ("blind119", 10, {"places": 0.95, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.83}),
                ("blind120", 10, {"places": 0.94, "markers": 0.93, "figures": 0.95,
                                  "figure places": 0.88}),
                # seventeenth session: 121 after the rules of its first sight (157 → 161)
                ("blind121", 10, {"places": 0.92, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.79}),
                # 122 after every rule of the session (first sight 178 of 201); 0.87 since
                # the twenty-first session reads casualties ("injured 27"): seven figures
                # more, two of them Vietnam's read as the province's
                ("blind122", 10, {"places": 0.93, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.87}),
                # eighteenth session: 123-124 after its first rule, then their own (first
                # sight 182 of 232 and 181 of 202 tied; after: 196 and 191 of 208)
                ("blind123", 10, {"places": 0.96, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.83}),
                ("blind124", 10, {"places": 0.94, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.91}),
                # nineteenth session: each pair after the session's rules before it, then
                # its own (first sight 190 of 218, 212 of 240, 168 of 193, 142 of 173,
                # 182 of 201, 110 of 148 tied; after: 203, 219, 168, 148, 185, 123)
                ("blind125", 10, {"places": 0.95, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.88}),
                ("blind126", 10, {"places": 0.97, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.91}),
                # (127 and 172: 0.87 and 0.84 until the twenty-sixth session, whose bare
                # "border guards" as the province's force gave 18 figures more over rounds
                # 28-201 and the development set, and took these rounds' 2 and 3 in a post's
                # story: "Border guards also seized two motorbikes")
                # (127: 0.86 -> 0.85 in the twenty-eighth session: ", most of them po mu ...,
                # in Nam Vi" lost its place to the part rule, which gained more elsewhere)
                ("blind127", 10, {"places": 0.91, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.85}),
                ("blind128", 10, {"places": 0.90, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.85}),
                ("blind129", 10, {"places": 0.97, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.90}),
                ("blind130", 10, {"places": 0.95, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.83}),
                # twentieth session: 131-133 at its start, 134-136 after their rules (first
                # sight 194 of 237, 154 of 174, 154 of 170, 178 of 204, 135 of 166, 328 of
                # 361 tied; after: 210, 154, 159, 179, 135, 338)
                ("blind131", 10, {"places": 0.92, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.87}),
                ("blind132", 10, {"places": 0.95, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.87}),
                ("blind133", 10, {"places": 0.95, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.92}),
                ("blind134", 10, {"places": 0.96, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.86}),
                ("blind135", 10, {"places": 0.96, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.80}),
                ("blind136", 10, {"places": 0.96, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.92}),
                # 137-138 after every rule above, then their own (first sight 99 of 119 and
                # 202 of 244 tied; after: 103 of 127, 205 of 244)
                ("blind137", 10, {"places": 0.92, "markers": 0.99, "figures": 0.94,
                                  "figure places": 0.79}),
                ("blind138", 10, {"places": 0.95, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.82}),
                # twenty-first session: 139-147 after every rule of the session (first sight
                # 1,453 of 1,787 tied on the session-start tree; after: 1,492 of 1,789)
                ("blind139", 10, {"places": 0.91, "markers": 0.93, "figures": 0.96,
                                  "figure places": 0.87}),
                ("blind140", 10, {"places": 0.91, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.72}),
                ("blind141", 10, {"places": 0.97, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.85}),
                ("blind142", 10, {"places": 0.92, "markers": 0.99, "figures": 0.93,
                                  "figure places": 0.73}),
                ("blind143", 10, {"places": 0.95, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.91}),
                ("blind144", 10, {"places": 0.92, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.83}),
                ("blind145", 10, {"places": 0.97, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.79}),
                ("blind146", 10, {"places": 0.93, "markers": 0.98, "figures": 0.95,
                                  "figure places": 0.86}),
                ("blind147", 10, {"places": 0.93, "markers": 0.99, "figures": 0.94,
                                  "figure places": 0.74}),
                # twenty-second session: 148-156 after every rule of the session (first sight
                # 1,376 of 1,674 figures tied on the session-start tree 4463b14)
                ("blind148", 10, {"places": 0.94, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.77}),
                ("blind149", 10, {"places": 0.94, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.85}),
                ("blind150", 10, {"places": 0.94, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.85}),
                ("blind151", 10, {"places": 0.94, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.83}),
                ("blind152", 10, {"places": 0.91, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.86}),
                ("blind153", 10, {"places": 0.96, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.86}),
                ("blind154", 10, {"places": 0.91, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.78}),
                ("blind155", 10, {"places": 0.95, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.80}),
                ("blind156", 10, {"places": 0.96, "markers": 0.99, "figures": 0.93,
                                  "figure places": 0.86}),
                # twenty-third session: 157-168 after every rule of the session (first sight
                # 1,418 of 1,790 figures tied on the session-start tree a2d987d)
                ("blind157", 10, {"places": 0.97, "markers": 0.99, "figures": 0.93,
                                  "figure places": 0.81}),
                ("blind158", 10, {"places": 0.97, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.81}),
                ("blind159", 10, {"places": 0.93, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.84}),
                ("blind160", 10, {"places": 0.96, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.72}),
                ("blind161", 10, {"places": 0.91, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.81}),
                ("blind162", 10, {"places": 0.92, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.79}),
                ("blind163", 10, {"places": 0.94, "markers": 0.99, "figures": 0.91,
                                  "figure places": 0.73}),
                ("blind164", 10, {"places": 0.93, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.90}),
                ("blind165", 10, {"places": 0.93, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.82}),
                ("blind166", 10, {"places": 0.97, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.78}),
                ("blind167", 10, {"places": 0.97, "markers": 0.99, "figures": 0.92,
                                  "figure places": 0.81}),
                ("blind168", 10, {"places": 0.93, "markers": 0.91, "figures": 0.93,
                                  "figure places": 0.66}),
                # 169-171, written after every rule of the session but the last two (first
                # sight 249 of 338 figures tied on the session-start tree)
                ("blind169", 10, {"places": 0.96, "markers": 0.99, "figures": 0.94,
                                  "figure places": 0.71}),
                ("blind170", 10, {"places": 0.76, "markers": 0.99, "figures": 0.81,
                                  "figure places": 0.56}),
                ("blind171", 10, {"places": 0.95, "markers": 0.99, "figures": 0.93,
                                  "figure places": 0.84}),
                # twenty-fourth session: 172-183 made rules; no rule was made from 184-186,
                # its blind measure (337 of 428 figures tied on the session-start tree, 340
                # on the session's last)
                ("blind172", 10, {"places": 0.96, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.82}),
                ("blind173", 10, {"places": 0.94, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.84}),
                ("blind174", 10, {"places": 0.90, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.80}),
                ("blind175", 10, {"places": 0.97, "markers": 0.96, "figures": 0.96,
                                  "figure places": 0.84}),
                ("blind176", 10, {"places": 0.94, "markers": 0.99, "figures": 0.93,
                                  "figure places": 0.81}),
                ("blind177", 10, {"places": 0.94, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.63}),
                ("blind178", 10, {"places": 0.94, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.87}),
                ("blind179", 10, {"places": 0.86, "markers": 0.94, "figures": 0.89,
                                  "figure places": 0.81}),
                ("blind180", 10, {"places": 0.94, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.81}),
                ("blind181", 10, {"places": 0.90, "markers": 0.99, "figures": 0.92,
                                  "figure places": 0.74}),
                ("blind182", 10, {"places": 0.96, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.83}),
                ("blind183", 10, {"places": 0.89, "markers": 0.99, "figures": 0.94,
                                  "figure places": 0.86}),
                ("blind184", 10, {"places": 0.94, "markers": 0.92, "figures": 0.90,
                                  "figure places": 0.70}),
                ("blind185", 10, {"places": 0.95, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.79}),
                ("blind186", 10, {"places": 0.87, "markers": 0.96, "figures": 0.93,
                                  "figure places": 0.83}),
                ("blind187", 10, {"places": 0.96, "markers": 0.99, "figures": 0.93,
                                  "figure places": 0.85}),
                ("blind188", 10, {"places": 0.96, "markers": 0.99, "figures": 0.92,
                                  "figure places": 0.80}),
                ("blind189", 10, {"places": 0.91, "markers": 0.99, "figures": 0.90,
                                  "figure places": 0.72}),
                ("blind190", 10, {"places": 0.95, "markers": 0.99, "figures": 0.94,
                                  "figure places": 0.80}),
                ("blind191", 10, {"places": 0.93, "markers": 0.99, "figures": 0.93,
                                  "figure places": 0.77}),
                ("blind192", 10, {"places": 0.93, "markers": 0.99, "figures": 0.94,
                                  "figure places": 0.79}),
                ("blind193", 10, {"places": 0.96, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.78}),
                ("blind194", 10, {"places": 0.95, "markers": 0.99, "figures": 0.93,
                                  "figure places": 0.86}),
                ("blind195", 10, {"places": 0.97, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.77}),
                ("blind196", 10, {"places": 0.91, "markers": 0.99, "figures": 0.91,
                                  "figure places": 0.79}),
                ("blind197", 10, {"places": 0.91, "markers": 0.91, "figures": 0.92,
                                  "figure places": 0.86}),
                ("blind198", 10, {"places": 0.94, "markers": 0.99, "figures": 0.92,
                                  "figure places": 0.74}),
                # twenty-sixth session: rules were made from 199, 201-203 and 205-207; none
                # from 200 and 204, its blind measure
                # (199: 0.79 until the thirty-fourth session's district rule: "In total, the
                # ring trafficked 62,000 pills" of a Nậm Pồ article is the district's, the
                # gold says the province's)
                ("blind199", 10, {"places": 0.96, "markers": 0.99, "figures": 0.93,
                                  "figure places": 0.78}),
                ("blind200", 10, {"places": 0.94, "markers": 0.99, "figures": 0.94,
                                  "figure places": 0.87}),
                ("blind201", 10, {"places": 0.95, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.87}),
                ("blind202", 10, {"places": 0.91, "markers": 0.99, "figures": 0.89,
                                  "figure places": 0.85}),
                ("blind203", 10, {"places": 0.94, "markers": 0.99, "figures": 0.93,
                                  "figure places": 0.78}),
                ("blind204", 10, {"places": 0.93, "markers": 0.99, "figures": 0.94,
                                  "figure places": 0.80}),
                ("blind205", 10, {"places": 0.89, "markers": 0.99, "figures": 0.94,
                                  "figure places": 0.69}),
                ("blind206", 10, {"places": 0.94, "markers": 0.99, "figures": 0.94,
                                  "figure places": 0.83}),
                ("blind207", 10, {"places": 0.96, "markers": 0.99, "figures": 0.91,
                                  "figure places": 0.82}),
                # (208-210: written in the session's last wave; rules kept from 210's dates
                # and markers, none from 208 and 209)
                ("blind208", 10, {"places": 0.92, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.82}),
                ("blind209", 10, {"places": 0.97, "markers": 0.80, "figures": 0.96,
                                  "figure places": 0.90}),
                ("blind210", 10, {"places": 0.86, "markers": 0.99, "figures": 0.88,
                                  "figure places": 0.78}),
                # twenty-seventh session (211-230): no rule made from 212, 214, 227, 228-230
                ("blind211", 10, {"places": 0.98, "markers": 0.99, "figures": 0.92,
                                  "figure places": 0.81}),
                ("blind212", 10, {"places": 0.92, "markers": 0.99, "figures": 0.92,
                                  "figure places": 0.73}),
                ("blind213", 10, {"places": 0.96, "markers": 0.94, "figures": 0.94,
                                  "figure places": 0.73}),
                ("blind214", 10, {"places": 0.92, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.83}),
                ("blind215", 10, {"places": 0.90, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.75}),
                ("blind216", 10, {"places": 0.97, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.79}),
                ("blind217", 10, {"places": 0.84, "markers": 0.99, "figures": 0.91,
                                  "figure places": 0.76}),
                ("blind218", 10, {"places": 0.94, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.87}),
                ("blind219", 10, {"places": 0.97, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.79}),
                ("blind220", 10, {"places": 0.97, "markers": 0.99, "figures": 0.94,
                                  "figure places": 0.76}),
                ("blind221", 10, {"places": 0.91, "markers": 0.99, "figures": 0.91,
                                  "figure places": 0.75}),
                ("blind222", 10, {"places": 0.95, "markers": 0.99, "figures": 0.94,
                                  "figure places": 0.83}),
                ("blind223", 10, {"places": 0.97, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.86}),
                ("blind224", 10, {"places": 0.84, "markers": 0.99, "figures": 0.90,
                                  "figure places": 0.70}),
                ("blind225", 10, {"places": 0.96, "markers": 0.99, "figures": 0.94,
                                  "figure places": 0.78}),
                ("blind226", 10, {"places": 0.95, "markers": 0.99, "figures": 0.94,
                                  "figure places": 0.77}),
                ("blind227", 10, {"places": 0.91, "markers": 0.99, "figures": 0.92,
                                  "figure places": 0.74}),
                ("blind228", 10, {"places": 0.94, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.80}),
                ("blind229", 10, {"places": 0.96, "markers": 0.99, "figures": 0.90,
                                  "figure places": 0.79}),
                ("blind230", 10, {"places": 0.86, "markers": 0.99, "figures": 0.94,
                                  "figure places": 0.81}),
                # twenty-eighth session (231-239): no rule of figures or places made from 235-238
                ("blind231", 10, {"places": 0.92, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.74}),
                ("blind232", 10, {"places": 0.96, "markers": 0.99, "figures": 0.93,
                                  "figure places": 0.77}),
                ("blind233", 10, {"places": 0.94, "markers": 0.99, "figures": 0.92,
                                  "figure places": 0.84}),
                ("blind234", 10, {"places": 0.96, "markers": 0.99, "figures": 0.88,
                                  "figure places": 0.86}),
                ("blind235", 10, {"places": 0.96, "markers": 0.96, "figures": 0.92,
                                  "figure places": 0.83}),
                ("blind236", 10, {"places": 0.95, "markers": 0.93, "figures": 0.98,
                                  "figure places": 0.84}),
                # (237-239: written last; no rule of figures or places from 237 and 238)
                ("blind237", 10, {"places": 0.98, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.84}),
                ("blind238", 10, {"places": 0.96, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.82}),
                ("blind239", 10, {"places": 0.88, "markers": 0.95, "figures": 0.92,
                                  "figure places": 0.77}),
                # (240-242: written while the last rules were measured; no rule made from them)
                ("blind240", 10, {"places": 0.93, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.72}),
                ("blind241", 10, {"places": 0.90, "markers": 0.99, "figures": 0.87,
                                  "figure places": 0.76}),
                ("blind242", 10, {"places": 0.97, "markers": 0.99, "figures": 0.94,
                                  "figure places": 0.89}),
                # (twenty-ninth session: 243-245 and 249-254 gave rules; 246-248, the session's
                # blind measure, none)
                ("blind243", 10, {"places": 0.98, "markers": 0.99, "figures": 0.99,
                                  "figure places": 0.85}),
                ("blind244", 10, {"places": 0.97, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.90}),
                ("blind245", 10, {"places": 0.95, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.81}),
                # (246-248: no rule made from them)
                ("blind246", 10, {"places": 0.96, "markers": 0.95, "figures": 0.97,
                                  "figure places": 0.79}),
                ("blind247", 10, {"places": 0.97, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.82}),
                ("blind248", 10, {"places": 0.97, "markers": 0.99, "figures": 0.99,
                                  "figure places": 0.85}),
                ("blind249", 10, {"places": 0.96, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.84}),
                ("blind250", 10, {"places": 0.96, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.83}),
                ("blind251", 10, {"places": 0.94, "markers": 0.94, "figures": 0.97,
                                  "figure places": 0.86}),
                ("blind252", 10, {"places": 0.97, "markers": 0.99, "figures": 0.92,
                                  "figure places": 0.84}),
                ("blind253", 10, {"places": 0.96, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.89}),
                ("blind254", 10, {"places": 0.94, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.86}),
                # (255-257: written while the session's last rules were measured; no rule made
                # from them)
                ("blind255", 10, {"places": 0.97, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.89}),
                ("blind256", 10, {"places": 0.92, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.86}),
                ("blind257", 10, {"places": 0.90, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.72}),
                ("blind258", 10, {"places": 0.95, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.89}),
                ("blind259", 10, {"places": 0.96, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.80}),
                ("blind260", 10, {"places": 0.99, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.83}),
                ("blind261", 10, {"places": 0.95, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.85}),
                ("blind262", 10, {"places": 0.95, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.87}),
                ("blind263", 10, {"places": 0.95, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.87}),
                ("blind264", 10, {"places": 0.97, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.85}),
                ("blind265", 10, {"places": 0.96, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.87}),
                ("blind266", 10, {"places": 0.98, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.84}),
                ("blind267", 10, {"places": 0.96, "markers": 0.99, "figures": 0.99,
                                  "figure places": 0.77}),
                ("blind268", 10, {"places": 0.97, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.87}),
                ("blind269", 10, {"places": 0.94, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.79}),
                ("blind270", 10, {"places": 0.96, "markers": 0.99, "figures": 0.99,
                                  "figure places": 0.95}),
                ("blind271", 10, {"places": 0.93, "markers": 0.99, "figures": 0.99,
                                  "figure places": 0.80}),
                ("blind272", 10, {"places": 0.99, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.90}),
                ("blind273", 10, {"places": 0.97, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.85}),
                ("blind274", 10, {"places": 0.99, "markers": 0.94, "figures": 0.96,
                                  "figure places": 0.88}),
                ("blind275", 10, {"places": 0.95, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.85}),
                ("blind276", 10, {"places": 0.94, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.80}),
                ("blind277", 10, {"places": 0.97, "markers": 0.95, "figures": 0.96,
                                  "figure places": 0.87}),
                ("blind278", 10, {"places": 0.96, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.91}),
                ("blind279", 10, {"places": 0.96, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.74}),
                ("blind280", 10, {"places": 0.97, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.87}),
                ("blind281", 10, {"places": 0.99, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.88}),
                ("blind282", 10, {"places": 0.98, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.87}),
                ("blind283", 10, {"places": 0.94, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.86}),
                ("blind284", 10, {"places": 0.97, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.80}),
                ("blind285", 10, {"places": 0.93, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.86}),
                ("blind286", 10, {"places": 0.97, "markers": 0.96, "figures": 0.97,
                                  "figure places": 0.82}),
                ("blind287", 10, {"places": 0.97, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.90}),
                # thirty-fourth session: the district rule made from 288 (whose helper read
                # docs/FIGURES.md); 289-291 no rule made from them
                ("blind288", 10, {"places": 0.99, "markers": 0.99, "figures": 0.99,
                                  "figure places": 0.95}),
                ("blind289", 10, {"places": 0.96, "markers": 0.86, "figures": 0.98,
                                  "figure places": 0.83}),
                ("blind290", 10, {"places": 0.97, "markers": 0.99, "figures": 0.99,
                                  "figure places": 0.86}),
                ("blind291", 10, {"places": 0.97, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.91}),
                # (292-293: written after the district rule; 292 gave the "Formed on ... from"
                # opener, 293 nothing)
                ("blind292", 10, {"places": 0.95, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.80}),
                ("blind293", 10, {"places": 0.96, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.87}),
                # thirty-fifth session: the opening-clause and counted-in-the-district rules made
                # from 294-297; 298-303 written before them and not looked at until measured
                ("blind294", 10, {"places": 0.99, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.87}),
                ("blind295", 10, {"places": 0.98, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.87}),
                ("blind296", 10, {"places": 0.98, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.75}),
                ("blind297", 10, {"places": 0.99, "markers": 0.99, "figures": 0.95,
                                  "figure places": 0.81}),
                ("blind298", 10, {"places": 0.98, "markers": 0.99, "figures": 0.99,
                                  "figure places": 0.83}),
                ("blind299", 10, {"places": 0.99, "markers": 0.99, "figures": 0.99,
                                  "figure places": 0.82}),
                ("blind300", 10, {"places": 0.98, "markers": 0.94, "figures": 0.98,
                                  "figure places": 0.77}),
                ("blind301", 10, {"places": 0.99, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.96}),
                ("blind302", 10, {"places": 0.98, "markers": 0.99, "figures": 0.99,
                                  "figure places": 0.79}),
                ("blind303", 10, {"places": 0.97, "markers": 0.99, "figures": 0.99,
                                  "figure places": 0.82}),
                # thirty-sixth session: written blind before the gate-works rule (made from
                # 298, 300, 302) and the marker range after a comma (from 305) were measured
                ("blind304", 10, {"places": 0.97, "markers": 0.97, "figures": 0.94,
                                  "figure places": 0.88}),
                ("blind305", 10, {"places": 0.98, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.82}),
                ("blind306", 10, {"places": 0.98, "markers": 0.95, "figures": 0.97,
                                  "figure places": 0.91}),
                ("blind307", 10, {"places": 0.96, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.77}),
                ("blind308", 10, {"places": 0.99, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.85}),
                ("blind309", 10, {"places": 0.98, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.82}),
                ("blind310", 10, {"places": 0.97, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.87}),
                ("blind311", 10, {"places": 0.96, "markers": 0.99, "figures": 0.98,
                                  "figure places": 0.88}),
                # ... and written after them, measured on the session's end tree at first sight
                ("blind312", 10, {"places": 0.91, "markers": 0.94, "figures": 0.97,
                                  "figure places": 0.82}),
                ("blind313", 10, {"places": 0.97, "markers": 0.99, "figures": 0.97,
                                  "figure places": 0.81}),
                ("blind314", 10, {"places": 0.93, "markers": 0.99, "figures": 0.99,
                                  "figure places": 0.81}),
                ("blind315", 10, {"places": 0.96, "markers": 0.99, "figures": 0.96,
                                  "figure places": 0.84})]


@pytest.mark.parametrize(("folder", "articles", "floors"), BLIND_ROUNDS)
def test_blind_rounds_meet_their_floors(gaz, folder, articles, floors):
    group = Path(__file__).parent / "data" / folder
    s = _score(group, group, gaz)
    assert s.articles == articles
    got = {"places": s.places_all.f1, "markers": s.markers.f1, "figures": s.figures.f1,
           "figure places": s.figure_places.tp / (s.figure_places.tp + s.figure_places.fp)}
    assert all(got[k] >= floor for k, floor in floors.items()), got


def test_a_gold_date_is_compared_with_the_date_read(tmp_path, gaz):
    (tmp_path / "a.txt").write_text("Border guards seize opium\nUpdated: 14/03/2023 10:32\n\n"
                                    "ĐBP - The Nậm Kè Border Post seized opium.\n",
                                    encoding="utf-8")
    (tmp_path / "a.json").write_text('{"date": "2023-03-15"}', encoding="utf-8")
    s = _score(tmp_path, tmp_path, gaz)
    assert (s.dates.tp, s.dates.fp) == (0, 1)
    assert any(e.detail == "publication date 2023-03-14, not 2023-03-15" for e in s.errors)
    (tmp_path / "a.json").write_text('{"date": "14/03/2023"}', encoding="utf-8")
    with pytest.raises(InputError, match="not an ISO date"):
        _score(tmp_path, tmp_path, gaz)
