"""Fuzzy matching of names: edit distance with an early stop, the Điện Biên bias on ties.

Used for misspelt names before a trigger word ("Si Pha Phìn Border Post",
"Nam Khe post"); :mod:`geo.mentions.resolve` re-exports these functions.
"""

from __future__ import annotations

from collections.abc import Iterable

from geo.model import Place
from geo.region import region_rank


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of *a* and *b*, or ``limit + 1`` once it exceeds *limit*."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        best = i
        for j, cb in enumerate(b, 1):
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            cur.append(v)
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def fuzzy_limit(name: str) -> int:
    """Edit distance allowed for a folded name: 1 for short names (≤ 6 letters), else 2."""
    return 1 if len(name.replace(" ", "")) <= 6 else 2


def best_fuzzy(name: str, entries: Iterable[tuple[str, Place]]) -> tuple[Place, str, int] | None:
    """Return the closest ``(place, core, distance)`` to *name* within the allowed distance.

    Ties go to the Điện Biên bias.  ``None`` when nothing is close enough.
    """
    limit = fuzzy_limit(name)
    best = None
    first, size = name[:1], len(name)
    for core, place in entries:
        if core[:1] != first or abs(len(core) - size) > limit:
            continue  # a first letter is rarely misspelt; this bounds the work
        d = edit_distance(name, core, limit)
        if d <= limit and (best is None or (d, region_rank(place)) < (best[2],
                                                                       region_rank(best[0]))):
            best = (place, core, d)
    return best
