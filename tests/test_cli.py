"""The command line as a user runs it: exit codes, messages, and the files it writes."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

import mzextract
from mzextract.cli import main
from mzextract.export import RECORD_FIELDS

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted((ROOT / "corpus" / "docs").glob("*.txt"))


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mzextract", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Reports as users hold them: GB18030, UTF-16 in a subfolder, .docx, and one broken file."""
    root = tmp_path_factory.mktemp("reports")
    (root / "sub").mkdir()
    (root / "a_gb.txt").write_bytes(DOCS[0].read_text(encoding="utf-8").encode("gb18030"))
    (root / "sub" / "b_utf16.txt").write_bytes(DOCS[1].read_text(encoding="utf-8").encode("utf-16"))
    (root / "c_broken.txt").write_bytes(bytes(range(256)) * 4)
    (root / "notes.md").write_text("not a report", encoding="utf-8")
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in DOCS[2].read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(str(root / "d_word.docx"))
    return root


def expected_counts(folder: Path, kinds: set[str] | None = None) -> dict[str, int]:
    """Figures per good file, from the library itself (the engine's numbers, whatever they are)."""
    good = [folder / "a_gb.txt", folder / "sub" / "b_utf16.txt", folder / "d_word.docx"]
    return {
        str(p): sum(
            1
            for f in mzextract.extract(mzextract.read(p).text).figures
            if kinds is None or f.kind.value in kinds
        )
        for p in good
    }


def test_help_shows_examples() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "examples:" in result.stdout and "mzextract extract reports/" in result.stdout
    sub = run("extract", "--help")
    assert "--jobs" in sub.stdout and "parquet" in sub.stdout and "examples:" in sub.stdout


def test_demo_prints_outline_and_figures() -> None:
    result = run("demo")
    assert result.returncode == 0, result.stderr
    sample = resources.files("mzextract").joinpath("data/sample.txt").read_text(encoding="utf-8")
    report = mzextract.extract(sample)
    assert f"Outline ({len(report.sections)} sections)" in result.stdout
    assert f"Figures ({len(report.figures)})" in result.stdout
    assert all(s.title in result.stdout for s in report.sections)


def test_extract_folder_to_jsonl_reports_broken_file_and_goes_on(folder: Path) -> None:
    result = run("extract", folder, "--format", "jsonl")
    assert result.returncode == 1
    assert f"{folder / 'c_broken.txt'}: is not a text file" in result.stderr
    assert "1 of 4 inputs failed" in result.stderr
    assert "notes.md" not in result.stdout + result.stderr  # only report files are picked up
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(list(row) == list(RECORD_FIELDS) for row in rows)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["document"]] = counts.get(row["document"], 0) + 1
    expected = expected_counts(folder)
    assert counts == {k: v for k, v in expected.items() if v}  # files with no figures write no row


def test_csv_with_jobs_and_kinds(folder: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    out = tmp_path / "money.csv"
    result = run("extract", folder, "-o", out, "--jobs", "2", "--kinds", "money,persons")
    assert result.returncode == 1 and "c_broken.txt" in result.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM, so Excel reads UTF-8
    df = pd.read_csv(out, encoding="utf-8-sig", dtype={"value": str})
    assert list(df.columns) == list(RECORD_FIELDS)
    assert set(df["kind"]) <= {"money", "persons"}
    assert len(df) == sum(expected_counts(folder, {"money", "persons"}).values())
    assert list(df["document"]) == sorted(df["document"], key=str)  # input order kept


def test_parquet_of_a_glob(folder: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "figures.parquet"
    result = run("extract", f"{folder}/**/*.txt", "--output", out, "--quiet")
    assert result.returncode == 1  # the broken .txt
    table = pq.read_table(out)
    assert table.column_names == list(RECORD_FIELDS)
    expected = expected_counts(folder)
    assert (
        table.num_rows
        == expected[str(folder / "a_gb.txt")] + expected[str(folder / "sub" / "b_utf16.txt")]
    )
    assert str(table.schema.field("value").type) == "double"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["extract", "x.txt", "--kinds", "money,dollars"])
    assert exit_.value.code == 2
    assert "unknown kind dollars" in capsys.readouterr().err
    assert main(["extract", str(DOCS[0]), "--format", "parquet"]) == 2
    assert "--output FILE" in capsys.readouterr().err


def test_missing_inputs_are_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["extract", str(tmp_path / "gone.txt"), str(tmp_path / "*.docx")]) == 1
    err = capsys.readouterr().err
    assert "gone.txt: no such file" in err and "*.docx: no files match this pattern" in err


def test_outline_and_show(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = mzextract.extract(DOCS[0].read_text(encoding="utf-8"))
    assert main(["outline", str(DOCS[0])]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 + max(len(report.sections), 1)
    assert main(["show", str(DOCS[0]), "--color", "never"]) == 0
    shown = capsys.readouterr().out
    assert shown.count("|money]") == sum(f.kind.value == "money" for f in report.figures)
    assert main(["show", str(DOCS[0]), "--color", "always"]) == 0
    assert capsys.readouterr().out.count("\x1b[0m") == len(report.figures)
    page = tmp_path / "page.html"
    assert main(["show", str(DOCS[0]), "--html", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.count("<mark ") == len(report.figures)
    assert main(["outline", str(tmp_path / "gone.txt")]) == 1
    assert "gone.txt: no such file" in capsys.readouterr().err


def test_evaluate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["evaluate", str(ROOT / "corpus"), "--json"]) == 0
    score = json.loads(capsys.readouterr().out)
    assert score["docs"] == len(DOCS) and "f1" in score["figures"]
    assert main(["evaluate", str(tmp_path)]) == 1
    assert "no gold files" in capsys.readouterr().err
