"""What the Spark and Dask tests compare against: the corpus's rows as the single-process
CLI and `rows_many` give them, as plain Python values in a stable order."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from mzextract.batch import rows_many
from mzextract.cli import main
from mzextract.rows import arrow_table

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted((ROOT / "corpus" / "docs").glob("*.txt"))


def plain(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows with NaN as None, sorted: engines return documents in any order."""
    clean = [
        {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in r.items()}
        for r in rows
    ]
    return sorted(clean, key=repr)


def cli_figures(tmp_path: Path) -> list[dict[str, Any]]:
    """The figure rows of the corpus as `mzextract extract DOCS -o x.parquet` writes them."""
    import pyarrow.parquet as pq

    out = tmp_path / "cli.parquet"
    assert main(["extract", *map(str, DOCS), "-o", str(out), "-q"]) == 0
    return plain(pq.read_table(out).to_pylist())


def expected(table: str, items: list[Any] | None = None) -> list[dict[str, Any]]:
    """``table``'s rows of the items (the corpus by default) from `rows_many`, one process."""
    docs = list(rows_many(items if items is not None else DOCS, tables=(table,)))
    return plain(arrow_table(docs, table).to_pylist())
