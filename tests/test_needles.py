"""Needled patterns: the same answers as their patterns, on real article text.

A :class:`geo.text.needles.Needled` pattern skips a window that holds none of
its needles; a needle missing from the list would make it miss a match the
pattern finds.  Every such pattern of the product is compared with its plain
pattern over windows of the development articles and the seeds (what the
figures' rules search: 60 to 400 characters around a figure, and whole texts).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import geo
from geo.reading.read import read_article
from geo.text.needles import Needled

ROOT = Path(__file__).resolve().parent.parent


def _needled() -> tuple[dict[str, Needled], set[str]]:
    """Return each Needled pattern under one of its names, and every name it has."""
    found: dict[int, tuple[str, Needled]] = {}
    names: set[str] = set()
    for info in pkgutil.walk_packages(geo.__path__, "geo."):
        if info.name.startswith(("geo.text", "geo.figures", "geo.mentions")):
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                if isinstance(value, Needled):
                    found.setdefault(id(value), (f"{info.name}.{name}", value))
                    names.add(f"{info.name}.{name}")
    return dict(found.values()), names


NEEDLED, NAMES = _needled()


@pytest.fixture(scope="module")
def texts() -> list[str]:
    paths = sorted((ROOT / "tests" / "data" / "dev").glob("*.txt"))[::9] + sorted(
        (ROOT / "seeds").glob("*.txt"))
    return [read_article(p).text for p in paths]


def test_the_figures_rules_use_needled_patterns():
    # the rules whose windows are searched for every figure (the reason for the class)
    assert {"geo.figures._scope.LAW", "geo.figures._scope.STEWARDS",
            "geo.figures._life.LIFE"} <= NAMES


@pytest.mark.parametrize("name", sorted(NEEDLED))
def test_a_needled_pattern_finds_what_its_pattern_finds(name, texts):
    needled = NEEDLED[name]
    plain = needled.pattern
    for text in texts:
        for start in range(0, len(text), 71):
            for size in (60, 400):
                end = min(len(text), start + size)
                a, b = needled.search(text, start, end), plain.search(text, start, end)
                assert (a and a.span()) == (b and b.span()), text[start:end]
        assert [m.span() for m in needled.finditer(text)] == [
            m.span() for m in plain.finditer(text)]


def test_needles_of_a_case_blind_pattern_hold_no_letter_it_matches_otherwise():
    # "İ", "ı" match "i" and "ſ" matches "s" under re.IGNORECASE; str.lower gives them back
    # otherwise, so a needle with those letters could skip a match
    pattern = re.compile(r"\bprovinces\b", re.IGNORECASE)
    with pytest.raises(ValueError):
        Needled(pattern, "provinces")
    assert Needled(pattern, "prov").search("the two PROVINCES") is not None
    assert Needled(pattern, "prov").search("the two communes") is None
