"""Readers on real files the tests write: encodings, HTML pages, Word documents."""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

import pytest

import mzextract
from mzextract.io import Document, MissingExtraError, ReadError, decode, read
from pdfs import wrap, write_pdf

CORPUS_DOCS = sorted((Path(__file__).resolve().parent.parent / "corpus" / "docs").glob("*.txt"))
CORPUS_DOC = CORPUS_DOCS[0]
REPORT = CORPUS_DOC.read_text(encoding="utf-8")
PDF_SAMPLE = Path(__file__).resolve().parent / "data" / "pdf" / "county_summary_wrapped.pdf"


def _gbk(text: str) -> bool:
    try:
        text.encode("gbk")
    except UnicodeEncodeError:
        return False
    return any(ord(c) > 127 for c in text)


@pytest.mark.parametrize(
    ("codec", "detected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8"),
        ("gb18030", "gb18030"),
        ("gbk", "gb18030"),
        ("utf-16", "utf-16-le"),  # with BOM
        ("utf-16-le", "utf-16-le"),  # without BOM
        ("utf-16-be", "utf-16-be"),
    ],
)
def test_txt_encodings_are_detected_and_text_is_exact(
    tmp_path: Path, codec: str, detected: str
) -> None:
    path = tmp_path / f"report-{codec}.txt"
    path.write_bytes(REPORT.encode(codec))
    doc = read(path)
    assert doc == Document(REPORT, str(path), "txt", detected)
    assert not doc.text.startswith("\ufeff")


def test_short_gbk_text_and_crlf_are_kept_exactly(tmp_path: Path) -> None:
    text = "一、社会救助\r\n  城市低保75户86人,发放资金12.5万元。\r\n"
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode("gbk"))
    assert read(path).text == text


def test_spans_refer_to_the_text_read(tmp_path: Path) -> None:
    path = tmp_path / "gb.txt"
    path.write_bytes(REPORT.encode("gb18030"))
    doc = mzextract.read(path)
    report = mzextract.extract(doc.text)
    assert all(doc.text[f.start : f.end] == f.text for f in report.figures)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("image.txt", bytes(range(256)) * 8, "is not a text file"),
        ("notes.pdf", b"%PDF-1.4", "is a broken PDF"),
        ("notes.md", b"# notes", "unsupported file type '.md'"),
        ("fake.pdf", "一、社会救助".encode(), "is not a PDF file"),
        ("fake.docx", "一、社会救助".encode(), "is not a Word .docx file"),
    ],
)
def test_unreadable_files_raise_read_error_naming_the_file(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError, match=message) as err:
        read(path)
    assert err.value.path == str(path)
    assert str(err.value).startswith(str(path))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        read(tmp_path / "missing.txt")
    with pytest.raises(ReadError, match="is a folder"):
        read(tmp_path)


def test_errors_survive_pickling_between_processes() -> None:
    err = pickle.loads(pickle.dumps(ReadError("a.txt", "no such file")))
    assert (err.path, str(err)) == ("a.txt", "a.txt: no such file")
    missing = pickle.loads(pickle.dumps(MissingExtraError("html", "trafilatura", "reading a")))
    assert missing.extra == "html" and "mzextract[html]" in str(missing)


def test_bad_utf8_after_bom_is_a_clear_error() -> None:
    with pytest.raises(ReadError, match="not valid utf-8"):
        decode(b"\xef\xbb\xbf\xff\xfe\xfa", "x.txt")


PAGE = """<!DOCTYPE html><html><head><meta charset="gbk"><title>民政局工作总结</title></head>
<body>
<nav><ul><li><a href="/">首页</a></li><li><a href="/gk">政务公开</a></li>
<li><a href="/bs">办事服务</a></li><li><a href="/hd">互动交流</a></li></ul></nav>
<div class="article">
<h1>县民政局2025年上半年工作总结</h1>
<p>2025年上半年,县民政局聚焦民政主责主业,统筹推进社会救助、养老服务等重点工作,兜牢民生底线。</p>
<h2>一、社会救助</h2>
<p>城市低保保障对象75户86人,累计发放低保金58.6万元;农村低保保障对象1200户2300人。</p>
<h2>二、养老服务</h2>
<p>新建社区养老服务站3个,新增养老床位120张,为80岁以上老人发放高龄津贴共计35万元。</p>
</div>
<div class="share">分享到:微信 微博 QQ空间</div>
<footer>主办单位:某县人民政府办公室 版权所有 网站标识码1234 联系我们 网站地图</footer>
</body></html>"""


