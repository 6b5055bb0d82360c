"""Bad and adversarial input in small doses: `extract` raises nothing and keeps its spans.

The megabyte inputs, the time per MB and the memory per character are measured in
benchmarks/bench_robustness.py (print, never assert); here every input stays small.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import mzextract
from mzextract.report import Report

ADVERSARIAL: dict[str, str] = json.loads(
    (Path(__file__).resolve().parent / "data" / "adversarial_patterns.json").read_text("utf-8")
)

# Inputs that raised or misread before: each must give a report with traceable spans.
CRASHES = [
    "全年共发放救助资金十万陆仟伍佰元。",  # min() of an empty unit list
    "资金三万",
    "资金三至五万",
    "资金" + "9" * 29 + "元",  # decimal.InvalidOperation
    "资金" + "9" * 29 + "万元",
    "资金1" + "0" * 40 + "元",
    "3-1,234,567,890,123,456,789,012,345,678万元",  # long comma groups in a range
    "1,234,567,890,123,456,789,012,345,678,901至2万元",
    "资金" + "万" * 100,
    "资金" + "一亿" * 40 + "元",
    "资金" + "9" * 200 + "元",
    "资金1e5元",
    "资金NaN元",
]


def check(text: str, report: Report) -> None:
    assert report.text == text
    end = 0
    for f in report.figures:
        assert end <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        end = f.end


@pytest.mark.parametrize("text", CRASHES)
def test_former_crash(text: str) -> None:
    check(text, mzextract.extract(text))


@pytest.mark.parametrize("unit", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_pattern_repeated(unit: str) -> None:
    text = unit * (5_000 // len(unit))
    check(text, mzextract.extract(text))


@pytest.mark.parametrize(
    "unit", ["1", "1 ", " ", "\n", "一、\n", "（一）\n", "1元", "万", "一 十 ", "1,"]
)
def test_long_runs(unit: str) -> None:
    """The runs that were quadratic or took 110 bytes per character: a few thousand each."""
    text = unit * (20_000 // len(unit))
    check(text, mzextract.extract(text))


def test_reports_concatenated_find_every_copy() -> None:
    corpus = Path(__file__).resolve().parent.parent / "corpus" / "docs"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")))
    one = mzextract.extract(text)
    three = mzextract.extract(text * 3)
    assert len(three.figures) >= 3 * len(one.figures)
    check(text * 3, three)
