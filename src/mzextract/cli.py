"""The ``mzextract`` command: extract, outline, show, evaluate, demo."""

from __future__ import annotations

import argparse
import contextlib
import csv
import glob
import json
import os
import sys
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import IO, Any

from mzextract import __version__
from mzextract.api import extract
from mzextract.batch import Outcome, outcomes
from mzextract.export import RECORD_FIELDS, json_row, to_dict, to_records
from mzextract.io import SUFFIXES, MissingExtraError, ReadError
from mzextract.model import Report
from mzextract.rules import Rules
from mzextract.view import format_outline, format_table, highlight_ansi, highlight_plain, html_page

__all__ = ["main"]

FORMATS = ("table", "jsonl", "csv", "parquet", "reports")
_TABLE_COLUMNS = ("section_title", "kind", "value", "text", "subject")
_SUFFIX_FORMATS = {".jsonl": "jsonl", ".csv": "csv", ".parquet": "parquet", ".txt": "table"}

_MAIN_EXAMPLES = """\
examples:
  mzextract demo                                   the sample report: outline and figures
  mzextract extract reports/ -o figures.csv        every .txt/.html/.docx under reports/
  mzextract extract 'reports/**/*.txt' --format jsonl --kinds money,persons
  mzextract extract reports/ -o figures.parquet --jobs 4
  mzextract outline report.txt                     the section tree with figure counts
  mzextract show report.docx --html report.html    figures highlighted in a web page
  mzextract evaluate corpus/                       score against gold annotations

run `mzextract COMMAND --help` for a command's options.
"""

_EXTRACT_EXAMPLES = """\
examples:
  mzextract extract report.txt                     a table of figures on the terminal
  mzextract extract reports/ -o figures.csv        folders are searched recursively
  mzextract extract 'a/*.html' b.docx --format jsonl > figures.jsonl
  mzextract extract reports/ -o out.parquet -j 4   four processes, same rows as one

formats (one row per figure unless noted):
  table    aligned text, one table per document (default on a terminal)
  jsonl    one JSON object per line, decimals as strings
  csv      UTF-8 with BOM so that Excel reads the Chinese text
  parquet  needs pyarrow (pip install 'mzextract[parquet]') and --output
  reports  one line per document: the whole report in the JSON Schema shape
The format defaults to the --output file's suffix (.csv, .jsonl, .parquet), else table.
A file that cannot be read is reported on stderr and the others go on; the exit
status is 1 if any failed.
"""


class _Progress:
    """A one-line progress bar on stderr; silent unless stderr is a terminal."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.done = 0
        self.enabled = enabled and total > 1 and sys.stderr.isatty()

    def step(self, name: str) -> None:
        self.done += 1
        if self.enabled:
            filled = 30 * self.done // self.total
            bar = "#" * filled + "." * (30 - filled)
            sys.stderr.write(f"\r\x1b[K[{bar}] {self.done}/{self.total} {Path(name).name[:40]}")
            sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _kinds(value: str) -> frozenset[str]:
    names = {k.strip() for k in value.split(",") if k.strip()}
    valid = {k.name for k in Rules.default().kinds}
    unknown = names - valid
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown kind {', '.join(sorted(unknown))}; choose from {', '.join(sorted(valid))}"
        )
    return frozenset(names)


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"--jobs takes a number of processes ≥ 1, not {value}")
    return n


def expand(paths: Sequence[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Files named, found in folders (recursively) or matched by globs; and the args that
    matched nothing, with why."""
    files: list[str] = []
    problems: list[tuple[str, str]] = []
    for arg in paths:
        if os.path.isdir(arg):
            found = sorted(
                str(p) for p in Path(arg).rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
            )
            if not found:
                problems.append((arg, f"folder has no {'/'.join(sorted(SUFFIXES))} files"))
            files.extend(found)
        elif not os.path.exists(arg) and glob.has_magic(arg):
            matched = sorted(p for p in glob.glob(arg, recursive=True) if os.path.isfile(p))
            if not matched:
                problems.append((arg, "no files match this pattern"))
            files.extend(matched)
        else:
            files.append(arg)  # a missing file is reported by the reader, in order
    return files, problems


def _stderr(message: str) -> None:
    print(f"mzextract: {message}", file=sys.stderr)


