"""The ``mzextract`` command: extract, outline, show, evaluate, demo."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from importlib import resources
from pathlib import Path

from mzextract import __version__
from mzextract.api import extract
from mzextract.batch import Outcome, outcomes, rows_many
from mzextract.dataset import (
    AtomicFolder,
    DatasetWriter,
    check_dataset_output,
    partition_columns,
)
from mzextract.export import to_records
from mzextract.inputs import Inputs, expand
from mzextract.io import DEFAULT_MAX_BYTES, MissingExtraError, ReadError
from mzextract.output import (
    BINARY_FORMATS,
    FORMATS,
    TABLE_COLUMNS,
    AtomicFile,
    OutputError,
    ReportsWriter,
    Writer,
    check_output,
    open_writer,
)
from mzextract.report import Report
from mzextract.rows import Rows
from mzextract.rules import Rules, RulesError
from mzextract.view import (
    format_outline,
    format_table,
    format_why,
    highlight_ansi,
    highlight_plain,
    html_page,
)

__all__ = ["main"]

EXIT_OK = 0
EXIT_INPUT = 1
"""Some input failed, was skipped, or an argument named no file."""
EXIT_OUTPUT = 2
"""A usage error, a missing extra, or the output could not be written (then it is untouched)."""
EXIT_INTERRUPTED = 130

_EXIT_STATUS = """\
exit status:
  0    every input was read (and the output written)
  1    some input failed or was skipped (each is named on stderr); the output holds the rest
  2    usage error, missing extra, or the output could not be written (it is left as it was)
  130  interrupted (Ctrl-C): what was done is written, and stderr says it is partial
"""

_MAIN_EXAMPLES = (
    """\
examples:
  mzextract demo                                   the sample report: outline and figures
  mzextract extract reports/ -o figures.xlsx       every report file under reports/
  mzextract extract 'reports/**/*.pdf' --format jsonl --kinds money,persons
  mzextract extract reports/ -o figures.parquet --jobs 4
  mzextract outline report.txt                     the section tree with figure counts
  mzextract show report.docx --html report.html    figures highlighted in a web page
  mzextract evaluate corpus/                       score against gold annotations

run `mzextract COMMAND --help` for a command's options.

"""
    + _EXIT_STATUS
)

_EXTRACT_EXAMPLES = (
    """\
examples:
  mzextract extract report.txt                     a table of figures on the terminal
  mzextract extract reports/ -o figures.csv        folders are searched recursively
  mzextract extract 'a/*.html' b.pdf --format jsonl > figures.jsonl
  mzextract extract reports/ -o out.parquet -j 4   four processes, same rows as one
  mzextract extract reports/ -o figures --partition-by year,province
                                                   a Parquet dataset: figures/year=…/province=…/

formats (one row per figure unless noted):
  table    aligned text, one table per document (default; .txt)
  jsonl    one JSON object per line, decimals as strings (.jsonl)
  csv      UTF-8 with BOM so that Excel reads the Chinese text (.csv)
  parquet  needs pyarrow (pip install 'mzextract[parquet]') and --output (.parquet)
  xlsx     an Excel workbook, sheets "figures" and "outline"; needs XlsxWriter
           (pip install 'mzextract[xlsx]') and --output (.xlsx)
  reports  one line per document: the whole report in the JSON Schema shape (.jsonl)
