"""The rows of one document: an input (a path, a file's bytes, or a `Text`) in, plain rows
of each table out — the one function that `batch.rows_many`, `mzextract.spark` and
`mzextract.dask` all run, so the three give the same rows.

Rows are tuples in the order of their table's columns (`columns`): small, cheap to pickle
and the same in every process. A `Rows` carries no `Report`, so a worker sends back a few
kilobytes instead of the report, its text and every label's evidence.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Union

from mzextract.api import extract
from mzextract.export import COLUMNS, INTEGER, OUTLINE_COLUMNS, TEXT, outline_records, to_records
from mzextract.export import Column as ExportColumn
from mzextract.io import DEFAULT_MAX_BYTES, MissingExtraError, ReadError, read, read_bytes
from mzextract.panel import PANEL_COLUMNS, panel_rows
from mzextract.report import Report
from mzextract.rules import Rules

if TYPE_CHECKING:
    import pandas
    import pyarrow

__all__ = [
    "DOCUMENT_COLUMNS",
    "PARTITION_COLUMNS",
    "TABLES",
    "Data",
    "ExtractError",
    "Item",
    "Rows",
    "Text",
    "arrow_schema",
    "arrow_table",
    "columns",
    "document_rows",
    "item_name",
    "pandas_frame",
    "report_of",
    "shipped_rules",
]


@dataclass(frozen=True)
class Text:
    """A report's text given as an input of `extract_many` / `outcomes` (a bare str is a path).

    ``name`` becomes the report's ``source`` and the input's name in errors.
    """

    text: str
    name: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(
                f"Text() takes the report text as str, not {type(self.text).__name__}; "
                "decode bytes first (data.decode('utf-8')) or pass the file's path"
            )


@dataclass(frozen=True)
class Data:
    """A report file's bytes and its name (e.g. Spark's ``binaryFile`` rows), read on the
    worker as `mzextract.read` reads the file: the name's suffix says the format."""

    data: bytes
    name: str

    def __post_init__(self) -> None:
        if not isinstance(self.data, (bytes, bytearray, memoryview)):
            raise TypeError(f"Data() takes the file's bytes, not {type(self.data).__name__}")
        if not isinstance(self.name, str):
            raise TypeError(f"Data() takes the file's name as str, not {type(self.name).__name__}")


Item = Union[str, "os.PathLike[str]", Text, Data]
"""A path (`str` or `os.PathLike`), a report's text wrapped in `Text`, or a file's `Data`."""


class ExtractError(RuntimeError):
    """Extraction failed on one input for a reason other than reading it."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason

    def __reduce__(self) -> tuple[type[ExtractError], tuple[str, str]]:
        return ExtractError, (self.name, self.reason)


_shipped: dict[str, Rules] = {}


def shipped_rules(key: str, data: Mapping[str, Any]) -> Rules:
    """A rule set sent to a worker as data (`Rules.to_data`), built once per process:
    building and compiling takes about 0.2 s, as long as extracting a few reports.
    ``key`` names the rule set (the sender makes it unique)."""
    if key not in _shipped:
        _shipped[key] = Rules.from_data(data)
    return _shipped[key]


def item_name(index: int, item: object) -> str:
    """How an input is named in errors: its path, its name, or its position."""
    if isinstance(item, Text):
        return item.name or f"<text {index}>"
    if isinstance(item, Data):
        return item.name
    if isinstance(item, (str, os.PathLike)):
        return str(os.fspath(item))
    return f"<item {index}>"


def report_of(
    item: Item, *, max_bytes: int = DEFAULT_MAX_BYTES, rules: Rules | None = None
) -> tuple[Report, tuple[str, ...]]:
    """Read (unless it is a `Text`) and extract one input: its report, whose ``source`` is
    the path, the data's or the text's name, and the reader's warnings."""
    if isinstance(item, Text):
        return replace(extract(item.text, rules=rules), source=item.name), ()
    if isinstance(item, Data):
        doc = read_bytes(bytes(item.data), item.name, max_bytes=max_bytes)
    elif isinstance(item, (str, os.PathLike)):
        doc = read(item, max_bytes=max_bytes)
    else:
        raise TypeError(
            "an input is a path (str or os.PathLike), mzextract.Text(text) or "
            f"mzextract.rows.Data(bytes, name), not {type(item).__name__}"
        )
    return replace(extract(doc.text, rules=rules), source=doc.source), doc.warnings


