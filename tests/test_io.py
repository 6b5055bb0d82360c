"""Readers on real files the tests write: encodings, HTML pages, Word documents."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest

import mzextract
from mzextract.io import Document, MissingExtraError, ReadError, decode, read

CORPUS_DOC = sorted((Path(__file__).resolve().parent.parent / "corpus" / "docs").glob("*.txt"))[0]
REPORT = CORPUS_DOC.read_text(encoding="utf-8")


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
        ("notes.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
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
