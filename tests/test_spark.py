"""mzextract.spark in a local[2] session: the same rows as the single-process CLI from file
bytes, paths and texts; every input accounted for; a custom rule set broadcast."""

from __future__ import annotations

import os
import shutil
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from engines import DOCS, cli_figures, expected, plain

if shutil.which("java") is None:
    pytest.skip("Spark needs Java (java is not on the PATH)", allow_module_level=True)
pytest.importorskip("pyspark", reason="pyspark is not installed: pip install 'mzextract[spark]'")

import mzextract.spark
from mzextract.rows import Text
from mzextract.rules import Rules

# pyspark 4 warns about pandas 3 on every conversion; the conversions used here work.
pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas")


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    # The Python workers must be this interpreter, which has mzextract installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("mzextract-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        # A JVM that starts fast: these tests are short, a long run would want the defaults.
        .config("spark.driver.extraJavaOptions", "-XX:+UseSerialGC -XX:TieredStopAtLevel=1")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _collect(df: Any) -> list[dict[str, Any]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        return plain([row.asDict() for row in df.collect()])


def _local(rows: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """binaryFile names files by URI (file:/...); the CLI by path."""
    return plain([{**r, key: r[key].removeprefix("file:")} for r in rows])


def test_file_bytes_give_the_clis_rows(spark: Any, tmp_path: Path) -> None:
    files = spark.read.format("binaryFile").load([str(p) for p in DOCS])
    assert _local(_collect(mzextract.spark.figures(files)), "document") == cli_figures(tmp_path)
    assert _local(_collect(mzextract.spark.panel(files)), "source") == expected("panel")
    assert mzextract.spark.schema("panel")["period_start"].dataType.typeName() == "date"


def test_paths_and_texts_every_input_accounted_for(spark: Any, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    paths = spark.createDataFrame([(str(DOCS[0]),), (missing,)], ["path"])
    docs = _collect(mzextract.spark.documents(paths))
    assert [d["document"] for d in docs] == sorted([str(DOCS[0]), missing], key=repr)
    assert [d["error"] is not None for d in docs] == [d["document"] == missing for d in docs]
    assert _collect(mzextract.spark.sections(paths)) == expected("sections", [DOCS[0]])

    memo = "县级财政配套1000万。"
    texts = spark.createDataFrame([(memo, "memo")], ["text", "name"])
    rules = Rules.default().extend(money_nouns=["配套"])
    assert _collect(mzextract.spark.figures(texts)) == []
    custom = _collect(mzextract.spark.figures(texts, rules=rules))
    assert [r["text"] for r in custom] == ["1000万"]
    assert custom == plain(
        [
            {**r, "value": float(r["value"])}
            for r in mzextract.rows.document_rows(Text(memo, "memo"), rules=rules).records(
                "figures"
            )
        ]
    )


def test_a_frame_without_input_columns_is_refused(spark: Any) -> None:
    frame = spark.createDataFrame([(1,)], ["n"])
    with pytest.raises(ValueError, match="none of the input columns"):
        mzextract.spark.figures(frame)


def test_spark_reads_the_clis_partitioned_dataset(spark: Any, tmp_path: Path) -> None:
    from mzextract.cli import main

    dataset = tmp_path / "figures"
    assert main(["extract", *map(str, DOCS), "-o", str(dataset), "--partition-by", "year"]) == 0
    rows = _collect(spark.read.parquet(str(dataset)))
    assert [{**r, "year": None} for r in rows] == [
        {**r, "year": None} for r in cli_figures(tmp_path)
    ]
    assert {r["year"] for r in rows} == {2020, 2023, 2024, 2025}
