"""Check that a rule pack takes no figure from another kind, on every text the project has.

    python benchmarks/packs_sweep.py [--pack institutions]

For every document of the corpus and the development sets: the figures of the shipped
kinds found with the pack (span, kind, value, range, unit, flags) must be those found
without it; only the pack's own kind is added. Prints the documents checked, the figures
the pack added and every document where the shipped kinds differ (none, when all is well).
``tests/test_packs.py`` runs the same check on a fixed sample of the sets; this sweep is
the whole of it, about two minutes of CPU on the sets of this repository.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import mzextract
from mzextract.rules import Rules

ROOT = Path(__file__).resolve().parent.parent


def key(f: mzextract.Figure) -> tuple[object, ...]:
    return (f.start, f.end, f.kind.name, f.value, f.range, f.unit, f.approx, f.rate, f.per)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", default="institutions")
    args = parser.parse_args()
    rules = Rules.default().with_pack(args.pack)
    paths = [
        *sorted((ROOT / "corpus" / "docs").glob("*.txt")),
        *sorted((ROOT / "tests" / "data").glob("*/docs/*.txt")),
    ]
    t0 = time.process_time()
    added = 0
    differ = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        base = [key(f) for f in mzextract.extract(text, meaning=False).figures]
        more = mzextract.extract(text, rules=rules, meaning=False).figures
        if [key(f) for f in more if f.kind != args.pack] != base:
            differ.append(str(path.relative_to(ROOT)))
        added += sum(f.kind == args.pack for f in more)
    print(
        f"{len(paths)} documents, {added} figures of {args.pack} added, "
        f"{len(differ)} documents whose shipped kinds differ "
        f"({time.process_time() - t0:.0f} CPU s)"
    )
    for d in differ:
        print("  " + d)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
