"""The examples in docs/guide.md run and print what the guide says they print."""

from __future__ import annotations

import contextlib
import doctest
import io
import re
from decimal import Decimal
from pathlib import Path

import pytest

from mzextract import extract

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "guide.md"


def test_guide_pycon_examples() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    blocks = re.findall(r"```pycon\n(.*?)```", text, re.S)
    assert blocks, "the guide has no pycon examples"
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    globs: dict[str, object] = {}
    for i, block in enumerate(blocks):
        test = parser.get_doctest(block, globs, f"guide block {i}", str(GUIDE), 0)
        out = io.StringIO()
        runner.run(test, out=out.write, clear_globs=False)
        assert runner.failures == 0, out.getvalue()
        globs = test.globs


def test_guide_scripts_print_their_output() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    pairs = re.findall(r"```python\n(.*?)```\s*```text\n(.*?)```", text, re.S)
    assert pairs
    for code, expected in pairs:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(code, {})
        assert out.getvalue() == expected


def _table_rows() -> list[tuple[str, str, str, str, str, str]]:
    """Rows of the guide's example tables: text, figure, kind, value, flags, subject."""
    rows = []
    text = ""
    in_table = False
    for line in GUIDE.read_text(encoding="utf-8").splitlines():
        if line.startswith("| text | figure | kind | value | flags | subject |"):
            in_table = True
            continue
        if not line.startswith("|"):
            in_table = False
            continue
        if not in_table or line.startswith("|---"):
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        source = cells[0].strip("`")
        text = text if source == "〃" else source.replace("\\n", "\n")
        figure, kind, value, flags, subject = (c.strip("`") for c in cells[1:6])
        rows.append((text, figure, kind, value, flags, subject))
    return rows


TABLE_ROWS = _table_rows()


@pytest.mark.parametrize(("text", "figure", "kind", "value", "flags", "subject"), TABLE_ROWS)
def test_guide_table_row(
    text: str, figure: str, kind: str, value: str, flags: str, subject: str
) -> None:
    report = extract(text)
    if figure == "—":
        assert not report.figures, report.figures
        return
    wanted = figure.replace("\\n", "\n")
    found = [f for f in report.figures if f.text == wanted]
    assert found, f"{wanted!r} not among {[f.text for f in report.figures]}"
    f = found[0]
    assert f.kind.value == kind
    if value == "None":
        assert f.value is None
    elif value.startswith("["):
        low, high = (Decimal(v) for v in value.strip("[]").split(","))
        assert f.range == (low, high)
    else:
        assert f.value == Decimal(value)
    assert f.approx == ("approx" in flags)
    assert f.rate == ("rate" in flags)
    assert f.redacted == ("redacted" in flags)
    if "per=" in flags:
        assert f.per == flags.split("per=")[1].split()[0]
    assert (f.subject.text if f.subject else "—") == subject