# ------------------------------------------------------------------------- tables

DOCUMENT_COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn("document", TEXT, "the input: its path, or the text's or the data's name"),
    ExportColumn("error", TEXT, "why it gave no rows (read or extraction error); empty if none"),
    ExportColumn(
        "warnings", TEXT, "the reader's warnings, one per line: the text may not be exact"
    ),
    ExportColumn("figures", INTEGER, "its figures"),
    ExportColumn("sections", INTEGER, "its sections"),
    ExportColumn("year", INTEGER, "the year the report covers, where known"),
    ExportColumn("province", TEXT, "the province of the report's place, where known"),
)
"""One row per input, failed ones included, so that every input of a run is accounted for."""

PARTITION_COLUMNS: tuple[ExportColumn, ...] = DOCUMENT_COLUMNS[-2:]
"""Columns a partitioned dataset may be split by: the report's year and province."""

_PANEL_ARROW = {
    "str": "string",
    "int": "int64",
    "decimal": "float64",
    "bool": "bool",
    "date": "date32",
}
"""The Arrow type of each `panel.Column` type."""

TABLES: tuple[str, ...] = ("figures", "sections", "panel", "documents")
"""The tables of a document: figures (`export.COLUMNS`), sections
(`export.OUTLINE_COLUMNS`), panel rows (`panel.PANEL_COLUMNS`) and one row per input."""


@dataclass(frozen=True)
class _Column:
    name: str
    arrow: str
    """The pyarrow type alias (``pyarrow.type_for_alias``)."""


def _table_columns(table: str) -> tuple[_Column, ...]:
    if table == "panel":
        return tuple(_Column(c.name, _PANEL_ARROW[c.type]) for c in PANEL_COLUMNS)
    found: Mapping[str, tuple[ExportColumn, ...]] = {
        "figures": COLUMNS,
        "sections": OUTLINE_COLUMNS,
        "documents": DOCUMENT_COLUMNS,
    }
    if table not in found:
        raise ValueError(f"unknown table {table!r}; tables are {', '.join(TABLES)}")
    return tuple(_Column(c.name, c.type.arrow) for c in found[table])


_COLUMNS = {t: _table_columns(t) for t in TABLES}


def columns(table: str) -> tuple[str, ...]:
    """The column names of ``table``, in the order of its rows' values."""
    if table not in _COLUMNS:
        raise ValueError(f"unknown table {table!r}; tables are {', '.join(TABLES)}")
    return tuple(c.name for c in _COLUMNS[table])


def arrow_schema(table: str, *, partition_by: Sequence[str] = ()) -> pyarrow.Schema:
    """The Arrow schema of ``table``'s rows, derived from its column table (needs
    ``mzextract[parquet]``). Decimals are float64, as in every binary export; dates are
    date32. ``partition_by`` columns the table lacks (year, province) are added at the end."""
    try:
        import pyarrow as pa
    except ImportError:
        raise MissingExtraError("parquet", "pyarrow", "Arrow tables") from None
    columns(table)
    fields = [(c.name, pa.type_for_alias(c.arrow)) for c in _COLUMNS[table]]
    have = {name for name, _ in fields}
    extra = {c.name: c for c in PARTITION_COLUMNS}
    for name in partition_by:
        if name not in extra:
            raise ValueError(f"cannot partition by {name!r}; use {', '.join(extra)}")
        if name in have:
            continue
        fields.append((name, pa.type_for_alias(extra[name].type.arrow)))
    return pa.schema(fields)


