"""docs/meaning.md: its examples run and print what it says, and its programme table is
the rule data's."""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import re
from pathlib import Path

import pytest

from mzextract.meaning import programme_table

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "meaning.md"


def test_pycon_examples() -> None:
    text = PAGE.read_text(encoding="utf-8")
    blocks = re.findall(r"```pycon\n(.*?)```", text, re.S)
    assert len(blocks) >= 4
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    globs: dict[str, object] = {}
    for i, block in enumerate(blocks):
        test = parser.get_doctest(block, globs, f"meaning block {i}", str(PAGE), 0)
        out = io.StringIO()
        runner.run(test, out=out.write, clear_globs=False)
        assert runner.failures == 0, out.getvalue()
        globs = test.globs


def test_programme_table_is_the_rule_data() -> None:
    assert programme_table() in PAGE.read_text(encoding="utf-8")


def test_panel_example_prints_its_table(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pandas")
    text = PAGE.read_text(encoding="utf-8")
    code, expected = re.findall(r"```python\n(.*?)```\s*```text\n(.*?)```", text, re.S)[0]
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(code, {})
    # pandas may align columns differently between versions; the cells are what count.
    assert out.getvalue().split() == expected.split(), os.linesep + out.getvalue()
