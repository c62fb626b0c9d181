"""Fuzzy matching of names: edit distance with an early stop, the Điện Biên bias on ties.

Used for misspelt names before a trigger word ("Si Pha Phìn Border Post",
"Nam Khe post"); :mod:`geo.mentions.resolve` re-exports these functions.
"""

from __future__ import annotations

from collections.abc import Iterable

from geo.model import Place
from geo.region import region_rank


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of *a* and *b*, or ``limit + 1`` once it exceeds *limit*.

    Only the diagonal band ``|i - j| <= limit`` of the table is filled: a cell
    outside it is already more than *limit* edits away.
    """
    la, lb = len(a), len(b)
    over = limit + 1
    if abs(la - lb) > limit:
        return over
    prev = [j if j <= limit else over for j in range(lb + 1)]
    for i in range(1, la + 1):
        ca = a[i - 1]
        cur = [over] * (lb + 1)
        if i <= limit:
            cur[0] = i
        best = cur[0]
        for j in range(max(1, i - limit), min(lb, i + limit) + 1):
            v = prev[j - 1] + (ca != b[j - 1])
            if prev[j] < v:
                v = prev[j] + 1
            if cur[j - 1] < v:
                v = cur[j - 1] + 1
            if v > over:
                v = over
            cur[j] = v
            if v < best:
                best = v
        if best > limit:
            return over
        prev = cur
    return prev[lb]


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
