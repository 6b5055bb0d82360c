"""Large and adversarial inputs: extract finishes and keeps its invariants.

Time is not asserted here (see benchmarks/bench_scaling.py for the scaling
figures); a pattern that backtracked catastrophically would not finish.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import mzextract

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "docs"

# Shared with benchmarks/bench_scaling.py: each is repeated to a megabyte.
ADVERSARIAL: dict[str, str] = json.loads(
    (Path(__file__).resolve().parent / "data" / "adversarial_patterns.json").read_text("utf-8")
)


@pytest.mark.parametrize("unit", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_megabyte_finishes_with_valid_spans(unit: str) -> None:
    text = unit * (1_000_000 // len(unit))
    report = mzextract.extract(text)
    for f in report.figures[:1000]:
        assert text[f.start : f.end] == f.text


def test_ten_megabytes_of_reports() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    big = text * (10_000_000 // len(text) + 1)
    report = mzextract.extract(big)
    one = mzextract.extract(text)
    copies = len(big) // len(text)
    assert len(report.figures) >= copies * len(one.figures)
    last = report.figures[-1]
    assert big[last.start : last.end] == last.text
