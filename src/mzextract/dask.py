"""Extraction on a Dask cluster: inputs in, a `dask.bag.Bag` of rows or a
`dask.dataframe.DataFrame` out (``pip install 'mzextract[dask]'``).

Inputs are those of `mzextract.batch.rows_many`: paths (read by the workers, so on a
file system they share), `mzextract.Text` or `mzextract.rows.Data` (bytes and a file
name). Each partition runs `mzextract.rows.document_rows` on its inputs, so the rows are
those of `rows_many` and the CLI; DataFrame partitions have the table's Arrow schema.
A custom rule set is one task of the graph: sent to each worker once, built once per
worker process from that data.

>>> frame = mzextract.dask.frame(paths, "figures", npartitions=64)   # then .compute()
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from mzextract.io import DEFAULT_MAX_BYTES, MissingExtraError
from mzextract.rows import (
    Item,
    Rows,
    arrow_schema,
    arrow_table,
    columns,
    document_rows,
    pandas_frame,
    shipped_rules,
)
from mzextract.rules import Rules

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = ["documents", "frame", "meta", "rows"]

_PER_PARTITION = 16
"""Inputs per partition when ``npartitions`` is not given: small tasks balance well."""


def _dask() -> Any:
    try:
        import dask.bag
        import dask.dataframe
    except ImportError:
        raise MissingExtraError("dask", "dask[bag,dataframe]", "mzextract.dask") from None
    return dask


def _partition(
    items: Sequence[tuple[int, Item]],
    tables: tuple[str, ...],
    max_bytes: int,
    rules_data: tuple[str, dict[str, Any]] | None,
) -> list[Rows]:
    rules = None if rules_data is None else shipped_rules(*rules_data)
    return [
        document_rows(item, index, tables=tables, max_bytes=max_bytes, rules=rules)
        for index, item in items
    ]


def documents(
    items: Iterable[Item],
    tables: Sequence[str] = ("figures",),
    *,
    npartitions: int | None = None,
    rules: Rules | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> dask.bag.Bag:
    """A bag of `mzextract.rows.Rows`, one per input in input order, failed ones included."""
    dk = _dask()
    wanted = tuple(tables)
    for t in wanted:
        columns(t)
    numbered = list(enumerate(items))
    if npartitions is None:
        npartitions = max(1, -(-len(numbered) // _PER_PARTITION))
    bag: Any = dk.bag.from_sequence(numbered, npartitions=npartitions)  # untyped methods
    data = None
    if rules is not None:
        key = f"mzextract-rules-{uuid.uuid4().hex}"
        data = dk.delayed((key, rules.to_data()), name=key)
    docs: dask.bag.Bag = bag.map_partitions(_partition, wanted, max_bytes, data)
    return docs


def _records(docs: Iterable[Rows], table: str) -> list[dict[str, Any]]:
    return [r for doc in docs for r in doc.records(table)]


def rows(items: Iterable[Item], table: str = "figures", **options: Any) -> dask.bag.Bag:
    """A bag of ``table``'s rows as dicts (e.g. `mzextract.export.to_records` rows for
    figures); options as for `documents`."""
    docs: Any = documents(items, (table,), **options)  # dask's methods are untyped
    records: dask.bag.Bag = docs.map_partitions(_records, table)
    return records


def meta(table: str = "figures") -> pandas.DataFrame:
    """An empty pandas frame with ``table``'s columns and dtypes: the DataFrame's meta."""
    return pandas_frame(arrow_schema(table).empty_table())


def _frame(docs: Iterable[Rows], table: str) -> pandas.DataFrame:
    return pandas_frame(arrow_table(docs, table))


def frame(
    items: Iterable[Item], table: str = "figures", **options: Any
) -> dask.dataframe.DataFrame:
    """``table``'s rows as a Dask DataFrame of the table's Arrow schema (``documents``
    gives one row per input, with its error); options as for `documents`."""
    dk = _dask()
    tables = () if table == "documents" else (table,)
    docs: Any = documents(items, tables, **options)  # dask's methods are untyped
    parts = [dk.delayed(_frame)(part, table) for part in docs.to_delayed()]
    result: dask.dataframe.DataFrame = dk.dataframe.from_delayed(
        parts, meta=meta(table), verify_meta=False
    )
    return result
