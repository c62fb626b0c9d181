"""One sense per article: a bare name means what the article said it was.

Private helper of :mod:`geo.mentions.find`.  "... on a forest trail in Nam Dich
village, Cha Nua commune ... then walked 9 km to Nam Dich": the bare "Nam
Dich" is the village named a paragraph before, not the crossing that the
gazetteer prefers for the bare name.  A bare name takes the place of the
last mention of the same name that a type word made explicit as a village
or an administrative unit ("village", "commune" ...), when that place is one
the name can mean.
"""

from __future__ import annotations

from geo.mentions._index import NameHit

__all__ = ["carry_typed_sense"]

#: Kinds a type word makes explicit that a bare name then keeps.  Not posts and gates:
#: "the Huổi Puốc Border Gate Border Post", then "Huổi Puốc and Tây Trang handled 70 % of
#: the trade" (the gates), or "the Mường Nhà post", then "Mường Nhà" (the commune).
_AREAS = frozenset({"village", "commune", "ward", "district", "province"})


def carry_typed_sense(hits: list[NameHit]) -> None:
    """Give each bare hit the place of the last typed hit of its name before it (in place)."""
    typed: dict[str, NameHit] = {}
    for h in hits:
        if h.skip or h.place is None:
            continue
        if h.how in ("after", "before") and h.trigger_word:
            if h.kind in _AREAS:
                typed[h.entry.key] = h
            continue
        prev = typed.get(h.entry.key)
        if (h.how == "bare" and prev is not None and prev.place.id != h.place.id
                # "Điện Biên", "Phongsaly": the province, whatever was said before
                and h.place.kind != "province" and h.place.precision != "province"
                and any(p.id == prev.place.id for p, _ in h.entry.cands)):
            h.place, h.kind = prev.place, prev.kind
            h.why = f"as with '{prev.trigger_word}' before in the article; {h.why}"
