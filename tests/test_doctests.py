"""The examples in the package's docstrings run and give what they say.

Every module of ``geo`` whose docstrings hold an example (``>>>``) is run
through :mod:`doctest`; a docstring that drifts from the code fails here, in
the quick tier, rather than misleading a reader.
"""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

import geo

ROOT = Path(geo.__file__).parent
WITH_EXAMPLES = sorted(
    ".".join(("geo", *path.relative_to(ROOT).with_suffix("").parts))
    for path in ROOT.rglob("*.py")
    if path.name != "__main__.py" and ">>> " in path.read_text(encoding="utf-8")
)


def test_some_modules_have_examples():
    assert "geo.figures.numbers" in WITH_EXAMPLES


@pytest.mark.parametrize("name", WITH_EXAMPLES)
def test_examples_hold(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0
