"""Files per second and peak memory of batch extraction: `extract_many` and `rows_many` with
1, 2 and 4 jobs, Spark local[2] and Dask with 2 workers, all in one run, on the same files.

python benchmarks/bench_scale.py [--files 10000] [--rounds 3] [--engines ...] [--keep DIR]

The files are made from the corpus and the development texts (tests/data/dev*/docs),
copied round-robin, so each is a real report. Each engine runs in a fresh interpreter
and produces every figure row of every file (`extract_many` makes them in the parent
with `to_records`, as the CLI did before `rows_many`); peak memory is the largest sum of
the resident memory of that interpreter and all its processes (workers, Spark's JVM),
sampled every 0.1 s. CPU seconds include every process of the run that it waited for
(not Spark's JVM, which outlives the Python driver).

The machine is shared: the 1 → 2 jobs ratios come from `--rounds` interleaved rounds,
best of each; the Spark and Dask ratios are their time over `rows_many`'s with 2 jobs
(same two cores). Startup (Spark session, Dask cluster) is timed apart from the job.
Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "corpus" / "docs").glob("*.txt")) + sorted(
    (ROOT / "tests" / "data").glob("dev*/docs/*.txt")
)
LOCAL = ("extract_many-1", "extract_many-2", "extract_many-4", "rows_many-1", "rows_many-2")
ENGINES = (*LOCAL, "rows_many-4", "spark-local2", "dask-2workers")


# --------------------------------------------------------------------------- the runs


def _files(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.iterdir())


def run_engine(engine: str, folder: Path) -> dict[str, Any]:
    """Run one engine on every file of ``folder`` (in this interpreter); its figures."""
    files = _files(folder)
    start = time.perf_counter()
    setup = 0.0
    if engine.startswith("extract_many"):
        from mzextract.batch import extract_many
        from mzextract.export import to_records

        jobs = int(engine.rsplit("-", 1)[1])
        rows = sum(len(to_records(r)) for r in extract_many(files, jobs))
    elif engine.startswith("rows_many"):
        from mzextract.batch import rows_many

        jobs = int(engine.rsplit("-", 1)[1])
        rows = sum(len(d.rows("figures")) for d in rows_many(files, jobs))
    elif engine == "spark-local2":
        from pyspark.sql import SparkSession

        import mzextract.spark

        os.environ["PYSPARK_PYTHON"] = sys.executable
        spark = (
            SparkSession.builder.master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        setup = time.perf_counter() - start
        start = time.perf_counter()
        data = spark.read.format("binaryFile").load(str(folder))
        rows = mzextract.spark.figures(data).count()
        elapsed = time.perf_counter() - start
        spark.stop()
        return {
            "engine": engine,
            "files": len(files),
            "rows": rows,
            "seconds": elapsed,
            "setup": setup,
        }
    elif engine == "dask-2workers":
        from distributed import Client, LocalCluster

        import mzextract.dask

        with (
            LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster),
        ):
            setup = time.perf_counter() - start
            start = time.perf_counter()
            rows = len(mzextract.dask.frame(files, "figures"))
            elapsed = time.perf_counter() - start
        return {
            "engine": engine,
            "files": len(files),
            "rows": rows,
            "seconds": elapsed,
            "setup": setup,
        }
    else:
        raise SystemExit(f"unknown engine {engine}; engines: {', '.join(ENGINES)}")
    elapsed = time.perf_counter() - start
    return {"engine": engine, "files": len(files), "rows": rows, "seconds": elapsed, "setup": setup}


# --------------------------------------------------------------------------- measuring


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and every process below it (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * page
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def measured(engine: str, folder: Path) -> dict[str, Any]:
    """Run ``engine`` in a fresh interpreter; add its peak memory and CPU seconds."""
    command = [sys.executable, __file__, "--run", engine, "--folder", str(folder)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        _, status, usage = os.wait4(process.pid, 0)
    except BaseException:
        process.kill()  # Ctrl-C: the run goes, with its workers (they stop with it)
        raise
    finally:
        done.set()
        sampler.join()
    assert process.stdout is not None
    output = process.stdout.read()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        return {"engine": engine, "error": f"exit {process.returncode}"}
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    result["peak_mib"] = peak / 2**20
    result["cpu"] = usage.ru_utime + usage.ru_stime
    return result


def make_files(folder: Path, n: int) -> None:
    texts = [p.read_bytes() for p in SOURCES]
    for i in range(n):
        (folder / f"{i:06d}_{SOURCES[i % len(SOURCES)].name}").write_bytes(texts[i % len(texts)])


def pickled_sizes() -> None:
    """Bytes a worker sends back per document: a `Report` before, `Rows` now."""
    from mzextract.batch import extract_path
    from mzextract.rows import document_rows

    tables = ("figures", "sections", "panel")
    kinds = {
        "Report (extract_many)": [extract_path(p) for p in SOURCES],
        "Rows, figures (rows_many, the CLI)": [document_rows(p) for p in SOURCES],
        "Rows, figures + sections + panel": [document_rows(p, tables=tables) for p in SOURCES],
    }
    text = [len(p.read_text(encoding="utf-8").encode()) for p in SOURCES]
    print(
        f"pickled per document, mean of {len(SOURCES)} reports ({statistics.mean(text):,.0f} "
        "bytes of UTF-8 text each), and the time to pickle and unpickle it:"
    )
    for name, objects in kinds.items():
        sizes = [len(pickle.dumps(o)) for o in objects]
        start = time.perf_counter()
        for o in objects:
            pickle.loads(pickle.dumps(o))
        per = (time.perf_counter() - start) / len(objects)
        print(f"  {name:<36}{statistics.mean(sizes):>9,.0f} bytes {per * 1000:6.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the 1/2-job runs")
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--keep", type=Path, help="make (or reuse) the files in this folder")
    parser.add_argument("--run", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        print(json.dumps(run_engine(args.run, args.folder)))
        return
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    pickled_sizes()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="mzextract-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    if len(list(folder.iterdir())) != args.files:
        shutil.rmtree(folder)
        folder.mkdir()
        make_files(folder, args.files)
    size = sum(p.stat().st_size for p in folder.iterdir())
    print(
        f"\n{args.files:,} files, {size / 2**20:,.1f} MiB, in {folder}; {os.cpu_count()} cores; "
        f"load average {os.getloadavg()[0]:.2f} at the start"
    )
    best: dict[str, dict[str, Any]] = {}
    rounds = [[e for e in engines if e in LOCAL]] * (args.rounds - 1) + [engines]
    for k, batch in enumerate(rounds, start=1):
        for engine in batch:
            result = measured(engine, folder)
            if "error" in result:
                print(f"  round {k}: {engine}: {result['error']}")
                continue
            result["load"] = os.getloadavg()[0]
            if engine not in best or result["seconds"] < best[engine]["seconds"]:
                best[engine] = result
            print(f"  round {k}: {engine:<15} {result['seconds']:8.1f} s", flush=True)
    print(
        f"\n{'engine':<16}{'files/s':>9}{'seconds':>9}{'setup s':>9}{'CPU s':>8}"
        f"{'peak MiB':>10}{'rows':>10}{'load':>6}"
    )
    for engine in engines:
        r = best.get(engine)
        if r is None:
            continue
        print(
            f"{engine:<16}{r['files'] / r['seconds']:>9.1f}{r['seconds']:>9.1f}"
            f"{r['setup']:>9.1f}{r['cpu']:>8.1f}{r['peak_mib']:>10.0f}{r['rows']:>10,}"
            f"{r['load']:>6.2f}"
        )

    def ratio(a: str, b: str, what: str) -> None:
        if a in best and b in best:
            print(f"  {what}: {best[a]['seconds'] / best[b]['seconds']:.2f}x")

    print("\nratios (time over time, best rounds):")
    ratio("extract_many-1", "extract_many-2", "extract_many speed-up, 1 -> 2 jobs")
    ratio("rows_many-1", "rows_many-2", "rows_many speed-up, 1 -> 2 jobs")
    ratio("extract_many-1", "rows_many-2", "rows_many 2 jobs over extract_many 1 job")
    ratio("spark-local2", "rows_many-2", "Spark local[2] overhead over rows_many 2 jobs")
    ratio("dask-2workers", "rows_many-2", "Dask 2 workers overhead over rows_many 2 jobs")
    ratio("spark-local2", "extract_many-2", "Spark local[2] overhead over extract_many 2 jobs")
    ratio("dask-2workers", "extract_many-2", "Dask 2 workers overhead over extract_many 2 jobs")
    print(
        "\nfrom CPU seconds: the 1 -> 2 jobs speed-up on two idle cores, if the work is shared"
        "\nevenly (what the wall-clock ratio shows when nothing else runs; on a busy machine the"
        "\nscheduler may give one session's processes one share, whatever their number):"
    )
    for name in ("extract_many", "rows_many"):
        one, two = best.get(f"{name}-1"), best.get(f"{name}-2")
        if one and two:
            print(f"  {name}: {one['cpu'] / (two['cpu'] / 2):.2f}x")
    if args.keep is None:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
