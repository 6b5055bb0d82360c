"""extract_many: input order, laziness, parallel results equal to serial, errors."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

import mzextract
from mzextract import Text
from mzextract.batch import ExtractError, outcomes
from mzextract.io import ReadError, ReadWarning

DOCS = sorted((Path(__file__).resolve().parent.parent / "corpus" / "docs").glob("*.txt"))


def _inputs(tmp_path: Path) -> list[object]:
    gb = tmp_path / "gb.txt"
    gb.write_bytes(DOCS[1].read_text(encoding="utf-8").encode("gb18030"))
    return [DOCS[0], str(gb), Text("一、社会救助\n城市低保75户86人。"), *DOCS[2:], str(DOCS[0])]


def test_parallel_equals_serial_in_input_order(tmp_path: Path) -> None:
    items = _inputs(tmp_path)
    serial = list(mzextract.extract_many(items))
    parallel = list(mzextract.extract_many(items, jobs=2))
    assert serial == parallel
    assert [r.source for r in serial] == [r.source for r in parallel]
    assert serial[0].source == str(DOCS[0]) and serial[2].source is None
    assert serial[0] == serial[-1]
    assert serial[1].text == DOCS[1].read_text(encoding="utf-8")


def _counting(items: list[Text], seen: list[Text]) -> Iterator[Text]:
    for item in items:
        seen.append(item)
        yield item


@pytest.mark.parametrize("jobs", [1, 2])
def test_inputs_are_consumed_lazily(jobs: int) -> None:
    items = [Text(f"一、第{i}节\n城市低保{i}户。") for i in range(200)]
    seen: list[Text] = []
    reports = mzextract.extract_many(_counting(items, seen), jobs=jobs)
    first = next(reports)
    assert first.text == items[0].text
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


def test_items_of_other_types_fail_with_their_position() -> None:
    [result] = outcomes([b"bytes"])  # type: ignore[list-item]
    assert isinstance(result.error, ExtractError)
    assert result.name == "<item 0>"
    assert "TypeError" in result.error.reason and "mzextract.Text(text)" in result.error.reason
    with pytest.raises(TypeError, match="decode bytes first"):
        Text(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize("item", ["nofile", "城市低保75户", "missing.pdf", Path("gone")])
def test_a_str_or_path_is_always_a_path(item: str | Path) -> None:
    with pytest.raises(ReadError, match="no such file") as err:
        list(mzextract.extract_many([item]))
    assert err.value.path == str(item)


def test_text_inputs_are_named_by_their_name() -> None:
    named, anonymous = outcomes([Text("城市低保75户。", name="memo"), Text("城市低保86户。")])
    assert (named.name, anonymous.name) == ("memo", "<text 1>")
    assert named.report is not None and named.report.source == "memo"
    assert anonymous.report is not None and anonymous.report.source is None


def test_reader_warnings_reach_outcomes_and_extract_many(tmp_path: Path) -> None:
    path = tmp_path / "one_bad_byte.txt"
    path.write_bytes("城市低保75户86人。".encode() * 20 + b"\xff")
    [result] = outcomes([path])
    assert result.report is not None and len(result.warnings) == 1
    assert "replaced by U+FFFD" in result.warnings[0]
    with pytest.warns(ReadWarning, match="one_bad_byte.txt: 1 byte sequence"):
        list(mzextract.extract_many([path]))


def _die_on_poison(index: int, item: object, max_bytes: int, rules: object = None) -> object:
    if str(item).endswith("poison.txt"):
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
    return _real_work(index, item, max_bytes, rules)


from mzextract import batch as _batch  # noqa: E402

_real_work = _batch._work


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="workers inherit the patch by fork"
)
def test_a_killed_worker_fails_its_input_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    poison = tmp_path / "poison.txt"
    poison.write_text("城市低保75户。", encoding="utf-8")
    monkeypatch.setattr(_batch, "_work", _die_on_poison)
    items = [DOCS[0], DOCS[1], poison, DOCS[2], DOCS[3], poison, DOCS[4]]
    results = list(outcomes(items, jobs=2))
    assert [r.name for r in results] == [str(i) for i in items]
    failed = [r for r in results if r.report is None]
    assert [r.name for r in failed] == [str(poison)] * 2
    assert all(isinstance(r.error, ExtractError) for r in failed)
    assert "worker process died" in str(failed[0].error)
    good = [r.report for r in results if r.report is not None]
    assert good == [mzextract.extract(p.read_text(encoding="utf-8")) for p in DOCS]


def test_jobs_must_be_positive() -> None:
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        list(mzextract.extract_many(["x"], jobs=0))
