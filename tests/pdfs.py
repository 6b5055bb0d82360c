"""Chinese PDFs for the tests, written with reportlab's built-in CID font (no font files)."""

from __future__ import annotations

from pathlib import Path

FONT = "STSong-Light"


def write_pdf(
    path: Path, pages: list[list[str]], *, header: str | None = None, footers: bool = True
) -> Path:
    """One page per list of lines; a running header and a ``— N —`` footer on each page.

    An empty list of lines makes a page that is only a drawing, as a scan is to PDFium.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    width, height = A4
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number, lines in enumerate(pages, 1):
        if not lines:
            pdf.rect(72, 200, 400, 500, fill=1)  # an image-only page
        else:
            pdf.setFont(FONT, 10)
            if header:
                pdf.drawCentredString(width / 2, height - 40, header)
            pdf.setFont(FONT, 12)
            y = height - 80
            for line in lines:
                pdf.drawString(72, y, line)
                y -= 20
            if footers:
                pdf.drawCentredString(width / 2, 40, f"— {number} —")
        pdf.showPage()
    pdf.save()
    return path


def wrap(text: str, width: int) -> list[str]:
    """Hard-wrap each paragraph at ``width`` characters, as PDF lines are."""
    lines: list[str] = []
    for paragraph in text.splitlines():
        lines.extend(paragraph[i : i + width] for i in range(0, max(len(paragraph), 1), width))
    return lines
