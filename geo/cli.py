"""The ``geo`` command line: mentions, figures, places, export, score.

Outputs are a public interface (see README, "Command line"): JSON lines
with ``--json``, a readable table otherwise.  User errors print one line on
stderr and exit non-zero; a bad file in a batch never stops the others.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from geo.errors import GeoError
from geo.rows import print_rows
from geo.settings import Settings

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2
#: Articles' warnings printed before "N more warning(s) not shown" (``--all-warnings``: all).
WARNINGS_SHOWN = 20


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``geo`` command and return its exit status."""
    settings = Settings.from_env()  # the environment, read once per run
    parser = _parser(settings)
    args = parser.parse_args(argv)
    args.settings = settings
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.run(args)
    except GeoError as err:
        for line in str(err).splitlines() or [type(err).__name__]:  # several problems
            _error(line)
        return EXIT_USAGE
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:  # `geo mentions ... | head`
        sys.stderr.close()
        return EXIT_OK


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr (exit 2)."""

    def error(self, message: str):
        """Print ``geo COMMAND: error: message; see ...`` and exit with status 2."""
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}; see '{self.prog} --help'\n")


def _parser(settings: Settings) -> argparse.ArgumentParser:
    from geo.model import Kind

    p = _Parser(
        prog="geo",
        description="Geoparse border news from Điện Biên: place mentions, figures, "
        "gazetteer and map layers.",
    )
    p.add_argument("--overrides", metavar="CSV", type=Path,
                   help="user gazetteer override file (default: $GEO_OVERRIDES, else "
                   f"{settings.overrides} if present)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    m = sub.add_parser("mentions", help="list place mentions found in articles",
                       description="Print every place mention found in the articles "
                       "(files or corpus folders): one JSON object per line with --json.")
    _corpus_args(m, required=True)
    m.add_argument("--unresolved", action="store_true",
                   help="only mentions the gazetteer could not resolve")
    m.add_argument("--all", action="store_true",
                   help="include mentions outside the body: the title (in_body false)")
    m.set_defaults(run=_cmd_mentions)

    f = sub.add_parser("figures", help="list figures reported in articles",
                       description="Print every figure (reported quantity) in the article "
                       "bodies: one JSON object per line with --json.")
    _corpus_args(f, required=True)
    f.set_defaults(run=_cmd_figures)

    pl = sub.add_parser("places", help="list the gazetteer",
                        description="List gazetteer entries (JSON lines with --json).")
    kinds = [k.value for k in Kind]
    pl.add_argument("--kind", action="append", choices=kinds, metavar="KIND",
                    help=f"only this kind (repeatable): {', '.join(kinds)}")
    pl.add_argument("--json", action="store_true", help="JSON lines output")
    pl.set_defaults(run=_cmd_places)

    e = sub.add_parser("export", help="write every map layer as GeoJSON, zip, GeoPackage, CSV",
                       description="Process a corpus folder and write one GeoJSON "
                       "FeatureCollection per layer, a zip of them, a GeoPackage and a "
                       "CSV of figures into --out.")
    e.add_argument("corpus", nargs="*", default=[settings.corpus_dir], metavar="CORPUS",
                   help=f"corpus folder(s) or files (default: $GEO_CORPUS, else "
                   f"{settings.corpus_dir})")
    e.add_argument("--out", required=True, type=Path, metavar="DIR",
                   help="output folder; its export files are replaced all at once, "
                   "other files in it are kept")
    e.add_argument("--allow-empty", action="store_true",
                   help="write an export even when no article could be processed "
                   "(default: refuse, and leave --out as it was)")
    _processing_args(e)
    e.set_defaults(run=_cmd_export)

    s = sub.add_parser("score", help="compare the output with hand annotations (gold)",
                       description="Read the articles (default: the article files in "
                       "GOLD_DIR) and compare their place mentions, marker numbers and "
                       "figures with the gold files GOLD_DIR/*.json (format: "
                       "docs/SCORING.md): precision, recall and F1, then every miss and "
                       "false hit.")
    s.add_argument("gold", type=Path, metavar="GOLD_DIR", help="folder of gold JSON files")
    s.add_argument("paths", nargs="*", metavar="ARTICLES",
                   help="article files or folders (default: GOLD_DIR)")
    s.add_argument("--json", action="store_true", help="the scores and errors as one JSON object")
    s.add_argument("--no-errors", action="store_true", help="only the tables")
    _processing_args(s)
    s.set_defaults(run=_cmd_score)
    return p


def _corpus_args(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("paths", nargs="+" if required else "*", metavar="PATH",
                   help="article files (.txt, .md, .html) or corpus folders")
    p.add_argument("--json", action="store_true", help="JSON lines output")
    _processing_args(p)


def _processing_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=_positive_int, default=None, metavar="N",
                   help="processes to use (default: one per core)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="process on a Dask cluster at "
                   "tcp://HOST:PORT ('local': a LocalCluster of --workers processes)")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    p.add_argument("--cache-dir", type=Path, default=None, metavar="DIR",
                   help="result cache folder (default: $GEO_CACHE_DIR or ~/.cache/geo-dienbien)")
    from geo.reading.read import DEFAULT_MAX_BYTES

    p.add_argument("--max-bytes", type=_positive_int, default=None, metavar="N",
                   help="refuse article files bigger than N bytes (default: "
                   f"{DEFAULT_MAX_BYTES:,}, 5 MB)")
    from geo.budget import DEFAULT_TIME_BUDGET

    p.add_argument("--time-budget", type=_positive_float, default=DEFAULT_TIME_BUDGET,
                   metavar="SECONDS", help="give up a file after this many seconds of "
                   f"reading and processing: it is reported as failed and the others go on "
                   f"(default: {DEFAULT_TIME_BUDGET:g})")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--all-warnings", action="store_true",
                   help=f"print every article's warning (default: the first {WARNINGS_SHOWN} "
                   "and how many more)")


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number above 0, not {value!r}")
    return number


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = 0.0
    if not number > 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, not {value!r}")
    return number


def _gazetteer(args):
    """Impossible override rows refuse the run (all, one line each); warnings are printed."""
    from geo.userplaces import load_user_gazetteer

    gaz, _, warnings = load_user_gazetteer(args.overrides or args.settings.overrides_to_read())
    for warning in warnings:
        _error(warning)
    return gaz


def _corpus(args, paths, gaz=None, each=None):
    from geo.pipeline import process_corpus

    gaz = gaz if gaz is not None else _gazetteer(args)
    cache = None if args.no_cache else _cache(args)
    corpus = process_corpus(paths, gaz, workers=args.workers, cache=cache,
                            progress=not args.quiet and sys.stderr.isatty(),
                            max_bytes=args.max_bytes, time_budget=args.time_budget,
                            scheduler=args.scheduler, each=each)
    if cache is not None:
        cache.close()
    # an encoding guess, a missing body, a manifest date the text contradicts: said, not
    # fatal; a corpus with the same fault in every file is not buried under them
    warnings = [w for result in corpus.results for w in result.article.warnings]
    shown = warnings if args.all_warnings else warnings[:WARNINGS_SHOWN]
    for warning in shown:
        _error("warning: " + " ".join(warning.split()))
    if len(warnings) > len(shown):
        _error(f"warning: {len(warnings) - len(shown):,} more warning(s) not shown "
               "(--all-warnings prints them)")
    for failure in corpus.failures:
        _error(failure.message())
    return gaz, corpus


def _cache(args):
    """Open the result cache, or return ``None`` (with a note) when it cannot be used."""
    from geo.cache import ResultCache
    from geo.errors import StoreError

    cache_dir = args.cache_dir or args.settings.cache_dir
    try:
        return ResultCache(cache_dir, warn=_error)
    except StoreError as err:  # an unusable cache must not stop the run
        _error(f"cache disabled: {err}")
    except Exception as err:
        _error(f"cache disabled: {cache_dir}: {err}")
    return None


def _finish(corpus, paths) -> int:
    if corpus.failures:
        n_ok = len(corpus.results)
        _error(f"{len(corpus.failures)} file(s) failed, {n_ok} processed")
        return EXIT_FAILURES
    if not corpus.results:
        from geo.reading.read import ARTICLE_SUFFIXES

        _error(f"no articles found in {', '.join(str(p) for p in paths)} "
               f"(looked for {', '.join(sorted(ARTICLE_SUFFIXES))} files)")
        return EXIT_FAILURES
    return EXIT_OK


def _cmd_mentions(args) -> int:
    _, corpus = _corpus(args, args.paths)
    rows = []
    for result in corpus.results:
        for m in result.mentions:
            if not (args.all or m.in_body):
                continue
            if args.unresolved and m.place_id is not None:
                continue
            rows.append(m.to_row())
    print_rows(rows, args.json, ["article", "start", "surface", "kind", "name", "precision",
                                  "method", "place_id"])
    return _finish(corpus, args.paths)


def _cmd_figures(args) -> int:
    _, corpus = _corpus(args, args.paths)
    rows = [f.to_row() for r in corpus.results for f in r.figures]
    print_rows(rows, args.json, ["article", "start", "quote", "value", "unit", "theme",
                                  "place_name"])
    return _finish(corpus, args.paths)


def _cmd_places(args) -> int:
    gaz = _gazetteer(args)
    kinds = set(args.kind or ())
    rows = [p.to_row() for p in gaz.places if not kinds or p.kind in kinds]
    print_rows(rows, args.json, ["id", "name", "kind", "lat", "lon", "precision"])
    return EXIT_OK


def _cmd_score(args) -> int:
    from geo.scoring import format_score, load_gold_dir, score_results, score_row

    golds = load_gold_dir(args.gold)
    paths = args.paths or [args.gold]
    _, corpus = _corpus(args, paths)
    score, unread, unscored = score_results(golds, corpus.results)
    for article in unread:
        _error(f"no article read for gold {article!r}")
    if unscored:
        _error(f"{len(unscored)} article(s) without gold not scored: {', '.join(unscored[:5])}"
               + (" ..." if len(unscored) > 5 else ""))
    if args.json:
        print(json.dumps(score_row(score), ensure_ascii=False))
    else:
        sys.stdout.write(format_score(score, errors=not args.no_errors))
    return EXIT_FAILURES if corpus.failures or unread else EXIT_OK


#: Written into the output folder with an export, last: the corpus fingerprint, then
#: the files written; a re-run with the same corpus, code and gazetteer writes nothing.
#: It appears with the files it lists (the folder is swapped in whole, geo.staging) and
#: is removed before a new export starts: it never vouches for another run's files.
EXPORT_STAMP = ".geo-export"


def _cmd_export(args) -> int:
    from geo.export import counted_without_text, export_layers
    from geo.layers import build_layers, keep_first_passages
    from geo.model import Corpus
    from geo.prebuilt import app_snapshot_key, save_app_snapshot
    from geo.staging import OutputFolder, why_not_replaceable

    out = Path(args.out)
    if problem := why_not_replaceable(out, args.corpus):
        _error(f"{out}: {problem}; give --out a folder of its own (it is replaced whole)")
        return EXIT_USAGE
    # the folder is locked (or refused) before any work: a second run says so at once
    with OutputFolder(out):
        found, failures = _walk(args.corpus)
        if not found and not args.allow_empty:  # refused before any work
            for failure in failures:
                _error(failure.message())
            status = _finish(Corpus((), tuple(failures), ""), args.corpus)
            _error(f"nothing exported: {out} left as it was")
            return status
        gaz = _gazetteer(args)
        done = _up_to_date(out / EXPORT_STAMP, _fingerprint(args, gaz))
        if done is not None:
            for path in done:
                print(path)
            print(f"{out}: up to date ({len(done)} file(s); corpus, code and gazetteer "
                  "unchanged)", file=sys.stderr)
            return EXIT_OK
        _remove_stamp(out / EXPORT_STAMP)
        app_key = None if args.no_cache else app_snapshot_key(args.corpus, args.settings,
                                                              args.overrides)
        keep, counted, keys = counted_without_text(gaz)  # the texts are never all held
        gaz, corpus = _corpus(args, args.corpus, gaz, each=keep)
        if not corpus.results and not args.allow_empty:
            status = _finish(corpus, args.corpus)
            _error(f"nothing exported: {out} left as it was (--allow-empty writes an "
                   "export of no article)")
            return status
        keep_first_passages(corpus.results, counted)  # the layers' and the app's digest's
        layers = build_layers(corpus, gaz, counted=counted)
        if app_key is not None:  # the app's first start on this folder reads it
            save_app_snapshot(args.cache_dir or args.settings.cache_dir, app_key, gaz, corpus,
                              layers, counted, keys)
        ok = not corpus.failures and bool(corpus.results)
        fingerprint = _fingerprint(args, gaz) if ok else None  # every file is in the cache now
        written = export_layers(layers, out, corpus=corpus,
                                stamp=(EXPORT_STAMP, fingerprint) if fingerprint else None)
    for path in written:
        print(path)
    print(f"wrote {len(written)} file(s) to {out} from {len(corpus.results)} article(s)",
          file=sys.stderr)
    return _finish(corpus, args.corpus)


def _walk(paths) -> tuple[bool, list]:
    """Return ``(True, [])`` at the first article file, else ``(False, failures)``; reads none."""
    from geo.model import Failure
    from geo.reading.read import iter_corpus_files

    failures = []
    for item in iter_corpus_files([str(p) for p in paths]):
        if not isinstance(item, Failure):
            return True, []
        failures.append(item)
    return False, failures


def _remove_stamp(stamp: Path) -> None:
    try:
        stamp.unlink(missing_ok=True)
    except OSError as err:
        raise GeoError(f"could not remove {stamp}: {err.strerror or err}") from err


def _fingerprint(args, gaz) -> str | None:
    """Return the corpus fingerprint from the cache alone (see corpus_fingerprint), if any."""
    from geo.pipeline import corpus_fingerprint

    cache = None if args.no_cache else _cache(args)
    if cache is None:
        return None
    try:
        return corpus_fingerprint(args.corpus, gaz, cache, max_bytes=args.max_bytes)
    finally:
        cache.close()


def _up_to_date(stamp: Path, fingerprint: str | None) -> list[Path] | None:
    """Return the files of a previous export of the same corpus, if all are still there."""
    if not fingerprint:
        return None
    try:
        first, *files = stamp.read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError):
        return None
    paths = [Path(f) for f in files]
    if first != fingerprint or not paths or not all(p.is_file() for p in paths):
        return None
    return paths


def _error(message: str) -> None:
    print(f"geo: {message}", file=sys.stderr)
