"""Time of `extract` on adversarial inputs at two sizes: the ratio shows linear (≈4) or worse.

python benchmarks/bench_scaling.py [--size 250000]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import mzextract

# The adversarial inputs of tests/test_robustness.py.
PATTERNS: dict[str, str] = json.loads(
    (
        Path(__file__).resolve().parent.parent / "tests" / "data" / "adversarial_patterns.json"
    ).read_text("utf-8")
)


def seconds(text: str) -> float:
    t0 = time.perf_counter()
    mzextract.extract(text)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size", type=int, default=250_000, help="characters of the smaller input")
    n = ap.parse_args().size
    print(f"{'pattern':24} {n:>10,} ch {4 * n:>10,} ch  ratio (4 = linear)")
    for name, unit in PATTERNS.items():
        small, large = (unit * (k // len(unit)) for k in (n, 4 * n))
        a, b = seconds(small), seconds(large)
        print(f"{name:24} {a:>12.3f}s {b:>12.3f}s  {b / max(a, 1e-9):5.1f}")


if __name__ == "__main__":
    main()
