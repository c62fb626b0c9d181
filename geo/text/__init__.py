"""Text: folding with offsets kept (:mod:`.folding`), sentences, paragraphs (:mod:`.passages`)."""

from geo.text.folding import Folded, fold, strip_diacritics
from geo.text.passages import Passages, paragraph_spans, sentence_spans, span_containing

__all__ = ["Folded", "Passages", "fold", "paragraph_spans", "sentence_spans",
           "span_containing", "strip_diacritics"]
