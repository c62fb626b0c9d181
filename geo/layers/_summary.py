"""Figures of one place, grouped like with like, never summed: the layers' summaries.

Private helper of :mod:`geo.layers` (:class:`geo.layers._stats.PlaceStats`
makes each place's summary once; the place and figure layers share it).
"""

from __future__ import annotations

from geo.figures.summary import group_like_figures
from geo.model import Figure

#: Article ids listed per figure value in a summary; the count is always exact.
SOURCES_PER_VALUE = 10


def summarise_place_figures(figures: list[Figure]) -> list[dict]:
    """Group like figures; list distinct values with their sources; never sum.

    Grouping is :func:`geo.figures.extract.summarise_figures` (same place, subject,
    unit and period; vague figures without a value are left out, they stay in
    the CSV).  Within a group every distinct value (with its range end and
    qualifier) is listed once with the articles reporting it;
    ``disagreement`` says the articles give different values.

    Parameters
    ----------
    figures : list of Figure

    Returns
    -------
    list of dict
        ``{"theme", "subject", "unit", "period", "disagreement", "values":
        [{"value", "value_high", "qualifier", "quote", "articles",
        "article_count"}]}``, groups in order of first appearance; at most
        :data:`SOURCES_PER_VALUE` article ids per value, ``article_count``
        exact.
    """
    # The grouping of geo.figures.extract.summarise_figures, without building its
    # FigureSource objects (a frozen dataclass each: 0.7 s of a 1 s
    # build_layers at 10,000 articles).
    out = []
    for (_, subject, unit, period), members in group_like_figures(figures).items():
        # keyed by the values as stored first (5 and 5.0 are one key), then by
        # their plain form: few distinct values per group, many figures
        raw: dict[tuple, dict] = {}
        for f in members:
            key = (f.value, f.value_high, f.qualifier)
            entry = raw.get(key)
            if entry is None:
                entry = raw[key] = {"quote": f.quote, "articles": {}}
            entry["articles"][f.article] = None
        values: dict[tuple, dict] = {}
        for (value, high, qualifier), entry in raw.items():
            key = (_num(value), _num(high), qualifier)
            found = values.get(key)
            if found is None:
                values[key] = {"value": key[0], "value_high": key[1], "qualifier": qualifier,
                               "quote": entry["quote"], "articles": entry["articles"]}
            else:
                found["articles"].update(entry["articles"])
        rows = []
        for entry in values.values():
            ids = list(entry.pop("articles"))
            rows.append({**entry, "articles": ids[:SOURCES_PER_VALUE], "article_count": len(ids)})
        agree = len({(value, high) for value, high, _ in raw}) <= 1
        out.append({
            "theme": members[0].theme or "other", "subject": subject or "",
            "unit": unit or "", "period": period,
            "disagreement": not agree, "values": rows,
        })
    return out


def _num(value):
    """Plain int/float (no numpy scalars, no NaN) or None."""
    if value is None:
        return None
    if type(value) is int and -2**53 < value < 2**53:  # most values: nothing to do
        return value
    value = float(value)
    if value != value or value in (float("inf"), float("-inf")):
        return None
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _fmt(value) -> str:
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def summary_text(groups: list[dict]) -> str:
    """Return one readable line per group: ``subject [period]: value unit (articles); …``."""
    lines = []
    for g in groups:
        values = "; ".join(
            f"{v['qualifier'] + ' ' if v['qualifier'] else ''}{_fmt(v['value'])}"
            f"{'–' + _fmt(v['value_high']) if v['value_high'] is not None else ''}"
            f" {g['unit']} ({', '.join(v['articles'][:3])}"
            f"{'…' if len(v['articles']) > 3 else ''})"
            for v in g["values"]
        )
        period = f" [{g['period']}]" if g["period"] else ""
        flag = " (values differ)" if g["disagreement"] else ""
        lines.append(f"{g['subject'] or g['unit']}{period}: {values}{flag}")
    return "\n".join(lines)