@dataclass(frozen=True)
class Rows:
    """What one input gave: the rows of each table asked for, or the error that stopped it."""

    name: str
    """The path as given; a `Text`'s or `Data`'s name, or ``<text N>`` for the N-th input."""
    tables: tuple[tuple[str, tuple[tuple[Any, ...], ...]], ...] = ()
    """(table, rows) for each table asked for; each row's values in `columns` order."""
    error: ReadError | MissingExtraError | ExtractError | None = None
    warnings: tuple[str, ...] = ()
    """The reader's warnings (`mzextract.io.Document.warnings`): the text may not be exact."""
    year: int | None = None
    province: str | None = None
    figures: int = 0
    """How many figures the report has (whichever tables were asked for)."""
    sections: int = 0

    def rows(self, table: str) -> tuple[tuple[Any, ...], ...]:
        """The rows of ``table`` (empty for a failed input or a table not asked for)."""
        columns(table)
        if table == "documents":
            return (self.document_row(),)
        return dict(self.tables).get(table, ())

    def records(self, table: str) -> list[dict[str, Any]]:
        """The rows of ``table`` as dicts keyed by column name."""
        names = columns(table)
        return [dict(zip(names, row, strict=True)) for row in self.rows(table)]

    def partition(self, name: str) -> Any:
        """The value of a partition column (`PARTITION_COLUMNS`) for this document."""
        if name not in ("year", "province"):
            raise ValueError(f"cannot partition by {name!r}; use year, province")
        return self.year if name == "year" else self.province

    def document_row(self) -> tuple[Any, ...]:
        """This input's row of the ``documents`` table."""
        return (
            self.name,
            None if self.error is None else str(self.error),
            "\n".join(self.warnings) or None,
            self.figures,
            self.sections,
            self.year,
            self.province,
        )


def _table_rows(report: Report, table: str) -> tuple[tuple[Any, ...], ...]:
    names = columns(table)
    if table == "figures":
        records = to_records(report)
    elif table == "sections":
        records = outline_records(report)
    else:
        records = panel_rows(report)
    return tuple(tuple(r[n] for n in names) for r in records)


def document_rows(
    item: Item,
    index: int = 0,
    *,
    tables: Iterable[str] = ("figures",),
    max_bytes: int = DEFAULT_MAX_BYTES,
    rules: Rules | None = None,
) -> Rows:
    """The rows of one input (the ``index``-th of a batch, for naming unnamed texts).

    Never raises for the input's own failure: a read error, a missing extra or an
    exception inside extraction is the `Rows`' ``error``.
    """
    wanted = tuple(t for t in tables if t != "documents")
    for t in wanted:
        columns(t)
    name = item_name(index, item)
    try:
        report, warnings = report_of(item, max_bytes=max_bytes, rules=rules)
        place = report.meta.place
        return Rows(
            name,
            tuple((t, _table_rows(report, t)) for t in wanted),
            None,
            warnings,
            report.meta.year,
            None if place is None else place.province,
            len(report.figures),
            len(report.sections),
        )
    except (ReadError, MissingExtraError) as e:
        return Rows(name, error=e)
    except Exception as e:  # one bad input must not stop a batch; the caller decides
        return Rows(name, error=ExtractError(name, f"{type(e).__name__}: {e}"))


def _plain(value: Any) -> Any:
    return float(value) if isinstance(value, Decimal) else value


def arrow_table(
    documents: Iterable[Rows], table: str, *, partition_by: Sequence[str] = ()
) -> pyarrow.Table:
    """The rows of ``table`` of many documents as one Arrow table of `arrow_schema`;
    ``partition_by`` columns the table lacks are filled from each document."""
    schema = arrow_schema(table, partition_by=partition_by)
    names = columns(table)
    added = [n for n in partition_by if n not in names]
    values: list[list[Any]] = [[] for _ in schema.names]
    for doc in documents:
        rows = doc.rows(table)
        if not rows:
            continue
        for i, column in enumerate(zip(*rows, strict=True)):
            values[i].extend(_plain(v) for v in column)
        for j, n in enumerate(added, start=len(names)):
            values[j].extend([doc.partition(n)] * len(rows))
    import pyarrow as pa

    return pa.Table.from_arrays(
        [pa.array(v, type=f.type) for v, f in zip(values, schema, strict=True)], schema=schema
    )


def pandas_frame(table: pyarrow.Table) -> pandas.DataFrame:
    """An Arrow table as pandas with nullable dtypes (Int64, boolean), so that a missing
    year stays missing instead of turning its column into floats; dates stay date32."""
    import pandas as pd
    import pyarrow as pa

    nullable = {
        pa.int64(): pd.Int64Dtype(),
        pa.bool_(): pd.BooleanDtype(),
        # Dates as Arrow dates: object columns of dates would be taken for text by Dask.
        pa.date32(): pd.ArrowDtype(pa.date32()),
    }
    return table.to_pandas(types_mapper=nullable.get)
