"""Where extracted rows go: the output file's checks, its atomic replacement, and one
writer per format (table, JSON Lines, CSV, reports, Parquet, Excel, a partitioned
Parquet dataset).

A user's file is never lost: the output is checked before any work starts (its
folder exists, it is no folder and none of the inputs, its suffix is known), rows
go to a temporary file beside it, and only a run that read something replaces the
output, in one `os.replace`.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import IO, Any, Protocol

from mzextract.export import (
    COLUMNS,
    OUTLINE_COLUMNS,
    Column,
    json_row,
    plain,
    to_dict,
)
from mzextract.io import MissingExtraError
from mzextract.report import Report
from mzextract.rows import Rows, arrow_schema, columns
from mzextract.view import format_table

__all__ = [
    "BINARY_FORMATS",
    "FORMATS",
    "SUFFIX_FORMATS",
    "AtomicFile",
    "OutputError",
    "Writer",
    "check_output",
    "open_writer",
]

FORMATS = ("table", "jsonl", "csv", "parquet", "xlsx", "reports")
SUFFIX_FORMATS = {
    ".txt": "table",
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".xlsx": "xlsx",
}
"""The format an output file's suffix stands for (``reports`` is JSON Lines too)."""
BINARY_FORMATS = frozenset({"parquet", "xlsx"})
TABLE_COLUMNS = ("section_title", "kind", "value", "text", "subject")
PANEL_TABLE_COLUMNS = ("period_end", "programme", "area", "measure", "role", "value", "text")
"""The panel columns the terminal table shows (CSV, JSONL and Parquet have them all)."""


class OutputError(Exception):
    """The output cannot be written; the message is one line naming the file and why."""


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_output(
    output: str,
    fmt: str | None,
    inputs: Iterable[str],
    suffixes: dict[str, str] = SUFFIX_FORMATS,
) -> str:
    """The output's format, after checking that it can be written without losing anything:
    its suffix is one of ``suffixes`` (and fits ``fmt``), its folder exists, it is no
    folder and none of the ``inputs``."""
    path = Path(output)
    suffix = path.suffix.lower()
    implied = suffixes.get(suffix)
    if output.endswith(("/", os.sep)) or path.is_dir():
        raise OutputError(f"{output}: is a folder; give a file name, e.g. {path / 'figures.csv'}")
    if implied is None:
        known = ", ".join(suffixes)
        raise OutputError(f"{output}: unknown output suffix {suffix or '(none)'!r}; use {known}")
    if fmt is not None and fmt != implied and not (fmt == "reports" and implied == "jsonl"):
        raise OutputError(f"{output}: a {suffix} file cannot hold --format {fmt}")
    folder = path.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise OutputError(f"{output}: the folder {folder} {what}")
    resolved = path.resolve()
    for name in inputs:
        if Path(name).resolve() == resolved or _same(Path(name), path):
            raise OutputError(f"{output}: is also an input; write the output elsewhere")
    return fmt or implied


class AtomicFile:
    """A temporary file beside ``path`` that replaces it on `commit`, or vanishes."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)
        try:
            fd, temp = tempfile.mkstemp(
                dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".part"
            )
        except OSError as e:
            raise OutputError(f"{path}: cannot write in {self.path.parent} ({e.strerror})") from e
        os.close(fd)
        self.temp = Path(temp)

    def commit(self) -> None:
        try:
            # mkstemp makes the file private; give it the mode the output has or would get.
            if self.path.exists():
                mode = self.path.stat().st_mode & 0o7777
            else:
                umask = os.umask(0)
                os.umask(umask)
                mode = 0o666 & ~umask
            os.chmod(self.temp, mode)
            os.replace(self.temp, self.path)
        except OSError as e:
            self.discard()
            raise OutputError(f"{self.path}: could not be replaced ({e.strerror})") from e

    def discard(self) -> None:
        self.temp.unlink(missing_ok=True)


class Writer(Protocol):
    rows: int
    """Rows written so far (figures; for ``reports``, documents)."""
    tables: tuple[str, ...]
    """The tables (`mzextract.rows.TABLES`) the writer needs of each document."""

    def write(self, doc: Rows) -> None: ...

    def close(self) -> None:
        """Finish the file; after this nothing more is written."""


def _rows(doc: Rows, kinds: frozenset[str] | None, table: str = "figures") -> list[dict[str, Any]]:
    return [r for r in doc.records(table) if kinds is None or r["kind"] in kinds]


def _text_row(row: dict[str, Any]) -> dict[str, Any]:
    """`json_row`, with the panel's dates in ISO form."""
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in json_row(row).items()}


class TextWriter:
    """table, jsonl and csv: text lines on a stream, of the figures or the panel table."""

    def __init__(
        self, out: IO[str], fmt: str, kinds: frozenset[str] | None, table: str = "figures"
    ) -> None:
        self.out = out
        self.fmt = fmt
        self.kinds = kinds
        self.table = table
        self.tables: tuple[str, ...] = (table,)
        self.rows = 0
        self.csv: csv.DictWriter[str] | None = None
        if fmt == "csv":
            self.csv = csv.DictWriter(out, fieldnames=columns(table), lineterminator="\n")
            self.csv.writeheader()

    def write(self, doc: Rows) -> None:
        rows = _rows(doc, self.kinds, self.table)
        self.rows += len(rows)
        if self.csv is not None:
            self.csv.writerows(_text_row(row) for row in rows)
        elif self.fmt == "jsonl":
            for row in rows:
                self.out.write(json.dumps(_text_row(row), ensure_ascii=False) + "\n")
        else:
            shown = TABLE_COLUMNS if self.table == "figures" else PANEL_TABLE_COLUMNS
            self.out.write(f"== {doc.name} ({len(rows)} figures)\n")
            if rows:
                self.out.write(format_table(rows, columns=shown) + "\n")
            self.out.write("\n")

    def close(self) -> None:
        self.out.flush()