def _rows(report: Report, kinds: frozenset[str] | None) -> list[dict[str, Any]]:
    return [r for r in to_records(report) if kinds is None or r["kind"] in kinds]


def _filtered(report: Report, kinds: frozenset[str] | None) -> dict[str, Any]:
    data = to_dict(report)
    if kinds is not None:
        data["figures"] = [f for f in data["figures"] if f["kind"] in kinds]
    return data


Writer = Callable[[Report], None]


def _text_writer(out: IO[str], fmt: str, kinds: frozenset[str] | None) -> Writer:
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=RECORD_FIELDS, lineterminator="\n")
        writer.writeheader()
        return lambda r: writer.writerows(json_row(row) for row in _rows(r, kinds))

    def write(report: Report) -> None:
        if fmt == "table":
            rows = _rows(report, kinds)
            out.write(f"== {report.source} ({len(rows)} figures)\n")
            if rows:
                out.write(format_table(rows, columns=_TABLE_COLUMNS) + "\n")
            out.write("\n")
        elif fmt == "jsonl":
            for row in _rows(report, kinds):
                out.write(json.dumps(json_row(row), ensure_ascii=False) + "\n")
        else:
            out.write(json.dumps(_filtered(report, kinds), ensure_ascii=False) + "\n")

    return write


class _ParquetWriter:
    """Writes one row group per document so memory stays bounded on large folders."""

    def __init__(self, path: str, kinds: frozenset[str] | None) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise MissingExtraError("parquet", "pyarrow", "--format parquet") from None
        self.pa = pa
        self.kinds = kinds
        types = {"value": pa.float64(), "low": pa.float64(), "high": pa.float64()}
        types |= {k: pa.bool_() for k in ("approx", "rate", "redacted")}
        types |= {"start": pa.int64(), "end": pa.int64()}
        self.schema = pa.schema([(f, types.get(f, pa.string())) for f in RECORD_FIELDS])
        self.writer = pq.ParquetWriter(path, self.schema)

    def __call__(self, report: Report) -> None:
        rows = _rows(report, self.kinds)
        if not rows:
            return
        columns = {
            f: [
                float(r[f]) if r[f] is not None and f in ("value", "low", "high") else r[f]
                for r in rows
            ]
            for f in RECORD_FIELDS
        }
        self.writer.write_table(self.pa.table(columns, schema=self.schema))

    def close(self) -> None:
        self.writer.close()


def _cmd_extract(args: argparse.Namespace) -> int:
    fmt: str = args.format or _SUFFIX_FORMATS.get(Path(args.output or "").suffix.lower(), "table")
    if fmt == "parquet" and args.output is None:
        _stderr("error: --format parquet writes a binary file; give it with --output FILE")
        return 2
    files, problems = expand(args.paths)
    for arg, reason in problems:
        _stderr(f"error: {arg}: {reason}")
    failed = len(problems)
    with contextlib.ExitStack() as outputs:
        if fmt == "parquet":
            parquet = _ParquetWriter(args.output, args.kinds)
            outputs.callback(parquet.close)
            write: Writer = parquet
        else:
            # A BOM in CSV files is what makes Excel read them as UTF-8.
            encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
            sink: IO[str] = (
                sys.stdout
                if args.output is None
                else outputs.enter_context(open(args.output, "w", encoding=encoding, newline=""))
            )
            write = _text_writer(sink, fmt, args.kinds)
        progress = _Progress(len(files), enabled=not args.quiet)
        for outcome in outcomes(files, jobs=args.jobs):
            progress.step(outcome.name)
            if outcome.report is None:
                progress.clear()
                _stderr(f"error: {outcome.error}")
                failed += 1
            else:
                write(outcome.report)
        progress.clear()
    if failed:
        _stderr(f"{failed} of {len(files) + len(problems)} inputs failed")
    return 1 if failed else 0


def _one(path: str) -> Report | None:
    outcome: Outcome = next(outcomes([Path(path)]))
    if outcome.report is None:
        _stderr(f"error: {outcome.error}")
    return outcome.report


