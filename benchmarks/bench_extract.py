"""Speed of `mzextract.extract` on two text sets, next to JioNLP's money extractor.

    python benchmarks/bench_extract.py [--min-chars 1000000] [--repeat 5]
        [--scaling 1,2,4,8,16] [--against REV]

Two text sets, each concatenated and repeated to at least ``--min-chars`` characters:
``corpus`` (the five published reports of ``corpus/docs``) and ``dev`` (the development
texts of ``tests/data/*/docs``: hard wraps, OCR slips, ASCII punctuation, figure-dense).
For each: CPU seconds (best of ``--repeat`` rounds, the contenders interleaved round by
round, since this is meant for shared, noisy machines where only ratios within one run
mean something) of ``extract`` with everything (all kinds, sections, subjects, meaning),
of ``extract(meaning=False)`` (so the meaning layer's share shows), and, when JioNLP is
installed (``pip install 'mzextract[bench]'``, benchmark-only), of
``jionlp.ner.extract_money`` on the same text, line by line as it expects.

``--scaling`` prints seconds per million characters at those sizes in MB (flat means
linear); ``--against REV`` also times the engine of another git revision (checked out
into a temporary worktree) on the same text in the same run. Figures are printed, never
asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "corpus": sorted((ROOT / "corpus" / "docs").glob("*.txt")),
    "dev": sorted((ROOT / "tests" / "data").glob("*/docs/*.txt")),
}


def text_of(name: str, min_chars: int) -> str:
    text = "\n".join(p.read_text(encoding="utf-8") for p in SETS[name])
    return text * (min_chars // len(text) + 1)


def cpu(run: Callable[[], object]) -> float:
    t0 = time.process_time()
    run()
    return time.process_time() - t0


def interleaved(repeat: int, runs: dict[str, Callable[[], object]]) -> dict[str, float]:
    """The best CPU seconds of each run, the runs taking turns in every round."""
    best = {k: float("inf") for k in runs}
    for _ in range(repeat):
        for k, run in runs.items():
            best[k] = min(best[k], cpu(run))
    return best


def jionlp_money() -> Callable[[list[str]], None] | None:
    try:
        from jionlp.algorithm.ner import extract_money
    except ImportError:
        return None

    def run(lines: list[str]) -> None:
        for line in lines:
            extract_money(line, with_parsing=True)

    return run


def other_revision(rev: str, name: str, min_chars: int, repeat: int) -> float:
    """CPU seconds of ``extract`` at git revision ``rev`` on the same text, measured by a
    child process importing that revision's source."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), rev],
            check=True,
        )
        try:
            code = (
                "import json,sys,time\n"
                "sys.path.insert(0, sys.argv[1])\n"
                "import mzextract\n"
                "text = sys.stdin.read()\n"
                "best = float('inf')\n"
                "for _ in range(int(sys.argv[2])):\n"
                "    t0 = time.process_time(); mzextract.extract(text)\n"
                "    best = min(best, time.process_time() - t0)\n"
                "print(json.dumps(best))\n"
            )
            out = subprocess.run(
                [sys.executable, "-c", code, str(tree / "src"), str(repeat)],
                input=text_of(name, min_chars),
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "PYTHONPATH": str(tree / "src")},
            )
            return float(json.loads(out.stdout))
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False
            )


def panel_rate(repeat: int) -> None:
    """Rows per second of `mzextract.panel` over the reports of both sets (extraction not
    counted: the reports are made first)."""
    try:
        import pandas  # noqa: F401
    except ImportError:
        print("\npanel: pandas not installed - skipped")
        return
    import mzextract

    paths = [p for ps in SETS.values() for p in ps]
    reports = [mzextract.extract(p.read_text(encoding="utf-8")) for p in paths]
    rows = sum(len(r.figures) for r in reports)
    best = interleaved(repeat, {"panel": lambda: mzextract.panel(reports)})["panel"]
    print(
        f"\npanel of {len(reports)} reports: {rows:,} rows in {best:.3f} s, "
        f"{rows / best:,.0f} rows/s"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--min-chars", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--scaling", default="", help="sizes in MB, e.g. 1,2,4,8,16")
    ap.add_argument("--against", default="", help="a git revision to time in the same run")
    args = ap.parse_args()

    import mzextract

    jio = jionlp_money()
    if jio is None:
        print("jionlp: not installed (pip install 'mzextract[bench]') - no comparison")
    for name in SETS:
        text = text_of(name, args.min_chars)
        n = len(text)
        report = mzextract.extract(text)
        lines = text.split("\n")
        runs: dict[str, Callable[[], object]] = {
            "extract": lambda t=text: mzextract.extract(t),
            "extract(meaning=False)": lambda t=text: mzextract.extract(t, meaning=False),
        }
        if jio is not None:
            runs["jionlp.extract_money"] = lambda ls=lines: jio(ls)
        best = interleaved(args.repeat, runs)
        print(
            f"\n[{name}] {n:,} characters, {len(report.figures):,} figures, "
            f"{len(report.sections):,} sections; CPU seconds, best of {args.repeat}"
        )
        for k, s in best.items():
            print(f"  {k:<26} {s:7.3f} s  {n / s / 1e6:6.3f} M chars/s")
        share = 1 - best["extract(meaning=False)"] / best["extract"]
        print(f"  meaning's share of extract: {share:.0%}")
        if jio is not None:
            ratio = best["jionlp.extract_money"] / best["extract"]
            print(f"  ratio extract / jionlp (money only): {ratio:.2f}x")
        if args.against:
            old = other_revision(args.against, name, args.min_chars, args.repeat)
            print(
                f"  extract at {args.against}: {old:7.3f} s  {n / old / 1e6:6.3f} M chars/s "
                f"(this tree / that one: {old / best['extract']:.2f}x)"
            )
    panel_rate(args.repeat)
    for name in SETS if args.scaling else ():
        print(f"\n[{name}] scaling: CPU seconds per million characters")
        for mb in (float(x) for x in args.scaling.split(",")):
            text = text_of(name, int(mb * 1_000_000))
            s = cpu(lambda t=text: mzextract.extract(t))
            print(f"  {len(text) / 1e6:6.1f} M chars  {s:8.2f} s  {s / len(text) * 1e6:6.2f} s/M")


if __name__ == "__main__":
    main()
