"""Records that `extract` makes with `model.built` (sections, figures, subjects, evidence)
are what their constructors make: every field, in declaration order, equal."""

from __future__ import annotations

import pickle
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import mzextract
from mzextract.model import Evidence, Figure, Kind, built, evidence

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "docs"


def test_built_records_hold_every_field_in_order() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:2])
    report = mzextract.extract(text, meaning=False)
    records: list[Any] = [*report.sections, *report.figures]
    records += [f.subject for f in report.figures if f.subject is not None]
    records += [e for r in (*report.sections, *report.figures) for e in r.evidence]
    assert report.figures and report.sections
    for record in records:
        assert list(vars(record)) == [f.name for f in fields(record)]
        assert replace(record) == record
        assert pickle.loads(pickle.dumps(record)) == record


def test_built_equals_constructed() -> None:
    assert evidence("value", "r", 1, 2, "x") == Evidence("value", "r", 1, 2, "x")
    figure = Figure(0, 1, "x", Kind.MONEY, None, "u")
    assert built(Figure, {f.name: getattr(figure, f.name) for f in fields(Figure)}) == figure
