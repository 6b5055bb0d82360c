"""What the meaning layer costs: chars/s of `extract` with and without it, and its share
of the time, on the corpus and on the (noisy, figure-dense) development texts, at several
sizes (time per character must not grow with the size).

python benchmarks/bench_meaning.py [--sizes 300000 1000000 4000000] [--rounds 3]

CPU time (``time.process_time``), best of ``--rounds``: the machine may be shared.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import mzextract

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "corpus": sorted((ROOT / "corpus" / "docs").glob("*.txt")),
    "dev": sorted((ROOT / "tests" / "data").glob("*/docs/*.txt")),
    # The corpus with Chinese brackets alone, as many reports write them: a search for an
    # ASCII bracket from each aside once read on to the end of the text (quadratic).
    "brackets": sorted((ROOT / "corpus" / "docs").glob("*.txt")),
}
_CHINESE_BRACKETS = str.maketrans("()", "（）")


def text_of(paths: list[Path], n: int, name: str = "") -> str:
    """The documents joined and repeated to ``n`` characters."""
    t = "\n".join(p.read_text(encoding="utf-8") for p in paths)
    if name == "brackets":
        t = t.translate(_CHINESE_BRACKETS)
    return (t * (n // len(t) + 1))[:n]


def best(text: str, rounds: int) -> tuple[float, float]:
    """The least CPU time of ``rounds`` runs without and with meaning, taken in turns so
    that a change of load on a shared machine hits both alike."""
    plain = full = float("inf")
    for _ in range(rounds):
        for meaning in (False, True):
            t0 = time.process_time()
            mzextract.extract(text, meaning=meaning)
            took = time.process_time() - t0
            if meaning:
                full = min(full, took)
            else:
                plain = min(plain, took)
    return plain, full


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[300_000, 1_000_000, 4_000_000])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--sets", nargs="+", default=["corpus", "dev"], choices=list(SETS))
    args = ap.parse_args()
    mzextract.extract(text_of(SETS["corpus"], 5000))  # rules, patterns: built once
    print(f"{'set':8} {'chars':>10} {'plain M/s':>10} {'meaning M/s':>12} {'meaning share':>14}")
    for name in args.sets:
        for n in args.sizes:
            text = text_of(SETS[name], n, name)
            plain, full = best(text, args.rounds)
            share = (full - plain) / full
            print(
                f"{name:8} {n:>10,} {n / plain / 1e6:>10.3f} {n / full / 1e6:>12.3f} "
                f"{share:>13.0%}",
                flush=True,
            )


if __name__ == "__main__":
    main()
