"""Place mentions: names found in an article and resolved against the gazetteer.

:func:`find_mentions` (in :mod:`.find`, which only strings the stages
together) is the entry point.  Inside: :mod:`._index` (the name automaton,
kept on the gazetteer), :mod:`.triggers` (designator words), :mod:`.markers`
(numbered border markers), :mod:`._context` (the grammar around each name),
:mod:`.era` (the era an article writes in) and :mod:`.resolve` (every rule
that picks a place).
"""

from geo.mentions._unknown import context_place_id
from geo.mentions.find import find_mentions

__all__ = ["context_place_id", "find_mentions"]
