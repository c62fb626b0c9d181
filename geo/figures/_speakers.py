"""Who "we" are: the speaker's unit for "we", "our officers", "his unit", "my post".

Private to :mod:`geo.figures._context`.  A "we" actor
(:data:`geo.figures._actors.WE`) stands for the unit of its speaker, a place
named as someone's: a role ("commander of the Nà Bủng Border Post", "the
post's commander", "chairman of the district People's Committee", "Major Lò
Văn Hùng of the Leng Su Sìn Border Post").  Which role is the speaker's: in
the actor's paragraph the last one before it; else the role its paragraph's
named speaker was introduced with (a transcript's "Chairman Pờ Văn Khà: My
commune ...", '"We have proposed ...," Hoàn said'); else the first role after
it in its paragraph ('"We handed over 21 people," said X, commander of Y');
else the last one named before it in the article (an interview's
introduction).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from geo.figures._actors import FACILITY_ACTORS, UNIT_ACTORS, WE, Actor

__all__ = ["speakers_units"]

#: A place named as someone's unit: "commander of the Nà Bủng Border Post", "chairman of
#: Sín Thầu commune", "a village head in Muang Mai".
_ROLE_OF = re.compile(r"\b(?:commander|commissar|head|chief|leader|chairman|chairwoman|"
                      r"chairperson|director|secretary|captain|governor)[^\S\n]+(?:of|in)[^\S\n]+"
                      # "director of the health department of Phongsaly province"
                      r"(?:the[^\S\n]+)?(?:(?:[a-z-]+[^\S\n]+){1,3}of[^\S\n]+)?$", re.IGNORECASE)
#: ... or after it: "the post's commander", "the Si Pa Phìn Border Post's political commissar"
_ROLE_AFTER = re.compile(r"[’']s[^\S\n]+(?:(?:deputy|political|vice)[^\S\n]+){0,2}(?:commander|"
                         r"commissar|head|chief|leader|chairman|chairwoman|governor)\b")
#: ... or in apposition to a name, the unit named just before: "At the Pa Thơm Border Post,
#: ..., Major Quàng Văn Dũng, the political commissar, unrolls a map" (a post's role, or a
#: commune's chairman)
_ROLE_APPOSED = re.compile(r",[^\S\n]+the[^\S\n]+(?:(?:deputy|political|vice)[^\S\n]+){0,2}"
                           r"(?P<role>commander|commissar|chairman|chairwoman)\b(?![^\S\n]+of\b|['’])")
_ROLE_KIND = {"commander": "border_post", "commissar": "border_post", "chairman": "commune",
              "chairwoman": "commune"}
#: A role of a unit named in words the gazetteer lacks: "Major Bounmy, commander of Border
#: Company 163" (no place named: none of ours), found from its rare " of " and a capital
_OF_CAPITAL = re.compile(r"of[^\S\n]+(?:the[^\S\n]+)?(?=[A-Z])")  # (no lookbehind: fast)
_ROLE_BEFORE = re.compile(r"\b(?:commander|commissar|head|chief|leader|director)[^\S\n]+$")
_UNIT_WORDS = re.compile(r"[^,.;:()\n]{3,60}")
#: "head of the border post at the gate": the post of the gate named before
_AT_GATE = re.compile(r"[^\S\n]+at[^\S\n]+the[^\S\n]+(?:border[^\S\n]+)?gate\b")
#: ... or as a unit's: "the village head", "the commune chairman" (of the last one named)
_HEAD_NEXT = re.compile(r"[^\S\n]+(?:head(?:man)?|chief|chairman|chairwoman|elder|leader|"
                        r"[Gg]overnor)\b")
_UNIT_HEADS = ("village", "commune")
#: The actors a role "of" may stand before ("commander of the post", "chairman of the
#: district People's Committee", "deputy commander of the provincial Command")
_ROLE_KINDS = frozenset({*FACILITY_ACTORS, *UNIT_ACTORS, "province"})
#: An officer of a post by rank and name: "Major Lò Văn Hùng of the Leng Su Sìn Border Post"
_RANK_OF = re.compile(r"\b(?:Major|Colonel|Captain|Lieutenant|Sergeant|General|(?:Lt|Col|Maj|Capt)"
                      r"\.)[^\S\n]+(?:[A-ZĐ][\w'’-]*[^\S\n]+){1,4}(?:of|from)[^\S\n]+"
                      r"(?:the[^\S\n]+)?$")

#: Who speaks: a transcript's label opening a paragraph ("Chairman Pờ Văn Khà: ", "**Major
#: Chung:** "), a name before a verb of saying ('"...," Hoàn said') or after one ("said
#: Lieutenant Colonel Lò Văn Hoàn")
_LABEL = re.compile(r"(?:\*\*)?(?P<name>[A-ZĐ][^\n:*\"“”]{1,50}?)(?:\*\*)?:(?:\*\*)?[^\S\n]")
_SAID = re.compile(r"\b(?:said|says|added|adds|told|tells|explained|recalled|noted|stressed)\b")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?P<name>[A-ZĐ][\w'’-]*(?:[^\S\n]+[A-ZĐ][\w'’-]*){0,5}),?"
                          r"[^\S\n]+$")
_NAME_AFTER = re.compile(r"[^\S\n]+(?P<name>[A-ZĐ][\w'’.-]*(?:[^\S\n]+[A-ZĐ][\w'’.-]*){0,5})")
#: ... the words before the name itself
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "madam", "chairman", "chairwoman", "vice", "deputy",
                     "major", "colonel", "lieutenant", "lt", "col", "captain", "capt", "general",
                     "senior", "political", "commissar", "commander", "secretary", "director",
                     "head", "chief", "officer", "sergeant", "governor"})
#: ... and words that are no one's name ("He said", "The report said")
_NO_NAMES = frozenset({"he", "she", "they", "it", "we", "i", "the", "this", "that", "officials",
                       "police", "reporter", "q", "a", "note", "photo", "source", "update",
                       "updated", "editor", "tags", "related", "caption", "read", "see"})
#: How far from a speaker's name (where the name is introduced) the role is said
_NAME_REACH = 60
#: The most speakers' names an article's roles are looked up for
_MAX_NAMES = 64


def speakers_units(actors: list[Actor], text: str, paragraphs, mentions) -> list[Actor]:
    """Give each "we" actor its speaker's unit; drop those with none ("our post": the post).

    *actors* are :func:`geo.figures._actors.find_actors`'s, *paragraphs* the
    body's spans, *mentions* the usable ones, in text order.  Linear: every
    look-up is a bisection.
    """
    if not any(a.kind == WE for a in actors):
        return actors
    last = _LastOfKind(mentions)
    roles = [(m.start, m) for m in mentions if _ROLE_OF.search(text, max(0, m.start - 45),
                                                                m.start) or _ROLE_AFTER.match(
        text, m.end) or m.kind == "border_post" and _RANK_OF.search(
        text, max(0, m.start - 60), m.start)]  # "the Nà Bủng Border Post's commander"
    for a in actors:  # "Lò Văn Pọm, commander of the post", "the post's commander"
        role_of = a.kind in _ROLE_KINDS and _ROLE_OF.search(text, max(0, a.start - 45), a.start)
        if a.kind in FACILITY_ACTORS and (role_of or _ROLE_AFTER.match(text, a.end)):
            kind = "border_gate" if a.kind == "post" and _AT_GATE.match(text, a.end) \
                else FACILITY_ACTORS[a.kind]  # "head of the border post at the gate": the gate's
            if (named := last(kind, a.start)) is not None:
                roles.append((a.start, named))
        elif a.kind in UNIT_ACTORS and role_of:  # "chairman of the district People's
            roles.append((a.start, a))  # Committee": the district "the district" stands for
        elif a.kind in _UNIT_HEADS and _HEAD_NEXT.match(text, a.end) and (
                named := last(a.kind, a.start)) is not None:
            roles.append((a.start, named))  # "Nậm Đích village ..., the village head"
        elif a.kind in ("district", "county") and _HEAD_NEXT.match(text, a.end):
            roles.append((a.start, a))  # "the district Governor": as "the district" stands
        elif a.kind == "province" and role_of:
            roles.append((a.start, None))  # "deputy commander of the provincial Command": no post
    for role in _ROLE_APPOSED.finditer(text):
        named = last(_ROLE_KIND[role["role"]], role.start())
        if named is not None and role.start() - 200 <= named.end \
                and "\n" not in text[named.end:role.start()]:  # (in its paragraph)
            roles.append((role.start(), named))
    taken = sorted(pos for pos, _ in roles)
    starts = [m.start for m in mentions]
    for of in _OF_CAPITAL.finditer(text):
        if (role := _ROLE_BEFORE.search(text, max(0, of.start() - 12), of.start())) and (
                unit := _UNIT_WORDS.match(text, of.end())):
            lo, hi = role.start(), unit.end()
            if not _any_between(taken, lo, hi) and not _any_between(starts, lo, hi):
                roles.append((hi, None))
    roles.sort(key=lambda r: r[0])
    role_starts = [pos for pos, _ in roles]
    par_starts = [p.start for p in paragraphs]
    named = _NamedSpeakers(text, paragraphs, mentions, roles)
    out = []
    for actor in actors:
        if actor.kind != WE:
            out.append(actor)
            continue
        i = bisect_right(par_starts, actor.start) - 1
        k = bisect_left(role_starts, actor.start)  # roles before the actor: [:k]
        lo = bisect_left(role_starts, paragraphs[i].start) if i >= 0 else k
        hi = bisect_left(role_starts, paragraphs[i].end) if i >= 0 else k
        near = roles[min(k, hi) - 1][1] if lo < min(k, hi) else _NONE  # in its paragraph,
        # before it
        said = named.unit(i, actor.start) if near is _NONE else _NONE
        unit = near if near is not _NONE else said if said is not _NONE else roles[lo][1] \
            if lo < hi else roles[k - 1][1] if k else None
        if unit is not None:
            out.append(Actor(actor.start, actor.end, WE, actor.phrase, unit))
        elif actor.phrase.endswith(("post", "unit", "station")):
            out.append(Actor(actor.start, actor.end, "post", actor.phrase))
    return out


def _any_between(positions: list[int], lo: int, hi: int) -> bool:
    """Tell whether sorted *positions* hold one strictly between *lo* and *hi*."""
    k = bisect_right(positions, lo)
    return k < len(positions) and positions[k] < hi


class _LastOfKind:
    """The last mention of a kind ending at or before a position, by bisection."""

    __slots__ = ("ends", "found")

    def __init__(self, mentions) -> None:
        self.found: dict[str, list] = {}
        for m in mentions:
            self.found.setdefault(m.kind, []).append(m)
        for found in self.found.values():
            found.sort(key=lambda m: m.end)
        self.ends = {kind: [m.end for m in found] for kind, found in self.found.items()}

    def __call__(self, kind: str, pos: int):
        k = bisect_right(self.ends.get(kind, ()), pos)
        return self.found[kind][k - 1] if k else None


#: No named speaker's role (a role of no place we know is ``None``)
_NONE = object()


class _NamedSpeakers:
    """The roles of the speakers a paragraph names, found when first asked.

    Linear in the text: each name is looked for once (the first place it has
    a role, cached), and roles and mentions are found by bisection.
    """

    __slots__ = ("text", "paragraphs", "starts", "ends", "roles", "role_starts", "found",
                 "names")

    def __init__(self, text: str, paragraphs, mentions, roles) -> None:
        self.text, self.paragraphs, self.roles = text, paragraphs, roles
        self.starts = [m.start for m in mentions]
        self.ends = [m.end for m in mentions]
        self.role_starts = [pos for pos, _ in roles]
        self.found: dict[int, list] = {}
        self.names: dict[str, tuple[int, object]] = {}

    def unit(self, i: int, pos: int):
        """Return the unit of the speaker named nearest *pos* in paragraph *i*, else ``_NONE``."""
        if i < 0:
            return _NONE
        if i not in self.found:
            self.found[i] = [(at, unit) for at, name in self._names(self.paragraphs[i])
                             if (unit := self._role_of(name, at)) is not _NONE]
        said = self.found[i]
        return min(said, key=lambda s: abs(s[0] - pos))[1] if said else _NONE

    def _names(self, par):
        """Yield ``(position, name)`` of each speaker *par* names."""
        text = self.text
        if label := _LABEL.match(text, par.start, par.end):
            yield par.start, label["name"]
        for verb in _SAID.finditer(text, par.start, par.end):
            if before := _NAME_BEFORE.search(text, max(par.start, verb.start() - 60),
                                             verb.start()):
                yield before.start("name"), before["name"]
            if after := _NAME_AFTER.match(text, verb.end(), par.end):
                yield after.start("name"), after["name"]

    def _role_of(self, said: str, at: int):
        """Return the unit of the role nearest the name *said* where it first has one.

        ``_NONE`` when it has none before the name's place *at* or is no
        person's name.
        """
        words = said.split()
        while words and words[0].lower().rstrip(".") in _TITLES:
            words = words[1:]
        name = " ".join(words)
        k = bisect_left(self.starts, at + len(said)) - 1
        if len(name) < 3 or name.lower() in _NO_NAMES or k >= 0 and self.ends[k] > at:
            return _NONE  # "Xinhua said", "the Nà Bủng Border Post said": no person
        if name not in self.names:
            if len(self.names) >= _MAX_NAMES:
                return _NONE  # (each name is a pass over the text: bounded, linear)
            self.names[name] = self._first_role(name)
        where, unit = self.names[name]
        return unit if where < at + len(said) else _NONE

    def _first_role(self, name: str) -> tuple[int, object]:
        """Return ``(position, unit)`` of the first place *name* has a role near it."""
        text = self.text
        for m in re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])").finditer(text):
            first, end = m.start(), m.end()
            lo = bisect_left(self.role_starts, first - _NAME_REACH)
            hi = bisect_right(self.role_starts, end + _NAME_REACH)
            near = [(first - pos if pos < first else pos - end, unit)
                    for pos, unit in self.roles[lo:hi]
                    if "\n" not in text[min(pos, first):max(pos, end)]]
            if near:
                return first, min(near, key=lambda n: n[0])[1]
        return len(text), _NONE
