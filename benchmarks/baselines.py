"""The two baselines the benchmark compares ``geo`` with, on the same corpus.

* :class:`SpacyBaseline`: what a Python engineer reaches for first,
  ``spacy.blank("en")`` and a ``PhraseMatcher(attr="LOWER")`` over the same
  gazetteer names.  It only finds names: no folding of diacritics beyond the
  ASCII spellings we add as patterns, no resolution, no figures, no furniture.
* :class:`ScanBaseline`: a bare multi-pattern scan, one pyahocorasick
  automaton over the folded names run over the folded text
  (:func:`geo.text.fold`), keeping matches on word boundaries.  Finding names
  cannot be done much faster in Python: the practical upper bound.

Both take the article texts and return the number of name matches, so the
benchmark can time them and say how much they found.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def gazetteer_names(gazetteer) -> list[str]:
    """Return every name, ASCII spelling and alternate name in *gazetteer*, sorted.

    Names shorter than three characters are left out (they match inside
    ordinary words and no matcher would use them).
    """
    names: set[str] = set()
    for place in gazetteer.places:
        for name in (place.name, place.name_ascii, *place.alt_names):
            if name and len(name.strip()) >= 3:
                names.add(name.strip())
    return sorted(names)


class SpacyBaseline:
    """spaCy ``blank("en")`` tokenizer + ``PhraseMatcher(attr="LOWER")``."""

    label = "spaCy blank + PhraseMatcher"

    def __init__(self, names: Sequence[str]) -> None:
        import spacy
        from spacy.matcher import PhraseMatcher

        self.nlp = spacy.blank("en")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.matcher.add("PLACE", list(self.nlp.tokenizer.pipe(names)))

    def count(self, texts: Iterable[str]) -> int:
        """Return the number of name matches in *texts*."""
        n = 0
        for doc in self.nlp.pipe(texts, batch_size=64):
            n += len(self.matcher(doc))
        return n


class ScanBaseline:
    """One Aho-Corasick automaton over folded names, run over folded text."""

    label = "Aho-Corasick scan of folded text"

    def __init__(self, names: Sequence[str]) -> None:
        import ahocorasick

        from geo.text import fold

        self._fold = fold
        self.automaton = ahocorasick.Automaton()
        for name in names:
            key = fold(name).strip()
            if key:
                self.automaton.add_word(key, len(key))
        self.automaton.make_automaton()

    def count(self, texts: Iterable[str]) -> int:
        """Return the number of name matches (on word boundaries) in *texts*."""
        n = 0
        for text in texts:
            folded = self._fold(text)
            size = len(folded)
            for end, length in self.automaton.iter(folded):
                start = end - length + 1
                if (start == 0 or not folded[start - 1].isalnum()) and (
                    end + 1 == size or not folded[end + 1].isalnum()
                ):
                    n += 1
        return n
