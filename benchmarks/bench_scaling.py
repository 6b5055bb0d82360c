"""Time of `extract` on adversarial inputs at two sizes: the ratio shows linear (≈4) or worse.

python benchmarks/bench_scaling.py [--size 250000]
"""

from __future__ import annotations

import argparse
import time

import mzextract

PATTERNS = {
    "digits": "1",
    "wrapped digits": "1\n",
    "ranges": "1-",
    "thousands": "1,",
    "markers": "1.\n",
    "chinese numerals": "一",
    "magnitudes": "万",
    "stars": "*",
    "back-to-back figures": "1人",
    "headings": "（一）\n",
    "rates": "1元/人",
    "title lines": "一、总体情况\n县民政局工作总结\n",
    "hard-wrapped prose": "城市低保对象共计发放资金十二万元整并且持续推进各项工作落实\n",
}


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