def test_html_keeps_main_text_and_breaks_drops_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("gbk"))
    doc = read(path)
    lines = doc.text.splitlines()
    assert doc.format == "html"
    assert "一、社会救助" in lines and "二、养老服务" in lines
    assert any(line.startswith("城市低保保障对象75户86人") for line in lines)
    for boilerplate in ("政务公开", "分享到", "版权所有", "网站地图"):
        assert boilerplate not in doc.text


def test_missing_html_extra_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes `import trafilatura` fail
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    with pytest.raises(MissingExtraError, match=r"pip install 'mzextract\[html\]'"):
        read(path)


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("县民政局工作总结", level=1)
    document.add_paragraph("一、社会救助")
    document.add_paragraph("城市低保75户86人。")
    table = document.add_table(rows=2, cols=3)
    rows = [("项目", "户数", "金额"), ("低保", "75户", "58.6万元")]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    merged = document.add_table(rows=1, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "合计"
    merged.cell(0, 2).text = "100万元"
    document.add_paragraph("二、养老服务")
    path = tmp_path / "report.docx"
    document.save(str(path))

    doc = read(path)
    assert doc.format == "docx"
    assert doc.text.split("\n") == [
        "县民政局工作总结",
        "一、社会救助",
        "城市低保75户86人。",
        "项目\t户数\t金额",
        "低保\t75户\t58.6万元",
        "合计\t100万元",
        "二、养老服务",
    ]


# --- decoding: a strict order, and nothing lossy without a warning ---------------------------

GBK_LINES = [
    line.strip()
    for line in "\n".join(p.read_text(encoding="utf-8") for p in CORPUS_DOCS).splitlines()
    if 6 <= len(line.strip()) <= 40 and _gbk(line.strip())
][:42]


def test_gbk_report_of_840_characters_is_gb18030(tmp_path: Path) -> None:
    text = "".join(GBK_LINES)[:840]
    path = tmp_path / "gbk.txt"
    path.write_bytes(text.encode("gbk"))
    assert read(path) == Document(text, str(path), "txt", "gb18030")


@pytest.mark.parametrize("line", [*GBK_LINES, "城市低保75户86人。"])
def test_one_line_gbk_files_decode_exactly(tmp_path: Path, line: str) -> None:
    path = tmp_path / "line.txt"
    path.write_bytes(line.encode("gbk"))
    doc = read(path)
    assert (doc.text, doc.encoding, doc.warnings) == (line, "gb18030", ())


def test_utf8_with_one_bad_byte_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "bad_byte.txt"
    head, tail = REPORT[:40], REPORT[40:]
    path.write_bytes(head.encode() + b"\xff" + tail.encode())
    doc = read(path)
    assert (doc.text, doc.encoding) == (head + "\ufffd" + tail, "utf-8")
    where = len(head.encode())
    assert doc.warnings == (
        f"1 byte sequence that is not valid utf-8 replaced by U+FFFD (first at byte {where})",
    )


def test_latin1_text_is_latin1_and_flagged(tmp_path: Path) -> None:
    text = (
        "Rapport annuel : aide sociale à 75 ménages, coût total 58 600 €… non, 58 600 francs.\n" * 3
    )
    text = text.replace("€…", "")
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    doc = read(path)
    assert (doc.text, doc.encoding) == (text, "latin-1")
    assert doc.warnings and "latin-1 was detected" in doc.warnings[0]


def test_random_bytes_are_never_returned_as_text(tmp_path: Path) -> None:
    import random

    path = tmp_path / "noise.txt"
    path.write_bytes(random.Random(7).randbytes(4000).replace(b"\x00", b"\x01"))
    with pytest.raises(ReadError, match=r"is not a text file|fits its bytes only loosely"):
        read(path)


# --- hostile files: regular files only, size caps, every failure a named ReadError -------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReadError, match="is a FIFO"):
        read(fifo)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused() -> None:
    with pytest.raises(ReadError, match="/dev/zero: is a character device"):
        read("/dev/zero")


def test_size_cap_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(ReadError, match=r"over the limit of .*--max-size"):
        read(path, max_bytes=1000)
    assert read(path, max_bytes=2000).text == "a" * 2000


def test_read_takes_only_paths() -> None:
    with pytest.raises(TypeError, match="takes a path"):
        read(b"report.txt")  # type: ignore[arg-type]


def _docx_bytes() -> bytes:
    docx = pytest.importorskip("docx")
    from io import BytesIO

    document = docx.Document()
    document.add_paragraph("城市低保75户86人。")
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rezip(data: bytes, members: dict[str, bytes]) -> bytes:
    """The .docx with these members replaced or added."""
    import zipfile
    from io import BytesIO

    out = BytesIO()
    with zipfile.ZipFile(BytesIO(data)) as src:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for name in src.namelist():
                if name not in members:
                    dst.writestr(name, src.read(name))
            for name, content in members.items():
                dst.writestr(name, content)
    return out.getvalue()


def test_docx_that_unpacks_over_the_cap_is_refused_before_parsing(tmp_path: Path) -> None:
    padding = b"<!--" + b" " * 3_000_000 + b"-->"
    path = tmp_path / "bomb.docx"
    data = _rezip(_docx_bytes(), {"word/comments-padding.xml": padding})
    path.write_bytes(data)
    assert len(data) < 100_000
    with pytest.raises(ReadError, match=r"bomb\.docx: unpacks to [\d.]+ MiB, over the limit"):
        read(path, max_bytes=1_000_000)


def test_malformed_xml_in_a_docx_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(_rezip(_docx_bytes(), {"word/document.xml": b"<w:document><unclosed>"}))
    with pytest.raises(ReadError, match=r"broken.docx: is a broken Word file \(XMLSyntaxError"):
        read(path)


# --- .doc and .wps through LibreOffice ---------------------------------------------------------

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def _fake_soffice(folder: Path, docx_file: Path) -> None:
    """A `soffice` that "converts" by copying a ready .docx to --outdir as LibreOffice names it."""
    script = folder / "soffice"
    script.write_text(
        f"#!{sys.executable}\n"
        "import shutil, sys\n"
        "from pathlib import Path\n"
        "args = sys.argv[1:]\n"
        "assert '--headless' in args and args[args.index('--convert-to') + 1] == 'docx'\n"
        "out = Path(args[args.index('--outdir') + 1])\n"
        "out.mkdir(parents=True, exist_ok=True)\n"
        f"shutil.copy({str(docx_file)!r}, out / (Path(args[-1]).stem + '.docx'))\n",
        encoding="utf-8",
    )
    script.chmod(0o755)


@pytest.mark.parametrize(
    ("name", "fmt"), [("old.doc", "doc"), ("kingsoft.wps", "wps"), ("renamed.docx", "doc")]
)
def test_doc_and_wps_convert_through_soffice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, fmt: str
) -> None:
    converted = tmp_path / "converted.docx"
    converted.write_bytes(_docx_bytes())
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _fake_soffice(bin_dir, converted)
    monkeypatch.setenv("PATH", str(bin_dir))
    path = tmp_path / name
    path.write_bytes(OLE)
    doc = read(path)
    assert (doc.text, doc.format, doc.source) == ("城市低保75户86人。", fmt, str(path))