class ReportsWriter:
    """``reports``: one JSON line per document, the whole report in the JSON Schema shape.
    It needs the `Report` itself, so it is fed reports (`write_report`), not rows."""

    def __init__(self, out: IO[str], kinds: frozenset[str] | None) -> None:
        self.out = out
        self.kinds = kinds
        self.rows = 0

    def write_report(self, report: Report) -> None:
        data = to_dict(report)
        if self.kinds is not None:
            data["figures"] = [f for f in data["figures"] if f["kind"] in self.kinds]
        self.out.write(json.dumps(data, ensure_ascii=False) + "\n")
        self.rows += 1

    def close(self) -> None:
        self.out.flush()


class ParquetWriter:
    """One row group per document, so memory stays bounded on large folders."""

    def __init__(self, path: Path, kinds: frozenset[str] | None, table: str = "figures") -> None:
        schema = arrow_schema(table)
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        self.schema = schema
        self.kinds = kinds
        self.table = table
        self.tables: tuple[str, ...] = (table,)
        self.names = columns(table)
        self.rows = 0
        self.writer = pq.ParquetWriter(str(path), schema)

    def write(self, doc: Rows) -> None:
        rows = _rows(doc, self.kinds, self.table)
        if rows:
            data = {name: [plain(r[name]) for r in rows] for name in self.names}
            self.writer.write_table(self.pa.table(data, schema=self.schema))
            self.rows += len(rows)

    def close(self) -> None:
        self.writer.close()


class XlsxWriter:
    """A workbook with a "figures" and an "outline" sheet: a frozen, bold header row,
    numbers as numbers, text as text, formats from the column table.

    Rows stream to disk (XlsxWriter's constant-memory mode). A sheet that reaches
    Excel's row limit goes on in "figures (2)"; a cell over Excel's 32,767 characters
    is cut, and `truncated` counts such cells.
    """

    tables: tuple[str, ...] = ("figures", "sections")

    def __init__(self, path: Path, kinds: frozenset[str] | None) -> None:
        try:
            import xlsxwriter
        except ImportError:
            raise MissingExtraError("xlsx", "XlsxWriter", "--format xlsx") from None
        self.book = xlsxwriter.Workbook(
            str(path), {"constant_memory": True, "strings_to_urls": False}
        )
        self.kinds = kinds
        self.rows = 0
        self.truncated = 0
        self.bold = self.book.add_format({"bold": True})
        self.sheets = {
            "figures": _Sheet(self, "figures", COLUMNS),
            "outline": _Sheet(self, "outline", OUTLINE_COLUMNS),
        }

    def write(self, doc: Rows) -> None:
        rows = _rows(doc, self.kinds)
        for row in rows:
            self.sheets["figures"].append(row)
        for row in doc.records("sections"):
            self.sheets["outline"].append(row)
        self.rows += len(rows)

    def close(self) -> None:
        self.book.close()


class _Sheet:
    def __init__(self, owner: XlsxWriter, name: str, columns: tuple[Column, ...]) -> None:
        self.owner = owner
        self.name = name
        self.columns = columns
        self.formats = [owner.book.add_format({"num_format": c.type.excel}) for c in columns]
        self.parts = 0
        self.sheet: Any = None
        self.row = 0
        self._open()

    def _open(self) -> None:
        self.parts += 1
        name = self.name if self.parts == 1 else f"{self.name} ({self.parts})"
        self.sheet = self.owner.book.add_worksheet(name)
        self.sheet.freeze_panes(1, 0)
        for i, c in enumerate(self.columns):
            self.sheet.set_column(i, i, max(10, len(c.name) + 2), self.formats[i])
            self.sheet.write_string(0, i, c.name, self.owner.bold)
        self.row = 1

    def append(self, record: dict[str, Any]) -> None:
        if self.row >= self.sheet.xls_rowmax:
            self._open()
        for i, c in enumerate(self.columns):
            value = plain(record[c.name])
            fmt = self.formats[i]
            if value is None:
                self.sheet.write_blank(self.row, i, None, fmt)
            elif isinstance(value, bool):
                self.sheet.write_boolean(self.row, i, value, fmt)
            elif isinstance(value, (int, float)):
                self.sheet.write_number(self.row, i, value, fmt)
            else:
                text = str(value)
                if len(text) > self.sheet.xls_strmax:
                    text = text[: self.sheet.xls_strmax - 1] + "…"
                    self.owner.truncated += 1
                # write_string: a value starting with = stays text, never a formula.
                self.sheet.write_string(self.row, i, text, fmt)
        self.row += 1


def open_writer(
    fmt: str,
    kinds: frozenset[str] | None,
    *,
    stream: IO[str] | None = None,
    path: Path | None = None,
    table: str = "figures",
) -> Writer | ReportsWriter:
    """A writer of ``fmt`` on a text stream (text formats) or a file path (binary formats);
    ``table`` is ``figures`` or ``panel`` (the panel has no xlsx or reports format)."""
    if table != "figures" and fmt not in ("table", "jsonl", "csv", "parquet"):
        raise OutputError(f"the {table} table is written as table, jsonl, csv or parquet")
    if fmt == "parquet":
        assert path is not None
        return ParquetWriter(path, kinds, table)
    if fmt == "xlsx":
        assert path is not None
        return XlsxWriter(path, kinds)
    assert stream is not None
    if fmt == "reports":
        return ReportsWriter(stream, kinds)
    return TextWriter(stream, fmt, kinds, table)
