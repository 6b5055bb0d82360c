"""The command line as a user runs it: exit codes, messages, and the files it writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import mzextract
from mzextract.cli import main
from mzextract.export import RECORD_FIELDS
from mzextract.rows import Rows

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
    for line in ("exit status:", "  0 ", "  1 ", "  2 ", "  130 "):
        assert line in sub.stdout and line in result.stdout


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
    assert "read 3 of 4 inputs: 1 failed, 1 skipped" in result.stderr
    # Files that are not reports are not read, and said so.
    assert f"skipped: {folder / 'notes.md'}: not a report file type" in result.stderr
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


# --- nothing lost: the output is checked first and replaced atomically --------------------------


def _no_temp_files(folder: Path) -> bool:
    return not any(p.name.endswith(".part") for p in folder.iterdir())


def test_an_output_that_is_also_an_input_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    report = tmp_path / "report.txt"
    report.write_bytes(DOCS[0].read_bytes())
    assert main(["extract", str(report), "-o", str(report)]) == 2
    assert capsys.readouterr().err == (
        f"mzextract: error: {report}: is also an input; write the output elsewhere\n"
    )
    assert report.read_bytes() == DOCS[0].read_bytes()
    # Also when the output would be found in a folder given as input.
    assert main(["extract", str(tmp_path), "-o", str(report)]) == 2


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("nodir/x.csv", "the folder {tmp}/nodir does not exist"),
        ("nodir/x.parquet", "the folder {tmp}/nodir does not exist"),
        ("out/", "is a folder; give a file name"),
        ("out", "is a folder; give a file name"),
        ("x.xls", "unknown output suffix '.xls'"),
        ("x", "unknown output suffix '(none)'"),
    ],
)
def test_output_problems_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, output: str, message: str
) -> None:
    (tmp_path / "out").mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(["extract", str(DOCS[0]), "-o", str(tmp_path / output)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("mzextract: error: ")
    assert message.format(tmp=tmp_path) in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_format_that_contradicts_the_suffix_is_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["extract", str(DOCS[0]), "-o", "x.csv", "--format", "jsonl"]) == 2
    assert "a .csv file cannot hold --format jsonl" in capsys.readouterr().err


def test_a_run_that_reads_nothing_leaves_the_output_as_it_was(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "figures.csv"
    out.write_text("yesterday's figures\n", encoding="utf-8")
    assert main(["extract", "no_such_report", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "mzextract: error: no_such_report: no such file" in err
    assert f"nothing written: no input was read; {out} was left as it was" in err
    assert out.read_text(encoding="utf-8") == "yesterday's figures\n"
    assert _no_temp_files(tmp_path)


def test_a_run_replaces_the_output_and_says_what_it_wrote(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "figures.jsonl"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    assert main(["extract", str(DOCS[0]), str(DOCS[1]), "-o", str(out)]) == 0
    rows = out.read_text(encoding="utf-8").splitlines()
    n = sum(len(mzextract.extract(p.read_text(encoding="utf-8")).figures) for p in DOCS[:2])
    assert len(rows) == n
    assert capsys.readouterr().err == f"mzextract: wrote {n} rows from 2 files to {out}\n"
    assert out.stat().st_mode & 0o777 == 0o640  # the replaced file keeps its mode
    assert _no_temp_files(tmp_path)


def test_a_failed_write_leaves_the_output_and_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mzextract import output

    def disk_full(self: object, report: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.TextWriter, "write", disk_full)
    out = tmp_path / "figures.csv"
    out.write_text("kept\n", encoding="utf-8")
    assert main(["extract", str(DOCS[0]), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"could not write {out} (No space left on device); it was left as it was" in err
    assert out.read_text(encoding="utf-8") == "kept\n"
    assert _no_temp_files(tmp_path)


def test_ctrl_c_writes_what_was_done_and_says_it_is_partial(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mzextract import cli

    real = cli.rows_many

    def interrupted(files: list[str], *args: Any, **kwargs: Any) -> Iterator[Rows]:
        results = real(files, *args, **kwargs)
        yield next(results)
        yield next(results)
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "rows_many", interrupted)
    out = tmp_path / "figures.csv"
    assert main(["extract", *map(str, DOCS), "-o", str(out)]) == 130
    err = capsys.readouterr().err
    assert f"interrupted: the output is partial; 3 of {len(DOCS)} inputs were not processed" in err
    assert "(partial: the run was interrupted)" in err
    documents = {
        line.split(",")[0] for line in out.read_text(encoding="utf-8-sig").splitlines()[1:]
    }
    assert documents == {str(DOCS[0]), str(DOCS[1])}


# --- inputs: every file accounted for -----------------------------------------------------------


def test_a_missing_path_is_never_taken_for_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "no_such_report"]) == 1
    captured = capsys.readouterr()
    assert "== None" not in captured.out
    assert "no_such_report: no such file" in captured.err


def test_a_folder_lists_every_file_it_does_not_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no_soffice_here"))
    root = tmp_path / "crawl"
    (root / ".git").mkdir(parents=True)
    (root / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    (root / "a.txt").write_bytes(DOCS[0].read_bytes())
    (root / "b.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (root / "~$a.docx").write_bytes(b"lock")
    (root / ".DS_Store").write_bytes(b"\0")
    (root / "logo.png").write_bytes(b"\x89PNG")
    (root / "big.txt").write_bytes(b"a" * 3 * 2**20)
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "pipe.txt")
    assert main(["extract", str(root), "-f", "jsonl", "--max-size", "2"]) == 1
    err = capsys.readouterr().err
    expected = {
        root / ".git": "a hidden folder, not searched",
        root / "~$a.docx": "a temporary or lock file",
        root / ".DS_Store": "a hidden file",
        root / "logo.png": "not a report file type ('.png' files are not read)",
        root / "big.txt": "is 3.0 MiB, over the limit of 2.0 MiB",
    }
    if hasattr(os, "mkfifo"):
        expected[root / "pipe.txt"] = "is a FIFO (named pipe), not a regular file"
    for path, reason in expected.items():
        assert f"mzextract: skipped: {path}: {reason}" in err
    assert (
        f"error: {root / 'b.doc'}: is an old Word (.doc) document; reading it needs LibreOffice"
        in err
    )
    assert f"read 1 of 2 inputs: 1 failed, {len(expected)} skipped" in err


def test_lossy_decoding_is_a_warning_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad_byte.txt"
    path.write_bytes("城市低保75户86人。".encode() * 10 + b"\xff")
    assert main(["extract", str(path), "-f", "jsonl"]) == 0
    assert (
        f"mzextract: warning: {path}: 1 byte sequence that is not valid utf-8"
        in capsys.readouterr().err
    )


# --- Excel -------------------------------------------------------------------------------------


def test_xlsx_is_a_real_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "figures.xlsx"
    assert main(["extract", str(DOCS[0]), str(DOCS[1]), "-o", str(out)]) == 0
    reports = [mzextract.extract(p.read_text(encoding="utf-8")) for p in DOCS[:2]]
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["figures", "outline"]
    figures, outline = book["figures"], book["outline"]
    assert figures.freeze_panes == "A2" and outline.freeze_panes == "A2"
    header = [c.value for c in figures[1]]
    assert header == list(RECORD_FIELDS)
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in figures.iter_rows(2)]
    assert len(rows) == sum(len(r.figures) for r in reports)
    first = reports[0].figures[0]
    assert rows[0]["value"] == float(first.value) and isinstance(rows[0]["value"], int | float)
    assert rows[0]["start"] == first.start and rows[0]["approx"] is first.approx
    assert rows[0]["text"] == first.text and rows[0]["document"] == str(DOCS[0])
    assert outline.max_row == 1 + sum(len(r.sections) for r in reports)
    assert [c.value for c in outline[2]][:3] == [str(DOCS[0]), 0, reports[0].sections[0].level]
    assert f"wrote {len(rows)} rows from 2 files to {out}" in capsys.readouterr().err


def test_xlsx_keeps_formula_like_text_as_text(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    source = tmp_path / "=cmd.txt"
    source.write_text("城市低保75户。", encoding="utf-8")
    out = tmp_path / "x.xlsx"
    assert main(["extract", str(source), "-o", str(out)]) == 0
    cell = openpyxl.load_workbook(out)["figures"]["A2"]
    assert (cell.value, cell.data_type) == (str(source), "s")


def test_panel_writes_every_figure_with_its_labels(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from mzextract.panel import PANEL_COLUMNS

    reports = [mzextract.extract(p.read_text(encoding="utf-8")) for p in DOCS[:2]]
    out = tmp_path / "panel.parquet"
    assert main(["panel", str(DOCS[0]), str(DOCS[1]), "-o", str(out), "-q"]) == 0
    assert "wrote" in capsys.readouterr().err
    table = pq.read_table(out)
    assert table.column_names == [c.name for c in PANEL_COLUMNS]
    assert table.num_rows == sum(len(r.figures) for r in reports)
    assert str(table.schema.field("period_end").type) == "date32[day]"
    keys = [None if f.programme is None else f.programme.key for r in reports for f in r.figures]
    assert table.column("programme").to_pylist() == keys and any(keys)
    lines = tmp_path / "panel.jsonl"
    assert main(["panel", str(DOCS[0]), "-o", str(lines), "-q"]) == 0
    first = json.loads(lines.read_text(encoding="utf-8").splitlines()[0])
    period = reports[0].figures[0].period
    assert first["period_end"] == (None if period is None else period.end.isoformat())
    assert first["source"] == str(DOCS[0]) and first["place"] == reports[0].meta.place.name


def test_panel_refuses_a_format_it_has_no_shape_for_before_reading(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "panel.xlsx"
    assert main(["panel", str(DOCS[0]), "-o", str(out)]) == 2
    assert "panel is written as" in capsys.readouterr().err and not out.exists()


def test_show_why_names_the_rule_of_every_field(capsys: pytest.CaptureFixture[str]) -> None:
    report = mzextract.extract(DOCS[0].read_text(encoding="utf-8"))
    assert main(["show", str(DOCS[0]), "--why"]) == 0
    out = capsys.readouterr().out
    blocks = out.strip().split("\n\n")
    assert len(blocks) == len(report.figures)
    for block, f in zip(blocks, report.figures, strict=True):
        assert block.startswith(f"[{f.start}-{f.end}] {f.text}")
        for e in f.evidence:
            assert f"  {e.field} ← " in block and f"({e.rule}) @{e.start}-{e.end}" in block
