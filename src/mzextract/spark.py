"""Extraction as a Spark job: a DataFrame of inputs in, a DataFrame of rows out
(``pip install 'mzextract[spark]'``).

The inputs are rows of file bytes (``spark.read.format("binaryFile")``: columns ``path``
and ``content``, so PDF, .docx and HTML are read on the executors), of paths (a ``path``
column, read on the executors from a file system they share), or of texts (a ``text``
column, named by ``name`` if there is one). Each Python worker runs
`mzextract.rows.document_rows` on its inputs, so the rows are those of
`mzextract.batch.rows_many` and the CLI, and returns them as Arrow batches of the table's
Arrow schema (`mzextract.rows.arrow_schema`) through ``mapInArrow``: ``mapInPandas``'s
conversion through pandas loses that schema (pandas 3's Arrow-backed strings and
nullable integers fail in it, and without them a missing year turns a column into
floats). A custom rule set is broadcast once and built once per Python worker.

>>> figures = mzextract.spark.figures(spark.read.format("binaryFile").load("reports/*.pdf"))
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from mzextract.io import DEFAULT_MAX_BYTES, MissingExtraError
from mzextract.rows import (
    Data,
    Item,
    Text,
    arrow_schema,
    arrow_table,
    columns,
    document_rows,
    shipped_rules,
)
from mzextract.rules import Rules

if TYPE_CHECKING:
    import pyarrow
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructType

__all__ = ["INPUTS", "documents", "extract", "figures", "panel", "schema", "sections"]

INPUTS = ("auto", "bytes", "path", "text")
"""What the input DataFrame's rows are; ``auto`` looks at its columns (`_input_kind`)."""


def _pyspark() -> Any:
    try:
        import pyspark
    except ImportError:
        raise MissingExtraError("spark", "pyspark", "mzextract.spark") from None
    return pyspark


def schema(table: str = "figures") -> StructType:
    """The Spark schema of ``table``'s rows, converted from its Arrow schema."""
    _pyspark()
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(arrow_schema(table))


def _input_kind(names: list[str], given: str) -> str:
    if given not in INPUTS:
        raise ValueError(f"input must be one of {', '.join(INPUTS)}, not {given!r}")
    if given != "auto":
        needed = {"bytes": ("path", "content"), "path": ("path",), "text": ("text",)}[given]
        missing = [n for n in needed if n not in names]
        if missing:
            raise ValueError(f"input={given!r} needs the column(s) {', '.join(missing)}")
        return given
    if "content" in names and "path" in names:
        return "bytes"
    if "text" in names:
        return "text"
    if "path" in names:
        return "path"
    raise ValueError(
        f"the DataFrame has none of the input columns (path and content from binaryFile, "
        f"text, or path); its columns are {', '.join(names)}"
    )


def _items(batch: pyarrow.RecordBatch, kind: str) -> list[Item]:
    data = batch.to_pydict()
    if kind == "bytes":
        pairs = zip(data["path"], data["content"], strict=True)
        return [Data(bytes(c), str(p)) for p, c in pairs]
    if kind == "text":
        names = data.get("name", [None] * batch.num_rows)
        texts = zip(data["text"], names, strict=True)
        return [Text(str(t), None if n is None else str(n)) for t, n in texts]
    return [str(p) for p in data["path"]]


def _rows_of(
    table: str, kind: str, max_bytes: int, broadcast: Any, key: str
) -> Any:  # a function of Arrow batches, shipped to the workers by Spark
    def rows(batches: Iterator[pyarrow.RecordBatch]) -> Iterator[pyarrow.RecordBatch]:
        rules = None if broadcast is None else shipped_rules(key, broadcast.value)
        for batch in batches:
            docs = [
                document_rows(item, tables=(table,), max_bytes=max_bytes, rules=rules)
                for item in _items(batch, kind)
            ]
            yield from arrow_table(docs, table).to_batches()

    return rows


def extract(
    df: DataFrame,
    table: str = "figures",
    *,
    input: str = "auto",
    rules: Rules | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> DataFrame:
    """The rows of ``table`` (figures, sections, panel or documents) of every input row.

    A failed input gives no figure, section or panel rows; the ``documents`` table has
    one row per input with its error, so every input is accounted for.
    """
    _pyspark()
    columns(table)
    kind = _input_kind(list(df.columns), input)
    needed = {"bytes": ["path", "content"], "text": ["text"], "path": ["path"]}[kind]
    if kind == "text" and "name" in df.columns:
        needed.append("name")
    broadcast = None
    if rules is not None:
        broadcast = df.sparkSession.sparkContext.broadcast(rules.to_data())
    function = _rows_of(table, kind, max_bytes, broadcast, uuid.uuid4().hex)
    return df.select(*needed).mapInArrow(function, schema(table))


def figures(df: DataFrame, **options: Any) -> DataFrame:
    """One row per figure (`mzextract.export.COLUMNS`); options as for `extract`."""
    return extract(df, "figures", **options)


def sections(df: DataFrame, **options: Any) -> DataFrame:
    """One row per section (`mzextract.export.OUTLINE_COLUMNS`)."""
    return extract(df, "sections", **options)


def panel(df: DataFrame, **options: Any) -> DataFrame:
    """The panel: one row per figure with its labels (`mzextract.panel.PANEL_COLUMNS`)."""
    return extract(df, "panel", **options)


def documents(df: DataFrame, **options: Any) -> DataFrame:
    """One row per input: its error and warnings, figure and section counts, year, province."""
    return extract(df, "documents", **options)
