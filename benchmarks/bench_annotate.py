"""The meaning layer alone: CPU milliseconds of `annotate` on the figures that
`extract(meaning=False)` found once, next to `extract(meaning=False)` itself, on the corpus
and the development texts (each joined once, as they are). ``--against SRC`` times the
package in another source folder (a ``src`` of another checkout) in the same run, the two
taking turns, each in a process of its own.

python benchmarks/bench_annotate.py [--rounds 5] [--against /path/to/other/src]

Best of ``--rounds`` (``time.process_time``): the machine may be shared, and only ratios
within one run mean something. Printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "corpus": sorted((ROOT / "corpus" / "docs").glob("*.txt")),
    "dev": sorted((ROOT / "tests" / "data").glob("*/docs/*.txt")),
}


def measure(rounds: int) -> dict[str, dict[str, float]]:
    """Per set: the best seconds of `annotate` and of `extract(meaning=False)`."""
    import mzextract
    from mzextract.layout import blank_footers
    from mzextract.meaning import annotate
    from mzextract.rules import Rules

    rules = Rules.default()
    out = {}
    for name, paths in SETS.items():
        text = "\n".join(p.read_text(encoding="utf-8") for p in paths)
        plain = mzextract.extract(text, meaning=False)
        base = blank_footers(text, rules)
        annotate(text, plain.sections, plain.figures, rules, read=base)  # patterns: built once
        best = {"annotate": float("inf"), "plain": float("inf")}
        for _ in range(rounds):
            t0 = time.process_time()
            annotate(text, plain.sections, plain.figures, rules, read=base)
            t1 = time.process_time()
            mzextract.extract(text, meaning=False)
            t2 = time.process_time()
            best["annotate"] = min(best["annotate"], t1 - t0)
            best["plain"] = min(best["plain"], t2 - t1)
        out[name] = best
    return out


def run(src: str, rounds: int) -> dict[str, dict[str, float]]:
    """`measure` in a process that imports the package from ``src``."""
    env = dict(os.environ, PYTHONPATH=src)
    done = subprocess.run(
        [sys.executable, __file__, "--child", "--rounds", str(rounds)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--against", default="", help="another source folder to time")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.rounds)))
        return
    trees = {"this": str(ROOT / "src")}
    if args.against:
        trees["against"] = args.against
    best: dict[str, dict[str, dict[str, float]]] = {}
    for turn in range(3 if args.against else 1):
        for tree in trees if turn % 2 == 0 else reversed(list(trees)):
            for name, times in run(trees[tree], args.rounds).items():
                kept = best.setdefault(tree, {}).setdefault(name, times)
                for k, v in times.items():
                    kept[k] = min(kept[k], v)
    print(f"{'tree':8} {'set':7} {'annotate ms':>12} {'plain ms':>9} {'annotate/plain':>15}")
    for tree, sets in best.items():
        for name, t in sets.items():
            ratio = t["annotate"] / t["plain"]
            print(
                f"{tree:8} {name:7} {t['annotate'] * 1e3:>12.1f} {t['plain'] * 1e3:>9.1f} "
                f"{ratio:>15.2f}"
            )
    if args.against:
        for name in SETS:
            gain = best["against"][name]["annotate"] / best["this"][name]["annotate"]
            print(f"annotate, this tree against the other, {name}: {gain:.2f}x faster")


if __name__ == "__main__":
    main()
