"""How the model's objects pickle: fast, with the strings that repeat across a corpus shared.

The ``__getstate__``/``__setstate__`` that ``dataclass(slots=True)`` writes
call ``dataclasses.fields()`` for every object unpickled: ~6 µs each, 5 s to
read back the results of 10,000 articles (800,000 mentions, figures and
spans).  Pickling as ``cls(*values)`` gives equal objects, 4-5 times faster.
Applied to the classes of :mod:`geo.model` when :mod:`geo` is imported (its
``__init__`` imports this module), so every process that reads or writes
results pickles them so.
"""

from __future__ import annotations

import sys

from geo.model import Article, ArticleResult, Failure, Figure, Mention, Place, Span

__all__ = ["INTERNED_FIELDS"]

#: The fields of mentions and figures whose strings repeat across a corpus (kinds,
#: ids, names, units, themes, explanations, surfaces, quotes, article fields): shared
#: (``sys.intern``) as they are unpickled, and by :func:`geo.cache.intern_result`.
#: Results unpickled one by one would each carry their own copies: at 10,000
#: articles, 54 MB more in ``geo export``'s parent.
INTERNED_FIELDS: dict[type, tuple[str, ...]] = {
    Mention: ("kind", "precision", "method", "place_id", "name", "legacy_unit", "legacy_name",
              "successor", "successor_name", "marker_series", "why", "surface", "article",
              "article_date", "date_source"),
    Figure: ("unit", "subject", "theme", "qualifier", "period", "date", "place_name",
             "scope_reason", "article", "article_date", "date_source", "quote"),
}

#: per class: the getter of its values, the positions of its INTERNED_FIELDS among them
_PLANS: dict[type, tuple[object, tuple[int, ...]]] = {}


def _plan(cls) -> tuple[object, tuple[int, ...]]:
    plan = _PLANS.get(cls)
    if plan is None:
        from dataclasses import fields
        from operator import attrgetter

        names = [f.name for f in fields(cls) if f.init]
        wanted = INTERNED_FIELDS.get(cls, ())
        plan = _PLANS[cls] = (attrgetter(*names),
                              tuple(i for i, name in enumerate(names) if name in wanted))
    return plan


def _reduce(self):
    cls = type(self)
    getter, shared = _plan(cls)
    return (_unpickle_shared, (cls, getter(self))) if shared else (cls, getter(self))


def _unpickle_shared(cls, values: tuple):
    """Return ``cls(*values)`` with the strings of :data:`INTERNED_FIELDS` interned.

    (At unpickling, not after: a third less time than setting each field of
    the object again.)
    """
    values = list(values)
    for i in _plan(cls)[1]:
        if type(value := values[i]) is str:
            values[i] = sys.intern(value)
    return cls(*values)


for _cls in (Place, Span, Mention, Figure, Article, ArticleResult, Failure):
    _cls.__reduce__ = _reduce
del _cls
