"""A deterministic synthetic corpus of seed-like articles, for benchmarks.

Every synthetic article is put together from the seed articles in
``seeds/``: a seed's header (title, datelines), a lead paragraph and body
paragraphs drawn from all seeds, the template seed's closing (byline,
signature) and its page furniture (comment box, "Recent news" teasers)
verbatim.  Place names in the header and body are swapped for other names
from the gazetteer (Điện Biên communes, villages, posts...), with and without
diacritics, and some articles are written without any diacritics at all
(like ``seeds/003``), so that the corpus exercises folding, resolution and
many distinct places while keeping the seeds' size and mention density.

The same arguments always give byte-identical files: randomness comes from
:class:`random.Random` seeded with a string per article, and the swap pool
is sorted.

Usage::

    python -m benchmarks.corpus OUT_DIR [-n 10000] [--seed 7]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from geo.text import strip_diacritics

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"

#: Place names that occur in the seed headers and bodies and may be swapped
#: (communes, villages, hamlets, border posts/gates named after them).  The
#: province name "Điện Biên" is left alone: it is the anchor of every article.
SWAPPABLE = (
    "Si Pa Phìn", "Si Pha Phìn", "Chà Nưa", "Nậm Đích", "Nậm Pồ", "Na Ư", "Pa Thơm",
    "Pa Xa Lào", "Thanh Yên", "Nậm Kè", "Tàng Phon", "Sen Thượng", "Nà Bủng", "Na Bung",
    "Thanh Luông", "A Pa Chải", "A Pa Chai", "Huổi Puốc", "Mường Nhé", "Mường Chà",
    "Tây Trang", "Háng Pu Xi", "Xa Dung", "Pú Nhung", "Mường Pồn",
)

#: Replacement names used when the gazetteer cannot be loaded (2025 and legacy
#: communes of Điện Biên and villages named in the reference notes).
FALLBACK_NAMES = (
    "Chà Tở", "Chiềng Sinh", "Leng Su Sìn", "Mường Ảng", "Mường Lay", "Mường Luân",
    "Mường Mươn", "Mường Nhé", "Mường Toong", "Na Sang", "Na Son", "Nà Hỳ", "Nà Khoa",
    "Nậm Nèn", "Pa Ham", "Phìn Hồ", "Pu Nhi", "Quảng Lâm", "Sam Mứn", "Sín Chải",
    "Sín Thầu", "Thanh Nưa", "Tủa Chùa", "Tuần Giáo", "Xá Nhè", "Xa Dung",
)

_KINDS_FOR_SWAP = {"commune", "ward", "village"}
_ADMIN_PREFIX = re.compile(r"^(?:xã|phường|thị trấn|huyện|tỉnh|thị xã|thành phố)\s+", re.I)
_DATE_LINE = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),")
_TAIL_START = re.compile(r"^(?:Your )?Comment\b", re.M)
_PARA_SPLIT = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class SeedParts:
    """A seed article cut into the pieces the generator recombines."""

    name: str
    header: tuple[str, ...]  # title and dateline paragraphs
    body: tuple[str, ...]  # body paragraphs, lead first
    closing: tuple[str, ...]  # byline / signature paragraphs after the body
    tail: str  # whitespace, then page furniture from the comment box to the end, verbatim


def split_seed(text: str, name: str = "") -> SeedParts:
    """Cut a seed article into header, body, closing and furniture tail."""
    m = _TAIL_START.search(text)
    main = (text[: m.start()] if m else text).rstrip()
    tail = text[len(main):]  # keeps the whitespace between body and furniture
    paras = [p.strip("\n") for p in _PARA_SPLIT.split(main) if p.strip()]
    n_header = 1
    while (n_header < len(paras) and _DATE_LINE.match(paras[n_header - 1])
           and "\n" not in paras[n_header - 1]):
        n_header += 1
    header, rest = paras[:n_header], paras[n_header:]
    n_closing = 0
    while n_closing < len(rest) - 1 and not rest[-1 - n_closing].rstrip().endswith(
        (".", "!", "?", ":", "”", '"', ")")
    ):
        n_closing += 1
    body = rest[: len(rest) - n_closing]
    closing = rest[len(rest) - n_closing:]
    return SeedParts(name, tuple(header), tuple(body), tuple(closing), tail)


def load_seeds(seeds_dir: Path = SEEDS_DIR) -> list[SeedParts]:
    """Read and split every ``*.txt`` seed in *seeds_dir* (sorted by name)."""
    paths = sorted(Path(seeds_dir).glob("*.txt"))
    if not paths:
        raise FileNotFoundError(f"no seed articles in {str(seeds_dir)!r}")
    return [split_seed(p.read_text(encoding="utf-8"), p.name) for p in paths]


def gazetteer_names(gazetteer=None) -> list[str]:
    """Return the sorted pool of replacement names (Điện Biên communes, wards, villages).

    Falls back to :data:`FALLBACK_NAMES` when the gazetteer cannot be loaded.
    """
    if gazetteer is None:
        try:
            from geo.gazetteer import load_gazetteer

            gazetteer = load_gazetteer()
        except Exception:  # the gazetteer is optional for the generator
            return sorted(FALLBACK_NAMES)
    names: set[str] = set()
    for place in gazetteer.places:
        if place.kind not in _KINDS_FOR_SWAP or place.country != "VN":
            continue
        if not _in_dien_bien(place):
            continue
        name = _ADMIN_PREFIX.sub("", place.name).strip()
        # two syllables or more: one-syllable names collide with English words
        if len(name.split()) >= 2 and name not in SWAPPABLE:
            names.add(name)
    return sorted(names) or sorted(FALLBACK_NAMES)


def _in_dien_bien(place) -> bool:
    text = " ".join(str(x) for x in (place.province, place.parent, place.id) if x)
    return (
        "11" in (place.province or "").split(":")[-1:]
        or "dien-bien" in text
        or "Điện Biên" in text
        or place.id.startswith("village:")
    )


@dataclass(frozen=True)
class Generator:
    """Makes synthetic articles; see :func:`make_article`."""

    seeds: tuple[SeedParts, ...]
    names: tuple[str, ...]
    seed: int = 7
    ascii_article_rate: float = 0.15  # whole article without diacritics
    swap_rate: float = 0.6  # chance that a swappable name is swapped
    ascii_name_rate: float = 0.3  # chance that a swapped-in name has no diacritics

    def make_article(self, i: int) -> str:
        """Return the text of synthetic article number *i*."""
        rng = random.Random(f"geo-bench:{self.seed}:{i}")
        template = self.seeds[rng.randrange(len(self.seeds))]
        lead_src = self.seeds[rng.randrange(len(self.seeds))]
        pool = [p for s in self.seeds for p in s.body[1:]]
        n_body = max(3, len(template.body) - 1 + rng.randint(-3, 3))
        body = [lead_src.body[0], *rng.sample(pool, min(n_body, len(pool)))]
        head = list(template.header)
        swapped = [self._swap(p, rng) for p in head + body]
        if rng.random() < self.ascii_article_rate:
            swapped = [strip_diacritics(p) for p in swapped]
        paras = swapped + list(template.closing)
        text = "\n\n".join(paras) + (template.tail or "\n")
        return text if text.endswith("\n") else text + "\n"

    def _swap(self, paragraph: str, rng: random.Random) -> str:
        def repl(m: re.Match) -> str:
            if rng.random() >= self.swap_rate:
                return m.group()
            name = self.names[rng.randrange(len(self.names))]
            return strip_diacritics(name) if rng.random() < self.ascii_name_rate else name

        return _SWAP_RE.sub(repl, paragraph)


_SWAP_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(n) for n in sorted(SWAPPABLE, key=len, reverse=True))
    + r")(?![\w])"
)


def generate_corpus(
    out_dir: Path | str,
    n: int = 10_000,
    *,
    seed: int = 7,
    seeds_dir: Path = SEEDS_DIR,
    names: Sequence[str] | None = None,
) -> list[Path]:
    """Write *n* synthetic articles into *out_dir* and return their paths.

    Parameters
    ----------
    out_dir : Path or str
        Folder to write into (created if missing).
    n : int
        Number of articles.
    seed : int
        Seed of the generator; the same seed, seeds and names give the same files.
    seeds_dir : Path
        Folder of seed articles.
    names : sequence of str, optional
        Replacement place names; default: :func:`gazetteer_names`.

    Returns
    -------
    list of Path
        The files written, in order (``NNNNN_<sha16>.txt``).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    gen = Generator(tuple(load_seeds(seeds_dir)),
                    tuple(sorted(set(names)) if names is not None else gazetteer_names()),
                    seed)
    width = max(5, len(str(n - 1)))
    paths = []
    for i, text in enumerate(iter_articles(gen, n)):
        data = text.encode("utf-8")
        path = out / f"{i:0{width}d}_{hashlib.sha256(data).hexdigest()[:16]}.txt"
        path.write_bytes(data)
        paths.append(path)
    return paths


def iter_articles(gen: Generator, n: int, start: int = 0) -> Iterable[str]:
    """Yield the texts of articles ``start .. start + n - 1``."""
    for i in range(start, start + n):
        yield gen.make_article(i)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Write a deterministic synthetic corpus.")
    p.add_argument("out", type=Path)
    p.add_argument("-n", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args(argv)
    paths = generate_corpus(args.out, args.n, seed=args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} articles ({size / 1e6:.1f} MB) to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
