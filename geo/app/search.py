"""Finding places by name, with or without diacritics; places in the corpus first."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from geo.app.index import CorpusIndex
from geo.app.labels import display_name, kind_label
from geo.model import Gazetteer, Place
from geo.text import fold

__all__ = ["NameTable", "SearchHit", "name_table", "search_places"]

#: Every place with its folded names (see :func:`name_table`).
NameTable = tuple[tuple[tuple[str, ...], Place], ...]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A place found by name."""

    id: str
    name: str
    kind: str
    precision: str | None
    in_corpus: int  # mentions of it in the corpus

    @property
    def label(self) -> str:
        """Return ``"name · kind"`` in reader's words and the mention count."""
        return f"{display_name(self.name)} · {kind_label(self.kind)}" + (
            f" · {self.in_corpus} mention(s)" if self.in_corpus else "")


def name_table(gazetteer: Gazetteer) -> NameTable:
    """Return every place with its folded names, for :func:`search_places`.

    Folding every name of a national gazetteer takes a fraction of a second:
    build this once per gazetteer and pass it to each search.
    """
    return tuple(
        (tuple(fold(n) for n in (p.name, p.name_ascii, *p.alt_names) if n), p)
        for p in gazetteer.places or ()
    )


def search_places(query: str, gazetteer: Gazetteer, index: CorpusIndex | None = None, *,
                  names: NameTable | None = None, limit: int = 20,
                  counts: Mapping[str, int] | None = None) -> list[SearchHit]:
    """Find places by name, with or without diacritics; corpus places first.

    Parameters
    ----------
    query : str
        A name or part of one: ``"Tây Trang"``, ``"tay trang"``, ``"Na U"``.
    gazetteer : Gazetteer
        The gazetteer (its ``lookup`` is used for exact name matches).
    index : CorpusIndex, optional
        Places mentioned in the corpus come first.
    names : NameTable, optional
        :func:`name_table` of *gazetteer*, if already built.
    limit : int
        At most this many results.
    counts : mapping, optional
        Mentions per place id, instead of *index* (see
        :class:`geo.app.snapshot.MapSnapshot`).

    Returns
    -------
    list of SearchHit
        Best first; empty when nothing matches.
    """
    q = fold(query or "").strip()
    if not q:
        return []
    if counts is None:
        counts = index.mention_counts() if index is not None else {}
    found: dict[str, tuple[float, SearchHit]] = {}

    def add(place: Place | None, score: float) -> None:
        if place is None or place.id in found:
            return
        found[place.id] = (score, SearchHit(place.id, place.name, place.kind, place.precision,
                                            counts.get(place.id, 0)))

    for cand in gazetteer.lookup(query) or ():
        add(cand.place, 3.0)
    spaced = f" {q}"
    for folded, place in names if names is not None else name_table(gazetteer):
        if q in folded:
            add(place, 2.0)
        elif any(f.startswith(q) or spaced in f for f in folded):
            add(place, 1.0)
    ranked = sorted(found.values(), key=lambda sh: (-(sh[1].in_corpus > 0), -sh[0],
                                                    -sh[1].in_corpus, sh[1].name))
    return [hit for _, hit in ranked[:limit]]