def _cmd_outline(args: argparse.Namespace) -> int:
    report = _one(args.path)
    if report is None:
        return 1
    print(f"{report.source}: {len(report.sections)} sections, {len(report.figures)} figures")
    print(format_outline(report))
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    report = _one(args.path)
    if report is None:
        return 1
    if args.html:
        Path(args.html).write_text(html_page(report), encoding="utf-8")
        print(f"wrote {args.html} ({len(report.figures)} figures highlighted)")
        return 0
    colour = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    print(highlight_ansi(report) if colour else highlight_plain(report))
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from mzextract.evaluate import evaluate, format_score

    try:
        result = evaluate(args.corpus)
    except (FileNotFoundError, ReadError) as e:
        _stderr(f"error: {e}")
        return 1
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(format_score(result, show=args.show))
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    sample = resources.files("mzextract").joinpath("data/sample.txt")
    report = extract(sample.read_text(encoding="utf-8"))
    print(f"Sample report (shipped as {sample.name}): {len(report.text)} characters\n")
    print(f"Outline ({len(report.sections)} sections):")
    print(format_outline(report))
    rows = to_records(report)
    print(f"\nFigures ({len(rows)}):")
    print(format_table(rows, columns=_TABLE_COLUMNS))
    print("\nNext: mzextract extract YOUR_FOLDER -o figures.csv   (see mzextract --help)")
    return 0


def _parser() -> argparse.ArgumentParser:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="mzextract",
        description="Section outlines and figures (money, persons, households...) "
        "from Chinese civil-affairs (民政) work reports.",
        epilog=_MAIN_EXAMPLES,
        formatter_class=raw,
    )
    parser.add_argument("--version", action="version", version=f"mzextract {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "extract",
        help="figures of files, folders and globs as a table, JSONL, CSV or Parquet",
        description="Extract the figures of report files (.txt in any common encoding, "
        ".html, .docx).",
        epilog=_EXTRACT_EXAMPLES,
        formatter_class=raw,
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or glob patterns")
    p.add_argument("-f", "--format", choices=FORMATS, help="output format (see below)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument(
        "-k",
        "--kinds",
        type=_kinds,
        metavar="KINDS",
        help="keep only these kinds, comma-separated: "
        + ",".join(k.name for k in Rules.default().kinds),
    )
    p.add_argument(
        "-j", "--jobs", type=_jobs, default=1, metavar="N", help="worker processes (default 1)"
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=_cmd_extract)

    p = sub.add_parser(
        "outline",
        help="the section tree of one report",
        description="Print the section tree, indented by level, with each section's figure "
        "count (subsections included).",
        epilog="example:\n  mzextract outline report.txt",
        formatter_class=raw,
    )
    p.add_argument("path", metavar="PATH")
    p.set_defaults(run=_cmd_outline)

    p = sub.add_parser(
        "show",
        help="a report's text with its figures highlighted",
        description="Print the text with figures coloured by kind, or write a standalone "
        "HTML page with a legend; hover a figure there for its normalised value.",
        epilog="examples:\n  mzextract show report.txt | less -R\n"
        "  mzextract show report.docx --html report.html",
        formatter_class=raw,
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument("--html", metavar="FILE", help="write an HTML page instead")
    p.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colours (auto: on a terminal); without them figures are [bracketed|kind]",
    )
    p.set_defaults(run=_cmd_show)

    p = sub.add_parser(
        "evaluate",
        help="score against a gold corpus",
        description="Score extraction on CORPUS_DIR (docs/*.txt and gold/*.json).",
        epilog="example:\n  mzextract evaluate corpus/ --show 5",
        formatter_class=raw,
    )
    p.add_argument("corpus", metavar="CORPUS_DIR")
    p.add_argument("--show", type=int, default=0, metavar="N", help="print N misses of each sort")
    p.add_argument("--json", action="store_true", help="the scores as JSON")
    p.set_defaults(run=_cmd_evaluate)

    p = sub.add_parser(
        "demo",
        help="run on the sample report that ships with mzextract",
        description="Extract the bundled sample report and print its outline and figures.",
    )
    p.set_defaults(run=_cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 some input failed, 2 usage)."""
    args = _parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except MissingExtraError as e:
        _stderr(f"error: {e}")
        return 2
    except BrokenPipeError:
        # The reader (e.g. `head`) left early: not an error; silence the final flush.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