The format defaults to the --output file's suffix; other suffixes are refused.
With --partition-by the output is a folder: a Parquet dataset, one subfolder per
value (year=2023/province=浙江省/part-0.parquet; __HIVE_DEFAULT_PARTITION__ where a
report's year or province is not known), which pandas, DuckDB and Spark read whole.
The output is written to a temporary file and replaces FILE only when the run read
something. Every file a run does not read is named on stderr with the reason.

"""
    + _EXIT_STATUS
)


_PANEL_EXAMPLES = (
    """\
examples:
  mzextract panel reports/ -o panel.parquet        one row per figure, with its labels
  mzextract panel reports/ -o panel.csv -j 4       (place, period, programme, measure...)
  mzextract panel report.txt                       a short table on the terminal

formats: table (the default on a terminal; a few columns), jsonl, csv (UTF-8 with BOM)
and parquet (needs pyarrow and --output); the format defaults to the --output suffix.
Every column (`mzextract.panel.PANEL_COLUMNS`): source, place, code, province, city,
county, year, period_start, period_end, programme, programme_name, domain, area,
measure, role, kind, value, low, high, unit, approx, rate, per, redacted, percent,
text, start, end, subject, repeated, and for each label its rule and words.

"""
    + _EXIT_STATUS
)


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
    # Checked against the run's rule set in `main`, once --rules and --pack are read.
    return frozenset(k.strip() for k in value.split(",") if k.strip())


def _rule_set(args: argparse.Namespace) -> Rules | None:
    """The rule set of ``--rules FILE`` and ``--pack NAME``s; None for the shipped one."""
    file: str | None = getattr(args, "rules_file", None)
    packs: list[str] = getattr(args, "packs", None) or []
    if file is None and not packs:
        return None
    rules = Rules.default()
    if file is not None:
        rules = Rules.from_file(file, base=rules)
    for pack in packs:
        if pack in Rules.packs() or not pack.endswith((".toml", ".json")):
            rules = rules.with_pack(pack)
        else:
            rules = rules.with_file(pack)
    return rules


def _unknown_kinds(args: argparse.Namespace) -> str | None:
    wanted: frozenset[str] | None = getattr(args, "kinds", None)
    if not wanted:
        return None
    valid = {k.name for k in (args.rules or Rules.default()).kinds}
    unknown = wanted - valid
    if not unknown:
        return None
    return f"unknown kind {', '.join(sorted(unknown))}; choose from {', '.join(sorted(valid))}"


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"--jobs takes a number of processes ≥ 1, not {value}")
    return n


def _partition_by(value: str) -> tuple[str, ...]:
    try:
        return partition_columns(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _megabytes(value: str) -> int:
    try:
        mb = float(value)
    except ValueError:
        mb = 0
    if not mb > 0:
        raise argparse.ArgumentTypeError(f"--max-size takes a size in MB > 0, not {value}")
    return int(mb * 2**20)


def _stderr(message: str) -> None:
    print(f"mzextract: {message}", file=sys.stderr)


def _count(n: int, what: str) -> str:
    return f"{n:,} {what}{'' if n == 1 else 's'}"


class _Run:
    """What an extract run did with its inputs, for the summary and the exit status."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.read = 0
        self.failed = 0


def _cmd_extract(args: argparse.Namespace) -> int:
    found = expand(args.paths, args.max_size)
    fmt: str = args.format or "table"
    target: AtomicFile | AtomicFolder | None = None
    try:
        # Every check of the output comes before any input is read.
        if args.table == "panel":
            fmt = _panel_format(args, found)
            if args.output is not None:
                target = AtomicFile(args.output)
            elif fmt in BINARY_FORMATS:
                raise OutputError(f"--format {fmt} writes a binary file; give it with --output")
        elif args.partition_by is not None:
            if args.output is None or fmt not in ("table", "parquet"):
                raise OutputError(
                    "--partition-by writes a Parquet dataset: give its folder with --output "
                    "(and no --format but parquet)"
                )
            fmt = "dataset"
            check_dataset_output(args.output, [*args.paths, *found.files])
            target = AtomicFolder(args.output)
        elif args.output is not None:
            fmt = check_output(args.output, args.format, [*args.paths, *found.files])
            target = AtomicFile(args.output)
        elif fmt in BINARY_FORMATS:
            raise OutputError(f"--format {fmt} writes a binary file; give it with --output FILE")
    except OutputError as e:
        _stderr(f"error: {e}")
        return EXIT_OUTPUT
    try:
        return _extract_into(args, fmt, found, target)
    finally:
        if target is not None:
            target.discard()  # a no-op once committed


def _panel_format(args: argparse.Namespace, found: Inputs) -> str:
    fmt: str = args.format or "table"
    if args.output is not None:
        fmt = check_output(args.output, args.format, [*args.paths, *found.files])
    if fmt not in _PANEL_FORMATS:
        raise OutputError(f"the panel is written as {', '.join(_PANEL_FORMATS)}, not {fmt}")
    return fmt


_PANEL_FORMATS = ("table", "jsonl", "csv", "parquet")


def _open(
    args: argparse.Namespace,
    fmt: str,
    target: AtomicFile | AtomicFolder | None,
    files: contextlib.ExitStack,
) -> Writer | ReportsWriter:
    if isinstance(target, AtomicFolder):
        return DatasetWriter(target.temp, args.partition_by, kinds=args.kinds)
    if target is None:
        return open_writer(fmt, args.kinds, stream=sys.stdout, table=args.table)
    if fmt in BINARY_FORMATS:
        return open_writer(fmt, args.kinds, path=target.temp, table=args.table)
    # A BOM in CSV files is what makes Excel read them as UTF-8.
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    stream = files.enter_context(open(target.temp, "w", encoding=encoding, newline=""))
    return open_writer(fmt, args.kinds, stream=stream, table=args.table)


def _extract_into(
    args: argparse.Namespace, fmt: str, found: Inputs, target: AtomicFile | AtomicFolder | None
) -> int:
    for arg, reason in found.unmatched:
        _stderr(f"error: {arg}: {reason}")
    for path, reason in found.skipped:
        _stderr(f"skipped: {path}: {reason}")
    run = _Run(len(found.files))
    interrupted = False
    try:
        with contextlib.ExitStack() as files:
            writer = _open(args, fmt, target, files)
            try:
                _work(args, found.files, writer, run)
            except KeyboardInterrupt:
                interrupted = True
            writer.close()
    except Exception as e:
        # Reading errors are outcomes; what arrives here went wrong while writing.
        if target is None or isinstance(e, MissingExtraError):
            raise
        reason = e.strerror if isinstance(e, OSError) and e.strerror else f"{e}"
        _stderr(f"error: could not write {args.output} ({reason}); it was left as it was")
        return EXIT_OUTPUT
    problems = run.failed + len(found.skipped) + len(found.unmatched)
    if run.read < run.total or found.skipped or found.unmatched:
        _stderr(
            f"read {run.read:,} of {_count(run.total, 'input')}: {run.failed:,} failed, "
            f"{len(found.skipped):,} skipped"
            + (f", {run.total - run.done:,} not processed" if interrupted else "")
        )
    if target is not None:
        if run.read == 0:
            _stderr(f"nothing written: no input was read; {args.output} was left as it was")
        else:
            target.commit()
            what = _count(writer.rows, "report" if fmt == "reports" else "row")
            partial = " (partial: the run was interrupted)" if interrupted else ""
            _stderr(f"wrote {what} from {_count(run.read, 'file')} to {args.output}{partial}")
            for name in getattr(writer, "dropped", ()):
                hint = " (install mzextract[places] for provinces)" if name == "province" else ""
                _stderr(
                    f"note: no report's {name} is known, so {args.output} is not split by it{hint}"
                )
            truncated = getattr(writer, "truncated", 0)
            if truncated:
                _stderr(f"warning: {_count(truncated, 'cell')} over Excel's 32,767 characters cut")
    if interrupted:
        _stderr(
            f"interrupted: the output is partial; {run.total - run.done:,} of "
            f"{_count(run.total, 'input')} were not processed"
        )
        return EXIT_INTERRUPTED
    return EXIT_INPUT if problems else EXIT_OK


class _WholeDocuments:
    """Ctrl-C while a document's rows are written takes effect right after them, so an
    interrupted output ends on a whole document."""

    def __init__(self) -> None:
        self.writing = False
        self.pending = False

    def __enter__(self) -> _WholeDocuments:
        self.previous = signal.signal(signal.SIGINT, self._interrupt)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.signal(signal.SIGINT, self.previous)

    def _interrupt(self, signum: int, frame: object) -> None:
        if not self.writing:
            raise KeyboardInterrupt
        self.pending = True

    def write(self, writer: Writer | ReportsWriter, result: Rows | Outcome) -> None:
        self.writing = True
        try:
            if isinstance(writer, ReportsWriter):
                assert isinstance(result, Outcome) and result.report is not None
                writer.write_report(result.report)
            else:
                assert isinstance(result, Rows)
                writer.write(result)
        finally:
            self.writing = False
        if self.pending:
            raise KeyboardInterrupt


def _results(
    args: argparse.Namespace, files: list[str], writer: Writer | ReportsWriter
) -> Iterator[Rows | Outcome]:
    """Each file's rows, or its whole report for the ``reports`` format."""
    if isinstance(writer, ReportsWriter):
        return outcomes(files, jobs=args.jobs, max_bytes=args.max_size, rules=args.rules)
    return rows_many(
        files, args.jobs, tables=writer.tables, max_bytes=args.max_size, rules=args.rules
    )


def _work(
    args: argparse.Namespace, files: list[str], writer: Writer | ReportsWriter, run: _Run
) -> None:
    progress = _Progress(len(files), enabled=not args.quiet)
    with _WholeDocuments() as whole:
        try:
            for result in _results(args, files, writer):
                progress.step(result.name)
                if result.error is not None:
                    progress.clear()
                    _stderr(f"error: {result.error}")
                    run.failed += 1
                else:
                    for warning in result.warnings:
                        progress.clear()
                        _stderr(f"warning: {result.name}: {warning}")
                    whole.write(writer, result)
                    run.read += 1
                run.done += 1
        finally:
            progress.clear()


def _one(path: str, rules: Rules | None) -> Report | None:
    outcome: Outcome = next(outcomes([path], rules=rules))
    if outcome.report is None:
        _stderr(f"error: {outcome.error}")
    for warning in outcome.warnings:
        _stderr(f"warning: {outcome.name}: {warning}")
    return outcome.report


def _cmd_outline(args: argparse.Namespace) -> int:
    report = _one(args.path, args.rules)
    if report is None:
        return 1
    print(f"{report.source}: {len(report.sections)} sections, {len(report.figures)} figures")
    print(format_outline(report))
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    report = _one(args.path, args.rules)
    if report is None:
        return 1
    if args.html:
        try:
            check_output(args.html, None, [args.path], suffixes={".html": "html", ".htm": "html"})
            target = AtomicFile(args.html)
            try:
                target.temp.write_text(html_page(report), encoding="utf-8")
                target.commit()
            except OSError as e:
                raise OutputError(f"{args.html}: could not be written ({e.strerror})") from e
            finally:
                target.discard()
        except OutputError as e:
            _stderr(f"error: {e}")
            return EXIT_OUTPUT
        print(f"wrote {args.html} ({len(report.figures)} figures highlighted)")
        return 0
    if args.why:
        print(format_why(report))
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
    print(format_table(rows, columns=TABLE_COLUMNS))
    print("\nNext: mzextract extract YOUR_FOLDER -o figures.csv   (see mzextract --help)")
    return 0


def _rules_arguments(p: argparse.ArgumentParser) -> None:
    """The rule set of a run: a rules file and packs (extract, panel, outline, show)."""
    p.add_argument(
        "--rules",
        dest="rules_file",
        metavar="FILE",
        help="the rule set to use: a .toml or .json file as Rules.to_file writes it; tables "
        "it leaves out are the shipped ones",
    )
    p.add_argument(
        "--pack",
        dest="packs",
        action="append",
        metavar="NAME",
        help="add a rule pack: "
        + ", ".join(Rules.packs())
        + " (shipped, off by default), or a pack file (.toml/.json); repeatable",
    )


def _run_arguments(p: argparse.ArgumentParser) -> None:
    """The arguments of the commands that read many files (extract, panel)."""
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or glob patterns")
    p.add_argument("-f", "--format", choices=FORMATS, help="output format (see below)")
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write here (atomically) instead of stdout"
    )
    p.add_argument(
        "-k",
        "--kinds",
        type=_kinds,
        metavar="KINDS",
        help="keep only these kinds, comma-separated: "
        + ",".join(k.name for k in Rules.default().kinds)
        + " (and those of --rules and --pack)",
    )
    p.add_argument(
        "-j", "--jobs", type=_jobs, default=1, metavar="N", help="worker processes (default 1)"
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    _rules_arguments(p)
    p.add_argument(
        "--max-size",
        type=_megabytes,
        default=DEFAULT_MAX_BYTES,
        metavar="MB",
        help="largest file read, and the most a .docx may unpack to "
        f"(default {DEFAULT_MAX_BYTES >> 20})",
    )


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
        ".html, .docx, .pdf, and .doc/.wps through LibreOffice).",
        epilog=_EXTRACT_EXAMPLES,
        formatter_class=raw,
    )
    _run_arguments(p)
    p.add_argument(
        "--partition-by",
        type=_partition_by,
        metavar="COLS",
        help="write a Parquet dataset to the --output folder, split by year, province or "
        "both (year,province)",
    )
    p.set_defaults(run=_cmd_extract, table="figures")

    p = sub.add_parser(
        "panel",
        help="one row per figure with its labels: place, period, programme, measure, role",
        description="The panel table of report files (`mzextract.panel`): each figure with "
        "its report's place and year, its period, programme, area, measure and role, and "
        "the words that decided each label.",
        epilog=_PANEL_EXAMPLES,
        formatter_class=raw,
    )
    _run_arguments(p)
    p.set_defaults(run=_cmd_extract, table="panel", partition_by=None)

    p = sub.add_parser(
        "outline",
        help="the section tree of one report",
        description="Print the section tree, indented by level, with each section's figure "
        "count (subsections included).",
        epilog="example:\n  mzextract outline report.txt",
        formatter_class=raw,
    )
    p.add_argument("path", metavar="PATH")
    _rules_arguments(p)
    p.set_defaults(run=_cmd_outline)

    p = sub.add_parser(
        "show",
        help="a report's text with its figures highlighted",
        description="Print the text with figures coloured by kind, or write a standalone "
        "HTML page with a legend; hover a figure there for its normalised value.",
        epilog="examples:\n  mzextract show report.txt | less -R\n"
        "  mzextract show report.docx --html report.html\n"
        "  mzextract show report.txt --why              what decided each figure's fields",
        formatter_class=raw,
    )
    p.add_argument("path", metavar="PATH")
    _rules_arguments(p)
    p.add_argument("--html", metavar="FILE", help="write an HTML page instead")
    p.add_argument(
        "--why",
        action="store_true",
        help="list each figure with its labels and the rule and words that decided each field",
    )
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
    """Run the command line; returns the exit status (see `_EXIT_STATUS`)."""
    parser = _parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        args.rules = _rule_set(args)
    except RulesError as e:
        _stderr("error: " + " ".join(str(e).split()))
        return EXIT_OUTPUT
    unknown = _unknown_kinds(args)
    if unknown is not None:
        parser.error(unknown)
    try:
        return run(args)
    except MissingExtraError as e:
        _stderr(f"error: {e}")
        return EXIT_OUTPUT
    except BrokenPipeError:
        # The reader (e.g. `head`) left early: not an error; silence the final flush.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
