"""Time of `mzextract.read` per input size: HTML pages, PDFs and .txt, at 1/2/4/8/16 MB.

python benchmarks/bench_readers.py [--sizes 1,2,4,8,16] [--pdf-sizes ...] [--html-direct]

Each size doubles; a reader is linear when its time doubles too (ratio ≈ 2). Pages up to
`mzextract.io.web.TRAFILATURA_MAX` go through trafilatura, larger ones through the plain
reader; --html-direct also times trafilatura itself on every size (slow: minutes at 4 MB).
Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import mzextract
from mzextract.io import web

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "docs").glob("*.txt"))]


def html_page(megabytes: float) -> bytes:
    """A long report page: headings, paragraphs and tables inside an article, menus around."""
    paragraphs = [line for text in CORPUS for line in text.splitlines() if len(line) > 20]
    body: list[str] = []
    size = 0
    i = 0
    while size < megabytes * 1_000_000:
        chunk = (
            f"<h2>{i}、社会救助</h2>\n"
            # Numbered, so that no paragraph repeats (trafilatura drops repeats).
            + "".join(
                f"<p>{i}.{k} {p}</p>\n" for k, p in enumerate(paragraphs[i % 50 : i % 50 + 20])
            )
            + "<table>"
            + "<tr><td>低保</td><td>75户</td><td>58.6万元</td></tr>" * 10
            + "</table>\n"
        )
        body.append(chunk)
        size += len(chunk.encode())
        i += 1
    return (
        "<html><head><meta charset='utf-8'><title>工作总结</title></head><body>"
        "<nav><a href='/'>首页</a><a href='/gk'>政务公开</a></nav><div class='article'>"
        + "".join(body)
        + "</div><footer>版权所有</footer></body></html>"
    ).encode()


def timed(path: Path) -> tuple[float, int]:
    t0 = time.perf_counter()
    doc = mzextract.read(path, max_bytes=2**31)
    return time.perf_counter() - t0, len(doc.text)


def report(name: str, sizes: list[float], make: object, suffix: str, folder: Path) -> None:
    print(f"\n{name}")
    print(f"{'MB':>6} {'file MB':>8} {'chars':>11} {'seconds':>9} {'MB/s':>7} {'ratio':>6}")
    previous = None
    for mb in sizes:
        path = folder / f"{name.split()[0]}-{mb}{suffix}"
        make(path, mb)  # type: ignore[operator]
        file_mb = path.stat().st_size / 1e6
        seconds, chars = timed(path)
        ratio = f"{seconds / previous:6.2f}" if previous else "     -"
        rate = file_mb / seconds
        print(f"{mb:>6} {file_mb:>8.2f} {chars:>11,} {seconds:>9.2f} {rate:>7.2f} {ratio}")
        previous = seconds
        sys.stdout.flush()


def make_html(path: Path, mb: float) -> None:
    path.write_bytes(html_page(mb))


def make_txt(path: Path, mb: float) -> None:
    text = "\n".join(CORPUS)
    path.write_bytes(
        (text * int(mb * 1_000_000 // len(text.encode("gb18030")) + 1)).encode("gb18030")
    )


def make_pdf_embedded(path: Path, mb: float) -> None:
    """Pages of the committed LibreOffice export (an embedded CJK font), repeated to ``mb``."""
    import pypdfium2

    source = pypdfium2.PdfDocument(ROOT / "tests" / "data" / "pdf" / "county_summary_wrapped.pdf")
    pdf = pypdfium2.PdfDocument.new()
    while True:
        pdf.import_pages(source)
        pdf.save(path)
        if path.stat().st_size >= mb * 1_000_000:
            break
        # Saving each round is slow; jump close to the size once a page's size is known.
        per_page = path.stat().st_size / len(pdf)
        missing = int((mb * 1_000_000 - path.stat().st_size) / per_page / len(source))
        for _ in range(max(0, missing - 1)):
            pdf.import_pages(source)


def make_pdf(path: Path, mb: float) -> None:
    """reportlab pages whose CID font is not embedded: PDFium substitutes it on every page."""
    sys.path.insert(0, str(ROOT / "tests"))
    from pdfs import wrap, write_pdf

    lines = wrap("\n".join(CORPUS), 34)
    pages = [lines[i : i + 38] for i in range(0, len(lines), 38)]
    # A page of reportlab CID text is about 3 KB.
    copies = max(1, int(mb * 1_000_000 / 3000 / len(pages)))
    write_pdf(path, pages * copies, header="XX县民政局工作总结")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="1,2,4,8,16", help="MB of HTML and .txt")
    ap.add_argument("--pdf-sizes", default="1,2,4,8,16", help="MB of PDF (embedded font)")
    ap.add_argument("--cid-sizes", default="0.5,1,2", help="MB of PDF (font not embedded)")
    ap.add_argument("--html-direct", action="store_true", help="also trafilatura on every size")
    args = ap.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"trafilatura reads pages up to {web.TRAFILATURA_MAX / 1e6:.2f} MB")
        report("html (as read)", sizes, make_html, ".html", folder)
        if args.html_direct:
            web.TRAFILATURA_MAX = 2**40
            report("html-trafilatura (forced)", sizes, make_html, ".html", folder)
        report("txt (GB18030)", sizes, make_txt, ".txt", folder)
        pdf_sizes = [float(s) for s in args.pdf_sizes.split(",")]
        report(
            "pdf (LibreOffice export, embedded font)", pdf_sizes, make_pdf_embedded, ".pdf", folder
        )
        cid_sizes = [float(s) for s in args.cid_sizes.split(",")]
        report("pdf (reportlab, font not embedded)", cid_sizes, make_pdf, ".pdf", folder)


if __name__ == "__main__":
    main()