@pytest.mark.parametrize("name", ["old.doc", "kingsoft.wps", "renamed.docx"])
def test_without_soffice_the_error_names_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    path = tmp_path / name
    path.write_bytes(OLE)
    with pytest.raises(ReadError) as err:
        read(path)
    assert err.value.path == str(path)
    assert f"soffice --headless --convert-to docx {path}" in err.value.reason
    assert "File is not a zip file" not in str(err.value)


def test_a_doc_that_is_really_a_docx_is_read_as_docx(tmp_path: Path) -> None:
    path = tmp_path / "misnamed.doc"
    path.write_bytes(_docx_bytes())
    assert read(path).format == "docx"


# --- PDF ---------------------------------------------------------------------------------------

REPORT_TEXT = (
    "一、社会救助\n截至12月底，全县城市低保保障对象共计1250户2306人，累计发放城市低保金586.3万元；"
    "农村低保保障对象4100户7320人，累计发放农村低保金1320.5万元。\n二、养老服务\n"
    "新建社区养老服务站3个，新增养老床位120张，为80岁以上老人发放高龄津贴共计35万元，惠及老人2100人。"
)


def _figures(text: str) -> list[tuple[str, str, object, str | None]]:
    # A wrapped figure or subject keeps its line break in the text; the reading is the same.
    return [
        (
            f.text.replace("\n", ""),
            f.kind.value,
            f.value,
            f.subject.text.replace("\n", "") if f.subject else None,
        )
        for f in mzextract.extract(text).figures
    ]


