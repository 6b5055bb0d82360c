"""Dump what the meaning layer decides on every text the project has, as JSON: per figure
its labels and every evidence record, per report its meta and comparisons. A change that
should not change the output (a speed-up) must leave the file byte-identical.

python benchmarks/meaning_snapshot.py OUT.json
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from figures_snapshot import line, texts, write  # the same texts: every document, case

import mzextract
from mzextract.report import Report


def dump(report: Report) -> dict[str, Any]:
    meta = report.meta
    return {
        "meta": None if meta is None else repr(meta),
        "comparisons": [repr(c) for c in report.comparisons],
        "figures": [
            [
                f.start,
                f.end,
                None if f.programme is None else f.programme.key,
                f.area,
                f.measure,
                f.role,
                None if f.period is None else f.period.iso,
                [[e.field, e.rule, e.start, e.end, e.text] for e in f.evidence],
            ]
            for f in report.figures
        ],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    # One line per figure, so that a diff points at the figures that changed.
    docs = []
    for name, text in sorted(texts().items()):
        d = dump(mzextract.extract(text))
        figures = ",\n".join(line(f, sort_keys=True) for f in d.pop("figures"))
        head = line(d, sort_keys=True)[:-1]
        docs.append(f'{line(name, sort_keys=True)}: {head}, "figures": [\n{figures}]}}')
    write(args.out, docs)


if __name__ == "__main__":
    main()
