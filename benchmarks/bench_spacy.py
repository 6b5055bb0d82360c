"""What the spaCy layer costs next to `mzextract.extract`.

Prints load times (model conversion into an empty cache, then a warm load) and
characters per second over the seed corpus for: `extract` alone, the pkuseg
tokenizer alone, the full `mzextract.load()` pipeline, and a blank
``spacy.blank("zh")`` pipeline (character segmenter) with the same components.

    python benchmarks/bench_spacy.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import spacy

import mzextract
from mzextract import pkuseg_model

CORPUS = Path(__file__).parents[1] / "corpus" / "docs"


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def rate(label: str, texts: list[str], run: Callable[[Iterable[str]], object]) -> None:
    chars = sum(map(len, texts))
    seconds = timed(lambda: run(texts))
    print(f"{label:<34} {chars / seconds:>12,.0f} chars/s  ({seconds:.2f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))] * args.repeat

    with tempfile.TemporaryDirectory() as empty:
        convert = timed(lambda: pkuseg_model.model_dir(Path(empty)))
    model = pkuseg_model.model_dir()
    size = sum(p.stat().st_size for p in model.iterdir()) / 2**20
    print(f"model: {pkuseg_model.MODEL_NAME} in {model} ({size:.0f} MiB)")
    print(f"first-use conversion into an empty cache: {convert:.2f} s")

    start = time.perf_counter()
    nlp = mzextract.load()
    print(f"mzextract.load() with a warm cache:       {time.perf_counter() - start:.2f} s")
    blank = spacy.blank("zh")
    blank.add_pipe("mz_sections")
    blank.add_pipe("mz_figures")
    print(f"\n{sum(map(len, texts)):,} characters, {len(texts)} texts, cpu count {os.cpu_count()}")

    rate("extract()", texts, lambda ts: [mzextract.extract(t) for t in ts])
    rate("pkuseg tokenizer only", texts, lambda ts: [nlp.make_doc(t) for t in ts])
    rate("mzextract.load() pipeline", texts, lambda ts: list(nlp.pipe(ts)))
    rate("blank zh (char) + components", texts, lambda ts: list(blank.pipe(ts)))
    rate("mzextract.load(), n_process=2", texts, lambda ts: list(nlp.pipe(ts, n_process=2)))


if __name__ == "__main__":
    main()
