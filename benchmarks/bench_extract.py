"""Speed and memory of `mzextract.extract` over the corpus, next to JioNLP's money extractor.

    python benchmarks/bench_extract.py [--min-chars 1000000] [--repeat 5]

The corpus documents are concatenated and repeated to at least ``--min-chars``
characters; the best of ``--repeat`` runs is reported in characters per second.
When JioNLP is installed (``pip install 'mzextract[bench]'``, benchmark-only),
its ``jionlp.ner.extract_money`` runs on the same text, line by line as it expects, in the
same process, and the ratio is printed. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import mzextract

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "docs"


def corpus_text(min_chars: int) -> str:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    return text * (min_chars // len(text) + 1)


def best_of(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--min-chars", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    text = corpus_text(args.min_chars)
    n = len(text)
    report = mzextract.extract(text)
    seconds = best_of(args.repeat, lambda: mzextract.extract(text))
    ours = n / seconds
    counts = f"{len(report.figures):,} figures, {len(report.sections):,} sections"
    print(f"text: {n:,} characters ({counts})")
    print(f"mzextract.extract: {seconds:.3f} s  {ours:,.0f} chars/s")

    tracemalloc.start()
    mzextract.extract(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"mzextract.extract peak memory: {peak / 2**20:.1f} MiB ({peak / n:.1f} bytes/char)")

    try:
        from jionlp.algorithm.ner import extract_money
    except ImportError:
        print("jionlp: not installed (pip install 'mzextract[bench]') - no comparison")
        return
    lines = text.split("\n")

    def jio() -> None:
        for line in lines:
            extract_money(line, with_parsing=True)

    jio_seconds = best_of(max(1, args.repeat // 2), jio)
    theirs = n / jio_seconds
    print(f"jionlp.extract_money (money only): {jio_seconds:.3f} s  {theirs:,.0f} chars/s")
    print(f"ratio mzextract / jionlp: {ours / theirs:.2f}x")


if __name__ == "__main__":
    main()