def test_pdf_with_wraps_header_and_page_numbers_reads_like_the_txt(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    lines = wrap(REPORT_TEXT, 28)
    path = write_pdf(
        tmp_path / "report.pdf", [lines[:4], lines[4:]], header="XX县民政局2024年工作总结"
    )
    doc = read(path)
    assert (doc.format, doc.warnings) == ("pdf", ())
    assert "— 1 —\nXX县民政局2024年工作总结\n二、养老服务" in doc.text  # pages in order
    assert _figures(doc.text) == _figures(REPORT_TEXT)


def test_scanned_pdf_needs_ocr(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    path = write_pdf(tmp_path / "scan.pdf", [[], []])
    with pytest.raises(
        ReadError, match=r"scan.pdf: has no text layer \(a scanned PDF\); it needs OCR"
    ):
        read(path)


def test_pdf_with_some_scanned_pages_says_which(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    path = write_pdf(tmp_path / "mixed.pdf", [wrap(REPORT_TEXT, 30), [], []])
    doc = read(path)
    assert doc.warnings == (
        "pages 2-3 have no text layer (scanned?); the text of those pages (of 3) is missing",
    )


def test_committed_pdf_reads_like_its_source() -> None:
    doc = read(PDF_SAMPLE)
    assert doc.format == "pdf" and not doc.warnings
    footers = [line for line in doc.text.splitlines() if line.startswith("— ")]
    assert footers == [f"— {n} —" for n in range(1, 7)]  # every page, in order
    # PDFium puts a space between Chinese and digits (75 户); figures are read through it.
    found = [(t.replace(" ", ""), k, v) for t, k, v, _ in _figures(doc.text)]
    text = PDF_SAMPLE.with_suffix(".txt").read_text("utf-8")
    source = [(t.replace(" ", ""), k, v) for t, k, v, _ in _figures(text)]
    assert set(found) <= set(source)
    # One figure is lost to the engine, not the reader: "100 余人次" (a space before 余).
    assert len(found) >= len(source) - 1


# --- HTML: linear on pages of any size ---------------------------------------------------------


def test_large_page_is_read_by_the_plain_reader_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("trafilatura")
    from mzextract.io import web

    monkeypatch.setattr(web, "TRAFILATURA_MAX", 100)
    path = tmp_path / "page.html"
    table = "<table><tr><th>项目</th><td>低保</td><td>75户</td></tr></table>"
    path.write_bytes(PAGE.replace("</div>\n<div class", table + "</div>\n<div class").encode("gbk"))
    doc = read(path)
    lines = doc.text.splitlines()
    assert "一、社会救助" in lines and "项目 | 低保 | 75户" in lines
    assert any(line.startswith("城市低保保障对象75户86人") for line in lines)
    assert "首页" not in doc.text and "版权所有" not in doc.text  # <nav>, <footer>
    assert len(doc.warnings) == 1 and "all its text blocks were kept" in doc.warnings[0]
