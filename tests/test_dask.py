"""mzextract.dask on a LocalCluster of two worker processes: the same rows as the
single-process CLI, every input accounted for, a custom rule set shipped to the workers."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from engines import DOCS, cli_figures, expected, plain

pytest.importorskip("dask.bag", reason="dask is not installed: pip install 'mzextract[dask]'")
pytest.importorskip("dask.dataframe", reason="dask is not installed: pip install 'mzextract[dask]'")
pytest.importorskip("distributed", reason="distributed is not installed: mzextract[dask]")

import mzextract.dask
from mzextract.rows import Data, Text, document_rows
from mzextract.rules import Rules


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


def _records(frame: Any) -> list[dict[str, Any]]:
    pdf = frame.compute()
    return plain(pdf.astype(object).where(pdf.notna(), None).to_dict("records"))


def test_a_dataframe_gives_the_clis_rows(client: Any, tmp_path: Path) -> None:
    figures = mzextract.dask.frame([str(p) for p in DOCS], "figures", npartitions=2)
    assert figures.npartitions == 2
    assert _records(figures) == cli_figures(tmp_path)
    panel = mzextract.dask.frame(DOCS, "panel", npartitions=3)
    assert str(panel.dtypes["period_start"]) == "date32[day][pyarrow]"
    assert _records(panel) == expected("panel")


def test_a_bag_of_rows_keeps_exact_values_and_every_input(client: Any, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    items = [DOCS[0], Data(DOCS[1].read_bytes(), "b.txt"), missing]
    docs = mzextract.dask.documents(items, ("sections",), npartitions=2).compute()
    assert [d.name for d in docs] == [str(DOCS[0]), "b.txt", missing]
    assert [d.error is None for d in docs] == [True, True, False]
    sections = mzextract.dask.rows(items[:2], "sections").compute()
    assert sections == [r for d in docs[:2] for r in d.records("sections")]
    figures = mzextract.dask.rows([DOCS[0]]).compute()
    assert all(isinstance(r["value"], (Decimal, type(None))) for r in figures)
    assert figures == document_rows(DOCS[0]).records("figures")


def test_a_custom_rule_set_reaches_the_workers(client: Any) -> None:
    memo = Text("县级财政配套1000万。", "memo")
    rules = Rules.default().extend(money_nouns=["配套"])
    assert mzextract.dask.rows([memo]).compute() == []
    custom = mzextract.dask.rows([memo, memo], rules=rules, npartitions=2).compute()
    assert [r["text"] for r in custom] == ["1000万", "1000万"]
