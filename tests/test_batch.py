"""extract_many: input order, laziness, parallel results equal to serial, errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import mzextract
from mzextract.batch import ExtractError, is_path, outcomes
from mzextract.io import ReadError

DOCS = sorted((Path(__file__).resolve().parent.parent / "corpus" / "docs").glob("*.txt"))


def _inputs(tmp_path: Path) -> list[object]:
    gb = tmp_path / "gb.txt"
    gb.write_bytes(DOCS[1].read_text(encoding="utf-8").encode("gb18030"))
    return [DOCS[0], str(gb), "一、社会救助\n城市低保75户86人。", *DOCS[2:], str(DOCS[0])]


def test_parallel_equals_serial_in_input_order(tmp_path: Path) -> None:
    items = _inputs(tmp_path)
    serial = list(mzextract.extract_many(items))
    parallel = list(mzextract.extract_many(items, jobs=2))
    assert serial == parallel
    assert [r.source for r in serial] == [r.source for r in parallel]
    assert serial[0].source == str(DOCS[0]) and serial[2].source is None
    assert serial[0] == serial[-1]
    assert serial[1].text == DOCS[1].read_text(encoding="utf-8")


def _counting(items: list[str], seen: list[str]) -> Iterator[str]:
    for item in items:
        seen.append(item)
        yield item


@pytest.mark.parametrize("jobs", [1, 2])
def test_inputs_are_consumed_lazily(jobs: int) -> None:
    items = [f"一、第{i}节\n城市低保{i}户。" for i in range(200)]
    seen: list[str] = []
    reports = mzextract.extract_many(_counting(items, seen), jobs=jobs)
    first = next(reports)
    assert first.text == items[0]
    assert len(seen) <= 1 + jobs * 4  # a bounded look-ahead, not the whole input
    reports.close()


def test_first_failure_raises_naming_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    reports = mzextract.extract_many([DOCS[0], missing, DOCS[1]])
    assert next(reports).source == str(DOCS[0])
    with pytest.raises(ReadError, match=r"missing\.txt: no such file"):
        next(reports)


def test_outcomes_go_on_after_failures(tmp_path: Path) -> None:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    results = list(outcomes([binary, DOCS[0], tmp_path / "gone.docx"], jobs=2))
    assert [r.name for r in results] == [str(binary), str(DOCS[0]), str(tmp_path / "gone.docx")]
    assert [r.report is None for r in results] == [True, False, True]
    assert isinstance(results[0].error, ReadError) and "not a text file" in str(results[0].error)


def test_engine_errors_are_wrapped_with_the_input_name() -> None:
    [result] = outcomes([b"bytes"])  # type: ignore[list-item]
    assert isinstance(result.error, ExtractError)
    assert result.name == "<text 0>"
    assert "TypeError" in result.error.reason and "decode bytes first" in result.error.reason


def test_is_path() -> None:
    assert is_path(Path("a"))
    assert is_path("reports/a.txt") and is_path(str(DOCS[0]))
    assert not is_path("一、社会救助\n城市低保75户。")
    assert not is_path("城市低保75户")


def test_jobs_must_be_positive() -> None:
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        list(mzextract.extract_many(["x"], jobs=0))
