"""Rule-based alias names for curated border places.

Articles write "Si Pa Phìn Border Guard Station", "Đồn Biên phòng Si Pa
Phìn", "the Tây Trang border gate", "marker 113": the rules here turn each
curated name into those forms, so the data file lists only the names the
sources print.
"""

from __future__ import annotations

import re
from functools import lru_cache

_POST_SUFFIX = re.compile(r"\s+border\s+post$", re.IGNORECASE)
_GATE_WORDS = re.compile(r"\s+(?:international\s+|main\s+|secondary\s+)?"
                         r"(?:border\s+gate|border\s+crossing|crossing|opening)$", re.IGNORECASE)
_PAIR = re.compile(r"\s*[-–—]\s*")

_POST_FORMS_EN = ("{} Border Post", "{} Border Guard Post", "{} Border Guard Station",
                  "{} Border Station", "{} Border Defence Post", "{} Border Defense Post",
                  "{} Border Guard Station")
_POST_FORMS_VI = ("Đồn Biên phòng {}", "Đồn BP {}", "Đồn biên phòng {}")
_GATE_FORMS = {
    "international": ("{} International Border Gate", "{} international gate",
                      "Cửa khẩu Quốc tế {}", "Cửa khẩu quốc tế {}"),
    "main": ("{} main border gate", "{} main gate", "Cửa khẩu chính {}"),
    "secondary": ("{} secondary border gate", "{} secondary gate", "Cửa khẩu phụ {}"),
    "opening": ("{} border crossing", "{} crossing", "{} opening", "Lối mở {}"),
}
_GATE_COMMON = ("{} Border Gate", "{} border gate", "Cửa khẩu {}")
_MARKER_FORMS = ("Marker {n}", "marker No.{n}", "marker No. {n}", "border marker {n}",
                 "border marker No.{n}", "landmark {n}", "Mốc {n}", "mốc số {n}", "cột mốc {n}",
                 "cột mốc số {n}")
_SERIES_EN = {"VN-LA": ("Vietnam-Laos", "Vietnam–Laos", "Viet Nam-Laos"),
              "VN-CN": ("Vietnam-China", "Vietnam–China", "Viet Nam-China")}


def post_base(name: str) -> str:
    """Return a post's name without "Border Post" (``"Pa Thơm Border Post"`` → ``"Pa Thơm"``)."""
    return _POST_SUFFIX.sub("", name).strip()


def gate_base(name: str) -> str:
    """Return a gate's place name (``"Nậm Đích – Huổi Hịa Border Crossing"`` → ``"Nậm Đích"``)."""
    first = _PAIR.split(_GATE_WORDS.sub("", name.split(" (")[0]).strip())[0]
    return _GATE_WORDS.sub("", first).strip()


def post_aliases(name: str) -> list[str]:
    """Return alias names of a border post from its canonical name.

    ``"Tây Trang International Border Gate Border Post"`` also yields the
    forms built on ``"Tây Trang"`` and ``"Tây Trang Border Gate"``.
    """
    base = post_base(name)
    bases = [base]
    short = gate_base(base)
    if short != base:
        bases += [short, f"{short} Border Gate", f"{short} International Border Gate"
                  if "international" in base.lower() else f"{short} Border Gate"]
    out = [form.format(b) for b in dict.fromkeys(bases) for form in _POST_FORMS_EN]
    out += [form.format(b) for b in dict.fromkeys(bases) for form in _POST_FORMS_VI]
    if short != base:
        out += [f"Đồn Biên phòng Cửa khẩu {short}"]
    return out


def gate_aliases(name: str, gate_type: str, counterpart_name: str | None = None, *,
                 own_names: tuple[str, ...] = (),
                 counterpart_names: tuple[str, ...] = ()) -> list[str]:
    """Return alias names of a border gate or crossing.

    Parameters
    ----------
    name : str
        Canonical name, e.g. ``"Tây Trang International Border Gate"``.
    gate_type : str
        ``international``, ``main``, ``secondary``, ``opening`` or empty.
    counterpart_name : str, optional
        Place name of the gate across the border; adds pair names in both
        orders ("Tây Trang - Pang Hốc", "Pang Hok-Tay Trang"): a pair names the
        crossing, which the map draws at this side's gate (give no counterpart
        for a gate across the border: its pairs are its counterpart's).
    own_names, counterpart_names : tuple of str, optional
        Other names of the gate and of its counterpart ("Longfu Port"): their
        short forms make pair names too ("Longfu-A Pa Chai", "A Pa Chai-Longfu").
    """
    base = gate_base(name)
    forms = _GATE_COMMON + _GATE_FORMS.get(gate_type, ())
    out = [f.format(base) for f in forms]
    if counterpart_name:
        mine = dict.fromkeys([base, *short_gate_names(own_names)])
        others = dict.fromkeys([gate_base(counterpart_name),
                                *short_gate_names(counterpart_names)])
        for a in mine:
            for b in others:
                for sep in (" - ", "-", " – ", "–"):
                    for pair in (f"{a}{sep}{b}", f"{b}{sep}{a}"):
                        out += [pair, *(f"{pair} {w}" for w in ("border gate", "crossing"))]
    return out


#: A gate's other name that is a plain short place name once its gate word is off.
_PLAIN_NAME = re.compile(r"[^\W\d_][\w'’]*(?: [^\W\d_][\w'’]*){0,2}")
_PORT_WORDS = re.compile(r"\s+(?:port(?:\s+of\s+entry)?|checkpoint|gate)$", re.IGNORECASE)


@lru_cache(maxsize=1024)
def short_gate_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """Return the plain short forms of a gate's other names ("Longfu Port" → "Longfu").

    Cached: the mention finder asks it for the gates of every article.
    """
    out = []
    for n in names:
        short = _PORT_WORDS.sub("", gate_base(n))
        if _PLAIN_NAME.fullmatch(short) and not _PAIR.search(short) and all(
                ord(c) < 0x2000 for c in short):  # Latin script only (not "龙富口岸")
            out.append(short)
    return tuple(out)


def marker_aliases(numbers: tuple[int, ...], series: tuple[str, ...]) -> list[str]:
    """Return alias names of a numbered border marker (one number per entry)."""
    out = []
    for n in numbers:
        out += [f.format(n=n) for f in _MARKER_FORMS]
        for s in series:
            for country_pair in _SERIES_EN.get(s, ()):
                out += [f"{country_pair} border marker {n}", f"{country_pair} border marker No.{n}",
                        f"{country_pair} marker {n}"]
    return out
