"""The days a partial publication date may mean (``"2023"``, ``"2023-02"``, ``"2023-02-14"``)."""

from __future__ import annotations

from datetime import date

__all__ = ["date_bounds"]


def date_bounds(iso: str) -> tuple[str, str]:
    """Return the first and last day a (partial) ISO date may mean.

    ``"2023"`` → ``("2023-01-01", "2023-12-31")``; ``"2023-02"`` →
    ``("2023-02-01", "2023-02-28")``; a full date is both.
    """
    if len(iso) >= 10:
        return iso[:10], iso[:10]
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:7])
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return f"{iso}-01", date.fromordinal(nxt.toordinal() - 1).isoformat()
    return f"{iso[:4]}-01-01", f"{iso[:4]}-12-31"
