"""Robustness of `mzextract.extract`: a seeded campaign of generated and mutated inputs, and
time and memory per character on large inputs of every shape that once went wrong.

    python benchmarks/bench_robustness.py                  # both parts, defaults below
    python benchmarks/bench_robustness.py --inputs 20000 --sizes 1,2 --shapes digits,spaces
    python benchmarks/bench_robustness.py --no-scaling     # the campaign only
    python benchmarks/bench_robustness.py --no-campaign    # the scaling only

Campaign (``--inputs``, default 100,000; ``--seed``): report-like strings built from
numeral, unit, heading and punctuation fragments, and windows of the reports in corpus/docs
and tests/data/*/docs mutated by inserting fragments, deleting, duplicating, writing
digits as Chinese (plain, financial, traditional) numerals, and scattering spaces and line
breaks. Every input must give a report whose spans index the text. Printed: the crashes,
the invalid spans, the slowest input.

Scaling (``--sizes`` in millions of characters, default 1,2,4,8,16; ``--shapes``): the
CPU seconds per million characters and the ratio per doubling (2.0 is linear); the peak memory
per character (tracemalloc, up to ``--memory-max`` million characters, default 4: it slows
the run) and the part of it the returned report holds; the rest is working memory.
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import mzextract
from mzextract.report import Report

ROOT = Path(__file__).resolve().parent.parent
MILLION = 1_000_000

FRAGMENTS = [
    *"0123456789０１２３４５６７８９.．,，",
    *"零〇一二两三四五六七八九十百千万亿",
    *"壹贰貳兩俩倆叁參肆伍陆陸柒捌玖拾佰仟萬億点几数余多",
    "1,234",
    "1.66",
    "三百二十",
    "叁仟贰佰",
    "3万2千5百",
    "二 十 余 万",
    "零点五万",
    "3万万",
    "9" * 29,
    "1" + "0" * 40,
    *("元", "万元", "亿元", "千元", "块", "人", "名", "位", "户", "人次", "对", "张", "床位"),
    *("周岁", "年", "月", "日", "%", "个", "*", "＊", "**", "约", "近", "逾", "左右", "以上"),
    *("-", "--", "~", "～", "—", "至", "到", "/", "/人/月", "/人月", "元/月.人", "每人每月"),
    *("城市低保", "特困人员", "救助资金", "资金", "公益金", "发放", "累计", "合计", "标准"),
    *("一、", "（一）", "(二)", "1.", "2、", "（1）", "1）", "①", "第一部分", "— 3 —", "第 2 页"),
    *("。", "：", "；", "、", "（", "）", "\n", "\n", "\r\n", " ", "  ", "　", "\t", "\xa0"),
]
CN_FORMS = ["零一二三四五六七八九", "零壹贰叁肆伍陆柒捌玖", "〇一兩參四五陸七八九"]


def documents() -> list[str]:
    paths = sorted((ROOT / "corpus" / "docs").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "data").glob("*/docs/*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def generated(rng: random.Random) -> str:
    return "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 40)))


def mutated(rng: random.Random, docs: list[str]) -> str:
    doc = rng.choice(docs)
    start = rng.randrange(max(1, len(doc)))
    s = doc[start : start + rng.randint(10, 400)]
    for _ in range(rng.randint(1, 5)):
        i = rng.randint(0, len(s))
        j = min(len(s), i + rng.randint(1, 12))
        op = rng.randrange(6)
        if op == 0:
            s = s[:i] + rng.choice(FRAGMENTS) + s[i:]
        elif op == 1:
            s = s[:i] + s[j:]
        elif op == 2:
            s = s[:j] + s[i:j] + s[j:]
        elif op == 3:  # digits written as Chinese numerals
            s = s[:i] + s[i:j].translate(str.maketrans("0123456789", rng.choice(CN_FORMS))) + s[j:]
        elif op == 4:  # spaces and line breaks scattered inside a stretch
            mid = "".join(c + rng.choice(("", " ", "　", "\n")) for c in s[i:j])
            s = s[:i] + mid + s[j:]
        else:
            s = s[:i] + rng.choice("0123456789一二三万亿元人户 ,，.") * rng.randint(1, 80) + s[i:]
    return s


def problems(text: str, report: Report) -> list[str]:
    found = []
    end = 0
    for f in report.figures:
        if not (end <= f.start < f.end <= len(text)) or text[f.start : f.end] != f.text:
            found.append(f"figure {f.text!r} at {f.start}:{f.end}")
        end = max(end, f.end)
        s = f.subject
        if s is not None and (
            not 0 <= s.start < s.end <= len(text) or text[s.start : s.end] != s.text
        ):
            found.append(f"subject {s.text!r} at {s.start}:{s.end}")
    for sec in report.sections:
        if text[sec.start : sec.marker_end] != sec.marker or not sec.marker_end <= sec.end <= len(
            text
        ):
            found.append(f"section {sec.marker!r} at {sec.start}")
    return found


def campaign(n: int, seed: int) -> None:
    rng = random.Random(seed)
    docs = documents()
    crashes: list[tuple[str, str]] = []
    invalid: list[tuple[str, list[str]]] = []
    slowest = (0.0, "")
    chars = 0
    mzextract.extract("一、资金1万元")  # compile the patterns outside the timing
    t_all = time.process_time()
    for k in range(n):
        text = generated(rng) if k % 2 == 0 else mutated(rng, docs)
        chars += len(text)
        t0 = time.process_time()
        try:
            report = mzextract.extract(text)
        except Exception as e:  # every exception is a finding
            crashes.append((f"{type(e).__name__}: {e}"[:120], text))
            continue
        dt = time.process_time() - t0
        if dt > slowest[0]:
            slowest = (dt, text)
        bad = problems(text, report)
        if bad:
            invalid.append((text, bad))
    total = time.process_time() - t_all
    print(f"campaign: {n:,} inputs (seed {seed}, half generated, half mutated reports), ")
    print(f"  {chars:,} characters in {total:.1f} CPU s")
    print(f"  crashes: {len(crashes)}")
    for message, text in crashes[:10]:
        print(f"    {message}  <- {text[:100]!r}")
    print(f"  inputs with invalid spans: {len(invalid)}")
    for text, bad in invalid[:10]:
        print(f"    {bad[:3]}  <- {text[:100]!r}")
    dt, text = slowest
    print(f"  slowest: {dt * 1000:.1f} CPU ms for {len(text)} characters: {text[:100]!r}")


def shapes() -> dict[str, Callable[[int], str]]:
    def repeat(unit: str) -> Callable[[int], str]:
        return lambda n: (unit * (n // len(unit) + 1))[:n]

    report = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "docs").glob("*.txt"))
    )
    table: dict[str, Callable[[int], str]] = {
        "report text": repeat(report + "\n"),
        "digits": repeat("1234567890"),
        "spaces": repeat(" "),
        "newlines": repeat("\n"),
        "heading markers": repeat("一、（一）1.①"),
        "heading lines": repeat("（一）\n"),
        "'1 ' pairs": repeat("1 "),
        "figure-dense": repeat("给5名孤儿送去1000元，合计5000元；"),
    }
    adversarial = json.loads(
        (ROOT / "tests" / "data" / "adversarial_patterns.json").read_text("utf-8")
    )
    for name, unit in adversarial.items():
        table.setdefault(name, repeat(unit))
    return table


def measure(text: str, memory: bool) -> tuple[float, float | None, float | None]:
    # CPU seconds of this process: on a shared machine wall time measures the neighbours.
    t0 = time.process_time()
    mzextract.extract(text)
    seconds = time.process_time() - t0
    if not memory:
        return seconds, None, None
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    report = mzextract.extract(text)
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del report
    return seconds, (peak - base) / len(text), (held - base) / len(text)


def scaling(sizes: list[float], names: list[str] | None, memory_max: float) -> None:
    table = shapes()
    mzextract.extract("一、资金1万元")  # compile the patterns outside the timing
    print("\nscaling: CPU s per million characters at each size; ratio = time at 2n / time at n")
    print("         (2.0 is linear); peak B/char (tracemalloc) / of which the report holds")
    for name, make in table.items():
        if names and name not in names:
            continue
        cells = []
        previous: tuple[int, float] | None = None
        for size in sizes:
            n = int(size * MILLION)
            seconds, peak, held = measure(make(n), size <= memory_max)
            cell = f"{size:g}M: {seconds / size:6.2f} s/M"
            if previous is not None:
                cell += f" x{seconds / max(previous[1], 1e-9) / (n / previous[0]) * 2:4.2f}"
            if peak is not None and held is not None:
                cell += f" {peak:5.1f}/{held:5.1f} B"
            cells.append(cell)
            previous = (n, seconds)
        print(f"{name:24} " + " | ".join(cells), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--inputs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sizes", default="1,2,4,8,16", help="millions of characters")
    ap.add_argument("--shapes", default="", help="comma-separated shape names (default: all)")
    ap.add_argument("--memory-max", type=float, default=4.0, help="millions of characters")
    ap.add_argument("--no-campaign", action="store_true")
    ap.add_argument("--no-scaling", action="store_true")
    args = ap.parse_args()
    if not args.no_campaign:
        campaign(args.inputs, args.seed)
    if not args.no_scaling:
        names = [s for s in args.shapes.split(",") if s] or None
        scaling([float(s) for s in args.sizes.split(",")], names, args.memory_max)


if __name__ == "__main__":
    main()
